import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from common.models import TimeStampedModel
from curriculum.models import Role, Topic

NAME_MAX = 80
DESCRIPTION_MAX = 1000
TITLE_MAX = 200
BODY_MAX = 10_000
MEMBER_LIMIT_MAX = 500
# Who wrote a question or answer whose author has deleted their account. Usernames cannot
# contain spaces, so no account can be called this.
DELETED_LEARNER = "Deleted learner"


class StudyGroup(TimeStampedModel):
    """Learners studying together. With a goal role, the group shares the roadmap of that
    role's core topics (and what they need)."""

    class Visibility(models.TextChoices):
        PRIVATE = "private", "Private"
        PUBLIC = "public", "Public"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=NAME_MAX)
    description = models.CharField(max_length=DESCRIPTION_MAX, blank=True)
    goal = models.ForeignKey(Role, null=True, blank=True, on_delete=models.SET_NULL)
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    member_limit = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(2), MaxValueValidator(MEMBER_LIMIT_MAX)],
    )
    # This week's goal, set by the group's admins: hours studied and/or topics mastered.
    weekly_hours = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0.5), MaxValueValidator(80)],
    )
    weekly_topics = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )

    class Meta:
        indexes = [models.Index(fields=["visibility", "created_at"])]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", "Owner"
        ADMIN = "admin", "Admin"
        MEMBER = "member", "Member"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="group_memberships"
    )
    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField()
    share_progress = models.BooleanField(default=True)
    share_hours = models.BooleanField(default=False)
    digest_email = models.BooleanField(default=True)  # the weekly group digest by email

    class Meta:
        ordering = ["joined_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "group"], name="one_membership_per_group"),
            models.UniqueConstraint(
                fields=["group"], condition=Q(role="owner"), name="one_owner_per_group"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.group} ({self.role})"

    @property
    def manages(self) -> bool:
        return self.role in (self.Role.OWNER, self.Role.ADMIN)


class Invite(models.Model):
    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="invites")
    code = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    max_uses = models.PositiveIntegerField(null=True, blank=True)
    uses = models.PositiveIntegerField(default=0)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Invite to {self.group} ({self.uses} uses)"


class Question(TimeStampedModel):
    """A question about one topic, asked in one group. Title and body are raw text (the body
    is Markdown rendered by the client); the server never renders HTML."""

    group = models.ForeignKey(StudyGroup, on_delete=models.CASCADE, related_name="questions")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    # Null once the author deleted their account: the discussion stays, shown as written by
    # DELETED_LEARNER.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="group_questions",
    )
    title = models.CharField(max_length=TITLE_MAX)
    body = models.TextField(max_length=BODY_MAX)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["group", "topic", "created_at"])]

    def __str__(self) -> str:
        return self.title


class Answer(TimeStampedModel):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(  # null once the author deleted their account
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="group_answers",
    )
    body = models.TextField(max_length=BODY_MAX)
    helpful = models.BooleanField(default=False)
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Answer to {self.question_id}"


NOTE_BODY_MAX = 20_000
DISPLAY_NAME_MAX = 60


class Note(models.Model):
    """A learner's own notes on one topic: Markdown with $…$ maths, stored exactly as written
    and never rendered to HTML by the server (the client renders it without raw HTML)."""

    class Visibility(models.TextChoices):
        PRIVATE = "private", "Only me"
        GROUPS = "groups", "My groups"
        PUBLIC = "public", "Public"

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notes"
    )
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(max_length=NOTE_BODY_MAX)
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["author", "topic"], name="one_note_per_topic")
        ]
        indexes = [models.Index(fields=["author", "visibility"])]

    def __str__(self) -> str:
        return f"{self.author} on {self.topic_id}"


class NoteShare(models.Model):
    """A note shared with one of its author's groups. It hangs on the author's membership, so
    leaving the group (or being removed from it) ends the sharing."""

    note = models.ForeignKey(Note, on_delete=models.CASCADE, related_name="shares")
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="note_shares")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["note", "membership"], name="one_share_per_group")
        ]

    def __str__(self) -> str:
        return f"{self.note} in {self.membership.group_id}"


class PublicProfile(models.Model):
    """Whether a learner shows a public page with their public notes (off unless they turn it
    on), under their username and an optional display name."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="public_profile",
    )
    enabled = models.BooleanField(default=False)
    display_name = models.CharField(max_length=DISPLAY_NAME_MAX, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.user} ({'public' if self.enabled else 'hidden'})"
