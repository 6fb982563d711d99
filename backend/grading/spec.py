"""What an author gives the grader: AnswerSpec and MistakeRule, validated on construction."""

import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Literal

from .limits import MAX_INPUT_CHARS
from .names import RESERVED_NAMES, is_valid_variable_name

Kind = Literal[
    "expression", "number", "vector", "matrix", "set", "tuple", "equation", "interval", "choice"
]
KINDS: tuple[str, ...] = (
    "expression",
    "number",
    "vector",
    "matrix",
    "set",
    "tuple",
    "equation",
    "interval",
    "choice",
)
FORMS = ("expanded", "factored", "exact", "simplified-fraction")
# Which form checks make sense for which kind.
FORMS_BY_KIND: dict[str, tuple[str, ...]] = {
    "expression": FORMS,
    "number": ("exact", "simplified-fraction"),
    "vector": ("exact",),
    "matrix": ("exact",),
    "set": ("exact",),
    "tuple": ("exact",),
    "interval": ("exact",),
    "equation": (),
    "choice": (),
}
TRUE_FALSE = ("true", "false")


class GradingInputError(ValueError):
    """An author's spec is unusable. Never raised because of learner text."""


class Domains(Mapping[str, tuple[float, float]]):
    """A hashable, read-only mapping of variable name -> (low, high) sampling interval."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, tuple[float, float]]) -> None:
        pairs = []
        for name, bounds in items.items():
            if not isinstance(name, str) or not is_valid_variable_name(name):
                raise GradingInputError(f"invalid variable name {name!r}")
            if name in RESERVED_NAMES:
                raise GradingInputError(f"{name!r} is reserved (a function or constant name)")
            try:
                low, high = (float(bounds[0]), float(bounds[1]))
            except (TypeError, ValueError, IndexError) as error:
                raise GradingInputError(f"domain of {name!r} must be (low, high)") from error
            if not (math.isfinite(low) and math.isfinite(high) and low < high):
                raise GradingInputError(f"domain of {name!r} must be finite with low < high")
            pairs.append((name, (low, high)))
        self._items: tuple[tuple[str, tuple[float, float]], ...] = tuple(sorted(pairs))

    @property
    def pairs(self) -> tuple[tuple[str, tuple[float, float]], ...]:
        return self._items

    def __getitem__(self, key: str) -> tuple[float, float]:
        for name, bounds in self._items:
            if name == key:
                return bounds
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Domains):
            return self._items == other._items
        return isinstance(other, Mapping) and dict(self._items) == dict(other.items())

    def __repr__(self) -> str:
        return f"Domains({dict(self._items)!r})"


@dataclass(frozen=True)
class MistakeRule:
    """An answer (of the spec's kind) that signals a known misconception."""

    answer: str
    feedback: str
    tag: str


@dataclass(frozen=True)
class AnswerSpec:
    kind: Kind
    expected: str
    variables: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    # Absolute: a decimal answer may differ from the expected value by this much. None: only
    # rounding noise (1e-9 * max(1, |expected|)) is forgiven. Expressions have no tolerance.
    tolerance: float | None = None
    forms: tuple[str, ...] = ()
    mistakes: tuple[MistakeRule, ...] = ()
    choices: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Normalise list arguments to tuples and the variables to a hashable mapping, so a spec
        # can key the caches of parsed expected answers.
        set_ = object.__setattr__
        if not isinstance(self.variables, Domains):
            set_(self, "variables", Domains(self.variables))
        set_(self, "forms", tuple(self.forms))
        set_(self, "mistakes", tuple(self.mistakes))
        set_(self, "choices", tuple(self.choices))
        _validate(self)

    @property
    def domains(self) -> Domains:
        assert isinstance(self.variables, Domains)
        return self.variables


_CHOICE_LABEL = re.compile(r"^[^\s].{0,199}$", re.DOTALL)


def _validate(spec: AnswerSpec) -> None:
    if spec.kind not in KINDS:
        raise GradingInputError(f"unknown answer kind {spec.kind!r}; use one of {KINDS}")
    if not isinstance(spec.expected, str) or not spec.expected.strip():
        raise GradingInputError("expected answer must be non-empty text")
    if len(spec.expected) > MAX_INPUT_CHARS:
        raise GradingInputError("expected answer is too long")
    tolerance = spec.tolerance
    valid = tolerance is None or (
        isinstance(tolerance, int | float) and math.isfinite(tolerance) and tolerance >= 0
    )
    if not valid:
        raise GradingInputError("tolerance must be None or a finite number >= 0")
    for form in spec.forms:
        if form not in FORMS_BY_KIND[spec.kind]:
            allowed = ", ".join(FORMS_BY_KIND[spec.kind]) or "none"
            raise GradingInputError(f"form {form!r} not available for {spec.kind} (use: {allowed})")
    for rule in spec.mistakes:
        if not isinstance(rule, MistakeRule) or not rule.answer.strip() or not rule.tag:
            raise GradingInputError("each mistake needs an answer, feedback and a tag")
    if spec.kind == "choice":
        labels = [label.strip().casefold() for label in spec.choices]
        if any(not _CHOICE_LABEL.match(label) for label in labels) or len(set(labels)) != len(
            labels
        ):
            raise GradingInputError("choices must be distinct, non-empty labels")
        expected = spec.expected.strip().casefold()
        if labels and expected not in labels:
            raise GradingInputError(f"expected choice {spec.expected!r} is not among the choices")
        if not labels and expected not in TRUE_FALSE:
            raise GradingInputError("a choice without options must expect 'true' or 'false'")
    elif spec.choices:
        raise GradingInputError("choices are only for kind 'choice'")
