"""Is one scalar tree equal to another? (GRADING_POLICY.md sections 2 and 3.)

Numbers: exact forms must be exactly equal (checked at 50 digits); an answer or expected value
written with a decimal may differ by the spec's absolute `tolerance`, or by rounding noise
(1e-9 * max(1, |expected|)) when the spec gives none.

Expressions: equal at every point of the author's domain where the expected tree is defined,
with no tolerance (0.333x is not x/3). Algorithm:
  1. Evaluate both trees in floats at the sample points where the expected tree is defined
     (sampling.py). A point agrees when |a - b| <= 64 eps * scale, where scale is the largest
     magnitude met in a sum (so cancellation is allowed for) or in either result.
  2. A gap between that and 1e-4 * scale may still be rounding (an ill-conditioned point) or a
     tiny real difference such as (x/6)^20: the point is re-evaluated at 50 digits (mpmath)
     and must agree to 1e-35 * scale.
  3. An answer undefined where the expected value is defined is wrong, unless the point is an
     isolated removable one: the answer is defined and agrees at two nearby points
     ((x^2 - 1)/(x - 1) for x + 1 is accepted).
  4. With fewer than MIN_VALID_POINTS usable points the SymPy fallback decides (symbolic.py).
"""

import math
from typing import Any

from .evaluate import Compiled, compile_float, evaluate_mp
from .nodes import Node
from .outcome import Outcome
from .sampling import MIN_VALID_POINTS, Samples, describe_point
from .symbolic import symbolic_compare

NOISE = 64 * 2.220446049250313e-16
_SUSPECT = 1e-4
_EXACT = 1e-35
_ROUNDING = 1e-9
_NEARBY = 1e-6


def _format(value: Any) -> str:
    return f"{float(value):.6g}"


def finite(value: Any) -> bool:
    try:
        return math.isfinite(value)
    except (TypeError, OverflowError):
        return False


def compare_numbers(
    expected: Node, answer: Node, tolerance: float | None, *, decimals: bool
) -> Outcome:
    """Exactly equal, or within the allowance when decimals or a tolerance are involved.

    A float pass first rejects values that differ by far more than the allowance."""
    method = "numeric" if decimals or tolerance is not None else "exact"
    want_scale, got_scale = [0.0], [0.0]
    want_float = compile_float(expected)({}, want_scale)
    got_float = compile_float(answer)({}, got_scale)
    if finite(want_float) and finite(got_float):
        allowance = _allowance(want_float, tolerance, decimals)
        scale = max(want_scale[0], got_scale[0], abs(want_float), abs(got_float))
        if abs(want_float - got_float) > 2 * allowance + _SUSPECT * scale:
            return Outcome(False, "incorrect", _value_note(answer, got_float), method)
    want, _ = evaluate_mp(expected, {})
    got, scale = evaluate_mp(answer, {})
    if not finite(got):
        reason = "is too large" if got == got else "is not a real number"
        return Outcome(False, "undefined", f"your answer {reason}", method)
    if not finite(want):
        raise ValueError("expected value is not a finite real number")
    gap = abs(got - want)
    if gap <= _EXACT * max(1, abs(want), scale) or gap <= _allowance(want, tolerance, decimals):
        return Outcome(True, method=method)
    return Outcome(False, "incorrect", _value_note(answer, got), method)


def _allowance(want: Any, tolerance: float | None, decimals: bool) -> float:
    if tolerance is not None:
        return tolerance
    return _ROUNDING * max(1.0, abs(float(want))) if decimals else 0.0


def _value_note(answer: Node, value: Any) -> str:
    """Say what the answer evaluates to, unless it is a bare literal (then it is obvious)."""
    if answer.op == "num" or (answer.op == "neg" and answer.args[0].op == "num"):
        return ""
    return f"your answer works out to {_format(value)}, which is not the expected value"


def _agree(want: float, got: float, want_scale: float, got_scale: float) -> str:
    """'yes', 'no', or 'unsure' (only 50-digit arithmetic can tell)."""
    if not finite(got):
        return "unsure"
    gap = abs(want - got)
    scale = max(want_scale, got_scale, abs(got), abs(want))
    if gap <= NOISE * scale:
        return "yes"
    return "unsure" if gap <= _SUSPECT * scale else "no"


def _agree_precisely(expected: Node, answer: Node, point: dict[str, float]) -> str:
    want, want_scale = evaluate_mp(expected, point)
    got, got_scale = evaluate_mp(answer, point)
    if not finite(got):
        return "undefined" if got != got else "no"
    if not finite(want):
        return "yes"
    scale = max(want_scale, got_scale, abs(got), abs(want))
    return "yes" if abs(want - got) <= _EXACT * scale else "no"


def _removable(
    expected: Compiled,
    answer: Compiled,
    point: dict[str, float],
    domains: dict[str, tuple[float, float]],
) -> bool:
    """Is the answer defined, and equal to the expected value, just either side of `point`?

    Each variable moves by a different multiple of a tiny step, so a removable line such as
    x = y is left too."""
    for side in (1, -1):
        nearby = {
            name: value + side * (index + 1) * _NEARBY * (domains[name][1] - domains[name][0])
            for index, (name, value) in enumerate(sorted(point.items()))
        }
        want = expected(nearby, [0.0])
        got = answer(nearby, [0.0])
        if not (finite(want) and finite(got)):
            return False
        if abs(want - got) > 1e-4 * max(1.0, abs(want)):
            return False
    return True


def compare_expressions(
    expected: Node,
    answer: Node,
    samples: Samples,
    domains: dict[str, tuple[float, float]],
) -> Outcome:
    evaluate = compile_float(answer)
    used: list[dict[str, float]] = []
    for point, want, want_scale in zip(samples.points, samples.values, samples.scales, strict=True):
        scale = [0.0]
        got = evaluate(point, scale)
        verdict = _agree(want, got, want_scale, scale[0])
        if verdict == "unsure":
            verdict = _agree_precisely(expected, answer, point)
        if verdict == "undefined" and _removable(compile_float(expected), evaluate, point, domains):
            continue
        used.append(point)
        if verdict == "undefined":
            return Outcome(
                False,
                "undefined",
                f"your answer is undefined at {describe_point(point)}, where it should have a "
                "value",
                points=tuple(used),
            )
        if verdict == "no":
            shown = f" (yours gives {_format(got)})" if finite(got) else ""
            return Outcome(
                False,
                "incorrect",
                f"your answer has a different value at {describe_point(point)}{shown}",
                points=tuple(used),
            )
    if len(used) >= MIN_VALID_POINTS:
        return Outcome(True, points=tuple(used))
    return symbolic_compare(expected, answer, domains, tuple(used))
