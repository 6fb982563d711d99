import uuid

from django.conf import settings
from django.db import models

from common.models import TimeStampedModel
from curriculum.models import Topic


class ExerciseTemplate(TimeStampedModel):
    """A template loaded from roadmaps/exercises/. `source` keeps the whole YAML entry."""

    slug = models.SlugField(max_length=80, unique=True)
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="exercise_templates")
    title = models.CharField(max_length=200)
    difficulty = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=20)
    source = models.JSONField()
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["topic__title", "difficulty", "slug"]

    def __str__(self) -> str:
        return self.title


class ExerciseInstance(TimeStampedModel):
    """One learner's copy of (template, seed): hints revealed, solution revealed."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exercise_instances"
    )
    template = models.ForeignKey(
        ExerciseTemplate, on_delete=models.PROTECT, related_name="instances"
    )
    seed = models.PositiveIntegerField()
    hints_revealed = models.PositiveSmallIntegerField(default=0)
    solution_revealed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.template.slug}#{self.seed}"


class Submission(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        GRADING = "grading", "Grading"
        GRADED = "graded", "Graded"
        FAILED = "failed", "Failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    instance = models.ForeignKey(
        ExerciseInstance, on_delete=models.CASCADE, related_name="submissions"
    )
    answer = models.TextField()
    interpretation = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    graded_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    correct = models.BooleanField(null=True)
    code = models.CharField(max_length=40, blank=True)
    feedback = models.TextField(blank=True)
    form_ok = models.BooleanField(null=True)
    misconception = models.CharField(max_length=80, blank=True)
    error_position = models.PositiveIntegerField(null=True, blank=True)
    suggestion = models.CharField(max_length=300, blank=True)
    grader_version = models.CharField(max_length=20, blank=True)
    sample_points = models.JSONField(default=list, blank=True)
    method = models.CharField(max_length=20, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.instance} {self.status}"
