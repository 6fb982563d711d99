"""Character-level screening: map the safe Unicode look-alikes to ASCII, refuse the rest.

Safe mappings are the ones whose meaning is unambiguous in maths input (minus sign, times,
middle dot, division sign, superscript digits, pi, square root, infinity, fullwidth forms, Greek
letters by name). Anything else outside printable ASCII is refused with its Unicode name, so a
Cyrillic "ha" is never silently read as the variable x. Non-ASCII characters are written as
escapes in this file so that none of them can hide in plain sight.
"""

import re
import unicodedata

from .errors import ParseError

_SUPERSCRIPTS = dict(
    zip(
        "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207b\u207a",
        "0123456789-+",
        strict=True,
    )
)
_SUBSCRIPTS = dict(
    zip("\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089", "0123456789", strict=True)
)
_GREEK = {
    "\u03b1": "alpha",
    "\u03b2": "beta",
    "\u03b3": "gamma",
    "\u03b4": "delta",
    "\u03b5": "epsilon",
    "\u03f5": "epsilon",
    "\u03b6": "zeta",
    "\u03b7": "eta",
    "\u03b8": "theta",
    "\u03d1": "theta",
    "\u03b9": "iota",
    "\u03ba": "kappa",
    "\u03bb": "lambda",
    "\u03bc": "mu",
    "\u03bd": "nu",
    "\u03be": "xi",
    "\u03c1": "rho",
    "\u03c3": "sigma",
    "\u03c4": "tau",
    "\u03c5": "upsilon",
    "\u03c6": "phi",
    "\u03d5": "phi",
    "\u03c7": "chi",
    "\u03c8": "psi",
    "\u03c9": "omega",
}
# (plain replacement, LaTeX replacement); words are padded so they never merge with letters.
_SIMPLE = {
    "\u2212": ("-", "-"),
    "\u2013": ("-", "-"),
    "\u2010": ("-", "-"),
    "\u2011": ("-", "-"),
    "\u00d7": ("*", "*"),
    "\u00b7": ("*", "*"),
    "\u22c5": ("*", "*"),
    "\u2219": ("*", "*"),
    "\u2217": ("*", "*"),
    "\u00f7": ("/", "/"),
    "\u2215": ("/", "/"),
    "\u03c0": (" pi ", "\\pi "),
    "\u221a": (" sqrt ", "\\sqrt "),
    "\u221b": (" cbrt ", "\\sqrt[3]"),
    "\u221e": (" oo ", "\\infty "),
    "\u2205": ("{}", "\\emptyset "),
    "\u2147": (" e ", "\\mathrm{e}"),
    "\u2264": None,
    "\u2265": None,
    "\u2260": None,
    "\u00b1": None,
}
_SPACES = {
    "\t",
    "\n",
    "\r",
    "\u00a0",
    "\u202f",
    "\u205f",
    "\u3000",
    *map(chr, range(0x2000, 0x200B)),
}
_LOOKALIKES = {
    **dict(
        zip(
            "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb\u051b\u051d",
            "aeopcyxijsdhqw",
            strict=True,
        )
    ),
    **dict(
        zip(
            "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425",
            "ABEKMHOPCTX",
            strict=True,
        )
    ),
    **dict(
        zip(
            "\u03bf\u039f\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u03a1\u03a4\u03a7\u03a5",
            "oOABEZHIKMNPTXY",
            strict=True,
        )
    ),
    "\u212f": "e",
    "\u2148": "i",
}
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _describe(char: str) -> str:
    name = unicodedata.name(char, f"U+{ord(char):04X}")
    return f"'{char}' ({name.title()})" if char.isprintable() else f"U+{ord(char):04X} ({name})"


def normalise(text: str, latex: bool) -> tuple[str, list[int] | None]:
    """Return ASCII text and a map from its offsets to offsets in `text` (None = identity)."""
    if text.isascii():
        bad = _ASCII_CONTROL.search(text)
        if bad:
            raise ParseError(
                "syntax_error",
                f"unexpected control character U+{ord(bad.group()):04X} at position {bad.start()}",
                bad.start(),
            )
        return text, None
    out: list[str] = []
    positions: list[int] = []

    def put(piece: str, at: int) -> None:
        out.append(piece)
        positions.extend([at] * len(piece))

    i = 0
    while i < len(text):
        char = text[i]
        if char.isascii():
            if _ASCII_CONTROL.match(char):
                raise ParseError(
                    "syntax_error", f"unexpected control character {_describe(char)}", i
                )
            put(char, i)
        elif char in _SPACES:
            put(" ", i)
        elif char in _SUPERSCRIPTS or char in _SUBSCRIPTS:
            table = _SUPERSCRIPTS if char in _SUPERSCRIPTS else _SUBSCRIPTS
            start = i
            while i + 1 < len(text) and text[i + 1] in table:
                i += 1
            digits = "".join(table[c] for c in text[start : i + 1])
            if table is _SUBSCRIPTS:
                put("_{" + digits + "}" if latex else "_" + digits, start)
            else:
                put("^{" + digits + "}" if latex else "^(" + digits + ")", start)
        elif char in _GREEK:
            put("\\" + _GREEK[char] + " " if latex else " " + _GREEK[char] + " ", i)
        elif 0xFF01 <= ord(char) <= 0xFF5E:  # fullwidth ASCII: the same characters, wider
            put(chr(ord(char) - 0xFEE0), i)
        elif char in _SIMPLE:
            replacement = _SIMPLE[char]
            if replacement is None:
                raise ParseError(
                    "syntax_error",
                    f"{_describe(char)} at position {i}: inequalities and \u00b1 are not "
                    "supported here",
                    i,
                )
            put(replacement[1] if latex else replacement[0], i)
        else:
            raise _refuse(char, i)
        i += 1
    positions.append(len(text))
    return "".join(out), positions


def _refuse(char: str, at: int) -> ParseError:
    if char in _LOOKALIKES:
        latin = _LOOKALIKES[char]
        return ParseError(
            "syntax_error",
            f"unexpected character {_describe(char)} at position {at}: it looks like the Latin "
            f"letter '{latin}' but is not; retype it",
            at,
            suggestion=f"type the Latin letter '{latin}'",
        )
    if unicodedata.category(char) in ("Cf", "Cc", "Zl", "Zp"):
        return ParseError(
            "syntax_error",
            f"invisible character {_describe(char)} at position {at}; delete it",
            at,
        )
    return ParseError(
        "syntax_error", f"unexpected character {_describe(char)} at position {at}", at
    )
