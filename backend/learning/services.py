"""Writes for the learning plan: the profile, and mastery updated from graded attempts."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from curriculum.models import Role, Topic
from exercises.models import Submission

from . import mastery, reviews
from .models import LearnerProfile, LevelChange, TimeEntry, TopicProgress
from .selectors import shown_level

# Verdicts that judge the mathematics. Unreadable answers and right values in the wrong form
# are not evidence about knowing the topic.
EVIDENCE_CODES = frozenset({"correct", "incorrect", "mistake", "wrong_shape", "undefined"})
MONTHS_AT_ONE_HOUR = 6.0  # the seeds: about 6 months at 1 h/day ...
MONTHS_AT_THREE_HOURS = 3.0  # ... down to about 3 months at 3 h/day
DAYS_PER_MONTH = 30.44
# A plan starts within ten years back or a year ahead and lasts at most ten years: room for any
# real plan, and every date derived from it (weeks, the calendar feed) stays a real date.
PLAN_START_BEHIND = timedelta(days=3653)
PLAN_START_AHEAD = timedelta(days=366)
PLAN_LENGTH_MAX = timedelta(days=3653)


def default_months(hours_per_day: float) -> float:
    """The plan length the source articles promise for a daily budget: 6 months at 1 h/day,
    3 months at 3 h/day, linear in between and held at the ends."""
    slope = (MONTHS_AT_THREE_HOURS - MONTHS_AT_ONE_HOUR) / 2
    months = MONTHS_AT_ONE_HOUR + slope * (hours_per_day - 1)
    return min(MONTHS_AT_ONE_HOUR, max(MONTHS_AT_THREE_HOURS, months))


def default_target(start: date, hours_per_day: float) -> date:
    return start + timedelta(days=round(default_months(hours_per_day) * DAYS_PER_MONTH))


@dataclass(frozen=True)
class ProfileInput:
    role: str | None
    custom_topics: list[str]
    hours_per_day: Decimal
    study_days_per_week: int
    start_date: date
    target_date: date | None
    time_zone: str
    remind_when_behind: bool | None = None  # None: keep the profile's setting


@cache
def _time_zones() -> frozenset[str]:
    """The IANA zone names (read from disk once per process, not on every save)."""
    return frozenset(available_timezones())


def profile_save(*, user: User, data: ProfileInput) -> LearnerProfile:
    """Create or replace the learner's profile. Raises ValidationError naming the field."""
    errors: dict[str, str] = {}
    role = None
    if data.role:
        role = Role.objects.filter(slug=data.role).first()
        if role is None:
            errors["role"] = f"No role '{data.role}'."
    topics = list(Topic.objects.active().filter(slug__in=data.custom_topics))
    missing = sorted(set(data.custom_topics) - {topic.slug for topic in topics})
    if missing:
        errors["custom_topics"] = f"Unknown topics: {', '.join(missing[:5])}."
    if not data.role and not data.custom_topics:
        errors["role"] = "Choose a role, or a set of topics to aim for."
    if data.time_zone not in _time_zones():
        errors["time_zone"] = f"'{data.time_zone[:64]}' is not a time zone such as Europe/London."
    today = timezone.localdate()
    earliest, latest = today - PLAN_START_BEHIND, today + PLAN_START_AHEAD
    if not earliest <= data.start_date <= latest:
        errors["start_date"] = f"Start between {earliest:%-d %B %Y} and {latest:%-d %B %Y}."
        raise ValidationError(errors)
    target = data.target_date or default_target(data.start_date, float(data.hours_per_day))
    if target <= data.start_date:
        errors["target_date"] = "The target date must come after the start date."
    elif target - data.start_date > PLAN_LENGTH_MAX:
        errors["target_date"] = "A plan can last at most ten years."
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        profile, _ = LearnerProfile.objects.update_or_create(
            user=user,
            defaults={
                "role": role,
                "hours_per_day": data.hours_per_day,
                "study_days_per_week": data.study_days_per_week,
                "start_date": data.start_date,
                "target_date": target,
                "time_zone": data.time_zone,
                **(
                    {}
                    if data.remind_when_behind is None
                    else {"remind_when_behind": data.remind_when_behind}
                ),
            },
        )
        profile.custom_topics.set(topics)
    return profile


def _state(progress: TopicProgress) -> mastery.TopicState:
    return mastery.TopicState(
        credited=progress.credited_at is not None,
        p_known=progress.p_known,
        attempts=progress.attempts,
        correct=progress.correct,
        solved_instances=frozenset(progress.solved_instances),
        first_success=progress.first_success_at,
        last_success=progress.last_success_at,
        last_attempt=progress.last_attempt_at,
    )


def _credit_prerequisites(progress: TopicProgress, at: datetime) -> None:
    """A clean success on a topic is a discounted review of its direct prerequisites."""
    rows = TopicProgress.objects.select_for_update().filter(
        user_id=progress.user_id,
        topic__dependent_links__topic=progress.topic_id,
        card__isnull=False,
    )
    for row in rows:
        assert row.card is not None
        card, row.implicit_credit = reviews.implicit(
            reviews.load(row.card), row.implicit_credit, at
        )
        row.card = reviews.dump(card)
        row.due_at = card.due
        row.save(update_fields=["card", "implicit_credit", "due_at", "updated_at"])


EXERCISE_MINUTES_CAP = 10.0  # an answer counts at most this much time since the last activity
MANUAL_MINUTES_MAX = 600


def _exercise_minutes(submission: Submission, at: datetime) -> float:
    """Time on an answer: since the previous answer to the same exercise, or since the exercise
    was opened, capped (a tab left open overnight is not study)."""
    previous = (
        Submission.objects.filter(
            instance=submission.instance, created_at__lt=submission.created_at
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    since = previous or submission.instance.created_at
    minutes = (at - since).total_seconds() / 60
    return max(0.5, min(EXERCISE_MINUTES_CAP, minutes))


def _local_day(user: User, at: datetime) -> date:
    profile = LearnerProfile.objects.filter(user=user).only("time_zone").first()
    zone = ZoneInfo(profile.time_zone if profile else "UTC")
    return at.astimezone(zone).date()


def time_log(
    *, user: User, day: date, minutes: float, topic: str | None = None, note: str = ""
) -> TimeEntry:
    """Log study outside Lemma by hand. Raises ValidationError naming the field."""
    errors: dict[str, str] = {}
    if not 1 <= minutes <= MANUAL_MINUTES_MAX:
        errors["minutes"] = f"Log between 1 and {MANUAL_MINUTES_MAX} minutes."
    if day > _local_day(user, timezone.now()):
        errors["day"] = "You can't log time for a day that hasn't happened yet."
    topic_row = None
    if topic:
        topic_row = Topic.objects.active().filter(slug=topic).first()
        if topic_row is None:
            errors["topic"] = f"No topic '{topic[:80]}'."
    if errors:
        raise ValidationError(errors)
    return TimeEntry.objects.create(
        user=user,
        day=day,
        minutes=minutes,
        topic=topic_row,
        source=TimeEntry.Source.MANUAL,
        note=note[:200],
    )


def attempt_record(*, submission_id: str) -> TopicProgress | None:
    """Update the learner's mastery of the submission's topic from its verdict (once)."""
    submission = (
        Submission.objects.select_related("instance__template__topic", "instance__user")
        .filter(pk=submission_id)
        .first()
    )
    if submission is None or submission.status != Submission.Status.GRADED:
        return None
    instance = submission.instance
    template = instance.template
    at = submission.graded_at or submission.created_at
    # Every graded answer is study time, even one the grader could not read.
    with transaction.atomic():
        entry, _ = TimeEntry.objects.select_for_update().get_or_create(
            user=instance.user,
            day=_local_day(instance.user, at),
            topic=template.topic,
            source=TimeEntry.Source.EXERCISES,
            defaults={"minutes": 0.0},
        )
        entry.minutes += _exercise_minutes(submission, at)
        entry.save(update_fields=["minutes"])
    if submission.code not in EVIDENCE_CODES:
        return None
    attempt = mastery.Attempt(
        at=at,
        correct=bool(submission.correct),
        instance=f"{template.slug}#{instance.seed}",
        guess=mastery.guess_rate(template.kind, len(template.source.get("choices") or [])),
        hinted=instance.hints_revealed > 0,
        solution_seen=instance.solution_revealed_at is not None
        and instance.solution_revealed_at <= at,
    )
    with transaction.atomic():
        progress, _ = TopicProgress.objects.select_for_update().get_or_create(
            user=instance.user, topic=template.topic, defaults={"p_known": mastery.PRIOR}
        )
        before = mastery.Level(shown_level(progress, at))
        if before == mastery.Level.DUE:
            # The review date passed without an event: put that change in the history too.
            assert progress.due_at is not None
            LevelChange.objects.create(
                progress=progress,
                at=progress.due_at,
                from_level=mastery.Level.MASTERED,
                to_level=mastery.Level.DUE,
                p_known=progress.p_known,
                reason=mastery.why(mastery.Level.MASTERED, mastery.Level.DUE, _state(progress)),
            )
        state = mastery.observe(_state(progress), attempt)
        grade = reviews.rating(attempt.correct, attempt.hinted, attempt.solution_seen)
        if progress.card is not None:
            card = reviews.review(reviews.load(progress.card), grade, at)
        elif mastery.level(state) in (mastery.Level.PRACTISED, mastery.Level.MASTERED):
            card = reviews.new_card(at, grade)
        else:
            card = None
        after = mastery.level(state)
        progress.p_known = state.p_known
        progress.attempts = state.attempts
        progress.correct = state.correct
        progress.failures_in_a_row = 0 if attempt.correct else progress.failures_in_a_row + 1
        progress.solved_instances = sorted(state.solved_instances)
        progress.first_success_at = state.first_success
        progress.last_success_at = state.last_success
        progress.last_attempt_at = state.last_attempt
        progress.level = after
        if card is not None:
            progress.card = reviews.dump(card)
            progress.due_at = card.due
        progress.save()
        if attempt.correct and not attempt.hinted and not attempt.solution_seen:
            _credit_prerequisites(progress, at)
        if after != before:
            LevelChange.objects.create(
                progress=progress,
                at=at,
                from_level=before,
                to_level=after,
                p_known=state.p_known,
                reason=mastery.why(before, after, state),
            )
    return progress


def topics_credit(*, user: User, reasons: Mapping[str, str], at: datetime) -> list[str]:
    """Credit topics as mastered on the evidence of placement or a passed test-out quiz, each
    with the reason shown in its history, and a review card (`reviews.credited`) that checks
    the credit in about a week. Topics already mastered are left as they are. Returns the slugs
    credited."""
    credited = []
    with transaction.atomic():
        for topic in Topic.objects.active().filter(slug__in=list(reasons)).order_by("slug"):
            progress, _ = TopicProgress.objects.select_for_update().get_or_create(
                user=user, topic=topic, defaults={"p_known": mastery.PRIOR}
            )
            before = mastery.Level(shown_level(progress, at))
            if before == mastery.Level.MASTERED:
                continue
            progress.p_known = max(progress.p_known, mastery.MASTERED_P)
            progress.credited_at = at
            progress.failures_in_a_row = 0
            card = reviews.credited(
                reviews.load(progress.card) if progress.card is not None else None, at
            )
            progress.card = reviews.dump(card)
            progress.due_at = card.due
            progress.level = mastery.level(_state(progress))
            progress.save()
            LevelChange.objects.create(
                progress=progress,
                at=at,
                from_level=before,
                to_level=progress.level,
                p_known=progress.p_known,
                reason=reasons[topic.slug][:300],
            )
            credited.append(topic.slug)
    return credited
