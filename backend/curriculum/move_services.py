"""Carry learner data over when roadmaps/topic-moves.yaml renames, merges or splits topics.

Called by `roadmaps_load` inside its transaction, after the topics of the files are written and
before the missing ones are retired. Each move runs once per database (`TopicMove.key`).

What follows a move, from the retired source topic(s) to the target(s):
- progress (`TopicProgress`, one per learner and topic) with its `LevelChange` history:
  rename moves the row (combining it with a row the learner already has on the target);
  merge combines the sources' rows (see `_combined`); split gives every target a copy;
- study time (`TimeEntry`), exercise templates (and so instances and submissions), placement
  and test-out questions and quizzes, group questions, resource suggestions and ratings:
  re-pointed to the target, for a split to the first target;
- a learner's note (one per topic): moved; notes on several merged parts are joined;
- custom goal topics: a learner who chose a source gets every target instead.
"""

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from django.db.models import Count, Min, Sum
from django.utils import timezone

from exercises.models import ExerciseTemplate
from groups.models import Note, NoteShare
from groups.models import Question as GroupQuestion
from learning import mastery
from learning.models import LearnerProfile, LevelChange, TimeEntry, TopicProgress
from placement.models import Assessment
from placement.models import Question as PlacementQuestion

from .models import ResourceRating, ResourceSuggestion, Topic, TopicMove
from .topic_moves import TopicMoveData

PROGRESS_FIELDS = (
    "level",
    "p_known",
    "attempts",
    "correct",
    "failures_in_a_row",
    "solved_instances",
    "first_success_at",
    "last_success_at",
    "last_attempt_at",
    "card",
    "implicit_credit",
    "due_at",
    "credited_at",
)
FAR_FUTURE = datetime.max.replace(tzinfo=UTC)
LEVEL_RANK = {
    mastery.Level.NOT_STARTED: 0,
    mastery.Level.LEARNING: 1,
    mastery.Level.PRACTISED: 2,
    mastery.Level.DUE: 3,
    mastery.Level.MASTERED: 4,
}


def topic_moves_apply(*, moves: Sequence[TopicMoveData], topics: Mapping[str, Topic]) -> list[str]:
    """Apply the moves not applied yet, in file order; returns lines for the load summary."""
    done = set(
        TopicMove.objects.filter(key__in=[move.key for move in moves]).values_list("key", flat=True)
    )
    at = timezone.now()
    details = []
    for move in moves:
        if move.key in done:
            continue
        found = {topic.slug: topic for topic in Topic.objects.filter(slug__in=move.sources)}
        sources = [found[slug] for slug in move.sources if slug in found]
        targets = [topics[slug] for slug in move.targets]
        moved = _carry(move, sources, targets, at) if sources else Counter()
        TopicMove.objects.create(
            key=move.key,
            kind=move.kind,
            sources=list(move.sources),
            targets=list(move.targets),
            applied_at=at,
            moved=dict(moved),
        )
        done.add(move.key)
        if not sources:
            what = "no such topic was ever loaded here, nothing to carry over"
        else:
            counts = sorted(moved.items())
            what = ", ".join(f"{count} {name}" for name, count in counts) or "no learner data"
        details.append(f"  {move.key}: {what}")
    applied = len(details)
    return [f"topic moves: {applied} applied, {len(moves) - applied} already applied", *details]


def _carry(
    move: TopicMoveData, sources: list[Topic], targets: list[Topic], at: datetime
) -> Counter:
    first = targets[0]
    moved: Counter = Counter()
    if move.kind == "split":
        moved["progress rows"] = _split_progress(sources[0], targets, at)
    else:
        moved["progress rows"] = _merge_progress(move.kind, sources, first, at)
    moved["time entries"] = _move_time(sources, first)
    moved["exercise templates"] = ExerciseTemplate.objects.filter(topic__in=sources).update(
        topic=first, updated_at=at
    )
    moved["placement questions"] = PlacementQuestion.objects.filter(topic__in=sources).update(
        topic=first
    )
    moved["test-out quizzes"] = Assessment.objects.filter(topic__in=sources).update(
        topic=first, updated_at=at
    )
    moved["unfinished quizzes"] = _rewrite_active_placements(move, targets, at)
    moved["group questions"] = GroupQuestion.objects.filter(topic__in=sources).update(
        topic=first, updated_at=at
    )
    moved["resource suggestions"] = ResourceSuggestion.objects.filter(topic__in=sources).update(
        topic=first, updated_at=at
    )
    moved["resource ratings"] = _move_ratings(sources, first)
    moved["notes"] = _move_notes(sources, first)
    moved["custom goals"] = _move_custom_topics(sources, targets)
    return +moved  # drop the zero counts


def _combined(rows: Sequence[TopicProgress], *, unstarted: bool) -> dict[str, Any]:
    """One learner's progress on a merged topic, from their rows on its parts.

    Rule: the merged topic stands at the *weaker* level (then the lower P(known)), because a
    learner who mastered only half of the content has not mastered the whole; a part the
    learner never opened (`unstarted`) counts as not started with the prior P(known). Work
    started on any part makes the merged topic at least "learning". The evidence adds up
    (attempts, distinct solved exercises, first and last successes), so the next attempt
    re-derives the level from all of it. The review card kept is the one due sooner, so no
    review is postponed; the weaker row's credit, failure streak and implicit credit go with
    its level.
    """
    weakest = min(rows, key=lambda row: (LEVEL_RANK[mastery.Level(row.level)], row.p_known))
    values: dict[str, Any] = {
        name: getattr(weakest, name)
        for name in ("level", "p_known", "credited_at", "failures_in_a_row", "implicit_credit")
    }
    if unstarted:
        values.update(
            level=mastery.Level.NOT_STARTED,
            p_known=min(mastery.PRIOR, *(row.p_known for row in rows)),
            credited_at=None,
            failures_in_a_row=0,
            implicit_credit=0.0,
        )
    if values["level"] == mastery.Level.NOT_STARTED and any(
        row.attempts or row.credited_at for row in rows
    ):
        values["level"] = mastery.Level.LEARNING
    carded = [row for row in rows if row.card is not None]
    soonest = min(carded, key=lambda row: row.due_at or FAR_FUTURE) if carded else None
    successes = [row.first_success_at for row in rows if row.first_success_at]
    values.update(
        attempts=sum(row.attempts for row in rows),
        correct=sum(row.correct for row in rows),
        solved_instances=sorted({key for row in rows for key in row.solved_instances}),
        first_success_at=min(successes, default=None),
        last_success_at=max(
            (row.last_success_at for row in rows if row.last_success_at), default=None
        ),
        last_attempt_at=max(
            (row.last_attempt_at for row in rows if row.last_attempt_at), default=None
        ),
        card=soonest.card if soonest else None,
        due_at=soonest.due_at if soonest else None,
    )
    return values


def _level_name(level: str) -> str:
    return level.replace("_", " ")


def _absorb(
    keeper: TopicProgress,
    others: Sequence[TopicProgress],
    *,
    topic: Topic,
    unstarted: bool,
    at: datetime,
    reason: str,
) -> None:
    """Make `keeper` the learner's one row on `topic`, combining `others` into it: their
    history moves to it and the rows go. Notes the change in the history."""
    before = keeper.level
    values = _combined([keeper, *others], unstarted=unstarted)
    saved = [row.pk for row in others if row.pk is not None]
    LevelChange.objects.filter(progress_id__in=saved).update(progress=keeper)
    TopicProgress.objects.filter(pk__in=saved).delete()
    for name, value in values.items():
        setattr(keeper, name, value)
    keeper.topic = topic
    keeper.save()
    _note(keeper, before, at, reason)


def _note(progress: TopicProgress, before: str, at: datetime, reason: str) -> None:
    LevelChange.objects.create(
        progress=progress,
        at=at,
        from_level=before,
        to_level=progress.level,
        p_known=progress.p_known,
        reason=reason[:300],
    )


def _merge_progress(kind: str, sources: list[Topic], target: Topic, at: datetime) -> int:
    by_user: dict[int, list[TopicProgress]] = defaultdict(list)
    rows = TopicProgress.objects.select_for_update().filter(topic__in=sources).order_by("pk")
    for row in rows:
        by_user[row.user_id].append(row)
    existing = {
        row.user_id: row
        for row in TopicProgress.objects.select_for_update().filter(
            topic=target, user_id__in=list(by_user)
        )
    }
    titles = {topic.pk: topic.title for topic in sources}
    for user_id, parts in by_user.items():
        own = existing.get(user_id)
        unstarted = kind == "merge" and len(parts) < len(sources)
        if own is None and len(parts) == 1 and not unstarted:
            parts[0].topic = target
            parts[0].save(update_fields=["topic", "updated_at"])
            continue
        levels = {row.topic_id: row.level for row in parts}
        described = ", ".join(
            f"'{titles[topic.pk]}' ({_level_name(levels.get(topic.pk, 'not_started'))})"
            for topic in sources
        )
        if own is not None:
            described += f" and your progress on '{target.title}' ({_level_name(own.level)})"
        keeper = own or parts[0]
        _absorb(
            keeper,
            [row for row in [*parts, own] if row is not None and row is not keeper],
            topic=target,
            unstarted=unstarted,
            at=at,
            reason=f"Merged {described} into this topic: it counts at the weaker level until "
            "you practise it as a whole.",
        )
    return sum(len(parts) for parts in by_user.values())


def _split_progress(source: Topic, targets: list[Topic], at: datetime) -> int:
    rows = list(TopicProgress.objects.select_for_update().filter(topic=source).order_by("pk"))
    existing = {
        (row.user_id, row.topic_id): row
        for row in TopicProgress.objects.select_for_update().filter(
            topic__in=targets, user_id__in=[row.user_id for row in rows]
        )
    }
    names = ", ".join(f"'{topic.title}'" for topic in targets)
    reason = (
        f"'{source.title}' was split into {names}: this topic starts from your progress on "
        f"'{source.title}'."
    )
    for row in rows:
        snapshot = {name: getattr(row, name) for name in PROGRESS_FIELDS}
        history = list(row.history.all())
        for index, target in enumerate(targets):
            own = existing.get((row.user_id, target.pk))
            if index == 0:
                # The first target takes the row itself, with its history.
                if own is None:
                    before = row.level
                    row.topic = target
                    row.save()
                    _note(row, before, at, reason)
                else:
                    _absorb(own, [row], topic=target, unstarted=False, at=at, reason=reason)
                continue
            copy = TopicProgress(user_id=row.user_id, topic=target, **snapshot)
            if own is None:
                copy.save()
                keeper = copy
                _note(copy, snapshot["level"], at, reason)
            else:
                keeper = own
                _absorb(own, [copy], topic=target, unstarted=False, at=at, reason=reason)
            LevelChange.objects.bulk_create(
                LevelChange(
                    progress=keeper,
                    at=change.at,
                    from_level=change.from_level,
                    to_level=change.to_level,
                    p_known=change.p_known,
                    reason=change.reason,
                )
                for change in history
            )
    return len(rows)


def _move_time(sources: list[Topic], target: Topic) -> int:
    """Move the entries; exercise time is one row per learner, day and topic (a unique
    constraint: the grading path adds to it with get_or_create), so exercise rows that would
    share a day are added up first, into the oldest row, before the rest move over."""
    involved = [*sources, target]
    exercises = TimeEntry.objects.filter(topic__in=involved, source=TimeEntry.Source.EXERCISES)
    shared_days = (
        exercises.values("user_id", "day")
        .annotate(rows=Count("id"), total=Sum("minutes"), keep=Min("id"))
        .filter(rows__gt=1)
    )
    for day in shared_days:
        exercises.filter(pk=day["keep"]).update(minutes=day["total"])
        exercises.filter(user_id=day["user_id"], day=day["day"]).exclude(pk=day["keep"]).delete()
    return TimeEntry.objects.filter(topic__in=sources).update(topic=target)


def _rewrite_active_placements(move: TopicMoveData, targets: list[Topic], at: datetime) -> int:
    """An unfinished placement keeps its topic list by slug: point it at the new slugs."""
    changed = 0
    for assessment in Assessment.objects.filter(status=Assessment.Status.ACTIVE):
        if not set(assessment.topics) & set(move.sources):
            continue
        replaced: list[str] = []
        for slug in assessment.topics:
            replaced.extend([t.slug for t in targets] if slug in move.sources else [slug])
        assessment.topics = list(dict.fromkeys(replaced))
        assessment.save(update_fields=["topics", "updated_at"])
        changed += 1
    return changed


def _move_ratings(sources: list[Topic], target: Topic) -> int:
    """One vote per learner, resource and topic: on a clash the more recent vote stands."""
    moved = 0
    for rating in ResourceRating.objects.filter(topic__in=sources).order_by("updated_at", "pk"):
        clash = ResourceRating.objects.filter(
            user_id=rating.user_id, resource_id=rating.resource_id, topic=target
        ).first()
        if clash is None:
            rating.topic = target
            rating.save(update_fields=["topic", "updated_at"])
        else:
            if rating.updated_at > clash.updated_at:
                clash.helpful = rating.helpful
                clash.save(update_fields=["helpful", "updated_at"])
            rating.delete()
        moved += 1
    return moved


VISIBILITY_RANK = {Note.Visibility.PRIVATE: 0, Note.Visibility.GROUPS: 1, Note.Visibility.PUBLIC: 2}


def _move_notes(sources: list[Topic], target: Topic) -> int:
    """One note per learner and topic: a learner with notes on several parts gets them joined
    under each part's title, shown no wider than the most private of them (shared with the
    groups both were shared with)."""
    moved = 0
    titles = {topic.pk: topic.title for topic in [*sources, target]}
    for note in Note.objects.filter(topic__in=sources).order_by("created_at", "pk"):
        keeper = Note.objects.filter(author_id=note.author_id, topic=target).first()
        moved += 1
        if keeper is None:
            note.topic = target
            note.save(update_fields=["topic", "updated_at"])
            continue
        keeper.body = (
            f"{keeper.body.rstrip()}\n\n## From your notes on {titles[note.topic_id]}\n\n"
            f"{note.body.strip()}\n"
        )
        keeper.visibility = min(
            keeper.visibility, note.visibility, key=lambda v: VISIBILITY_RANK[Note.Visibility(v)]
        )
        both = NoteShare.objects.filter(note=note).values("membership_id")
        NoteShare.objects.filter(note=keeper).exclude(membership_id__in=both).delete()
        keeper.save(update_fields=["body", "visibility", "updated_at"])
        note.delete()
    return moved


def _move_custom_topics(sources: list[Topic], targets: list[Topic]) -> int:
    through = LearnerProfile.custom_topics.through
    profiles = set(
        through.objects.filter(topic__in=sources).values_list("learnerprofile_id", flat=True)
    )
    through.objects.bulk_create(
        [
            through(learnerprofile_id=profile, topic_id=target.pk)
            for profile in profiles
            for target in targets
        ],
        ignore_conflicts=True,
    )
    through.objects.filter(topic__in=sources).delete()
    return len(profiles)
