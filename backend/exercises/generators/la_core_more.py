"""More generators for rank, span, change of basis, diagonalisation and vector spaces of
polynomials.

Every generator redraws until the instance is pleasant (small integers, determinants of ±1
where an inverse is needed) and non-degenerate: the right answer never coincides with the
answer a listed mistake predicts. Values are SymPy numbers and matrices; names ending in
`_tex` are ready-made LaTeX strings.
"""

import random
from collections.abc import Sequence
from typing import Any

import sympy
from sympy import Matrix

from . import generator
from .common import distinct, nonzero


def _column(values: Sequence[Any]) -> Matrix:
    return Matrix([[v] for v in values])


def _parallel(u: Matrix, v: Matrix) -> bool:
    return bool(Matrix.hstack(u, v).rank() < 2)


def _latex(m: Matrix) -> str:
    return str(sympy.latex(m, mat_str="bmatrix", mat_delim=""))


def _term(coefficient: int, name: str, first: bool) -> str:
    """One term of a linear combination in LaTeX: '2\\mathbf{a}_1', '- p_2', '+ 3R_1'."""
    sign = "-" if coefficient < 0 else "+"
    size = abs(coefficient)
    body = name if size == 1 else f"{size}{name}"
    if first:
        return body if sign == "+" else f"-{body}"
    return f" {sign} {body}"


def _combination_tex(coefficients: Sequence[int], names: Sequence[str]) -> str:
    parts: list[str] = []
    for coefficient, name in zip(coefficients, names, strict=True):
        if coefficient != 0:
            parts.append(_term(coefficient, name, first=not parts))
    return "".join(parts) if parts else "0"


_JOIN = ", \\quad "


def _small_vector(rng: random.Random, size: int) -> Matrix:
    """A vector with entries in [-3, 3] and at most one zero entry."""
    while True:
        v = _column([rng.randint(-3, 3) for _ in range(size)])
        if sum(1 for e in v if e == 0) <= 1:
            return v


def _low_rank_family(
    rng: random.Random, size: int, count: int, names: Sequence[str]
) -> tuple[list[Matrix], int, str, str]:
    """`count` vectors of length `size` spanning a space of dimension 1 or 2, and a LaTeX
    sentence that shows the relations between them (using `names` for the vectors).

    In the rank-2 case two of them are independent and every other one is a combination of
    both with non-zero weights or a multiple of one; in the rank-1 case all are multiples of one.
    """
    while True:
        if rng.random() < 0.75:
            u, v = _small_vector(rng, size), _small_vector(rng, size)
            if _parallel(u, v):
                continue
            weights: list[tuple[int, int]] = [(1, 0), (0, 1)]
            for _ in range(count - 2):
                weights.append((nonzero(rng, -2, 2), rng.randint(-2, 2)))
            if len(set(weights)) < count:
                continue
            vectors = [a * u + b * v for a, b in weights]
            rank = 2
        else:
            u = _small_vector(rng, size)
            factors = [1] + [nonzero(rng, -3, 3) for _ in range(count - 1)]
            if len(set(factors)) < count:
                continue
            weights = [(f, 0) for f in factors]
            vectors = [f * u for f in factors]
            rank = 1
        if any(v.is_zero_matrix for v in vectors) or max(abs(e) for v in vectors for e in v) > 9:
            continue
        order = list(range(count))
        rng.shuffle(order)
        shown = [vectors[i] for i in order]
        position = {original: place for place, original in enumerate(order)}
        first, second = position[0], position[1]
        if rank == 2:
            if first > second:
                first, second = second, first
                # swap the roles so the relations use the earlier-listed vector first
                weights = [(b, a) for a, b in weights]
            lead = [names[first], names[second]]
            relations = []
            for original in sorted(range(2, count), key=lambda i: position[i]):
                a, b = weights[original]
                relations.append(f"{names[position[original]]} = {_combination_tex([a, b], lead)}")
            sentence = (
                f"${lead[0]}$ and ${lead[1]}$ are not multiples of each other, so they are "
                f"independent, while ${_JOIN.join(relations)}$. "
            )
            basis = f"${lead[0]}$ and ${lead[1]}$ form a basis of the span"
        else:
            lead_name = names[position[0]]
            relations = [
                f"{names[position[i]]} = {_combination_tex([weights[i][0]], [lead_name])}"
                for i in sorted(range(1, count), key=lambda i: position[i])
            ]
            sentence = (
                f"Every one of them is a multiple of ${lead_name}$: ${_JOIN.join(relations)}$. "
            )
            basis = f"${lead_name}$ on its own is a basis of the span"
        return shown, rank, sentence, basis


# --- basis and rank --------------------------------------------------------------------------


@generator("la_core_more_rank_3x4")
def rank_3x4(rng: random.Random) -> dict[str, Any]:
    """A 3x4 feature matrix whose columns span a space of dimension 1 or 2."""
    names = [f"\\mathbf{{a}}_{j + 1}" for j in range(4)]
    columns, rank, sentence, basis = _low_rank_family(rng, 3, 4, names)
    return {
        "X": Matrix.hstack(*columns),
        "rank": rank,
        "nullity": 4 - rank,
        "explain_tex": sentence,
        "basis_tex": basis,
    }


@generator("la_core_more_product_rank")
def product_rank(rng: random.Random) -> dict[str, Any]:
    """B (4x3) with independent columns (unit lower triangular top block) and C (3x5) of rank
    1 or 2; rank(BC) = rank(C), away from the slips 3 (inner size) and 4 (full rank)."""
    while True:
        p, q, r = (rng.randint(-2, 2) for _ in range(3))
        s, t, u = (rng.randint(-2, 2) for _ in range(3))
        b = Matrix([[1, 0, 0], [p, 1, 0], [q, r, 1], [s, t, u]])
        if sum(1 for e in (p, q, r, s, t, u) if e == 0) > 2:
            continue
        names = [f"R_{i + 1}" for i in range(3)]
        rows, rank, sentence, basis = _low_rank_family(rng, 5, 3, names)
        c = Matrix.vstack(*[row.T for row in rows])
        w = b * c
        if max(abs(e) for e in w) > 30:
            continue
        return {
            "B": b,
            "C": c,
            "W": w,
            "rank": rank,
            "nullity": 5 - rank,
            "explain_tex": sentence,
            "basis_tex": basis,
        }


# --- change of basis -------------------------------------------------------------------------


def _unimodular_2x2(rng: random.Random, bound: int = 2) -> Matrix:
    """A 2x2 integer matrix with determinant ±1 and no zero off-diagonal entry."""
    while True:
        a = Matrix(2, 2, [rng.randint(-bound, bound) for _ in range(4)])
        if a.det() in (1, -1) and a[0, 1] != 0 and a[1, 0] != 0:
            return a


@generator("la_core_more_basis_to_basis")
def basis_to_basis(rng: random.Random) -> dict[str, Any]:
    """Two bases of R^2 (columns of B and C, det ±1); M = C^-1 B and the slips B^-1 C and
    B C^-1."""
    while True:
        b = _unimodular_2x2(rng, bound=3)
        c = _unimodular_2x2(rng, bound=2)
        cinv = c.inv()
        m = cinv * b
        backwards = b.inv() * c
        reversed_ = b * cinv
        if max(abs(e) for e in m) > 12:
            continue
        if distinct(m, backwards, reversed_, b, c, sympy.eye(2)):
            return {
                "b1": b[:, 0],
                "b2": b[:, 1],
                "c1": c[:, 0],
                "c2": c[:, 1],
                "B": b,
                "C": c,
                "Cinv": cinv,
                "M": m,
                "M_latex": _latex(m),
                "m1": m[:, 0],
                "m2": m[:, 1],
                "backwards": backwards,
                "reversed": reversed_,
            }


# --- eigendecomposition ----------------------------------------------------------------------


@generator("la_core_more_find_diagonal")
def find_diagonal(rng: random.Random) -> dict[str, Any]:
    """A = P D P^-1 with P of det ±1; D and the slips diag(l2, l1) and diag(a11, a22)."""
    while True:
        p = _unimodular_2x2(rng, bound=2)
        l1, l2 = rng.sample([-3, -2, -1, 0, 1, 2, 3, 4, 5], 2)
        d = sympy.diag(l1, l2)
        a = p * d * p.inv()
        if max(abs(e) for e in a) > 15 or a[0, 1] == 0 or a[1, 0] == 0:
            continue
        swapped = sympy.diag(l2, l1)
        from_diagonal = sympy.diag(a[0, 0], a[1, 1])
        if distinct(d, swapped, from_diagonal, a):
            return {
                "A": a,
                "P": p,
                "p1": p[:, 0],
                "p2": p[:, 1],
                "Ap1": a * p[:, 0],
                "Ap2": a * p[:, 1],
                "l1": l1,
                "l2": l2,
                "D": d,
                "D_latex": _latex(d),
                "swapped": swapped,
                "from_diagonal": from_diagonal,
            }


# --- vector spaces of polynomials ------------------------------------------------------------

_X = sympy.Symbol("x")


def _poly_tex(c0: int, c1: int, c2: int) -> str:
    return str(sympy.latex(c0 + c1 * _X + c2 * _X**2))


def _shift_tex(a: int) -> str:
    return f"x - {a}" if a > 0 else f"x + {-a}"


@generator("la_core_more_poly_coordinates")
def poly_coordinates(rng: random.Random) -> dict[str, Any]:
    """p(x) = c0 + c1 x + c2 x^2 in the basis 1, (x - a), (x - a)^2: coordinates
    (p(a), p'(a), c2). Slips: the standard coefficients, and the basis read as (x + a)."""
    while True:
        a = nonzero(rng, -3, 3)
        c0, c1, c2 = rng.randint(-5, 5), rng.randint(-5, 5), nonzero(rng, -3, 3)
        if c0 == 0 and c1 == 0:
            continue
        d0, d1 = c0 + c1 * a + c2 * a * a, c1 + 2 * c2 * a
        coords = _column([d0, d1, c2])
        standard = _column([c0, c1, c2])
        wrong_shift = _column([c0 - c1 * a + c2 * a * a, c1 - 2 * c2 * a, c2])
        if max(abs(d0), abs(d1)) > 40:
            continue
        if distinct(coords, standard, wrong_shift):
            shift = _shift_tex(a)
            return {
                "a": a,
                "c0": c0,
                "c1": c1,
                "c2": c2,
                "d0": d0,
                "d1": d1,
                "d2": c2,
                "coords": coords,
                "standard": standard,
                "wrong_shift": wrong_shift,
                "p_tex": _poly_tex(c0, c1, c2),
                "shift_tex": shift,
            }


@generator("la_core_more_poly_span_dimension")
def poly_span_dimension(rng: random.Random) -> dict[str, Any]:
    """Four polynomials of degree at most 2 whose span has dimension 1 or 2."""
    names = [f"p_{j + 1}" for j in range(4)]
    vectors, rank, sentence, basis = _low_rank_family(rng, 3, 4, names)
    polys = [_poly_tex(int(v[0]), int(v[1]), int(v[2])) for v in vectors]
    items = [f"p_{j + 1}(x) = {tex}" for j, tex in enumerate(polys)]
    listing = f"{items[0]}, \\qquad {items[1]}, \\\\ {items[2]}, \\qquad {items[3]}"
    coordinate_rows = " \\\\ ".join(
        f"p_{j + 1} &\\mapsto ({v[0]}, {v[1]}, {v[2]})" for j, v in enumerate(vectors)
    )
    return {
        "polys_tex": listing,
        "coords_tex": "\\begin{aligned} " + coordinate_rows + " \\end{aligned}",
        "rank": rank,
        "explain_tex": sentence,
        "basis_tex": basis,
    }
