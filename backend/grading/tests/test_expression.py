"""Expression answers: equivalence on the author's domain, by sampling."""

import pytest

from grading import GRADER_VERSION, AnswerSpec, MistakeRule, grade

ON_R = {"x": (-3.0, 3.0)}


def spec(expected: str, variables: dict[str, tuple[float, float]] | None = None) -> AnswerSpec:
    return AnswerSpec("expression", expected, ON_R if variables is None else variables)


@pytest.mark.parametrize(
    "answer",
    [
        "x^2 + 2x + 1",
        "(x+1)^2",
        "(x + 1)(x + 1)",
        "(1 + x)**2",
        "x*x + 2*x + 1",
        "\\left(x+1\\right)^{2}",
        "x^{2}+2x+1",
        "(x+1)\u00b2",
        "1 + x(x + 2)",
    ],
)
def test_equivalent_forms_are_accepted(answer: str) -> None:
    verdict = grade(spec("(x+1)^2"), answer)
    assert verdict.correct, verdict.feedback
    assert verdict.code == "correct"
    assert verdict.method == "numeric"
    assert verdict.interpreted


@pytest.mark.parametrize("answer", ["x^2 + 1", "x^2 + 2x", "(x-1)^2", "2x + 1", "x^2+2x+1.01"])
def test_wrong_answers_are_rejected_with_a_point(answer: str) -> None:
    verdict = grade(spec("(x+1)^2"), answer)
    assert not verdict.correct
    assert verdict.code == "incorrect"
    assert "different value at x = " in verdict.feedback


def test_answers_agreeing_at_integers_are_rejected() -> None:
    assert not grade(spec("x"), "x + sin(pi x)").correct
    assert not grade(spec("x", {"x": (-1.0, 1.0)}), "x^3").correct


def test_sqrt_of_square_is_absolute_value_for_real_symbols() -> None:
    assert grade(spec("abs(x)"), "sqrt(x^2)").correct
    assert not grade(spec("x"), "sqrt(x^2)").correct
    assert grade(spec("x", {"x": (0.0, 5.0)}), "sqrt(x^2)").correct


def test_log_rules_are_judged_on_the_authors_domain() -> None:
    positive = spec("ln(x^2)", {"x": (0.1, 5.0)})
    assert grade(positive, "2 ln(x)").correct
    both_signs = spec("ln(x^2)", {"x": (-2.0, 2.0)})
    verdict = grade(both_signs, "2 ln(x)")
    assert not verdict.correct
    assert verdict.code == "undefined"
    assert "undefined at x = -" in verdict.feedback
    assert grade(both_signs, "2 ln|x|").correct


def test_derivative_of_sqrt_one_minus_x_squared() -> None:
    derivative = spec("-x/sqrt(1-x^2)", {"x": (-1.0, 1.0)})
    for answer in ["\\frac{-x}{\\sqrt{1-x^2}}", "-x(1-x^2)^(-1/2)", "-x/(1-x^2)^0.5"]:
        assert grade(derivative, answer).correct, answer
    assert not grade(derivative, "x/sqrt(1-x^2)").correct
    assert not grade(derivative, "-1/(2 sqrt(1-x^2))").correct


def test_points_outside_the_expected_domain_are_skipped() -> None:
    # sqrt(x - 1) is undefined for x < 1; only points with x >= 1 count.
    verdict = grade(spec("sqrt(x-1)"), "(x-1)^(1/2)")
    assert verdict.correct
    assert all(point["x"] >= 1 for point in verdict.sample_points)


def test_answer_defined_more_widely_than_expected_is_fine() -> None:
    assert grade(spec("(x^2-1)/(x-1)"), "x+1").correct


def test_catastrophic_cancellation_does_not_reject_equal_answers() -> None:
    assert grade(spec("x"), "(x + 10^12) - 10^12").correct
    assert grade(spec("1"), "sin(x)^2 + cos(x)^2").correct


def test_expressions_have_no_tolerance() -> None:
    assert not grade(spec("x/3"), "0.3333333333x").correct
    assert not grade(AnswerSpec("expression", "x/3", ON_R, tolerance=1e-3), "0.333x").correct
    assert grade(spec("x/2"), "0.5x").correct  # a decimal means its exact value
    # differs by less than 3e-10 on [-2, 2], still a different function
    assert not grade(spec("x^2", {"x": (-2.0, 2.0)}), "x^2 + (x/6)^20").correct


def test_removable_points_do_not_make_an_answer_wrong() -> None:
    on_two = {"x": (-2.0, 2.0)}
    assert grade(spec("x + 1", on_two), "(x^2 - 1)/(x - 1)").correct
    assert grade(spec("x^2 - 1", on_two), "(x^3 - x)/x").correct
    assert grade(spec("1/(sqrt(x) + 1)", {"x": (0.1, 5.0)}), "(sqrt(x) - 1)/(x - 1)").correct
    diagonal = spec("x + y", {"x": (-2.0, 2.0), "y": (-2.0, 2.0)})
    assert grade(diagonal, "(x^2 - y^2)/(x - y)").correct


def test_several_variables() -> None:
    two = spec("x y + y^2", {"x": (-2.0, 2.0), "y": (-2.0, 2.0)})
    assert grade(two, "y(x + y)").correct
    assert not grade(two, "x(x + y)").correct
    verdict = grade(two, "y(x + y)")
    assert set(verdict.sample_points[0]) == {"x", "y"}


def test_symbolic_fallback_when_expected_is_rarely_defined() -> None:
    # defined only for x in [1.999, 2]: too few random points land there
    narrow = spec("sqrt(x - 1.999) + x", {"x": (-3.0, 2.0)})
    verdict = grade(narrow, "x + (x - 1.999)^(1/2)")
    assert verdict.correct
    assert verdict.method == "symbolic"


def test_constant_expression_without_variables() -> None:
    assert grade(AnswerSpec("expression", "pi/4"), "atan(1)").correct
    assert not grade(AnswerSpec("expression", "pi/4"), "0.78").correct


def test_mistake_rules_name_the_misconception() -> None:
    rules = (
        MistakeRule("x^2", "You squared x instead of differentiating.", "power-rule-confusion"),
        MistakeRule("2", "Keep the variable.", "dropped-variable"),
    )
    question = AnswerSpec("expression", "2x", ON_R, mistakes=rules)
    verdict = grade(question, "x*x")
    assert not verdict.correct
    assert verdict.code == "mistake"
    assert verdict.misconception == "power-rule-confusion"
    assert verdict.feedback == "You squared x instead of differentiating."
    assert grade(question, "2").misconception == "dropped-variable"
    other = grade(question, "3x")
    assert other.code == "incorrect"
    assert other.misconception is None
    assert grade(question, "x+x").misconception is None


def test_same_seed_gives_identical_verdicts() -> None:
    question = spec("sin(x)^2")
    for answer in ["1 - cos(x)^2", "cos(x)^2", "1/x"]:
        assert grade(question, answer, seed=7) == grade(question, answer, seed=7)


def test_other_seeds_change_points_not_verdicts() -> None:
    question = spec("sin(x)^2")
    first, second = grade(question, "1 - cos(x)^2", seed=1), grade(question, "1 - cos(x)^2", seed=2)
    assert first.sample_points != second.sample_points
    assert first.correct
    assert second.correct
    assert not grade(question, "cos(x)^2", seed=1).correct
    assert not grade(question, "cos(x)^2", seed=2).correct


def test_verdict_records_version_points_and_reading() -> None:
    verdict = grade(spec("2x"), "x+x")
    assert verdict.grader_version == GRADER_VERSION
    assert len(verdict.sample_points) >= 8
    assert verdict.interpreted == "x + x"
    assert verdict.form_ok is None


def test_non_expression_answers_get_a_shape_message() -> None:
    verdict = grade(spec("2x"), "[1, 2]")
    assert verdict.code == "wrong_shape"
    assert verdict.feedback == "expected a single expression, you gave a list of 2 values"
    assert grade(spec("2x"), "y = 2x").code == "unknown_symbol"
