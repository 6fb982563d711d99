import uuid

from django.conf import settings
from django.db import models

from common.models import TimeStampedModel
from curriculum.models import Topic
from exercises.models import ExerciseInstance


class Assessment(TimeStampedModel):
    """A placement over the learner's goal, or a test-out quiz on one topic. Its answers are
    stored as questions, so it can be resumed and recomputed at any time."""

    class Kind(models.TextChoices):
        PLACEMENT = "placement", "Placement"
        TEST_OUT = "test_out", "Test-out quiz"

    class Status(models.TextChoices):
        ACTIVE = "active", "In progress"
        FINISHED = "finished", "Finished"
        SKIPPED = "skipped", "Skipped"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assessments"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    topic = models.ForeignKey(  # the topic a test-out quiz is about
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    topics = models.JSONField(default=list)  # the placement's topics, fixed when it starts
    seed = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    stop_reason = models.CharField(max_length=20, blank=True)
    confidence = models.FloatField(null=True, blank=True)  # expected share placed correctly
    finished_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(null=True, blank=True)  # per topic: verdict, p_known, why

    class Meta:
        indexes = [models.Index(fields=["user", "kind", "status"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.user} ({self.status})"


class Question(models.Model):
    """One question of an assessment: a real exercise instance, answered through the exercise
    API and graded by the engine, or answered "I don't know"."""

    class Outcome(models.TextChoices):
        CORRECT = "correct", "Right"
        INCORRECT = "incorrect", "Not right"
        DONT_KNOW = "dont_know", "I don't know"

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    instance = models.OneToOneField(
        ExerciseInstance, on_delete=models.CASCADE, related_name="assessment_question"
    )
    guess = models.FloatField()  # the chance of a right answer without knowing
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["assessment", "position"], name="one_question_per_slot")
        ]

    def __str__(self) -> str:
        return f"Q{self.position} on {self.topic_id}: {self.outcome or 'open'}"
