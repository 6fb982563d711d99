"""Which models hold data about a user, found by walking the model graph, and a learner with a
row in every one of them (on the small curriculum with the `vectors` exercise templates)."""

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone

from accounts.models import User
from common.models import EmailSent
from curriculum.models import (
    CurationAction,
    CurationLogEntry,
    CurationTarget,
    Resource,
    ResourceRating,
    ResourceSuggestion,
    Role,
    Topic,
)
from exercises.models import ExerciseInstance, ExerciseTemplate, Submission
from groups import services as group_services
from groups.models import (
    Answer,
    Invite,
    Membership,
    Note,
    NoteShare,
    PublicProfile,
    Question,
)
from learning.models import LearnerProfile, LevelChange, Pause, TimeEntry, TopicProgress
from placement.models import Assessment
from placement.models import Question as AssessmentQuestion

PASSWORD = "a-long-Unusual-passphrase-42"


@dataclass(frozen=True)
class UserLink:
    """Rows of `model` are about a user through `path` (a lookup ending at the user).

    `owned`: every hop is CASCADE, so the rows go when the account goes; otherwise the last hop
    is a reference (SET_NULL) that outlives the account."""

    model: type[models.Model]
    path: str
    owned: bool
    column: str  # the first hop's column, as "table"."column" in SQL

    @property
    def label(self) -> str:
        return f"{self.model._meta.label}.{self.path}"

    def rows_of(self, user: User) -> Any:
        return self.model._default_manager.filter(**{self.path: user})


def _links_to(target: type[models.Model]) -> list[tuple[type[models.Model], Any]]:
    return [
        (model, field)
        for model in apps.get_models(include_auto_created=True)
        for field in model._meta.get_fields()
        if field.concrete
        and (field.many_to_one or field.one_to_one)
        and field.related_model is target
    ]


def user_links() -> list[UserLink]:
    """Every model with a foreign key or one-to-one to the user model, and every model that
    hangs (by CASCADE, hop after hop) on one that the user owns: Submission through
    ExerciseInstance, LevelChange through TopicProgress, NoteShare through Note and Membership.
    Auto-created many-to-many tables count too."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found: list[UserLink] = []
    frontier: list[UserLink] = []
    for model, field in _links_to(user_model):
        owned = field.remote_field.on_delete is models.CASCADE
        link = UserLink(model, field.name, owned, f'"{model._meta.db_table}"."{field.column}"')
        found.append(link)
        if owned:
            frontier.append(link)
    while frontier:
        parent = frontier.pop()
        for model, field in _links_to(parent.model):
            if field.remote_field.on_delete is not models.CASCADE:
                continue
            path = f"{field.name}__{parent.path}"
            link = UserLink(model, path, True, f'"{model._meta.db_table}"."{field.column}"')
            if link not in found:
                found.append(link)
                frontier.append(link)
    return found


def row_counts(user: User) -> dict[str, int]:
    return {link.label: link.rows_of(user).count() for link in user_links()}


def fill_every_app(username: str, *, email: str = "") -> User:
    """A learner with rows in every app: plan, mastery with history, time and a pause, an
    exercise with a graded answer, a placement, a group they own with an invite, a question
    and a helpful answer, a shared note, a public profile, a suggestion, a rating, a curation
    log entry and a sent email."""
    now = timezone.now()
    today = timezone.localdate()
    user = User.objects.create_user(username, email or f"{username}@example.org", PASSWORD)
    vectors = Topic.objects.get(slug="vectors")
    template = ExerciseTemplate.objects.get(slug="vector-sum")

    profile = LearnerProfile.objects.create(
        user=user,
        role=Role.objects.get(slug="scientist"),
        hours_per_day=Decimal("1.50"),
        start_date=today,
        target_date=today + timedelta(days=90),
        calendar_token=f"calendar-secret-of-{username}",
    )
    profile.custom_topics.add(Topic.objects.get(slug="matrices"))
    progress = TopicProgress.objects.create(
        user=user, topic=vectors, level="practised", p_known=0.6, attempts=2, correct=1
    )
    LevelChange.objects.create(
        progress=progress,
        at=now,
        from_level="not_started",
        to_level="practised",
        p_known=0.6,
        reason=f"{username} answered right",
    )
    TimeEntry.objects.create(
        user=user, day=today, topic=vectors, source="manual", minutes=25, note="Read a chapter"
    )
    Pause.objects.create(
        user=user,
        starts_on=today + timedelta(days=10),
        ends_on=today + timedelta(days=12),
        reason="Holiday",
    )

    instance = ExerciseInstance.objects.create(user=user, template=template, seed=7)
    Submission.objects.create(
        instance=instance,
        answer=f"answer of {username}",
        status=Submission.Status.GRADED,
        correct=True,
        code="correct",
        feedback="Right.",
        graded_at=now,
    )
    assessment = Assessment.objects.create(
        user=user, kind=Assessment.Kind.PLACEMENT, topics=["vectors"], seed=1
    )
    AssessmentQuestion.objects.create(
        assessment=assessment,
        position=1,
        topic=vectors,
        instance=ExerciseInstance.objects.create(user=user, template=template, seed=8),
        guess=0.1,
        outcome=AssessmentQuestion.Outcome.CORRECT,
        answered_at=now,
    )

    group = group_services.group_create(
        user=user, data=group_services.GroupInput(name=f"Circle of {username}")
    )
    Invite.objects.create(
        group=group,
        code=f"invite-secret-of-{username}",
        created_by=user,
        expires_at=now + timedelta(days=7),
    )
    question = Question.objects.create(
        group=group, topic=vectors, author=user, title=f"Question of {username}", body="Why?"
    )
    Answer.objects.create(
        question=question,
        author=user,
        body=f"Answer of {username}",
        helpful=True,
        marked_by=user,
    )
    note = Note.objects.create(
        author=user, topic=vectors, body=f"Note of {username}: $x$", visibility="groups"
    )
    NoteShare.objects.create(note=note, membership=Membership.objects.get(user=user, group=group))
    PublicProfile.objects.create(user=user, enabled=True, display_name=username.title())

    suggestion = ResourceSuggestion.objects.create(
        suggested_by=user,
        topic=vectors,
        title=f"Video found by {username}",
        url="https://example.org/video",
        why="It explains it well.",
        reviewed_by=user,
        reviewed_at=now,
        status="rejected",
    )
    ResourceRating.objects.create(
        user=user, resource=Resource.objects.get(slug="free-notes"), topic=vectors, helpful=True
    )
    CurationLogEntry.objects.create(
        actor=user,
        action=CurationAction.SUGGESTION_REJECT,
        target_type=CurationTarget.SUGGESTION,
        target_id=suggestion.pk,
        before={"status": "pending"},
        after={"status": "rejected"},
    )
    EmailSent.objects.create(
        user=user,
        kind=EmailSent.Kind.BEHIND_PLAN,
        week=today - timedelta(days=today.weekday()),
        sent_at=now,
    )
    return user
