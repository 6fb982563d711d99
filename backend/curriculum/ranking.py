"""Rank resources by how helpful learners found them. Pure Python, no Django imports."""

import math

# 95% confidence: the score is a lower bound that holds 19 times in 20.
Z = 1.96


def wilson_lower_bound(helpful: int, total: int, z: float = Z) -> float:
    """The lower end of the Wilson score interval for the share of helpful votes.

    Steps (E. B. Wilson, 1927; popularised for ratings by Evan Miller, "How Not To Sort By
    Average Rating", 2009):
      1. p = helpful / total, the observed share of helpful votes.
      2. centre = p + z²/2n, shrunk towards 1/2 by the confidence z.
      3. spread = z·sqrt(p(1-p)/n + z²/4n²).
      4. score = (centre - spread) / (1 + z²/n).
    With no votes the score is 0, so an unrated resource sorts after any resource with a
    helpful vote, and one helpful vote out of one (0.21) sorts below 40 out of 50 (0.66).
    """
    if total <= 0:
        return 0.0
    if not 0 <= helpful <= total:
        raise ValueError(f"helpful votes ({helpful}) must be between 0 and total ({total})")
    p = helpful / total
    z2 = z * z
    centre = p + z2 / (2 * total)
    spread = z * math.sqrt((p * (1 - p) + z2 / (4 * total)) / total)
    return (centre - spread) / (1 + z2 / total)
