"""The admin's author tools: a template previewed for several seeds, its checks run, and how
learners fare on it."""

import json
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from accounts.models import User
from common.vite import entry_assets
from exercises import selectors
from exercises.authoring import DEFAULT_SEEDS, parse_seeds
from exercises.models import ExerciseInstance, ExerciseTemplate, Submission

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client: Client, admin_user: Any, loaded_exercises: Any) -> Client:
    client.force_login(admin_user)
    return client


def preview_url(slug: str) -> str:
    pk = ExerciseTemplate.objects.get(slug=slug).pk
    return f"/admin/exercises/exercisetemplate/{pk}/preview/"


def graded(instance: ExerciseInstance, answer: str, correct: bool, tag: str = "") -> Submission:
    return Submission.objects.create(
        instance=instance,
        answer=answer,
        status=Submission.Status.GRADED,
        correct=correct,
        misconception=tag,
        graded_at=timezone.now(),
    )


@pytest.fixture
def attempts(loaded_exercises: Any) -> ExerciseTemplate:
    """Two learners on vector-sum: 2 right, 4 wrong (three the same answer, spaced differently)."""
    template = ExerciseTemplate.objects.get(slug="vector-sum")
    ada = User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42")
    bob = User.objects.create_user("bob", "", "a-long-Unusual-passphrase-43")
    first = ExerciseInstance.objects.create(user=ada, template=template, seed=1, hints_revealed=2)
    second = ExerciseInstance.objects.create(
        user=bob, template=template, seed=2, solution_revealed_at=timezone.now()
    )
    graded(first, "12", correct=False, tag="times-not-plus")
    graded(first, " 12", correct=False, tag="times-not-plus")
    graded(second, "1 2", correct=False)
    graded(second, "7", correct=False)
    graded(first, "7", correct=True)
    graded(second, "3+4", correct=True)
    Submission.objects.create(instance=second, answer="99")  # queued: not counted
    return template


def test_stats_count_attempts_and_group_wrong_answers(attempts: ExerciseTemplate):
    stats = selectors.template_stats(attempts)

    assert (stats.attempts, stats.correct, stats.learners) == (6, 2, 2)
    assert stats.success_rate == pytest.approx(1 / 3)
    assert (stats.instances, stats.hints_revealed, stats.solutions_revealed) == (2, 1, 1)
    top = stats.common_wrong[0]
    assert (top.answer, top.count, top.tags) == ("12", 3, ("times-not-plus",))
    assert stats.common_wrong[1].answer == "7"
    assert stats.tags == (("times-not-plus", 2),)


def test_changelist_shows_attempts_and_success_rate(staff: Client, attempts: ExerciseTemplate):
    response = staff.get("/admin/exercises/exercisetemplate/?o=6")

    page = response.content.decode()
    assert response.status_code == 200
    assert "33%" in page
    assert "Preview &amp; check" in page


def test_preview_shows_each_seed_side_by_side(staff: Client, attempts: ExerciseTemplate):
    response = staff.get(preview_url("vector-sum"), {"seeds": "4, 9,4"})

    page = response.content.decode()
    assert response.status_code == 200
    assert [column.seed for column in response.context["columns"]] == [4, 9]
    for column in response.context["columns"]:
        assert column.instance.prompt in page
        assert column.all_ok
        assert {test.answer for test in column.tests} >= set(column.instance.passing)
    assert "Seed 4" in page
    assert "Seed 9" in page
    assert "Most common wrong answers" in page
    assert "times-not-plus" in page


def test_preview_flags_a_failing_answer_test(staff: Client):
    template = ExerciseTemplate.objects.get(slug="vector-sum")
    template.source = {**template.source, "tests": {"pass": ["{{total}} + 1"], "fail": ["0"]}}
    template.save()

    response = staff.get(preview_url("vector-sum"), {"seeds": "3"})

    column = response.context["columns"][0]
    assert not column.all_ok
    assert next(test.ok for test in column.tests) is False


def test_run_checks_over_a_hundred_seeds(staff: Client):
    response = staff.get(preview_url("vector-sum"), {"check": "1"})

    assert response.context["report"].failures == []
    assert "Every check passed over 100 seeds" in response.content.decode()


def test_run_checks_lists_what_fails(staff: Client):
    template = ExerciseTemplate.objects.get(slug="vector-sum")
    template.source = {**template.source, "solution": "${{a}} + {{b}} = {{product}}$"}
    template.save()

    response = staff.get(preview_url("vector-sum"), {"check": "1"})

    failures = response.context["report"].failures
    assert len(failures) == 100
    assert "the worked solution's final answer" in failures[0]
    assert "100 check(s) failed over 100 seeds" in response.content.decode()
    assert "and 88 more" in response.content.decode()


def test_bad_seeds_fall_back_with_a_message(staff: Client):
    response = staff.get(preview_url("vector-sum"), {"seeds": "x; drop table"})

    assert response.status_code == 200
    assert [column.seed for column in response.context["columns"]] == list(DEFAULT_SEEDS)
    assert "is not a seed" in response.content.decode()


@pytest.mark.parametrize(
    ("text", "seeds", "problem"),
    [
        (None, DEFAULT_SEEDS, ""),
        ("", DEFAULT_SEEDS, ""),
        ("5", (5,), ""),
        ("1,2,3,4,5,6,7,8", (1, 2, 3, 4, 5, 6), "Showing the first 6 seeds."),
        ("-1", DEFAULT_SEEDS, "'-1' is not a seed: use whole numbers below 1000000."),
        ("1000000", DEFAULT_SEEDS, "'1000000' is not a seed: use whole numbers below 1000000."),
        (",,", DEFAULT_SEEDS, ""),
    ],
)
def test_parse_seeds(text: str | None, seeds: tuple[int, ...], problem: str):
    assert parse_seeds(text) == (seeds, problem)


def test_preview_needs_staff(client: Client, loaded_exercises: Any):
    User.objects.create_user("ada", "", "a-long-Unusual-passphrase-42")
    client.login(username="ada", password="a-long-Unusual-passphrase-42")

    response = client.get(preview_url("vector-sum"))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_entry_assets_follow_imports_for_styles(tmp_path: Path, settings: Any):
    settings.FRONTEND_DIST = tmp_path
    (tmp_path / ".vite").mkdir()
    assert entry_assets("src/admin-preview.tsx") is None  # no manifest: no build yet
    manifest = {
        "src/admin-preview.tsx": {
            "file": "assets/admin-preview-1.js",
            "isEntry": True,
            "imports": ["_Markdown-2.js"],
        },
        "_Markdown-2.js": {"file": "assets/Markdown-2.js", "css": ["assets/Markdown-2.css"]},
    }
    (tmp_path / ".vite" / "manifest.json").write_text(json.dumps(manifest))

    assets = entry_assets("src/admin-preview.tsx")

    assert assets is not None
    assert assets.script == "assets/admin-preview-1.js"
    assert assets.styles == ("assets/Markdown-2.css",)
    assert entry_assets("src/missing.tsx") is None
