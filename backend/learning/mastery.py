"""Mastery of a topic from graded attempts: Bayesian knowledge tracing (BKT) plus evidence rules.
Pure: no Django imports.

Why BKT: each topic is one skill whose state (known / not known) is hidden; an attempt is a noisy
observation of it (a learner who knows the topic can slip, one who doesn't can guess), and every
practice is a chance to learn. Four parameters per attempt, all interpretable, and the update is
two lines of Bayes' rule (Corbett & Anderson 1994). An Elo/logistic model would need item
difficulties fitted from data that a new product does not have yet.

Parameters (documented in the learning README):
  PRIOR  0.10   P(known) before any attempt (placement, when taken, replaces it)
  LEARN  0.15   P(an unknown topic becomes known through one practice attempt)
  SLIP   0.10   P(wrong | known): an arithmetic slip on a multi-step computation
  GUESS  depends on the answer kind: 1/options for multiple choice, 1/2 for true/false,
         0.05 for computed answers (numbers, expressions, vectors...): guessing a
         computed answer is rare, which is why those count as strong evidence.
P(known) is capped at P_MAX = 0.99, so that a run of failures after a long streak still
registers (uncapped BKT saturates near 1 and explains every later failure as a slip).
Hints lower the evidence of a success: an attempt after hints counts as correct with
weight HINTED_WEIGHT (the posterior is mixed with the prior by that weight); an attempt after
the solution was revealed carries no evidence of knowing and only the learning step applies.

Visible levels:
  not started    no graded attempt
  learning       attempted, not yet practised
  practised      P(known) >= 0.80 and correct on >= 2 distinct instances
  mastered       P(known) >= 0.95, correct on >= 3 distinct instances, and a success at least
                 DELAY after the first success (knowledge that survives a delay, not a streak)
  due            mastered, and the spaced-repetition schedule says a review is due
A topic credited by placement or by a passed test-out quiz (`credited`) needs only the P(known)
thresholds: that evidence stands in for the distinct instances and the delayed success.
"""

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

PRIOR = 0.10
LEARN = 0.15
SLIP = 0.10
GUESS_COMPUTED = 0.05
HINTED_WEIGHT = 0.5
P_MAX = 0.99
PRACTISED_P = 0.80
PRACTISED_DISTINCT = 2
MASTERED_P = 0.95
MASTERED_DISTINCT = 3
DELAY = timedelta(hours=20)


class Level(StrEnum):
    NOT_STARTED = "not_started"
    LEARNING = "learning"
    PRACTISED = "practised"
    MASTERED = "mastered"
    DUE = "due"


@dataclass(frozen=True)
class Attempt:
    """One graded attempt on a topic, as the mastery model sees it."""

    at: datetime
    correct: bool
    instance: str  # distinct instances are counted by this key
    guess: float = GUESS_COMPUTED  # chance of guessing right without knowing
    hinted: bool = False
    solution_seen: bool = False


@dataclass(frozen=True)
class TopicState:
    p_known: float = PRIOR
    attempts: int = 0
    correct: int = 0
    solved_instances: frozenset[str] = field(default_factory=frozenset)
    first_success: datetime | None = None
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    credited: bool = False  # by placement or a test-out quiz


def guess_rate(kind: str, options: int) -> float:
    """The chance of a right answer without the knowledge, by answer kind."""
    if kind == "choice":
        return 1 / max(options, 2)
    return GUESS_COMPUTED


def bkt_update(p_known: float, correct: bool, guess: float, slip: float = SLIP) -> float:
    """Posterior P(known) after observing one attempt, then one learning step."""
    if correct:
        evidence = p_known * (1 - slip)
        posterior = evidence / (evidence + (1 - p_known) * guess)
    else:
        evidence = p_known * slip
        posterior = evidence / (evidence + (1 - p_known) * (1 - guess))
    return min(P_MAX, posterior + (1 - posterior) * LEARN)


def observe(state: TopicState, attempt: Attempt) -> TopicState:
    """The topic state after one more graded attempt."""
    if attempt.solution_seen:
        # Copying a revealed solution says nothing about knowing; reading it may teach.
        p_known = state.p_known + (1 - state.p_known) * LEARN
    else:
        p_known = bkt_update(state.p_known, attempt.correct, attempt.guess)
        if attempt.correct and attempt.hinted:
            p_known = state.p_known + HINTED_WEIGHT * (p_known - state.p_known)
    counts_as_success = attempt.correct and not attempt.solution_seen
    return replace(
        state,
        p_known=p_known,
        attempts=state.attempts + 1,
        correct=state.correct + (1 if counts_as_success else 0),
        solved_instances=(
            state.solved_instances | {attempt.instance}
            if counts_as_success
            else state.solved_instances
        ),
        first_success=state.first_success or (attempt.at if counts_as_success else None),
        last_success=attempt.at if counts_as_success else state.last_success,
        last_attempt=attempt.at,
    )


def level(state: TopicState, *, review_due: bool = False) -> Level:
    if state.attempts == 0 and not state.credited:
        return Level.NOT_STARTED
    distinct = len(state.solved_instances)
    delayed = (
        state.first_success is not None
        and state.last_success is not None
        and state.last_success - state.first_success >= DELAY
    )
    if state.p_known >= MASTERED_P and (
        state.credited or (distinct >= MASTERED_DISTINCT and delayed)
    ):
        return Level.DUE if review_due else Level.MASTERED
    if state.p_known >= PRACTISED_P and (state.credited or distinct >= PRACTISED_DISTINCT):
        return Level.PRACTISED
    return Level.LEARNING


def why(before: Level, after: Level, state: TopicState) -> str:
    """A sentence for the topic's history when its level changes."""
    distinct = len(state.solved_instances)
    if after == Level.LEARNING and before == Level.NOT_STARTED:
        return "First attempt recorded."
    if after == Level.PRACTISED and before in (Level.NOT_STARTED, Level.LEARNING):
        return f"Correct on {distinct} different exercises; estimated {state.p_known:.0%} known."
    if after == Level.MASTERED and before == Level.DUE:
        return "Review passed: the topic is still remembered."
    if after == Level.MASTERED:
        return (
            f"Correct on {distinct} different exercises, including a success a day or more "
            f"after the first; estimated {state.p_known:.0%} known."
        )
    if after == Level.DUE:
        return "It is time to review this topic so that it is not forgotten."
    if before == Level.DUE:
        return f"The review was missed: estimated {state.p_known:.0%} known, practise it again."
    return f"Recent answers lowered the estimate to {state.p_known:.0%} known."


LEVELS = tuple(level.value for level in Level)
