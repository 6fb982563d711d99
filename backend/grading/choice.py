"""Multiple choice and true/false: the learner's label matched case-insensitively."""

import re

from .limits import MAX_CHOICE_CHARS
from .spec import AnswerSpec

_TRUE = {"true", "t", "yes", "y"}
_FALSE = {"false", "f", "no", "n"}
# "(b)", "b)", "b." -> "b"
_DECORATION = re.compile(r"^\(?\s*(.*?)\s*[).]?$", re.DOTALL)


def choice_latex(label: str) -> str:
    escaped = re.sub(r"([\\{}$&#^_%~])", r"\\\1", label)
    return f"\\text{{{escaped}}}"


def read_choice(spec: AnswerSpec, answer: str) -> tuple[str | None, str]:
    """The canonical label the answer names (None if none) and a message when it names none."""
    text = answer.strip()
    if len(text) > MAX_CHOICE_CHARS:
        return None, "that answer is too long for a choice"
    key = text.casefold()
    labels = {label.strip().casefold(): label.strip() for label in spec.choices}
    if not labels or set(labels) <= {"true", "false"}:
        if key in _TRUE:
            return "true", ""
        if key in _FALSE:
            return "false", ""
        return None, "answer true or false"
    if key in labels:
        return labels[key], ""
    bare = _DECORATION.match(key)
    if bare and bare.group(1) in labels:
        return labels[bare.group(1)], ""
    return None, "choose one of: " + ", ".join(label.strip() for label in spec.choices)
