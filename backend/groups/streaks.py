"""Streak milestones for the activity feed. Pure: no Django imports.

A streak is a run of consecutive days with any study. A learner "kept a streak of N days" on the
day a run reaches N, for N in MILESTONES (a long run yields one event per milestone it passes,
not one per day)."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

MILESTONES = (3, 7, 14, 30, 60, 100, 200, 365)


@dataclass(frozen=True)
class Milestone:
    day: date
    days: int


def milestones(study_days: Iterable[date], since: date | None = None) -> list[Milestone]:
    """Every milestone reached in `study_days`, oldest first; only those reached on or after
    `since` when given. Runs are counted from their first day even if it is before `since`."""
    found = []
    run = 0
    previous: date | None = None
    for day in sorted(set(study_days)):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        previous = day
        if run in MILESTONES and (since is None or day >= since):
            found.append(Milestone(day, run))
    return found
