"""More generators for statistical inference: intervals, tests, power, likelihood and regression.

Tables printed in prompts (standard normal CDF, t quantiles) hold the usual four- and
three-decimal values, and every generator redraws until the right answer stays clearly apart
from the mistakes its templates list.
"""

import math
import random
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import apart, decimal, rational

# Phi(z) to four decimal places, as in a printed standard normal table.
_PHI: dict[Fraction, str] = {
    Fraction(1, 4): "0.5987",
    Fraction(1, 2): "0.6915",
    Fraction(3, 4): "0.7734",
    Fraction(1): "0.8413",
    Fraction(5, 4): "0.8944",
    Fraction(3, 2): "0.9332",
    Fraction(7, 4): "0.9599",
    Fraction(2): "0.9772",
    Fraction(9, 4): "0.9878",
    Fraction(5, 2): "0.9938",
    Fraction(11, 4): "0.9970",
    Fraction(3): "0.9987",
}

# Upper-tail t quantiles t_{q, df} for q = 0.90, 0.95, 0.975, 0.99, 0.995.
_T_LEVELS = ["0.90", "0.95", "0.975", "0.99", "0.995"]
_T_TABLE: dict[int, list[str]] = {
    3: ["1.638", "2.353", "3.182", "4.541", "5.841"],
    4: ["1.533", "2.132", "2.776", "3.747", "4.604"],
    5: ["1.476", "2.015", "2.571", "3.365", "4.032"],
    6: ["1.440", "1.943", "2.447", "3.143", "3.707"],
    7: ["1.415", "1.895", "2.365", "2.998", "3.499"],
    8: ["1.397", "1.860", "2.306", "2.896", "3.355"],
    9: ["1.383", "1.833", "2.262", "2.821", "3.250"],
    10: ["1.372", "1.812", "2.228", "2.764", "3.169"],
    11: ["1.363", "1.796", "2.201", "2.718", "3.106"],
    12: ["1.356", "1.782", "2.179", "2.681", "3.055"],
    13: ["1.350", "1.771", "2.160", "2.650", "3.012"],
    14: ["1.345", "1.761", "2.145", "2.624", "2.977"],
    15: ["1.341", "1.753", "2.131", "2.602", "2.947"],
    16: ["1.337", "1.746", "2.120", "2.583", "2.921"],
    17: ["1.333", "1.740", "2.110", "2.567", "2.898"],
    18: ["1.330", "1.734", "2.101", "2.552", "2.878"],
    19: ["1.328", "1.729", "2.093", "2.539", "2.861"],
    20: ["1.325", "1.725", "2.086", "2.528", "2.845"],
    21: ["1.323", "1.721", "2.080", "2.518", "2.831"],
    22: ["1.321", "1.717", "2.074", "2.508", "2.819"],
    23: ["1.319", "1.714", "2.069", "2.500", "2.807"],
    24: ["1.318", "1.711", "2.064", "2.492", "2.797"],
}


def _fixed(value: Any, places: int) -> str:
    return f"{float(value):.{places}f}"


def _phi_table(zs: list[Fraction]) -> str:
    head = " & ".join(decimal(z) for z in zs)
    body = " & ".join(_PHI[z] for z in zs)
    cols = "c" * len(zs)
    return (
        r"\begin{array}{c|"
        + cols
        + r"} z & "
        + head
        + r" \\ \hline \Phi(z) & "
        + body
        + r" \end{array}"
    )


# ---------------------------------------------------------------- confidence intervals


@generator("inference_more_ci_sample_size_proportion")
def ci_sample_size_proportion(rng: random.Random) -> dict[str, Any]:
    """Smallest n for a proportion interval with margin E, from a pilot guess of p."""
    while True:
        level, z = rng.choice([("95", Fraction(196, 100)), ("99", Fraction(2576, 1000))])
        margin = Fraction(rng.choice(range(2, 13)), 200)
        p = Fraction(rng.choice(range(2, 19)), 20)
        exact = z * z * p * (1 - p) / (margin * margin)
        if exact.denominator == 1:
            continue
        n = math.ceil(exact)
        floor = math.floor(exact)
        no_square = math.ceil(z * p * (1 - p) / (margin * margin))
        over_e = math.ceil(z * z * p * (1 - p) / margin)
        if len({n, floor, no_square, over_e}) < 4 or n > 20000:
            continue
        return {
            "level": level,
            "z": decimal(z),
            "E": decimal(margin),
            "p": decimal(p),
            "q": decimal(1 - p),
            "exact_text": f"{float(exact):.2f}",
            "n": sympy.Integer(n),
            "floor": sympy.Integer(floor),
            "no_square": sympy.Integer(no_square),
            "over_e": sympy.Integer(over_e),
        }


# ---------------------------------------------------------------- exponential


@generator("inference_more_exp_between")
def exp_between(rng: random.Random) -> dict[str, Any]:
    """P(a < T < b) for an exponential wait, with the ends in minutes and the rate per hour."""
    while True:
        rate = rng.randint(1, 6)
        a, b = sorted(rng.sample([5, 10, 12, 15, 20, 30, 40, 45, 60, 90], 2))
        la = rational(Fraction(rate * a, 60))
        lb = rational(Fraction(rate * b, 60))
        answer = sympy.exp(-la) - sympy.exp(-lb)
        shifted = 1 - sympy.exp(-(lb - la))
        upper = 1 - sympy.exp(-lb)
        if float(answer) < 0.05 or not apart([answer, shifted, upper], 0.003):
            continue
        return {
            "rate": sympy.Integer(rate),
            "a": sympy.Integer(a),
            "b": sympy.Integer(b),
            "la": la,
            "lb": lb,
            "ea_text": _fixed(sympy.exp(-la), 4),
            "eb_text": _fixed(sympy.exp(-lb), 4),
            "answer": answer,
            "answer_text": _fixed(answer, 4),
            "shifted": shifted,
            "upper": upper,
        }


# ---------------------------------------------------------------- hypothesis testing


def _rule(rng: random.Random) -> dict[str, Any]:
    """A one-sided z rule 'reject when xbar is beyond c', c = mu0 +- a * SE, a from the table."""
    se = Fraction(rng.choice([1, 2, 3, 4, 5]), 2)
    root = rng.choice([4, 5, 6, 8, 10])
    sigma = se * root
    mu0 = rng.randint(8, 60) * 5
    sign = rng.choice([1, -1])
    a = rng.choice([Fraction(3, 2), Fraction(7, 4), Fraction(2), Fraction(9, 4)])
    return {"se": se, "root": root, "sigma": sigma, "mu0": mu0, "sign": sign, "a": a}


def _rule_values(rule: dict[str, Any]) -> dict[str, Any]:
    se, mu0, sign, a = rule["se"], rule["mu0"], rule["sign"], rule["a"]
    up = sign > 0
    return {
        "mu0": sympy.Integer(mu0),
        "sigma": decimal(rule["sigma"]),
        "n": sympy.Integer(rule["root"] ** 2),
        "root": sympy.Integer(rule["root"]),
        "se": decimal(se),
        "c": decimal(mu0 + sign * a * se),
        "a": decimal(a),
        "ca": decimal(sign * a),
        "alt": ">" if up else "<",
        "side": "above" if up else "below",
        "beyond": "exceeds" if up else "falls below",
    }


@generator("inference_more_rule_alpha")
def rule_alpha(rng: random.Random) -> dict[str, Any]:
    """The size (type I error rate) of a one-sided rejection rule stated in the data's units."""
    rule = _rule(rng)
    a = rule["a"]
    phi = Fraction(_PHI[a])
    zs = sorted({a, *rng.sample(sorted(_PHI), 5)})
    return {
        **_rule_values(rule),
        "table": _phi_table(zs),
        "phi": rational(phi),
        "phi_text": _PHI[a],
        "answer": rational(1 - phi),
        "answer_text": decimal(1 - phi),
        "doubled": rational(2 * (1 - phi)),
    }


@generator("inference_more_power")
def power(rng: random.Random) -> dict[str, Any]:
    """Power of a one-sided rule at a true mean mu1, read from a printed Phi table."""
    while True:
        rule = _rule(rng)
        se, a, sign = rule["se"], rule["a"], rule["sign"]
        d = Fraction(rng.randint(2, 16), 4)
        w = a - d
        if w == 0 or abs(w) not in _PHI:
            continue
        phi_w = Fraction(_PHI[abs(w)])
        answer = 1 - phi_w if w > 0 else phi_w
        alpha = 1 - Fraction(_PHI[a])
        beta = 1 - answer
        if not apart([answer, beta, alpha, 1 - alpha], 0.0005):
            continue
        values = _rule_values(rule)
        zs = sorted({a, abs(w), *rng.sample(sorted(_PHI), 4)})
        mu1 = rule["mu0"] + sign * d * se
        return {
            **values,
            "table": _phi_table(zs),
            "mu1": decimal(mu1),
            "absw": decimal(abs(w)),
            "zc": decimal(sign * w),
            "phi_w": _PHI[abs(w)],
            "answer": rational(answer),
            "answer_text": decimal(answer),
            "beta": rational(beta),
            "alpha": rational(alpha),
            "power_rule": r"1 - \Phi(" + decimal(w) + ")"
            if w > 0
            else r"\Phi(" + decimal(-w) + ")",
        }


# ---------------------------------------------------------------- maximum likelihood


@generator("inference_more_exp_mle")
def exp_mle(rng: random.Random) -> dict[str, Any]:
    """Waiting times (whole minutes) whose exponential-rate MLE is n / sum."""
    while True:
        n = rng.randint(4, 7)
        xs = [rng.randint(1, 15) for _ in range(n)]
        total = sum(xs)
        answer = Fraction(n, total)
        mean = Fraction(total, n)
        recip = sum((Fraction(1, x) for x in xs), Fraction(0)) / n
        if len({answer, mean, recip}) < 3 or len(set(xs)) < 3:
            continue
        return {
            "data": ", ".join(map(str, xs)),
            "n": sympy.Integer(n),
            "total": sympy.Integer(total),
            "answer": rational(answer),
            "mean": rational(mean),
            "recip": rational(recip),
        }


@generator("inference_more_uniform_mle")
def uniform_mle(rng: random.Random) -> dict[str, Any]:
    """Draws from Uniform(0, theta); the MLE is the sample maximum, not twice the mean."""
    while True:
        theta = rng.randint(12, 60)
        n = rng.randint(5, 7)
        xs = [rng.randint(1, theta) for _ in range(n)]
        top = max(xs)
        mean = Fraction(sum(xs), n)
        if len({Fraction(top), 2 * mean, mean}) < 3 or len(set(xs)) < n - 1:
            continue
        return {
            "data": ", ".join(map(str, xs)),
            "n": sympy.Integer(n),
            "total": sympy.Integer(sum(xs)),
            "answer": sympy.Integer(top),
            "mean": rational(mean),
            "twice": rational(2 * mean),
        }


# ---------------------------------------------------------------- normal distribution

_TRIPLES = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 15, 17), (9, 12, 15), (12, 16, 20), (7, 24, 25)]


@generator("inference_more_normal_difference")
def normal_difference(rng: random.Random) -> dict[str, Any]:
    """D = X - Y for independent normals whose standard deviations form a Pythagorean triple."""
    s1, s2, s = rng.choice(_TRIPLES)
    if rng.random() < 0.5:
        s1, s2 = s2, s1
    m1 = rng.randint(30, 150)
    m2 = rng.randint(30, 150)
    while m2 == m1:
        m2 = rng.randint(30, 150)
    return {
        "m1": sympy.Integer(m1),
        "m2": sympy.Integer(m2),
        "s1": sympy.Integer(s1),
        "s2": sympy.Integer(s2),
        "v1": sympy.Integer(s1 * s1),
        "v2": sympy.Integer(s2 * s2),
        "var": sympy.Integer(s * s),
        "mean": sympy.Integer(m1 - m2),
        "sd": sympy.Integer(s),
        "added": sympy.Integer(s1 + s2),
        "subtracted": sympy.sqrt(sympy.Integer(abs(s1 * s1 - s2 * s2))),
    }


@generator("inference_more_normal_percentile")
def normal_percentile(rng: random.Random) -> dict[str, Any]:
    """The value cutting off a tabled share in the top or bottom tail of N(mu, sigma^2)."""
    z = rng.choice([z for z in _PHI if Fraction(1) <= z <= Fraction(5, 2)])
    phi = Fraction(_PHI[z])
    tail = 1 - phi
    sigma = rng.choice([2, 4, 5, 6, 8, 10, 12, 15, 20])
    mu = rng.randint(10, 80) * 5
    top = rng.random() < 0.5
    sign = 1 if top else -1
    zs = sorted({z, *rng.sample(sorted(_PHI), 5)})
    pct = tail * 100
    return {
        "mu": sympy.Integer(mu),
        "sigma": sympy.Integer(sigma),
        "table": _phi_table(zs),
        "pct": decimal(pct),
        "phi": decimal(phi),
        "tail": decimal(tail),
        "where": "highest" if top else "lowest",
        "z": decimal(sign * z),
        "absz": decimal(z),
        "z_exact": rational(sign * z),
        "zs_text": decimal(sign * z * sigma),
        "answer": rational(mu + sign * z * sigma),
        "answer_text": decimal(mu + sign * z * sigma),
        "flipped": rational(mu - sign * z * sigma),
        "unscaled": rational(mu + sign * z),
        "rel": "above" if top else "below",
        "lookup": decimal(phi) if top else decimal(tail),
    }


# ---------------------------------------------------------------- p-values


@generator("inference_more_binomial_p")
def binomial_p(rng: random.Random) -> dict[str, Any]:
    """Exact one-sided binomial p-value P(X >= k) for X ~ Bin(n, 1/2)."""
    n = rng.randint(8, 15)
    k = rng.randint(n - 4, n - 1)
    coeffs = [math.comb(n, j) for j in range(k, n + 1)]
    total = 2**n
    answer = Fraction(sum(coeffs), total)
    point = Fraction(math.comb(n, k), total)
    strict = answer - point
    return {
        "n": sympy.Integer(n),
        "k": sympy.Integer(k),
        "pow": sympy.Integer(total),
        "terms": " + ".join(rf"\binom{{{n}}}{{{j}}}" for j in range(k, n + 1)),
        "values": " + ".join(map(str, coeffs)),
        "count": sympy.Integer(sum(coeffs)),
        "answer": rational(answer),
        "answer_text": _fixed(answer, 4),
        "point": rational(point),
        "strict": rational(strict),
    }


# ---------------------------------------------------------------- Poisson


@generator("inference_more_poisson_merge")
def poisson_merge(rng: random.Random) -> dict[str, Any]:
    """No events at all from two independent Poisson sources (rates in tenths per hour)."""
    while True:
        a = Fraction(rng.randint(2, 20), 10)
        b = Fraction(rng.randint(2, 20), 10)
        if a == b or a + b > Fraction(7, 2):
            continue
        total = rational(a + b)
        answer = sympy.exp(-total)
        added = sympy.exp(-rational(a)) + sympy.exp(-rational(b))
        complement = 1 - answer
        averaged = sympy.exp(-total / 2)
        if not apart([answer, added, complement, averaged], 0.002):
            continue
        return {
            "a": decimal(a),
            "b": decimal(b),
            "lam": decimal(a + b),
            "lam_exact": total,
            "answer": answer,
            "answer_text": _fixed(answer, 4),
            "added": added,
            "complement": complement,
            "averaged": averaged,
        }


# ---------------------------------------------------------------- regression


@generator("inference_more_slope_from_sums")
def slope_from_sums(rng: random.Random) -> dict[str, Any]:
    """Raw sums of a small data set; the slope needs the centred sums S_xy and S_xx."""
    while True:
        n = rng.randint(5, 8)
        xs = [rng.randint(1, 12) for _ in range(n)]
        ys = [rng.randint(0, 30) for _ in range(n)]
        sx, sy = sum(xs), sum(ys)
        sxy = sum(x * y for x, y in zip(xs, ys, strict=True))
        sxx = sum(x * x for x in xs)
        cxy = Fraction(sxy) - Fraction(sx * sy, n)
        cxx = Fraction(sxx) - Fraction(sx * sx, n)
        if cxy == 0 or cxx == 0:
            continue
        slope = cxy / cxx
        raw = Fraction(sxy, sxx)
        if not apart([slope, raw, 1 / slope], 0.05) or abs(slope) > 6:
            continue
        return {
            "n": sympy.Integer(n),
            "sx": sympy.Integer(sx),
            "sy": sympy.Integer(sy),
            "sxy": sympy.Integer(sxy),
            "sxx": sympy.Integer(sxx),
            "cxy": rational(cxy),
            "cxx": rational(cxx),
            "answer": rational(slope),
            "raw": rational(raw),
            "inverted": rational(1 / slope),
        }


@generator("inference_more_slope_from_r")
def slope_from_r(rng: random.Random) -> dict[str, Any]:
    """Slope r * s_y / s_x from a correlation and two standard deviations."""
    while True:
        r = Fraction(rng.choice([k for k in range(-19, 20) if abs(k) >= 2]), 20)
        sx = Fraction(rng.randint(2, 40), 2)
        sy = Fraction(rng.randint(2, 40), 2)
        answer = r * sy / sx
        inverted = r * sx / sy
        if not apart([answer, inverted, r], 0.01):
            continue
        return {
            "r": decimal(r),
            "sx": decimal(sx),
            "sy": decimal(sy),
            "r_exact": rational(r),
            "answer": rational(answer),
            "answer_text": _fixed(answer, 3),
            "inverted": rational(inverted),
        }


# ---------------------------------------------------------------- t-distribution and t-tests


def _t_table(rows: list[int]) -> str:
    head = " & ".join(_T_LEVELS)
    lines = [rf"{df} & " + " & ".join(_T_TABLE[df]) for df in rows]
    return (
        r"\begin{array}{c|ccccc} \nu \,\backslash\, q & "
        + head
        + r" \\ \hline "
        + r" \\ ".join(lines)
        + r" \end{array}"
    )


@generator("inference_more_t_lookup")
def t_lookup(rng: random.Random) -> dict[str, Any]:
    """A critical value read from a printed t table: the right row (df) and column (level)."""
    design = rng.choice(["one", "paired", "pooled"])
    if design == "pooled":
        n1 = rng.randint(4, 12)
        n2 = rng.randint(4, 12)
        df = n1 + n2 - 2
        setting = (
            rf"a pooled two-sample $t$-test comparing two groups of sizes $n_1 = {n1}$ and "
            rf"$n_2 = {n2}$"
        )
        df_rule = rf"n_1 + n_2 - 2 = {n1} + {n2} - 2 = {df}"
        wrong_df = n1 + n2 - 1
    else:
        n = rng.randint(5, 21)
        df = n - 1
        if design == "one":
            setting = rf"a one-sample $t$-test on a sample of $n = {n}$ measurements"
            df_rule = rf"n - 1 = {n} - 1 = {df}"
        else:
            setting = (
                rf"a paired $t$-test on $n = {n}$ pairs (each model scored on the same {n} "
                r"cross-validation folds)"
            )
            df_rule = rf"n - 1 = {n} - 1 = {df}"
        wrong_df = n
    test = rng.choice(["two5", "two1", "one5"])
    if test == "two5":
        alt, col, wrong_col = r"two-sided, at $\alpha = 0.05$", 2, 1
        col_rule = r"a two-sided test at $\alpha = 0.05$ puts $0.025$ in each tail, so $q = 0.975$"
    elif test == "two1":
        alt, col, wrong_col = r"two-sided, at $\alpha = 0.01$", 4, 3
        col_rule = r"a two-sided test at $\alpha = 0.01$ puts $0.005$ in each tail, so $q = 0.995$"
    else:
        alt, col, wrong_col = r"one-sided, at $\alpha = 0.05$", 1, 2
        col_rule = r"a one-sided test at $\alpha = 0.05$ puts all $0.05$ in one tail, so $q = 0.95$"
    start = max(3, min(df - rng.randint(1, 3), 24 - 4))
    rows = list(range(start, start + 5))
    assert df in rows
    assert wrong_df in rows
    return {
        "setting": setting,
        "alt": alt,
        "table": _t_table(rows),
        "df": sympy.Integer(df),
        "df_rule": df_rule,
        "col_rule": col_rule,
        "q": _T_LEVELS[col],
        "answer": rational(_T_TABLE[df][col]),
        "answer_text": _T_TABLE[df][col],
        "wrong_df": rational(_T_TABLE[wrong_df][col]),
        "wrong_col": rational(_T_TABLE[df][wrong_col]),
        "wrong_q": _T_LEVELS[wrong_col],
    }


@generator("inference_more_coef_t")
def coef_t(rng: random.Random) -> dict[str, Any]:
    """The t statistic and degrees of freedom for one coefficient of a fitted regression."""
    k = rng.choice([j for j in range(-45, 46) if abs(j) >= 5 and abs(j) != 10])
    s = rng.randint(4, 60)
    t = Fraction(k, 10)
    se = Fraction(s, 100)
    b = t * se
    n = rng.randint(12, 80)
    p = rng.randint(2, 5)
    df = n - p - 1
    return {
        "b": decimal(b),
        "se": decimal(se),
        "n": sympy.Integer(n),
        "p": sympy.Integer(p),
        "t": rational(t),
        "t_text": decimal(t),
        "df": sympy.Integer(df),
        "answer": sympy.Matrix([rational(t), df]),
        "n_minus_1": sympy.Matrix([rational(t), n - 1]),
        "n_minus_p": sympy.Matrix([rational(t), n - p]),
        "inverted": sympy.Matrix([rational(1 / t), df]),
    }


_WELCH = [(3, 4, 5), (6, 8, 10), (5, 12, 13), (8, 15, 17), (12, 9, 15), (4, 3, 5), (8, 6, 10)]


@generator("inference_more_welch")
def welch(rng: random.Random) -> dict[str, Any]:
    """Welch's t with s_i / sqrt(n_i) and their root-sum-square all simple numbers."""
    while True:
        a, b, c = rng.choice(_WELCH)
        half = rng.choice([1, 2])
        k1 = rng.choice([3, 4, 5, 6, 7])
        k2 = rng.choice([3, 4, 5, 6, 7])
        se1, se2, se = Fraction(a, half), Fraction(b, half), Fraction(c, half)
        s1, s2 = se1 * k1, se2 * k2
        diff = rng.choice([j for j in range(-30, 31) if j != 0])
        m2 = rng.randint(40, 120)
        m1 = m2 + diff
        answer = Fraction(diff) / se
        added = Fraction(diff) / (se1 + se2)
        no_root = Fraction(diff) / (se * se)
        if abs(answer) < 0.5 or abs(answer) > 6:
            continue
        if not apart([answer, added, no_root], 0.03):
            continue
        return {
            "n1": sympy.Integer(k1 * k1),
            "n2": sympy.Integer(k2 * k2),
            "k1": sympy.Integer(k1),
            "k2": sympy.Integer(k2),
            "s1": decimal(s1),
            "s2": decimal(s2),
            "m1": sympy.Integer(m1),
            "m2": sympy.Integer(m2),
            "diff": sympy.Integer(diff),
            "se1": decimal(se1),
            "se2": decimal(se2),
            "v1": decimal(se1 * se1),
            "v2": decimal(se2 * se2),
            "var": decimal(se * se),
            "se": decimal(se),
            "answer": rational(answer),
            "answer_text": _fixed(answer, 2),
            "added": rational(added),
            "no_root": rational(no_root),
        }


@generator("inference_more_t_decision")
def t_decision(rng: random.Random) -> dict[str, Any]:
    """A one-sample two-sided t-test at 5% whose statistic sits clearly on one side of t*."""
    while True:
        n = rng.randint(5, 17)
        df = n - 1
        crit = Fraction(_T_TABLE[df][2])
        s = Fraction(rng.randint(20, 120), 10)
        mu0 = rng.randint(20, 200)
        diff = Fraction(rng.randint(-40, 40), 10)
        if diff == 0:
            continue
        t = float(diff) / (float(s) / math.sqrt(n))
        if abs(abs(t) - float(crit)) < 0.15 or abs(t) > 6:
            continue
        reject = abs(t) > float(crit)
        # Keep a visible trap: either forgetting sqrt(n) or using 1.96 flips the decision.
        no_root = float(diff) / float(s)
        flips = (abs(no_root) > float(crit)) != reject or (abs(t) > 1.96) != reject
        if not flips and rng.random() < 0.7:
            continue
        xbar = mu0 + diff
        return {
            "n": sympy.Integer(n),
            "df": sympy.Integer(df),
            "crit": decimal(crit),
            "s": decimal(s),
            "mu0": sympy.Integer(mu0),
            "xbar": decimal(xbar),
            "diff": decimal(diff),
            "se_text": _fixed(float(s) / math.sqrt(n), 3),
            "t_text": _fixed(t, 2),
            "abs_t": _fixed(abs(t), 2),
            "relation": ">" if reject else "<",
            "answer": "reject" if reject else "retain",
            "answer_text": "Reject" if reject else "Do not reject",
            "wrong": "retain" if reject else "reject",
            "verdict": "exceeds" if reject else "does not reach",
            "fb_wrong": (
                rf"Here $|t| \approx {abs(t):.2f}$ is larger than $t^* = {decimal(crit)}$, so the "
                r"sample mean is too far from $\mu_0$ to be put down to chance at the 5% level."
                if reject
                else rf"Here $|t| \approx {abs(t):.2f}$ is below $t^* = {decimal(crit)}$. "
                r"Check the standard error $s/\sqrt{n}$ and that you compared with the $t$ value, "
                r"not with 1.96."
            ),
        }


# ---------------------------------------------------------------- z-tests


@generator("inference_more_z_critical_mean")
def z_critical_mean(rng: random.Random) -> dict[str, Any]:
    """The sample mean at the edge of a one-sided 5% z-test's rejection region."""
    se = Fraction(rng.randint(1, 10), 2)
    root = rng.choice([3, 4, 5, 6, 8, 10])
    mu0 = rng.randint(10, 80) * 5
    sign = rng.choice([1, -1])
    z = Fraction(1645, 1000)
    return {
        "mu0": sympy.Integer(mu0),
        "sigma": decimal(se * root),
        "n": sympy.Integer(root * root),
        "root": sympy.Integer(root),
        "se": decimal(se),
        "alt": ">" if sign > 0 else "<",
        "edge": "smallest" if sign > 0 else "largest",
        "pm": "+" if sign > 0 else "-",
        "move": decimal(z * se),
        "answer": rational(mu0 + sign * z * se),
        "answer_text": decimal(mu0 + sign * z * se),
        "two_sided": rational(mu0 + sign * Fraction(196, 100) * se),
        "no_root": rational(mu0 + sign * z * se * root),
        "wrong_side": rational(mu0 - sign * z * se),
    }


@generator("inference_more_two_proportions")
def two_proportions(rng: random.Random) -> dict[str, Any]:
    """A two-proportion z statistic with a pooled standard error, apart from the usual slips."""
    while True:
        na = rng.choice([200, 250, 400, 500, 800, 1000])
        nb = rng.choice([200, 250, 400, 500, 800, 1000])
        xa = rng.randint(na // 20, na // 4)
        xb = rng.randint(nb // 20, nb // 4)
        pa, pb = Fraction(xa, na), Fraction(xb, nb)
        pool = Fraction(xa + xb, na + nb)
        pooled_se = math.sqrt(pool * (1 - pool) * (Fraction(1, na) + Fraction(1, nb)))
        z = float(pb - pa) / pooled_se
        unpooled = float(pb - pa) / math.sqrt(pa * (1 - pa) / na + pb * (1 - pb) / nb)
        one_n = float(pb - pa) / math.sqrt(pool * (1 - pool) / na)
        if not 0.8 < abs(z) < 4.5 or not apart([z, unpooled, one_n], 0.03):
            continue
        pa_s, pb_s, pool_s = rational(pa), rational(pb), rational(pool)
        exact = (pb_s - pa_s) / sympy.sqrt(
            pool_s * (1 - pool_s) * (sympy.Rational(1, na) + sympy.Rational(1, nb))
        )
        return {
            "na": sympy.Integer(na),
            "nb": sympy.Integer(nb),
            "xa": sympy.Integer(xa),
            "xb": sympy.Integer(xb),
            "pa": decimal(pa),
            "pb": decimal(pb),
            "pool": _fixed(pool, 4),
            "pool_frac": rf"\tfrac{{{xa + xb}}}{{{na + nb}}}",
            "diff": decimal(pb - pa),
            "se_text": _fixed(pooled_se, 5),
            "answer": exact,
            "answer_text": _fixed(z, 2),
            "unpooled": _fixed(unpooled, 4),
            "one_n": _fixed(one_n, 4),
        }


@generator("inference_more_adjusted_r2")
def adjusted_r2(rng: random.Random) -> dict[str, Any]:
    """Adjusted R^2 from R^2, n and p, kept apart from the usual degree-of-freedom slips."""
    while True:
        r2 = Fraction(rng.randint(40, 92), 100)
        n = rng.randint(15, 80)
        p = rng.randint(2, 6)
        adj = 1 - (1 - r2) * Fraction(n - 1, n - p - 1)
        nointc = 1 - (1 - r2) * Fraction(n - 1, n - p)
        scaled = r2 * Fraction(n - 1, n - p - 1)
        if not apart([adj, nointc, scaled, r2], 0.001):
            continue
        return {
            "r2": f"{float(r2):.2f}",
            "r2_exact": rational(r2),
            "n": sympy.Integer(n),
            "p": sympy.Integer(p),
            "dfres": sympy.Integer(n - p - 1),
            "dftot": sympy.Integer(n - 1),
            "adj": rational(adj),
            "adj_text": _fixed(adj, 4),
            "nointc": rational(nointc),
            "scaled": rational(scaled),
        }


@generator("inference_more_multiple_testing")
def multiple_testing(rng: random.Random) -> dict[str, Any]:
    """Chance of at least one false positive among m independent tests of true nulls."""
    alpha = rng.choice([Fraction(1, 20), Fraction(1, 10)])
    m = rng.randint(2, 30)
    keep = (1 - alpha) ** m
    return {
        "alpha": decimal(alpha),
        "m": sympy.Integer(m),
        "what": rng.choice(["candidate features", "user segments", "model variants"]),
        "answer_text": _fixed(1 - keep, 4),
        "keep_text": _fixed(keep, 4),
    }
