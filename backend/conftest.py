"""Shared fixtures: a small curriculum on disk, API clients, OpenAPI validation, and a real
Celery worker for the service-backed tests (run against PostgreSQL and Redis by .ci/run)."""

import os
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.conf import settings
from django.db import connection
from rest_framework.test import APIClient

from ops.stack import worker_command

# Set by `make test-services` for the run on PostgreSQL, Redis and a real worker.
SERVICES_REQUIRED = os.environ.get("LEMMA_SERVICE_RUN") == "1"


@pytest.fixture(autouse=True, scope="session")
def _services_are_real(django_db_setup: None, django_db_blocker: Any) -> None:
    """In a service-backed run the suite must really be on PostgreSQL and Redis."""
    if not SERVICES_REQUIRED:
        return
    with django_db_blocker.unblock():
        assert connection.vendor == "postgresql", "the service run must be on PostgreSQL"
    assert settings.REDIS_URL, "the service run needs REDIS_URL"
    assert not settings.CELERY_TASK_ALWAYS_EAGER


def small_curriculum() -> dict[str, Any]:
    """A valid miniature curriculum: five topics over two areas, two roles, two resources."""

    def topic(slug: str, hours: float, *prerequisites: str) -> dict[str, Any]:
        return {
            "slug": slug,
            "title": slug.replace("-", " ").capitalize(),
            "hours": hours,
            "prerequisites": list(prerequisites),
            "summary": f"About {slug}.",
            "explanation": f"All about {slug}: $x^2$.",
            "ml_use": f"Used for {slug}.",
        }

    return {
        "topics": {
            "linear-algebra": [topic("vectors", 4), topic("matrices", 3, "vectors")],
            "calculus": [
                topic("functions", 2),
                topic("derivatives", 6, "functions"),
                topic("gradients", 4, "derivatives", "vectors"),
            ],
        },
        "roles": {
            "engineer": {
                "slug": "engineer",
                "title": "Engineer",
                "summary": "Ships models.",
                "description": "Builds things.",
                "needs": ["Vectors"],
                "topics": {"core": ["matrices"], "optional": ["gradients"]},
            },
            "scientist": {
                "slug": "scientist",
                "title": "Scientist",
                "summary": "Studies models.",
                "description": "Thinks hard.",
                "longer_than_plan": True,
                "topics": {"core": ["gradients"], "recommended": ["matrices"]},
            },
        },
        "resources": [
            {
                "slug": "free-notes",
                "title": "Free notes",
                "authors": "A. Author",
                "provider": "Open University",
                "kind": "article",
                "cost": "free",
                "url": "https://example.org/notes",
                "description": "Notes.",
                "topics": [
                    {"topic": slug, "section": f"Part {i}"}
                    for i, slug in enumerate(
                        ["vectors", "matrices", "functions", "derivatives", "gradients"], 1
                    )
                ],
            },
            {
                "slug": "paid-book",
                "title": "Paid book",
                "authors": "B. Writer",
                "provider": "Press",
                "kind": "book",
                "cost": "paid",
                "url": "https://example.org/book",
                "description": "A book.",
                "topics": [{"topic": "gradients", "section": "Ch. 3"}],
            },
        ],
    }


def write_curriculum(root: Path, data: dict[str, Any]) -> Path:
    (root / "topics").mkdir(parents=True, exist_ok=True)
    (root / "roles").mkdir(parents=True, exist_ok=True)
    for area, topics in data["topics"].items():
        (root / "topics" / f"{area}.yaml").write_text(yaml.safe_dump(topics, sort_keys=False))
    for slug, role in data["roles"].items():
        (root / "roles" / f"{slug}.yaml").write_text(yaml.safe_dump(role, sort_keys=False))
    (root / "resources.yaml").write_text(yaml.safe_dump(data["resources"], sort_keys=False))
    return root


@pytest.fixture(autouse=True)
def _own_cache(settings: Any) -> None:
    """Each test its own cache space (a key prefix on Redis, a separate local memory
    otherwise), so a result cached by one test is never served to another, and the shared
    Redis is never flushed under a running Celery worker."""
    name = uuid.uuid4().hex
    settings.CACHES = {
        "default": {**settings.CACHES["default"], "KEY_PREFIX": name, "LOCATION": name}
        if "locmem" in settings.CACHES["default"]["BACKEND"]
        else {**settings.CACHES["default"], "KEY_PREFIX": f"test-{name}"}
    }


@pytest.fixture
def curriculum_data() -> dict[str, Any]:
    return small_curriculum()


@pytest.fixture
def curriculum_dir(tmp_path: Path, curriculum_data: dict[str, Any]) -> Path:
    return write_curriculum(tmp_path / "roadmaps", curriculum_data)


@pytest.fixture
def loaded_small_curriculum(db: None, curriculum_dir: Path) -> Path:
    from curriculum import services
    from curriculum.content import read_curriculum

    services.roadmaps_load(curriculum=read_curriculum(curriculum_dir))
    return curriculum_dir


@pytest.fixture
def real_curriculum_loaded(db: None) -> None:
    """The real roadmaps/ loaded inside the test's transaction."""
    from curriculum import services
    from curriculum.content import read_curriculum

    services.roadmaps_load(curriculum=read_curriculum(settings.ROADMAPS_DIR))


@pytest.fixture
def api_client() -> APIClient:
    return APIClient(enforce_csrf_checks=True)


# --- grading in-process -----------------------------------------------------------------------


@pytest.fixture
def grade_in_process(settings: Any) -> Iterator[None]:
    """Grade submissions in the test process (the embedded path), even in the service run."""
    from config.celery import app

    was_eager = app.conf.task_always_eager  # read before the override below
    settings.CELERY_TASK_ALWAYS_EAGER = True
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = was_eager


# --- OpenAPI: validate real responses against the published schema ------------------------------


@pytest.fixture(scope="session")
def openapi() -> Any:
    from drf_spectacular.generators import SchemaGenerator
    from openapi_core import OpenAPI

    schema = SchemaGenerator().get_schema(request=None, public=True)
    return OpenAPI.from_dict(_jsonable(schema))


def _jsonable(value: Any) -> Any:
    import json

    from rest_framework.utils.encoders import JSONEncoder

    return json.loads(json.dumps(value, cls=JSONEncoder))


@pytest.fixture
def assert_schema(openapi: Any) -> Any:
    from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

    def check(response: Any) -> Any:
        openapi.validate_response(
            DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response)
        )
        return response

    return check


# --- a real Celery worker process ---------------------------------------------------------------


@pytest.fixture(scope="session")
def celery_worker_process(django_db_setup: None) -> Iterator[subprocess.Popen]:
    """Start `celery worker` as a separate process on the test database and Redis."""
    if not SERVICES_REQUIRED:
        pytest.fail(
            "service-backed tests run only under `make test-services` (LEMMA_SERVICE_RUN=1)"
        )
    from config.celery import app

    db = connection.settings_dict
    database_url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    )
    node = f"test-{uuid.uuid4().hex[:8]}@%h"
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings"}
    process = subprocess.Popen(
        worker_command(
            queues=f"{settings.GRADING_QUEUE},{settings.GRADING_BACKLOG_QUEUE}",
            concurrency=1,
            name=node,
        ),
        cwd=settings.BACKEND_DIR,
        env=env,
    )
    deadline = time.monotonic() + 60
    try:
        while not app.control.ping(timeout=1.0):
            if process.poll() is not None:
                pytest.fail(f"the Celery worker exited with code {process.returncode}")
            if time.monotonic() > deadline:
                pytest.fail("the Celery worker did not answer a ping within 60 s")
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
