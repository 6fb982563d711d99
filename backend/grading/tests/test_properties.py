"""Property: any text gives a Verdict and a Preview, never an exception or a grader error, and
never hangs (each example is bounded by an alarm)."""

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grading import AnswerSpec, Preview, Verdict, grade, preview

SPECS = [
    AnswerSpec("expression", "x^2 + sin(y)", {"x": (-2.0, 2.0), "y": (-2.0, 2.0)}),
    AnswerSpec("number", "sqrt(2)/2", tolerance=1e-3, forms=("exact",)),
    AnswerSpec("vector", "[1, 2, 3]"),
    AnswerSpec("matrix", "[[1, 2], [3, 4]]"),
    AnswerSpec("set", "{-1, 1}"),
    AnswerSpec("tuple", "(1, 2)"),
    AnswerSpec("equation", "y = 2x + 1", {"x": (-2.0, 2.0), "y": (-2.0, 2.0)}),
    AnswerSpec("interval", "[0, oo)"),
    AnswerSpec("choice", "B", choices=("A", "B")),
    AnswerSpec("expression", "(x+1)^2", {"x": (-2.0, 2.0)}, forms=("expanded", "factored")),
]
# Pieces of the answer language, so that generated text often gets deep into the parser.
PIECES = [
    *"0123456789xy+-*/^()[]{}|.,=!% ",
    "sin",
    "ln",
    "sqrt",
    "pi",
    "e",
    "oo",
    "\\frac{",
    "}{",
    "}",
    "\\sqrt{",
    "\\left(",
    "\\right)",
    "\\cdot",
    "^{",
    "_",
    "&",
    "\\\\",
    "\\begin{pmatrix}",
    "\\end{pmatrix}",
    "\\{",
    "\\}",
    "\u2212",
    "\u00b2",
    "\u03c0",
]
# Seeded (derandomize) like every other test here, and no example database in the repository.
SETTINGS = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
mathy = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
specs = st.sampled_from(SPECS)


# A hang detector, not a speed target: far above any real answer's time, it catches an input
# that never finishes (the worker's own hard limit is 15 s).
HANG_SECONDS = 10


@contextmanager
def bounded(seconds: int) -> Iterator[None]:
    def hung(signum: int, frame: Any) -> None:
        raise AssertionError(f"no verdict within {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def check(spec: AnswerSpec, text: str) -> None:
    with bounded(HANG_SECONDS):
        _check(spec, text)


def _check(spec: AnswerSpec, text: str) -> None:
    verdict = grade(spec, text, seed=3)
    assert isinstance(verdict, Verdict)
    assert verdict.code != "grader_error", verdict
    assert verdict.correct == (verdict.code == "correct")
    shown = preview(text, kind=spec.kind, variables=spec.variables)
    assert isinstance(shown, Preview)
    assert shown.code != "grader_error"
    if shown.ok:
        assert shown.latex or spec.kind == "choice"
    else:
        assert shown.message


@SETTINGS
@given(spec=specs, text=st.text(max_size=60))
def test_any_text_gives_a_verdict(spec: AnswerSpec, text: str) -> None:
    check(spec, text)


@SETTINGS
@given(spec=specs, text=mathy)
def test_any_maths_like_text_gives_a_verdict(spec: AnswerSpec, text: str) -> None:
    check(spec, text)


def test_the_hang_detector_fires():
    import time

    with pytest.raises(AssertionError, match="no verdict within 1 s"), bounded(1):
        time.sleep(3)
