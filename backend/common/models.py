from django.conf import settings
from django.db import models


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class EmailSent(models.Model):
    """One email of a weekly kind to one user: the row is claimed before the email is sent, so
    a re-run or a second worker never sends it twice. `about` tells apart emails of one kind
    (a group's id for the group digest)."""

    class Kind(models.TextChoices):
        GROUP_DIGEST = "group_digest", "Weekly group digest"
        BEHIND_PLAN = "behind_plan", "Behind-plan reminder"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="emails_sent"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    about = models.CharField(max_length=64, blank=True)
    week = models.DateField(help_text="The Monday of the ISO week the email is for.")
    claimed_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "about", "week"], name="one_email_per_kind_and_week"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.about} to {self.user_id} for {self.week}"
