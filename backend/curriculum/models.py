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
    retired_at = models.DateTimeField(null=True, blank=True)
    topics = models.ManyToManyField(Topic, through="ResourceTopic", related_name="resources")

    objects = ActiveQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

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
