"""Intervals: both ends (by the number rules) and which ends are included."""

from collections.abc import Callable

from .evaluate import constant_value
from .nodes import Node, is_constant
from .outcome import Outcome

Compare = Callable[[Node, Node], Outcome]


def _infinity(node: Node) -> int:
    if node.op == "const" and node.value == "oo":
        return 1
    if node.op == "neg" and node.args[0].op == "const" and node.args[0].value == "oo":
        return -1
    return 0


def interval_problem(node: Node) -> str | None:
    """Why an interval is malformed, or None."""
    low, high = node.args
    left_closed, right_closed = node.value
    if (_infinity(low) and left_closed) or (_infinity(high) and right_closed):
        return "an infinite end must be open: write ( or ) next to \u221e"
    if _infinity(low) == 1 or _infinity(high) == -1:
        return "the interval runs the wrong way: -\u221e belongs on the left, \u221e on the right"
    finite = not _infinity(low) and not _infinity(high)
    ordered = not (finite and is_constant(low) and is_constant(high)) or (
        constant_value(low) <= constant_value(high)
    )
    if not ordered:
        return "the left end must not be larger than the right end"
    return None


def compare_intervals(expected: Node, answer: Node, compare: Compare) -> Outcome:
    problem = interval_problem(answer)
    if problem:
        return Outcome(False, "invalid_interval", problem, "structural")
    ends_right = []
    points: tuple[dict[str, float], ...] = ()
    for want, got in zip(expected.args, answer.args, strict=True):
        if _infinity(want) or _infinity(got):
            ends_right.append(_infinity(want) == _infinity(got))
            continue
        outcome = compare(want, got)
        points = points or outcome.points
        ends_right.append(outcome.equal)
    if not all(ends_right):
        side = "left" if not ends_right[0] else "right"
        return Outcome(False, "incorrect", f"the {side} end is not right", "structural", points)
    if expected.value != answer.value:
        return Outcome(
            False,
            "incorrect",
            "the ends are right; check which ends are included ([ ] includes an end, ( ) leaves "
            "it out)",
            "structural",
            points,
        )
    return Outcome(True, method="structural", points=points)
