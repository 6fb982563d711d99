"""Generators for the core linear-algebra and statistics topics.

Matrices and transposes, least-squares lines, hypothesis tests, maximum likelihood and
densities. Each generator draws until the instance is pleasant (small integers, exact
fractions) and the right answer differs from every answer that a listed mistake predicts.
"""

import random
from typing import Any

import sympy
from sympy import Matrix, Rational

from . import generator
from .common import distinct


def _matrix(rng: random.Random, rows: int, cols: int, low: int, high: int) -> Matrix:
    return Matrix(rows, cols, [rng.randint(low, high) for _ in range(rows * cols)])


def _row(values: list[Any]) -> Matrix:
    return Matrix([values])


# --- matrices ---------------------------------------------------------------------------------


@generator("lastats_matrix_combination")
def lastats_matrix_combination(rng: random.Random) -> dict[str, Any]:
    """2x3 matrices A, B and scalars a, b; aA + bB differs from aA + B and aA - bB."""
    while True:
        a_mat = _matrix(rng, 2, 3, -4, 5)
        b_mat = _matrix(rng, 2, 3, -4, 5)
        a = rng.choice([2, 3, -2, 4])
        b = rng.choice([-1, -2, -3, 2, 3])
        result = a * a_mat + b * b_mat
        if not distinct(result, a * a_mat + b_mat, a * a_mat - b * b_mat, a * a_mat):
            continue
        return {
            "A": a_mat,
            "B": b_mat,
            "a": a,
            "b": b,
            "aA": a * a_mat,
            "bB": b * b_mat,
            "result": result,
            "unscaled": a * a_mat + b_mat,
            "signflip": a * a_mat - b * b_mat,
        }


@generator("lastats_matrix_entry")
def lastats_matrix_entry(rng: random.Random) -> dict[str, Any]:
    """A 3x4 matrix and a position (i, j) with i, j <= 3 where a_ij and a_ji differ."""
    while True:
        m = _matrix(rng, 3, 4, -9, 9)
        i, j = rng.randrange(3), rng.randrange(3)
        if i == j or abs(m[i, j]) == abs(m[j, i]) or m[i, j] == 0:
            continue
        return {"A": m, "i": i + 1, "j": j + 1, "entry": m[i, j], "swapped": m[j, i]}


@generator("lastats_matrix_solve")
def lastats_matrix_solve(rng: random.Random) -> dict[str, Any]:
    """Solve kX + A = B for X with integer X; B - A and (B + A)/k differ from X."""
    while True:
        x = _matrix(rng, 2, 2, -5, 5)
        a_mat = _matrix(rng, 2, 2, -6, 6)
        k = rng.choice([2, 3])
        b_mat = k * x + a_mat
        plus = (b_mat + a_mat) / k
        if not distinct(x, b_mat - a_mat, plus) or a_mat.is_zero_matrix:
            continue
        return {"A": a_mat, "B": b_mat, "k": k, "X": x, "diff": b_mat - a_mat, "plus": plus}


# --- transpose --------------------------------------------------------------------------------


@generator("lastats_transpose_2x3")
def lastats_transpose_2x3(rng: random.Random) -> dict[str, Any]:
    """A 2x3 matrix; its transpose differs from the row-by-row reshape and the anti-transpose."""
    while True:
        m = _matrix(rng, 2, 3, -6, 9)
        t = m.T
        reshaped = Matrix(3, 2, list(m))
        anti = t[::-1, ::-1]
        if not distinct(t, reshaped, anti):
            continue
        return {"A": m, "At": t, "reshaped": reshaped, "anti": anti}


@generator("lastats_transpose_product")
def lastats_transpose_product(rng: random.Random) -> dict[str, Any]:
    """2x2 A, B with (AB)^T, A^T B^T and AB all different."""
    while True:
        a = _matrix(rng, 2, 2, -3, 4)
        b = _matrix(rng, 2, 2, -3, 4)
        ab = a * b
        if not distinct(ab.T, a.T * b.T, ab) or a.is_symmetric() or b.is_symmetric():
            continue
        return {"A": a, "B": b, "AB": ab, "ABt": ab.T, "AtBt": a.T * b.T, "Bt": b.T, "At": a.T}


_SYMMETRY_FEEDBACK = {
    "symmetric": "A symmetric matrix has $a_{ij} = a_{ji}$ for every pair, diagonal included.",
    "skew": (
        "A skew-symmetric matrix has $a_{ij} = -a_{ji}$ for every pair, so its diagonal is zero."
    ),
    "neither": "Check every mirror pair $a_{ij}, a_{ji}$ across the main diagonal, not just one.",
}


@generator("lastats_symmetry_class")
def lastats_symmetry_class(rng: random.Random) -> dict[str, Any]:
    """A 3x3 matrix that is symmetric, skew-symmetric or neither (one mirror pair broken)."""
    kind = rng.choice(["symmetric", "skew", "neither"])
    while True:
        m = sympy.zeros(3, 3)
        for i in range(3):
            for j in range(i, 3):
                value = rng.randint(-6, 6)
                if i == j:
                    m[i, i] = 0 if kind == "skew" else value
                else:
                    m[i, j] = value
                    m[j, i] = -value if kind == "skew" else value
        if kind == "neither":
            i, j = rng.choice([(0, 1), (0, 2), (1, 2)])
            m[j, i] = m[j, i] + rng.choice([-2, -1, 1, 2])
        if m.is_symmetric() and kind != "symmetric":
            continue
        if (-m == m.T) != (kind == "skew") or any(x == 0 for x in (m[0, 1], m[0, 2], m[1, 2])):
            continue
        others = [k for k in ("symmetric", "skew", "neither") if k != kind]
        return {
            "A": m,
            "At": m.T,
            "cls": kind,
            "cls_words": {"symmetric": "Symmetric", "skew": "Skew-symmetric"}.get(kind, "Neither"),
            "wrong1": others[0],
            "wrong2": others[1],
            "fb1": _SYMMETRY_FEEDBACK[others[0]] + " Compare $A$ with $A^\\top$ again.",
            "fb2": _SYMMETRY_FEEDBACK[others[1]] + " Compare $A$ with $A^\\top$ again.",
        }


# --- simple linear regression -----------------------------------------------------------------


@generator("lastats_regression_data")
def lastats_regression_data(rng: random.Random) -> dict[str, Any]:
    """Four points with a least-squares line b0 + b1 x in simple fractions, and slip answers."""
    while True:
        xs = sorted(rng.sample(range(0, 9), 4))
        ys = [rng.randint(-3, 12) for _ in range(4)]
        n = 4
        xbar = Rational(sum(xs), n)
        ybar = Rational(sum(ys), n)
        sxx = sum((x - xbar) ** 2 for x in xs)
        sxy = sum((x - xbar) * (y - ybar) for x, y in zip(xs, ys, strict=True))
        syy = sum((y - ybar) ** 2 for y in ys)
        if sxy == 0 or syy == 0:
            continue
        b1 = sxy / sxx
        b0 = ybar - b1 * xbar
        if b1.q > 4 or b0.q > 4 or not xbar.is_integer:
            continue
        wrong_b0 = ybar + b1 * xbar
        if not distinct(b1, sxy / syy, sxx / sxy, b0, wrong_b0) or b0 == 0:
            continue
        values: dict[str, Any] = {
            "xbar": xbar,
            "ybar": ybar,
            "sxx": sxx,
            "sxy": sxy,
            "syy": syy,
            "b1": b1,
            "b0": b0,
            "xony": sxy / syy,
            "inverted": sxx / sxy,
            "wrongb0": wrong_b0,
            "coef": _row([b0, b1]).T,
            "swapped": _row([b1, b0]).T,
            "badint": _row([wrong_b0, b1]).T,
        }
        for k in range(4):
            values[f"x{k + 1}"] = xs[k]
            values[f"y{k + 1}"] = ys[k]
        return values


# --- maximum likelihood -----------------------------------------------------------------------


@generator("lastats_poisson_counts")
def lastats_poisson_counts(rng: random.Random) -> dict[str, Any]:
    """Six daily counts; the MLE of a Poisson rate is their mean."""
    while True:
        counts = [rng.randint(0, 9) for _ in range(6)]
        total = sum(counts)
        mean = Rational(total, 6)
        if total == 0 or not distinct(mean, Rational(total, 5), total):
            continue
        return {
            "data": ",\\ ".join(str(c) for c in counts),
            "total": total,
            "lam": mean,
            "nminus": Rational(total, 5),
        }


@generator("lastats_normal_mle")
def lastats_normal_mle(rng: random.Random) -> dict[str, Any]:
    """Five measurements with an integer mean; MLE (mean, variance dividing by n)."""
    while True:
        xs = [rng.randint(2, 16) for _ in range(5)]
        if sum(xs) % 5:
            continue
        mean = Rational(sum(xs), 5)
        ss = sum((x - mean) ** 2 for x in xs)
        if ss == 0:
            continue
        var = ss / 5
        unbiased = ss / 4
        sd = sympy.sqrt(var)
        if not distinct(var, unbiased, sd):
            continue
        return {
            "data": ",\\ ".join(str(x) for x in xs),
            "total": sum(xs),
            "mu": mean,
            "ss": ss,
            "var": var,
            "deviations": ",\\ ".join(sympy.latex(x - mean) for x in xs),
            "answer": _row([mean, var]).T,
            "unbiased": _row([mean, unbiased]).T,
            "withsd": _row([mean, sd]).T,
        }


# --- densities --------------------------------------------------------------------------------


@generator("lastats_power_pdf")
def lastats_power_pdf(rng: random.Random) -> dict[str, Any]:
    """f(x) = (k+1) x^k / a^(k+1) on [0, a] and an interval [lo, hi] inside it."""
    while True:
        a = rng.randint(2, 6)
        k = rng.choice([1, 2, 3])
        lo = rng.randint(0, a - 1)
        hi = rng.randint(lo + 1, a)
        if (lo, hi) == (0, a):
            continue
        c = Rational(k + 1, a ** (k + 1))
        prob = Rational(hi ** (k + 1) - lo ** (k + 1), a ** (k + 1))
        density_gap = c * (hi**k - lo**k)
        uniform = Rational(hi - lo, a)
        if not distinct(prob, density_gap, uniform):
            continue
        x = sympy.Symbol("x")
        return {
            "a": a,
            "k": k,
            "kp": k + 1,
            "lo": lo,
            "hi": hi,
            "f": c * x**k,
            "F": x ** (k + 1) / a ** (k + 1),
            "prob": prob,
            "gap": density_gap,
            "uniform": uniform,
        }


# --- hypothesis testing -----------------------------------------------------------------------

_ERROR_FEEDBACK = {
    "type1": (
        "A type I error is a false alarm: rejecting $H_0$ when $H_0$ is in fact true. "
        "Check both the decision and the truth here."
    ),
    "type2": (
        "A type II error is a miss: failing to reject $H_0$ when $H_0$ is in fact false. "
        "Check both the decision and the truth here."
    ),
    "correct": (
        "An error needs the decision and the truth to disagree. "
        "Compare what the test decided with what is actually true."
    ),
}


@generator("lastats_error_type")
def lastats_error_type(rng: random.Random) -> dict[str, Any]:
    """A test decision and the true state of the world; classify as type I, type II or correct."""
    reject = rng.choice([True, False])
    h0_true = rng.choice([True, False])
    if reject and h0_true:
        answer = "type1"
    elif not reject and not h0_true:
        answer = "type2"
    else:
        answer = "correct"
    old = rng.randint(60, 85)
    others = [k for k in ("type1", "type2", "correct") if k != answer]
    return {
        "n": rng.choice([50, 80, 100, 120, 150, 200, 250, 400]),
        "old": old,
        "alpha": rng.choice([Rational(1, 100), Rational(5, 100), Rational(1, 10)]),
        "decision": (
            "rejects $H_0$ and reports that the new model is better"
            if reject
            else "fails to reject $H_0$, finding no evidence that the new model is better"
        ),
        "truth": (
            f"the new model's true accuracy is exactly {old}\\%, no better than the old one"
            if h0_true
            else f"the new model's true accuracy is {old + rng.randint(2, 8)}\\%"
        ),
        "h0true": "true" if h0_true else "false",
        "rejected": "rejected" if reject else "did not reject",
        "answer": answer,
        "answer_text": {
            "type1": "A type I error",
            "type2": "A type II error",
            "correct": "No error",
        }[answer],
        "wrong1": others[0],
        "wrong2": others[1],
        "fb1": _ERROR_FEEDBACK[others[0]],
        "fb2": _ERROR_FEEDBACK[others[1]],
    }
