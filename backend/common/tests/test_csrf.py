"""Every write under /api/ refuses a session without its CSRF token.

The endpoints are found by walking the URL resolver, not listed by hand, so a write view added
later (or one made csrf_exempt, or one whose authentication skips the check) fails here.
"""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, include, path, resolve
from django.urls.resolvers import RoutePattern
from django.views.decorators.csrf import csrf_exempt

from accounts.models import User

pytestmark = pytest.mark.django_db
UNSAFE = ("POST", "PUT", "PATCH", "DELETE")
SAMPLES = {
    "uuid": "8d5e9a4c-4b7e-4c1a-9f0e-2a6b3c4d5e6f",
    "int": "1",
    "slug": "sample",
    "str": "sample",
    "path": "sample",
}
# Writes an anonymous visitor may send without a CSRF token, each with the reason. Signed in,
# these too are checked (DRF's session authentication enforces the token for any session).
ANONYMOUS_WITHOUT_TOKEN = {
    # Reads an answer and says how it was understood: no session is used and nothing is stored,
    # so a forged request from another site can change nothing. A POST only because answers are
    # long.
    ("POST", "/api/exercises/preview/"),
}


def _part(pattern: Any) -> str:
    if isinstance(pattern, RoutePattern):
        return re.sub(
            r"<(?:(\w+):)?\w+>", lambda match: SAMPLES[match.group(1) or "str"], str(pattern)
        )
    regex = pattern.regex.pattern
    while (start := regex.find("(?P<")) >= 0:  # each named group, nested brackets and all
        depth, end = 0, start
        for end in range(start, len(regex)):
            depth += {"(": 1, ")": -1}.get(regex[end], 0)
            if depth == 0:
                break
        regex = regex[:start] + "sample" + regex[end + 1 :]
    return regex.removeprefix("^").removesuffix("$").replace("\\", "")


def _walk(patterns: list[Any], prefix: str) -> Iterator[tuple[str, Any]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, prefix + _part(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + _part(entry.pattern), entry.callback


def api_writes(urlconf: Any = None) -> list[tuple[str, str]]:
    """(method, url) for every unsafe method that every view under /api/ accepts."""
    (api,) = [
        entry
        for entry in get_resolver(urlconf).url_patterns
        if isinstance(entry, URLResolver) and str(entry.pattern) == "api/"
    ]
    writes: list[tuple[str, str]] = []
    for url, callback in _walk(api.url_patterns, "/api/"):
        assert resolve(url, urlconf).func is callback, f"{url} resolves to another view"
        view_class = getattr(callback, "cls", None) or getattr(callback, "view_class", None)
        if view_class is None:  # a function view may answer any method
            methods = list(UNSAFE)
        else:
            methods = [
                method
                for method in UNSAFE
                if method.lower() in view_class.http_method_names
                and hasattr(view_class, method.lower())
            ]
        writes.extend((method, url) for method in methods)
    return writes


def error_code(response: Any) -> str | None:
    if response.status_code != 403 or response.get("Content-Type") != "application/json":
        return None
    return response.json()["error"]["code"]


def unprotected(client: Client, writes: list[tuple[str, str]]) -> list[str]:
    """The writes that did not answer 403 csrf_failed, with what they answered instead."""
    found = []
    for method, url in writes:
        response = client.generic(method, url, "{}", content_type="application/json")
        if error_code(response) != "csrf_failed":
            found.append(f"{method} {url} -> {response.status_code}")
    return found


@pytest.fixture
def session() -> Client:
    """A signed-in administrator, so no permission check can answer before the CSRF check."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.create_superuser("root", "", "a-long-Unusual-passphrase-42"))
    return client


def test_every_api_write_refuses_a_session_without_the_csrf_token(session: Client):
    writes = api_writes()

    assert unprotected(session, writes) == []
    # the walk finds the writes it should (it did not quietly find nothing)
    assert {
        ("POST", "/api/auth/login/"),
        ("POST", "/api/auth/logout/"),
        ("POST", f"/api/exercises/instances/{SAMPLES['uuid']}/submissions/"),
        ("DELETE", f"/api/learning/pauses/{SAMPLES['int']}/"),
        ("POST", "/api/exercises/preview/"),
    } <= set(writes)
    assert len(writes) > 40


def test_every_api_write_refuses_a_visitor_without_the_token_unless_exempt():
    visitor = Client(enforce_csrf_checks=True)
    writes = [write for write in api_writes() if write not in ANONYMOUS_WITHOUT_TOKEN]

    found = []
    for method, url in writes:
        response = visitor.generic(method, url, "{}", content_type="application/json")
        code = error_code(response)
        if code not in {"csrf_failed", "not_authenticated"}:
            found.append(f"{method} {url} -> {response.status_code} {code}")

    assert found == []
    assert set(api_writes()) >= ANONYMOUS_WITHOUT_TOKEN  # no stale exemption


# --- the check itself catches a csrf_exempt write ----------------------------------------------


@csrf_exempt
def _careless_write(request: Any) -> Any:
    from django.http import JsonResponse

    return JsonResponse({"ok": True})


def _urlconf_with_an_exempt_write() -> Any:
    from config import urls

    class UrlConf:
        urlpatterns = [
            path("api/", include([path("careless/", _careless_write), *urls.api_patterns])),
        ]

    return UrlConf


def test_the_check_reports_a_csrf_exempt_write(session: Client, settings: Any):
    urlconf = _urlconf_with_an_exempt_write()
    settings.ROOT_URLCONF = urlconf

    writes = api_writes(urlconf)

    assert unprotected(session, writes) == [f"{method} /api/careless/ -> 200" for method in UNSAFE]
