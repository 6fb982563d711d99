"""Generators for vector norms and geometry, systems of equations, projections, least squares,
and a few matrix, SVD and PCA exercises.

Each generator draws until the numbers are pleasant (small integers, exact fractions or square
roots) and the right answer differs from every answer that a listed mistake predicts.
"""

import math
import random
from typing import Any

import sympy
from sympy import Matrix, Rational

from . import generator
from .common import distinct


def _matrix(rng: random.Random, rows: int, cols: int, low: int, high: int) -> Matrix:
    return Matrix(rows, cols, [rng.randint(low, high) for _ in range(rows * cols)])


def _norm(v: Matrix) -> Any:
    return sympy.sqrt(sum(x * x for x in v))


def _points_tex(ts: list[int], ys: list[int]) -> str:
    """A small two-row table of (t, y) data."""
    head = r"\begin{array}{c|" + "c" * len(ts) + "} t & "
    return (
        head
        + " & ".join(str(t) for t in ts)
        + r" \\ \hline y & "
        + " & ".join(str(y) for y in ys)
        + r" \end{array}"
    )


def _augmented_tex(a: Matrix, b: Matrix) -> str:
    cols = "c" * a.cols
    rows = [
        " & ".join(sympy.latex(a[i, j]) for j in range(a.cols)) + " & " + sympy.latex(b[i])
        for i in range(a.rows)
    ]
    return r"\left[\begin{array}{" + cols + "|c} " + r" \\ ".join(rows) + r" \end{array}\right]"


# Integer vectors whose Euclidean length is a whole number.
_INTEGER_NORM_3 = [(1, 2, 2), (2, 3, 6), (1, 4, 8), (4, 4, 7), (2, 6, 9), (3, 4, 12), (2, 2, 1)]


def _signed_permuted(rng: random.Random, vec: tuple[int, ...]) -> Matrix:
    items = list(vec)
    rng.shuffle(items)
    return Matrix([rng.choice([-1, 1]) * x for x in items])


# --- least squares ----------------------------------------------------------------------------


@generator("la_geometry_line_fit")
def la_geometry_line_fit(rng: random.Random) -> dict[str, Any]:
    """Four points (t, y); the least-squares line y = c + m t via the normal equations."""
    while True:
        ts = sorted(rng.sample(range(0, 7), 4))
        ys = [rng.randint(0, 12) for _ in range(4)]
        a = Matrix([[1, t] for t in ts])
        b = Matrix(ys)
        ata, atb = a.T * a, a.T * b
        coef = ata.LUsolve(atb)
        c, m = coef[0], coef[1]
        if m == 0 or (a * coef - b).is_zero_matrix:
            continue
        if max(sympy.fraction(c)[1], sympy.fraction(m)[1]) > 20:
            continue
        m2 = Rational(ys[-1] - ys[0], ts[-1] - ts[0])
        c2 = ys[0] - m2 * ts[0]
        two_point = Matrix([c2, m2])
        swapped = Matrix([m, c])
        if not distinct(coef, two_point, swapped):
            continue
        return {
            "table": _points_tex(ts, ys),
            "A": a,
            "b": b,
            "ata": ata,
            "atb": atb,
            "n": 4,
            "st": ata[0, 1],
            "stt": ata[1, 1],
            "sy": atb[0],
            "sty": atb[1],
            "det": ata.det(),
            "c": c,
            "m": m,
            "answer": coef,
            "swapped": swapped,
            "twopoint": two_point,
        }


@generator("la_geometry_lstsq_system")
def la_geometry_lstsq_system(rng: random.Random) -> dict[str, Any]:
    """A 3x2 system Ax = b with no exact solution; x-hat from the normal equations."""
    while True:
        a = _matrix(rng, 3, 2, -2, 3)
        b = _matrix(rng, 3, 1, -4, 6)
        ata, atb = a.T * a, a.T * b
        if ata.det() == 0 or a[:2, :].det() == 0:
            continue
        xhat = ata.LUsolve(atb)
        if (a * xhat - b).is_zero_matrix or 0 in xhat:
            continue
        if max(sympy.fraction(x)[1] for x in xhat) > 15:
            continue
        two_rows = a[:2, :].LUsolve(b[:2, :])
        if not distinct(xhat, two_rows, atb):
            continue
        return {
            "A": a,
            "b": b,
            "ata": ata,
            "atb": atb,
            "answer": xhat,
            "x1": xhat[0],
            "x2": xhat[1],
            "tworows": two_rows,
        }


@generator("la_geometry_residual_norm")
def la_geometry_residual_norm(rng: random.Random) -> dict[str, Any]:
    """Line fit to three points; the length of the least-squares residual vector."""
    while True:
        start = rng.randint(0, 2)
        step = rng.choice([1, 1, 2])
        ts = [start, start + step, start + 2 * step]
        ys = [rng.randint(-2, 9) for _ in range(3)]
        a = Matrix([[1, t] for t in ts])
        b = Matrix(ys)
        ata, atb = a.T * a, a.T * b
        xhat = ata.LUsolve(atb)
        fitted = a * xhat
        r = b - fitted
        if r.is_zero_matrix:
            continue
        sse = sum(x * x for x in r)
        norm = sympy.sqrt(sse)
        l1 = sum(abs(x) for x in r)
        if not distinct(norm, sse, l1):
            continue
        return {
            "table": _points_tex(ts, ys),
            "A": a,
            "b": b,
            "ata": ata,
            "atb": atb,
            "c": xhat[0],
            "m": xhat[1],
            "xhat": xhat,
            "fitted": fitted,
            "r": r,
            "sse": sse,
            "answer": norm,
            "l1": l1,
        }


# --- matrices ---------------------------------------------------------------------------------


@generator("la_geometry_trace_combination")
def la_geometry_trace_combination(rng: random.Random) -> dict[str, Any]:
    """3x3 A, B and scalars; tr(aA + bB), with the anti-diagonal and all-entries slips."""
    while True:
        a_mat = _matrix(rng, 3, 3, -5, 6)
        b_mat = _matrix(rng, 3, 3, -5, 6)
        a = rng.choice([2, 3, -2, 4])
        b = rng.choice([-1, -2, -3, 2, 3])
        m = a * a_mat + b * b_mat
        trace = m.trace()
        anti = m[0, 2] + m[1, 1] + m[2, 0]
        total = sum(m)
        if not distinct(trace, anti, total) or a_mat.trace() == 0 or b_mat.trace() == 0:
            continue
        return {
            "A": a_mat,
            "B": b_mat,
            "a": a,
            "b": b,
            "trA": a_mat.trace(),
            "trB": b_mat.trace(),
            "answer": trace,
            "anti": anti,
            "total": total,
        }


@generator("la_geometry_hadamard")
def la_geometry_hadamard(rng: random.Random) -> dict[str, Any]:
    """2x2 A, B; the element-wise product differs from AB and from A + B."""
    while True:
        a = _matrix(rng, 2, 2, -5, 6)
        b = _matrix(rng, 2, 2, -5, 6)
        if 0 in a or 0 in b:
            continue
        had = a.multiply_elementwise(b)
        if not distinct(had, a * b, a + b, b * a):
            continue
        rows = [
            " & ".join(f"{_paren(a[i, j])} \\cdot {_paren(b[i, j])}" for j in range(2))
            for i in range(2)
        ]
        calc = r"\begin{bmatrix} " + r" \\ ".join(rows) + r" \end{bmatrix}"
        return {"A": a, "B": b, "calc": calc, "answer": had, "product": a * b, "sum": a + b}


# --- orthogonality and projections ------------------------------------------------------------


@generator("la_geometry_projection_line")
def la_geometry_projection_line(rng: random.Random) -> dict[str, Any]:
    """proj_a b = (a.b / a.a) a in 2 or 3 dimensions; slips: |a| for |a|^2, roles swapped."""
    while True:
        dim = rng.choice([2, 3])
        a = _matrix(rng, dim, 1, -4, 4)
        b = _matrix(rng, dim, 1, -5, 6)
        if a.is_zero_matrix or b.is_zero_matrix or a.rank() == Matrix.hstack(a, b).rank():
            continue
        ab, aa, bb = a.dot(b), a.dot(a), b.dot(b)
        if ab == 0 or sympy.sqrt(aa).is_integer:
            continue
        coef = Rational(ab, aa)
        if coef == 1:
            continue
        proj = coef * a
        by_length = ab / sympy.sqrt(aa) * a
        swapped = Rational(ab, bb) * b
        if not distinct(proj, by_length, swapped):
            continue
        return {
            "a": a,
            "b": b,
            "ab": ab,
            "aa": aa,
            "coef": coef,
            "answer": proj,
            "bylength": by_length,
            "swapped": swapped,
        }


@generator("la_geometry_projection_matrix")
def la_geometry_projection_matrix(rng: random.Random) -> dict[str, Any]:
    """P = a a^T / a^T a for a line in R^2 or R^3; slips: forgot to divide, I - P."""
    while True:
        dim = rng.choice([2, 2, 3])
        a = _matrix(rng, dim, 1, -4, 4) if dim == 2 else _matrix(rng, dim, 1, -3, 3)
        if sum(1 for x in a if x != 0) < 2:
            continue
        outer = a * a.T
        aa = a.dot(a)
        p = outer / aa
        complement = sympy.eye(dim) - p
        if not distinct(p, outer, complement):
            continue
        return {
            "a": a,
            "at": a.T,
            "outer": outer,
            "aa": aa,
            "answer": p,
            "complement": complement,
            "dim": dim,
        }


@generator("la_geometry_gram_schmidt")
def la_geometry_gram_schmidt(rng: random.Random) -> dict[str, Any]:
    """a1, a2 in R^3 with a2 = w + k a1, w orthogonal to a1 with a whole-number length."""
    while True:
        w = _signed_permuted(rng, rng.choice(_INTEGER_NORM_3))
        helper = _matrix(rng, 3, 1, -2, 2)
        a1 = w.cross(helper)
        if a1.is_zero_matrix:
            continue
        g = math.gcd(*[int(x) for x in a1])
        a1 = a1 / g
        if max(abs(x) for x in a1) > 6 or sum(1 for x in a1 if x != 0) < 2:
            continue
        k = rng.choice([-2, -1, 1, 2])
        a2 = w + k * a1
        if max(abs(x) for x in a2) > 15:
            continue
        nw = _norm(w)
        q2 = w / nw
        skipped = a2 / _norm(a2)
        if not distinct(q2, w, skipped):
            continue
        return {
            "a1": a1,
            "a2": a2,
            "dot": a1.dot(a2),
            "aa": a1.dot(a1),
            "k": k,
            "u2": w,
            "nu2": nw,
            "nu2sq": w.dot(w),
            "answer": q2,
            "skipped": skipped,
        }


# --- PCA and SVD ------------------------------------------------------------------------------


@generator("la_geometry_pca_covariance")
def la_geometry_pca_covariance(rng: random.Random) -> dict[str, Any]:
    """Raw 2-D data with whole-number means; the sample covariance matrix and two slips."""
    while True:
        n = rng.choice([4, 5])
        dev = [(rng.randint(-4, 4), rng.randint(-4, 4)) for _ in range(n - 1)]
        last = (-sum(d[0] for d in dev), -sum(d[1] for d in dev))
        if max(abs(last[0]), abs(last[1])) > 5:
            continue
        centred = Matrix([*dev, last])
        mean = (rng.randint(1, 9), rng.randint(1, 9))
        raw = centred + Matrix([[mean[0], mean[1]] for _ in range(n)])
        scatter = centred.T * centred
        cov = scatter / (n - 1)
        if scatter[0, 1] == 0 or scatter[0, 0] == 0 or scatter[1, 1] == 0:
            continue
        if max(sympy.fraction(x)[1] for x in cov) > 4:
            continue
        uncentred = raw.T * raw / (n - 1)
        by_n = scatter / n
        if not distinct(cov, by_n, uncentred, scatter):
            continue
        rows = r" \\ ".join(f"{raw[i, 0]} & {raw[i, 1]}" for i in range(n))
        table = r"\begin{array}{cc} x_1 & x_2 \\ \hline " + rows + r" \end{array}"
        return {
            "table": table,
            "n": n,
            "nm1": n - 1,
            "mean1": mean[0],
            "mean2": mean[1],
            "X": centred,
            "scatter": scatter,
            "answer": cov,
            "byn": by_n,
            "uncentred": uncentred,
        }


_PCA_DIRECTIONS = [(1, 1), (1, -1), (3, 4), (4, 3), (3, -4), (4, -3), (1, 2), (2, 1), (1, -2)]


@generator("la_geometry_pca_project")
def la_geometry_pca_project(rng: random.Random) -> dict[str, Any]:
    """C = l2 I + k w w^T; the score of a point on the first principal component."""
    while True:
        p, q = rng.choice(_PCA_DIRECTIONS)
        w = Matrix([p, q])
        ww = p * p + q * q
        k = rng.randint(1, 3) if ww <= 5 else 1
        l2 = rng.randint(1, 6)
        c = l2 * sympy.eye(2) + k * w * w.T
        l1 = l2 + k * ww
        mean = Matrix([rng.randint(-3, 8), rng.randint(-3, 8)])
        x = mean + Matrix([rng.randint(-5, 5), rng.randint(-5, 5)])
        d = x - mean
        nw = sympy.sqrt(ww)
        u = w / nw
        other = Matrix([-q, p]) / nw
        score = u.dot(d)
        uncentred = u.dot(x)
        unnormalised = w.dot(d)
        small = other.dot(d)
        if score == 0 or not distinct(score, uncentred, unnormalised, small, -score):
            continue
        return {
            "C": c,
            "l1": l1,
            "l2": l2,
            "mu": mean,
            "x": x,
            "d": d,
            "w": w,
            "nw": nw,
            "wdotd": unnormalised,
            "u": u,
            "shifted": c - l1 * sympy.eye(2),
            "answer": score,
            "uncentred": uncentred,
            "unnormalised": unnormalised,
            "small": small,
        }


@generator("la_geometry_svd_sigma1")
def la_geometry_svd_sigma1(rng: random.Random) -> dict[str, Any]:
    """A 2x2 matrix whose A^T A has distinct whole-number eigenvalues; sigma_1 and slips."""
    while True:
        a = _matrix(rng, 2, 2, -4, 5)
        m = a.T * a
        tr, det = m.trace(), m.det()
        disc = tr * tr - 4 * det
        if det == 0 or disc <= 0:
            continue
        root = math.isqrt(int(disc))
        if root * root != disc or (tr + root) % 2:
            continue
        l1, l2 = (tr + root) // 2, (tr - root) // 2
        sigma1 = sympy.sqrt(l1)
        biggest = max(abs(x) for x in a)
        colnorm = max(sympy.sqrt(m[0, 0]), sympy.sqrt(m[1, 1]))
        if not distinct(sigma1, l1, biggest, colnorm):
            continue
        return {
            "A": a,
            "ata": m,
            "tr": tr,
            "det": det,
            "l1": l1,
            "l2": l2,
            "answer": sigma1,
            "biggest": biggest,
            "colnorm": colnorm,
        }


# --- systems of equations ---------------------------------------------------------------------


@generator("la_geometry_system3")
def la_geometry_system3(rng: random.Random) -> dict[str, Any]:
    """A = L U with small integer factors, an integer solution, and its echelon form."""
    while True:
        lower = Matrix(
            [[1, 0, 0], [rng.randint(-2, 2), 1, 0], [rng.randint(-2, 2), rng.randint(-2, 2), 1]]
        )
        upper = Matrix(
            [
                [rng.choice([1, 2, -1]), rng.randint(-3, 3), rng.randint(-3, 3)],
                [0, rng.choice([1, 2, -1, -2]), rng.randint(-3, 3)],
                [0, 0, rng.choice([1, 2, 3, -1, -2])],
            ]
        )
        a = lower * upper
        if max(abs(x) for x in a) > 7 or sum(1 for x in a if x == 0) > 2:
            continue
        if lower[1, 0] == 0 and lower[2, 0] == 0:
            continue
        x = _matrix(rng, 3, 1, -4, 4)
        if len({abs(v) for v in x}) < 3 or 0 in x:
            continue
        b = a * x
        if max(abs(v) for v in b) > 30:
            continue
        c = upper * x
        return {
            "A": a,
            "b": b,
            "aug": _augmented_tex(a, b),
            "ech": _augmented_tex(upper, c),
            "x1": x[0],
            "x2": x[1],
            "x3": x[2],
            "lastrow": _lhs([upper[2, 2]], ("z",)) + f" = {c[2]}",
            "answer": x,
            "negated": -x,
            "reversed": Matrix([x[2], x[1], x[0]]),
            "eq1": _equation(a.row(0), b[0]),
            "eq2": _equation(a.row(1), b[1]),
            "eq3": _equation(a.row(2), b[2]),
        }


def _lhs(coefs: list[Any], names: tuple[str, ...]) -> str:
    """LaTeX for a linear combination such as 2x - y + 3z (zero terms left out)."""
    terms: list[str] = []
    for coef, name in zip(coefs, names, strict=True):
        if coef == 0:
            continue
        size = "" if abs(coef) == 1 else str(abs(coef))
        if not terms:
            terms.append(("-" if coef < 0 else "") + size + name)
        else:
            terms.append(("- " if coef < 0 else "+ ") + size + name)
    return " ".join(terms) if terms else "0"


def _equation(coefs: Matrix, rhs: Any) -> str:
    return _lhs(list(coefs), ("x", "y", "z")) + f" &= {rhs}"


def _paren(value: Any) -> str:
    return f"({value})" if value < 0 else str(value)


@generator("la_geometry_system2")
def la_geometry_system2(rng: random.Random) -> dict[str, Any]:
    """A 2x2 system with an integer solution (x, y), x != +-y, solved by elimination."""
    while True:
        x, y = rng.choice([-1, 1]) * rng.randint(1, 5), rng.choice([-1, 1]) * rng.randint(1, 5)
        a = rng.randint(1, 4)
        b, c, d = (rng.choice([-1, 1]) * rng.randint(1, 5) for _ in range(3))
        det = a * d - b * c
        if det == 0 or abs(x) == abs(y):
            continue
        e, f = a * x + b * y, c * x + d * y
        rhs = a * f - c * e
        return {
            "eq1": _lhs([a, b], ("x", "y")) + f" &= {e}",
            "eq2": _lhs([c, d], ("x", "y")) + f" &= {f}",
            "a": a,
            "c": c,
            "det": det,
            "rhs": rhs,
            "detcalc": f"{a} \\cdot {_paren(d)} - {_paren(b)} \\cdot {_paren(c)}",
            "rhscalc": f"{a} \\cdot {_paren(f)} - {_paren(c)} \\cdot {_paren(e)}",
            "sub": _lhs([a], ("x",)) + f" {'-' if b * y < 0 else '+'} {abs(b * y)} = {e}",
            "ax": _lhs([a], ("x",)) + f" = {a * x}",
            "check": f"{_paren(c)} \\cdot {_paren(x)} + {_paren(d)} \\cdot {_paren(y)} = {f}",
            "x": x,
            "y": y,
            "answer": Matrix([x, y]),
            "swapped": Matrix([y, x]),
            "negated": Matrix([-x, -y]),
        }


@generator("la_geometry_singular_parameter")
def la_geometry_singular_parameter(rng: random.Random) -> dict[str, Any]:
    """ax + by = e, cx + ky = f; det = ak - bc vanishes at k = bc/a."""
    while True:
        a = rng.randint(1, 6)
        b, c = rng.choice([-1, 1]) * rng.randint(1, 6), rng.choice([-1, 1]) * rng.randint(1, 6)
        e, f = rng.randint(-9, 9), rng.randint(-9, 9)
        k = Rational(b * c, a)
        inverted = Rational(a * b, c)
        if k == inverted:
            continue
        return {
            "eq1": _lhs([a, b], ("x", "y")) + f" &= {e}",
            "eq2": _lhs([c], ("x",)) + " + ky" + f" &= {f}",
            "a": a,
            "b": b,
            "c": c,
            "bc": b * c,
            "ak": _lhs([a], ("k",)),
            "bcterm": f"{'+' if b * c < 0 else '-'} {abs(b * c)}",
            "answer": k,
            "inverted": inverted,
            "negk": -k,
        }


# --- vector geometry and norms ----------------------------------------------------------------


@generator("la_geometry_angle")
def la_geometry_angle(rng: random.Random) -> dict[str, Any]:
    """Two integer vectors, not perpendicular, at least 10 degrees from parallel; the angle
    in radians stays well away from the cosine (the two slips must be told apart)."""
    while True:
        dim = rng.choice([2, 3])
        u = _matrix(rng, dim, 1, -4, 5)
        v = _matrix(rng, dim, 1, -4, 5)
        if u.is_zero_matrix or v.is_zero_matrix:
            continue
        dot = u.dot(v)
        nu, nv = u.dot(u), v.dot(v)
        cosine = dot / sympy.sqrt(nu * nv)
        if dot == 0 or abs(float(cosine)) > math.cos(math.radians(10)):
            continue
        theta = sympy.acos(cosine)
        if abs(float(theta) - float(cosine)) < 0.2:
            continue
        return {
            "u": u,
            "v": v,
            "dot": dot,
            "nu": nu,
            "nv": nv,
            "cos": cosine,
            "cosf": sympy.Float(round(float(cosine), 4)),
            "radians": theta,
            "radf": sympy.Float(round(float(theta), 4)),
            "answer": theta * 180 / sympy.pi,
            "degf": sympy.Float(round(float(theta * 180 / sympy.pi), 1)),
        }


@generator("la_geometry_three_norms")
def la_geometry_three_norms(rng: random.Random) -> dict[str, Any]:
    """A 4-vector whose largest entry in size is negative; (L1, L2, L-infinity)."""
    while True:
        x = [rng.randint(-7, 7) for _ in range(4)]
        if 0 in x[:2] or min(x) >= 0 or abs(min(x)) <= max(x) or max(x) <= 0:
            continue
        if len({abs(v) for v in x}) < 3:
            continue
        l1 = sum(abs(v) for v in x)
        sq = sum(v * v for v in x)
        l2 = sympy.sqrt(sq)
        linf = max(abs(v) for v in x)
        signed = sum(x)
        if not distinct(l1, signed) or not distinct(l2, sq):
            continue

        def triple(a: Any, b: Any, c: Any) -> str:
            return "(" + ", ".join(_text(v) for v in (a, b, c)) + ")"

        return {
            "x": Matrix(x),
            "absx": " + ".join(str(abs(v)) for v in x),
            "sqx": " + ".join(str(v * v) for v in x),
            "l1": l1,
            "sq": sq,
            "l2": l2,
            "linf": linf,
            "maxsigned": max(x),
            "signed": signed,
            "answer": triple(l1, l2, linf),
            "signedtuple": triple(signed, l2, linf),
            "maxtuple": triple(l1, l2, max(x)),
            "sqtuple": triple(l1, sq, linf),
        }


def _text(value: Any) -> str:
    """Plain answer text for an integer or a square root (used inside tuples)."""
    value = sympy.Integer(value) if isinstance(value, int) else value
    if isinstance(value, sympy.Integer):
        return str(int(value))
    if isinstance(value, sympy.Pow) and value.exp == Rational(1, 2):
        return f"sqrt({int(value.base)})"
    if isinstance(value, sympy.Mul):
        coef, rest = value.as_coeff_Mul()
        if isinstance(rest, sympy.Pow) and rest.exp == Rational(1, 2):
            return f"{int(coef)}*sqrt({int(rest.base)})"
    raise TypeError(f"unexpected value {value!r}")


@generator("la_geometry_clip")
def la_geometry_clip(rng: random.Random) -> dict[str, Any]:
    """A gradient with a whole-number L2 norm above a clipping threshold; the clipped vector."""
    while True:
        g = _signed_permuted(rng, rng.choice(_INTEGER_NORM_3))
        scale = rng.choice([1, 1, 2])
        g = scale * g
        n = _norm(g)
        if n < 4:
            continue
        c = rng.randint(2, min(int(n) - 1, 6))
        l1 = sum(abs(x) for x in g)
        clipped = Rational(c) / n * g
        unit = g / n
        by_l1 = Rational(c, l1) * g
        by_sq = Rational(c) / (n * n) * g
        if not distinct(clipped, unit, by_l1, by_sq, g):
            continue
        return {
            "g": g,
            "c": c,
            "n": n,
            "sq": n * n,
            "sqg": " + ".join(f"{x * x}" for x in g),
            "l1": l1,
            "factor": Rational(c) / n,
            "answer": clipped,
            "unit": unit,
            "byl1": by_l1,
            "bysq": by_sq,
        }


@generator("la_geometry_frobenius_update")
def la_geometry_frobenius_update(rng: random.Random) -> dict[str, Any]:
    """Old and new 2x3 weight matrices; the Frobenius norm of the update and three slips."""
    while True:
        old = _matrix(rng, 2, 3, -5, 5)
        delta = _matrix(rng, 2, 3, -3, 3)
        if sum(1 for x in delta if x != 0) < 3:
            continue
        new = old + delta
        sq = sum(x * x for x in delta)
        answer = sympy.sqrt(sq)
        l1 = sum(abs(x) for x in delta)
        diffnorms = _norm(new) - _norm(old)
        if not distinct(answer, sq, l1, diffnorms, abs(diffnorms)):
            continue
        return {
            "Wold": old,
            "Wnew": new,
            "D": delta,
            "sqd": " + ".join(f"{x * x}" for x in delta),
            "sq": sq,
            "answer": answer,
            "l1": l1,
            "diffnorms": diffnorms,
        }
