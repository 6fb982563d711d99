"""Generators for core statistics: pmf tables, joint tables, normal look-ups and paired data.

Every generator redraws until the instance is non-degenerate, so the right answer stays apart
from the common mistakes that its templates list.
"""

import math
import random
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import apart, decimal, rational

# z values with Phi(z) to four decimal places, as printed in a standard normal table.
_PHI = {
    "0.5": "0.6915",
    "0.75": "0.7734",
    "1": "0.8413",
    "1.2": "0.8849",
    "1.25": "0.8944",
    "1.5": "0.9332",
    "1.6": "0.9452",
    "1.75": "0.9599",
    "1.8": "0.9641",
    "2": "0.9772",
    "2.25": "0.9878",
    "2.5": "0.9938",
}


def _pmf(rng: random.Random) -> tuple[list[int], list[Fraction]]:
    start = rng.randint(-2, 3)
    step = rng.choice([1, 1, 2])
    values = [start + step * i for i in range(4)]
    while True:
        cuts = sorted(rng.sample(range(1, 20), 3))
        parts = [a - b for a, b in zip([*cuts, 20], [0, *cuts], strict=True)]
        if len(set(parts)) == 4:
            return values, [Fraction(p, 20) for p in parts]


def _table(values: list[int], probs: list[Fraction]) -> str:
    head = " & ".join(str(v) for v in values)
    body = " & ".join(decimal(p) for p in probs)
    return r"\begin{array}{c|cccc} x & " + head + r" \\ \hline P(X = x) & " + body + r" \end{array}"


@generator("statscore_pmf_tail")
def pmf_tail(rng: random.Random) -> dict[str, Any]:
    """P(X >= k) for a middle value k of a four-point pmf."""
    while True:
        values, probs = _pmf(rng)
        i = rng.choice([1, 2])
        answer = sum(probs[i:], Fraction(0))
        strict = sum(probs[i + 1 :], Fraction(0))
        below = 1 - strict
        if apart([answer, strict, below, 1 - answer]):
            return {
                "table": _table(values, probs),
                "k": sympy.Integer(values[i]),
                "answer": rational(answer),
                "strict": rational(strict),
                "below": rational(below),
                "terms": " + ".join(decimal(p) for p in probs[i:]),
            }


@generator("statscore_pmf_moments")
def pmf_moments(rng: random.Random) -> dict[str, Any]:
    """Mean and variance of a four-point pmf, kept apart from the usual slips."""
    while True:
        values, probs = _pmf(rng)
        mean = sum((v * p for v, p in zip(values, probs, strict=True)), Fraction(0))
        ex2 = sum((v * v * p for v, p in zip(values, probs, strict=True)), Fraction(0))
        var = ex2 - mean * mean
        plain = Fraction(sum(values), 4)
        mode = values[probs.index(max(probs))]
        if mean == 0 or not apart([mean, plain, mode]) or not apart([var, ex2, mean * mean]):
            continue
        if not apart([var, math.sqrt(var)]) or not apart([var, ex2 - mean]):
            continue
        return {
            "table": _table(values, probs),
            "mean": rational(mean),
            "ex2": rational(ex2),
            "var": rational(var),
            "plain": rational(plain),
            "mode": sympy.Integer(mode),
            "mean_terms": " + ".join(
                f"({v})({decimal(p)})" for v, p in zip(values, probs, strict=True)
            ),
            "ex2_terms": " + ".join(
                f"({v})^2({decimal(p)})" for v, p in zip(values, probs, strict=True)
            ),
        }


@generator("statscore_joint")
def joint(rng: random.Random) -> dict[str, Any]:
    """A 2x2 joint table of two binary events, independent about half the time."""
    while True:
        independent = rng.random() < 0.5
        pa = Fraction(rng.randint(1, 9), 10)
        pb = Fraction(rng.randint(1, 9), 10)
        ab = pa * pb if independent else Fraction(rng.randint(1, 99), 100)
        cells = [ab, pa - ab, pb - ab, 1 - pa - pb + ab]
        if any(c <= 0 for c in cells) or (not independent and ab == pa * pb):
            continue
        if not independent and abs(ab - pa * pb) < Fraction(1, 50):
            continue
        table = (
            r"\begin{array}{c|cc} & B & B^c \\ \hline A & "
            + f"{decimal(cells[0])} & {decimal(cells[1])}"
            + r" \\ A^c & "
            + f"{decimal(cells[2])} & {decimal(cells[3])}"
            + r" \end{array}"
        )
        return {
            "table": table,
            "pa": rational(pa),
            "pb": rational(pb),
            "pab": rational(ab),
            "product": rational(pa * pb),
            "verdict": "true" if independent else "false",
            "verdict_text": (
                "Yes, they are independent" if independent else "No, they are dependent"
            ),
            "wrong": "false" if independent else "true",
            "relation": "=" if independent else r"\neq",
        }


def _phi(rng: random.Random, low: float = 0.0) -> tuple[str, str]:
    z = rng.choice([k for k in _PHI if float(k) >= low])
    return z, _PHI[z]


@generator("statscore_normal_below")
def normal_below(rng: random.Random) -> dict[str, Any]:
    """P(X < x) for X ~ N(mu, sigma^2), with x above or below the mean by a tabled z."""
    z, phi = _phi(rng)
    sigma = rng.choice([2, 4, 5, 8, 10, 12, 15, 20])
    mu = rng.randint(5, 40) * 5
    sign = rng.choice([1, -1])
    x = mu + sign * Fraction(z) * sigma
    answer = Fraction(phi) if sign > 0 else 1 - Fraction(phi)
    return {
        "mu": sympy.Integer(mu),
        "sigma": sympy.Integer(sigma),
        "x": rational(x),
        "z": rational(Fraction(z) * sign),
        "absz": rational(z),
        "phi": rational(phi),
        "answer": rational(answer),
        "flip": rational(1 - answer),
    }


@generator("statscore_normal_between")
def normal_between(rng: random.Random) -> dict[str, Any]:
    """P(a < X < b) with a below and b above the mean, by two different tabled z values."""
    while True:
        (z1, p1), (z2, p2) = _phi(rng), _phi(rng)
        if z1 != z2:
            break
    sigma = rng.choice([2, 4, 5, 8, 10, 12, 20])
    mu = rng.randint(10, 60) * 5
    a = mu - Fraction(z1) * sigma
    b = mu + Fraction(z2) * sigma
    f1, f2 = Fraction(p1), Fraction(p2)
    return {
        "mu": sympy.Integer(mu),
        "sigma": sympy.Integer(sigma),
        "a": rational(a),
        "b": rational(b),
        "z1": rational(z1),
        "z2": rational(z2),
        "phi1": rational(f1),
        "phi2": rational(f2),
        "answer": rational(f1 + f2 - 1),
        "naive": rational(abs(f2 - f1)),
        "outside": rational(2 - f1 - f2),
    }


@generator("statscore_ztest")
def ztest(rng: random.Random) -> dict[str, Any]:
    """A z-test with known sigma: n a perfect square, so the standard error is a simple number."""
    z, phi = _phi(rng, 1.0)
    root = rng.choice([4, 5, 6, 8, 10])
    se = Fraction(rng.choice([1, 2, 4, 5]), 2)
    sigma = se * root
    mu0 = rng.randint(10, 40) * 5
    sign = rng.choice([1, -1])
    xbar = mu0 + sign * Fraction(z) * se
    tail = 1 - Fraction(phi)
    return {
        "mu0": sympy.Integer(mu0),
        "sigma": rational(sigma),
        "n": sympy.Integer(root * root),
        "root": sympy.Integer(root),
        "se": rational(se),
        "xbar": rational(xbar),
        "diff": rational(xbar - mu0),
        "z": rational(Fraction(z) * sign),
        "absz": rational(z),
        "phi": rational(phi),
        "answer": rational(2 * tail),
        "one_sided": rational(tail),
        "inside": rational(2 * Fraction(phi) - 1),
        "alt": ">" if sign > 0 else "<",
        "alt_opposite": "<" if sign > 0 else ">",
        "side": "above" if sign > 0 else "below",
    }


@generator("statscore_pairs")
def pairs(rng: random.Random) -> dict[str, Any]:
    """Four or five (x, y) pairs with whole-number means and a clearly non-zero covariance."""
    while True:
        n = rng.choice([4, 5])
        xs = [rng.randint(0, 12) for _ in range(n)]
        ys = [rng.randint(0, 12) for _ in range(n)]
        if sum(xs) % n or sum(ys) % n:
            continue
        mx, my = sum(xs) // n, sum(ys) // n
        dx = [x - mx for x in xs]
        dy = [y - my for y in ys]
        sxy = sum(a * b for a, b in zip(dx, dy, strict=True))
        sxx = sum(a * a for a in dx)
        syy = sum(b * b for b in dy)
        if sxy == 0 or sxx == 0 or syy == 0:
            continue
        r = sxy / math.sqrt(sxx * syy)
        cov = Fraction(sxy, n - 1)
        checks = [r, float(cov), float(Fraction(sxy, n)), sxy / (sxx * syy), -r]
        if abs(r) > 0.97 or abs(r) < 0.1 or not apart(checks, 0.03):
            continue
        if not apart([cov, Fraction(sxy, n)]):
            continue
        products = " + ".join(f"({a})({b})" for a, b in zip(dx, dy, strict=True))
        return {
            "xs": ", ".join(map(str, xs)),
            "ys": ", ".join(map(str, ys)),
            "n": sympy.Integer(n),
            "mx": sympy.Integer(mx),
            "my": sympy.Integer(my),
            "dx": ", ".join(map(str, dx)),
            "dy": ", ".join(map(str, dy)),
            "products": products,
            "sxy": sympy.Integer(sxy),
            "sxx": sympy.Integer(sxx),
            "syy": sympy.Integer(syy),
            "r_text": f"{r:.2f}",
        }


@generator("statscore_ci_sample_size")
def ci_sample_size(rng: random.Random) -> dict[str, Any]:
    """A 95% interval xbar +- 1.96 sigma / sqrt(n) printed as decimals; the unknown is n."""
    root = rng.choice([3, *range(5, 16)])
    k = rng.randint(1, 6)
    sigma = root * k
    margin = Fraction(196, 100) * k
    xbar = rng.randint(20, 200)
    return {
        "sigma": sympy.Integer(sigma),
        "lo": decimal(xbar - margin),
        "hi": decimal(xbar + margin),
        "width": decimal(2 * margin),
        "margin": decimal(margin),
        "xbar": sympy.Integer(xbar),
        "root": sympy.Integer(root),
        "n": sympy.Integer(root * root),
        "quarter": rational(Fraction(root * root, 4)),
    }


@generator("statscore_proportion")
def proportion(rng: random.Random) -> dict[str, Any]:
    """Clicks out of n for a 95% proportion interval: decimals to display, surds to grade."""
    n = rng.choice([100, 200, 400, 500, 1000])
    pct = rng.randint(10, 90)
    p = Fraction(pct, 100)
    var = p * (1 - p) / n
    se = sympy.sqrt(rational(var))
    z = sympy.Rational(196, 100)
    margin = z * se
    sd = sympy.sqrt(rational(p * (1 - p)))
    return {
        "n": sympy.Integer(n),
        "count": sympy.Integer(pct * n // 100),
        "p": decimal(p),
        "p_exact": rational(p),
        "se": se,
        "margin": margin,
        "se_text": f"{float(se):.4f}",
        "margin_text": f"{float(margin):.4f}",
        "lo_text": f"{float(rational(p) - margin):.3f}",
        "hi_text": f"{float(rational(p) + margin):.3f}",
        "var": rational(var),
        "sd": sd,
    }
