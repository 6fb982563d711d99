"""Do two equations have the same real solution set? Found along random lines.

Used when lhs - rhs of the answer is not a constant multiple of the expected one, e.g.
|x| = 2 against x^2 = 4 (same solutions) or x = 2 against x^2 = 4 (not).
  1. Scale each variable so its domain is [-1, 1]; take seeded random lines through the
     domain box (one variable: the axis itself) and search t in [-3, 3] along each.
  2. On a grid along a line, zeros are sign changes (refined by bisection) and local minima
     of |f| (refined by golden-section search), kept only where f vanishes compared with its
     values just beside the point, which drops poles and near-misses.
  3. Every zero of the expected equation must be a zero of the answer's, and vice versa.
Zeros outside the searched region are not seen; equations without any zero there cannot be
decided this way.
"""

import math
import random
from collections.abc import Callable

from .evaluate import Compiled

LINES = 8
GRID = 160
SPAN = 3.0
_STEP = 1e-3
_VANISH = 1e-7
_MAX_ZEROS = 40

Line = Callable[[float], dict[str, float]]


def _value(function: Compiled, point: dict[str, float]) -> float:
    value = function(point, [0.0])
    return float(value) if isinstance(value, int | float) else math.nan


def _vanishes(function: Compiled, line: Line, t: float) -> bool:
    here = abs(_value(function, line(t)))
    beside = [abs(_value(function, line(t + side * _STEP))) for side in (1, -1)]
    beside = [value for value in beside if math.isfinite(value)]
    if not math.isfinite(here) or not beside:
        return False
    return here <= _VANISH * max(beside) or max(beside) == 0.0


def _bisect(g: Callable[[float], float], low: float, high: float) -> float:
    g_low = g(low)
    for _ in range(60):
        middle = (low + high) / 2
        g_middle = g(middle)
        if g_middle == 0 or not math.isfinite(g_middle):
            return middle
        if (g_middle < 0) == (g_low < 0):
            low, g_low = middle, g_middle
        else:
            high = middle
    return (low + high) / 2


def _golden_minimum(g: Callable[[float], float], low: float, high: float) -> float:
    ratio = (math.sqrt(5) - 1) / 2
    a, b = low, high
    for _ in range(60):
        c, d = b - ratio * (b - a), a + ratio * (b - a)
        if abs(g(c)) < abs(g(d)):
            b = d
        else:
            a = c
    return (a + b) / 2


def _zeros(function: Compiled, line: Line) -> list[float]:
    def g(t: float) -> float:
        return _value(function, line(t))

    ts = [-SPAN + 2 * SPAN * k / (GRID - 1) for k in range(GRID)]
    values = [g(t) for t in ts]
    candidates = []
    for k in range(GRID - 1):
        a, b = values[k], values[k + 1]
        if not (math.isfinite(a) and math.isfinite(b)):
            continue
        if a == 0:
            candidates.append(ts[k])
        elif (a < 0) != (b < 0) and b != 0:
            candidates.append(_bisect(g, ts[k], ts[k + 1]))
        local_minimum = (
            k > 0
            and math.isfinite(values[k - 1])
            and abs(a) < abs(values[k - 1])
            and abs(a) <= abs(b)
        )
        if local_minimum:
            candidates.append(_golden_minimum(g, ts[k - 1], ts[k + 1]))
    return [t for t in candidates if _vanishes(function, line, t)]


def _lines(domains: tuple[tuple[str, tuple[float, float]], ...], seed: int) -> list[Line]:
    names = [name for name, _ in domains]
    centres = [(low + high) / 2 for _, (low, high) in domains]
    halves = [(high - low) / 2 for _, (low, high) in domains]

    def line_through(start: list[float], direction: list[float]) -> Line:
        def at(t: float) -> dict[str, float]:
            return {
                name: centre + half * (s + t * d)
                for name, centre, half, s, d in zip(
                    names, centres, halves, start, direction, strict=True
                )
            }

        return at

    if len(names) == 1:
        return [line_through([0.0], [1.0])]
    rng = random.Random(f"lemma-solutions|{seed}|{domains!r}")  # noqa: S311 - not security
    lines = []
    for _ in range(LINES):
        start = [rng.uniform(-1, 1) for _ in names]
        direction = [rng.gauss(0, 1) for _ in names]
        norm = math.sqrt(sum(d * d for d in direction)) or 1.0
        lines.append(line_through(start, [d / norm for d in direction]))
    return lines


def same_solutions(
    expected: Compiled,
    answer: Compiled,
    domains: tuple[tuple[str, tuple[float, float]], ...],
    seed: int,
) -> bool | None:
    """True/False, or None when neither equation has a zero in the searched region."""
    found_any = False
    count = 0
    for line in _lines(domains, seed):
        for source, other in ((expected, answer), (answer, expected)):
            for t in _zeros(source, line):
                found_any = True
                count += 1
                if not _vanishes(other, line, t):
                    return False
                if count >= _MAX_ZEROS:
                    return True
    return True if found_any else None
