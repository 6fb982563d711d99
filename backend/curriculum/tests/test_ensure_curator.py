"""`manage.py ensure_curator`: the account the browser tests (and a fresh install) curate with."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from accounts.models import User

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-Unusual-passphrase-42"


def test_creates_a_curator_who_can_use_the_curation_api(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LEMMA_CURATOR_PASSWORD", PASSWORD)
    out = StringIO()

    call_command("ensure_curator", "--username", "cora", stdout=out)

    assert "Created 'cora' a curator." in out.getvalue()
    client = APIClient()
    assert client.login(username="cora", password=PASSWORD)
    assert client.get("/api/curation/suggestions/").status_code == 200
    assert client.get("/api/auth/me/").json()["is_curator"] is True


def test_promotes_an_existing_user_and_keeps_their_password(monkeypatch: pytest.MonkeyPatch):
    User.objects.create_user("lea", "", PASSWORD)
    monkeypatch.setenv("LEMMA_CURATOR_PASSWORD", "something-else-entirely")

    call_command("ensure_curator", "--username", "lea", stdout=StringIO())
    call_command("ensure_curator", "--username", "lea", stdout=StringIO())  # idempotent

    lea = User.objects.get(username="lea")
    assert lea.is_staff
    assert lea.has_perm("curriculum.curate")
    assert lea.check_password(PASSWORD)


def test_refuses_to_create_an_account_without_a_password(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("LEMMA_CURATOR_PASSWORD", raising=False)

    with pytest.raises(CommandError, match="LEMMA_CURATOR_PASSWORD"):
        call_command("ensure_curator", "--username", "cora", stdout=StringIO())

    assert not User.objects.exists()
