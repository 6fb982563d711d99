"""Everything Lemma stores about one learner, as one JSON document they can download.

One function per section (an app, or a part of one); each returns a dict whose lists of rows are
lazy iterators over `.values()` querysets, so `stream_json` writes a learner with tens of
thousands of submissions a chunk at a time, in a fixed number of queries. Rows name topics,
templates and resources by slug, and never carry secrets: no password hash, no calendar-feed
token (only whether one exists), no invite codes.

tests/test_export.py walks every model that hangs on the user model and fails when one is not
read here (or listed there as deliberately left out).
"""

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import F, Prefetch, QuerySet
from django.utils import timezone

from common.models import EmailSent
from curriculum.models import CurationLogEntry, ResourceRating, ResourceSuggestion
from exercises.models import ExerciseInstance, Submission
from groups.models import Answer, Invite, Membership, Note, PublicProfile, Question, StudyGroup
from learning.models import LearnerProfile, LevelChange, Pause, TimeEntry, TopicProgress
from placement.models import Assessment
from placement.models import Question as AssessmentQuestion

from .models import User

FORMAT = "lemma-account-export"
VERSION = 1
CHUNK_SIZE = 500  # rows fetched at a time when streaming a long list


def _rows(queryset: QuerySet[Any, Any]) -> Iterator[Any]:
    return queryset.iterator(chunk_size=CHUNK_SIZE)


def account_section(user: User) -> dict[str, Any]:
    return {
        "id": user.pk,
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def _plan(user: User) -> dict[str, Any] | None:
    profile = (
        LearnerProfile.objects.filter(user=user)
        .select_related("role")
        .prefetch_related("custom_topics")
        .first()
    )
    if profile is None:
        return None
    return {
        "role": profile.role.slug if profile.role else None,
        "custom_topics": sorted(topic.slug for topic in profile.custom_topics.all()),
        "hours_per_day": profile.hours_per_day,
        "study_days_per_week": profile.study_days_per_week,
        "start_date": profile.start_date,
        "target_date": profile.target_date,
        "time_zone": profile.time_zone,
        "remind_when_behind": profile.remind_when_behind,
        "calendar_feed": profile.calendar_token is not None,
        "created_at": profile.created_at,
        "updated_at": profile.updated_at,
    }


def learning_section(user: User) -> dict[str, Any]:
    """The plan, mastery of each topic with its review card and level history, study time and
    pauses."""
    return {
        "plan": _plan(user),
        "topic_progress": _rows(
            TopicProgress.objects.filter(user=user)
            .order_by("topic__slug")
            .values(
                "level",
                "p_known",
                "attempts",
                "correct",
                "failures_in_a_row",
                "solved_instances",
                "implicit_credit",
                "first_success_at",
                "last_success_at",
                "last_attempt_at",
                "due_at",
                "credited_at",
                "created_at",
                "updated_at",
                topic_slug=F("topic__slug"),
                review_card=F("card"),
            )
        ),
        "level_history": _rows(
            LevelChange.objects.filter(progress__user=user)
            .order_by("at", "id")
            .values(
                "at",
                "from_level",
                "to_level",
                "p_known",
                "reason",
                topic_slug=F("progress__topic__slug"),
            )
        ),
        "time_entries": _rows(
            TimeEntry.objects.filter(user=user)
            .order_by("day", "id")
            .values(
                "day",
                "minutes",
                "note",
                "created_at",
                kind=F("source"),
                topic_slug=F("topic__slug"),
            )
        ),
        "pauses": _rows(
            Pause.objects.filter(user=user)
            .order_by("starts_on", "id")
            .values("starts_on", "ends_on", "reason", "created_at")
        ),
    }


def exercises_section(user: User) -> dict[str, Any]:
    """Every exercise the learner opened and every answer they sent, with its verdict."""
    return {
        "instances": _rows(
            ExerciseInstance.objects.filter(user=user)
            .order_by("created_at", "id")
            .values(
                "id",
                "seed",
                "hints_revealed",
                "solution_revealed_at",
                "created_at",
                "updated_at",
                template_slug=F("template__slug"),
                topic_slug=F("template__topic__slug"),
            )
        ),
        "submissions": _rows(
            Submission.objects.filter(instance__user=user)
            .order_by("created_at", "id")
            .values(
                "id",
                "answer",
                "interpretation",
                "status",
                "correct",
                "code",
                "feedback",
                "form_ok",
                "misconception",
                "error_position",
                "suggestion",
                "method",
                "grader_version",
                "attempts",
                "created_at",
                "started_at",
                "graded_at",
                "instance_id",
            )
        ),
    }


def placement_section(user: User) -> dict[str, Any]:
    """Placements and test-out quizzes with their questions (the answers themselves are among
    the exercise submissions, through each question's instance)."""
    questions = AssessmentQuestion.objects.select_related("topic").order_by("position")
    assessments = (
        Assessment.objects.filter(user=user)
        .select_related("topic")
        .prefetch_related(Prefetch("questions", queryset=questions))
        .order_by("created_at", "id")
    )
    return {
        "assessments": [
            {
                "id": assessment.pk,
                "kind": assessment.kind,
                "topic_slug": assessment.topic.slug if assessment.topic else None,
                "topics": assessment.topics,
                "status": assessment.status,
                "stop_reason": assessment.stop_reason,
                "confidence": assessment.confidence,
                "result": assessment.result,
                "created_at": assessment.created_at,
                "updated_at": assessment.updated_at,
                "finished_at": assessment.finished_at,
                "questions": [
                    {
                        "position": question.position,
                        "topic_slug": question.topic.slug,
                        "instance_id": question.instance_id,
                        "outcome": question.outcome,
                        "answered_at": question.answered_at,
                    }
                    for question in assessment.questions.all()
                ],
            }
            for assessment in assessments
        ]
    }


def notes_section(user: User) -> dict[str, Any]:
    """Notes with the groups each is shared with, and the public profile's settings."""
    notes = (
        Note.objects.filter(author=user)
        .select_related("topic")
        .prefetch_related("shares__membership")
        .order_by("topic__slug")
    )
    profile = PublicProfile.objects.filter(user=user).first()
    return {
        "notes": [
            {
                "id": note.pk,
                "topic_slug": note.topic.slug,
                "body": note.body,
                "visibility": note.visibility,
                "shared_with_groups": sorted(
                    str(share.membership.group_id) for share in note.shares.all()
                ),
                "created_at": note.created_at,
                "updated_at": note.updated_at,
            }
            for note in notes
        ],
        "public_profile": None
        if profile is None
        else {
            "enabled": profile.enabled,
            "display_name": profile.display_name,
            "updated_at": profile.updated_at,
        },
    }


def groups_section(user: User) -> dict[str, Any]:
    """Memberships and their sharing settings, groups and invites the learner created (not the
    invite codes), and what they wrote in group discussions."""
    return {
        "memberships": _rows(
            Membership.objects.filter(user=user)
            .order_by("joined_at", "id")
            .values(
                "role",
                "joined_at",
                "share_progress",
                "share_hours",
                "digest_email",
                "group_id",
                group_name=F("group__name"),
            )
        ),
        "groups_created": _rows(
            StudyGroup.objects.filter(created_by=user)
            .order_by("created_at", "id")
            .values("id", "name", "created_at")
        ),
        "invites_created": _rows(
            Invite.objects.filter(created_by=user)
            .order_by("created_at", "id")
            .values("group_id", "created_at", "expires_at", "max_uses", "uses", "revoked_at")
        ),
        "questions": _rows(
            Question.objects.filter(author=user)
            .order_by("created_at", "id")
            .values(
                "id",
                "title",
                "body",
                "created_at",
                "updated_at",
                "group_id",
                topic_slug=F("topic__slug"),
            )
        ),
        "answers": _rows(
            Answer.objects.filter(author=user)
            .order_by("created_at", "id")
            .values(
                "id",
                "body",
                "helpful",
                "created_at",
                "updated_at",
                "question_id",
                group_id=F("question__group"),
            )
        ),
        "helpful_marks": _rows(
            Answer.objects.filter(marked_by=user)
            .order_by("id")
            .values("question_id", answer_id=F("id"), group_id=F("question__group"))
        ),
    }


def curation_section(user: User) -> dict[str, Any]:
    """Resources the learner suggested and rated; for a curator, also what they reviewed and
    changed."""
    return {
        "suggestions": _rows(
            ResourceSuggestion.objects.filter(suggested_by=user)
            .order_by("created_at", "id")
            .values(
                "id",
                "title",
                "url",
                "why",
                "status",
                "rejection_reason",
                "reviewed_at",
                "created_at",
                "updated_at",
                topic_slug=F("topic__slug"),
            )
        ),
        "ratings": _rows(
            ResourceRating.objects.filter(user=user)
            .order_by("created_at", "id")
            .values(
                "helpful",
                "created_at",
                "updated_at",
                resource_slug=F("resource__slug"),
                topic_slug=F("topic__slug"),
            )
        ),
        "suggestions_reviewed": _rows(
            ResourceSuggestion.objects.filter(reviewed_by=user)
            .order_by("reviewed_at", "id")
            .values("id", "title", "status", "reviewed_at", topic_slug=F("topic__slug"))
        ),
        "log_entries": _rows(
            CurationLogEntry.objects.filter(actor=user)
            .order_by("created_at", "id")
            .values("id", "created_at", "action", "target_type", "target_id")
        ),
    }


def emails_section(user: User) -> dict[str, Any]:
    """The weekly emails sent to the learner (which kind, which week; not their text)."""
    return {
        "sent": _rows(
            EmailSent.objects.filter(user=user)
            .order_by("week", "id")
            .values("kind", "about", "week", "claimed_at", "sent_at")
        )
    }


SECTIONS = {
    "account": account_section,
    "learning": learning_section,
    "exercises": exercises_section,
    "placement": placement_section,
    "notes": notes_section,
    "groups": groups_section,
    "curation": curation_section,
    "emails": emails_section,
}


def export_document(*, user: User) -> dict[str, Any]:
    """The whole export. Its long lists are lazy: they query as `stream_json` reaches them."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now(),
        **{name: section(user) for name, section in SECTIONS.items()},
    }


def export_filename(*, user: User) -> str:
    return f"lemma-export-{user.username}-{timezone.localdate():%Y-%m-%d}.json"


_encode = DjangoJSONEncoder(ensure_ascii=False).encode


def _pieces(value: Any) -> Iterator[str]:
    if isinstance(value, Mapping):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            yield f"{',' if index else ''}{_encode(str(key))}:"
            yield from _pieces(item)
        yield "}"
    elif isinstance(value, Iterator):
        # A row is small: encode it whole.
        yield "["
        for index, row in enumerate(value):
            yield f"{',' if index else ''}{_encode(row)}"
        yield "]"
    else:
        yield _encode(value)


def stream_json(document: Mapping[str, Any], *, chunk_chars: int = 64 * 1024) -> Iterable[bytes]:
    """Encode `document` as UTF-8 JSON in chunks of about `chunk_chars`: mappings become objects,
    iterators become arrays written row by row, anything else is encoded whole."""
    buffer: list[str] = []
    size = 0
    for piece in _pieces(document):
        buffer.append(piece)
        size += len(piece)
        if size >= chunk_chars:
            yield "".join(buffer).encode()
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode()
