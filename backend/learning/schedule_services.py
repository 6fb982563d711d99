"""Writes for the plan over time: pauses, and the secret of the private calendar feed."""

import secrets
from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import User

from . import pauses
from .models import LearnerProfile, Pause
from .selectors import learner_today

REASON_MAX = 200


def _profile_locked(user: User) -> LearnerProfile:
    """The learner's profile, locked: one pause or feed change at a time per learner."""
    profile = LearnerProfile.objects.select_for_update().filter(user=user).first()
    if profile is None:
        raise ValidationError({"profile": "Set up your learning plan first."})
    return profile


def pause_create(*, user: User, starts_on: date, ends_on: date, reason: str = "") -> Pause:
    """Pause the plan from `starts_on` to `ends_on` (both included). Raises ValidationError
    naming the field: no start in the past or more than a year ahead, an end on or after the
    start, at most pauses.MAX_PAUSE_DAYS days, no overlap with another pause."""
    reason = reason.strip()
    with transaction.atomic():
        profile = _profile_locked(user)
        today = learner_today(profile)
        existing = [
            pauses.Span(a, b)
            for a, b in Pause.objects.filter(user=user).values_list("starts_on", "ends_on")
        ]
        errors = pauses.validate(
            pauses.Span(starts_on, ends_on),
            today=today,
            others=existing,
            upcoming=len(pauses.upcoming(existing, today)),
        )
        if len(reason) > REASON_MAX:
            errors["reason"] = f"Keep the reason under {REASON_MAX} characters."
        if errors:
            raise ValidationError(errors)
        return Pause.objects.create(user=user, starts_on=starts_on, ends_on=ends_on, reason=reason)


def pause_end(*, user: User, pause_id: int) -> str | None:
    """End a running pause (it ends yesterday: today is a study day again) or cancel one that
    has not started. Returns "ended" or "cancelled", or None if there is no such pause; a pause
    that is over already stays (it is history), with a ValidationError."""
    with transaction.atomic():
        profile = _profile_locked(user)
        pause = Pause.objects.filter(user=user, pk=pause_id).first()
        if pause is None:
            return None
        today = learner_today(profile)
        if pause.ends_on < today:
            raise ValidationError({"pause": "This pause is over already."})
        if pause.starts_on >= today:
            pause.delete()
            return "cancelled"
        pause.ends_on = today - timedelta(days=1)
        pause.save(update_fields=["ends_on"])
        return "ended"


def calendar_token_regenerate(*, user: User) -> str:
    """A new secret for the learner's calendar feed; the old feed URL stops working."""
    with transaction.atomic():
        profile = _profile_locked(user)
        profile.calendar_token = secrets.token_urlsafe(32)
        profile.save(update_fields=["calendar_token", "updated_at"])
    return profile.calendar_token


def calendar_token_revoke(*, user: User) -> None:
    with transaction.atomic():
        profile = _profile_locked(user)
        profile.calendar_token = None
        profile.save(update_fields=["calendar_token", "updated_at"])
