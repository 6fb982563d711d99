"""Generators for extra calculus and precalculus templates: algebra, logarithms, extrema,
functions, limits, and the Hessian and Jacobian matrices.

Each generator returns SymPy values (rendered as plain text in answers, mistakes and tests) and
ready-made LaTeX strings (names ending in `_tex`) for prompts, hints and solutions.
"""

import math
import random
from typing import Any

import sympy

from . import as_sympy, generator
from .common import decimal, nonzero

x, y = sympy.symbols("x y")
eta = sympy.Symbol("eta")


def _tex(expr: Any) -> str:
    return str(sympy.latex(as_sympy(expr), ln_notation=True))


def _text(expr: Any) -> str:
    """Plain text the grader reads back."""
    return str(as_sympy(expr)).replace("**", "^")


def _round(value: float, places: int) -> str:
    return f"{value:.{places}f}"


def _term(coef: int, name: str, first: bool) -> str:
    """LaTeX for the term coef*name inside a sum, keeping the author's order of terms."""
    sign = "-" if coef < 0 else ("" if first else "+")
    size = abs(coef)
    body = name if size == 1 and name else f"{size}{name}" if name else str(size)
    return f"{sign}{body}" if first else f"{sign} {body}"


def _sum_tex(terms: list[tuple[int, str]]) -> str:
    """LaTeX for a sum of terms in the given order, skipping zero coefficients."""
    parts: list[str] = []
    for coef, name in terms:
        if coef != 0:
            parts.append(_term(coef, name, not parts))
    return " ".join(parts) if parts else "0"


def _far(values: list[float], gap: float) -> bool:
    """True when every two of the values are more than `gap` apart."""
    pairs = [(u, v) for i, u in enumerate(values) for v in values[i + 1 :]]
    return all(abs(u - v) > gap for u, v in pairs)


# --- algebra essentials --------------------------------------------------------------------


@generator("calc_extra_linear_system")
def calc_extra_linear_system(rng: random.Random) -> dict[str, Any]:
    """a x + b y = e, c x + d y = f with a unique integer solution (x0, y0), x0 != y0."""
    while True:
        a, b = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
        c, d = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
        det = a * d - b * c
        x0, y0 = nonzero(rng, -6, 6), nonzero(rng, -6, 6)
        if det != 0 and x0 != y0 and (a, b) != (c, d):
            break
    e, f = a * x0 + b * y0, c * x0 + d * y0
    return {
        "eq1_tex": f"{_tex(a * x + b * y)} = {e}",
        "eq2_tex": f"{_tex(c * x + d * y)} = {f}",
        "a": a,
        "b": b,
        "c": c,
        "d": d,
        "e": e,
        "f": f,
        "det": det,
        "rhs_x": e * d - b * f,
        "x0": x0,
        "y0": y0,
        "ax0": a * x0,
        "by0": e - a * x0,
        "slip_y": sympy.Rational(e + a * x0, b),
    }


_RATES = [
    sympy.Rational(1, 10),
    sympy.Rational(1, 20),
    sympy.Rational(1, 100),
    sympy.Rational(1, 50),
    sympy.Rational(1, 5),
    sympy.Rational(1, 2),
    sympy.Rational(3, 10),
    sympy.Rational(1, 4),
    sympy.Rational(1, 25),
    sympy.Rational(3, 100),
    sympy.Rational(2, 5),
    sympy.Rational(1, 1000),
    sympy.Rational(1, 200),
]
_DECAYS = [
    sympy.Rational(1, 2),
    sympy.Rational(1, 4),
    sympy.Rational(1, 5),
    sympy.Rational(1, 10),
    sympy.Rational(1, 20),
    sympy.Rational(1, 50),
    sympy.Rational(1, 100),
    sympy.Rational(1, 1000),
    sympy.Rational(3, 100),
    sympy.Rational(2, 5),
    sympy.Rational(1, 8),
    sympy.Rational(1, 200),
    sympy.Rational(1, 500),
]


@generator("calc_extra_lr_schedule")
def calc_extra_lr_schedule(rng: random.Random) -> dict[str, Any]:
    """eta = eta0 / (1 + k t) solved for t: t = (eta0 - eta) / (k eta)."""
    e0, k = rng.choice(_RATES), rng.choice(_DECAYS)
    answer = (e0 - eta) / (k * eta)
    return {
        "e0": e0,
        "k": k,
        "e0_tex": decimal(e0, 30),
        "k_tex": decimal(k, 30),
        "t_expr": answer,
        "t_tex": rf"\frac{{ {decimal(e0, 30)} - \eta }}{{ {decimal(k, 30)}\,\eta }}",
        "wrong_order": e0 / (k * eta) - 1,
        "inverted": (eta / e0 - 1) / k,
        "dropped_eta": (e0 - eta) / k,
        "half_t": 1 / k,
    }


# --- exponents and logarithms --------------------------------------------------------------


@generator("calc_extra_change_of_base")
def calc_extra_change_of_base(rng: random.Random) -> dict[str, Any]:
    """a^x = b with b not a power of a, so x = ln b / ln a is irrational."""
    while True:
        a = rng.choice([2, 3, 5, 6, 7, 10])
        b = rng.randint(3, 99)
        powers = {a**i for i in range(0, 8)}
        if b in powers:
            continue
        value = math.log(b) / math.log(a)
        slips = [value, b / a, math.log(b / a), math.log(a) / math.log(b)]
        if _far(slips, 0.01):
            break
    low = math.floor(value)
    return {
        "a": a,
        "b": b,
        "answer": f"ln({b})/ln({a})",
        "dec": _round(value, 4),
        "low": low,
        "high": low + 1,
        "a_low": a**low,
        "a_high": a ** (low + 1),
        "ratio": sympy.Rational(b, a),
        "log_ratio": f"ln({b}/{a})",
        "inverted": f"ln({a})/ln({b})",
    }


_PROBS = [
    sympy.Rational(1, 2),
    sympy.Rational(1, 4),
    sympy.Rational(3, 4),
    sympy.Rational(1, 5),
    sympy.Rational(2, 5),
    sympy.Rational(3, 5),
    sympy.Rational(4, 5),
    sympy.Rational(9, 10),
    sympy.Rational(7, 10),
    sympy.Rational(3, 10),
    sympy.Rational(1, 10),
    sympy.Rational(19, 20),
    sympy.Rational(17, 20),
    sympy.Rational(13, 20),
]


@generator("calc_extra_log_likelihood")
def calc_extra_log_likelihood(rng: random.Random) -> dict[str, Any]:
    """The log-likelihood of four independent observations: a sum of logs of probabilities."""
    while True:
        probs = [rng.choice(_PROBS) for _ in range(4)]
        ll = sum(math.log(float(p)) for p in probs)
        product = sympy.prod(probs)
        total = sum(probs)
        slips = [ll, float(product), math.log(float(total)), -ll]
        if _far(slips, 0.03):
            break
    decs = [decimal(p, 30) for p in probs]
    logs = [math.log(float(p)) for p in probs]
    return {
        "p_tex": ", ".join(decs),
        "answer": " + ".join(f"ln({_text(p)})" for p in probs),
        "dec": _round(ll, 4),
        "product": product,
        "product_dec": decimal(product, 30),
        "product_log": f"ln({_text(product)})",
        "log_sum": f"ln({_text(total)})",
        "total_dec": decimal(total, 30),
        "nll": " + ".join(f"ln({_text(1 / p)})" for p in probs),
        "sum_tex": " + ".join(rf"\ln {d}" for d in decs),
        "logs_list_tex": ", ".join(_round(v, 4) for v in logs),
        "logs_tex": " ".join(
            ("" if i == 0 else "- " if v < 0 else "+ ") + _round(abs(v) if i else v, 4)
            for i, v in enumerate(logs)
        ),
    }


# --- finding extrema -----------------------------------------------------------------------


@generator("calc_extra_best_constant")
def calc_extra_best_constant(rng: random.Random) -> dict[str, Any]:
    """The constant c minimising sum (y_i - c)^2 is the mean; data chosen so that the mean,
    the median and the minimum loss all differ."""
    while True:
        n = rng.choice([4, 5])
        ys = [rng.randint(4, 40) for _ in range(n)]
        if rng.random() < 0.5:
            ys[rng.randrange(n)] += rng.randint(15, 40)  # one slow outlier
        ordered = sorted(ys)
        mean = sympy.Rational(sum(ys), n)
        if n % 2:
            median = sympy.Integer(ordered[n // 2])
        else:
            median = sympy.Rational(ordered[n // 2 - 1] + ordered[n // 2], 2)
        loss = sum((sympy.Integer(v) - mean) ** 2 for v in ys)
        if len({mean, median, loss}) == 3 and len(set(ys)) > 2:
            break
    return {
        "n": n,
        "ys_tex": ", ".join(str(v) for v in ys),
        "sum": sum(ys),
        "mean": mean,
        "mean_dec": decimal(mean, 30),
        "median": median,
        "loss": loss,
    }


_RATES_EXP = [
    sympy.Integer(2),
    sympy.Integer(3),
    sympy.Integer(4),
    sympy.Integer(5),
    sympy.Rational(1, 2),
    sympy.Rational(1, 3),
    sympy.Rational(1, 4),
    sympy.Rational(1, 5),
    sympy.Rational(3, 2),
    sympy.Rational(5, 2),
]


@generator("calc_extra_x_exp")
def calc_extra_x_exp(rng: random.Random) -> dict[str, Any]:
    """f(x) = c x e^{-a x} on x >= 0: maximum at x = 1/a with value c / (a e)."""
    while True:
        a, c = rng.choice(_RATES_EXP), rng.randint(1, 10)
        value = c / (a * sympy.E)
        chain_slip = c * sympy.exp(-a)
        if _far([float(value), float(1 / a), float(chain_slip)], 0.01):
            break
    f = c * x * sympy.exp(-a * x)
    return {
        "a": a,
        "c": c,
        "f_tex": _tex(f),
        "df_tex": rf"{_tex(c * sympy.exp(-a * x))}\left(1 - {_tex(a * x)}\right)",
        "star": 1 / a,
        "value": value,
        "value_dec": _round(float(value), 4),
        "chain_slip": chain_slip,
    }


# --- functions and graphs ------------------------------------------------------------------


@generator("calc_extra_sqrt_domain")
def calc_extra_sqrt_domain(rng: random.Random) -> dict[str, Any]:
    """The domain of sqrt(a x + b): a closed half-line starting at -b/a."""
    a, b = nonzero(rng, -6, 6), nonzero(rng, -9, 9)
    end = sympy.Rational(-b, a)
    e = _text(end)
    if a > 0:
        answer, other, opened = f"[{e}, oo)", f"(-oo, {e}]", f"({e}, oo)"
        answer_tex = rf"\left[{_tex(end)}, \infty\right)"
        ineq_tex = rf"x \ge {_tex(end)}"
    else:
        answer, other, opened = f"(-oo, {e}]", f"[{e}, oo)", f"(-oo, {e})"
        answer_tex = rf"\left(-\infty, {_tex(end)}\right]"
        ineq_tex = rf"x \le {_tex(end)}"
    return {
        "f_tex": rf"\sqrt{{{_tex(a * x + b)}}}",
        "inner_tex": _tex(a * x + b),
        "a": a,
        "minus_b": -b,
        "end_tex": _tex(end),
        "answer": answer,
        "answer_tex": answer_tex,
        "other": other,
        "opened": opened,
        "ineq_tex": ineq_tex,
        "step_tex": rf"{_tex(a * x)} \ge {-b}",
        "divide_note": (
            "dividing by a negative number flips the inequality"
            if a < 0
            else "dividing by a positive number keeps the direction of the inequality"
        ),
    }


@generator("calc_extra_inverse_rational")
def calc_extra_inverse_rational(rng: random.Random) -> dict[str, Any]:
    """f(x) = (a x + b)/(x + d) with inverse (b - d x)/(x - a)."""
    while True:
        a, b, d = nonzero(rng, -5, 5), nonzero(rng, -9, 9), nonzero(rng, -5, 5)
        if a * d - b != 0 and d != -a:
            break
    inverse = (b - d * x) / (x - a)
    return {
        "a": a,
        "b": b,
        "d": d,
        "f_tex": rf"\frac{{{_tex(a * x + b)}}}{{{_tex(x + d)}}}",
        "cross_tex": rf"y\left({_tex(x + d)}\right) = {_tex(a * x + b)}",
        "collect_tex": rf"{_tex(x * (y - a))} = {_tex(b - d * y)}",
        "inverse": inverse,
        "inverse_tex": rf"\frac{{{_tex(b - d * x)}}}{{{_tex(x - a)}}}",
        "inverse_alt": f"({_text(d * x - b)})/({_text(a - x)})",
        "reciprocal": (x + d) / (a * x + b),
        "sign_slip": (d * x - b) / (x - a),
        "f_expr": (a * x + b) / (x + d),
    }


# --- limits and continuity -----------------------------------------------------------------


@generator("calc_extra_rational_infinity")
def calc_extra_rational_infinity(rng: random.Random) -> dict[str, Any]:
    """A ratio of two polynomials of equal degree as x -> oo: the ratio of leading coefficients."""
    while True:
        deg = rng.choice([2, 2, 3])
        a, d = nonzero(rng, -9, 9), nonzero(rng, -9, 9)
        lower_num = [rng.randint(-9, 9) for _ in range(deg)]
        lower_den = [rng.randint(-9, 9) for _ in range(deg)]
        c, f = nonzero(rng, -9, 9), nonzero(rng, -9, 9)
        lower_num[0], lower_den[0] = c, f
        answer = sympy.Rational(a, d)
        if len({answer, sympy.Rational(c, f), sympy.Integer(1)}) == 3:
            break
    num = a * x**deg + sum(coef * x**i for i, coef in enumerate(lower_num))
    den = d * x**deg + sum(coef * x**i for i, coef in enumerate(lower_den))
    xd = x**deg
    return {
        "num_tex": _tex(num),
        "den_tex": _tex(den),
        "deg": deg,
        "xdeg_tex": _tex(xd),
        "num_div_tex": _tex(sympy.expand(num / xd)),
        "den_div_tex": _tex(sympy.expand(den / xd)),
        "a": a,
        "d": d,
        "answer": answer,
        "constants": sympy.Rational(c, f),
    }


@generator("calc_extra_root_difference")
def calc_extra_root_difference(rng: random.Random) -> dict[str, Any]:
    """lim_{x -> oo} sqrt(x^2 + a x + b) - x = a / 2."""
    a, b = nonzero(rng, -12, 12), rng.randint(-9, 9)
    inner = x**2 + a * x + b
    return {
        "a": a,
        "b": b,
        "inner_tex": _tex(inner),
        "num_tex": _tex(a * x + b),
        "divided_tex": _tex(a + sympy.Integer(b) / x),
        "root_tex": rf"\sqrt{{{_tex(1 + sympy.Integer(a) / x + sympy.Integer(b) / x**2)}}}",
        "answer": sympy.Rational(a, 2),
    }


# --- Hessian matrix ------------------------------------------------------------------------


@generator("calc_extra_hessian_quadratic")
def calc_extra_hessian_quadratic(rng: random.Random) -> dict[str, Any]:
    """f = a x^2 + b x y + c y^2 + d x + e y + g with Hessian [[2a, b], [b, 2c]]."""
    a, c = nonzero(rng, -5, 5), nonzero(rng, -5, 5)
    b = nonzero(rng, -6, 6)
    d, e, g = rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-9, 9)
    hessian = sympy.Matrix([[2 * a, b], [b, 2 * c]])
    return {
        "f_tex": _sum_tex(
            [(a, "x^2"), (b, "xy"), (c, "y^2"), (d, "x"), (e, "y"), (g, "")],
        ),
        "fx_tex": _tex(2 * a * x + b * y + d),
        "fy_tex": _tex(b * x + 2 * c * y + e),
        "a": a,
        "b": b,
        "c": c,
        "two_a": 2 * a,
        "two_c": 2 * c,
        "ax2_tex": _term(a, "x^2", True),
        "bxy_tex": _term(b, "xy", True),
        "H": hessian,
        "no_two": sympy.Matrix([[a, b], [b, c]]),
        "halved": hessian / 2,
        "no_mixed": sympy.Matrix([[2 * a, 0], [0, 2 * c]]),
    }


def _cubic_hessian(p: int, q: int, s: int, r: int, px: int, py: int) -> sympy.Matrix:
    fxx = 6 * p * px + 2 * q * py
    fxy = 2 * q * px + s
    fyy = 6 * r * py
    return sympy.Matrix([[fxx, fxy], [fxy, fyy]])


@generator("calc_extra_hessian_point")
def calc_extra_hessian_point(rng: random.Random) -> dict[str, Any]:
    """f = p x^3 + q x^2 y + s x y + r y^3, Hessian evaluated at an integer point."""
    while True:
        p, q, s, r = (nonzero(rng, -3, 3) for _ in range(4))
        x0, y0 = nonzero(rng, -2, 2), nonzero(rng, -2, 2)
        if x0 == y0:
            continue
        hessian = _cubic_hessian(p, q, s, r, x0, y0)
        swapped = _cubic_hessian(p, q, s, r, y0, x0)
        no_mixed = sympy.Matrix([[hessian[0, 0], 0], [0, hessian[1, 1]]])
        if hessian[0, 1] != 0 and len({tuple(hessian), tuple(swapped), tuple(no_mixed)}) == 3:
            break
    f = p * x**3 + q * x**2 * y + s * x * y + r * y**3
    return {
        "f_tex": _tex(f),
        "x0": x0,
        "y0": y0,
        "fx_tex": _tex(3 * p * x**2 + 2 * q * x * y + s * y),
        "fy_tex": _tex(q * x**2 + s * x + 3 * r * y**2),
        "fxx_tex": _tex(6 * p * x + 2 * q * y),
        "fxy_tex": _tex(2 * q * x + s),
        "fyy_tex": _tex(6 * r * y),
        "fxx": hessian[0, 0],
        "fxy": hessian[0, 1],
        "fyy": hessian[1, 1],
        "H": hessian,
        "swapped": swapped,
        "no_mixed": no_mixed,
    }


@generator("calc_extra_hessian_quadratic_form")
def calc_extra_hessian_quadratic_form(rng: random.Random) -> dict[str, Any]:
    """f(x) = x^T A x / 2 + b^T x with a non-symmetric 3x3 A: the Hessian is (A + A^T)/2."""
    while True:
        entries = [[rng.randint(-4, 4) for _ in range(3)] for _ in range(3)]
        for i in range(3):
            entries[i][i] = nonzero(rng, -4, 4)
        A = sympy.Matrix(entries)
        unequal = sum(A[i, j] != A[j, i] for i, j in [(0, 1), (0, 2), (1, 2)])
        if unequal >= 2:
            break
    b = sympy.Matrix([rng.randint(-5, 5) for _ in range(3)])
    sym = (A + A.T) / 2
    return {
        "A": A,
        "AT": A.T,
        "b": b,
        "H": sym,
        "doubled": A + A.T,
        "a12": A[0, 1],
        "a21": A[1, 0],
        "h12": sym[0, 1],
        "H_tex": sympy.latex(sym, mat_str="bmatrix", mat_delim=""),
        "H_dec": "["
        + ", ".join(
            "[" + ", ".join(decimal(sympy.Rational(sym[i, j]), 30) for j in range(3)) + "]"
            for i in range(3)
        )
        + "]",
    }


# --- Jacobian matrix -----------------------------------------------------------------------


@generator("calc_extra_jacobian_affine")
def calc_extra_jacobian_affine(rng: random.Random) -> dict[str, Any]:
    """u = a x + b y + e, v = d y + c x + g (written y first): Jacobian [[a, b], [c, d]]."""
    while True:
        a, b, c, d = (nonzero(rng, -6, 6) for _ in range(4))
        if b != c and c != d:
            break
    e, g = nonzero(rng, -9, 9), nonzero(rng, -9, 9)
    return {
        "u_tex": _sum_tex([(a, "x"), (b, "y"), (e, "")]),
        "v_tex": _sum_tex([(d, "y"), (c, "x"), (g, "")]),
        "a": a,
        "b": b,
        "c": c,
        "d": d,
        "e": e,
        "g": g,
        "J": sympy.Matrix([[a, b], [c, d]]),
        "transposed": sympy.Matrix([[a, c], [b, d]]),
        "as_written": sympy.Matrix([[a, b], [d, c]]),
    }


def _jacobian_at(p: int, q: int, r: int, s: int, px: int, py: int) -> sympy.Matrix:
    """Jacobian of (p x^2 y + q x, r y^2 + s x y) at (px, py)."""
    return sympy.Matrix(
        [[2 * p * px * py + q, p * px**2], [s * py, 2 * r * py + s * px]],
    )


@generator("calc_extra_jacobian_point")
def calc_extra_jacobian_point(rng: random.Random) -> dict[str, Any]:
    """f(x, y) = (p x^2 y + q x, r y^2 + s x y) with its Jacobian at an integer point."""
    while True:
        p, q, r, s = (nonzero(rng, -3, 3) for _ in range(4))
        x0, y0 = nonzero(rng, -2, 2), nonzero(rng, -2, 2)
        if x0 == y0:
            continue
        jac = _jacobian_at(p, q, r, s, x0, y0)
        swapped = _jacobian_at(p, q, r, s, y0, x0)
        if len({tuple(jac), tuple(jac.T), tuple(swapped)}) == 3:
            break
    f1 = p * x**2 * y + q * x
    f2 = r * y**2 + s * x * y
    return {
        "f1_tex": _tex(f1),
        "f2_tex": _tex(f2),
        "x0": x0,
        "y0": y0,
        "J_tex": (
            r"\begin{bmatrix} "
            + f"{_tex(sympy.diff(f1, x))} & {_tex(sympy.diff(f1, y))} \\\\ "
            + f"{_tex(sympy.diff(f2, x))} & {_tex(sympy.diff(f2, y))}"
            + r" \end{bmatrix}"
        ),
        "J": jac,
        "J_latex": sympy.latex(jac, mat_str="bmatrix", mat_delim=""),
        "transposed": jac.T,
        "swapped": swapped,
    }


@generator("calc_extra_jacobian_polar")
def calc_extra_jacobian_polar(rng: random.Random) -> dict[str, Any]:
    """x = a r cos(theta) + h, y = b r sin(theta) + k: det J = a b r."""
    a, b = rng.randint(1, 6), rng.randint(1, 6)
    h, k = rng.randint(-5, 5), rng.randint(-5, 5)

    def scaled(coef: int, trig: str) -> str:
        return rf"{'' if coef == 1 else coef} r \{trig}\theta"

    def shifted(body: str, shift: int) -> str:
        if shift == 0:
            return body
        return f"{body} {'+' if shift > 0 else '-'} {abs(shift)}"

    def coef_tex(coef: int) -> str:
        return "" if coef == 1 else str(coef)

    return {
        "a": a,
        "b": b,
        "h": h,
        "k": k,
        "ab": a * b,
        "x_tex": shifted(scaled(a, "cos"), h),
        "y_tex": shifted(scaled(b, "sin"), k),
        "J_tex": (
            r"\begin{bmatrix} "
            + rf"{coef_tex(a)}\cos\theta & -{coef_tex(a)} r \sin\theta \\ "
            + rf"{coef_tex(b)}\sin\theta & {coef_tex(b)} r \cos\theta"
            + r" \end{bmatrix}"
        ),
        "ab_tex": coef_tex(a * b),
    }
