"""The public entry points: grade(), preview() and check_spec()."""

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .choice import choice_latex, read_choice
from .containers import ShapeError
from .errors import ParseError
from .forms import FORM_MESSAGES, form_ok
from .intervals import interval_problem
from .judge import Context, judge
from .names import is_valid_variable_name
from .nodes import Node, has_decimal
from .reading import read
from .sampling import MIN_VALID_POINTS, sample_expected
from .spec import KINDS, AnswerSpec, GradingInputError, MistakeRule
from .to_latex import to_latex
from .verdict import Preview, Verdict

GRADER_VERSION = "1.1.0"
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Prepared:
    spec: AnswerSpec
    expected: Node | None  # None for choice questions
    names: frozenset[str]
    mistakes: tuple[tuple[MistakeRule, Node | None], ...]


@lru_cache(maxsize=1024)
def _prepare(spec: AnswerSpec) -> _Prepared:
    """Parse and check the author's side once per spec (cached)."""
    names = frozenset(spec.domains)
    if spec.kind == "choice":
        return _Prepared(spec, None, names, tuple((rule, None) for rule in spec.mistakes))
    expected = _read_author(spec, spec.expected, names, "expected answer")
    context = _context(spec, 0)
    try:
        judge(context, expected, expected)
    except (ShapeError, ValueError) as error:
        raise GradingInputError(
            f"expected answer does not fit kind {spec.kind}: {error}"
        ) from error
    if spec.kind == "equation" and not names:
        raise GradingInputError("an equation question needs variables")
    if spec.kind == "interval" and (problem := interval_problem(expected)):
        raise GradingInputError(f"expected interval: {problem}")
    mistakes = tuple(
        (rule, _read_author(spec, rule.answer, names, f"mistake {rule.tag!r}"))
        for rule in spec.mistakes
    )
    return _Prepared(spec, expected, names, mistakes)


def _read_author(spec: AnswerSpec, text: str, names: frozenset[str], what: str) -> Node:
    try:
        return read(text, kind=spec.kind, variables=names)
    except ParseError as error:
        raise GradingInputError(f"{what}: {error.message}") from error


def _context(spec: AnswerSpec, seed: int) -> Context:
    return Context(spec.kind, spec.domains, spec.tolerance, seed)


def check_spec(spec: AnswerSpec) -> None:
    """Authoring-time check: the expected answer parses, fits its kind, is defined at enough
    sample points, meets its own forms, and no mistake rule is equivalent to it.
    Raises GradingInputError."""
    prepared = _prepare(spec)
    expected = prepared.expected
    if expected is not None and spec.kind == "expression" and spec.domains:
        samples = sample_expected(expected, spec.domains.pairs, 0)
        if len(samples.points) < MIN_VALID_POINTS:
            raise GradingInputError(
                "expected answer is undefined (or too large) at most points of the domain"
            )
    verdict = grade(spec, spec.expected)
    if not verdict.correct:
        raise GradingInputError(f"expected answer does not pass its own check: {verdict.feedback}")
    for rule in spec.mistakes:
        if grade(spec, rule.answer).correct:
            raise GradingInputError(f"mistake {rule.tag!r} is equivalent to the expected answer")


# "x = 6", "\\lambda = 3", "w_1 = 0.5": a name set equal to a value.
_NAMED_VALUE = re.compile(r"^\s*(\\?[A-Za-z]+(?:_\{?[A-Za-z0-9]+\}?)?)\s*=\s*([^=]+)$")


def grade(spec: AnswerSpec, answer: str, *, seed: int = 0) -> Verdict:
    """Grade one answer. Deterministic for (spec, answer, seed). Raises GradingInputError only
    when the spec itself is unusable; any learner text gives a Verdict."""
    prepared = _prepare(spec)
    try:
        return _grade(prepared, answer, seed)
    except Exception:
        # A bug must not become a 500 for the learner; it is logged and reported as such.
        logger.exception("grading failed for kind %s", spec.kind)
        return _verdict(
            False,
            "",
            "this answer could not be checked; try writing it another way",
            "grader_error",
        )


def _verdict(
    correct: bool,
    interpreted: str,
    feedback: str,
    code: str,
    *,
    form_ok: bool | None = None,
    misconception: str | None = None,
    error_position: int | None = None,
    suggestion: str | None = None,
    points: tuple[dict[str, float], ...] = (),
    method: str = "none",
) -> Verdict:
    return Verdict(
        correct=correct,
        interpreted=interpreted,
        feedback=feedback,
        code=code,
        form_ok=form_ok,
        misconception=misconception,
        error_position=error_position,
        suggestion=suggestion,
        grader_version=GRADER_VERSION,
        sample_points=tuple(dict(point) for point in points),
        method=method,
    )


def _grade(prepared: _Prepared, answer: str, seed: int) -> Verdict:
    spec = prepared.spec
    if not isinstance(answer, str) or not answer.strip():
        return _verdict(False, "", "enter an answer", "empty")
    if spec.kind == "choice":
        return _grade_choice(prepared, answer)
    try:
        node = read(answer, kind=spec.kind, variables=prepared.names)
    except ParseError as error:
        named = _NAMED_VALUE.match(answer) if error.code == "unknown_symbol" else None
        if named and spec.kind != "equation":
            # "x = 6" where the question wants the value 6: say so, kindly.
            name, value = named.group(1), named.group(2).strip()
            return _verdict(
                False,
                "",
                f"give just the value, without '{name} =': write {value}",
                error.code,
                error_position=0,
                suggestion=f"write {value}",
            )
        return _verdict(
            False,
            "",
            error.message,
            error.code,
            error_position=error.position,
            suggestion=error.suggestion or _decimal_comma_hint(spec.kind, answer),
        )
    interpreted = to_latex(node)
    context = _context(spec, seed)
    assert prepared.expected is not None
    try:
        outcome = judge(context, prepared.expected, node)
    except ShapeError as error:
        return _verdict(
            False,
            interpreted,
            str(error),
            "wrong_shape",
            suggestion=_decimal_comma_hint(spec.kind, answer),
            method="structural",
        )
    forms = _check_forms(spec, node)
    form_result = None if forms is None else not forms
    extra: dict[str, Any] = {
        "points": outcome.points,
        "method": outcome.method,
        "form_ok": form_result,
    }
    if outcome.equal:
        if forms:
            code = "decimal_not_exact" if forms[0] == "exact" else "form_not_met"
            return _verdict(False, interpreted, FORM_MESSAGES[forms[0]], code, **extra)
        return _verdict(True, interpreted, "Correct.", "correct", **extra)
    if outcome.code in ("incorrect", "undefined"):
        for rule, rule_node in prepared.mistakes:
            assert rule_node is not None
            try:
                matched = judge(context, rule_node, node).equal
            except ShapeError:
                continue
            if matched:
                return _verdict(
                    False, interpreted, rule.feedback, "mistake", misconception=rule.tag, **extra
                )
    message = outcome.message or "that is not the expected answer"
    return _verdict(False, interpreted, f"Not quite: {message}.", outcome.code, **extra)


def _check_forms(spec: AnswerSpec, node: Node) -> list[str] | None:
    """The forms the answer fails, in the spec's order; None when the spec asks for none.
    "exact" means no decimal literal at all (GRADING_POLICY.md section 3): 0.5 is not an exact
    answer even for 1/2, because the question asked for an exact form."""
    if not spec.forms:
        return None
    failed = []
    for form in spec.forms:
        if form == "exact":
            ok = not has_decimal(node)
        else:
            ok = form_ok(form, node, spec.domains, spec.kind)
        if not ok:
            failed.append(form)
    return failed


def _decimal_comma_hint(kind: str, answer: str) -> str | None:
    text = answer.strip()
    if kind == "number" and text.count(",") == 1 and text.replace(",", "").lstrip("-").isdigit():
        return f"use a dot for decimals: {text.replace(',', '.')}"
    return None


def _grade_choice(prepared: _Prepared, answer: str) -> Verdict:
    spec = prepared.spec
    label, problem = read_choice(spec, answer)
    if label is None:
        return _verdict(False, "", problem, "not_a_choice", method="exact")
    interpreted = choice_latex(label)
    if label.casefold() == spec.expected.strip().casefold():
        return _verdict(True, interpreted, "Correct.", "correct", method="exact")
    for rule, _ in prepared.mistakes:
        if rule.answer.strip().casefold() == label.casefold():
            return _verdict(
                False, interpreted, rule.feedback, "mistake", misconception=rule.tag, method="exact"
            )
    return _verdict(
        False, interpreted, "Not quite: that is not the right choice.", "incorrect", method="exact"
    )


def preview(answer: str, *, kind: str = "expression", variables: Iterable[str] = ()) -> Preview:
    """Parse only: how the answer reads, or why it cannot be read. Never raises for learner
    text; raises GradingInputError for an unknown kind or an invalid variable name."""
    if kind not in KINDS:
        raise GradingInputError(f"unknown answer kind {kind!r}")
    names = frozenset(variables)
    for name in names:
        if not is_valid_variable_name(name):
            raise GradingInputError(f"invalid variable name {name!r}")
    if not isinstance(answer, str) or not answer.strip():
        return Preview(False, "", "enter an answer", "empty", None, None)
    if kind == "choice":
        return Preview(True, choice_latex(answer.strip()[:200]), "", "ok", None, None)
    try:
        node = read(answer, kind=kind, variables=names)
    except ParseError as error:
        return Preview(False, "", error.message, error.code, error.position, error.suggestion)
    except Exception:
        logger.exception("preview failed")
        return Preview(False, "", "this answer could not be read", "grader_error", None, None)
    return Preview(True, to_latex(node), "", "ok", None, None)
