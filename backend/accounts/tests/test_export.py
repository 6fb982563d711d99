"""Download everything about me: complete (every model that hangs on a user is read), nothing
secret, nobody else's data, and a fixed number of queries however much there is."""

import json
import re
import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.http import HttpResponse, StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from accounts import export
from accounts.models import User
from exercises.models import ExerciseInstance, ExerciseTemplate, Submission
from learning.models import LevelChange, TimeEntry, TopicProgress

from .learner_data import fill_every_app, user_links

pytestmark = pytest.mark.django_db

# Models that hang on a user but are deliberately not in the export, and why. (Sessions are
# not here because no foreign key leads to them: a session keeps the user id inside its signed
# data, and it is not something the learner made; it ends when they log out.)
LEFT_OUT = {
    "admin.LogEntry.user": "the admin site's audit trail of what staff changed there",
    "accounts.User_groups.user": "Django permission groups for staff; Lemma gives learners none",
    "accounts.User_user_permissions.user": "single staff permissions, as above",
}


def read_export(user: User) -> tuple[dict[str, Any], list[str]]:
    """The export as parsed JSON, and the SQL it ran."""
    with CaptureQueriesContext(connection) as queries:
        body = b"".join(export.stream_json(export.export_document(user=user)))
    return json.loads(body), [query["sql"] for query in queries.captured_queries]


def download(client: APIClient) -> tuple[Any, bytes]:
    response = client.get("/api/auth/me/export/")
    assert isinstance(response, StreamingHttpResponse)
    return response, b"".join(response.streaming_content)


@pytest.fixture
def ada(loaded_exercises: Any) -> User:
    return fill_every_app("ada")


@pytest.fixture
def bea(loaded_exercises: Any) -> User:
    return fill_every_app("bea")


def test_the_export_reads_every_model_that_hangs_on_a_user(ada: User):
    # given every model with a foreign key to the user, or hanging on one that has
    links = user_links()
    labels = {link.label for link in links}
    assert {"exercises.Submission.instance__user", "learning.LevelChange.progress__user"} <= labels
    assert set(LEFT_OUT) <= labels, "an entry of LEFT_OUT no longer exists: remove it"

    # when ada's export runs
    _, sql = read_export(ada)

    # then each one's link to the user is queried (a new model must be exported or left out)
    everything = "\n".join(sql)
    missing = [
        link.label for link in links if link.label not in LEFT_OUT and link.column not in everything
    ]
    assert missing == [], "export these in accounts/export.py, or say in LEFT_OUT why not"
    # and the learner of fill_every_app really has rows in each of them
    empty = [link.label for link in links if not link.rows_of(ada).exists()]
    assert set(empty) <= set(LEFT_OUT)


def test_a_learner_downloads_everything_about_them_and_nothing_of_anyone_else(
    ada: User, bea: User, assert_schema: Any, components: dict[str, Any]
):
    client = APIClient()
    client.force_login(ada)

    response, body = download(client)

    assert response.status_code == 200
    today = timezone.localdate().isoformat()
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"] == (
        f'attachment; filename="lemma-export-ada-{today}.json"'
    )
    assert_schema(_buffered(response, body))
    document = json.loads(body)
    export_schema = {"$ref": "#/components/schemas/AccountExport"}
    assert _undocumented(document, export_schema, components) == []

    text = body.decode()
    # bea's name as a word (not "bea" inside a random id's hex), and none of her rows' ids
    assert re.search(r"\bbea\b", text, re.IGNORECASE) is None
    bea_ids = [
        str(row_id)
        for row_id in (
            *ExerciseInstance.objects.filter(user=bea).values_list("pk", flat=True),
            *Submission.objects.filter(instance__user=bea).values_list("pk", flat=True),
        )
    ]
    assert bea_ids
    assert [row_id for row_id in bea_ids if row_id in text] == []
    for secret in (ada.password, "calendar-secret-of-ada", "invite-secret-of-ada"):
        assert secret not in text
    assert document["account"] | {"date_joined": None, "last_login": None} == {
        "id": ada.pk,
        "username": "ada",
        "email": "ada@example.org",
        "first_name": "",
        "last_name": "",
        "date_joined": None,
        "last_login": None,
    }
    learning = document["learning"]
    assert learning["plan"]["role"] == "scientist"
    assert learning["plan"]["custom_topics"] == ["matrices"]
    assert learning["plan"]["calendar_feed"] is True
    assert [(p["topic_slug"], p["level"]) for p in learning["topic_progress"]] == [
        ("vectors", "practised")
    ]
    assert [h["reason"] for h in learning["level_history"]] == ["ada answered right"]
    assert [(t["minutes"], t["note"]) for t in learning["time_entries"]] == [(25, "Read a chapter")]
    assert [p["reason"] for p in learning["pauses"]] == ["Holiday"]

    exercises = document["exercises"]
    assert len(exercises["instances"]) == 2  # practice, and the placement's question
    [submission] = exercises["submissions"]
    assert (submission["answer"], submission["correct"], submission["code"]) == (
        "answer of ada",
        True,
        "correct",
    )
    assert submission["instance_id"] in {i["id"] for i in exercises["instances"]}
    [assessment] = document["placement"]["assessments"]
    assert [(q["topic_slug"], q["outcome"]) for q in assessment["questions"]] == [
        ("vectors", "correct")
    ]

    [note] = document["notes"]["notes"]
    assert note["body"] == "Note of ada: $x$"
    [membership] = document["groups"]["memberships"]
    assert note["shared_with_groups"] == [membership["group_id"]]
    assert document["notes"]["public_profile"]["display_name"] == "Ada"

    groups = document["groups"]
    assert (membership["group_name"], membership["role"]) == ("Circle of ada", "owner")
    assert [g["name"] for g in groups["groups_created"]] == ["Circle of ada"]
    assert [i["uses"] for i in groups["invites_created"]] == [0]
    assert [q["title"] for q in groups["questions"]] == ["Question of ada"]
    assert [a["body"] for a in groups["answers"]] == ["Answer of ada"]
    assert [m["answer_id"] for m in groups["helpful_marks"]] == [groups["answers"][0]["id"]]

    curation = document["curation"]
    assert [s["title"] for s in curation["suggestions"]] == ["Video found by ada"]
    assert [(r["resource_slug"], r["helpful"]) for r in curation["ratings"]] == [
        ("free-notes", True)
    ]
    assert [s["status"] for s in curation["suggestions_reviewed"]] == ["rejected"]
    assert [e["action"] for e in curation["log_entries"]] == ["suggestion_reject"]
    assert [e["kind"] for e in document["emails"]["sent"]] == ["behind_plan"]


def test_the_export_runs_a_fixed_number_of_queries_however_many_rows(
    ada: User, django_assert_max_num_queries: Any
):
    # given the number of queries for a learner with one row of each kind
    few, small = read_export(ada)

    # when they have thousands of answers, exercises, history rows and days of study
    template = ExerciseTemplate.objects.get(slug="vector-sum")
    instances = ExerciseInstance.objects.bulk_create(
        ExerciseInstance(user=ada, template=template, seed=seed) for seed in range(300)
    )
    Submission.objects.bulk_create(
        Submission(instance=instances[n % 300], answer=str(n), status="graded", correct=False)
        for n in range(3000)
    )
    progress = TopicProgress.objects.get(user=ada)
    now = timezone.now()
    LevelChange.objects.bulk_create(
        LevelChange(progress=progress, at=now, from_level="a", to_level="b", p_known=0.5, reason="")
        for _ in range(500)
    )
    today = timezone.localdate()
    TimeEntry.objects.bulk_create(
        TimeEntry(user=ada, day=today - timedelta(days=n), source="manual", minutes=5)
        for n in range(400)
    )

    # then the export still takes no more queries, and has every row
    with django_assert_max_num_queries(len(small)):
        body = b"".join(export.stream_json(export.export_document(user=ada), chunk_chars=4096))
    many = json.loads(body)
    assert len(many["exercises"]["submissions"]) == 3001
    assert len(many["exercises"]["instances"]) == len(few["exercises"]["instances"]) + 300
    assert len(many["learning"]["level_history"]) == 501
    assert len(many["learning"]["time_entries"]) == 401


def test_the_export_is_streamed_in_chunks(ada: User):
    chunks = list(export.stream_json(export.export_document(user=ada), chunk_chars=256))

    assert len(chunks) > 5
    assert json.loads(b"".join(chunks))["account"]["username"] == "ada"


def test_the_export_needs_a_signed_in_learner(api_client: APIClient):
    response = api_client.get("/api/auth/me/export/")

    assert response.status_code == 403


def test_a_learner_with_nothing_yet_gets_empty_sections(
    loaded_exercises: Any, components: dict[str, Any]
):
    user = User.objects.create_user("new", "", "a-long-Unusual-passphrase-42")
    client = APIClient()
    client.force_login(user)

    response, body = download(client)

    # Not through assert_schema: openapi-core does not honour drf-spectacular's nullable nested
    # objects (allOf + nullable, as for /api/auth/me/'s user), and plan and profile are null here.
    assert response.status_code == 200
    document = json.loads(body)
    assert _undocumented(document, {"$ref": "#/components/schemas/AccountExport"}, components) == []
    assert document["learning"]["plan"] is None
    assert document["notes"] == {"notes": [], "public_profile": None}
    assert document["exercises"] == {"instances": [], "submissions": []}


# --- the document against its published schema -------------------------------------------------


def _buffered(response: Any, body: bytes) -> HttpResponse:
    """A streamed response as openapi-core can read it."""
    buffered = HttpResponse(
        body, status=response.status_code, content_type=response["Content-Type"]
    )
    buffered.wsgi_request = response.wsgi_request  # type: ignore[attr-defined]
    return buffered


@pytest.fixture(scope="module")
def components() -> dict[str, Any]:
    from drf_spectacular.generators import SchemaGenerator

    return SchemaGenerator().get_schema(request=None, public=True)["components"]["schemas"]


def _undocumented(
    value: Any, schema: dict[str, Any], components: dict[str, Any], where: str = ""
) -> list[str]:
    """Keys of `value` that its schema does not name (the validator allows extra keys)."""
    while "$ref" in schema or "allOf" in schema:
        schema = (
            components[schema["$ref"].rsplit("/", 1)[1]] if "$ref" in schema else schema["allOf"][0]
        )
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        if not properties:  # a free-form JSON field
            return []
        problems = [f"{where}.{key}" for key in value if key not in properties]
        for key, item in value.items():
            if key in properties:
                problems += _undocumented(item, properties[key], components, f"{where}.{key}")
        return problems
    if isinstance(value, list) and "items" in schema:
        return [
            problem
            for item in value
            for problem in _undocumented(item, schema["items"], components, f"{where}[]")
        ]
    return []


def test_the_schema_check_notices_an_undocumented_key(components: dict[str, Any]):
    problems = _undocumented(
        {"starts_on": "2025-01-01", "secret": str(uuid.uuid4())},
        {"$ref": "#/components/schemas/ExportPause"},
        components,
        "pause",
    )

    assert problems == ["pause.secret"]
