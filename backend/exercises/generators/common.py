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


def decimal(value: Any, places: int = 6) -> str:
    """A number whose decimal expansion ends within `places` places, written out exactly: no
    exponent, no trailing zeros (Fraction(-7, 20) -> '-0.35', 5 -> '5'). Anything longer raises
    ValueError, so a prompt never shows a rounded value as if it were exact."""
    f = Fraction(str(sympy.Rational(value)))
    for shift in range(places + 1):
        scaled = f * 10**shift
        if scaled.denominator == 1:
            digits = str(abs(scaled.numerator)).rjust(shift + 1, "0")
            sign = "-" if f < 0 else ""
            return sign + (f"{digits[:-shift]}.{digits[-shift:]}" if shift else digits)
    raise ValueError(f"{value} has no decimal expansion of at most {places} places")


def decimal_or_fraction(value: Any, places: int = 6) -> str:
    """LaTeX for an exact value: a decimal when it ends within `places` places, else a fraction
    (8/3 -> '\\tfrac{8}{3}', never a rounded 2.66667)."""
    try:
        return decimal(value, places)
    except ValueError:
        f = Fraction(str(sympy.Rational(value)))
        sign = "-" if f < 0 else ""
        return sign + rf"\tfrac{{{abs(f.numerator)}}}{{{f.denominator}}}"


def apart(values: list[Any], gap: float | Fraction = 0.0) -> bool:
    """True if every two of the values differ by more than `gap` (as floats), or with no gap
    simply differ (exactly: values may be tuples or matrices)."""
    if not gap:
        return distinct(*values)
    floats = [float(v) for v in values]
    limit = float(gap)
    return all(abs(floats[i] - floats[j]) > limit for i in range(len(floats)) for j in range(i))
