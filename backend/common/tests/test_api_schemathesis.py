"""Schemathesis against the published schema: every operation of /api/schema/, called in-process
over WSGI with valid and invalid input, must answer without a server error and as the schema says
(a documented status code and content type, a body of the documented shape).

Three visitors: anonymous, a signed-in learner with some history (a plan, an exercise and an
answer, a study group with an invite and a question, a note, a pause), and a curator for
/api/curation/. The real curriculum and exercise bank are loaded. Generated path parameters are
mixed with the ids of what exists, so the fuzzing reaches the views' own code, not only their 404.

Deterministic (derandomized Hypothesis, no example database) and bounded: each operation gets
schemathesis's coverage cases (boundary and wrong-typed values) and MAX_EXAMPLES fuzzed ones.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import import_module
from typing import Any

import pytest
import schemathesis
from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.models import Permission
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils import timezone
from hypothesis import strategies as st
from rest_framework.test import APIClient
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from accounts.models import User

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
MAX_EXAMPLES = 12
CONFIG = {
    "generation": {
        "mode": "all",  # valid and invalid input
        "max-examples": MAX_EXAMPLES,
        "deterministic": True,
        "database": "none",
    },
    "phases": {
        "examples": {"enabled": False},  # the schema has none
        "coverage": {"enabled": True},
        "fuzzing": {"enabled": True},
        "stateful": {"enabled": False},
    },
}
PASSWORD = "a-long-Unusual-passphrase-42"


# --- the application, in-process ----------------------------------------------------------------


@pytest.fixture
def wsgi_app(world: "World") -> Iterator[WSGIHandler]:
    """Django's WSGI handler closes stale connections around each request; inside the test's
    transaction that would close it (on PostgreSQL; SQLite's in-memory database ignores it).
    Django's own test client turns this off the same way, and on again after each request, so
    this comes after the world, which it made."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _lazy_schema_on_pytest_9(request: pytest.FixtureRequest) -> None:
    """schemathesis.pytest.from_fixture reads and renames `node._nodeid`, which pytest 9.2 no
    longer has; give it one (it only changes the labels of the per-operation subtests)."""
    request.node._nodeid = request.node.nodeid


# --- what exists: the real content and a learner's history ---------------------------------------


@dataclass
class World:
    learner: User
    curator: User
    # Real values to mix into generated path parameters, and into query and body fields.
    known: dict[str, list[Any]]
    # What an {id} names, by the path it is in.
    ids: dict[str, Any]
    # Per operation, objects of their own for the operations that delete or leave, so the
    # shared group, question and answer stay for the operations after them.
    disposable: dict[tuple[str, str], dict[str, list[Any]]]

    def path_values(self, method: str, path: str) -> dict[str, list[Any]]:
        ids = {"id": [v for prefix, v in self.ids.items() if path.startswith(prefix)]}
        return {
            **self.known,
            **(ids if ids["id"] else {}),
            **self.disposable.get((method, path), {}),
        }


@pytest.fixture
def world(
    real_curriculum_loaded: None,
    grade_in_process: None,
    django_capture_on_commit_callbacks: Any,
) -> World:
    from curriculum.models import Resource, Role, Topic
    from exercises import services as exercise_services
    from exercises.content import read_templates
    from exercises.models import ExerciseTemplate

    topics = list(Topic.objects.values_list("slug", flat=True))
    exercise_services.templates_load(
        templates=read_templates(settings.ROADMAPS_DIR / "exercises", set(topics))
    )
    learner = User.objects.create_user("sam", "sam@example.org", PASSWORD)
    friend = User.objects.create_user("kim", "", PASSWORD)
    curator = User.objects.create_user("cora", "", PASSWORD, is_staff=True)
    curator.user_permissions.add(Permission.objects.get(codename="curate"))

    def client_for(user: User) -> Callable[..., Any]:
        client = APIClient()
        client.force_login(user)

        def call(method: str, path: str, data: Any = None, status: int = 200) -> Any:
            response = getattr(client, method)(path, data, format="json")
            assert response.status_code == status, (path, response.content)
            return response.json() if response.content else None

        return call

    call = client_for(learner)
    call("put", "/api/learning/profile/", {"role": "ml-engineer", "hours_per_day": "1.50"})
    instance = call("post", "/api/exercises/instances/", {"topic": "vectors"}, 201)
    with django_capture_on_commit_callbacks(execute=True):  # graded: nothing to wait for
        submission = call(
            "post", f"/api/exercises/instances/{instance['id']}/submissions/", {"answer": "1"}, 202
        )

    def new_group(name: str) -> str:
        return call("post", "/api/groups/", {"name": name, "goal": "ml-engineer"}, 201)["id"]

    def new_question(group: str) -> str:
        question = {"topic": "vectors", "title": "Why norms?", "body": "Which norm when?"}
        return call("post", f"/api/groups/{group}/questions/", question, 201)["id"]

    def new_answer(group: str, question: str) -> str:
        path = f"/api/groups/{group}/questions/{question}/answers/"
        return call("post", path, {"body": "It depends."}, 201)["id"]

    group = new_group("Study circle")
    invite = call("post", f"/api/groups/{group}/invites/", {}, 201)
    client_for(friend)("post", "/api/groups/join/", {"code": invite["code"]}, 201)
    question = new_question(group)
    answer = new_answer(group, question)
    call("put", "/api/groups/notes/vectors/", {"body": "Arrows with $n$ numbers."})
    call("patch", "/api/groups/profile/", {"enabled": True})
    soon = timezone.localdate() + timedelta(days=30)
    pause = call(
        "post",
        "/api/learning/pauses/",
        {"starts_on": str(soon), "ends_on": str(soon + timedelta(days=4))},
        201,
    )
    calendar = call("post", "/api/learning/calendar/", None, 201)
    suggestion = {
        "topic": "vectors",
        "title": "Vectors, gently",
        "url": "https://example.org/vectors",
        "why": "It explains vectors with pictures.",
    }
    suggestion_id = call("post", "/api/suggestions/create/", suggestion, 201)["id"]
    placement = call("post", "/api/assessments/placement/")
    resources = list(Resource.objects.values_list("slug", flat=True)[:3])
    client_for(curator)(
        "patch", f"/api/curation/resources/{resources[0]}/update/", {"title": "New"}
    )
    log_entry = client_for(curator)("get", "/api/curation/log/")[0]

    roles = list(Role.objects.values_list("slug", flat=True)[:3])
    a_question = "/api/groups/{group_id}/questions/{question_id}/"  # and its answers below
    return World(
        learner=learner,
        curator=curator,
        known={
            "slug": [*roles, *topics[:3], *resources],
            "role": roles,
            "goal": roles,
            "topic": topics[:3],
            "custom_topics": [topics[:2]],
            "template": list(
                ExerciseTemplate.objects.filter(topic__slug="vectors").values_list(
                    "slug", flat=True
                )[:3]
            ),
            "resource_slug": resources,
            "hours_per_day": ["0.50", "1.25", "4.00"],
            "time_zone": ["UTC", "Europe/Paris"],
            "start_date": [str(timezone.localdate())],
            "target_date": [str(timezone.localdate() + timedelta(days=200)), None],
            "target_id": [log_entry["target_id"]],
            "group_id": [group],
            "invite_id": [invite["id"]],
            "question_id": [question],
            "answer_id": [answer],
            "user_id": [learner.pk, friend.pk],
            "code": [invite["code"]],
            "username": [learner.username],
            "token": [calendar["url"].rsplit("/", 1)[-1].removesuffix(".ics")],
            "pause_id": [pause["id"]],
        },
        ids={
            "/api/exercises/instances/": instance["id"],
            "/api/exercises/submissions/": submission["id"],
            "/api/assessments/": placement["id"],
            "/api/curation/suggestions/": suggestion_id,
            "/api/curation/log/": log_entry["id"],
        },
        disposable={
            ("DELETE", "/api/groups/{group_id}/"): {"group_id": [new_group("To delete")]},
            ("POST", "/api/groups/{group_id}/leave/"): {"group_id": [new_group("To leave")]},
            ("DELETE", a_question): {"question_id": [new_question(group)]},
            ("DELETE", a_question + "answers/{answer_id}/"): {
                "answer_id": [new_answer(group, question)]
            },
        },
    )


# --- visitors ------------------------------------------------------------------------------------


@dataclass
class Visitor:
    """Sends a valid CSRF token, and signs in with a fresh session for every case, so that one
    case's logout or password change does not decide who the next one is."""

    name: str
    user: User | None = None
    cases: Counter = field(default_factory=Counter)

    def call_and_validate(self, case: Any) -> None:
        request = HttpRequest()
        header = get_token(request)
        cookies = {settings.CSRF_COOKIE_NAME: request.META["CSRF_COOKIE"]}
        if self.user is not None:
            cookies[settings.SESSION_COOKIE_NAME] = self._session_key()
        self.cases[case.operation.label] += 1
        case.call_and_validate(checks=CHECKS, headers={"X-CSRFToken": header}, cookies=cookies)

    def _session_key(self) -> str:
        assert self.user is not None
        request = HttpRequest()
        request.session = import_module(settings.SESSION_ENGINE).SessionStore()
        user = User.objects.get(pk=self.user.pk)  # the current password hash
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        request.session.save()
        assert request.session.session_key is not None
        return request.session.session_key


@pytest.fixture
def api_schema(wsgi_app: WSGIHandler, world: World) -> Any:
    """The published schema, read from /api/schema/ through the application."""
    schema = schemathesis.openapi.from_wsgi(
        "/api/schema/?format=json", wsgi_app, config=schemathesis.Config.from_dict(CONFIG)
    )

    @schema.hook
    def before_generate_path_parameters(context: Any, strategy: Any) -> Any:
        operation = context.operation
        values = world.path_values(operation.method.upper(), operation.path)
        names = re.findall(r"{(\w+)}", operation.path)
        if not names or any(name not in values for name in names):
            return strategy
        existing = st.fixed_dictionaries({name: st.sampled_from(values[name]) for name in names})
        return st.one_of(strategy, existing)

    def with_known_fields(context: Any, data: Any) -> Any:
        names = [name for name in data if name in world.known] if isinstance(data, dict) else []
        if not names:
            return st.just(data)
        known = st.fixed_dictionaries({name: st.sampled_from(world.known[name]) for name in names})
        return st.one_of(st.just(data), known.map(lambda values: {**data, **values}))

    schema.hook("flatmap_query")(with_known_fields)
    schema.hook("flatmap_body")(with_known_fields)

    return schema


@pytest.fixture
def summary(capsys: pytest.CaptureFixture[str]) -> Iterator[Callable[[Visitor], None]]:
    """Say how much was tested, whether or not pytest captures the output."""
    visitors: list[Visitor] = []
    yield visitors.append
    with capsys.disabled():
        for visitor in visitors:
            print(
                f"\nschemathesis {schemathesis.__version__}, {visitor.name}: "
                f"{len(visitor.cases)} operations, {visitor.cases.total()} cases"
            )


@pytest.fixture
def anonymous(summary: Callable[[Visitor], None]) -> Visitor:
    visitor = Visitor("anonymous")
    summary(visitor)
    return visitor


@pytest.fixture
def learner(world: World, summary: Callable[[Visitor], None]) -> Visitor:
    visitor = Visitor("learner", world.learner)
    summary(visitor)
    return visitor


@pytest.fixture
def curator(world: World, summary: Callable[[Visitor], None]) -> Visitor:
    visitor = Visitor("curator", world.curator)
    summary(visitor)
    return visitor


@schemathesis.pytest.from_fixture("api_schema").parametrize()
def test_api_anonymously(case: Any, anonymous: Visitor) -> None:
    anonymous.call_and_validate(case)


@schemathesis.pytest.from_fixture("api_schema").parametrize()
def test_api_as_a_learner(case: Any, learner: Visitor) -> None:
    learner.call_and_validate(case)


@(
    schemathesis.pytest.from_fixture("api_schema")
    .include(path_regex="^/api/curation/")
    .parametrize()
)
def test_curation_api_as_a_curator(case: Any, curator: Visitor) -> None:
    curator.call_and_validate(case)
