"""Number answers: exact forms compared exactly, decimals within the author's tolerance."""

import pytest

from grading import AnswerSpec, grade


def number(expected: str, **options: object) -> AnswerSpec:
    return AnswerSpec("number", expected, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "answer",
    ["sqrt(2)/2", "1/sqrt(2)", "\\frac{\\sqrt{2}}{2}", "2^(-1/2)", "sin(pi/4)", "sqrt(8)/4"],
)
def test_equal_values_in_any_exact_form(answer: str) -> None:
    verdict = grade(number("sqrt(2)/2"), answer)
    assert verdict.correct
    assert verdict.method == "exact"


def test_exact_answers_must_be_exactly_equal() -> None:
    verdict = grade(number("pi"), "22/7")
    assert not verdict.correct
    assert verdict.method == "exact"
    assert "works out to 3.14286" in verdict.feedback
    assert grade(number("1/3"), "2/6").correct


def test_decimals_need_a_stated_tolerance_unless_exact() -> None:
    assert not grade(number("sqrt(2)/2"), "0.70710678").correct  # only rounding is forgiven
    assert grade(number("3/8"), "0.375").correct  # a terminating decimal is exact
    assert grade(number("10"), "10.000").correct
    assert grade(number("1/3"), "0.333333333333").correct  # within rounding (1e-9)


def test_tolerance_is_absolute() -> None:
    assert grade(number("sqrt(2)/2", tolerance=1e-3), "0.7071").correct
    assert grade(number("pi", tolerance=1e-3), "3.1416").correct
    assert not grade(number("pi", tolerance=1e-3), "3.14").correct  # off by 0.0016
    assert not grade(number("1/3", tolerance=1e-3), "0.33").correct
    assert grade(number("1/3", tolerance=1e-5), "0.333333").correct
    assert grade(number("0", tolerance=1e-9), "0.0000000001").correct
    assert not grade(number("0", tolerance=1e-9), "0.001").correct


def test_percent_and_scientific_notation() -> None:
    assert grade(number("0.025"), "2.5%").correct
    assert grade(number("2.5%"), "0.025").correct
    assert grade(number("0.0015"), "1.5e-3").correct
    assert grade(number("1500"), "1.5\\times10^{3}").correct
    assert not grade(number("0.5"), "5%").correct


def test_decimal_with_exact_form_required() -> None:
    verdict = grade(number("sqrt(2)", tolerance=1e-6, forms=("exact",)), "1.41421356")
    assert not verdict.correct
    assert verdict.code == "decimal_not_exact"
    assert verdict.form_ok is False
    assert verdict.feedback == (
        "that's the right value as a decimal; give it exactly, e.g. as a fraction or with sqrt"
    )
    # even a decimal that happens to be exact: the question asked for an exact form
    assert grade(number("1/2", forms=("exact",)), "0.5").code == "decimal_not_exact"
    exact = grade(number("sqrt(2)", forms=("exact",)), "2^(1/2)")
    assert exact.correct
    assert exact.form_ok is True
    assert grade(number("1/2", forms=("exact",)), "50%").correct


def test_wrong_value_with_exact_form_reports_both_apart() -> None:
    verdict = grade(number("1/3", forms=("exact",)), "0.5")
    assert verdict.code == "incorrect"
    assert verdict.form_ok is False


def test_answers_that_are_not_real_numbers() -> None:
    verdict = grade(number("1"), "sqrt(-1)")
    assert verdict.code == "undefined"
    assert "not a real number" in verdict.feedback
    assert grade(number("1"), "1/0").code == "undefined"


def test_decimal_comma_gets_a_hint() -> None:
    verdict = grade(number("1.5"), "1,5")
    assert verdict.code == "wrong_shape"
    assert verdict.suggestion == "use a dot for decimals: 1.5"


def test_variables_are_not_numbers() -> None:
    assert grade(number("2"), "2x").code == "unknown_symbol"
