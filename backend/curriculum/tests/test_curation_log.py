"""The curation log: every change is listed with its before and after, and can be reverted."""

from typing import Any

import pytest
from rest_framework.test import APIClient

from curriculum import curation_services as services
from curriculum.models import CurationLogEntry, Resource, ResourceSuggestion, Topic

pytestmark = pytest.mark.django_db


def revert(client: APIClient, entry: CurationLogEntry) -> Any:
    return client.post(f"/api/curation/log/{entry.pk}/revert/")


def latest() -> CurationLogEntry:
    return CurationLogEntry.objects.order_by("-id").first()  # type: ignore[return-value]


def test_reverting_an_edit_restores_fields_and_topics_and_is_logged(
    curriculum: Any, curator: Any, curator_client: APIClient, assert_schema: Any
):
    book = Resource.objects.get(slug="paid-book")
    services.resource_update(
        actor=curator,
        resource=book,
        title="Renamed",
        topics=[services.TopicCoverage("vectors", "Ch. 1")],
    )
    edit = latest()

    response = assert_schema(revert(curator_client, edit))

    assert response.status_code == 201
    body = response.json()
    assert (body["action"], body["reverts"], body["actor"]) == ("revert", edit.pk, "cora")
    assert body["before"]["title"] == "Renamed"
    assert body["after"]["title"] == "Paid book"
    book.refresh_from_db()
    assert book.title == "Paid book"
    assert list(book.topic_links.values_list("topic__slug", "section")) == [("gradients", "Ch. 3")]
    log = assert_schema(curator_client.get("/api/curation/log/")).json()
    assert [(e["action"], e["reverted_by"]) for e in log] == [
        ("revert", None),
        ("resource_update", body["id"]),
    ]


def test_an_entry_is_reverted_once_and_not_over_later_changes(
    curriculum: Any, curator: Any, curator_client: APIClient, assert_schema: Any
):
    book = Resource.objects.get(slug="paid-book")
    services.resource_update(actor=curator, resource=book, title="First")
    first = latest()
    services.resource_update(actor=curator, resource=book, title="Second")
    second = latest()

    stale = assert_schema(revert(curator_client, first))
    assert stale.status_code == 409
    assert Resource.objects.get(slug="paid-book").title == "Second"

    assert revert(curator_client, second).status_code == 201
    assert revert(curator_client, second).status_code == 409
    assert assert_schema(revert(curator_client, first)).status_code == 201
    assert Resource.objects.get(slug="paid-book").title == "Paid book"


def test_reverting_a_creation_retires_and_reverting_a_retirement_restores(
    curriculum: Any, curator: Any, curator_client: APIClient
):
    created = services.resource_create(
        actor=curator,
        slug="extra",
        title="Extra",
        provider="P",
        kind="article",
        cost="free",
        url="https://example.org/extra",
        description="D",
        topics=[services.TopicCoverage("vectors")],
    )
    assert revert(curator_client, latest()).status_code == 201
    created.refresh_from_db()
    assert created.retired_at is not None

    services.resource_retire(actor=curator, resource=Resource.objects.get(slug="free-notes"))
    assert revert(curator_client, latest()).status_code == 201
    assert Resource.objects.get(slug="free-notes").retired_at is None
    on_vectors = APIClient().get("/api/topics/vectors/").json()["resources"]
    assert [r["slug"] for r in on_vectors] == ["free-notes"]


def test_reverting_decisions_puts_suggestions_back_in_the_queue(
    curriculum: Any, curator: Any, learner: Any, curator_client: APIClient
):
    topic = Topic.objects.get(slug="vectors")
    rejected = services.suggestion_create(
        user=learner, topic_slug=topic.slug, title="A", url="https://a.example/", why="because"
    )
    approved = services.suggestion_create(
        user=learner, topic_slug=topic.slug, title="B", url="https://b.example/", why="because"
    )
    services.suggestion_reject(actor=curator, suggestion_id=rejected.pk, reason="No")
    assert revert(curator_client, latest()).status_code == 201
    services.suggestion_approve(actor=curator, suggestion_id=approved.pk)
    resource = Resource.objects.get(url="https://b.example/")
    assert revert(curator_client, latest()).status_code == 201  # the approval

    rejected.refresh_from_db()
    approved.refresh_from_db()
    resource.refresh_from_db()
    assert (rejected.status, rejected.rejection_reason) == ("pending", "")
    assert (approved.status, approved.resource) == ("pending", None)
    assert resource.retired_at is not None  # the approval's resource is hidden again
    queue = curator_client.get("/api/curation/suggestions/").json()
    assert {s["title"] for s in queue} == {"A", "B"}
    assert ResourceSuggestion.objects.filter(status="pending").count() == 2


def test_log_filters_by_target(curriculum: Any, curator: Any, curator_client: APIClient):
    book = Resource.objects.get(slug="paid-book")
    notes = Resource.objects.get(slug="free-notes")
    services.resource_update(actor=curator, resource=book, title="B2")
    services.resource_update(actor=curator, resource=notes, title="N2")

    log = curator_client.get(f"/api/curation/log/?target_type=resource&target_id={book.pk}")

    assert [e["after"]["title"] for e in log.json()] == ["B2"]
    assert curator_client.get("/api/curation/log/?limit=0").status_code == 400


def test_unknown_entry_is_404(curriculum: Any, curator_client: APIClient, assert_schema: Any):
    assert assert_schema(curator_client.post("/api/curation/log/12345/revert/")).status_code == 404
