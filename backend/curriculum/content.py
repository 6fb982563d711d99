"""Read and validate the curriculum files in roadmaps/. No Django imports.

`read_curriculum(directory)` returns a `Curriculum` or raises `ContentErrors`, which lists every
problem found, each naming the file, the entry and what is wrong.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from . import graph

AREAS = {
    "linear-algebra": "Linear algebra",
    "calculus": "Calculus",
    "probability-statistics": "Probability & statistics",
    "optimisation": "Optimisation",
    "discrete-maths": "Discrete maths",
    "ml-maths": "ML-specific maths",
    "notation-proof": "Notation & proof",
}
RESOURCE_KINDS = ("course", "book", "video", "article", "interactive")
RESOURCE_COSTS = ("free", "paid", "freemium")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_HOURS = 200
# A BCP 47-like language tag (en, de, pt-BR); the curation API validates with the same pattern.
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
LANGUAGE_RE = re.compile(LANGUAGE_PATTERN)
MAX_LANGUAGE = 12
DEFAULT_LANGUAGE = "en"
MAX_MINUTES = 100_000  # about 1,700 hours: longer than any course in the catalogue
RESOURCE_FIELDS = (
    "slug",
    "title",
    "authors",
    "provider",
    "kind",
    "cost",
    "language",
    "minutes",
    "url",
    "description",
    "topics",
)


@dataclass(frozen=True)
class ContentError:
    file: str
    entry: str
    problem: str

    def __str__(self) -> str:
        return f"{self.file}: {self.entry}: {self.problem}"


class ContentErrors(Exception):
    def __init__(self, errors: list[ContentError]):
        self.errors = errors
        super().__init__("\n".join(str(error) for error in errors))


@dataclass(frozen=True)
class TopicData:
    slug: str
    title: str
    area: str
    hours: float
    prerequisites: tuple[str, ...]
    summary: str
    explanation: str
    ml_use: str
    file: str


@dataclass(frozen=True)
class RoleData:
    slug: str
    title: str
    summary: str
    description: str
    needs: tuple[str, ...]
    longer_than_plan: bool
    goals: dict[str, str]  # topic slug -> level
    position: int
    file: str


@dataclass(frozen=True)
class ResourceTopicData:
    topic: str
    section: str


@dataclass(frozen=True)
class ResourceData:
    slug: str
    title: str
    authors: str
    provider: str
    kind: str
    cost: str
    url: str
    description: str
    topics: tuple[ResourceTopicData, ...]
    file: str
    language: str = DEFAULT_LANGUAGE
    minutes: int | None = None


@dataclass
class Curriculum:
    topics: dict[str, TopicData] = field(default_factory=dict)
    roles: dict[str, RoleData] = field(default_factory=dict)
    resources: dict[str, ResourceData] = field(default_factory=dict)

    def prerequisites(self) -> dict[str, tuple[str, ...]]:
        return {slug: topic.prerequisites for slug, topic in self.topics.items()}


class FieldReader:
    """Collects errors while reading fields of one entry of a content file."""

    def __init__(self, errors: list[ContentError], file: str, entry: str, data: Any):
        self.errors = errors
        self.file = file
        self.entry = entry
        self.data = data if isinstance(data, dict) else {}
        if not isinstance(data, dict):
            self.fail("must be a mapping of fields")

    def fail(self, problem: str) -> None:
        self.errors.append(ContentError(self.file, self.entry, problem))

    def value(self, name: str) -> Any:
        return self.data.get(name)

    def text(self, name: str, *, max_length: int | None = None, required: bool = True) -> str:
        value = self.value(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(f"missing field '{name}'")
            return ""
        if not isinstance(value, str):
            self.fail(f"field '{name}' must be text")
            return ""
        value = value.strip()
        if max_length is not None and len(value) > max_length:
            self.fail(f"field '{name}' is {len(value)} characters; the limit is {max_length}")
        return value

    def slug_list(self, name: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(name)
        if value is None:
            if required:
                self.fail(f"missing field '{name}'")
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(f"field '{name}' must be a list of slugs")
            return ()
        duplicates = sorted({item for item in value if value.count(item) > 1})
        if duplicates:
            self.fail(f"field '{name}' lists {', '.join(duplicates)} more than once")
        return tuple(dict.fromkeys(value))


def _load_yaml(path: Path, root: Path, errors: list[ContentError]) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        errors.append(ContentError(_rel(path, root), where, f"not valid YAML: {exc}"))
    except OSError as exc:
        errors.append(ContentError(_rel(path, root), "file", f"cannot be read: {exc}"))
    return None


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root.parent))
    except ValueError:
        return str(path)


def _check_slug(reader: FieldReader, slug: str) -> None:
    if slug and not SLUG_RE.match(slug):
        reader.fail(f"slug '{slug}' must be lowercase words joined by hyphens")


def _check_url(reader: FieldReader, url: str) -> None:
    if not url:
        return
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        reader.fail(f"malformed URL '{url}': it needs http(s)://, a host and no spaces")


def _read_topics(root: Path, errors: list[ContentError], curriculum: Curriculum) -> None:
    topics_dir = root / "topics"
    files = sorted(topics_dir.glob("*.yaml"))
    if not files:
        errors.append(ContentError(_rel(topics_dir, root), "folder", "has no topic files"))
    for path in files:
        file = _rel(path, root)
        area = path.stem
        if area not in AREAS:
            errors.append(
                ContentError(file, "file", f"unknown area '{area}'; use one of {sorted(AREAS)}")
            )
            continue
        entries = _load_yaml(path, root, errors)
        if entries is None:
            continue
        if not isinstance(entries, list):
            errors.append(ContentError(file, "file", "must be a list of topics"))
            continue
        for index, raw in enumerate(entries, start=1):
            slug = raw.get("slug") if isinstance(raw, dict) else None
            entry = f"topic '{slug}'" if isinstance(slug, str) else f"topic #{index}"
            reader = FieldReader(errors, file, entry, raw)
            slug = reader.text("slug", max_length=80)
            _check_slug(reader, slug)
            hours = reader.data.get("hours")
            if hours is None:
                reader.fail("missing field 'hours'")
                hours = 0
            elif (
                not isinstance(hours, int | float)
                or isinstance(hours, bool)
                or not 0 < hours <= MAX_HOURS
            ):
                reader.fail(f"field 'hours' must be a number above 0 and at most {MAX_HOURS}")
                hours = 0
            topic = TopicData(
                slug=slug,
                title=reader.text("title", max_length=200),
                area=area,
                hours=float(hours),
                prerequisites=reader.slug_list("prerequisites"),
                summary=reader.text("summary", max_length=300),
                explanation=reader.text("explanation"),
                ml_use=reader.text("ml_use"),
                file=file,
            )
            if not slug:
                continue
            if slug in curriculum.topics:
                other = curriculum.topics[slug].file
                reader.fail(f"duplicate slug: '{slug}' is already defined in {other}")
                continue
            if slug in topic.prerequisites:
                reader.fail("a topic cannot be its own prerequisite")
            curriculum.topics[slug] = topic

    for topic in curriculum.topics.values():
        for prerequisite in topic.prerequisites:
            if prerequisite not in curriculum.topics:
                errors.append(
                    ContentError(
                        topic.file,
                        f"topic '{topic.slug}'",
                        f"unknown prerequisite '{prerequisite}'",
                    )
                )
    known = {
        slug: tuple(p for p in topic.prerequisites if p in curriculum.topics and p != slug)
        for slug, topic in curriculum.topics.items()
    }
    cycle = graph.find_cycle(known)
    if cycle:
        first = curriculum.topics[cycle[0]]
        errors.append(
            ContentError(
                first.file,
                f"topic '{first.slug}'",
                "prerequisites form a cycle: " + " -> ".join(cycle),
            )
        )


def _position(reader: FieldReader, default: int) -> int:
    value = reader.data.get("position", default)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 1000:
        reader.fail("field 'position' must be a whole number from 0 to 999")
        return default
    return value


def _read_roles(root: Path, errors: list[ContentError], curriculum: Curriculum) -> None:
    roles_dir = root / "roles"
    files = sorted(roles_dir.glob("*.yaml"))
    if not files:
        errors.append(ContentError(_rel(roles_dir, root), "folder", "has no role files"))
    for position, path in enumerate(files):
        file = _rel(path, root)
        raw = _load_yaml(path, root, errors)
        if raw is None:
            continue
        slug = raw.get("slug") if isinstance(raw, dict) else None
        reader = FieldReader(
            errors, file, f"role '{slug}'" if isinstance(slug, str) else "role", raw
        )
        slug = reader.text("slug", max_length=80)
        _check_slug(reader, slug)
        needs = reader.data.get("needs", [])
        if not isinstance(needs, list) or not all(isinstance(item, str) for item in needs):
            reader.fail("field 'needs' must be a list of text")
            needs = []
        longer = reader.data.get("longer_than_plan", False)
        if not isinstance(longer, bool):
            reader.fail("field 'longer_than_plan' must be true or false")
            longer = False
        goals: dict[str, str] = {}
        levels = reader.data.get("topics")
        if not isinstance(levels, dict):
            reader.fail("missing field 'topics' with lists core, recommended and optional")
            levels = {}
        unknown_levels = sorted(set(levels) - set(graph.LEVELS))
        if unknown_levels:
            reader.fail(f"unknown level(s) {', '.join(unknown_levels)} in 'topics'")
        if levels and not levels.get("core"):
            reader.fail("a role needs at least one core topic")
        for level in graph.LEVELS:
            level_reader = FieldReader(errors, file, f"role '{slug}' {level}", levels)
            for topic_slug in level_reader.slug_list(level, required=False):
                if topic_slug in goals:
                    reader.fail(
                        f"topic '{topic_slug}' is listed as {goals[topic_slug]} and {level}"
                    )
                    continue
                if topic_slug not in curriculum.topics:
                    reader.fail(f"names unknown topic '{topic_slug}' ({level})")
                    continue
                goals[topic_slug] = level
        role = RoleData(
            slug=slug,
            title=reader.text("title", max_length=200),
            summary=reader.text("summary", max_length=300),
            description=reader.text("description"),
            needs=tuple(needs),
            longer_than_plan=longer,
            goals=goals,
            position=_position(reader, position),
            file=file,
        )
        if not slug:
            continue
        if slug in curriculum.roles:
            reader.fail(
                f"duplicate slug: '{slug}' is already defined in {curriculum.roles[slug].file}"
            )
            continue
        curriculum.roles[slug] = role


def _language(reader: FieldReader) -> str:
    language = reader.value("language")
    if language is None:
        return DEFAULT_LANGUAGE
    if (
        not isinstance(language, str)
        or len(language) > MAX_LANGUAGE
        or not LANGUAGE_RE.fullmatch(language)
    ):
        shown = repr(str(language)[:40])
        reader.fail(f"field 'language' must be a language tag such as en, de or pt-BR, not {shown}")
        return DEFAULT_LANGUAGE
    return language


def _minutes(reader: FieldReader) -> int | None:
    minutes = reader.value("minutes")
    if minutes is None:
        return None
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_MINUTES:
        reader.fail(f"field 'minutes' must be a whole number from 1 to {MAX_MINUTES}")
        return None
    return minutes


def _read_resources(root: Path, errors: list[ContentError], curriculum: Curriculum) -> None:
    path = root / "resources.yaml"
    file = _rel(path, root)
    if not path.exists():
        errors.append(ContentError(file, "file", "is missing"))
        return
    entries = _load_yaml(path, root, errors)
    if entries is None:
        return
    if not isinstance(entries, list):
        errors.append(ContentError(file, "file", "must be a list of resources"))
        return
    for index, raw in enumerate(entries, start=1):
        slug = raw.get("slug") if isinstance(raw, dict) else None
        entry = f"resource '{slug}'" if isinstance(slug, str) else f"resource #{index}"
        reader = FieldReader(errors, file, entry, raw)
        unknown = sorted(str(name) for name in reader.data if name not in RESOURCE_FIELDS)
        if unknown:
            reader.fail(f"unknown field(s) {', '.join(unknown)}; use {', '.join(RESOURCE_FIELDS)}")
        slug = reader.text("slug", max_length=80)
        _check_slug(reader, slug)
        kind = reader.text("kind")
        if kind and kind not in RESOURCE_KINDS:
            reader.fail(f"unknown kind '{kind}'; use one of {', '.join(RESOURCE_KINDS)}")
        cost = reader.text("cost")
        if cost and cost not in RESOURCE_COSTS:
            reader.fail(f"unknown cost '{cost}'; use one of {', '.join(RESOURCE_COSTS)}")
        url = reader.text("url", max_length=500)
        _check_url(reader, url)
        covered: list[ResourceTopicData] = []
        raw_topics = reader.data.get("topics")
        if not isinstance(raw_topics, list) or not raw_topics:
            reader.fail("field 'topics' must list at least one {topic, section}")
            raw_topics = []
        seen: set[str] = set()
        for item in raw_topics:
            if isinstance(item, str):
                item = {"topic": item}
            if not isinstance(item, dict) or not isinstance(item.get("topic"), str):
                reader.fail("each entry of 'topics' needs a 'topic' slug")
                continue
            topic_slug = item["topic"]
            section = item.get("section") or ""
            if not isinstance(section, str):
                section = str(section)
            if topic_slug not in curriculum.topics:
                reader.fail(f"names unknown topic '{topic_slug}'")
            elif topic_slug in seen:
                reader.fail(f"lists topic '{topic_slug}' more than once")
            else:
                seen.add(topic_slug)
                covered.append(ResourceTopicData(topic=topic_slug, section=section[:200]))
        resource = ResourceData(
            slug=slug,
            title=reader.text("title", max_length=200),
            authors=reader.text("authors", max_length=300, required=False),
            provider=reader.text("provider", max_length=200),
            kind=kind,
            cost=cost,
            url=url,
            description=reader.text("description", max_length=1000),
            topics=tuple(covered),
            file=file,
            language=_language(reader),
            minutes=_minutes(reader),
        )
        if not slug:
            continue
        if slug in curriculum.resources:
            reader.fail(f"duplicate slug: '{slug}' is already defined")
            continue
        curriculum.resources[slug] = resource

    free_topics = {
        item.topic
        for resource in curriculum.resources.values()
        if resource.cost == "free"
        for item in resource.topics
    }
    for topic in curriculum.topics.values():
        if topic.slug not in free_topics:
            errors.append(ContentError(topic.file, f"topic '{topic.slug}'", "has no free resource"))


def read_curriculum(directory: Path) -> Curriculum:
    """Read roadmaps/ and validate it as a whole. Raises ContentErrors listing every problem."""
    root = Path(directory)
    errors: list[ContentError] = []
    curriculum = Curriculum()
    if not root.is_dir():
        raise ContentErrors([ContentError(str(root), "folder", "does not exist")])
    _read_topics(root, errors, curriculum)
    _read_roles(root, errors, curriculum)
    _read_resources(root, errors, curriculum)
    if errors:
        raise ContentErrors(errors)
    return curriculum
