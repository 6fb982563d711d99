"""Generators for extra templates on linear maps, linear systems, Jacobians and functions of
several variables.

Every generator redraws until the instance is pleasant (small integers) and non-degenerate: the
right answer never coincides with the answer a listed mistake predicts. Values are SymPy numbers
and matrices (rendered as plain text in answers and as LaTeX in prose); names ending in `_tex`
are ready-made LaTeX strings.
"""

import random
from collections.abc import Sequence
from typing import Any

import sympy
from sympy import Matrix, Rational

from . import as_sympy, generator
from .common import distinct

x, y, z = sympy.symbols("x y z")
u, v = sympy.symbols("u v")


def _nonzero(rng: random.Random, low: int, high: int) -> int:
    return rng.choice([value for value in range(low, high + 1) if value != 0])


def _column(values: Sequence[Any]) -> Matrix:
    return Matrix([[value] for value in values])


def _tex(expr: Any) -> str:
    return str(sympy.latex(as_sympy(expr)))


def _bmatrix(m: Matrix) -> str:
    return str(sympy.latex(m, mat_str="bmatrix", mat_delim=""))


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


def _subst_tex(pairs: list[tuple[int, int]], first: bool = True) -> str:
    """LaTeX for coef*value + ... with the values substituted, e.g. `2(-1) - 3 \\cdot 2`."""
    parts: list[str] = []
    for coef, value in pairs:
        lead = first and not parts
        sign = "-" if coef < 0 else ("" if lead else "+")
        size = "" if abs(coef) == 1 else str(abs(coef))
        plain = f"{size} \\cdot {value}" if size else str(value)
        body = f"{size}({value})" if value < 0 else plain
        parts.append(f"{sign}{body}" if lead else f"{sign} {body}")
    return " ".join(parts)


def _paren(value: int) -> str:
    return f"({value})" if value < 0 else str(value)


# --- linear transformations --------------------------------------------------------------------

_REFLECTIONS = {
    "y = x": (Matrix([[0, 1], [1, 0]]), "(x, y) \\mapsto (y, x)"),
    "y = -x": (Matrix([[0, -1], [-1, 0]]), "(x, y) \\mapsto (-y, -x)"),
}


@generator("maps_more_reflect_scale")
def reflect_scale(rng: random.Random) -> dict[str, Any]:
    """A reflection across y = x or y = -x and a scaling diag(s, t), in a random order; the
    product (second step on the left), the product in the wrong order, and the product with the
    reflection across the other diagonal."""
    scales = [-3, -2, 2, 3, 4, 5]
    while True:
        line = rng.choice(sorted(_REFLECTIONS))
        other_line = "y = -x" if line == "y = x" else "y = x"
        r, rule = _REFLECTIONS[line]
        r_other = _REFLECTIONS[other_line][0]
        s_, t_ = rng.choice(scales), rng.choice(scales)
        scale = sympy.diag(s_, t_)
        reflect_first = rng.random() < 0.5
        if reflect_first:
            first, second, wrong_line = r, scale, scale * r_other
        else:
            first, second, wrong_line = scale, r, r_other * scale
        answer = second * first
        wrong = first * second
        if s_ != t_ and distinct(answer, wrong, wrong_line):
            break
    reflect_text = f"reflect across the line ${line}$"
    scale_text = f"scale the $x$-coordinate by ${s_}$ and the $y$-coordinate by ${t_}$"
    return {
        "first_text": reflect_text if reflect_first else scale_text,
        "second_text": scale_text if reflect_first else reflect_text,
        "line": line,
        "rule_tex": rule,
        "R": r,
        "D": scale,
        "F": first,
        "S": second,
        "s": s_,
        "t": t_,
        "answer": answer,
        "answer_latex": _bmatrix(answer),
        "wrong": wrong,
        "wrong_line": wrong_line,
        "other_line": other_line,
    }


@generator("maps_more_linearity_defect")
def linearity_defect(rng: random.Random) -> dict[str, Any]:
    """f(x, y) = (a x + b y + c, d x y) and its defect f(u + v) - f(u) - f(v), which equals
    (-c, d(u1 v2 + v1 u2)), for two integer vectors. Slips: the bias treated as cancelling, the
    product treated as additive, and f(u + v) given without subtracting."""
    while True:
        a, b, c, d = (_nonzero(rng, -4, 4) for _ in range(4))
        u1, u2, v1, v2 = (_nonzero(rng, -3, 3) for _ in range(4))
        cross = d * (u1 * v2 + v1 * u2)
        if cross == 0 or a == b:
            continue

        fu, fv, fs = (
            _column([a * p + b * q + c, d * p * q])
            for p, q in ((u1, u2), (v1, v2), (u1 + v1, u2 + v2))
        )
        answer = fs - fu - fv
        bias_once = _column([0, cross])
        product_linear = _column([-c, 0])
        if distinct(answer, bias_once, product_linear, fs) and answer == _column([-c, cross]):
            break
    return {
        "f1_tex": _sum_tex([(a, "x"), (b, "y"), (c, "")]),
        "f2_tex": _tex(d * x * y),
        "a": a,
        "b": b,
        "c": c,
        "d": d,
        "u1": u1,
        "u2": u2,
        "v1": v1,
        "v2": v2,
        "s1": u1 + v1,
        "s2": u2 + v2,
        "fu": fu,
        "fv": fv,
        "fs": fs,
        "sum_f": fu + fv,
        "answer": answer,
        "answer_tuple": f"({answer[0]}, {answer[1]})",
        "bias_once": bias_once,
        "product_linear": product_linear,
        "negc": -c,
        "cross": cross,
    }


# --- systems of linear equations ---------------------------------------------------------------


@generator("maps_more_consistent_k")
def consistent_k(rng: random.Random) -> dict[str, Any]:
    """Two equations whose left sides are proportional (ratio m); k on one right side. The
    system has infinitely many solutions exactly when the right sides have the same ratio."""
    while True:
        a, b = _nonzero(rng, -5, 5), _nonzero(rng, -5, 5)
        e0 = _nonzero(rng, -9, 9)
        m = rng.choice([-3, -2, 2, 3, 4])
        if abs(a) == abs(b):
            continue
        break
    k_in_big = rng.random() < 0.5
    small = _sum_tex([(a, "x"), (b, "y")])
    big = _sum_tex([(m * a, "x"), (m * b, "y")])
    if k_in_big:
        # a x + b y = e0 and (m a) x + (m b) y = k
        eq1, eq2 = f"{small} &= {e0}", f"{big} &= k"
        given, answer = e0, m * e0
        inverted = Rational(e0, m)
        relation_tex = f"k = {m} \\times {_paren(e0)}"
        calc = f"{m}*({e0})"
    else:
        # (m a) x + (m b) y = m e0 and a x + b y = k
        eq1, eq2 = f"{big} &= {m * e0}", f"{small} &= k"
        given, answer = m * e0, e0
        inverted = m * m * e0
        relation_tex = f"k = \\frac{{ {m * e0} }}{{ {m} }}"
        calc = f"({m * e0})/({m})"
    return {
        "eq1": eq1,
        "eq2": eq2,
        "a": a,
        "b": b,
        "ma": m * a,
        "mb": m * b,
        "m": m,
        "given": given,
        "answer": answer,
        "inverted": inverted,
        "relation_tex": relation_tex,
        "answer_calc": calc,
        "big_is_second": "second" if k_in_big else "first",
        "small_is_second": "first" if k_in_big else "second",
    }


_DAYS = ["Monday", "Tuesday", "Wednesday"]


@generator("maps_more_cloud_prices")
def cloud_prices(rng: random.Random) -> dict[str, Any]:
    """Hours of three machine types used on three days, and each day's bill: the hourly prices
    solve A p = b. Slips: the table read by columns (A^T p = b), and the prices in reverse."""
    while True:
        prices = [rng.randint(1, 9) for _ in range(3)]
        hours = Matrix(3, 3, [rng.randint(0, 4) for _ in range(9)])
        zeros = sum(1 for entry in hours if entry == 0)
        if not 2 <= zeros <= 3 or any(sum(1 for e in hours.row(i) if e) < 2 for i in range(3)):
            continue
        if any(all(e == 0 for e in hours.col(j)) for j in range(3)):
            continue
        if hours.det() == 0 or prices[0] == prices[2]:
            continue
        p = _column(prices)
        bill = hours * p
        transposed = hours.T.solve(bill)
        reversed_ = _column(prices[::-1])
        if distinct(p, transposed, reversed_):
            break
    rows = []
    for i, day in enumerate(_DAYS):
        cells = " & ".join(str(hours[i, j]) for j in range(3))
        rows.append(f"\\text{{{day}}} & {cells} & {bill[i]}")
    table = (
        "\\begin{array}{l|ccc|c} & \\text{CPU} & \\text{large CPU} & \\text{GPU}"
        " & \\text{bill} \\\\ \\hline " + " \\\\ ".join(rows) + " \\end{array}"
    )
    equations = " \\\\ ".join(
        _sum_tex([(int(hours[i, 0]), "c"), (int(hours[i, 1]), "\\ell"), (int(hours[i, 2]), "g")])
        + f" &= {bill[i]}"
        for i in range(3)
    )
    augmented = hours.row_join(bill)
    return {
        "table_tex": table,
        "equations_tex": equations,
        "aug": augmented,
        "rref": augmented.rref()[0],
        "p1": prices[0],
        "p2": prices[1],
        "p3": prices[2],
        "answer": p,
        "transposed": transposed,
        "reversed": reversed_,
        "mon_tex": _sum_tex(
            [(int(hours[0, 0]), "c"), (int(hours[0, 1]), "\\ell"), (int(hours[0, 2]), "g")]
        ),
        "mon_check": " + ".join(
            f"{hours[0, j]} \\cdot {prices[j]}" for j in range(3) if hours[0, j] != 0
        ),
        "mon_bill": bill[0],
    }


# --- the Jacobian matrix -----------------------------------------------------------------------


@generator("maps_more_relu_layer_jacobian")
def relu_layer_jacobian(rng: random.Random) -> dict[str, Any]:
    """h = ReLU(W x + b) at a point where one pre-activation is positive and one negative:
    J = diag(mask) W. Slips: W (ReLU ignored), W diag(mask) (columns zeroed), mask inverted."""
    while True:
        w = Matrix(2, 2, [_nonzero(rng, -3, 3) for _ in range(4)])
        bias = _column([rng.randint(-3, 3), rng.randint(-3, 3)])
        point = _column([_nonzero(rng, -2, 2), _nonzero(rng, -2, 2)])
        pre = w * point + bias
        if pre[0] * pre[1] >= 0:
            continue
        mask = sympy.diag(*[1 if entry > 0 else 0 for entry in pre])
        answer = mask * w
        wrong_order = w * mask
        inverted = (sympy.eye(2) - mask) * w
        if distinct(answer, w, wrong_order, inverted):
            break
    return {
        "W": w,
        "b": bias,
        "x0": point,
        "z": pre,
        "z1": pre[0],
        "z2": pre[1],
        "D": mask,
        "d1": mask[0, 0],
        "d2": mask[1, 1],
        "answer": answer,
        "answer_latex": _bmatrix(answer),
        "wrong_order": wrong_order,
        "inverted": inverted,
    }


@generator("maps_more_chain_jacobian")
def chain_jacobian(rng: random.Random) -> dict[str, Any]:
    """f(x, y) = (x y + a, x + b y), g(u, v) = (u^2 + c v, u v). The Jacobian of g o f at a point
    is J_g(f(p)) J_f(p). Slips: the product in the wrong order, and J_g evaluated at p itself."""
    while True:
        a = rng.randint(-3, 3)
        b = _nonzero(rng, -2, 2)
        c = _nonzero(rng, -3, 3)
        x0, y0 = _nonzero(rng, -2, 2), _nonzero(rng, -2, 2)
        u0, v0 = x0 * y0 + a, x0 + b * y0
        if (u0, v0) == (x0, y0) or u0 == 0 or v0 == 0 or abs(u0) > 4 or abs(v0) > 4:
            continue
        jf = Matrix([[y0, x0], [1, b]])
        jg = Matrix([[2 * u0, c], [v0, u0]])
        jg_wrong = Matrix([[2 * x0, c], [y0, x0]])
        answer = jg * jf
        wrong_order = jf * jg
        wrong_point = jg_wrong * jf
        if distinct(answer, wrong_order, wrong_point, answer.T, jg):
            break
    f1 = x * y + a
    f2 = x + b * y
    g1 = u**2 + c * v
    g2 = u * v
    return {
        "f1_tex": _tex(f1),
        "f2_tex": _tex(f2),
        "g1_tex": _tex(g1),
        "g2_tex": _tex(g2),
        "x0": x0,
        "y0": y0,
        "u0": u0,
        "v0": v0,
        "Jf_tex": (
            r"\begin{bmatrix} "
            + f"{_tex(sympy.diff(f1, x))} & {_tex(sympy.diff(f1, y))} \\\\ "
            + f"{_tex(sympy.diff(f2, x))} & {_tex(sympy.diff(f2, y))}"
            + r" \end{bmatrix}"
        ),
        "Jg_tex": (
            r"\begin{bmatrix} "
            + f"{_tex(sympy.diff(g1, u))} & {_tex(sympy.diff(g1, v))} \\\\ "
            + f"{_tex(sympy.diff(g2, u))} & {_tex(sympy.diff(g2, v))}"
            + r" \end{bmatrix}"
        ),
        "Jf": jf,
        "Jg": jg,
        "answer": answer,
        "answer_latex": _bmatrix(answer),
        "wrong_order": wrong_order,
        "wrong_point": wrong_point,
        "transposed": answer.T,
    }


# --- functions of several variables ------------------------------------------------------------


@generator("maps_more_composition_value")
def composition_value(rng: random.Random) -> dict[str, Any]:
    """Hidden values u = a x + b y + c z, v = x y + d z and output f(u, v) = u^2 + k v at an
    integer point. Slips: the inner outputs swapped, and f applied to (x, y) directly."""
    while True:
        a, b, c, d = (_nonzero(rng, -3, 3) for _ in range(4))
        k = _nonzero(rng, -4, 4)
        x0, y0, z0 = (_nonzero(rng, -2, 2) for _ in range(3))
        u0 = a * x0 + b * y0 + c * z0
        v0 = x0 * y0 + d * z0
        answer = u0**2 + k * v0
        swapped = v0**2 + k * u0
        skipped = x0**2 + k * y0
        if u0 != 0 and v0 != 0 and distinct(answer, swapped, skipped):
            break
    return {
        "u_tex": _sum_tex([(a, "x"), (b, "y"), (c, "z")]),
        "v_tex": _sum_tex([(1, "xy"), (d, "z")]),
        "f_tex": _sum_tex([(1, "u^2"), (k, "v")]),
        "a": a,
        "b": b,
        "c": c,
        "d": d,
        "k": k,
        "x0": x0,
        "y0": y0,
        "z0": z0,
        "u_calc": _subst_tex([(a, x0), (b, y0), (c, z0)]),
        "v_calc": f"({x0})({y0}) " + _subst_tex([(d, z0)], first=False),
        "u0": u0,
        "v0": v0,
        "f_calc": f"({u0})^2 " + _subst_tex([(k, v0)], first=False),
        "answer": answer,
        "swapped": swapped,
        "skipped": skipped,
    }


@generator("maps_more_level_set_missing")
def level_set_missing(rng: random.Random) -> dict[str, Any]:
    """A linear score s(x, y, z) = a x + b y + c z + d and a point P; the first coordinate t that
    puts (t, q2, q3) on the level set through P. Slips: solving s = 0 instead, and not dividing by
    the coefficient a."""
    while True:
        a = rng.choice([-4, -3, -2, 2, 3, 4])
        b, c = _nonzero(rng, -4, 4), _nonzero(rng, -4, 4)
        d = _nonzero(rng, -9, 9)
        p1, p2, p3 = (rng.randint(-3, 4) for _ in range(3))
        q2, q3 = rng.randint(-3, 4), rng.randint(-3, 4)
        rest = b * (p2 - q2) + c * (p3 - q3)
        if rest == 0 or rest % a != 0 or (q2, q3) == (p2, p3):
            continue
        t = p1 + rest // a
        level = a * p1 + b * p2 + c * p3 + d
        zero_level = Rational(-(b * q2 + c * q3 + d), a)
        no_divide = a * p1 + rest
        if t != 0 and distinct(Rational(t), zero_level, Rational(no_divide)):
            break
    others = b * q2 + c * q3 + d
    return {
        "s_tex": _sum_tex([(a, "x"), (b, "y"), (c, "z"), (d, "")]),
        "a": a,
        "b": b,
        "c": c,
        "d": d,
        "p1": p1,
        "p2": p2,
        "p3": p3,
        "q2": q2,
        "q3": q3,
        "level": level,
        "others": others,
        "at_tex": _sum_tex([(a, "t"), (others, "")]),
        "rhs": level - others,
        "answer": t,
        "zero_level": zero_level,
        "no_divide": no_divide,
    }
