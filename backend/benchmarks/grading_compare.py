"""Grading benchmark: `PYTHONPATH=backend python -m benchmarks.grading_compare` from the root.

Runs Lemma's grader and four peer methods over the same labelled corpus (grading_corpus.jsonl,
labelled by GRADING_POLICY.md) and prints, per method, accuracy, false passes (a wrong answer
accepted), false fails (a correct answer rejected), errors/unsupported cases and per-call latency,
then accuracy per answer kind.

Scoring: a method's verdict on a case is True, False or an error (exception, unsupported input,
time-out). Accuracy counts only verdicts equal to the label. An error is counted in the errors
column and scored as a wrong verdict: on a correct case it is also a false fail; on a wrong case
it is *not* a correct rejection.

Peers (each learner answer is passed exactly as typed; the expected answer is the author's side
and reaches each tool in that tool's own syntax, see reference_scalar):
  naive SymPy   parse_expr (+ implicit multiplication, ^) or parse_latex; simplify(a - b) == 0.
  sampling      the same parse; equal values at 5 seeded random points in [-2, 2] per variable.
  openedx-calc  Open edX's formula/numerical response: calc.evaluator on the answer at seeded
                random points of the stated domain, compare_with_tolerance; vectors and tuples as
                one input per component; matrices, sets, equations and intervals unsupported.
  math-verify   verify(parse("$gold$"), parse("$answer$")), gold = the expected value in LaTeX.

Options: --methods 'Lemma,math-verify' runs a subset; --details lists every misgraded case.
"""

import argparse
import cmath
import functools
import importlib
import json
import logging
import random
import re
import signal
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import sympy  # type: ignore[import-untyped, unused-ignore]
from sympy.parsing.latex import parse_latex  # type: ignore[import-untyped, unused-ignore]
from sympy.parsing.sympy_parser import (  # type: ignore[import-untyped, unused-ignore]
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

CORPUS = Path(__file__).with_name("grading_corpus.jsonl")
KINDS = ("expression", "number", "vector", "matrix", "set", "tuple", "equation", "interval")
SEED = 20_240_601
TIME_LIMIT_S = 5.0
SAMPLING_POINTS = 5
SAMPLING_RTOL = 1e-6
OPENEDX_SAMPLES = 10  # a typical `samples="x@lo:hi#10"` in an Open edX formula problem
OPENEDX_FORMULA_TOLERANCE = 1e-5  # FormulaResponse's default tolerance (absolute)
OPENEDX_NUMERIC_TOLERANCE = "0.001%"  # capa's default_tolerance (relative)
TARGETS = "targets: Lemma ≥ 98% and above every peer; p50 ≤ 2 ms, p95 ≤ 10 ms"


@dataclass(frozen=True)
class Case:
    id: str
    kind: str
    expected: str
    answer: str
    correct: bool
    category: str
    note: str
    variables: dict[str, tuple[float, float]] = field(default_factory=dict)
    tolerance: float | None = None
    exact_required: bool = False


def load_corpus(path: Path = CORPUS) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            variables = {
                k: (float(lo), float(hi)) for k, (lo, hi) in row.pop("variables", {}).items()
            }
            cases.append(Case(variables=variables, **row))
    return cases


class Unsupported(Exception):
    """The method has no way to express this case."""


class GradingTimeout(BaseException):
    """A BaseException, so that a peer's own `except Exception` cannot swallow the time-out."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise GradingTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


Grader = Callable[[Case], bool]


def case_rng(case: Case) -> random.Random:
    """Sample points depend only on the seed and the case, not on the order cases run in."""
    return random.Random(f"{SEED}:{case.id}")


# --- naive SymPy parsing, shared by the naive-SymPy and sampling peers -------------------------
# parse_expr calls eval() on its input: acceptable HERE only because the corpus is our own trusted
# file. It is the peer's method, never something to run on a learner's answer.
TRANSFORMATIONS = (*standard_transformations, implicit_multiplication_application, convert_xor)
NAMES = {"e": sympy.E, "inf": sympy.oo, "infinity": sympy.oo}
INTERVAL = re.compile(r"^\s*([\[(])(.*),(.*)([\])])\s*$")


def _latex_available() -> bool:
    try:
        parse_latex("x")
    except ImportError:  # needs antlr4-python3-runtime 4.11 exactly
        return False
    return True


LATEX_AVAILABLE = _latex_available()


def is_latex(text: str) -> bool:
    return "\\" in text or "^{" in text


def parse_scalar(text: str) -> Any:
    """The naive peers' reading of a learner's answer."""
    if "\\" in text:
        if not LATEX_AVAILABLE:
            raise Unsupported("parse_latex needs antlr4 4.11")
        return parse_latex(text)
    return parse_expr(text, local_dict=dict(NAMES), transformations=TRANSFORMATIONS)


@functools.cache
def reference_scalar(text: str) -> Any:
    """The corpus's expected value, read by a trusted reference parser.

    An author writes the expected answer in each tool's own syntax; this stands in for that, so
    that only the learners' answers test a tool's parsing (plain text via parse_expr, LaTeX via
    latex2sympy2, the parser math-verify ships with). Cached, and warmed before timing: an
    author-side value is parsed once, not at every grading.
    """
    text = text.strip()
    if text.endswith("%"):
        return reference_scalar(text.removesuffix("%").removesuffix("\\")) / 100
    if is_latex(text):
        return importlib.import_module("latex2sympy2_extended").latex2sympy(text)
    return parse_expr(text, local_dict=dict(NAMES), transformations=TRANSFORMATIONS)


def parse_structure(kind: str, text: str, scalar: Callable[[str], Any] = parse_scalar) -> Any:
    if kind in ("expression", "number"):
        return scalar(text)
    if kind == "equation":
        left, right = text.split("=")
        return scalar(left) - scalar(right)
    if kind == "interval":
        match = INTERVAL.match(text)
        if not match:
            raise Unsupported("not an interval")
        left, low, high, right = match.groups()
        return sympy.Interval(scalar(low), scalar(high), left == "(", right == ")")
    value = scalar(text)
    if kind in ("vector", "matrix"):
        if isinstance(value, sympy.MatrixBase):
            return value
        return sympy.Matrix(value) if isinstance(value, list | tuple) else sympy.Matrix([[value]])
    if kind == "set":
        return sympy.FiniteSet(*value) if isinstance(value, set | frozenset) else value
    return sympy.Tuple(*value) if isinstance(value, tuple) else value


# --- naive SymPy -------------------------------------------------------------------------------
def _is_zero(expr: Any) -> bool:
    return bool(sympy.simplify(expr) == 0)


def sympy_equal(kind: str, expected: Any, answer: Any) -> bool:
    if kind in ("vector", "matrix"):
        return bool(expected.shape == answer.shape and all(map(_is_zero, expected - answer)))
    if kind == "tuple":
        return len(expected) == len(answer) and all(
            _is_zero(a - b) for a, b in zip(answer, expected, strict=True)
        )
    if kind in ("set", "interval"):
        return bool(expected == answer)
    return _is_zero(answer - expected)


def grade_naive_sympy(case: Case) -> bool:
    expected = parse_structure(case.kind, case.expected, reference_scalar)
    return sympy_equal(case.kind, expected, parse_structure(case.kind, case.answer))


# --- numeric sampling --------------------------------------------------------------------------
def _value(expr: Any, point: dict[str, float]) -> complex | None:
    subs = {s: point[s.name] for s in sympy.sympify(expr).free_symbols if s.name in point}
    value = complex(sympy.sympify(expr).evalf(subs=subs))
    return value if cmath.isfinite(value) else None


def _close(a: complex | None, b: complex | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= SAMPLING_RTOL * max(1.0, abs(b))


def _elements(kind: str, obj: Any) -> list[Any]:
    if kind in ("vector", "matrix", "tuple", "set"):
        return list(obj)
    return [obj]


def intervals_close(expected: Any, answer: Any) -> bool:
    if not (isinstance(expected, sympy.Interval) and isinstance(answer, sympy.Interval)):
        return False  # e.g. [1, -1] parses to the empty set
    if (expected.left_open, expected.right_open) != (answer.left_open, answer.right_open):
        return False
    return all(_ends_close(a, b) for a, b in zip(answer.args[:2], expected.args[:2], strict=True))


def _ends_close(a: Any, b: Any) -> bool:
    if a.is_infinite or b.is_infinite:
        return bool(a == b)
    return _close(complex(a), complex(b))


def _values_match(kind: str, expected: list[complex | None], answer: list[complex | None]) -> bool:
    if kind == "set":
        covered = all(any(_close(a, e) for a in answer) for e in expected)
        return covered and all(any(_close(a, e) for e in expected) for a in answer)
    return all(_close(a, e) for a, e in zip(answer, expected, strict=True))


def sample_equal(case: Case, expected: Any, answer: Any) -> bool:
    if case.kind == "interval":
        return intervals_close(expected, answer)
    if case.kind in ("vector", "matrix") and expected.shape != answer.shape:
        return False
    left, right = _elements(case.kind, expected), _elements(case.kind, answer)
    if case.kind != "set" and len(left) != len(right):
        return False
    rng = case_rng(case)
    names = sorted({s.name for e in (*left, *right) for s in sympy.sympify(e).free_symbols})
    for _ in range(SAMPLING_POINTS):
        point = {name: rng.uniform(-2, 2) for name in names}
        expected_values = [_value(e, point) for e in left]
        if not _values_match(case.kind, expected_values, [_value(a, point) for a in right]):
            return False
    return True


def grade_sampling(case: Case) -> bool:
    expected = parse_structure(case.kind, case.expected, reference_scalar)
    return sample_equal(case, expected, parse_structure(case.kind, case.answer))


# --- Open edX calc -----------------------------------------------------------------------------
def compare_with_tolerance(student: complex, instructor: complex, tolerance: float | str) -> bool:
    """capa.util.compare_with_tolerance: "n%" is relative to the larger value, a float absolute."""
    if isinstance(tolerance, str):
        tolerance = float(tolerance.rstrip("%")) * 0.01 * max(abs(student), abs(instructor))
    if cmath.isnan(student) or cmath.isnan(instructor):
        return False
    if cmath.isinf(student) or cmath.isinf(instructor):
        return student == instructor
    return abs(student - instructor) <= tolerance


def reference_value(text: str, point: dict[str, float]) -> complex:
    """The instructor's value at a sample point (see reference_scalar)."""
    expr = sympy.sympify(reference_scalar(text))
    return complex(expr.evalf(subs={s: point[s.name] for s in expr.free_symbols}))


def _components(text: str) -> list[str]:
    text = text.strip()
    if "\\" in text or text[:1] not in "([" or text[-1:] not in ")]":
        raise Unsupported("one input per component needs a plain (a, b, ...) answer")
    return [part.strip() for part in text[1:-1].split(",")]


def grade_openedx(case: Case) -> bool:
    if case.kind in ("vector", "tuple"):
        expected, answer = _components(case.expected), _components(case.answer)
        if len(expected) != len(answer):
            return False
        return all(_openedx_formula(case, e, a) for e, a in zip(expected, answer, strict=True))
    if case.kind in ("expression", "number"):
        return _openedx_formula(case, case.expected, case.answer)
    raise Unsupported(f"Open edX has no {case.kind} response")


def _openedx_formula(case: Case, expected: str, answer: str) -> bool:
    calc = importlib.import_module("calc")
    if not case.variables:  # NumericalResponse
        student = complex(calc.evaluator({}, {}, answer))
        tolerance = case.tolerance if case.tolerance is not None else OPENEDX_NUMERIC_TOLERANCE
        return compare_with_tolerance(student, reference_value(expected, {}), tolerance)
    rng = case_rng(case)
    for _ in range(OPENEDX_SAMPLES):  # FormulaResponse.check_formula
        point = {name: rng.uniform(lo, hi) for name, (lo, hi) in case.variables.items()}
        student = complex(calc.evaluator(point, {}, answer, case_sensitive=False))
        instructor = reference_value(expected, point)
        if not compare_with_tolerance(student, instructor, OPENEDX_FORMULA_TOLERANCE):
            return False
    return True


# --- math-verify -------------------------------------------------------------------------------
def math_verify_grader() -> Grader | None:
    try:
        math_verify = importlib.import_module("math_verify")
    except ImportError:
        return None
    # Our time_limit replaces math-verify's own signal.alarm (the two would cancel each other).
    logging.getLogger("math_verify").setLevel(logging.ERROR)

    def grade(case: Case) -> bool:
        gold_latex = author_latex(case.kind, case.expected)
        gold = math_verify.parse(f"${gold_latex}$", parsing_timeout=None)
        answer = math_verify.parse(f"${case.answer}$", parsing_timeout=None)
        if not gold or not answer:
            raise Unsupported("math-verify extracted nothing")
        return bool(math_verify.verify(gold, answer, timeout_seconds=None))

    return grade


def _latex(value: Any) -> str:
    return str(sympy.latex(value, ln_notation=True))  # math-verify reads \\log as base 10


@functools.cache
def author_latex(kind: str, expected: str) -> str:
    """The expected answer as a math-verify author writes it: LaTeX (see reference_scalar)."""
    if is_latex(expected):
        return expected
    if kind == "equation":
        left, right = (_latex(reference_scalar(side)) for side in expected.split("="))
        return f"{left} = {right}"
    value = parse_structure(kind, expected, reference_scalar)
    return _latex(sympy.Tuple(*value) if kind == "vector" else value)


def warm_reference_caches(cases: Sequence[Case]) -> None:
    """Parse every expected answer before timing: an author's value is parsed once."""
    for case in cases:
        steps: list[Callable[[], Any]] = [
            functools.partial(parse_structure, case.kind, case.expected, reference_scalar),
            functools.partial(author_latex, case.kind, case.expected),
        ]
        if case.kind in ("vector", "tuple") and not is_latex(case.expected):
            steps += [functools.partial(reference_scalar, p) for p in _components(case.expected)]
        for step in steps:
            with suppress(Exception):
                step()


def openedx_grader() -> Grader | None:
    try:
        importlib.import_module("calc")
    except ImportError:
        return None
    return grade_openedx


# --- Lemma -------------------------------------------------------------------------------------
def lemma_grader() -> Grader | None:
    try:
        grading = importlib.import_module("grading")
    except Exception:  # not there, or half-written: the peers still run
        return None
    if not (hasattr(grading, "grade") and hasattr(grading, "AnswerSpec")):
        return None

    def grade(case: Case) -> bool:
        spec: dict[str, Any] = {"kind": case.kind, "expected": case.expected}
        if case.variables:
            spec["variables"] = case.variables
        if case.tolerance is not None:
            spec["tolerance"] = case.tolerance
        if case.exact_required:
            spec["forms"] = ("exact",)
        return bool(grading.grade(grading.AnswerSpec(**spec), case.answer).correct)

    return grade


METHODS: dict[str, Callable[[], Grader | None]] = {
    "Lemma": lemma_grader,
    "naive SymPy": lambda: grade_naive_sympy,
    "numeric sampling": lambda: grade_sampling,
    "openedx-calc": openedx_grader,
    "math-verify": math_verify_grader,
}


# --- running and reporting ---------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: bool | None  # None: error, unsupported or time-out
    error: str
    ms: float


def grade_once(grader: Grader, case: Case) -> Outcome:
    start = time.perf_counter()
    verdict: bool | None = None
    error = ""
    try:
        with time_limit(TIME_LIMIT_S):
            verdict = grader(case)
    except GradingTimeout:
        error = "timeout"
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}".splitlines()[0][:120]
    return Outcome(case, verdict, error, (time.perf_counter() - start) * 1000)


def run_method(grader: Grader, cases: Sequence[Case]) -> list[Outcome]:
    grade_once(grader, cases[0])  # warm-up: imports and caches are not grading latency
    return [grade_once(grader, case) for case in cases]


def summary_row(name: str, outcomes: Sequence[Outcome]) -> list[str]:
    n = len(outcomes)
    right = sum(o.verdict == o.case.correct for o in outcomes)
    false_passes = sum(o.verdict is True and not o.case.correct for o in outcomes)
    false_fails = sum(o.case.correct and o.verdict is not True for o in outcomes)
    errors = sum(o.verdict is None for o in outcomes)
    cuts = statistics.quantiles([o.ms for o in outcomes], n=100, method="inclusive")
    return [
        name,
        f"{100 * right / n:.1f}% ({right}/{n})",
        str(false_passes),
        str(false_fails),
        str(errors),
        f"{cuts[49]:.2f}",
        f"{cuts[94]:.2f}",
        f"{max(o.ms for o in outcomes):.2f}",
    ]


def kind_row(name: str, outcomes: Sequence[Outcome]) -> list[str]:
    cells = [name]
    for kind in KINDS:
        of_kind = [o for o in outcomes if o.case.kind == kind]
        right = sum(o.verdict == o.case.correct for o in of_kind)
        cells.append(f"{100 * right / len(of_kind):.0f}%" if of_kind else "-")
    return cells


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def print_misses(name: str, outcomes: Sequence[Outcome]) -> None:
    print(f"\n### {name}: misgraded cases")
    for o in outcomes:
        if o.verdict != o.case.correct:
            got = o.error or f"verdict {o.verdict}"
            print(f"- {o.case.id} (label {o.case.correct}): {got} | {o.case.answer}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--methods", help="comma-separated subset, e.g. 'Lemma,math-verify'")
    parser.add_argument("--details", action="store_true", help="list every misgraded case")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="a corpus file (default: the main corpus)"
    )
    args = parser.parse_args(argv)
    chosen = args.methods.split(",") if args.methods else list(METHODS)
    cases = load_corpus(args.corpus)
    warm_reference_caches(cases)
    correct = sum(c.correct for c in cases)
    print(f"Grading corpus {args.corpus.name}: {len(cases)} cases ({correct} correct answers)")
    results: dict[str, list[Outcome]] = {}
    for name in chosen:
        grader = METHODS[name]()
        if grader is None:
            print(
                f"{name} grader not available yet" if name == "Lemma" else f"{name}: not installed"
            )
            continue
        results[name] = run_method(grader, cases)
    header = ["method", "accuracy", "false passes", "false fails", "errors/unsupported"]
    header += ["p50 ms", "p95 ms", "max ms"]
    print()
    print(markdown_table(header, [summary_row(n, o) for n, o in results.items()]))
    print()
    print(markdown_table(["method", *KINDS], [kind_row(n, o) for n, o in results.items()]))
    print(f"\n{TARGETS}")
    print("Errors count as wrong verdicts; an error on a correct answer is also a false fail.")
    if args.details:
        for name, outcomes in results.items():
            print_misses(name, outcomes)


if __name__ == "__main__":
    main()
