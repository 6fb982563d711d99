"""Vectors, matrices, tuples and sets: shape first, then the entries.

Entries follow the number rules (or, with variables, the expression rules) one by one; numeric
entries first go through one vectorised numpy.isclose pass that rejects the clearly wrong.
"""

from collections.abc import Callable
from dataclasses import replace

import numpy as np

from .evaluate import constant_value
from .limits import MAX_ELEMENTS, MAX_MATRIX_SIDE
from .nodes import Node
from .outcome import Outcome

SCALAR_OPS = {"num", "sym", "const", "add", "mul", "div", "neg", "pow", "call", "fact"}
_ABSOLUTE = 1e-12

Compare = Callable[[Node, Node], Outcome]


class ShapeError(Exception):
    """The answer is not the shape the question asks for; the message says how it differs."""


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _describe(node: Node) -> str:
    if node.op == "eq":
        return "an equation"
    if node.op == "set":
        return "a set"
    if node.op == "interval":
        return "an interval"
    if node.op in ("list", "tuple", "bare"):
        if node.args and all(row.op == "list" for row in node.args):
            return f"a {len(node.args)}\u00d7{len(node.args[0].args)} matrix"
        return f"a list of {_plural(len(node.args), 'value')}"
    return "a single value"


def scalar_or_shape_error(node: Node, wanted: str) -> None:
    if node.op not in SCALAR_OPS:
        raise ShapeError(f"expected {wanted}, you gave {_describe(node)}")


def vector_entries(node: Node, *, what: str = "a vector") -> list[Node]:
    """Components of a vector written [a, b], (a, b), a, b or as a one-column/one-row matrix."""
    if node.op in ("list", "tuple", "bare"):
        rows = node.args
        if rows and all(row.op == "list" for row in rows):
            if all(len(row.args) == 1 for row in rows):
                return [row.args[0] for row in rows]
            if len(rows) == 1:
                return list(rows[0].args)
            raise ShapeError(f"expected {what}, you gave {_describe(node)}")
        entries = list(rows)
    else:
        raise ShapeError(f"expected {what}, you gave {_describe(node)}")
    if len(entries) > MAX_ELEMENTS:
        raise ShapeError(f"too many components (at most {MAX_ELEMENTS})")
    for entry in entries:
        scalar_or_shape_error(entry, "numbers or expressions as components")
    return entries


def matrix_rows(node: Node) -> list[list[Node]]:
    if node.op not in ("list", "bare") or not node.args:
        raise ShapeError(f"expected a matrix, you gave {_describe(node)}")
    if not all(row.op == "list" for row in node.args):
        raise ShapeError(
            f"expected a matrix, you gave {_describe(node)}; write it as [[a, b], [c, d]]"
        )
    rows = [list(row.args) for row in node.args]
    width = len(rows[0])
    if any(len(row) != width for row in rows):
        raise ShapeError("the rows of your matrix have different lengths")
    if len(rows) > MAX_MATRIX_SIDE or width > MAX_MATRIX_SIDE:
        raise ShapeError(f"matrices are limited to {MAX_MATRIX_SIDE}\u00d7{MAX_MATRIX_SIDE}")
    for row in rows:
        for entry in row:
            scalar_or_shape_error(entry, "numbers or expressions as entries")
    return rows


def set_elements(node: Node) -> list[Node]:
    if node.op not in ("set", "bare"):
        hint = "; use braces, e.g. {1, 2}" if node.op in ("list", "tuple") else ""
        raise ShapeError(f"expected a set, you gave {_describe(node)}{hint}")
    if len(node.args) > MAX_ELEMENTS:
        raise ShapeError(f"too many elements (at most {MAX_ELEMENTS})")
    for element in node.args:
        scalar_or_shape_error(element, "numbers or expressions as elements")
    return list(node.args)


def compare_sequences(
    expected: list[Node],
    answer: list[Node],
    compare: Compare,
    numeric: bool,
    tolerance: float | None,
    labels: list[str],
) -> Outcome:
    """Entry by entry; the first wrong entry is named by its label."""
    if numeric:
        rejected = _far_apart(expected, answer, tolerance, labels)
        if rejected is not None:
            return rejected
    points: tuple[dict[str, float], ...] = ()
    for want, got, label in zip(expected, answer, labels, strict=True):
        single = compare(want, got)
        points = points or single.points
        if not single.equal:
            detail = f": {single.message}" if single.message and not numeric else ""
            return replace(single, message=f"{label} is not right{detail}")
    return Outcome(True, method="numeric", points=points)


def _far_apart(
    expected: list[Node], answer: list[Node], tolerance: float | None, labels: list[str]
) -> Outcome | None:
    """A vectorised first pass over numeric entries: reject entries that are further apart
    than any allowance (the exact check of the rest follows, entry by entry)."""
    got = np.array([constant_value(entry) for entry in answer])
    for value, label in zip(got, labels, strict=True):
        if not np.isfinite(value):
            return Outcome(False, "undefined", f"{label} is not a real number", "numeric")
    want = np.array([constant_value(entry) for entry in expected])
    if not np.all(np.isfinite(want)):
        return None
    allowance = 2 * (tolerance if tolerance is not None else 1e-9) + 1e-12
    close = np.isclose(got, want, rtol=1e-8, atol=allowance)
    for index, ok in enumerate(close):
        if not ok:
            return Outcome(False, "incorrect", f"{labels[index]} is not right", "numeric")
    return None


def compare_sets(expected: list[Node], answer: list[Node], compare: Compare) -> Outcome:
    """Same elements in any order; duplicates ignored. O(n·m) element comparisons."""
    matched_answer = [False] * len(answer)
    missing = 0
    points: tuple[dict[str, float], ...] = ()
    for want in expected:
        found = False
        for index, got in enumerate(answer):
            outcome = compare(want, got)
            points = points or outcome.points
            if outcome.equal:
                matched_answer[index] = True
                found = True
        missing += not found
    extra = [index for index, matched in enumerate(matched_answer) if not matched]
    if extra:
        return Outcome(
            False,
            "incorrect",
            f"element {extra[0] + 1} of your set does not belong in it",
            points=points,
        )
    if missing:
        return Outcome(
            False,
            "incorrect",
            f"your set is missing {_plural(missing, 'element')}",
            points=points,
        )
    return Outcome(True, points=points)
