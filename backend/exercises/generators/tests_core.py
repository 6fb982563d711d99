"""Generators for Poisson and exponential models, the t-distribution and z, t and chi-square tests.

Each generator redraws until the right answer sits clearly apart from the mistakes its
templates list, so a slip is never graded as correct.
"""

import math
import random
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import apart, decimal, decimal_or_fraction, rational

# Two-sided 95% critical values t_{0.975, df}, as printed in a t table.
_T975 = {
    3: "3.182",
    4: "2.776",
    5: "2.571",
    6: "2.447",
    7: "2.365",
    8: "2.306",
    9: "2.262",
    10: "2.228",
    11: "2.201",
    12: "2.179",
    13: "2.160",
    14: "2.145",
    15: "2.131",
    16: "2.120",
    24: "2.064",
    25: "2.060",
}


def _f4(value: Any) -> str:
    return f"{float(value):.4f}"


def _f2(value: Any) -> str:
    return f"{float(value):.2f}"


@generator("testscore_poisson_pmf")
def poisson_pmf(rng: random.Random) -> dict[str, Any]:
    """P(X = k) for a Poisson count with k >= 2, so dropping k! is a visible slip."""
    while True:
        lam = Fraction(rng.choice([*range(2, 21)]), 2)
        k = rng.randint(2, 8)
        lam_s = rational(lam)
        answer = sympy.exp(-lam_s) * lam_s**k / sympy.factorial(k)
        no_exp = lam_s**k / sympy.factorial(k)
        no_fact = sympy.exp(-lam_s) * lam_s**k
        if float(answer) < 0.02 or not apart([answer, no_exp, no_fact], 0.02):
            continue
        return {
            "lam": decimal(lam),
            "k": sympy.Integer(k),
            "kfact": sympy.Integer(math.factorial(k)),
            "answer": answer,
            "answer_text": _f4(answer),
            "no_exp": no_exp,
            "no_fact": no_fact,
        }


@generator("testscore_poisson_rescale")
def poisson_rescale(rng: random.Random) -> dict[str, Any]:
    """At least one event in a window that is a fraction or multiple of the rate's unit."""
    while True:
        rate = rng.randint(2, 30)
        minutes = rng.choice([5, 10, 12, 15, 20, 30, 40, 45, 90])
        lam = Fraction(rate * minutes, 60)
        if not Fraction(1, 5) <= lam <= 4:
            continue
        lam_s = rational(lam)
        answer = 1 - sympy.exp(-lam_s)
        none = sympy.exp(-lam_s)
        unscaled = 1 - sympy.exp(-sympy.Integer(rate))
        if not apart([answer, none, unscaled], 0.02):
            continue
        return {
            "rate": sympy.Integer(rate),
            "minutes": sympy.Integer(minutes),
            "lam": decimal(lam)
            if (lam * 100).denominator == 1
            else rf"\tfrac{{{lam.numerator}}}{{{lam.denominator}}}",
            "lam_exact": lam_s,
            "answer": answer,
            "answer_text": _f4(answer),
            "none": none,
            "unscaled": unscaled,
        }


@generator("testscore_poisson_at_most")
def poisson_at_most(rng: random.Random) -> dict[str, Any]:
    """P(X <= 2) for a Poisson count, kept apart from P(X < 2) and the upper tail."""
    while True:
        lam = Fraction(rng.randint(6, 140), 20)
        lam_s = rational(lam)
        e = sympy.exp(-lam_s)
        answer = e * (1 + lam_s + lam_s**2 / 2)
        strict = e * (1 + lam_s)
        upper = 1 - answer
        if not apart([answer, strict, upper], 0.02):
            continue
        return {
            "lam": decimal(lam),
            "lam2half": decimal(lam * lam / 2),
            "answer": answer,
            "answer_text": _f4(answer),
            "strict": strict,
            "upper": upper,
            "p0": _f4(e),
            "p1": _f4(e * lam_s),
            "p2": _f4(e * lam_s**2 / 2),
        }


@generator("testscore_exp_survival")
def exp_survival(rng: random.Random) -> dict[str, Any]:
    """P(T > t) for an exponential lifetime given its mean."""
    while True:
        mean = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20])
        t = rng.randint(1, 40)
        ratio = Fraction(t, mean)
        if not Fraction(1, 5) <= ratio <= 3:
            continue
        answer = sympy.exp(-rational(ratio))
        cdf = 1 - answer
        rate_swap = sympy.exp(-sympy.Integer(t * mean))
        if not apart([answer, cdf, rate_swap], 0.02):
            continue
        return {
            "mean": sympy.Integer(mean),
            "t": sympy.Integer(t),
            "ratio": rational(ratio),
            "answer": answer,
            "answer_text": _f4(answer),
            "cdf": cdf,
            "rate_swap": rate_swap,
        }


@generator("testscore_exp_memoryless")
def exp_memoryless(rng: random.Random) -> dict[str, Any]:
    """P(T > s + t | T > s): the past s drops out."""
    while True:
        mean = rng.choice([4, 5, 8, 10, 20, 25, 50])
        s = rng.randint(1, 60)
        t = rng.randint(1, 60)
        ratio = Fraction(t, mean)
        if not Fraction(1, 5) <= ratio <= 2 or Fraction(s, mean) > 3 or s == t:
            continue
        answer = sympy.exp(-rational(ratio))
        joint = sympy.exp(-rational(Fraction(s + t, mean)))
        cdf = 1 - answer
        if not apart([answer, joint, cdf], 0.02):
            continue
        return {
            "mean": sympy.Integer(mean),
            "s": sympy.Integer(s),
            "t": sympy.Integer(t),
            "total": sympy.Integer(s + t),
            "ratio": rational(ratio),
            "answer": answer,
            "answer_text": _f4(answer),
            "joint": joint,
            "cdf": cdf,
        }


@generator("testscore_exp_quantile")
def exp_quantile(rng: random.Random) -> dict[str, Any]:
    """The time by which a fraction q of exponential lifetimes have ended."""
    mean = rng.choice(range(100, 1001, 50))
    q = Fraction(rng.choice([10, 20, 25, 30, 40, 60, 70, 75, 80, 90]), 100)
    m = sympy.Integer(mean)
    answer = m * sympy.log(1 / rational(1 - q))
    swapped = m * sympy.log(1 / rational(q))
    linear = m * rational(q)
    return {
        "mean": m,
        "pct": sympy.Integer(int(q * 100)),
        "q": decimal(q),
        "rest": decimal(1 - q),
        "answer": answer,
        "answer_text": _f2(answer),
        "swapped": swapped,
        "linear": linear,
    }


@generator("testscore_t_interval")
def t_interval(rng: random.Random) -> dict[str, Any]:
    """A 95% t-interval for a mean from n, xbar and s; the table also shows the df = n row."""
    while True:
        n = rng.randint(4, 16)
        s = Fraction(rng.randint(10, 80), 10)
        xbar = Fraction(rng.randint(100, 900), 10)
        t = Fraction(_T975[n - 1])
        t_wrong = Fraction(_T975[n])
        se = rational(s) / sympy.sqrt(n)
        margin = rational(t) * se
        m_wrong = rational(t_wrong) * se
        m_z = sympy.Rational(196, 100) * se
        if not apart([margin, m_wrong, m_z], 0.03):
            continue
        x = rational(xbar)
        return {
            "n": sympy.Integer(n),
            "df": sympy.Integer(n - 1),
            "s": decimal(s),
            "xbar": decimal(xbar),
            "t": _T975[n - 1],
            "t_wrong": _T975[n],
            "se_text": _f4(se),
            "margin_text": f"{float(margin):.3f}",
            "lo": x - margin,
            "hi": x + margin,
            "lo_text": _f2(x - margin),
            "hi_text": _f2(x + margin),
            "wrong_lo": x - m_wrong,
            "wrong_hi": x + m_wrong,
            "z_lo": x - m_z,
            "z_hi": x + m_z,
        }


@generator("testscore_t_recover_s")
def t_recover_s(rng: random.Random) -> dict[str, Any]:
    """Recover s from a printed 95% t-interval with n a perfect square."""
    root = rng.choice([2, 3, 4, 5])
    n = root * root
    t = Fraction(_T975[n - 1])
    s = rng.randint(3, 40)
    xbar = rng.randint(20, 300)
    margin = t * s / root
    lo = f"{float(xbar - margin):.3f}"
    hi = f"{float(xbar + margin):.3f}"
    m = Fraction(hi) - Fraction(lo)
    half = m / 2
    return {
        "n": sympy.Integer(n),
        "root": sympy.Integer(root),
        "df": sympy.Integer(n - 1),
        "t": _T975[n - 1],
        "lo": lo,
        "hi": hi,
        "half": decimal(half),
        "width": decimal(m),
        "answer": sympy.Integer(s),
        "z_used": rational(half * root / Fraction(196, 100)),
        "no_root": rational(half / t),
        "full_width": rational(m * root / t),
    }


@generator("testscore_t_one_sample")
def t_one_sample(rng: random.Random) -> dict[str, Any]:
    """A one-sample t statistic from summary values; n is a perfect square."""
    while True:
        root = rng.choice([3, 4, 5, 6, 7, 8, 10])
        s = Fraction(rng.randint(5, 60), 5)
        mu0 = rng.randint(10, 120)
        diff = Fraction(rng.randint(-40, 40), 10)
        if diff == 0:
            continue
        t = diff * root / s
        no_root = diff / s
        over_n = diff * root * root / s
        if abs(t) > 6 or not apart([t, no_root, over_n, -t], 0.02):
            continue
        return {
            "n": sympy.Integer(root * root),
            "root": sympy.Integer(root),
            "s": decimal(s),
            "mu0": sympy.Integer(mu0),
            "xbar": decimal(mu0 + diff),
            "diff": decimal(diff),
            "se": decimal_or_fraction(s / root),
            "answer": rational(t),
            "answer_text": _f2(t),
            "no_root": rational(no_root),
            "over_n": rational(over_n),
            "flipped": rational(-t),
        }


@generator("testscore_t_paired")
def t_paired(rng: random.Random) -> dict[str, Any]:
    """Before/after pairs with a whole-number mean difference for a paired t statistic."""
    while True:
        n = rng.choice([5, 6])
        diffs = [rng.randint(-3, 8) for _ in range(n)]
        if sum(diffs) % n or sum(diffs) == 0:
            continue
        dbar = sum(diffs) // n
        ss = sum((d - dbar) ** 2 for d in diffs)
        if ss == 0:
            continue
        sd = sympy.sqrt(sympy.Rational(ss, n - 1))
        t = dbar / (sd / sympy.sqrt(n))
        biased = dbar / (sympy.sqrt(sympy.Rational(ss, n)) / sympy.sqrt(n))
        no_root = dbar / sd
        if abs(float(t)) > 12 or not apart([t, biased, no_root], 0.03):
            continue
        before = [rng.randint(40, 90) for _ in range(n)]
        after = [b + d for b, d in zip(before, diffs, strict=True)]
        return {
            "n": sympy.Integer(n),
            "df": sympy.Integer(n - 1),
            "before": ", ".join(map(str, before)),
            "after": ", ".join(map(str, after)),
            "diffs": ", ".join(map(str, diffs)),
            "dbar": sympy.Integer(dbar),
            "ss": sympy.Integer(ss),
            "sd_text": _f4(sd),
            "answer": t,
            "answer_text": _f2(t),
            "biased": biased,
            "no_root": no_root,
        }


@generator("testscore_t_pooled")
def t_pooled(rng: random.Random) -> dict[str, Any]:
    """Pooled two-sample t statistic with unequal n and s, so Welch's SE differs."""
    while True:
        n1, n2 = rng.randint(6, 20), rng.randint(6, 20)
        s1, s2 = rng.randint(3, 15), rng.randint(3, 15)
        if n1 == n2 or s1 == s2:
            continue
        m2 = rng.randint(40, 90)
        m1 = m2 + Fraction(rng.randint(-60, 60), 10)
        if m1 == m2:
            continue
        sp2 = rational(Fraction((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2, n1 + n2 - 2))
        inv = rational(Fraction(1, n1) + Fraction(1, n2))
        diff = rational(m1 - m2)
        t = diff / sympy.sqrt(sp2 * inv)
        welch = diff / sympy.sqrt(rational(Fraction(s1 * s1, n1) + Fraction(s2 * s2, n2)))
        sp2_n = rational(Fraction((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2, n1 + n2))
        wrong_df = diff / sympy.sqrt(sp2_n * inv)
        if abs(float(t)) < 0.3 or not apart([t, welch, wrong_df], 0.03):
            continue
        return {
            "n1": sympy.Integer(n1),
            "n2": sympy.Integer(n2),
            "s1": sympy.Integer(s1),
            "s2": sympy.Integer(s2),
            "m1": decimal(m1),
            "m2": sympy.Integer(m2),
            "diff": decimal(m1 - m2),
            "dfp": sympy.Integer(n1 + n2 - 2),
            "sp2_text": f"{float(sp2):.3f}",
            "answer": t,
            "answer_text": _f2(t),
            "welch": welch,
            "wrong_df": wrong_df,
        }


def _chi(obs: list[int], exp: list[Fraction]) -> tuple[Fraction, Fraction, Fraction]:
    right = sum((Fraction((o - e) ** 2) / e for o, e in zip(obs, exp, strict=True)), Fraction(0))
    by_obs = sum((Fraction((o - e) ** 2) / o for o, e in zip(obs, exp, strict=True)), Fraction(0))
    raw = sum((Fraction((o - e) ** 2) for o, e in zip(obs, exp, strict=True)), Fraction(0))
    return right, by_obs, raw


@generator("testscore_chi_uniform")
def chi_uniform(rng: random.Random) -> dict[str, Any]:
    """Goodness of fit to equal proportions: k categories, whole-number expected counts."""
    while True:
        k = rng.choice([4, 5, 6])
        e = rng.choice([10, 12, 15, 20, 25, 30])
        shifts = [rng.randint(-8, 8) for _ in range(k - 1)]
        last = -sum(shifts)
        obs = [e + d for d in [*shifts, last]]
        if min(obs) <= 0 or all(d == 0 for d in shifts):
            continue
        right, by_obs, raw = _chi(obs, [Fraction(e)] * k)
        if right > 30 or not apart([right, by_obs, raw, right * e / (e * k)], 0.03):
            continue
        return {
            "k": sympy.Integer(k),
            "n": sympy.Integer(k * e),
            "e": sympy.Integer(e),
            "obs": ", ".join(map(str, obs)),
            "terms": " + ".join(f"({o - e})^2" for o in obs),
            "raw": rational(raw),
            "answer": rational(right),
            "answer_text": _f2(right),
            "by_obs": rational(by_obs),
            "df": sympy.Integer(k - 1),
        }


_PROPS = [
    [Fraction(1, 2), Fraction(1, 4), Fraction(1, 4)],
    [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)],
    [Fraction(2, 5), Fraction(3, 10), Fraction(1, 5), Fraction(1, 10)],
    [Fraction(9, 16), Fraction(3, 16), Fraction(3, 16), Fraction(1, 16)],
    [Fraction(1, 4), Fraction(1, 2), Fraction(1, 4)],
    [Fraction(3, 5), Fraction(1, 4), Fraction(3, 20)],
]

_CHI05 = {2: "5.991", 3: "7.815"}


@generator("testscore_chi_props")
def chi_props(rng: random.Random) -> dict[str, Any]:
    """Goodness of fit to unequal model proportions with whole-number expected counts."""
    while True:
        props = rng.choice(_PROPS)
        n = rng.choice([80, 160, 200, 240, 320, 400])
        exp = [p * n for p in props]
        if any(e.denominator != 1 for e in exp):
            continue
        k = len(props)
        shifts = [rng.randint(-12, 12) for _ in range(k - 1)]
        obs = [int(e) + d for e, d in zip(exp, [*shifts, -sum(shifts)], strict=True)]
        if min(obs) <= 0 or all(d == 0 for d in shifts):
            continue
        right, by_obs, _ = _chi(obs, exp)
        uniform, _, _ = _chi(obs, [Fraction(n, k)] * k)
        if right > 25 or not apart([right, by_obs, uniform], 0.03):
            continue
        crit = Fraction(_CHI05[k - 1])
        if abs(right - crit) < Fraction(1, 5):
            continue
        return {
            "k": sympy.Integer(k),
            "n": sympy.Integer(n),
            "props": ", ".join(decimal(p) for p in props),
            "obs": ", ".join(map(str, obs)),
            "exp": ", ".join(str(int(e)) for e in exp),
            "answer": rational(right),
            "answer_text": _f2(right),
            "by_obs": rational(by_obs),
            "uniform": rational(uniform),
            "df": sympy.Integer(k - 1),
            "crit": _CHI05[k - 1],
            "verdict": "exceeds" if right > crit else "is below",
            "decision": "reject" if right > crit else "do not reject",
        }


@generator("testscore_chi_2x2")
def chi_2x2(rng: random.Random) -> dict[str, Any]:
    """A 2x2 contingency table whose expected counts are whole numbers."""
    while True:
        n = rng.choice([100, 200])
        r1 = rng.choice(range(20, n - 19, 10))
        c1 = rng.choice(range(20, n - 19, 10))
        exp = [
            Fraction(r1 * c1, n),
            Fraction(r1 * (n - c1), n),
            Fraction((n - r1) * c1, n),
            Fraction((n - r1) * (n - c1), n),
        ]
        if any(e.denominator != 1 for e in exp) or min(exp) < 5:
            continue
        d = rng.randint(-12, 12)
        if d == 0:
            continue
        obs = [int(exp[0]) + d, int(exp[1]) - d, int(exp[2]) - d, int(exp[3]) + d]
        if min(obs) <= 0:
            continue
        right, by_obs, _ = _chi(obs, exp)
        even, _, _ = _chi(obs, [Fraction(n, 4)] * 4)
        if right > 40 or not apart([right, by_obs, even], 0.03):
            continue
        table = (
            r"\begin{array}{c|cc|c} & \text{yes} & \text{no} & \text{total} \\ \hline "
            + f"\\text{{A}} & {obs[0]} & {obs[1]} & {r1}"
            + r" \\ "
            + f"\\text{{B}} & {obs[2]} & {obs[3]} & {n - r1}"
            + r" \\ \hline "
            + f"\\text{{total}} & {c1} & {n - c1} & {n}"
            + r" \end{array}"
        )
        return {
            "table": table,
            "n": sympy.Integer(n),
            "r1": sympy.Integer(r1),
            "c1": sympy.Integer(c1),
            "e11": sympy.Integer(int(exp[0])),
            "exp": ", ".join(str(int(e)) for e in exp),
            "absd": sympy.Integer(abs(d)),
            "answer": rational(right),
            "answer_text": _f2(right),
            "by_obs": rational(by_obs),
            "even": rational(even),
        }


@generator("testscore_z_mean")
def z_mean(rng: random.Random) -> dict[str, Any]:
    """A one-sample z statistic with known sigma and n a perfect square."""
    while True:
        root = rng.choice([3, 4, 5, 6, 8, 10, 12])
        sigma = rng.randint(2, 30)
        mu0 = rng.randint(20, 200)
        diff = Fraction(rng.randint(-50, 50), 10)
        if diff == 0:
            continue
        z = diff * root / sigma
        no_root = diff / sigma
        over_n = diff * root * root / sigma
        if abs(z) > 5 or not apart([z, no_root, over_n], 0.02):
            continue
        return {
            "n": sympy.Integer(root * root),
            "root": sympy.Integer(root),
            "sigma": sympy.Integer(sigma),
            "mu0": sympy.Integer(mu0),
            "xbar": decimal(mu0 + diff),
            "diff": decimal(diff),
            "answer": rational(z),
            "answer_text": _f2(z),
            "no_root": rational(no_root),
            "over_n": rational(over_n),
        }


@generator("testscore_z_proportion")
def z_proportion(rng: random.Random) -> dict[str, Any]:
    """A one-proportion z statistic; the standard error must use p0, not p-hat."""
    while True:
        n = rng.choice([100, 150, 200, 250, 400, 500, 800])
        p0 = Fraction(rng.choice([20, 25, 30, 40, 50, 60, 70]), 100)
        count = rng.randint(int(n * p0 * 0.7), int(n * p0 * 1.3))
        phat = Fraction(count, n)
        if phat == p0 or phat in (0, 1):
            continue
        p0s, ph = rational(p0), rational(phat)
        z = (ph - p0s) / sympy.sqrt(p0s * (1 - p0s) / n)
        with_phat = (ph - p0s) / sympy.sqrt(ph * (1 - ph) / n)
        no_n = (ph - p0s) / sympy.sqrt(p0s * (1 - p0s))
        if not 0.5 < abs(float(z)) < 4 or not apart([z, with_phat, no_n], 0.03):
            continue
        return {
            "n": sympy.Integer(n),
            "count": sympy.Integer(count),
            "p0": decimal(p0),
            "phat": f"{float(phat):.4g}",
            "se_text": _f4(sympy.sqrt(p0s * (1 - p0s) / n)),
            "answer": z,
            "answer_text": _f2(z),
            "with_phat": with_phat,
            "no_n": no_n,
        }


@generator("testscore_z_two_sample")
def z_two_sample(rng: random.Random) -> dict[str, Any]:
    """A two-sample z statistic with known standard deviations."""
    while True:
        n1, n2 = rng.randint(20, 80), rng.randint(20, 80)
        s1, s2 = rng.randint(4, 20), rng.randint(4, 20)
        m2 = rng.randint(50, 150)
        m1 = m2 + Fraction(rng.randint(-50, 50), 10)
        if m1 == m2:
            continue
        var = rational(Fraction(s1 * s1, n1) + Fraction(s2 * s2, n2))
        diff = rational(m1 - m2)
        z = diff / sympy.sqrt(var)
        added = diff / (s1 / sympy.sqrt(n1) + s2 / sympy.sqrt(n2))
        no_sqrt = diff / var
        if not 0.5 < abs(float(z)) < 5 or not apart([z, added, no_sqrt], 0.03):
            continue
        return {
            "n1": sympy.Integer(n1),
            "n2": sympy.Integer(n2),
            "s1": sympy.Integer(s1),
            "s2": sympy.Integer(s2),
            "m1": decimal(m1),
            "m2": sympy.Integer(m2),
            "diff": decimal(m1 - m2),
            "var_text": f"{float(var):.4f}",
            "answer": z,
            "answer_text": _f2(z),
            "added": added,
            "no_sqrt": no_sqrt,
        }
