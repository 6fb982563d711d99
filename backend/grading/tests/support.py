"""Helpers shared by the grading tests."""

from typing import Any

import sympy  # type: ignore[import-untyped, unused-ignore]

from grading.reading import read
from grading.to_sympy import to_sympy

x, y = sympy.Symbol("x", real=True), sympy.Symbol("y", real=True)


def parsed(text: str, *variables: str, kind: str = "expression") -> Any:
    """The SymPy object for how `text` was read (variables default to x and y)."""
    names = frozenset(variables or ("x", "y"))
    return to_sympy(read(text, kind=kind, variables=names))
