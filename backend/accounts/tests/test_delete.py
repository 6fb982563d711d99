"""Delete my account: everything personal goes in one transaction, group posts and curation
entries stay anonymised, owned groups pass on, and a wrong password changes nothing."""

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone
from rest_framework.test import APIClient

from accounts import services
from accounts.models import User
from curriculum.models import CurationLogEntry, ResourceSuggestion
from groups import digest_selectors
from groups.models import Answer, Membership, Question, StudyGroup

from .learner_data import PASSWORD, fill_every_app, row_counts, user_links
from .test_apis import csrf

pytestmark = pytest.mark.django_db


def delete_account(client: APIClient, password: str) -> Any:
    return client.post(
        "/api/auth/me/delete/",
        {"password": password},
        format="json",
        HTTP_X_CSRFTOKEN=csrf(client),
    )


def signed_in(user: User) -> APIClient:
    client = APIClient(enforce_csrf_checks=True)
    assert client.login(username=user.username, password=PASSWORD)
    return client


def join(group: StudyGroup, user: User, role: str, days_ago: int) -> Membership:
    return Membership.objects.create(
        user=user, group=group, role=role, joined_at=timezone.now() - timedelta(days=days_ago)
    )


@pytest.fixture
def ada(loaded_exercises: Any) -> User:
    return fill_every_app("ada")


@pytest.fixture
def bea(loaded_exercises: Any) -> User:
    return fill_every_app("bea")


def test_deleting_the_account_removes_everything_personal_and_anonymises_group_posts(
    ada: User, bea: User, assert_schema: Any
):
    # given ada's own group, where bea (a member of long standing) and cy (an admin since
    # yesterday) answered her question; a group where bea is ada's only other member; and a
    # group where ada is alone
    cy = User.objects.create_user("cy", "", PASSWORD)
    circle = StudyGroup.objects.get(created_by=ada)
    join(circle, bea, Membership.Role.MEMBER, days_ago=30)
    join(circle, cy, Membership.Role.ADMIN, days_ago=1)
    question = Question.objects.get(author=ada)
    Answer.objects.create(question=question, author=bea, body="Bea's reply")
    pair = StudyGroup.objects.create(name="Pair", created_by=ada)
    join(pair, ada, Membership.Role.OWNER, days_ago=10)
    join(pair, bea, Membership.Role.MEMBER, days_ago=5)
    solo = StudyGroup.objects.create(name="Solo", created_by=ada)
    join(solo, ada, Membership.Role.OWNER, days_ago=3)
    # and ada, as a curator, reviewed one of bea's suggestions
    bea_suggestion = ResourceSuggestion.objects.get(suggested_by=bea)
    ResourceSuggestion.objects.filter(pk=bea_suggestion.pk).update(reviewed_by=ada)
    ada_log_entry = CurationLogEntry.objects.get(actor=ada)
    bea_rows = row_counts(bea)
    client = signed_in(ada)

    # when ada deletes her account
    response = assert_schema(delete_account(client, PASSWORD))

    # then she is logged out, cannot log in again, and nothing of hers is left
    assert response.status_code == 204
    assert client.get("/api/auth/me/").json()["authenticated"] is False
    assert not User.objects.filter(username="ada").exists()
    assert not APIClient().login(username="ada", password=PASSWORD)
    left = {link.label: link.rows_of(ada).count() for link in user_links()}
    assert set(left.values()) == {0}

    # her question and answer stay in her group, without an author, shown as a deleted learner
    assert Question.objects.filter(pk=question.pk, author=None).exists()
    assert Answer.objects.filter(question=question, author=None, body="Answer of ada").exists()
    assert Answer.objects.get(body="Answer of ada").helpful  # her helpful mark stays, anonymous
    detail = assert_schema(
        signed_in(bea).get(f"/api/groups/{circle.pk}/questions/{question.pk}/")
    ).json()
    assert detail["author"] == {"user_id": None, "username": "Deleted learner"}
    assert [a["author"]["username"] for a in detail["answers"]] == ["Deleted learner", "bea"]
    listed = signed_in(cy).get(f"/api/groups/{circle.pk}/questions/").json()
    assert [q["author"]["username"] for q in listed] == ["Deleted learner"]
    digest = digest_selectors.digest_get(group_id=circle.pk, week_start=timezone.localdate())
    assert digest is not None
    assert [q.author for q in digest.questions] == ["Deleted learner"]

    # her groups passed on: the admin before the older member; the only other member; and the
    # group nobody else was in is gone
    assert Membership.objects.get(group=circle, role="owner").user == cy
    assert Membership.objects.get(group=pair, role="owner").user == bea
    assert not StudyGroup.objects.filter(pk=solo.pk).exists()
    assert StudyGroup.objects.get(pk=circle.pk).created_by is None

    # her curation entries stay with no actor, and bea's suggestion keeps its review
    ada_log_entry.refresh_from_db()
    assert ada_log_entry.actor is None
    bea_suggestion.refresh_from_db()
    assert (bea_suggestion.reviewed_by, bea_suggestion.status) == (None, "rejected")

    # and bea's data is as it was (plus the ownership of Pair)
    assert row_counts(bea) == bea_rows


def test_the_curation_log_shows_a_deleted_curator_not_the_link_checker(ada: User):
    curator = User.objects.create_user("cora", "", PASSWORD, is_staff=True)
    curator.user_permissions.add(Permission.objects.get(codename="curate"))
    services.user_delete(user=ada, password=PASSWORD)

    entries = signed_in(curator).get("/api/curation/log/").json()

    assert [(e["action"], e["actor"]) for e in entries] == [
        ("suggestion_reject", "Deleted curator")
    ]


def test_a_wrong_password_deletes_nothing(ada: User, assert_schema: Any):
    before = row_counts(ada)
    client = signed_in(ada)

    response = assert_schema(delete_account(client, "not-my-password"))

    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"password": ["Your password is not correct."]}
    assert row_counts(ada) == before
    assert client.get("/api/auth/me/").json()["authenticated"] is True


def test_deleting_needs_the_password_and_a_signed_in_learner(ada: User, api_client: APIClient):
    assert delete_account(api_client, PASSWORD).status_code == 403

    response = delete_account(signed_in(ada), "")

    assert response.status_code == 400
    assert "password" in response.json()["error"]["fields"]
    assert User.objects.filter(pk=ada.pk).exists()


def test_a_failure_midway_deletes_nothing(ada: User, monkeypatch: pytest.MonkeyPatch):
    # given the account deletion fails after the group hand-over has run
    circle = StudyGroup.objects.get(created_by=ada)
    bea = User.objects.create_user("bea", "", PASSWORD)
    join(circle, bea, Membership.Role.MEMBER, days_ago=1)
    before = row_counts(ada)

    def broken_delete(self: User, *args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(User, "delete", broken_delete)

    # when ada deletes her account
    with pytest.raises(RuntimeError):
        services.user_delete(user=ada, password=PASSWORD)

    # then the hand-over was rolled back with it
    assert Membership.objects.get(group=circle, role="owner").user == ada
    assert row_counts(ada) == before


def test_deleting_needs_the_csrf_token(ada: User):
    client = signed_in(ada)

    response = client.post("/api/auth/me/delete/", {"password": PASSWORD}, format="json")

    assert response.status_code == 403
    assert User.objects.filter(pk=ada.pk).exists()
