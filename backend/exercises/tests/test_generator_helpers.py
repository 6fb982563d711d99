"""The helpers the generator modules share: exact decimals and keeping wrong answers apart."""

from fractions import Fraction

import pytest
import sympy

from exercises.generators.common import apart, decimal, decimal_or_fraction


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(-7, 20), "-0.35"),
        (5, "5"),
        (Fraction(8649, 800), "10.81125"),  # `:g` formatting showed 10.8112
        (Fraction(1, 100000), "0.00001"),  # never an exponent
        (sympy.Rational(3, 4), "0.75"),
        ("2.50", "2.5"),
    ],
)
def test_decimal_writes_the_exact_value(value: object, text: str):
    assert decimal(value) == text


def test_decimal_refuses_what_it_would_have_to_round():
    with pytest.raises(ValueError, match="at most 6 places"):
        decimal(Fraction(1, 3))
    with pytest.raises(ValueError, match="no decimal expansion"):
        decimal(Fraction(1, 2**7))  # 0.0078125 needs 7 places
    assert decimal(Fraction(1, 2**7), 7) == "0.0078125"


def test_a_value_without_a_short_decimal_is_written_as_a_fraction():
    assert decimal_or_fraction(Fraction(8, 3)) == r"\tfrac{8}{3}"
    assert decimal_or_fraction(Fraction(-1, 3)) == r"-\tfrac{1}{3}"
    assert decimal_or_fraction(Fraction(5, 4)) == "1.25"


def test_apart_compares_with_a_gap_or_exactly():
    assert apart([0.1, 0.2, 0.35], 0.05)
    assert not apart([0.1, 0.12], 0.05)
    assert apart([Fraction(1, 3), Fraction(1, 2)], Fraction(1, 10))
    assert apart([(1, 2), (2, 1)])  # no gap: any values that differ, tuples too
    assert not apart([(1, 2), (1, 2), (3, 4)])
