"""What the admin's author tools show: a template rendered for several seeds, with its answer
tests graded per seed, and a whole-template check over many seeds."""

from dataclasses import dataclass

from grading import grade, preview

from .checking import TemplateReport, check_template
from .content import TemplateData, template_from_source
from .instances import Instance, InstanceError, instantiate
from .models import ExerciseTemplate

MAX_PREVIEW_SEEDS = 6
MAX_SEED = 10**6
DEFAULT_SEEDS = (0, 1, 2)
CHECK_SEEDS = 100


@dataclass(frozen=True)
class TestResult:
    answer: str
    should_pass: bool
    passed: bool
    code: str
    misconception: str

    @property
    def ok(self) -> bool:
        return self.passed == self.should_pass


@dataclass(frozen=True)
class Column:
    seed: int
    instance: Instance | None
    error: str
    answer_latex: str
    tests: tuple[TestResult, ...]

    @property
    def all_ok(self) -> bool:
        return self.instance is not None and all(test.ok for test in self.tests)


def parse_seeds(text: str | None) -> tuple[tuple[int, ...], str]:
    """Seeds from '0, 7, 12' (at most six, each in [0, 10^6)), and a problem to show, if any."""
    if not text or not text.strip():
        return DEFAULT_SEEDS, ""
    seeds: list[int] = []
    for part in text.replace(" ", "").split(","):
        if not part:
            continue
        if not part.isdigit() or len(part) > 7 or int(part) >= MAX_SEED:
            problem = f"'{part[:20]}' is not a seed: use whole numbers below {MAX_SEED}."
            return DEFAULT_SEEDS, problem
        if int(part) not in seeds:
            seeds.append(int(part))
    if not seeds:
        return DEFAULT_SEEDS, ""
    if len(seeds) > MAX_PREVIEW_SEEDS:
        return tuple(seeds[:MAX_PREVIEW_SEEDS]), f"Showing the first {MAX_PREVIEW_SEEDS} seeds."
    return tuple(seeds), ""


def template_data(template: ExerciseTemplate) -> TemplateData:
    return template_from_source(template.source, template.topic.slug)


def preview_columns(data: TemplateData, seeds: tuple[int, ...]) -> list[Column]:
    columns = []
    for seed in seeds:
        try:
            instance = instantiate(data, seed)
        except InstanceError as exc:
            columns.append(Column(seed, None, str(exc), "", ()))
            continue
        tests = []
        for answers, should_pass in ((instance.passing, True), (instance.failing, False)):
            for answer in answers:
                verdict = grade(instance.spec, answer, seed=seed)
                tests.append(
                    TestResult(
                        answer,
                        should_pass,
                        verdict.correct,
                        verdict.code,
                        verdict.misconception or "",
                    )
                )
        latex = ""
        if data.kind != "choice":
            latex = preview(instance.expected, kind=data.kind, variables=data.variables).latex
        columns.append(Column(seed, instance, "", latex, tuple(tests)))
    return columns


def run_checks(data: TemplateData, seeds: int = CHECK_SEEDS) -> TemplateReport:
    return check_template(data, list(range(seeds)))
