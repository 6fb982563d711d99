"""Curators add, edit and retire resources through /api/curation/; others are kept out."""

from typing import Any

import pytest
from rest_framework.test import APIClient

from curriculum import curation_services as services
from curriculum import services as load_services
from curriculum.content import read_curriculum
from curriculum.models import CurationAction, CurationLogEntry, Resource, ResourceOrigin

from .conftest import state

pytestmark = pytest.mark.django_db

NEW_RESOURCE = {
    "slug": "vector-videos",
    "title": "Vector videos",
    "provider": "Tube",
    "kind": "video",
    "cost": "free",
    "url": "https://example.org/vectors",
    "description": "Short videos on vectors.",
    "language": "de",
    "minutes_to_complete": 90,
    "topics": [{"topic": "vectors", "section": "Ep. 1"}, {"topic": "matrices"}],
}

CURATOR_ENDPOINTS = [
    ("get", "/api/curation/resources/", None),
    ("post", "/api/curation/resources/create/", NEW_RESOURCE),
    ("get", "/api/curation/resources/free-notes/", None),
    ("patch", "/api/curation/resources/free-notes/update/", {"title": "Notes"}),
    ("post", "/api/curation/resources/free-notes/retire/", None),
    ("get", "/api/curation/suggestions/", None),
    ("post", "/api/curation/suggestions/1/approve/", {}),
    ("post", "/api/curation/suggestions/1/reject/", {"reason": "No."}),
    ("get", "/api/curation/log/", None),
    ("post", "/api/curation/log/1/revert/", None),
    ("get", "/api/curation/link-reports/", None),
    ("post", "/api/curation/link-reports/start/", None),
]


def call(client: APIClient, method: str, url: str, body: Any = None) -> Any:
    return getattr(client, method)(url, body, format="json")


@pytest.mark.parametrize(("method", "url", "body"), CURATOR_ENDPOINTS)
def test_anonymous_users_learners_and_plain_staff_are_kept_out(
    curriculum: Any,
    learner_client: APIClient,
    staff_client: APIClient,
    assert_schema: Any,
    method: str,
    url: str,
    body: Any,
):
    anonymous = assert_schema(call(APIClient(), method, url, body))
    assert anonymous.status_code == 403
    assert anonymous.json()["error"]["code"] == "not_authenticated"
    for client in (learner_client, staff_client):
        response = assert_schema(call(client, method, url, body))
        assert response.status_code == 403
        assert response.json()["error"] == {
            "status": 403,
            "code": "permission_denied",
            "message": "Only curators can do this.",
        }
    assert Resource.objects.get(slug="free-notes").title == "Free notes"
    assert not Resource.objects.filter(slug="vector-videos").exists()


def test_curator_creates_a_resource_that_learners_then_see(
    curriculum: Any, curator_client: APIClient, curator: Any, assert_schema: Any
):
    response = assert_schema(
        curator_client.post("/api/curation/resources/create/", NEW_RESOURCE, format="json")
    )

    assert response.status_code == 201
    body = response.json()
    assert body["origin"] == "curation"
    assert body["language"] == "de"
    assert body["minutes_to_complete"] == 90
    assert body["link_status"] == "unchecked"
    assert body["topics"] == [
        {"topic": "matrices", "title": "Matrices", "section": ""},
        {"topic": "vectors", "title": "Vectors", "section": "Ep. 1"},
    ]
    topic = assert_schema(APIClient().get("/api/topics/vectors/")).json()
    videos = next(r for r in topic["resources"] if r["slug"] == "vector-videos")
    assert videos["section"] == "Ep. 1"
    assert videos["language"] == "de"
    (entry,) = CurationLogEntry.objects.all()
    assert (entry.actor, entry.action, entry.before) == (curator, "resource_create", None)
    assert state(entry.after)["title"] == "Vector videos"


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"url": "ftp://example.org/file"}, "url", "Enter an http:// or https:// link."),
        ({"url": "javascript:alert(1)"}, "url", "Enter an http:// or https:// link."),
        ({"url": "https://example.org/" + "a" * 500}, "url", None),
        ({"title": "t" * 201}, "title", "Ensure this field has no more than 200 characters."),
        ({"description": "d" * 1001}, "description", None),
        ({"slug": "Not A Slug"}, "slug", None),
        ({"language": "english please"}, "language", None),
        ({"minutes_to_complete": 0}, "minutes_to_complete", None),
        ({"topics": []}, "topics", None),
        ({"topics": [{"topic": "alchemy"}]}, "topics", "Unknown topic 'alchemy'."),
        ({"topics": [{"topic": "vectors"}, {"topic": "vectors"}]}, "topics", None),
        ({"slug": "free-notes"}, "slug", "A resource with slug 'free-notes' already exists."),
    ],
)
def test_bad_resource_input_names_the_field(
    curriculum: Any,
    curator_client: APIClient,
    assert_schema: Any,
    change: dict,
    field: str,
    message: str | None,
):
    response = assert_schema(
        curator_client.post(
            "/api/curation/resources/create/", {**NEW_RESOURCE, **change}, format="json"
        )
    )

    assert response.status_code == 400
    fields = response.json()["error"]["fields"]
    assert list(fields) == [field]
    if message:
        assert fields[field] == [message]
    assert not CurationLogEntry.objects.exists()


def test_curator_edits_fields_and_topics_and_the_change_is_logged(
    curriculum: Any, curator_client: APIClient, assert_schema: Any
):
    response = assert_schema(
        curator_client.patch(
            "/api/curation/resources/paid-book/update/",
            {"cost": "freemium", "topics": [{"topic": "derivatives", "section": "Ch. 2"}]},
            format="json",
        )
    )

    assert response.status_code == 200
    assert response.json()["cost"] == "freemium"
    assert [t["topic"] for t in response.json()["topics"]] == ["derivatives"]
    gradients = APIClient().get("/api/topics/gradients/").json()
    assert "paid-book" not in {r["slug"] for r in gradients["resources"]}
    (entry,) = CurationLogEntry.objects.all()
    assert entry.action == "resource_update"
    assert (state(entry.before)["cost"], state(entry.after)["cost"]) == ("paid", "freemium")
    assert state(entry.before)["topics"] == [{"topic": "gradients", "section": "Ch. 3"}]


def test_a_new_url_is_unchecked_again(curriculum: Any, curator: Any):
    Resource.objects.filter(slug="paid-book").update(link_status="broken", link_problem="HTTP 404")

    services.resource_update(
        actor=curator,
        resource=Resource.objects.get(slug="paid-book"),
        url="https://example.org/new-book",
    )

    book = Resource.objects.get(slug="paid-book")
    assert (book.url, book.link_status, book.link_problem) == (
        "https://example.org/new-book",
        "unchecked",
        "",
    )


def test_an_edit_that_changes_nothing_is_not_logged(curriculum: Any, curator: Any):
    resource = Resource.objects.get(slug="paid-book")
    services.resource_update(actor=curator, resource=resource, title="Paid book")
    assert not CurationLogEntry.objects.exists()


def test_retired_resource_leaves_the_topic_page_and_cannot_be_retired_twice(
    curriculum: Any, curator_client: APIClient, assert_schema: Any
):
    first = assert_schema(curator_client.post("/api/curation/resources/paid-book/retire/"))
    again = assert_schema(curator_client.post("/api/curation/resources/paid-book/retire/"))

    assert first.status_code == 200
    assert first.json()["retired_at"] is not None
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"
    slugs = {r["slug"] for r in APIClient().get("/api/topics/gradients/").json()["resources"]}
    assert slugs == {"free-notes"}
    retired = curator_client.get("/api/curation/resources/?state=retired").json()
    assert [r["slug"] for r in retired] == ["paid-book"]


def test_unknown_resource_is_404(curriculum: Any, curator_client: APIClient, assert_schema: Any):
    response = assert_schema(curator_client.get("/api/curation/resources/nothing/"))
    assert response.status_code == 404


def test_loading_roadmaps_again_keeps_curator_added_resources(curriculum: Any, curator: Any):
    services.resource_create(
        actor=curator,
        slug="curated",
        title="Curated",
        provider="P",
        kind="article",
        cost="free",
        url="https://example.org/c",
        description="D",
        topics=[services.TopicCoverage("vectors")],
    )

    load_services.roadmaps_load(curriculum=read_curriculum(curriculum))

    curated = Resource.objects.get(slug="curated")
    assert curated.origin == ResourceOrigin.CURATION
    assert curated.retired_at is None


def test_curator_resource_list_filters_and_runs_constant_queries(
    curriculum: Any,
    curator_client: APIClient,
    assert_schema: Any,
    django_assert_max_num_queries: Any,
):
    with django_assert_max_num_queries(6):  # session, user, 2 permission reads
        everything = assert_schema(curator_client.get("/api/curation/resources/")).json()
    on_vectors = curator_client.get("/api/curation/resources/?topic=vectors").json()
    bad = assert_schema(curator_client.get("/api/curation/resources/?state=gone"))

    assert {r["slug"] for r in everything} == {"free-notes", "paid-book"}
    assert [r["slug"] for r in on_vectors] == ["free-notes"]
    assert bad.status_code == 400
    assert list(bad.json()["error"]["fields"]) == ["state"]


def test_log_actions_cover_every_kind_of_change():
    assert {value for value, _ in CurationAction.choices} == {
        "resource_create",
        "resource_update",
        "resource_retire",
        "suggestion_approve",
        "suggestion_reject",
        "link_status",
        "revert",
    }
