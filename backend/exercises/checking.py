"""Self-checks of a template over many seeds (used by check_exercises and the tests)."""

import contextlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import sympy

from grading import GradingInputError, check_spec, grade

from .content import PLACEHOLDER, TemplateData
from .instances import Instance, InstanceError, evaluate, instantiate

# A template must yield this many distinct prompts over the first 100 seeds.
MIN_DISTINCT = 50
DISTINCT_OVER = 100

_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.S)
_BOXED = "\\boxed{"
_TEXT = re.compile(r"\\(?:text|mathrm|textbf)\{([^{}]*)\}")
_SPACING = re.compile(r"(?<!\\)\\[,;!: ]|\\quad|\\qquad")
_RELATION = re.compile(r"=|\\approx")


def _braced(text: str, start: int) -> str | None:
    """The text inside the braces that open at text[start - 1], or None if unbalanced."""
    depth = 1
    for i in range(start, len(text)):
        if text[i] == "{" and text[i - 1] != "\\":
            depth += 1
        elif text[i] == "}" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start:i]
    return None


def solution_answer(solution: str) -> str | None:
    """The final answer a worked solution states: the last \\boxed{...}, or else what follows
    the last '=' (or \\approx) in the solution's last piece of mathematics."""
    at = solution.rfind(_BOXED)
    if at >= 0:
        found = _braced(solution, at + len(_BOXED))
    else:
        pieces = [m.group(1) or m.group(2) for m in _MATH.finditer(solution)]
        found = _RELATION.split(pieces[-1])[-1] if pieces else None
    if found is None:
        return None
    found = _TEXT.sub(lambda m: m.group(1), found)
    found = _SPACING.sub(" ", found).strip().rstrip(".,;").strip()
    return found or None


def _number(instance: Instance) -> float | None:
    try:
        value = evaluate(instance.template.answer, instance.values, instance.template)
        return float(sympy.N(value))
    except (InstanceError, TypeError, ValueError):
        return None


@dataclass
class TemplateReport:
    failures: list[str] = field(default_factory=list)
    distinct: int = 0


def check_template(template: TemplateData, seeds: list[int]) -> TemplateReport:
    """Render and self-grade `template` for each seed; every problem names template and seed."""
    report = TemplateReport()
    prompts_by_seed: dict[int, str] = {}
    for seed in seeds:
        where = f"{template.file}: template '{template.slug}', seed {seed}"
        try:
            instance = instantiate(template, seed)
        except InstanceError as exc:
            report.failures.append(f"{where}: {exc}")
            continue
        prompts_by_seed[seed] = instance.prompt
        texts = [instance.prompt, instance.solution, *instance.hints]
        if any(PLACEHOLDER.search(text) for text in texts):
            report.failures.append(f"{where}: a placeholder was left unfilled")
        if any(text.count("$") % 2 for text in texts):
            report.failures.append(f"{where}: unbalanced $ in the prompt, hints or solution")
        try:
            check_spec(instance.spec)
        except GradingInputError as exc:
            report.failures.append(f"{where}: the answer spec is unusable: {exc}")
            continue
        reference = grade(instance.spec, instance.expected, seed=seed)
        if not reference.correct:
            report.failures.append(
                f"{where}: the reference answer is marked wrong: {reference.feedback}"
            )
        for answer in instance.passing:
            verdict = grade(instance.spec, answer, seed=seed)
            if not verdict.correct:
                report.failures.append(
                    f"{where}: answer test '{answer}' should pass but got {verdict.code}: "
                    f"{verdict.feedback}"
                )
        for answer in instance.failing:
            if grade(instance.spec, answer, seed=seed).correct:
                report.failures.append(f"{where}: answer test '{answer}' should fail but passed")
        report.failures.extend(f"{where}: {problem}" for problem in _soundness(instance))
        for rule in instance.spec.mistakes:
            verdict = grade(instance.spec, rule.answer, seed=seed)
            if verdict.correct:
                report.failures.append(
                    f"{where}: mistake '{rule.tag}' equals the right answer for this seed"
                )
            elif verdict.misconception != rule.tag:
                report.failures.append(
                    f"{where}: mistake '{rule.tag}' was not recognised (got {verdict.code})"
                )
    report.distinct = len(set(prompts_by_seed.values()))
    if len(seeds) >= DISTINCT_OVER:
        first = set()
        for seed in range(DISTINCT_OVER):
            if seed in prompts_by_seed:
                first.add(prompts_by_seed[seed])
            else:
                # A seed that fails is reported where it is checked; here it only doesn't count.
                with contextlib.suppress(InstanceError):
                    first.add(instantiate(template, seed).prompt)
        if len(first) < MIN_DISTINCT:
            report.failures.append(
                f"{template.file}: template '{template.slug}' gives only {len(first)} distinct "
                f"instances over seeds 0-{DISTINCT_OVER - 1} (at least {MIN_DISTINCT} needed)"
            )
    return report


def soundness_problems(template: TemplateData, seeds: Iterable[int]) -> list[str]:
    """The mathematical checks alone (final answer of the solution, bounds, undefined values,
    drawable parameters) over `seeds`, each problem naming template and seed."""
    problems = []
    for seed in seeds:
        where = f"{template.file}: template '{template.slug}', seed {seed}"
        try:
            instance = instantiate(template, seed)
        except InstanceError as exc:
            problems.append(f"{where}: {exc}")
            continue
        problems.extend(f"{where}: {problem}" for problem in _soundness(instance))
    return problems


def _squash(text: str) -> str:
    return re.sub(r"[\s${}]", "", text).lower()


def _choice_named(instance: Instance, stated: str) -> str:
    """A solution names the right choice by its id, or by its text or the start of it
    ("Concave up" for "Concave up (it bends upwards)"): return the id it names."""
    said = _squash(stated)
    named = [
        choice.id
        for choice in instance.choices
        if said in (_squash(choice.id), _squash(choice.text))
        or (len(said) >= 4 and _squash(choice.text).startswith(said))
    ]
    return named[0] if len(named) == 1 else stated


def _soundness(instance: Instance) -> list[str]:
    """Mathematical checks on one instance: a finite answer inside its bounds, and a worked
    solution whose final answer is the template's answer. (Undefined values never get this far:
    instantiate redraws them.)"""
    problems = []
    template = instance.template
    if template.kind == "number":
        value = _number(instance)
        if value is None or not math.isfinite(value):
            problems.append(f"the answer '{instance.expected}' is not a finite number")
        elif template.bounds and not template.bounds[0] <= value <= template.bounds[1]:
            low, high = template.bounds
            problems.append(f"the answer {value:g} lies outside its bounds [{low:g}, {high:g}]")
    stated = solution_answer(instance.solution)
    if stated is None:
        problems.append("the worked solution states no final answer (end it with \\boxed{...})")
    else:
        if template.kind == "choice":
            stated = _choice_named(instance, stated)
        verdict = grade(instance.spec, stated, seed=instance.seed)
        if not verdict.correct:
            problems.append(
                f"the worked solution's final answer '{stated}' is not the answer "
                f"'{instance.expected}' ({verdict.code})"
            )
    return problems
