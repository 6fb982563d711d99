"""Hostile input: every payload gets a Verdict with a clear code, no code runs, and normal
grading still works right after.

While a payload is graded, builtins that could run or reach code (__import__, open, eval,
exec, compile, breakpoint, input, and getattr with a dunder name) and os.system /
subprocess.Popen are replaced by tripwires that record the call and raise. CPU time per payload
is recorded as a test property, not asserted; refusals are asserted by their codes, which say
that a limit stopped the work.
"""

import builtins
import gc
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from grading import AnswerSpec, Verdict, grade, preview
from grading.limits import MAX_DEPTH, MAX_INPUT_CHARS

SPEC = AnswerSpec("expression", "2x + 1", {"x": (-2.0, 2.0)})
SENTINEL = "/tmp/lemma-grading-pwned"  # noqa: S108 - the file a successful attack would create
REFUSED = {"syntax_error", "unknown_symbol"}
LIMITED = {"too_large", "too_complex"}

PAYLOADS: list[tuple[str, str, set[str]]] = [
    ("import", f"__import__('os').system('touch {SENTINEL}')", REFUSED),
    ("dunder-chain", "().__class__.__bases__[0].__subclasses__()", REFUSED),
    ("getattr", "getattr(x, '__class__')", REFUSED),
    ("attribute", "x.__class__.__mro__", REFUSED),
    ("lambda", "lambda: 0", REFUSED),
    ("exec", 'exec("import os")', REFUSED),
    ("eval", "eval('1+1')", REFUSED),
    ("open", "open('/etc/passwd').read()", REFUSED),
    ("os-system", "os.system('ls')", REFUSED),
    ("import-statement", "import os", REFUSED),
    ("format-field", "{x.__class__}", REFUSED),
    ("format-percent", "%s%s%s%n", REFUSED),
    # harmless maths once read: a template's braces are just brackets
    ("template", "${7*7}", {"incorrect"}),
    ("jinja", "{{7*7}}", {"wrong_shape"}),
    ("fstring", "f'{__import__(\"os\")}'", REFUSED),
    ("power-tower-numbers", "9^9^9", LIMITED),
    ("power-tower-python", "9**9**9**9", LIMITED),
    ("ten-tower", "10^10^10", LIMITED),
    ("factorial-call", "factorial(10^9)", LIMITED),
    ("factorial-bang", "(10^9)!", LIMITED),
    ("symbolic-tower", "x^x^x^x^x^x^x^x", LIMITED),
    ("huge-exponent", "x^(10^6)", LIMITED),
    ("exp-overflow", "e^1000", LIMITED),
    ("parens-100k", "(" * 100_000 + "x" + ")" * 100_000, LIMITED),
    ("parens-within-length", "(" * 900 + "x" + ")" * 900, LIMITED),
    ("one-megabyte", "x" * (1 << 20), LIMITED),
    ("plus-10k", "+".join(["x"] * 10_000), LIMITED),
    ("plus-within-length", "x" + "+x" * 900, LIMITED),
    ("minus-signs", "-" * 1500 + "x", LIMITED),
    ("integer-1e6-digits", "9" * 1_000_000, LIMITED),
    ("long-integer", "9" * 500, LIMITED),
    ("long-decimal", "0." + "1" * 900, LIMITED),
    ("exponent-1e999999", "1e999999", LIMITED),
    ("deep-frac", "\\frac{" * 60 + "1" + "}{2}" * 60, LIMITED),
    ("sqrt-10k", "\\sqrt{" * 10_000 + "x" + "}" * 10_000, LIMITED),
    ("sqrt-within-length", "\\sqrt" * 300 + " x", LIMITED | REFUSED),
    ("braces", "x^{" * 600 + "2" + "}" * 600, LIMITED),
    ("big-matrix", "\\begin{pmatrix}" + "&".join(["1"] * 500) + "\\end{pmatrix}", LIMITED),
    ("latex-input", "\\input{/etc/passwd}", REFUSED),
    ("latex-def", "\\def\\x{1}", REFUSED),
    ("latex-newcommand", "\\newcommand{\\f}{x}", REFUSED),
    ("latex-catcode", "\\catcode`\\^=7", REFUSED),
    ("latex-write18", "\\write18{touch /tmp/x}", REFUSED),
    ("latex-csname", "\\csname x\\endcsname", REFUSED),
    ("cyrillic-x", "2\u0445 + 1", REFUSED),
    ("greek-omicron", "2x + \u03bf", REFUSED),
    ("zero-width-joiner", "2x\u200d+1", REFUSED),
    ("rtl-override", "2x\u202e+1", REFUSED),
    ("nul-byte", "2x\x00+1", REFUSED),
    ("emoji", "2x + \U0001f600", REFUSED),
    ("sql-drop", "1; DROP TABLE users; --", REFUSED),
    ("sql-or", "' OR '1'='1", REFUSED),
    ("html", "<script>alert(1)</script>", REFUSED),
    ("jndi", "${jndi:ldap://example.org/a}", REFUSED),
    ("subscript-dunder", "x_{__class__}", REFUSED),
    ("long-name", "x" * 1999, REFUSED),
    ("backslashes", "\\\\" * 500, REFUSED),
]


class Tripwire(Exception):
    """A forbidden call happened while grading hostile input."""


@contextmanager
def tripwires(calls: list[str]) -> Iterator[None]:
    real_getattr = builtins.getattr

    def refuse(name: str) -> Any:
        def wire(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            raise Tripwire(name)

        return wire

    def guarded_getattr(obj: Any, name: str, *default: Any) -> Any:
        if isinstance(name, str) and name.startswith("__"):
            calls.append(f"getattr {name}")
            raise Tripwire(name)
        return real_getattr(obj, name, *default)

    saved = {
        name: builtins.__dict__[name]
        for name in ("__import__", "open", "eval", "exec", "compile", "breakpoint", "input")
    }
    saved_system, saved_popen = os.system, subprocess.Popen
    # Finalizers of objects left by other tests (connections, pools) may import modules when the
    # garbage collector runs; that is not the grader, so collect now and pause the collector.
    gc.collect()
    gc.disable()
    try:
        for name in saved:
            setattr(builtins, name, refuse(name))
        builtins.getattr = guarded_getattr
        os.system = refuse("os.system")
        subprocess.Popen = refuse("subprocess.Popen")  # type: ignore[misc]
        yield
    finally:
        for name, value in saved.items():
            setattr(builtins, name, value)
        builtins.getattr = real_getattr
        os.system = saved_system
        subprocess.Popen = saved_popen  # type: ignore[misc]
        gc.enable()


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    # Caches and lazy imports are filled before any tripwire is set.
    grade(SPEC, "2x+1")
    grade(AnswerSpec("expression", "x^2-1", {"x": (-2, 2)}, forms=("factored",)), "(x-1)(x+1)")


def test_there_are_enough_payloads() -> None:
    assert len(PAYLOADS) >= 40


@pytest.mark.parametrize(("name", "payload", "codes"), PAYLOADS, ids=[p[0] for p in PAYLOADS])
def test_hostile_payload_is_refused_safely(
    name: str, payload: str, codes: set[str], record_property: Any
) -> None:
    calls: list[str] = []
    started = time.process_time()
    with tripwires(calls):
        verdict = grade(SPEC, payload)
        shown = preview(payload, variables=["x"])
    record_property("cpu_ms", round((time.process_time() - started) * 1000, 3))

    assert calls == []
    assert not Path(SENTINEL).exists()
    assert isinstance(verdict, Verdict)
    assert not verdict.correct
    assert verdict.code in codes, (verdict.code, verdict.feedback)
    assert verdict.feedback
    if verdict.code in REFUSED | LIMITED:
        assert not shown.ok
        assert shown.code == verdict.code
    assert grade(SPEC, "1 + 2x").correct


def test_limits_in_the_messages() -> None:
    assert f"at most {MAX_INPUT_CHARS}" in grade(SPEC, "x" * (MAX_INPUT_CHARS + 1)).feedback
    deep = "(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1)
    assert f"at most {MAX_DEPTH} levels" in grade(SPEC, deep).feedback


def test_lookalike_letters_are_never_read_as_latin() -> None:
    verdict = grade(SPEC, "2\u0445+1")
    assert verdict.code == "syntax_error"
    assert "Cyrillic" in verdict.feedback
    assert verdict.error_position == 1


def test_safe_unicode_is_accepted() -> None:
    assert grade(SPEC, "2x\uff0b1").correct  # fullwidth plus
    assert grade(SPEC, "2\u00b7x \u2212 (\u22121)").correct  # middle dot, minus signs


def test_non_text_answers_do_not_raise() -> None:
    for value in (None, 42, b"2x+1", ["2x+1"]):
        assert grade(SPEC, value).code == "empty"  # type: ignore[arg-type]
