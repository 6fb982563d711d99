"""Simulated learners (issue 5): `make bench` (python -m benchmarks.learners [--learners N]).

Drives Lemma's real placement (placement/kst.py), mastery (learning/mastery.py), reviews
(learning/reviews.py, FSRS), daily queue (learning/planner.py) and finish-date forecast
(learning/forecast.py, learning/pace.py, learning/goals.py) against simulated learners whose
knowledge is known to the benchmark and hidden from Lemma, and compares strategies on the same
random draws.

Ground truth (the "mind" of a learner; every draw seeded, see Learner and Mind)
  * Initial knowledge: a prefix of a random topological order of the role's needed topics in the
    true graph (so a downset), empty for a fifth of learners and otherwise a Beta(1.2, 2.0) share
    of the topics: mostly beginners and intermediates. In the "loose" condition 5% of the known
    topics (at least one) are topics whose prerequisites are not all known. Initially known
    topics have a memory stability of about 40 days (log-normal), last used 0-10 days ago.
  * Answers: a known topic is first *retrieved* with probability R (below); a failed retrieval
    is a lapse (the topic is no longer known and must be relearned). An exercise on a known topic
    also uses each of its true direct prerequisites with chance 0.3, which must be retrieved too
    (a failure is a lapse of the prerequisite, spoils the answer, and gives the prerequisite a
    chance to be relearned in context): this is what makes implicit review credit valid. The
    answer is then right with 1 - slip, otherwise with the template's guess rate. Slip and guess
    are per exercise template: slip U(0.05, 0.20), a computed answer's guess U(0.02, 0.08),
    multiple choice 1/choices. Each question picks one of the topic's templates
    (roadmaps/exercises) at random. In placement a learner says "I don't know" 2% of the time
    when knowing, a per-learner 40-90% of the time when not.
  * Learning: a topic is acquired in ACQUIRE_STAGES stages; each exercise attempt (the learner
    studies the feedback) advances a stage with chance 1 - exp(-stages x minutes / T), where
    T = ACQUIRE_SHARE x estimated hours x the learner's pace (log-normal, sigma 0.35): on
    average a topic is acquired in half its estimated hours, the rest of the estimate being
    consolidation. With a true prerequisite not known the chance is UNREADY_FACTOR (0.2) of
    that. Relearning after a lapse is one step with mean RELEARN_SHARE x T. An exercise takes a
    per-learner 3-6 minutes.
  * Memory, FSRS-style with FSRS-6's default parameters (those Lemma's scheduler uses), so that
    the median learner of the "assumed" condition forgets as the model expects:
    R(t) = (1 + FACTOR t / S)^-DECAY, t the days since the topic was last retrieved. A
    successful retrieval on a new day multiplies S by FSRS's increase for a Good review
    (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1)), that increase scaled by the learner's memory
    (log-normal, sigma 0.35): more growth the more was forgotten (spacing), none for a second
    retrieval the same day. A new topic starts at FSRS's first stability (2.3 days, x a
    log-normal), a relearned one at max(that, 0.2 S).
  * Days: 1, 2 or 3 h a day, 6 study days a week (Sunday off), each planned day missed with
    chance 15%; sessions start at 18:00.
  * Readiness: the first day that ends with the mean recall over the needed topics (the role's
    core topics and all their prerequisites) >= 0.9 and every needed topic recalled with
    probability >= 0.5 (nothing unlearned or more likely forgotten than not). Runs go on to
    readiness + 90 days, or stop at HORIZON_DAYS without readiness (censored: counted as not
    ready, hours to readiness as infinite in the medians).
  * Retention after readiness: the expected share of needed topics recalled (mean R, 0 if not
    known) 30 and 90 days after readiness, (a) "kept": the learner stops studying at readiness
    (what the path left in memory; the comparison the retention target uses), and (b)
    "routine": they carry on at the same budget (Lemma: its daily queue; fixed: its revision
    cycles).

Strategies, on the same learners, days and per-topic random streams (common random numbers)
  lemma         KST placement to its own stop (kst.estimate until next_topic is None; the
                template per question as placement.services picks it: unused, computed before
                multiple choice, typical difficulty); the topics kst.classify calls known (P >=
                kst.KNOWN and a right answer on the topic or on one built on it) are credited as
                learning.services.topics_credit does (credited, P(known) 0.95, level mastered,
                an FSRS card from a Good review at that moment). Then every study day:
                planner.today(all topics, the role's core goals, statuses as
                selectors.topic_statuses builds them, the day's budget; no pauses, so no review
                cap; no misconception tags, so remediation takes the weakest prerequisite) and
                each item is done in full: floor(minutes / exercise minutes) exercises, at least
                one, no hints. Each graded exercise updates the model as
                services.attempt_record does (mastery.observe, FSRS review or a new card once
                practised, failures in a row, level, implicit credit to the direct
                prerequisites with a card on a clean success). Placement questions count as
                study time and come out of day 0's budget.
  fixed         A fixed linear syllabus from zero: the needed topics in curriculum.graph's
                study order, each practised for its estimated hours, no placement, no reviews;
                after the pass it cycles through the syllabus again with REVISION_MINUTES (15)
                per topic (a learner revising a textbook) until ready. Without the revision
                cycles it could not become ready at all.
  ask-all       One question per needed topic (study order), known if answered right, credited
                as above, then Lemma's roadmap.
  no-implicit   Lemma without implicit review credit.
  no-placement  Lemma's roadmap from zero (no placement).
  lemma-early   Lemma, with a learner who leaves a queue item early once its topic levels up
                to practised or mastered (or, for a mastered or due topic, after a right answer)
                instead of using all of the item's minutes: how much of the hours goes to
                sessions sized longer than the topic needs.

Conditions
  assumed       as above (the model's assumptions hold: prerequisite-consistent knowledge).
  loose         5% of initial knowledge ignores prerequisites.
  misspecified  the truth differs from the model: 10% of the roadmap's edges dropped and 5% extra
                edges added (earlier -> later in a topological order), slip U(0.15, 0.25),
                computed guess U(0.07, 0.13), choice 1/k + 0.1, exponential forgetting
                R = 0.9^(t / S) (a steeper tail than FSRS's), memory growth 0.6 of FSRS's,
                exercises use a prerequisite with chance 0.1 (implicit credit over-credits),
                acquisition 0.7 of the estimated hours, and 25% of planned days missed (the
                forecast assumes 15%).

Placement benchmark: the largest role (researcher) on its own learners: questions to the stop,
the true share of topics classified correctly at the stop (credited or not, against the initial
truth; also before classify's evidence rule, P(known) >= 0.5), and the questions until that
share first reaches 90%.

Forecast: at the start of weeks 1, 2, 4 and 8 of a Lemma run (if not ready yet), forecast.forecast
as selectors.plan_forecast feeds it (the needed topics in milestones.study_order with their
levels, minutes and review schedules; pace.observed_pace over finished non-credited topics with
their exercise minutes; 6 study days a week), compared with the true readiness date: P50's error
in days and whether [P10, P90] holds the true date.

Confidence intervals: 95% percentile bootstrap over learners (paired where two strategies are
compared: the same learners are resampled for both).
"""

import argparse
import contextlib
import math
import random
import sys
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from fsrs import Card

from curriculum.content import read_curriculum
from curriculum.graph import study_order
from learning import forecast, mastery, pace, planner, reviews
from learning import goals as goal_work
from learning.mastery import Level, TopicState
from learning.milestones import study_order as plan_order
from learning.planner import TopicInfo, TopicStatus
from placement import kst

ROOT = Path(__file__).resolve().parents[2]
ROADMAPS = ROOT / "roadmaps"
OUTPUT = ROOT / "var" / "bench-learners.md"
START = datetime(2026, 1, 5, 18, tzinfo=UTC)  # a Monday; study sessions start at 18:00
SESSION_OFFSET = 0.75  # 18:00 as a share of the day
HORIZON_DAYS = 540
AFTER_DAYS = (30, 90)
STUDY_WEEKDAYS = 6  # Monday to Saturday
BUDGETS = (1, 2, 3)
PLAN_ROLES = ("ml-engineer", "data-scientist")
PLACEMENT_ROLE = "researcher"
FORECAST_WEEKS = (1, 2, 4, 8)
DAYS_PER_MONTH = 30.44
REVISION_MINUTES = 15

# The truth's learning and memory. Memory follows FSRS-6 with its default parameters (the ones
# Lemma's scheduler uses) for the median learner of the "assumed" condition.
ACQUIRE_STAGES = 3
UNREADY_FACTOR = 0.2
RELEARN_STABILITY_SHARE = 0.2
RELEARN_SHARE = 0.1  # relearning after a lapse takes this share of the acquisition time
FSRS = reviews.SCHEDULER.parameters
DECAY = FSRS[20]
FACTOR = 0.9 ** (-1 / DECAY) - 1
FIRST_STABILITY = FSRS[2]  # FSRS's stability after a first Good review
DIFFICULTY = FSRS[4] - math.exp(FSRS[5] * 2) + 1  # FSRS's difficulty after a first Good review
BEGINNER_SHARE = 0.2
DONT_KNOW_IF_KNOWN = 0.02
PLACEMENT_DIFFICULTY = 2  # as placement.services
READY_MEAN = 0.9  # readiness: mean recall over the needed topics at least this ...
READY_FLOOR = 0.5  # ... and no needed topic below this

STRATEGIES = ("lemma", "fixed", "ask-all", "no-implicit", "no-placement", "lemma-early")
PLACED = {"lemma", "no-implicit", "lemma-early"}  # strategies that use KST placement
LEVEL_RANK = {
    Level.NOT_STARTED: 0,
    Level.LEARNING: 1,
    Level.PRACTISED: 2,
    Level.MASTERED: 3,
    Level.DUE: 3,
}


@dataclass(frozen=True)
class Condition:
    name: str
    ignore_share: float = 0.0  # share of initial knowledge that ignores prerequisites
    drop_edges: float = 0.0
    add_edges: float = 0.0
    slip: tuple[float, float] = (0.05, 0.20)
    guess: tuple[float, float] = (0.02, 0.08)
    choice_bonus: float = 0.0
    forgetting: str = "fsrs"  # or "exponential"
    memory: float = 1.0  # the median learner's stability growth, relative to FSRS's
    use_prerequisites: float = 0.3  # chance an exercise uses each direct prerequisite
    acquire_share: float = 0.5
    miss_rate: float = 0.15


CONDITIONS = {
    "assumed": Condition("assumed"),
    "loose": Condition("loose", ignore_share=0.05),
    "misspecified": Condition(
        "misspecified",
        drop_edges=0.10,
        add_edges=0.05,
        slip=(0.15, 0.25),
        guess=(0.07, 0.13),
        choice_bonus=0.1,
        forgetting="exponential",
        memory=0.6,
        use_prerequisites=0.1,
        acquire_share=0.7,
        miss_rate=0.25,
    ),
}


# --- the curriculum --------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    slug: str
    kind: str
    options: int
    difficulty: int = 2

    @property
    def model_guess(self) -> float:
        return mastery.guess_rate(self.kind, self.options)


@dataclass(frozen=True)
class World:
    topics: dict[str, TopicInfo]  # every topic, as selectors.planner_topics gives them
    roles: dict[str, frozenset[str]]  # role -> core goal topics
    templates: dict[str, tuple[Template, ...]]

    def needed(self, role: str) -> tuple[str, ...]:
        """The role's needed topics in the curriculum's study order."""
        needed = planner.needed_topics(self.topics, set(self.roles[role]))
        prerequisites = {s: self.topics[s].prerequisites for s in needed}
        return tuple(study_order(needed, prerequisites))


def load_world(root: Path = ROADMAPS) -> World:
    curriculum = read_curriculum(root)
    topics = {
        slug: TopicInfo(slug, t.area, float(t.hours), tuple(sorted(t.prerequisites)))
        for slug, t in curriculum.topics.items()
    }
    roles = {
        slug: frozenset(s for s, level in role.goals.items() if level == "core")
        for slug, role in curriculum.roles.items()
    }
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    templates: dict[str, tuple[Template, ...]] = {}
    for slug in topics:
        path = root / "exercises" / f"{slug}.yaml"
        entries = yaml.load(path.read_text(), Loader=loader) if path.exists() else []  # noqa: S506
        templates[slug] = tuple(
            Template(e["slug"], e["kind"], len(e.get("choices") or []), e.get("difficulty", 2))
            for e in entries or []
        ) or (Template(f"{slug}-computed", "number", 0),)
    return World(topics, roles, templates)


# --- the truth -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Truth:
    """The real world of a condition: its prerequisite graph and each template's slip/guess."""

    condition: Condition
    prerequisites: dict[str, tuple[str, ...]]
    slip: dict[str, float]
    guess: dict[str, float]


def make_truth(world: World, condition: Condition, seed: int) -> Truth:
    rng = np.random.default_rng([seed, zlib.crc32(condition.name.encode())])
    edges = sorted((t, p) for t, info in world.topics.items() for p in info.prerequisites)
    keep = [e for e in edges if rng.random() >= condition.drop_edges]
    order = study_order(world.topics, {s: i.prerequisites for s, i in world.topics.items()})
    extra: set[tuple[str, str]] = set()
    wanted = round(condition.add_edges * len(edges))
    existing = set(edges)
    while len(extra) < wanted:
        a, b = sorted(rng.choice(len(order), size=2, replace=False))
        edge = (order[b], order[a])  # the later topic needs the earlier one: still acyclic
        if edge not in existing:
            extra.add(edge)
    prerequisites: dict[str, list[str]] = {slug: [] for slug in world.topics}
    for topic, pre in [*keep, *sorted(extra)]:
        prerequisites[topic].append(pre)
    slip: dict[str, float] = {}
    guess: dict[str, float] = {}
    for slug in sorted(world.templates):
        for template in world.templates[slug]:
            slip[template.slug] = float(rng.uniform(*condition.slip))
            computed = float(rng.uniform(*condition.guess))
            guess[template.slug] = (
                min(1.0, 1 / max(template.options, 2) + condition.choice_bonus)
                if template.kind == "choice"
                else computed
            )
    return Truth(condition, {s: tuple(p) for s, p in prerequisites.items()}, slip, guess)


@dataclass(frozen=True)
class Learner:
    key: str
    seed: int
    role: str
    goals: frozenset[str]
    needed: tuple[str, ...]  # the model's needed topics, in study order
    prerequisites: dict[str, tuple[str, ...]]  # true prerequisites within the needed topics
    known: dict[str, tuple[float, float]]  # initially known -> (stability, last retrieval day)
    pace: float
    exercise_minutes: float
    memory: float
    first_stability: float
    dont_know: float
    studies: tuple[bool, ...]  # per calendar day


def _random_order(topics: Sequence[str], prerequisites: dict[str, tuple[str, ...]], rng) -> list:
    """A random topological order (Kahn's algorithm with random priorities)."""
    waiting = {s: {p for p in prerequisites[s]} for s in topics}
    key = {s: rng.random() for s in topics}
    order: list[str] = []
    while waiting:
        ready = [s for s, w in waiting.items() if not w]
        pick = min(ready, key=key.__getitem__)
        order.append(pick)
        del waiting[pick]
        for w in waiting.values():
            w.discard(pick)
    return order


def draw_learner(world: World, truth: Truth, role: str, index: int, seed: int) -> Learner:
    """Learner `index` of a role; the same index gives the same learner at every budget."""
    key = f"{seed}:{truth.condition.name}:{role}:{index}"
    rng = np.random.default_rng(zlib.crc32(key.encode()))
    needed = world.needed(role)
    inside = set(needed)
    prerequisites = {s: tuple(p for p in truth.prerequisites[s] if p in inside) for s in needed}
    order = _random_order(needed, prerequisites, rng)
    size = 0 if rng.random() < BEGINNER_SHARE else round(rng.beta(1.2, 2.0) * len(needed))
    loose = 0
    if size and truth.condition.ignore_share:
        loose = max(1, round(truth.condition.ignore_share * size))
    known = set(order[: size - loose])
    blocked = [s for s in order[size - loose :] if any(p not in known for p in prerequisites[s])]
    pool = blocked if len(blocked) >= loose else list(order[size - loose :])
    known |= {str(s) for s in rng.choice(pool, size=loose, replace=False)} if loose else set()
    initial = {
        s: (float(rng.lognormal(math.log(40), 0.6)), -float(rng.uniform(0, 10)))
        for s in sorted(known)
    }
    days = HORIZON_DAYS + max(AFTER_DAYS) + 1
    missed = rng.random(days) < truth.condition.miss_rate
    studies = tuple(
        bool((START + timedelta(days=d)).weekday() < STUDY_WEEKDAYS and not missed[d])
        for d in range(days)
    )
    return Learner(
        key=key,
        seed=zlib.crc32(key.encode()) % 2**31,
        role=role,
        goals=world.roles[role],
        needed=needed,
        prerequisites=prerequisites,
        known=initial,
        pace=float(rng.lognormal(0, 0.35)),
        exercise_minutes=float(rng.uniform(3, 6)),
        memory=float(truth.condition.memory * rng.lognormal(0, 0.35)),
        first_stability=float(FIRST_STABILITY * rng.lognormal(0, 0.3)),
        dont_know=float(rng.uniform(0.4, 0.9)),
        studies=studies,
    )


class Mind:
    """A learner's true knowledge and memory during one run. Time `t` is in days from START."""

    def __init__(self, world: World, truth: Truth, learner: Learner):
        self.world, self.truth, self.learner = world, truth, learner
        self.known = {s: s in learner.known for s in learner.needed}
        self.stability = {s: learner.known[s][0] if s in learner.known else 0.0 for s in self.known}
        self.last = {s: learner.known[s][1] if s in learner.known else 0.0 for s in self.known}
        self.grown = {s: math.floor(self.last[s]) for s in self.known}  # day of the last growth
        self.stage = dict.fromkeys(self.known, 0)
        self.relearning = dict.fromkeys(self.known, False)
        self.asked: set[str] = set()  # templates asked in placement
        self._streams: dict[tuple[str, str], random.Random] = {}

    def stream(self, topic: str, purpose: str) -> random.Random:
        """Per topic and purpose, so that strategies see the same luck on the same topic."""
        if (topic, purpose) not in self._streams:
            seed = zlib.crc32(f"{self.learner.key}:{topic}:{purpose}".encode())
            self._streams[topic, purpose] = random.Random(seed)
        return self._streams[topic, purpose]

    def recall(self, topic: str, t: float) -> float:
        if not self.known[topic]:
            return 0.0
        elapsed = max(0.0, t - self.last[topic])
        s = self.stability[topic]
        if self.truth.condition.forgetting == "exponential":
            return 0.9 ** (elapsed / s)
        return (1 + FACTOR * elapsed / s) ** -DECAY

    def _grow(self, topic: str, t: float, r: float) -> None:
        """FSRS's stability increase after a successful review, scaled by the learner's memory;
        at most once a day."""
        day = math.floor(t)
        if day > self.grown[topic]:
            s = self.stability[topic]
            gain = (
                math.exp(FSRS[8]) * (11 - DIFFICULTY) * s ** -FSRS[9]
                * (math.exp(FSRS[10] * (1 - r)) - 1)
            )  # fmt: skip
            self.stability[topic] = s * (1 + self.learner.memory * gain)
            self.grown[topic] = day
        self.last[topic] = t

    def _retrieve(self, topic: str, t: float, u: float, lapse: bool = True) -> bool:
        r = self.recall(topic, t)
        if u < r:
            self._grow(topic, t, r)
            return True
        if lapse:
            self.known[topic] = False
            self.relearning[topic] = True
        return False

    def _acquire(self, topic: str, t: float) -> None:
        self.known[topic] = True
        previous = self.stability[topic]
        self.stability[topic] = max(
            self.learner.first_stability, RELEARN_STABILITY_SHARE * previous
        )
        self.last[topic] = t
        self.grown[topic] = math.floor(t)

    def _template(self, topic: str, u: float) -> Template:
        options = self.world.templates[topic]
        return options[min(len(options) - 1, int(u * len(options)))]

    def _learn(self, topic: str, u: float) -> bool:
        """One attempt's chance to acquire (a stage of) the topic, or to relearn it."""
        span = (
            self.truth.condition.acquire_share
            * self.world.topics[topic].hours
            * 60
            * self.learner.pace
        )
        minutes = self.learner.exercise_minutes
        if self.relearning[topic]:
            chance = 1 - math.exp(-minutes / (RELEARN_SHARE * span))
        else:
            chance = 1 - math.exp(-ACQUIRE_STAGES * minutes / span)
        if not all(self.known[p] for p in self.learner.prerequisites[topic]):
            chance *= UNREADY_FACTOR
        if u < chance:
            self.stage[topic] += 1
            return self.relearning[topic] or self.stage[topic] >= ACQUIRE_STAGES
        return False

    def practise(self, topic: str, t: float) -> tuple[Template, bool]:
        """One graded exercise on the topic: the template asked and whether the answer is right.
        Knowing the topic, the exercise uses each true prerequisite with chance
        `use_prerequisites`, which must then be retrieved too: a failure is a lapse, spoils the
        answer, and is a chance to relearn the prerequisite in context. Not knowing the topic,
        the learner learns from the attempt (feedback)."""
        r = self.stream(topic, "study")
        u_template, u_retrieve, u_answer, u_learn = r.random(), r.random(), r.random(), r.random()
        template = self._template(topic, u_template)
        if self.known[topic]:
            self._retrieve(topic, t, u_retrieve)
        knows = self.known[topic]
        if knows:
            for p in self.learner.prerequisites[topic]:
                u_use, u_recall, u_relearn = r.random(), r.random(), r.random()
                if u_use >= self.truth.condition.use_prerequisites:
                    continue
                if self.known[p] and self._retrieve(p, t, u_recall):
                    continue
                knows = False
                if self._learn(p, u_relearn):
                    self._acquire(p, t)
        if knows:
            correct = u_answer >= self.truth.slip[template.slug]
        else:
            correct = u_answer < self.truth.guess[template.slug]
        if not self.known[topic] and self._learn(topic, u_learn):
            self._acquire(topic, t)
        return template, correct

    def answer(self, topic: str, t: float) -> tuple[Template, kst.Outcome]:
        """A placement question: no feedback, so no learning. The template is chosen as
        placement.services._template does: an unused one first, computed answers before
        multiple choice, difficulty nearest PLACEMENT_DIFFICULTY, then at random."""
        r = self.stream(topic, "placement")
        u_retrieve, u_dont, u_answer = r.random(), r.random(), r.random()
        template = min(
            self.world.templates[topic],
            key=lambda x: (
                x.slug in self.asked,
                x.kind == "choice",
                abs(min(x.difficulty, 3) - PLACEMENT_DIFFICULTY),
                r.random(),
            ),
        )
        self.asked.add(template.slug)
        if self.known[topic]:
            self._retrieve(topic, t, u_retrieve)
        if self.known[topic]:
            if u_dont < DONT_KNOW_IF_KNOWN:
                return template, kst.Outcome.DONT_KNOW
            right = u_answer >= self.truth.slip[template.slug]
        else:
            if u_dont < self.learner.dont_know:
                return template, kst.Outcome.DONT_KNOW
            right = u_answer < self.truth.guess[template.slug]
        return template, kst.Outcome.CORRECT if right else kst.Outcome.INCORRECT

    def retention(self, t: float) -> float:
        """Expected share of the needed topics recalled at time t (no study in between)."""
        return sum(self.recall(s, t) for s in self.learner.needed) / len(self.learner.needed)

    def ready(self, t: float) -> bool:
        recall = [self.recall(s, t) for s in self.learner.needed]
        return min(recall) >= READY_FLOOR and sum(recall) >= READY_MEAN * len(recall)


# --- Lemma's side: the product's model of the learner ---------------------------------------


@dataclass
class Progress:
    state: TopicState
    level: Level
    card: Card | None = None
    credit: float = 0.0
    failures: int = 0
    due: datetime | None = None


class Model:
    """What Lemma stores per topic (TopicProgress), updated as services.attempt_record does."""

    def __init__(self, world: World, *, implicit: bool = True):
        self.world = world
        self.implicit = implicit
        self.progress: dict[str, Progress] = {}
        self.minutes: dict[str, float] = defaultdict(float)
        self.attempts = 0

    def credit(self, topic: str, at: datetime) -> None:
        """A topic placement classified known, as learning.services.topics_credit does."""
        row = self.progress.get(topic)
        if row is not None and row.level == Level.MASTERED:
            return
        if row is None:
            row = Progress(TopicState(p_known=mastery.PRIOR), Level.NOT_STARTED)
            self.progress[topic] = row
        state = replace(
            row.state, p_known=max(row.state.p_known, mastery.MASTERED_P), credited=True
        )
        card = reviews.credited(row.card, at)
        row.state, row.card, row.due, row.failures = state, card, card.due, 0
        row.level = mastery.level(state)

    def record(self, topic: str, template: Template, correct: bool, at: datetime, minutes: float):
        self.minutes[topic] += minutes
        self.attempts += 1
        attempt = mastery.Attempt(
            at=at, correct=correct, instance=f"{template.slug}#{self.attempts}",
            guess=template.model_guess,
        )  # fmt: skip
        progress = self.progress.get(topic)
        if progress is None:
            progress = Progress(TopicState(p_known=mastery.PRIOR), Level.NOT_STARTED)
            self.progress[topic] = progress
        state = mastery.observe(progress.state, attempt)
        grade = reviews.rating(correct, False, False)
        if progress.card is not None:
            card: Card | None = reviews.review(progress.card, grade, at)
        elif mastery.level(state) in (Level.PRACTISED, Level.MASTERED):
            card = reviews.new_card(at, grade)
        else:
            card = None
        progress.state = state
        progress.level = mastery.level(state)
        progress.failures = 0 if correct else progress.failures + 1
        if card is not None:
            progress.card, progress.due = card, card.due
        if correct and self.implicit:
            for pre in self.world.topics[topic].prerequisites:
                row = self.progress.get(pre)
                if row is not None and row.card is not None:
                    row.card, row.credit = reviews.implicit(row.card, row.credit, at)
                    row.due = row.card.due

    def rank(self, topic: str) -> int:
        """The stored level as a number (0 not started ... 3 mastered)."""
        row = self.progress.get(topic)
        return LEVEL_RANK[row.level] if row is not None else 0

    def statuses(self, now: datetime) -> dict[str, TopicStatus]:
        """As selectors.topic_statuses: the shown level (mastered -> due once due)."""
        out = {}
        for slug, row in self.progress.items():
            level = row.level
            if level == Level.MASTERED and row.due is not None and row.due <= now:
                level = Level.DUE
            out[slug] = TopicStatus(
                level=level, p_known=row.state.p_known, failures_in_a_row=row.failures
            )
        return out


def moment(t: float) -> datetime:
    return START + timedelta(days=t - SESSION_OFFSET)


# --- placement -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    asked: tuple[str, ...]
    credited: frozenset[str]  # kst.classify's KNOWN verdicts: what the product credits
    questions: int
    accuracy: float  # true share of topics classified correctly (credited or not) at the stop
    inferred: float  # the same for P(known) >= kst.KNOWN, before the evidence rule
    to_ninety: int | None  # questions until the true share first reached 90%
    estimated: float  # placement's own expected accuracy
    stop_reason: str
    topics: int


def place(mind: Mind, graph: kst.Graph, t: float, *, seed: int) -> Placement:
    """Lemma's placement to its stop, answering from the truth, classified as
    placement.services._finish_placement does."""
    truth = {s for s in graph.topics if mind.known[s]}

    def accuracy(known: set[str] | frozenset[str]) -> float:
        return sum((s in known) == (s in truth) for s in graph.topics) / len(graph)

    def credited(estimate: kst.Estimate) -> frozenset[str]:
        placed = kst.classify(graph, answers, estimate.p_known)
        return frozenset(p.topic for p in placed if p.verdict == kst.Verdict.KNOWN)

    answers: list[kst.Answer] = []
    shares = []
    while True:
        estimate = kst.estimate(graph, answers, seed=seed)
        shares.append(accuracy(credited(estimate)))
        if estimate.next_topic is None:
            break
        template, outcome = mind.answer(estimate.next_topic, t)
        answers.append(kst.Answer(estimate.next_topic, outcome, template.model_guess))
        t += mind.learner.exercise_minutes / 1440
    inferred = {s for s, p in estimate.p_known.items() if p >= kst.KNOWN}
    return Placement(
        asked=tuple(a.topic for a in answers),
        credited=credited(estimate),
        questions=len(answers),
        accuracy=shares[-1],
        inferred=accuracy(inferred),
        to_ninety=next((i for i, share in enumerate(shares) if share >= 0.9), None),
        estimated=estimate.accuracy,
        stop_reason=estimate.stop_reason,
        topics=len(graph),
    )


def placement_graph(world: World, learner: Learner) -> kst.Graph:
    inside = set(learner.needed)
    return kst.Graph(
        {s: [p for p in world.topics[s].prerequisites if p in inside] for s in learner.needed}
    )


# --- a run -----------------------------------------------------------------------------------


@dataclass
class Outcome:
    strategy: str
    role: str
    budget: int
    index: int
    placement_questions: int = 0
    placement_accuracy: float | None = None
    ready_day: int | None = None
    ready_hours: float | None = None
    hours: float = 0.0  # study hours at readiness, or at the horizon
    kept: dict[int, float] = field(default_factory=dict)  # retention if study stops at readiness
    routine: dict[int, float] = field(default_factory=dict)  # retention carrying on
    forecasts: dict[int, tuple[int | None, int | None, int | None]] = field(default_factory=dict)
    # Lemma's study minutes to readiness by queue item kind, and by whether the item's topic was
    # already known with recall >= 0.9 when the item started (consolidation rather than learning)
    minutes: dict[str, float] = field(default_factory=lambda: defaultdict(float))


def run(
    world: World,
    truth: Truth,
    learner: Learner,
    budget: int,
    strategy: str,
    *,
    index: int = 0,
    placements: dict[str, Placement] | None = None,
    after: bool = True,
) -> Outcome:
    """One learner under one strategy until readiness (+ the retention window) or the horizon.
    `placements` caches KST placements by learner (they do not depend on budget or strategy)."""
    mind = Mind(world, truth, learner)
    model = Model(world, implicit=strategy != "no-implicit")
    outcome = Outcome(strategy, learner.role, budget, index)
    minutes_per = learner.exercise_minutes
    spent = 0.0  # study minutes
    t = SESSION_OFFSET  # day 0, 18:00
    goals = set(learner.goals)

    if strategy in PLACED:
        graph = placement_graph(world, learner)
        cached = (placements or {}).get(learner.key)
        if cached is None:
            placed = place(mind, graph, t, seed=learner.seed)
            if placements is not None:
                placements[learner.key] = placed
        else:  # replay the same questions on this run's mind (same streams, same answers)
            placed = cached
            for i, topic in enumerate(placed.asked):
                mind.answer(topic, t + i * minutes_per / 1440)
        for slug in sorted(placed.credited):
            model.credit(slug, moment(t + placed.questions * minutes_per / 1440))
        outcome.placement_questions = placed.questions
        outcome.placement_accuracy = placed.accuracy
    elif strategy == "ask-all":
        right = []
        for i, topic in enumerate(learner.needed):
            _, answer = mind.answer(topic, t + i * minutes_per / 1440)
            if answer == kst.Outcome.CORRECT:
                right.append(topic)
        for topic in right:
            model.credit(topic, moment(t + len(learner.needed) * minutes_per / 1440))
        outcome.placement_questions = len(learner.needed)
        outcome.placement_accuracy = sum(
            (s in right) == (s in learner.known) for s in learner.needed
        ) / len(learner.needed)
    placement_minutes = outcome.placement_questions * minutes_per
    spent += placement_minutes

    # The fixed syllabus: a cursor over the study order, pass one then revision cycles.
    cursor, done_on_topic, revising = 0, 0.0, False

    last_day = HORIZON_DAYS
    day = 0
    while day <= last_day:
        t = day + SESSION_OFFSET
        if (
            strategy != "fixed"
            and outcome.ready_day is None
            and day in {7 * w for w in FORECAST_WEEKS}
        ):
            outcome.forecasts[day // 7] = _forecast(world, learner, model, budget, day)
        if learner.studies[day]:
            left = budget * 60 - (placement_minutes if day == 0 else 0)
            if strategy == "fixed":
                while left >= minutes_per:
                    topic = learner.needed[cursor]
                    mind.practise(topic, t)
                    t += minutes_per / 1440
                    left -= minutes_per
                    spent += minutes_per
                    done_on_topic += minutes_per
                    target = REVISION_MINUTES if revising else world.topics[topic].hours * 60
                    if done_on_topic >= target:
                        cursor, done_on_topic = cursor + 1, 0.0
                        if cursor == len(learner.needed):
                            cursor, revising = 0, True
            else:
                queue = planner.today(
                    topics=world.topics,
                    goals=goals,
                    status=model.statuses(moment(t)),
                    budget_minutes=int(left),
                )
                for item in queue:
                    fresh = mind.recall(item.topic, t) >= 0.9
                    start = model.rank(item.topic)
                    for _ in range(max(1, int(item.minutes // minutes_per))):
                        template, correct = mind.practise(item.topic, t)
                        model.record(item.topic, template, correct, moment(t), minutes_per)
                        t += minutes_per / 1440
                        spent += minutes_per
                        if outcome.ready_day is None:
                            outcome.minutes[item.kind] += minutes_per
                            outcome.minutes["known"] += minutes_per * fresh
                        level = model.rank(item.topic)
                        if strategy == "lemma-early" and (
                            level > max(start, LEVEL_RANK[Level.LEARNING])
                            or (start == LEVEL_RANK[Level.MASTERED] and correct)
                        ):
                            break  # the learner moves on once the topic levels up
        if outcome.ready_day is None:
            if mind.ready(t):
                outcome.ready_day = day
                outcome.ready_hours = spent / 60
                outcome.hours = spent / 60
                outcome.kept = {a: mind.retention(t + a) for a in AFTER_DAYS}
                if not after:
                    break
                last_day = day + max(AFTER_DAYS)
        elif day - outcome.ready_day in AFTER_DAYS:
            outcome.routine[day - outcome.ready_day] = mind.retention(t)
        day += 1
    if outcome.ready_day is None:
        outcome.hours = spent / 60
    return outcome


def _forecast(
    world: World, learner: Learner, model: Model, budget: int, day: int
) -> tuple[int | None, int | None, int | None]:
    """P10, P50, P90 as day offsets from the start, as selectors.plan_forecast computes them."""
    today = START.date() + timedelta(days=day)
    now = moment(day + SESSION_OFFSET) - timedelta(hours=1)
    statuses = model.statuses(now)
    goals = set(learner.goals)
    work = goal_work.remaining_work(world.topics, goals, statuses)
    observed = pace.observed_pace(
        (world.topics[slug].hours, model.minutes[slug] / 60)
        for slug, status in statuses.items()
        if status.level in planner.DONE and not model.progress[slug].state.credited
    )
    schedule = {
        slug: forecast.review_schedule(row.card, now)
        for slug, row in model.progress.items()
        if row.card is not None and row.level == Level.MASTERED
    }
    plan = forecast.plan_topics(
        world.topics,
        plan_order(world.topics, goals, statuses),
        work.needed,
        statuses,
        spent_minutes=model.minutes,
        schedule=schedule,
    )
    result = forecast.forecast(
        plan=plan,
        hours_per_day=float(budget),
        days_per_week=STUDY_WEEKDAYS,
        pace=observed.value,
        finished_topics=work.finished,
        today=today,
        target=today + timedelta(days=180),
        seed=learner.seed,
    )

    def offset(d: date | None) -> int | None:
        return None if d is None else (d - START.date()).days

    return offset(result.p10), offset(result.p50), offset(result.p90)


# --- statistics ------------------------------------------------------------------------------

BOOTSTRAP = 2000


def bootstrap(
    columns: Sequence[Sequence[float] | np.ndarray], statistic: Callable[..., float], seed: int = 0
) -> tuple[float, float, float]:
    """The statistic and its 95% percentile-bootstrap interval, resampling rows (learners)
    jointly across the columns (paired)."""
    data = [np.asarray(c, dtype=float) for c in columns]
    n = len(data[0])
    if n == 0:
        return math.nan, math.nan, math.nan
    point = statistic(*data)
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, n, size=(BOOTSTRAP, n))
    values = np.array([statistic(*(c[p] for c in data)) for p in picks])
    values = values[~np.isnan(values)]
    if not len(values):
        return point, math.nan, math.nan
    # No interpolation: medians of censored runs can be infinite.
    low, high = np.quantile(values, [0.025, 0.975], method="inverted_cdf")
    return float(point), float(low), float(high)


def _median(x: np.ndarray) -> float:
    return float(np.median(x)) if len(x) else math.nan


def _mean(x: np.ndarray) -> float:
    return float(np.mean(x)) if len(x) else math.nan


def fmt(stat: tuple[float, float, float], digits: int = 0, percent: bool = False) -> str:
    point, low, high = stat
    if math.isnan(point):
        return "n/a"
    scale = 100 if percent else 1
    unit = "%" if percent else ""

    def one(v: float) -> str:
        if math.isinf(v):
            return "∞"
        return f"{v * scale:.{digits}f}"

    if math.isnan(low):
        return f"{one(point)}{unit}"
    return f"{one(point)}{unit} [{one(low)}, {one(high)}]"


# --- the benchmark ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    condition: str
    role: str
    index: int
    strategies: tuple[str, ...]
    budgets: tuple[int, ...]
    seed: int


_WORLD: World | None = None
_TRUTHS: dict[tuple[str, int], Truth] = {}


def _world() -> World:
    global _WORLD
    if _WORLD is None:
        _WORLD = load_world()
    return _WORLD


def _truth(condition: str, seed: int) -> Truth:
    if (condition, seed) not in _TRUTHS:
        _TRUTHS[condition, seed] = make_truth(_world(), CONDITIONS[condition], seed)
    return _TRUTHS[condition, seed]


def plan_task(task: Task) -> list[Outcome]:
    world, truth = _world(), _truth(task.condition, task.seed)
    learner = draw_learner(world, truth, task.role, task.index, task.seed)
    placements: dict[str, Placement] = {}
    return [
        run(world, truth, learner, budget, strategy, index=task.index, placements=placements)
        for budget in task.budgets
        for strategy in task.strategies
    ]


def placement_task(task: Task) -> Placement:
    world, truth = _world(), _truth(task.condition, task.seed)
    learner = draw_learner(world, truth, task.role, task.index, task.seed)
    return place(
        Mind(world, truth, learner),
        placement_graph(world, learner),
        SESSION_OFFSET,
        seed=learner.seed,
    )


def _map(function: Callable, tasks: list[Task], jobs: int, label: str) -> list:
    """Run the tasks (in `jobs` processes), with a progress line on stderr."""
    with contextlib.ExitStack() as stack:
        results: Iterator[Any]
        if jobs <= 1:
            results = map(function, tasks)
        else:
            pool = stack.enter_context(ProcessPoolExecutor(max_workers=jobs))
            results = pool.map(function, tasks, chunksize=1)
        done = []
        for result in results:
            done.append(result)
            print(f"\r{label}: {len(done)}/{len(tasks)}", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
        return done


def _hours(outcomes: list[Outcome]) -> np.ndarray:
    """Hours to readiness, +inf when not ready within the horizon (medians stay valid while
    fewer than half are censored)."""
    return np.array([o.ready_hours if o.ready_hours is not None else math.inf for o in outcomes])


def _days(outcomes: list[Outcome]) -> np.ndarray:
    return np.array([o.ready_day + 1 if o.ready_day is not None else math.inf for o in outcomes])


def _within(outcomes: list[Outcome], months: int) -> np.ndarray:
    limit = months * DAYS_PER_MONTH
    return np.array([o.ready_day is not None and o.ready_day + 1 <= limit for o in outcomes])


def _spent(outcomes: list[Outcome]) -> np.ndarray:
    """Hours to readiness, or the hours studied by the horizon when not ready (a lower bound)."""
    return np.array([o.hours for o in outcomes])


def _reduction(lemma: np.ndarray, fixed: np.ndarray) -> float:
    """1 - median hours / the fixed syllabus's median hours."""
    return 1 - _median(lemma) / _median(fixed)


def report(
    plans: dict[str, list[Outcome]],
    placements: dict[str, list[Placement]],
    *,
    learners: int,
    placement_learners: int,
    seconds: float,
) -> tuple[str, list[str]]:
    lines: list[str] = []
    out = lines.append
    out("# Simulated learners (issue 5)")
    out("")
    out(
        f"{learners} learners per role and condition (the same learners at every budget and "
        f"under every strategy), horizon {HORIZON_DAYS} days; placement: {placement_learners} "
        f"learners on the {PLACEMENT_ROLE} role. 95% bootstrap intervals in brackets. "
        f"Run time {seconds:.0f} s. See the module docstring for the simulator's design."
    )
    out("")
    out(f"## Placement ({PLACEMENT_ROLE})")
    out("")
    out(
        "| condition | topics | questions at stop, median | true accuracy at stop, mean "
        "| P(known) >= 0.5 accuracy | questions to >= 90% correct, median | never reached 90% "
        "| placement's own accuracy | stops (confident / max) |"
    )
    out("|---|---|---|---|---|---|---|---|---|")
    for condition, placed in placements.items():
        questions = [p.questions for p in placed]
        accuracy = [p.accuracy for p in placed]
        to90 = [p.to_ninety if p.to_ninety is not None else math.inf for p in placed]
        never = sum(p.to_ninety is None for p in placed)
        own = [p.estimated for p in placed]
        confident = sum(p.stop_reason == "confident" for p in placed)
        topics = placed[0].topics if placed else 0
        out(
            f"| {condition} | {topics} | {fmt(bootstrap([questions], _median))} "
            f"| {fmt(bootstrap([accuracy], _mean), 1, True)} "
            f"| {fmt(bootstrap([[p.inferred for p in placed]], _mean), 1, True)} "
            f"| {fmt(bootstrap([to90], _median))} | {never}/{len(placed)} "
            f"| {fmt(bootstrap([own], _mean), 1, True)} | {confident} / {len(placed) - confident} |"
        )
    out("")

    for condition, outcomes in plans.items():
        out(f"## Roadmap: {condition}")
        out("")
        out(
            "| role | h/day | strategy | placement q (acc) | ready | hours to ready, median "
            "| days to ready, median | within 3 mo | within 6 mo | kept 30 d | kept 90 d "
            "| routine 90 d |"
        )
        out("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for role in PLAN_ROLES:
            for budget in BUDGETS:
                for strategy in STRATEGIES:
                    rows = [
                        o
                        for o in outcomes
                        if o.role == role and o.budget == budget and o.strategy == strategy
                    ]
                    if not rows:
                        continue
                    ready = [o for o in rows if o.ready_day is not None]
                    q = np.median([o.placement_questions for o in rows])
                    acc = [o.placement_accuracy for o in rows if o.placement_accuracy is not None]
                    asked = f"{q:.0f} ({np.mean(acc):.0%})" if acc else "-"
                    out(
                        f"| {role} | {budget} | {strategy} | {asked} "
                        f"| {len(ready)}/{len(rows)} "
                        f"| {fmt(bootstrap([_hours(rows)], _median))} "
                        f"| {fmt(bootstrap([_days(rows)], _median))} "
                        f"| {fmt(bootstrap([_within(rows, 3)], _mean), 0, True)} "
                        f"| {fmt(bootstrap([_within(rows, 6)], _mean), 0, True)} "
                        f"| {fmt(bootstrap([[o.kept[30] for o in ready]], _mean), 1, True)} "
                        f"| {fmt(bootstrap([[o.kept[90] for o in ready]], _mean), 1, True)} "
                        f"| {fmt(bootstrap([[o.routine.get(90, math.nan) for o in ready]], _nanmean), 1, True)} |"  # noqa: E501
                    )
        out("")
        out("Hours to readiness against the fixed syllabus (paired, all budgets pooled):")
        out("")
        out("| role | strategy | median hours | fixed median hours | fewer hours | Δ kept 90 d |")
        out("|---|---|---|---|---|---|")
        for role in PLAN_ROLES:
            base = _paired(outcomes, role, "fixed")
            for strategy in STRATEGIES:
                if strategy == "fixed":
                    continue
                mine = _paired(outcomes, role, strategy)
                if not mine or len(mine) != len(base):
                    continue
                reduction = bootstrap([_spent(mine), _spent(base)], _reduction)
                delta = _retention_delta(mine, base)
                out(
                    f"| {role} | {strategy} | {_median(_spent(mine)):.0f} "
                    f"| {_median(_spent(base)):.0f} | {fmt(reduction, 0, True)} "
                    f"| {fmt(delta, 1, True)} |"
                )
        out("")
        out("Where the roadmap's hours go until readiness (share of study time, mean over runs):")
        out("")
        out(
            "| role | h/day | strategy | review | remediate | continue | new "
            "| on topics already known |"
        )
        out("|---|---|---|---|---|---|---|---|")
        for role in PLAN_ROLES:
            for budget in BUDGETS:
                for strategy in ("lemma", "lemma-early"):
                    runs = [
                        o
                        for o in outcomes
                        if (o.role, o.budget, o.strategy) == (role, budget, strategy)
                    ]
                    if not runs:
                        continue
                    shares = {
                        kind: np.mean([o.minutes[kind] / _total(o) for o in runs])
                        for kind in (*planner.KINDS, "known")
                    }
                    out(
                        f"| {role} | {budget} | {strategy} | "
                        + " | ".join(f"{shares[k]:.0%}" for k in (*planner.KINDS, "known"))
                        + " |"
                    )
        out("")
        forecasts = [o for o in outcomes if o.strategy == "lemma" and o.forecasts]
        if forecasts:
            out("Finish-date forecast (Lemma runs; error = P50 - true date, in days):")
            out("")
            out(
                "| week | runs | mean abs error | median error | P10-P90 holds the date "
                "| not ready in horizon |"
            )
            out("|---|---|---|---|---|---|")
            for week in FORECAST_WEEKS:
                errors, held, censored = _forecast_rows(forecasts, week)
                out(
                    f"| {week} | {len(errors) + censored} "
                    f"| {fmt(bootstrap([np.abs(errors)], _mean))} "
                    f"| {fmt(bootstrap([errors], _median))} "
                    f"| {fmt(bootstrap([held], _mean), 0, True)} | {censored} |"
                )
            out("")

    verdicts = targets(plans, placements)
    out("## Targets")
    out("")
    lines.extend(f"- {v}" for v in verdicts)
    return "\n".join(lines) + "\n", verdicts


def _total(outcome: Outcome) -> float:
    return max(1e-9, sum(v for k, v in outcome.minutes.items() if k in planner.KINDS))


def _nanmean(x: np.ndarray) -> float:
    x = x[~np.isnan(x)]
    return float(np.mean(x)) if len(x) else math.nan


def _paired(outcomes: list[Outcome], role: str, strategy: str) -> list[Outcome]:
    rows = [o for o in outcomes if o.role == role and o.strategy == strategy]
    return sorted(rows, key=lambda o: (o.budget, o.index))


def _retention_delta(mine: list[Outcome], base: list[Outcome]) -> tuple[float, float, float]:
    """Mean paired difference in 90-day retention (study stopped at readiness), over the
    learners ready under both strategies."""
    pairs = [
        (a.kept[90], b.kept[90])
        for a, b in zip(mine, base, strict=True)
        if a.ready_day is not None and b.ready_day is not None
    ]
    if not pairs:
        return math.nan, math.nan, math.nan
    a, b = zip(*pairs, strict=True)
    return bootstrap([a, b], lambda x, y: float(np.mean(x - y)))


def _forecast_rows(outcomes: list[Outcome], week: int) -> tuple[np.ndarray, np.ndarray, int]:
    errors, held, censored = [], [], 0
    for o in outcomes:
        if week not in o.forecasts:
            continue
        p10, p50, p90 = o.forecasts[week]
        if o.ready_day is None:
            censored += 1
            continue
        truth = o.ready_day
        errors.append((p50 if p50 is not None else forecast.HORIZON_DAYS) - truth)
        held.append((p10 is not None and p10 <= truth) and (p90 is None or truth <= p90))
    return np.array(errors, dtype=float), np.array(held, dtype=float), censored


def targets(plans: dict[str, list[Outcome]], placements: dict[str, list[Placement]]) -> list[str]:
    verdicts = []
    rows = placements.get("assumed", [])
    if rows:
        questions = bootstrap([[p.questions for p in rows]], _median)
        accuracy = bootstrap([[p.accuracy for p in rows]], _mean)
        met = questions[0] <= 20 and accuracy[0] >= 0.9
        verdict = "NOT MET"
        if met:
            verdict = "MET" if accuracy[1] >= 0.9 else "MET on the point estimates (borderline)"
        below = sum(p.accuracy < 0.9 for p in rows)
        verdicts.append(
            f"Placement, {PLACEMENT_ROLE}: median <= 20 questions at >= 90% accuracy: {verdict} "
            f"(median {fmt(questions)} questions, mean accuracy {fmt(accuracy, 1, True)}; "
            f"{below} of {len(rows)} learners below 90% at the stop)"
        )
    outcomes = plans.get("assumed", [])
    for role in PLAN_ROLES:
        mine, base = _paired(outcomes, role, "lemma"), _paired(outcomes, role, "fixed")
        if not mine or len(mine) != len(base):
            continue
        reduction = bootstrap([_spent(mine), _spent(base)], _reduction)
        delta = _retention_delta(mine, base)
        fewer = not math.isnan(reduction[0]) and reduction[0] >= 0.30
        if math.isnan(delta[0]):
            kept = "n/a"
        elif delta[0] >= 0:
            kept = "no lower"
        elif delta[2] >= 0:
            kept = "lower, but not significantly"
        else:
            kept = "LOWER"
        verdict = "MET" if fewer and kept == "no lower" else "NOT MET"
        if verdict == "MET" and reduction[1] < 0.30:
            verdict = "MET on the point estimate (borderline)"
        verdicts.append(
            f"{role}: >= 30% fewer hours than the fixed syllabus with 90-day retention no lower: "
            f"{verdict} (fewer hours "
            f"{fmt(reduction, 0, True)}; 90-day retention difference {fmt(delta, 1, True)}: "
            f"{kept})"
        )
    forecasts = [o for o in outcomes if o.strategy == "lemma" and o.forecasts]
    for week in FORECAST_WEEKS:
        _, held, _ = _forecast_rows(forecasts, week)
        if not len(held):
            continue
        coverage = bootstrap([held], _mean)
        met = 0.7 <= coverage[0] <= 0.9
        verdicts.append(
            f"Forecast week {week}: P10-P90 holds the true date about 80% of the time (70-90%): "
            f"{'MET' if met else 'NOT MET'} ({fmt(coverage, 0, True)})"
        )
    return verdicts


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--learners", type=int, default=16, help="per role and condition")
    parser.add_argument("--placement-learners", type=int, default=40)
    parser.add_argument("--quick", action="store_true", help="a few learners, one condition")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    learners, placement_learners = args.learners, args.placement_learners
    conditions = list(CONDITIONS)
    if args.quick:
        learners, placement_learners, conditions = 3, 5, ["assumed"]
    secondary = max(2, learners // 2)  # fewer learners for the other conditions
    started = time.perf_counter()

    placement_tasks = [
        Task(c, PLACEMENT_ROLE, i, (), (), args.seed)
        for c in (conditions if args.quick else ["assumed", "misspecified"])
        for i in range(placement_learners if c == "assumed" else placement_learners // 2)
    ]
    plan_tasks = [
        Task(c, role, i, STRATEGIES if c == "assumed" else ("lemma", "fixed", "no-implicit"),
             BUDGETS, args.seed)
        for c in conditions
        for role in PLAN_ROLES
        for i in range(learners if c == "assumed" else secondary)
    ]  # fmt: skip
    placed = _map(placement_task, placement_tasks, args.jobs, "placement learners")
    planned = _map(plan_task, plan_tasks, args.jobs, "planned learners")
    placements: dict[str, list[Placement]] = defaultdict(list)
    for task, result in zip(placement_tasks, placed, strict=True):
        placements[task.condition].append(result)
    plans: dict[str, list[Outcome]] = defaultdict(list)
    for task, results in zip(plan_tasks, planned, strict=True):
        plans[task.condition].extend(results)
    text, _ = report(
        plans,
        placements,
        learners=learners,
        placement_learners=placement_learners,
        seconds=time.perf_counter() - started,
    )
    print(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    print(f"(written to {args.output})", file=sys.stderr)


if __name__ == "__main__":
    main()
