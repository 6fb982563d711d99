"""Equations: the same real solution set (GRADING_POLICY.md section 6).

First, the quick and common case: lhs - rhs of the answer is a non-zero constant multiple of
lhs - rhs of the expected equation (y = 2x + 1, 2x - y + 1 = 0 and 4x = 2y - 2). The multiple
is read off the best-conditioned sample point and checked at every other one. Otherwise the
solution sets are compared directly (solutions.py): |x| = 2 matches x^2 = 4, x = 2 does not.
"""

import math

from .compare import NOISE
from .evaluate import compile_float
from .nodes import Node, difference
from .outcome import Outcome
from .sampling import MIN_VALID_POINTS, sample_expected
from .solutions import same_solutions

_DIFFERENT = "your equation describes a different relation between the variables"
# Agreement of the constant multiple: rounding only, the comparison is exact.
_RATIO = 1e-9


def compare_equations(
    expected: Node,
    answer: Node,
    domains: tuple[tuple[str, tuple[float, float]], ...],
    seed: int,
) -> Outcome:
    want_tree = difference(*expected.args)
    got_tree = difference(*answer.args)
    samples = sample_expected(want_tree, domains, seed)
    evaluate = compile_float(got_tree)
    rows = []
    for point, want, want_scale in zip(samples.points, samples.values, samples.scales, strict=True):
        scale = [0.0]
        got = evaluate(point, scale)
        if math.isfinite(got):
            rows.append((point, want, want_scale, got, max(scale[0], abs(got))))
    points = tuple(row[0] for row in rows)
    if rows and all(abs(got) <= NOISE * got_scale for _, _, _, got, got_scale in rows):
        return Outcome(
            False,
            "incorrect",
            "your equation holds for every value of the variables, so it says nothing",
            points=points,
        )
    if len(rows) >= MIN_VALID_POINTS and _proportional(rows):
        return Outcome(True, points=points)
    verdict = same_solutions(compile_float(want_tree), evaluate, domains, seed)
    if verdict is None:
        return Outcome(
            False,
            "cannot_decide",
            "this equation could not be checked automatically; try rearranging it",
            "solutions",
            points,
        )
    if verdict:
        return Outcome(True, method="solutions", points=points)
    return Outcome(False, "incorrect", _DIFFERENT, "solutions", points)


def _proportional(rows: list[tuple[dict[str, float], float, float, float, float]]) -> bool:
    _, want0, _, got0, _ = max(rows, key=lambda row: abs(row[1]) / (row[2] or 1.0))
    if want0 == 0 or got0 == 0:
        return False
    factor = got0 / want0
    for _, want, want_scale, got, got_scale in rows:
        gap = abs(got - factor * want)
        allowed = _RATIO * max(abs(got), abs(factor * want)) + 1e3 * NOISE * max(
            got_scale, abs(factor) * want_scale
        )
        if gap > allowed:
            return False
    return True
