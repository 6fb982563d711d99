"""Accounts through the API as the single-page app uses it: CSRF cookie first, then writes."""

from typing import Any

import pytest
from django.contrib.auth.models import Permission
from rest_framework.test import APIClient

from accounts.models import User

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-Unusual-passphrase-42"


def csrf(client: APIClient) -> str:
    assert client.get("/api/auth/csrf/").status_code == 204
    return client.cookies["csrftoken"].value


def post(client: APIClient, url: str, data: dict[str, Any] | None = None) -> Any:
    return client.post(url, data or {}, format="json", HTTP_X_CSRFTOKEN=csrf(client))


def test_register_logs_the_learner_in(api_client: APIClient, assert_schema: Any):
    response = assert_schema(
        post(
            api_client,
            "/api/auth/register/",
            {"username": "ada", "email": "ada@example.org", "password": PASSWORD},
        )
    )

    assert response.status_code == 201
    assert response.json()["username"] == "ada"
    me = assert_schema(api_client.get("/api/auth/me/")).json()
    assert me == {
        "authenticated": True,
        "user": {"id": response.json()["id"], "username": "ada", "email": "ada@example.org"},
        "is_curator": False,
        "is_staff": False,
    }


def test_register_validation_names_each_field(api_client: APIClient, assert_schema: Any):
    User.objects.create_user("taken", "taken@example.org", PASSWORD)

    response = assert_schema(
        post(
            api_client,
            "/api/auth/register/",
            {"username": "no spaces!", "email": "not-an-email", "password": "123"},
        )
    )

    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert set(fields) == {"username", "email", "password"}  # all problems at once
    assert "This password is too short" in fields["password"][0]
    response = post(
        api_client, "/api/auth/register/", {"username": "TAKEN", "email": "", "password": PASSWORD}
    )
    assert response.json()["error"]["fields"] == {"username": ["That username is taken."]}
    response = post(api_client, "/api/auth/register/", {"username": "bob", "password": "123"})
    assert "This password is too short" in response.json()["error"]["fields"]["password"][0]
    assert not User.objects.filter(username="bob").exists()


def test_login_logout_round_trip(api_client: APIClient, assert_schema: Any):
    User.objects.create_user("grace", "", PASSWORD)

    response = assert_schema(
        post(api_client, "/api/auth/login/", {"username": "grace", "password": PASSWORD})
    )
    assert response.status_code == 200
    assert api_client.get("/api/auth/me/").json()["authenticated"] is True

    assert post(api_client, "/api/auth/logout/").status_code == 204
    assert api_client.get("/api/auth/me/").json() == {
        "authenticated": False,
        "user": None,
        "is_curator": False,
        "is_staff": False,
    }


def test_wrong_password_is_a_clear_error(api_client: APIClient, assert_schema: Any):
    User.objects.create_user("grace", "", PASSWORD)

    response = assert_schema(
        post(api_client, "/api/auth/login/", {"username": "grace", "password": "wrong"})
    )

    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "That username and password do not match an account."
    )
    assert api_client.get("/api/auth/me/").json()["authenticated"] is False


def test_writes_without_a_csrf_token_are_refused(api_client: APIClient):
    User.objects.create_user("grace", "", PASSWORD)

    response = api_client.post(
        "/api/auth/login/", {"username": "grace", "password": PASSWORD}, format="json"
    )

    assert response.status_code == 403
    assert response.json()["error"]["code"] == "csrf_failed"
    assert api_client.get("/api/auth/me/").json()["authenticated"] is False


def test_logged_in_writes_need_csrf_too(api_client: APIClient):
    user = User.objects.create_user("grace", "", PASSWORD)
    api_client.force_login(user)

    response = api_client.post(
        "/api/auth/password/",
        {"old_password": PASSWORD, "new_password": "another-Long-passphrase-7"},
        format="json",
    )

    assert response.status_code == 403
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_change_password(api_client: APIClient, assert_schema: Any):
    user = User.objects.create_user("grace", "", PASSWORD)
    post(api_client, "/api/auth/login/", {"username": "grace", "password": PASSWORD})

    wrong = assert_schema(
        post(
            api_client,
            "/api/auth/password/",
            {"old_password": "nope", "new_password": "another-Long-passphrase-7"},
        )
    )
    assert wrong.json()["error"]["fields"] == {
        "old_password": ["Your current password is not correct."]
    }
    ok = post(
        api_client,
        "/api/auth/password/",
        {"old_password": PASSWORD, "new_password": "another-Long-passphrase-7"},
    )

    assert ok.status_code == 204
    user.refresh_from_db()
    assert user.check_password("another-Long-passphrase-7")
    assert api_client.get("/api/auth/me/").json()["authenticated"] is True  # session kept


def test_change_password_needs_a_login(api_client: APIClient):
    response = post(api_client, "/api/auth/password/", {"old_password": "x", "new_password": "y"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "not_authenticated"


def test_demo_admin_is_created_once(capsys: Any, settings: Any):
    from django.core.management import call_command

    settings.DEBUG = True
    call_command("ensure_demo_admin")
    call_command("ensure_demo_admin")

    output = capsys.readouterr().out
    assert "username 'admin', password 'lemma-demo-admin'" in output
    assert "already exists" in output
    assert User.objects.filter(is_superuser=True).count() == 1


def test_demo_admin_is_refused_in_production(settings: Any):
    from django.core.management import CommandError, call_command

    settings.DEBUG = False

    with pytest.raises(CommandError, match="local use only"):
        call_command("ensure_demo_admin")
    assert not User.objects.filter(is_superuser=True).exists()


def test_me_says_whether_the_user_is_a_curator(api_client: APIClient, assert_schema: Any):
    curate = Permission.objects.get(codename="curate", content_type__app_label="curriculum")
    staff = User.objects.create_user("stan", "", PASSWORD, is_staff=True)
    curator = User.objects.create_user("cora", "", PASSWORD, is_staff=True)
    curator.user_permissions.add(curate)
    # The permission alone is not enough: the curation API also requires staff.
    learner = User.objects.create_user("lea", "", PASSWORD)
    learner.user_permissions.add(curate)

    answers = {}
    for user in (staff, curator, learner):
        api_client.force_login(user)
        answers[user.username] = assert_schema(api_client.get("/api/auth/me/")).json()["is_curator"]

    assert answers == {"stan": False, "cora": True, "lea": False}
