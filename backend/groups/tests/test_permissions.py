"""The permission matrix: every group endpoint for five actors on a PRIVATE group.

`target` is a second plain member (removed, promoted, made owner; asked the question and wrote
the answer the discussion endpoints use). Anonymous requests get 403 (session auth, no
WWW-Authenticate); a non-member gets 404 on everything of a private group, so its existence does
not leak.

| method | path under /api/groups/                  | anon | non-member | member | admin | owner |
|--------|------------------------------------------|------|------------|--------|-------|-------|
| GET    | (my groups)                              | 403  | 200        | 200    | 200   | 200   |
| POST   | (create)                                 | 403  | 201        | 201    | 201   | 201   |
| GET    | public/  (public list)                   | 403  | 200        | 200    | 200   | 200   |
| POST   | join/  (invite code)                     | 403  | 201        | 400    | 400   | 400   |
| GET    | invites/{code}/  (preview)               | 403  | 200        | 200    | 200   | 200   |
| GET    | {id}/  (detail)                          | 403  | 404        | 200    | 200   | 200   |
| PATCH  | {id}/  (edit)                            | 403  | 404        | 403    | 200   | 200   |
| DELETE | {id}/  (delete)                          | 403  | 404        | 403    | 403   | 204   |
| POST   | {id}/leave/                              | 403  | 404        | 200    | 200   | 400   |
| PATCH  | {id}/me/  (sharing)                      | 403  | 404        | 200    | 200   | 200   |
| PATCH  | {id}/members/{target}/  (role)           | 403  | 404        | 403    | 403   | 200   |
| DELETE | {id}/members/{target}/  (remove)         | 403  | 404        | 403    | 204   | 204   |
| POST   | {id}/transfer/  (to target)              | 403  | 404        | 403    | 403   | 200   |
| GET    | {id}/invites/                            | 403  | 404        | 403    | 200   | 200   |
| POST   | {id}/invites/                            | 403  | 404        | 403    | 201   | 201   |
| POST   | {id}/invites/{inv}/revoke/               | 403  | 404        | 403    | 200   | 200   |
| GET    | {id}/heatmap/                            | 403  | 404        | 200    | 200   | 200   |
| GET    | {id}/weekly/                             | 403  | 404        | 200    | 200   | 200   |
| PUT    | {id}/weekly/  (set goal)                 | 403  | 404        | 403    | 200   | 200   |
| GET    | {id}/activity/                           | 403  | 404        | 200    | 200   | 200   |
| GET    | {id}/helpers/?topic=vectors              | 403  | 404        | 200    | 200   | 200   |
| GET    | {id}/questions/                          | 403  | 404        | 200    | 200   | 200   |
| POST   | {id}/questions/  (ask)                   | 403  | 404        | 201    | 201   | 201   |
| GET    | {id}/questions/{q}/                      | 403  | 404        | 200    | 200   | 200   |
| PATCH  | {id}/questions/{q}/  (edit)              | 403  | 404        | 403†   | 403   | 403   |
| DELETE | {id}/questions/{q}/                      | 403  | 404        | 403†   | 204   | 204   |
| POST   | {id}/questions/{q}/answers/              | 403  | 404        | 201    | 201   | 201   |
| POST   | {id}/questions/{q}/answers/{a}/helpful/  | 403  | 404        | 403*   | 200   | 200   |
| DELETE | {id}/questions/{q}/answers/{a}/helpful/  | 403  | 404        | 403*   | 200   | 200   |
| PATCH  | {id}/questions/{q}/answers/{a}/  (edit)  | 403  | 404        | 403†   | 403   | 403   |
| DELETE | {id}/questions/{q}/answers/{a}/          | 403  | 404        | 403†   | 204   | 204   |

* the asker (target, a plain member) gets 200: only the asker and admins mark answers helpful.
† the author (target) gets 200 (edit) or 204 (delete): only authors edit their text; admins and
  the owner moderate by deleting, never by rewriting someone else's words.

On a PUBLIC group the non-member column changes: GET /api/groups/{id}/ is 200 with the summary
only (my_role, sharing flags and members null), join stays 201, and every other 404 becomes 403.
"""

from dataclasses import dataclass
from typing import Any

import pytest
from django.utils import timezone

from groups import services
from groups.models import Answer, Invite, Membership, Question, StudyGroup

from .conftest import ACTORS, Cast, client_for, membership

pytestmark = pytest.mark.django_db


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    url: str
    body: dict[str, Any] | None
    expected: tuple[int, int, int, int, int]  # in ACTORS order


ENDPOINTS = [
    Endpoint("mine", "get", "/api/groups/", None, (403, 200, 200, 200, 200)),
    Endpoint("create", "post", "/api/groups/", {"name": "New one"}, (403, 201, 201, 201, 201)),
    Endpoint("public", "get", "/api/groups/public/", None, (403, 200, 200, 200, 200)),
    Endpoint("join", "post", "/api/groups/join/", {"code": "{code}"}, (403, 201, 400, 400, 400)),
    Endpoint(
        "invite_lookup", "get", "/api/groups/invites/{code}/", None, (403, 200, 200, 200, 200)
    ),
    Endpoint("detail", "get", "/api/groups/{g}/", None, (403, 404, 200, 200, 200)),
    Endpoint("update", "patch", "/api/groups/{g}/", {"name": "Renamed"}, (403, 404, 403, 200, 200)),
    Endpoint("delete", "delete", "/api/groups/{g}/", None, (403, 404, 403, 403, 204)),
    Endpoint("leave", "post", "/api/groups/{g}/leave/", None, (403, 404, 200, 200, 400)),
    Endpoint(
        "sharing", "patch", "/api/groups/{g}/me/", {"share_hours": True}, (403, 404, 200, 200, 200)
    ),
    Endpoint(
        "role",
        "patch",
        "/api/groups/{g}/members/{target}/",
        {"role": "admin"},
        (403, 404, 403, 403, 200),
    ),
    Endpoint(
        "remove", "delete", "/api/groups/{g}/members/{target}/", None, (403, 404, 403, 204, 204)
    ),
    Endpoint(
        "transfer",
        "post",
        "/api/groups/{g}/transfer/",
        {"user_id": "{target}"},
        (403, 404, 403, 403, 200),
    ),
    Endpoint("invites", "get", "/api/groups/{g}/invites/", None, (403, 404, 403, 200, 200)),
    Endpoint(
        "invite_create",
        "post",
        "/api/groups/{g}/invites/",
        {"expires_in_days": 3},
        (403, 404, 403, 201, 201),
    ),
    Endpoint(
        "invite_revoke",
        "post",
        "/api/groups/{g}/invites/{invite}/revoke/",
        None,
        (403, 404, 403, 200, 200),
    ),
    Endpoint("heatmap", "get", "/api/groups/{g}/heatmap/", None, (403, 404, 200, 200, 200)),
    Endpoint("weekly", "get", "/api/groups/{g}/weekly/", None, (403, 404, 200, 200, 200)),
    Endpoint(
        "weekly_set",
        "put",
        "/api/groups/{g}/weekly/",
        {"hours": "5.0", "topics": None},
        (403, 404, 403, 200, 200),
    ),
    Endpoint("activity", "get", "/api/groups/{g}/activity/", None, (403, 404, 200, 200, 200)),
    Endpoint(
        "helpers", "get", "/api/groups/{g}/helpers/?topic=vectors", None, (403, 404, 200, 200, 200)
    ),
    Endpoint("questions", "get", "/api/groups/{g}/questions/", None, (403, 404, 200, 200, 200)),
    Endpoint(
        "ask",
        "post",
        "/api/groups/{g}/questions/",
        {"topic": "vectors", "title": "Why unit vectors?", "body": "Explain *norms*."},
        (403, 404, 201, 201, 201),
    ),
    Endpoint("question", "get", "/api/groups/{g}/questions/{q}/", None, (403, 404, 200, 200, 200)),
    Endpoint(
        "question_edit",
        "patch",
        "/api/groups/{g}/questions/{q}/",
        {"title": "What is a basis, really?"},
        (403, 404, 403, 403, 403),
    ),
    Endpoint(
        "question_delete",
        "delete",
        "/api/groups/{g}/questions/{q}/",
        None,
        (403, 404, 403, 204, 204),
    ),
    Endpoint(
        "answer",
        "post",
        "/api/groups/{g}/questions/{q}/answers/",
        {"body": "Because length 1."},
        (403, 404, 201, 201, 201),
    ),
    Endpoint(
        "helpful",
        "post",
        "/api/groups/{g}/questions/{q}/answers/{a}/helpful/",
        None,
        (403, 404, 403, 200, 200),
    ),
    Endpoint(
        "unhelpful",
        "delete",
        "/api/groups/{g}/questions/{q}/answers/{a}/helpful/",
        None,
        (403, 404, 403, 200, 200),
    ),
    Endpoint(
        "answer_edit",
        "patch",
        "/api/groups/{g}/questions/{q}/answers/{a}/",
        {"body": "A *linearly independent* spanning set."},
        (403, 404, 403, 403, 403),
    ),
    Endpoint(
        "answer_delete",
        "delete",
        "/api/groups/{g}/questions/{q}/answers/{a}/",
        None,
        (403, 404, 403, 204, 204),
    ),
]
AUTHOR_STATUS = {
    "question_edit": 200,
    "question_delete": 204,
    "answer_edit": 200,
    "answer_delete": 204,
}


@dataclass
class Scene:
    cast: Cast
    invite: Invite
    question: Question
    answer: Answer

    def fill(self, text: str) -> str:
        return text.format(
            g=self.cast.group.pk,
            target=self.cast.target.pk,
            invite=self.invite.pk,
            code=self.invite.code,
            q=self.question.pk,
            a=self.answer.pk,
        )


@pytest.fixture
def scene(cast: Cast) -> Scene:
    owner = membership(cast.group, cast.owner)
    asker = membership(cast.group, cast.target)
    invite = services.invite_create(actor=owner)
    question = services.question_create(
        membership=asker, topic="vectors", title="What is a basis?", body="Private question text"
    )
    answer = services.answer_create(membership=asker, question=question, body="A spanning set.")
    return Scene(cast, invite, question, answer)


def call(scene: Scene, endpoint: Endpoint, actor: str) -> Any:
    client = client_for(scene.cast.user(actor))
    body = None
    if endpoint.body is not None:
        body = {
            key: (int(scene.fill(value)) if key == "user_id" else scene.fill(value))
            if isinstance(value, str)
            else value
            for key, value in endpoint.body.items()
        }
    method = getattr(client, endpoint.method)
    return method(scene.fill(endpoint.url), body, format="json")


PRIVATE_MARKERS = ["Secret circle", "Quiet study", "Private question text", "tom", "mia"]


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_private_group_matrix(scene: Scene, endpoint: Endpoint, actor: str, assert_schema: Any):
    expected = endpoint.expected[ACTORS.index(actor)]

    response = call(scene, endpoint, actor)

    assert response.status_code == expected, response.content
    assert_schema(response)
    if expected >= 400:
        assert set(response.json()) == {"error"}
    reveals = ("join", "invite_lookup")  # the invite code is the key to the group's name
    if actor in ("anonymous", "outsider") and endpoint.name not in reveals:
        text = response.content.decode()
        for marker in PRIVATE_MARKERS:
            assert marker not in text


def test_the_asker_may_mark_answers_helpful(scene: Scene, assert_schema: Any):
    endpoint = next(e for e in ENDPOINTS if e.name == "helpful")

    response = client_for(scene.cast.target).post(scene.fill(endpoint.url))

    assert assert_schema(response).status_code == 200
    assert response.json()["helpful"] is True


@pytest.mark.parametrize("name", AUTHOR_STATUS)
def test_the_author_may_edit_and_delete_their_own_text(scene: Scene, name: str, assert_schema: Any):
    endpoint = next(e for e in ENDPOINTS if e.name == name)

    response = call(scene, endpoint, "target")

    assert assert_schema(response).status_code == AUTHOR_STATUS[name], response.content
    if endpoint.method == "delete":
        assert not Answer.objects.filter(pk=scene.answer.pk).exists()
    else:
        scene.question.refresh_from_db()
        scene.answer.refresh_from_db()
        assert "really?" in scene.question.title or "independent" in scene.answer.body


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_public_group_shows_non_members_the_summary_only(
    scene: Scene, endpoint: Endpoint, assert_schema: Any
):
    StudyGroup.objects.filter(pk=scene.cast.group.pk).update(visibility="public")
    private_expected = endpoint.expected[ACTORS.index("outsider")]
    expected = 200 if endpoint.name == "detail" else private_expected
    if private_expected == 404:
        expected = 200 if endpoint.name == "detail" else 403

    response = call(scene, endpoint, "outsider")

    assert response.status_code == expected, response.content
    assert_schema(response)
    text = response.content.decode()
    for marker in ["Private question text", "tom", "mia"]:
        assert endpoint.name == "join" or marker not in text
    if endpoint.name == "detail":
        body = response.json()
        assert body["name"] == "Secret circle"
        assert body["member_count"] == 4
        assert body["my_role"] is None
        assert body["members"] is None


def test_the_matrix_covers_every_group_route():
    from django.urls import get_resolver

    from groups import urls

    routes = {str(p.pattern) for p in urls.urlpatterns}
    covered = {
        e.url.removeprefix("/api/groups/")
        .split("?")[0]
        .replace("{g}", "<uuid:group_id>")
        .replace("{target}", "<int:user_id>")
        .replace("{invite}", "<int:invite_id>")
        .replace("{q}", "<int:question_id>")
        .replace("{a}", "<int:answer_id>")
        .replace("{code}", "<str:code>")
        for e in ENDPOINTS
    }
    from .test_note_apis import MATRIX as NOTE_MATRIX  # the notes routes have their own matrix

    covered |= {
        url.removeprefix("/api/groups/")
        .replace("{g}", "<uuid:group_id>")
        .replace("notes/vectors/", "notes/<slug:topic>/")
        .replace("people/mia/", "people/<str:username>/")
        for _, url, _, _ in NOTE_MATRIX
    }
    assert routes == covered
    methods = {(e.url.split("?")[0], e.method) for e in ENDPOINTS}
    assert len(methods) == len(ENDPOINTS)
    assert get_resolver() is not None


def test_no_endpoint_changes_state_for_a_refused_actor(scene: Scene):
    before = (
        Membership.objects.count(),
        Invite.objects.filter(revoked_at__isnull=True).count(),
        Answer.objects.filter(helpful=False).count(),
        Question.objects.filter(title="What is a basis?").count(),
        Answer.objects.filter(body="A spanning set.").count(),
    )
    for endpoint in ENDPOINTS:
        for actor in ACTORS:
            if endpoint.expected[ACTORS.index(actor)] >= 400:
                call(scene, endpoint, actor)
    assert (
        Membership.objects.count(),
        Invite.objects.filter(revoked_at__isnull=True).count(),
        Answer.objects.filter(helpful=False).count(),
        Question.objects.filter(title="What is a basis?").count(),
        Answer.objects.filter(body="A spanning set.").count(),
    ) == before
    assert StudyGroup.objects.filter(pk=scene.cast.group.pk, name="Secret circle").exists()
    assert timezone.now()
