"""Self-checks of a template over many seeds (used by check_exercises and the tests)."""

from dataclasses import dataclass, field

from grading import grade

from .content import PLACEHOLDER, TemplateData
from .instances import InstanceError, instantiate


@dataclass
class TemplateReport:
    failures: list[str] = field(default_factory=list)
    distinct: int = 0


def check_template(template: TemplateData, seeds: list[int]) -> TemplateReport:
    """Render and self-grade `template` for each seed; every problem names template and seed."""
    report = TemplateReport()
    prompts: set[str] = set()
    for seed in seeds:
        where = f"{template.file}: template '{template.slug}', seed {seed}"
        try:
            instance = instantiate(template, seed)
        except InstanceError as exc:
            report.failures.append(f"{where}: {exc}")
            continue
        prompts.add(instance.prompt)
        texts = [instance.prompt, instance.solution, *instance.hints]
        if any(PLACEHOLDER.search(text) for text in texts):
            report.failures.append(f"{where}: a placeholder was left unfilled")
        if any(text.count("$") % 2 for text in texts):
            report.failures.append(f"{where}: unbalanced $ in the prompt, hints or solution")
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
    report.distinct = len(prompts)
    return report
