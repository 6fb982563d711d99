"""The invite preview: the group's public face and whether the invite can be used."""

from typing import Any

import pytest
from django.utils import timezone

from groups import services
from groups.models import Invite, StudyGroup

from .conftest import Cast, client_for, membership

pytestmark = pytest.mark.django_db


def lookup(cast: Cast, code: str) -> Any:
    return client_for(cast.outsider).get(f"/api/groups/invites/{code}/")


def test_a_usable_invite_shows_the_group_and_nothing_private(cast: Cast, assert_schema: Any):
    invite = services.invite_create(actor=membership(cast.group, cast.owner))
    assert cast.group.goal is not None

    response = assert_schema(lookup(cast, invite.code))

    assert response.status_code == 200
    assert response.json() == {
        "name": "Secret circle",
        "description": "Quiet study",
        "goal_title": cast.group.goal.title,
        "member_count": 4,
        "usable": True,
        "reason": None,
    }
    assert "olga" not in response.content.decode()


def test_looking_does_not_join_or_use_the_invite(cast: Cast):
    invite = services.invite_create(actor=membership(cast.group, cast.owner), max_uses=1)

    lookup(cast, invite.code)

    invite.refresh_from_db()
    assert invite.uses == 0
    assert not cast.group.memberships.filter(user=cast.outsider).exists()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"revoked_at": timezone.now()}, "revoked"),
        ({"expires_at": timezone.now()}, "expired"),
        ({"max_uses": 1, "uses": 1}, "used_up"),
    ],
)
def test_an_unusable_invite_says_why(cast: Cast, change: dict, reason: str, assert_schema: Any):
    invite = services.invite_create(actor=membership(cast.group, cast.owner))
    Invite.objects.filter(pk=invite.pk).update(**change)

    body = assert_schema(lookup(cast, invite.code)).json()

    assert (body["usable"], body["reason"]) == (False, reason)
    assert body["name"] == "Secret circle"


def test_a_full_group_says_so(cast: Cast, assert_schema: Any):
    invite = services.invite_create(actor=membership(cast.group, cast.owner))
    StudyGroup.objects.filter(pk=cast.group.pk).update(member_limit=4, goal=None)

    body = assert_schema(lookup(cast, invite.code)).json()

    assert (body["usable"], body["reason"], body["goal_title"]) == (False, "full", None)


@pytest.mark.parametrize("code", ["x" * 24, "y" * 65, "not-a-code"])
def test_an_unknown_code_is_404(cast: Cast, code: str, assert_schema: Any):
    response = assert_schema(lookup(cast, code))

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "invite_unknown"


def test_signed_out_visitors_cannot_look(cast: Cast):
    invite = services.invite_create(actor=membership(cast.group, cast.owner))

    response = client_for(None).get(f"/api/groups/invites/{invite.code}/")

    assert response.status_code == 403
    assert "Secret circle" not in response.content.decode()


def test_guessing_codes_is_throttled_per_learner(cast: Cast, monkeypatch: pytest.MonkeyPatch):
    from rest_framework.throttling import ScopedRateThrottle

    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"invite-code": "3/hour"})
    guesser = client_for(cast.outsider)

    tries = [guesser.get(f"/api/groups/invites/guess-{n}/").status_code for n in range(3)]
    blocked = guesser.post("/api/groups/join/", {"code": "guess-4"}, format="json")

    assert tries == [404, 404, 404]
    assert blocked.status_code == 429
    assert blocked.json()["error"]["code"] == "throttled"
    # another learner is not held back by someone else's guesses
    assert client_for(cast.member).get("/api/groups/invites/guess-5/").status_code == 404


@pytest.mark.parametrize("path", ["/api/groups/invites/a%00b/", "/api/groups/people/mi%00a/"])
def test_a_nul_in_a_code_or_username_names_nothing(cast: Cast, path: str):
    """PostgreSQL text cannot hold NUL: the lookup failed in the database with a 500."""
    response = client_for(cast.member).get(path)

    assert response.status_code == 404
    assert response.json()["error"]["status"] == 404
