"""Renames, merges and splits from roadmaps/topic-moves.yaml: learner data follows the topic."""

import copy
from datetime import date, timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.management import CommandError, call_command
from django.utils import timezone

from accounts.models import User
from conftest import small_curriculum, write_curriculum
from curriculum.content import ContentErrors
from curriculum.models import Resource, ResourceRating, Topic, TopicMove
from curriculum.topic_moves import read_topic_moves
from exercises.models import ExerciseInstance, ExerciseTemplate, Submission
from exercises.tests.conftest import vector_templates, write_templates
from groups.models import Note, StudyGroup
from groups.models import Question as GroupQuestion
from learning import reviews
from learning.models import LearnerProfile, LevelChange, TimeEntry, TopicProgress
from placement.models import Assessment
from placement.models import Question as PlacementQuestion

pytestmark = pytest.mark.django_db

NOW = timezone.now().replace(microsecond=0)


# --- content helpers ---------------------------------------------------------------------------


def _replace(value: Any, renames: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {key: _replace(item, renames) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace(item, renames) for item in value]
    return renames.get(value, value) if isinstance(value, str) else value


def _tidy(data: dict[str, Any]) -> dict[str, Any]:
    """Drop the duplicates a merge leaves: topics, prerequisites, goals and covered topics."""
    for area, topics in data["topics"].items():
        seen: dict[str, dict[str, Any]] = {}
        for topic in topics:
            if topic["slug"] not in seen:
                topic["prerequisites"] = [
                    p for p in dict.fromkeys(topic["prerequisites"]) if p != topic["slug"]
                ]
                seen[topic["slug"]] = topic
        data["topics"][area] = list(seen.values())
    for role in data["roles"].values():
        for level, slugs in role["topics"].items():
            role["topics"][level] = list(dict.fromkeys(slugs))
    for resource in data["resources"]:
        resource["topics"] = list({item["topic"]: item for item in resource["topics"]}.values())
    return data


def _write(root: Path, data: dict[str, Any], moves: list[dict[str, Any]] | None = None) -> Path:
    for old in (root / "topics").glob("*.yaml") if (root / "topics").exists() else []:
        old.unlink()
    write_curriculum(root, data)
    if moves is not None:
        (root / "topic-moves.yaml").write_text(yaml.safe_dump(moves, sort_keys=False))
    return root


def _templates_on(root: Path, topic: str, prefix: str) -> None:
    folder = root / "exercises"
    for old in folder.glob("*.yaml") if folder.exists() else []:
        old.unlink()
    templates = copy.deepcopy(vector_templates())
    for template in templates:
        template["slug"] = f"{prefix}-{template['slug']}"
    write_templates(root, topic, templates)


def _load(root: Path) -> str:
    out = StringIO()
    call_command("load_roadmaps", path=root, stdout=out)
    return out.getvalue()


# --- a learner with everything a topic can hold ------------------------------------------------


def _card(due_in_days: int) -> dict[str, Any]:
    card = reviews.dump(reviews.new_card(NOW, reviews.rating(True, False, False)))
    card["due"] = (NOW + timedelta(days=due_in_days)).isoformat()
    return card


def _progress(
    user: User, slug: str, *, level: str, p_known: float, due_in_days: int, credited: bool
) -> TopicProgress:
    topic = Topic.objects.get(slug=slug)
    progress = TopicProgress.objects.create(
        user=user,
        topic=topic,
        level=level,
        p_known=p_known,
        attempts=4,
        correct=3,
        solved_instances=[f"{slug}-a#1", f"{slug}-b#2"],
        first_success_at=NOW - timedelta(days=10),
        last_success_at=NOW - timedelta(days=2),
        last_attempt_at=NOW - timedelta(days=2),
        card=_card(due_in_days),
        due_at=NOW + timedelta(days=due_in_days),
        credited_at=NOW - timedelta(days=20) if credited else None,
    )
    for days, (before, after) in ((9, ("not_started", "learning")), (3, ("learning", level))):
        LevelChange.objects.create(
            progress=progress,
            at=NOW - timedelta(days=days),
            from_level=before,
            to_level=after,
            p_known=p_known,
            reason=f"{slug}: {after}",
        )
    TimeEntry.objects.create(
        user=user, day=date(2025, 3, 1), topic=topic, source="exercises", minutes=30
    )
    TimeEntry.objects.create(
        user=user, day=date(2025, 3, 2), topic=topic, source="manual", minutes=15
    )
    return progress


def _learner(username: str, custom: list[str]) -> User:
    user = User.objects.create_user(username, "", "a-long-Unusual-passphrase-42")
    profile = LearnerProfile.objects.create(
        user=user,
        hours_per_day=1,
        start_date=date(2025, 1, 1),
        target_date=date(2025, 7, 1),
    )
    profile.custom_topics.set(Topic.objects.filter(slug__in=custom))
    return user


def _submission(user: User, template: str) -> Submission:
    instance = ExerciseInstance.objects.create(
        user=user, template=ExerciseTemplate.objects.get(slug=template), seed=7
    )
    return Submission.objects.create(
        instance=instance, answer="3", status=Submission.Status.GRADED, correct=True, code="ok"
    )


def _history(user: User, slug: str) -> list[str]:
    progress = TopicProgress.objects.get(user=user, topic__slug=slug)
    return [change.reason for change in progress.history.all()]


def _minutes(user: User, slug: str) -> float:
    return sum(
        TimeEntry.objects.filter(user=user, topic__slug=slug).values_list("minutes", flat=True)
    )


def _custom(user: User) -> set[str]:
    return set(user.learner_profile.custom_topics.values_list("slug", flat=True))


# --- rename ------------------------------------------------------------------------------------


def test_rename_moves_everything_to_the_new_slug_and_retires_the_old(tmp_path: Path) -> None:
    # given: a learner with progress, history, time, a card, a custom goal, an exercise
    # submission, a test-out quiz, a group question and a rating on `vectors`
    root = _write(tmp_path / "roadmaps", small_curriculum())
    _templates_on(root, "vectors", "vectors")
    _load(root)
    ada = _learner("ada", custom=["vectors", "gradients"])
    before = _progress(
        ada, "vectors", level="practised", p_known=0.86, due_in_days=5, credited=True
    )
    submission = _submission(ada, "vectors-vector-sum")
    quiz = Assessment.objects.create(
        user=ada, kind="test_out", topic=before.topic, topics=["vectors"], seed=1
    )
    PlacementQuestion.objects.create(
        assessment=quiz, position=1, topic=before.topic, instance=submission.instance, guess=0.05
    )
    group = StudyGroup.objects.create(name="Study buddies")
    GroupQuestion.objects.create(
        group=group, topic=before.topic, author=ada, title="Why?", body="Why vectors?"
    )
    ResourceRating.objects.create(
        user=ada, resource=Resource.objects.get(slug="free-notes"), topic=before.topic, helpful=True
    )

    # when: vectors becomes vector-basics (files, exercises and the move)
    _write(
        root,
        _replace(small_curriculum(), {"vectors": "vector-basics"}),
        [{"rename": "vectors", "to": "vector-basics"}],
    )
    _templates_on(root, "vector-basics", "vectors")
    output = _load(root)

    # then: every row now points at vector-basics, unchanged
    old = Topic.objects.get(slug="vectors")  # retired rows stay; `.active()` hides them
    assert old.retired_at is not None
    assert not TopicProgress.objects.filter(topic=old).exists()
    after = TopicProgress.objects.get(user=ada, topic__slug="vector-basics")
    assert after.pk == before.pk
    assert (after.level, after.p_known, after.card, after.due_at, after.credited_at) == (
        "practised",
        0.86,
        before.card,
        before.due_at,
        before.credited_at,
    )
    assert _history(ada, "vector-basics") == ["vectors: practised", "vectors: learning"]
    assert _minutes(ada, "vector-basics") == 45
    assert _custom(ada) == {"vector-basics", "gradients"}
    submission.refresh_from_db()
    assert submission.instance.template.topic.slug == "vector-basics"
    assert PlacementQuestion.objects.get(assessment=quiz).topic.slug == "vector-basics"
    quiz.refresh_from_db()
    assert (quiz.topic.slug if quiz.topic else None, quiz.topics) == (
        "vector-basics",
        ["vector-basics"],
    )
    assert GroupQuestion.objects.get(group=group).topic.slug == "vector-basics"
    assert ResourceRating.objects.get(user=ada).topic.slug == "vector-basics"
    assert "topic moves: 1 applied, 0 already applied" in output
    assert "rename vectors -> vector-basics: " in output
    for count in ("1 progress rows", "2 time entries", "2 exercise templates", "1 custom goals"):
        assert count in output


def test_rename_onto_a_topic_the_learner_already_studies_combines_the_two(
    tmp_path: Path,
) -> None:
    # given: progress on functions and on derivatives; functions goes into derivatives
    root = _write(tmp_path / "roadmaps", small_curriculum())
    _load(root)
    ada = _learner("ada", custom=["functions", "derivatives"])
    _progress(ada, "functions", level="mastered", p_known=0.97, due_in_days=9, credited=True)
    own = _progress(
        ada, "derivatives", level="practised", p_known=0.85, due_in_days=3, credited=False
    )
    data = small_curriculum()
    data["topics"]["calculus"] = data["topics"]["calculus"][1:]
    data["topics"]["calculus"][0]["prerequisites"] = []
    data["resources"][0]["topics"] = [
        item for item in data["resources"][0]["topics"] if item["topic"] != "functions"
    ]

    # when
    _write(root, data, [{"rename": "functions", "to": "derivatives"}])
    _load(root)

    # then: the learner's own row on derivatives stays, with both histories and all the time
    combined = TopicProgress.objects.get(user=ada, topic__slug="derivatives")
    assert combined.pk == own.pk
    assert (combined.level, combined.p_known, combined.due_at) == ("practised", 0.85, own.due_at)
    assert combined.attempts == 8
    assert len(_history(ada, "derivatives")) == 5
    assert _history(ada, "derivatives")[0].startswith(
        "Merged 'Functions' (mastered) and your progress on 'Derivatives' (practised)"
    )
    assert _minutes(ada, "derivatives") == 90
    assert _custom(ada) == {"derivatives"}


# --- merge -------------------------------------------------------------------------------------


def _merged_curriculum() -> dict[str, Any]:
    data = _replace(
        small_curriculum(), {"functions": "calculus-basics", "derivatives": "calculus-basics"}
    )
    data["topics"]["calculus"][0]["title"] = "Calculus basics"
    return _tidy(data)


def test_merge_keeps_the_weaker_level_the_sooner_card_and_all_time_and_history(
    tmp_path: Path,
) -> None:
    # given: mastered functions (card due in 30 days), learning derivatives (card due in 2)
    root = _write(tmp_path / "roadmaps", small_curriculum())
    _templates_on(root, "functions", "functions")
    _load(root)
    ada = _learner("ada", custom=["derivatives"])
    functions = _progress(
        ada, "functions", level="mastered", p_known=0.97, due_in_days=30, credited=True
    )
    derivatives = _progress(
        ada, "derivatives", level="learning", p_known=0.4, due_in_days=2, credited=False
    )
    submission = _submission(ada, "functions-vector-sum")
    Note.objects.create(author=ada, topic=functions.topic, body="f(x) maps x.", visibility="public")
    Note.objects.create(author=ada, topic=derivatives.topic, body="Slopes.", visibility="groups")
    # a second learner who only ever studied functions
    bo = _learner("bo", custom=[])
    _progress(bo, "functions", level="mastered", p_known=0.97, due_in_days=30, credited=True)

    # when
    _write(
        root,
        _merged_curriculum(),
        [{"merge": ["functions", "derivatives"], "into": "calculus-basics"}],
    )
    _templates_on(root, "calculus-basics", "functions")
    output = _load(root)

    # then: one row on the merged topic, at the weaker level, with the sooner card
    merged = TopicProgress.objects.get(user=ada, topic__slug="calculus-basics")
    assert not TopicProgress.objects.filter(
        user=ada, topic__slug__in=["functions", "derivatives"]
    ).exists()
    assert (merged.level, merged.p_known, merged.credited_at) == ("learning", 0.4, None)
    assert (merged.card, merged.due_at) == (derivatives.card, derivatives.due_at)
    assert merged.attempts == functions.attempts + derivatives.attempts
    assert set(merged.solved_instances) == {
        *functions.solved_instances,
        *derivatives.solved_instances,
    }
    history = _history(ada, "calculus-basics")
    assert history[0].startswith(
        "Merged 'Functions' (mastered), 'Derivatives' (learning) into this topic"
    )
    assert sorted(history[1:]) == sorted(
        [
            "functions: mastered",
            "functions: learning",
            "derivatives: learning",
            "derivatives: learning",
        ]
    )
    assert _minutes(ada, "calculus-basics") == 90
    note = Note.objects.get(author=ada)
    assert note.topic.slug == "calculus-basics"
    assert "f(x) maps x." in note.body
    assert "Slopes." in note.body
    assert note.visibility == "groups"  # never shown wider than either note was
    # exercise time stays one row per day and topic, as the grading path expects
    assert TimeEntry.objects.filter(user=ada, source="exercises").count() == 1
    assert _custom(ada) == {"calculus-basics"}
    submission.refresh_from_db()
    assert submission.instance.template.topic.slug == "calculus-basics"
    # the learner who never opened derivatives has not mastered the merged topic
    bo_merged = TopicProgress.objects.get(user=bo, topic__slug="calculus-basics")
    assert bo_merged.level == "learning"
    assert bo_merged.card is not None
    assert "(not started)" in _history(bo, "calculus-basics")[0]
    assert "merge functions,derivatives -> calculus-basics: 1 custom goals" in output
    assert "3 progress rows" in output
    assert (
        Topic.objects.filter(
            slug__in=["functions", "derivatives"], retired_at__isnull=False
        ).count()
        == 2
    )


# --- split -------------------------------------------------------------------------------------


def _split_curriculum() -> dict[str, Any]:
    data = _replace(small_curriculum(), {"matrices": "matrix-basics"})
    basics = data["topics"]["linear-algebra"][1]
    basics["title"] = "Matrix basics"
    data["topics"]["linear-algebra"].append(
        {
            **basics,
            "slug": "matrix-products",
            "title": "Matrix products",
            "prerequisites": ["matrix-basics"],
        }
    )
    data["resources"][0]["topics"].append({"topic": "matrix-products", "section": "Part 6"})
    return data


def test_split_copies_progress_to_every_part_and_keeps_time_on_the_first(tmp_path: Path) -> None:
    # given
    root = _write(tmp_path / "roadmaps", small_curriculum())
    _templates_on(root, "matrices", "matrices")
    _load(root)
    ada = _learner("ada", custom=["matrices"])
    before = _progress(
        ada, "matrices", level="practised", p_known=0.88, due_in_days=4, credited=True
    )
    submission = _submission(ada, "matrices-vector-sum")

    # when
    _write(
        root,
        _split_curriculum(),
        [{"split": "matrices", "into": ["matrix-basics", "matrix-products"]}],
    )
    _templates_on(root, "matrix-products", "matrices")
    _load(root)

    # then: both parts start from the progress on matrices, history included
    for slug in ("matrix-basics", "matrix-products"):
        part = TopicProgress.objects.get(user=ada, topic__slug=slug)
        assert (part.level, part.p_known, part.card, part.due_at, part.credited_at) == (
            "practised",
            0.88,
            before.card,
            before.due_at,
            before.credited_at,
        )
        assert part.attempts == before.attempts
        history = _history(ada, slug)
        assert history[0] == (
            "'Matrices' was split into 'Matrix basics', 'Matrix products': this topic starts "
            "from your progress on 'Matrices'."
        )
        assert history[1:] == ["matrices: practised", "matrices: learning"]
    assert TopicProgress.objects.get(user=ada, topic__slug="matrix-basics").pk == before.pk
    assert not TopicProgress.objects.filter(topic__slug="matrices").exists()
    # time stays whole, on the first part
    assert (_minutes(ada, "matrix-basics"), _minutes(ada, "matrix-products")) == (45, 0)
    assert _custom(ada) == {"matrix-basics", "matrix-products"}
    # the template moved with the first part, then the files put it on matrix-products
    submission.refresh_from_db()
    assert submission.instance.template.topic.slug == "matrix-products"


# --- idempotence -------------------------------------------------------------------------------


def test_loading_again_does_not_apply_a_move_twice(tmp_path: Path) -> None:
    root = _write(tmp_path / "roadmaps", small_curriculum())
    _load(root)
    ada = _learner("ada", custom=[])
    _progress(ada, "functions", level="mastered", p_known=0.97, due_in_days=30, credited=True)
    _progress(ada, "derivatives", level="learning", p_known=0.4, due_in_days=2, credited=False)
    _write(
        root,
        _merged_curriculum(),
        [{"merge": ["functions", "derivatives"], "into": "calculus-basics"}],
    )
    _load(root)
    merged = TopicProgress.objects.get(user=ada, topic__slug="calculus-basics")
    changes = merged.history.count()

    output = _load(root)

    assert "topic moves: 0 applied, 1 already applied" in output
    assert TopicMove.objects.get().key == "merge functions,derivatives -> calculus-basics"
    again = TopicProgress.objects.get(user=ada, topic__slug="calculus-basics")
    assert (again.history.count(), again.attempts, _minutes(ada, "calculus-basics")) == (
        changes,
        merged.attempts,
        90,
    )


def test_a_move_of_a_topic_this_database_never_had_is_recorded_as_nothing_to_carry(
    tmp_path: Path,
) -> None:
    root = _write(
        tmp_path / "roadmaps",
        small_curriculum(),
        [{"rename": "old-vectors", "to": "vectors"}],
    )
    output = _load(root)
    assert "rename old-vectors -> vectors: no such topic was ever loaded here" in output
    assert TopicMove.objects.filter(key="rename old-vectors -> vectors").exists()


# --- validation --------------------------------------------------------------------------------


def _errors(tmp_path: Path, moves: Any) -> list[str]:
    path = tmp_path / "topic-moves.yaml"
    path.write_text(moves if isinstance(moves, str) else yaml.safe_dump(moves))
    known = {"vectors", "matrices", "functions", "derivatives", "gradients"}
    with pytest.raises(ContentErrors) as raised:
        read_topic_moves(path, known)
    return [str(error) for error in raised.value.errors]


def test_a_target_must_be_a_topic_of_the_files(tmp_path: Path) -> None:
    assert _errors(tmp_path, [{"rename": "old", "to": "vectorz"}]) == [
        f"{tmp_path.name}/topic-moves.yaml: move #1 (rename old): unknown topic 'vectorz': "
        "a target must be a topic in topics/"
    ]


def test_a_moved_topic_must_be_gone_from_the_files(tmp_path: Path) -> None:
    errors = _errors(tmp_path, [{"split": "matrices", "into": ["vectors", "gradients"]}])
    assert errors == [
        f"{tmp_path.name}/topic-moves.yaml: move #1 (split matrices): topic 'matrices' is still "
        "in topics/: remove it there, a moved topic is retired"
    ]


def test_malformed_entries_are_named(tmp_path: Path) -> None:
    errors = _errors(
        tmp_path,
        [
            {"merge": "functions", "into": "vectors"},
            {"rename": "old", "into": "vectors"},
            {"rename": "Old Slug", "to": "vectors", "why": "tidy"},
            "rename old",
        ],
    )
    file = f"{tmp_path.name}/topic-moves.yaml"
    assert errors == [
        f"{file}: move #1 (merge functions): field 'merge' must be a list of topic slugs",
        f"{file}: move #2 (rename old): unknown field(s) into; rename takes 'rename' and 'to'",
        f"{file}: move #2 (rename old): missing field 'to'",
        f"{file}: move #3 (rename Old Slug): unknown field(s) why; rename takes 'rename' and 'to'",
        f"{file}: move #3 (rename Old Slug): 'Old Slug' in 'rename' is not a slug (lowercase "
        "words and hyphens)",
        f"{file}: move #4: must be a mapping with exactly one of rename, merge or split",
    ]


def test_a_topic_moved_twice_and_a_cycle_are_refused(tmp_path: Path) -> None:
    errors = _errors(
        tmp_path,
        [
            {"rename": "old-a", "to": "vectors"},
            {"rename": "old-a", "to": "matrices"},
            {"rename": "vectors", "to": "old-a"},
        ],
    )
    file = f"{tmp_path.name}/topic-moves.yaml"
    assert (
        f"{file}: move #2 (rename old-a): topic 'old-a' is already moved by move #1 (rename old-a)"
        in errors
    )
    assert (
        f"{file}: move #3 (rename vectors): unknown topic 'old-a': a target must be a topic "
        "in topics/" in errors
    )
    assert any(
        "moves form a cycle: " in error and "old-a -> vectors -> old-a" in error for error in errors
    )


def test_the_loader_refuses_a_bad_mapping_and_loads_nothing(tmp_path: Path) -> None:
    root = _write(tmp_path / "roadmaps", small_curriculum())
    _load(root)
    _write(
        root,
        _replace(small_curriculum(), {"vectors": "vector-basics"}),
        [{"rename": "vectors", "to": "vector-bases"}],
    )
    err = StringIO()
    with pytest.raises(CommandError, match="1 problem"):
        call_command("load_roadmaps", path=root, stdout=StringIO(), stderr=err)
    assert (
        "roadmaps/topic-moves.yaml: move #1 (rename vectors): unknown topic 'vector-bases'"
        in err.getvalue()
    )
    assert Topic.objects.filter(slug="vectors").exists()
    assert not Topic.objects.filter(slug="vector-basics").exists()
    assert not TopicMove.objects.exists()


def test_the_real_mapping_file_is_valid() -> None:
    from django.conf import settings

    from curriculum.content import read_curriculum

    root = Path(settings.ROADMAPS_DIR)
    moves = read_topic_moves(root / "topic-moves.yaml", set(read_curriculum(root).topics))
    assert isinstance(moves, tuple)
