"""Generators for optimisation: constrained problems, learning rates, momentum and Adam, Newton's
method, non-convex landscapes, saddle points and stochastic gradient descent.

Each generator returns exact SymPy numbers for answers, mistakes and tests, and ready-made LaTeX
strings (names ending in `_tex`, decimals in `_dec`) for prompts, hints and solutions. Every
generator redraws until the right answer differs from each value its template lists as a mistake.
"""

import math
import random
from typing import Any

import sympy

from . import as_sympy, generator
from .common import decimal, distinct, nonzero

x, y, w = sympy.symbols("x y w")
R = sympy.Rational


def _tex(value: Any) -> str:
    return str(sympy.latex(as_sympy(value)))


def _p(text: str) -> str:
    """Brackets around a LaTeX number that starts with a minus sign (for products)."""
    return f"({text})" if text.lstrip().startswith("-") else text


def _shifted(var: str, centre: Any) -> str:
    """`var - c` with the sign tidied: w - 2, w + 3, or just w."""
    centre = as_sympy(centre)
    if centre == 0:
        return var
    return f"{var} - {_tex(centre)}" if centre > 0 else f"{var} + {_tex(-centre)}"


def _col(*entries: Any) -> sympy.Matrix:
    return sympy.Matrix([as_sympy(e) for e in entries])


def _set_tex(values: list[Any]) -> str:
    return "\\{" + ", ".join(_tex(v) for v in sorted(values)) + "\\}"


def _set_text(values: list[Any]) -> str:
    return "{" + ", ".join(str(as_sympy(v)) for v in sorted(values)) + "}"


# --- Lagrange multipliers --------------------------------------------------------------------


@generator("optim_lagrange_weighted_split")
def lagrange_weighted_split(rng: random.Random) -> dict[str, Any]:
    """Minimise p x^2 + q y^2 subject to x + y = s, with an integer minimiser (q k, p k)."""
    p, q = rng.sample(range(1, 7), 2)
    k = nonzero(rng, -4, 4)
    s = k * (p + q)
    lam = 2 * p * q * k
    return {
        "f_tex": _tex(p * x**2 + q * y**2),
        "p": p,
        "q": q,
        "two_p": 2 * p,
        "two_q": 2 * q,
        "s": s,
        "x_star": q * k,
        "y_star": p * k,
        "lam": lam,
        "lam_sum_tex": f"\\frac{{\\lambda}}{{ {2 * p} }} + \\frac{{\\lambda}}{{ {2 * q} }}",
        "coef_tex": _tex(R(p + q, 2 * p * q)),
        "value": p * (q * k) ** 2 + q * (p * k) ** 2,
        "swap_x": p * k,
        "swap_y": q * k,
        "half": R(s, 2),
    }


_TRIPLES = [(3, 4, 5), (4, 3, 5), (5, 12, 13), (12, 5, 13), (6, 8, 10), (8, 6, 10)]


@generator("optim_lagrange_circle_linear")
def lagrange_circle_linear(rng: random.Random) -> dict[str, Any]:
    """Maximise or minimise a x + b y on the circle x^2 + y^2 = r^2 (r >= 2)."""
    a, b, c = rng.choice(_TRIPLES)
    a, b = a * rng.choice([1, -1]), b * rng.choice([1, -1])
    r = rng.randint(2, 6)
    goal = rng.choice(["max", "min"])
    sign = 1 if goal == "max" else -1
    px, py = R(sign * a * r, c), R(sign * b * r, c)
    lam = R(sign * c, 2 * r)
    return {
        "f_tex": _tex(a * x + b * y),
        "a": a,
        "b": b,
        "c": c,
        "r": r,
        "r_sq": r * r,
        "goal_word": "maximise" if goal == "max" else "minimise",
        "goal_noun": "maximum" if goal == "max" else "minimum",
        "goal_adj": "larger" if goal == "max" else "smaller",
        "other_noun": "minimum" if goal == "max" else "maximum",
        "lam_tex": _tex(lam),
        "lam_sq_tex": _tex(lam**2),
        "sign_tex": "+" if goal == "max" else "-",
        "x_star": px,
        "y_star": py,
        "value": sign * c * r,
        "opp_x": -px,
        "opp_y": -py,
        "unit_x": R(sign * a, c),
        "unit_y": R(sign * b, c),
    }


@generator("optim_lagrange_multiplier")
def lagrange_multiplier(rng: random.Random) -> dict[str, Any]:
    """The multiplier of min p x^2 + q y^2 subject to a x + b y = c."""
    p, q = rng.randint(1, 4), rng.randint(1, 4)
    a, b = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
    c = rng.choice([v for v in range(-6, 7) if v not in (-2, 0, 1, 2)])
    lam = R(2 * p * q * c, q * a * a + p * b * b)
    xs, ys = lam * a / (2 * p), lam * b / (2 * q)
    g = a * x + b * y
    return {
        "f_tex": _tex(p * x**2 + q * y**2),
        "g_tex": _tex(g),
        "gc_tex": _tex(g - c),
        "sub_tex": f"{_p(_tex(a))}\\left({_tex(R(a, 2 * p))}\\lambda\\right) + "
        f"{_p(_tex(b))}\\left({_tex(R(b, 2 * q))}\\lambda\\right)",
        "p": p,
        "q": q,
        "c": c,
        "a": a,
        "b": b,
        "two_p": 2 * p,
        "two_q": 2 * q,
        "a_tex": _p(_tex(a)),
        "b_tex": _p(_tex(b)),
        "xl_tex": _tex(R(a, 2 * p)) + "\\lambda",
        "yl_tex": _tex(R(b, 2 * q)) + "\\lambda",
        "coef_tex": _tex(R(a * a, 2 * p) + R(b * b, 2 * q)),
        "lam": lam,
        "lam_tex": _tex(lam),
        "x_star_tex": _tex(xs),
        "y_star_tex": _tex(ys),
        "value": lam * c / 2,
        "value_tex": _tex(lam * c / 2),
        "half": lam / 2,
        "neg": -lam,
    }


# --- learning rate -------------------------------------------------------------------------

_CURVES = [R(1, 2), R(1), R(3, 2), R(2), R(5, 2), R(3), R(4), R(5), R(8), R(10)]


@generator("optim_lr_stability")
def lr_stability(rng: random.Random) -> dict[str, Any]:
    """The stability limit 1/c of gradient descent on c (w - m)^2."""
    c = rng.choice(_CURVES)
    m = rng.randint(-5, 5)
    inner = _shifted("w", m)
    body = f"({inner})^2" if m != 0 else "w^2"
    coef = "" if c == 1 else decimal(c, 15)
    return {
        "f_tex": f"{coef}{body}",
        "c_dec": decimal(c, 15),
        "m": m,
        "wm_tex": _shifted("w", m),
        "et_tex": _shifted("w_t", m),
        "two_c_tex": _tex(2 * c),
        "answer": 1 / c,
        "answer_tex": _tex(1 / c),
        "over_c": 2 / c,
        "one_step": 1 / (2 * c),
        "one_step_tex": _tex(1 / (2 * c)),
    }


_ETAS = [R(1, 20), R(1, 10), R(3, 20), R(1, 5), R(1, 4), R(3, 10), R(2, 5)]


@generator("optim_lr_k_steps")
def lr_k_steps(rng: random.Random) -> dict[str, Any]:
    """k gradient descent steps on c w^2: w_k = (1 - 2 c eta)^k w_0."""
    while True:
        c = rng.randint(1, 5)
        eta = rng.choice(_ETAS)
        r = 1 - 2 * c * eta
        if r == 0 or r < -2 or abs(r) == 1:
            continue
        k = rng.choice([2, 3])
        w0 = nonzero(rng, -5, 5)
        answer = r**k * w0
        half = (1 - c * eta) ** k * w0
        uphill = (1 + 2 * c * eta) ** k * w0
        once = r * w0
        if distinct(answer, half, uphill, once):
            break
    if abs(r) < 1:
        verdict = (
            "so the iterates shrink towards the minimum at $0$"
            if r > 0
            else "so the iterates flip sign each step but still shrink towards $0$"
        )
    else:
        verdict = (
            "so the iterates overshoot by more each step and diverge: this learning rate "
            f"is above the stability limit $1/{c}$"
        )
    return {
        "f_tex": _tex(c * w**2),
        "df_tex": _tex(2 * c * w),
        "eta_dec": decimal(eta, 15),
        "two_c": 2 * c,
        "w0": w0,
        "k": k,
        "r_dec": decimal(r, 15),
        "r_p": _p(decimal(r, 15)),
        "w1_dec": decimal(once, 15),
        "answer": answer,
        "answer_dec": decimal(answer, 15),
        "verdict": verdict,
        "half": half,
        "uphill": uphill,
        "once": once,
    }


_FACTORS = [R(1, 2), R(-1, 2), R(1, 5), R(4, 5), R(9, 10), R(1, 10), R(3, 5)]


def _steps(r: sympy.Rational, target: int) -> int:
    """The smallest t with |r|^t <= 1/target (exact integer arithmetic)."""
    num, den = abs(r.p), r.q
    t = 0
    while target * num**t > den**t:
        t += 1
    return t


@generator("optim_lr_steps_to_shrink")
def lr_steps_to_shrink(rng: random.Random) -> dict[str, Any]:
    """Steps of gradient descent on c (w - m)^2 until the error shrinks by a factor F."""
    while True:
        c = rng.choice([1, 2, 5])
        r = rng.choice(_FACTORS)
        eta = (1 - r) / (2 * c)
        big = rng.choice([10, 100, 1000, 10**6])
        t = _steps(r, big)
        slow = _steps((1 + r) / 2, big)
        if t >= 2 and distinct(t, t - 1, slow):
            break
    m = rng.randint(-3, 3)
    inner = _shifted("w", m)
    big_tex = "10^6" if big == 10**6 else str(big)
    r_abs = abs(r)
    return {
        "f_tex": (f"{c}" if c != 1 else "") + (f"({inner})^2" if m != 0 else "w^2"),
        "df_tex": f"{2 * c}({inner})" if m != 0 else f"{2 * c}w",
        "m": m,
        "wm_tex": _shifted("w", m),
        "wt_tex": _shifted("w_t", m),
        "wt1_tex": _shifted("w_{t+1}", m),
        "w0_tex": _shifted("w_0", m),
        "two_c": 2 * c,
        "eta_dec": decimal(eta, 15),
        "r_dec": decimal(r, 15),
        "r_abs_dec": decimal(r_abs, 15),
        "big_tex": big_tex,
        "t": t,
        "prev": t - 1,
        "ratio_dec": f"{math.log(big) / math.log(1 / float(r_abs)):.2f}",
        "inv_big_tex": _tex(R(1, big)) if big != 10**6 else "10^{-6}",
        "slow": slow,
        "slow_r_dec": decimal((1 + r) / 2, 15),
    }


# --- momentum and adaptive methods ---------------------------------------------------------


@generator("optim_ema")
def ema(rng: random.Random) -> dict[str, Any]:
    """An exponential moving average of three values, started at zero."""
    while True:
        beta = rng.choice([R(3, 5), R(3, 4), R(4, 5), R(9, 10)])
        xs = [rng.randint(1, 9) for _ in range(3)]
        m1 = (1 - beta) * xs[0]
        m2 = beta * m1 + (1 - beta) * xs[1]
        m3 = beta * m2 + (1 - beta) * xs[2]
        swapped = beta * ((1 - beta) ** 2 * xs[0] + (1 - beta) * xs[1] + xs[2])
        no_scale = beta**2 * xs[0] + beta * xs[1] + xs[2]
        mean = R(sum(xs), 3)
        if distinct(m3, swapped, no_scale, mean):
            break
    return {
        "beta_dec": decimal(beta, 15),
        "one_minus_dec": decimal(1 - beta, 15),
        "x1": xs[0],
        "x2": xs[1],
        "x3": xs[2],
        "m1_dec": decimal(m1, 15),
        "m2_dec": decimal(m2, 15),
        "m3": m3,
        "m3_dec": decimal(m3, 15),
        "swapped": swapped,
        "no_scale": no_scale,
        "mean": mean,
    }


@generator("optim_momentum_two_steps")
def momentum_two_steps(rng: random.Random) -> dict[str, Any]:
    """Two heavy-ball momentum steps on (w - m)^2 from v_0 = 0."""
    while True:
        beta = rng.choice([R(1, 2), R(9, 10)])
        eta = rng.choice([R(1, 10), R(1, 20), R(1, 5)])
        m = rng.randint(-3, 3)
        w0 = rng.choice([v for v in range(-5, 6) if v != m])
        g0 = 2 * (w0 - m)
        v1 = g0
        w1 = w0 - eta * v1
        g1 = 2 * (w1 - m)
        v2 = beta * v1 + g1
        w2 = w1 - eta * v2
        plain = (g1, w1 - eta * g1)
        reused = (beta * v1 + g0, w1 - eta * (beta * v1 + g0))
        if distinct((v2, w2), plain, reused, (w2, v2)):
            break
    return {
        "f_tex": f"({_shifted('w', m)})^2" if m != 0 else "w^2",
        "df_tex": f"2({_shifted('w', m)})" if m != 0 else "2w",
        "beta_dec": decimal(beta, 15),
        "eta_dec": decimal(eta, 15),
        "w0": w0,
        "g0": g0,
        "g0_p": _p(_tex(g0)),
        "v1": v1,
        "w1_dec": decimal(w1, 15),
        "g1_dec": decimal(g1, 15),
        "g1_p": _p(decimal(g1, 15)),
        "v1_p": _p(_tex(v1)),
        "v2": v2,
        "v2_dec": decimal(v2, 15),
        "v2_p": _p(decimal(v2, 15)),
        "w2": w2,
        "w2_dec": decimal(w2, 15),
        "plain_v": plain[0],
        "plain_w": plain[1],
        "reused_v": reused[0],
        "reused_w": reused[1],
    }


def _is_square(value: sympy.Rational) -> bool:
    root = sympy.sqrt(value)
    return bool(root.is_rational)


def _adam_cases() -> list[tuple[sympy.Rational, sympy.Rational, int, int]]:
    cases = []
    for beta1 in (R(1, 2), R(9, 10)):
        for beta2 in (R(1, 2), R(3, 4), R(999, 1000)):
            for g1 in range(-6, 7):
                for g2 in range(-6, 7):
                    if g1 == 0 or g2 == 0 or g1 == g2:
                        continue
                    if _is_square((beta2 * g1**2 + g2**2) / (1 + beta2)):
                        cases.append((beta1, beta2, g1, g2))
    return cases


_ADAM = _adam_cases()


@generator("optim_adam_second_step")
def adam_second_step(rng: random.Random) -> dict[str, Any]:
    """Adam's second step with bias correction, with a perfect-square second moment."""
    while True:
        beta1, beta2, g1, g2 = rng.choice(_ADAM)
        eta = rng.choice([R(1, 10), R(1, 100), R(1, 20), R(1, 5)])
        w1 = R(rng.randint(-30, 30), 10)
        m1, v1 = (1 - beta1) * g1, (1 - beta2) * g1**2
        m2, v2 = beta1 * m1 + (1 - beta1) * g2, beta2 * v1 + (1 - beta2) * g2**2
        mhat, vhat = m2 / (1 - beta1**2), v2 / (1 - beta2**2)
        step = eta * mhat / sympy.sqrt(vhat)
        answer = w1 - step
        no_correction = w1 - eta * m2 / sympy.sqrt(v2)
        first_power = w1 - eta * (m2 / (1 - beta1)) / sympy.sqrt(v2 / (1 - beta2))
        fresh = w1 - eta * sympy.sign(g2)
        uphill = w1 + step
        if distinct(answer, no_correction, first_power, fresh, uphill):
            break
    return {
        "beta1_dec": decimal(beta1, 15),
        "beta2_dec": decimal(beta2, 15),
        "one_b1_dec": decimal(1 - beta1, 15),
        "one_b2_dec": decimal(1 - beta2, 15),
        "b1_sq_dec": decimal(1 - beta1**2, 15),
        "b2_sq_dec": decimal(1 - beta2**2, 15),
        "eta_dec": decimal(eta, 15),
        "g1": g1,
        "g2": g2,
        "g2_p": _p(_tex(g2)),
        "g1_sq": g1 * g1,
        "g2_sq": g2 * g2,
        "w1_dec": decimal(w1, 15),
        "m1_dec": decimal(m1, 15),
        "v1_dec": decimal(v1, 15),
        "m2_dec": decimal(m2, 15),
        "v2_dec": decimal(v2, 15),
        "mhat_tex": _tex(mhat),
        "vhat_tex": _tex(vhat),
        "root_tex": _tex(sympy.sqrt(vhat)),
        "ratio_tex": _tex(mhat / sympy.sqrt(vhat)),
        "step_tex": _tex(step),
        "step_p": _p(_tex(step)),
        "ratio_p": _p(_tex(mhat / sympy.sqrt(vhat))),
        "answer": answer,
        "answer_tex": _tex(answer),
        "no_correction": no_correction,
        "first_power": first_power,
        "fresh": fresh,
        "uphill": uphill,
    }


# --- Newton's method -----------------------------------------------------------------------


@generator("optim_newton_1d")
def newton_1d(rng: random.Random) -> dict[str, Any]:
    """One Newton step on x^4 + b x^2 + c x from a point with positive curvature."""
    while True:
        b, c = rng.randint(-3, 3), nonzero(rng, -6, 6)
        x0 = rng.choice([-2, -1, 1, 2])
        d1 = 4 * x0**3 + 2 * b * x0 + c
        d2 = 12 * x0**2 + 2 * b
        if d1 == 0 or d2 <= 0:
            continue
        answer = x0 - R(d1, d2)
        inverted = x0 - R(d2, d1)
        uphill = x0 + R(d1, d2)
        plain = x0 - d1
        if distinct(answer, inverted, uphill, plain):
            break
    f = x**4 + b * x**2 + c * x
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(sympy.diff(f, x)),
        "d2_tex": _tex(sympy.expand(sympy.diff(f, x, 2))),
        "x0": x0,
        "d1": d1,
        "d2": d2,
        "d1_p": _p(_tex(d1)),
        "answer": answer,
        "answer_tex": _tex(answer),
        "inverted": inverted,
        "uphill": uphill,
        "plain": plain,
    }


@generator("optim_newton_2d_separable")
def newton_2d_separable(rng: random.Random) -> dict[str, Any]:
    """One Newton step on x^4 + b x + a y^2 + c y, whose Hessian is diagonal."""
    while True:
        a, b, c = rng.randint(1, 4), nonzero(rng, -6, 6), nonzero(rng, -6, 6)
        x0, y0 = rng.choice([-2, -1, 1, 2]), rng.randint(-3, 3)
        gx, gy = 4 * x0**3 + b, 2 * a * y0 + c
        hx, hy = 12 * x0**2, 2 * a
        if gx == 0 or gy == 0:
            continue
        answer = _col(x0 - R(gx, hx), y0 - R(gy, hy))
        plain = _col(x0 - gx, y0 - gy)
        times = _col(x0 - hx * gx, y0 - hy * gy)
        uphill = _col(x0 + R(gx, hx), y0 + R(gy, hy))
        if distinct(answer, plain, times, uphill):
            break
    f = x**4 + b * x + a * y**2 + c * y
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "fxx_tex": _tex(sympy.expand(sympy.diff(f, x, 2))),
        "x0": x0,
        "y0": y0,
        "gx": gx,
        "gy": gy,
        "hx": hx,
        "hy": hy,
        "gx_p": _p(_tex(gx)),
        "gy_p": _p(_tex(gy)),
        "H_tex": f"\\begin{{bmatrix}} {hx} & 0 \\\\ 0 & {hy} \\end{{bmatrix}}",
        "x1": answer[0],
        "y1": answer[1],
        "x1_tex": _tex(answer[0]),
        "y1_tex": _tex(answer[1]),
        "plain_x": plain[0],
        "plain_y": plain[1],
        "times_x": times[0],
        "times_y": times[1],
        "up_x": uphill[0],
        "up_y": uphill[1],
    }


@generator("optim_newton_quadratic_2d")
def newton_quadratic_2d(rng: random.Random) -> dict[str, Any]:
    """One Newton step on a convex two-variable quadratic lands on its integer minimiser."""
    while True:
        a, c, b = rng.randint(1, 3), rng.randint(1, 3), nonzero(rng, -3, 3)
        det = 4 * a * c - b * b
        if det <= 0:
            continue
        p, q = rng.randint(-3, 3), rng.randint(-3, 3)
        x0, y0 = rng.randint(-3, 3), rng.randint(-3, 3)
        if (x0, y0) == (p, q):
            continue
        hess = sympy.Matrix([[2 * a, b], [b, 2 * c]])
        d = -(2 * a * p + b * q)
        e = -(b * p + 2 * c * q)
        grad = hess * _col(x0 - p, y0 - q)
        start = _col(x0, y0)
        answer = _col(p, q)
        plain = start - grad
        uphill = 2 * start - answer
        diagonal = _col(x0 - R(grad[0], 2 * a), y0 - R(grad[1], 2 * c))
        if distinct(answer, plain, uphill, diagonal):
            break
    f = a * x**2 + b * x * y + c * y**2 + d * x + e * y
    inverse = sympy.Matrix([[2 * c, -b], [-b, 2 * a]])
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "x0": x0,
        "y0": y0,
        "H": hess,
        "det": det,
        "adj": inverse,
        "grad": grad,
        "step": hess.inv() * grad,
        "start": start,
        "p": p,
        "q": q,
        "answer": answer,
        "plain_x": plain[0],
        "plain_y": plain[1],
        "up_x": uphill[0],
        "up_y": uphill[1],
        "diag_x": diagonal[0],
        "diag_y": diagonal[1],
    }


# --- non-convex optimisation -----------------------------------------------------------------


def _quartic(roots: tuple[int, int, int], const: int) -> sympy.Expr:
    """The quartic with f'(x) = 12 (x - r1)(x - r2)(x - r3) and constant term `const`."""
    r1, r2, r3 = roots
    e1, e2, e3 = r1 + r2 + r3, r1 * r2 + r1 * r3 + r2 * r3, r1 * r2 * r3
    return sympy.expand(3 * x**4 - 4 * e1 * x**3 + 6 * e2 * x**2 - 12 * e3 * x + const)


def _factored(roots: tuple[int, ...]) -> str:
    parts = []
    for r in roots:
        parts.append("x" if r == 0 else f"({_shifted('x', r)})")
    return "12" + "".join(parts)


@generator("optim_nc_stationary")
def nc_stationary(rng: random.Random) -> dict[str, Any]:
    """A quartic whose derivative is 12 x (x - r1)(x - r2): stationary points {0, r1, r2}."""
    while True:
        r1, r2 = sorted(rng.sample([v for v in range(-4, 5) if v != 0], 2))
        if r1 != -r2:
            break
    const = rng.randint(-5, 5)
    f = _quartic((0, r1, r2), const)
    quad = sympy.expand((x - r1) * (x - r2))
    return {
        "f_tex": _tex(f),
        "d1_tex": _tex(sympy.diff(f, x)),
        "quad_tex": _tex(quad),
        "factored_tex": _factored((0, r1, r2)),
        "r1": r1,
        "r2": r2,
        "answer": _set_text([0, r1, r2]),
        "answer_tex": _set_tex([0, r1, r2]),
        "dropped": _set_text([r1, r2]),
        "negated": _set_text([0, -r1, -r2]),
    }


def _landscape(rng: random.Random) -> tuple[tuple[int, int, int], int, sympy.Expr]:
    """Roots r1 < r2 < r3 of f' (not evenly spaced, so the two minima differ) and the quartic."""
    while True:
        roots = sorted(rng.sample(range(-3, 5), 3))
        r1, r2, r3 = roots
        if r2 - r1 != r3 - r2:
            const = rng.randint(-6, 6)
            return (r1, r2, r3), const, _quartic((r1, r2, r3), const)


@generator("optim_nc_classify_minimum")
def nc_classify_minimum(rng: random.Random) -> dict[str, Any]:
    """Is an outer stationary point of a double-well quartic its global or only a local minimum?"""
    (r1, r2, r3), _, f = _landscape(rng)
    s, other = rng.choice([(r1, r3), (r3, r1)])
    fs, fo, fm = f.subs(x, s), f.subs(x, other), f.subs(x, r2)
    d2 = sympy.expand(sympy.diff(f, x, 2))
    answer = "global" if fs < fo else "local"
    wrong = "local" if answer == "global" else "global"
    if answer == "global":
        wrong_fb = (
            f"It is lower than the other minimum: $f({s}) = {_tex(fs)}$ while "
            f"$f({other}) = {_tex(fo)}$, and $f$ grows without bound on both sides, so nothing "
            "is lower. A local minimum can also be the global one."
        )
    else:
        wrong_fb = (
            f"It is a minimum, but not the lowest: $f({s}) = {_tex(fs)}$ is above "
            f"$f({other}) = {_tex(fo)}$ at the other minimum. A zero gradient and positive "
            "curvature only show that a point is lowest in its neighbourhood."
        )
    return {
        "f_tex": _tex(f),
        "factored_tex": _factored((r1, r2, r3)),
        "d2_tex": _tex(d2),
        "r1": r1,
        "r2": r2,
        "r3": r3,
        "s": s,
        "other": other,
        "curv": d2.subs(x, s),
        "curv_mid": d2.subs(x, r2),
        "fs": fs,
        "fo": fo,
        "fm": fm,
        "relation": "<" if fs < fo else ">",
        "answer": answer,
        "answer_words": "the global minimum"
        if answer == "global"
        else "a local minimum but not the global one",
        "wrong": wrong,
        "wrong_fb": wrong_fb,
    }


@generator("optim_nc_basin")
def nc_basin(rng: random.Random) -> dict[str, Any]:
    """Gradient descent started in the basin of the non-global minimum of a double-well quartic."""
    while True:
        (r1, r2, r3), _, f = _landscape(rng)
        f1, f3 = f.subs(x, r1), f.subs(x, r3)
        local, best = (r1, r3) if f1 > f3 else (r3, r1)
        if local == r1:
            options = [v for v in range(-6, r2) if v not in (r1,)]
        else:
            options = [v for v in range(r2 + 1, 8) if v not in (r3,)]
        halves = [R(2 * v + 1, 2) for v in range(-6, 7) if (v + R(1, 2) - r2) * (local - r2) > 0]
        choices = [R(v) for v in options] + [h for h in halves if abs(h) <= 7]
        if choices:
            break
    x0 = rng.choice(choices)
    slope = sympy.diff(f, x).subs(x, x0)
    return {
        "f_tex": _tex(f),
        "factored_tex": _factored((r1, r2, r3)),
        "r1": r1,
        "r2": r2,
        "r3": r3,
        "x0": x0,
        "slope": slope,
        "direction": "right" if slope < 0 else "left",
        "side": "left" if local == r1 else "right",
        "answer": local,
        "best": best,
        "f_local": f.subs(x, local),
        "f_best": f.subs(x, best),
    }


# --- optimisation problems -----------------------------------------------------------------


@generator("optim_op_interval")
def op_interval(rng: random.Random) -> dict[str, Any]:
    """Minimise a (x - h)^2 + k over [L, R] when the vertex h lies outside the interval."""
    while True:
        a, h, k = rng.randint(1, 3), rng.randint(-5, 5), rng.randint(-5, 5)
        width = rng.randint(2, 5)
        gap = rng.randint(1, 4)
        if rng.random() < 0.5:
            left = h + gap
            right, answer, far = left + width, left, left + width
        else:
            right = h - gap
            left, answer, far = right - width, right, right - width
        value = a * (answer - h) ** 2 + k
        if distinct(answer, h, far, value):
            break
    f = sympy.expand(a * (x - h) ** 2 + k)
    return {
        "f_tex": _tex(f).replace("x", "\\theta"),
        "df_tex": _tex(sympy.diff(f, x)).replace("x", "\\theta"),
        "left": left,
        "right": right,
        "h": h,
        "answer": answer,
        "far": far,
        "value": value,
        "side": "left of" if h < left else "right of",
        "rising": "increasing" if h < left else "decreasing",
    }


@generator("optim_op_product_value")
def op_product_value(rng: random.Random) -> dict[str, Any]:
    """Maximise x y subject to a x + b y = c with c = 2 a b k."""
    while True:
        a, b = rng.sample(range(1, 7), 2)
        k = rng.randint(1, 5)
        c = 2 * a * b * k
        value = a * b * k * k
        equal = R(c * c, (a + b) ** 2)
        if distinct(value, b * k, equal, a * k):
            break
    return {
        "a": a,
        "b": b,
        "c": c,
        "g_tex": _tex(a * x + b * y),
        "ax_tex": _tex(a * x),
        "by_tex": _tex(b * y),
        "half_c": a * b * k,
        "y_tex": _tex((c - a * x) / b),
        "obj_tex": _tex(sympy.expand(x * (c - a * x) / b)),
        "d_tex": _tex(sympy.diff(sympy.expand(x * (c - a * x) / b), x)),
        "x_star": b * k,
        "y_star": a * k,
        "value": value,
        "equal": equal,
        "equal_x_tex": _tex(R(c, a + b)),
    }


@generator("optim_op_max_to_min")
def op_max_to_min(rng: random.Random) -> dict[str, Any]:
    """Rewrite maximising a concave quadratic reward as minimising its negative."""
    a, b, c = rng.randint(1, 5), nonzero(rng, -8, 8), nonzero(rng, -9, 9)
    reward = -a * w**2 + b * w + c
    return {
        "reward_tex": _tex(reward),
        "reward": reward,
        "answer": -reward,
        "answer_tex": _tex(-reward),
        "half_neg": a * w**2 + b * w + c,
        "recip": 1 / reward,
        "star_tex": _tex(R(b, 2 * a)),
    }


# --- saddle points -------------------------------------------------------------------------


@generator("optim_saddle_point")
def saddle_point(rng: random.Random) -> dict[str, Any]:
    """The stationary point of s (a x^2 - b y^2) + c x + d y + e."""
    a, b = rng.randint(1, 4), rng.randint(1, 4)
    s = rng.choice([1, -1])
    p, q = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
    c, d, e = -2 * s * a * p, 2 * s * b * q, rng.randint(-5, 5)
    f = s * (a * x**2 - b * y**2) + c * x + d * y + e
    slip = (p, -q) if s == 1 else (-p, q)
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "fxx": 2 * s * a,
        "fyy": -2 * s * b,
        "p": p,
        "q": q,
        "slip_x": slip[0],
        "slip_y": slip[1],
        "neg_var": "y" if s == 1 else "x",
        "two_p": 2 * p,
        "two_q": 2 * q,
    }


_CLASS_WORDS = {"min": "a local minimum", "max": "a local maximum", "saddle": "a saddle point"}


@generator("optim_saddle_classify")
def saddle_classify(rng: random.Random) -> dict[str, Any]:
    """Classify the stationary point of a x^2 + b x y + c y^2 + d x + e y by the Hessian test."""
    kind = rng.choice(["min", "max", "saddle"])
    while True:
        a, c = rng.randint(1, 4), rng.randint(1, 4)
        b = nonzero(rng, -6, 6)
        det = 4 * a * c - b * b
        if det == 0 or (det > 0) != (kind != "saddle"):
            continue
        if kind == "max" or (kind == "saddle" and rng.random() < 0.4):
            a, c, b = -a, -c, -b
        if kind == "saddle" and rng.random() < 0.3:
            c = -c
            det = 4 * a * c - b * b
        break
    d, e = rng.randint(-5, 5), rng.randint(-5, 5)
    f = a * x**2 + b * x * y + c * y**2 + d * x + e * y
    if kind == "saddle":
        wrong = "min" if a > 0 else "max"
        wrong_fb = (
            f"$f_{{xx}} = {2 * a}$ only describes the curvature along the $x$-axis, and other "
            f"directions can bend the other way. Here $\\det H = {det} < 0$, so the Hessian has "
            "one positive and one negative eigenvalue, which makes the point a saddle."
        )
    elif kind == "min":
        wrong = "max"
        wrong_fb = (
            f"With $\\det H = {det} > 0$ the two curvatures have the same sign, and "
            f"$f_{{xx}} = {2 * a} > 0$ says that sign is positive: the surface bends upwards in "
            "every direction, like a bowl, so the point is a minimum."
        )
    else:
        wrong = "min"
        wrong_fb = (
            f"$\\det H = {det} > 0$ says the two curvatures share a sign, but "
            f"$f_{{xx}} = {2 * a} < 0$ says that sign is negative: the surface bends downwards in "
            "every direction, like a cap, so the point is a maximum."
        )
    det_word = "negative" if det < 0 else "positive"
    return {
        "f_tex": _tex(f),
        "fxx": 2 * a,
        "fyy": 2 * c,
        "fxy": b,
        "H": sympy.Matrix([[2 * a, b], [b, 2 * c]]),
        "det": det,
        "det_word": det_word,
        "answer": kind,
        "answer_words": _CLASS_WORDS[kind],
        "wrong": wrong,
        "wrong_fb": wrong_fb,
    }


def _saddle_hessians() -> list[tuple[int, int, int, int]]:
    cases = []
    for a in range(-4, 5):
        for c in range(-4, 5):
            for b in range(-8, 9):
                if b == 0 or a + c == 0 or 4 * a * c - b * b >= 0:
                    continue
                k2 = (a - c) ** 2 + b * b
                k = int(k2**0.5 + 0.5)
                if k * k == k2:
                    cases.append((a, b, c, k))
    return cases


_SADDLES = _saddle_hessians()


@generator("optim_saddle_eigen")
def saddle_eigen(rng: random.Random) -> dict[str, Any]:
    """Integer Hessian eigenvalues of opposite signs at the saddle of a two-variable quadratic."""
    a, b, c, k = rng.choice(_SADDLES)
    p, q = rng.randint(-3, 3), rng.randint(-3, 3)
    d, e = -(2 * a * p + b * q), -(b * p + 2 * c * q)
    f = a * x**2 + b * x * y + c * y**2 + d * x + e * y
    lam1, lam2 = a + c + k, a + c - k
    trace, det = 2 * (a + c), 4 * a * c - b * b
    return {
        "f_tex": _tex(f),
        "fx_tex": _tex(sympy.diff(f, x)),
        "fy_tex": _tex(sympy.diff(f, y)),
        "p": p,
        "q": q,
        "H": sympy.Matrix([[2 * a, b], [b, 2 * c]]),
        "trace": trace,
        "det": det,
        "lam1": lam1,
        "lam2": lam2,
        "answer": _set_text([lam1, lam2]),
        "answer_tex": _set_tex([lam1, lam2]),
        "diagonal": _set_text([2 * a, 2 * c]),
        "halved": _set_text([R(lam1, 2), R(lam2, 2)]),
        "negated": _set_text([-lam1, -lam2]),
    }


# --- stochastic gradient descent ---------------------------------------------------------------


@generator("optim_sgd_updates")
def sgd_updates(rng: random.Random) -> dict[str, Any]:
    """Parameter updates over E epochs with a final smaller batch."""
    while True:
        n = rng.randint(10, 600) * 100
        b = rng.choice([16, 32, 64, 128, 256, 512])
        if n % b:
            break
    epochs = rng.randint(2, 12)
    per = -(-n // b)
    return {
        "n": n,
        "n_tex": f"{n:,}".replace(",", "{,}"),
        "b": b,
        "epochs": epochs,
        "full": n // b,
        "rest": n - (n // b) * b,
        "per": per,
        "answer": epochs * per,
        "dropped": epochs * (n // b),
        "one_epoch": per,
        "unrounded": R(epochs * n, b),
    }


@generator("optim_sgd_step")
def sgd_step(rng: random.Random) -> dict[str, Any]:
    """One SGD step for linear regression with two features and a bias on a single example."""
    while True:
        ws = [rng.randint(-2, 2) for _ in range(2)]
        bias = rng.randint(-2, 2)
        xs = [nonzero(rng, -3, 3) for _ in range(2)]
        target = rng.randint(-5, 5)
        eta = rng.choice([R(1, 10), R(1, 20), R(1, 100), R(1, 50)])
        pred = ws[0] * xs[0] + ws[1] * xs[1] + bias
        r = pred - target
        if r == 0 or xs == [1, 1]:
            continue
        grad = _col(2 * r * xs[0], 2 * r * xs[1], 2 * r)
        old = _col(ws[0], ws[1], bias)
        answer = old - eta * grad
        uphill = old + eta * grad
        no_x = old - eta * _col(2 * r, 2 * r, 2 * r)
        no_two = old - eta * grad / 2
        if distinct(answer, uphill, no_x, no_two):
            break
    return {
        "w1": ws[0],
        "w2": ws[1],
        "b": bias,
        "x1": xs[0],
        "x2": xs[1],
        "x1_p": _p(str(xs[0])),
        "x2_p": _p(str(xs[1])),
        "w1_p": _p(str(ws[0])),
        "w2_p": _p(str(ws[1])),
        "b_p": _p(str(bias)),
        "y": target,
        "eta_dec": decimal(eta, 15),
        "pred": pred,
        "r": r,
        "two_r": 2 * r,
        "grad": grad,
        "old": old,
        "answer": answer,
        "a1": answer[0],
        "a2": answer[1],
        "a3": answer[2],
        "answer_tex": "\\begin{bmatrix} "
        + " \\\\ ".join(decimal(v, 15) for v in answer)
        + " \\end{bmatrix}",
        "up1": uphill[0],
        "up2": uphill[1],
        "up3": uphill[2],
        "nx1": no_x[0],
        "nx2": no_x[1],
        "nx3": no_x[2],
        "nt1": no_two[0],
        "nt2": no_two[1],
        "nt3": no_two[2],
    }


@generator("optim_sgd_expected_gradient")
def sgd_expected_gradient(rng: random.Random) -> dict[str, Any]:
    """The expected single-example gradient of (w x_i - y_i)^2 equals the full-batch gradient."""
    while True:
        xs = [rng.randint(-3, 4) for _ in range(4)]
        ys = [rng.randint(-6, 6) for _ in range(4)]
        w0 = rng.randint(-2, 2)
        grads = [2 * xi * (w0 * xi - yi) for xi, yi in zip(xs, ys, strict=True)]
        answer = R(sum(grads), 4)
        xbar, ybar = R(sum(xs), 4), R(sum(ys), 4)
        pooled = 2 * xbar * (w0 * xbar - ybar)
        if 0 in xs or len(set(xs)) < 3:
            continue
        if answer != 0 and distinct(answer, 4 * answer, answer / 2, pooled):
            break
    rows = " \\\\ ".join(
        f"{i + 1} & {xi} & {yi}" for i, (xi, yi) in enumerate(zip(xs, ys, strict=True))
    )
    table = "\\begin{array}{c|c|c} i & x_i & y_i \\\\ \\hline " + rows + " \\end{array}"
    return {
        "table": table,
        "w0": w0,
        "grads_tex": ", ".join(_tex(g) for g in grads),
        "sum": sum(grads),
        "answer": answer,
        "answer_tex": _tex(answer),
        "summed": 4 * answer,
        "half": answer / 2,
        "pooled": pooled,
        "xbar_tex": _tex(xbar),
        "ybar_tex": _tex(ybar),
    }
