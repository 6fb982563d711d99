"""The SymPy fallback of the expression check, for when sampling has too few usable points.

SymPy cannot be interrupted from Python, so instead of a timer its work is bounded up front:
expand/cancel only on trees of at most 120 nodes with powers of degree <= 12
(to_sympy.algebra_is_cheap), trigsimp/simplify only on trees of at most 40 nodes.
check_spec() refuses specs whose expected answer would send every answer down this path.
"""

from .nodes import Node, difference, walk
from .outcome import Outcome
from .to_sympy import algebra_is_cheap, sympy_module, to_sympy

_SIMPLIFY_NODES = 40


def symbolic_compare(
    expected: Node,
    answer: Node,
    domains: dict[str, tuple[float, float]],
    points: tuple[dict[str, float], ...] = (),
) -> Outcome:
    if not algebra_is_cheap(expected, answer):
        return undecided(points)
    size = sum(1 for _ in walk(expected)) + sum(1 for _ in walk(answer))
    sp = sympy_module()
    gap = to_sympy(difference(answer, expected), domains)
    steps = [sp.expand, sp.cancel]
    if size <= _SIMPLIFY_NODES:
        steps += [sp.trigsimp, sp.simplify]
    for step in steps:
        gap = step(gap)
        if gap == 0:
            return Outcome(True, method="symbolic", points=points)
    if gap.is_number and gap != 0 and gap.is_finite:
        return Outcome(False, "incorrect", "", "symbolic", points)
    return undecided(points)


def undecided(points: tuple[dict[str, float], ...]) -> Outcome:
    return Outcome(
        False,
        "cannot_decide",
        "this answer could not be checked automatically; try writing it more simply",
        "symbolic",
        points,
    )
