"""Syntax tree -> LaTeX, showing how the answer was read ("read as ...").

Brackets are printed where the tree needs them, so the output shows the grouping the parser
chose: 1/2x prints as \\frac{1}{2} x, sin 2x as \\sin\\left(2 x\\right).
"""

from itertools import pairwise

from .names import GREEK
from .nodes import Node

_FUNCTION_LATEX = {
    "sin": "\\sin",
    "cos": "\\cos",
    "tan": "\\tan",
    "sec": "\\sec",
    "csc": "\\csc",
    "cot": "\\cot",
    "asin": "\\arcsin",
    "acos": "\\arccos",
    "atan": "\\arctan",
    "sinh": "\\sinh",
    "cosh": "\\cosh",
    "tanh": "\\tanh",
    "coth": "\\coth",
    "sech": "\\operatorname{sech}",
    "csch": "\\operatorname{csch}",
    "asinh": "\\operatorname{arsinh}",
    "acosh": "\\operatorname{arcosh}",
    "atanh": "\\operatorname{artanh}",
    "exp": "\\exp",
    "ln": "\\ln",
    "log": "\\ln",
    "factorial": "",
}
_ATOM, _FACTORIAL, _POWER, _QUOTIENT, _PRODUCT, _NEGATION, _SUM = 7, 6, 5, 4, 3, 2, 1


def _paren(text: str) -> str:
    return f"\\left({text}\\right)"


def symbol_latex(name: str) -> str:
    base, _, sub = name.partition("_")
    if base in GREEK:
        head = "\\" + base
    elif len(base) == 1:
        head = base
    else:
        head = f"\\mathrm{{{base}}}"
    return f"{head}_{{{sub}}}" if sub else head


def _precedence(node: Node) -> int:
    op = node.op
    if op == "add":
        return _SUM
    if op == "neg":
        return _NEGATION
    if op == "mul":
        return _PRODUCT
    if op == "div":
        return _QUOTIENT
    if op == "pow":
        return _POWER
    if op == "fact":
        return _FACTORIAL
    if op == "num" and node.value.exponent is not None:
        return _PRODUCT
    return _ATOM


def to_latex(node: Node, context: int = 0) -> str:
    text = _latex(node)
    return _paren(text) if _precedence(node) < context else text


def _latex(node: Node) -> str:
    op, args = node.op, node.args
    if op == "num":
        literal = node.value
        text = literal.mantissa
        if literal.exponent is not None:
            text = f"{text} \\times 10^{{{literal.exponent}}}"
        return text + ("\\%" if literal.percent else "")
    if op == "sym":
        return symbol_latex(node.value)
    if op == "const":
        return {"e": "e", "pi": "\\pi", "oo": "\\infty"}[node.value]
    if op == "add":
        parts = [to_latex(args[0], _SUM)]
        for term in args[1:]:
            if term.op == "neg":
                parts.append(" - " + to_latex(term.args[0], _NEGATION + 1))
            else:
                parts.append(" + " + to_latex(term, _NEGATION))
        return "".join(parts)
    if op == "neg":
        return "-" + to_latex(args[0], _PRODUCT)
    if op == "mul":
        text = to_latex(args[0], _NEGATION)
        for previous, factor in pairwise(args):
            printed = to_latex(factor, _PRODUCT + 1 if factor.op == "neg" else _PRODUCT)
            juxtapose = (
                previous.op == "num"
                and previous.value.exponent is None
                and not previous.value.percent
                and factor.op in ("sym", "const", "call", "pow", "add")
                and not printed[:1].isdigit()
            )
            text += (" " if juxtapose else " \\cdot ") + printed
        return text
    if op == "div":
        return f"\\frac{{{to_latex(args[0])}}}{{{to_latex(args[1])}}}"
    if op == "pow":
        base = to_latex(args[0], _ATOM + 1 if args[0].op == "call" else _ATOM)
        return f"{base}^{{{to_latex(args[1])}}}"
    if op == "fact":
        return to_latex(args[0], _ATOM) + "!"
    if op == "call":
        return _call(node)
    if op == "list":
        if args and all(row.op == "list" for row in args):
            rows = " \\\\ ".join(" & ".join(to_latex(cell) for cell in row.args) for row in args)
            return f"\\begin{{pmatrix}}{rows}\\end{{pmatrix}}"
        return "\\left[" + _items(args) + "\\right]"
    if op == "tuple":
        return _paren(_items(args))
    if op == "set":
        return "\\left\\{" + _items(args) + "\\right\\}" if args else "\\varnothing"
    if op == "bare":
        return _items(args)
    if op == "eq":
        return f"{to_latex(args[0])} = {to_latex(args[1])}"
    if op == "interval":
        left_closed, right_closed = node.value
        return (
            ("\\left[" if left_closed else "\\left(")
            + _items(args)
            + ("\\right]" if right_closed else "\\right)")
        )
    raise ValueError(f"cannot print a {op}")


def _items(args: tuple[Node, ...]) -> str:
    return ", ".join(to_latex(arg) for arg in args)


def _call(node: Node) -> str:
    name, args = node.value, node.args
    inner = to_latex(args[0])
    if name == "sqrt":
        return f"\\sqrt{{{inner}}}"
    if name == "cbrt":
        return f"\\sqrt[3]{{{inner}}}"
    if name == "root":
        return f"\\sqrt[{to_latex(args[1])}]{{{inner}}}"
    if name == "abs":
        return f"\\left|{inner}\\right|"
    if name == "log" and len(args) == 2:
        return f"\\log_{{{to_latex(args[1])}}}{_paren(inner)}"
    return _FUNCTION_LATEX[name] + _paren(inner)
