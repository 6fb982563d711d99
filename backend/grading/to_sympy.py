"""Syntax tree -> SymPy objects, built with SymPy's constructors (never from text).

Used only off the hot path: the symbolic fallback of the expression check and some form
checks. Symbols are real, and carry the sign their sampling domain implies (a domain inside
(0, oo) makes the symbol positive), so ln(x^2) = 2 ln(x) can be proved on such a domain.
SymPy is imported on first use, which keeps `import grading` light.
"""

from collections.abc import Mapping
from typing import Any

from .evaluate import constant_value
from .nodes import Node, is_constant, walk

# SymPy's expand/cancel/factor cost grows fast with the degree: x^1000 + 1 or (x + y + 1)^50
# would stall a worker, so learner trees with larger powers never reach them.
MAX_ALGEBRA_DEGREE = 12
MAX_ALGEBRA_NODES = 120

_sympy: Any = None


def sympy_module() -> Any:
    global _sympy
    if _sympy is None:
        import sympy  # type: ignore[import-untyped, unused-ignore]

        _sympy = sympy
    return _sympy


def algebra_is_cheap(*trees: Node) -> bool:
    """May these trees be handed to SymPy's algebra (expand, cancel, factor, gcd)?"""
    size = 0
    for tree in trees:
        for node in walk(tree):
            size += 1
            big_power = (
                node.op == "pow"
                and not is_constant(node.args[0])
                and is_constant(node.args[1])
                and not abs(constant_value(node.args[1])) <= MAX_ALGEBRA_DEGREE
            )
            if big_power:
                return False
            if node.op == "fact" and not is_constant(node.args[0]):
                return False
    return size <= MAX_ALGEBRA_NODES


def make_symbol(name: str, domain: tuple[float, float] | None = None) -> Any:
    sp = sympy_module()
    assumptions: dict[str, bool] = {"real": True}
    if domain is not None:
        low, high = domain
        if low > 0:
            assumptions["positive"] = True
        elif low >= 0:
            assumptions["nonnegative"] = True
        elif high < 0:
            assumptions["negative"] = True
        elif high <= 0:
            assumptions["nonpositive"] = True
    return sp.Symbol(name, **assumptions)


def to_sympy(node: Node, domains: Mapping[str, tuple[float, float]] | None = None) -> Any:
    sp = sympy_module()
    functions = {
        "sin": sp.sin,
        "cos": sp.cos,
        "tan": sp.tan,
        "sec": sp.sec,
        "csc": sp.csc,
        "cot": sp.cot,
        "asin": sp.asin,
        "acos": sp.acos,
        "atan": sp.atan,
        "sinh": sp.sinh,
        "cosh": sp.cosh,
        "tanh": sp.tanh,
        "sech": sp.sech,
        "csch": sp.csch,
        "coth": sp.coth,
        "asinh": sp.asinh,
        "acosh": sp.acosh,
        "atanh": sp.atanh,
        "exp": sp.exp,
        "ln": sp.log,
        "sqrt": sp.sqrt,
        "cbrt": lambda x: sp.real_root(x, 3),
        "abs": sp.Abs,
    }
    symbols: dict[str, Any] = {}

    def build(current: Node) -> Any:
        op, args = current.op, current.args
        if op == "num":
            value = current.value.value
            return sp.Rational(value.numerator, value.denominator)
        if op == "sym":
            name = current.value
            if name not in symbols:
                symbols[name] = make_symbol(name, (domains or {}).get(name))
            return symbols[name]
        if op == "const":
            return {"e": sp.E, "pi": sp.pi, "oo": sp.oo}[current.value]
        built = [build(arg) for arg in args]
        if op == "add":
            return sp.Add(*built)
        if op == "mul":
            return sp.Mul(*built)
        if op == "neg":
            return -built[0]
        if op == "div":
            return built[0] / built[1]
        if op == "pow":
            return sp.Pow(built[0], built[1])
        if op == "fact":
            return sp.factorial(built[0])
        if op == "call":
            name = current.value
            if name == "log":
                return sp.log(built[0], built[1]) if len(built) == 2 else sp.log(built[0])
            if name == "root":
                return sp.real_root(built[0], built[1])
            return functions[name](built[0])
        if op in ("list", "tuple"):
            return sp.Tuple(*built)
        if op == "set":
            return sp.FiniteSet(*built)
        if op == "eq":
            return sp.Eq(built[0], built[1], evaluate=False)
        raise ValueError(f"no SymPy form for {op}")

    return build(node)
