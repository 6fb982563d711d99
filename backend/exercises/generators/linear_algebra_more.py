"""More linear-algebra generators, plus small sets and tables for the notation topics.

Each generator draws until the instance is pleasant (small integers, integer eigenvalues) and
non-degenerate: the right answer never coincides with an answer that a listed mistake predicts.
Values that feed a prompt are SymPy numbers or matrices; sets are returned twice, as LaTeX
(`*_tex`, for prompts) and as plain text (for answers and mistakes).
"""

import math
import random
from collections.abc import Iterable
from typing import Any

import sympy
from sympy import Matrix

from . import generator
from .common import distinct
from .linear_algebra import invertible_2x2


def _matrix(rng: random.Random, rows: int, cols: int, low: int, high: int) -> Matrix:
    return Matrix(rows, cols, [rng.randint(low, high) for _ in range(rows * cols)])


def _column(values: Iterable[Any]) -> Matrix:
    return Matrix([[v] for v in values])


# --- matrix multiplication -------------------------------------------------------------------


@generator("matmul_2x2_pair")
def matmul_2x2_pair(rng: random.Random) -> dict[str, Any]:
    """Two 2x2 integer matrices whose product AB differs from BA and from the entrywise product."""
    while True:
        a = _matrix(rng, 2, 2, -4, 5)
        b = _matrix(rng, 2, 2, -4, 5)
        ab, ba, entrywise = a * b, b * a, a.multiply_elementwise(b)
        if 0 in (a.det(), b.det()) or not distinct(ab, ba, entrywise):
            continue
        return {"A": a, "B": b, "AB": ab, "BA": ba, "AhadB": entrywise}


@generator("matmul_2x3_3x2")
def matmul_2x3_3x2(rng: random.Random) -> dict[str, Any]:
    """A 2x3 and a 3x2 integer matrix, AB, and two slips that also give a 2x2 result.

    ABt: the result transposed (entry (i, j) written at (j, i)); short: each entry stops after
    two products, as if the matrices were 2x2.
    """
    while True:
        a = _matrix(rng, 2, 3, -3, 4)
        b = _matrix(rng, 3, 2, -3, 4)
        ab = a * b
        short = a[:, :2] * b[:2, :]
        if not distinct(ab, ab.T, short) or 0 in a[:, 2] or 0 in b[2, :]:
            continue
        return {"A": a, "B": b, "AB": ab, "ABt": ab.T, "short": short}


@generator("matrix_square_2x2")
def matrix_square_2x2(rng: random.Random) -> dict[str, Any]:
    """A 2x2 integer matrix A with A^2, the entrywise square and 2A all different."""
    while True:
        a = _matrix(rng, 2, 2, -4, 4)
        a2 = a * a
        squares = a.applyfunc(lambda x: x**2)
        if a[0, 1] == 0 or a[1, 0] == 0 or not distinct(a2, squares, 2 * a):
            continue
        return {"A": a, "A2": a2, "Asq": squares, "twoA": 2 * a}


@generator("matmul_entry_3x3")
def matmul_entry_3x3(rng: random.Random) -> dict[str, Any]:
    """3x3 matrices A, B and a position (i, j) of AB; the row-by-row and BA slips differ."""
    while True:
        a = _matrix(rng, 3, 3, -3, 4)
        b = _matrix(rng, 3, 3, -3, 4)
        i, j = rng.randrange(3), rng.randrange(3)
        entry = (a * b)[i, j]
        row_row = a.row(i).dot(b.row(j))
        col_col = a.col(i).dot(b.col(j))
        other = (b * a)[i, j]
        if not distinct(entry, row_row, col_col, other):
            continue
        return {
            "A": a,
            "B": b,
            "i": i + 1,
            "j": j + 1,
            "entry": entry,
            "rowrow": row_row,
            "colcol": col_col,
            "BAentry": other,
            "rowA": a.row(i),
            "colB": b.col(j),
            "terms": " + ".join(f"({a[i, k]})({b[k, j]})" for k in range(3)),
        }


@generator("dense_layer_2x2")
def dense_layer_2x2(rng: random.Random) -> dict[str, Any]:
    """A tiny layer y = W x + b with 2x2 W; W^T x + b and W x differ from the answer."""
    while True:
        w = _matrix(rng, 2, 2, -3, 4)
        x = _column(rng.randint(-3, 4) for _ in range(2))
        b = _column(rng.choice([-3, -2, -1, 1, 2, 3]) for _ in range(2))
        y = w * x + b
        wrong_t = w.T * x + b
        if w[0, 1] == w[1, 0] or 0 in x or not distinct(y, wrong_t, w * x):
            continue
        return {"W": w, "x": x, "b": b, "Wx": w * x, "y": y, "WTx": wrong_t}


# --- inverses --------------------------------------------------------------------------------


def _unimodular(rng: random.Random, bound: int = 5) -> Matrix:
    """A 2x2 integer matrix with determinant +1 or -1, entries in [-bound, bound]."""
    while True:
        a = _matrix(rng, 2, 2, -bound, bound)
        if a.det() in (1, -1) and a[0, 1] != 0 and a[1, 0] != 0:
            return a


@generator("invertible_2x2_slips")
def invertible_2x2_slips(rng: random.Random) -> dict[str, Any]:
    """invertible_2x2, plus the matrices that three common slips produce.

    adj: the adjugate, forgetting to divide by det; negated: -A^-1, from using bc - ad;
    noswap: negating the off-diagonal entries but not swapping the diagonal.
    """
    while True:
        values = invertible_2x2(rng)
        a, det, inverse = values["A"], values["det"], values["Ainv"]
        adj = det * inverse
        noswap = Matrix([[a[0, 0], -a[0, 1]], [-a[1, 0], a[1, 1]]]) / det
        if distinct(inverse, a, adj, -inverse, noswap):
            return {**values, "adj": adj, "negated": -inverse, "noswap": noswap}


@generator("unimodular_2x2")
def unimodular_2x2(rng: random.Random) -> dict[str, Any]:
    """A 2x2 integer matrix with det ±1, so A^-1 is an integer matrix; and two sign slips."""
    while True:
        a = _unimodular(rng)
        det = a.det()
        inverse = a.inv()
        p, q, r, s = a
        swap_only = det * Matrix([[s, q], [r, p]])
        negate_only = det * Matrix([[p, -q], [-r, s]])
        if distinct(inverse, a, swap_only, negate_only, a.T):
            return {
                "A": a,
                "det": det,
                "Ainv": inverse,
                "swaponly": swap_only,
                "negateonly": negate_only,
            }


@generator("inverse_solve_2x2")
def inverse_solve_2x2(rng: random.Random) -> dict[str, Any]:
    """A x = b with det A = ±1 and integer x; A b and (A^-1)^T b are distinct slips."""
    while True:
        a = _unimodular(rng, 4)
        x = _column(rng.randint(-4, 5) for _ in range(2))
        b = a * x
        inverse = a.inv()
        if 0 in x or not distinct(x, a * b, inverse.T * b, b):
            continue
        return {"A": a, "b": b, "x": x, "Ainv": inverse, "Ab": a * b, "AinvTb": inverse.T * b}


@generator("inverse_transpose_product")
def inverse_transpose_product(rng: random.Random) -> dict[str, Any]:
    """A^-1 and B^-1 (integer, det ±1); the answer (A^T B)^-1 = B^-1 (A^-1)^T and two slips."""
    while True:
        ainv = _unimodular(rng, 3)
        binv = _unimodular(rng, 3)
        answer = binv * ainv.T
        no_transpose = binv * ainv
        wrong_order = ainv.T * binv
        if distinct(answer, no_transpose, wrong_order, ainv.T * binv.T):
            return {
                "Ainv": ainv,
                "Binv": binv,
                "answer": answer,
                "notranspose": no_transpose,
                "wrongorder": wrong_order,
            }


# --- eigenvalues -----------------------------------------------------------------------------


def _eigen_2x2(rng: random.Random, lam: int | None = None) -> tuple[Matrix, int, int]:
    """A non-triangular 2x2 integer matrix with distinct integer eigenvalues, small entries.

    Pick the eigenvalues and a, then d = trace - a and bc = ad - det, and split bc into b * c.
    If `lam` is given it is one of the eigenvalues. Returns (A, first, other).
    """
    while True:
        first = lam if lam is not None else rng.randint(-4, 6)
        other = rng.randint(-4, 6)
        if other == first:
            continue
        a = rng.randint(-4, 6)
        d = first + other - a
        bc = a * d - first * other
        divisors = [k for k in range(-6, 7) if k != 0 and bc % k == 0 and abs(bc // k) <= 8]
        if bc == 0 or not divisors or abs(d) > 8:
            continue
        b = rng.choice(divisors)
        return Matrix([[a, b], [bc // b, d]]), first, other


def _set_text(values: Iterable[Any]) -> str:
    return "{" + ", ".join(str(v) for v in sorted(set(values))) + "}"


def _set_tex(values: Iterable[Any]) -> str:
    return r"\{" + ", ".join(str(v) for v in sorted(set(values))) + r"\}"


@generator("eigen_2x2_small")
def eigen_2x2_small(rng: random.Random) -> dict[str, Any]:
    """A 2x2 matrix with distinct non-zero integer eigenvalues, their set and two slip sets."""
    while True:
        a, first, other = _eigen_2x2(rng)
        if 0 in (first, other):
            continue
        eigen = {first, other}
        diagonal = {a[0, 0], a[1, 1]}
        negated = {-first, -other}
        if distinct(eigen, diagonal, negated):
            return {
                "A": a,
                "lam1": min(eigen),
                "lam2": max(eigen),
                "trace": a.trace(),
                "det": a.det(),
                "eigen": _set_text(eigen),
                "diagonal": _set_text(diagonal),
                "negated": _set_text(negated),
            }


@generator("eigenvector_2x2")
def eigenvector_2x2(rng: random.Random) -> dict[str, Any]:
    """A 2x2 matrix, one eigenvalue lam, and eigenvectors scaled to first component 1.

    From the first row, (a - lam) v1 + b v2 = 0 gives v = (1, -(a - lam)/b). The slips: the
    other eigenvalue's vector, and copying the row (a - lam, b) as if it were the eigenvector.
    """
    while True:
        a, lam, mu = _eigen_2x2(rng)
        p, q = a[0, 0], a[0, 1]
        if p == lam:
            continue
        v = _column([1, sympy.Rational(-(p - lam), q)])
        w = _column([1, sympy.Rational(-(p - mu), q)])
        row = _column([1, sympy.Rational(q, p - lam)])
        if distinct(v, w, row):
            return {
                "A": a,
                "lam": lam,
                "mu": mu,
                "v": v,
                "w": w,
                "rowvec": row,
                "shifted": a - lam * sympy.eye(2),
                "equation": rf"{p - lam} + ({q})\,t = 0",
                "t": v[1],
            }


def _primitive_eigenvector(a: Matrix, lam: int) -> Matrix:
    (basis,) = (a - lam * sympy.eye(2)).nullspace()
    scale = sympy.ilcm(*[sympy.fraction(x)[1] for x in basis])
    v = basis * scale
    divisor = sympy.igcd(*[int(x) for x in v])
    v = v / divisor
    first_nonzero = next(x for x in v if x != 0)
    return v if first_nonzero > 0 else -v


@generator("eigenpair_2x2")
def eigenpair_2x2(rng: random.Random) -> dict[str, Any]:
    """A matrix and an integer eigenvector v with |v1| >= 2, whose eigenvalue is not 0 or ±1."""
    while True:
        lam = rng.choice([-4, -3, -2, 2, 3, 4, 5])
        a, _, _ = _eigen_2x2(rng, lam)
        v = _primitive_eigenvector(a, lam)
        if v[0] == 0:
            continue
        if abs(v[0]) == 1:
            v = v * rng.choice([2, 3, -2])
        if max(abs(x) for x in v) > 9:
            continue
        av = a * v
        return {
            "A": a,
            "v": v,
            "lam": lam,
            "Av": av,
            "Av1": av[0],
            "v1": v[0],
            "inverted": sympy.Rational(v[0], av[0]),
        }


@generator("eigen_power_2x2")
def eigen_power_2x2(rng: random.Random) -> dict[str, Any]:
    """A, an eigenvector v (eigenvalue not stated) and k; A^k v = lam^k v with distinct slips."""
    while True:
        lam = rng.choice([-3, -2, 2, 3])
        k = rng.choice([2, 3])
        if (lam, k) == (2, 2):
            continue
        a, _, _ = _eigen_2x2(rng, lam)
        v = _primitive_eigenvector(a, lam)
        if max(abs(x) for x in v) > 4 or 0 in v:
            continue
        return {
            "A": a,
            "v": v,
            "k": k,
            "lam": lam,
            "Av": a * v,
            "lamk": lam**k,
            "answer": lam**k * v,
            "timesk": k * lam * v,
            "once": lam * v,
        }


@generator("triangular_3x3")
def triangular_3x3(rng: random.Random) -> dict[str, Any]:
    """An upper or lower triangular 3x3 matrix; its diagonal, first row and anti-diagonal sets."""
    while True:
        diag = [rng.choice([-4, -3, -2, -1, 1, 2, 3, 4, 5, 6]) for _ in range(3)]
        upper = [rng.randint(-5, 7) for _ in range(3)]
        a = Matrix([[diag[0], upper[0], upper[1]], [0, diag[1], upper[2]], [0, 0, diag[2]]])
        if rng.random() < 0.5:
            a = a.T
        diagonal = set(diag)
        first_row = set(a.row(0))
        anti = {a[0, 2], a[1, 1], a[2, 0]}
        if distinct(diagonal, first_row, anti):
            return {
                "A": a,
                "eigen": _set_text(diagonal),
                "firstrow": _set_text(first_row),
                "anti": _set_text(anti),
            }


# --- sets ------------------------------------------------------------------------------------


def _subset(rng: random.Random, universe: list[int], low: int, high: int) -> set[int]:
    return set(rng.sample(universe, rng.randint(low, high)))


def _set_values(name: str, values: set[int]) -> dict[str, str]:
    return {name: _set_text(values), f"{name}_tex": _set_tex(values)}


@generator("two_sets")
def two_sets(rng: random.Random) -> dict[str, Any]:
    """Two overlapping sets of small integers, neither inside the other, with their combinations.

    Keys: A, B (plain) and A_tex, B_tex (LaTeX), then union, inter, AminusB, BminusA, symdiff.
    """
    universe = list(range(-3, 13))
    while True:
        a = _subset(rng, universe, 3, 6)
        b = _subset(rng, universe, 3, 6)
        if not (a & b) or a <= b or b <= a or len(a - b) < 2 or len(b - a) < 2:
            continue
        values: dict[str, Any] = {}
        for name, members in {
            "A": a,
            "B": b,
            "union": a | b,
            "inter": a & b,
            "AminusB": a - b,
            "BminusA": b - a,
            "symdiff": a ^ b,
        }.items():
            values.update(_set_values(name, members))
        values.update({"nA": len(a), "nB": len(b), "nunion": len(a | b)})
        return values


@generator("three_sets")
def three_sets(rng: random.Random) -> dict[str, Any]:
    """Sets A, B, C where A cap (B cup C), (A cap B) cup C and A cup (B cap C) all differ."""
    universe = list(range(1, 13))
    while True:
        a = _subset(rng, universe, 4, 6)
        b = _subset(rng, universe, 3, 5)
        c = _subset(rng, universe, 3, 5)
        answer = a & (b | c)
        regrouped = (a & b) | c
        swapped = a | (b & c)
        if not answer or not distinct(answer, regrouped, swapped, a & b & c):
            continue
        values: dict[str, Any] = {}
        for name, members in {
            "A": a,
            "B": b,
            "C": c,
            "BuC": b | c,
            "answer": answer,
            "regrouped": regrouped,
            "swapped": swapped,
        }.items():
            values.update(_set_values(name, members))
        return values


def _between(lo: int, hi: int, strict_left: bool, strict_right: bool) -> set[int]:
    """The integers x with lo < x (or lo <= x) and x < hi (or x <= hi)."""
    first = lo + 1 if strict_left else lo
    last = hi - 1 if strict_right else hi
    return set(range(first, last + 1))


@generator("integer_builder_set")
def integer_builder_set(rng: random.Random) -> dict[str, Any]:
    """{x in Z : lo (<|<=) x (<|<=) hi}: the condition as LaTeX, the set, and two boundary slips.

    flipleft / flipright: the set read with the left / right inequality's strictness flipped.
    """
    lo = rng.randint(-7, 5)
    hi = lo + rng.randint(3, 6)
    left, right = rng.choice([True, False]), rng.choice([True, False])
    left_tex, right_tex = ("<" if left else r"\le"), ("<" if right else r"\le")
    return {
        "condition": f"{lo} {left_tex} x {right_tex} {hi}",
        "lo": lo,
        "hi": hi,
        "answer": _set_text(_between(lo, hi, left, right)),
        "answer_tex": _set_tex(_between(lo, hi, left, right)),
        "flipleft": _set_text(_between(lo, hi, not left, right)),
        "flipright": _set_text(_between(lo, hi, left, not right)),
    }


# --- sums and products ----------------------------------------------------------------------


@generator("consecutive_product")
def consecutive_product(rng: random.Random) -> dict[str, Any]:
    """prod_{i=m}^{n} (i + c) whose factors are 3 or 4 consecutive non-zero integers of size <= 6.

    Slips: the sum of the same terms, and the product without its last factor.
    """
    while True:
        count = rng.choice([3, 4])
        start = rng.randint(-6, 3)
        factors = list(range(start, start + count))
        m = rng.randint(-3, 6)
        c = start - m
        if 0 in factors or c == 0 or factors[-1] == 1:
            continue
        product = math.prod(factors)
        total = sum(factors)
        dropped = math.prod(factors[:-1])
        if not distinct(product, total, dropped):
            continue
        return {
            "m": m,
            "n": m + count - 1,
            "count": count,
            "term": f"i + {c}" if c > 0 else f"i - {-c}",
            "factors": r" \cdot ".join(f"({f})" for f in factors),
            "first": factors[0],
            "last": factors[-1],
            "prod": product,
            "sum": total,
            "dropped": dropped,
        }


# --- notation --------------------------------------------------------------------------------


@generator("argmax_table")
def argmax_table(rng: random.Random) -> dict[str, Any]:
    """f on five inputs with distinct values; argmax, max and argmin are all different numbers."""
    while True:
        start = rng.randint(-3, 4)
        xs = list(range(start, start + 5))
        fs = rng.sample(range(-6, 16), 5)
        best = max(range(5), key=lambda i: fs[i])
        worst = min(range(5), key=lambda i: fs[i])
        argmax, maximum, argmin = xs[best], fs[best], xs[worst]
        if not distinct(argmax, maximum, argmin):
            continue
        header = " & ".join(str(x) for x in xs)
        row = " & ".join(str(f) for f in fs)
        table = rf"\begin{{array}}{{c|ccccc}} x & {header} \\ \hline f(x) & {row} \end{{array}}"
        return {"table": table, "argmax": argmax, "max": maximum, "argmin": argmin}


@generator("data_matrix")
def data_matrix(rng: random.Random) -> dict[str, Any]:
    """A 4x3 data matrix X whose rows are the examples x^(i), and an entry x^(i)_j to read.

    Slips: swapping the indices (x^(j)_i), and counting rows and columns from 0 as in code.
    """
    while True:
        x = _matrix(rng, 4, 3, -5, 9)
        i, j = rng.choice([(2, 1), (3, 1), (1, 2), (3, 2)])
        value, swapped, zero_based = x[i - 1, j - 1], x[j - 1, i - 1], x[i, j]
        if distinct(value, swapped, zero_based):
            return {
                "X": x,
                "i": i,
                "j": j,
                "value": value,
                "swapped": swapped,
                "zerobased": zero_based,
            }


@generator("labels_pair")
def labels_pair(rng: random.Random) -> dict[str, Any]:
    """True labels y and predictions yhat in {0, 1}, n = 8 or 10, with accuracy not 0, 1/2 or 1."""
    while True:
        n = rng.choice([8, 10])
        y = [rng.randint(0, 1) for _ in range(n)]
        yhat = [label if rng.random() < 0.7 else 1 - label for label in y]
        matches = sum(a == b for a, b in zip(y, yhat, strict=True))
        if matches in (0, n) or 2 * matches == n:
            continue
        return {
            "n": n,
            "y": r"(" + ", ".join(map(str, y)) + ")",
            "yhat": r"(" + ", ".join(map(str, yhat)) + ")",
            "matches": matches,
            "accuracy": sympy.Rational(matches, n),
            "errorrate": sympy.Rational(n - matches, n),
        }
