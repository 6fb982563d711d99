"""Generators for statistics and probability: small data sets and discrete distributions.

Each generator redraws until the instance is non-degenerate: the right answer differs from the
values that the templates list as common mistakes, so every mistake rule can be recognised.
"""

import random
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import apart


def _listed(values: list[int]) -> str:
    return ", ".join(str(v) for v in values)


def _rational(value: Fraction) -> sympy.Rational:
    return sympy.Rational(value.numerator, value.denominator)


@generator("stats_data_odd")
def data_odd(rng: random.Random) -> dict[str, Any]:
    """5 or 7 distinct integers in random order; mean, median, and the unsorted middle value."""
    while True:
        n = rng.choice([5, 7])
        values = rng.sample(range(1, 41), n)
        ordered = sorted(values)
        median = ordered[n // 2]
        middle = values[n // 2]
        mean = Fraction(sum(values), n)
        if apart([mean, median, middle]):
            return {
                "data": _listed(values),
                "ordered": _listed(ordered),
                "n": sympy.Integer(n),
                "total": sympy.Integer(sum(values)),
                "mean": _rational(mean),
                "median": sympy.Integer(median),
                "middle": sympy.Integer(middle),
            }


@generator("stats_data_even")
def data_even(rng: random.Random) -> dict[str, Any]:
    """6 or 8 distinct integers in random order; the median averages the two middle values."""
    while True:
        n = rng.choice([6, 8])
        values = rng.sample(range(1, 41), n)
        ordered = sorted(values)
        low, high = ordered[n // 2 - 1], ordered[n // 2]
        median = Fraction(low + high, 2)
        unsorted = Fraction(values[n // 2 - 1] + values[n // 2], 2)
        mean = Fraction(sum(values), n)
        if apart([median, unsorted, mean, Fraction(low), Fraction(high)]):
            return {
                "data": _listed(values),
                "ordered": _listed(ordered),
                "n": sympy.Integer(n),
                "low": sympy.Integer(low),
                "high": sympy.Integer(high),
                "median": _rational(median),
                "unsorted": _rational(unsorted),
                "mean": _rational(mean),
            }


@generator("stats_missing_value")
def missing_value(rng: random.Random) -> dict[str, Any]:
    """n - 1 known values and a whole-number mean of all n: the missing value is positive."""
    while True:
        n = rng.choice([4, 5, 6])
        mean = rng.randint(6, 20)
        known = [rng.randint(1, 30) for _ in range(n - 1)]
        missing = n * mean - sum(known)
        if 1 <= missing <= 40 and apart([missing, mean, missing - mean]):
            return {
                "known": _listed(known),
                "n": sympy.Integer(n),
                "known_count": sympy.Integer(n - 1),
                "mean": sympy.Integer(mean),
                "known_sum": sympy.Integer(sum(known)),
                "missing": sympy.Integer(missing),
            }


@generator("stats_data_integer_mean")
def data_integer_mean(rng: random.Random) -> dict[str, Any]:
    """4 to 6 integers with a whole-number mean, so every deviation is an integer.

    Population and sample variance, both standard deviations and the mean absolute deviation
    are all at least 0.05 apart, so a rounded answer cannot match the wrong statistic."""
    while True:
        n = rng.choice([4, 5, 6])
        values = [rng.randint(0, 20) for _ in range(n)]
        if sum(values) % n:
            continue
        mean = sum(values) // n
        deviations = [v - mean for v in values]
        ss = sum(d * d for d in deviations)
        abs_sum = sum(abs(d) for d in deviations)
        pop, samp = Fraction(ss, n), Fraction(ss, n - 1)
        stats = [float(pop), float(samp), float(pop) ** 0.5, float(samp) ** 0.5]
        stats += [abs_sum / n, abs_sum / (n - 1)]
        if ss < 8 or pop < 2 or not apart(stats, 0.05):
            continue
        return {
            "data": _listed(values),
            "n": sympy.Integer(n),
            "total": sympy.Integer(sum(values)),
            "mean": sympy.Integer(mean),
            "deviations": _listed(deviations),
            "squares": " + ".join(str(d * d) for d in deviations),
            "ss": sympy.Integer(ss),
            "abs_sum": sympy.Integer(abs_sum),
            "sample_sd": f"{float(samp) ** 0.5:.2f}",
            "population_sd": f"{float(pop) ** 0.5:.2f}",
        }


@generator("stats_summary_sums")
def summary_sums(rng: random.Random) -> dict[str, Any]:
    """Only n, the sum and the sum of squares of a data set (for the shortcut formula)."""
    while True:
        n = rng.randint(5, 10)
        values = [rng.randint(1, 30) for _ in range(n)]
        sx, sxx = sum(values), sum(v * v for v in values)
        ss = Fraction(sxx) - Fraction(sx * sx, n)
        if ss / (n - 1) > 2:
            return {"n": sympy.Integer(n), "sx": sympy.Integer(sx), "sxx": sympy.Integer(sxx)}


@generator("prob_discrete_distribution")
def discrete_distribution(rng: random.Random) -> dict[str, Any]:
    """A table of 3 or 4 integer values with probabilities (a common denominator) summing to 1.

    `table` is LaTeX (an array) for a display; the most likely value is unique, and the mean
    differs from the plain average of the values, from the most likely value, from E[X^2], and
    the variance from E[X^2] - E[X]."""
    while True:
        k = rng.choice([3, 4])
        denominator = rng.choice([8, 10, 12, 20])
        values = sorted(rng.sample(range(-3, 11), k))
        cuts = sorted(rng.sample(range(1, denominator), k - 1))
        counts = [b - a for a, b in zip([0, *cuts], [*cuts, denominator], strict=True)]
        probs = [Fraction(c, denominator) for c in counts]
        if counts.count(max(counts)) > 1:
            continue
        mode = values[counts.index(max(counts))]
        mean = sum((p * x for p, x in zip(probs, values, strict=True)), Fraction(0))
        ex2 = sum((p * x * x for p, x in zip(probs, values, strict=True)), Fraction(0))
        var = ex2 - mean**2
        plain = Fraction(sum(values), k)
        if not apart([mean, plain, Fraction(mode), ex2]) or not apart([var, ex2, ex2 - mean]):
            continue
        header = " & ".join(str(x) for x in values)
        row = " & ".join(sympy.latex(_rational(p)) for p in probs)
        table = (
            "\\begin{array}{c|"
            + "c" * k
            + "} x & "
            + header
            + " \\\\ \\hline P(X = x) & "
            + row
            + " \\end{array}"
        )
        products = " + ".join(
            f"({x})\\left({sympy.latex(_rational(p))}\\right)"
            for x, p in zip(values, probs, strict=True)
        )
        return {
            "table": table,
            "products": products,
            "k": sympy.Integer(k),
            "mean": _rational(mean),
            "ex2": _rational(ex2),
            "var": _rational(var),
            "plain": _rational(plain),
            "mode": sympy.Integer(mode),
        }
