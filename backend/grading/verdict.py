"""What the grader returns: Verdict for grade(), Preview for preview()."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Verdict:
    """The outcome of grading one answer.

    `correct` is True only when the value is right AND every requested form is met; `form_ok`
    reports the form checks on their own (None when the spec asks for none, or the answer could
    not be read), so "right value, wrong form" is `correct=False, form_ok=False` with code
    "form_not_met" or "decimal_not_exact".
    """

    correct: bool
    interpreted: str
    feedback: str
    code: str
    form_ok: bool | None
    misconception: str | None
    error_position: int | None
    suggestion: str | None
    grader_version: str
    sample_points: tuple[dict[str, float], ...]
    method: str


@dataclass(frozen=True)
class Preview:
    ok: bool
    latex: str
    message: str
    code: str
    error_position: int | None
    suggestion: str | None
