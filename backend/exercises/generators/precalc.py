"""Generators for pre-calculus and early calculus: algebra, functions, logs, trigonometry,
limits and extrema.

Each generator returns SymPy values (rendered as plain text in answers) and ready-made LaTeX
strings (names ending in `_tex`) for prompts, hints and solutions.
"""

import random
from typing import Any

import sympy

from . import as_sympy, generator
from .common import nonzero

x = sympy.Symbol("x")


def _tex(expr: Any) -> str:
    return str(sympy.latex(as_sympy(expr), ln_notation=True))


def _text(expr: Any) -> str:
    """Plain text for the grader, with `pi` and `sqrt`."""
    return str(as_sympy(expr)).replace("**", "^")


def _set_text(values: list[Any]) -> str:
    return "{" + ", ".join(_text(v) for v in values) + "}"


def _set_tex(values: list[Any]) -> str:
    return r"\left\{" + ", ".join(_tex(v) for v in values) + r"\right\}"


# --- algebra essentials --------------------------------------------------------------------


@generator("precalc_linear_equation")
def precalc_linear_equation(rng: random.Random) -> dict[str, Any]:
    """a x + b = c x + d with an integer solution and distinct slips."""
    while True:
        a, c = rng.randint(-9, 9), rng.randint(-9, 9)
        if a == c or a == 0 or c == 0:
            continue
        sol = nonzero(rng, -8, 8)
        b = rng.randint(-12, 12)
        d = (a - c) * sol + b
        if b == 0 or d == 0:
            continue
        sign_slip = sympy.Rational(d + b, a - c)
        flipped = sympy.Rational(a - c, d - b)
        if len({sympy.Integer(sol), sign_slip, flipped}) == 3:
            break
    return {
        "lhs_tex": _tex(a * x + b),
        "rhs_tex": _tex(c * x + d),
        "a_minus_c": a - c,
        "d_minus_b": d - b,
        "sol": sol,
        "sign_slip": sign_slip,
        "flipped": flipped,
    }


@generator("precalc_expand_product")
def precalc_expand_product(rng: random.Random) -> dict[str, Any]:
    """(a x + b)(c x + d) with every coefficient non-zero and a non-zero middle term."""
    while True:
        a, b = nonzero(rng, -5, 5), nonzero(rng, -7, 7)
        c, d = nonzero(rng, -5, 5), nonzero(rng, -7, 7)
        if a * d + b * c != 0:
            break
    product = sympy.expand((a * x + b) * (c * x + d))
    return {
        "product_tex": rf"\left({_tex(a * x + b)}\right)\left({_tex(c * x + d)}\right)",
        "expanded": product,
        "expanded_tex": _tex(product),
        "no_middle": a * c * x**2 + b * d,
        "ac": a * c,
        "ad": a * d,
        "bc": b * c,
        "bd": b * d,
        "one_cross": a * c * x**2 + a * d * x + b * d,
    }


@generator("precalc_factor_quadratic")
def precalc_factor_quadratic(rng: random.Random) -> dict[str, Any]:
    """x^2 + (p+q) x + p q with non-zero p != q and p + q != 0."""
    while True:
        p, q = nonzero(rng, -9, 9), nonzero(rng, -9, 9)
        if p != q and p + q != 0:
            break
    quad = sympy.expand((x + p) * (x + q))
    return {
        "quad_tex": _tex(quad),
        "s": p + q,
        "pr": p * q,
        "factored": f"(x + ({p}))*(x + ({q}))",
        "factored_tex": rf"\left({_tex(x + p)}\right)\left({_tex(x + q)}\right)",
        "swapped_tex": rf"\left({_tex(x + q)}\right)\left({_tex(x + p)}\right)",
        "flipped": f"(x - ({p}))*(x - ({q}))",
        "mixed": f"(x + ({p}))*(x - ({q}))",
        "p": p,
        "q": q,
    }


# --- functions and graphs ------------------------------------------------------------------


@generator("precalc_composition")
def precalc_composition(rng: random.Random) -> dict[str, Any]:
    """f(x) = a x + b and g(x) = x^2 + c; f(g(x)) versus g(f(x)) and f*g."""
    a, b = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5]), nonzero(rng, -7, 7)
    c = nonzero(rng, -6, 6)
    f, g = a * x + b, x**2 + c
    fg = sympy.expand(a * g + b)
    gf = sympy.expand(f**2 + c)
    return {
        "f_tex": _tex(f),
        "g_tex": _tex(g),
        "a": a,
        "b": b,
        "c": c,
        "fg": fg,
        "fg_tex": _tex(fg),
        "subst_tex": rf"{a}\left({_tex(g)}\right) {'+' if b > 0 else '-'} {abs(b)}",
        "gf": gf,
        "gf_tex": _tex(gf),
        "prod": sympy.expand(f * g),
    }


@generator("precalc_inverse_linear")
def precalc_inverse_linear(rng: random.Random) -> dict[str, Any]:
    """f(x) = a x + b with |a| >= 2 and b != 0; the inverse (x - b)/a."""
    a, b = rng.choice([-7, -6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 7]), nonzero(rng, -9, 9)
    inverse = (x - b) / a
    return {
        "f_tex": _tex(a * x + b),
        "a": a,
        "b": b,
        "inverse": inverse,
        "inverse_tex": _tex(inverse),
        "undo_tex": _tex(x - b),
        "sign_slip": (x + b) / a,
        "reciprocal": 1 / (a * x + b),
        "wrong_order": x / a - b,
    }


@generator("precalc_log_domain")
def precalc_log_domain(rng: random.Random) -> dict[str, Any]:
    """The domain of ln(a x + b): an open half-line starting at -b/a."""
    a, b = nonzero(rng, -6, 6), nonzero(rng, -9, 9)
    end = sympy.Rational(-b, a)
    e = _text(end)
    if a > 0:
        answer, other, closed = f"({e}, oo)", f"(-oo, {e})", f"[{e}, oo)"
        answer_tex = rf"\left({_tex(end)}, \infty\right)"
        ineq_tex = rf"x > {_tex(end)}"
    else:
        answer, other, closed = f"(-oo, {e})", f"({e}, oo)", f"(-oo, {e}]"
        answer_tex = rf"\left(-\infty, {_tex(end)}\right)"
        ineq_tex = rf"x < {_tex(end)}"
    return {
        "f_tex": _tex(sympy.log(a * x + b)),
        "inner_tex": _tex(a * x + b),
        "a": a,
        "end_tex": _tex(end),
        "answer": answer,
        "answer_tex": answer_tex,
        "other": other,
        "closed": closed,
        "ineq_tex": ineq_tex,
        "flip_note": "dividing by a negative number flips the inequality" if a < 0 else "",
    }


# --- exponents and logarithms --------------------------------------------------------------


@generator("precalc_log_sum")
def precalc_log_sum(rng: random.Random) -> dict[str, Any]:
    """log_b M + log_b N = k where neither M nor N is a power of b but M N = b^k."""
    while True:
        base = rng.choice([2, 3, 4, 5, 6, 10, 12, 15, 18, 20])
        k = rng.randint(2, 4)
        total = base**k
        divisors = [
            d
            for d in sympy.divisors(total)
            if 1 < d < total
            and sympy.Integer(d) not in {sympy.Integer(base) ** i for i in range(k + 1)}
        ]
        if not divisors:
            continue
        m = rng.choice(divisors)
        n = total // m
        if sympy.Integer(n) in {sympy.Integer(base) ** i for i in range(k + 1)}:
            continue
        break
    return {
        "base": base,
        "m": m,
        "n": n,
        "k": k,
        "total": total,
        "added": sympy.log(m + n) / sympy.log(base),
        "added_text": f"ln({m + n})/ln({base})",
    }


@generator("precalc_exp_equation")
def precalc_exp_equation(rng: random.Random) -> dict[str, Any]:
    """e^(a x + b) = c with c > 0 and c != 1: x = (ln c - b)/a."""
    a, b = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5]), nonzero(rng, -6, 6)
    c = rng.choice([2, 3, 5, 6, 7, 10, 11, 13])
    return {
        "lhs_tex": _tex(sympy.exp(a * x + b)),
        "inner_tex": _tex(a * x + b),
        "a": a,
        "b": b,
        "c": c,
        "sol_text": f"(ln({c}) - ({b}))/({a})",
        "sol_tex": rf"\frac{{\ln {c} {'-' if b > 0 else '+'} {abs(b)}}}{{{a}}}",
        "sign_text": f"(ln({c}) + ({b}))/({a})",
        "order_text": f"ln({c})/({a}) - ({b})",
    }


@generator("precalc_log_equation")
def precalc_log_equation(rng: random.Random) -> dict[str, Any]:
    """ln x + ln(x + d) = ln N with N = r (r + d): roots r and -(r + d), only r is valid."""
    while True:
        r, d = rng.randint(1, 9), rng.randint(1, 8)
        n = r * (r + d)
        added = sympy.Rational(n - d, 2)
        if added != r and n != 1:
            break
    return {
        "r": r,
        "d": d,
        "n": n,
        "bad": -(r + d),
        "added": added,
        "quad_tex": _tex(x**2 + d * x - n),
        "fact_tex": rf"\left({_tex(x - r)}\right)\left({_tex(x + r + d)}\right)",
    }


# --- trigonometry --------------------------------------------------------------------------

_SIXTHS = [1, 2, 4, 5, 7, 8, 10, 11]


@generator("precalc_trig_exact")
def precalc_trig_exact(rng: random.Random) -> dict[str, Any]:
    """sin or cos at k pi / 6 (k not a multiple of 3, possibly negative or past a full turn)."""
    k = rng.choice([v for v in range(-11, 24) if v % 3 != 0])
    func = rng.choice(["sin", "cos"])
    angle = k * sympy.pi / 6
    unit = rng.choice(["deg", "rad"])
    angle_tex = f"{30 * k}^\\circ" if unit == "deg" else _tex(angle)
    value = sympy.sin(angle) if func == "sin" else sympy.cos(angle)
    other = sympy.cos(angle) if func == "sin" else sympy.sin(angle)
    km = k % 12
    ref = min(km % 6, 6 - km % 6) * sympy.pi / 6
    return {
        "func": func,
        "other_func": "cos" if func == "sin" else "sin",
        "angle_tex": angle_tex,
        "ref_tex": _tex(ref),
        "ref_deg": 30 * min(km % 6, 6 - km % 6),
        "quadrant": ["I", "II", "III", "IV"][km // 3],
        "value": _text(value),
        "value_tex": _tex(value),
        "neg": _text(-value),
        "swapped": _text(other),
    }


_TRIG_VALUES = [
    sympy.Rational(1, 2),
    -sympy.Rational(1, 2),
    sympy.sqrt(2) / 2,
    -sympy.sqrt(2) / 2,
    sympy.sqrt(3) / 2,
    -sympy.sqrt(3) / 2,
]


def _solutions(func: str, value: Any) -> list[Any]:
    fn = sympy.sin if func == "sin" else sympy.cos
    domain = sympy.Interval.Ropen(0, 2 * sympy.pi)
    sols = sympy.solveset(sympy.Eq(fn(x), value), x, domain)
    return sorted(sols, key=lambda v: float(v))


@generator("precalc_trig_solve")
def precalc_trig_solve(rng: random.Random) -> dict[str, Any]:
    """sin x = v or cos x = v on [0, 2 pi) for a standard value v: two solutions."""
    func = rng.choice(["sin", "cos"])
    value = rng.choice(_TRIG_VALUES)
    sols = _solutions(func, value)
    m, k = rng.randint(1, 3), rng.randint(-5, 5)
    fn = sympy.sin if func == "sin" else sympy.cos
    lhs = 2 * m * fn(x) + k
    rhs = k + 2 * m * value
    other = _solutions("cos" if func == "sin" else "sin", value)
    ref = sympy.acos(abs(value)) if func == "cos" else sympy.asin(abs(value))
    return {
        "func": func,
        "other_func": "cos" if func == "sin" else "sin",
        "value_tex": _tex(value),
        "eq_tex": f"{_tex(lhs)} = {_tex(rhs)}",
        "ref_tex": _tex(ref),
        "answer": _set_text(sols),
        "answer_tex": _set_tex(sols),
        "answer_rev": _set_text(sols[::-1]),
        "one": _set_text(sols[:1]),
        "other": _set_text(other),
        "sign_hint": "positive" if value > 0 else "negative",
        "quadrants": (
            ("I and II" if value > 0 else "III and IV")
            if func == "sin"
            else ("I and IV" if value > 0 else "II and III")
        ),
    }


_TRIPLES = [
    (3, 4, 5),
    (5, 12, 13),
    (8, 15, 17),
    (7, 24, 25),
    (20, 21, 29),
    (9, 40, 41),
    (12, 35, 37),
    (11, 60, 61),
    (28, 45, 53),
    (33, 56, 65),
    (16, 63, 65),
]


@generator("precalc_trig_pythagoras")
def precalc_trig_pythagoras(rng: random.Random) -> dict[str, Any]:
    """Given sin or cos of an angle in a stated quadrant, find the other one."""
    p, q, hyp = rng.choice(_TRIPLES)
    if rng.random() < 0.5:
        p, q = q, p
    quadrant = rng.randint(1, 4)
    sin_sign = 1 if quadrant in (1, 2) else -1
    cos_sign = 1 if quadrant in (1, 4) else -1
    given = rng.choice(["sin", "cos"])
    if given == "sin":
        given_value = sympy.Rational(sin_sign * p, hyp)
        answer = sympy.Rational(cos_sign * q, hyp)
    else:
        given_value = sympy.Rational(cos_sign * p, hyp)
        answer = sympy.Rational(sin_sign * q, hyp)
    return {
        "given": given,
        "wanted": "cos" if given == "sin" else "sin",
        "given_tex": _tex(given_value),
        "quadrant": ["I", "II", "III", "IV"][quadrant - 1],
        "square_tex": _tex(given_value**2),
        "rest_tex": _tex(1 - given_value**2),
        "answer": answer,
        "answer_tex": _tex(answer),
        "abs_tex": _tex(abs(answer)),
        "sign_word": "positive" if answer > 0 else "negative",
        "wrong_sign": -answer,
        "no_root": 1 - given_value**2,
    }


# --- limits and continuity -----------------------------------------------------------------


@generator("precalc_removable_limit")
def precalc_removable_limit(rng: random.Random) -> dict[str, Any]:
    """((x - a)(x + b))/(x - a) as x -> a, with a != 0 and a + b != 0."""
    while True:
        a, b = nonzero(rng, -6, 6), nonzero(rng, -8, 8)
        if a + b != 0 and a != b:
            break
    num = sympy.expand((x - a) * (x + b))
    return {
        "num_tex": _tex(num),
        "den_tex": _tex(x - a),
        "a": a,
        "fact_tex": rf"\left({_tex(x - a)}\right)\left({_tex(x + b)}\right)",
        "simplified_tex": _tex(x + b),
        "answer": a + b,
        "sign_slip": b - a,
    }


@generator("precalc_quadratic_ratio_limit")
def precalc_quadratic_ratio_limit(rng: random.Random) -> dict[str, Any]:
    """((x - a)(x - b))/((x - a)(x - c)) as x -> a, with a, b, c distinct."""
    while True:
        a, b, c = rng.randint(-6, 6), rng.randint(-6, 6), rng.randint(-6, 6)
        if len({a, b, c}) < 3:
            continue
        answer = sympy.Rational(a - b, a - c)
        wrong_factor = sympy.Rational(a + b, a + c) if a + c != 0 else None
        if answer not in (0, 1) and wrong_factor is not None and wrong_factor not in (answer, 1):
            break
    return {
        "num_tex": _tex(sympy.expand((x - a) * (x - b))),
        "den_tex": _tex(sympy.expand((x - a) * (x - c))),
        "a": a,
        "num_fact_tex": rf"\left({_tex(x - a)}\right)\left({_tex(x - b)}\right)",
        "den_fact_tex": rf"\left({_tex(x - a)}\right)\left({_tex(x - c)}\right)",
        "simplified_tex": rf"\frac{{{_tex(x - b)}}}{{{_tex(x - c)}}}",
        "top": a - b,
        "bottom": a - c,
        "answer": answer,
        "answer_tex": _tex(answer),
        "wrong_factor": wrong_factor,
    }


@generator("precalc_continuity_k")
def precalc_continuity_k(rng: random.Random) -> dict[str, Any]:
    """x^2 + p for x < a and k x + q for x >= a: continuity needs k = (a^2 + p - q)/a."""
    while True:
        a = rng.choice([-3, -2, 2, 3, 4])
        p, q = rng.randint(-6, 6), nonzero(rng, -6, 6)
        left = a**2 + p
        k = sympy.Rational(left - q, a)
        no_divide = left - q
        sign_slip = sympy.Rational(left + q, a)
        if len({k, no_divide, sign_slip}) == 3 and k != 0:
            break
    return {
        "left_tex": _tex(x**2 + p),
        "right_tex": rf"kx {'+' if q > 0 else '-'} {abs(q)}",
        "a": a,
        "q": q,
        "left": left,
        "eq_tex": rf"{a}k {'+' if q > 0 else '-'} {abs(q)} = {left}",
        "k": k,
        "k_tex": _tex(k),
        "no_divide": no_divide,
        "sign_slip": sign_slip,
    }


# --- finding extrema -----------------------------------------------------------------------


@generator("precalc_parabola_max")
def precalc_parabola_max(rng: random.Random) -> dict[str, Any]:
    """-a (x - h)^2 + m expanded, with h != 0 and h != m: the maximum value is m."""
    while True:
        a, h, m = rng.randint(1, 4), nonzero(rng, -5, 5), rng.randint(-9, 12)
        if h != m and m - a * h**2 != h:
            break
    f = sympy.expand(-a * (x - h) ** 2 + m)
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(sympy.diff(f, x)),
        "h": h,
        "m": m,
        "c": f.subs(x, 0),
    }


@generator("precalc_cubic_stationary")
def precalc_cubic_stationary(rng: random.Random) -> dict[str, Any]:
    """a x^3 - (3a(p+q)/2) x^2 + 3a p q x + k with p + q even, so integer coefficients."""
    while True:
        a = rng.choice([-2, -1, 1, 2])
        p = rng.randint(-5, 4)
        q = p + 2 * rng.randint(1, 3)
        if -p != q and (p, q) != (0, 0):
            break
    while True:
        k = rng.randint(-8, 8)
        f = a * x**3 - sympy.Rational(3 * a * (p + q), 2) * x**2 + 3 * a * p * q * x + k
        values = [f.subs(x, p), f.subs(x, q)]
        if set(values) != {p, q}:
            break
    df = sympy.diff(f, x)
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(df),
        "df_div_tex": _tex(sympy.expand(df / (3 * a))),
        "df_fact_tex": _tex(sympy.factor(df)),
        "three_a": 3 * a,
        "answer": _set_text([p, q]),
        "answer_tex": _set_tex([p, q]),
        "answer_rev": _set_text([q, p]),
        "flipped": _set_text([-q, -p]),
        "values": _set_text(values),
        "p": p,
        "q": q,
    }
