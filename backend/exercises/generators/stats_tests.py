"""Generators for ANOVA, ANCOVA, the chi-square distribution and test, and choosing a test.

Numerical generators redraw until the right answer sits clearly apart from every mistake
their templates list. Choice generators pick a scenario and a context, and return the right
choice id, the wrong ids in a fixed number of slots and a feedback text for each slot.
"""

import random
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import apart, decimal, rational

# Upper-tail critical values of chi-square, as printed in a table: df -> value for each alpha.
_CHI_ALPHAS = ("0.10", "0.05", "0.025", "0.01", "0.005")
_CHI_TABLE = {
    1: ("2.706", "3.841", "5.024", "6.635", "7.879"),
    2: ("4.605", "5.991", "7.378", "9.210", "10.597"),
    3: ("6.251", "7.815", "9.348", "11.345", "12.838"),
    4: ("7.779", "9.488", "11.143", "13.277", "14.860"),
    5: ("9.236", "11.070", "12.833", "15.086", "16.750"),
    6: ("10.645", "12.592", "14.449", "16.812", "18.548"),
    7: ("12.017", "14.067", "16.013", "18.475", "20.278"),
    8: ("13.362", "15.507", "17.535", "20.090", "21.955"),
    9: ("14.684", "16.919", "19.023", "21.666", "23.589"),
    10: ("15.987", "18.307", "20.483", "23.209", "25.188"),
    11: ("17.275", "19.675", "21.920", "24.725", "26.757"),
    12: ("18.549", "21.026", "23.337", "26.217", "28.300"),
}

# 5% critical values F_{0.95}(df1, df2).
_F95 = {
    2: {
        6: "5.14",
        9: "4.26",
        12: "3.89",
        15: "3.68",
        18: "3.55",
        21: "3.47",
        24: "3.40",
        27: "3.35",
    },
    3: {8: "4.07", 12: "3.49", 16: "3.24", 20: "3.10", 24: "3.01", 28: "2.95"},
    4: {10: "3.48", 15: "3.06", 20: "2.87", 25: "2.76", 30: "2.69"},
}


def _f2(value: Any) -> str:
    return f"{float(value):.2f}"


def _list(values: list[int]) -> str:
    return ", ".join(str(v) for v in values)


def _deviations(rng: random.Random, n: int, spread: int) -> list[int]:
    """n integers in [-spread - 1, spread + 1] that add up to zero and are not all zero."""
    while True:
        devs = [rng.randint(-spread, spread) for _ in range(n - 1)]
        last = -sum(devs)
        devs.append(last)
        if abs(last) <= spread + 1 and any(devs):
            rng.shuffle(devs)
            return devs


# --------------------------------------------------------------------------- ANOVA

_ANOVA_CONTEXTS = [
    ("three prompt templates", "the quality score (out of 20) a grader gave each answer"),
    ("three code-review checklists", "the number of bugs each review found"),
    ("three page layouts", "the minutes each test user needed to finish a task"),
    ("three onboarding emails", "the days until each new user's first purchase"),
    ("three recommendation algorithms", "the rating (out of 20) each panel member gave"),
]


@generator("stats_tests_anova_ss")
def anova_ss(rng: random.Random) -> dict[str, Any]:
    """Three equal groups with integer means and an integer grand mean."""
    while True:
        n = rng.choice([3, 4, 5])
        grand = rng.randint(6, 14)
        shifts = [rng.randint(-4, 4), rng.randint(-4, 4)]
        shifts.append(-sum(shifts))
        if abs(shifts[2]) > 5 or not any(shifts):
            continue
        means = [grand + s for s in shifts]
        groups = [[m + d for d in _deviations(rng, n, 2)] for m in means]
        if min(min(g) for g in groups) < 1:
            continue
        ssb = n * sum(s * s for s in shifts)
        ssw = sum((v - m) ** 2 for g, m in zip(groups, means, strict=True) for v in g)
        unweighted = sum(s * s for s in shifts)
        if ssb == ssw or ssw == 0:
            continue
        what, measure = rng.choice(_ANOVA_CONTEXTS)
        return {
            "what": what,
            "measure": measure,
            "n": sympy.Integer(n),
            "g1": _list(groups[0]),
            "g2": _list(groups[1]),
            "g3": _list(groups[2]),
            "m1": sympy.Integer(means[0]),
            "m2": sympy.Integer(means[1]),
            "m3": sympy.Integer(means[2]),
            "grand": sympy.Integer(grand),
            "ss1": sympy.Integer(sum((v - means[0]) ** 2 for v in groups[0])),
            "ss2": sympy.Integer(sum((v - means[1]) ** 2 for v in groups[1])),
            "ss3": sympy.Integer(sum((v - means[2]) ** 2 for v in groups[2])),
            "ssb": sympy.Integer(ssb),
            "ssw": sympy.Integer(ssw),
            "sst": sympy.Integer(ssb + ssw),
            "unweighted": sympy.Integer(unweighted),
        }


@generator("stats_tests_anova_df")
def anova_df(rng: random.Random) -> dict[str, Any]:
    """k groups of unequal sizes."""
    k = rng.randint(3, 6)
    sizes = [rng.randint(5, 40) for _ in range(k)]
    total = sum(sizes)
    return {
        "k": sympy.Integer(k),
        "sizes": _list(sizes),
        "plus": " + ".join(str(s) for s in sizes),
        "N": sympy.Integer(total),
        "df1": sympy.Integer(k - 1),
        "df2": sympy.Integer(total - k),
        "dft": sympy.Integer(total - 1),
    }


@generator("stats_tests_anova_f_summary")
def anova_f_summary(rng: random.Random) -> dict[str, Any]:
    """F from group sizes, means and sample variances, with a whole-number weighted grand mean."""
    while True:
        sizes = [rng.randint(4, 12) for _ in range(3)]
        means = [rng.randint(20, 40) for _ in range(3)]
        total = sum(sizes)
        grand = Fraction(sum(n * m for n, m in zip(sizes, means, strict=True)), total)
        if grand.denominator != 1 or len(set(means)) < 2:
            continue
        variances = [rng.randint(4, 30) for _ in range(3)]
        ssb = sum(n * (m - grand) ** 2 for n, m in zip(sizes, means, strict=True))
        ssw = sum((n - 1) * v for n, v in zip(sizes, variances, strict=True))
        biased = sum(n * v for n, v in zip(sizes, variances, strict=True))
        f = Fraction(ssb, 2) / Fraction(ssw, total - 3)
        no_df = Fraction(ssb, ssw)
        with_n = Fraction(ssb, 2) / Fraction(biased, total - 3)
        if not 0.3 < f < 30 or not apart([f, no_df, with_n], 0.05):
            continue
        return {
            "n1": sympy.Integer(sizes[0]),
            "n2": sympy.Integer(sizes[1]),
            "n3": sympy.Integer(sizes[2]),
            "m1": sympy.Integer(means[0]),
            "m2": sympy.Integer(means[1]),
            "m3": sympy.Integer(means[2]),
            "v1": sympy.Integer(variances[0]),
            "v2": sympy.Integer(variances[1]),
            "v3": sympy.Integer(variances[2]),
            "N": sympy.Integer(total),
            "dfw": sympy.Integer(total - 3),
            "grand": rational(grand),
            "ssb": rational(ssb),
            "ssw": sympy.Integer(ssw),
            "msb": decimal(Fraction(ssb, 2)),
            "msw": rational(Fraction(ssw, total - 3)),
            "msw_text": _f2(Fraction(ssw, total - 3)),
            "answer": rational(f),
            "answer_text": _f2(f),
            "no_df": rational(no_df),
            "with_n": rational(with_n),
        }


@generator("stats_tests_anova_decision")
def anova_decision(rng: random.Random) -> dict[str, Any]:
    """MSB and MSW whose ratio lies clearly above or below the 5% critical value."""
    while True:
        df1 = rng.choice([2, 3, 4])
        df2 = rng.choice(list(_F95[df1]))
        crit = float(_F95[df1][df2])
        k = df1 + 1
        n = (df2 + k) // k
        msw = Fraction(rng.randint(8, 60), 2)
        f = Fraction(rng.randint(2, 90), 10)
        if abs(float(f) - crit) < 0.4:
            continue
        msb = msw * f
        reject = float(f) > crit
        break
    retain_fb = (
        rf"Here $F = {decimal(f)}$ is larger than the critical value ${_F95[df1][df2]}$, so "
        rf"it lies "
        "in "
        r"the rejection region. Rejecting means at least one mean differs."
    )
    reject_fb = (
        rf"Here $F = {decimal(f)}$ is smaller than the critical value ${_F95[df1][df2]}$. "
        rf"Only an $F$ "
        r"beyond the critical value counts as evidence against $H_0$."
    )
    return {
        "k": sympy.Integer(k),
        "n": sympy.Integer(n),
        "df1": sympy.Integer(df1),
        "df2": sympy.Integer(df2),
        "msb": decimal(msb),
        "msw": decimal(msw),
        "f": decimal(f),
        "crit": _F95[df1][df2],
        "relation": ">" if reject else "<",
        "answer": "reject" if reject else "retain",
        "wrong": "retain" if reject else "reject",
        "fb": retain_fb if reject else reject_fb,
        "verdict": "exceeds" if reject else "does not exceed",
    }


# --------------------------------------------------------------------------- ANCOVA


@generator("stats_tests_ancova_slope")
def ancova_slope(rng: random.Random) -> dict[str, Any]:
    """Two groups of four (x, y) points; the pooled within-group slope."""
    while True:
        groups = []
        sxx = []
        sxy = []
        base = rng.randint(40, 60)
        offset = rng.choice([-12, -8, -6, 6, 8, 12])
        beta = rng.choice([Fraction(1, 2), Fraction(1), Fraction(3, 2), Fraction(2)])
        for g in range(2):
            xm = rng.randint(4, 12) + (3 if g else 0)
            xd = _deviations(rng, 4, 3)
            xs = [xm + d for d in xd]
            ym = base + (offset if g else 0)
            ys = [ym + int(beta * d) + e for d, e in zip(xd, _deviations(rng, 4, 2), strict=True)]
            ybar = Fraction(sum(ys), 4)
            groups.append((xs, ys))
            sxx.append(sum((x - xm) ** 2 for x in xs))
            sxy.append(sum((x - xm) * (y - ybar) for x, y in zip(xs, ys, strict=True)))
        if min(sxx) == 0 or sxx[0] == sxx[1]:
            continue
        pooled = Fraction(sum(sxy)) / sum(sxx)
        average = (Fraction(sxy[0]) / sxx[0] + Fraction(sxy[1]) / sxx[1]) / 2
        all_x = groups[0][0] + groups[1][0]
        all_y = groups[0][1] + groups[1][1]
        mx = Fraction(sum(all_x), 8)
        my = Fraction(sum(all_y), 8)
        cross = sum((x - mx) * (y - my) for x, y in zip(all_x, all_y, strict=True))
        total = Fraction(cross) / sum((x - mx) * (x - mx) for x in all_x)
        if pooled <= 0 or not apart([pooled, average, total], 0.05):
            continue
        row = r"\text{{{}: }} {} & {} \\ "
        table = (
            r"\begin{array}{l|cccc} "
            + row.format("A", "x", " & ".join(map(str, groups[0][0])))
            + row.format("A", "y", " & ".join(map(str, groups[0][1])))
            + r"\hline "
            + row.format("B", "x", " & ".join(map(str, groups[1][0])))
            + row.format("B", "y", " & ".join(map(str, groups[1][1])))
            + r"\end{array}"
        )
        return {
            "table": table,
            "sxx1": sympy.Integer(sxx[0]),
            "sxx2": sympy.Integer(sxx[1]),
            "sxy1": rational(sxy[0]),
            "sxy2": rational(sxy[1]),
            "sxx": sympy.Integer(sum(sxx)),
            "sxy": rational(sum(sxy)),
            "answer": rational(pooled),
            "answer_text": _f2(pooled),
            "average": rational(average),
            "total": rational(total),
        }


@generator("stats_tests_ancova_adjusted_mean")
def ancova_adjusted_mean(rng: random.Random) -> dict[str, Any]:
    """One group's adjusted mean, kept apart from the sign slip, the missing slope and centring."""
    while True:
        ybar = rng.randint(55, 90)
        xi = rng.randint(40, 80)
        xg = rng.randint(45, 75)
        b = Fraction(rng.randint(1, 9), 10)
        gap = xi - xg
        adj = ybar - b * gap
        plus = ybar + b * gap
        noslope = ybar - gap
        nocentre = ybar - b * xi
        if gap == 0 or len({adj, plus, noslope, nocentre}) < 4:
            continue
        return {
            "ybar": sympy.Integer(ybar),
            "xi": sympy.Integer(xi),
            "xg": sympy.Integer(xg),
            "b": decimal(b),
            "gap": sympy.Integer(gap),
            "shift": decimal(b * gap),
            "adj": rational(adj),
            "adj_text": decimal(adj),
            "plus": rational(plus),
            "noslope": sympy.Integer(noslope),
            "nocentre": rational(nocentre),
        }


@generator("stats_tests_ancova_difference")
def ancova_difference(rng: random.Random) -> dict[str, Any]:
    """Two equal groups: adjusted difference, raw difference, sign slip, missing slope."""
    while True:
        ya, yb = rng.randint(60, 95), rng.randint(60, 95)
        xa = rng.randint(40, 80)
        d = rng.randint(-8, 8)
        b = Fraction(rng.randint(1, 9), 10)
        xb = xa + 2 * d
        xg = xa + d
        raw = ya - yb
        answer = raw - b * (xa - xb)
        plus = raw + b * (xa - xb)
        noslope = raw - (xa - xb)
        if d == 0 or len({answer, raw, plus, noslope}) < 4:
            continue
        return {
            "ya": sympy.Integer(ya),
            "yb": sympy.Integer(yb),
            "xa": sympy.Integer(xa),
            "xb": sympy.Integer(xb),
            "xg": sympy.Integer(xg),
            "b": decimal(b),
            "raw": sympy.Integer(raw),
            "xgap": sympy.Integer(xa - xb),
            "shift": decimal(b * (xa - xb)),
            "answer": rational(answer),
            "answer_text": decimal(answer),
            "plus": rational(plus),
            "noslope": sympy.Integer(noslope),
            "adja": decimal(ya - b * (xa - xg)),
            "adjb": decimal(yb - b * (xb - xg)),
        }


_ANCOVA_CONTEXTS = [
    {
        "study": "Two groups of students are taught statistics with different methods",
        "covariate": "a maths test taken before the course",
        "outcome": "the final exam score",
        "after": "the number of hours each student spent on the course's own practice sets",
        "binary": "whether each student passed the final exam",
        "units": "students",
    },
    {
        "study": "An online shop compares checkout designs, assigning users at random",
        "covariate": "each user's spending in the month before the experiment",
        "outcome": "spending during the experiment",
        "after": "the number of pages each user viewed in the new checkout during the experiment",
        "binary": "whether each user bought anything",
        "units": "users",
    },
    {
        "study": "A team compares fine-tuning recipes on several base models",
        "covariate": "each base model's accuracy before fine-tuning",
        "outcome": "accuracy after fine-tuning",
        "after": "the training loss reached at the end of each fine-tuning run",
        "binary": "whether each run beat a fixed accuracy target",
        "units": "runs",
    },
    {
        "study": "A clinic compares treatments for high blood pressure",
        "covariate": "each patient's blood pressure at enrolment",
        "outcome": "blood pressure after eight weeks",
        "after": "each patient's weight loss during the treatment",
        "binary": "whether each patient reached a target pressure",
        "units": "patients",
    },
    {
        "study": "An agronomist compares fertilisers on field plots",
        "covariate": "each plot's yield in the previous season",
        "outcome": "this season's yield",
        "after": "the plant height measured mid-season, after fertilising",
        "binary": "whether each plot's crop was sold as top grade",
        "units": "plots",
    },
]

_ANCOVA_FEEDBACK = {
    "yes": (
        "This is the standard case for ANCOVA: a continuous outcome, a covariate measured before "
        "treatment, and parallel slopes. Check the details of the study again."
    ),
    "affected": (
        "The covariate here was measured before anything was assigned, so the treatment cannot "
        "have changed it."
    ),
    "slopes": (
        "The description gives no sign that the relation between covariate and outcome differs "
        "between groups."
    ),
    "outcome": "The outcome here is a continuous measurement, which is what ANCOVA models.",
}


def _ancova_scenario(rng: random.Random) -> tuple[str, str, str]:
    ctx = rng.choice(_ANCOVA_CONTEXTS)
    k = rng.randint(2, 4)
    n = rng.randint(15, 60)
    kind = rng.choice(["yes", "yes_balanced", "affected", "slopes", "outcome"])
    head = f"{ctx['study']} ({k} groups of {n} {ctx['units']})."
    slope_a = Fraction(rng.randint(2, 9), 10)
    slope_b = Fraction(rng.randint(2, 9), 10)
    if kind == "yes":
        text = (
            f"{head} The groups differ somewhat in {ctx['covariate']}, which is related linearly "
            "to "
            f"{ctx['outcome']}, with estimated within-group slopes all between "
            f"{decimal(slope_a)} and "
            f"{decimal(slope_a + Fraction(1, 10))}. The outcome is {ctx['outcome']}."
        )
        return (
            text,
            "yes",
            "a continuous outcome, a covariate fixed before treatment, similar slopes",
        )
    if kind == "yes_balanced":
        text = (
            f"{head} Assignment was random, so the groups are almost equal on average in "
            f"{ctx['covariate']}; within every group it is strongly related to "
            f"{ctx['outcome']}, with slopes close to {decimal(slope_a)}. The outcome is "
            f"{ctx['outcome']}."
        )
        return (
            text,
            "yes",
            "balanced groups still gain precision from a strong pre-treatment covariate",
        )
    if kind == "affected":
        text = (
            f"{head} The analyst proposes to adjust {ctx['outcome']} for {ctx['after']}, which is "
            f"related linearly to the outcome with a slope of about {decimal(slope_a)} in "
            f"every group."
        )
        return text, "affected", "the proposed covariate is itself changed by the treatment"
    if kind == "slopes":
        while abs(slope_a - slope_b) < Fraction(4, 10):
            slope_a = Fraction(rng.randint(1, 9), 10)
            slope_b = Fraction(rng.randint(1, 9), 10)
        text = (
            f"{head} The covariate is {ctx['covariate']}. Fitted separately, the slope of "
            f"{ctx['outcome']} on the covariate is {decimal(slope_a)} in one group and "
            f"{decimal(slope_b)} "
            "in another, and a group-by-covariate interaction term is clearly significant."
        )
        return text, "slopes", "the within-group slopes differ, so there is no single adjustment"
    text = (
        f"{head} The covariate is {ctx['covariate']}, recorded before treatment, but the outcome "
        f"recorded is only {ctx['binary']} (yes or no)."
    )
    return text, "outcome", "the outcome is binary, not a continuous measurement"


@generator("stats_tests_ancova_when")
def ancova_when(rng: random.Random) -> dict[str, Any]:
    """Is ANCOVA appropriate? One right reason and three wrong ones, each with feedback."""
    text, answer, why = _ancova_scenario(rng)
    feedback = {
        "yes": _ANCOVA_FEEDBACK["yes"] + " Here " + why + ".",
        "affected": _ANCOVA_FEEDBACK["affected"],
        "slopes": _ANCOVA_FEEDBACK["slopes"],
        "outcome": _ANCOVA_FEEDBACK["outcome"],
    }
    if answer == "yes":
        feedback["affected"] = (
            "The covariate was measured before treatment, so the treatment cannot have changed it."
        )
        feedback["outcome"] = (
            "The outcome is a continuous measurement, which is exactly what ANCOVA models."
        )
        feedback["slopes"] = (
            "The slopes in the groups are about equal, so one shared slope is a fair summary."
        )
    elif answer == "outcome":
        feedback["yes"] = (
            "ANCOVA is a linear model for a continuous outcome. A yes/no outcome needs a model for "
            "proportions, such as logistic regression with the covariate included."
        )
        feedback["affected"] = (
            "The covariate was recorded before treatment, so that is not the problem."
        )
    elif answer == "affected":
        feedback["yes"] = (
            "Adjusting for a variable the treatment itself changes removes part of the treatment "
            "effect. Covariates must be fixed before treatment."
        )
        feedback["outcome"] = "The outcome is continuous, so that part is fine."
    else:
        feedback["yes"] = (
            "ANCOVA assumes one slope shared by all groups. With a clear interaction the adjusted "
            "difference depends on the covariate value, so a single adjusted mean misleads."
        )
        feedback["affected"] = (
            "The covariate was measured before treatment, so that is not the problem."
        )
        feedback["outcome"] = "The outcome is continuous, so that part is fine."
    wrong = [c for c in ("yes", "affected", "slopes", "outcome") if c != answer]
    return {
        "scenario": text,
        "answer": answer,
        "why": why,
        **{f"wrong{i}": w for i, w in enumerate(wrong, start=1)},
        **{f"fb{i}": feedback[w] for i, w in enumerate(wrong, start=1)},
    }


# ------------------------------------------------------------------ chi-square distribution


@generator("stats_tests_chi_ss_df")
def chi_ss_df(rng: random.Random) -> dict[str, Any]:
    """Degrees of freedom of a sum of squared standardised normals, known or estimated mean."""
    n = rng.randint(4, 40)
    mu = rng.randint(1, 60)
    sigma = rng.randint(2, 15)
    kind = rng.choice(["known", "estimated", "standard"])
    if kind == "known":
        expr = rf"Q = \sum_{{i=1}}^{{ {n} }} \left(\frac{{X_i - {mu}}}{{ {sigma} }}\right)^2"
        setup = (
            rf"$X_1, \dots, X_{{ {n} }}$ are independent $\mathcal{{N}}({mu}, {sigma}^2)$ "
            "measurements, "
            "and the true mean is used"
        )
        answer, off = n, n - 1
        off_fb = (
            "You subtracted one degree of freedom, but nothing is estimated here: the true mean "
            rf"${mu}$ is used, so each term is an exact squared standard normal."
        )
    elif kind == "estimated":
        expr = rf"Q = \sum_{{i=1}}^{{ {n} }} \frac{{(X_i - \bar{{X}})^2}}{{ {sigma}^2 }}"
        setup = (
            rf"$X_1, \dots, X_{{ {n} }}$ are independent $\mathcal{{N}}(\mu, {sigma}^2)$ "
            "measurements, "
            r"and the deviations are taken from the sample mean $\bar{X}$"
        )
        answer, off = n - 1, n
        off_fb = (
            r"Estimating the mean by $\bar{X}$ uses up one degree of freedom: the deviations "
            r"$X_i - \bar{X}$ always add up to zero, so only $n - 1$ of them are free."
        )
    else:
        expr = rf"Q = Z_1^2 + Z_2^2 + \dots + Z_{{ {n} }}^2"
        setup = rf"$Z_1, \dots, Z_{{ {n} }}$ are independent standard normal variables"
        answer, off = n, n - 1
        off_fb = (
            "Nothing is estimated here, so no degree of freedom is lost: each of the squared "
            "standard normals adds one."
        )
    return {
        "setup": setup,
        "expr": expr,
        "n": sympy.Integer(n),
        "answer": sympy.Integer(answer),
        "off": sympy.Integer(off),
        "off_fb": off_fb,
        "double": sympy.Integer(2 * answer),
        "reason": (
            "the mean is estimated from the same data, which costs one degree of freedom"
            if kind == "estimated"
            else "each term is a squared standard normal and nothing is estimated"
        ),
    }


def _chi_table_tex() -> str:
    head = r"\begin{array}{c|ccccc} \text{df} \backslash \alpha & " + " & ".join(_CHI_ALPHAS)
    rows = [f"{df} & " + " & ".join(values) for df, values in _CHI_TABLE.items()]
    return head + r" \\ \hline " + r" \\ ".join(rows) + r" \end{array}"


_GOF_CONTEXTS = [
    "a spinner with {m} sectors is tested for fairness",
    "the claim that users pick each of {m} colour themes equally often is tested",
    "a model's predicted class shares over {m} classes are compared with the true shares",
    "a random number generator's output, grouped into {m} bins, is tested for uniformity",
]
_IND_CONTEXTS = [
    "device type ({r} kinds) and subscription plan ({c} kinds) are tested for independence",
    "region ({r} regions) and preferred product ({c} products) are tested for independence",
    "model version ({r} versions) and error category ({c} categories) are tested for independence",
]


@generator("stats_tests_chi_critical")
def chi_critical(rng: random.Random) -> dict[str, Any]:
    """A critical value read from a printed table after working out the degrees of freedom."""
    kind = rng.choice(["gof", "ind", "var"])
    if kind == "gof":
        m = rng.randint(3, 10)
        df, naive = m - 1, m
        setup = "A chi-square goodness-of-fit test is run: " + rng.choice(_GOF_CONTEXTS).format(m=m)
        df_work = f"{m} - 1 = {df}"
        naive_fb = (
            f"You used {m} degrees of freedom, one per category. The counts must add up to the "
            "total, so one category is fixed by the others: use categories minus one."
        )
    elif kind == "ind":
        while True:
            r, c = rng.randint(2, 4), rng.randint(2, 5)
            if r * c - 1 <= 12:
                break
        df, naive = (r - 1) * (c - 1), r * c - 1
        setup = "A chi-square test on an $r \\times c$ table is run: " + rng.choice(
            _IND_CONTEXTS
        ).format(r=r, c=c)
        df_work = f"({r} - 1)({c} - 1) = {df}"
        naive_fb = (
            f"You treated the {r * c} cells like categories of one variable. For independence the "
            "row and column totals are both fixed, leaving $(r - 1)(c - 1)$ free cells."
        )
    else:
        n = rng.randint(4, 12)
        df, naive = n - 1, n
        setup = (
            f"A test about the variance of a normal population uses a sample of $n = {n}$ "
            r"model latencies and the statistic $(n - 1)s^2/\sigma_0^2$"
        )
        df_work = f"{n} - 1 = {df}"
        naive_fb = (
            f"You used $n = {n}$ degrees of freedom. The sample variance measures spread around "
            r"$\bar{x}$, which costs one degree of freedom: use $n - 1$."
        )
    level = rng.choice([0, 1, 3])  # alpha = 0.10, 0.05 or 0.01
    half = level + 1 if level < 3 else 4
    return {
        "setup": setup,
        "alpha": _CHI_ALPHAS[level],
        "table": _chi_table_tex(),
        "df": sympy.Integer(df),
        "df_work": df_work,
        "answer": _CHI_TABLE[df][level],
        "naive": _CHI_TABLE[naive][level],
        "naive_fb": naive_fb,
        "half": _CHI_TABLE[df][half],
        "half_alpha": _CHI_ALPHAS[half],
    }


@generator("stats_tests_chi2_tail")
def chi2_tail(rng: random.Random) -> dict[str, Any]:
    """P(Q > x) or P(Q <= x) for Q ~ chi-square with 2 df."""
    while True:
        x = Fraction(rng.randint(2, 48), 4)
        upper = rng.random() < 0.6
        tail = sympy.exp(-rational(x / 2))
        answer = tail if upper else 1 - tail
        other = 1 - tail if upper else tail
        rate = sympy.exp(-rational(x)) if upper else 1 - sympy.exp(-rational(x))
        if apart([answer, other, rate], 0.002):
            break
    return {
        "x": decimal(x),
        "half": rational(x / 2),
        "event": "Q > " + decimal(x) if upper else r"Q \le " + decimal(x),
        "answer": answer,
        "answer_text": f"{float(answer):.4f}",
        "exact_text": rf"e^{{-{sympy.latex(rational(x / 2))}}}"
        if upper
        else rf"1 - e^{{-{sympy.latex(rational(x / 2))}}}",
        "other": other,
        "rate": rate,
        "step": "this is already the upper tail" if upper else r"so $P(Q \le x) = 1 - e^{-x/2}$",
    }


@generator("stats_tests_chi_df_table")
def chi_df_table(rng: random.Random) -> dict[str, Any]:
    """Degrees of freedom of a goodness-of-fit test with estimated parameters, or of an r x c "
    "table."""
    if rng.random() < 0.5:
        model = rng.choice(
            [
                (
                    "a Poisson distribution whose rate is estimated from the data",
                    1,
                    "requests per second",
                ),
                (
                    "a binomial distribution with $n = 10$ whose $p$ is estimated from the data",
                    1,
                    "correct answers out of 10",
                ),
                (
                    "a normal distribution whose mean and standard deviation are estimated from "
                    "the data",
                    2,
                    "response times",
                ),
                (
                    "a geometric distribution whose $p$ is estimated from the data",
                    1,
                    "attempts until the first success",
                ),
            ]
        )
        name, p, what = model
        m = rng.randint(4 + p, 12)
        answer = m - 1 - p
        return {
            "setup": (
                f"Observed {what} are grouped into {m} categories, and the counts are "
                f"compared with {name}, using a chi-square goodness-of-fit test."
            ),
            "answer": sympy.Integer(answer),
            "cells": sympy.Integer(m),
            "loose": sympy.Integer(m - 1),
            "work": f"{m} - 1 - {p} = {answer}",
            "rule": rf"categories minus one, minus one for each estimated parameter (here {p})",
            "cells_fb": (
                f"You counted the {m} categories. The counts must add up to the total, so one "
                "category is determined by the rest: subtract one."
            ),
            "loose_fb": (
                f"You subtracted one for the total but not for the {p} estimated parameter(s). "
                "Each parameter fitted from the data costs one more degree of freedom."
            ),
        }
    r, c = rng.randint(2, 6), rng.randint(2, 6)
    ctx = rng.choice(
        [
            f"{r} app versions and {c} ratings categories",
            f"{r} age bands and {c} preferred devices",
            f"{r} classifiers and {c} error types",
            f"{r} marketing channels and {c} customer segments",
        ]
    )
    return {
        "setup": (
            f"A contingency table cross-classifies cases by {ctx} ({r} rows, {c} columns); a "
            "chi-square test of independence is run."
        ),
        "answer": sympy.Integer((r - 1) * (c - 1)),
        "cells": sympy.Integer(r * c),
        "loose": sympy.Integer(r * c - 1),
        "work": f"({r} - 1)({c} - 1) = {(r - 1) * (c - 1)}",
        "rule": r"$(r - 1)(c - 1)$ for an $r \times c$ table",
        "cells_fb": (
            f"You counted the {r * c} cells. The row and column totals fix many of them: only "
            "$(r - 1)(c - 1)$ cells can vary freely."
        ),
        "loose_fb": (
            f"You used cells minus one, the goodness-of-fit rule. Under independence the {r} row "
            f"shares and {c} column shares are estimated too, which leaves $(r - 1)(c - 1)$."
        ),
    }


# --------------------------------------------------------------------------- chi-square test


def _table_tex(rows: list[str], cols: list[str], counts: list[list[int]]) -> str:
    spec = "l|" + "c" * len(cols) + "|c"
    head = " & " + " & ".join(rf"\text{{{c}}}" for c in cols) + r" & \text{total}"
    body = []
    for name, row in zip(rows, counts, strict=True):
        body.append(rf"\text{{{name}}} & " + " & ".join(map(str, row)) + f" & {sum(row)}")
    col_totals = [sum(col) for col in zip(*counts, strict=True)]
    total = sum(col_totals)
    foot = r"\text{total} & " + " & ".join(map(str, col_totals)) + f" & {total}"
    return (
        rf"\begin{{array}}{{{spec}}}"
        + head
        + r" \\ \hline "
        + r" \\ ".join(body)
        + r" \\ \hline "
        + foot
        + r" \end{array}"
    )


_RC_CONTEXTS = [
    ("Plan chosen, by app", ["app A", "app B", "app C"], ["free", "basic", "pro"]),
    ("Error type, by model version", ["v1", "v2", "v3"], ["false pos.", "false neg.", "timeout"]),
    ("Preferred channel, by age band", ["under 30", "30-50", "over 50"], ["email", "app", "web"]),
    ("Outcome, by advert", ["advert 1", "advert 2", "advert 3"], ["ignored", "clicked", "bought"]),
]


@generator("stats_tests_chi_expected")
def chi_expected(rng: random.Random) -> dict[str, Any]:
    """An r x c table whose expected counts are whole numbers, with observed counts that differ."""
    while True:
        title, rows, cols = rng.choice(_RC_CONTEXTS)
        r = rng.choice([2, 3])
        c = 3 if r == 2 else rng.choice([2, 3])
        rows, cols = rows[:r], cols[:c]
        a = [rng.randint(1, 4) for _ in range(r)]
        b = [rng.randint(1, 4) for _ in range(c)]
        s = rng.choice([2, 3, 4, 5])
        expected = [[ai * bj * s for bj in b] for ai in a]
        if min(min(row) for row in expected) < 5 or len(set(b)) == 1 or len(set(a)) == 1:
            continue
        counts = [row[:] for row in expected]
        for _ in range(3):
            i1, i2 = rng.sample(range(r), 2)
            j1, j2 = rng.sample(range(c), 2)
            d = rng.randint(1, 4)
            counts[i1][j1] += d
            counts[i2][j2] += d
            counts[i1][j2] -= d
            counts[i2][j1] -= d
        if min(min(row) for row in counts) < 1 or counts == expected:
            continue
        n = sum(map(sum, counts))
        row_tot = [sum(row) for row in counts]
        col_tot = [sum(col) for col in zip(*counts, strict=True)]
        uniform = sympy.Matrix([[rational(Fraction(n, r * c))] * c for _ in range(r)])
        row_only = sympy.Matrix([[rational(Fraction(t, c))] * c for t in row_tot])
        e_frac = (
            "["
            + ", ".join("[" + ", ".join(f"{rt}*{ct}/{n}" for ct in col_tot) + "]" for rt in row_tot)
            + "]"
        )
        return {
            "title": title,
            "table": _table_tex(rows, cols, counts),
            "r": sympy.Integer(r),
            "c": sympy.Integer(c),
            "n": sympy.Integer(n),
            "R1": sympy.Integer(row_tot[0]),
            "C1": sympy.Integer(col_tot[0]),
            "E11": sympy.Integer(expected[0][0]),
            "E": sympy.Matrix(expected),
            "O": sympy.Matrix(counts),
            "uniform": uniform,
            "E_frac": e_frac,
            "row_only": row_only,
            "row_names": ", ".join(rows),
        }


@generator("stats_tests_chi_decision")
def chi_decision(rng: random.Random) -> dict[str, Any]:
    """An independence test on an r x c table: find df, read the critical value, decide."""
    while True:
        r, c = rng.randint(2, 4), rng.randint(2, 4)
        df = (r - 1) * (c - 1)
        level = rng.choice([1, 3])
        crit = float(_CHI_TABLE[df][level])
        stat = Fraction(rng.randint(10, 400), 10)
        if abs(float(stat) - crit) < 0.5:
            continue
        naive = r * c - 1
        if naive > 12:
            continue
        break
    reject = float(stat) > crit
    naive_crit = _CHI_TABLE[naive][level]
    if reject:
        wrong_fb = (
            rf"With $({r} - 1)({c} - 1) = {df}$ degrees of freedom the critical value is "
            rf"${_CHI_TABLE[df][level]}$, and $\chi^2 = {decimal(stat)}$ is larger, so $H_0$ is "
            "rejected. "
            rf"(Using ${naive}$ degrees of freedom would give ${naive_crit}$.)"
        )
    else:
        wrong_fb = (
            rf"With $({r} - 1)({c} - 1) = {df}$ degrees of freedom the critical value is "
            rf"${_CHI_TABLE[df][level]}$, and $\chi^2 = {decimal(stat)}$ falls below it, so "
            rf"the data "
            "do not give enough evidence against independence."
        )
    ctx = rng.choice(
        [
            f"{r} onboarding flows and {c} retention outcomes",
            f"{r} model versions and {c} kinds of user complaint",
            f"{r} countries and {c} payment methods",
            f"{r} ad formats and {c} click behaviours",
        ]
    )
    return {
        "ctx": ctx,
        "r": sympy.Integer(r),
        "c": sympy.Integer(c),
        "df": sympy.Integer(df),
        "stat": decimal(stat),
        "alpha": _CHI_ALPHAS[level],
        "crit": _CHI_TABLE[df][level],
        "table": _chi_table_tex(),
        "relation": ">" if reject else "<",
        "answer": "reject" if reject else "retain",
        "wrong": "retain" if reject else "reject",
        "fb": wrong_fb,
        "decision": "we reject $H_0$" if reject else "we do not reject $H_0$",
    }


# --------------------------------------------------------------------------- choosing a test


def _choice_values(
    rng: random.Random,
    builders: dict[str, Callable[[random.Random], str]],
    feedback: dict[tuple[str, str], str],
    why: dict[str, str],
    ids: tuple[str, ...],
) -> dict[str, Any]:
    """Pick a scenario type, build its text, and lay out the wrong ids with their feedback."""
    answer = rng.choice(list(builders))
    text = builders[answer](rng)
    wrong = [i for i in ids if i != answer]
    return {
        "scenario": text,
        "answer": answer,
        "why": why[answer],
        **{f"wrong{k}": w for k, w in enumerate(wrong, start=1)},
        **{f"fb{k}": feedback[(answer, w)] for k, w in enumerate(wrong, start=1)},
    }


def _paired(rng: random.Random) -> str:
    n = rng.randint(8, 60)
    return rng.choice(
        [
            f"{n} users rate the old and the new search page, each user trying both in random "
            "order; "
            "is the mean rating different?",
            f"The latency of {n} API endpoints is measured before and after a caching change; "
            "did the mean latency change?",
            f"Two tokenisers are run on the same {n} documents and the token counts compared "
            "document by document; do they differ on average?",
            f"{n} patients have their cholesterol measured before and after a six-week diet; "
            "did the mean level fall?",
        ]
    )


def _independent(rng: random.Random) -> str:
    n1, n2 = rng.randint(20, 300), rng.randint(20, 300)
    return rng.choice(
        [
            f"{n1} users see the old search page and a different {n2} users see the new one; "
            "is the mean session length different?",
            f"Order values from {n1} customers in one region are compared with {n2} customers in "
            "another; are the mean order values different?",
            f"A model is trained {n1 % 20 + 10} times with optimiser A and, separately, "
            f"{n2 % 20 + 10} times with optimiser B; do the mean final losses differ?",
            f"Blood pressure is compared between {n1} patients on a new drug and {n2} different "
            "patients on placebo; do the means differ?",
        ]
    )


def _one_sample(rng: random.Random) -> str:
    n = rng.randint(10, 80)
    target = rng.choice([200, 250, 300, 500])
    return rng.choice(
        [
            f"A service promises a mean response time of {target} ms. You time {n} requests and "
            "want to know whether the true mean differs from the promise.",
            f"A supplier claims its batteries last {target} cycles on average. You test {n} "
            "batteries to check the claim.",
            f"A benchmark says a task takes {target} seconds on average. {n} runs of your pipeline "
            "are timed; does your mean differ from the benchmark?",
        ]
    )


_PAIRING_FEEDBACK = {
    ("paired", "welch"): (
        "Welch's test treats the two sets of numbers as unrelated groups. Here each unit is "
        "measured twice, and ignoring those pairs throws away the unit-to-unit variation that "
        "cancels in the differences."
    ),
    ("paired", "one"): (
        "A one-sample test needs a single column of numbers and a reference value. You could apply "
        "it to the differences, but then it is exactly the paired t-test; there is no fixed "
        "benchmark in the question."
    ),
    ("welch", "paired"): (
        "A paired test needs each value in one group matched to a value in the other (the same "
        "unit measured twice). These groups contain different units and may even differ in size."
    ),
    ("welch", "one"): (
        "A one-sample test compares one group with a fixed number. Here two groups are compared "
        "with each other, and both means are estimated from data."
    ),
    ("one", "paired"): (
        "There is only one set of measurements and nothing to pair it with: the claim is a fixed "
        "number, not a second sample."
    ),
    ("one", "welch"): (
        "A two-sample test needs a second group of measurements. The claimed value is a fixed "
        "number with no sampling variability of its own."
    ),
}

_PAIRING_WHY = {
    "paired": "each unit is measured under both conditions, so we test the mean of the differences",
    "welch": "two separate groups of different units are compared, with no natural pairs",
    "one": "one sample is compared with a fixed claimed value",
}


@generator("stats_tests_choose_pairing")
def choose_pairing(rng: random.Random) -> dict[str, Any]:
    return _choice_values(
        rng,
        {"paired": _paired, "welch": _independent, "one": _one_sample},
        _PAIRING_FEEDBACK,
        _PAIRING_WHY,
        ("paired", "welch", "one"),
    )


def _two_means(rng: random.Random) -> str:
    n = rng.randint(30, 400)
    return rng.choice(
        [
            f"Two checkout designs are each shown to {n} users; the outcome is the amount each "
            "user spends, and the spread is clearly larger in one group.",
            f"Two model architectures are each trained {n % 20 + 8} times with different seeds; "
            "the outcome is the validation loss of each run, and one architecture's losses vary "
            "far more than the other's.",
            f"Two teaching methods are each used with {n % 40 + 20} students; the outcome is each "
            "student's exam score, which is much more spread out in one group.",
        ]
    )


def _many_means(rng: random.Random) -> str:
    k = rng.randint(3, 6)
    n = rng.randint(20, 300)
    return rng.choice(
        [
            f"{k} checkout designs are each shown to {n} users; the outcome is the amount each "
            "user spends.",
            f"{k} learning-rate schedules are each used for {n % 20 + 8} training runs; the "
            "outcome is the validation loss of each run.",
            f"{k} fertilisers are each applied to {n % 30 + 10} plots; the outcome is each plot's "
            "yield in kilograms.",
        ]
    )


def _categorical(rng: random.Random) -> str:
    k = rng.randint(2, 5)
    n = rng.randint(100, 900)
    m = rng.randint(3, 5)
    return rng.choice(
        [
            f"{k} landing pages are each shown to {n} visitors; the outcome is which of {m} "
            "subscription plans each visitor picks.",
            f"{n} support tickets from {k} product lines are each labelled with one of {m} "
            "complaint categories; does the mix of categories depend on the product line?",
            f"{n} survey respondents from {k} regions each name their preferred device out of {m} "
            "kinds; is device preference related to region?",
        ]
    )


_GROUPS_FEEDBACK = {
    ("t", "anova"): (
        "With two groups ANOVA reduces to the equal-variance t-test ($F = t^2$), which assumes "
        "equal spreads. Here the spreads differ, and Welch's t-test does not need that assumption."
    ),
    ("t", "chi"): (
        "A chi-square test needs counts in categories. The outcome here is a number measured on "
        "each unit, so we compare means."
    ),
    ("t", "paired"): (
        "A paired test needs each value in one group matched with a value in the other, such as "
        "the same unit measured twice. These groups contain different units."
    ),
    ("anova", "t"): (
        "A two-sample t-test compares exactly two means. Running one for every pair of groups "
        "would give many chances of a false positive at 5% each; one-way ANOVA asks a single "
        "question about all the means."
    ),
    ("anova", "chi"): (
        "A chi-square test needs counts in categories. The outcome here is a numerical "
        "measurement, so we compare group means."
    ),
    ("anova", "paired"): (
        "A paired t-test compares two measurements on the same units. Here there are several "
        "groups of different units, and a paired test handles only two related samples."
    ),
    ("chi", "t"): (
        "A t-test compares means of a numerical outcome. Here each unit falls into one of several "
        "categories, so there is no mean to compare; we compare counts."
    ),
    ("chi", "anova"): (
        "ANOVA compares means of a numerical outcome. The outcome here is a category, so the data "
        "are counts in a table."
    ),
    ("chi", "paired"): (
        "The outcome is a category, so there is no numerical difference to test, and the groups "
        "contain different units anyway. The data are counts in a table."
    ),
}

_GROUPS_WHY = {
    "t": "the outcome is numerical and exactly two independent groups are compared",
    "anova": "the outcome is numerical and more than two group means are compared at once",
    "chi": "the outcome is a category, so we test whether group and category are associated",
}


@generator("stats_tests_choose_groups")
def choose_groups(rng: random.Random) -> dict[str, Any]:
    return _choice_values(
        rng,
        {"t": _two_means, "anova": _many_means, "chi": _categorical},
        _GROUPS_FEEDBACK,
        _GROUPS_WHY,
        ("t", "anova", "chi", "paired"),
    )


def _one_prop(rng: random.Random) -> str:
    n = rng.randint(200, 2000)
    p = rng.choice([2, 3, 4, 5, 8, 10, 12])
    return rng.choice(
        [
            f"Historically {p}% of visitors sign up. After a redesign, {n} visitors arrive; is the "
            f"sign-up rate still {p}%?",
            f"A spam filter is meant to flag {p}% of mail. On a sample of {n} messages, does the "
            "flag rate differ from that?",
            f"A vendor claims a defect rate of {p}%. You inspect {n} parts; is the claim wrong?",
        ]
    )


def _two_prop(rng: random.Random) -> str:
    n1, n2 = rng.randint(300, 3000), rng.randint(300, 3000)
    return rng.choice(
        [
            f"Version A of an email is sent to {n1} people and version B to {n2} others; the "
            "outcome is whether each person clicks.",
            f"A fraud model flags transactions in two markets ({n1} and {n2} transactions); is the "
            "flag rate different between markets?",
            f"{n1} users get a free trial offer and {n2} others do not; does the share who "
            "subscribe differ?",
        ]
    )


def _z_mean(rng: random.Random) -> str:
    n = rng.randint(9, 40)
    sigma = rng.randint(2, 15)
    target = rng.choice([100, 250, 500, 750])
    return rng.choice(
        [
            f"A filling machine has a long-established standard deviation of {sigma} g. You weigh "
            f"{n} packs to check whether the mean is still {target} g.",
            f"A sensor's noise is known from its calibration sheet to have standard deviation "
            f"{sigma} units. {n} readings of a reference source of {target} units are taken; is "
            "the sensor biased?",
            f"A production line's timing jitter is known to have standard deviation {sigma} ms "
            "from "
            f"years of logs. {n} new cycles are timed against the {target} ms target.",
        ]
    )


def _t_mean(rng: random.Random) -> str:
    n = rng.randint(6, 25)
    target = rng.choice([100, 250, 500, 750])
    return rng.choice(
        [
            f"A new filling machine has no track record. You weigh {n} packs and compute their "
            "mean "
            f"and standard deviation to check whether the mean is {target} g.",
            f"You time {n} runs of a new data pipeline, compute the mean and sample standard "
            f"deviation, and ask whether the mean differs from a {target} s target.",
            f"{n} readings are taken from an uncalibrated sensor pointed at a {target}-unit "
            "reference; the spread is estimated from these readings only.",
        ]
    )


_ZT_FEEDBACK = {
    ("oneprop", "twoprop"): (
        "There is only one sample here; the other rate is a fixed historical or claimed "
        "value, not a second sample."
    ),
    ("oneprop", "zmean"): (
        "The outcome is yes or no for each unit, so we test a proportion. Its standard error "
        r"$\sqrt{p_0(1 - p_0)/n}$ comes from $H_0$ itself, not from a known $\sigma$ of a "
        "measurement."
    ),
    ("oneprop", "tmean"): (
        "A t-test is for the mean of a numerical measurement with unknown spread. For a proportion "
        r"the null value $p_0$ fixes the standard error, and with large $n$ the z-test applies."
    ),
    ("twoprop", "oneprop"): (
        "Both rates are estimated from data here, so comparing one of them with a fixed value "
        "ignores the uncertainty in the other."
    ),
    ("twoprop", "zmean"): (
        "The outcome is yes or no for each unit, so we compare two proportions, not a mean "
        "measurement with a known $\\sigma$."
    ),
    ("twoprop", "tmean"): (
        "A one-sample t-test compares one mean with a fixed value. Here two groups' proportions "
        "are compared with each other."
    ),
    ("zmean", "oneprop"): (
        "Each unit gives a measurement, not a yes/no outcome, so the test is about a mean, not a "
        "proportion."
    ),
    ("zmean", "twoprop"): (
        "There is one sample of measurements and a fixed target, not two groups of yes/no outcomes."
    ),
    ("zmean", "tmean"): (
        "A t-test is needed when $\\sigma$ has to be estimated from the sample. Here $\\sigma$ is "
        "known from long experience, so the statistic is standard normal under $H_0$."
    ),
    ("tmean", "oneprop"): (
        "Each unit gives a measurement, not a yes/no outcome, so the test is about a mean, not a "
        "proportion."
    ),
    ("tmean", "twoprop"): (
        "There is one sample of measurements and a fixed target, not two groups of yes/no outcomes."
    ),
    ("tmean", "zmean"): (
        "A z-test needs a known $\\sigma$. Here the spread is estimated from a small sample, which "
        "adds uncertainty; the t-distribution's heavier tails account for it."
    ),
}

_ZT_WHY = {
    "oneprop": "one sample of yes/no outcomes is compared with a fixed rate, and $n$ is large",
    "twoprop": "two independent groups of yes/no outcomes are compared",
    "zmean": "one sample of measurements is compared with a target and $\\sigma$ is known",
    "tmean": "one small sample of measurements is compared with a target and $\\sigma$ must be "
    "estimated from the data",
}


@generator("stats_tests_choose_z_or_t")
def choose_z_or_t(rng: random.Random) -> dict[str, Any]:
    return _choice_values(
        rng,
        {"oneprop": _one_prop, "twoprop": _two_prop, "zmean": _z_mean, "tmean": _t_mean},
        _ZT_FEEDBACK,
        _ZT_WHY,
        ("oneprop", "twoprop", "zmean", "tmean"),
    )


def _large_independent(rng: random.Random) -> str:
    n1, n2 = rng.randint(400, 5000), rng.randint(400, 5000)
    return rng.choice(
        [
            f"Revenue per user is compared between {n1} users in group A and {n2} users in group "
            "B of an experiment. The distributions are right-skewed but have no extreme outliers, "
            "and the question is about the mean revenue.",
            f"Page load times are compared between {n1} requests served by one data centre and "
            f"{n2} served by another. The question is whether the mean load time differs.",
        ]
    )


def _small_skewed_independent(rng: random.Random) -> str:
    n1, n2 = rng.randint(6, 12), rng.randint(6, 12)
    big = rng.randint(5, 20)
    return rng.choice(
        [
            f"Time to fix a bug is recorded for {n1} bugs in team A and {n2} different bugs in "
            "team "
            f"B. Most fixes take under a day, but one took {big} days; the samples are small and "
            "strongly skewed.",
            f"Inference times for {n1} requests on server A and {n2} requests on server B are "
            f"compared. The values are heavily skewed, with one request {big} times slower than "
            "the rest.",
        ]
    )


def _small_skewed_paired(rng: random.Random) -> str:
    n = rng.randint(6, 12)
    big = rng.randint(5, 20)
    return rng.choice(
        [
            f"{n} users each try the old and the new editor, and the time to finish a task is "
            f"recorded with both. The differences are skewed, and one user was {big} minutes "
            "slower with the new editor.",
            f"Two models are evaluated on the same {n} datasets. The per-dataset differences in "
            f"error are far from normal, with one dataset showing a gap {big} times larger than "
            "the others.",
        ]
    )


def _small_table(rng: random.Random) -> str:
    n = rng.randint(14, 30)
    k = rng.randint(1, 4)
    return rng.choice(
        [
            f"A rare failure mode is tabulated against two model versions in a $2 \\times 2$ "
            "table of "
            f"{n} test cases; several expected counts are below 5 (one cell holds only {k}).",
            f"In a pilot, {n} patients get either treatment or placebo and either recover or not. "
            f"The $2 \\times 2$ table has expected counts below 5, with just {k} in one cell.",
        ]
    )


def _large_table(rng: random.Random) -> str:
    n = rng.randint(500, 5000)
    r, c = rng.randint(3, 5), rng.randint(3, 5)
    return rng.choice(
        [
            f"{n} customers are cross-classified by region ({r} regions) and preferred plan ({c} "
            "plans); every expected count is well above 5.",
            f"{n} model errors are cross-classified by input language ({r} languages) and error "
            f"type ({c} types); all expected counts exceed 20.",
        ]
    )


_ASSUME_FEEDBACK: dict[tuple[str, str], str] = {}
_ASSUME_DESCR = {
    "welch": "Welch's t-test compares two independent means and relies on roughly normal sample "
    "means",
    "mann": "the Mann-Whitney U test compares two independent groups by ranks",
    "wilcoxon": "the Wilcoxon signed-rank test is for paired data, ranking the differences",
    "fisher": "Fisher's exact test is for a $2 \\times 2$ table of counts with small expected "
    "counts",
    "chi": "the chi-square test of independence is for tables of counts with expected counts of "
    "5 or more",
}
_ASSUME_WHY = {
    "welch": "two large independent groups are compared on a mean; with thousands of "
    "observations the sample means are close to normal even for skewed data",
    "mann": "two small independent samples are strongly skewed with an outlier, so a rank-based "
    "test is safer than a t-test",
    "wilcoxon": "the data are paired and the differences are small in number and clearly "
    "non-normal, so a rank-based paired test is safer than the paired t-test",
    "fisher": "the data are counts in a $2 \\times 2$ table with expected counts below 5, where "
    "the "
    "chi-square approximation is unreliable",
    "chi": "the data are counts in a large table with ample expected counts",
}
_ASSUME_REASON = {
    "welch": "these are two large independent groups of measurements and the question is about "
    "means",
    "mann": "the two small independent samples are strongly skewed with an outlier",
    "wilcoxon": "the measurements are paired (each unit appears under both conditions) and "
    "the few differences are clearly non-normal",
    "fisher": "the data are counts with expected values below 5",
    "chi": "the data are counts in a table with large expected counts",
}
for _right in _ASSUME_DESCR:
    for _wrong in _ASSUME_DESCR:
        if _right != _wrong:
            _ASSUME_FEEDBACK[(_right, _wrong)] = (
                f"Not the best fit: {_ASSUME_DESCR[_wrong]}, but here {_ASSUME_REASON[_right]}."
            )
_ASSUME_FEEDBACK[("welch", "mann")] = (
    "Mann-Whitney would run, but it compares whole distributions by ranks rather than means. With "
    "thousands of observations per group the sample means are close to normal, so Welch's "
    "t-test answers the question about the mean directly."
)
_ASSUME_FEEDBACK[("mann", "welch")] = (
    "With a handful of strongly skewed values and an outlier, the sample means are far from normal "
    "and a single extreme value dominates the t statistic. A rank-based test is much safer."
)
_ASSUME_FEEDBACK[("wilcoxon", "mann")] = (
    "Mann-Whitney treats the two sets as independent groups. The values here are paired, so rank "
    "the paired differences instead."
)
_ASSUME_FEEDBACK[("fisher", "chi")] = (
    "The chi-square approximation needs expected counts of about 5 or more in every cell. With "
    "smaller counts, Fisher's exact test computes the p-value exactly."
)
_ASSUME_FEEDBACK[("chi", "fisher")] = (
    "Fisher's exact test is meant for small $2 \\times 2$ tables. This table is larger with "
    "plenty of data, and the chi-square test handles it directly."
)


@generator("stats_tests_choose_assumptions")
def choose_assumptions(rng: random.Random) -> dict[str, Any]:
    return _choice_values(
        rng,
        {
            "welch": _large_independent,
            "mann": _small_skewed_independent,
            "wilcoxon": _small_skewed_paired,
            "fisher": _small_table,
            "chi": _large_table,
        },
        _ASSUME_FEEDBACK,
        _ASSUME_WHY,
        ("welch", "mann", "wilcoxon", "fisher", "chi"),
    )


def _mcnemar(rng: random.Random) -> str:
    n = rng.randint(300, 5000)
    return (
        f"Two classifiers are run on the same {n} test examples, and for each example we record "
        "whether each classifier was right. Is one classifier more accurate?"
    )


def _folds(rng: random.Random) -> str:
    k = rng.choice([5, 10])
    task = rng.choice(["fraud", "churn", "sentiment", "image", "spam", "credit-risk"])
    metric = rng.choice(["accuracy", "F1 score", "AUC", "log-loss"])
    return (
        f"Two models are trained and scored on the same {k} cross-validation folds of a {task} "
        f"dataset, using {metric}. The {k} per-fold differences look roughly normal. Is one model "
        "better on average?"
    )


def _datasets(rng: random.Random) -> str:
    m = rng.randint(12, 40)
    return (
        f"Two algorithms are compared on {m} different benchmark datasets. The accuracy "
        "differences vary wildly in size from dataset to dataset and are clearly not normal. "
        "Does one algorithm tend to do better?"
    )


def _separate_sets(rng: random.Random) -> str:
    n1, n2 = rng.randint(500, 5000), rng.randint(500, 5000)
    return (
        f"Model A is evaluated on {n1} users from one month and model B on a different set of {n2} "
        "users from another month; we only know how many predictions each got right. Do the "
        "accuracy rates differ?"
    )


_ML_FEEDBACK = {
    ("mcnemar", "pairedt"): (
        "A paired t-test needs numerical paired differences, such as per-fold scores. Here each "
        "example gives only right or wrong for each model; the information lies in the examples "
        "on which the two disagree."
    ),
    ("mcnemar", "wilcoxon"): (
        "The signed-rank test ranks numerical differences across datasets or folds. Here the "
        "paired outcomes are binary (right or wrong on each example)."
    ),
    ("mcnemar", "twoprop"): (
        "The two-proportion z-test assumes independent samples. Both models saw the same "
        "examples, so their results are paired; McNemar's test uses the examples where they "
        "disagree."
    ),
    ("pairedt", "mcnemar"): (
        "McNemar's test is for binary right/wrong outcomes on the same examples. Here we have a "
        "numerical score per fold for each model."
    ),
    ("pairedt", "wilcoxon"): (
        "The signed-rank test would be valid, but with roughly normal fold differences the paired "
        "t-test uses the data more fully and answers the question about the mean difference."
    ),
    ("pairedt", "twoprop"): (
        "Both models were scored on the same folds, so the scores come in pairs. Treating them as "
        "independent proportions ignores that pairing."
    ),
    ("wilcoxon", "mcnemar"): (
        "McNemar's test is for binary right/wrong outcomes on a shared test set. Here each dataset "
        "gives a numerical accuracy for each algorithm."
    ),
    ("wilcoxon", "pairedt"): (
        "A paired t-test assumes the differences are roughly normal. Across varied datasets they "
        "are not, and a few large gaps would dominate the mean; ranking the differences is safer."
    ),
    ("wilcoxon", "twoprop"): (
        "The accuracies are paired by dataset, and they are not counts from one common test set, "
        "so a comparison of two independent proportions does not fit."
    ),
    ("twoprop", "mcnemar"): (
        "McNemar's test needs both models evaluated on the same examples. Here the test sets are "
        "different, so there are no pairs."
    ),
    ("twoprop", "pairedt"): (
        "There are no pairs to difference: the two models were evaluated on different users, and "
        "we only have one success count per model."
    ),
    ("twoprop", "wilcoxon"): (
        "The signed-rank test needs paired numerical differences. Here there are two independent "
        "success counts."
    ),
}

_ML_WHY = {
    "mcnemar": "both classifiers are scored right or wrong on the same examples, so the outcomes "
    "are paired and binary",
    "pairedt": "the scores are paired by fold and the differences are roughly normal",
    "wilcoxon": "the scores are paired by dataset but the differences are far from normal",
    "twoprop": "the two accuracy rates come from independent test sets",
}


@generator("stats_tests_choose_ml_eval")
def choose_ml_eval(rng: random.Random) -> dict[str, Any]:
    return _choice_values(
        rng,
        {"mcnemar": _mcnemar, "pairedt": _folds, "wilcoxon": _datasets, "twoprop": _separate_sets},
        _ML_FEEDBACK,
        _ML_WHY,
        ("mcnemar", "pairedt", "wilcoxon", "twoprop"),
    )
