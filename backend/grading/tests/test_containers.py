"""Vectors, matrices, tuples and sets: shape first, then entries."""

from grading import AnswerSpec, grade

PMATRIX = "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}"


def test_vector_in_every_notation() -> None:
    question = AnswerSpec("vector", "[1, 2, 3]")
    for answer in ["[1,2,3]", "(1, 2, 3)", "1, 2, 3", "\\begin{pmatrix}1\\\\2\\\\3\\end{pmatrix}"]:
        assert grade(question, answer).correct, answer
    assert grade(question, "[[1, 2, 3]]").correct  # a one-row matrix


def test_vector_shape_and_entry_messages() -> None:
    question = AnswerSpec("vector", "[1, 2, 3]")
    short = grade(question, "[1, 2]")
    assert short.code == "wrong_shape"
    assert short.feedback == "expected 3 components, you gave 2"
    wrong = grade(question, "[1, 2, 4]")
    assert wrong.code == "incorrect"
    assert "component 3 is not right" in wrong.feedback
    assert grade(question, "7").feedback == "expected a vector, you gave a single value"


def test_vector_entries_follow_the_number_rules() -> None:
    exact = AnswerSpec("vector", "[1/3, sqrt(2)]")
    assert grade(exact, "[2/6, 2/sqrt(2)]").correct
    assert not grade(exact, "[0.3333333, 1.4142136]").correct  # no tolerance stated
    loose = AnswerSpec("vector", "[1/3, sqrt(2)]", tolerance=1e-3)
    assert grade(loose, "[0.3333, 1.4142]").correct
    verdict = grade(loose, "[0.3333, 1.41]")
    assert not verdict.correct
    assert "component 2 is not right" in verdict.feedback


def test_symbolic_vector_entries() -> None:
    gradient = AnswerSpec("vector", "[2x, cos(y)]", {"x": (-2, 2), "y": (-2, 2)})
    assert grade(gradient, "[x + x, cos y]").correct
    verdict = grade(gradient, "[2x, sin y]")
    assert not verdict.correct
    assert "component 2 is not right" in verdict.feedback


def test_matrix_shapes() -> None:
    question = AnswerSpec("matrix", "[[1, 2], [3, 4]]")
    assert grade(question, PMATRIX).correct
    assert grade(question, "\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}").correct
    wide = grade(question, "[[1, 2, 0], [3, 4, 0]]")
    assert wide.code == "wrong_shape"
    assert wide.feedback == "expected a 2\u00d72 matrix, you gave a 2\u00d73 one"
    ragged = grade(question, "[[1, 2], [3]]")
    assert ragged.feedback == "the rows of your matrix have different lengths"
    flat = grade(question, "[1, 2, 3, 4]")
    assert flat.code == "wrong_shape"


def test_matrix_entry_message() -> None:
    verdict = grade(AnswerSpec("matrix", "[[1, 2], [3, 4]]"), "[[1, 2], [3, 5]]")
    assert "the entry in row 2, column 2 is not right" in verdict.feedback


def test_matrix_size_limit() -> None:
    row = "[" + ",".join(["1"] * 11) + "]"
    verdict = grade(AnswerSpec("matrix", "[[1]]"), f"[{row}]")
    assert verdict.code == "wrong_shape"


def test_tuples_are_ordered() -> None:
    question = AnswerSpec("tuple", "(1, 2)")
    assert grade(question, "(1, 2)").correct
    assert grade(question, "[1, 2]").correct
    assert "entry 1 is not right" in grade(question, "(2, 1)").feedback


def test_sets_ignore_order_and_duplicates() -> None:
    question = AnswerSpec("set", "{-1, 1}")
    for answer in ["{1, -1}", "\\{1,-1,1\\}", "\\left\\{-1, 1\\right\\}", "1, -1"]:
        assert grade(question, answer).correct, answer
    missing = grade(question, "{1}")
    assert missing.feedback == "Not quite: your set is missing 1 element."
    extra = grade(question, "{1, -1, 2}")
    assert extra.feedback == "Not quite: element 3 of your set does not belong in it."
    assert grade(question, "[1, -1]").code == "wrong_shape"


def test_set_of_expressions_and_exact_values() -> None:
    roots = AnswerSpec("set", "{(1 + sqrt(5))/2, (1 - sqrt(5))/2}")
    assert grade(roots, "{(1 - sqrt 5)/2, (1 + sqrt 5)/2}").correct
    assert not grade(roots, "{(1 + sqrt 5)/2}").correct
    empty = AnswerSpec("set", "{}")
    assert grade(empty, "\\emptyset").correct
    assert not grade(empty, "{0}").correct


def test_exact_form_applies_to_each_entry() -> None:
    question = AnswerSpec("vector", "[1/3, 1]", tolerance=1e-6, forms=("exact",))
    assert grade(question, "[1/3, 1]").correct
    assert grade(question, "[0.3333333, 1]").code == "decimal_not_exact"
    assert grade(question, "[1/3, 1.0]").code == "decimal_not_exact"
