"""Form checks, reported apart from equivalence: expanded, factored, simplified-fraction.
("exact" depends on the comparison itself and is decided in judge.py.)"""

from collections.abc import Mapping
from math import gcd

from .nodes import Node, any_node, has_decimal, is_constant, is_integer_literal, symbols, walk
from .to_sympy import algebra_is_cheap, sympy_module, to_sympy

FORM_MESSAGES = {
    "expanded": "the value is right, but the answer should be fully expanded (no brackets left "
    "to multiply out)",
    "factored": "the value is right, but the answer should be fully factored",
    "simplified-fraction": "the value is right, but write it as a single fraction in lowest terms",
    "exact": (
        "that's the right value as a decimal; give it exactly, e.g. as a fraction or with sqrt"
    ),
}


def _is_sum(node: Node) -> bool:
    return node.op == "add" and not is_constant(node)


def is_expanded(node: Node) -> bool:
    """No product, quotient numerator, negation or positive power of a sum with variables
    (the shape sympy.expand removes), checked on the tree as typed."""
    for current in walk(node):
        op, args = current.op, current.args
        if op == "mul" and any(_is_sum(arg) for arg in args):
            return False
        if op in ("div", "neg") and _is_sum(args[0]):
            return False
        if op == "pow" and _is_sum(args[0]) and is_integer_literal(args[1]):
            return False
    return True


def _factors(node: Node) -> list[Node]:
    """Flatten products, quotients and signs into the list of factors."""
    pending, found = [node], []
    while pending:
        current = pending.pop()
        if current.op in ("mul", "div"):
            pending.extend(current.args)
        elif current.op == "neg" or (current.op == "pow" and is_integer_literal(current.args[1])):
            pending.append(current.args[0])
        else:
            found.append(current)
    return found


def _rational_polynomial(node: Node) -> bool:
    """Only polynomials with rational coefficients are factored over Q; anything else (sin x,
    x + pi) is taken as one atom, which also keeps SymPy to cheap, exact arithmetic."""
    for current in walk(node):
        if current.op in ("call", "fact", "const"):
            return False
        if current.op == "pow" and not is_integer_literal(current.args[1]):
            return False
        if current.op == "div" and not is_constant(current.args[1]):
            return False
    return True


def is_factored(node: Node, domains: Mapping[str, tuple[float, float]]) -> bool:
    """A product (or power) of factors each irreducible over Q; non-polynomial factors such as
    sin(x) count as atoms. Irreducibility comes from sympy.factor_list; a polynomial factor too
    large to check cheaply counts as not factored."""
    sp = sympy_module()
    for factor in _factors(node):
        if is_constant(factor) or factor.op != "add":
            continue
        if not _rational_polynomial(factor):
            continue
        if not algebra_is_cheap(factor):
            return False
        expression = to_sympy(factor, domains)
        names = sorted(symbols(factor))
        generators = [s for s in expression.free_symbols if s.name in names]
        if not generators:
            continue
        try:
            polynomial = sp.Poly(expression, *generators)
        except sp.polys.polyerrors.BasePolynomialError:
            continue
        _, irreducibles = sp.factor_list(polynomial)
        if len(irreducibles) != 1 or irreducibles[0][1] != 1:
            return False
    return True


def is_simplified_fraction(node: Node, *, whole: bool) -> bool:
    """Integer fractions in lowest terms, no decimals or percent. With `whole` (number answers)
    the answer must be a single signed integer or integer fraction; otherwise a rational
    function's top-level numerator and denominator must share no polynomial factor."""
    if has_decimal(node) or any_node(node, lambda n: n.op == "num" and n.value.percent):
        return False
    for current in walk(node):
        if current.op != "div":
            continue
        top, bottom = (_integer(arg) for arg in current.args)
        if top is not None and bottom is not None and (bottom <= 1 or gcd(top, bottom) != 1):
            return False
    core = node.args[0] if node.op == "neg" else node
    if whole:
        if core.op == "div":
            return all(_integer(arg) is not None for arg in core.args)
        return is_integer_literal(core)
    polynomials = all(_rational_polynomial(arg) for arg in core.args)
    if core.op == "div" and not is_constant(core) and polynomials and algebra_is_cheap(core):
        sp = sympy_module()
        top, bottom = (to_sympy(arg) for arg in core.args)
        try:
            common = sp.gcd(top, bottom)
        except sp.polys.polyerrors.BasePolynomialError:
            return True
        return bool(common.is_number)
    return True


def _integer(node: Node) -> int | None:
    sign = 1
    if node.op == "neg":
        sign, node = -1, node.args[0]
    if is_integer_literal(node):
        return sign * int(node.value.value)
    return None


def form_ok(form: str, node: Node, domains: Mapping[str, tuple[float, float]], kind: str) -> bool:
    if form == "expanded":
        return is_expanded(node)
    if form == "factored":
        return is_factored(node, domains)
    if form == "simplified-fraction":
        return is_simplified_fraction(node, whole=kind == "number")
    raise ValueError(form)
