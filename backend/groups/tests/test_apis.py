"""The groups API beyond the permission matrix: error shapes, limits, raw text, sharing, and
query counts of every list endpoint (constant in the number of rows)."""

import json
from typing import Any

import pytest
from django.utils import timezone

from groups import services
from groups.models import Invite

from .conftest import Cast, add_member, client_for, make_user, membership, record_level

pytestmark = pytest.mark.django_db


def url(cast: Cast, tail: str = "") -> str:
    return f"/api/groups/{cast.group.pk}/{tail}"


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        ({"revoked_at": timezone.now()}, 410, "invite_revoked"),
        ({"expires_at": timezone.now()}, 410, "invite_expired"),
        ({"max_uses": 1, "uses": 1}, 410, "invite_used_up"),
    ],
)
def test_unusable_invites_answer_in_the_house_error_shape(
    cast: Cast, change: dict, status: int, code: str, assert_schema: Any
):
    invite = services.invite_create(actor=membership(cast.group, cast.owner))
    Invite.objects.filter(pk=invite.pk).update(**change)

    response = client_for(cast.outsider).post(
        "/api/groups/join/", {"code": invite.code}, format="json"
    )

    assert_schema(response)
    assert response.status_code == status
    assert response.json()["error"]["code"] == code
    assert response.json()["error"]["message"]


def test_an_unknown_code_and_a_full_group(cast: Cast, assert_schema: Any):
    client = client_for(cast.outsider)
    unknown = client.post("/api/groups/join/", {"code": "x" * 24}, format="json")
    assert assert_schema(unknown).status_code == 404
    assert unknown.json()["error"]["code"] == "invite_unknown"

    client_for(cast.owner).patch(url(cast), {"member_limit": 4}, format="json")
    invite = services.invite_create(actor=membership(cast.group, cast.owner))
    full = client.post("/api/groups/join/", {"code": invite.code}, format="json")
    assert assert_schema(full).status_code == 400
    assert full.json()["error"]["code"] == "group_full"


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("", {"name": "x" * 81}, "name"),
        ("", {"name": "ok", "description": "d" * 1001}, "description"),
        ("", {"name": "ok", "member_limit": 501}, "member_limit"),
        ("", {"name": "ok", "goal": "no-such-role"}, "goal"),
        ("{g}/invites/", {"expires_in_days": 31}, "expires_in_days"),
        ("{g}/invites/", {"max_uses": 0}, "max_uses"),
        ("{g}/questions/", {"topic": "vectors", "title": "t" * 201, "body": "b"}, "title"),
        ("{g}/questions/", {"topic": "vectors", "title": "Title", "body": "b" * 10_001}, "body"),
        ("{g}/questions/", {"topic": "vectors", "title": "Title", "body": "   "}, "body"),
        ("{g}/questions/", {"topic": "nope", "title": "Title", "body": "b"}, "topic"),
        ("{g}/weekly/", {"hours": "81", "topics": None}, "hours"),
    ],
)
def test_inputs_have_limits_and_errors_name_the_field(
    cast: Cast, path: str, body: dict, field: str, assert_schema: Any
):
    response = client_for(cast.owner).generic(
        "PUT" if "weekly" in path else "POST",
        "/api/groups/" + path.format(g=cast.group.pk),
        data=json.dumps(body),
        content_type="application/json",
    )

    assert assert_schema(response).status_code == 400, response.content
    assert field in response.json()["error"]["fields"]


def test_markdown_is_stored_and_returned_as_written(cast: Cast, assert_schema: Any):
    body = "# Hi\n\n    code\n<script>alert(1)</script> $x^2$"
    client = client_for(cast.member)

    asked = client.post(
        url(cast, "questions/"),
        {"topic": "vectors", "title": "Raw?", "body": body},
        format="json",
    )

    assert assert_schema(asked).status_code == 201
    shown = assert_schema(client.get(url(cast, f"questions/{asked.json()['id']}/"))).json()
    assert shown["body"] == body
    assert shown["topic"] == {"slug": "vectors", "title": "Vectors"}


def test_sharing_settings_control_what_the_group_sees(cast: Cast, assert_schema: Any):
    record_level(cast.member, "vectors", "mastered")
    mine = client_for(cast.member)
    others = client_for(cast.owner)

    changed = mine.patch(url(cast, "me/"), {"share_progress": False}, format="json")
    assert assert_schema(changed).json()["share_progress"] is False

    heatmap = assert_schema(others.get(url(cast, "heatmap/"))).json()
    row = next(r for r in heatmap["rows"] if r["username"] == "mia")
    assert row == {"user_id": cast.member.pk, "username": "mia", "hidden": True, "levels": None}
    helpers = assert_schema(others.get(url(cast, "helpers/?topic=vectors"))).json()
    assert helpers == []
    feed = assert_schema(others.get(url(cast, "activity/"))).json()
    assert all(e["kind"] == "joined" for e in feed["events"])


def test_the_owner_leaves_after_transferring(cast: Cast, assert_schema: Any):
    owner = client_for(cast.owner)
    refused = assert_schema(owner.post(url(cast, "leave/")))
    assert refused.json()["error"]["code"] == "owner_must_transfer"

    moved = owner.post(url(cast, "transfer/"), {"user_id": cast.member.pk}, format="json")
    assert assert_schema(moved).json()["my_role"] == "admin"
    left = assert_schema(owner.post(url(cast, "leave/")))
    assert left.json() == {"group_deleted": False}
    assert assert_schema(owner.get(url(cast))).status_code == 404


def grow(cast: Cast, extra: int) -> None:
    """More members (sharing everything, with progress), invites and questions with answers."""
    owner = membership(cast.group, cast.owner)
    for i in range(extra):
        user = make_user(f"extra{i}")
        add_member(cast.group, user, share_hours=True)
        record_level(user, "vectors", "mastered")
        services.invite_create(actor=owner)
        question = services.question_create(
            membership=owner, topic="vectors", title=f"Q{i}", body="Body"
        )
        services.answer_create(membership=owner, question=question, body="A")
    services.group_create(
        user=cast.owner, data=services.GroupInput(name="Open", visibility="public")
    )


# Two queries of every request are the session and the user; two more find the group and the
# caller's membership.
LISTS = [
    ("/api/groups/", 4),
    ("/api/groups/public/", 3),
    ("{g}", 7),
    ("{g}invites/", 5),
    ("{g}heatmap/", 10),
    ("{g}weekly/", 7),
    ("{g}activity/", 8),
    ("{g}helpers/?topic=vectors", 6),
    ("{g}questions/", 5),
    ("{g}questions/{q}/", 7),
]


@pytest.mark.parametrize(("path", "max_queries"), LISTS)
@pytest.mark.parametrize("extra", [1, 12])
def test_list_endpoints_make_a_constant_number_of_queries(
    cast: Cast,
    path: str,
    max_queries: int,
    extra: int,
    django_assert_max_num_queries: Any,
    assert_schema: Any,
):
    grow(cast, extra)
    question = cast.group.questions.first()
    assert question is not None
    client = client_for(cast.owner)
    address = path.format(g=url(cast), q=question.pk)

    with django_assert_max_num_queries(max_queries):
        response = client.get(address)

    assert assert_schema(response).status_code == 200
