"""More generators for least squares, orthogonal projections and vector norms.

Each generator redraws until the numbers are pleasant (small integers, simple fractions or
roots) and the right answer differs from every answer that a listed mistake predicts.
"""

import math
import random
from typing import Any

import sympy
from sympy import Matrix, Rational

from . import generator


def _distinct(*items: Any) -> bool:
    return all(
        sympy.simplify(items[i] - items[j]) != 0
        for i in range(len(items))
        for j in range(i + 1, len(items))
    )


def _plain(value: Any) -> str:
    """Plain answer text for a SymPy number, using `^` for powers."""
    return sympy.sstr(value).replace("**", "^")


def _tuple_text(*values: Any) -> str:
    return "(" + ", ".join(_plain(v) for v in values) + ")"


def _points_tex(xs: list[int], ys: list[int], xname: str, yname: str) -> str:
    """A two-row table of (x, y) data."""
    return (
        r"\begin{array}{c|"
        + "c" * len(xs)
        + "} "
        + xname
        + " & "
        + " & ".join(str(x) for x in xs)
        + r" \\ \hline "
        + yname
        + " & "
        + " & ".join(str(y) for y in ys)
        + r" \end{array}"
    )


def _denominator(value: Any) -> int:
    return int(sympy.fraction(value)[1])


def _vec_dot(u: Matrix, v: Matrix) -> Any:
    return sum(a * b for a, b in zip(u, v, strict=True))


# --- least squares ----------------------------------------------------------------------------


@generator("la_norms_more_origin_slope")
def la_norms_more_origin_slope(rng: random.Random) -> dict[str, Any]:
    """Least-squares slope of y = m x (no intercept) through 3 or 4 points."""
    while True:
        n = rng.choice([3, 4])
        xs = sorted(rng.sample(range(1, 7), n))
        twice_m = rng.choice([1, 2, 3, 4, 6])
        ys = [twice_m * x // 2 + rng.randint(-2, 2) for x in xs]
        if any(y <= 0 for y in ys):
            continue
        sxy = sum(x * y for x, y in zip(xs, ys, strict=True))
        sxx = sum(x * x for x in xs)
        sx, sy = sum(xs), sum(ys)
        m = Rational(sxy, sxx)
        ratio_sums = Rational(sy, sx)
        mean_ratio = sum(Rational(y, x) for x, y in zip(xs, ys, strict=True)) / n
        no_square = Rational(sxy, sx)
        if _denominator(m) > 60:
            continue
        if not _distinct(m, ratio_sums, mean_ratio, no_square):
            continue
        return {
            "table": _points_tex(xs, ys, "x", "y"),
            "n": n,
            "xy_terms": " + ".join(f"{x} \\cdot {y}" for x, y in zip(xs, ys, strict=True)),
            "xx_terms": " + ".join(f"{x}^2" for x in xs),
            "sxy": sxy,
            "sxx": sxx,
            "sx": sx,
            "sy": sy,
            "m": m,
            "ratio_sums": ratio_sums,
            "mean_ratio": mean_ratio,
            "no_square": no_square,
        }


@generator("la_norms_more_line_prediction")
def la_norms_more_line_prediction(rng: random.Random) -> dict[str, Any]:
    """Least-squares line through four points, then a prediction at a new input."""
    while True:
        ts = sorted(rng.sample(range(0, 10), 4))
        gaps = [t for t in range(ts[0] + 1, ts[-1]) if t not in ts]
        if not gaps:
            continue
        t0 = rng.choice(gaps)
        base, trend = rng.randint(2, 12), rng.choice([-1, 1, 2])
        ys = [base + trend * t + rng.randint(-3, 3) for t in ts]
        if min(ys) < 0:
            continue
        tbar = Rational(sum(ts), 4)
        ybar = Rational(sum(ys), 4)
        stt = sum((t - tbar) ** 2 for t in ts)
        sty = sum((t - tbar) * (y - ybar) for t, y in zip(ts, ys, strict=True))
        m = sty / stt
        c = ybar - m * tbar
        if m == 0 or _denominator(m) > 20 or _denominator(c) > 20:
            continue
        if all(c + m * t == y for t, y in zip(ts, ys, strict=True)):
            continue
        pred = c + m * t0
        slope2 = Rational(ys[-1] - ys[0], ts[-1] - ts[0])
        twopoint = ys[0] + slope2 * (t0 - ts[0])
        no_intercept = m * t0
        swapped = m + c * t0
        if not _distinct(pred, twopoint, no_intercept, swapped, ybar):
            continue
        return {
            "table": _points_tex(ts, ys, "t", "y"),
            "t0": t0,
            "tbar": tbar,
            "ybar": ybar,
            "stt": stt,
            "sty": sty,
            "m": m,
            "c": c,
            "dt": t0 - tbar,
            "answer": pred,
            "twopoint": twopoint,
            "no_intercept": no_intercept,
            "swapped": swapped,
        }


# --- orthogonality and projections -------------------------------------------------------------


@generator("la_norms_more_distance_to_line")
def la_norms_more_distance_to_line(rng: random.Random) -> dict[str, Any]:
    """Distance from a point b in R^3 to the line through the origin spanned by a."""
    while True:
        a = Matrix([rng.randint(-3, 3) for _ in range(3)])
        b = Matrix([rng.randint(-4, 5) for _ in range(3)])
        if a.is_zero_matrix or list(a).count(0) > 1:
            continue
        aa = _vec_dot(a, a)
        ab = _vec_dot(a, b)
        bb = _vec_dot(b, b)
        if ab == 0:
            continue
        coef = Rational(ab, aa)
        proj = coef * a
        r = b - proj
        if r.is_zero_matrix:
            continue
        dsq = sum(x * x for x in r)
        if _denominator(dsq) > 6:
            continue
        answer = sympy.sqrt(dsq)
        projlen = abs(ab) / sympy.sqrt(aa)
        to_a = sympy.sqrt(sum(x * x for x in (b - a)))
        if not _distinct(answer, dsq, projlen, to_a):
            continue
        return {
            "a": a,
            "b": b,
            "aa": aa,
            "ab": ab,
            "bb": bb,
            "coef": coef,
            "proj": proj,
            "r": r,
            "dsq": dsq,
            "answer": answer,
            "projlen": projlen,
            "to_a": to_a,
        }


def _small_orthogonal_pair(rng: random.Random) -> tuple[Matrix, Matrix] | None:
    u1 = Matrix([rng.randint(-2, 2) for _ in range(3)])
    w = Matrix([rng.randint(-2, 2) for _ in range(3)])
    if u1.is_zero_matrix:
        return None
    u1 = u1 / math.gcd(*[int(x) for x in u1])
    u2 = u1.cross(w)
    if u2.is_zero_matrix:
        return None
    g = math.gcd(*[int(x) for x in u2])
    u2 = u2 / g
    if max(abs(x) for x in u2) > 4:
        return None
    return u1, u2


@generator("la_norms_more_project_plane")
def la_norms_more_project_plane(rng: random.Random) -> dict[str, Any]:
    """Projection of b onto the plane spanned by two orthogonal vectors u1, u2 in R^3."""
    while True:
        pair = _small_orthogonal_pair(rng)
        if pair is None:
            continue
        u1, u2 = pair
        b = Matrix([rng.randint(-4, 5) for _ in range(3)])
        n1, n2 = _vec_dot(u1, u1), _vec_dot(u2, u2)
        if n1 == 1 or n2 == 1:
            continue
        d1, d2 = _vec_dot(b, u1), _vec_dot(b, u2)
        if d1 == 0 or d2 == 0:
            continue
        c1, c2 = Rational(d1, n1), Rational(d2, n2)
        p = c1 * u1 + c2 * u2
        if p == b or max(_denominator(x) for x in p) > 12:
            continue
        only1 = c1 * u1
        residual = b - p
        unscaled = d1 * u1 + d2 * u2
        if len({tuple(v) for v in (p, only1, residual, unscaled, b)}) < 5:
            continue
        return {
            "u1": u1,
            "u2": u2,
            "b": b,
            "n1": n1,
            "n2": n2,
            "d1": d1,
            "d2": d2,
            "c1": c1,
            "c2": c2,
            "p1": c1 * u1,
            "p2": c2 * u2,
            "answer": p,
            "x1": p[0],
            "x2": p[1],
            "x3": p[2],
            "only1": only1,
            "residual": residual,
            "unscaled": unscaled,
        }


# --- vector norms ------------------------------------------------------------------------------


@generator("la_norms_more_l1_l2_distance")
def la_norms_more_l1_l2_distance(rng: random.Random) -> dict[str, Any]:
    """Two 4-d embeddings; their (L1, L2) distances."""
    while True:
        p = [rng.randint(-4, 4) for _ in range(4)]
        q = [rng.randint(-4, 4) for _ in range(4)]
        d = [b - a for a, b in zip(p, q, strict=True)]
        if d.count(0) > 1 or min(d) >= 0 or max(d) <= 0:
            continue
        l1 = sum(abs(x) for x in d)
        sq = sum(x * x for x in d)
        l2 = sympy.sqrt(sq)
        signed = sum(d)
        l1_diff = sum(abs(x) for x in q) - sum(abs(x) for x in p)
        l2_diff = sympy.sqrt(sum(x * x for x in q)) - sympy.sqrt(sum(x * x for x in p))
        if not _distinct(l1, signed, l1_diff) or not _distinct(l2, sq, l2_diff):
            continue
        return {
            "p": Matrix(p),
            "q": Matrix(q),
            "d": Matrix(d),
            "absd": " + ".join(str(abs(x)) for x in d),
            "sqd": " + ".join(str(x * x) for x in d),
            "l1": l1,
            "sq": sq,
            "l2": l2,
            "signed": signed,
            "answer": _tuple_text(l1, l2),
            "signedtuple": _tuple_text(signed, l2),
            "sqtuple": _tuple_text(l1, sq),
            "difftuple": _tuple_text(l1_diff, l2_diff),
            "l1diff": l1_diff,
            "l2diff": l2_diff,
        }


@generator("la_norms_more_p3_norm")
def la_norms_more_p3_norm(rng: random.Random) -> dict[str, Any]:
    """A small vector with a negative entry; its 3-norm (sum |x_i|^3)^(1/3)."""
    while True:
        n = rng.choice([3, 4])
        x = [rng.randint(-4, 4) for _ in range(n)]
        if 0 in x or min(x) >= 0 or max(x) <= 0:
            continue
        s = sum(abs(v) ** 3 for v in x)
        signed = sum(v**3 for v in x)
        if signed <= 0 or s > 200:
            continue
        answer = sympy.root(s, 3)
        signed_root = sympy.root(signed, 3)
        sqrt_root = sympy.sqrt(s)
        if not _distinct(answer, signed_root, s, sqrt_root):
            continue
        return {
            "x": Matrix(x),
            "cubes": " + ".join(f"{abs(v)}^3" for v in x),
            "cube_values": " + ".join(str(abs(v) ** 3) for v in x),
            "signed_cubes": " + ".join(f"({v})^3" if v < 0 else f"{v}^3" for v in x),
            "s": s,
            "signed": signed,
            "answer": answer,
            "answer_text": f"{s}^(1/3)",
            "signed_text": f"{signed}^(1/3)",
            "sqrt_root": sqrt_root,
            "approx": sympy.Float(float(answer), 4),
            "l2": sympy.sqrt(sum(v * v for v in x)),
        }
