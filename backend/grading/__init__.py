"""Lemma's grading engine: reads learner answers (plain text or LaTeX) with its own parser and
judges them against an author's AnswerSpec. Pure Python; no Django imports.

    grade(spec, answer, seed=0) -> Verdict     never raises for learner text
    preview(answer, kind=..., variables=...) -> Preview
    check_spec(spec)                           authoring-time validation (GradingInputError)

Learner text is never evaluated: it is tokenised against a whitelist of names (names.py),
parsed into our own tree (parser.py) with every size limit checked on the way (limits.py), and
only that tree is evaluated (evaluate.py) or turned into SymPy objects (to_sympy.py).

Reading decisions (the "read as" LaTeX in Verdict.interpreted always shows the grouping used):
  * Implicit products bind like explicit ones: 1/2x is (1/2)*x, 2^3x is (2^3)*x.
  * A declared variable before a bracket multiplies: x(x+1) is x*(x+1). An undeclared name
    before a bracket is an "unknown function" (code unknown_symbol) with a close-match hint.
  * A function without brackets takes a short argument: sin 2x = sin(2x),
    sin x cos x = sin(x)*cos(x); a root sign takes one atom: sqrt 2 x = sqrt(2)*x.
  * log is the natural logarithm; log_2(x) and log(x, 2) take a base. sin^2 x = (sin x)^2 and
    sin^-1 is refused (write asin). 2e-3 is scientific notation (0.002).
  * Safe Unicode (minus sign, times, middle dot, superscripts, pi, root, infinity, fullwidth
    forms, Greek letters) is normalised; look-alikes such as Cyrillic letters are refused.

Judging follows backend/benchmarks/GRADING_POLICY.md: expressions must be equal on the author's
domain with no tolerance (removable points allowed); numbers exactly, or within the spec's
absolute tolerance; equations by solution set; `correct` needs the value AND every requested
form, and `form_ok` reports the forms on their own.
"""

from .api import GRADER_VERSION, check_spec, grade, preview
from .spec import AnswerSpec, GradingInputError, MistakeRule
from .verdict import Preview, Verdict

__all__ = [
    "GRADER_VERSION",
    "AnswerSpec",
    "GradingInputError",
    "MistakeRule",
    "Preview",
    "Verdict",
    "check_spec",
    "grade",
    "preview",
]
