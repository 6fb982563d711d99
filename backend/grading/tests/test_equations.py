"""Equations: the same relation, however rearranged or scaled."""

import pytest

from grading import AnswerSpec, grade

PLANE = {"x": (-3.0, 3.0), "y": (-3.0, 3.0)}
LINE = AnswerSpec("equation", "y = 2x + 1", PLANE)


@pytest.mark.parametrize(
    "answer",
    ["y = 2x + 1", "2x - y + 1 = 0", "4x = 2y - 2", "y - 1 = 2x", "-y = -2x - 1", "y/2 = x + 1/2"],
)
def test_rearranged_and_scaled_equations_are_the_same(answer: str) -> None:
    assert grade(LINE, answer).correct


@pytest.mark.parametrize("answer", ["y = 2x + 2", "y = x + 1", "y = 2x", "x = 2y + 1"])
def test_different_relations_are_rejected(answer: str) -> None:
    verdict = grade(LINE, answer)
    assert verdict.code == "incorrect"
    assert "different relation" in verdict.feedback


def test_trivial_equation_is_rejected() -> None:
    verdict = grade(LINE, "x + y = y + x")
    assert not verdict.correct
    assert "holds for every value" in verdict.feedback


def test_expression_instead_of_equation() -> None:
    verdict = grade(LINE, "2x + 1")
    assert verdict.code == "wrong_shape"


def test_same_solutions_without_being_a_multiple() -> None:
    verdict = grade(LINE, "(y - 1)/x = 2")  # y = 2x + 1 apart from x = 0
    assert verdict.correct
    assert verdict.method == "solutions"
    assert not grade(LINE, "(y - 1)/x = 3").correct
    squares = AnswerSpec("equation", "x^2 = 4", {"x": (-2.0, 2.0)})
    assert grade(squares, "|x| = 2").correct
    assert grade(squares, "(x - 2)(x + 2) = 0").correct
    assert not grade(squares, "x = 2").correct  # loses x = -2
    assert not grade(squares, "x^2 = 2").correct


def test_equation_verdicts_are_deterministic() -> None:
    squares = AnswerSpec("equation", "x^2 = 4", {"x": (-2.0, 2.0)})
    assert grade(squares, "|x| = 2", seed=5) == grade(squares, "|x| = 2", seed=5)
    assert grade(LINE, "(y - 1)/x = 2", seed=1).correct
    assert grade(LINE, "(y - 1)/x = 2", seed=2).correct


def test_curves() -> None:
    circle = AnswerSpec("equation", "x^2 + y^2 = 1", PLANE)
    assert grade(circle, "y^2 = 1 - x^2").correct
    assert grade(circle, "\\frac{x^2+y^2}{2}=\\frac{1}{2}").correct
    assert not grade(circle, "x^2 + y^2 = 2").correct
    assert not grade(circle, "y = sqrt(1 - x^2)").correct  # the upper half only
    diagonal = AnswerSpec("equation", "y = x", PLANE)
    assert not grade(diagonal, "y^2 = x^2").correct  # adds the line y = -x
