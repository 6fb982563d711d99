"""Tokens, and the plain-text lexer (numbers, names, operators).

Both lexers turn text into the same token stream, so one parser serves plain text and LaTeX.
Names are resolved here against the whitelist (names.py): an unknown name never gets past
the lexer.
"""

import difflib
from fractions import Fraction
from itertools import pairwise

from .errors import ParseError
from .limits import (
    MAX_DECIMAL_EXPONENT,
    MAX_IDENTIFIER_CHARS,
    MAX_LITERAL_DIGITS,
    MAX_TOKENS,
)
from .names import FUNCTIONS, NameTable, Resolved
from .nodes import NumLit

PUNCTUATION = set("+-*/^!=,()[]{}|")


class Tok:
    """kind: "num", "var", "func", "const", "end", or a punctuation mark; "|<" and "|>" are the
    explicit absolute-value bars of LaTeX \\left| and \\right|."""

    __slots__ = ("extra", "kind", "pos", "single", "text", "value")

    def __init__(
        self, kind: str, pos: int, text: str, value: object = None, extra: object = None
    ) -> None:
        self.kind = kind
        self.pos = pos
        self.text = text
        self.value = value
        self.extra = extra
        self.single = False

    def __repr__(self) -> str:
        return f"Tok({self.kind!r}, {self.text!r}@{self.pos})"


class BaseLexer:
    def __init__(self, text: str, posmap: list[int] | None, names: NameTable) -> None:
        self.s = text
        self.n = len(text)
        self.posmap = posmap
        self.names = names
        self.toks: list[Tok] = []

    def at(self, i: int) -> int:
        """Offset in the original text of offset i in the normalised text."""
        if self.posmap is None:
            return i
        return self.posmap[min(i, len(self.posmap) - 1)]

    def fail(self, message: str, i: int, suggestion: str | None = None) -> ParseError:
        return ParseError("syntax_error", message, self.at(i), suggestion)

    def add(self, kind: str, i: int, text: str, value: object = None, extra: object = None) -> Tok:
        if len(self.toks) >= MAX_TOKENS:
            raise ParseError(
                "too_complex",
                f"the answer is too long: at most {MAX_TOKENS} symbols",
                self.at(i),
            )
        tok = Tok(kind, self.at(i), text, value, extra)
        self.toks.append(tok)
        return tok

    def skip_spaces(self, i: int) -> int:
        while i < self.n and self.s[i].isspace():
            i += 1
        return i

    # --- numbers --------------------------------------------------------------------------

    def number(self, i: int, *, single: bool = False, latex: bool = False) -> int:
        """Read a number literal at i; enforce digit and size limits before converting."""
        s, n = self.s, self.n
        j = i
        if single:
            j = i + 1
            whole, frac = s[i], ""
        else:
            while j < n and s[j].isdigit():
                j += 1
            whole, frac = s[i:j], ""
            if j < n and s[j] == ".":
                k = j + 1
                while k < n and s[k].isdigit():
                    k += 1
                frac = s[j + 1 : k]
                if not whole and not frac:
                    raise self.fail(f"a lone '.' at position {self.at(j)}", j)
                if not whole and i > 0 and s[i - 1] in ")]}":
                    # "(-6).0" is not -6 * 0.0: a decimal point right after a bracket is a typo.
                    raise self.fail(
                        f"a decimal point right after a bracket at position {self.at(j)}: "
                        "put the digits inside, e.g. (-6.0)",
                        j,
                    )
                j = k
                if j + 1 < n and s[j] == "." and s[j + 1].isdigit():
                    raise self.fail(f"malformed number at position {self.at(i)}", i)
        exponent, mantissa_end = None, j
        if not single and j < n and s[j] in "eE":
            k = j + 1
            if k < n and s[k] in "+-":
                k += 1
            if k < n and s[k].isdigit():
                m = k
                while m < n and s[m].isdigit():
                    m += 1
                if m - k > 4:
                    raise self._too_large(i)
                exponent = int(s[j + 1 : m])
                j = m
        significant = (whole + frac).lstrip("0")
        if len(significant) > MAX_LITERAL_DIGITS:
            raise ParseError(
                "too_large",
                f"numbers may have at most {MAX_LITERAL_DIGITS} digits",
                self.at(i),
            )
        if significant:
            stripped = whole.lstrip("0")
            magnitude = len(stripped) - 1 if stripped else -(len(frac) - len(frac.lstrip("0")) + 1)
            if abs(magnitude + (exponent or 0)) > MAX_DECIMAL_EXPONENT:
                raise self._too_large(i)
        value = Fraction(int(whole + frac or "0"), 10 ** len(frac))
        if exponent is not None:
            value *= Fraction(10) ** exponent
        mantissa = s[i:mantissa_end]
        percent = False
        k = self.skip_spaces(j)
        if k < n and s[k] == "%":
            percent, j = True, k + 1
        elif latex and s.startswith("\\%", k):
            percent, j = True, k + 2
        if percent:
            value /= 100
        tok = self.add("num", i, s[i:j], NumLit(value, mantissa, exponent, percent))
        tok.single = single
        return j

    def _too_large(self, i: int) -> ParseError:
        return ParseError(
            "too_large",
            f"that number is too large or too small (at most 10^{MAX_DECIMAL_EXPONENT})",
            self.at(i),
        )

    # --- names ----------------------------------------------------------------------------

    def word(self, i: int, *, single: bool = False, latex: bool = False) -> int:
        """Read letters (+ digits, + a _subscript) at i and emit the names they stand for."""
        s, n = self.s, self.n
        j = i + 1
        if not single:
            while j < n and s[j].isalpha():
                j += 1
        letters = s[i:j]
        if len(letters) > MAX_IDENTIFIER_CHARS:
            raise self.fail(f"the name at position {self.at(i)} is too long", i)
        if single:
            self.resolve(letters, i, j)
            return j
        k = j
        while k < n and s[k].isdigit():
            k += 1
        digits = s[j:k]
        if k < n and s[k] == "_":
            return self.subscripted(letters + digits, i, k, latex)
        if digits:
            whole = self.names.lookup(letters + digits) or self.names.lookup(f"{letters}_{digits}")
            if whole is not None and whole.kind == "var":
                self.add("var", i, s[i:k], whole.name)
                return k
        self.resolve(letters, i, j)
        return j

    def subscripted(self, base: str, i: int, underscore: int, latex: bool) -> int:
        s, n = self.s, self.n
        k = underscore + 1
        if k < n and s[k] == "{":
            close = s.find("}", k)
            if close == -1 or close - k > 12:
                raise self.fail("a subscript must be short and closed with '}'", k)
            sub, end = s[k + 1 : close].strip(), close + 1
        else:
            m = k
            while m < n and s[m].isalnum() and (m == k or not latex):
                m += 1
            sub, end = s[k:m], m
        if not sub.isalnum():
            raise self.fail(f"expected a subscript after '_' at position {self.at(k)}", k)
        if base == "log":
            if sub == "e":
                self.add("func", i, s[i:end], "ln")
            elif sub.isdigit() and 2 <= int(sub) <= 10**6:
                self.add("func", i, s[i:end], "log", Fraction(int(sub)))
            else:
                raise self.fail("a logarithm's base must be a whole number like log_2", k)
            return end
        name = f"{base}_{sub}"
        found = self.names.lookup(name)
        if found is None or found.kind != "var":
            raise self.unknown(name, i, end)
        self.add("var", i, s[i:end], name)
        return end

    def resolve(self, letters: str, i: int, j: int) -> None:
        found = self.names.lookup(letters)
        parts: list[Resolved] | str | None = [found] if found else self.names.split(letters)
        if parts == "ambiguous":
            raise self.fail(
                f"'{letters}' can be read in more than one way; separate the names with '*'",
                i,
            )
        if not isinstance(parts, list) or _looks_like_a_word(parts, self.next_is_paren(j)):
            raise self.unknown(letters, i, j)
        offset = i
        for part in parts:
            self.add(part.kind, offset, part.text, part.name)
            offset += len(part.text)

    def next_is_paren(self, j: int) -> bool:
        k = self.skip_spaces(j)
        return k < self.n and self.s[k] == "("

    def unknown(self, name: str, i: int, j: int) -> ParseError:
        followed_by_paren = self.next_is_paren(j)
        variables = sorted(self.names.variables)
        allowed = (
            "this question has no variables"
            if not variables
            else "the variables here are " + ", ".join(variables)
        )
        pool = list(FUNCTIONS) if followed_by_paren else self.names.suggestions()
        close = [v for v in pool if v.casefold() == name.casefold()] or difflib.get_close_matches(
            name, pool, n=1, cutoff=0.6
        )
        suggestion = f"did you mean {close[0]}?" if close else None
        if followed_by_paren:
            return ParseError(
                "unknown_symbol",
                f"unknown function '{name}' at position {self.at(i)} ({allowed})",
                self.at(i),
                suggestion,
            )
        return ParseError(
            "unknown_symbol",
            f"unknown symbol '{name}' at position {self.at(i)}: {allowed}",
            self.at(i),
            suggestion,
        )


def _looks_like_a_word(parts: list[Resolved], before_paren: bool) -> bool:
    """Splits that are more likely a misspelt name than a product: "sine" is not sin(e), and
    in "sinx(...)" the bracket was probably meant for the function."""
    kinds = [part.kind for part in parts]
    if len(parts) < 2 or "func" not in kinds:
        return False
    after_function = [b for a, b in pairwise(parts) if a.kind == "func"]
    if any(part.kind == "const" and part.name == "e" for part in after_function):
        return True
    return before_paren and kinds[-1] != "func"


class PlainLexer(BaseLexer):
    def run(self) -> list[Tok]:
        s, n, i = self.s, self.n, 0
        while i < n:
            c = s[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
                i = self.number(i)
            elif c.isalpha():
                i = self.word(i)
            elif c == "*" and i + 1 < n and s[i + 1] == "*":
                self.add("^", i, "**")
                i += 2
            elif c in PUNCTUATION:
                self.add(c, i, c)
                i += 1
            elif c == "%":
                raise self.fail(f"a '%' must follow a number (position {self.at(i)})", i)
            else:
                raise self.fail(f"unexpected character '{c}' at position {self.at(i)}", i)
        self.add("end", n, "")
        return self.toks
