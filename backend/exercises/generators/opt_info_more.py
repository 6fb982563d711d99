"""Generators for further entropy and optimisation-problem templates: mutual information from a
joint table, and the open-box volume problem with a rectangular sheet.

Each generator redraws until the numbers are pleasant and the right answer is clearly apart from
every answer that a listed mistake predicts (by more than the template's tolerance, where the
template grades decimals).
"""

import math
import random
from fractions import Fraction
from functools import lru_cache
from typing import Any

import sympy

from . import generator
from .common import apart, decimal

_X = sympy.Symbol("x")


def _q(value: Fraction | int) -> sympy.Rational:
    value = Fraction(value)
    return sympy.Rational(value.numerator, value.denominator)


def _r3(value: float) -> str:
    return f"{value:.3f}"


def _h(probs: list[Fraction]) -> float:
    return -sum(float(p) * math.log2(p) for p in probs if p > 0)


def _h_exact(probs: list[Fraction], base: int | None = 2) -> Any:
    total = sympy.Integer(0)
    for p in probs:
        if p > 0:
            log = sympy.log(_q(p), base) if base else sympy.log(_q(p))
            total -= _q(p) * log
    return total


# --- entropy: mutual information ---------------------------------------------------------------

_MI_CONTEXTS = [
    ("an email contains a link", "it is spam"),
    ("a payment is made at night", "it is fraudulent"),
    ("a visitor is on a mobile device", "they click the advert"),
    ("a user signed up in the last month", "they cancel their subscription"),
    ("an image is blurry", "the classifier gets it wrong"),
]


@generator("opt_info_more_mutual_information")
def mutual_information(rng: random.Random) -> dict[str, Any]:
    """A 2x2 joint table in twentieths; I(X; Y) = H(X) + H(Y) - H(X, Y) in bits."""
    while True:
        cuts = sorted(rng.sample(range(1, 20), 3))
        counts = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], 20 - cuts[2]]
        cells = [Fraction(c, 20) for c in counts]
        rows = [cells[0] + cells[1], cells[2] + cells[3]]
        cols = [cells[0] + cells[2], cells[1] + cells[3]]
        hxy, hx, hy = _h(cells), _h(rows), _h(cols)
        info = hx + hy - hxy
        if info < 0.05:
            continue
        conditional = hxy - hx
        shown = [round(v, 3) for v in (hx, hy, hxy, conditional, info)]
        if abs(shown[0] + shown[1] - shown[2] - shown[4]) > 1e-9:
            continue  # the rounded steps in the solution would not add up
        if abs(shown[1] - shown[3] - shown[4]) > 1e-9:
            continue
        if apart([info, conditional, -info, info * math.log(2), hx + hy], 0.01):
            break
    x_text, y_text = rng.choice(_MI_CONTEXTS)
    table = (
        r"\begin{array}{c|cc} & Y = 0 & Y = 1 \\ \hline X = 0 & "
        + f"{decimal(cells[0], 30)} & {decimal(cells[1], 30)}"
        + r" \\ X = 1 & "
        + f"{decimal(cells[2], 30)} & {decimal(cells[3], 30)}"
        + r" \end{array}"
    )
    exact = _h_exact(rows) + _h_exact(cols) - _h_exact(cells)
    nats = _h_exact(rows, None) + _h_exact(cols, None) - _h_exact(cells, None)
    return {
        "table": table,
        "x_text": x_text,
        "y_text": y_text,
        "r0": decimal(rows[0], 30),
        "r1": decimal(rows[1], 30),
        "c0": decimal(cols[0], 30),
        "c1": decimal(cols[1], 30),
        "hx_dec": _r3(hx),
        "hy_dec": _r3(hy),
        "hxy_dec": _r3(hxy),
        "cond_dec": _r3(conditional),
        "dec": _r3(info),
        "answer": exact,
        "conditional": _h_exact(cells) - _h_exact(rows),
        "negative": -exact,
        "nats": nats,
        "no_joint": _h_exact(rows) + _h_exact(cols),
    }


# --- optimisation problems: open box ----------------------------------------------------------


@lru_cache(maxsize=1)
def _box_sheets() -> list[tuple[int, int]]:
    """Sheets a x b (a <= b) whose best cut x = (a + b - s) / 6 has denominator at most 2,
    where s = sqrt(a^2 - a b + b^2) is a whole number."""
    found = []
    for a in range(4, 91):
        for b in range(a, 151):
            s2 = a * a - a * b + b * b
            s = math.isqrt(s2)
            if s * s != s2:
                continue
            if Fraction(a + b - s, 6).denominator <= 2:
                found.append((a, b))
    return found


@generator("opt_info_more_box_volume")
def box_volume(rng: random.Random) -> dict[str, Any]:
    """Cut equal squares of side x from the corners of an a x b sheet; maximise the box volume."""
    while True:
        a, b = rng.choice(_box_sheets())
        s = math.isqrt(a * a - a * b + b * b)
        best = Fraction(a + b - s, 6)
        other = Fraction(a + b + s, 6)
        volume = best * (a - 2 * best) * (b - 2 * best)
        if len({best, other, volume}) == 3:
            break
    first, second = (a, b) if rng.random() < 0.5 else (b, a)
    v = sympy.expand(_X * (a - 2 * _X) * (b - 2 * _X))
    dv = sympy.diff(v, _X)
    return {
        "w": first,
        "l": second,
        "a": a,
        "b": b,
        "v_tex": sympy.latex(v),
        "dv_tex": sympy.latex(dv),
        "sum_ab": a + b,
        "prod_ab": a * b,
        "disc_inner": a * a - a * b + b * b,
        "s": s,
        "half_a": _q(Fraction(a, 2)),
        "answer": _q(best),
        "other": _q(other),
        "volume": _q(volume),
        "side_a": _q(a - 2 * best),
        "side_b": _q(b - 2 * best),
    }
