"""The grading corpus is well-formed, covers every answer kind and is not one-sided."""

import json
from collections import Counter
from typing import Any

import pytest

from benchmarks.grading_compare import CORPUS, KINDS, load_corpus

PREFIX = {
    "expression": "expr",
    "number": "num",
    "vector": "vec",
    "matrix": "mat",
    "set": "set",
    "tuple": "tup",
    "equation": "eq",
    "interval": "int",
}
REQUIRED = {"id", "kind", "expected", "answer", "correct", "category", "note"}
OPTIONAL = {"variables", "tolerance", "exact_required"}
MINIMUM = {
    ("expression",): 90,
    ("number",): 40,
    ("vector", "matrix"): 25,
    ("set", "tuple"): 15,
    ("equation",): 15,
    ("interval",): 12,
}
CATEGORIES = (
    "unusual-form",
    "notation",
    "latex",
    "near-miss",
    "domain-trap",
    "decimal-vs-exact",
    "ml-derivative",
    "ml-linear-algebra",
    "ml-probability",
    "shape",
    "set-semantics",
    "tuple-order",
    "equation-form",
    "interval-ends",
)


def rows() -> list[dict[str, Any]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("row", rows(), ids=lambda row: row.get("id", "?"))
def test_every_case_follows_the_schema(row):
    assert REQUIRED <= row.keys() <= REQUIRED | OPTIONAL
    assert row["kind"] in KINDS
    assert row["id"].startswith(PREFIX[row["kind"]] + "-")
    for key in ("expected", "answer", "category", "note"):
        assert isinstance(row[key], str), key
        assert row[key].strip(), key
    assert isinstance(row["correct"], bool)
    assert isinstance(row.get("exact_required", False), bool)
    tolerance = row.get("tolerance", 0.5)
    assert isinstance(tolerance, float)
    assert 0 < tolerance < 1
    for name, bounds in row.get("variables", {}).items():
        assert name.isidentifier()
        low, high = bounds
        assert low < high


def test_ids_are_unique():
    ids = Counter(row["id"] for row in rows())
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_kind_has_its_minimum_number_of_cases():
    kinds = Counter(row["kind"] for row in rows())
    assert sum(kinds.values()) >= 220
    for group, minimum in MINIMUM.items():
        assert sum(kinds[kind] for kind in group) >= minimum, group


def test_every_kind_has_correct_and_wrong_answers():
    labels: dict[str, set[bool]] = {kind: set() for kind in PREFIX}
    for row in rows():
        labels[row["kind"]].add(row["correct"])
    assert all(seen == {True, False} for seen in labels.values()), labels


def test_labels_are_roughly_balanced():
    share = sum(row["correct"] for row in rows()) / len(rows())
    assert 0.45 <= share <= 0.65


def test_every_required_category_has_several_cases():
    categories = Counter(row["category"] for row in rows())
    assert {c: categories[c] for c in CATEGORIES if categories[c] < 3} == {}


def test_the_harness_reads_every_case():
    cases = load_corpus()
    assert len(cases) == len(rows())
    assert all(isinstance(bounds, tuple) for c in cases for bounds in c.variables.values())
