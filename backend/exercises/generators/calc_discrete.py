"""Generators for matrix calculus, functions of several variables, Taylor series, real analysis,
trigonometry, reasoning, induction and recurrences.

Each generator draws one exercise family and returns SymPy values for answers, mistakes and tests
(rendered as plain text), and ready-made LaTeX or Markdown strings (names ending in `_tex`, or
whole sentences) for prompts, hints and solutions.
"""

import random
from functools import cache
from typing import Any

import sympy

from . import as_sympy, generator
from .common import decimal, nonzero

x, y, h, k, n, t = sympy.symbols("x y h k n t")
x1, x2 = sympy.symbols("x_1 x_2")


def _tex(expr: Any) -> str:
    return str(sympy.latex(as_sympy(expr), ln_notation=True))


def _paren(value: Any) -> str:
    """LaTeX for a number inside a product: negative numbers in brackets."""
    text = _tex(value)
    return f"({text})" if as_sympy(value) < 0 else text


def _signed(value: Any) -> str:
    """LaTeX for a term added after something else: '+ 3', '- 3', '+ \\frac{1}{2}'."""
    value = as_sympy(value)
    return f"- {_tex(-value)}" if value < 0 else f"+ {_tex(value)}"


def _minus(name: str, value: Any) -> str:
    """LaTeX for `name - value` with the sign tidied: x - 2, x + 3, or just x."""
    value = as_sympy(value)
    if value == 0:
        return name
    return f"{name} - {_tex(value)}" if value > 0 else f"{name} + {_tex(-value)}"


def _vec_tex(values: list[Any]) -> str:
    return "(" + ", ".join(_tex(v) for v in values) + ")"


# --- matrix calculus -----------------------------------------------------------------------


@generator("calc_discrete_quadratic_form")
def quadratic_form(rng: random.Random) -> dict[str, Any]:
    """A non-symmetric 2x2 integer matrix A and a point x0, for grad(x^T A x) = (A + A^T) x0."""
    while True:
        a, b, c, d = (rng.randint(-3, 3) for _ in range(4))
        p, q = nonzero(rng, -3, 3), nonzero(rng, -3, 3)
        if b == c:
            continue
        A = sympy.Matrix([[a, b], [c, d]])
        x0 = sympy.Matrix([p, q])
        answer = (A + A.T) * x0
        assumed_symmetric = 2 * A * x0
        one_term = A * x0
        vectors = [answer, assumed_symmetric, one_term]
        if any(v == sympy.zeros(2, 1) for v in vectors):
            continue
        if len({tuple(v) for v in vectors}) < 3:
            continue
        break
    form = a * x1**2 + (b + c) * x1 * x2 + d * x2**2
    return {
        "A": A,
        "AT": A.T,
        "S": A + A.T,
        "x0": x0,
        "p": p,
        "q": q,
        "answer": answer,
        "answer_tuple": "(" + ", ".join(str(v) for v in answer) + ")",
        "answer_long": "["
        + ", ".join(f"({(A + A.T)[i, 0]})*({p}) + ({(A + A.T)[i, 1]})*({q})" for i in range(2))
        + "]",
        "assumed_symmetric": assumed_symmetric,
        "nudged": answer + sympy.Matrix([1, 0]),
        "one_term": one_term,
        "form_tex": _tex(form),
        "d1_tex": _tex(sympy.diff(form, x1)),
        "d2_tex": _tex(sympy.diff(form, x2)),
    }


@generator("calc_discrete_least_squares")
def least_squares(rng: random.Random) -> dict[str, Any]:
    """A 3x2 matrix A, a point x and a target b, for grad ||Ax - b||^2 = 2 A^T (Ax - b)."""
    while True:
        A = sympy.Matrix(3, 2, [rng.randint(-2, 2) for _ in range(6)])
        xv = sympy.Matrix([nonzero(rng, -2, 2), nonzero(rng, -2, 2)])
        b = sympy.Matrix([rng.randint(-3, 3) for _ in range(3)])
        if A.rank() < 2 or list(A).count(0) > 2:
            continue
        r = A * xv - b
        g = A.T * r
        if any(v == 0 for v in r) or any(v == 0 for v in g):
            continue
        break
    return {
        "A": A,
        "AT": A.T,
        "xv": xv,
        "b": b,
        "Ax": A * xv,
        "r": r,
        "ATr": g,
        "answer": 2 * g,
        "answer_tuple": "(" + ", ".join(str(2 * v) for v in g) + ")",
        "answer_long": "[" + ", ".join(f"2*({v})" for v in g) + "]",
        "no_two": g,
        "flipped": -2 * g,
    }


# --- multivariable chain rule --------------------------------------------------------------


@generator("calc_discrete_path_chain")
def path_chain(rng: random.Random) -> dict[str, Any]:
    """z = a x y + b y^2 along x = t^2 + q, y = r t + s, differentiated at t0."""
    while True:
        a, b = nonzero(rng, -3, 3), nonzero(rng, -2, 2)
        q, s = rng.randint(-3, 3), rng.randint(-3, 3)
        r = nonzero(rng, -3, 3)
        t0 = rng.choice([-2, -1, 1, 2])
        x0, y0 = t0**2 + q, r * t0 + s
        fx, fy = a * y0, a * x0 + 2 * b * y0
        dx, dy = 2 * t0, r
        answer = fx * dx + fy * dy
        only_x = fx * dx
        no_inner = fx + fy
        value = a * x0 * y0 + b * y0**2
        if fx == 0 or fy == 0 or r == 1:
            continue
        if len({answer, only_x, no_inner, value}) < 4:
            continue
        break
    z = a * x * y + b * y**2
    return {
        "z_tex": _tex(z),
        "xt_tex": _tex(t**2 + q),
        "yt_tex": _tex(r * t + s),
        "zx_tex": _tex(sympy.diff(z, x)),
        "zy_tex": _tex(sympy.diff(z, y)),
        "t0": t0,
        "x0": x0,
        "y0": y0,
        "fx": fx,
        "fy": fy,
        "dx": dx,
        "dy": dy,
        "fx_p": _paren(fx),
        "fy_p": _paren(fy),
        "dx_p": _paren(dx),
        "dy_p": _paren(dy),
        "answer": answer,
        "only_x": only_x,
        "no_inner": no_inner,
        "value": value,
    }


# --- functions of several variables --------------------------------------------------------


@generator("calc_discrete_mvf_evaluate")
def mvf_evaluate(rng: random.Random) -> dict[str, Any]:
    """f(x, y) = a x^2 + b x y + c y + d at a point with a negative x-coordinate."""
    while True:
        a, b, c = nonzero(rng, -4, 4), nonzero(rng, -4, 4), nonzero(rng, -5, 5)
        d = rng.randint(-6, 6)
        x0, y0 = rng.randint(-4, -1), nonzero(rng, -4, 4)
        f = a * x**2 + b * x * y + c * y + d
        value = f.subs({x: x0, y: y0})
        swapped = f.subs({x: y0, y: x0})
        sign_slip = value - 2 * a * x0**2
        if len({value, swapped, sign_slip}) < 3:
            continue
        break
    return {
        "f_tex": _tex(f),
        "x0": x0,
        "y0": y0,
        "x0_p": _paren(x0),
        "y0_p": _paren(y0),
        "terms_tex": (
            f"{_tex(a)} \\cdot {_paren(x0)}^2 {_signed(b)} \\cdot {_paren(x0)} \\cdot {_paren(y0)}"
            f" {_signed(c)} \\cdot {_paren(y0)}" + (f" {_signed(d)}" if d else "")
        ),
        "sq": x0**2,
        "value": value,
        "value_dec": f"{value}.0",
        "swapped": swapped,
        "sign_slip": sign_slip,
    }


@generator("calc_discrete_mvf_level_set")
def mvf_level_set(rng: random.Random) -> dict[str, Any]:
    """A bowl (x - h)^2 + (y - k)^2 and a point on one of its contours."""
    while True:
        hc, kc = nonzero(rng, -4, 4), nonzero(rng, -4, 4)
        p, q = rng.randint(-5, 5), rng.randint(-5, 5)
        dx, dy = p - hc, q - kc
        level = dx**2 + dy**2
        origin = p**2 + q**2
        if level in (0, 1) or origin == level or sympy.sqrt(origin) == level:
            continue
        break
    return {
        "f_tex": f"\\left({_minus('x', hc)}\\right)^2 + \\left({_minus('y', kc)}\\right)^2",
        "hc": hc,
        "kc": kc,
        "p": p,
        "q": q,
        "dx_p": _paren(dx),
        "dy_p": _paren(dy),
        "level": level,
        "radius": sympy.sqrt(level),
        "origin": sympy.sqrt(origin),
    }


@generator("calc_discrete_mvf_shift")
def mvf_shift(rng: random.Random) -> dict[str, Any]:
    """f(x, y) = a x^2 + b x y + c y^2 + d x + e and the change f(x + h, y) - f(x, y)."""
    a, b, c, d = (nonzero(rng, -4, 4) for _ in range(4))
    e = rng.randint(-6, 6)
    f = a * x**2 + b * x * y + c * y**2 + d * x + e
    shifted = sympy.expand(f.subs(x, x + h))
    change = sympy.expand(shifted - f)
    return {
        "f_tex": _tex(f),
        "shifted_tex": _tex(shifted),
        "change": change,
        "change_tex": _tex(change),
        "bad_square": sympy.expand(a * h**2 + b * h * y + d * h),
        "no_mixed": sympy.expand(a * (2 * x * h + h**2) + d * h),
        "shifted": shifted,
    }


# --- real analysis -------------------------------------------------------------------------


@generator("calc_discrete_sequence_limit")
def sequence_limit(rng: random.Random) -> dict[str, Any]:
    """A rational sequence (p n^k + q n + r) / (s n^k + t n + u) with a positive denominator."""
    while True:
        deg = rng.choice([1, 2])
        p, r = nonzero(rng, -9, 9), nonzero(rng, -9, 9)
        s, u = rng.randint(1, 9), rng.randint(1, 9)
        q, tt = (rng.randint(-6, 6), rng.randint(0, 6)) if deg == 2 else (0, 0)
        num = p * n**deg + q * n + r
        den = s * n**deg + tt * n + u
        limit = sympy.Rational(p, s)
        constants = sympy.Rational(r, u)
        first = sympy.Rational(p + q + r, s + tt + u)
        if len({limit, constants, first}) < 3:
            continue
        break
    return {
        "seq_tex": f"\\frac{{{_tex(num)}}}{{{_tex(den)}}}",
        "deg": deg,
        "top_tex": _tex(p * n**deg) if deg == 1 else _tex(p * n**2),
        "power_tex": "n" if deg == 1 else "n^2",
        "divided_tex": f"\\frac{{{_tex(sympy.expand(num / n**deg))}}}"
        f"{{{_tex(sympy.expand(den / n**deg))}}}",
        "p": p,
        "s": s,
        "limit": limit,
        "constants": constants,
        "first": first,
    }


_RATIOS = [
    sympy.Rational(1, 2),
    sympy.Rational(1, 3),
    sympy.Rational(2, 3),
    sympy.Rational(1, 4),
    sympy.Rational(3, 4),
    sympy.Rational(1, 5),
    sympy.Rational(2, 5),
    sympy.Rational(3, 5),
    sympy.Rational(-1, 2),
    sympy.Rational(-1, 3),
    sympy.Rational(-2, 3),
    sympy.Rational(-1, 4),
]


@generator("calc_discrete_geometric_series")
def geometric_series(rng: random.Random) -> dict[str, Any]:
    """The sum of a r^n from n = k (k = 1 or 2) to infinity, with |r| < 1."""
    a = rng.choice([v for v in range(-9, 10) if v not in (-1, 0, 1)])
    r = rng.choice(_RATIOS)
    start = rng.choice([1, 2])
    first = a * r**start
    answer = first / (1 - r)
    return {
        "a": a,
        "r": r,
        "r_p": _paren(r),
        "start": start,
        "first": first,
        "first_p": _paren(first),
        "one_minus_r": 1 - r,
        "answer": answer,
        "from_zero": sympy.Rational(a) / (1 - r),
        "plus_r": first / (1 + r),
        "terms_tex": " + ".join(_paren(a * r**i) for i in range(start, start + 3)) + r" + \cdots",
    }


@generator("calc_discrete_epsilon_n")
def epsilon_n(rng: random.Random) -> dict[str, Any]:
    """a_n = L + c/(n + d) and a tolerance 1/m: the smallest N with |a_n - L| < 1/m for n >= N."""
    c, d = rng.randint(2, 6), rng.randint(1, 4)
    lim = rng.randint(-3, 3)
    m = rng.choice([10, 20, 25, 50, 100, 200, 1000])
    eps = sympy.Rational(1, m)
    num = lim * n + lim * d + c
    return {
        "seq_tex": f"\\frac{{{_tex(num)}}}{{{_tex(n + d)}}}",
        "lim": lim,
        "c": c,
        "d": d,
        "m": m,
        "eps_dec": decimal(eps, 10),
        "cm": c * m,
        "answer": c * m - d + 1,
        "boundary": c * m - d,
        "no_shift": c * m + 1,
        "no_c": m - d + 1,
    }


# --- Taylor series -------------------------------------------------------------------------

_TAYLOR_RATES = [2, 3, 4, -1, -2, -3, sympy.Rational(1, 2), sympy.Rational(-1, 2)]


def _coef_tex(c: int, body: str) -> str:
    if c == 1:
        return body
    if c == -1:
        return f"-{body}"
    return f"{c}{body}"


@generator("calc_discrete_taylor_second_order")
def taylor_second_order(rng: random.Random) -> dict[str, Any]:
    """c e^{kx} or c ln(1 + kx) and its second-order Maclaurin polynomial."""
    family = rng.choice(["exp", "log"])
    kk = as_sympy(rng.choice(_TAYLOR_RATES))
    c = rng.choice([1, 2, 3, 4, 5, 6, -1, -2, -3, -4])
    if family == "exp":
        f = c * sympy.exp(kk * x)
        f_tex = _coef_tex(c, f"e^{{{_tex(kk * x)}}}")
        answer = c * (1 + kk * x + kk**2 * x**2 / 2)
        no_factorial = c * (1 + kk * x + kk**2 * x**2)
        no_chain = c * (1 + x + x**2 / 2)
    else:
        f = c * sympy.log(1 + kk * x)
        inner = f"1 + {_tex(kk * x)}" if kk > 0 else f"1 - {_tex(-kk * x)}"
        f_tex = _coef_tex(c, f"\\ln\\left({inner}\\right)")
        answer = c * (kk * x - kk**2 * x**2 / 2)
        no_factorial = c * (kk * x - kk**2 * x**2)
        no_chain = c * (x - x**2 / 2)
    d1, d2 = sympy.diff(f, x), sympy.diff(f, x, 2)
    return {
        "family": family,
        "f_tex": f_tex,
        "d1_tex": _tex(d1),
        "d2_tex": _tex(d2),
        "f0": f.subs(x, 0),
        "d10": d1.subs(x, 0),
        "d10_p": _paren(d1.subs(x, 0)),
        "d20": d2.subs(x, 0),
        "half_d20": d2.subs(x, 0) / 2,
        "answer": sympy.expand(answer),
        "answer_tex": _tex(sympy.expand(answer)),
        "factored": sympy.factor(answer),
        "no_factorial": sympy.expand(no_factorial),
        "no_chain": sympy.expand(no_chain),
    }


@generator("calc_discrete_maclaurin_coefficient")
def maclaurin_coefficient(rng: random.Random) -> dict[str, Any]:
    """The coefficient of x^j in the Maclaurin series of c e^{kx}, namely c k^j / j!."""
    while True:
        kk = as_sympy(
            rng.choice([1, 2, 3, -1, -2, -3, sympy.Rational(1, 2), sympy.Rational(-1, 2)])
        )
        c = rng.choice([1, 2, 3, 4, 5, 6, -1, -2, -3])
        j = rng.choice([3, 4, 5])
        answer = c * kk**j / sympy.factorial(j)
        no_factorial = c * kk**j
        over_j = c * kk**j / j
        shifted = c * kk ** (j - 1) / sympy.factorial(j - 1)
        if len({answer, no_factorial, over_j, shifted}) == 4:
            break
    return {
        "f_tex": _coef_tex(c, f"e^{{{_tex(kk * x)}}}"),
        "k": kk,
        "k_p": _paren(kk),
        "c": c,
        "j": j,
        "jfact": sympy.factorial(j),
        "deriv": c * kk**j,
        "answer": answer,
        "no_factorial": no_factorial,
        "over_j": over_j,
        "shifted": shifted,
    }


@generator("calc_discrete_taylor_sqrt")
def taylor_sqrt(rng: random.Random) -> dict[str, Any]:
    """sqrt(x) about a = m^2, evaluated at m^2 + d with its second-order Taylor polynomial."""
    m = rng.randint(2, 12)
    d = rng.choice([v for v in range(-6, 7) if v != 0])
    first = m + sympy.Rational(d, 2 * m)
    curve = sympy.Rational(d**2, 8 * m**3)
    return {
        "m": m,
        "a": m**2,
        "d": d,
        "d_p": _paren(d),
        "x1": m**2 + d,
        "m3": m**3,
        "f1": sympy.Rational(1, 2 * m),
        "f2": sympy.Rational(-1, 4 * m**3),
        "answer": first - curve,
        "first": first,
        "no_factorial": first - 2 * curve,
        "wrong_sign": first + curve,
        "slope_term": sympy.Rational(d, 2 * m),
        "slope_signed": _signed(sympy.Rational(d, 2 * m)),
        "curve": curve,
    }


# --- trigonometry --------------------------------------------------------------------------


@generator("calc_discrete_sine_derivative")
def sine_derivative(rng: random.Random) -> dict[str, Any]:
    """f(x) = A sin(bx) at x0 = theta/b, with theta a standard angle whose cosine is non-zero."""
    thetas = [
        sympy.Rational(v, 12) * sympy.pi for v in (2, 3, 4, 8, 9, 10, 12, 14, 15, 16, 20, 21, 22)
    ]
    theta = rng.choice(thetas)
    b = rng.choice([2, 3, 4])
    amp = rng.choice([1, 2, 3, 4, -1, -2, -3])
    x0 = theta / b
    cos_value = sympy.cos(theta)
    return {
        "f_tex": _coef_tex(amp, f"\\sin({b}x)"),
        "amp": amp,
        "amp_b": amp * b,
        "b": b,
        "x0": x0,
        "theta": theta,
        "cos_value": cos_value,
        "cos_p": _paren(cos_value),
        "answer": amp * b * cos_value,
        "no_chain": amp * cos_value,
        "wrong_sign": -amp * b * cos_value,
    }


# --- deductive and inductive reasoning -----------------------------------------------------

# (P, not P, Q, not Q) for "if P then Q".
_CONDITIONALS = [
    (
        "the learning rate is too large",
        "the learning rate is not too large",
        "the training loss diverges",
        "the training loss does not diverge",
    ),
    (
        "a function is differentiable at a point",
        "a function is not differentiable at a point",
        "it is continuous at that point",
        "it is not continuous at that point",
    ),
    (
        "a square matrix has a zero eigenvalue",
        "a square matrix has no zero eigenvalue",
        "it is not invertible",
        "it is invertible",
    ),
    (
        "an integer is divisible by 6",
        "an integer is not divisible by 6",
        "it is even",
        "it is odd",
    ),
    (
        "a model memorises its training set",
        "a model does not memorise its training set",
        "its training error is zero",
        "its training error is not zero",
    ),
    (
        "a function is convex",
        "a function is not convex",
        "each of its local minima is a global minimum",
        "it has a local minimum that is not global",
    ),
    (
        "two random variables are independent",
        "two random variables are not independent",
        "their covariance is zero",
        "their covariance is not zero",
    ),
    (
        "a real matrix is symmetric",
        "a real matrix is not symmetric",
        "its eigenvalues are real",
        "it has an eigenvalue that is not real",
    ),
    (
        "a network uses only linear activations",
        "a network uses some non-linear activation",
        "it computes a linear function of its input",
        "it computes a non-linear function of its input",
    ),
    (
        "the batch size is doubled",
        "the batch size is not doubled",
        "an epoch takes fewer steps",
        "an epoch does not take fewer steps",
    ),
    (
        "a p-value is below 0.05",
        "a p-value is not below 0.05",
        "the test rejects the null hypothesis at the 5% level",
        "the test does not reject the null hypothesis at the 5% level",
    ),
    (
        "the data are shuffled before the split",
        "the data are not shuffled before the split",
        "the test set looks like the training set",
        "the test set does not look like the training set",
    ),
    (
        "an integer is a multiple of 4",
        "an integer is not a multiple of 4",
        "its square is a multiple of 16",
        "its square is not a multiple of 16",
    ),
    (
        "a gradient step is taken with a tiny learning rate",
        "a gradient step is not taken with a tiny learning rate",
        "the loss barely changes",
        "the loss changes noticeably",
    ),
    (
        "a vector has length zero",
        "a vector does not have length zero",
        "it is the zero vector",
        "it is not the zero vector",
    ),
    (
        "a matrix has more columns than rows",
        "a matrix does not have more columns than rows",
        "its columns are linearly dependent",
        "its columns are linearly independent",
    ),
]

# (plural A, plural B, name x, singular A, singular B) for "every A is a B".
_CATEGORIES = [
    ("transformers", "neural networks", "model M", "a transformer", "a neural network"),
    ("symmetric matrices", "square matrices", "matrix S", "symmetric", "square"),
    ("primes greater than 2", "odd numbers", "number p", "a prime greater than 2", "odd"),
    ("orthogonal matrices", "invertible matrices", "matrix Q", "orthogonal", "invertible"),
    (
        "differentiable functions",
        "continuous functions",
        "function g",
        "differentiable",
        "continuous",
    ),
    ("multiples of 4", "even numbers", "integer m", "a multiple of 4", "even"),
    ("square numbers", "non-negative numbers", "number s", "a square number", "non-negative"),
    ("probabilities", "numbers between 0 and 1", "quantity q", "a probability", "between 0 and 1"),
]

_FORMS = {
    "modus-ponens": (
        True,
        "This is *modus ponens*: the first premise says that whenever the condition holds, the "
        "consequence holds, and the second premise says the condition holds. The conclusion "
        "cannot fail.",
    ),
    "modus-tollens": (
        True,
        "This is *modus tollens*: if the condition held, the consequence would have to hold too. "
        "The consequence fails, so the condition cannot hold.",
    ),
    "affirming-consequent": (
        False,
        "This is the fallacy of *affirming the consequent*. The first premise only says the "
        "condition is enough for the consequence; the consequence may also hold for some other "
        "reason, so the condition need not hold.",
    ),
    "denying-antecedent": (
        False,
        "This is the fallacy of *denying the antecedent*. The first premise says nothing about "
        "what happens when the condition fails; the consequence may still hold for another reason.",
    ),
    "barbara": (
        True,
        "Everything in the first group lies inside the second group, and the object is in the "
        "first group, so it must be in the second. The conclusion is forced.",
    ),
    "contrapositive": (
        True,
        "Everything in the first group lies inside the second group. The object is outside the "
        "second group, so it cannot be in the first. The conclusion is forced.",
    ),
    "undistributed-middle": (
        False,
        "Being in the second group does not put the object in the first: the premise only says the "
        "first group sits inside the second, which may contain plenty of other things.",
    ),
    "illicit-negation": (
        False,
        "Being outside the first group says nothing about the second group, which may contain "
        "plenty of things that are not in the first. The conclusion is not forced.",
    ),
}


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


@generator("calc_discrete_argument_validity")
def argument_validity(rng: random.Random) -> dict[str, Any]:
    """A two-premise argument in one of eight forms, valid or invalid, in ML or maths words."""
    cases = [("cond", i, form) for i in range(len(_CONDITIONALS)) for form in list(_FORMS)[:4]]
    cases += [("cat", i, form) for i in range(len(_CATEGORIES)) for form in list(_FORMS)[4:]]
    kind, index, form = rng.choice(cases)
    if kind == "cond":
        p, not_p, q, not_q = _CONDITIONALS[index]
        major = f"If {p}, then {q}."
        # The minor premise and conclusion speak about one particular case.
        minor, conclusion = {
            "modus-ponens": (p, q),
            "modus-tollens": (not_q, not_p),
            "affirming-consequent": (q, p),
            "denying-antecedent": (not_p, not_q),
        }[form]
        minor = f"In a particular case, {minor}."
        conclusion = f"So in that case, {conclusion}."
    else:
        plural_a, plural_b, name, is_a, is_b = _CATEGORIES[index]
        major = f"All {plural_a} are {plural_b}."
        facts = {
            "barbara": (f"is {is_a}", f"is {is_b}"),
            "contrapositive": (f"is not {is_b}", f"is not {is_a}"),
            "undistributed-middle": (f"is {is_b}", f"is {is_a}"),
            "illicit-negation": (f"is not {is_a}", f"is not {is_b}"),
        }[form]
        minor = f"The {name} {facts[0]}."
        conclusion = f"So the {name} {facts[1]}."
    valid, why = _FORMS[form]
    verdict = "true" if valid else "false"
    wrong = "false" if valid else "true"
    if valid:
        wrong_feedback = (
            "This argument is valid. " + why + " Try to imagine the premises true and the "
            "conclusion false: you will find you cannot."
        )
    else:
        wrong_feedback = (
            "The conclusion may well be true, but it does not *follow*. "
            + why
            + " Validity asks whether true premises force the conclusion."
        )
    return {
        "major": major,
        "minor": _cap(minor),
        "conclusion": conclusion,
        "verdict": verdict,
        "wrong": wrong,
        "why": why,
        "wrong_feedback": wrong_feedback,
        "verdict_word": "valid" if valid else "invalid",
    }


@cache
def _prime_polynomials() -> list[tuple[int, int, int]]:
    """(a, b, n): n is the first n >= 1 where n^2 + a n + b is not prime, 3 <= n <= 15."""
    found = []
    for a in range(-10, 11):
        for b in sympy.primerange(2, 300):
            m = 1
            while m * m + a * m + b > 1 and sympy.isprime(m * m + a * m + b):
                m += 1
            if 3 <= m <= 15 and m * m + a * m + b <= 500:
                found.append((a, int(b), m))
    return found


@generator("calc_discrete_prime_counterexample")
def prime_counterexample(rng: random.Random) -> dict[str, Any]:
    """A quadratic n^2 + a n + b that gives primes for n = 1, 2, ... until it first fails."""
    a, b, m = rng.choice(_prime_polynomials())
    poly = n**2 + a * n + b
    values = [int(poly.subs(n, i)) for i in range(1, m + 1)]
    failing = values[-1]
    factors = sympy.factorint(failing)
    factor_tex = r" \cdot ".join(
        f"{prime}^{{{power}}}" if power > 1 else str(prime) for prime, power in factors.items()
    )
    table = ", ".join(f"f({i}) = {v}" for i, v in enumerate(values[:-1], start=1))
    return {
        "f_tex": _tex(poly),
        "a": a,
        "b": b,
        "answer": m,
        "last_good": m - 1,
        "failing": failing,
        "factor_tex": factor_tex,
        "table_tex": table,
        "f1": values[0],
        "f2": values[1],
    }


# --- mathematical induction ----------------------------------------------------------------


def _arith_tex(a: int, b: int, var: str) -> str:
    """LaTeX for a*var + b."""
    head = _coef_tex(a, var) if a not in (1, -1) else (var if a == 1 else f"-{var}")
    return f"{head} {_signed(b)}" if b else head


@generator("calc_discrete_arithmetic_sum")
def arithmetic_sum(rng: random.Random) -> dict[str, Any]:
    """The sum of a k + b for k = 1..n and its closed form a n(n+1)/2 + b n."""
    while True:
        a = nonzero(rng, -5, 6)
        b = nonzero(rng, -6, 6)
        if a + b != 0:
            break
    first_terms = [a * i + b for i in (1, 2, 3)]
    answer = sympy.expand(a * n * (n + 1) / 2 + b * n)
    return {
        "a": a,
        "b": b,
        "term_tex": _arith_tex(a, b, "k"),
        "terms_tex": " + ".join(_paren(v) if i else _tex(v) for i, v in enumerate(first_terms)),
        "b_p": _paren(b),
        "next_term_tex": _tex(sympy.expand(a * (n + 1) + b)),
        "s1": first_terms[0],
        "s2": first_terms[0] + first_terms[1],
        "answer": answer,
        "answer_tex": _tex(answer),
        "b_once": sympy.expand(a * n * (n + 1) / 2 + b),
        "half_square": sympy.expand(a * n**2 / 2 + b * n),
        "off_by_one": sympy.expand(a * n * (n - 1) / 2 + b * n),
    }


@generator("calc_discrete_induction_difference")
def induction_difference(rng: random.Random) -> dict[str, Any]:
    """f(n) = a n^3 + b n^2 + c n always divisible by some g >= 2, and f(k+1) - f(k)."""
    while True:
        a = rng.choice([1, 2, 3])
        b, c = rng.randint(-4, 4), nonzero(rng, -6, 6)
        f = a * n**3 + b * n**2 + c * n
        g = 0
        for i in range(1, 12):
            g = int(sympy.igcd(g, int(f.subs(n, i))))
        if g >= 2 and sympy.igcd(sympy.igcd(a, b), c) == 1:
            break
    fk = f.subs(n, k)
    diff = sympy.expand(f.subs(n, k + 1) - fk)
    return {
        "f_tex": _tex(f),
        "fk_tex": _tex(fk),
        "g": g,
        "next_tex": _tex(sympy.expand(f.subs(n, k + 1))),
        "answer": diff,
        "answer_tex": _tex(diff),
        "no_cross": a + b + c,
        "derivative": sympy.diff(fk, k),
        "next": sympy.expand(f.subs(n, k + 1)),
    }


@generator("calc_discrete_induction_flaw")
def induction_flaw(rng: random.Random) -> dict[str, Any]:
    """A flawed induction proof of a wrong formula for sum (a i + b): the flaw is in the base
    case (the claim is shifted by a constant) or in the step (it adds the k-th term)."""
    a = rng.randint(1, 4)
    b = rng.randint(-3, 5)
    variant = rng.choice(["base", "step"])
    true_sum = a * n * (n + 1) / 2 + b * n
    t1 = a + b
    if variant == "base":
        shift = nonzero(rng, -4, 4)
        claim = sympy.expand(true_sum + shift)
        added = sympy.expand(a * (k + 1) + b)
        answer, other = "A", "C"
    else:
        shift = 0
        claim = sympy.expand(true_sum - (a * n + b) + t1)
        added = sympy.expand(a * k + b)
        answer, other = "C", "A"
    claim_k = claim.subs(n, k)
    true_term = _tex(sympy.expand(a * (k + 1) + b))
    n2_true = 2 * a + 2 * b + a
    other_feedback = {
        "A": (
            "Check the base case again: at $n = 1$ both sides really are "
            f"${_tex(t1)}$. The slip is elsewhere; compare the term added in Step 3 with "
            f"the $(k + 1)$-th term ${_tex(sympy.expand(a * (k + 1) + b))}$."
        ),
        "C": (
            "Step 3 is correct algebra: adding the $(k + 1)$-th term to the claimed formula at "
            "$k$ really does give the claimed formula at $k + 1$. Recompute the right-hand side at "
            f"$n = 1$: it is ${_tex(claim.subs(n, 1))}$, not ${_tex(t1)}$."
        ),
    }[other]
    return {
        "sum_tex": _arith_tex(a, b, "i"),
        "claim_tex": _tex(claim),
        "claim_k_tex": _tex(claim_k),
        "claim_k1_tex": _tex(sympy.expand(claim.subs(n, k + 1))),
        "added_tex": _tex(added),
        "t1": t1,
        "true_t": _tex(sympy.expand(a * (k + 1) + b)),
        "claim1": claim.subs(n, 1),
        "claim2": claim.subs(n, 2),
        "sum2": n2_true,
        "answer": answer,
        "other": other,
        "other_feedback": other_feedback,
        "flaw_text": (
            f"Step 1 is wrong. The right-hand side at $n = 1$ is ${_tex(claim.subs(n, 1))}$, "
            f"not ${_tex(t1)}$, so the base case fails (and indeed the claim is off by "
            f"${_tex(shift)}$ for every $n$). The inductive step is fine, which shows that a "
            "correct step alone proves nothing."
            if variant == "base"
            else f"Step 3 is wrong. The $(k + 1)$-th term is ${true_term}$, "
            f"but the proof adds ${_tex(added)}$, the $k$-th term. The base case happens to hold, "
            f"but at $n = 2$ the sum is ${n2_true}$ while the formula gives "
            f"${_tex(claim.subs(n, 2))}$."
        ),
    }


# --- recursion and recurrences -------------------------------------------------------------


@generator("calc_discrete_linear_recurrence")
def linear_recurrence(rng: random.Random) -> dict[str, Any]:
    """a_n = p a_{n-1} + q a_{n-2} with small a_0, a_1, and its k-th term (k = 5 or 6)."""
    while True:
        p = rng.choice([1, 2, 3, -1])
        q = rng.choice([1, 2, 3, -1, -2])
        a0, a1 = rng.randint(-2, 3), rng.randint(1, 4)
        kk = rng.choice([5, 6])
        if p == q:
            continue
        seq, swapped = [a0, a1], [a0, a1]
        for _ in range(kk):
            seq.append(p * seq[-1] + q * seq[-2])
            swapped.append(q * swapped[-1] + p * swapped[-2])
        answer, early, wrong = seq[kk], seq[kk - 1], swapped[kk]
        if len({answer, early, wrong}) < 3 or max(abs(v) for v in seq[: kk + 1]) > 400:
            continue
        break
    rule = f"{_coef_tex(p, 'a_{n-1}') if abs(p) != 1 else ('a_{n-1}' if p == 1 else '-a_{n-1}')}"
    rule += f" {'+' if q > 0 else '-'} {'' if abs(q) == 1 else abs(q)}a_{{n-2}}"
    return {
        "rule_tex": rule,
        "p": p,
        "q": q,
        "a0": a0,
        "a1": a1,
        "k": kk,
        "km1": kk - 1,
        "table_tex": ", \\quad ".join(f"a_{{{i}}} = {v}" for i, v in enumerate(seq[: kk + 1])),
        "answer": answer,
        "early": early,
        "swapped": wrong,
    }


@generator("calc_discrete_affine_recurrence")
def affine_recurrence(rng: random.Random) -> dict[str, Any]:
    """a_n = r a_{n-1} + c with a_0 = s, solved as a_n = (s - L) r^n + L, L = c / (1 - r)."""
    r = as_sympy(rng.choice([2, 3, 4, 5, sympy.Rational(1, 2), sympy.Rational(1, 3)]))
    if r == sympy.Rational(1, 2):
        lim = rng.choice([-6, -4, -2, 2, 4, 6])
    elif r == sympy.Rational(1, 3):
        lim = rng.choice([-6, -3, 3, 6])
    else:
        lim = rng.choice([v for v in range(-5, 6) if v != 0])
    c = lim * (1 - r)
    s = rng.choice([v for v in range(-4, 8) if v != lim])
    answer = (s - lim) * r**n + lim
    return {
        "r": r,
        "r_tex": _tex(r),
        "c": c,
        "c_signed": _signed(c),
        "s": s,
        "lim": lim,
        "lim_p": _paren(lim),
        "gap": s - lim,
        "answer": answer,
        "answer_tex": _tex(answer),
        "no_c": s * r**n,
        "shifted": (s - lim) * r ** (n - 1) + lim,
        "linear": s * r**n + c * n,
        "a1": r * s + c,
        "a2": r * (r * s + c) + c,
    }


_CALL_STEPS = [(1, 1), (1, 2), (1, 3), (2, 2), (1, 1, 1), (1, 2, 3), (2, 3)]


def _calls(steps: tuple[int, ...], base: int, top: int) -> tuple[list[int], list[int]]:
    """Calls C(n) and leaves L(n), n = 0..top, of f(n) = sum f(n - s) with f(n) = 1 for n < base."""
    calls: dict[int, int] = {}
    leaves: dict[int, int] = {}
    for value in range(min(0, -max(steps)), top + 1):
        if value < base:
            calls[value], leaves[value] = 1, 1
        else:
            calls[value] = 1 + sum(calls[value - s] for s in steps)
            leaves[value] = sum(leaves[value - s] for s in steps)
    return [calls[i] for i in range(top + 1)], [leaves[i] for i in range(top + 1)]


@generator("calc_discrete_call_count")
def call_count(rng: random.Random) -> dict[str, Any]:
    """A recursive function with two or three self-calls, and how many calls f(N) makes."""
    while True:
        steps = rng.choice(_CALL_STEPS)
        base = rng.choice([1, 2, 3])
        top = rng.randint(base, base + 9)
        calls, leaves = _calls(steps, base, top)
        total, leaf = calls[top], leaves[top]
        if 5 <= total <= 200 and total - 1 != leaf:
            break
    body = " + ".join(f"f(n - {s})" for s in steps)
    code = f"```python\ndef f(n):\n    if n < {base}:\n        return 1\n    return {body}\n```"
    recurrence = " + ".join(f"C(n - {s})" for s in steps)
    table = ", \\quad ".join(f"C({i}) = {calls[i]}" for i in range(top + 1))
    return {
        "code": code,
        "base": base,
        "top": top,
        "recurrence_tex": recurrence,
        "table_tex": table,
        "answer": total,
        "no_first": total - 1,
        "leaves": leaf,
        "ncalls": len(steps),
    }
