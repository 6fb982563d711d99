"""Recursive-descent parser from tokens to nodes.Node, with every size limit enforced as it goes.

Grammar (lowest to highest precedence):
  top      := interval                      (kind "interval" only)
            | equation ("," equation)*
  equation := sum ("=" sum)?
  sum      := term (("+" | "-") term)*
  term     := unary (("*" | "/" | <implicit>) factor)*     implicit: 2x, x y, 2(x+1), (a)(b)
  unary    := ("-" | "+") unary | power                     so -x^2 = -(x^2)
  power    := postfix ("^" unary)?                          right-associative; 2^-1 allowed
  postfix  := primary "!"*
  primary  := number | name | call | (..) | [..] | {..} | |..|
A function name without brackets takes a short argument: sin 2x = sin(2x), sin x cos x =
sin(x)·cos(x), sqrt 2 x = sqrt(2)·x. Recursion depth is counted (MAX_DEPTH) and refused
before Python's own limit could be reached.
"""

from fractions import Fraction

from .errors import ParseError
from .limits import MAX_DEPTH, MAX_NODES
from .names import ARITY
from .nodes import Node, NumLit, has_infinity
from .size_checks import check_factorial, check_power
from .tokens import Tok

_CLOSER = {"(": ")", "[": "]", "{": "}", "|<": "|>", "|": "|"}
_ATOM_START = {"num", "var", "const", "func", "(", "[", "|<"}
_SHORT_ARGUMENT = {"sqrt", "cbrt", "root", "abs", "factorial"}
_ARITHMETIC = {"add", "mul", "div", "neg", "pow", "call", "fact", "eq"}
_CONTAINERS = {"list", "tuple", "set", "bare", "interval", "eq"}


class Parser:
    def __init__(self, toks: list[Tok], end: int) -> None:
        self.toks = toks
        self.i = 0
        self.end = end
        self.depth = 0
        self.count = 0
        self.open_bars = 0
        self.allow_infinity = False

    # --- helpers --------------------------------------------------------------------------

    def peek(self) -> Tok:
        return self.toks[self.i]

    def take(self) -> Tok:
        tok = self.toks[self.i]
        if tok.kind != "end":
            self.i += 1
        return tok

    def node(self, op: str, args: tuple[Node, ...] = (), value: object = None) -> Node:
        if op in _ARITHMETIC and any(arg.op in _CONTAINERS for arg in args):
            raise ParseError(
                "syntax_error",
                "a list, set or tuple cannot be part of a calculation; write each value on its own",
                self.toks[max(self.i - 1, 0)].pos,
            )
        self.count += 1
        if self.count > MAX_NODES:
            raise ParseError(
                "too_complex",
                f"the answer is too complex: at most {MAX_NODES} parts",
                self.peek().pos,
            )
        return Node(op, args, value)

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError(
                "too_complex",
                f"the answer is nested too deeply (at most {MAX_DEPTH} levels)",
                self.peek().pos,
            )

    def leave(self) -> None:
        self.depth -= 1

    def unexpected(self, tok: Tok) -> ParseError:
        index = next(k for k, candidate in enumerate(self.toks) if candidate is tok)
        previous = self.toks[index - 1] if index > 0 else None
        if tok.kind == "end":
            after = f" after '{previous.text}'" if previous and previous.text else ""
            return ParseError("syntax_error", f"the expression ends too early{after}", tok.pos)
        if tok.kind in (")", "]", "}", "|>"):
            return ParseError(
                "syntax_error",
                f"unexpected '{tok.text}' at position {tok.pos}: something is missing before it",
                tok.pos,
            )
        if tok.kind in ("*", "/", "^", "=", ",", "!"):
            return ParseError(
                "syntax_error",
                f"'{tok.text}' at position {tok.pos} needs something before it",
                tok.pos,
            )
        return ParseError("syntax_error", f"unexpected '{tok.text}' at position {tok.pos}", tok.pos)

    def expect(self, kind: str, opener: Tok) -> Tok:
        tok = self.peek()
        if tok.kind == kind:
            return self.take()
        closer = "|" if kind == "|>" else kind
        if tok.kind == "end":
            raise ParseError(
                "syntax_error",
                f"add a closing '{closer}' for the '{opener.text}' at position {opener.pos}",
                tok.pos,
                f"add a closing '{closer}'",
            )
        raise ParseError(
            "syntax_error",
            f"expected '{closer}' at position {tok.pos} to close the '{opener.text}' at position "
            f"{opener.pos}, found '{tok.text}'",
            tok.pos,
        )

    # --- grammar --------------------------------------------------------------------------

    def parse(self, kind: str) -> Node:
        if kind == "interval":
            result = self.interval()
        else:
            items = [self.equation()]
            while self.peek().kind == ",":
                self.take()
                items.append(self.equation())
            result = items[0] if len(items) == 1 else self.node("bare", tuple(items))
        tok = self.peek()
        if tok.kind != "end":
            if tok.kind in (")", "]", "}", "|>", "|"):
                raise ParseError(
                    "syntax_error",
                    f"unexpected '{tok.text}' at position {tok.pos}: nothing opens it",
                    tok.pos,
                    "remove it",
                )
            raise self.unexpected(tok)
        return result

    def equation(self) -> Node:
        lhs = self.sum()
        if self.peek().kind != "=":
            return lhs
        self.take()
        rhs = self.sum()
        if self.peek().kind == "=":
            raise ParseError("syntax_error", "only one '=' is allowed", self.peek().pos)
        return self.node("eq", (lhs, rhs))

    def sum(self) -> Node:
        terms = [self.term()]
        while self.peek().kind in ("+", "-"):
            sign = self.take()
            term = self.term()
            terms.append(self.node("neg", (term,)) if sign.kind == "-" else term)
        return terms[0] if len(terms) == 1 else self.node("add", tuple(terms))

    def term(self) -> Node:
        result = self.unary()
        factors: list[Node] | None = None
        while True:
            tok = self.peek()
            if tok.kind in ("*", "/"):
                self.take()
                right = self.unary()
            elif tok.kind in _ATOM_START or (tok.kind == "|" and self.open_bars == 0):
                previous = self.toks[self.i - 1]
                if tok.kind == previous.kind == "num" and not (tok.single or previous.single):
                    raise ParseError(
                        "syntax_error",
                        f"two numbers side by side at position {tok.pos}",
                        tok.pos,
                        f"did you mean {previous.text}{tok.text} or {previous.text}*{tok.text}?",
                    )
                right = self.power()
            else:
                return self.node("mul", tuple(factors)) if factors else result
            if tok.kind == "/":
                if factors:
                    result = self.node("mul", tuple(factors))
                    factors = None
                result = self.node("div", (result, right))
            else:
                factors = [*(factors or [result]), right]

    def unary(self) -> Node:
        if self.peek().kind in ("-", "+"):
            sign = self.take()
            self.enter()
            operand = self.unary()
            self.leave()
            return self.node("neg", (operand,)) if sign.kind == "-" else operand
        return self.power()

    def power(self) -> Node:
        base = self.postfix()
        if self.peek().kind != "^":
            return base
        caret = self.take()
        self.enter()
        exponent = self.unary()
        self.leave()
        check_power(base, exponent, caret.pos)
        return self.node("pow", (base, exponent))

    def postfix(self) -> Node:
        result = self.primary()
        while self.peek().kind == "!":
            bang = self.take()
            check_factorial(result, bang.pos)
            result = self.node("fact", (result,))
        return result

    def primary(self) -> Node:
        tok = self.take()
        kind = tok.kind
        if kind == "num":
            return self.node("num", (), tok.value)
        if kind == "var":
            return self.node("sym", (), tok.value)
        if kind == "const":
            if tok.value == "oo" and not self.allow_infinity:
                raise ParseError(
                    "syntax_error",
                    f"∞ at position {tok.pos} is not a number; it can only end an interval",
                    tok.pos,
                )
            return self.node("const", (), tok.value)
        if kind == "func":
            return self.call(tok)
        if kind in ("(", "[", "{"):
            return self.brackets(tok)
        if kind in ("|", "|<"):
            self.enter()
            self.open_bars += 1
            inner = self.sum()
            self.expect(_CLOSER[kind], tok)
            self.open_bars -= 1
            self.leave()
            return self.node("call", (inner,), "abs")
        raise self.unexpected(tok)

    def brackets(self, opener: Tok) -> Node:
        self.enter()
        closer = _CLOSER[opener.kind]
        bars, self.open_bars = self.open_bars, 0
        items: list[Node] = []
        if self.peek().kind != closer:
            items.append(self.sum())
            while self.peek().kind == ",":
                self.take()
                items.append(self.sum())
        elif opener.kind != "{":
            raise ParseError("syntax_error", f"empty brackets at position {opener.pos}", opener.pos)
        self.expect(closer, opener)
        self.open_bars = bars
        self.leave()
        if opener.kind == "(":
            return items[0] if len(items) == 1 else self.node("tuple", tuple(items))
        if opener.kind == "[":
            return self.node("list", tuple(items), opener.extra)
        return self.node("set", tuple(items))

    def call(self, tok: Tok) -> Node:
        name: str = tok.value  # type: ignore[assignment]
        self.enter()
        power = None
        if self.peek().kind == "^":
            power = self.function_power(tok)
        if self.peek().kind == "(":
            opener = self.take()
            args = [self.sum()]
            while self.peek().kind == ",":
                self.take()
                args.append(self.sum())
            self.expect(")", opener)
        else:
            args = [self.short_argument(tok, name)]
        self.leave()
        if tok.extra is not None:  # log_b(x) or root with its index
            base = Fraction(tok.extra)  # type: ignore[call-overload]
            args.append(self.node("num", (), NumLit(base, str(base))))
        if len(args) not in ARITY[name]:
            expected = " or ".join(str(n) for n in ARITY[name])
            raise ParseError(
                "syntax_error",
                f"'{tok.text}' takes {expected} argument(s), you gave {len(args)}",
                tok.pos,
            )
        if name == "factorial":
            check_factorial(args[0], tok.pos)
            result = self.node("fact", (args[0],))
        else:
            result = self.node("call", tuple(args), name)
        if power is not None:
            result = self.node("pow", (result, power))
        return result

    def function_power(self, tok: Tok) -> Node:
        """sin^2(x) means (sin x)^2; sin^-1 is refused rather than guessed."""
        self.take()
        exponent = self.unary()
        if exponent.op == "num" and not exponent.value.decimal and exponent.value.value > 0:
            return exponent
        raise ParseError(
            "syntax_error",
            f"write the inverse as asin(x) (or arcsin), not {tok.text.lstrip(chr(92))}^-1; "
            "only positive whole powers like sin^2(x) are allowed",
            tok.pos,
        )

    def short_argument(self, tok: Tok, name: str) -> Node:
        """The argument of a function written without brackets, e.g. sin 2x, ln x, sqrt 2."""
        if self.peek().kind in ("func", "|", "|<"):
            return self.power()
        if self.peek().kind not in ("num", "var", "const"):
            label = tok.text.lstrip("\\")
            raise ParseError(
                "syntax_error",
                f"'{label}' at position {tok.pos} needs an argument, e.g. {label}(x)",
                tok.pos,
                f"write {label}(...)",
            )
        factors = [self.power()]
        while name not in _SHORT_ARGUMENT and self.peek().kind in ("var", "const"):
            factors.append(self.power())
        return factors[0] if len(factors) == 1 else self.node("mul", tuple(factors))

    def interval(self) -> Node:
        opener = self.take()
        if opener.kind not in ("(", "["):
            raise ParseError(
                "syntax_error",
                "an interval looks like [0, 1) or (-oo, 3]",
                opener.pos,
            )
        self.allow_infinity = True
        low = self.sum()
        if self.peek().kind != ",":
            raise ParseError(
                "syntax_error",
                f"expected ',' between the ends of the interval at position {self.peek().pos}",
                self.peek().pos,
            )
        self.take()
        high = self.sum()
        self.allow_infinity = False
        closer = self.take()
        if closer.kind not in (")", "]"):
            if closer.kind == "end":
                raise ParseError(
                    "syntax_error",
                    "close the interval with ')' or ']'",
                    closer.pos,
                    "add ')' or ']'",
                )
            raise self.unexpected(closer)
        for end in (low, high):
            bare = end.args[0] if end.op == "neg" else end
            if has_infinity(end) and not (bare.op == "const" and bare.value == "oo"):
                raise ParseError(
                    "syntax_error", "∞ can only stand alone as an end, like (-oo, 3]", opener.pos
                )
        return self.node("interval", (low, high), (opener.kind == "[", closer.kind == "]"))
