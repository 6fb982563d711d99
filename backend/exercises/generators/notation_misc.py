"""Generators for notation, logic and proof exercises, and for a few additions to linear algebra,
neural-network and regression topics.

Each generator redraws until the right answer differs from every value its template lists as a
common mistake, so every mistake rule can be recognised.
"""

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import nonzero

LETTERS = ("A", "B", "C", "D")


def _set_tex(values: list[int]) -> str:
    return r"\{" + ", ".join(str(v) for v in values) + r"\}"


def _shuffled_options(rng: random.Random, options: dict[str, str]) -> dict[str, Any]:
    """Place the named options under the letters A-D in a random order. Returns opt<Letter>
    texts and, for each option name, the letter it landed on."""
    names = list(options)
    rng.shuffle(names)
    out: dict[str, Any] = {}
    for letter, name in zip(LETTERS, names, strict=True):
        out[f"opt{letter}"] = options[name]
        out[f"id_{name}"] = letter
    return out


# ---------------------------------------------------------------------------------------------
# Logic and quantifiers


@dataclass(frozen=True)
class _Predicate:
    tex: str  # LaTeX for P(x), with the constant already filled in
    holds: Callable[[int], bool]
    check: Callable[[int], str]  # LaTeX showing why P(x) holds or fails for one x


def _predicates(rng: random.Random) -> list[_Predicate]:
    c = rng.randint(1, 6)
    s = rng.randint(2, 20)
    m = rng.choice([2, 3])

    def sq_check(x: int) -> str:
        rel = "<" if x * x < s else r"\ge"
        return f"({x})^2 = {x * x} {rel} {s}"

    def gt_check(x: int) -> str:
        rel = ">" if x > c else r"\le"
        return f"{x} {rel} {c}"

    def abs_check(x: int) -> str:
        rel = r"\le" if abs(x) <= c else ">"
        return f"|{x}| = {abs(x)} {rel} {c}"

    def sum_check(x: int) -> str:
        rel = r"\ge" if x + c >= 0 else "<"
        return f"{x} + {c} = {x + c} {rel} 0"

    def mult_check(x: int) -> str:
        word = r"\text{ is }" if x % m == 0 else r"\text{ is not }"
        return f"{x}{word}\\text{{a multiple of }} {m}"

    def sqlin_check(x: int) -> str:
        rel = ">" if x * x > x else r"\le"
        return f"({x})^2 = {x * x} {rel} {x}"

    return [
        _Predicate(f"x^2 < {s}", lambda x: x * x < s, sq_check),
        _Predicate(f"x > {c}", lambda x: x > c, gt_check),
        _Predicate(f"|x| \\le {c}", lambda x: abs(x) <= c, abs_check),
        _Predicate(f"x + {c} \\ge 0", lambda x: x + c >= 0, sum_check),
        _Predicate(f"x \\text{{ is a multiple of }} {m}", lambda x: x % m == 0, mult_check),
        _Predicate("x^2 > x", lambda x: x * x > x, sqlin_check),
    ]


@generator("notation_misc_quantifier_truth")
def quantifier_truth(rng: random.Random) -> dict[str, Any]:
    """A 'for all' or 'there exists' statement over a set of five integers, true about half
    the time, with feedback naming a witness or a counterexample."""
    want = rng.random() < 0.5
    while True:
        S = sorted(rng.sample(range(-6, 10), 5))
        pred = rng.choice(_predicates(rng))
        universal = rng.random() < 0.5
        good = [x for x in S if pred.holds(x)]
        bad = [x for x in S if not pred.holds(x)]
        truth = len(bad) == 0 if universal else len(good) > 0
        if truth != want:
            continue
        # keep the instance from being trivial: at least one element of each kind unless the
        # statement needs them all (a true 'for all' or a false 'there exists')
        if universal and truth and len(S) < 5:
            continue
        if not universal and not truth and len(S) < 5:
            continue
        if universal and not truth and len(good) == 0:
            continue
        if not universal and truth and len(bad) == 0:
            continue
        break
    quant = r"\forall" if universal else r"\exists"
    statement = f"{quant}\\, x \\in S:\\; {pred.tex}"
    checks = ", \\quad ".join(pred.check(x) for x in S)
    if universal and truth:
        why = "Every element of $S$ satisfies the condition, so the statement is true."
        wrong_fb = (
            "Check each of the five elements in turn: every one satisfies "
            f'${pred.tex}$, so there is no counterexample and the "for all" statement holds.'
        )
    elif universal:
        k = bad[0]
        why = (
            f"The element $x = {k}$ fails the condition, and one counterexample is enough to "
            'make a "for all" statement false.'
        )
        wrong_fb = (
            f'"For all" needs every element to pass, and $x = {k}$ does not: '
            f"${pred.check(k)}$. A single counterexample makes the statement false."
        )
    elif truth:
        k = good[0]
        why = (
            f"The element $x = {k}$ satisfies the condition, and one witness is enough to make "
            'a "there exists" statement true.'
        )
        wrong_fb = (
            f'"There exists" needs only one element that works, and $x = {k}$ does: '
            f"${pred.check(k)}$. The elements that fail do not matter."
        )
    else:
        why = 'No element of $S$ satisfies the condition, so the "there exists" statement is false.'
        wrong_fb = (
            "Check each of the five elements: none of them satisfies "
            f"${pred.tex}$, so there is no witness and the statement is false."
        )
    return {
        "S": _set_tex(S),
        "statement": statement,
        "checks": checks,
        "why": why,
        "verdict": "true" if truth else "false",
        "verdict_text": "True" if truth else "False",
        "wrong": "false" if truth else "true",
        "wrong_feedback": wrong_fb,
    }


@dataclass(frozen=True)
class _IntPredicate:
    text: str  # LaTeX/prose, e.g. "$n$ is even"
    holds: Callable[[int], bool]


def _int_predicates(rng: random.Random, N: int) -> list[_IntPredicate]:
    c = rng.randint(3, N - 3)
    d = rng.randint(3, N - 3)
    primes = {2, 3, 5, 7, 11, 13, 17, 19}
    return [
        _IntPredicate("$n$ is even", lambda n: n % 2 == 0),
        _IntPredicate("$n$ is odd", lambda n: n % 2 == 1),
        _IntPredicate("$n$ is a multiple of $3$", lambda n: n % 3 == 0),
        _IntPredicate("$n$ is a multiple of $4$", lambda n: n % 4 == 0),
        _IntPredicate(f"$n > {c}$", lambda n: n > c),
        _IntPredicate(f"$n \\le {d}$", lambda n: n <= d),
        _IntPredicate("$n$ is prime", lambda n: n in primes),
    ]


@generator("notation_misc_implication_count")
def implication_count(rng: random.Random) -> dict[str, Any]:
    """Count the n in {1, ..., N} for which 'if P(n) then Q(n)' is true."""
    while True:
        N = rng.randint(10, 20)
        preds = _int_predicates(rng, N)
        p, q = rng.sample(preds, 2)
        S = range(1, N + 1)
        p_set = [n for n in S if p.holds(n)]
        fails = [n for n in p_set if not q.holds(n)]
        both = [n for n in p_set if q.holds(n)]
        conv_fails = [n for n in S if q.holds(n) and not p.holds(n)]
        answer = N - len(fails)
        if not p_set or not fails or len(p_set) >= N - 1:
            continue
        values = {answer, len(both), len(fails), N - len(conv_fails)}
        if len(values) < 4:
            continue
        return {
            "N": sympy.Integer(N),
            "P": p.text,
            "Q": q.text,
            "p_list": _set_tex(p_set),
            "p_count": sympy.Integer(len(p_set)),
            "fail_list": _set_tex(fails),
            "fail_count": sympy.Integer(len(fails)),
            "not_p_count": sympy.Integer(N - len(p_set)),
            "both_count": sympy.Integer(len(both)),
            "answer": sympy.Integer(answer),
            "converse": sympy.Integer(N - len(conv_fails)),
        }


def _decimal(value: Fraction) -> str:
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text


def _negation_case(rng: random.Random) -> tuple[str, str, str, dict[str, str]]:
    """(context, quantifier prefix of the original, its body, options) for one ML context.
    The options map right/keep/swap/strict to LaTeX statements."""
    kind = rng.randrange(6)
    if kind == 0:
        c = _decimal(Fraction(rng.randint(1, 19), 20))
        n = rng.choice([50, 100, 200, 500, 1000])
        context = f"every one of the {n} training examples has a loss $\\ell_i$ below ${c}$"
        dom = f"i \\in \\{{1, \\dots, {n}\\}}"
        pre, neg = f"\\forall {dom}", f"\\exists {dom}"
        body = "\\ell_i {} " + c
        rels = ("<", "\\ge", ">")
        return context, pre, body.format(rels[0]), _options(pre, neg, body, rels)
    if kind == 1:
        c = str(rng.randint(0, 5))
        context = (
            f"every hidden unit $h_j$ of the network outputs more than ${c}$ for at least one "
            "input $\\mathbf{x}$"
        )
        pre = "\\forall j \\;\\exists \\mathbf{x}"
        neg = "\\exists j \\;\\forall \\mathbf{x}"
        body = "h_j(\\mathbf{{x}}) {} " + c
        rels = (">", "\\le", "<")
    elif kind == 2:
        c = str(rng.randint(1, 9))
        context = (
            f"some weight vector $\\mathbf{{w}}$ separates the data with margin at least ${c}$"
        )
        pre = "\\exists \\mathbf{w} \\;\\forall i"
        neg = "\\forall \\mathbf{w} \\;\\exists i"
        body = "y_i\\, \\mathbf{{w}}^\\top \\mathbf{{x}}_i {} " + c
        rels = ("\\ge", "<", "\\le")
    elif kind == 3:
        c = _decimal(Fraction(rng.randint(1, 40), 20))
        context = f"the training loss $L_t$ converges to ${c}$"
        pre = "\\forall \\varepsilon > 0 \\;\\exists T \\;\\forall t \\ge T"
        neg = "\\exists \\varepsilon > 0 \\;\\forall T \\;\\exists t \\ge T"
        body = "|L_t - " + c + "| {} \\varepsilon"
        rels = ("<", "\\ge", ">")
    elif kind == 4:
        c = str(rng.randint(1, 20))
        context = f"the gradient is bounded by some constant $M$ on the box $[-{c}, {c}]^d$"
        box = f"\\boldsymbol{{\\theta}} \\in [-{c}, {c}]^d"
        pre, neg = f"\\exists M \\;\\forall {box}", f"\\forall M \\;\\exists {box}"
        body = "\\lVert \\nabla L(\\boldsymbol{{\\theta}}) \\rVert {} M"
        rels = ("\\le", ">", "\\ge")
    else:
        c = _decimal(Fraction(rng.randint(1, 19), 20))
        s = rng.choice([3, 5, 10])
        context = (
            f"some learning rate $\\eta$ gives a final loss below ${c}$ for every one of "
            f"{s} random seeds $s$"
        )
        dom = f"s \\in \\{{1, \\dots, {s}\\}}"
        pre, neg = f"\\exists \\eta \\;\\forall {dom}", f"\\forall \\eta \\;\\exists {dom}"
        body = "L_s(\\eta) {} " + c
        rels = ("<", "\\ge", ">")
    return context, pre, body.format(rels[0]), _options(pre, neg, body, rels)


def _options(pre: str, neg: str, body: str, rels: tuple[str, str, str]) -> dict[str, str]:
    """rels = (original relation, its negation, the tempting wrong negation)."""
    same, negated, wrong = rels
    return {
        "right": f"{neg}:\\; {body.format(negated)}",
        "keep": f"{pre}:\\; {body.format(negated)}",
        "swap": f"{neg}:\\; {body.format(same)}",
        "strict": f"{neg}:\\; {body.format(wrong)}",
    }


@generator("notation_misc_negation")
def negation(rng: random.Random) -> dict[str, Any]:
    """Negate a quantified statement from an ML context; four candidate negations."""
    context, pre, body, options = _negation_case(rng)
    out = _shuffled_options(rng, options)
    out.update({"context": context, "original": f"{pre}:\\; {body}", "right_tex": options["right"]})
    return out


# ---------------------------------------------------------------------------------------------
# Proof techniques

_TECHNIQUES = ("contradiction", "contrapositive", "induction", "counterexample")

# Feedback for choosing `wrong` when `right` is the best technique.
_TECHNIQUE_FEEDBACK: dict[tuple[str, str], str] = {
    ("induction", "contradiction"): (
        "Contradiction is not the natural tool here. The claim is a statement about every "
        "$n \\ge 1$ in which the case $n + 1$ grows out of the case $n$, which is exactly the "
        "pattern that induction handles: a base case plus a step from $n$ to $n + 1$."
    ),
    ("induction", "contrapositive"): (
        'A contrapositive needs an "if $P$ then $Q$" to turn around, and this claim has none: '
        "it simply asserts something for every $n \\ge 1$. Induction, with a base case and a "
        "step from $n$ to $n + 1$, is the fitting method."
    ),
    ("induction", "counterexample"): (
        "A counterexample can only refute a false claim, and this one is true: try $n = 1, 2, 3$ "
        "and it holds each time. To prove it for every $n$, use induction."
    ),
    ("contrapositive", "contradiction"): (
        "Contradiction would work, but it is more than you need. Negating the conclusion "
        "gives you something concrete to compute with, and from there you can reach "
        "$\\neg P$ directly: proving $\\neg Q \\Rightarrow \\neg P$, the contrapositive, is "
        "the cleanest route."
    ),
    ("contrapositive", "induction"): (
        "Induction suits claims about every $n \\ge 1$ where each case builds on the previous "
        "one. Here the claim is an implication whose conclusion is hard to use directly, but "
        "whose negation is easy to work with: that calls for the contrapositive."
    ),
    ("contrapositive", "counterexample"): (
        "The claim is true, so no counterexample exists. Since its conclusion is awkward to "
        "reach directly, prove the equivalent contrapositive $\\neg Q \\Rightarrow \\neg P$."
    ),
    ("contradiction", "contrapositive"): (
        'The contrapositive needs an "if $P$ then $Q$" statement, and this claim has no '
        "hypothesis to swap: it says something is impossible or never ends. Assume the "
        "opposite and derive an absurdity, which is proof by contradiction."
    ),
    ("contradiction", "induction"): (
        "Induction proves a statement for $n = 1, 2, 3, \\dots$ one step at a time; this claim "
        "is not indexed by $n$ in that way. It says something cannot be, so assume that it can "
        "and reach a contradiction."
    ),
    ("contradiction", "counterexample"): (
        "The claim is a well-known true result, so there is no counterexample to find. Prove it "
        "by assuming the opposite and deriving something impossible."
    ),
    ("counterexample", "contradiction"): (
        "No proof method can establish a false statement. Test a few small values: the claim "
        "fails for one of them, and that single counterexample settles the question."
    ),
    ("counterexample", "contrapositive"): (
        "The contrapositive is logically equivalent to the claim, so it is false too and cannot "
        "be proved. Look for one specific case where the claim fails."
    ),
    ("counterexample", "induction"): (
        "Induction can only prove true statements, and this one is false: one of the first few "
        "cases already breaks it. A single counterexample disproves a claim about all values."
    ),
}


def _technique_statement(rng: random.Random, technique: str) -> tuple[str, str]:
    """A statement best handled by `technique`, and a one-line sketch of why."""
    every = "For every integer $n \\ge 1$, "
    total = "$\\displaystyle\\sum_{i=1}^{n}"
    if technique == "induction":
        k = rng.randint(3, 9)
        a = rng.randint(2, 9)
        options = [
            (
                f"{every}${k - 1}$ divides ${k}^n - 1$.",
                f"Base case: ${k} - 1 = {k - 1}$. Step: "
                f"${k}^{{n+1}} - 1 = {k}\\,({k}^n - 1) + {k - 1}$, and both terms are "
                f"multiples of ${k - 1}$ if ${k}^n - 1$ is.",
            ),
            (
                f"{every}{total} {a}i = \\frac{{{a}\\,n(n+1)}}{{2}}$.",
                f"Base case: both sides equal ${a}$. Step: add ${a}(n+1)$ to both sides and "
                "factor.",
            ),
            (
                f"{every}${k}^n \\ge {k - 1}n + 1$.",
                f"Base case: ${k} \\ge {k}$. Step: ${k}^{{n+1}} = {k} \\cdot {k}^n "
                f"\\ge {k}({k - 1}n + 1) \\ge {k - 1}(n + 1) + 1$.",
            ),
            (
                f"{every}{total} (2i - 1) + {a} = n^2 + {a}$.",
                "Base case: both sides agree at $n = 1$. Step: adding the next odd number "
                "$2n + 1$ turns $n^2$ into $(n+1)^2$.",
            ),
        ]
    elif technique == "contrapositive":
        p = rng.choice([2, 3, 5, 7])
        c = rng.randint(2, 20)
        options = [
            (
                f"For every integer $n$: if $n^2$ is a multiple of ${p}$, then $n$ is a "
                f"multiple of ${p}$.",
                f"Contrapositive: if $n$ is not a multiple of ${p}$, write $n = {p}q + r$ with "
                f"$0 < r < {p}$ and check that $n^2$ leaves a non-zero remainder.",
            ),
            (
                f"For all real numbers $a$ and $b$: if $a + b \\ge {2 * c}$, then "
                f"$a \\ge {c}$ or $b \\ge {c}$.",
                f"Contrapositive: if $a < {c}$ and $b < {c}$, adding gives $a + b < {2 * c}$.",
            ),
            (
                f"For every integer $n$: if $n^2 + {2 * c}n$ is odd, then $n$ is odd.",
                f"Contrapositive: if $n$ is even, then $n^2$ and ${2 * c}n$ are both even, so "
                "their sum is even.",
            ),
        ]
    elif technique == "contradiction":
        p = rng.choice([2, 3, 5, 7, 11, 13, 17, 19])
        q = rng.choice([3, 5, 7, 9, 11, 13, 15])
        options = [
            (
                f"$\\sqrt{{{p}}}$ is irrational.",
                f"Assume $\\sqrt{{{p}}} = a/b$ in lowest terms; then $a^2 = {p}b^2$ forces both "
                f"$a$ and $b$ to be multiples of ${p}$, contradicting lowest terms.",
            ),
            (
                f"$\\log_2 {q}$ is irrational.",
                f"Assume $\\log_2 {q} = a/b$ with positive integers $a, b$; then $2^a = {q}^b$, "
                "an even number equal to an odd one, which is impossible.",
            ),
            (
                f"There is no largest multiple of ${p}$.",
                f"Assume $M$ is the largest multiple of ${p}$; then $M + {p}$ is a larger one, "
                "a contradiction.",
            ),
        ]
    else:
        k = rng.randint(2, 9)
        c = rng.randint(2, 9)
        if k % 2 == 1:
            first = (
                f"{every}$n^2 + n + {k}$ is prime.",
                f"$n = {k}$ gives ${k}^2 + {k} + {k} = {k}({k} + 2)$, which is not prime.",
            )
        else:
            first = (
                f"{every}$n^2 + {k}$ is odd.",
                f"$n = 2$ gives $4 + {k} = {4 + k}$, which is even.",
            )
        options = [
            first,
            (f"For every real number $x$, $x^2 \\ge {c}x$.", f"$x = 1$ gives $1 < {c}$."),
            (
                f"For every integer $n$: if $n$ is a multiple of ${c}$, then $n$ is a "
                f"multiple of ${2 * c}$.",
                f"$n = {c}$ is a multiple of ${c}$ but not of ${2 * c}$.",
            ),
        ]
    return rng.choice(options)


@generator("notation_misc_proof_technique")
def proof_technique(rng: random.Random) -> dict[str, Any]:
    """A statement and the technique that suits it best; feedback for each wrong pick."""
    right = rng.choice(_TECHNIQUES)
    statement, sketch = _technique_statement(rng, right)
    wrong = [t for t in _TECHNIQUES if t != right]
    out: dict[str, Any] = {
        "statement": statement,
        "sketch": sketch,
        "technique": right,
    }
    for i, w in enumerate(wrong, start=1):
        out[f"wrong{i}"] = w
        out[f"fb{i}"] = _TECHNIQUE_FEEDBACK[(right, w)]
    return out


def _claim_sides(family: int, a: int, b: int, n: int) -> tuple[int, int]:
    """Left and right side of the claim of `family` (constants a, b) at n."""
    if family == 0:
        return n * n, a * n + b
    if family == 1:
        return 2**n, a * n * n
    return 3**n, a * n**3 + b


@generator("notation_misc_smallest_counterexample")
def smallest_counterexample(rng: random.Random) -> dict[str, Any]:
    """A claim 'f(n) < g(n)' (or <=) for every n >= 1 that first fails at some n >= 3."""
    while True:
        family = rng.randrange(3)
        if family == 0:
            a = rng.randint(2, 9)
            if rng.random() < 0.4:
                r = rng.randint(a + 1, a + 5)
                b = r * r - a * r  # equality at n = r
            else:
                b = rng.randint(1, 30)
            claim, lhs_tex, rhs_tex = f"n^2 < {a}n + {b}", "n^2", f"{a}n + {b}"
        elif family == 1:
            a, b = rng.randint(2, 12), 0
            claim, lhs_tex, rhs_tex = f"2^n \\le {a}n^2", "2^n", f"{a}n^2"
        else:
            a, b = rng.randint(2, 12), rng.randint(2, 30)
            claim, lhs_tex, rhs_tex = f"3^n < {a}n^3 + {b}", "3^n", f"{a}n^3 + {b}"
        strict = family != 1
        sides = [_claim_sides(family, a, b, n) for n in range(0, 40)]
        holds = [lhs < rhs if strict else lhs <= rhs for lhs, rhs in sides]
        first = holds.index(False, 1)
        if first < 3 or first > 12:
            continue
        value, rhs_value = sides[first]
        if value in (first, first - 1):
            continue
        rel_ok = "<" if strict else "\\le"
        rows = ", \\quad ".join(
            f"n = {n}: {sides[n][0]} {rel_ok} {sides[n][1]}" for n in range(1, first)
        )
        equality = value == rhs_value
        return {
            "claim": claim,
            "lhs_tex": lhs_tex,
            "rhs_tex": rhs_tex,
            "rows": rows,
            "answer": sympy.Integer(first),
            "last_good": sympy.Integer(first - 1),
            "value": sympy.Integer(value),
            "rhs_value": sympy.Integer(rhs_value),
            "rel_fail": "=" if equality else ">",
            "note": " Equality is enough to break a strict inequality." if equality else "",
        }


@dataclass(frozen=True)
class _Implication:
    p: str
    q: str
    not_p: str
    not_q: str


def _implication(rng: random.Random) -> _Implication:
    kind = rng.randrange(6)
    if kind == 0:
        k = rng.randint(2, 9)
        return _Implication(
            f"$n$ is a multiple of ${2 * k}$",
            f"$n$ is a multiple of ${k}$",
            f"$n$ is not a multiple of ${2 * k}$",
            f"$n$ is not a multiple of ${k}$",
        )
    if kind == 1:
        c = rng.randint(1, 12)
        return _Implication(
            f"$x > {c}$", f"$x^2 > {c * c}$", f"$x \\le {c}$", f"$x^2 \\le {c * c}$"
        )
    if kind == 2:
        L = rng.choice([2, 4, 5, 8, 10, 20, 50, 100])
        return _Implication(
            f"the step size satisfies $\\eta \\le 1/{L}$",
            "gradient descent converges",
            f"$\\eta > 1/{L}$",
            "gradient descent does not converge",
        )
    if kind == 3:
        k = rng.randint(2, 10)
        return _Implication(
            f"the validation loss has risen for ${k}$ epochs in a row",
            "training stops",
            f"the validation loss has not risen for ${k}$ epochs in a row",
            "training does not stop",
        )
    if kind == 4:
        t = _decimal(Fraction(rng.randint(1, 19), 20))
        return _Implication(
            f"the predicted probability $\\hat{{p}}$ is above ${t}$",
            "the email is flagged as spam",
            f"$\\hat{{p}} \\le {t}$",
            "the email is not flagged as spam",
        )
    n = rng.randint(2, 6)
    return _Implication(
        f"the ${n} \\times {n}$ matrix $A$ is invertible",
        "$\\det A \\ne 0$",
        "$A$ is not invertible",
        "$\\det A = 0$",
    )


@generator("notation_misc_contrapositive")
def contrapositive(rng: random.Random) -> dict[str, Any]:
    """An implication and four candidates: contrapositive, converse, inverse, negation."""
    imp = _implication(rng)
    options = {
        "contra": f"If {imp.not_q}, then {imp.not_p}.",
        "converse": f"If {imp.q}, then {imp.p}.",
        "inverse": f"If {imp.not_p}, then {imp.not_q}.",
        "negation": f"{imp.p[0].upper() + imp.p[1:] if imp.p[0] != '$' else imp.p}, "
        f"but {imp.not_q}.",
    }
    out = _shuffled_options(rng, options)
    out.update({"P": imp.p, "Q": imp.q, "notP": imp.not_p, "notQ": imp.not_q})
    return out


# ---------------------------------------------------------------------------------------------
# Reading ML papers


def _tenths(value: Fraction) -> str:
    """A multiple of 1/10 as a decimal with one place, such as 1.0 or 2.4."""
    return f"{float(value):.1f}"


@generator("notation_misc_minibatch_loss")
def minibatch_loss(rng: random.Random) -> dict[str, Any]:
    """Per-example losses l_1..l_n and a minibatch index set B; the minibatch loss."""
    while True:
        n = rng.randint(6, 8)
        losses = [Fraction(rng.randint(1, 30), 10) for _ in range(n)]
        size = rng.randint(3, 4)
        batch = sorted(rng.sample(range(1, n), size))  # leave room for a shifted index
        chosen = [losses[i - 1] for i in batch]
        total = sum(chosen, Fraction(0))
        answer = total / size
        everything = sum(losses, Fraction(0)) / n
        shifted = sum((losses[i] for i in batch), Fraction(0)) / size
        wrong_divisor = total / n
        if len({answer, everything, shifted, total, wrong_divisor}) < 5:
            continue
        header = " & ".join(str(i) for i in range(1, n + 1))
        row = " & ".join(_tenths(v) for v in losses)
        table = (
            r"\begin{array}{c|"
            + "c" * n
            + r"} i & "
            + header
            + r" \\ \hline \ell_i & "
            + row
            + r" \end{array}"
        )
        return {
            "table": table,
            "n": sympy.Integer(n),
            "B": _set_tex(batch),
            "size": sympy.Integer(size),
            "terms": " + ".join(_tenths(v) for v in chosen),
            "total_dec": _tenths(total),
            "total": sympy.Rational(total.numerator, total.denominator),
            "answer": sympy.Rational(answer.numerator, answer.denominator),
            "everything": sympy.Rational(everything.numerator, everything.denominator),
            "shifted": sympy.Rational(shifted.numerator, shifted.denominator),
            "wrong_divisor": sympy.Rational(wrong_divisor.numerator, wrong_divisor.denominator),
        }


def _real(rows: int | str, cols: int | str | None = None) -> str:
    if cols is None:
        return f"\\mathbb{{R}}^{{{rows}}}"
    return f"\\mathbb{{R}}^{{{rows} \\times {cols}}}"


def _by(rows: int | str, cols: int | str) -> str:
    return f"({rows} \\times {cols})"


@generator("notation_misc_layer_shape")
def layer_shape(rng: random.Random) -> dict[str, Any]:
    """Dimension declarations and a layer formula; the shape of its output."""
    while True:
        n = rng.choice([16, 32, 64, 128, 256])
        d = rng.randint(3, 40)
        h = rng.randint(2, 50)
        k = rng.randint(2, 12)
        if len({n, d, h, k}) == 4:
            break
    ones = f"\\mathbf{{1}}_{{{n}}}"
    layer_decl = (
        f"X \\in {_real(n, d)}, \\quad W \\in {_real(h, d)}, \\quad \\mathbf{{b}} \\in {_real(h)}"
    )
    form = rng.randrange(3)
    if form == 0:
        decl = layer_decl
        formula = f"H = XW^\\top + {ones}\\mathbf{{b}}^\\top"
        name = "H"
        rows, cols = n, h
        wrong_kept = f"({n}, {d})"
        steps = (
            f"$W^\\top$ is ${d} \\times {h}$, so $XW^\\top$ is ${_by(n, d)}{_by(d, h)}$, which is "
            f"${n} \\times {h}$. The term ${ones}\\mathbf{{b}}^\\top$ is ${_by(n, 1)}{_by(1, h)}$, "
            f"also ${n} \\times {h}$, so the sum is defined."
        )
        kept_fb = (
            f"The inner dimension ${d}$ is summed over and disappears: $XW^\\top$ maps ${d}$ "
            f"features to ${h}$ outputs."
        )
    elif form == 1:
        decl = layer_decl
        formula = f"Z = WX^\\top + \\mathbf{{b}}\\,{ones}^\\top"
        name = "Z"
        rows, cols = h, n
        wrong_kept = f"({d}, {n})"
        steps = (
            f"$X^\\top$ is ${d} \\times {n}$, so $WX^\\top$ is ${_by(h, d)}{_by(d, n)}$, which is "
            f"${h} \\times {n}$: one column per example. The term $\\mathbf{{b}}\\,{ones}^\\top$ "
            f"is ${_by(h, 1)}{_by(1, n)}$, which matches."
        )
        kept_fb = (
            f"The ${d}$ features are the inner dimension of $WX^\\top$, so they are summed over "
            "and do not appear in the result."
        )
    else:
        decl = (
            f"X \\in {_real(n, d)}, \\quad W_1 \\in {_real(d, h)}, \\quad "
            f"\\mathbf{{b}}_1 \\in {_real(h)}, \\quad W_2 \\in {_real(h, k)}"
        )
        formula = f"\\hat{{Y}} = \\sigma\\!\\left(XW_1 + {ones}\\mathbf{{b}}_1^\\top\\right)W_2"
        name = "\\hat{Y}"
        rows, cols = n, k
        wrong_kept = f"({n}, {h})"
        steps = (
            f"$XW_1$ is ${_by(n, d)}{_by(d, h)}$, so ${n} \\times {h}$; adding "
            f"${ones}\\mathbf{{b}}_1^\\top$ and applying $\\sigma$ entry by entry keep that shape. "
            f"Multiplying by $W_2$ gives ${_by(n, h)}{_by(h, k)}$, which is ${n} \\times {k}$."
        )
        kept_fb = (
            f"$({n}, {h})$ is the shape of the hidden layer. The formula goes on to multiply by "
            f"$W_2$, which maps the ${h}$ hidden units to ${k}$ outputs."
        )
    return {
        "decl": decl,
        "formula": formula,
        "name": name,
        "rows": sympy.Integer(rows),
        "cols": sympy.Integer(cols),
        "wrong_kept": wrong_kept,
        "steps": steps,
        "kept_fb": kept_fb,
    }


@generator("notation_misc_argmax_accuracy")
def argmax_accuracy(rng: random.Random) -> dict[str, Any]:
    """Logits for n examples and 3 classes, labels in {1, 2, 3}; accuracy of the argmax."""
    while True:
        n = rng.randint(5, 6)
        Z = [[rng.randint(-3, 5) for _ in range(3)] for _ in range(n)]
        if any(len(set(row)) < 3 for row in Z):
            continue
        preds = [row.index(max(row)) + 1 for row in Z]
        y = [rng.randint(1, 3) for _ in range(n)]
        m = sum(1 for p, t in zip(preds, y, strict=True) if p == t)
        m0 = sum(1 for p, t in zip(preds, y, strict=True) if p - 1 == t)
        if m == 0 or m == n or 2 * m == n:
            continue
        acc = Fraction(m, n)
        acc0 = Fraction(m0, n)
        if acc0 in (acc, 1 - acc, m) or m0 == m:
            continue
        return {
            "Z": sympy.Matrix(Z),
            "n": sympy.Integer(n),
            "y": "(" + ", ".join(str(v) for v in y) + ")",
            "preds": "(" + ", ".join(str(v) for v in preds) + ")",
            "matches": sympy.Integer(m),
            "accuracy": sympy.Rational(m, n),
            "error": sympy.Rational(n - m, n),
            "zero_based": sympy.Rational(m0, n),
        }


# ---------------------------------------------------------------------------------------------
# Transpose and special matrices


@generator("notation_misc_trace_gram")
def trace_gram(rng: random.Random) -> dict[str, Any]:
    """A non-symmetric 3x3 integer matrix; tr(A^T A) and tempting wrong values."""
    while True:
        A = sympy.Matrix(3, 3, lambda i, j: rng.randint(-3, 3))
        if sum(1 for v in A if v == 0) > 2:
            continue
        answer = (A.T * A).trace()
        square = (A * A).trace()
        trace_sq = A.trace() ** 2
        diag = sum(A[i, i] ** 2 for i in range(3))
        if len({answer, square, trace_sq, diag}) < 4:
            continue
        cols = [sum(A[i, j] ** 2 for i in range(3)) for j in range(3)]
        return {
            "A": A,
            "answer": sympy.Integer(answer),
            "square": sympy.Integer(square),
            "trace_sq": sympy.Integer(trace_sq),
            "diag": sympy.Integer(diag),
            "c1": sympy.Integer(cols[0]),
            "c2": sympy.Integer(cols[1]),
            "c3": sympy.Integer(cols[2]),
            "col1": " + ".join(f"({A[i, 0]})^2" for i in range(3)),
        }


@generator("notation_misc_diagonal_product")
def diagonal_product(rng: random.Random) -> dict[str, Any]:
    """A diagonal D and a 3x3 A; either DA or AD, with the other order and D (.) A as mistakes."""
    while True:
        d = [nonzero(rng, -3, 4) for _ in range(3)]
        if len(set(d)) < 3 or all(v == 1 for v in d):
            continue
        A = sympy.Matrix(3, 3, lambda i, j: rng.randint(-4, 5))
        D = sympy.diag(*d)
        DA, AD = D * A, A * D
        hadamard = D.multiply_elementwise(A)
        if len({tuple(DA), tuple(AD), tuple(hadamard)}) < 3:
            continue
        left = rng.random() < 0.5
        if (DA if left else AD) == A:
            continue
        return {
            "D": D,
            "A": A,
            "expr": "DA" if left else "AD",
            "answer": DA if left else AD,
            "other": AD if left else DA,
            "hadamard": hadamard,
            "what": "row" if left else "column",
            "what_other": "column" if left else "row",
            "side": "left" if left else "right",
            "d1": sympy.Integer(d[0]),
            "d2": sympy.Integer(d[1]),
            "d3": sympy.Integer(d[2]),
        }


# ---------------------------------------------------------------------------------------------
# Neural-network forward pass


@generator("notation_misc_two_layer_vector")
def two_layer_vector(rng: random.Random) -> dict[str, Any]:
    """2 inputs -> 3 ReLU units -> 2 linear outputs, with a dead hidden unit and a negative
    output, so that skipping ReLU or adding one at the output both change the answer."""
    while True:
        W1 = [[nonzero(rng, -3, 3) for _ in range(2)] for _ in range(3)]
        b1 = [rng.randint(-2, 2) for _ in range(3)]
        W2 = [[rng.randint(-2, 2) for _ in range(3)] for _ in range(2)]
        b2 = [nonzero(rng, -3, 3) for _ in range(2)]
        x = [nonzero(rng, -3, 3) for _ in range(2)]
        z = [W1[i][0] * x[0] + W1[i][1] * x[1] + b1[i] for i in range(3)]
        if 0 in z or all(v > 0 for v in z) or all(v < 0 for v in z):
            continue
        h = [max(v, 0) for v in z]
        y = [sum(W2[j][i] * h[i] for i in range(3)) + b2[j] for j in range(2)]
        linear = [sum(W2[j][i] * z[i] for i in range(3)) + b2[j] for j in range(2)]
        relu_out = [max(v, 0) for v in y]
        no_b2 = [y[j] - b2[j] for j in range(2)]
        if not any(v < 0 for v in y) or any(abs(v) > 30 for v in y):
            continue
        if len({tuple(y), tuple(linear), tuple(relu_out), tuple(no_b2)}) < 4:
            continue
        return {
            "W1": sympy.Matrix(W1),
            "b1": sympy.Matrix(b1),
            "W2": sympy.Matrix(W2),
            "b2": sympy.Matrix(b2),
            "x": sympy.Matrix(x),
            "z": sympy.Matrix(z),
            "h": sympy.Matrix(h),
            "W2h": sympy.Matrix(no_b2),
            "y": sympy.Matrix(y),
            "linear": sympy.Matrix(linear),
            "relu_out": sympy.Matrix(relu_out),
            "no_b2": sympy.Matrix(no_b2),
        }


# ---------------------------------------------------------------------------------------------
# Residuals and MSE


@generator("notation_misc_rmse")
def rmse(rng: random.Random) -> dict[str, Any]:
    """Five delivery-time predictions with integer residuals; RMSE, MSE, MAE and root of SSE."""
    while True:
        y = [rng.randint(18, 60) for _ in range(5)]
        r = [rng.randint(-6, 6) for _ in range(5)]
        preds = [t - e for t, e in zip(y, r, strict=True)]
        sse = sum(e * e for e in r)
        if sse == 0 or any(p <= 0 for p in preds):
            continue
        mse = Fraction(sse, 5)
        mae = Fraction(sum(abs(e) for e in r), 5)
        root = math.sqrt(mse)
        values = [float(mse), float(mae), math.sqrt(sse)]
        if any(abs(v - root) < 0.05 for v in values):
            continue
        header = " & ".join(str(i) for i in range(1, 6))
        table = (
            r"\begin{array}{c|ccccc} \text{order} & "
            + header
            + r" \\ \hline y_i \ (\text{min}) & "
            + " & ".join(str(v) for v in y)
            + r" \\ \hat{y}_i \ (\text{min}) & "
            + " & ".join(str(v) for v in preds)
            + r" \end{array}"
        )
        return {
            "table": table,
            "residuals": ", ".join(str(e) for e in r),
            "squares": " + ".join(str(e * e) for e in r),
            "sse": sympy.Integer(sse),
            "mse": sympy.Rational(sse, 5),
            "rmse": sympy.sqrt(sympy.Rational(sse, 5)),
            "rmse_3dp": f"{root:.3f}",
            "mae": sympy.Rational(mae.numerator, mae.denominator),
            "root_sse": sympy.sqrt(sse),
        }
