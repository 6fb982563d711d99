"""Read roadmaps/topic-moves.yaml: topics renamed, merged or split. No Django imports.

A published slug never changes; a topic that goes away is retired. When its content lives on
under other slugs, an entry here tells the loader where the learners' progress goes:

    - rename: old-slug          - merge: [a, b]          - split: a
      to: new-slug                into: c                  into: [b, c]

`read_topic_moves(path, known_topics)` returns the moves in file order or raises ContentErrors,
each naming the file, the entry and the problem. The file is optional.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import graph
from .content import SLUG_RE, ContentError, ContentErrors

MAX_MOVES = 1000
MAX_SLUGS = 10  # topics on either side of one entry (keeps TopicMove.key short)
SHAPES = {  # kind -> (key of the other side, sources are a list, targets are a list)
    "rename": ("to", False, False),
    "merge": ("into", True, False),
    "split": ("into", False, True),
}


@dataclass(frozen=True)
class TopicMoveData:
    kind: str  # rename, merge or split
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    entry: str
    file: str

    @property
    def key(self) -> str:
        """What makes the move the same move across loads (TopicMove.key)."""
        return f"{self.kind} {','.join(self.sources)} -> {','.join(self.targets)}"


class _Entry:
    def __init__(self, errors: list[ContentError], file: str, entry: str) -> None:
        self.errors, self.file, self.entry = errors, file, entry

    def fail(self, problem: str) -> None:
        self.errors.append(ContentError(self.file, self.entry, problem))

    def slugs(self, raw: Any, name: str, *, many: bool) -> tuple[str, ...]:
        if many:
            if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
                self.fail(f"field '{name}' must be a list of topic slugs")
                return ()
            if len(raw) < 2:
                self.fail(f"field '{name}' needs at least two topics")
            if len(raw) > MAX_SLUGS:
                self.fail(f"field '{name}' lists {len(raw)} topics; the limit is {MAX_SLUGS}")
                return ()
            values = tuple(raw)
        elif isinstance(raw, str):
            values = (raw,)
        else:
            self.fail(f"field '{name}' must be one topic slug")
            return ()
        bad = [value for value in values if not SLUG_RE.match(value) or len(value) > 80]
        for value in bad:
            self.fail(f"'{value[:80]}' in '{name}' is not a slug (lowercase words and hyphens)")
        if len(set(values)) < len(values):
            self.fail(f"field '{name}' lists a topic more than once")
        return tuple(value for value in values if value not in bad)


def _read_entry(
    raw: Any, index: int, file: str, errors: list[ContentError]
) -> TopicMoveData | None:
    kinds = [kind for kind in SHAPES if isinstance(raw, dict) and kind in raw]
    label = f"move #{index}"
    if len(kinds) == 1:
        named = raw[kinds[0]]
        shown = ", ".join(map(str, named)) if isinstance(named, list) else str(named)
        label = f"{label} ({kinds[0]} {shown[:120]})"
    entry = _Entry(errors, file, label)
    if not isinstance(raw, dict) or len(kinds) != 1:
        entry.fail("must be a mapping with exactly one of rename, merge or split")
        return None
    kind = kinds[0]
    other, many_sources, many_targets = SHAPES[kind]
    unknown = sorted(str(key) for key in raw if key not in (kind, other))
    if unknown:
        entry.fail(f"unknown field(s) {', '.join(unknown)}; {kind} takes '{kind}' and '{other}'")
    if other not in raw:
        entry.fail(f"missing field '{other}'")
        return None
    sources = entry.slugs(raw[kind], kind, many=many_sources)
    targets = entry.slugs(raw[other], other, many=many_targets)
    if not sources or not targets:
        return None
    for slug in set(sources) & set(targets):
        entry.fail(f"topic '{slug}' cannot be moved onto itself")
    return TopicMoveData(kind, sources, targets, label, file)


def read_topic_moves(path: Path, known_topics: set[str]) -> tuple[TopicMoveData, ...]:
    """Read and check the moves against the topics in the files (`known_topics`):

    - every target is a topic of the files (a move must land somewhere a learner can see);
    - no source is (a moved topic is retired: remove it from the files);
    - a topic is the source of one move at most, and moves do not form a cycle.
    """
    path = Path(path)
    file = f"{path.parent.name}/{path.name}"
    if not path.exists():
        return ()
    errors: list[ContentError] = []
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ContentErrors([ContentError(file, "file", f"not valid YAML: {exc}")]) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentErrors([ContentError(file, "file", f"cannot be read: {exc}")]) from exc
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ContentErrors([ContentError(file, "file", "must be a list of moves")])
    if len(raw) > MAX_MOVES:
        raise ContentErrors(
            [ContentError(file, "file", f"has {len(raw)} moves; the limit is {MAX_MOVES}")]
        )
    moves: list[TopicMoveData] = []
    moved_by: dict[str, str] = {}
    for index, item in enumerate(raw, start=1):
        move = _read_entry(item, index, file, errors)
        if move is None:
            continue
        entry = _Entry(errors, file, move.entry)
        for slug in move.targets:
            if slug not in known_topics:
                entry.fail(f"unknown topic '{slug}': a target must be a topic in topics/")
        for slug in move.sources:
            if slug in known_topics:
                entry.fail(
                    f"topic '{slug}' is still in topics/: remove it there, a moved topic is retired"
                )
            if slug in moved_by:
                entry.fail(f"topic '{slug}' is already moved by {moved_by[slug]}")
            moved_by.setdefault(slug, move.entry)
        moves.append(move)
    edges: dict[str, list[str]] = {}
    for move in moves:
        for source in move.sources:
            edges.setdefault(source, []).extend(move.targets)
    cycle = graph.find_cycle({slug: tuple(targets) for slug, targets in edges.items()})
    if cycle:
        errors.append(
            ContentError(file, moved_by[cycle[0]], "moves form a cycle: " + " -> ".join(cycle))
        )
    if errors:
        raise ContentErrors(errors)
    return tuple(moves)
