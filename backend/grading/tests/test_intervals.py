"""Intervals: endpoints and which ends are included."""

from grading import AnswerSpec, grade

HALF_OPEN = AnswerSpec("interval", "[0, 1)")


def test_interval_notations() -> None:
    for answer in ["[0, 1)", "\\left[0,1\\right)", "[0, 2/2)", "[sin(0), 1)"]:
        assert grade(HALF_OPEN, answer).correct, answer


def test_wrong_ends_and_brackets() -> None:
    brackets = grade(HALF_OPEN, "(0, 1)")
    assert not brackets.correct
    assert "check which ends are included" in brackets.feedback
    assert "right end is not right" in grade(HALF_OPEN, "[0, 2)").feedback
    assert "left end is not right" in grade(HALF_OPEN, "[-1, 1)").feedback


def test_infinite_ends() -> None:
    ray = AnswerSpec("interval", "(-oo, 3]")
    for answer in ["(-oo, 3]", "(-\\infty, 3]", "(-\u221e, 3]", "(-infinity, 3]"]:
        assert grade(ray, answer).correct, answer
    closed = grade(ray, "[-oo, 3]")
    assert closed.code == "invalid_interval"
    assert "infinite end must be open" in closed.feedback
    assert grade(ray, "(oo, 3]").code == "invalid_interval"
    assert not grade(ray, "(-oo, oo)").correct


def test_reversed_and_malformed_intervals() -> None:
    assert grade(HALF_OPEN, "[1, 0)").code == "invalid_interval"
    assert grade(HALF_OPEN, "0 < x < 1").code in ("syntax_error", "unknown_symbol")
    assert grade(HALF_OPEN, "[0, 1").code == "syntax_error"
