"""A small registry of parameter generators for templates that data alone can't express.

A generator takes a seeded `random.Random` and returns named values (ints, SymPy numbers or
matrices). Templates name one with `generator: <name>`; each area keeps its generators in a
module of this package, registered with `@generator("name")`.
"""

import importlib
import pkgutil
import random
from collections.abc import Callable
from typing import Any

Generator = Callable[[random.Random], dict[str, Any]]
REGISTRY: dict[str, Generator] = {}


def generator(name: str) -> Callable[[Generator], Generator]:
    def register(function: Generator) -> Generator:
        if name in REGISTRY:
            raise ValueError(f"generator '{name}' is registered twice")
        REGISTRY[name] = function
        return function

    return register


def load_all() -> None:
    """Import every module of this package so their generators register themselves."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


def as_sympy(value: Any) -> Any:
    """A generator's value as a SymPy object. Only numbers and SymPy objects are accepted:
    generators build expressions directly and never parse text."""
    import fractions

    import sympy

    if isinstance(value, bool):
        raise TypeError("a truth value is not a number")
    if isinstance(value, int):
        return sympy.Integer(value)
    if isinstance(value, fractions.Fraction):
        return sympy.Rational(value.numerator, value.denominator)
    if isinstance(value, float):
        return sympy.Float(value)
    if isinstance(value, sympy.Basic | sympy.MatrixBase):
        return value
    raise TypeError(f"generators work with numbers and SymPy objects, not {type(value).__name__}")
