"""Plain-text answers read to the intended structure (compared with hand-built SymPy objects)."""

import sympy  # type: ignore[import-untyped, unused-ignore]
from sympy import Rational, pi, sqrt

from grading.tests.support import parsed, x, y


def test_numbers_integers_decimals_scientific_and_percent() -> None:
    assert parsed("42") == 42
    assert parsed("3.25") == Rational(13, 4)
    assert parsed(".5") == Rational(1, 2)
    assert parsed("1.5e-3") == Rational(3, 2000)
    assert parsed("2E3") == 2000
    assert parsed("2.5%") == Rational(1, 40)


def test_operators_and_precedence() -> None:
    assert parsed("1 + 2*x - y/3") == 1 + 2 * x - y / 3
    assert parsed("x^2") == x**2
    assert parsed("x**2") == x**2
    assert parsed("-x^2") == -(x**2)
    assert parsed("(-x)^2") == x**2
    assert parsed("2^-1") == Rational(1, 2)
    assert parsed("2^3^2") == 2**9  # right-associative
    assert parsed("x/2/y") == x / (2 * y)
    assert parsed("2 - -x") == 2 + x


def test_implicit_multiplication() -> None:
    assert parsed("2x") == 2 * x
    assert parsed("2(x+1)") == 2 * (x + 1)
    assert parsed("x y") == x * y
    assert parsed("xy") == x * y
    assert parsed("(x+1)(x-1)") == (x + 1) * (x - 1)
    assert parsed("2 sin(x)") == 2 * sympy.sin(x)
    assert parsed("x(x+1)") == x * (x + 1)
    assert parsed("2pi x") == 2 * pi * x


def test_implicit_product_binds_like_explicit_one() -> None:
    # 1/2x is (1/2)·x, as in SymPy and most CAS; "read as" shows it to the learner.
    assert parsed("1/2x") == x / 2


def test_functions_whitelist_and_aliases() -> None:
    assert parsed("sin(x)+cos(x)+tan(x)") == sympy.sin(x) + sympy.cos(x) + sympy.tan(x)
    assert parsed("sec(x) csc(x) cot(x)") == sympy.sec(x) * sympy.csc(x) * sympy.cot(x)
    assert parsed("arcsin(x)") == sympy.asin(x) == parsed("asin(x)")
    assert parsed("arctan(x)") == sympy.atan(x)
    assert parsed("sinh(x)") == sympy.sinh(x)
    assert parsed("sech(x) + coth(x)") == sympy.sech(x) + sympy.coth(x)
    assert parsed("arsinh(x)") == sympy.asinh(x) == parsed("asinh(x)")
    assert parsed("exp(x)") == sympy.exp(x) == parsed("e^x")
    assert parsed("ln(x)") == sympy.log(x) == parsed("log(x)")
    assert parsed("sqrt(x)") == sqrt(x)
    assert parsed("abs(x)") == sympy.Abs(x) == parsed("|x|")
    assert parsed("cbrt(8)") == 2


def test_logarithm_bases() -> None:
    assert parsed("log_2(x)") == sympy.log(x, 2)
    assert parsed("log(x, 10)") == sympy.log(x, 10)
    assert parsed("log_2 8") == 3


def test_function_without_brackets_takes_a_short_argument() -> None:
    assert parsed("sin x") == sympy.sin(x)
    assert parsed("sin 2x") == sympy.sin(2 * x)
    assert parsed("sin x cos x") == sympy.sin(x) * sympy.cos(x)
    assert parsed("sinx") == sympy.sin(x)
    assert parsed("ln x + 1") == sympy.log(x) + 1
    assert parsed("sin^2 x + cos^2(x)") == sympy.sin(x) ** 2 + sympy.cos(x) ** 2
    # a root sign takes one atom: sqrt 2 x is sqrt(2)·x
    assert parsed("sqrt 2 x") == sqrt(2) * x


def test_constants() -> None:
    assert parsed("pi") == pi
    assert parsed("e") == sympy.E
    assert parsed("2e") == 2 * sympy.E
    assert parsed("ex") == sympy.E * x


def test_nested_absolute_values() -> None:
    assert parsed("||x| - 1|") == sympy.Abs(sympy.Abs(x) - 1)
    assert parsed("2|x|") == 2 * sympy.Abs(x)


def test_factorial_of_small_numbers() -> None:
    assert parsed("5!") == 120
    assert parsed("factorial(4)") == 24


def test_subscripted_and_digit_variables_only_when_declared() -> None:
    x1 = sympy.Symbol("x_1", real=True)
    assert parsed("x_1 + 1", "x_1") == x1 + 1
    assert parsed("x1 + 1", "x_1") == x1 + 1  # a typed x1 means the declared x_1
    theta = sympy.Symbol("theta", real=True)
    assert parsed("2theta", "theta") == 2 * theta


def test_safe_unicode_is_normalised() -> None:
    assert parsed("2x\u22121") == 2 * x - 1  # minus sign
    assert parsed("2\u00d7x") == 2 * x  # multiplication sign
    assert parsed("x\u00b7y") == x * y  # middle dot
    assert parsed("x\u00f72") == x / 2  # division sign
    assert parsed("x\u00b2 + y\u00b3") == x**2 + y**3  # superscripts
    assert parsed("2\u03c0") == 2 * pi
    assert parsed("\u221ax") == sqrt(x)
    assert parsed("\uff12x\uff0b1") == 2 * x + 1  # fullwidth digits and plus


def test_structures() -> None:
    assert parsed("[1, 2, 3]", kind="vector") == sympy.Tuple(1, 2, 3)
    assert parsed("[[1, 2], [3, 4]]", kind="matrix") == sympy.Tuple(
        sympy.Tuple(1, 2), sympy.Tuple(3, 4)
    )
    assert parsed("{1, 2}", kind="set") == sympy.FiniteSet(1, 2)
    assert parsed("y = 2x + 1", kind="equation") == sympy.Eq(y, 2 * x + 1, evaluate=False)
