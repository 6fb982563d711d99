"""The "read as" LaTeX shows the grouping the parser chose."""

import pytest

from grading.reading import read
from grading.to_latex import to_latex


@pytest.mark.parametrize(
    ("text", "latex"),
    [
        ("2x+1", "2 x + 1"),
        ("1/2x", "\\frac{1}{2} \\cdot x"),
        ("1/(2x)", "\\frac{1}{2 x}"),
        ("xy", "x \\cdot y"),
        ("-x^2", "-x^{2}"),
        ("(-x)^2", "\\left(-x\\right)^{2}"),
        ("x - (y - 1)", "x - \\left(y - 1\\right)"),
        ("sin 2x", "\\sin\\left(2 x\\right)"),
        ("sin^2 x", "\\left(\\sin\\left(x\\right)\\right)^{2}"),
        ("log(x)", "\\ln\\left(x\\right)"),
        ("log_2(x)", "\\log_{2}\\left(x\\right)"),
        ("sqrt(x)/2", "\\frac{\\sqrt{x}}{2}"),
        ("\\sqrt[3]{x}", "\\sqrt[3]{x}"),
        ("|x-1|", "\\left|x - 1\\right|"),
        ("2.5%", "2.5\\%"),
        ("1.5e-3", "1.5 \\times 10^{-3}"),
        ("2*3", "2 \\cdot 3"),
        ("2 pi", "2 \\pi"),
        ("e^x", "e^{x}"),
        ("3!", "3!"),
        ("2 * -3", "2 \\cdot \\left(-3\\right)"),
    ],
)
def test_read_as(text: str, latex: str) -> None:
    assert to_latex(read(text, kind="expression", variables=frozenset({"x", "y"}))) == latex


def test_containers() -> None:
    def show(text: str, kind: str) -> str:
        return to_latex(read(text, kind=kind, variables=frozenset({"x", "y"})))

    assert show("[[1,2],[3,4]]", "matrix") == "\\begin{pmatrix}1 & 2 \\\\ 3 & 4\\end{pmatrix}"
    assert show("[1, 2]", "vector") == "\\left[1, 2\\right]"
    assert show("{1, 2}", "set") == "\\left\\{1, 2\\right\\}"
    assert show("{}", "set") == "\\varnothing"
    assert show("[0, oo)", "interval") == "\\left[0, \\infty\\right)"
    assert show("y = 2x", "equation") == "y = 2 x"


def test_names() -> None:
    shown = to_latex(read("theta + x_1", kind="expression", variables=frozenset({"theta", "x_1"})))
    assert shown == "\\theta + x_{1}"
