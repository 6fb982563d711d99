"""Generators for calculus and optimisation: functions with pleasant derivatives and integrals.

Each generator draws the coefficients of one exercise family and returns
  * SymPy expressions and numbers for answers, mistakes and tests (rendered as plain text), and
  * ready-made LaTeX strings (names ending in `_tex`) for prompts, hints and solutions, so that
    functions are shown the way a textbook writes them (descending powers, `\\ln`, decimals).
"""

import random
from typing import Any

import sympy

from . import as_sympy, generator
from .common import decimal, nonzero

x, y, z, w, h, t = sympy.symbols("x y z w h t")


def _tex(expr: Any) -> str:
    """LaTeX for a prompt: descending powers, `\\ln` for the natural logarithm."""
    return str(sympy.latex(as_sympy(expr), ln_notation=True))


def _paren(value: Any) -> str:
    """LaTeX for a number inside a product: negative numbers in brackets."""
    text = _tex(value)
    return f"({text})" if as_sympy(value) < 0 else text


def _minus(name: str, value: Any) -> str:
    """LaTeX for `name - value` with the sign tidied: x - 2, x + 3, or just x."""
    value = as_sympy(value)
    if value == 0:
        return name
    return f"{name} - {_tex(value)}" if value > 0 else f"{name} + {_tex(-value)}"


def _dparen(value: Any) -> str:
    """A decimal inside a product: negative numbers in brackets."""
    text = decimal(value, 12)
    return f"({text})" if sympy.Rational(value) < 0 else text


# --- derivatives ---------------------------------------------------------------------------


@generator("derivatives_cubic")
def derivatives_cubic(rng: random.Random) -> dict[str, Any]:
    """A cubic a x^3 + b x^2 + c x + d with a non-zero constant term, and its derivative."""
    a, b = nonzero(rng, -6, 6), rng.randint(-6, 6)
    c, d = rng.randint(-9, 9), nonzero(rng, -9, 9)
    f = a * x**3 + b * x**2 + c * x + d
    df = sympy.diff(f, x)
    no_reduce = 3 * a * x**3 + 2 * b * x**2 + c * x
    return {
        "a": a,
        "b": b,
        "c": c,
        "d": d,
        "f_tex": _tex(f),
        "df": df,
        "df_tex": _tex(df),
        "no_reduce": no_reduce,
        "no_reduce_tex": _tex(no_reduce),
    }


@generator("derivatives_cubic_point")
def derivatives_cubic_point(rng: random.Random) -> dict[str, Any]:
    """A cubic, a point x0, and the slope, the value and the 'n x^n' slip at x0."""
    a, b = nonzero(rng, -3, 3), rng.randint(-5, 5)
    c, d = rng.randint(-6, 6), rng.randint(-6, 6)
    x0 = rng.choice([-3, -2, -1, 2, 3])
    f = a * x**3 + b * x**2 + c * x + d
    df = sympy.diff(f, x)
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(df),
        "x0": x0,
        "slope": df.subs(x, x0),
        "value": f.subs(x, x0),
        "no_reduce": (3 * a * x**3 + 2 * b * x**2 + c * x).subs(x, x0),
        "no_reduce_tex": _tex(3 * a * x**3 + 2 * b * x**2 + c * x),
    }


@generator("derivatives_quadratic_secant")
def derivatives_quadratic_secant(rng: random.Random) -> dict[str, Any]:
    """A quadratic and two inputs at least 2 apart, for the slope of a secant line."""
    a, b, c = nonzero(rng, -3, 3), rng.randint(-6, 6), rng.randint(-6, 6)
    x1 = rng.randint(-4, 2)
    x2 = x1 + rng.randint(2, 4)
    f = a * x**2 + b * x + c
    return {"f_tex": _tex(f), "x1": x1, "x2": x2, "fx1": f.subs(x, x1), "fx2": f.subs(x, x2)}


@generator("derivatives_difference_quotient")
def derivatives_difference_quotient(rng: random.Random) -> dict[str, Any]:
    """A quadratic a x^2 + b x + c and its difference quotient (f(x+h) - f(x))/h."""
    a, b, c = nonzero(rng, -5, 5), nonzero(rng, -6, 6), rng.randint(-6, 6)
    f = a * x**2 + b * x + c
    fxh = a * (x + h) ** 2 + b * (x + h) + c
    quotient = sympy.expand((fxh - f) / h)
    return {
        "a": a,
        "b": b,
        "c": c,
        "f_tex": _tex(f),
        "fxh_tex": _tex(sympy.expand(fxh)),
        "diff_tex": _tex(sympy.expand(fxh - f)),
        "quotient": quotient,
        "quotient_tex": _tex(quotient),
        "no_divide": sympy.expand(fxh - f),
        "bad_square": a * h + b,
        "limit_tex": _tex(2 * a * x + b),
    }


@generator("derivatives_tangent_line")
def derivatives_tangent_line(rng: random.Random) -> dict[str, Any]:
    """A quadratic and a point x0 != 0 where the tangent has a non-zero slope."""
    while True:
        a, b, c = nonzero(rng, -3, 3), rng.randint(-5, 5), rng.randint(-5, 5)
        x0 = nonzero(rng, -3, 3)
        f = a * x**2 + b * x + c
        m, y0 = 2 * a * x0 + b, f.subs(x, x0)
        if m != 0 and y0 != 0 and y0 + m * x0 != 0 and y0 - m * x0 != 0:
            break
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(2 * a * x + b),
        "x0": x0,
        "m": m,
        "y0": y0,
        "intercept": y0 - m * x0,
        "line_tex": _tex(m * x + y0 - m * x0),
        "point_slope_tex": rf"{_minus('y', y0)} = {_tex(m)}\left({_minus('x', x0)}\right)",
    }


@generator("derivatives_linear_approximation")
def derivatives_linear_approximation(rng: random.Random) -> dict[str, Any]:
    """A quadratic, a base point and a small step, for the tangent-line estimate."""
    a, b, c = nonzero(rng, -3, 3), rng.randint(-5, 5), rng.randint(-5, 5)
    x0 = rng.randint(-3, 4)
    step = sympy.Rational(rng.choice([1, -1, 2, -2, 5, -5]), rng.choice([10, 100]))
    f = a * x**2 + b * x + c
    fx0, slope = f.subs(x, x0), 2 * a * x0 + b
    estimate = fx0 + slope * step
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(2 * a * x + b),
        "x0": x0,
        "x1_dec": decimal(x0 + step, 12),
        "step_dec": decimal(step, 12),
        "step_p": _dparen(step),
        "fx0": fx0,
        "slope": slope,
        "slope_p": _paren(slope),
        "estimate": estimate,
        "estimate_dec": decimal(estimate, 12),
        "exact": f.subs(x, x0 + step),
        "no_slope": fx0 + step,
        "change": slope * step,
    }


# --- derivative rules ----------------------------------------------------------------------


@generator("derivative_rules_basics")
def derivative_rules_basics(rng: random.Random) -> dict[str, Any]:
    """a e^x + b ln x + c sin x + d cos x with non-zero coefficients."""
    a, b, c, d = (nonzero(rng, -5, 5) for _ in range(4))
    f = a * sympy.exp(x) + b * sympy.log(x) + c * sympy.sin(x) + d * sympy.cos(x)
    df = sympy.diff(f, x)
    return {
        "f_tex": _tex(f),
        "df": df,
        "df_tex": _tex(df),
        "cos_sign": df + 2 * d * sympy.sin(x),
        "exp_power": df - a * sympy.exp(x) + a * x * sympy.exp(x - 1),
    }


_OUTER = {
    "exp": (sympy.exp(x), sympy.exp(x)),
    "sin": (sympy.sin(x), sympy.cos(x)),
    "cos": (sympy.cos(x), -sympy.sin(x)),
    "ln": (sympy.log(x), 1 / x),
}


@generator("derivative_rules_product")
def derivative_rules_product(rng: random.Random) -> dict[str, Any]:
    """(a x^n) * g(x) with g one of e^x, sin x, cos x, ln x."""
    a, n = nonzero(rng, -6, 6), rng.randint(1, 4)
    g, dg = _OUTER[rng.choice(sorted(_OUTER))]
    p = a * x**n
    dp = sympy.diff(p, x)
    df = dp * g + p * dg
    return {
        "p": p,
        "p_tex": _tex(p),
        "g": g,
        "g_tex": _tex(g),
        "dp": dp,
        "dp_tex": _tex(dp),
        "dg": dg,
        "dg_tex": _tex(dg),
        "f_tex": _tex(p * g),
        "df": df,
        "df_tex": _tex(df),
        "df_simplified": sympy.simplify(df),
        "df_latex": _tex(sympy.factor(df)),
        "both_derivs": dp * dg,
        "one_term": p * dg,
    }


@generator("derivative_rules_quotient")
def derivative_rules_quotient(rng: random.Random) -> dict[str, Any]:
    """(a x + b) / (c x + d) with c, d > 0 (pole at a negative x) and ad - bc != 0."""
    while True:
        a, b = nonzero(rng, -5, 5), rng.randint(-6, 6)
        c, d = rng.randint(1, 4), rng.randint(1, 6)
        if a * d - b * c != 0:
            break
    top, bottom = a * x + b, c * x + d
    return {
        "a": a,
        "c": c,
        "top": top,
        "bottom": bottom,
        "top_tex": _tex(top),
        "bottom_tex": _tex(bottom),
        "f_tex": rf"\frac{{{_tex(top)}}}{{{_tex(bottom)}}}",
        "num": a * d - b * c,
        "df_tex": _tex((a * d - b * c) / bottom**2),
    }


# --- chain rule ----------------------------------------------------------------------------


@generator("chain_rule_exp_linear")
def chain_rule_exp_linear(rng: random.Random) -> dict[str, Any]:
    """e^(a x + b) with |a| >= 2."""
    a = rng.choice([v for v in range(-9, 10) if abs(v) >= 2])
    b = rng.randint(-5, 5)
    inner = a * x + b
    return {
        "a": a,
        "inner_tex": _tex(inner),
        "outer": sympy.exp(inner),
        "f_tex": _tex(sympy.exp(inner)),
        "df": a * sympy.exp(inner),
        "df_tex": _tex(a * sympy.exp(inner)),
        "divided": sympy.exp(inner) / a,
    }


@generator("chain_rule_power_linear")
def chain_rule_power_linear(rng: random.Random) -> dict[str, Any]:
    """(a x + b)^n with |a| >= 2, b != 0 and n from 2 to 6."""
    a = rng.choice([v for v in range(-5, 6) if abs(v) >= 2])
    b, n = nonzero(rng, -6, 6), rng.randint(2, 6)
    inner = a * x + b
    df = n * a * inner ** (n - 1)
    return {
        "a": a,
        "n": n,
        "n1": n - 1,
        "inner_tex": _tex(inner),
        "f_tex": _tex(inner**n),
        "df": df,
        "df_tex": _tex(df),
        "df_expanded": sympy.expand(df),
        "no_inner": n * inner ** (n - 1),
        "no_reduce": n * a * inner**n,
    }


@generator("chain_rule_trig_linear")
def chain_rule_trig_linear(rng: random.Random) -> dict[str, Any]:
    """sin or cos of a x + b, with a >= 2 (so SymPy keeps the argument as written)."""
    a, b = rng.randint(2, 9), rng.randint(-6, 6)
    inner = a * x + b
    if rng.random() < 0.5:
        f, outer_d = sympy.sin(inner), sympy.cos(inner)
        rule = r"\frac{d}{du}\sin u = \cos u"
    else:
        f, outer_d = sympy.cos(inner), -sympy.sin(inner)
        rule = r"\frac{d}{du}\cos u = -\sin u"
    return {
        "a": a,
        "inner_tex": _tex(inner),
        "f_tex": _tex(f),
        "outer_d_tex": _tex(outer_d),
        "rule_tex": rule,
        "df": a * outer_d,
        "df_tex": _tex(a * outer_d),
        "no_inner": outer_d,
        "wrong_sign": -a * outer_d,
    }


@generator("chain_rule_log_quadratic")
def chain_rule_log_quadratic(rng: random.Random) -> dict[str, Any]:
    """ln(a x^n + b) with n = 2 or 4 and a, b > 0, so the logarithm is defined for every x."""
    a, b, n = rng.randint(1, 9), rng.randint(1, 12), rng.choice([2, 4])
    inner = a * x**n + b
    dinner = n * a * x ** (n - 1)
    df = dinner / inner
    return {
        "inner_tex": _tex(inner),
        "dinner_tex": _tex(dinner),
        "f_tex": _tex(sympy.log(inner)),
        "df": df,
        "df_tex": _tex(df),
        "no_inner": 1 / inner,
        "outer_kept": dinner * sympy.log(inner),
    }


@generator("chain_rule_sqrt_quadratic")
def chain_rule_sqrt_quadratic(rng: random.Random) -> dict[str, Any]:
    """sqrt(a x^n + b) with n = 2 or 4 and a, b > 0."""
    a, b, n = rng.randint(1, 9), rng.randint(1, 12), rng.choice([2, 4])
    inner = a * x**n + b
    dinner = n * a * x ** (n - 1)
    df = dinner / (2 * sympy.sqrt(inner))
    return {
        "inner_tex": _tex(inner),
        "dinner_tex": _tex(dinner),
        "f_tex": _tex(sympy.sqrt(inner)),
        "df": df,
        "df_tex": _tex(df),
        "no_inner": 1 / (2 * sympy.sqrt(inner)),
        "no_half": dinner / sympy.sqrt(inner),
    }


@generator("chain_rule_three_links")
def chain_rule_three_links(rng: random.Random) -> dict[str, Any]:
    """ln(1 + (a x + b)^2) at a point x0 where u = a x0 + b is non-zero and 2u != a."""
    while True:
        a = rng.choice([-5, -4, -3, -2, 2, 3, 4, 5])
        b, x0 = rng.randint(-6, 6), rng.randint(-3, 3)
        u = a * x0 + b
        if u != 0 and abs(u) <= 4 and 2 * u != a:
            break
    inner = a * x + b
    return {
        "a": a,
        "x0": x0,
        "u": u,
        "u_p": _paren(u),
        "a_p": _paren(a),
        "inner_tex": _tex(inner),
        "f_tex": rf"\ln\left(1 + \left({_tex(inner)}\right)^{{2}}\right)",
        "slope": sympy.Rational(2 * a * u, 1 + u**2),
        "no_inner": sympy.Rational(2 * u, 1 + u**2),
        "no_middle": sympy.Rational(a, 1 + u**2),
    }


# --- partial derivatives -------------------------------------------------------------------


@generator("partial_polynomial")
def partial_polynomial(rng: random.Random) -> dict[str, Any]:
    """a x^2 y + b x y + c y^2 + d x, and the partial derivative with respect to x or to y."""
    a, b, c, d = (nonzero(rng, -6, 6) for _ in range(4))
    f = a * x**2 * y + b * x * y + c * y**2 + d * x
    fx, fy = sympy.diff(f, x), sympy.diff(f, y)
    if rng.random() < 0.5:
        var, held, answer, other, kept, const = "x", "y", fx, fy, fx + c * y**2, c * y**2
    else:
        var, held, answer, other, kept, const = "y", "x", fy, fx, fy + d * x, d * x
    return {
        "f_tex": _tex(f),
        "var": var,
        "held": held,
        "answer": answer,
        "answer_tex": _tex(answer),
        "other": other,
        "kept": kept,
        "const_tex": _tex(const),
    }


@generator("partial_at_point")
def partial_at_point(rng: random.Random) -> dict[str, Any]:
    """A quadratic in x and y, a point, and one partial derivative (x or y) at that point."""
    a, b, c = nonzero(rng, -4, 4), nonzero(rng, -5, 5), nonzero(rng, -4, 4)
    d, e = rng.randint(-6, 6), rng.randint(-6, 6)
    x0, y0 = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
    f = a * x**2 + b * x * y + c * y**2 + d * x + e * y
    fx, fy = sympy.diff(f, x), sympy.diff(f, y)
    at = {x: x0, y: y0}
    if rng.random() < 0.5:
        var, held, part, other = "x", "y", fx, fy
    else:
        var, held, part, other = "y", "x", fy, fx
    return {
        "f_tex": _tex(f),
        "var": var,
        "held": held,
        "x0": x0,
        "y0": y0,
        "part_tex": _tex(part),
        "answer": part.subs(at),
        "other": other.subs(at),
        "value": f.subs(at),
    }


@generator("partial_exp_product")
def partial_exp_product(rng: random.Random) -> dict[str, Any]:
    """c x^m e^(a y): its partial derivative with respect to y."""
    c, m = nonzero(rng, -5, 5), rng.randint(2, 4)
    a = rng.choice([v for v in range(-5, 6) if abs(v) >= 2])
    f = c * x**m * sympy.exp(a * y)
    fy = sympy.diff(f, y)
    return {
        "f_tex": _tex(f),
        "coef_tex": _tex(c * x**m),
        "a": a,
        "exp_tex": _tex(sympy.exp(a * y)),
        "answer": fy,
        "answer_tex": _tex(fy),
        "no_inner": f,
        "held_diff": sympy.diff(fy, x),
    }


@generator("partial_mixed")
def partial_mixed(rng: random.Random) -> dict[str, Any]:
    """a x^m y^n + e^(b x y) and its mixed second partial derivative."""
    a, m, n = nonzero(rng, -5, 5), rng.randint(2, 3), rng.randint(2, 3)
    b = nonzero(rng, -3, 3)
    f = a * x**m * y**n + sympy.exp(b * x * y)
    fx, fy = sympy.diff(f, x), sympy.diff(f, y)
    fxy = sympy.diff(fx, y)
    exp_part = sympy.exp(b * x * y)
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(fx),
        "answer": fxy,
        "answer_tex": _tex(fxy),
        "answer_factored_tex": _tex(
            a * m * n * x ** (m - 1) * y ** (n - 1) + b * (1 + b * x * y) * exp_part
        ),
        "fxx": sympy.diff(fx, x),
        "product": fx * fy,
        "no_product": fxy - b * exp_part,
    }


# --- gradients -----------------------------------------------------------------------------


@generator("gradients_quadratic")
def gradients_quadratic(rng: random.Random) -> dict[str, Any]:
    """a x^2 + b x y + c y^2 (b != 0) and its gradient as expressions."""
    while True:
        a, b, c = (nonzero(rng, -6, 6) for _ in range(3))
        if not (b == 2 * a and b == 2 * c):
            break
    f = a * x**2 + b * x * y + c * y**2
    gx, gy = sympy.diff(f, x), sympy.diff(f, y)
    return {
        "f_tex": _tex(f),
        "gx": gx,
        "gy": gy,
        "gx_tex": _tex(gx),
        "gy_tex": _tex(gy),
        "dx": 2 * a * x,
        "dy": 2 * c * y,
    }


@generator("gradients_at_point")
def gradients_at_point(rng: random.Random) -> dict[str, Any]:
    """A quadratic in x and y and its gradient at an integer point, all slips distinct."""
    while True:
        a, b, c = nonzero(rng, -4, 4), nonzero(rng, -4, 4), nonzero(rng, -4, 4)
        d, e = rng.randint(-6, 6), rng.randint(-6, 6)
        x0, y0 = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
        gx, gy = 2 * a * x0 + b * y0 + d, b * x0 + 2 * c * y0 + e
        dropped = (2 * a * x0 + d, 2 * c * y0 + e)
        if gx != gy and dropped != (gy, gx):
            break
    f = a * x**2 + b * x * y + c * y**2 + d * x + e * y
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "x0": x0,
        "y0": y0,
        "gx": gx,
        "gy": gy,
        "dx": dropped[0],
        "dy": dropped[1],
    }


@generator("gradients_three_variables")
def gradients_three_variables(rng: random.Random) -> dict[str, Any]:
    """a x y z + b x^2 + c y z^2 and its gradient."""
    a, b, c = (nonzero(rng, -6, 6) for _ in range(3))
    f = a * x * y * z + b * x**2 + c * y * z**2
    gx, gy, gz = (sympy.diff(f, v) for v in (x, y, z))
    return {
        "f_tex": _tex(f),
        "gx": gx,
        "gy": gy,
        "gz": gz,
        "gx_tex": _tex(gx),
        "gy_tex": _tex(gy),
        "gz_tex": _tex(gz),
        "gz_dropped": a * x * y + 2 * c * z,
    }


def _quadratic_2d_gradient(rng: random.Random) -> tuple[sympy.Expr, int, int, int, int]:
    """a x^2 + b x y + c y^2, a point, and the gradient there with both components non-zero."""
    while True:
        a, b, c = nonzero(rng, -3, 3), rng.randint(-3, 3), nonzero(rng, -3, 3)
        x0, y0 = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
        gx, gy = 2 * a * x0 + b * y0, b * x0 + 2 * c * y0
        if gx != 0 and gy != 0:
            return a * x**2 + b * x * y + c * y**2, x0, y0, gx, gy


@generator("gradients_norm")
def gradients_norm(rng: random.Random) -> dict[str, Any]:
    """A quadratic, a point, and the length of the gradient there."""
    while True:
        f, x0, y0, gx, gy = _quadratic_2d_gradient(rng)
        if gx**2 + gy**2 != abs(gx) + abs(gy):
            break
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "x0": x0,
        "y0": y0,
        "gx": gx,
        "gy": gy,
        "gx_p": _paren(gx),
        "gy_p": _paren(gy),
        "squared": gx**2 + gy**2,
        "norm": sympy.sqrt(gx**2 + gy**2),
        "norm_tex": _tex(sympy.sqrt(gx**2 + gy**2)),
        "l1": abs(gx) + abs(gy),
    }


_PYTHAGOREAN = [(3, 4), (4, 3), (5, 12), (12, 5), (6, 8), (8, 6)]


@generator("gradients_directional")
def gradients_directional(rng: random.Random) -> dict[str, Any]:
    """A quadratic, a point and a non-unit direction with integer length."""
    f, x0, y0, gx, gy = _quadratic_2d_gradient(rng)
    v1, v2 = rng.choice(_PYTHAGOREAN)
    v1, v2 = v1 * rng.choice([1, -1]), v2 * rng.choice([1, -1])
    length = int(sympy.sqrt(v1**2 + v2**2))
    dot = gx * v1 + gy * v2
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "x0": x0,
        "y0": y0,
        "gx": gx,
        "gy": gy,
        "v1": v1,
        "v2": v2,
        "v1_p": _paren(v1),
        "v2_p": _paren(v2),
        "gx_p": _paren(gx),
        "gy_p": _paren(gy),
        "length": length,
        "dot": dot,
        "answer": sympy.Rational(dot, length),
        "norm": sympy.sqrt(gx**2 + gy**2),
    }


@generator("gradients_descent_direction")
def gradients_descent_direction(rng: random.Random) -> dict[str, Any]:
    """A stretched bowl a x^2 + c y^2 (a != c) and a point off both axes."""
    while True:
        a, c = rng.sample(range(1, 7), 2)
        x0, y0 = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
        if a * x0 != c * y0:
            break
    f = a * x**2 + c * y**2
    return {
        "f_tex": _tex(f),
        "x0": x0,
        "y0": y0,
        "gx": 2 * a * x0,
        "gy": 2 * c * y0,
        "nx": -2 * a * x0,
        "ny": -2 * c * y0,
        "grad_tex": rf"\begin{{bmatrix}} {_tex(2 * a * x)} \\ {_tex(2 * c * y)} \end{{bmatrix}}",
    }


# --- integrals -----------------------------------------------------------------------------


@generator("integrals_line")
def integrals_line(rng: random.Random) -> dict[str, Any]:
    """A line m x + c that stays positive on [a, b]: the region under it is a trapezium."""
    while True:
        m, c = nonzero(rng, -4, 4), rng.randint(-6, 12)
        a = rng.randint(-2, 4)
        b = a + rng.randint(1, 5)
        fa, fb = m * a + c, m * b + c
        if fa > 0 and fb > 0:
            break
    return {
        "f_tex": _tex(m * x + c),
        "a": a,
        "b": b,
        "fa": fa,
        "fb": fb,
        "width": b - a,
        "area": sympy.Rational((b - a) * (fa + fb), 2),
        "no_half": (b - a) * (fa + fb),
        "one_height": (b - a) * fb,
    }


@generator("integrals_antiderivative")
def integrals_antiderivative(rng: random.Random) -> dict[str, Any]:
    """A cubic whose antiderivative with F(0) = 0 has integer coefficients."""
    k, j, i, d = nonzero(rng, -3, 3), rng.randint(-3, 3), rng.randint(-4, 4), nonzero(rng, -9, 9)
    antiderivative = k * x**4 + j * x**3 + i * x**2 + d * x
    f = sympy.diff(antiderivative, x)
    return {
        "f_tex": _tex(f),
        "F": antiderivative,
        "F_tex": _tex(antiderivative),
        "F_factored_tex": _tex(sympy.factor(antiderivative)),
        "df": sympy.diff(f, x),
        "no_divide": sympy.expand(x * f),
    }


@generator("integrals_polynomial")
def integrals_polynomial(rng: random.Random) -> dict[str, Any]:
    """A quadratic p x^2 + q x + r and an interval [a, b] with small integer ends."""
    p, q, r = nonzero(rng, -3, 3), rng.randint(-4, 4), rng.randint(-5, 5)
    a = rng.randint(-2, 2)
    b = a + rng.randint(1, 3)
    f = p * x**2 + q * x + r
    antiderivative = sympy.integrate(f, x)
    undivided = p * x**3 + q * x**2 + r * x
    big_f = sympy.Lambda(x, antiderivative)
    return {
        "f_tex": _tex(f),
        "F_tex": _tex(antiderivative),
        "a": a,
        "b": b,
        "Fa": big_f(a),
        "Fb": big_f(b),
        "Fa_tex": _tex(big_f(a)),
        "Fb_tex": _tex(big_f(b)),
        "integral": big_f(b) - big_f(a),
        "integral_tex": _tex(big_f(b) - big_f(a)),
        "heights": f.subs(x, b) - f.subs(x, a),
        "undivided": undivided.subs(x, b) - undivided.subs(x, a),
    }


@generator("integrals_signed")
def integrals_signed(rng: random.Random) -> dict[str, Any]:
    """A line m (x - r) crossing zero inside [a, b], with unequal pieces either side."""
    while True:
        m, r = nonzero(rng, -3, 3), rng.randint(-2, 3)
        a, b = r - rng.randint(1, 4), r + rng.randint(1, 4)
        if b - r != r - a:
            break
    left, right = sympy.Rational(m * (a - r) ** 2, 2), sympy.Rational(m * (b - r) ** 2, 2)
    # the signed integral is right - left: the piece left of r is on the other side of the axis
    return {
        "f_tex": _tex(m * x - m * r),
        "m": m,
        "r": r,
        "a": a,
        "b": b,
        "left_area": abs(left),
        "right_area": abs(right),
        "integral": right - left,
        "total": abs(left) + abs(right),
        "sign_word": "above" if m > 0 else "below",
        "other_word": "below" if m > 0 else "above",
    }


@generator("integrals_riemann")
def integrals_riemann(rng: random.Random) -> dict[str, Any]:
    """A left Riemann sum of p x^2 + q with n strips of width 1/2 or 2."""
    p, q = rng.randint(1, 3), rng.randint(0, 5)
    width = sympy.Rational(rng.choice([1, 4]), 2)
    n, start = rng.choice([3, 4]), rng.randint(0, 2)
    f = p * x**2 + q
    points = [start + k * width for k in range(n + 1)]
    heights = [f.subs(x, t) for t in points]
    left = sum(heights[:-1])
    return {
        "f_tex": _tex(f),
        "n": n,
        "a": start,
        "b_dec": decimal(start + n * width, 12),
        "width_dec": decimal(width, 12),
        "points_tex": ", ".join(decimal(t, 12) for t in points[:-1]),
        "heights_tex": " + ".join(_tex(v) for v in heights[:-1]),
        "heights_sum": left,
        "heights_sum_tex": _tex(left),
        "left": width * left,
        "left_tex": _tex(width * left),
        "right": width * sum(heights[1:]),
    }


# --- second derivatives --------------------------------------------------------------------


@generator("second_quartic")
def second_quartic(rng: random.Random) -> dict[str, Any]:
    """A quartic polynomial and its first three derivatives."""
    a, b = nonzero(rng, -3, 3), rng.randint(-5, 5)
    c, d, e = rng.randint(-6, 6), rng.randint(-9, 9), rng.randint(-9, 9)
    f = a * x**4 + b * x**3 + c * x**2 + d * x + e
    d1 = sympy.diff(f, x)
    d2 = sympy.diff(d1, x)
    return {
        "f_tex": _tex(f),
        "d1": d1,
        "d1_tex": _tex(d1),
        "d2": d2,
        "d2_tex": _tex(d2),
        "d3": sympy.diff(d2, x),
    }


def _cubic(rng: random.Random) -> tuple[sympy.Expr, int]:
    a, b = nonzero(rng, -3, 3), rng.randint(-6, 6)
    c, d = rng.randint(-6, 6), rng.randint(-6, 6)
    return a * x**3 + b * x**2 + c * x + d, rng.randint(-3, 3)


@generator("second_cubic_point")
def second_cubic_point(rng: random.Random) -> dict[str, Any]:
    """A cubic, a point, and f, f', f'' there."""
    f, x0 = _cubic(rng)
    d1 = sympy.diff(f, x)
    d2 = sympy.diff(d1, x)
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(d1),
        "d2_tex": _tex(d2),
        "x0": x0,
        "value": f.subs(x, x0),
        "slope": d1.subs(x, x0),
        "curvature": d2.subs(x, x0),
    }


@generator("second_concavity")
def second_concavity(rng: random.Random) -> dict[str, Any]:
    """A cubic and a point where f' and f'' are non-zero with opposite signs."""
    while True:
        f, x0 = _cubic(rng)
        d1 = sympy.diff(f, x)
        d2 = sympy.diff(d1, x)
        s1, s2 = d1.subs(x, x0), d2.subs(x, x0)
        if s1 * s2 < 0:
            break
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(d1),
        "d2_tex": _tex(d2),
        "x0": x0,
        "slope": s1,
        "curvature": s2,
        "answer": "up" if s2 > 0 else "down",
        "from_slope": "up" if s1 > 0 else "down",
        "sign_word": "positive" if s2 > 0 else "negative",
    }


@generator("second_inflection")
def second_inflection(rng: random.Random) -> dict[str, Any]:
    """a (x - p)^3 - 3 a m^2 (x - p) + k, expanded: inflection at p, stationary at p +- m."""
    while True:
        a, p, m = rng.choice([-2, -1, 1, 2]), nonzero(rng, -4, 4), rng.randint(1, 3)
        if -p not in (p + m, p - m):
            break
    k = rng.randint(-5, 5)
    f = sympy.expand(a * (x - p) ** 3 - 3 * a * m**2 * (x - p) + k)
    d1 = sympy.diff(f, x)
    d2 = sympy.diff(d1, x)
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(d1),
        "d2_tex": _tex(d2),
        "p": p,
        "neg_p": -p,
        "high": p + m,
        "low": p - m,
    }


@generator("second_exp_product")
def second_exp_product(rng: random.Random) -> dict[str, Any]:
    """(c x + b) e^(a x) and its first and second derivatives."""
    a, c, b = nonzero(rng, -3, 3), nonzero(rng, -3, 3), rng.randint(-3, 3)
    f = (c * x + b) * sympy.exp(a * x)
    d1 = sympy.diff(f, x)
    d2 = sympy.diff(d1, x)
    e = sympy.exp(a * x)
    return {
        "f_tex": _tex(f),
        "d1": d1,
        "d1_tex": _tex(sympy.collect(sympy.expand(d1 / e), x) * e),
        "d2": d2,
        "d2_tex": _tex(sympy.collect(sympy.expand(d2 / e), x) * e),
        "product_skipped": a**2 * (c * x + b) * e,
    }


# --- gradient descent ----------------------------------------------------------------------

_RATES = [sympy.Rational(1, 10), sympy.Rational(1, 20), sympy.Rational(1, 5), sympy.Rational(1, 4)]


def _bowl_1d(rng: random.Random) -> tuple[int, int, sympy.Expr]:
    """a (w - c)^2 with a from 1 to 5 and an integer centre c."""
    a, c = rng.randint(1, 5), rng.randint(-4, 4)
    return a, c, a * (w - c) ** 2


@generator("gd_step_1d")
def gd_step_1d(rng: random.Random) -> dict[str, Any]:
    """One gradient descent step on a (w - c)^2 from w0 != c."""
    a, c, f = _bowl_1d(rng)
    w0 = rng.choice([v for v in range(-5, 6) if v != c])
    eta = rng.choice(_RATES)
    g0 = 2 * a * (w0 - c)
    w1 = w0 - eta * g0
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(2 * a * (w - c)),
        "w0": w0,
        "eta_dec": decimal(eta, 12),
        "g0": g0,
        "g0_p": _paren(g0),
        "w1": w1,
        "w1_dec": decimal(w1, 12),
        "wrong_sign": w0 + eta * g0,
        "no_rate": w0 - g0,
    }


@generator("gd_two_steps")
def gd_two_steps(rng: random.Random) -> dict[str, Any]:
    """Two gradient descent steps on a (w - c)^2 that do not land on the minimum."""
    while True:
        a, c, f = _bowl_1d(rng)
        w0 = rng.choice([v for v in range(-5, 6) if v != c])
        eta = rng.choice(_RATES[:3])
        if 2 * a * eta != 1:
            break
    g0 = 2 * a * (w0 - c)
    w1 = w0 - eta * g0
    g1 = 2 * a * (w1 - c)
    w2 = w1 - eta * g1
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(2 * a * (w - c)),
        "w0": w0,
        "eta_dec": decimal(eta, 12),
        "g0": g0,
        "g0_p": _paren(g0),
        "w1": w1,
        "w1_dec": decimal(w1, 12),
        "g1_dec": decimal(g1, 12),
        "g1_p": _dparen(g1),
        "w2": w2,
        "w2_dec": decimal(w2, 12),
        "reused": w0 - 2 * eta * g0,
    }


@generator("gd_step_2d")
def gd_step_2d(rng: random.Random) -> dict[str, Any]:
    """One gradient descent step on a x^2 + b x y + c y^2 from an integer point."""
    while True:
        a, b, c = rng.randint(1, 4), rng.randint(-3, 3), rng.randint(1, 4)
        x0, y0 = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
        eta = rng.choice(_RATES[:3])
        gx, gy = 2 * a * x0 + b * y0, b * x0 + 2 * c * y0
        if (gx, gy) != (0, 0) and (x0 + 2 * eta * gx, y0 + 2 * eta * gy) != (0, 0):
            break
    f = a * x**2 + b * x * y + c * y**2
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "x0": x0,
        "y0": y0,
        "eta_dec": decimal(eta, 12),
        "gx": gx,
        "gy": gy,
        "x1": x0 - eta * gx,
        "y1": y0 - eta * gy,
        "x1_dec": decimal(x0 - eta * gx, 12),
        "y1_dec": decimal(y0 - eta * gy, 12),
        "px": x0 + eta * gx,
        "py": y0 + eta * gy,
        "sx": -eta * gx,
        "sy": -eta * gy,
    }


@generator("gd_linear_regression")
def gd_linear_regression(rng: random.Random) -> dict[str, Any]:
    """One step of gradient descent on the mean squared error of a line fitted to two points."""
    while True:
        xs = rng.sample(range(-3, 5), 2)
        ys = [rng.randint(-5, 6) for _ in xs]
        w0, b0 = rng.randint(-2, 2), rng.randint(-2, 2)
        eta = rng.choice(_RATES[:2])
        res = [w0 * xi + b0 - yi for xi, yi in zip(xs, ys, strict=True)]
        gw = sum(r * xi for r, xi in zip(res, xs, strict=True))  # (2/n) * sum with n = 2
        gb = sum(res)
        answer = (w0 - eta * gw, b0 - eta * gb)
        slips = [
            (w0 + eta * gw, b0 + eta * gb),
            (w0 - eta * gw / 2, b0 - eta * gb / 2),
            (w0 - eta * gb, b0 - eta * gb),
        ]
        if gw != 0 and gb != 0 and gw != gb and len({answer, *slips}) == 4:
            break
    return {
        "x1": xs[0],
        "x2": xs[1],
        "y1": ys[0],
        "y2": ys[1],
        "w0": w0,
        "b0": b0,
        "eta_dec": decimal(eta, 12),
        "r1": res[0],
        "r2": res[1],
        "r1_p": _paren(res[0]),
        "r2_p": _paren(res[1]),
        "x1_p": _paren(xs[0]),
        "x2_p": _paren(xs[1]),
        "gw": gw,
        "gb": gb,
        "w1": answer[0],
        "b1": answer[1],
        "w1_dec": decimal(answer[0], 12),
        "b1_dec": decimal(answer[1], 12),
        "sign_w": slips[0][0],
        "sign_b": slips[0][1],
        "half_w": slips[1][0],
        "half_b": slips[1][1],
        "noinner_w": slips[2][0],
        "noinner_b": slips[2][1],
    }


@generator("gd_one_step_rate")
def gd_one_step_rate(rng: random.Random) -> dict[str, Any]:
    """a w^2 + b w + k: the learning rate that reaches the minimum in one step is 1/(2a)."""
    a, b, k = rng.randint(1, 10), nonzero(rng, -8, 8), rng.randint(-5, 5)
    f = a * w**2 + b * w + k
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(2 * a * w + b),
        "a": a,
        "two_a": 2 * a,
        "w_star_tex": _tex(sympy.Rational(-b, 2 * a)),
        "rate": sympy.Rational(1, 2 * a),
        "rate_tex": _tex(sympy.Rational(1, 2 * a)),
        "no_two": sympy.Rational(1, a),
        "inverted": 2 * a,
    }


# --- convexity -----------------------------------------------------------------------------


def _convex_example(rng: random.Random) -> sympy.Expr:
    kind = rng.choice(["parabola", "exp", "quartic"])
    if kind == "parabola":
        return rng.randint(1, 5) * x**2 + rng.randint(-6, 6) * x + rng.randint(-5, 5)
    if kind == "exp":
        return sympy.exp(nonzero(rng, -3, 3) * x) + rng.randint(-5, 5) * x
    return rng.randint(1, 3) * x**4 + rng.randint(1, 5) * x**2


@generator("convexity_which")
def convexity_which(rng: random.Random) -> dict[str, Any]:
    """Four functions labelled A-D: one convex, one concave, one increasing cubic (not convex)
    and one quartic with a dip at the origin (not convex)."""
    functions = {
        "convex": _convex_example(rng),
        "concave": -rng.randint(1, 5) * x**2 + rng.randint(-6, 6) * x + rng.randint(-5, 5),
        "cubic": x**3 + rng.randint(1, 6) * x + rng.randint(-5, 5),
        "dip": rng.randint(1, 3) * x**4 - rng.randint(1, 6) * x**2,
    }
    roles = list(functions)
    rng.shuffle(roles)
    values: dict[str, Any] = {}
    for label, role in zip("ABCD", roles, strict=True):
        values[f"f{label}"] = _tex(functions[role])
        values[role] = label
        values[f"{role}_tex"] = _tex(functions[role])
        values[f"{role}_d2_tex"] = _tex(sympy.expand(sympy.diff(functions[role], x, 2)))
    return values


@generator("convexity_cubic_interval")
def convexity_cubic_interval(rng: random.Random) -> dict[str, Any]:
    """A cubic with an integer inflection point p, convex on one side of it."""
    a, p = nonzero(rng, -3, 3), nonzero(rng, -4, 4)
    c, d = rng.randint(-6, 6), rng.randint(-6, 6)
    f = a * x**3 - 3 * a * p * x**2 + c * x + d
    d2 = sympy.expand(sympy.diff(f, x, 2))
    if a > 0:
        answer, other, flipped, opened = (
            f"[{p}, oo)",
            f"(-oo, {p}]",
            f"[{-p}, oo)",
            f"({p}, oo)",
        )
    else:
        answer, other, flipped, opened = (
            f"(-oo, {p}]",
            f"[{p}, oo)",
            f"(-oo, {-p}]",
            f"(-oo, {p})",
        )
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(sympy.diff(f, x)),
        "d2_tex": _tex(d2),
        "p": p,
        "answer": answer,
        "answer_tex": answer.replace("oo", r"\infty"),
        "other": other,
        "flipped": flipped,
        "opened": opened,
        "side": "right" if a > 0 else "left",
        "lead_sign": "positive" if a > 0 else "negative",
    }


_WEIGHTS = [sympy.Rational(1, 3), sympy.Rational(2, 3), sympy.Rational(1, 4), sympy.Rational(3, 4)]


@generator("convexity_chord")
def convexity_chord(rng: random.Random) -> dict[str, Any]:
    """Both sides of the convexity inequality for a convex parabola."""
    while True:
        a, b, c = rng.randint(1, 3), rng.randint(-4, 4), rng.randint(-5, 5)
        x1, x2 = rng.sample(range(-4, 5), 2)
        lam = rng.choice(_WEIGHTS)
        f = sympy.Lambda(x, a * x**2 + b * x + c)
        mid = lam * x1 + (1 - lam) * x2
        swapped_mid = lam * x2 + (1 - lam) * x1
        pair = (f(mid), lam * f(x1) + (1 - lam) * f(x2))
        swapped = (f(swapped_mid), lam * f(x2) + (1 - lam) * f(x1))
        if swapped not in (pair, pair[::-1]):
            break
    return {
        "f_tex": _tex(f(t)),
        "x1": x1,
        "x2": x2,
        "x2_p": _paren(x2),
        "x1_p": _paren(x1),
        "lam_tex": _tex(lam),
        "rest_tex": _tex(1 - lam),
        "mid": mid,
        "mid_tex": _tex(mid),
        "fx1": f(x1),
        "fx2": f(x2),
        "fx1_p": _paren(f(x1)),
        "fx2_p": _paren(f(x2)),
        "left": f(mid),
        "left_tex": _tex(f(mid)),
        "right": lam * f(x1) + (1 - lam) * f(x2),
        "right_tex": _tex(lam * f(x1) + (1 - lam) * f(x2)),
        "swap_left": f(swapped_mid),
        "swap_right": lam * f(x2) + (1 - lam) * f(x1),
    }


@generator("convexity_threshold")
def convexity_threshold(rng: random.Random) -> dict[str, Any]:
    """a x^2 + k x y + c y^2 is convex exactly when |k| <= 2 sqrt(a c)."""
    a, c = rng.randint(1, 15), rng.randint(1, 15)
    return {
        "a": a,
        "c": c,
        "two_a": 2 * a,
        "two_c": 2 * c,
        "four_ac": 4 * a * c,
        "answer": 2 * sympy.sqrt(a * c),
        "answer_tex": _tex(2 * sympy.sqrt(a * c)),
        "no_two": sympy.sqrt(a * c),
        "no_root": 4 * a * c,
        "f_tex": rf"{_tex(a * x**2)} + kxy + {_tex(c * y**2)}",
    }


# --- local and global minima ---------------------------------------------------------------


@generator("minima_quadratic")
def minima_quadratic(rng: random.Random) -> dict[str, Any]:
    """An upward parabola a x^2 + b x + c with b != 0."""
    a, b, c = rng.randint(1, 6), nonzero(rng, -9, 9), rng.randint(-6, 6)
    f = a * x**2 + b * x + c
    star = sympy.Rational(-b, 2 * a)
    return {
        "f_tex": _tex(f),
        "df_tex": _tex(2 * a * x + b),
        "two_a": 2 * a,
        "b": b,
        "star": star,
        "star_tex": _tex(star),
        "flipped": -star,
        "no_two": sympy.Rational(-b, a),
        "min_value": f.subs(x, star),
    }


@generator("minima_classify")
def minima_classify(rng: random.Random) -> dict[str, Any]:
    """A cubic with integer stationary points p < q, and one of them to classify."""
    a = rng.choice([-2, -1, 1, 2])
    p = rng.randint(-4, 3)
    q = p + 2 * rng.randint(1, 3)
    k = rng.randint(-6, 6)
    f = a * x**3 - sympy.Rational(3 * a * (p + q), 2) * x**2 + 3 * a * p * q * x + k
    d2 = sympy.expand(sympy.diff(f, x, 2))
    s = rng.choice([p, q])
    curvature = d2.subs(x, s)
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(sympy.diff(f, x)),
        "d1_factored_tex": _tex(sympy.factor(sympy.diff(f, x))),
        "d2_tex": _tex(d2),
        "s": s,
        "curvature": curvature,
        "answer": "min" if curvature > 0 else "max",
        "swapped": "max" if curvature > 0 else "min",
        "answer_words": "local minimum" if curvature > 0 else "local maximum",
        "sign_word": "positive" if curvature > 0 else "negative",
    }


@generator("minima_closed_interval")
def minima_closed_interval(rng: random.Random) -> dict[str, Any]:
    """s (x^3 - 3 m^2 x) + k on [l, r]: the interior local minimum is beaten by an endpoint."""
    s, m, k = rng.choice([1, -1]), rng.randint(1, 2), rng.randint(-6, 6)
    f = s * (x**3 - 3 * m**2 * x) + k
    local_min = m if s > 0 else -m
    if s > 0:  # local max at -m, local min at m; the left end must lie beyond -2m
        left, right = -2 * m - rng.randint(1, 2), m + rng.randint(0, 2)
        end = left
    else:  # local min at -m, local max at m; the right end must lie beyond 2m
        left, right = -m - rng.randint(0, 2), 2 * m + rng.randint(1, 2)
        end = right
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(sympy.diff(f, x)),
        "d2_tex": _tex(sympy.expand(sympy.diff(f, x, 2))),
        "m": m,
        "left": left,
        "right": right,
        "local_min": local_min,
        "local_max": -local_min,
        "f_local_min": f.subs(x, local_min),
        "f_local_max": f.subs(x, -local_min),
        "f_left": f.subs(x, left),
        "f_right": f.subs(x, right),
        "end": end,
        "answer": f.subs(x, end),
    }


@generator("minima_quartic_global")
def minima_quartic_global(rng: random.Random) -> dict[str, Any]:
    """3x^4 - 4(p+q)x^3 + 6pq x^2 + k: stationary at 0, p, q; two local minima, one global."""
    while True:
        p, q = rng.sample([-4, -3, -2, -1, 1, 2, 3, 4], 2)
        if p + q != 0:
            break
    k = rng.randint(-5, 5)
    f = 3 * x**4 - 4 * (p + q) * x**3 + 6 * p * q * x**2 + k
    r1, r2, r3 = sorted([0, p, q])
    f1, f3 = f.subs(x, r1), f.subs(x, r3)
    best, other = (r1, r3) if f1 < f3 else (r3, r1)
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(sympy.diff(f, x)),
        "d1_factored_tex": _tex(sympy.factor(sympy.diff(f, x))),
        "r1": r1,
        "r2": r2,
        "r3": r3,
        "f1": f1,
        "f2": f.subs(x, r2),
        "f3": f3,
        "best": best,
        "other": other,
        "best_value": f.subs(x, best),
    }


@generator("minima_2d_quadratic")
def minima_2d_quadratic(rng: random.Random) -> dict[str, Any]:
    """a x^2 + c y^2 + d x + e y + k with a, c > 0 and an integer minimiser (p, q)."""
    a, c = rng.randint(1, 4), rng.randint(1, 4)
    p, q = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
    d, e, k = -2 * a * p, -2 * c * q, rng.randint(-6, 6)
    f = a * x**2 + c * y**2 + d * x + e * y + k
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "p": p,
        "q": q,
        "np": -p,
        "nq": -q,
        "tp": 2 * p,
        "tq": 2 * q,
        "two_a": 2 * a,
        "two_c": 2 * c,
    }
