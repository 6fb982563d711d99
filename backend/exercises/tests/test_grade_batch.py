import json
from io import StringIO
from pathlib import Path

from django.core.management import call_command


def run(tmp_path: Path, lines: list[str]) -> list[dict]:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    out = StringIO()
    call_command("grade_batch", str(batch), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_each_line_gets_a_verdict(tmp_path: Path):
    results = run(
        tmp_path,
        [
            json.dumps(
                {
                    "id": "a",
                    "kind": "expression",
                    "expected": "2x",
                    "answer": "x+x",
                    "variables": {"x": [-2, 2]},
                }
            ),
            json.dumps(
                {
                    "id": "b",
                    "kind": "number",
                    "expected": "\\frac{1}{3}",
                    "answer": "0.33",
                    "tolerance": 0.001,
                }
            ),
            json.dumps(
                {
                    "id": "c",
                    "kind": "matrix",
                    "expected": "[[1,2],[3,4]]",
                    "answer": "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}",
                }
            ),
        ],
    )

    assert [(r["id"], r["correct"]) for r in results] == [("a", True), ("b", False), ("c", True)]
    assert all(r["interpreted"] and r["feedback"] for r in results)


def test_bad_lines_become_errors_and_the_batch_goes_on(tmp_path: Path):
    results = run(
        tmp_path,
        [
            "{not json",
            json.dumps({"id": "no-answer", "kind": "number", "expected": "1"}),
            json.dumps({"id": "odd-kind", "kind": "poem", "expected": "1", "answer": "1"}),
            json.dumps({"id": "bad-expected", "kind": "number", "expected": "1 +", "answer": "1"}),
            json.dumps({"id": "ok", "kind": "number", "expected": "1/2", "answer": "0.5"}),
        ],
    )

    assert [r["id"] for r in results] == ["line-1", "no-answer", "odd-kind", "bad-expected", "ok"]
    assert [("error" in r) for r in results] == [True, True, True, True, False]
    assert "missing or non-text field(s): answer" in results[1]["error"]
    assert results[-1]["correct"] is True
