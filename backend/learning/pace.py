"""The learner's observed pace: their study time on finished topics against the topics'
estimated hours. Pure: no Django imports.

A pace of 1.3 means they have been taking 1.3 times the estimate, so the remaining topics are
expected to take 1.3 times theirs too. Little evidence says little, so the observed ratio is
shrunk toward 1.0 by PRIOR_HOURS of pseudo-evidence studied exactly at the estimate:

    pace = (studied hours + PRIOR_HOURS) / (estimated hours + PRIOR_HOURS)

and clamped to [MIN_PACE, MAX_PACE] so that a few odd records cannot swing the forecast wildly.
Only finished topics (practised or better) with recorded study time count: a topic credited by a
placement test, or learned before Lemma, says nothing about how fast this learner studies.
"""

from collections.abc import Iterable
from dataclasses import dataclass

PRIOR_HOURS = 10.0
MIN_PACE = 0.5
MAX_PACE = 2.5


@dataclass(frozen=True)
class Pace:
    value: float  # the multiplier the plan uses (shrunk and clamped)
    observed: float | None  # studied / estimated on the evidence, None without evidence
    topics: int  # finished topics with recorded time
    studied_hours: float
    estimated_hours: float
    explanation: str


def _times(value: float) -> str:
    return f"{value:.1f}\u00d7"  # the multiplication sign


def observed_pace(finished: Iterable[tuple[float, float]]) -> Pace:
    """`finished`: (estimated hours, hours studied) for each finished topic with recorded time;
    topics with no estimate or no time are ignored."""
    rows = [(est, spent) for est, spent in finished if est > 0 and spent > 0]
    estimated = sum(est for est, _ in rows)
    studied = sum(spent for _, spent in rows)
    if not rows:
        return Pace(
            1.0,
            None,
            0,
            0.0,
            0.0,
            "No finished topics with recorded study time yet, so the plan takes the topics' "
            "estimated hours at face value.",
        )
    observed = studied / estimated
    value = (studied + PRIOR_HOURS) / (estimated + PRIOR_HOURS)
    value = round(min(MAX_PACE, max(MIN_PACE, value)), 2)
    topics = f"{len(rows)} finished topic{'s' if len(rows) != 1 else ''}"
    text = (
        f"You have been taking {_times(observed)} the estimated time on {topics} "
        f"({studied:.1f} h against {estimated:.1f} h estimated)"
    )
    if value in (MIN_PACE, MAX_PACE) and abs(observed - value) >= 0.05:
        text += f"; the plan caps that at {_times(value)}."
    elif abs(observed - value) >= 0.05:
        text += (
            f"; with this much evidence the plan assumes {_times(value)}, leaning toward the "
            "estimates until there is more."
        )
    else:
        text += "; the plan assumes the same for the topics ahead."
    return Pace(value, round(observed, 2), len(rows), round(studied, 1), round(estimated, 1), text)
