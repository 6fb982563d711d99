"""Read exercise templates from roadmaps/exercises/<topic-slug>.yaml. No Django imports.

A template is content: authors write and review it as YAML, never as Python. Problems are
collected, each naming the file, the template and what is wrong.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from curriculum.content import SLUG_RE, ContentError, ContentErrors, FieldReader
from grading.spec import FORMS, KINDS

from . import generators

DIFFICULTIES = (1, 2, 3)
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}")
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
TRUE_FALSE_ANSWER = re.compile(r"^(true|false|\{\{\s*[A-Za-z][A-Za-z0-9_]*\s*\}\})$")


@dataclass(frozen=True)
class ParamSpec:
    """One random parameter: an integer range, or a choice from a list."""

    kind: str  # "int" or "choice"
    low: int = 0
    high: int = 0
    exclude: tuple[int, ...] = ()
    values: tuple[Any, ...] = ()


@dataclass(frozen=True)
class Mistake:
    answer: str
    feedback: str
    tag: str


@dataclass(frozen=True)
class Choice:
    id: str
    text: str


@dataclass(frozen=True)
class TemplateData:
    slug: str
    topic: str
    title: str
    difficulty: int
    kind: str
    params: dict[str, ParamSpec]
    generator: str | None
    derived: dict[str, str]
    avoid: tuple[str, ...]
    prompt: str
    answer: str
    variables: dict[str, tuple[float, float]]
    tolerance: float | None  # absolute; None forgives only rounding
    bounds: tuple[float, float] | None  # where a number answer must lie, e.g. a probability
    forms: tuple[str, ...]
    choices: tuple[Choice, ...]
    hints: tuple[str, ...]
    solution: str
    mistakes: tuple[Mistake, ...]
    passing: tuple[str, ...]
    failing: tuple[str, ...]
    file: str
    source: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


class _Entry(FieldReader):
    """Template fields: a number counts as text (an answer may be written as 3)."""

    def value(self, name: str) -> Any:
        value = self.data.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value

    def text(self, name: str, *, required: bool = True, max_length: int | None = 5000) -> str:
        return super().text(name, required=required, max_length=max_length)

    def texts(self, name: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(name, [] if not required else None)
        if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
            self.fail(f"field '{name}' must be a list of text")
            return ()
        if required and not value:
            self.fail(f"field '{name}' needs at least one entry")
        return tuple(str(v).strip() for v in value)


def _params(entry: _Entry) -> dict[str, ParamSpec]:
    raw = entry.data.get("params", {}) or {}
    if not isinstance(raw, dict):
        entry.fail("field 'params' must map names to {int: [low, high]} or {choice: [...]}")
        return {}
    params: dict[str, ParamSpec] = {}
    for name, spec in raw.items():
        if not isinstance(name, str) or not NAME.match(name):
            entry.fail(f"parameter name {name!r} must be a letter followed by letters/digits")
            continue
        if isinstance(spec, dict) and "int" in spec:
            bounds = spec["int"]
            exclude = spec.get("exclude", [])
            if (
                not isinstance(bounds, list)
                or len(bounds) != 2
                or not all(isinstance(b, int) for b in bounds)
                or bounds[0] > bounds[1]
                or not isinstance(exclude, list)
            ):
                entry.fail(f"parameter '{name}': int needs [low, high] with low <= high")
                continue
            allowed = set(range(bounds[0], bounds[1] + 1)) - set(exclude)
            if not allowed:
                entry.fail(f"parameter '{name}' has no value left after 'exclude'")
                continue
            params[name] = ParamSpec("int", bounds[0], bounds[1], tuple(exclude))
        elif isinstance(spec, dict) and isinstance(spec.get("choice"), list) and spec["choice"]:
            params[name] = ParamSpec("choice", values=tuple(spec["choice"]))
        else:
            entry.fail(f"parameter '{name}' must be {{int: [low, high]}} or {{choice: [...]}}")
    return params


def _variables(entry: _Entry) -> dict[str, tuple[float, float]]:
    raw = entry.data.get("variables", {}) or {}
    if not isinstance(raw, dict):
        entry.fail("field 'variables' must map each variable to [low, high]")
        return {}
    variables = {}
    for name, bounds in raw.items():
        if (
            isinstance(bounds, list)
            and len(bounds) == 2
            and all(isinstance(b, int | float) for b in bounds)
            and bounds[0] < bounds[1]
        ):
            variables[str(name)] = (float(bounds[0]), float(bounds[1]))
        else:
            entry.fail(f"variable '{name}' needs a domain [low, high] with low < high")
    return variables


def _bounds(entry: _Entry, kind: str) -> tuple[float, float] | None:
    raw = entry.data.get("bounds")
    if raw is None:
        return None
    if (
        kind != "number"
        or not isinstance(raw, list)
        or len(raw) != 2
        or not all(isinstance(b, int | float) and not isinstance(b, bool) for b in raw)
        or raw[0] > raw[1]
    ):
        entry.fail("field 'bounds' is [low, high] with low <= high, for a number answer only")
        return None
    return (float(raw[0]), float(raw[1]))


def _template(entry: _Entry, topic: str, known_topics: set[str] | None) -> TemplateData:
    slug = entry.text("slug", max_length=80)
    if slug and not SLUG_RE.match(slug):
        entry.fail(f"slug '{slug}' must be lowercase words joined by hyphens")
    kind = entry.text("kind")
    if kind and kind not in KINDS:
        entry.fail(f"unknown kind '{kind}'; use one of {', '.join(KINDS)}")
    difficulty = entry.data.get("difficulty")
    if difficulty not in DIFFICULTIES:
        entry.fail("field 'difficulty' must be 1, 2 or 3")
        difficulty = 1
    forms = entry.texts("forms", required=False)
    for form in forms:
        if form not in FORMS:
            entry.fail(f"unknown form check '{form}'; use one of {', '.join(FORMS)}")
    generator = entry.data.get("generator")
    if generator is not None and generator not in generators.REGISTRY:
        entry.fail(f"unknown generator '{generator}'; registered: {sorted(generators.REGISTRY)}")
    tolerance = entry.data.get("tolerance")
    if tolerance is not None and (
        isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or tolerance < 0
    ):
        entry.fail("field 'tolerance' must be an absolute tolerance of 0 or more")
        tolerance = None
    bounds = _bounds(entry, kind)
    derived = entry.data.get("derived", {}) or {}
    if not isinstance(derived, dict) or not all(
        isinstance(k, str) and NAME.match(k) and isinstance(v, str | int)
        for k, v in derived.items()
    ):
        entry.fail("field 'derived' must map names to expressions")
        derived = {}
    choices: list[Choice] = []
    for item in entry.data.get("choices", []) or []:
        if isinstance(item, dict) and item.get("id") and item.get("text"):
            choices.append(Choice(str(item["id"]), str(item["text"])))
        else:
            entry.fail("each choice needs an 'id' and a 'text'")
    answer = str(entry.data.get("answer", ""))
    if kind == "choice" and len(choices) < 2 and not TRUE_FALSE_ANSWER.match(answer):
        entry.fail(
            "a choice exercise needs at least two choices (or a true/false answer: "
            "'true', 'false' or a placeholder that gives one)"
        )
    mistakes = []
    for item in entry.data.get("mistakes", []) or []:
        if isinstance(item, dict) and all(item.get(k) for k in ("answer", "feedback", "tag")):
            mistakes.append(Mistake(str(item["answer"]), str(item["feedback"]), str(item["tag"])))
        else:
            entry.fail("each mistake needs 'answer', 'feedback' and 'tag'")
    tests = entry.data.get("tests") or {}
    if not isinstance(tests, dict):
        entry.fail("field 'tests' must have 'pass' and 'fail' lists")
        tests = {}
    test_entry = _Entry(entry.errors, entry.file, entry.entry, tests)
    template = TemplateData(
        slug=slug,
        topic=topic,
        title=entry.text("title", max_length=200),
        difficulty=int(difficulty),
        kind=kind,
        params=_params(entry),
        generator=generator,
        derived={k: str(v) for k, v in derived.items()},
        avoid=entry.texts("avoid", required=False),
        prompt=entry.text("prompt"),
        answer=entry.text("answer", max_length=2000),
        variables=_variables(entry),
        tolerance=None if tolerance is None else float(tolerance),
        bounds=bounds,
        forms=forms,
        choices=tuple(choices),
        hints=entry.texts("hints"),
        solution=entry.text("solution"),
        mistakes=tuple(mistakes),
        passing=test_entry.texts("pass"),
        failing=test_entry.texts("fail"),
        file=entry.file,
        source=dict(entry.data),
    )
    if known_topics is not None and topic not in known_topics:
        entry.fail(f"unknown topic '{topic}' (the file name names the topic)")
    _check_placeholders(entry, template)
    return template


def _check_placeholders(entry: _Entry, template: TemplateData) -> None:
    known = set(template.params) | set(template.derived)
    texts = [
        template.prompt,
        template.answer,
        template.solution,
        *template.hints,
        *template.passing,
        *template.failing,
        *template.derived.values(),
        *template.avoid,
    ]
    texts += [m.answer for m in template.mistakes] + [m.feedback for m in template.mistakes]
    texts += [choice.text for choice in template.choices]
    used = {name for text in texts for name in PLACEHOLDER.findall(text)}
    unknown = used - known
    if unknown and template.generator is None:
        entry.fail(f"unknown placeholder(s) {', '.join(sorted(unknown))}")


def template_from_source(source: dict[str, Any], topic: str) -> TemplateData:
    """Rebuild a stored template (the YAML entry kept in the database) for instantiation."""
    generators.load_all()  # also needed in the bounded child process, which has no Django apps
    errors: list[ContentError] = []
    template = _template(
        _Entry(errors, "database", f"template '{source.get('slug')}'", source), topic, None
    )
    if errors:
        raise ContentErrors(errors)
    return template


def read_templates(
    directory: Path, known_topics: set[str] | None = None, topic: str | None = None
) -> dict[str, TemplateData]:
    """Read every template under `directory` (or only `topic`'s file). Raises ContentErrors
    listing every problem."""
    generators.load_all()
    errors: list[ContentError] = []
    templates: dict[str, TemplateData] = {}
    for path in sorted(Path(directory).glob(f"{topic or '*'}.yaml")):
        file = f"{Path(directory).name}/{path.name}"
        try:
            entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            errors.append(ContentError(file, "file", f"not valid YAML: {exc}"))
            continue
        if not isinstance(entries, list):
            errors.append(ContentError(file, "file", "must be a list of templates"))
            continue
        for index, raw in enumerate(entries, start=1):
            name = raw.get("slug") if isinstance(raw, dict) else None
            label = f"template '{name}'" if isinstance(name, str) else f"template #{index}"
            if not isinstance(raw, dict):
                errors.append(ContentError(file, label, "must be a mapping of fields"))
                continue
            template = _template(_Entry(errors, file, label, raw), path.stem, known_topics)
            if template.slug in templates:
                errors.append(ContentError(file, label, f"duplicate slug '{template.slug}'"))
            elif template.slug:
                templates[template.slug] = template
    if errors:
        raise ContentErrors(errors)
    return templates
