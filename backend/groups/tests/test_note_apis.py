"""The notes API. The permission matrix (the author is `member`, a plain member of the private
group, with a note on vectors shared with it; `outsider` is another learner in no group):

| method | path under /api/groups/        | anon | outsider | member | admin | owner |
|--------|--------------------------------|------|----------|--------|-------|-------|
| GET    | notes/  (my notes)             | 403  | 200      | 200    | 200   | 200   |
| GET    | notes/vectors/  (my note)      | 403  | 404      | 200    | 404   | 404   |
| PUT    | notes/vectors/                 | 403  | 200      | 200    | 200   | 200   |
| DELETE | notes/vectors/                 | 403  | 404      | 204    | 404   | 404   |
| GET    | notes/export.md                | 403  | 200      | 200    | 200   | 200   |
| GET    | profile/  (my public page)     | 403  | 200      | 200    | 200   | 200   |
| PATCH  | profile/                       | 403  | 200      | 200    | 200   | 200   |
| GET    | {id}/notes/  (group's notes)   | 403  | 404      | 200    | 200   | 200   |
| GET    | people/mia/  (page turned on)  | 200  | 200      | 200    | 200   | 200   |

"My note" is always the caller's own: another learner gets 404 for the author's topic, never
the author's note. On a public group a non-member gets 403 for the group's notes.
"""

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from groups import note_services, services
from groups.models import NOTE_BODY_MAX, Note, StudyGroup

from .conftest import ACTORS, Cast, add_member, client_for

pytestmark = pytest.mark.django_db

MARKDOWN = "text/markdown; charset=utf-8"
SCRIPT = "Careful: <script>alert('x')</script> and <img src=x onerror=alert(1)> and $a<b$"

MATRIX = [
    ("get", "/api/groups/notes/", None, (403, 200, 200, 200, 200)),
    ("get", "/api/groups/notes/vectors/", None, (403, 404, 200, 404, 404)),
    ("put", "/api/groups/notes/vectors/", {"body": "Mine."}, (403, 200, 200, 200, 200)),
    ("delete", "/api/groups/notes/vectors/", None, (403, 404, 204, 404, 404)),
    ("get", "/api/groups/notes/export.md", None, (403, 200, 200, 200, 200)),
    ("get", "/api/groups/profile/", None, (403, 200, 200, 200, 200)),
    ("patch", "/api/groups/profile/", {"enabled": True}, (403, 200, 200, 200, 200)),
    ("get", "/api/groups/{g}/notes/", None, (403, 404, 200, 200, 200)),
    ("get", "/api/groups/people/mia/", None, (200, 200, 200, 200, 200)),
]


@pytest.fixture
def shared(cast: Cast) -> Cast:
    note_services.note_save(
        user=cast.member,
        topic="vectors",
        body="Vectors have $n$ components.",
        visibility="groups",
        groups=[cast.group.pk],
    )
    note_services.profile_update(user=cast.member, enabled=True)
    return cast


@pytest.mark.parametrize(("method", "url", "body", "expected"), MATRIX)
@pytest.mark.parametrize("actor", ACTORS)
def test_permission_matrix(
    shared: Cast,
    assert_schema: Any,
    method: str,
    url: str,
    body: dict | None,
    expected: tuple,
    actor: str,
) -> None:
    client = client_for(shared.user(actor))
    response = getattr(client, method)(url.format(g=shared.group.pk), body, format="json")
    assert response.status_code == expected[ACTORS.index(actor)], response.content
    if response.get("Content-Type") != MARKDOWN:  # openapi-core reads only JSON bodies
        assert_schema(response)
    if method == "get" and url.endswith("vectors/") and response.status_code == 200:
        assert response.json()["body"] == "Vectors have $n$ components."


def test_a_non_member_of_a_public_group_is_refused_its_notes(shared: Cast) -> None:
    shared.group.visibility = StudyGroup.Visibility.PUBLIC
    shared.group.save()
    response = client_for(shared.outsider).get(f"/api/groups/{shared.group.pk}/notes/")
    assert response.status_code == 403


def test_my_note_round_trip_returns_the_raw_text(cast: Cast, assert_schema: Any) -> None:
    client = client_for(cast.member)
    # given a body with HTML that must never be rendered by anyone
    response = assert_schema(
        client.put("/api/groups/notes/vectors/", {"body": SCRIPT}, format="json")
    )
    assert response.status_code == 200
    assert response.json()["body"] == SCRIPT
    assert response["Content-Type"] == "application/json"

    # when read back, it is the same characters, not escaped nor stripped
    got = assert_schema(client.get("/api/groups/notes/vectors/")).json()
    assert got["body"] == SCRIPT
    assert got["topic"] == {"slug": "vectors", "title": "Vectors"}
    assert got["visibility"] == "private"
    assert got["groups"] == []
    assert Note.objects.get().body == SCRIPT


def test_saving_with_groups_lists_them(cast: Cast, assert_schema: Any) -> None:
    response = assert_schema(
        client_for(cast.member).put(
            "/api/groups/notes/vectors/",
            {"body": "x", "visibility": "groups", "groups": [str(cast.group.pk)]},
            format="json",
        )
    )
    assert response.json()["groups"] == [{"id": str(cast.group.pk), "name": "Secret circle"}]


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"body": "x" * (NOTE_BODY_MAX + 1)}, "body", "no more than 20000 characters"),
        ({"body": "   "}, "body", "Write something first"),
        ({}, "body", "required"),
        ({"body": "x", "visibility": "friends"}, "visibility", "not a valid choice"),
        ({"body": "x", "visibility": "groups"}, "groups", "at least one"),
        ({"body": "x", "visibility": "groups", "groups": ["nope"]}, "groups", "group's id"),
    ],
)
def test_invalid_notes_name_the_field(
    cast: Cast, assert_schema: Any, payload: dict, field: str, message: str
) -> None:
    response = assert_schema(
        client_for(cast.member).put("/api/groups/notes/vectors/", payload, format="json")
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert field in error["fields"]
    assert message in str(error["fields"][field])
    assert not Note.objects.exists()


def test_a_note_on_an_unknown_topic_is_404(cast: Cast, assert_schema: Any) -> None:
    response = assert_schema(
        client_for(cast.member).put("/api/groups/notes/nothing/", {"body": "x"}, format="json")
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "topic_unknown"


def test_sharing_with_someone_elses_group_is_refused(cast: Cast) -> None:
    response = client_for(cast.outsider).put(
        "/api/groups/notes/vectors/",
        {"body": "x", "visibility": "groups", "groups": [str(cast.group.pk)]},
        format="json",
    )
    assert response.status_code == 400
    assert "member of" in response.json()["error"]["fields"]["groups"][0]


def test_the_group_sees_what_was_shared_and_nothing_private(
    shared: Cast, assert_schema: Any
) -> None:
    note_services.note_save(user=shared.admin, topic="matrices", body="only me")
    note_services.note_save(
        user=shared.owner, topic="matrices", body="everyone", visibility="public"
    )
    response = assert_schema(client_for(shared.owner).get(f"/api/groups/{shared.group.pk}/notes/"))
    notes = response.json()
    assert sorted(note["body"] for note in notes) == ["Vectors have $n$ components.", "everyone"]
    mia = next(note for note in notes if note["author"]["username"] == "mia")
    assert mia["topic"]["slug"] == "vectors"
    assert "groups" not in mia  # which other groups it reaches is the author's business

    filtered = client_for(shared.owner).get(
        f"/api/groups/{shared.group.pk}/notes/", {"topic": "matrices"}
    )
    assert [note["body"] for note in filtered.json()] == ["everyone"]


def test_the_public_page_shows_public_notes_only(shared: Cast, assert_schema: Any) -> None:
    note_services.note_save(user=shared.member, topic="matrices", body=SCRIPT, visibility="public")
    note_services.note_save(user=shared.member, topic="functions", body="secret")
    note_services.profile_update(user=shared.member, display_name="Mia M.")

    response = assert_schema(client_for(None).get("/api/groups/people/mia/"))

    assert response.json() == {
        "username": "mia",
        "display_name": "Mia M.",
        "notes": [
            {
                "topic": {"slug": "matrices", "title": "Matrices"},
                "body": SCRIPT,
                "updated_at": response.json()["notes"][0]["updated_at"],
            }
        ],
    }


def test_a_public_page_that_is_off_or_missing_is_404(shared: Cast, assert_schema: Any) -> None:
    note_services.note_save(user=shared.admin, topic="vectors", body="x", visibility="public")
    for username in ["adam", "nobody"]:  # adam never turned his page on
        response = assert_schema(client_for(None).get(f"/api/groups/people/{username}/"))
        assert response.status_code == 404
    client_for(shared.member).patch("/api/groups/profile/", {"enabled": False}, format="json")
    assert client_for(shared.member).get("/api/groups/people/mia/").status_code == 404


def test_profile_settings(cast: Cast, assert_schema: Any) -> None:
    client = client_for(cast.member)
    assert assert_schema(client.get("/api/groups/profile/")).json() == {
        "username": "mia",
        "enabled": False,
        "display_name": "",
    }
    response = assert_schema(
        client.patch(
            "/api/groups/profile/", {"enabled": True, "display_name": "Mia"}, format="json"
        )
    )
    assert response.json() == {"username": "mia", "enabled": True, "display_name": "Mia"}
    too_long = client.patch("/api/groups/profile/", {"display_name": "x" * 61}, format="json")
    assert too_long.status_code == 400
    assert "display_name" in too_long.json()["error"]["fields"]


def test_export_downloads_my_notes_as_markdown(shared: Cast) -> None:
    note_services.note_save(user=shared.member, topic="matrices", body=SCRIPT, visibility="public")
    note_services.note_save(user=shared.admin, topic="functions", body="adam's")

    response = client_for(shared.member).get("/api/groups/notes/export.md")

    assert response.status_code == 200
    assert response["Content-Type"] == MARKDOWN
    assert response["Content-Disposition"].startswith('attachment; filename="lemma-notes-')
    assert response["Content-Disposition"].endswith('.md"')
    text = response.content.decode()
    assert text.startswith("# Lemma notes of mia\n")
    assert "## Matrices\n\nTopic: matrices · Visibility: public · Updated: " in text
    assert "## Vectors\n\nTopic: vectors · Visibility: my groups (Secret circle) · " in text
    assert SCRIPT in text
    assert "Vectors have $n$ components." in text
    assert "adam's" not in text


def test_export_with_no_notes_still_downloads(cast: Cast) -> None:
    response = client_for(cast.outsider).get("/api/groups/notes/export.md")
    assert response.status_code == 200
    assert "0 notes." in response.content.decode()


def _queries(client: Any, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_list_endpoints_use_a_fixed_number_of_queries(shared: Cast) -> None:
    other = services.group_create(user=shared.owner, data=services.GroupInput(name="Other"))
    add_member(other, shared.member)
    client = client_for(shared.member)
    urls = [
        "/api/groups/notes/",
        "/api/groups/notes/export.md",
        f"/api/groups/{shared.group.pk}/notes/",
        "/api/groups/people/mia/",
    ]
    before = [_queries(client, url) for url in urls]
    for topic in ["matrices", "functions", "derivatives"]:
        note_services.note_save(
            user=shared.member,
            topic=topic,
            body=topic,
            visibility="groups",
            groups=[shared.group.pk, other.pk],
        )
        note_services.note_save(user=shared.admin, topic=topic, body=topic, visibility="public")
        note_services.note_save(user=shared.owner, topic=topic, body=topic, visibility="public")
    note_services.note_save(user=shared.member, topic="gradients", body="g", visibility="public")
    after = [_queries(client, url) for url in urls]
    assert after == before
    assert max(after) <= 6
