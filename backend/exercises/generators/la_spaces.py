"""Generators for span, basis, rank, change of basis, diagonalisation, linear maps and
positive definite matrices.

Every generator draws until the instance is pleasant (small integers, determinants of ±1 where
an inverse is needed, integer eigenvalues) and non-degenerate: the right answer never coincides
with the answer that a listed mistake predicts, and the mistakes differ from each other.
Values are SymPy numbers and matrices; names ending in `_tex` are ready-made LaTeX strings.
"""

import random
from collections.abc import Sequence
from typing import Any

import sympy
from sympy import Matrix, Rational

from . import as_sympy, generator
from .common import distinct, nonzero


def _matrix(rng: random.Random, rows: int, cols: int, low: int, high: int) -> Matrix:
    return Matrix(rows, cols, [rng.randint(low, high) for _ in range(rows * cols)])


def _column(values: Sequence[Any]) -> Matrix:
    return Matrix([[v] for v in values])


def _unimodular_2x2(rng: random.Random, bound: int = 3) -> Matrix:
    """A 2x2 integer matrix with determinant ±1 and no zero off-diagonal entry."""
    while True:
        a = _matrix(rng, 2, 2, -bound, bound)
        if a.det() in (1, -1) and a[0, 1] != 0 and a[1, 0] != 0:
            return a


def _unimodular_3x3(rng: random.Random) -> Matrix:
    """A 3x3 integer matrix with determinant ±1 and small entries (a product L U of unit
    triangular matrices, with the columns shuffled)."""
    while True:
        lower = Matrix(
            [[1, 0, 0], [rng.randint(-1, 1), 1, 0], [rng.randint(-1, 1), rng.randint(-1, 1), 1]]
        )
        upper = Matrix(
            [[1, rng.randint(-1, 2), rng.randint(-1, 1)], [0, 1, rng.randint(-1, 2)], [0, 0, 1]]
        )
        b = lower * upper
        order = [0, 1, 2]
        rng.shuffle(order)
        b = b[:, order]
        zeros = sum(1 for entry in b if entry == 0)
        if max(abs(entry) for entry in b) <= 3 and zeros <= 4 and b != sympy.eye(3):
            return b


def _term(coefficient: Any, name: str, first: bool) -> str:
    """One term of a linear combination in LaTeX: '2x_1', '- x_2', '+ 3R_1'."""
    c = as_sympy(coefficient)
    sign = "-" if c < 0 else "+"
    size = abs(c)
    body = name if size == 1 else f"{sympy.latex(size)}{name}"
    if first:
        return body if sign == "+" else f"-{body}"
    return f" {sign} {body}"


def _combination_tex(coefficients: Sequence[Any], names: Sequence[str]) -> str:
    """A linear combination such as '2x_1 - x_3 + x_4' (zero terms left out)."""
    parts: list[str] = []
    for coefficient, name in zip(coefficients, names, strict=True):
        if coefficient != 0:
            parts.append(_term(coefficient, name, first=not parts))
    return "".join(parts) if parts else "0"


def _latex(m: Matrix) -> str:
    """A matrix as a LaTeX bmatrix, for answer tests written the way a learner might type them."""
    return str(sympy.latex(m, mat_str="bmatrix", mat_delim=""))


def _parallel(u: Matrix, v: Matrix) -> bool:
    return Matrix.hstack(u, v).rank() < 2


# --- basis and rank --------------------------------------------------------------------------


@generator("la_spaces_rank_3x3")
def rank_3x3(rng: random.Random) -> dict[str, Any]:
    """A 3x3 integer matrix of rank 1 or 2, and a sentence showing the dependence of its rows."""
    while True:
        r1 = _matrix(rng, 1, 3, -3, 3)
        if r1.is_zero_matrix or sum(1 for e in r1 if e == 0) > 1:
            continue
        if rng.random() < 0.7:
            r2 = _matrix(rng, 1, 3, -3, 3)
            if r2.is_zero_matrix or _parallel(r1.T, r2.T):
                continue
            a, b = nonzero(rng, -2, 2), nonzero(rng, -2, 2)
            r3 = a * r1 + b * r2
            rows = [r1, r2, r3]
            if any(_parallel(rows[i].T, rows[j].T) for i, j in ((0, 2), (1, 2))):
                continue
            if max(abs(e) for e in r3) > 9:
                continue
            order = [0, 1, 2]
            rng.shuffle(order)
            shown = Matrix.vstack(*[rows[i] for i in order])
            dep, first, second = (order.index(2), order.index(0), order.index(1))
            terms = sorted([(first, a), (second, b)])
            relation = f"R_{dep + 1} = " + _combination_tex(
                [t[1] for t in terms], [f"R_{t[0] + 1}" for t in terms]
            )
            keep = [t[0] for t in terms]
            step = "".join(_term(-t[1], f"R_{t[0] + 1}", False) for t in terms)
            explain = (
                f"${relation}$, so the row operation $R_{dep + 1} \\to R_{dep + 1}{step}$ turns "
                f"row {dep + 1} into a row of zeros. Rows {keep[0] + 1} and {keep[1] + 1} are not "
                "multiples of each other, so two pivots remain."
            )
            rank = 2
        else:
            multipliers = [1, nonzero(rng, -3, 3), nonzero(rng, -3, 3)]
            if multipliers[1] == 1 and multipliers[2] == 1:
                continue
            rows = [m * r1 for m in multipliers]
            shown = Matrix.vstack(*rows)
            relation = (
                f"R_2 = {_combination_tex([multipliers[1]], ['R_1'])}, \\quad R_3 = "
                + _combination_tex([multipliers[2]], ["R_1"])
            )
            explain = (
                f"${relation}$: every row is a multiple of the first. Subtracting those multiples "
                "turns rows 2 and 3 into rows of zeros, so one pivot remains."
            )
            rank = 1
        return {"A": shown, "rank": rank, "nullity": 3 - rank, "explain_tex": explain}


@generator("la_spaces_rank_nullity")
def rank_nullity(rng: random.Random) -> dict[str, Any]:
    """Sizes m x n and a rank r < n with n - r, m - r and r all different."""
    while True:
        m, n = rng.randint(3, 12), rng.randint(3, 9)
        r = rng.randint(1, min(m, n))
        if r < n and distinct(n - r, m - r, r):
            return {"m": m, "n": n, "r": r, "nullity": n - r, "rownull": m - r}


@generator("la_spaces_coords_triangular_3d")
def coords_triangular_3d(rng: random.Random) -> dict[str, Any]:
    """An upper unitriangular basis of R^3, integer coordinates c and x = B c.

    Slips: x itself (standard coordinates), B x (multiplied instead of solved) and
    (B^T)^-1 x (basis vectors written as rows).
    """
    while True:
        p, q, r = nonzero(rng, -3, 3), nonzero(rng, -3, 3), nonzero(rng, -3, 3)
        b = Matrix([[1, p, q], [0, 1, r], [0, 0, 1]])
        c = _column([nonzero(rng, -3, 3) for _ in range(3)])
        x = b * c
        rows_slip = b.T.inv() * x
        if max(abs(e) for e in x) > 15 or 0 in list(x):
            continue
        if distinct(c, x, b * x, rows_slip):
            return {
                "b1": b[:, 0],
                "b2": b[:, 1],
                "b3": b[:, 2],
                "B": b,
                "x": x,
                "c": c,
                "c1": c[0],
                "c2": c[1],
                "c3": c[2],
                "Bx": b * x,
                "rowslip": rows_slip,
                "x3": x[2],
                "x2": x[1],
                "x1": x[0],
                "r": r,
                "p": p,
                "q": q,
            }


# --- vector spaces ---------------------------------------------------------------------------


@generator("la_spaces_span_coefficients")
def span_coefficients(rng: random.Random) -> dict[str, Any]:
    """Independent u, v in R^3 and w = alpha u + beta v, with small non-zero |alpha| != |beta|."""
    while True:
        u = _column([rng.randint(-3, 3) for _ in range(3)])
        v = _column([rng.randint(-3, 3) for _ in range(3)])
        if u.is_zero_matrix or v.is_zero_matrix or _parallel(u, v):
            continue
        alpha, beta = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
        if abs(alpha) == abs(beta):
            continue
        w = alpha * u + beta * v
        if max(abs(e) for e in w) > 15:
            continue
        i, j = next((i, j) for i, j in ((0, 1), (0, 2), (1, 2)) if u[i] * v[j] - u[j] * v[i] != 0)
        rest = 3 - i - j
        unknowns = ["\\alpha", "\\beta"]
        lines = [f"{_combination_tex([u[n], v[n]], unknowns)} &= {w[n]}" for n in range(3)]
        return {
            "u": u,
            "v": v,
            "w": w,
            "alpha": alpha,
            "beta": beta,
            "system_tex": "\\begin{aligned} " + " \\\\ ".join(lines) + " \\end{aligned}",
            "pair_tex": f"equations {i + 1} and {j + 1}",
            "rest_tex": f"equation {rest + 1}",
        }


def _equation_tex(row: Matrix) -> str:
    names = [f"x_{i + 1}" for i in range(row.cols)]
    return _combination_tex(list(row), names) + " &= 0"


@generator("la_spaces_subspace_dimension")
def subspace_dimension(rng: random.Random) -> dict[str, Any]:
    """k homogeneous equations in n unknowns of rank r (some equations are combinations of the
    others); dim W = n - r, while n - k (counting every equation) and r are the slips."""
    n, k, r = rng.choice(
        [(4, 2, 1), (5, 2, 1), (5, 3, 1), (6, 3, 2), (6, 3, 2), (6, 3, 2), (5, 4, 2)]
    )
    while True:
        basis = [_matrix(rng, 1, n, -2, 3) for _ in range(r)]
        if any(sum(1 for e in row if e != 0) < 2 for row in basis):
            continue
        if Matrix.vstack(*basis).rank() < r:
            continue
        extra = []
        relations = []
        for _ in range(k - r):
            coefficients = [nonzero(rng, -2, 2) for _ in range(r)]
            row = sum((c * b for c, b in zip(coefficients, basis, strict=True)), sympy.zeros(1, n))
            extra.append(row)
            relations.append(coefficients)
        rows = basis + extra
        if max(abs(e) for row in rows for e in row) > 9:
            continue
        if (
            any(
                rows[i] == rows[j] or rows[i] == -rows[j] for i in range(k) for j in range(i + 1, k)
            )
            and r > 1
        ):
            continue
        order = list(range(k))
        rng.shuffle(order)
        shown = [rows[i] for i in order]
        position = {i: order.index(i) + 1 for i in range(k)}
        sentences = []
        for j, coefficients in enumerate(relations):
            terms = sorted((position[i], coefficients[i]) for i in range(r))
            combination = _combination_tex([t[1] for t in terms], [f"E_{t[0]}" for t in terms])
            sentences.append(f"$E_{position[r + j]} = {combination}$")
        kept = sorted(position[i] for i in range(r))
        independent = " and ".join(f"$E_{i}$" for i in kept)
        system = " \\\\ ".join(_equation_tex(row) for row in shown)
        return {
            "n": n,
            "k": k,
            "r": r,
            "dim": n - r,
            "naive": n - k,
            "system_tex": f"\\begin{{aligned}} {system} \\end{{aligned}}",
            "relations_tex": " and ".join(sentences),
            "independent_tex": independent,
        }


@generator("la_spaces_dependent_parameter")
def dependent_parameter(rng: random.Random) -> dict[str, Any]:
    """Rows v1, v2, v3 = (., ., k) in R^3, dependent exactly when k = k0.

    Slips: -k0 (sign error when solving) and the root of the determinant expanded with all
    plus signs.
    """
    k = sympy.Symbol("k")
    while True:
        v1 = [rng.randint(-3, 3) for _ in range(3)]
        v2 = [rng.randint(-3, 3) for _ in range(3)]
        cofactor = v1[0] * v2[1] - v1[1] * v2[0]
        if cofactor == 0 or v1[0] == 0 or v2[1] == 0:
            continue
        alpha, beta = nonzero(rng, -2, 2), nonzero(rng, -2, 2)
        head = [alpha * v1[i] + beta * v2[i] for i in range(2)]
        k0 = alpha * v1[2] + beta * v2[2]
        if k0 == 0 or max(abs(e) for e in head) > 9 or abs(k0) > 12:
            continue
        m = Matrix([v1, v2, [head[0], head[1], k]])
        det = sympy.expand(m.det())
        allplus = sympy.expand(
            v1[0] * (v2[1] * k - v2[2] * head[1])
            + v1[1] * (v2[0] * k - v2[2] * head[0])
            + v1[2] * (v2[0] * head[1] - v2[1] * head[0])
        )
        slope = allplus.coeff(k, 1)
        if slope == 0:
            continue
        wrong = -allplus.coeff(k, 0) / slope
        if not distinct(sympy.Integer(k0), sympy.Integer(-k0), wrong):
            continue
        return {
            "v1_tex": "(" + ", ".join(str(e) for e in v1) + ")",
            "v2_tex": "(" + ", ".join(str(e) for e in v2) + ")",
            "rows_tex": " \\\\ ".join(
                " & ".join(str(e) for e in row) for row in (v1, v2, [head[0], head[1], "k"])
            ),
            "negconst": -det.coeff(k, 0),
            "a": head[0],
            "b": head[1],
            "k0": k0,
            "negk0": -k0,
            "allplus": wrong,
            "alpha": alpha,
            "beta": beta,
            "D": cofactor,
            "Dk_tex": sympy.latex(cofactor * k),
            "const": det.coeff(k, 0),
            "det_tex": sympy.latex(det),
            "v3_tex": f"({head[0]}, {head[1]}, k)",
            "combo_tex": _combination_tex([alpha, beta], [r"\mathbf{v}_1", r"\mathbf{v}_2"]),
        }


# --- change of basis -------------------------------------------------------------------------


@generator("la_spaces_new_coordinates_2d")
def new_coordinates_2d(rng: random.Random) -> dict[str, Any]:
    """A basis of R^2 with det ±1, integer coordinates c and x = B c; slips B x and B^T x."""
    while True:
        b = _unimodular_2x2(rng)
        c = _column([nonzero(rng, -4, 4) for _ in range(2)])
        x = b * c
        if 0 in list(x) or max(abs(e) for e in x) > 15:
            continue
        if distinct(c, b * x, b.T * x, x):
            return {
                "B": b,
                "Binv": b.inv(),
                "det": b.det(),
                "b1": b[:, 0],
                "b2": b[:, 1],
                "x": x,
                "c": c,
                "c1": c[0],
                "c2": c[1],
                "Bx": b * x,
                "BTx": b.T * x,
            }


@generator("la_spaces_back_to_standard_3d")
def back_to_standard_3d(rng: random.Random) -> dict[str, Any]:
    """A basis of R^3 (det ±1), coordinates c, and x = B c; slips B^T c and B^-1 c."""
    while True:
        b = _unimodular_3x3(rng)
        c = _column([nonzero(rng, -3, 3) for _ in range(3)])
        x = b * c
        if distinct(x, b.T * c, b.inv() * c, c):
            return {
                "B": b,
                "b1": b[:, 0],
                "b2": b[:, 1],
                "b3": b[:, 2],
                "c": c,
                "c1": c[0],
                "c2": c[1],
                "c3": c[2],
                "x": x,
                "x1": x[0],
                "x2": x[1],
                "x3": x[2],
                "BTc": b.T * c,
                "Binvc": b.inv() * c,
            }


@generator("la_spaces_similar_matrix")
def similar_matrix(rng: random.Random) -> dict[str, Any]:
    """P with det ±1 and an integer A; P^-1 A P, with the slips P A P^-1 and A itself."""
    while True:
        p = _unimodular_2x2(rng, bound=2)
        a = _matrix(rng, 2, 2, -3, 4)
        if a.is_diagonal():
            continue
        pinv = p.inv()
        answer = pinv * a * p
        wrong_order = p * a * pinv
        if max(abs(e) for e in answer) > 15 or max(abs(e) for e in wrong_order) > 25:
            continue
        if distinct(answer, wrong_order, a, a * p, pinv * a):
            return {
                "A": a,
                "P": p,
                "Pinv": pinv,
                "AP": a * p,
                "answer": answer,
                "answer_latex": _latex(answer),
                "wrong": wrong_order,
            }


# --- eigendecomposition ----------------------------------------------------------------------


@generator("la_spaces_diagonal_reconstruct")
def diagonal_reconstruct(rng: random.Random) -> dict[str, Any]:
    """P with det ±1, D = diag(l1, l2); A = P D P^-1 and the slips P^-1 D P and P D P^T."""
    while True:
        p = _unimodular_2x2(rng, bound=2)
        l1, l2 = rng.sample([-3, -2, -1, 1, 2, 3, 4, 5], 2)
        d = sympy.diag(l1, l2)
        pinv = p.inv()
        a = p * d * pinv
        reversed_ = pinv * d * p
        transposed = p * d * p.T
        if max(abs(e) for e in a) > 20:
            continue
        if distinct(a, reversed_, transposed, d):
            return {
                "P": p,
                "D": d,
                "Pinv": pinv,
                "PD": p * d,
                "A": a,
                "A_latex": _latex(a),
                "reversed": reversed_,
                "transposed": transposed,
                "l1": l1,
                "l2": l2,
            }


@generator("la_spaces_diagonal_power")
def diagonal_power(rng: random.Random) -> dict[str, Any]:
    """A = P D P^-1 with small integer eigenvalues, a power k; A^k and the slips k A and the
    entrywise power of A."""
    while True:
        p = _unimodular_2x2(rng, bound=2)
        l1, l2 = rng.sample([-2, -1, 1, 2, 3], 2)
        k = rng.choice([3, 4, 5])
        if max(abs(l1), abs(l2)) ** k > 250:
            continue
        d = sympy.diag(l1, l2)
        pinv = p.inv()
        a = p * d * pinv
        power = p * d**k * pinv
        entrywise = Matrix(2, 2, [e**k for e in a])
        if max(abs(e) for e in a) > 9 or max(abs(e) for e in power) > 2000:
            continue
        if distinct(power, k * a, entrywise, a):
            return {
                "P": p,
                "D": d,
                "Pinv": pinv,
                "A": a,
                "k": k,
                "Dk": d**k,
                "PDk": p * d**k,
                "Ak": power,
                "Ak_latex": _latex(power),
                "kA": k * a,
                "entrywise": entrywise,
                "l1": l1,
                "l2": l2,
                "l1k": l1**k,
                "l2k": l2**k,
            }


# --- linear transformations ------------------------------------------------------------------


@generator("la_spaces_image_of_point")
def image_of_point(rng: random.Random) -> dict[str, Any]:
    """Images u = T(e1), w = T(e2) and a point x; T(x) with the slips A^T x and swapped weights."""
    while True:
        u = _column([rng.randint(-4, 4) for _ in range(2)])
        w = _column([rng.randint(-4, 4) for _ in range(2)])
        p, q = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
        a = Matrix.hstack(u, w)
        x = _column([p, q])
        if a.det() == 0 or p == q:
            continue
        image = a * x
        if distinct(image, a.T * x, q * u + p * w, x):
            return {
                "u": u,
                "w": w,
                "p": p,
                "q": q,
                "A": a,
                "x": x,
                "image": image,
                "image_tuple": f"({image[0]}, {image[1]})",
                "ATx": a.T * x,
                "swapped": q * u + p * w,
            }


_ROTATIONS = {
    "rotate by $90^\\circ$ anticlockwise": Matrix([[0, -1], [1, 0]]),
    "rotate by $90^\\circ$ clockwise": Matrix([[0, 1], [-1, 0]]),
}


_SCALES = [-3, -2, -1, 2, 3, 4]


@generator("la_spaces_composition")
def composition(rng: random.Random) -> dict[str, Any]:
    """A quarter turn and a scaling or shear, applied in a random order; the product (second
    step on the left) and the slips: wrong order, and the turn in the wrong direction."""
    while True:
        turn_text, r = rng.choice(sorted(_ROTATIONS.items()))
        if rng.random() < 0.6:
            s_, t_ = rng.choice(_SCALES), rng.choice(_SCALES)
            if s_ == t_ or s_ == -t_:
                continue
            other = sympy.diag(s_, t_)
            other_text = f"scale the $x$-coordinate by ${s_}$ and the $y$-coordinate by ${t_}$"
        else:
            m = nonzero(rng, -3, 3)
            if rng.random() < 0.5:
                other = Matrix([[1, m], [0, 1]])
                other_text = f"shear horizontally, $(x, y) \\mapsto (x{_term(m, 'y', False)}, y)$"
            else:
                other = Matrix([[1, 0], [m, 1]])
                other_text = f"shear vertically, $(x, y) \\mapsto (x, y{_term(m, 'x', False)})$"
        if rng.random() < 0.5:
            first, second, first_text, second_text = r, other, turn_text, other_text
            wrong_turn = other * r.T
        else:
            first, second, first_text, second_text = other, r, other_text, turn_text
            wrong_turn = r.T * other
        answer = second * first
        if distinct(answer, first * second, wrong_turn):
            return {
                "F": first,
                "S": second,
                "first_tex": first_text,
                "second_tex": second_text,
                "answer": answer,
                "answer_latex": _latex(answer),
                "wrong": first * second,
                "wrongturn": wrong_turn,
            }


# --- positive definite matrices --------------------------------------------------------------


@generator("la_spaces_pd_corner")
def pd_corner(rng: random.Random) -> dict[str, Any]:
    """[[a, b], [b, c]] (or with the unknown c top left): positive definite iff c > b^2 / a."""
    c = sympy.Symbol("c")
    a = rng.randint(2, 7)
    b = nonzero(rng, -6, 6)
    top = rng.random() < 0.5
    m = Matrix([[c, b], [b, a]]) if top else Matrix([[a, b], [b, c]])
    return {
        "M": m,
        "a": a,
        "b": b,
        "bsq": b * b,
        "c0": Rational(b * b, a),
        "known_tex": "bottom-right" if top else "top-left",
        "unknown_tex": "top-left" if top else "bottom-right",
        "minor1_tex": "c" if top else str(a),
    }


@generator("la_spaces_pd_3x3")
def pd_3x3(rng: random.Random) -> dict[str, Any]:
    """[[a, b, 0], [b, d, e], [0, e, c]] with a > 0 and ad - b^2 > 0: positive definite iff
    c > a e^2 / (ad - b^2). The lower-right block alone would give c > e^2 / d."""
    c = sympy.Symbol("c")
    while True:
        a, d = rng.randint(1, 4), rng.randint(1, 5)
        b, e = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
        m2 = a * d - b * b
        if m2 <= 0:
            continue
        c0 = Rational(a * e * e, m2)
        block = Rational(e * e, d)
        if not distinct(c0, block):
            continue
        m = Matrix([[a, b, 0], [b, d, e], [0, e, c]])
        det = sympy.expand(m.det())
        return {
            "M": m,
            "a": a,
            "b": b,
            "d": d,
            "e": e,
            "m2": m2,
            "ae2": a * e * e,
            "c0": c0,
            "block": block,
            "det_tex": sympy.latex(det),
        }
