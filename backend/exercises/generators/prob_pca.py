"""Generators for probability basics, joint tables, SVD, PCA and multiple regression.

Each generator draws until the numbers are pleasant and the right answer differs from every
answer that a listed mistake predicts.
"""

import math
import random
from typing import Any

import sympy
from sympy import Matrix, Rational

from . import generator
from .common import distinct


@generator("probpca_dice_sum")
def probpca_dice_sum(rng: random.Random) -> dict[str, Any]:
    """Two fair dice with m and n faces and a target sum t; count of ways and slips."""
    while True:
        m, n = rng.randint(4, 12), rng.randint(4, 12)
        t = rng.randint(3, m + n - 1)
        ways = sum(1 for a in range(1, m + 1) if 1 <= t - a <= n)
        answer = Rational(ways, m * n)
        flat = Rational(1, m + n - 1)
        added = Rational(ways, m + n)
        if ways < 2 or not distinct(answer, flat, added):
            continue
        pairs = [(a, t - a) for a in range(1, m + 1) if 1 <= t - a <= n]
        listing = ", ".join(f"({a}, {b})" for a, b in pairs)
        return {
            "m": m,
            "n": n,
            "t": t,
            "ways": ways,
            "total": m * n,
            "answer": answer,
            "flat": flat,
            "added": added,
            "pairs": listing,
        }


@generator("probpca_joint_table")
def probpca_joint_table(rng: random.Random) -> dict[str, Any]:
    """A 2x3 joint table of probabilities (twentieths), with marginals and conditionals."""
    while True:
        cells = [rng.randint(1, 6) for _ in range(6)]
        total = sum(cells)
        if total != 20:
            continue
        p = Matrix(2, 3, [Rational(c, 20) for c in cells])
        i, j = rng.randrange(2), rng.randrange(3)
        rows = [sum(p.row(r)) for r in range(2)]
        cols = [sum(p.col(c)) for c in range(3)]
        py = Matrix([cols])
        first_row = p.row(0)
        cond_row = p.row(0) / rows[0]
        cond = p[i, j] / rows[i]
        reversed_cond = p[i, j] / cols[j]
        if not distinct(py, first_row, cond_row) or not distinct(cond, p[i, j], reversed_cond):
            continue
        if not distinct(rows[i], p[i, j], cols[j]):
            continue
        table = (
            r"\begin{array}{c|ccc} & Y = 1 & Y = 2 & Y = 3 \\ \hline "
            + r" \\ ".join(
                f"X = {r}" + "".join(f" & {sympy.latex(p[r, c])}" for c in range(3))
                for r in range(2)
            )
            + r" \end{array}"
        )
        return {
            "table": table,
            "x": i,
            "y": j + 1,
            "cell": p[i, j],
            "px": rows[i],
            "py_j": cols[j],
            "rowcells": " + ".join(sympy.latex(p[i, c]) for c in range(3)),
            "py": py.T,
            "firstrow": first_row.T,
            "condrow": cond_row.T,
            "cond": cond,
            "reversed": reversed_cond,
            "p0": rows[0],
        }


@generator("probpca_diagonal_svd")
def probpca_diagonal_svd(rng: random.Random) -> dict[str, Any]:
    """A 3x3 diagonal matrix with at least one negative entry; singular values are |d_i|."""
    while True:
        d = [rng.choice([-1, 1]) * rng.randint(2, 9) for _ in range(3)]
        if min(d) > 0 or len({abs(x) for x in d}) < 3:
            continue
        a = sympy.diag(*d)
        return {
            "A": a,
            "answer": "{" + ", ".join(str(abs(x)) for x in d) + "}",
            "diagonal": "{" + ", ".join(str(x) for x in d) + "}",
            "squares": "{" + ", ".join(str(x * x) for x in d) + "}",
            "ata": sympy.diag(*[x * x for x in d]),
        }


_INTEGER_NORM = [
    (3, 4),
    (4, 3),
    (1, 2, 2),
    (2, 1, 2),
    (2, 2, 1),
    (2, 3, 6),
    (6, 2, 3),
    (5, 12),
    (12, 5),
    (1, 4, 8),
    (4, 4, 2),
    (6, 8),
]


def _signed(rng: random.Random, vec: tuple[int, ...]) -> Matrix:
    return Matrix([rng.choice([-1, 1]) * x for x in vec])


@generator("probpca_rank_one")
def probpca_rank_one(rng: random.Random) -> dict[str, Any]:
    """A = u v^T with integer norms; sigma_1 = |u||v|, plus slips."""
    while True:
        u = _signed(rng, rng.choice(_INTEGER_NORM))
        v = _signed(rng, rng.choice(_INTEGER_NORM))
        if u.rows * v.rows > 9 or max(abs(x) for x in u) * max(abs(x) for x in v) > 40:
            continue
        a = u * v.T
        nu, nv = sympy.sqrt(u.dot(u)), sympy.sqrt(v.dot(v))
        sigma = nu * nv
        biggest = max(abs(x) for x in a)
        if not distinct(sigma, sigma**2, biggest):
            continue
        return {
            "A": a,
            "u": u,
            "v": v,
            "nu": nu,
            "nv": nv,
            "sigma": sigma,
            "squared": sigma**2,
            "biggest": biggest,
        }


_UNIT = [(3, 4), (4, 3), (5, 12), (12, 5), (1, 0), (0, 1), (8, 15)]


def _unit(rng: random.Random) -> tuple[Matrix, Matrix]:
    a, b = rng.choice(_UNIT)
    n = math.isqrt(a * a + b * b)
    s1, s2 = rng.choice([-1, 1]), rng.choice([-1, 1])
    first = Matrix([Rational(s1 * a, n), Rational(s2 * b, n)])
    second = Matrix([-first[1], first[0]])
    return first, second


@generator("probpca_rank_one_approx")
def probpca_rank_one_approx(rng: random.Random) -> dict[str, Any]:
    """Thin SVD pieces of a 2x2 matrix; the best rank-1 approximation sigma1 u1 v1^T."""
    while True:
        u1, u2 = _unit(rng)
        v1, v2 = _unit(rng)
        s2 = rng.randint(1, 6)
        s1 = s2 + rng.randint(1, 20)
        best = s1 * u1 * v1.T
        small = s2 * u2 * v2.T
        flipped = s1 * v1 * u1.T
        if 0 in best or not distinct(best, small, flipped):
            continue
        return {
            "s1": s1,
            "s2": s2,
            "u1": u1,
            "u2": u2,
            "v1": v1,
            "v2": v2,
            "v1t": v1.T,
            "answer": best,
            "small": small,
            "flipped": flipped,
            "A": best + small,
        }


@generator("probpca_cov_2x2")
def probpca_cov_2x2(rng: random.Random) -> dict[str, Any]:
    """A 2x2 covariance C = l2 I + k w w^T, w = (q, p): eigenvalues l2 and l2 + k|w|^2."""
    while True:
        q, p = rng.randint(1, 3), rng.choice([-3, -2, -1, 1, 2, 3])
        if math.gcd(q, p) != 1:
            continue
        k, l2 = rng.randint(1, 3), rng.randint(1, 6)
        w = Matrix([q, p])
        c = l2 * sympy.eye(2) + k * w * w.T
        l1 = l2 + k * (p * p + q * q)
        t = Rational(p, q)
        v = Matrix([1, t])
        other = Matrix([1, -1 / t])
        column = Matrix([1, c[1, 0] / c[0, 0]])
        share = Rational(l1, l1 + l2)
        feature_share = Rational(c[0, 0], c[0, 0] + c[1, 1])
        small_share = Rational(l2, l1 + l2)
        if not distinct(v, other, column) or not distinct(share, feature_share, small_share):
            continue
        shifted = c - l1 * sympy.eye(2)
        return {
            "C": c,
            "l1": l1,
            "l2": l2,
            "trace": c.trace(),
            "det": c.det(),
            "v": v,
            "t": t,
            "other": other,
            "column": column,
            "shifted": shifted,
            "share": share,
            "featureshare": feature_share,
            "smallshare": small_share,
            "a": c[0, 0],
            "d": c[1, 1],
        }


@generator("probpca_normal_equations")
def probpca_normal_equations(rng: random.Random) -> dict[str, Any]:
    """A 4x2 design X and targets y; least squares beta via X^T X beta = X^T y, plus slips."""
    while True:
        x = Matrix(4, 2, [rng.randint(-2, 3) for _ in range(8)])
        y = Matrix([rng.randint(-3, 5) for _ in range(4)])
        xtx = x.T * x
        if xtx.det() == 0 or xtx[0, 1] == 0:
            continue
        xty = x.T * y
        beta = xtx.inv() * xty
        top = x[:2, :]
        if top.det() == 0:
            continue
        interp = top.inv() * y[:2, :]
        separate = Matrix([xty[0] / xtx[0, 0], xty[1] / xtx[1, 1]])
        if not distinct(beta, interp, separate):
            continue
        if any(abs(b.q) > 30 for b in beta):
            continue
        return {
            "X": x,
            "y": y,
            "XtX": xtx,
            "Xty": xty,
            "beta": beta,
            "interp": interp,
            "separate": separate,
        }
