"""Learners suggest resources and rate them; curators work the queue; topics rank by ratings."""

from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.models import User
from curriculum.models import CurationLogEntry, Resource, ResourceRating, ResourceSuggestion

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

SUGGESTION = {
    "topic": "vectors",
    "title": "Vectors, visually",
    "url": "https://example.org/visual-vectors",
    "why": "The pictures made dot products click for me.",
}


def suggest(client: APIClient, **change: Any) -> Any:
    return client.post("/api/suggestions/create/", {**SUGGESTION, **change}, format="json")


def rate(client: APIClient, resource: str, helpful: bool, topic: str = "gradients") -> Any:
    url = f"/api/topics/{topic}/resources/{resource}/rating/"
    return client.put(url, {"helpful": helpful}, format="json")


def other_learner(name: str) -> APIClient:
    client = APIClient()
    client.force_login(User.objects.create_user(name, "", PASSWORD))
    return client


def test_learner_suggests_and_sees_the_suggestion_pending(
    curriculum: Any, learner_client: APIClient, assert_schema: Any
):
    response = assert_schema(suggest(learner_client))
    mine = assert_schema(learner_client.get("/api/suggestions/")).json()

    assert response.status_code == 201
    assert response.json()["status"] == "pending"
    assert [(s["title"], s["status"], s["topic"]["slug"]) for s in mine] == [
        ("Vectors, visually", "pending", "vectors")
    ]
    assert other_learner("bob").get("/api/suggestions/").json() == []


def test_anonymous_users_cannot_suggest_or_rate(curriculum: Any, assert_schema: Any):
    assert assert_schema(suggest(APIClient())).status_code == 403
    assert assert_schema(APIClient().get("/api/suggestions/")).status_code == 403
    assert assert_schema(rate(APIClient(), "free-notes", True)).status_code == 403
    assert not ResourceSuggestion.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "file:///etc/passwd"}, "url"),
        ({"url": "https://example.org/" + "x" * 500}, "url"),
        ({"title": ""}, "title"),
        ({"title": "t" * 201}, "title"),
        ({"why": "short"}, "why"),
        ({"why": "w" * 1001}, "why"),
        ({"topic": "alchemy"}, "topic"),
        ({"topic": "../../etc"}, "topic"),
    ],
)
def test_bad_suggestions_name_the_field(
    curriculum: Any, learner_client: APIClient, assert_schema: Any, change: dict, field: str
):
    response = assert_schema(suggest(learner_client, **change))
    assert response.status_code == 400
    assert list(response.json()["error"]["fields"]) == [field]


def test_the_same_link_twice_is_refused(curriculum: Any, learner_client: APIClient):
    suggest(learner_client)
    response = suggest(learner_client)
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {
        "url": ["You have already suggested this link for this topic."]
    }


def test_approval_creates_the_resource_on_the_topic(
    curriculum: Any,
    learner_client: APIClient,
    curator_client: APIClient,
    curator: Any,
    assert_schema: Any,
):
    suggestion_id = suggest(learner_client).json()["id"]
    queue = assert_schema(curator_client.get("/api/curation/suggestions/")).json()
    assert [(s["id"], s["suggested_by"]) for s in queue] == [(suggestion_id, "lea")]

    response = assert_schema(
        curator_client.post(
            f"/api/curation/suggestions/{suggestion_id}/approve/",
            {"kind": "video", "section": "Part 1"},
            format="json",
        )
    )

    assert response.status_code == 200
    assert response.json()["status"] == "approved"
    assert response.json()["reviewed_by"] == "cora"
    resource = Resource.objects.get(slug=response.json()["resource"])
    assert (resource.slug, resource.kind, resource.provider, resource.url) == (
        "vectors-visually",
        "video",
        "example.org",
        SUGGESTION["url"],
    )
    topic = APIClient().get("/api/topics/vectors/").json()
    assert "vectors-visually" in {r["slug"] for r in topic["resources"]}
    mine = learner_client.get("/api/suggestions/").json()
    assert (mine[0]["status"], mine[0]["resource"]) == ("approved", "vectors-visually")
    assert curator_client.get("/api/curation/suggestions/").json() == []
    actions = set(CurationLogEntry.objects.values_list("action", flat=True))
    assert actions == {"resource_create", "suggestion_approve"}

    again = assert_schema(
        curator_client.post(
            f"/api/curation/suggestions/{suggestion_id}/approve/", {}, format="json"
        )
    )
    assert again.status_code == 409
    assert again.json()["error"]["message"] == "This suggestion was already approved."


def test_rejection_reason_reaches_the_learner(
    curriculum: Any, learner_client: APIClient, curator_client: APIClient, assert_schema: Any
):
    suggestion_id = suggest(learner_client).json()["id"]

    blank = curator_client.post(
        f"/api/curation/suggestions/{suggestion_id}/reject/", {"reason": " "}, format="json"
    )
    response = assert_schema(
        curator_client.post(
            f"/api/curation/suggestions/{suggestion_id}/reject/",
            {"reason": "Behind a paywall."},
            format="json",
        )
    )

    assert blank.status_code == 400
    assert list(blank.json()["error"]["fields"]) == ["reason"]
    assert response.status_code == 200
    (mine,) = learner_client.get("/api/suggestions/").json()
    assert (mine["status"], mine["rejection_reason"]) == ("rejected", "Behind a paywall.")
    assert not Resource.objects.filter(url=SUGGESTION["url"]).exists()


def test_unknown_suggestion_is_404(curriculum: Any, curator_client: APIClient):
    response = curator_client.post(
        "/api/curation/suggestions/999/reject/", {"reason": "x"}, format="json"
    )
    assert response.status_code == 404


def test_a_learner_has_one_changeable_vote_per_resource_and_topic(
    curriculum: Any, learner_client: APIClient, assert_schema: Any
):
    first = assert_schema(rate(learner_client, "free-notes", True))
    changed = assert_schema(rate(learner_client, "free-notes", False))

    assert first.status_code == changed.status_code == 200
    assert changed.json() == {"topic": "gradients", "resource": "free-notes", "helpful": False}
    assert list(ResourceRating.objects.values_list("helpful", flat=True)) == [False]
    assert rate(learner_client, "free-notes", True, topic="vectors").status_code == 200
    assert ResourceRating.objects.count() == 2


def test_rating_a_resource_the_topic_does_not_list_is_404(
    curriculum: Any, learner_client: APIClient, assert_schema: Any
):
    response = assert_schema(rate(learner_client, "paid-book", True, topic="vectors"))
    assert response.status_code == 404
    bad = assert_schema(
        learner_client.put(
            "/api/topics/gradients/resources/free-notes/rating/",
            {"helpful": "maybe"},
            format="json",
        )
    )
    assert bad.status_code == 400


def test_topic_resources_are_ranked_by_helpfulness_with_counts(
    curriculum: Any, assert_schema: Any, django_assert_max_num_queries: Any
):
    # given free-notes is first by cost; then three learners find the paid book helpful
    # for gradients and one finds the notes unhelpful
    for name in ("a1", "a2", "a3"):
        rate(other_learner(name), "paid-book", True)
    rate(other_learner("a4"), "free-notes", False)
    rate(other_learner("a5"), "free-notes", True, topic="vectors")  # another topic: no effect

    with django_assert_max_num_queries(8):
        body = assert_schema(APIClient().get("/api/topics/gradients/")).json()

    ranked = [
        (r["slug"], r["helpful_count"], r["not_helpful_count"], r["helpfulness"])
        for r in body["resources"]
    ]
    assert ranked == [("paid-book", 3, 0, 0.4385), ("free-notes", 0, 1, 0.0)]
    assert body["resources"][0]["section"] == "Ch. 3"  # existing fields are kept


def test_a_learner_sees_and_withdraws_their_own_votes_on_a_topic(
    curriculum: Any, learner_client: APIClient, assert_schema: Any
):
    rate(learner_client, "paid-book", True)
    rate(learner_client, "free-notes", False)
    rate(learner_client, "free-notes", True, topic="vectors")  # another topic: not listed
    rate(other_learner("bob"), "paid-book", False)  # another learner: not listed

    mine = assert_schema(learner_client.get("/api/topics/gradients/ratings/")).json()
    assert [(r["resource"], r["helpful"]) for r in mine] == [
        ("free-notes", False),
        ("paid-book", True),
    ]

    withdrawn = assert_schema(
        learner_client.delete("/api/topics/gradients/resources/paid-book/rating/")
    )
    assert withdrawn.status_code == 204
    mine = learner_client.get("/api/topics/gradients/ratings/").json()
    assert [r["resource"] for r in mine] == ["free-notes"]
    topic = APIClient().get("/api/topics/gradients/").json()
    counts = {r["slug"]: r["helpful_count"] for r in topic["resources"]}
    assert counts == {"paid-book": 0, "free-notes": 0}
    assert assert_schema(APIClient().get("/api/topics/gradients/ratings/")).status_code == 403
