"""An honest finish-date forecast by simulation. Pure: no Django imports.

Remaining work = hours of the goal's unmastered topics (prerequisites included) times the learner's
pace, plus the review load. Both are uncertain, so the planner's days are simulated forward
SIMULATIONS times:
  * each calendar day is a study day with probability days_per_week / 7, and a planned study
    day is missed with probability MISS_RATE (life happens);
  * the pace multiplier is drawn once per run from a log-normal around the observed pace
    (PACE_SPREAD, narrowing as more topics are finished: the more evidence, the less spread);
  * each study day delivers hours_per_day, minus REVIEW_SHARE of it for spaced reviews once
    there is something to review.
The result: median (P50), P10, P80 and P90 finish dates and the probability of finishing by the
target date; if that probability is low, the daily hours that would make the target likely.
"""

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

SIMULATIONS = 1000
MISS_RATE = 0.15
PACE_SPREAD = 0.35  # log-normal sigma of the pace with no evidence yet
REVIEW_SHARE = 0.15
HORIZON_DAYS = 3 * 365
LIKELY = 0.8
STATUSES = ("ahead", "on_track", "behind", "done")


@dataclass(frozen=True)
class Forecast:
    remaining_hours: float
    p10: date | None
    p50: date | None
    p80: date | None
    p90: date | None
    chance_by_target: float
    status: str  # one of STATUSES
    hours_for_target: float | None  # daily hours that give LIKELY chance by the target


def _spread(finished_topics: int) -> float:
    return PACE_SPREAD / math.sqrt(1 + finished_topics / 5)


def simulate_days(
    *,
    remaining_hours: float,
    hours_per_day: float,
    days_per_week: int,
    pace: float,
    finished_topics: int,
    seed: int,
    runs: int = SIMULATIONS,
) -> list[int | None]:
    """Days until done for each run (None if beyond the horizon), sorted, None last."""
    sigma = _spread(finished_topics)
    study_chance = days_per_week / 7 * (1 - MISS_RATE)
    results: list[int | None] = []
    for run in range(runs):
        # One stream per run: the same run sees the same days whatever the daily hours, so more
        # hours can only finish sooner (the bisection in forecast() relies on it).
        rng = random.Random(seed * 100_003 + run)  # noqa: S311 -- a simulation, not a secret
        multiplier = pace * math.exp(rng.gauss(-sigma * sigma / 2, sigma))
        work = remaining_hours * multiplier
        done, day = 0.0, 0
        while done < work and day < HORIZON_DAYS:
            day += 1
            if rng.random() < study_chance:
                done += hours_per_day * (1 - REVIEW_SHARE)
        results.append(day if done >= work else None)
    return sorted(results, key=lambda d: (d is None, d or 0))


def _quantile(days: list[int | None], q: float, start: date) -> date | None:
    value = days[min(len(days) - 1, int(q * len(days)))]
    return None if value is None else start + timedelta(days=value)


def forecast(
    *,
    remaining_hours: float,
    hours_per_day: float,
    days_per_week: int,
    pace: float,
    finished_topics: int,
    today: date,
    target: date,
    seed: int = 0,
) -> Forecast:
    if remaining_hours <= 0:
        return Forecast(0.0, today, today, today, today, 1.0, "done", None)

    def chance(hours: float) -> tuple[float, list[int | None]]:
        days = simulate_days(
            remaining_hours=remaining_hours,
            hours_per_day=hours,
            days_per_week=days_per_week,
            pace=pace,
            finished_topics=finished_topics,
            seed=seed,
        )
        allowed = (target - today).days
        return sum(1 for d in days if d is not None and d <= allowed) / len(days), days

    p, days = chance(hours_per_day)
    status = "ahead" if p >= 0.9 else "on_track" if p >= 0.5 else "behind"
    needed = None
    if p < LIKELY:
        low, high = hours_per_day, 24.0
        if chance(high)[0] >= LIKELY:
            for _ in range(12):  # bisection on the daily hours
                middle = (low + high) / 2
                low, high = (middle, high) if chance(middle)[0] < LIKELY else (low, middle)
            needed = math.ceil(high * 10) / 10  # rounded up, so it still suffices
    return Forecast(
        remaining_hours=round(remaining_hours * pace, 1),
        p10=_quantile(days, 0.1, today),
        p50=_quantile(days, 0.5, today),
        p80=_quantile(days, 0.8, today),
        p90=_quantile(days, 0.9, today),
        chance_by_target=round(p, 3),
        status=status,
        hours_for_target=needed,
    )
