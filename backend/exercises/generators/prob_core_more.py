"""Generators for more exercises on probability basics, joint and marginal distributions and
sampling distributions.

Each generator redraws until the instance is non-degenerate and the right answer stays apart
from every answer that a listed mistake predicts. Probabilities are shown as decimals (strings of
LaTeX) and returned as exact SymPy rationals for grading.
"""

import math
import random
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import apart, decimal, rational


def _two(value: Fraction) -> str:
    """A probability in hundredths with two decimal places, as in a printed table: 0.05, 0.10."""
    return f"{float(value):.2f}"


def _phi(z: Fraction) -> Fraction:
    """The standard normal CDF at z, rounded to four decimal places as in a printed table."""
    value = 0.5 * (1 + math.erf(float(z) / math.sqrt(2)))
    return Fraction(round(value * 10000), 10000)


# --- Joint and marginal distributions -----------------------------------------------------------


def _joint_cells(rng: random.Random) -> list[list[Fraction]]:
    """A 3x3 joint table of probabilities in twentieths, every cell between 0.05 and 0.20."""
    while True:
        units = [rng.randint(1, 4) for _ in range(9)]
        if sum(units) == 20:
            return [[Fraction(units[3 * r + c], 20) for c in range(3)] for r in range(3)]


def _joint_table(cells: list[list[Fraction]], x_label: str, y_label: str) -> str:
    """The table as a KaTeX array with rows X = 0, 1, 2 and columns Y = 0, 1, 2."""
    head = " & ".join(f"{y_label} = {c}" for c in range(3))
    rows = r" \\ ".join(
        f"{x_label} = {r} & " + " & ".join(_two(cells[r][c]) for c in range(3)) for r in range(3)
    )
    return r"\begin{array}{c|ccc} & " + head + r" \\ \hline " + rows + r" \end{array}"


@generator("prob_core_more_joint_sum")
def joint_sum(rng: random.Random) -> dict[str, Any]:
    """P(X + Y = k) from a 3x3 joint table of failure counts on two servers."""
    while True:
        cells = _joint_cells(rng)
        k = rng.choice([1, 2, 3])
        pairs = [(a, k - a) for a in range(3) if 0 <= k - a <= 2]
        answer = sum((cells[a][b] for a, b in pairs), Fraction(0))
        px = [sum(cells[r], Fraction(0)) for r in range(3)]
        py = [sum((cells[r][c] for r in range(3)), Fraction(0)) for c in range(3)]
        product = sum((px[a] * py[b] for a, b in pairs), Fraction(0))
        unordered = sum((cells[a][b] for a, b in pairs if a <= b), Fraction(0))
        if not apart([answer, product, unordered], Fraction(1, 200)):
            continue
        return {
            "table": _joint_table(cells, "X", "Y"),
            "k": sympy.Integer(k),
            "answer": rational(answer),
            "answer_dec": decimal(answer),
            "pairs": ",\\ ".join(f"({a}, {b})" for a, b in pairs),
            "cells": " + ".join(_two(cells[a][b]) for a, b in pairs),
            "count": sympy.Integer(len(pairs)),
            "product": rational(product),
            "unordered": rational(unordered),
        }


@generator("prob_core_more_joint_mean")
def joint_mean(rng: random.Random) -> dict[str, Any]:
    """E[Y] from a 3x3 joint table of ad clicks X and purchases Y per session."""
    while True:
        cells = _joint_cells(rng)
        px = [sum(cells[r], Fraction(0)) for r in range(3)]
        py = [sum((cells[r][c] for r in range(3)), Fraction(0)) for c in range(3)]
        ex = px[1] + 2 * px[2]
        ey = py[1] + 2 * py[2]
        if not apart([ey, ex, Fraction(1), ey / 3], Fraction(1, 100)):
            continue
        return {
            "table": _joint_table(cells, "X", "Y"),
            "py0": rational(py[0]),
            "py1": rational(py[1]),
            "py2": rational(py[2]),
            "py0_dec": decimal(py[0]),
            "py1_dec": decimal(py[1]),
            "py2_dec": decimal(py[2]),
            "col1": " + ".join(_two(cells[r][1]) for r in range(3)),
            "col2": " + ".join(_two(cells[r][2]) for r in range(3)),
            "answer": rational(ey),
            "answer_dec": decimal(ey),
            "ex": rational(ex),
            "third": rational(ey / 3),
        }


# --- Probability basics -------------------------------------------------------------------------

_CLASSES = [
    ("cat", "dog", "bird"),
    ("car", "bicycle", "bus"),
    ("pop", "rock", "jazz"),
    ("apple", "banana", "cherry"),
    ("spam", "phishing", "promotion"),
]


@generator("prob_core_more_three_disjoint")
def three_disjoint(rng: random.Random) -> dict[str, Any]:
    """P(none of three disjoint events): the complement of a sum, not a product."""
    while True:
        p = [Fraction(rng.randint(5, 40), 100) for _ in range(3)]
        total = sum(p, Fraction(0))
        if total > Fraction(9, 10):
            continue
        answer = 1 - total
        independent = (1 - p[0]) * (1 - p[1]) * (1 - p[2])
        if not apart([answer, total, independent], Fraction(1, 100)):
            continue
        names = rng.choice(_CLASSES)
        return {
            "c1": names[0],
            "c2": names[1],
            "c3": names[2],
            "p1": decimal(p[0]),
            "p2": decimal(p[1]),
            "p3": decimal(p[2]),
            "total": rational(total),
            "total_dec": decimal(total),
            "answer": rational(answer),
            "answer_dec": decimal(answer),
            "independent": rational(independent),
            "q1": decimal(1 - p[0]),
            "q2": decimal(1 - p[1]),
            "q3": decimal(1 - p[2]),
        }


@generator("prob_core_more_exactly_one")
def exactly_one(rng: random.Random) -> dict[str, Any]:
    """P(exactly one of A, B) from P(A), P(B) and P(A or B), by inclusion-exclusion."""
    while True:
        both = rng.randint(3, 25)
        only_a = rng.randint(5, 40)
        only_b = rng.randint(5, 40)
        if 2 * both + only_a + only_b > 100:
            continue
        c = Fraction(both, 100)
        a = Fraction(both + only_a, 100)
        b = Fraction(both + only_b, 100)
        u = a + b - c
        answer = u - c
        if not apart([answer, u, a + b, c, 1 - u], Fraction(1, 100)):
            continue
        return {
            "a": decimal(a),
            "b": decimal(b),
            "u": decimal(u),
            "both": rational(c),
            "both_dec": decimal(c),
            "union": rational(u),
            "sum": rational(a + b),
            "answer": rational(answer),
            "answer_dec": decimal(answer),
            "neither": rational(1 - u),
        }


# --- Sampling distributions ---------------------------------------------------------------------

_TABLE_Z = [Fraction(z) for z in ("0.5", "0.75", "1", "1.2", "1.25", "1.5", "1.6", "1.75", "2")]
_TABLE_Z += [Fraction(z) for z in ("2.25", "2.5")]


def _normal_table(zs: list[Fraction]) -> str:
    head = " & ".join(f"{float(z):.2f}" for z in zs)
    body = " & ".join(f"{float(_phi(z)):.4f}" for z in zs)
    return (
        r"\begin{array}{c|"
        + "c" * len(zs)
        + r"} z & "
        + head
        + r" \\ \hline \Phi(z) & "
        + body
        + r" \end{array}"
    )


def _tail(direction: str, z: Fraction) -> tuple[Fraction, str]:
    """P(Z > z) or P(Z < z) from the table of positive z, and the steps as LaTeX."""
    a = abs(z)
    phi = _phi(a)
    za, zs = decimal(a), decimal(z)
    if (direction == ">") == (z > 0):
        value = 1 - phi
        steps = rf"P(Z {direction} {zs}) = 1 - \Phi({za}) = 1 - {decimal(phi)}"
        if z < 0:
            steps = rf"P(Z < {zs}) = P(Z > {za}) = 1 - \Phi({za}) = 1 - {decimal(phi)}"
    else:
        value = phi
        steps = rf"P(Z {direction} {zs}) = \Phi({za})"
        if z < 0:
            steps = rf"P(Z > {zs}) = P(Z < {za}) = \Phi({za})"
    return value, steps


@generator("prob_core_more_mean_tail")
def mean_tail(rng: random.Random) -> dict[str, Any]:
    """P(sample mean > c) or P(sample mean < c) through the CLT and a printed normal table."""
    while True:
        z_abs = rng.choice(_TABLE_Z)
        sign = rng.choice([1, -1])
        z = sign * z_abs
        direction = rng.choice([">", "<"])
        root = rng.randint(4, 10)
        se = rng.randint(1, 5)
        sigma = se * root
        mu = rng.randint(20, 90) * 5
        c = mu + z * se
        answer, steps = _tail(direction, z)
        flipped = 1 - answer
        # The slip: standardising with sigma instead of the standard error.
        hundredths = z_abs * 100 / root
        if (hundredths - math.floor(hundredths)) == Fraction(1, 2):
            continue  # a rounding tie: learners could round either way
        z_sd = Fraction(math.floor(hundredths + Fraction(1, 2)), 100)
        if z_sd == 0:
            continue
        sd_value, _ = _tail(direction, sign * z_sd)
        if not apart([answer, flipped, sd_value], Fraction(5, 1000)):
            continue
        distractors = [
            Fraction(v, 100) for v in range(10, 300, 5) if Fraction(v, 100) not in (z_abs, z_sd)
        ]
        zs = sorted([z_abs, z_sd, *rng.sample(distractors, 3)])
        words = "more than" if direction == ">" else "less than"
        return {
            "mu": sympy.Integer(mu),
            "sigma": sympy.Integer(sigma),
            "n": sympy.Integer(root * root),
            "root": sympy.Integer(root),
            "se": sympy.Integer(se),
            "c": decimal(c),
            "diff": decimal(c - mu),
            "z": decimal(z),
            "dir": direction,
            "other": "<" if direction == ">" else ">",
            "words": words,
            "table": _normal_table(zs),
            "steps": steps,
            "answer": rational(answer),
            "answer_dec": decimal(answer),
            "flipped": rational(flipped),
            "sd_value": rational(sd_value),
        }


@generator("prob_core_more_sample_size")
def sample_size(rng: random.Random) -> dict[str, Any]:
    """The test-set size that shrinks a standard error by a factor k: n grows by k squared."""
    while True:
        k = rng.choice([Fraction(2), Fraction(3), Fraction(4), Fraction(3, 2), Fraction(5, 2)])
        se_new = Fraction(rng.choice([4, 5, 6, 8, 10, 12, 15, 20]), 1000)
        se_old = k * se_new
        if (se_old * 1000).denominator != 1 or se_old > Fraction(1, 10):
            continue
        step = 10 if k.denominator == 1 else 20
        top = math.floor(Fraction(1, 4) / se_old**2 / step)
        if top < 5:
            continue
        n = step * rng.randint(5, min(top, 150))
        answer = n * k * k
        if answer.denominator != 1:
            continue
        return {
            "n": sympy.Integer(n),
            "se_old": decimal(se_old),
            "se_new": decimal(se_new),
            "k": rational(k),
            "k2": rational(k * k),
            "answer": rational(answer),
            "linear": rational(n * k),
            "extra": rational(answer - n),
        }
