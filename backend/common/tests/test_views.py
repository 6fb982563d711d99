from pathlib import Path
from typing import Any

import pytest
from django.test import Client


@pytest.fixture
def dist(tmp_path: Path, settings: object) -> Path:
    settings.FRONTEND_DIST = tmp_path  # type: ignore[attr-defined]
    return tmp_path


def test_app_routes_serve_the_single_page_app(client: Client, dist: Path):
    (dist / "index.html").write_text("<!doctype html><div id=root></div>")

    for path in ["/", "/roles/ml-engineer", "/topics/vectors", "/learn"]:
        response = client.get(path)
        assert response.status_code == 200
        assert b"<div id=root>" in b"".join(response.streaming_content)  # type: ignore[attr-defined]


def test_missing_build_says_how_to_build_it(client: Client, dist: Path):
    response = client.get("/")
    assert response.status_code == 503
    assert b"make run" in response.content


def test_api_paths_are_never_the_app(client: Client, dist: Path):
    (dist / "index.html").write_text("<!doctype html>")
    response = client.get("/api/unknown/")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_an_api_path_with_a_newline_is_still_answered_in_json(client: Client):
    """The catch-all's `.` stopped at an encoded newline, and Django's HTML 404 answered."""
    response = client.get("/api/groups/%0A/activity/")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


@pytest.mark.django_db
def test_ping_is_cheap_json(client: Client, django_assert_num_queries: Any):
    with django_assert_num_queries(0):
        response = client.get("/api/ping/")
    assert response.json() == {"ok": True}
