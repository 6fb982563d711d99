"""The LaTeX lexer: the subset MathLive produces, rewritten into the plain token stream.

Braces become brackets, `\\frac{a}{b}` becomes `((a)/(b))`, `\\sqrt[3]{x}` a call of root,
`\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}` becomes `[[a, b], [c, d]]`. Commands are
looked up in fixed tables; anything else (`\\input`, `\\def`, `\\catcode`, ...) is refused, never
expanded. The work is a loop over explicit stacks, so deep nesting cannot overflow Python's.
"""

from dataclasses import dataclass, field

from .errors import ParseError
from .limits import MAX_ROOT_INDEX
from .names import FUNCTIONS, GREEK
from .tokens import BaseLexer, Tok

_SKIP = {",", ";", ":", "!", " ", "quad", "qquad", "displaystyle", "textstyle", "left.", "big"}
_SIZES = {"big", "Big", "bigl", "bigr", "Bigl", "Bigr", "bigg", "Bigg", "biggl", "biggr"}
_SIMPLE = {
    "cdot": "*",
    "times": "*",
    "ast": "*",
    "div": "/",
    "lbrack": "[",
    "rbrack": "]",
    "lbrace": "{",
    "rbrace": "}",
    "lvert": "|<",
    "rvert": "|>",
    "vert": "|",
    "mid": "|",
}
_CONSTANTS = {"pi": "pi", "infty": "oo", "exponentialE": "e"}
_TEXT = {"mathrm", "text", "textrm", "operatorname", "mathit", "mathbf", "boldsymbol", "mathsf"}
_GREEK_COMMANDS = {name: name for name in GREEK} | {
    "varepsilon": "epsilon",
    "vartheta": "theta",
    "varphi": "phi",
}
_MATRICES = {"pmatrix", "bmatrix", "matrix", "smallmatrix", "Bmatrix"}
_FRACTIONS = {"frac", "dfrac", "tfrac", "cfrac"}
_REFUSED = {
    "le": "inequalities are",
    "ge": "inequalities are",
    "leq": "inequalities are",
    "geq": "inequalities are",
    "lt": "inequalities are",
    "gt": "inequalities are",
    "ne": "inequalities are",
    "neq": "inequalities are",
    "pm": "± is",
    "mp": "∓ is",
    "cup": "unions are",
    "cap": "intersections are",
}
_OPENERS = {"(": "(", "[": "[", "\\{": "{", "\\lbrace": "{", "\\lbrack": "[", "|": "|<"}
_OPENERS |= {"\\vert": "|<", "\\lvert": "|<"}
_CLOSERS = {")": ")", "]": "]", "\\}": "}", "\\rbrace": "}", "\\rbrack": "]", "|": "|>"}
_CLOSERS |= {"\\vert": "|>", "\\rvert": "|>"}


@dataclass
class _Plan:
    """A command waiting for its brace arguments: tokens to emit around each one."""

    name: str
    opens: list[list[str]]
    closes: list[list[str]]
    pos: int
    done: int = 0
    awaiting: bool = True


@dataclass
class _Frame:
    plan: _Plan | None  # None: a plain {group}
    pos: int


@dataclass
class _Env:
    name: str
    braces: int
    pos: int
    rows: list[int] = field(default_factory=list)


class LatexLexer(BaseLexer):
    def run(self) -> list[Tok]:
        self.braces: list[_Frame] = []
        self.plans: list[_Plan] = []
        self.envs: list[_Env] = []
        self.single_next = False
        s, n, i = self.s, self.n, 0
        while i < n:
            if self.plans and self.plans[-1].awaiting:
                i = self.argument(i)
                continue
            c = s[i]
            single, self.single_next = self.single_next, False
            if c.isspace() or c in "~$":
                self.single_next = single and c.isspace()
                i += 1
            elif c == "\\":
                i = self.command(i)
            elif c == "{":
                self.braces.append(_Frame(None, i))
                self.emit("(", i)
                i += 1
            elif c == "}":
                self.close_brace(i)
                i += 1
            elif c == "^":
                self.emit("^", i)
                self.single_next = True
                i += 1
            elif c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
                i = self.number(i, single=single and c.isdigit(), latex=True)
            elif c.isalpha():
                i = self.word(i, single=single, latex=True)
            elif c == "&":
                self.in_matrix(i, "&")
                self.emit(",", i)
                i += 1
            elif c == "*" and i + 1 < n and s[i + 1] == "*":
                self.emit("^", i)
                i += 2
            elif c in "+-*/=,()[]|!":
                self.emit(c, i)
                i += 1
            elif c == "_":
                raise self.fail(f"a subscript '_' must follow a name (position {self.at(i)})", i)
            elif c == "%":
                raise self.fail(f"a '%' must follow a number (position {self.at(i)})", i)
            else:
                raise self.fail(f"unexpected character '{c}' at position {self.at(i)}", i)
        self.finish()
        self.add("end", n, "")
        return self.toks

    def emit(self, kind: str, i: int) -> None:
        self.add(kind, i, "|" if kind in ("|<", "|>") else kind)

    def finish(self) -> None:
        if self.plans:
            plan = self.plans[-1]
            raise ParseError(
                "syntax_error",
                f"'\\{plan.name}' at position {self.at(plan.pos)} is missing an argument",
                self.at(self.n),
                f"give \\{plan.name} its arguments in braces, e.g. \\frac{{1}}{{2}}",
            )
        if self.envs:
            env = self.envs[-1]
            raise ParseError(
                "syntax_error",
                f"add \\end{{{env.name}}} to close the matrix started at position "
                f"{self.at(env.pos)}",
                self.at(self.n),
            )
        if self.braces:
            raise ParseError(
                "syntax_error",
                f"add a closing '}}' for the '{{' at position {self.at(self.braces[-1].pos)}",
                self.at(self.n),
                "add a closing '}'",
            )

    def close_brace(self, i: int) -> None:
        if not self.braces:
            raise self.fail(
                f"unexpected '}}' at position {self.at(i)}: no '{{' opens it", i, "remove it"
            )
        frame = self.braces.pop()
        if frame.plan is None:
            self.emit(")", i)
            return
        plan = frame.plan
        for kind in plan.closes[plan.done]:
            self.emit(kind, i)
        self.advance(plan)

    def advance(self, plan: _Plan) -> None:
        plan.done += 1
        if plan.done == len(plan.opens):
            self.plans.remove(plan)
        else:
            plan.awaiting = True

    def argument(self, i: int) -> int:
        """Read the next argument of the command at the top of the plan stack."""
        plan = self.plans[-1]
        i = self.skip_spaces(i)
        if i >= self.n:
            self.finish()
        c = self.s[i]
        opens = plan.opens[plan.done]
        if c == "{":
            plan.awaiting = False
            self.braces.append(_Frame(plan, i))
            for kind in opens:
                self.emit(kind, i)
            return i + 1
        for kind in opens:
            self.emit(kind, i)
        if c.isdigit():
            end = self.number(i, single=True, latex=True)
        elif c.isalpha():
            end = self.word(i, single=True, latex=True)
        elif c == "\\" and self.atom_command(i):
            end = self.command(i)
        else:
            raise self.fail(
                f"'\\{plan.name}' needs its argument in braces (position {self.at(i)})",
                i,
                f"write \\{plan.name}{{...}}",
            )
        for kind in plan.closes[plan.done]:
            self.emit(kind, i)
        self.advance(plan)
        return end

    def atom_command(self, i: int) -> bool:
        name = self.command_name(i)[0]
        return name in _CONSTANTS or name in _GREEK_COMMANDS

    def command_name(self, i: int) -> tuple[str, int]:
        j = i + 1
        while j < self.n and self.s[j].isalpha():
            j += 1
        if j == i + 1:
            j = min(i + 2, self.n)
        return self.s[i + 1 : j], j

    def in_matrix(self, i: int, what: str) -> None:
        if not self.envs or self.envs[-1].braces != len(self.braces):
            raise self.fail(f"'{what}' at position {self.at(i)} is only allowed inside a matrix", i)

    def braced_text(self, i: int, command: str) -> tuple[str, int]:
        i = self.skip_spaces(i)
        close = self.s.find("}", i)
        if i >= self.n or self.s[i] != "{" or close == -1:
            raise self.fail(f"'\\{command}' needs its text in braces (position {self.at(i)})", i)
        return self.s[i + 1 : close].strip(), close + 1

    def command(self, i: int) -> int:
        name, j = self.command_name(i)
        if name in _SKIP or name in _SIZES:
            return j
        if name == "\\":
            self.in_matrix(i, "\\\\")
            if self.s.startswith("\\end", self.skip_spaces(j)):
                return j
            for kind in "],[":
                self.emit(kind, i)
            return j
        if name in ("{", "}"):
            self.emit(name, i)
            return j
        if name in _SIMPLE:
            self.emit(_SIMPLE[name], i)
            return j
        if name in _CONSTANTS:
            self.add("const", i, "\\" + name, _CONSTANTS[name])
            return j
        if name in _GREEK_COMMANDS:
            self.resolve(_GREEK_COMMANDS[name], i, j)
            return j
        if name in FUNCTIONS and name not in ("sqrt", "cbrt", "abs", "factorial"):
            if j < self.n and self.s[j] == "_":
                return self.subscripted(name, i, j, latex=True)
            self.add("func", i, "\\" + name, FUNCTIONS[name])
            return j
        if name in _FRACTIONS:
            self.emit("(", i)
            self.plans.append(_Plan(name, [["("], ["/", "("]], [[")"], [")", ")"]], i))
            return j
        if name == "sqrt":
            return self.sqrt(i, j)
        if name in ("left", "right"):
            return self.delimiter(i, j, name)
        if name in _TEXT:
            text, end = self.braced_text(j, name)
            if not text or not all(c.isalnum() or c == "_" for c in text):
                raise self.fail(f"unsupported text in '\\{name}' at position {self.at(i)}", i)
            self.word_text(text, i)
            return end
        if name in ("begin", "end"):
            return self.environment(i, j, name)
        if name in ("emptyset", "varnothing"):
            self.emit("{", i)
            self.emit("}", i)
            return j
        if name == "%":
            raise self.fail(f"a '%' must follow a number (position {self.at(i)})", i)
        if name in _REFUSED:
            raise self.fail(
                f"'\\{name}' at position {self.at(i)}: {_REFUSED[name]} not supported", i
            )
        raise self.fail(f"unsupported LaTeX command '\\{name}' at position {self.at(i)}", i)

    def word_text(self, text: str, i: int) -> None:
        """Resolve the letters inside \\mathrm{...} / \\operatorname{...} as one name."""
        found = self.names.lookup(text)
        if found is None:
            raise self.unknown(text, i, i)
        self.add(found.kind, i, text, found.name)

    def sqrt(self, i: int, j: int) -> int:
        k = self.skip_spaces(j)
        if k < self.n and self.s[k] == "[":
            close = self.s.find("]", k)
            index = self.s[k + 1 : close].strip() if close != -1 else ""
            if not index.isdigit() or not 2 <= int(index) <= MAX_ROOT_INDEX:
                raise self.fail(
                    f"the root index at position {self.at(k)} must be a whole number "
                    f"from 2 to {MAX_ROOT_INDEX}",
                    k,
                )
            self.add("func", i, "\\sqrt", "root", int(index))
            j = close + 1
        else:
            self.add("func", i, "\\sqrt", "sqrt")
        self.plans.append(_Plan("sqrt", [["("]], [[")"]], i))
        return j

    def delimiter(self, i: int, j: int, side: str) -> int:
        k = self.skip_spaces(j)
        table = _OPENERS if side == "left" else _CLOSERS
        for text in sorted(table, key=len, reverse=True):
            if self.s.startswith(text, k) and not (
                text.startswith("\\") and self.s[k + len(text) : k + len(text) + 1].isalpha()
            ):
                kind = table[text]
                if kind == "{":
                    self.add("{", i, "{")
                elif kind == "}":
                    self.add("}", i, "}")
                else:
                    self.emit(kind, i)
                return k + len(text)
        raise self.fail(f"unsupported delimiter after '\\{side}' at position {self.at(i)}", i)

    def environment(self, i: int, j: int, side: str) -> int:
        env, end = self.braced_text(j, side)
        if side == "begin":
            if env not in _MATRICES:
                raise self.fail(f"unsupported environment '{env}' at position {self.at(i)}", i)
            self.envs.append(_Env(env, len(self.braces), i))
            self.emit("[", i)
            self.toks[-1].extra = "matrix"
            self.emit("[", i)
            return end
        if not self.envs or self.envs[-1].name != env or self.envs[-1].braces != len(self.braces):
            raise self.fail(f"unexpected \\end{{{env}}} at position {self.at(i)}", i)
        self.envs.pop()
        self.emit("]", i)
        self.emit("]", i)
        return end
