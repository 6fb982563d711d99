"""The opt-in behind-plan reminder: who may get one this week, and its words."""

from datetime import date

from common.emails import Email
from common.models import EmailSent

from .models import LearnerProfile


def reminder_profile_ids(*, week: date, after: int, limit: int) -> list[int]:
    """Profiles that asked for the reminder, with an email address and none sent this week,
    in id order after `after`."""
    sent = EmailSent.objects.filter(kind=EmailSent.Kind.BEHIND_PLAN, week=week).values("user_id")
    return list(
        LearnerProfile.objects.filter(pk__gt=after, remind_when_behind=True, user__is_active=True)
        .exclude(user__email="")
        .exclude(user_id__in=sent)
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )


def behind_email(*, username: str, message: str, target: date, site_url: str) -> Email:
    link = f"{site_url}/plan"
    return Email(
        subject="Your Lemma plan is behind",
        intro=[
            f"Hi {username},",
            f"Your plan is behind: at your current pace, reaching your goal by your target "
            f"date ({target:%-d %B %Y}) is unlikely.",
            message,
            f"You can change your daily hours, your target date or your goal on your plan: {link}",
        ],
        footer=[
            "You get this email at most once a week because you turned on “Email me when my "
            "plan is behind”.",
            f"To stop it, turn that setting off in your plan settings on Your plan ({link}).",
        ],
    )
