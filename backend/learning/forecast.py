"""An honest finish-date forecast by simulation. Pure: no Django imports.

Remaining work = hours of the goal's unmastered topics (prerequisites included) times the learner's
pace, plus the review load. Both are uncertain, so the planner's days are simulated forward
SIMULATIONS times:
  * each calendar day is a study day with probability days_per_week / 7, and a planned study
    day is missed with probability MISS_RATE (life happens); paused days (holidays) are never
    study days;
  * the pace multiplier is drawn once per run from a log-normal around the observed pace
    (PACE_SPREAD, narrowing as more topics are finished: the more evidence, the less spread);
  * each study day delivers hours_per_day, minus REVIEW_SHARE of it for spaced reviews once
    there is something to review.
The result: median (P50), P10, P80 and P90 finish dates and the probability of finishing by the
target date; if that probability is low, the daily hours that would make the target likely.
"""

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

SIMULATIONS = 1000
MISS_RATE = 0.15
PACE_SPREAD = 0.35  # log-normal sigma of the pace with no evidence yet
REVIEW_SHARE = 0.15
HORIZON_DAYS = 3 * 365
LIKELY = 0.8
MAX_DAILY_HOURS = 4.0  # the most a plan allows (the profile's limit): never suggest more
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
    hours_for_target: float | None  # daily hours (at most 4) that give LIKELY chance by the target


def _spread(finished_topics: int) -> float:
    return PACE_SPREAD / math.sqrt(1 + finished_topics / 5)


class Simulation:
    """SIMULATIONS runs of the days ahead, drawn once: which days each run studies and its pace
    multiplier. The same runs answer for any amount of work and any daily budget (common random
    numbers), so more hours can only finish sooner (the bisection in forecast() relies on it) and
    narrower goals are compared on the same luck. Vectorised: a forecast with its bisection and a
    few alternatives costs milliseconds, not a Python loop over every day of every run.

    `paused` are day offsets from the start (1 = tomorrow) that are never study days."""

    def __init__(
        self,
        *,
        days_per_week: int,
        pace: float,
        finished_topics: int,
        seed: int,
        runs: int = SIMULATIONS,
        paused: Collection[int] = (),
    ) -> None:
        rng = np.random.default_rng(seed)
        self.pace = pace
        sigma = _spread(finished_topics)
        self.multipliers = pace * np.exp(rng.normal(-sigma * sigma / 2, sigma, runs))
        study_chance = days_per_week / 7 * (1 - MISS_RATE)
        studied = rng.random((runs, HORIZON_DAYS), dtype=np.float32) < study_chance
        closed = [offset - 1 for offset in paused if 1 <= offset <= HORIZON_DAYS]
        if closed:
            studied[:, closed] = False
        # study_days[run, d - 1]: study days done by the end of day d
        self.study_days = np.cumsum(studied, axis=1, dtype=np.int16)

    def days(self, remaining_hours: float, hours_per_day: float) -> np.ndarray:
        """Days until done for each run; HORIZON_DAYS + 1 for runs not done within the horizon."""
        work = remaining_hours * self.multipliers
        needed = np.ceil(work / (hours_per_day * (1 - REVIEW_SHARE)) - 1e-9)
        needed = np.clip(needed, 1, HORIZON_DAYS + 1).astype(np.int16)
        return (self.study_days < needed[:, None]).sum(axis=1) + 1

    def chance(self, remaining_hours: float, hours_per_day: float, allowed_days: int) -> float:
        return float(np.mean(self.days(remaining_hours, hours_per_day) <= allowed_days))


def _sorted(days: np.ndarray) -> list[int | None]:
    """Sorted, with the runs beyond the horizon as None at the end."""
    return [int(d) if d <= HORIZON_DAYS else None for d in np.sort(days)]


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
    paused: Collection[int] = (),
) -> Forecast:
    """The forecast for one goal; `paused` are day offsets from `today` with no study."""
    simulation = Simulation(
        days_per_week=days_per_week,
        pace=pace,
        finished_topics=finished_topics,
        seed=seed,
        paused=paused,
    )
    return outlook(
        simulation,
        remaining_hours=remaining_hours,
        hours_per_day=hours_per_day,
        today=today,
        target=target,
        fix=True,
    )


def outlook(
    simulation: Simulation,
    *,
    remaining_hours: float,
    hours_per_day: float,
    today: date,
    target: date,
    fix: bool = False,
) -> Forecast:
    """The forecast from runs already drawn (several goals on the same luck). With `fix`, also
    the daily hours that would make the target likely when it is not."""
    if remaining_hours <= 0:
        return Forecast(0.0, today, today, today, today, 1.0, "done", None)
    allowed = (target - today).days
    days = _sorted(simulation.days(remaining_hours, hours_per_day))
    p = sum(1 for d in days if d is not None and d <= allowed) / len(days)
    status = "ahead" if p >= 0.9 else "on_track" if p >= 0.5 else "behind"
    needed = None
    if fix and p < LIKELY:
        low, high = hours_per_day, MAX_DAILY_HOURS
        if simulation.chance(remaining_hours, high, allowed) >= LIKELY:
            for _ in range(12):  # bisection on the daily hours
                middle = (low + high) / 2
                if simulation.chance(remaining_hours, middle, allowed) < LIKELY:
                    low = middle
                else:
                    high = middle
            needed = math.ceil(high * 10) / 10  # rounded up, so it still suffices
    return Forecast(
        remaining_hours=round(remaining_hours * simulation.pace, 1),
        p10=_quantile(days, 0.1, today),
        p50=_quantile(days, 0.5, today),
        p80=_quantile(days, 0.8, today),
        p90=_quantile(days, 0.9, today),
        chance_by_target=round(p, 3),
        status=status,
        hours_for_target=needed,
    )
