"""Small helpers shared by the generator modules (no generators here)."""

import random
from fractions import Fraction
from typing import Any

import sympy


def nonzero(rng: random.Random, low: int, high: int) -> int:
    """A whole number in [low, high] other than 0."""
    return rng.choice([v for v in range(low, high + 1) if v != 0])


def distinct(*items: Any) -> bool:
    """True if no two of the items are equal (matrices compare entry by entry)."""
    return all(items[i] != items[j] for i in range(len(items)) for j in range(i + 1, len(items)))


def rational(value: Fraction | int | str) -> sympy.Rational:
    """An exact SymPy rational from a Fraction, an int or a string such as '0.35'."""
    f = Fraction(value)
    return sympy.Rational(f.numerator, f.denominator)
