"""Signing in and signing up under attack (per-address throttles, the per-username lockout), and
the password asked again when signed in (one throttle per learner)."""

import re
import time
from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-Unusual-passphrase-42"
MISMATCH = "That username and password do not match an account."
LOCKED_15 = "Too many failed sign-ins for this account. Try again in 15 minutes."


def rates(settings: Any, **scopes: str) -> None:
    rest = settings.REST_FRAMEWORK
    settings.REST_FRAMEWORK = {
        **rest,
        "DEFAULT_THROTTLE_RATES": {**rest["DEFAULT_THROTTLE_RATES"], **scopes},
    }


class Browser:
    """A visitor's browser at one address: CSRF cookie first, then JSON writes."""

    def __init__(self, address: str = "203.0.113.1") -> None:
        self.address = address
        self.client = APIClient(enforce_csrf_checks=True)
        self.client.get("/api/auth/csrf/", REMOTE_ADDR=address)

    def post(self, url: str, data: dict[str, Any], **headers: Any) -> Any:
        return self.client.post(
            url,
            data,
            format="json",
            # read afresh: signing in rotates the token
            HTTP_X_CSRFTOKEN=self.client.cookies["csrftoken"].value,
            REMOTE_ADDR=self.address,
            **headers,
        )

    def login(self, username: str, password: str, **headers: Any) -> Any:
        return self.post(
            "/api/auth/login/", {"username": username, "password": password}, **headers
        )


@pytest.fixture
def ada() -> User:
    return User.objects.create_user("ada", "", PASSWORD)


def message(response: Any) -> str:
    return response.json()["error"]["message"]


# --- throttles per client address ---------------------------------------------------------------


def test_sign_ins_beyond_the_rate_get_429_with_retry_after(
    ada: User, settings: Any, assert_schema: Any
):
    rates(settings, login="3/min")
    browser = Browser("203.0.113.1")

    allowed = [browser.login("ada", PASSWORD).status_code for _ in range(3)]
    blocked = assert_schema(browser.login("ada", PASSWORD))

    assert allowed == [200, 200, 200]
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "throttled"
    assert 0 < int(blocked["Retry-After"]) <= 60
    assert re.fullmatch(
        r"Too many requests\. Try again in (1 minute|\d\d? seconds?)\.", message(blocked)
    )
    # someone at another address is not held back
    assert Browser("203.0.113.2").login("ada", PASSWORD).status_code == 200


def test_a_forged_forwarded_for_header_does_not_reset_the_count(ada: User, settings: Any):
    rates(settings, login="2/min")
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 0}
    browser = Browser("203.0.113.1")
    for _ in range(2):
        browser.login("ada", PASSWORD)

    forged = browser.login("ada", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7")

    assert forged.status_code == 429


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_count(ada: User, settings: Any):
    rates(settings, login="2/min")
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    proxy = Browser("10.0.0.1")
    first = [
        proxy.login("ada", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code
        for _ in range(3)
    ]

    other = proxy.login("ada", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.8")

    assert first == [200, 200, 429]
    assert other.status_code == 200


def test_sign_ups_beyond_the_rate_get_429(settings: Any, assert_schema: Any):
    rates(settings, register="2/hour")
    browser = Browser("203.0.113.1")

    def register(name: str) -> Any:
        return browser.post(
            "/api/auth/register/", {"username": name, "email": "", "password": PASSWORD}
        )

    allowed = [register(name).status_code for name in ("ann", "bob")]
    blocked = assert_schema(register("cyd"))

    assert allowed == [201, 201]
    assert blocked.status_code == 429
    assert 3540 < int(blocked["Retry-After"]) <= 3600
    assert message(blocked) == "Too many requests. Try again in 60 minutes."
    assert not User.objects.filter(username="cyd").exists()
    assert (
        Browser("203.0.113.2")
        .post("/api/auth/register/", {"username": "cyd", "email": "", "password": PASSWORD})
        .status_code
        == 201
    )


def test_the_default_rates_let_a_household_behind_one_address_sign_in(ada: User):
    browser = Browser()

    statuses = {browser.login("ada", PASSWORD).status_code for _ in range(10)}

    assert statuses == {200}


# --- lockout per username -----------------------------------------------------------------------


def test_five_failures_lock_the_username_even_for_the_right_password(ada: User, assert_schema: Any):
    # each guess from another address: the lock follows the account, not the address
    failures = [Browser(f"198.51.100.{n}").login("ada", "wrong") for n in range(5)]
    owner = Browser("203.0.113.9")
    right = assert_schema(owner.login("ada", PASSWORD))

    assert [r.status_code for r in failures] == [400, 400, 400, 400, 429]
    assert [message(r) for r in failures[:4]] == [MISMATCH] * 4
    assert failures[4].json()["error"]["code"] == "login_locked"
    assert message(failures[4]) == LOCKED_15
    assert right.status_code == 429
    assert right.json()["error"] == {"status": 429, "code": "login_locked", "message": LOCKED_15}
    assert right["Retry-After"] == "900"
    assert owner.client.get("/api/auth/me/").json()["authenticated"] is False


def test_unknown_usernames_are_counted_and_answered_the_same_way(ada: User):
    def six_tries(username: str) -> list[tuple[int, str]]:
        browser = Browser()
        return [
            (r.status_code, message(r))
            for r in (browser.login(username, "wrong") for _ in range(6))
        ]

    assert six_tries("nobody-by-this-name") == six_tries("ada")


def test_a_locked_username_does_not_lock_another(ada: User):
    User.objects.create_user("grace", "", PASSWORD)
    browser = Browser()
    for _ in range(5):
        browser.login("ada", "wrong")

    assert browser.login("grace", PASSWORD).status_code == 200
    assert browser.login("ADA", PASSWORD).status_code == 429  # one account, one count


def test_signing_in_clears_the_failures(ada: User):
    browser = Browser()
    for _ in range(4):
        browser.login("ada", "wrong")
    assert browser.login("ada", PASSWORD).status_code == 200

    again = [browser.login("ada", "wrong").status_code for _ in range(5)]

    assert again == [400, 400, 400, 400, 429]


def test_the_lock_ends_after_the_lockout_minutes(
    ada: User, settings: Any, monkeypatch: pytest.MonkeyPatch
):
    settings.LOGIN_LOCKOUT_FAILURES = 2
    settings.LOGIN_LOCKOUT_MINUTES = 3
    browser = Browser()
    failures = [browser.login("ada", "wrong") for _ in range(2)]
    assert failures[1].status_code == 429
    assert message(failures[1]) == (
        "Too many failed sign-ins for this account. Try again in 3 minutes."
    )
    started = time.time()

    monkeypatch.setattr(time, "time", lambda: started + 2 * 60)
    still_locked = browser.login("ada", PASSWORD)
    monkeypatch.setattr(time, "time", lambda: started + 3 * 60 + 1)
    unlocked = browser.login("ada", PASSWORD)

    assert still_locked.status_code == 429
    assert message(still_locked) == (
        "Too many failed sign-ins for this account. Try again in 1 minute."
    )
    assert unlocked.status_code == 200


# --- the password, asked again when signed in ---------------------------------------------------


def test_password_checks_when_signed_in_share_one_count_per_learner(
    ada: User, settings: Any, assert_schema: Any
):
    # given a rate of 3 password checks, and ada signed in (say on a stolen session)
    rates(settings, **{"password-check": "3/hour"})
    bea = User.objects.create_user("bea", "", PASSWORD)
    browser = Browser()
    assert browser.login("ada", PASSWORD).status_code == 200

    # when the password is guessed through changing it, then through deleting the account
    guesses = [
        browser.post("/api/auth/password/", {"old_password": f"guess-{n}", "new_password": "x"})
        for n in range(2)
    ] + [browser.post("/api/auth/me/delete/", {"password": "guess-2"})]
    blocked = assert_schema(browser.post("/api/auth/me/delete/", {"password": PASSWORD}))

    # then both count against one limit, and past it even the right password is refused
    assert [guess.status_code for guess in guesses] == [400, 400, 400]
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "throttled"
    assert 60 < int(blocked["Retry-After"]) <= 60 * 60
    assert re.fullmatch(r"Too many requests\. Try again in \d\d? minutes?\.", message(blocked))
    assert User.objects.filter(pk=ada.pk).exists()
    changed = browser.post(
        "/api/auth/password/", {"old_password": PASSWORD, "new_password": "An0ther-long-phrase!"}
    )
    assert changed.status_code == 429
    ada.refresh_from_db()
    assert ada.check_password(PASSWORD)
    # and another learner is not held back
    other = Browser("203.0.113.9")
    assert other.login("bea", PASSWORD).status_code == 200
    assert other.post("/api/auth/me/delete/", {"password": PASSWORD}).status_code == 204
    assert not User.objects.filter(pk=bea.pk).exists()


def test_the_default_rate_lets_a_learner_mistype_their_password_a_few_times(ada: User):
    browser = Browser()
    assert browser.login("ada", PASSWORD).status_code == 200

    typos = [
        browser.post("/api/auth/me/delete/", {"password": PASSWORD + "!"}).status_code
        for _ in range(5)
    ]
    deleted = browser.post("/api/auth/me/delete/", {"password": PASSWORD})

    assert typos == [400] * 5
    assert deleted.status_code == 204
