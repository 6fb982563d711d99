"""An honest finish-date forecast: today's planner run forward, many times. Pure: no Django imports.

The goal is finished when every needed topic (the goals and their prerequisites) is mastered.
Each run plays the days ahead the way planner.today fills them, for every needed topic at once:
  1. due reviews first, REVIEW_MINUTES each; reviewing a topic also refreshes its due
     prerequisites (implicit repetition), and a review fails with chance LAPSE (the scheduler
     aims at 90% recall), which sends the topic back to practised;
  2. topics being learned, at most SESSION_MINUTES each a day, and practised topics, a short
     session on a later day to become mastered (again another day after a slip);
  3. new topics once their prerequisites are practised, in the planner's order, at most
     SESSION_MINUTES each a day, while MIN_SESSION_MINUTES are left;
  4. with time still left, a second session on the topics being learned today.
A mastered topic's reviews then come at the intervals of the FSRS scheduler the product uses
(reviews.SCHEDULER, every answer right), so the review load grows as topics are mastered, and a
long topic or a long chain of prerequisites takes days however many hours there are.

The luck of each run, drawn once:
  * each calendar day is a study day with probability days_per_week / 7, and a planned study
    day is missed with probability MISS_RATE (life happens); paused days (holidays) are never
    study days;
  * the learner's pace multiplier comes from a log-normal around the observed pace (PACE_SPREAD,
    narrowing as more topics are finished: the more evidence, the less spread), and each topic's
    own time from a log-normal around that (TOPIC_SPREAD: the estimates are rough, and a topic
    that needs remediation takes longer).
The result: median (P50), P10, P80 and P90 finish dates, the probability of finishing by the
target date, the study hours left in the median run (reviews included) and, if the target is
unlikely, the daily hours that would make it likely.
"""

import math
import zlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import IntEnum
from functools import cache

import numpy as np
from fsrs import Card, Rating

from . import reviews
from .goals import PRACTISED_REMAINING_SHARE
from .mastery import MASTERED_DISTINCT, SLIP, Level
from .planner import (
    MIN_SESSION_MINUTES,
    REVIEW_MINUTES,
    SESSION_MINUTES,
    TopicInfo,
    TopicStatus,
)

SIMULATIONS = 200
MISS_RATE = 0.15
PACE_SPREAD = 0.5  # log-normal sigma of the pace with no evidence yet
EVIDENCE_TOPICS = (
    20  # each this many finished topics narrow the pace's variance by one prior's worth
)
MODEL_SPREAD = 0.3  # what evidence on pace does not narrow: placement errors, forgetting, life
TOPIC_SPREAD = 0.8  # log-normal sigma of one topic's time around the learner's pace
LAPSE = 0.1  # the scheduler's desired retention is 0.9
# A practised topic's session on a later day masters it when its exercises (as many as mastery
# asks for distinct ones) are all right: each slips with mastery's SLIP.
SETTLE = (1 - SLIP) ** MASTERED_DISTINCT
# A topic's estimated hours cover learning it and making it stick; the part after it is
# practised (the sessions on later days, the reviews) is simulated as such, so a topic is
# practised after the rest of its estimate, goals.PRACTISED_REMAINING_SHARE being what is left.
LEARN_SHARE = 1 - PRACTISED_REMAINING_SHARE
HORIZON_DAYS = 3 * 365
LIKELY = 0.8
MAX_DAILY_HOURS = 4.0  # the most a plan allows (the profile's limit): never suggest more
HOURS_STEP = 0.1  # suggested daily hours are a multiple of this
STATUSES = ("ahead", "on_track", "behind", "done")
NEVER = np.iinfo(np.int32).max


class Stage(IntEnum):
    NEW = 0
    LEARNING = 1
    PRACTISED = 2
    MASTERED = 3


STAGES = {
    Level.NOT_STARTED: Stage.NEW,
    Level.LEARNING: Stage.LEARNING,
    Level.PRACTISED: Stage.PRACTISED,
    Level.MASTERED: Stage.MASTERED,
    Level.DUE: Stage.MASTERED,
}


@dataclass(frozen=True)
class TopicPlan:
    """A needed topic as the simulation starts it."""

    slug: str
    hours: float  # estimated hours at pace 1
    prerequisites: tuple[str, ...]
    stage: Stage = Stage.NEW
    spent_minutes: float = 0.0  # learning: time already spent on it
    review_in: int = 0  # mastered: days until its next review (0: due now)
    interval: int = 0  # mastered: days between its last review and the next


@dataclass(frozen=True)
class Forecast:
    remaining_hours: float  # study hours until done in the median run, reviews included
    p10: date | None
    p50: date | None
    p80: date | None
    p90: date | None
    chance_by_target: float
    status: str  # one of STATUSES
    hours_for_target: float | None  # daily hours (at most 4) that give LIKELY chance by the target


@cache
def review_ladder() -> tuple[int, ...]:
    """Days between successive reviews of a topic answered right every time, from the product's
    FSRS scheduler (one review a day at most, as reviews.review allows): the first gap is from
    the day the topic is practised (its card is created) to the next."""
    at = datetime(2026, 1, 5, 18, tzinfo=UTC)
    card = reviews.new_card(at, Rating.Good)
    gaps = []
    for _ in range(24):
        due = max(card.due, at + timedelta(days=1))
        gaps.append(max(1, round((due - at) / timedelta(days=1))))
        at = due
        card = reviews.review(card, Rating.Good, at)
    return tuple(gaps)


def review_schedule(card: Card, now: datetime) -> tuple[int, int]:
    """A mastered topic's (days until its next review, its current interval in days)."""
    until = max(0, math.ceil((card.due - now) / timedelta(days=1)))
    since = card.last_review or now
    return until, max(1, round((card.due - since) / timedelta(days=1)))


def _spread(finished_topics: int) -> float:
    """The log-normal sigma of the pace multiplier: the pace's own uncertainty, which narrows as
    topics are finished, and the model's, which does not."""
    pace = PACE_SPREAD / math.sqrt(1 + finished_topics / EVIDENCE_TOPICS)
    return math.sqrt(pace**2 + MODEL_SPREAD**2)


@dataclass(frozen=True)
class Runs:
    days: np.ndarray  # per run: days until done; NEVER if not done within the days simulated
    minutes: np.ndarray  # per run: study minutes used until done (or until the last day)


def _links(plan: Sequence[TopicPlan]) -> tuple[np.ndarray, np.ndarray]:
    """needs[i]: the columns of topic i's direct prerequisites (padded); covers[i, j]: reviewing
    i refreshes j (a prerequisite, direct or further back)."""
    index = {t.slug: i for i, t in enumerate(plan)}
    below = np.zeros((len(plan), len(plan)), dtype=np.float32)
    for i, t in enumerate(plan):
        for p in t.prerequisites:
            if p in index:
                below[i, index[p]] = 1
    covers = below.copy()
    while True:  # transitive closure by squaring: paths of length up to 2, 4, 8, ...
        wider = np.minimum(1, covers + covers @ covers)
        if np.array_equal(wider, covers):
            break
        covers = wider
    # Each topic's direct prerequisites as column numbers, padded with a column past the last
    # (always "done"): a gather is far cheaper than a product with the sparse `below`.
    width = max(1, int(below.sum(axis=1).max(initial=0)))
    needs = np.full((len(plan), width), len(plan), dtype=np.intp)
    for i in range(len(plan)):
        found = np.flatnonzero(below[i])
        needs[i, : len(found)] = found
    return needs, covers


def _beyond(work: np.ndarray, spent: float) -> np.ndarray:
    """The runs' times for a topic still being learned after `spent` minutes: drawn from the
    same distribution given that it is longer than that (a topic that has taken long so far is
    likely a hard one), each run keeping its rank."""
    below = float(np.mean(work <= spent))
    if below == 0:
        return work
    if below == 1:  # beyond every draw: at least a little more than the longest
        return np.maximum(work, spent + MIN_SESSION_MINUTES)
    rank = (np.argsort(np.argsort(work)) + 0.5) / len(work)
    return np.quantile(work, below + rank * (1 - below)).astype(work.dtype)


def _allocate(request: np.ndarray, left: np.ndarray, least: float) -> np.ndarray:
    """Minutes given to each item, in column order, as the planner adds them: an item is taken
    while at least `least` minutes are left, and the one that does not fit whole gets what is
    left. (Only then was every item before it taken whole.)"""
    columns = np.flatnonzero(request.any(axis=0))  # few topics are in play on a given day
    asked = request[:, columns]
    before = left[:, None] - (np.cumsum(asked, axis=1) - asked)
    given = np.zeros_like(request)
    given[:, columns] = np.where((asked > 0) & (before >= least), np.minimum(asked, before), 0)
    return given


class Simulation:
    """SIMULATIONS runs of the days ahead, their luck drawn once: which days each run studies,
    its pace multiplier and each topic's own time. The same luck answers for any goal and any
    daily budget (common random numbers), so goals and budgets are compared fairly.

    Vectorised over runs: a day is a few array operations on (runs x topics), so a forecast with
    its search for the daily hours and a few alternative goals costs a fraction of a second.
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
        self.seed, self.runs, self.pace = seed, runs, pace
        rng = np.random.default_rng(seed)
        sigma = _spread(finished_topics)
        self.multipliers = pace * np.exp(rng.normal(0, sigma, runs))
        study_chance = days_per_week / 7 * (1 - MISS_RATE)
        self.studied = rng.random((HORIZON_DAYS, runs), dtype=np.float32) < study_chance
        closed = [offset - 1 for offset in paused if 1 <= offset <= HORIZON_DAYS]
        if closed:
            self.studied[closed, :] = False
        self._noise: dict[str, np.ndarray] = {}

    def noise(self, slug: str) -> np.ndarray:
        """Each run's time on this topic relative to its pace (mean 1), the same for any goal."""
        if slug not in self._noise:
            rng = np.random.default_rng([self.seed, zlib.crc32(slug.encode())])
            s = TOPIC_SPREAD
            self._noise[slug] = np.exp(rng.normal(-s * s / 2, s, self.runs))
        return self._noise[slug]

    def run(
        self,
        plan: Sequence[TopicPlan],
        hours_per_day: float,
        until: int = HORIZON_DAYS,
        enough: float = 1.0,
        at_least: int = 0,
    ) -> Runs:
        """Play days 1..`until` for every run, or stop once a share `enough` of the runs is done
        and day `at_least` is played (the rest then count as not done). `plan` lists the needed
        topics in the order the planner starts them (prerequisites first)."""
        runs, count = self.runs, len(plan)
        done_on = np.full(runs, NEVER, dtype=np.int32)
        used = np.zeros(runs)
        if count == 0 or all(t.stage == Stage.MASTERED for t in plan):
            return Runs(np.zeros(runs, dtype=np.int32), used)
        needs, covers = _links(plan)
        ladder = np.array(review_ladder(), dtype=np.int32)
        hours = np.array([t.hours for t in plan], dtype=np.float32)
        # A topic's session, as planner.today sizes it (it is not told the minutes spent).
        session = np.clip(hours * 60, MIN_SESSION_MINUTES, SESSION_MINUTES)
        second = np.clip(hours * 60 - session, 0, SESSION_MINUTES)  # its second session, if any
        # One row per run still going; rows are dropped (compacted) as runs finish.
        ids = np.arange(runs)
        noise = np.stack([self.noise(t.slug) for t in plan], axis=1)
        work = (LEARN_SHARE * hours * 60 * self.multipliers[:, None] * noise).astype(np.float32)
        for j, t in enumerate(plan):
            if t.stage == Stage.LEARNING and t.spent_minutes > 0:
                work[:, j] = _beyond(work[:, j], t.spent_minutes)
        spent = np.tile(np.array([t.spent_minutes for t in plan], dtype=np.float32), (runs, 1))
        stage = np.tile(np.array([int(t.stage) for t in plan], dtype=np.int8), (runs, 1))
        practised_on = np.zeros((runs, count), dtype=np.int32)
        reached = stage == Stage.MASTERED  # mastered at least once: a later lapse is the reviews'
        steps = [int(np.searchsorted(ladder, t.interval, side="right")) for t in plan]
        step = np.tile(np.array(steps, dtype=np.int32), (runs, 1))
        reviews_on = [t.review_in if t.stage == Stage.MASTERED else NEVER for t in plan]
        next_review = np.tile(np.array(reviews_on, dtype=np.int32), (runs, 1))
        lapses = np.random.default_rng([self.seed, 1])
        budget = np.float32(hours_per_day * 60)
        minutes = np.zeros(runs, dtype=np.float32)

        for day in range(1, min(until, HORIZON_DAYS) + 1):
            studying = self.studied[day - 1, ids]
            if not studying.any():
                continue
            left = np.where(studying, budget, np.float32(0))
            today = studying[:, None]
            # 1. Reviews: the due topics not refreshed by another due topic's review.
            due = None
            if next_review.min() <= day:
                due = today & (stage == Stage.MASTERED) & (next_review <= day)
            if due is not None and due.any():
                rows = np.flatnonzero(due.any(axis=0))  # the few topics due in some run
                covered = due & ((due[:, rows].astype(np.float32) @ covers[rows]) > 0)
                request = np.where(due & ~covered, np.float32(REVIEW_MINUTES), np.float32(0))
                reviewed = _allocate(request, left, REVIEW_MINUTES) >= REVIEW_MINUTES
                left -= reviewed.sum(axis=1) * REVIEW_MINUTES
                by_review = reviewed[:, rows].astype(np.float32) @ covers[rows]
                refreshed = reviewed | (covered & (by_review > 0))
                lapsed = refreshed & (lapses.random(refreshed.shape, dtype=np.float32) < LAPSE)
                kept = refreshed & ~lapsed
                step[kept] += 1
                next_review[kept] = day + ladder[np.minimum(step[kept], len(ladder) - 1)]
                stage[lapsed] = Stage.PRACTISED
                practised_on[lapsed] = day
                next_review[lapsed] = NEVER
                step[lapsed] = 0
            # 2. Topics in progress: those being learned, then practised ones on a later day.
            learning = today & (stage == Stage.LEARNING)
            worked = np.zeros_like(learning)  # topics being learned that had a session today
            if learning.any():
                given = _allocate(np.where(learning, session, 0), left, MIN_SESSION_MINUTES)
                spent += given
                left -= given.sum(axis=1)
                worked |= given > 0
            settling = today & (stage == Stage.PRACTISED) & (practised_on < day)
            if settling.any():
                request = np.where(settling, np.float32(MIN_SESSION_MINUTES), np.float32(0))
                held = _allocate(request, left, MIN_SESSION_MINUTES) >= MIN_SESSION_MINUTES
                left -= held.sum(axis=1) * MIN_SESSION_MINUTES
                # a slip in the session's few exercises leaves it practised for another day
                mastered = held & (lapses.random(held.shape, dtype=np.float32) < SETTLE)
                stage[mastered] = Stage.MASTERED
                reached |= mastered
                step[mastered] = 1
                next_review[mastered] = day + ladder[1]
            # 3. New topics whose prerequisites are all practised or better.
            new = today & (stage == Stage.NEW)
            columns = np.flatnonzero(new.any(axis=0))
            if len(columns):
                ready = np.zeros_like(new)
                waiting = np.zeros((len(ids), count + 1), dtype=bool)
                waiting[:, :count] = stage < Stage.PRACTISED
                unmet = waiting[:, needs[columns]].any(axis=2)
                ready[:, columns] = new[:, columns] & ~unmet
            if len(columns) and ready.any():
                given = _allocate(np.where(ready, session, 0), left, MIN_SESSION_MINUTES)
                spent += given
                left -= given.sum(axis=1)
                stage[given > 0] = Stage.LEARNING
                worked |= given > 0
            # 4. Time left: a second session on the topics being learned today.
            if worked.any() and (left >= MIN_SESSION_MINUTES).any():
                request = np.where(worked & (second >= MIN_SESSION_MINUTES), second, 0)
                given = _allocate(request, left, MIN_SESSION_MINUTES)
                spent += given
                left -= given.sum(axis=1)
            practised = (stage == Stage.LEARNING) & (spent >= work)
            stage[practised] = Stage.PRACTISED
            practised_on[practised] = day
            minutes += np.where(studying, budget - left, np.float32(0))
            finished = reached.all(axis=1)
            if finished.any():
                done_on[ids[finished]] = day
                used[ids[finished]] = minutes[finished]
                going = ~finished
                if not going.any():
                    break
                if day >= at_least and np.count_nonzero(done_on < NEVER) >= enough * runs:
                    break
                ids, work, spent, stage, practised_on, reached, step, next_review, minutes = (
                    a[going]
                    for a in (
                        ids,
                        work,
                        spent,
                        stage,
                        practised_on,
                        reached,
                        step,
                        next_review,
                        minutes,
                    )
                )
        used[ids] = np.where(done_on[ids] == NEVER, minutes, used[ids])
        return Runs(done_on, used)

    def chance(self, plan: Sequence[TopicPlan], hours_per_day: float, allowed_days: int) -> float:
        if allowed_days < 1:
            return 0.0
        return float(
            np.mean(self.run(plan, hours_per_day, until=allowed_days).days <= allowed_days)
        )


def plan_topics(
    topics: Mapping[str, TopicInfo],
    order: Sequence[str],
    needed: Collection[str],
    status: Mapping[str, TopicStatus],
    *,
    spent_minutes: Mapping[str, float] | None = None,
    schedule: Mapping[str, tuple[int, int]] | None = None,
) -> list[TopicPlan]:
    """The needed topics for a run: those the planner will start, in `order` (milestones.
    study_order), then the rest. `schedule`: for mastered topics, (days until the next review,
    the current interval in days)."""
    spent_minutes = spent_minutes or {}
    schedule = schedule or {}
    first = [s for s in order if s in needed]
    rest = sorted(set(needed) - set(first))
    plan = []
    for slug in [*first, *rest]:
        info = topics[slug]
        stage = STAGES[status[slug].level] if slug in status else Stage.NEW
        review_in, interval = schedule.get(slug, (0, 0))
        plan.append(
            TopicPlan(
                slug=slug,
                hours=info.hours,
                prerequisites=info.prerequisites,
                stage=stage,
                spent_minutes=spent_minutes.get(slug, 0.0) if stage == Stage.LEARNING else 0.0,
                review_in=max(0, review_in),
                interval=max(0, interval),
            )
        )
    return plan


def _sorted(days: np.ndarray) -> list[int | None]:
    """Sorted, with the runs beyond the horizon as None at the end."""
    return [int(d) if d <= HORIZON_DAYS else None for d in np.sort(days)]


def _quantile(days: list[int | None], q: float, start: date) -> date | None:
    value = days[min(len(days) - 1, int(q * len(days)))]
    return None if value is None else start + timedelta(days=value)


def _fewest_hours(
    simulation: Simulation,
    plan: Sequence[TopicPlan],
    hours_per_day: float,
    allowed: int,
    chance_now: float,
) -> float | None:
    """The fewest daily hours, in HOURS_STEP steps up to the plan's limit, that make the target
    likely, or None if even the limit does not. More hours finish sooner, so the chance grows
    with the hours: the search keeps a bracket (too few, enough) and probes where a straight
    line through the bracket's chances crosses LIKELY (regula falsi), which usually takes two or
    three simulations instead of bisection's five."""
    low, high = round(hours_per_day / HOURS_STEP), round(MAX_DAILY_HOURS / HOURS_STEP)
    if high <= low:
        return None
    chance_low, chance_high = chance_now, simulation.chance(plan, high * HOURS_STEP, allowed)
    if chance_high < LIKELY:
        return None
    while high - low > 1:
        share = (LIKELY - chance_low) / max(chance_high - chance_low, 1e-9)
        probe = min(high - 1, max(low + 1, low + round(share * (high - low))))
        # the probe, then its neighbour on the other side: usually the answer is one of the two
        step = probe
        for _ in range(2):
            if not low < step < high:
                break
            chance = simulation.chance(plan, step * HOURS_STEP, allowed)
            if chance >= LIKELY:
                high, chance_high, step = step, chance, step - 1
            else:
                low, chance_low, step = step, chance, step + 1
    return round(high * HOURS_STEP, 1)


def forecast(
    *,
    plan: Sequence[TopicPlan],
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
        simulation, plan=plan, hours_per_day=hours_per_day, today=today, target=target, fix=True
    )


def outlook(
    simulation: Simulation,
    *,
    plan: Sequence[TopicPlan],
    hours_per_day: float,
    today: date,
    target: date,
    fix: bool = False,
) -> Forecast:
    """The forecast from runs already drawn (several goals on the same luck). With `fix`, also
    the daily hours that would make the target likely when it is not."""
    if all(t.stage == Stage.MASTERED for t in plan):
        return Forecast(0.0, today, today, today, today, 1.0, "done", None)
    allowed = (target - today).days
    # Played until the P90 date and the target are known: the slowest runs are not needed.
    enough = (int(0.9 * simulation.runs) + 1) / simulation.runs
    runs = simulation.run(plan, hours_per_day, enough=enough, at_least=allowed)
    days = _sorted(runs.days)
    p = sum(1 for d in days if d is not None and d <= allowed) / len(days)
    status = "ahead" if p >= 0.9 else "on_track" if p >= 0.5 else "behind"
    needed = None
    if fix and p < LIKELY and allowed >= 1:
        needed = _fewest_hours(simulation, plan, hours_per_day, allowed, p)
    return Forecast(
        remaining_hours=round(float(np.median(runs.minutes)) / 60, 1),
        p10=_quantile(days, 0.1, today),
        p50=_quantile(days, 0.5, today),
        p80=_quantile(days, 0.8, today),
        p90=_quantile(days, 0.9, today),
        chance_by_target=round(p, 3),
        status=status,
        hours_for_target=needed,
    )
