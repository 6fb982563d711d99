"""Form checks are reported apart from equivalence (form_ok), and `correct` needs both."""

from grading import AnswerSpec, grade

ON_R = {"x": (-2.0, 2.0)}


def test_expanded() -> None:
    question = AnswerSpec("expression", "(x+1)^2", ON_R, forms=("expanded",))
    verdict = grade(question, "x^2 + 2x + 1")
    assert verdict.correct
    assert verdict.form_ok is True
    for unexpanded in ["(x+1)^2", "x(x+2) + 1", "(x^2 + 2x + 1)/1 * 1 + 0*(x+1)"]:
        verdict = grade(question, unexpanded)
        assert not verdict.correct, unexpanded
        assert verdict.code == "form_not_met"
        assert verdict.form_ok is False
        assert "expanded" in verdict.feedback


def test_factored() -> None:
    question = AnswerSpec("expression", "x^2 - 1", ON_R, forms=("factored",))
    for factored in ["(x-1)(x+1)", "-(1-x)(x+1)", "(x+1)(x-1)"]:
        assert grade(question, factored).correct, factored
    verdict = grade(question, "x^2 - 1")
    assert verdict.code == "form_not_met"
    assert "factored" in verdict.feedback
    cubic = AnswerSpec("expression", "x^3 - x", ON_R, forms=("factored",))
    assert not grade(cubic, "x(x^2 - 1)").correct
    assert grade(cubic, "x(x - 1)(x + 1)").correct
    irreducible = AnswerSpec("expression", "x^2 + 1", ON_R, forms=("factored",))
    assert grade(irreducible, "x^2 + 1").correct


def test_simplified_fraction_for_numbers() -> None:
    question = AnswerSpec("number", "1/4", forms=("simplified-fraction",))
    assert grade(question, "1/4").correct
    assert grade(question, "\\frac{1}{4}").correct
    for answer in ["2/8", "0.25", "25%", "1/2 * 1/2", "(1/2)/2"]:
        verdict = grade(question, answer)
        assert verdict.code == "form_not_met", answer
    negative = AnswerSpec("number", "-3/4", forms=("simplified-fraction",))
    assert grade(negative, "-3/4").correct
    assert not grade(negative, "3/-4").correct


def test_simplified_fraction_for_rational_functions() -> None:
    question = AnswerSpec("expression", "x + 1", {"x": (2.0, 5.0)}, forms=("simplified-fraction",))
    assert grade(question, "x + 1").correct
    assert grade(question, "(x^2 - 1)/(x - 1)").code == "form_not_met"


def test_form_is_reported_even_when_the_value_is_wrong() -> None:
    question = AnswerSpec("expression", "(x+1)^2", ON_R, forms=("expanded",))
    verdict = grade(question, "x^2 + 1")
    assert verdict.code == "incorrect"
    assert verdict.form_ok is True


def test_exact_form_means_no_decimals() -> None:
    half = AnswerSpec("expression", "x/2", ON_R, forms=("exact",))
    assert grade(half, "x/2").correct
    verdict = grade(half, "0.5x")  # equal, but the question asked for an exact form
    assert verdict.code == "decimal_not_exact"
    assert verdict.form_ok is False
