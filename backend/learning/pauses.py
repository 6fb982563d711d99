"""Pauses (holidays) and the catch-up after one. Pure: no Django imports.

While a pause runs there is no queue, and the forecast and the milestones count its days as
non-study days. Reviews keep falling due meanwhile (memory does not pause); afterwards they are
not all thrown at the learner on the first day back: at most REVIEW_BUDGET_SHARE of each day's
budget goes to reviews until the pile is cleared, the most forgotten first.
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

MAX_PAUSE_DAYS = 60
MAX_PAUSE_AHEAD_DAYS = 366  # planned at most a year ahead
MAX_UPCOMING_PAUSES = 10
CATCH_UP_WINDOW_DAYS = 28  # a pile older than this is plain overdue work, not a catch-up
REVIEW_BUDGET_SHARE = 1 / 3


@dataclass(frozen=True)
class Span:
    starts_on: date
    ends_on: date  # included

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


def validate(
    span: Span, *, today: date, others: Iterable[Span], upcoming: int = 0
) -> dict[str, str]:
    """Errors by field for a new pause (empty when it is fine)."""
    errors: dict[str, str] = {}
    if span.starts_on < today:
        errors["starts_on"] = "A pause can't start in the past; start it today or later."
    elif span.starts_on > today + timedelta(days=MAX_PAUSE_AHEAD_DAYS):
        errors["starts_on"] = "A pause can start at most a year ahead."
    if span.ends_on < span.starts_on:
        errors["ends_on"] = "The pause must end on or after the day it starts."
    elif span.days > MAX_PAUSE_DAYS:
        errors["ends_on"] = f"A pause can last at most {MAX_PAUSE_DAYS} days."
    if not errors:
        clash = next(
            (o for o in others if o.starts_on <= span.ends_on and span.starts_on <= o.ends_on),
            None,
        )
        if clash is not None:
            errors["starts_on"] = (
                f"This overlaps your pause from {clash.starts_on:%-d %B} to {clash.ends_on:%-d %B}."
            )
        elif upcoming >= MAX_UPCOMING_PAUSES:
            errors["starts_on"] = f"You already have {MAX_UPCOMING_PAUSES} pauses planned."
    return errors


def active(spans: Iterable[Span], day: date) -> Span | None:
    return next((span for span in spans if span.covers(day)), None)


def paused_offsets(spans: Iterable[Span], start: date, horizon_days: int) -> set[int]:
    """Days after `start` (1 = the day after) that fall in a pause, up to the horizon."""
    offsets: set[int] = set()
    for span in spans:
        first = max(1, (span.starts_on - start).days)
        last = min(horizon_days, (span.ends_on - start).days)
        offsets.update(range(first, last + 1))
    return offsets


def paused_days(spans: Iterable[Span], first: date, last: date) -> int:
    """How many days from `first` to `last` (both included) fall in a pause."""
    return sum(
        max(0, (min(last, span.ends_on) - max(first, span.starts_on)).days + 1) for span in spans
    )


def review_cap(budget_minutes: int, review_minutes: int) -> int:
    """Reviews a day during a catch-up: a third of the budget, at least one."""
    return max(1, int(budget_minutes * REVIEW_BUDGET_SHARE) // review_minutes)


@dataclass(frozen=True)
class CatchUp:
    pause: Span
    piled: int  # reviews that fell due by the end of the pause and are still due
    per_day: int
    days: int  # study days to clear the pile at per_day
    left_today: int  # reviews still allowed today
    message: str


def catch_up(
    *,
    spans: Sequence[Span],
    today: date,
    due: Iterable[date],
    reviewed_today: int,
    budget_minutes: int,
    review_minutes: int,
) -> CatchUp | None:
    """The catch-up after the latest finished pause, or None when there is nothing to catch up.
    `due`: the day each review that is due now fell due (in the learner's time zone)."""
    ended = [span for span in spans if span.ends_on < today]
    if not ended:
        return None
    last = max(ended, key=lambda span: span.ends_on)
    if (today - last.ends_on).days > CATCH_UP_WINDOW_DAYS:
        return None
    piled = sum(1 for day in due if day <= last.ends_on)
    if piled == 0:
        return None
    per_day = review_cap(budget_minutes, review_minutes)
    days = math.ceil(piled / per_day)
    reviews = "review" if piled == 1 else "reviews"
    spread = "all for today" if days == 1 else f"spread over {days} days"
    message = (
        f"Welcome back: {piled} {reviews} piled up while you were away, {spread} "
        f"(at most {per_day} a day, the most forgotten first)."
    )
    return CatchUp(last, piled, per_day, days, max(0, per_day - reviewed_today), message)


def upcoming(spans: Iterable[Span], today: date) -> list[Span]:
    return sorted(
        (span for span in spans if span.starts_on > today), key=lambda span: span.starts_on
    )


def paused_message(span: Span, waiting_reviews: int) -> str:
    back = span.ends_on + timedelta(days=1)
    text = f"You're taking a break until {span.ends_on:%-d %B}: nothing is planned for today."
    if waiting_reviews:
        reviews = "review waits" if waiting_reviews == 1 else "reviews wait"
        text += (
            f" {waiting_reviews} {reviews} for you; nothing counts as overdue while you're away,"
            f" and from {back:%-d %B} they are spread over the days after your break."
        )
    else:
        text += f" Your plan picks up again on {back:%-d %B}."
    return text
