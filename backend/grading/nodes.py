"""The syntax tree the parser builds and everything downstream reads.

Operators (`Node.op`):
  num (value: NumLit), sym (value: name), const (value: "e" | "pi" | "oo"),
  add (args: terms; a subtraction is a "neg" term), mul (args: factors), div (num, den),
  neg (x,), pow (base, exponent), call (value: function name; args), fact (x,),
  list [..], tuple (..), set {..}, bare (a top-level comma list), eq (lhs, rhs),
  interval (lo, hi; value: (left_closed, right_closed)).
Trees are bounded by limits.MAX_TREE_DEPTH, so recursive walks over them are safe.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any


@dataclass(frozen=True)
class NumLit:
    """A number literal, kept exactly: `value` is a Fraction built from validated digits."""

    value: Fraction
    mantissa: str  # digits as typed, e.g. "1.50"
    exponent: int | None = None  # the n of "e n" in scientific notation
    percent: bool = False

    @property
    def decimal(self) -> bool:
        return "." in self.mantissa or self.exponent is not None


class Node:
    __slots__ = ("args", "op", "value")

    def __init__(self, op: str, args: tuple["Node", ...] = (), value: Any = None) -> None:
        self.op = op
        self.args = args
        self.value = value

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Node)
            and self.op == other.op
            and self.value == other.value
            and self.args == other.args
        )

    def __hash__(self) -> int:
        return hash((self.op, self.value, self.args))

    def __repr__(self) -> str:
        inner = ", ".join(repr(arg) for arg in self.args)
        value = "" if self.value is None else f"{self.value!r}; "
        return f"{self.op}({value}{inner})"


def walk(node: Node) -> Iterator[Node]:
    """Every node, pre-order, without recursion."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.args))


def any_node(node: Node, predicate: Callable[[Node], bool]) -> bool:
    return any(predicate(current) for current in walk(node))


def symbols(node: Node) -> set[str]:
    return {current.value for current in walk(node) if current.op == "sym"}


def is_constant(node: Node) -> bool:
    return not any_node(node, lambda current: current.op == "sym")


def has_decimal(node: Node) -> bool:
    return any_node(node, lambda current: current.op == "num" and current.value.decimal)


def has_infinity(node: Node) -> bool:
    return any_node(node, lambda current: current.op == "const" and current.value == "oo")


def tree_depth(node: Node) -> int:
    deepest = 0
    stack = [(node, 1)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((arg, depth + 1) for arg in current.args)
    return deepest


def difference(lhs: Node, rhs: Node) -> Node:
    return Node("add", (lhs, Node("neg", (rhs,))))


def is_integer_literal(node: Node) -> bool:
    return node.op == "num" and not node.value.decimal and node.value.value.denominator == 1
