"""The curriculum API on a small curriculum: shapes, numbers, errors and query counts."""

from typing import Any

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(loaded_small_curriculum: Any) -> APIClient:
    return APIClient()


def test_roles_list_gives_core_hours(client: APIClient, assert_schema: Any):
    response = assert_schema(client.get("/api/roles/"))

    assert response.status_code == 200
    assert response.json() == [
        {
            "slug": "engineer",
            "title": "Engineer",
            "summary": "Ships models.",
            "core_hours": 7.0,  # matrices 3 + vectors 4
            "longer_than_plan": False,
        },
        {
            "slug": "scientist",
            "title": "Scientist",
            "summary": "Studies models.",
            "core_hours": 16.0,  # gradients 4 + derivatives 6 + functions 2 + vectors 4
            "longer_than_plan": True,
        },
    ]


def test_role_detail_gives_months_at_one_two_and_three_hours(client: APIClient, assert_schema: Any):
    body = assert_schema(client.get("/api/roles/scientist/")).json()

    assert body["hours"] == {"core": 16.0, "recommended": 3.0, "optional": 0.0}
    assert [row["hours_per_day"] for row in body["plan"]] == [1, 2, 3]
    assert body["plan"][0]["core_months"] == 0.5  # 16 h / 30.4 days
    assert body["plan"][0]["core_and_recommended_months"] == 0.6
    assert body["claim"] == {
        "min_months": 3,
        "max_months": 6,
        "min_hours_per_day": 1,
        "max_hours_per_day": 3,
    }
    assert body["needs"] == []
    assert body["longer_than_plan"] is True


def test_roadmap_has_goals_prerequisites_and_edges(client: APIClient, assert_schema: Any):
    body = assert_schema(client.get("/api/roles/engineer/roadmap/")).json()

    topics = {t["slug"]: t for t in body["topics"]}
    assert body["role"] == {"slug": "engineer", "title": "Engineer"}
    assert topics["matrices"] == {
        "slug": "matrices",
        "title": "Matrices",
        "area": "linear-algebra",
        "level": "core",
        "estimated_hours": 3.0,
        "is_goal": True,
    }
    assert topics["vectors"]["level"] == "core"
    assert topics["vectors"]["is_goal"] is False
    assert topics["gradients"]["level"] == "optional"
    assert topics["functions"]["level"] == "optional"  # pulled in by the optional goal
    assert {(e["from"], e["to"]) for e in body["edges"]} == {
        ("vectors", "matrices"),
        ("functions", "derivatives"),
        ("derivatives", "gradients"),
        ("vectors", "gradients"),
    }
    order = [t["slug"] for t in body["topics"]]
    assert all(order.index(e["from"]) < order.index(e["to"]) for e in body["edges"])


def test_roadmap_runs_a_constant_number_of_queries(
    client: APIClient, django_assert_max_num_queries: Any
):
    with django_assert_max_num_queries(4):
        assert client.get("/api/roles/scientist/roadmap/").status_code == 200


@pytest.mark.parametrize(
    ("url", "max_queries"),
    [
        ("/api/roles/", 5),
        ("/api/areas/", 1),
        ("/api/topics/", 1),
        ("/api/resources/", 2),
        ("/api/topics/gradients/", 8),
        ("/api/topics/gradients/path/", 2),
    ],
)
def test_read_endpoints_run_constant_queries(
    client: APIClient, django_assert_max_num_queries: Any, url: str, max_queries: int
):
    with django_assert_max_num_queries(max_queries):
        assert client.get(url).status_code == 200


def test_unknown_slugs_give_404_in_the_error_shape(client: APIClient, assert_schema: Any):
    for url in [
        "/api/roles/astrologer/",
        "/api/roles/astrologer/roadmap/",
        "/api/topics/alchemy/",
        "/api/topics/alchemy/path/",
    ]:
        response = assert_schema(client.get(url))
        assert response.status_code == 404
        assert response.json() == {
            "error": {"status": 404, "code": "not_found", "message": "Not found."}
        }


def test_unknown_api_path_is_json_404(client: APIClient):
    response = client.get("/api/nothing-here/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_topics_list_and_area_filter(client: APIClient, assert_schema: Any):
    everything = assert_schema(client.get("/api/topics/")).json()
    calculus = assert_schema(client.get("/api/topics/?area=calculus")).json()

    assert len(everything) == 5
    assert {t["slug"] for t in calculus} == {"functions", "derivatives", "gradients"}
    assert client.get("/api/topics/?area=astrology").json()["error"]["fields"] == {
        "area": ['"astrology" is not a valid choice.']
    }


def test_areas_count_topics(client: APIClient, assert_schema: Any):
    areas = {a["slug"]: a["topic_count"] for a in assert_schema(client.get("/api/areas/")).json()}
    assert areas["calculus"] == 3
    assert areas["linear-algebra"] == 2
    assert areas["optimisation"] == 0


def test_topic_detail(client: APIClient, assert_schema: Any):
    body = assert_schema(client.get("/api/topics/gradients/")).json()

    assert body["explanation"] == "All about gradients: $x^2$."
    assert body["estimated_hours"] == 4.0
    assert {p["slug"] for p in body["prerequisites"]} == {"derivatives", "vectors"}
    assert body["dependents"] == []
    assert [(r["slug"], r["cost"], r["section"]) for r in body["resources"]] == [
        ("free-notes", "free", "Part 5"),
        ("paid-book", "paid", "Ch. 3"),
    ]
    assert body["roles"] == [
        {"slug": "engineer", "title": "Engineer", "level": "optional"},
        {"slug": "scientist", "title": "Scientist", "level": "core"},
    ]


def test_path_is_the_minimal_ordered_set(client: APIClient, assert_schema: Any):
    body = assert_schema(client.get("/api/topics/gradients/path/")).json()

    slugs = [t["slug"] for t in body["topics"]]
    assert set(slugs) == {"functions", "vectors", "derivatives", "gradients"}  # not matrices
    assert slugs[-1] == "gradients"
    assert slugs.index("functions") < slugs.index("derivatives")
    assert body["total_hours"] == 16.0
    assert body["target"]["slug"] == "gradients"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"free-notes", "paid-book"}),
        ("?cost=free", {"free-notes"}),
        ("?kind=book", {"paid-book"}),
        ("?topic=gradients", {"free-notes", "paid-book"}),
        ("?topic=vectors", {"free-notes"}),
        ("?topic=vectors&cost=paid", set()),
    ],
)
def test_resource_filters(client: APIClient, assert_schema: Any, query: str, expected: set[str]):
    response = assert_schema(client.get(f"/api/resources/{query}"))
    assert {r["slug"] for r in response.json()} == expected


def test_resource_lists_its_topics_with_sections(client: APIClient):
    (book,) = client.get("/api/resources/?kind=book").json()
    assert book["topics"] == [{"slug": "gradients", "title": "Gradients", "section": "Ch. 3"}]


def test_bad_filter_names_the_field(client: APIClient, assert_schema: Any):
    response = assert_schema(client.get("/api/resources/?cost=cheap"))
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {"cost": ['"cheap" is not a valid choice.']}


def test_schema_and_docs_are_served(client: APIClient):
    assert client.get("/api/schema/").status_code == 200
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    assert b"swagger-ui" in docs.content
