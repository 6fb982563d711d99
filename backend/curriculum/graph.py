"""Pure graph algorithms over the prerequisite DAG. No Django imports.

A graph is given as `prerequisites`: a mapping from each topic slug to the slugs it depends on.
An edge (a -> b) in the API means "a is a prerequisite of b".
"""

import heapq
from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

Prerequisites = Mapping[str, Iterable[str]]
Node = TypeVar("Node", bound=Hashable)

LEVELS = ("core", "recommended", "optional")
LEVEL_STRENGTH = {level: rank for rank, level in enumerate(LEVELS)}


def find_cycle(prerequisites: Prerequisites) -> list[str] | None:
    """Return one cycle as a list of slugs [a, b, ..., a], or None if the graph is a DAG.

    Iterative depth-first search with white/grey/black colouring, so deep graphs cannot
    overflow the stack.
    """
    colour: dict[str, int] = {}
    for root in sorted(prerequisites):
        if colour.get(root):
            continue
        stack: list[tuple[str, list[str]]] = [(root, sorted(prerequisites.get(root, ())))]
        path = [root]
        colour[root] = 1
        while stack:
            node, pending = stack[-1]
            if not pending:
                colour[node] = 2
                stack.pop()
                path.pop()
                continue
            nxt = pending.pop()
            state = colour.get(nxt, 0)
            if state == 1:
                return [*path[path.index(nxt) :], nxt]
            if state == 0:
                colour[nxt] = 1
                path.append(nxt)
                stack.append((nxt, sorted(prerequisites.get(nxt, ()))))
    return None


def ancestors(targets: Iterable[Node], prerequisites: Mapping[Node, Iterable[Node]]) -> set[Node]:
    """Every topic that must be studied before any of `targets` (targets excluded)."""
    seen: set[Node] = set()
    frontier = [p for t in targets for p in prerequisites.get(t, ())]
    while frontier:
        slug = frontier.pop()
        if slug in seen:
            continue
        seen.add(slug)
        frontier.extend(prerequisites.get(slug, ()))
    return seen


def depths(nodes: Iterable[str], prerequisites: Prerequisites) -> dict[str, int]:
    """Longest chain of prerequisites below each node, within `nodes` (0 for a root)."""
    node_set = set(nodes)
    result: dict[str, int] = {}
    for slug in study_order(node_set, prerequisites):
        parents = [p for p in prerequisites.get(slug, ()) if p in node_set]
        result[slug] = 1 + max((result[p] for p in parents), default=-1)
    return result


def study_order(nodes: Iterable[str], prerequisites: Prerequisites) -> list[str]:
    """A valid study order of `nodes`: every prerequisite inside `nodes` comes first.

    Kahn's algorithm; ties are broken by slug so the order is deterministic.
    Raises ValueError on a cycle.
    """
    node_set = set(nodes)
    remaining = {
        slug: {p for p in prerequisites.get(slug, ()) if p in node_set} for slug in node_set
    }
    dependents: dict[str, list[str]] = {slug: [] for slug in node_set}
    for slug, parents in remaining.items():
        for parent in parents:
            dependents[parent].append(slug)
    ready = [slug for slug, parents in remaining.items() if not parents]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        slug = heapq.heappop(ready)
        order.append(slug)
        for child in dependents[slug]:
            remaining[child].discard(slug)
            if not remaining[child]:
                heapq.heappush(ready, child)
    if len(order) != len(node_set):
        raise ValueError("the prerequisite graph has a cycle")
    return order


def learning_path(target: str, prerequisites: Prerequisites) -> list[str]:
    """The minimal set of topics needed to study `target`, in study order, target last.

    The set is the target's ancestors: nothing outside them is needed and each of them is,
    because every edge is a hard prerequisite. The order is layered by depth, so topics
    closer to the foundations come first.
    """
    needed = ancestors([target], prerequisites) | {target}
    depth = depths(needed, prerequisites)
    order = study_order(needed, prerequisites)
    position = {slug: index for index, slug in enumerate(order)}
    return sorted(needed, key=lambda slug: (depth[slug], position[slug]))


def role_levels(goals: Mapping[str, str], prerequisites: Prerequisites) -> dict[str, str]:
    """The level of every topic a role needs: its goals plus all their prerequisites.

    A prerequisite inherits the strongest level among the goals that need it, and a goal keeps
    its own level unless a stronger goal needs it (then it takes the stronger one).
    """
    levels: dict[str, str] = {}
    for level in LEVELS:
        goals_at_level = [slug for slug, lvl in goals.items() if lvl == level]
        for slug in ancestors(goals_at_level, prerequisites) | set(goals_at_level):
            levels.setdefault(slug, level)
    return levels


def hours_by_level(levels: Mapping[str, str], hours: Mapping[str, float]) -> dict[str, float]:
    totals = dict.fromkeys(LEVELS, 0.0)
    for slug, level in levels.items():
        totals[level] += hours[slug]
    return {level: round(total, 1) for level, total in totals.items()}


DAYS_PER_MONTH = 365.25 / 12


def months_at(hours: float, hours_per_day: float) -> float:
    """Calendar months to study `hours` at `hours_per_day`, every day of the week."""
    return round(hours / hours_per_day / DAYS_PER_MONTH, 1)
