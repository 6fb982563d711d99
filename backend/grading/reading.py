"""Text -> syntax tree: the single entry point to lexing and parsing, with the cheap limits
(length, bracket depth) checked before anything else runs."""

import re

from .chars import normalise
from .errors import ParseError
from .latex_lexer import LatexLexer
from .limits import MAX_DEPTH, MAX_INPUT_CHARS, MAX_TREE_DEPTH
from .names import name_table
from .nodes import Node, tree_depth
from .parser import Parser
from .tokens import PlainLexer, Tok

_LATEX_HINT = re.compile(r"[\\$]|[\^_]\s*\{|\}\s*\{")
_PAIRS = {"(": ")", "[": "]", "{": "}", "|<": "|>"}
_CLOSERS = {")", "]", "}", "|>"}


def is_latex(text: str) -> bool:
    """A backslash, a dollar sign, or TeX-style braces (x^{2}, \\frac{a}{b}) mean LaTeX."""
    return bool(_LATEX_HINT.search(text))


def read(text: str, *, kind: str, variables: frozenset[str]) -> Node:
    """Parse learner or author text into a tree. Raises ParseError, nothing else."""
    if len(text) > MAX_INPUT_CHARS:
        raise ParseError(
            "too_large",
            f"the answer is too long ({len(text)} characters; at most {MAX_INPUT_CHARS})",
        )
    if not text.strip():
        raise ParseError("empty", "enter an answer")
    latex = is_latex(text)
    normalised, positions = normalise(text, latex)
    lexer = (LatexLexer if latex else PlainLexer)(normalised, positions, name_table(variables))
    toks = lexer.run()
    _check_brackets(toks, text, latex)
    tree = Parser(toks, len(text)).parse(kind)
    if tree_depth(tree) > MAX_TREE_DEPTH:
        raise ParseError("too_complex", "the answer is nested too deeply", 0)
    return tree


def _check_brackets(toks: list[Tok], text: str, latex: bool) -> None:
    """Depth and balance in one pass, so a wall of '(' is refused before parsing starts.

    Bracket types are not matched here: "[0, 1)" is a valid interval; the parser reports a
    mismatch where one is not allowed.
    """
    stack: list[Tok] = []
    for tok in toks:
        if tok.kind in _PAIRS:
            stack.append(tok)
            if len(stack) > MAX_DEPTH:
                raise ParseError(
                    "too_complex",
                    f"the brackets are nested too deeply (at most {MAX_DEPTH} levels)",
                    tok.pos,
                )
        elif tok.kind in _CLOSERS:
            if not stack:
                closer = "|" if tok.kind == "|>" else tok.kind
                raise ParseError(
                    "syntax_error",
                    f"unexpected '{closer}' at position {tok.pos}: nothing opens it",
                    tok.pos,
                    f"remove the extra '{closer}'",
                )
            stack.pop()
    if stack:
        opener = stack[-1]
        closers = "".join(_PAIRS[tok.kind] for tok in reversed(stack)).replace("|>", "|")
        suggestion = f"add a closing '{closers[0]}'"
        if not latex and len(text) <= 60:
            suggestion = f"did you mean {text.rstrip()}{closers}?"
        raise ParseError(
            "syntax_error",
            f"add a closing '{closers[0]}' for the '{opener.text}' at position {opener.pos}",
            len(text),
            suggestion,
        )
