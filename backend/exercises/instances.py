"""Turn a template and a seed into a concrete exercise. Pure: no Django imports.

The same (template, seed) always gives the same instance: parameters are drawn from a
`random.Random` seeded with both, generators receive that generator, and derived values are
computed exactly with SymPy from trees built by the grading engine's safe parser.
"""

import random
from dataclasses import dataclass
from typing import Any

import sympy
from sympy.printing.str import StrPrinter

from grading import AnswerSpec, MistakeRule
from grading.errors import ParseError
from grading.reading import read
from grading.to_sympy import to_sympy

from . import generators
from .content import PLACEHOLDER, Choice, TemplateData

MAX_DRAWS = 200


class InstanceError(ValueError):
    """A template that cannot produce a valid instance for a seed (an authoring bug)."""


@dataclass(frozen=True)
class Instance:
    template: TemplateData
    seed: int
    values: dict[str, Any]
    prompt: str
    expected: str
    hints: tuple[str, ...]
    solution: str
    spec: AnswerSpec
    passing: tuple[str, ...]
    failing: tuple[str, ...]
    shape: tuple[int, ...] | None  # (n,) for a vector, (rows, cols) for a matrix
    choices: tuple[Choice, ...]

    @property
    def variables(self) -> list[str]:
        return sorted(self.template.variables)


class _PlainPrinter(StrPrinter):
    """SymPy's str printer, but in the notation the grading engine reads back."""

    def _print_Exp1(self, expr: Any) -> str:
        return "e"

    def _print_Infinity(self, expr: Any) -> str:
        return "oo"

    def _print_NegativeInfinity(self, expr: Any) -> str:
        return "-oo"


_PRINTER = _PlainPrinter({"order": "none"})


def _number(value: Any) -> Any:
    if isinstance(value, int):
        return sympy.Integer(value)
    if isinstance(value, float):
        return sympy.Float(value)
    return value


def as_text(value: Any) -> str:
    """A value as plain text for an answer: negative or compound values in parentheses."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, sympy.MatrixBase):
        rows = [[as_text(entry) for entry in value.row(i)] for i in range(value.rows)]
        if value.cols == 1 or value.rows == 1:
            flat = [item for row in rows for item in row]
            return "[" + ", ".join(flat) + "]" if value.rows > 1 or value.cols > 1 else flat[0]
        return "[" + ", ".join("[" + ", ".join(row) + "]" for row in rows) + "]"
    value = _number(value)
    text = _PRINTER.doprint(value)
    if (isinstance(value, sympy.Integer) and value >= 0) or isinstance(value, sympy.Symbol):
        return text
    return f"({text})"


def as_latex(value: Any) -> str:
    """A value as LaTeX for prompts, hints and solutions."""
    if isinstance(value, str):
        return value
    if isinstance(value, sympy.MatrixBase):
        return sympy.latex(value, mat_str="bmatrix", mat_delim="")
    return sympy.latex(_number(value))


def _fill(text: str, values: dict[str, Any], render: Any) -> str:
    return PLACEHOLDER.sub(lambda match: render(values[match.group(1)]), text)


def evaluate(text: str, values: dict[str, Any], template: TemplateData) -> Any:
    """Compute an author expression over the drawn values, exactly, with the safe parser."""
    filled = _fill(text, values, as_text)
    try:
        tree = read(filled, kind="expression", variables=frozenset(template.variables))
    except ParseError as exc:
        raise InstanceError(f"cannot read '{filled}': {exc}") from exc
    return sympy.simplify(to_sympy(tree, template.variables))


def _draw(template: TemplateData, rng: random.Random) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, spec in template.params.items():
        if spec.kind == "int":
            allowed = [v for v in range(spec.low, spec.high + 1) if v not in spec.exclude]
            values[name] = sympy.Integer(rng.choice(allowed))
        else:
            choice = rng.choice(spec.values)
            values[name] = sympy.Integer(choice) if isinstance(choice, int) else choice
    if template.generator:
        values.update(generators.REGISTRY[template.generator](rng))
    for name in derived_order(template.derived):
        values[name] = evaluate(template.derived[name], values, template)
    return values


def derived_order(derived: dict[str, str]) -> list[str]:
    """The derived values in an order where each comes after those it uses, keeping the
    author's order otherwise. The order of the stored template can't be trusted: PostgreSQL's
    jsonb keeps object keys sorted by length, not as written (a `mean` using `total` would come
    first)."""
    order: list[str] = []
    pending = dict(derived)
    while pending:
        ready = [
            name
            for name, expression in pending.items()
            if not any(used in pending and used != name for used in PLACEHOLDER.findall(expression))
        ]
        if not ready:
            raise InstanceError(f"derived values use each other in a cycle: {', '.join(pending)}")
        for name in ready:
            order.append(name)
            del pending[name]
    return order


def _undefined(value: Any) -> bool:
    return isinstance(value, sympy.Basic | sympy.MatrixBase) and value.has(sympy.zoo, sympy.nan)


def _degenerate(template: TemplateData, values: dict[str, Any]) -> bool:
    """True if a drawn value is undefined (a division by zero) or an `avoid` expression is zero
    or undefined for these values."""
    if any(_undefined(value) for value in values.values()):
        return True
    for expression in template.avoid:
        result = evaluate(expression, values, template)
        if result.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo) or result == 0:
            return True
    return False


def _shape(template: TemplateData, expected: str) -> tuple[int, ...] | None:
    if template.kind not in ("vector", "matrix"):
        return None
    tree = read(expected, kind=template.kind, variables=frozenset(template.variables))
    if template.kind == "vector":
        return (len(tree.args),)
    return (len(tree.args), len(tree.args[0].args) if tree.args else 0)


def instantiate(template: TemplateData, seed: int) -> Instance:
    """The exercise for (template, seed). Raises InstanceError naming the template and seed."""
    rng = random.Random(f"{template.slug}:{seed}")
    try:
        for _ in range(MAX_DRAWS):
            values = _draw(template, rng)
            if not _degenerate(template, values):
                break
        else:
            raise InstanceError(
                f"no non-degenerate parameters after {MAX_DRAWS} draws (a value was undefined, "
                "e.g. a division by zero, or an 'avoid' expression was zero)"
            )
        expected = _fill(template.answer, values, as_text)
        spec = AnswerSpec(
            kind=template.kind,  # type: ignore[arg-type]
            expected=expected,
            variables=template.variables,
            tolerance=template.tolerance,
            forms=template.forms,
            mistakes=tuple(
                MistakeRule(
                    answer=_fill(m.answer, values, as_text),
                    feedback=_fill(m.feedback, values, as_latex),
                    tag=m.tag,
                )
                for m in template.mistakes
            ),
            choices=tuple(choice.id for choice in template.choices),
        )
        return Instance(
            template=template,
            seed=seed,
            values=values,
            prompt=_fill(template.prompt, values, as_latex),
            expected=expected,
            hints=tuple(_fill(hint, values, as_latex) for hint in template.hints),
            solution=_fill(template.solution, values, as_latex),
            spec=spec,
            passing=tuple(_fill(text, values, as_text) for text in template.passing),
            failing=tuple(_fill(text, values, as_text) for text in template.failing),
            shape=_shape(template, expected),
            choices=tuple(
                Choice(choice.id, _fill(choice.text, values, as_latex))
                for choice in template.choices
            ),
        )
    except (InstanceError, KeyError, ParseError, TypeError, ValueError, ZeroDivisionError) as exc:
        raise InstanceError(f"template '{template.slug}', seed {seed}: {exc}") from exc
