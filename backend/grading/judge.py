"""Compare a parsed answer with a parsed expected answer according to the answer kind."""

from dataclasses import dataclass

from .compare import compare_expressions, compare_numbers
from .containers import (
    ShapeError,
    compare_sequences,
    compare_sets,
    matrix_rows,
    scalar_or_shape_error,
    set_elements,
    vector_entries,
)
from .equations import compare_equations
from .intervals import compare_intervals
from .nodes import Node, has_decimal, is_constant, symbols
from .outcome import Outcome
from .sampling import sample_expected
from .spec import Domains

_SCALAR_WORD = {"number": "a single number", "expression": "a single expression"}


@dataclass(frozen=True)
class Context:
    kind: str
    domains: Domains
    tolerance: float | None
    seed: int

    def scalar(self, expected: Node, answer: Node) -> Outcome:
        """Equality of two scalar trees: exact numbers without variables, sampling with them."""
        if self.kind == "number" or not self.domains:
            if not is_constant(answer):
                names = ", ".join(sorted(symbols(answer)))
                raise ShapeError(f"expected a number, but your answer contains {names}")
            decimals = has_decimal(answer) or has_decimal(expected)
            return compare_numbers(expected, answer, self.tolerance, decimals=decimals)
        samples = sample_expected(expected, self.domains.pairs, self.seed)
        return compare_expressions(expected, answer, samples, dict(self.domains))


def judge(context: Context, expected: Node, answer: Node) -> Outcome:
    """Raises ShapeError when the answer is not the kind of object asked for."""
    kind = context.kind
    numeric = not context.domains
    if kind in ("expression", "number"):
        scalar_or_shape_error(answer, _SCALAR_WORD[kind])
        return context.scalar(expected, answer)
    if kind in ("vector", "tuple"):
        what = "a vector" if kind == "vector" else "a tuple"
        want = vector_entries(expected, what=what)
        got = vector_entries(answer, what=what)
        if len(want) != len(got):
            noun = "components" if kind == "vector" else "entries"
            raise ShapeError(f"expected {len(want)} {noun}, you gave {len(got)}")
        label = "component" if kind == "vector" else "entry"
        labels = [f"{label} {index}" for index in range(1, len(want) + 1)]
        return compare_sequences(want, got, context.scalar, numeric, context.tolerance, labels)
    if kind == "matrix":
        want_rows, got_rows = matrix_rows(expected), matrix_rows(answer)
        want_shape = (len(want_rows), len(want_rows[0]))
        got_shape = (len(got_rows), len(got_rows[0]))
        if want_shape != got_shape:
            raise ShapeError(
                f"expected a {want_shape[0]}\u00d7{want_shape[1]} matrix, you gave a "
                f"{got_shape[0]}\u00d7{got_shape[1]} one"
            )
        labels = [
            f"the entry in row {row}, column {column}"
            for row in range(1, want_shape[0] + 1)
            for column in range(1, want_shape[1] + 1)
        ]
        flat_want = [entry for row in want_rows for entry in row]
        flat_got = [entry for row in got_rows for entry in row]
        return compare_sequences(
            flat_want, flat_got, context.scalar, numeric, context.tolerance, labels
        )
    if kind == "set":
        return compare_sets(set_elements(expected), set_elements(answer), context.scalar)
    if kind == "equation":
        if answer.op != "eq":
            raise ShapeError("expected an equation with '=', e.g. y = 2x + 1")
        return compare_equations(expected, answer, context.domains.pairs, context.seed)
    if kind == "interval":
        return compare_intervals(expected, answer, context.scalar)
    raise ValueError(f"unknown kind {kind}")
