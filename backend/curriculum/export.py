"""Write the curriculum in the database back to roadmaps/, in the format content.py reads.

`roadmaps_export_data()` turns the active (not retired) rows into plain dicts with the keys, key
order and defaults of the files; `roadmaps_export(directory=...)` writes them. Loading the files,
exporting and loading the export changes nothing, so curation in the database can be reviewed as
a diff of roadmaps/.

Only fields the files have are written: a resource's `language` unless it is the default "en"
and `minutes` (minutes_to_complete) when set, but not the database-only origin and link_*
fields. Exercise templates are left alone. Rows keep their database order (primary key), which
for a loaded folder is the order of the files.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import graph
from .content import DEFAULT_LANGUAGE
from .models import Prerequisite, Resource, ResourceTopic, Role, RoleTopic, Topic

YAML_WIDTH = 100


@dataclass
class ExportData:
    topics: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # area -> topics
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)  # slug -> role
    resources: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ExportReport:
    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    topics: int = 0
    roles: int = 0
    resources: int = 0


class _Prose(str):
    """Markdown prose, written as a `|` literal block like the files have it."""


def _prose(text: str) -> _Prose:
    # The loader strips text; a `|` block in the files ends in exactly one newline.
    return _Prose(text + "\n")


def _hours(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def roadmaps_export_data() -> ExportData:
    """The active curriculum as plain data, shaped like the roadmaps/ files."""
    data = ExportData()
    topics = list(Topic.objects.active().order_by("pk"))
    active_ids = {topic.pk for topic in topics}
    slugs = {topic.pk: topic.slug for topic in topics}

    prerequisites: dict[int, list[str]] = {}
    for topic_id, prerequisite_id in Prerequisite.objects.order_by("pk").values_list(
        "topic_id", "prerequisite_id"
    ):
        if prerequisite_id in active_ids:
            prerequisites.setdefault(topic_id, []).append(slugs[prerequisite_id])
    for topic in sorted(topics, key=lambda t: (t.area, t.pk)):
        data.topics.setdefault(topic.area, []).append(
            {
                "slug": topic.slug,
                "title": topic.title,
                "hours": _hours(topic.estimated_hours),
                "prerequisites": prerequisites.get(topic.pk, []),
                "summary": topic.summary,
                "explanation": _prose(topic.explanation),
                "ml_use": _prose(topic.ml_use),
            }
        )

    goals: dict[int, dict[str, list[str]]] = {}
    for role_id, topic_id, level in RoleTopic.objects.order_by("pk").values_list(
        "role_id", "topic_id", "level"
    ):
        if topic_id in active_ids:
            goals.setdefault(role_id, {}).setdefault(level, []).append(slugs[topic_id])
    roles = sorted(Role.objects.active(), key=lambda role: _role_file(role.slug))
    for index, role in enumerate(roles):
        entry: dict[str, Any] = {"slug": role.slug}
        # The loader's default position is the file's index among the sorted role files.
        if role.position != index:
            entry["position"] = role.position
        entry.update(title=role.title, summary=role.summary, description=_prose(role.description))
        if role.longer_than_plan:
            entry["longer_than_plan"] = True
        if role.needs:
            entry["needs"] = list(role.needs)
        levels = goals.get(role.pk, {})
        entry["topics"] = {level: levels[level] for level in graph.LEVELS if levels.get(level)}
        data.roles[role.slug] = entry

    covered: dict[int, list[dict[str, str]]] = {}
    for resource_id, topic_id, section in ResourceTopic.objects.order_by("pk").values_list(
        "resource_id", "topic_id", "section"
    ):
        if topic_id in active_ids:
            item = {"topic": slugs[topic_id]}
            if section:
                item["section"] = section
            covered.setdefault(resource_id, []).append(item)
    for resource in Resource.objects.active().order_by("pk"):
        entry = {
            "slug": resource.slug,
            "title": resource.title,
            "authors": resource.authors,
            "provider": resource.provider,
            "kind": resource.kind,
            "cost": resource.cost,
        }
        # Optional keys are written only when they differ from the loader's default.
        if resource.language != DEFAULT_LANGUAGE:
            entry["language"] = resource.language
        if resource.minutes_to_complete is not None:
            entry["minutes"] = resource.minutes_to_complete
        entry.update(
            url=resource.url,
            description=resource.description,
            topics=covered.get(resource.pk, []),
        )
        data.resources.append(entry)
    return data


def _role_file(slug: str) -> str:
    return f"{slug}.yaml"


class _Dumper(yaml.SafeDumper):
    """Block style and text with line breaks as `|` literal blocks."""


class _IndentedDumper(_Dumper):
    """Lists indented under their key, as roles/ and resources.yaml have them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_prose(dumper: yaml.SafeDumper, value: _Prose) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style="|")


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Prose, _represent_prose)


def dump_yaml(value: Any, *, indent_lists: bool = True, width: float = YAML_WIDTH) -> str:
    return yaml.dump(
        value,
        Dumper=_IndentedDumper if indent_lists else _Dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=width,
    )


def _header(path: Path) -> str:
    """The leading comment block of an existing file, kept so an export does not drop it."""
    if not path.exists():
        return ""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.strip() and not line.lstrip().startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


def _write(path: Path, value: Any, report: ExportReport, **style: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(_header(path) + dump_yaml(value, **style), encoding="utf-8")
    report.written.append(path)


def _remove_others(folder: Path, keep: Iterable[Path], report: ExportReport) -> None:
    """Files of retired roles or of areas without topics would be loaded again: remove them."""
    keep = set(keep)
    for path in sorted(folder.glob("*.yaml")):
        if path not in keep:
            path.unlink()
            report.removed.append(path)


def roadmaps_export(*, directory: Path) -> ExportReport:
    """Write topics/<area>.yaml, roles/<slug>.yaml and resources.yaml from the database."""
    root = Path(directory)
    data = roadmaps_export_data()
    report = ExportReport(
        topics=sum(len(topics) for topics in data.topics.values()),
        roles=len(data.roles),
        resources=len(data.resources),
    )
    topic_files = [root / "topics" / f"{area}.yaml" for area in data.topics]
    for path, topics in zip(topic_files, data.topics.values(), strict=True):
        # Topic files keep one line per field and lists flush with their key.
        _write(path, topics, report, indent_lists=False, width=float("inf"))
    role_files = [root / "roles" / _role_file(slug) for slug in data.roles]
    for path, role in zip(role_files, data.roles.values(), strict=True):
        _write(path, role, report)
    _write(root / "resources.yaml", data.resources, report)
    _remove_others(root / "topics", topic_files, report)
    _remove_others(root / "roles", role_files, report)
    return report
