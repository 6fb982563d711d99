"""Where expressions are compared: seeded random points in the author's domains, plus a few
"awkward" ones (0, ±1, 1/2 when inside the domain), and the expected values there.

Points are rounded to 6 significant digits so messages ("undefined at x = 0.731204") and the
stored record show exactly the point used.
"""

import math
import random
from dataclasses import dataclass
from functools import lru_cache

from .evaluate import compile_float
from .nodes import Node

RANDOM_POINTS = 20
EXTRA_POINTS = 40
MIN_VALID_POINTS = 8
# Expected values beyond this are too close to overflow to compare reliably.
MAX_SAMPLE_MAGNITUDE = 1e150
_AWKWARD = (0.0, 1.0, -1.0, 0.5, 2.0, -0.5)


@dataclass(frozen=True)
class Samples:
    """The points where the expected tree is defined, with its values and cancellation scales."""

    points: tuple[dict[str, float], ...]
    values: tuple[float, ...]
    scales: tuple[float, ...]


def _round(value: float) -> float:
    return float(f"{value:.6g}")


def _random_points(
    domains: tuple[tuple[str, tuple[float, float]], ...], rng: random.Random, count: int
) -> list[dict[str, float]]:
    return [
        {name: _round(rng.uniform(low, high)) for name, (low, high) in domains}
        for _ in range(count)
    ]


def _awkward_points(
    domains: tuple[tuple[str, tuple[float, float]], ...],
) -> list[dict[str, float]]:
    points = []
    for candidate in _AWKWARD[:3]:
        point = {
            name: candidate if low < candidate < high else _round((low + high) / 2)
            for name, (low, high) in domains
        }
        if point not in points:
            points.append(point)
    return points


@lru_cache(maxsize=4096)
def sample_expected(
    expected: Node, domains: tuple[tuple[str, tuple[float, float]], ...], seed: int
) -> Samples:
    """Evaluate `expected` at seeded points; draw more if too few lie in its domain."""
    # Not for security: the points only need to be reproducible from the seed.
    rng = random.Random(f"lemma-grading|{seed}|{domains!r}")  # noqa: S311
    evaluate = compile_float(expected)
    points: list[dict[str, float]] = []
    values: list[float] = []
    scales: list[float] = []
    candidates = _random_points(domains, rng, RANDOM_POINTS) + _awkward_points(domains)
    for round_ in range(2):
        if round_ == 1:
            if len(points) >= MIN_VALID_POINTS:
                break
            candidates = _random_points(domains, rng, EXTRA_POINTS)
        for point in candidates:
            scale = [0.0]
            value = evaluate(point, scale)
            if math.isfinite(value) and abs(value) <= MAX_SAMPLE_MAGNITUDE:
                points.append(point)
                values.append(float(value))
                scales.append(max(scale[0], abs(value)))
    return Samples(tuple(points), tuple(values), tuple(scales))


def describe_point(point: dict[str, float]) -> str:
    return ", ".join(f"{name} = {value:.6g}" for name, value in sorted(point.items()))
