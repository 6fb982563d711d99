"""Numeric evaluation of a syntax tree, compiled once into nested closures.

Semantics are real-valued: a square root or logarithm of a negative number, a division by zero
or a non-real power (e.g. (-8)^(1/3); use cbrt for the real cube root) give NaN, which callers
read as "undefined here". Overflow gives ±inf. Two backends share one compiler: Python floats
(fast, used at every sample point) and a private mpmath context at 50 digits (used for exact
number comparison and to re-check points where floats lose too much to cancellation).

Each `add` records the largest magnitude among its terms in `scale[0]`: comparing a result
against that scale tells how much cancellation happened (|a - b| is only meaningful down to
about 1e-16 · scale in floats).
"""

import math
import threading
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import mpmath  # type: ignore[import-untyped, unused-ignore]

from .nodes import Node

NAN = float("nan")
INF = float("inf")
_EXP_LIMIT = 2300

Compiled = Callable[[dict[str, Any], list[Any]], Any]


def _guard(function: Callable[..., Any]) -> Callable[..., Any]:
    def guarded(*args: Any) -> Any:
        try:
            return function(*args)
        except (ValueError, ZeroDivisionError, TypeError):
            return NAN
        except OverflowError:
            return INF

    return guarded


def _float_root(x: float, n: float) -> float:
    if n != int(n) or n < 2:
        return NAN
    if x < 0:
        return -((-x) ** (1.0 / n)) if int(n) % 2 else NAN
    return float(x ** (1.0 / n))


def _float_factorial(x: float) -> float:
    if x < 0 and x == int(x):
        return NAN
    return math.gamma(x + 1)


def _float_pow(a: float, b: float) -> float:
    try:
        result = a**b
    except ZeroDivisionError:
        return NAN
    except OverflowError:
        return INF
    return NAN if type(result) is complex else result


def _float_div(a: float, b: float) -> float:
    if b == 0:
        return NAN
    try:
        return a / b
    except OverflowError:
        return INF


_RAW_FLOAT_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "sec": lambda x: 1 / math.cos(x),
    "csc": lambda x: 1 / math.sin(x),
    "cot": lambda x: math.cos(x) / math.sin(x),
    "asin": math.asin,
    "acos": math.acos,
    "atan": math.atan,
    "sinh": math.sinh,
    "cosh": math.cosh,
    "tanh": math.tanh,
    "sech": lambda x: 1 / math.cosh(x),
    "csch": lambda x: 1 / math.sinh(x),
    "coth": lambda x: math.cosh(x) / math.sinh(x),
    "asinh": math.asinh,
    "acosh": math.acosh,
    "atanh": math.atanh,
    "exp": math.exp,
    "ln": lambda x: math.log(x) if x > 0 else NAN,
    "log": lambda x, b=math.e: math.log(x) / math.log(b) if x > 0 and b > 0 else NAN,
    "sqrt": lambda x: math.sqrt(x) if x >= 0 else NAN,
    "cbrt": math.cbrt,
    "root": _float_root,
    "abs": abs,
}
_FLOAT_FUNCTIONS = {name: _guard(function) for name, function in _RAW_FLOAT_FUNCTIONS.items()}


class _Backend:
    def __init__(self) -> None:
        self.functions = _FLOAT_FUNCTIONS

    def number(self, value: Fraction) -> Any:
        return float(value)

    def constant(self, name: str) -> Any:
        return {"e": math.e, "pi": math.pi, "oo": INF}[name]

    div = staticmethod(_float_div)
    pow = staticmethod(_float_pow)
    factorial = staticmethod(_guard(_float_factorial))


class _MpBackend(_Backend):
    """50-digit evaluation in a context of our own (mpmath's global one is shared state)."""

    def __init__(self) -> None:
        ctx = mpmath.MPContext()
        ctx.dps = 50
        self.ctx = ctx

        # mpmath never overflows, so exp(exp(exp(10))) would run for ever: arguments beyond
        # 10^1000 give NaN, and exp-like functions past e^2300 give infinity before computing.
        big = ctx.mpf(10) ** 1000
        self.big = big

        def real(function: Callable[..., Any]) -> Callable[..., Any]:
            def wrapped(*args: Any) -> Any:
                if any(not abs(arg) <= big for arg in args):
                    return NAN
                try:
                    result = function(*args)
                except (ValueError, ZeroDivisionError, TypeError):
                    return NAN
                return result if isinstance(result, ctx.mpf) else NAN

            return wrapped

        def root(x: Any, n: Any) -> Any:
            if n != int(n) or n < 2:
                return NAN
            if x < 0:
                return -ctx.root(-x, int(n)) if int(n) % 2 else NAN
            return ctx.root(x, int(n))

        self.functions = {
            name: real(function)
            for name, function in {
                "sin": ctx.sin,
                "cos": ctx.cos,
                "tan": ctx.tan,
                "sec": lambda x: 1 / ctx.cos(x),
                "csc": lambda x: 1 / ctx.sin(x),
                "cot": lambda x: ctx.cos(x) / ctx.sin(x),
                "asin": lambda x: ctx.asin(x) if -1 <= x <= 1 else NAN,
                "acos": lambda x: ctx.acos(x) if -1 <= x <= 1 else NAN,
                "atan": ctx.atan,
                "sinh": lambda x: ctx.sinh(x) if abs(x) < _EXP_LIMIT else ctx.inf * ctx.sign(x),
                "cosh": lambda x: ctx.cosh(x) if abs(x) < _EXP_LIMIT else ctx.inf,
                "tanh": ctx.tanh,
                "sech": lambda x: 1 / ctx.cosh(x) if abs(x) < _EXP_LIMIT else ctx.zero,
                "csch": lambda x: 1 / ctx.sinh(x) if abs(x) < _EXP_LIMIT else ctx.zero,
                "coth": lambda x: ctx.coth(x) if abs(x) < _EXP_LIMIT else ctx.sign(x),
                "asinh": ctx.asinh,
                "acosh": lambda x: ctx.acosh(x) if x >= 1 else NAN,
                "atanh": lambda x: ctx.atanh(x) if -1 < x < 1 else NAN,
                "exp": lambda x: ctx.exp(x) if x < _EXP_LIMIT else ctx.inf,
                "ln": lambda x: ctx.ln(x) if x > 0 else NAN,
                "log": lambda x, b=ctx.e: ctx.ln(x) / ctx.ln(b) if x > 0 and b > 0 else NAN,
                "sqrt": lambda x: ctx.sqrt(x) if x >= 0 else NAN,
                "cbrt": lambda x: ctx.cbrt(x) if x >= 0 else -ctx.cbrt(-x),
                "root": root,
                "abs": abs,
            }.items()
        }
        self.factorial = real(
            lambda x: (
                NAN if x < 0 and x == int(x) else (ctx.gamma(x + 1) if x < _EXP_LIMIT else ctx.inf)
            )
        )

    def number(self, value: Fraction) -> Any:
        return self.ctx.mpf(value.numerator) / value.denominator

    def constant(self, name: str) -> Any:
        return {"e": self.ctx.e, "pi": self.ctx.pi, "oo": self.ctx.inf}[name]

    def div(self, a: Any, b: Any) -> Any:
        return NAN if b == 0 else a / b

    def pow(self, a: Any, b: Any) -> Any:
        ctx = self.ctx
        if not (abs(a) <= self.big and abs(b) <= self.big):
            return NAN
        if a < 0 and b != int(b):
            return NAN
        if a not in (0, 1, -1):
            size = b * ctx.ln(abs(a))
            if size > _EXP_LIMIT:
                return -ctx.inf if a < 0 and int(b) % 2 else ctx.inf
            if size < -_EXP_LIMIT:
                return ctx.zero
        try:
            result = a**b
        except ZeroDivisionError:
            return NAN
        return result if isinstance(result, ctx.mpf) else NAN


_FLOAT = _Backend()
_local = threading.local()


def _mp_backend() -> _MpBackend:
    try:
        backend: _MpBackend = _local.backend
    except AttributeError:
        backend = _local.backend = _MpBackend()
    return backend


def _compile(node: Node, backend: _Backend) -> Compiled:
    op = node.op
    if op == "num":
        constant = backend.number(node.value.value)
        return lambda env, scale: constant
    if op == "const":
        value = backend.constant(node.value)
        return lambda env, scale: value
    if op == "sym":
        name = node.value
        return lambda env, scale: env[name]
    parts = [_compile(arg, backend) for arg in node.args]
    if op == "add":

        def add(env: dict[str, Any], scale: list[Any]) -> Any:
            total, largest = 0, 0
            for part in parts:
                value = part(env, scale)
                total += value
                size = abs(value)
                if size > largest:
                    largest = size
            if largest > scale[0]:
                scale[0] = largest
            return total

        return add
    if op == "mul":

        def mul(env: dict[str, Any], scale: list[Any]) -> Any:
            product = 1
            for part in parts:
                product *= part(env, scale)
            return product

        return mul
    if op == "neg":
        (inner,) = parts
        return lambda env, scale: -inner(env, scale)
    if op == "div":
        top, bottom, div = parts[0], parts[1], backend.div
        return lambda env, scale: div(top(env, scale), bottom(env, scale))
    if op == "pow":
        base, exponent, power = parts[0], parts[1], backend.pow
        return lambda env, scale: power(base(env, scale), exponent(env, scale))
    if op == "fact":
        (inner,) = parts
        factorial = backend.factorial
        return lambda env, scale: factorial(inner(env, scale))
    if op == "call":
        function = backend.functions[node.value]
        if len(parts) == 1:
            (only,) = parts
            return lambda env, scale: function(only(env, scale))
        return lambda env, scale: function(*(part(env, scale) for part in parts))
    raise ValueError(f"cannot evaluate a {op}")


def compile_float(node: Node) -> Compiled:
    return _compile(node, _FLOAT)


def evaluate_mp(node: Node, env: dict[str, float]) -> tuple[Any, Any]:
    """(value, scale) at 50 digits; the value is NaN when undefined."""
    backend = _mp_backend()
    scale = [backend.ctx.mpf(0)]
    point = {name: backend.ctx.mpf(value) for name, value in env.items()}
    value = _compile(node, backend)(point, scale)
    return value, scale[0]


def constant_value(node: Node) -> float:
    """Float value of a variable-free tree (NaN when undefined)."""
    try:
        value = compile_float(node)({}, [0.0])
    except OverflowError:
        return INF
    return float(value)
