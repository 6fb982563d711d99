"""Generators for Bayesian inference, the multivariate Gaussian, sampling, the uniform
distribution and more exercises on random variables, densities, independence and covariance.

Each generator redraws until the instance is non-degenerate and the right answer stays apart
from every answer that a listed mistake predicts.
"""

import math
import random
from fractions import Fraction
from typing import Any

import sympy
from sympy import Matrix, Rational

from . import generator
from .common import apart, decimal, rational


def _vectors_apart(vectors: list[list[Fraction]], gap: float) -> bool:
    """True if every pair of vectors differs by more than `gap` in some entry."""
    return all(
        max(abs(float(x - y)) for x, y in zip(vectors[i], vectors[j], strict=True)) > gap
        for i in range(len(vectors))
        for j in range(i)
    )


def _rounded(value: float, places: int) -> sympy.Float:
    return sympy.Float(round(value, places), 15)


def _column(values: list[Fraction]) -> str:
    """A column vector of terminating decimals as LaTeX."""
    return r"\begin{bmatrix}" + r" \\ ".join(decimal(v) for v in values) + r"\end{bmatrix}"


def _tex(value: Fraction | int) -> str:
    return sympy.latex(rational(value))


# --- Bayesian inference -------------------------------------------------------------------------


@generator("prob_more_discrete_posterior")
def discrete_posterior(rng: random.Random) -> dict[str, Any]:
    """Three candidate conversion rates with a prior, updated on a short yes/no sequence."""
    while True:
        thetas = [Fraction(t, 10) for t in sorted(rng.sample(range(1, 10), 3))]
        cuts = sorted(rng.sample(range(1, 10), 2))
        prior = [Fraction(c, 10) for c in (cuts[0], cuts[1] - cuts[0], 10 - cuts[1])]
        n = rng.choice([2, 3, 3, 4])
        outcomes = [rng.random() < 0.5 for _ in range(n)]
        k = sum(outcomes)
        lik = [t**k * (1 - t) ** (n - k) for t in thetas]
        joint = [p * q for p, q in zip(prior, lik, strict=True)]
        evidence = sum(joint, Fraction(0))
        post = [j / evidence for j in joint]
        lik_total = sum(lik, Fraction(0))
        lik_norm = [q / lik_total for q in lik]
        if not _vectors_apart([post, lik_norm, joint, prior], 0.01):
            continue
        if max(v.denominator for v in post) > 2000:
            continue
        seq = ", ".join("yes" if o else "no" for o in outcomes)
        lik_terms = ", \\quad ".join(
            f"P(D \\mid \\theta = {decimal(t)}) = {decimal(t)}^{{{k}}} \\cdot "
            f"{decimal(1 - t)}^{{{n - k}}}"
            f" = {_tex(q)}"
            for t, q in zip(thetas, lik, strict=True)
        )
        joint_terms = ", \\quad ".join(
            f"{decimal(p)} \\cdot {_tex(q)} = {_tex(j)}"
            for p, q, j in zip(prior, lik, joint, strict=True)
        )
        return {
            "t1": rational(thetas[0]),
            "t2": rational(thetas[1]),
            "t3": rational(thetas[2]),
            "t1d": decimal(thetas[0]),
            "t2d": decimal(thetas[1]),
            "t3d": decimal(thetas[2]),
            "p1d": decimal(prior[0]),
            "p2d": decimal(prior[1]),
            "p3d": decimal(prior[2]),
            "n": n,
            "k": k,
            "fails": n - k,
            "seq": seq,
            "lik_terms": lik_terms,
            "joint_terms": joint_terms,
            "evidence": rational(evidence),
            "post": Matrix([rational(v) for v in post]),
            "post_3dp": "[" + ", ".join(f"{float(v):.3f}" for v in post) + "]",
            "liknorm": Matrix([rational(v) for v in lik_norm]),
            "joint": Matrix([rational(v) for v in joint]),
            "prior": Matrix([rational(v) for v in prior]),
        }


@generator("prob_more_normal_normal")
def normal_normal(rng: random.Random) -> dict[str, Any]:
    """Posterior mean of a normal mean with known variance, kept apart from common slips."""
    while True:
        m0 = rng.randrange(120, 250, 10)
        tau = rng.choice([5, 6, 8, 10, 12, 15])
        sigma = rng.choice([10, 12, 15, 20, 25, 30])
        n = rng.randint(2, 25)
        xbar = m0 + rng.choice([-1, 1]) * rng.randint(4, 30)
        t2, s2 = tau * tau, sigma * sigma
        post = Fraction(m0 * s2 + n * t2 * xbar, s2 + n * t2)
        average = Fraction(m0 + xbar, 2)
        forgot_n = Fraction(m0 * s2 + t2 * xbar, s2 + t2)
        swapped = Fraction(m0 * n * t2 + xbar * s2, s2 + n * t2)
        if not apart([post, Fraction(xbar), average, forgot_n, swapped], 0.05):
            continue
        return {
            "m0": m0,
            "tau": tau,
            "sigma": sigma,
            "t2": t2,
            "s2": s2,
            "n": n,
            "xbar": xbar,
            "prior_prec": Rational(1, t2),
            "data_prec": Rational(n, s2),
            "weight": rational(Fraction(n * t2, s2 + n * t2)),
            "post": rational(post),
            "post_2dp": f"{float(post):.2f}",
            "average": rational(average),
            "forgot_n": rational(forgot_n),
            "swapped": rational(swapped),
        }


# --- the multivariate Gaussian -----------------------------------------------------------------


def _spd(rng: random.Random, diagonal: tuple[int, int], off: int) -> tuple[int, int, int]:
    """A symmetric positive definite 2x2 covariance [[a, c], [c, b]] with a != b and c != 0."""
    while True:
        a, b = rng.randint(*diagonal), rng.randint(*diagonal)
        c = rng.randint(-off, off)
        if a != b and c != 0 and a * b - c * c > 0:
            return a, b, c


@generator("prob_more_affine")
def affine(rng: random.Random) -> dict[str, Any]:
    """x ~ N(mu, Sigma) and z = A x + b: mean A mu + b and covariance A Sigma A^T."""
    while True:
        A = Matrix(2, 2, [rng.randint(-3, 3) for _ in range(4)])
        if A.det() == 0 or A == A.T or any(A[i, i] == 0 for i in range(2)):
            continue
        mu = Matrix([rng.randint(-4, 5) for _ in range(2)])
        b = Matrix([rng.choice([-1, 1]) * rng.randint(1, 6) for _ in range(2)])
        s11, s22, s12 = _spd(rng, (1, 6), 3)
        sigma = Matrix([[s11, s12], [s12, s22]])
        mean = A * mu + b
        if not apart([mean, A * mu, A.T * mu + b, mu + b]):
            continue
        cov = A * sigma * A.T
        wrong_order = A.T * sigma * A
        half = A * sigma
        if not apart([cov, wrong_order, half, sigma]) or max(abs(v) for v in cov) > 150:
            continue
        return {
            "A": A,
            "mu": mu,
            "b": b,
            "Sigma": sigma,
            "AT": A.T,
            "Amu": A * mu,
            "mean": mean,
            "ATmu_b": A.T * mu + b,
            "mu_b": mu + b,
            "ASigma": half,
            "cov": cov,
            "cov_tex": sympy.latex(cov, mat_str="bmatrix", mat_delim=""),
            "mean_pair": f"({mean[0]}, {mean[1]})",
            "wrong_order": wrong_order,
        }


@generator("prob_more_gauss_marginal")
def gauss_marginal(rng: random.Random) -> dict[str, Any]:
    """A 2-D Gaussian; the marginal of one coordinate, chosen at random."""
    while True:
        mu = [rng.randint(-6, 12), rng.randint(-6, 12)]
        s11, s22, s12 = _spd(rng, (1, 16), 6)
        var = [s11, s22]
        i = rng.randrange(2)
        j = 1 - i
        cond_var = Fraction(var[i]) - Fraction(s12 * s12, var[j])
        answer = (mu[i], var[i])
        if not apart([answer, (mu[j], var[j]), (mu[i], cond_var), (mu[i], s12)]):
            continue
        return {
            "mu": Matrix(mu),
            "Sigma": Matrix([[s11, s12], [s12, s22]]),
            "i": i + 1,
            "j": j + 1,
            "mi": mu[i],
            "vi": var[i],
            "mj": mu[j],
            "vj": var[j],
            "s12": s12,
            "cond_var": rational(cond_var),
        }


@generator("prob_more_gauss_conditional")
def gauss_conditional(rng: random.Random) -> dict[str, Any]:
    """E[x1 | x2 = v] = mu1 + s12 / s22 (v - mu2), with the usual slips kept apart."""
    while True:
        mu1, mu2 = rng.randint(-5, 15), rng.randint(-5, 15)
        s11, s22, s12 = _spd(rng, (2, 12), 6)
        v = mu2 + rng.choice([-1, 1]) * rng.randint(1, 6)
        gap = v - mu2
        answer = mu1 + Fraction(s12, s22) * gap
        wrong_var = mu1 + Fraction(s12, s11) * gap
        undivided = mu1 + s12 * gap
        full_shift = mu1 + gap
        if not apart([answer, Fraction(mu1), wrong_var, undivided, full_shift]):
            continue
        return {
            "mu1": mu1,
            "mu2": mu2,
            "s11": s11,
            "s22": s22,
            "s12": s12,
            "v": v,
            "gap": gap,
            "gap_expr": f"{v} - {mu2}" if mu2 >= 0 else f"{v} - ({mu2})",
            "ratio": rational(Fraction(s12, s22)),
            "shift": rational(Fraction(s12, s22) * gap),
            "mu": Matrix([mu1, mu2]),
            "Sigma": Matrix([[s11, s12], [s12, s22]]),
            "answer": rational(answer),
            "wrong_var": rational(wrong_var),
            "undivided": rational(undivided),
        }


@generator("prob_more_mahalanobis")
def mahalanobis(rng: random.Random) -> dict[str, Any]:
    """Squared Mahalanobis distance for a 2-D Gaussian with a correlated covariance."""
    while True:
        a, b, c = _spd(rng, (1, 9), 4)
        det = a * b - c * c
        mu = [rng.randint(-4, 6), rng.randint(-4, 6)]
        d = [rng.choice([-1, 1]) * rng.randint(1, 4) for _ in range(2)]
        x = [m + e for m, e in zip(mu, d, strict=True)]
        quad = b * d[0] ** 2 - 2 * c * d[0] * d[1] + a * d[1] ** 2
        answer = Fraction(quad, det)
        euclid = Fraction(d[0] ** 2 + d[1] ** 2)
        diagonal = Fraction(d[0] ** 2, a) + Fraction(d[1] ** 2, b)
        with_sigma = Fraction(a * d[0] ** 2 + 2 * c * d[0] * d[1] + b * d[1] ** 2)
        sign_slip = Fraction(b * d[0] ** 2 + 2 * c * d[0] * d[1] + a * d[1] ** 2, det)
        if not apart([answer, euclid, diagonal, with_sigma, sign_slip]):
            continue
        return {
            "Sigma": Matrix([[a, c], [c, b]]),
            "mu": Matrix(mu),
            "x": Matrix(x),
            "d": Matrix(d),
            "d1": d[0],
            "d2": d[1],
            "det": det,
            "adj": Matrix([[b, -c], [-c, a]]),
            "quad": quad,
            "answer": rational(answer),
            "euclid": rational(euclid),
            "diagonal": rational(diagonal),
            "with_sigma": rational(with_sigma),
            "sign_slip": rational(sign_slip),
        }


# --- sampling ---------------------------------------------------------------------------------


@generator("prob_more_se_from_sample")
def se_from_sample(rng: random.Random) -> dict[str, Any]:
    """Standard error of the mean from a small raw sample (sample sd, divided by sqrt n)."""
    while True:
        n = rng.choice([5, 6, 8, 10])
        centre = rng.randint(30, 90)
        devs = [rng.randint(-9, 9) for _ in range(n - 1)]
        devs.append(-sum(devs))
        if abs(devs[-1]) > 9:
            continue
        rng.shuffle(devs)
        ss = sum(d * d for d in devs)
        if ss == 0:
            continue
        se = sympy.sqrt(Rational(ss, n * (n - 1)))
        sd = sympy.sqrt(Rational(ss, n - 1))
        population = sympy.sqrt(ss) / n
        over_n = sd / n
        variance = Rational(ss, n * (n - 1))
        if not apart([se, population, over_n, sd, variance], 0.03):
            continue
        values = [centre + d for d in devs]
        return {
            "n": n,
            "data": r",\ ".join(str(v) for v in values),
            "mean": centre,
            "devs": r",\ ".join(str(d) for d in devs),
            "ss": ss,
            "nm1": n - 1,
            "s2": Rational(ss, n - 1),
            "sd": sd,
            "sd_3dp": f"{float(sd):.3f}",
            "se": se,
            "se_2dp": f"{float(se):.2f}",
            "population": population,
            "over_n": over_n,
            "variance": variance,
        }


_LEVELS = [("90", Fraction("1.645"), "1.645"), ("95", Fraction("1.96"), "1.96")]
_LEVELS.append(("99", Fraction("2.576"), "2.576"))


@generator("prob_more_sample_size")
def sample_size(rng: random.Random) -> dict[str, Any]:
    """Smallest n with z sigma / sqrt(n) <= E: round (z sigma / E)^2 up."""
    while True:
        level, z, z_text = rng.choice(_LEVELS)
        sigma = rng.randint(4, 60)
        margin = rng.randint(1, 10)
        raw = (z * sigma / margin) ** 2
        n = math.ceil(raw)
        frac = float(raw - math.floor(raw))
        if not 0.05 < frac < 0.95 or not 20 <= n <= 5000:
            continue
        no_square = math.ceil(z * sigma / margin)
        width = math.ceil((2 * z * sigma / margin) ** 2)
        if not apart([n, n - 1, no_square, width]):
            continue
        return {
            "level": level,
            "z": z_text,
            "sigma": sigma,
            "E": margin,
            "ratio": f"{float(z * sigma / margin):.4f}",
            "raw": f"{float(raw):.2f}",
            "n": n,
            "floor": n - 1,
            "no_square": no_square,
            "width": width,
        }


_CLASS_SETS = [
    ("cat", "dog", "bird"),
    ("spam", "promotions", "personal"),
    ("negative", "neutral", "positive"),
    ("car", "pedestrian", "cyclist"),
]


@generator("prob_more_stratified")
def stratified(rng: random.Random) -> dict[str, Any]:
    """Proportional allocation of a sample over three strata, with whole-number answers."""
    while True:
        cuts = sorted(rng.sample(range(2, 19), 2))
        shares = [cuts[0], cuts[1] - cuts[0], 20 - cuts[1]]  # twentieths
        if min(shares) < 2 or len(set(shares)) < 3:
            continue
        m = rng.randint(10, 400)
        sizes = [s * m for s in shares]
        total = 20 * m
        k = rng.randint(1, 8)
        n = 60 * k
        if n >= total // 2:
            continue
        alloc = [n * s // 20 for s in shares]
        names = rng.choice(_CLASS_SETS)
        return {
            "c1": names[0],
            "c2": names[1],
            "c3": names[2],
            "N1": sizes[0],
            "N2": sizes[1],
            "N3": sizes[2],
            "N": total,
            "n": n,
            "f": Rational(n, total),
            "answer": Matrix(alloc),
            "alloc_tuple": "(" + ", ".join(str(a) for a in alloc) + ")",
            "off_by_one": Matrix([alloc[0] + 1, alloc[1], alloc[2] - 1]),
            "equal": Matrix([n // 3] * 3),
            "props": Matrix([Rational(s, 20) for s in shares]),
            "w1": Rational(shares[0], 20),
            "w2": Rational(shares[1], 20),
            "w3": Rational(shares[2], 20),
        }


@generator("prob_more_bootstrap_distinct")
def bootstrap_distinct(rng: random.Random) -> dict[str, Any]:
    """Expected number of distinct rows among m draws with replacement from N rows."""
    while True:
        big_n = rng.randint(8, 60)
        m = rng.randint(max(4, big_n // 3), big_n)
        miss = (1 - 1 / big_n) ** m
        answer = big_n * (1 - miss)
        out_of_bag = big_n * miss
        if not apart([answer, m, out_of_bag, 1 - miss], 0.2):
            continue
        return {
            "N": big_n,
            "m": m,
            "miss": _rounded(miss, 4),
            "hit": _rounded(1 - miss, 4),
            "answer": _rounded(answer, 6),
            "answer_1dp": f"{answer:.1f}",
            "oob": _rounded(out_of_bag, 6),
            "hit_prob": _rounded(1 - miss, 6),
        }


# --- the uniform distribution ------------------------------------------------------------------


@generator("prob_more_uniform_clipped")
def uniform_clipped(rng: random.Random) -> dict[str, Any]:
    """P(a < X < b) for X ~ U(lo, hi) when the interval runs past one end of the support."""
    while True:
        lo = -rng.randint(5, 30)
        hi = rng.randint(5, 30)
        width = hi - lo
        if rng.random() < 0.5:
            a = rng.randint(lo + 2, hi - 2)
            b = hi + rng.randint(1, 15)
            overlap = hi - a
            inner = (a, hi)
        else:
            b = rng.randint(lo + 2, hi - 2)
            a = lo - rng.randint(1, 15)
            overlap = b - lo
            inner = (lo, b)
        answer = Fraction(overlap, width)
        unclipped = Fraction(b - a, width)
        if not apart([answer, unclipped, Fraction(1, width), Fraction(overlap), 1 - answer]):
            continue
        return {
            "lo": lo,
            "hi": hi,
            "a": a,
            "b": b,
            "w": width,
            "overlap": overlap,
            "in_lo": inner[0],
            "in_hi": inner[1],
            "answer": rational(answer),
            "unclipped": rational(unclipped),
        }


# --- random variables, densities, independence, covariance -------------------------------------


def _twentieths(rng: random.Random, size: int, low: int = 1) -> list[Fraction]:
    """`size` probabilities in twentieths, each at least low/20, summing to 1."""
    while True:
        cuts = sorted(rng.sample(range(1, 20), size - 1))
        parts = [b - a for a, b in zip([0, *cuts], [*cuts, 20], strict=True)]
        if min(parts) >= low:
            return [Fraction(p, 20) for p in parts]


@generator("prob_more_cdf_interval")
def cdf_interval(rng: random.Random) -> dict[str, Any]:
    """P(a < X <= b) read off a CDF table of a variable on 0..5."""
    while True:
        pmf = _twentieths(rng, 6)
        cdf = [sum(pmf[: i + 1], Fraction(0)) for i in range(6)]
        a = rng.randint(1, 3)
        b = rng.randint(a + 1, 4)
        answer = cdf[b] - cdf[a]
        inclusive = cdf[b] - cdf[a - 1]
        as_pmf = sum(cdf[a + 1 : b + 1], Fraction(0))
        if not apart([answer, inclusive, cdf[b], as_pmf, 1 - answer]):
            continue
        head = " & ".join(str(x) for x in range(6))
        body = " & ".join(decimal(f) for f in cdf)
        table = (
            r"\begin{array}{c|cccccc} x & " + head + r" \\ \hline F(x) & " + body + r" \end{array}"
        )
        return {
            "table": table,
            "a": a,
            "b": b,
            "am1": a - 1,
            "Fa": rational(cdf[a]),
            "Fb": rational(cdf[b]),
            "Fam1": rational(cdf[a - 1]),
            "Fad": decimal(cdf[a]),
            "Fbd": decimal(cdf[b]),
            "answer": rational(answer),
            "answer_dec": decimal(answer),
            "inclusive": rational(inclusive),
            "as_pmf": rational(as_pmf),
        }


@generator("prob_more_squared_error_pmf")
def squared_error_pmf(rng: random.Random) -> dict[str, Any]:
    """The pmf of W = X^2 when X takes the values -2..2."""
    while True:
        p = _twentieths(rng, 5)
        pm2, pm1, p0, p1, p2 = p
        answer = [p0, pm1 + p1, pm2 + p2]
        positive = [p0, p1, p2]
        negative = [p0, pm1, pm2]
        if not apart([tuple(answer), tuple(positive), tuple(negative)]):
            continue
        step = Fraction(1, 20)
        shifted = [p0 + step, pm1 + p1 - step, pm2 + p2]
        head = " & ".join(str(x) for x in range(-2, 3))
        body = " & ".join(decimal(v) for v in p)
        table = r"\begin{array}{c|ccccc} x & " + head + r" \\ \hline P(X = x) & "
        table += body + r" \end{array}"
        return {
            "table": table,
            "pm2": decimal(pm2),
            "pm1": decimal(pm1),
            "p0": decimal(p0),
            "p1": decimal(p1),
            "p2": decimal(p2),
            "q1": decimal(pm1 + p1),
            "q2": decimal(pm2 + p2),
            "answer": Matrix([rational(v) for v in answer]),
            "answer_dec": _column(answer),
            "positive": Matrix([rational(v) for v in positive]),
            "shifted": Matrix([rational(v) for v in shifted]),
            "negative": Matrix([rational(v) for v in negative]),
        }


@generator("prob_more_pmf_constant")
def pmf_constant(rng: random.Random) -> dict[str, Any]:
    """c with p(k) = c (a k + m) for k = 1..n."""
    a = rng.randint(1, 3)
    m = rng.randint(0, 5)
    n = rng.randint(3, 8)
    weights = [a * k + m for k in range(1, n + 1)]
    total = sum(weights)
    coefficient = "" if a == 1 else str(a)
    weight_tex = f"{coefficient}k" + (f" + {m}" if m else "")
    return {
        "a": a,
        "m": m,
        "n": n,
        "weight": weight_tex,
        "terms": " + ".join(str(w) for w in weights),
        "total": total,
        "c": Rational(1, total),
        "top": a * n + m,
        "first": weights[0],
        "last": weights[-1],
    }


@generator("prob_more_at_least_one")
def at_least_one(rng: random.Random) -> dict[str, Any]:
    """P(at least one of n independent events, each with probability p)."""
    k = rng.randint(2, 30)
    n = rng.randint(2, 6)
    p = Fraction(k, 100)
    none = (1 - p) ** n
    answer = 1 - none
    return {
        "n": n,
        "p": rational(p),
        "pd": decimal(p),
        "qd": decimal(1 - p),
        "none": rational(none),
        "none_4dp": f"{float(none):.4f}",
        "answer": rational(answer),
        "answer_4dp": f"{float(answer):.4f}",
        "summed": rational(n * p),
        "all": rational(p**n),
        "wrong_event": rational(1 - p**n),
    }


@generator("prob_more_conditional_on_union")
def conditional_on_union(rng: random.Random) -> dict[str, Any]:
    """P(A | A or B) for independent A and B."""
    while True:
        pa = Fraction(rng.randint(1, 19), 20)
        pb = Fraction(rng.randint(1, 19), 20)
        union = pa + pb - pa * pb
        answer = pa / union
        naive = pa / (pa + pb)
        both = pa * pb / union
        if not apart([answer, pa, naive, both]):
            continue
        return {
            "pa": decimal(pa),
            "pb": decimal(pb),
            "pab": decimal(pa * pb),
            "union": decimal(union),
            "PA": rational(pa),
            "PB": rational(pb),
            "answer": rational(answer),
            "naive": rational(naive),
            "both": rational(both),
        }


def _combo(a: int, b: int) -> str:
    """LaTeX for aX + bY with tidy signs and unit coefficients."""
    first = {1: "X", -1: "-X"}.get(a, f"{a}X")
    sign = "+" if b > 0 else "-"
    second = "Y" if abs(b) == 1 else f"{abs(b)}Y"
    return f"{first} {sign} {second}"


@generator("prob_more_variance_of_combination")
def variance_of_combination(rng: random.Random) -> dict[str, Any]:
    """Var(aX + bY) from standard deviations and a correlation."""
    while True:
        sx, sy = rng.randint(1, 6), rng.randint(1, 6)
        rho = Fraction(rng.choice([-1, 1]) * rng.randint(1, 9), 10)
        a = rng.choice([-3, -2, -1, 1, 2, 3])
        b = rng.choice([-3, -2, -1, 1, 2, 3])
        cov = rho * sx * sy
        base = a * a * sx * sx + b * b * sy * sy
        answer = base + 2 * a * b * cov
        no_cov = Fraction(base)
        with_rho = base + 2 * a * b * rho
        linear = a * sx * sx + b * sy * sy + 2 * a * b * cov
        no_two = base + a * b * cov
        if not apart([answer, no_cov, with_rho, linear, no_two]):
            continue
        return {
            "sx": sx,
            "sy": sy,
            "vx": sx * sx,
            "vy": sy * sy,
            "rho": decimal(rho),
            "a": a,
            "b": b,
            "combo": _combo(a, b),
            "cov": decimal(cov),
            "cov_p": decimal(cov) if cov > 0 else f"({decimal(cov)})",
            "cross": decimal(2 * a * b * cov),
            "base": base,
            "answer": rational(answer),
            "answer_dec": decimal(answer),
            "no_cov": rational(no_cov),
            "with_rho": rational(with_rho),
            "linear": rational(linear),
            "no_two": rational(no_two),
        }


def _linear(coefficient: int, name: str, shift: int) -> str:
    """LaTeX for coefficient * name + shift, e.g. -2X + 5 or X - 3."""
    head = {1: name, -1: f"-{name}"}.get(coefficient, f"{coefficient}{name}")
    return head + (f" + {shift}" if shift > 0 else f" - {-shift}")


@generator("prob_more_rescaled_covariance")
def rescaled_covariance(rng: random.Random) -> dict[str, Any]:
    """Cov and Corr of U = aX + b and V = cY + d."""
    while True:
        sx, sy = rng.randint(2, 6), rng.randint(2, 6)
        cov = rng.choice([-1, 1]) * rng.randint(1, sx * sy - 1)
        a = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4])
        c = rng.choice([-4, -3, -2, -1, 1, 2, 3, 4])
        if abs(a * c) < 2:
            continue
        shift_u = rng.choice([-1, 1]) * rng.randint(1, 10)
        shift_v = rng.choice([-1, 1]) * rng.randint(1, 10)
        rho = Fraction(cov, sx * sy)
        sign = 1 if a * c > 0 else -1
        answer = (a * c * cov, sign * rho)
        rescaled = (a * c * cov, a * c * rho)
        shifted = (a * c * cov + shift_u * shift_v, sign * rho)
        squared = (a * a * c * c * cov, sign * rho)
        if not apart([answer, rescaled, shifted, squared]):
            continue
        u = _linear(a, "X", shift_u)
        v = _linear(c, "Y", shift_v)
        return {
            "sx": sx,
            "sy": sy,
            "vx": sx * sx,
            "vy": sy * sy,
            "cov": cov,
            "a": a,
            "c": c,
            "bu": shift_u,
            "dv": shift_v,
            "U": u,
            "V": v,
            "ac": a * c,
            "su": abs(a) * sx,
            "sv": abs(c) * sy,
            "rho": rational(rho),
            "cov_uv": a * c * cov,
            "corr_uv": rational(sign * rho),
            "rho_scaled": rational(a * c * rho),
            "cov_shifted": a * c * cov + shift_u * shift_v,
            "cov_squared": a * a * c * c * cov,
            "sign_word": "the same" if sign > 0 else "the opposite",
        }
