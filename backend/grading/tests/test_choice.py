"""Multiple choice and true/false."""

from grading import AnswerSpec, MistakeRule, grade, preview

QUESTION = AnswerSpec(
    "choice",
    "B",
    choices=("A", "B", "C"),
    mistakes=(MistakeRule("A", "A confuses rows with columns.", "rows-vs-columns"),),
)


def test_labels_match_case_insensitively() -> None:
    for answer in ["B", "b", " b ", "(b)", "b)"]:
        verdict = grade(QUESTION, answer)
        assert verdict.correct, answer
        assert verdict.interpreted == "\\text{B}"


def test_wrong_choice_and_mistake() -> None:
    assert grade(QUESTION, "C").code == "incorrect"
    mistake = grade(QUESTION, "a")
    assert mistake.code == "mistake"
    assert mistake.misconception == "rows-vs-columns"


def test_unknown_choice_lists_the_options() -> None:
    verdict = grade(QUESTION, "D")
    assert verdict.code == "not_a_choice"
    assert verdict.feedback == "choose one of: A, B, C"


def test_true_false_synonyms() -> None:
    statement = AnswerSpec("choice", "true")
    for answer in ["true", "T", "yes", "True"]:
        assert grade(statement, answer).correct, answer
    for answer in ["false", "f", "no"]:
        assert grade(statement, answer).code == "incorrect", answer
    assert grade(statement, "maybe").code == "not_a_choice"


def test_preview_of_a_choice_escapes_latex() -> None:
    assert preview("a_b{}", kind="choice").latex == "\\text{a\\_b\\{\\}}"
