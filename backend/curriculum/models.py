from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from common.models import TimeStampedModel

from . import content, graph


class Area(models.TextChoices):
    LINEAR_ALGEBRA = "linear-algebra", "Linear algebra"
    CALCULUS = "calculus", "Calculus"
    PROBABILITY_STATISTICS = "probability-statistics", "Probability & statistics"
    OPTIMISATION = "optimisation", "Optimisation"
    DISCRETE_MATHS = "discrete-maths", "Discrete maths"
    ML_MATHS = "ml-maths", "ML-specific maths"
    NOTATION_PROOF = "notation-proof", "Notation & proof"


assert {value for value, _ in Area.choices} == set(content.AREAS)


class Level(models.TextChoices):
    CORE = "core", "Core"
    RECOMMENDED = "recommended", "Recommended"
    OPTIONAL = "optional", "Optional"


class ResourceKind(models.TextChoices):
    COURSE = "course", "Course"
    BOOK = "book", "Book"
    VIDEO = "video", "Video"
    ARTICLE = "article", "Article"
    INTERACTIVE = "interactive", "Interactive"


class ResourceCost(models.TextChoices):
    FREE = "free", "Free"
    PAID = "paid", "Paid"
    FREEMIUM = "freemium", "Freemium"


class ResourceOrigin(models.TextChoices):
    ROADMAPS = "roadmaps", "roadmaps/ files"
    CURATION = "curation", "Added by a curator"


class LinkStatus(models.TextChoices):
    UNCHECKED = "unchecked", "Not checked yet"
    OK = "ok", "Works"
    BROKEN = "broken", "Broken"


class ActiveQuerySet(models.QuerySet):
    def active(self):
        return self.filter(retired_at__isnull=True)


class Topic(TimeStampedModel):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    area = models.CharField(max_length=40, choices=Area.choices, db_index=True)
    summary = models.CharField(max_length=300)
    explanation = models.TextField()
    ml_use = models.TextField("use in ML")
    estimated_hours = models.FloatField()
    retired_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class Prerequisite(models.Model):
    """`prerequisite` must be studied before `topic`."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="prerequisite_links")
    prerequisite = models.ForeignKey(
        Topic, on_delete=models.CASCADE, related_name="dependent_links"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["topic", "prerequisite"], name="unique_prerequisite"),
            models.CheckConstraint(
                condition=~Q(topic=models.F("prerequisite")), name="prerequisite_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.prerequisite} → {self.topic}"

    def clean(self) -> None:
        if not (self.topic_id and self.prerequisite_id):
            return
        if self.topic_id == self.prerequisite_id:
            raise ValidationError("A topic cannot be its own prerequisite.")
        links: dict[int, list[int]] = {}
        existing = Prerequisite.objects.exclude(pk=self.pk).values_list(
            "topic_id", "prerequisite_id"
        )
        for topic_id, prerequisite_id in existing:
            links.setdefault(topic_id, []).append(prerequisite_id)
        if self.topic_id in graph.ancestors([self.prerequisite_id], links):
            raise ValidationError(
                f"This would close a cycle: '{self.topic}' is already a prerequisite "
                f"(directly or indirectly) of '{self.prerequisite}'."
            )


class Role(TimeStampedModel):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300)
    description = models.TextField()
    needs = models.JSONField(default=list, blank=True)
    longer_than_plan = models.BooleanField(default=False)
    position = models.PositiveSmallIntegerField(default=0)
    retired_at = models.DateTimeField(null=True, blank=True)
    topics = models.ManyToManyField(Topic, through="RoleTopic", related_name="roles")

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["position", "title"]

    def __str__(self) -> str:
        return self.title


class RoleTopic(models.Model):
    """A goal topic of a role. Prerequisites of goals are derived, not stored."""

    role = models.ForeignKey(Role, on_delete=models.CASCADE, related_name="goal_links")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="role_links")
    level = models.CharField(max_length=20, choices=Level.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["role", "topic"], name="unique_role_topic")]

    def __str__(self) -> str:
        return f"{self.role}: {self.topic} ({self.level})"


class Resource(TimeStampedModel):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    authors = models.CharField(max_length=300, blank=True)
    provider = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=ResourceKind.choices, db_index=True)
    cost = models.CharField(max_length=20, choices=ResourceCost.choices, db_index=True)
    url = models.URLField(max_length=500)
    description = models.TextField()
    language = models.CharField(
        max_length=12, default="en", help_text="A BCP 47 tag: en, de, pt-BR"
    )
    minutes_to_complete = models.PositiveIntegerField(null=True, blank=True)
    # A curator-added resource is not in roadmaps/, so loading the files must not retire it.
    origin = models.CharField(
        max_length=20, choices=ResourceOrigin.choices, default=ResourceOrigin.ROADMAPS
    )
    link_status = models.CharField(
        max_length=20, choices=LinkStatus.choices, default=LinkStatus.UNCHECKED, db_index=True
    )
    link_checked_at = models.DateTimeField(null=True, blank=True)
    link_final_url = models.URLField(max_length=500, blank=True)
    link_problem = models.CharField(max_length=300, blank=True)
    retired_at = models.DateTimeField(null=True, blank=True)
    topics = models.ManyToManyField(Topic, through="ResourceTopic", related_name="resources")

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        permissions = [("curate", "Can curate resources, suggestions and the curation log")]

    def __str__(self) -> str:
        return self.title


class ResourceTopic(models.Model):
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="resource_links")
    section = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["resource", "topic"], name="unique_resource_topic")
        ]

    def __str__(self) -> str:
        return f"{self.resource} → {self.topic}"


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", "Waiting for a curator"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"


class ResourceSuggestion(TimeStampedModel):
    """A learner's proposal of a resource for a topic, queued for a curator."""

    suggested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resource_suggestions"
    )
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="suggestions")
    title = models.CharField(max_length=200)
    url = models.URLField(max_length=500)
    why = models.TextField(max_length=1000)
    status = models.CharField(
        max_length=20,
        choices=SuggestionStatus.choices,
        default=SuggestionStatus.PENDING,
        db_index=True,
    )
    rejection_reason = models.CharField(max_length=500, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_suggestions",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    resource = models.ForeignKey(
        Resource, on_delete=models.SET_NULL, null=True, blank=True, related_name="suggestions"
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.title} for {self.topic} ({self.status})"


class ResourceRating(TimeStampedModel):
    """Whether a resource helped one learner with one topic; one vote, changeable."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="resource_ratings"
    )
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="ratings")
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="resource_ratings")
    helpful = models.BooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "resource", "topic"], name="unique_resource_rating"
            )
        ]
        indexes = [models.Index(fields=["topic", "resource"])]

    def __str__(self) -> str:
        return f"{self.user} on {self.resource} for {self.topic}: {self.helpful}"


class CurationAction(models.TextChoices):
    RESOURCE_CREATE = "resource_create", "Resource created"
    RESOURCE_UPDATE = "resource_update", "Resource edited"
    RESOURCE_RETIRE = "resource_retire", "Resource retired"
    SUGGESTION_APPROVE = "suggestion_approve", "Suggestion approved"
    SUGGESTION_REJECT = "suggestion_reject", "Suggestion rejected"
    LINK_STATUS = "link_status", "Link status changed"
    REVERT = "revert", "Reverted an earlier entry"


class CurationTarget(models.TextChoices):
    RESOURCE = "resource", "Resource"
    RESOURCE_LINK = "resource_link", "Resource link status"
    SUGGESTION = "suggestion", "Suggestion"


class CurationLogEntry(models.Model):
    """One curation change: who (null for the link checker), what, and the state before and after.

    `before` and `after` are snapshots of the target (see curation_audit); null `before` means
    the target did not exist yet.
    """

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="curation_log_entries",
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=30, choices=CurationAction.choices)
    target_type = models.CharField(max_length=20, choices=CurationTarget.choices)
    target_id = models.PositiveBigIntegerField()
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    reverts = models.OneToOneField(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="reverted_by"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        verbose_name_plural = "curation log entries"

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.target_type} {self.target_id}"


class LinkCheckRun(TimeStampedModel):
    """One pass of the link checker over every active resource, in bounded batches."""

    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Link check of {self.created_at:%Y-%m-%d %H:%M}"


class LinkCheckResult(models.Model):
    run = models.ForeignKey(LinkCheckRun, on_delete=models.CASCADE, related_name="results")
    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="link_checks")
    checked_at = models.DateTimeField()
    ok = models.BooleanField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(max_length=500, blank=True)
    problem = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["resource__title"]
        constraints = [
            models.UniqueConstraint(fields=["run", "resource"], name="unique_link_check_result")
        ]

    def __str__(self) -> str:
        return f"{self.resource}: {'ok' if self.ok else self.problem}"


class TopicMove(models.Model):
    """A rename, merge or split from roadmaps/topic-moves.yaml, applied once: loading again
    finds its key here and leaves learner data alone."""

    key = models.CharField(max_length=1000, unique=True)  # TopicMoveData.key
    kind = models.CharField(max_length=10)
    sources = models.JSONField(default=list)
    targets = models.JSONField(default=list)
    applied_at = models.DateTimeField()
    moved = models.JSONField(default=dict)  # what was carried over: kind of row -> count

    class Meta:
        ordering = ["applied_at", "id"]

    def __str__(self) -> str:
        return self.key
