import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from grading import AnswerSpec, GradingInputError, grade
from grading.spec import KINDS

BATCH_KINDS = tuple(kind for kind in KINDS if kind != "choice")


def grade_line(line: str, number: int) -> dict[str, Any]:
    """Grade one JSON line; a bad line becomes an error record, never an exception."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": f"line-{number}", "error": f"not valid JSON: {exc.msg}"}
    if not isinstance(item, dict):
        return {"id": f"line-{number}", "error": "each line must be a JSON object"}
    item_id = str(item.get("id", f"line-{number}"))
    missing = [key for key in ("kind", "expected", "answer") if not isinstance(item.get(key), str)]
    if missing:
        return {"id": item_id, "error": f"missing or non-text field(s): {', '.join(missing)}"}
    if item["kind"] not in BATCH_KINDS:
        return {"id": item_id, "error": f"unknown kind '{item['kind']}'"}
    try:
        variables = {
            str(name): (float(bounds[0]), float(bounds[1]))
            for name, bounds in (item.get("variables") or {}).items()
        }
        spec = AnswerSpec(
            kind=item["kind"],
            expected=item["expected"],
            variables=variables,
            tolerance=item.get("tolerance"),
        )
        verdict = grade(spec, item["answer"])
    except (GradingInputError, TypeError, ValueError, IndexError, AttributeError) as exc:
        return {"id": item_id, "error": f"bad specification: {exc}"}
    return {
        "id": item_id,
        "correct": verdict.correct,
        "interpreted": verdict.interpreted,
        "feedback": verdict.feedback,
    }


class Command(BaseCommand):
    help = (
        "Grade a JSON-lines file of {id, kind, expected, answer, variables?, tolerance?} and print "
        "one {id, correct, interpreted, feedback} line per input (or {id, error})."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a .jsonl file, or - for standard input")

    def handle(self, *args: Any, file: str, **options: Any) -> None:
        if file == "-":
            lines = sys.stdin
        else:
            path = Path(file)
            if not path.is_file():
                raise CommandError(f"no such file: {file}")
            lines = path.open(encoding="utf-8")
        with lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    self.stdout.write(json.dumps(grade_line(line, number), ensure_ascii=False))
