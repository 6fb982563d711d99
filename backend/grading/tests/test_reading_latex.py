"""LaTeX answers, as MathLive writes them, read to the same structures as plain text."""

import pytest
import sympy  # type: ignore[import-untyped, unused-ignore]
from sympy import Rational, pi, sqrt

from grading.reading import is_latex, read
from grading.tests.support import parsed, x, y


@pytest.mark.parametrize(
    ("latex", "plain"),
    [
        ("\\frac{1}{2}", "1/2"),
        ("\\dfrac{x}{y}", "x/y"),
        ("\\frac12", "1/2"),
        ("\\frac{\\frac{1}{2}}{3}", "(1/2)/3"),
        ("\\sqrt{x}", "sqrt(x)"),
        ("\\sqrt2x", "sqrt(2)*x"),
        ("x^{2}", "x^2"),
        ("x^2", "x^2"),
        ("2\\cdot x^23", "2*x^2*3"),  # TeX: an unbraced superscript is one character
        ("x^{23}", "x^23"),
        ("2\\cdot3", "2*3"),
        ("2\\times x", "2*x"),
        ("x\\div2", "x/2"),
        ("\\left(x+1\\right)^2", "(x+1)^2"),
        ("\\left|x\\right|", "abs(x)"),
        ("|x|", "abs(x)"),
        ("\\pi", "pi"),
        ("\\mathrm{e}^{x}", "exp(x)"),
        ("\\exponentialE^{x}", "exp(x)"),
        ("e^{x}", "exp(x)"),
        ("\\ln x", "ln(x)"),
        ("\\ln\\left(x\\right)", "ln(x)"),
        ("\\log_{2}x", "log(x, 2)"),
        ("\\sin\\left(x\\right)", "sin(x)"),
        ("\\sin x\\cos x", "sin(x)*cos(x)"),
        ("\\sin^{2}x", "sin(x)^2"),
        ("\\operatorname{arcsin}(x)", "asin(x)"),
        ("\\arctan x", "atan(x)"),
        ("x\\,y", "x*y"),
        ("x\\;+\\!1", "x+1"),
        ("2.5\\%", "0.025"),
        ("{x}^{2}", "x^2"),
    ],
)
def test_latex_matches_plain(latex: str, plain: str) -> None:
    assert parsed(latex) == parsed(plain)


def test_nth_roots_are_real_roots() -> None:
    assert parsed("\\sqrt[3]{x}") == sympy.real_root(x, 3)
    assert parsed("\\sqrt[3]{-8}") == -2


def test_subscripts_only_for_declared_names() -> None:
    x1 = sympy.Symbol("x_1", real=True)
    assert parsed("x_{1}+x_1", "x_1") == 2 * x1


def test_matrices_from_environments() -> None:
    expected = sympy.Tuple(sympy.Tuple(1, 2), sympy.Tuple(3, 4))
    assert parsed("\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", kind="matrix") == expected
    assert parsed("\\begin{bmatrix}1 & 2 \\\\ 3 & 4 \\\\ \\end{bmatrix}", kind="matrix") == expected


def test_sets_intervals_and_equations() -> None:
    assert parsed("\\{1, 2\\}", kind="set") == sympy.FiniteSet(1, 2)
    assert parsed("\\left\\{1,2\\right\\}", kind="set") == sympy.FiniteSet(1, 2)
    assert parsed("\\emptyset", kind="set") == sympy.EmptySet
    node = read("\\left[0,\\infty\\right)", kind="interval", variables=frozenset())
    assert node.op == "interval"
    assert node.value == (True, False)
    assert node.args[1].op == "const"
    assert node.args[1].value == "oo"
    assert parsed("y=\\frac{1}{2}x", kind="equation") == sympy.Eq(y, x / 2, evaluate=False)


def test_detection_of_latex() -> None:
    assert is_latex("\\frac{1}{2}")
    assert is_latex("x^{2}")
    assert not is_latex("x^2 + {1}")
    assert not is_latex("{1, 2}")


def test_values() -> None:
    assert parsed("\\frac{\\sqrt{2}}{2}") == sqrt(2) / 2
    assert parsed("2\\pi") == 2 * pi
    assert parsed("1.5\\times10^{-3}") == Rational(3, 2000)
