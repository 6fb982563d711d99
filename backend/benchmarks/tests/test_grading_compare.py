"""The comparison harness: peer adapters give verdicts, errors are scored as the docstring says."""

import sys
import types
from dataclasses import dataclass
from typing import Any

import pytest

from benchmarks import grading_compare
from benchmarks.grading_compare import METHODS, Case, Outcome, grade_once, summary_row

PEERS = ("naive SymPy", "numeric sampling", "openedx-calc", "math-verify")
# openedx-calc still calls pyparsing's camelCase API.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:calc")


def case(answer: str, correct: bool, **extra: Any) -> Case:
    fields: dict[str, Any] = {"variables": {"x": (-2.0, 2.0)}, **extra}
    return Case(
        id=f"t-{answer}",
        kind="expression",
        expected="2*x",
        answer=answer,
        correct=correct,
        category="test",
        note="test",
        **fields,
    )


@pytest.mark.parametrize("name", PEERS)
def test_each_peer_gives_a_verdict_on_trivial_cases(name):
    grader = METHODS[name]()
    if grader is None:
        pytest.skip(f"{name} is not installed")

    right = grade_once(grader, case("x*2", correct=True))
    wrong = grade_once(grader, case("3*x", correct=False))

    assert (right.verdict, right.error) == (True, "")
    assert (wrong.verdict, wrong.error) == (False, "")


def test_an_error_is_scored_as_a_wrong_verdict():
    outcomes = [
        Outcome(case("a", correct=True), True, "", 1.0),
        Outcome(case("b", correct=False), True, "", 1.0),  # false pass
        Outcome(case("c", correct=True), None, "ParseError", 1.0),  # false fail and error
        Outcome(case("d", correct=False), None, "timeout", 1.0),  # error, not a rejection
    ]

    row = summary_row("m", outcomes)

    assert row[1:5] == ["25.0% (1/4)", "1", "1", "2"]


def test_a_slow_grader_is_stopped_and_counted_as_an_error(monkeypatch):
    monkeypatch.setattr(grading_compare, "TIME_LIMIT_S", 0.05)

    def spin(_: Case) -> bool:
        while True:
            pass

    outcome = grade_once(spin, case("x*2", correct=True))

    assert (outcome.verdict, outcome.error) == (None, "timeout")


@dataclass(frozen=True)
class FakeVerdict:
    correct: bool


def test_lemma_adapter_passes_the_case_as_an_answer_spec(monkeypatch):
    specs: list[dict[str, Any]] = []

    def answer_spec(**spec: Any) -> dict[str, Any]:
        specs.append(spec)
        return spec

    fake = types.SimpleNamespace(
        AnswerSpec=answer_spec, grade=lambda spec, answer: FakeVerdict(answer == "2x")
    )
    monkeypatch.setitem(sys.modules, "grading", fake)
    grader = grading_compare.lemma_grader()
    assert grader is not None

    assert grader(case("2x", correct=True, tolerance=0.01, exact_required=True)) is True
    assert specs == [
        {
            "kind": "expression",
            "expected": "2*x",
            "variables": {"x": (-2.0, 2.0)},
            "tolerance": 0.01,
            "forms": ("exact",),
        }
    ]


def test_lemma_is_reported_missing_until_grading_exports_grade(monkeypatch):
    monkeypatch.setitem(sys.modules, "grading", types.ModuleType("grading"))
    assert grading_compare.lemma_grader() is None
