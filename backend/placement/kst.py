"""Adaptive placement in the spirit of knowledge space theory (KST). Pure: NumPy, no Django.

A learner's *knowledge state* is the set of topics they know. Knowledge space theory (Doignon and
Falmagne; the idea behind ALEKS) restricts the states to those consistent with the prerequisite
graph: whoever knows a topic knows everything it needs. Such a state is a *downset* of the graph.
Placement keeps a probability over knowledge states, asks one question at a time, updates the
probability with Bayes' rule, and stops when it is confident about every topic.

Answers are noisy (local independence given the state):
  P(right | topic known)     = 1 - SLIP                    (a slip on a known topic)
  P(right | topic not known) = guess                       (GUESS for a computed answer,
                                                             1/options for multiple choice)
  "I don't know"             = DONT_KNOW_IF_KNOWN : DONT_KNOW_IF_NOT  (known : not known)

There are far too many downsets to list (a role has up to 121 topics), so the probability is
represented by PARTICLES sample states, drawn in three steps that are all deterministic for a
seed, so that a placement can be recomputed from its stored answers (resumable, no hidden state):
  1. Proposal: CANDIDATES random downsets of every size (see _proposals).
  2. Importance resampling by the likelihood of the answers so far.
  3. SWEEPS Metropolis steps on the lattice of downsets: flip one random topic if the result is
     still a downset, accepted by the likelihood ratio. The target is the posterior under a prior
     that is uniform over knowledge states (KST's usual uninformed start); the moves keep
     particles from collapsing onto the few proposals that fitted the answers.

The next question is the topic whose answer is expected to remove most uncertainty: the least
expected sum over topics of the entropy of P(known) after the answer (one-step look-ahead). A topic
is asked at most MAX_ASKS times. Placement stops when the expected share of topics classified
correctly reaches CONFIDENT and at most UNSURE_SHARE of the topics are still unsettled (an average
over a large graph can look confident while the edge of what the learner knows is still unclear),
or after MAX_QUESTIONS.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

SLIP = 0.10
GUESS = 0.05
DONT_KNOW_IF_KNOWN = 0.05
DONT_KNOW_IF_NOT = 0.95
PARTICLES = 1000
CANDIDATES = 4000
SWEEPS = 150
MAX_ASKS = 2
MIN_QUESTIONS = 3
MAX_QUESTIONS = 25
CONFIDENT = 0.92
UNSURE = (0.25, 0.75)  # P(known) in this range: the topic is not settled
UNSURE_SHARE = 0.06  # stop only when at most this share of topics (and at least 2) is unsettled
KNOWN = 0.5  # a topic is classified known when P(known) is at least this


class Outcome(StrEnum):
    CORRECT = "correct"
    INCORRECT = "incorrect"
    DONT_KNOW = "dont_know"


@dataclass(frozen=True)
class Answer:
    topic: str
    outcome: Outcome
    guess: float = GUESS  # chance of a right answer without knowing (by answer kind)


class Graph:
    """The topics of a placement (closed under prerequisites) in a topological order."""

    def __init__(self, prerequisites: Mapping[str, Sequence[str]]):
        order: list[str] = []
        seen: set[str] = set()

        def visit(slug: str) -> None:  # depth of the prerequisite chains only (a dozen here)
            if slug in seen:
                return
            seen.add(slug)
            for p in sorted(prerequisites.get(slug, ())):
                if p in prerequisites:
                    visit(p)
            order.append(slug)

        for slug in sorted(prerequisites):
            visit(slug)
        self.topics: tuple[str, ...] = tuple(order)
        self.index = {slug: i for i, slug in enumerate(order)}
        n = len(order)
        # needs[i, j]: topic j is a direct prerequisite of topic i.
        self.needs = np.zeros((n, n), dtype=bool)
        for slug, pres in prerequisites.items():
            for p in pres:
                if p in self.index:
                    self.needs[self.index[slug], self.index[p]] = True
        self.key = (self.topics, self.needs.tobytes())
        self.prerequisites = {
            slug: tuple(self.topics[j] for j in np.flatnonzero(self.needs[i]))
            for i, slug in enumerate(order)
        }

    def __len__(self) -> int:
        return len(self.topics)

    def is_downset(self, known: np.ndarray) -> np.ndarray:
        """For each row of a (states x topics) boolean array: is it closed under prerequisites?"""
        missing = known[:, :, None] & self.needs[None, :, :] & ~known[:, None, :]
        return ~missing.any(axis=(1, 2))


def _likelihoods(outcome: Outcome, guess: float) -> tuple[float, float]:
    """P(answer | known), P(answer | not known)."""
    if outcome == Outcome.CORRECT:
        return 1 - SLIP, guess
    if outcome == Outcome.INCORRECT:
        return SLIP, 1 - guess
    return DONT_KNOW_IF_KNOWN, DONT_KNOW_IF_NOT


def evidence(graph: Graph, answers: Sequence[Answer]) -> np.ndarray:
    """Per topic: log P(its answers | known) - log P(its answers | not known). The log-likelihood
    of a state is then a constant plus the sum of this over the topics it contains."""
    weight = np.zeros(len(graph))
    for answer in answers:
        if answer.topic in graph.index:
            known, unknown = _likelihoods(answer.outcome, answer.guess)
            weight[graph.index[answer.topic]] += np.log(known) - np.log(unknown)
    return weight


def _proposals(graph: Graph, rng: np.random.Generator, count: int) -> np.ndarray:
    """Random downsets of every size, half from each of two recipes:
    * a random reach in [0, 1] per state; a topic is in it when all its prerequisites are and its
      own draw falls below the reach (favours states that know the basics only);
    * a random order of study consistent with the graph, cut at a random length (any size is as
      likely, so states that know most of the graph are proposed too)."""
    n = len(graph)
    half = count // 2
    reach = rng.random(half)
    draws = rng.random((half, n))
    by_reach = np.zeros((half, n), dtype=bool)
    for i in range(n):  # topological order: prerequisites are decided first
        ready = by_reach[:, graph.needs[i]].all(axis=1)
        by_reach[:, i] = ready & (draws[:, i] < reach)

    rest = count - half
    keys = rng.random((rest, n), dtype=np.float32)
    # Prerequisites not yet studied, per state and topic; -1 once the topic is studied.
    waiting = np.broadcast_to(graph.needs.sum(axis=1).astype(np.int16), (rest, n)).copy()
    needed_by = graph.needs.T.astype(np.int16)
    position = np.zeros((rest, n), dtype=int)
    rows = np.arange(rest)
    for step in range(n):  # study the available topic with the smallest key next
        pick = np.where(waiting == 0, keys, np.float32(2)).argmin(axis=1)
        position[rows, pick] = step
        waiting[rows, pick] = -1
        waiting -= needed_by[pick]
    cut = rng.integers(0, n + 1, size=rest)
    by_order = position < cut[:, None]
    return np.concatenate([by_reach, by_order])


_POOLS: dict[tuple, np.ndarray] = {}
_POOLS_KEPT = 16


def _pool(graph: Graph, seed: int, count: int) -> np.ndarray:
    """The proposals for a graph and seed. They don't depend on the answers, so a placement
    (one seed, many questions) draws them once per process; a few recent pools are kept."""
    key = (graph.key, seed, count)
    if key not in _POOLS:
        if len(_POOLS) >= _POOLS_KEPT:
            del _POOLS[next(iter(_POOLS))]
        _POOLS[key] = _proposals(graph, np.random.default_rng([seed, 1]), count)
        _POOLS[key].flags.writeable = False
    return _POOLS[key]


def sample_states(
    graph: Graph,
    answers: Sequence[Answer],
    *,
    seed: int,
    particles: int = PARTICLES,
    candidates: int = CANDIDATES,
    sweeps: int = SWEEPS,
) -> np.ndarray:
    """PARTICLES knowledge states (a boolean states x topics array, rows are downsets) drawn
    approximately from the posterior given the answers."""
    rng = np.random.default_rng(seed)
    n = len(graph)
    if n == 0:
        return np.zeros((particles, 0), dtype=bool)
    weight = evidence(graph, answers)
    pool = _pool(graph, seed, candidates)
    log_like = pool.astype(float) @ weight
    probabilities = np.exp(log_like - log_like.max())
    probabilities /= probabilities.sum()
    states = pool[rng.choice(candidates, size=particles, p=probabilities)].copy()
    rows = np.arange(particles)
    needs, needed_by = graph.needs, graph.needs.T
    for _ in range(sweeps):
        flip = rng.integers(n, size=particles)
        has = states[rows, flip]
        # Adding a topic needs all its prerequisites; removing it needs none of its dependents.
        can_add = ~(needs[flip] & ~states).any(axis=1)
        can_remove = ~(needed_by[flip] & states).any(axis=1)
        allowed = np.where(has, can_remove, can_add)
        log_ratio = np.where(has, -weight[flip], weight[flip])
        accept = allowed & (np.log(rng.random(particles)) < log_ratio)
        states[rows[accept], flip[accept]] = ~has[accept]
    return states


def _entropy(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-12, 1 - 1e-12)
    return -(q * np.log2(q) + (1 - q) * np.log2(1 - q))


def expected_entropy(states: np.ndarray, guess: float = GUESS) -> np.ndarray:
    """For each topic as the next question: the expected total entropy of P(known) over all
    topics after its answer (lower is more informative)."""
    x = states.astype(float)
    right = np.where(states, 1 - SLIP, guess)  # P(right | state) if that topic is asked
    expected = np.zeros(states.shape[1])
    for likelihood in (right, 1 - right):
        mass = likelihood.sum(axis=0)  # per asked topic
        marginals = (likelihood.T @ x) / np.maximum(mass, 1e-12)[:, None]  # asked x topics
        expected += mass / len(states) * _entropy(marginals).sum(axis=1)
    return expected


@dataclass(frozen=True)
class Estimate:
    p_known: dict[str, float]
    accuracy: float  # expected share of topics classified correctly
    next_topic: str | None  # None when placement is over
    stop_reason: str  # "", "confident", "max_questions", "no_questions"


def estimate(
    graph: Graph,
    answers: Sequence[Answer],
    *,
    seed: int,
    askable: set[str] | None = None,
    max_questions: int = MAX_QUESTIONS,
    particles: int = PARTICLES,
    sweeps: int = SWEEPS,
) -> Estimate:
    """The posterior P(known) per topic, and the next question (or why placement is over).
    `askable` are the topics that have an exercise to ask (default: all)."""
    states = sample_states(graph, answers, seed=seed, particles=particles, sweeps=sweeps)
    marginals = states.mean(axis=0)
    p_known = {slug: float(marginals[i]) for i, slug in enumerate(graph.topics)}
    accuracy = float(np.maximum(marginals, 1 - marginals).mean()) if len(graph) else 1.0
    asked: dict[str, int] = {}
    for answer in answers:
        asked[answer.topic] = asked.get(answer.topic, 0) + 1
    unsure = int(((marginals > UNSURE[0]) & (marginals < UNSURE[1])).sum())
    settled = unsure <= max(2, UNSURE_SHARE * len(graph))
    if len(answers) >= MIN_QUESTIONS and accuracy >= CONFIDENT and settled:
        return Estimate(p_known, accuracy, None, "confident")
    if len(answers) >= max_questions:
        return Estimate(p_known, accuracy, None, "max_questions")
    allowed = np.array(
        [
            asked.get(slug, 0) < MAX_ASKS and (askable is None or slug in askable)
            for slug in graph.topics
        ],
        dtype=bool,
    )
    if not allowed.any():
        return Estimate(p_known, accuracy, None, "no_questions")
    scores = np.where(allowed, expected_entropy(states), np.inf)
    return Estimate(p_known, accuracy, graph.topics[int(np.argmin(scores))], "")


class Verdict(StrEnum):
    KNOWN = "known"
    READY = "ready"  # not known, every prerequisite known: what to learn next
    NOT_YET = "not_yet"


@dataclass(frozen=True)
class Placed:
    topic: str
    verdict: Verdict
    p_known: float
    why: str


def classify(graph: Graph, answers: Sequence[Answer], p_known: Mapping[str, float]) -> list[Placed]:
    """Known, ready to learn or not yet, for every topic, with the evidence behind it. Known
    means P(known) >= KNOWN and a right answer on the topic or on a topic built on it."""
    known = {slug for slug, p in p_known.items() if p >= KNOWN}
    direct: dict[str, list[Outcome]] = {}
    for answer in answers:
        direct.setdefault(answer.topic, []).append(answer.outcome)
    dependents: dict[str, set[str]] = {slug: set() for slug in graph.topics}
    for slug, pres in graph.prerequisites.items():
        for pre in pres:
            dependents[pre].add(slug)

    def closure(start: str, step: Mapping[str, Sequence[str] | set[str]]) -> set[str]:
        out: set[str] = set()
        todo = list(step[start])
        while todo:
            slug = todo.pop()
            if slug not in out:
                out.add(slug)
                todo.extend(step[slug])
        return out

    solved = {slug for slug, outcomes in direct.items() if Outcome.CORRECT in outcomes}
    failed = {slug for slug, outcomes in direct.items() if Outcome.CORRECT not in outcomes}
    # Credit needs evidence: a right answer on the topic or on one built on it. The prior alone
    # (most knowledge states include the basics) is not a reason to skip a topic.
    credited = {slug for slug in known if slug in solved or closure(slug, dependents) & solved}
    placed = []
    for slug in graph.topics:
        chance = p_known[slug]
        outcomes = direct.get(slug, [])
        above = sorted(closure(slug, dependents) & solved)
        if slug in credited:
            verdict = Verdict.KNOWN
            if Outcome.CORRECT in outcomes:
                why = "You answered a question on it correctly."
            else:
                why = f"You solved a question on {above[0]}, which builds on it."
        else:
            ready = all(pre in credited for pre in graph.prerequisites[slug])
            verdict = Verdict.READY if ready else Verdict.NOT_YET
            below = sorted(closure(slug, graph.prerequisites) & failed)
            if Outcome.DONT_KNOW in outcomes and Outcome.CORRECT not in outcomes:
                why = "You said you don't know it yet."
            elif outcomes and Outcome.CORRECT not in outcomes:
                why = "Your answer on it was not right."
            elif outcomes:
                why = "Your answers on it were mixed; practice will settle it."
            elif slug in known:
                why = "Probably known, but nothing you answered shows it: a quick practice will."
            elif below:
                why = f"It builds on {below[0]}, which you found hard."
            elif ready:
                why = "Everything it needs looks known: a good next step."
            else:
                why = "Some of what it needs is still to learn."
        placed.append(Placed(slug, verdict, round(chance, 3), why))
    return placed
