"""The whitelist of names a learner may use, and how a run of letters splits into them.

Only names listed here (plus the spec's variables) ever become symbols or functions; nothing
is looked up by name anywhere else.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

# Learner spelling -> canonical function name.
FUNCTIONS: dict[str, str] = {
    "sin": "sin",
    "cos": "cos",
    "tan": "tan",
    "sec": "sec",
    "csc": "csc",
    "cosec": "csc",
    "cot": "cot",
    "asin": "asin",
    "acos": "acos",
    "atan": "atan",
    "arcsin": "asin",
    "arccos": "acos",
    "arctan": "atan",
    "sinh": "sinh",
    "cosh": "cosh",
    "tanh": "tanh",
    "sech": "sech",
    "csch": "csch",
    "coth": "coth",
    "asinh": "asinh",
    "acosh": "acosh",
    "atanh": "atanh",
    "arsinh": "asinh",
    "arcosh": "acosh",
    "artanh": "atanh",
    "arcsinh": "asinh",
    "arccosh": "acosh",
    "arctanh": "atanh",
    "exp": "exp",
    "ln": "ln",
    # log is the natural logarithm (as in SymPy and NumPy); log_b(x) and log(x, b) take a base.
    "log": "log",
    "sqrt": "sqrt",
    "cbrt": "cbrt",
    "abs": "abs",
    "factorial": "factorial",
}
# How many arguments each canonical function takes (root is produced only by \sqrt[n]{x}).
ARITY: dict[str, tuple[int, ...]] = {name: (1,) for name in FUNCTIONS.values()}
ARITY["log"] = (1, 2)
ARITY["root"] = (2,)

CONSTANTS: dict[str, str] = {"e": "e", "pi": "pi", "oo": "oo", "inf": "oo", "infinity": "oo"}

GREEK = (
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "zeta",
    "eta",
    "theta",
    "iota",
    "kappa",
    "lambda",
    "mu",
    "nu",
    "xi",
    "rho",
    "sigma",
    "tau",
    "upsilon",
    "phi",
    "chi",
    "psi",
    "omega",
)

RESERVED_NAMES = frozenset(FUNCTIONS) | frozenset(CONSTANTS) | {"root"}

_VARIABLE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(_[A-Za-z0-9]+)?$")


def is_valid_variable_name(name: str) -> bool:
    return len(name) <= 20 and bool(_VARIABLE_NAME.match(name))


@dataclass(frozen=True)
class Resolved:
    kind: str  # "var", "func" or "const"
    name: str  # canonical name
    text: str  # as the learner spelled it


class NameTable:
    """The names available to one answer: the spec's variables plus the fixed whitelist."""

    def __init__(self, variables: frozenset[str]) -> None:
        self.variables = variables
        self._known: dict[str, Resolved] = {}
        for spelling, canonical in FUNCTIONS.items():
            self._known[spelling] = Resolved("func", canonical, spelling)
        for spelling, canonical in CONSTANTS.items():
            self._known[spelling] = Resolved("const", canonical, spelling)
        for name in variables:
            self._known[name] = Resolved("var", name, name)
        self._longest = max(len(name) for name in self._known)

    def lookup(self, word: str) -> Resolved | None:
        return self._known.get(word)

    def split(self, word: str) -> list[Resolved] | str | None:
        """Split a run of letters into known names.

        Returns the split with the fewest pieces ("sinx" -> sin, x; "exp" stays exp rather than
        e·x·p); "ambiguous" when two different splits tie; None when no split exists.
        Dynamic programming over suffixes, O(len(word) · longest name).
        """
        n = len(word)
        # best[i] = (pieces, ways capped at 2, length of the first piece) for word[i:]
        best: list[tuple[int, int, int] | None] = [None] * (n + 1)
        best[n] = (0, 1, 0)
        for i in range(n - 1, -1, -1):
            choice: tuple[int, int, int] | None = None
            for length in range(1, min(self._longest, n - i) + 1):
                rest = best[i + length]
                if rest is None or word[i : i + length] not in self._known:
                    continue
                pieces, ways = rest[0] + 1, rest[1]
                if choice is None or pieces < choice[0]:
                    choice = (pieces, ways, length)
                elif pieces == choice[0]:
                    choice = (pieces, min(2, choice[1] + ways), choice[2])
            best[i] = choice
        if best[0] is None:
            return None
        if best[0][1] > 1:
            return "ambiguous"
        parts, i = [], 0
        while i < n:
            step = best[i]
            assert step is not None
            parts.append(self._known[word[i : i + step[2]]])
            i += step[2]
        return parts

    def suggestions(self) -> list[str]:
        return sorted(set(self.variables) | set(FUNCTIONS) | {"e", "pi"})


@lru_cache(maxsize=256)
def name_table(variables: frozenset[str]) -> NameTable:
    return NameTable(variables)
