"""Generators for linear algebra: matrices with pleasant, non-degenerate properties."""

import random
from typing import Any

import sympy

from . import generator


def _unimodular_2x2(rng: random.Random) -> sympy.Matrix:
    """An integer matrix with determinant ±1, so its inverse is also an integer matrix."""
    a = rng.choice([1, 2, 3])
    b = rng.choice([-2, -1, 1, 2])
    # [[a, b], [c, d]] with a*d - b*c = 1: pick d, then c = (a*d - 1) / b when it divides
    for d in rng.sample([1, 2, 3, -1, -2], 5):
        if (a * d - 1) % b == 0:
            return sympy.Matrix([[a, b], [(a * d - 1) // b, d]])
    return sympy.Matrix([[1, b], [0, 1]])


@generator("integer_eigen_2x2")
def integer_eigen_2x2(rng: random.Random) -> dict[str, Any]:
    """A 2x2 integer matrix with two distinct integer eigenvalues (A = P D P^-1)."""
    lam1, lam2 = rng.sample([-3, -2, -1, 1, 2, 3, 4, 5], 2)
    p = _unimodular_2x2(rng)
    a = p * sympy.diag(lam1, lam2) * p.inv()
    return {"A": a, "lam1": min(lam1, lam2), "lam2": max(lam1, lam2)}


@generator("invertible_2x2")
def invertible_2x2(rng: random.Random) -> dict[str, Any]:
    """A 2x2 integer matrix with a small non-zero determinant, and its inverse.

    Matrices that are their own inverse are skipped: there "the inverse is A itself" would be
    right, and the exercise could not tell the method from the mistake.
    """
    while True:
        a = sympy.Matrix(2, 2, [rng.randint(-5, 5) for _ in range(4)])
        det = a.det()
        if det != 0 and abs(det) <= 12 and a.inv() != a:
            return {"A": a, "det": det, "Ainv": a.inv()}
