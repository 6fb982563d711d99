"""Unreadable answers fail with a code, a position in the original text and, where one can be
guessed, a suggestion."""

import pytest

from grading import AnswerSpec, grade, preview
from grading.errors import ParseError
from grading.limits import MAX_DEPTH, MAX_INPUT_CHARS, MAX_LITERAL_DIGITS
from grading.reading import read


def fail(text: str, *variables: str, kind: str = "expression") -> ParseError:
    with pytest.raises(ParseError) as caught:
        read(text, kind=kind, variables=frozenset(variables or ("x", "y")))
    return caught.value


def test_expression_ending_too_early_names_the_operator() -> None:
    error = fail("2x+")
    assert error.code == "syntax_error"
    assert "ends too early after '+'" in error.message
    assert error.position == 3


def test_missing_closing_bracket_suggests_the_fix() -> None:
    error = fail("(x+1)(x-1")
    assert error.code == "syntax_error"
    assert "add a closing ')'" in error.message
    assert error.position == len("(x+1)(x-1")
    assert error.suggestion == "did you mean (x+1)(x-1)?"


def test_extra_closing_bracket_is_located() -> None:
    error = fail("x+1)")
    assert error.position == 3
    assert error.suggestion == "remove the extra ')'"


def test_mismatched_brackets() -> None:
    error = fail("[1, 2)", kind="vector")
    assert "expected ']'" in error.message
    assert error.position == 5


def test_unknown_variable_lists_the_allowed_ones() -> None:
    error = fail("2z + 1")
    assert error.code == "unknown_symbol"
    assert "'z'" in error.message
    assert "x, y" in error.message
    assert error.position == 1


def test_unknown_variable_with_a_close_known_name_gets_a_suggestion() -> None:
    assert fail("2X").suggestion == "did you mean x?"


def test_unknown_function() -> None:
    error = fail("f(x)")
    assert error.code == "unknown_symbol"
    assert "unknown function 'f'" in error.message
    assert fail("sine(x)").suggestion == "did you mean sin?"


def test_variable_before_bracket_is_a_product_not_a_function() -> None:
    # Declared variables multiply: x(x+1) is x*(x+1), and the preview shows it that way.
    shown = preview("x(x+1)", variables=["x"])
    assert shown.ok
    assert shown.latex == "x \\cdot \\left(x + 1\\right)"


def test_function_without_argument() -> None:
    error = fail("sin")
    assert "'sin' at position 0 needs an argument" in error.message
    assert error.suggestion == "write sin(...)"
    assert "needs an argument" in fail("2 + sqrt").message


def test_inverse_function_notation_is_refused_with_advice() -> None:
    assert "asin" in fail("sin^-1(x)").message


def test_two_numbers_side_by_side() -> None:
    error = fail("2 3")
    assert error.suggestion == "did you mean 23 or 2*3?"


def test_malformed_numbers() -> None:
    assert "malformed number" in fail("1.2.3").message
    assert fail("2..5").code == "syntax_error"


def test_decimal_point_after_a_bracket_is_refused_not_read_as_zero() -> None:
    error = fail("(-6).0")
    assert error.code == "syntax_error"
    assert "right after a bracket" in error.message
    assert fail("[1, 2].5").code == "syntax_error"


def test_empty_input_and_empty_brackets() -> None:
    assert fail("   ").code == "empty"
    assert "empty brackets" in fail("2()").message


def test_infinity_only_in_intervals() -> None:
    assert "interval" in fail("oo + 1").message
    assert "alone" in fail("(0, oo+1)", kind="interval").message


def test_cyrillic_lookalike_is_refused_not_read_as_x() -> None:
    error = fail("2\u0445+1")  # Cyrillic small letter ha
    assert error.code == "syntax_error"
    assert "Cyrillic" in error.message
    assert error.position == 1
    assert error.suggestion == "type the Latin letter 'x'"


def test_invisible_characters_are_refused() -> None:
    assert "invisible" in fail("x\u200d+1").message
    assert "invisible" in fail("x\u202e+1").message
    assert "control character" in fail("x\x00+1").message


def test_positions_refer_to_the_original_text_after_normalisation() -> None:
    # "x\u00b2" becomes "x^(2)" internally; the error is still reported at the original offset.
    error = fail("x\u00b2 + z")
    assert error.position == 5


def test_unsupported_latex_commands_are_named() -> None:
    error = fail("\\input{/etc/passwd}")
    assert "unsupported LaTeX command '\\input'" in error.message
    assert "missing an argument" in fail("\\frac{1}").message
    assert "closing '}'" in fail("x^{2").message
    assert "not supported" in fail("x \\le 2").message


def test_runs_of_letters_split_only_when_unambiguous() -> None:
    names = frozenset({"a", "b", "ab", "ba"})
    assert read("ab", kind="expression", variables=names).value == "ab"  # a whole name wins
    assert "more than one way" in fail("aba", *names).message  # ab·a or a·ba
    assert fail("sine x").code == "unknown_symbol"  # not sin(e·x)
    assert fail("sinx(x+1)").code == "unknown_symbol"


def test_limits_are_refused_with_their_code() -> None:
    assert fail("x" * (MAX_INPUT_CHARS + 1)).code == "too_large"
    assert fail("(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1)).code == "too_complex"
    assert fail("-" * (MAX_DEPTH + 1) + "x").code == "too_complex"
    assert fail("1" * (MAX_LITERAL_DIGITS + 1)).code == "too_large"
    assert fail("9^9^9").code == "too_large"
    assert fail("x^x^x^x").code == "too_complex"
    assert fail("x^100000").code == "too_large"
    assert fail("1e999").code == "too_large"
    assert fail("171!").code == "too_large"


@pytest.mark.parametrize(
    ("answer", "value"),
    [("x = 6", "6"), ("\\lambda=3/4", "3/4"), ("w_1 = -2", "-2"), ("p_{k} = 0.5", "0.5")],
)
def test_a_named_value_gets_a_kind_message(answer: str, value: str) -> None:
    verdict = grade(AnswerSpec(kind="number", expected="6"), answer)

    assert not verdict.correct
    assert verdict.feedback.startswith("give just the value, without")
    assert verdict.feedback.endswith(f"write {value}")
    assert verdict.suggestion == f"write {value}"


def test_an_unknown_name_elsewhere_keeps_its_message() -> None:
    verdict = grade(AnswerSpec(kind="number", expected="6"), "x + 6")

    assert verdict.code == "unknown_symbol"
    assert "unknown symbol 'x'" in verdict.feedback
