from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from common.models import TimeStampedModel
from curriculum.models import Role, Topic

from .mastery import Level


class LearnerProfile(TimeStampedModel):
    """What a learner is aiming for and how much time they have."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learner_profile"
    )
    role = models.ForeignKey(Role, null=True, blank=True, on_delete=models.SET_NULL)
    custom_topics = models.ManyToManyField(Topic, blank=True, related_name="+")
    hours_per_day = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        validators=[MinValueValidator(0.5), MaxValueValidator(4)],
    )
    study_days_per_week = models.PositiveSmallIntegerField(
        default=6, validators=[MinValueValidator(1), MaxValueValidator(7)]
    )
    start_date = models.DateField()
    target_date = models.DateField()
    time_zone = models.CharField(max_length=64, default="UTC")
    # The secret in the learner's private calendar feed URL (calendar apps send no cookies);
    # null until they ask for a feed, replaced to revoke the old URL.
    calendar_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # Opt-in: a weekly email while the forecast says the target date is unlikely.
    remind_when_behind = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"Profile of {self.user}"


class TopicProgress(TimeStampedModel):
    """One learner's state on one topic: the mastery model's estimate and the review card."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_progress"
    )
    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="+")
    level = models.CharField(
        max_length=20,
        choices=[(level.value, level.value.replace("_", " ")) for level in Level],
        default=Level.NOT_STARTED,
    )
    p_known = models.FloatField()
    attempts = models.PositiveIntegerField(default=0)
    correct = models.PositiveIntegerField(default=0)
    failures_in_a_row = models.PositiveIntegerField(default=0)
    solved_instances = models.JSONField(default=list)
    first_success_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    card = models.JSONField(null=True, blank=True)  # the FSRS card, once practised
    implicit_credit = models.FloatField(default=0.0)  # from practice on topics that build on it
    due_at = models.DateTimeField(null=True, blank=True)
    # Set when placement or a test-out quiz credited the topic: that evidence stands in for the
    # distinct instances and the delayed success that mastery otherwise needs.
    credited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "topic"], name="one_progress_per_topic")
        ]
        indexes = [models.Index(fields=["user", "due_at"])]

    def __str__(self) -> str:
        return f"{self.user} on {self.topic}: {self.level}"


class LevelChange(models.Model):
    """Why a topic's level changed: the per-topic history the learner can read."""

    progress = models.ForeignKey(TopicProgress, on_delete=models.CASCADE, related_name="history")
    at = models.DateTimeField()
    from_level = models.CharField(max_length=20)
    to_level = models.CharField(max_length=20)
    p_known = models.FloatField()
    reason = models.CharField(max_length=300)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.from_level} -> {self.to_level} at {self.at:%Y-%m-%d}"


class TimeEntry(models.Model):
    """Study time: minutes from exercise activity (one row per day and topic, added up), or
    logged by hand for work outside Lemma (a course video, a book chapter)."""

    class Source(models.TextChoices):
        EXERCISES = "exercises", "Exercises"
        MANUAL = "manual", "Logged by hand"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="time_entries"
    )
    day = models.DateField()
    topic = models.ForeignKey(Topic, null=True, blank=True, on_delete=models.SET_NULL)
    source = models.CharField(max_length=10, choices=Source.choices)
    minutes = models.FloatField(validators=[MinValueValidator(0)])
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["user", "day"])]
        constraints = [
            # Exercise time is added up in one row per day and topic. Without this, two workers
            # grading the same learner at once could both create the row, and every later
            # answer that day would fail to record (found by the fault tests).
            models.UniqueConstraint(
                fields=["user", "day", "topic"],
                condition=models.Q(source="exercises"),
                name="one_exercise_time_row_per_day_and_topic",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.day}: {self.minutes:.0f} min ({self.source})"


class Pause(models.Model):
    """A holiday from the plan: no queue, no study days in the forecast, and the reviews that
    fall due meanwhile are spread over the days after it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pauses"
    )
    starts_on = models.DateField()
    ends_on = models.DateField()  # the last day of the pause, included
    reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["starts_on", "id"]
        indexes = [models.Index(fields=["user", "ends_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="pause_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} paused {self.starts_on} to {self.ends_on}"
