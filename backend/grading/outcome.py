"""The result of comparing one answer with one expected answer, before it becomes a Verdict."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    equal: bool
    code: str = "correct"  # or "incorrect", "undefined", "invalid_interval", "cannot_decide"
    message: str = ""
    method: str = "numeric"
    points: tuple[dict[str, float], ...] = ()
