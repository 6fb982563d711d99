"""Author specs are validated; only they raise GradingInputError."""

import pytest

from grading import AnswerSpec, GradingInputError, MistakeRule, check_spec, grade, preview


@pytest.mark.parametrize(
    "build",
    [
        lambda: AnswerSpec("polynomial", "x"),  # type: ignore[arg-type]
        lambda: AnswerSpec("expression", ""),
        lambda: AnswerSpec("expression", "x", {"sin": (0, 1)}),
        lambda: AnswerSpec("expression", "x", {"x": (1, 0)}),
        lambda: AnswerSpec("expression", "x", {"x": (0, float("inf"))}),
        lambda: AnswerSpec("expression", "x", {"x y": (0, 1)}),
        lambda: AnswerSpec("expression", "x", tolerance=-1),
        lambda: AnswerSpec("expression", "x", forms=("pretty",)),
        lambda: AnswerSpec("number", "1", forms=("factored",)),
        lambda: AnswerSpec("choice", "D", choices=("A", "B")),
        lambda: AnswerSpec("choice", "maybe"),
        lambda: AnswerSpec("number", "1", choices=("A",)),
    ],
)
def test_invalid_specs_are_refused_on_construction(build: object) -> None:
    with pytest.raises(GradingInputError):
        build()  # type: ignore[operator]


@pytest.mark.parametrize(
    "spec",
    [
        AnswerSpec("expression", "2x +"),
        AnswerSpec("expression", "2z", {"x": (0, 1)}),
        AnswerSpec("vector", "5"),
        AnswerSpec("matrix", "[1, 2]"),
        AnswerSpec("equation", "x + 1", {"x": (0, 1)}),
        AnswerSpec("interval", "[oo, 1]"),
        AnswerSpec("expression", "x", {"x": (0, 1)}, mistakes=(MistakeRule("x +", "f", "t"),)),
    ],
)
def test_unusable_expected_answers_raise_when_grading(spec: AnswerSpec) -> None:
    with pytest.raises(GradingInputError):
        grade(spec, "1")


def test_check_spec_catches_authoring_mistakes() -> None:
    check_spec(AnswerSpec("expression", "2x", {"x": (-1, 1)}))
    with pytest.raises(GradingInputError, match="its own check"):
        check_spec(AnswerSpec("expression", "(x+1)^2", {"x": (-1, 1)}, forms=("expanded",)))
    with pytest.raises(GradingInputError, match="equivalent"):
        check_spec(
            AnswerSpec("expression", "2x", {"x": (-1, 1)}, mistakes=(MistakeRule("x+x", "", "t"),))
        )
    with pytest.raises(GradingInputError, match="undefined"):
        check_spec(AnswerSpec("expression", "sqrt(x - 10)", {"x": (0, 5)}))


def test_specs_are_hashable_and_compare_by_value() -> None:
    first = AnswerSpec("expression", "x", {"x": (0, 1)}, forms=["expanded"])  # type: ignore[arg-type]
    second = AnswerSpec("expression", "x", {"x": (0.0, 1.0)}, forms=("expanded",))
    assert first == second
    assert hash(first) == hash(second)
    assert dict(first.variables) == {"x": (0.0, 1.0)}


def test_preview_rejects_bad_arguments_but_not_bad_answers() -> None:
    with pytest.raises(GradingInputError):
        preview("x", kind="poem")
    with pytest.raises(GradingInputError):
        preview("x", variables=["not a name"])
    assert preview("2x+", variables=["x"]).code == "syntax_error"
