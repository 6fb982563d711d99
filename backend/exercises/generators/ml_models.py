"""Generators for classical ML models and their maths: classification metrics, dimensionality
reduction, entropy and KL divergence, generative models, logistic regression, naive Bayes,
Bayesian networks, calibration and support vector machines.

Each generator redraws until the numbers are pleasant and the right answer is clearly apart from
every answer that a listed mistake predicts (by more than the template's tolerance, where the
template grades decimals).
"""

import math
import random
from fractions import Fraction
from functools import lru_cache
from typing import Any

import sympy
from sympy import Matrix, Rational

from . import generator
from .common import apart, decimal, distinct

_X, _Y = sympy.Symbol("x"), sympy.Symbol("y")


def _q(value: Fraction | int) -> sympy.Rational:
    value = Fraction(value)
    return Rational(value.numerator, value.denominator)


def _r3(value: Any) -> str:
    """A value rounded to 3 decimal places, as text."""
    return f"{float(value):.3f}"


def _set_text(items: list[int]) -> str:
    return "{" + ", ".join(str(i) for i in sorted(items)) + "}"


def _set_tex(items: list[int]) -> str:
    return r"\{" + ", ".join(str(i) for i in sorted(items)) + r"\}"


def _log2(value: Fraction) -> Any:
    return sympy.log(_q(value), 2)


# --- classification metrics -------------------------------------------------------------------


@generator("ml_models_imbalanced")
def ml_models_imbalanced(rng: random.Random) -> dict[str, Any]:
    """A confusion matrix on imbalanced data; balanced accuracy, accuracy, recall, specificity."""
    while True:
        pos = rng.choice([10, 20, 25, 40, 50])
        neg = rng.choice(range(400, 1001, 50))
        tp = rng.randint(1, (7 * pos) // 10)
        fp = rng.randint(1, neg // 20)
        tn = neg - fp
        recall = Fraction(tp, pos)
        spec = Fraction(tn, neg)
        balanced = (recall + spec) / 2
        accuracy = Fraction(tp + tn, pos + neg)
        if not distinct(balanced, accuracy, recall, spec):
            continue
        return {
            "tp": tp,
            "fn": pos - tp,
            "fp": fp,
            "tn": tn,
            "pos": pos,
            "neg": neg,
            "n": pos + neg,
            "recall": _q(recall),
            "spec": _q(spec),
            "balanced": _q(balanced),
            "accuracy": _q(accuracy),
        }


@generator("ml_models_threshold")
def ml_models_threshold(rng: random.Random) -> dict[str, Any]:
    """Ten scored examples and a threshold equal to one of the scores; precision and recall
    when flagging score >= t, and the slips (swapped, strict inequality)."""
    while True:
        scores = sorted(rng.sample(range(5, 100, 5), 10), reverse=True)
        labels = [1 if rng.random() < s / 100 else 0 for s in scores]
        j = rng.randint(2, 6)
        positives = sum(labels)
        tp = sum(labels[: j + 1])
        tp_strict = sum(labels[:j])
        if not 3 <= positives <= 7 or tp_strict < 1 or tp == j + 1:
            continue
        precision, recall = Fraction(tp, j + 1), Fraction(tp, positives)
        strict = (Fraction(tp_strict, j), Fraction(tp_strict, positives))
        answer = (precision, recall)
        swapped = (recall, precision)
        if not distinct(answer, swapped, strict) or precision == recall:
            continue
        order = list(range(10))
        rng.shuffle(order)
        header = " & ".join(str(k + 1) for k in range(10))
        score_row = " & ".join(decimal(Fraction(scores[i], 100)) for i in order)
        label_row = " & ".join(str(labels[i]) for i in order)
        table = (
            r"\begin{array}{c|cccccccccc} \text{example} & "
            + header
            + r" \\ \hline \text{score} & "
            + score_row
            + r" \\ \text{label} & "
            + label_row
            + r" \end{array}"
        )
        return {
            "table": table,
            "t": decimal(Fraction(scores[j], 100)),
            "flagged": j + 1,
            "tp": tp,
            "fp": j + 1 - tp,
            "positives": positives,
            "fn": positives - tp,
            "precision": _q(precision),
            "recall": _q(recall),
            "answer": Matrix([_q(precision), _q(recall)]),
            "swapped": Matrix([_q(recall), _q(precision)]),
            "strict": Matrix([_q(strict[0]), _q(strict[1])]),
        }


# --- dimensionality reduction -----------------------------------------------------------------


@generator("ml_models_eigen_unsorted")
def ml_models_eigen_unsorted(rng: random.Random) -> dict[str, Any]:
    """Five eigenvalues listed in solver order (not sorted) and k; share kept by the top k."""
    while True:
        values = rng.sample(range(1, 25), 5)
        k = rng.choice([2, 3])
        top = sorted(values, reverse=True)[:k]
        if sorted(values[:k]) == sorted(top):
            continue
        total = sum(values)
        kept = sum(top)
        answer = Fraction(kept, total)
        listed = Fraction(sum(values[:k]), total)
        ratio = Fraction(kept, total - kept)
        if not distinct(answer, listed, ratio):
            continue
        return {
            "eigs": ", ".join(str(v) for v in values),
            "k": k,
            "top": ", ".join(str(v) for v in top),
            "topsum": " + ".join(str(v) for v in top),
            "kept": kept,
            "total": total,
            "answer": _q(answer),
            "listed": _q(listed),
            "ratio": _q(ratio),
        }


@generator("ml_models_eigen_threshold")
def ml_models_eigen_threshold(rng: random.Random) -> dict[str, Any]:
    """Sorted eigenvalues and a target share; the fewest components reaching it."""
    while True:
        d = rng.choice([5, 6, 7])
        values = sorted(rng.sample(range(1, 40), d), reverse=True)
        target = rng.choice([80, 90, 95])
        total = sum(values)
        cumulative = [sum(values[: i + 1]) for i in range(d)]
        k = next(i + 1 for i in range(d) if 100 * cumulative[i] >= target * total)
        if not 2 <= k <= d - 1 or not distinct(k, k - 1, d - k):
            continue
        rows = " \\\\ ".join(
            f"{i + 1} & {values[i]} & {cumulative[i]} & {100 * cumulative[i] / total:.1f}\\%"
            for i in range(k)
        )
        table = (
            r"\begin{array}{c|c|c|c} k & \lambda_k & \lambda_1 + \dots + \lambda_k"
            + r" & \text{share} \\ \hline "
            + rows
            + r" \end{array}"
        )
        return {
            "eigs": ", ".join(str(v) for v in values),
            "d": d,
            "target": target,
            "total": total,
            "needed": decimal(Fraction(target * total, 100)),
            "k": k,
            "short": k - 1,
            "dropped": d - k,
            "cum_k": cumulative[k - 1],
            "cum_short": cumulative[k - 2],
            "table": table,
        }


_UNIT_DIRECTIONS = [
    (3, 4, 5),
    (4, 3, 5),
    (5, 12, 13),
    (12, 5, 13),
    (1, 2, 2, 3),
    (2, 1, 2, 3),
    (2, 2, 1, 3),
]


@generator("ml_models_reconstruction")
def ml_models_reconstruction(rng: random.Random) -> dict[str, Any]:
    """One-component PCA: unit direction w, mean mu and point x with an integer score t."""
    while True:
        spec = rng.choice(_UNIT_DIRECTIONS)
        norm = spec[-1]
        signs = [rng.choice([-1, 1]) for _ in spec[:-1]]
        signs[0] = 1
        w = Matrix([Rational(s * c, norm) for s, c in zip(signs, spec[:-1], strict=True)])
        dim = w.rows
        mu = Matrix([rng.randint(-3, 3) for _ in range(dim)])
        x = Matrix([rng.randint(-5, 6) for _ in range(dim)])
        centred = x - mu
        t = w.dot(centred)
        if mu == sympy.zeros(dim, 1) or t == 0 or not t.is_integer:
            continue
        answer = mu + t * w
        no_mean = t * w
        uncentred = w.dot(x) * w
        if not distinct(answer, no_mean, uncentred, x):
            continue
        return {
            "w": w,
            "mu": mu,
            "x": x,
            "centred": centred,
            "t": t,
            "tw": no_mean,
            "answer": answer,
            "answer_tex": r"\begin{pmatrix} "
            + r" \\ ".join(sympy.latex(v) for v in answer)
            + r" \end{pmatrix}",
            "no_mean": no_mean,
            "uncentred": uncentred,
            "dim": dim,
        }


# --- entropy and KL divergence ----------------------------------------------------------------

_DYADIC = [
    [1, 2, 2],
    [1, 2, 3, 3],
    [2, 2, 2, 3, 3],
    [1, 3, 3, 3, 3],
    [1, 2, 3, 4, 4],
    [2, 2, 3, 3, 3, 3],
    [1, 2, 4, 4, 4, 4],
    [1, 3, 3, 3, 4, 4],
    [2, 2, 2, 3, 4, 4],
]
_TOKENS = ["the", "a", "cat", "dog", "sat", "ran"]


@generator("ml_models_dyadic_entropy")
def ml_models_dyadic_entropy(rng: random.Random) -> dict[str, Any]:
    """A next-token distribution whose probabilities are powers of 1/2; entropy in bits."""
    exps = list(rng.choice(_DYADIC))
    rng.shuffle(exps)
    tokens = rng.sample(_TOKENS, len(exps))
    probs = [Fraction(1, 2**e) for e in exps]
    entropy = sum((p * e for p, e in zip(probs, exps, strict=True)), Fraction(0))
    head = " & ".join(r"\text{" + t + "}" for t in tokens)
    row = " & ".join(sympy.latex(_q(p)) for p in probs)
    cols = "c" * len(exps)
    table = (
        r"\begin{array}{c|"
        + cols
        + r"} \text{token} & "
        + head
        + r" \\ \hline p & "
        + row
        + r" \end{array}"
    )
    terms = " + ".join(f"{sympy.latex(_q(p))} \\cdot {e}" for p, e in zip(probs, exps, strict=True))
    return {
        "table": table,
        "K": len(exps),
        "terms": terms,
        "answer": _q(entropy),
        "uniform": sympy.log(len(exps), 2),
        "unweighted": sum(exps),
    }


@generator("ml_models_bernoulli_entropy")
def ml_models_bernoulli_entropy(rng: random.Random) -> dict[str, Any]:
    """Entropy in bits of a Bernoulli(p), p in hundredths, with the nats and one-term slips."""
    while True:
        k = rng.randint(2, 98)
        p = Fraction(k, 100)
        if p in (Fraction(1, 2),):
            continue
        q = 1 - p
        bits = -(p * math.log2(p) + q * math.log2(q))
        nats = bits * math.log(2)
        one = -p * math.log2(p)
        if not apart([bits, nats, one], 0.005):
            continue
        sp, sq = _q(p), _q(q)
        return {
            "p": decimal(p),
            "q": decimal(q),
            "pq": sp,
            "qq": sq,
            "s1": _r3(-math.log2(p)),
            "s2": _r3(-math.log2(q)),
            "answer": -(sp * sympy.log(sp, 2) + sq * sympy.log(sq, 2)),
            "nats": -(sp * sympy.log(sp) + sq * sympy.log(sq)),
            "one": -sp * sympy.log(sp, 2),
            "dec": _r3(bits),
        }


def _h(probs: list[Fraction]) -> float:
    return -sum(float(p) * math.log2(p) for p in probs if p > 0)


def _h_exact(probs: list[Fraction]) -> Any:
    return -sum((_q(p) * _log2(p) for p in probs if p > 0), sympy.Integer(0))


@generator("ml_models_conditional_entropy")
def ml_models_conditional_entropy(rng: random.Random) -> dict[str, Any]:
    """A 2x2 joint table in twentieths; H(Y|X) = H(X,Y) - H(X) and the usual slips."""
    while True:
        cuts = sorted(rng.sample(range(1, 20), 3))
        counts = [cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], 20 - cuts[2]]
        cells = [Fraction(c, 20) for c in counts]
        rows = [cells[0] + cells[1], cells[2] + cells[3]]
        cols = [cells[0] + cells[2], cells[1] + cells[3]]
        hxy, hx, hy = _h(cells), _h(rows), _h(cols)
        answer = hxy - hx
        if not apart([answer, hxy, hy, hxy - hy], 0.01):
            continue
        table = (
            r"\begin{array}{c|cc} & Y = 0 & Y = 1 \\ \hline X = 0 & "
            + f"{decimal(cells[0])} & {decimal(cells[1])}"
            + r" \\ X = 1 & "
            + f"{decimal(cells[2])} & {decimal(cells[3])}"
            + r" \end{array}"
        )
        return {
            "table": table,
            "r0": decimal(rows[0]),
            "r1": decimal(rows[1]),
            "hxy_dec": _r3(hxy),
            "hx_dec": _r3(hx),
            "hy_dec": _r3(hy),
            "dec": _r3(answer),
            "answer": _h_exact(cells) - _h_exact(rows),
            "joint": _h_exact(cells),
            "marginal": _h_exact(cols),
            "reversed": _h_exact(cells) - _h_exact(cols),
        }


@lru_cache(maxsize=1)
def _kl_pairs() -> list[tuple[tuple[Fraction, ...], tuple[Fraction, ...], tuple[int, ...]]]:
    """Pairs (P, Q) over 2 or 3 outcomes where every ratio p/q is a power of two (at most 8)."""
    powers = {Fraction(2) ** e: e for e in range(-3, 4)}
    found = []
    for d in (3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 18, 20):
        comps: list[tuple[int, ...]] = [(a, d - a) for a in range(1, d)]
        comps += [(a, b, d - a - b) for a in range(1, d) for b in range(1, d - a)]
        for comp in comps:
            p = tuple(Fraction(c, d) for c in comp)
            heads: list[tuple[int, ...]] = [()]
            for _ in range(len(p) - 1):
                heads = [(*g, e) for g in heads for e in powers.values()]
            for head in heads:
                rest = 1 - sum(pi * Fraction(2) ** e for pi, e in zip(p, head, strict=False))
                last = powers.get(rest / p[-1]) if rest > 0 else None
                if last is None:
                    continue
                exps = (*head, last)
                if any(exps):
                    q = tuple(pi * Fraction(2) ** e for pi, e in zip(p, exps, strict=True))
                    found.append((p, q, exps))
    return found


@generator("ml_models_kl_bits")
def ml_models_kl_bits(rng: random.Random) -> dict[str, Any]:
    """KL(P||Q) in bits where every log ratio is a whole number of bits."""
    while True:
        p, q, exps = rng.choice(_kl_pairs())
        forward = sum((pi * -e for pi, e in zip(p, exps, strict=True)), Fraction(0))
        backward = sum((qi * e for qi, e in zip(q, exps, strict=True)), Fraction(0))
        if not distinct(forward, backward, -forward) or max(v.denominator for v in q) > 40:
            continue
        n = len(p)
        names = ["A", "B", "C"][:n]
        table = (
            r"\begin{array}{c|"
            + "c" * n
            + r"} \text{outcome} & "
            + " & ".join(names)
            + r" \\ \hline P & "
            + " & ".join(sympy.latex(_q(v)) for v in p)
            + r" \\ Q & "
            + " & ".join(sympy.latex(_q(v)) for v in q)
            + r" \end{array}"
        )
        terms = " + ".join(
            f"{sympy.latex(_q(pi))} \\log_2 \\frac{{ {sympy.latex(_q(pi))} }}"
            f"{{ {sympy.latex(_q(qi))} }}"
            for pi, qi in zip(p, q, strict=True)
        )
        values = " + ".join(
            f"{sympy.latex(_q(pi))} \\cdot ({-e})" for pi, e in zip(p, exps, strict=True)
        )
        return {
            "table": table,
            "terms": terms,
            "values": values,
            "answer": _q(forward),
            "backward": _q(backward),
            "negative": _q(-forward),
        }


def _kl_bern(p: Fraction, q: Fraction) -> float:
    return float(p) * math.log(p / q) + float(1 - p) * math.log((1 - p) / (1 - q))


def _kl_bern_exact(p: Fraction, q: Fraction) -> Any:
    sp, sq = _q(p), _q(q)
    return sp * sympy.log(sp / sq) + (1 - sp) * sympy.log((1 - sp) / (1 - sq))


@generator("ml_models_kl_bernoulli")
def ml_models_kl_bernoulli(rng: random.Random) -> dict[str, Any]:
    """Two Bernoulli distributions; both directions of KL, clearly different."""
    while True:
        a, b = rng.sample(range(1, 20), 2)
        p, q = Fraction(a, 20), Fraction(b, 20)
        forward, backward = _kl_bern(p, q), _kl_bern(q, p)
        if abs(forward - backward) < 0.01:
            continue
        f_exact, b_exact = _kl_bern_exact(p, q), _kl_bern_exact(q, p)
        return {
            "p": decimal(p),
            "p1": decimal(1 - p),
            "q": decimal(q),
            "q1": decimal(1 - q),
            "f_dec": _r3(forward),
            "b_dec": _r3(backward),
            "answer": Matrix([f_exact, b_exact]),
            "swapped": Matrix([b_exact, f_exact]),
            "same": Matrix([f_exact, f_exact]),
        }


# --- generative models ------------------------------------------------------------------------


@generator("ml_models_gmm")
def ml_models_gmm(rng: random.Random) -> dict[str, Any]:
    """Two unit-variance Gaussian components; the responsibility of component 1 for a point."""
    while True:
        pi1 = Fraction(rng.choice([1, 2, 3, 4, 6, 7, 8, 9]), 10)
        mu1, mu2 = sorted(rng.sample(range(-3, 4), 2))
        x = Fraction(rng.randint(-6, 6), 2)
        d = ((x - mu1) ** 2 - (x - mu2) ** 2) / 2
        phi1 = math.exp(-float((x - mu1) ** 2) / 2) / math.sqrt(2 * math.pi)
        phi2 = math.exp(-float((x - mu2) ** 2) / 2) / math.sqrt(2 * math.pi)
        w1, w2 = float(pi1) * phi1, float(1 - pi1) * phi2
        gamma = w1 / (w1 + w2)
        equal = phi1 / (phi1 + phi2)
        if not 0.03 < gamma < 0.97 or not apart([gamma, float(pi1), equal], 0.01):
            continue
        s_pi1, s_pi2, s_d = _q(pi1), _q(1 - pi1), _q(d)
        return {
            "pi1": decimal(pi1),
            "pi2": decimal(1 - pi1),
            "mu1": mu1,
            "mu2": mu2,
            "x": decimal(x),
            "phi1": f"{phi1:.4f}",
            "phi2": f"{phi2:.4f}",
            "w1": f"{w1:.4f}",
            "w2": f"{w2:.4f}",
            "dec": _r3(gamma),
            "answer": s_pi1 / (s_pi1 + s_pi2 * sympy.exp(s_d)),
            "prior": s_pi1,
            "equal": 1 / (1 + sympy.exp(s_d)),
        }


# --- logistic regression ----------------------------------------------------------------------


@generator("ml_models_boundary")
def ml_models_boundary(rng: random.Random) -> dict[str, Any]:
    """A logistic model on two features and a probability threshold t; the boundary line."""
    while True:
        w1 = rng.choice([v for v in range(-4, 5) if v != 0])
        w2 = rng.choice([v for v in range(-4, 5) if v != 0])
        b = rng.randint(-5, 5)
        k = rng.choice([2, 3, 4])
        side = rng.choice([1, -1])
        odds = Fraction(k) ** side
        t = odds / (1 + odds)
        lhs = w1 * _X + w2 * _Y + b
        logit_tex = ("" if side == 1 else "-") + rf"\ln {k}"
        logit_text = f"{side}*ln({k})"
        return {
            "lhs": sympy.latex(lhs),
            "t": decimal(t) if t.denominator in (4, 5) else sympy.latex(_q(t)),
            "odds": sympy.latex(_q(odds)),
            "logit": logit_tex,
            "answer": f"{w1}*x + ({w2})*y + ({b}) = {logit_text}",
            "half": f"{w1}*x + ({w2})*y + ({b}) = 0",
            "raw": f"{w1}*x + ({w2})*y + ({b}) = {t.numerator}/{t.denominator}",
            "alt": f"{w1}*x + ({w2})*y = {logit_text} - ({b})",
            "off": f"{w1}*x + ({w2})*y + ({b}) = {-side}*ln({k})",
        }


@generator("ml_models_logistic_gradient")
def ml_models_logistic_gradient(rng: random.Random) -> dict[str, Any]:
    """One example (x, y) and a predicted p in tenths; the log-loss gradient (p - y) x."""
    p = Fraction(rng.randint(1, 9), 10)
    y = rng.choice([0, 1])
    x = [rng.choice([v for v in range(-4, 5) if v != 0]) for _ in range(3)]
    err = p - y
    grad = [err * v for v in x]
    slope = p * (1 - p)

    def vec(items: list[Fraction]) -> Matrix:
        return Matrix([_q(v) for v in items])

    return {
        "p": decimal(p),
        "y": y,
        "x": ", ".join(str(v) for v in x),
        "x1": x[0],
        "x2": x[1],
        "x3": x[2],
        "err": decimal(err),
        "answer": vec(grad),
        "answer_dec": "[" + ", ".join(decimal(g) for g in grad) + "]",
        "flipped": vec([-g for g in grad]),
        "extra": vec([g * slope for g in grad]),
    }


# --- naive Bayes ------------------------------------------------------------------------------


@generator("ml_models_nb_posterior")
def ml_models_nb_posterior(rng: random.Random) -> dict[str, Any]:
    """Counts of spam and ham emails containing two words; the naive Bayes posterior of spam."""
    while True:
        ns = rng.choice([10, 20, 25, 40])
        nh = rng.choice([30, 40, 50, 60, 75])
        a1, a2 = rng.randint(1, ns), rng.randint(1, ns)
        b1, b2 = rng.randint(1, nh // 2), rng.randint(1, nh // 2)
        n = ns + nh
        score_s = Fraction(ns, n) * Fraction(a1, ns) * Fraction(a2, ns)
        score_h = Fraction(nh, n) * Fraction(b1, nh) * Fraction(b2, nh)
        post = score_s / (score_s + score_h)
        prior = Fraction(ns, n)
        ls, lh = Fraction(a1 * a2, ns * ns), Fraction(b1 * b2, nh * nh)
        no_prior = ls / (ls + lh)
        if not 0.1 < post < 0.9 or not distinct(post, prior, no_prior, score_s):
            continue
        if post.denominator > 400:
            continue
        return {
            "ns": ns,
            "nh": nh,
            "n": n,
            "a1": a1,
            "a2": a2,
            "b1": b1,
            "b2": b2,
            "ps": _q(prior),
            "ph": _q(Fraction(nh, n)),
            "score_s": _q(score_s),
            "score_h": _q(score_h),
            "answer": _q(post),
            "prior": _q(prior),
            "no_prior": _q(no_prior),
            "unnormalised": _q(score_s),
        }


_CLASSES = ["sport", "politics", "tech"]


@generator("ml_models_nb_three_class")
def ml_models_nb_three_class(rng: random.Random) -> dict[str, Any]:
    """Three classes with priors and two word likelihoods; the winner by posterior differs from
    the winner by prior and the winner by likelihood."""
    while True:
        prior = [Fraction(v, 10) for v in rng.choice([(5, 3, 2), (6, 3, 1), (4, 4, 2), (5, 4, 1)])]
        rng.shuffle(prior)
        l1 = [Fraction(rng.randint(1, 9), 10) for _ in range(3)]
        l2 = [Fraction(rng.randint(1, 9), 10) for _ in range(3)]
        lik = [a * b for a, b in zip(l1, l2, strict=True)]
        score = [p * lk for p, lk in zip(prior, lik, strict=True)]

        def winner(values: list[Fraction]) -> int | None:
            best = max(values)
            return values.index(best) if values.count(best) == 1 else None

        ws, wp, wl = winner(score), winner(prior), winner(lik)
        if ws is None or wp is None or wl is None or len({ws, wp, wl}) < 3:
            continue
        values: dict[str, Any] = {
            "answer": _CLASSES[ws],
            "by_prior": _CLASSES[wp],
            "by_lik": _CLASSES[wl],
            "answer_score": decimal(score[ws]),
        }
        for i, name in enumerate(_CLASSES):
            values[f"p_{name}"] = decimal(prior[i])
            values[f"a_{name}"] = decimal(l1[i])
            values[f"b_{name}"] = decimal(l2[i])
            values[f"s_{name}"] = decimal(score[i])
        return values


# --- Bayesian networks ------------------------------------------------------------------------

_STORIES = [
    ("R", "S", "W", "it rains", "the sprinkler is on", "the grass is wet"),
    ("B", "E", "A", "a burglary happens", "an earthquake happens", "the alarm sounds"),
    ("D", "G", "F", "the data pipeline has a bug", "the GPU overheats", "the training run fails"),
    (
        "V",
        "H",
        "C",
        "a user is on a VPN",
        "the user logs in at an odd hour",
        "the login is flagged",
    ),
]


@generator("ml_models_bayes_net")
def ml_models_bayes_net(rng: random.Random) -> dict[str, Any]:
    """A collider A -> C <- B with binary variables, a query assignment, and the marginal P(C=1)."""
    while True:
        a_name, b_name, c_name, a_text, b_text, c_text = rng.choice(_STORIES)
        pa = Fraction(rng.choice([1, 2, 3, 4, 6, 7, 8, 9]), 10)
        pb = Fraction(rng.choice([1, 2, 3, 4, 6, 7, 8, 9]), 10)
        cpt = {
            (1, 1): Fraction(rng.choice([90, 95, 99]), 100),
            (1, 0): Fraction(rng.choice([60, 70, 80, 90]), 100),
            (0, 1): Fraction(rng.choice([50, 60, 70, 80]), 100),
            (0, 0): Fraction(rng.choice([1, 5, 10, 20]), 100),
        }
        va, vb, vc = rng.randint(0, 1), rng.randint(0, 1), rng.randint(0, 1)
        if va == 1 and vb == 1:
            continue
        fa = pa if va else 1 - pa
        fb = pb if vb else 1 - pb
        fc = cpt[(va, vb)] if vc else 1 - cpt[(va, vb)]
        joint = fa * fb * fc
        no_comp = pa * pb * cpt[(va, vb)]
        if not distinct(joint, no_comp, fc):
            continue
        terms = {
            key: (pa if key[0] else 1 - pa) * (pb if key[1] else 1 - pb) * cpt[key] for key in cpt
        }
        marginal = sum(terms.values(), Fraction(0))
        mean_cpt = sum(cpt.values(), Fraction(0)) / 4
        single = pa * pb * cpt[(1, 1)]
        if not distinct(marginal, mean_cpt, single):
            continue

        def event(name: str, value: int) -> str:
            return name if value else r"\neg " + name

        values: dict[str, Any] = {
            "A": a_name,
            "B": b_name,
            "C": c_name,
            "a_text": a_text,
            "b_text": b_text,
            "c_text": c_text,
            "pa": decimal(pa),
            "pb": decimal(pb),
            "query": f"{a_name} = {va},\\ {b_name} = {vb},\\ {c_name} = {vc}",
            "fa": decimal(fa),
            "fb": decimal(fb),
            "fc": decimal(fc),
            "fa_tex": f"P({a_name} = {va})",
            "fb_tex": f"P({b_name} = {vb})",
            "fc_tex": f"P({c_name} = {vc} \\mid {a_name} = {va}, {b_name} = {vb})",
            "joint": _q(joint),
            "joint_dec": decimal(joint),
            "no_comp": _q(no_comp),
            "cond_only": _q(fc),
            "marginal": _q(marginal),
            "mean_cpt": _q(mean_cpt),
            "single": _q(single),
            "marginal_dec": decimal(marginal),
            "ev_a": event(a_name, va),
        }
        for (x, y), value in cpt.items():
            values[f"c{x}{y}"] = decimal(value)
            values[f"t{x}{y}"] = decimal(terms[(x, y)])
        values["qa"] = decimal(1 - pa)
        values["qb"] = decimal(1 - pb)
        return values


@generator("ml_models_dag_params")
def ml_models_dag_params(rng: random.Random) -> dict[str, Any]:
    """A DAG on binary variables; free parameters sum 2^|pa| versus the full joint."""
    while True:
        n = rng.choice([4, 5, 6])
        names = ["A", "B", "C", "D", "E", "F"][:n]
        parents: list[list[int]] = [[]]
        for j in range(1, n):
            count = rng.randint(0 if j > 1 else 1, min(j, 3))
            parents.append(sorted(rng.sample(range(j), count)))
        edges = sum(len(p) for p in parents)
        answer = sum(2 ** len(p) for p in parents)
        full = 2**n - 1
        linear = n + edges
        if max(len(p) for p in parents) < 2 or not distinct(answer, full, linear):
            continue
        order = list(range(n))
        edge_list = [(i, j) for j in range(n) for i in parents[j]]
        rng.shuffle(edge_list)
        rows = " \\\\ ".join(
            f"{names[j]} & "
            + (", ".join(names[i] for i in parents[j]) if parents[j] else r"\text{none}")
            + f" & 2^{{{len(parents[j])}}} = {2 ** len(parents[j])}"
            for j in order
        )
        table = (
            r"\begin{array}{c|c|c} \text{node} & \text{parents} & \text{free numbers} \\ \hline "
            + rows
            + r" \end{array}"
        )
        return {
            "n": n,
            "nodes": ", ".join(names),
            "edges": r",\ ".join(f"{names[i]} \\to {names[j]}" for i, j in edge_list),
            "n_edges": edges,
            "table": table,
            "answer": answer,
            "full": full,
            "linear": linear,
        }


# --- calibration ------------------------------------------------------------------------------


@generator("ml_models_brier")
def ml_models_brier(rng: random.Random) -> dict[str, Any]:
    """Five forecasts in tenths with 0/1 outcomes; Brier score, mean absolute error and sum."""
    while True:
        probs = [Fraction(rng.randint(1, 9), 10) for _ in range(5)]
        ys = [rng.choice([0, 1]) for _ in range(5)]
        if len(set(ys)) < 2:
            continue
        squares = [(p - y) ** 2 for p, y in zip(probs, ys, strict=True)]
        total = sum(squares, Fraction(0))
        brier = total / 5
        mae = sum((abs(p - y) for p, y in zip(probs, ys, strict=True)), Fraction(0)) / 5
        table = (
            r"\begin{array}{c|ccccc} \text{customer} & 1 & 2 & 3 & 4 & 5 \\ \hline \hat p & "
            + " & ".join(decimal(p) for p in probs)
            + r" \\ y & "
            + " & ".join(str(y) for y in ys)
            + r" \end{array}"
        )
        return {
            "table": table,
            "squares": ", ".join(decimal(v) for v in squares),
            "terms": " + ".join(f"({decimal(p)} - {y})^2" for p, y in zip(probs, ys, strict=True)),
            "total_dec": decimal(total),
            "brier_dec": decimal(brier),
            "brier": _q(brier),
            "total": _q(total),
            "mae": _q(mae),
        }


@generator("ml_models_ece")
def ml_models_ece(rng: random.Random) -> dict[str, Any]:
    """Three confidence bins with counts, mean confidence and accuracy; the ECE."""
    while True:
        counts = [rng.choice([10, 20, 25, 30, 40, 50, 60]) for _ in range(3)]
        if sum(counts) not in (50, 100):
            continue
        confs = [
            Fraction(rng.randint(10, 30), 100),
            Fraction(rng.randint(40, 65), 100),
            Fraction(rng.randint(75, 95), 100),
        ]
        hits = [rng.randint(0, c) for c in counts]
        accs = [Fraction(h, c) for h, c in zip(hits, counts, strict=True)]
        if any((a * 100).denominator != 1 for a in accs):
            continue  # accuracies are shown as exact decimals (7/30 has none)
        n = sum(counts)
        gaps = [a - c for a, c in zip(accs, confs, strict=True)]
        if any(g == 0 or abs(g) > Fraction(3, 10) for g in gaps):
            continue
        if all(g > 0 for g in gaps) or all(g < 0 for g in gaps):
            continue
        weights = [Fraction(c, n) for c in counts]
        ece = sum((w * abs(g) for w, g in zip(weights, gaps, strict=True)), Fraction(0))
        unweighted = sum((abs(g) for g in gaps), Fraction(0)) / 3
        overall = abs(sum((w * g for w, g in zip(weights, gaps, strict=True)), Fraction(0)))
        if not distinct(ece, unweighted, overall) or overall == 0:
            continue
        rows = " \\\\ ".join(
            f"{i + 1} & {counts[i]} & {decimal(confs[i])} & {decimal(accs[i])}" for i in range(3)
        )
        table = (
            r"\begin{array}{c|c|c|c} \text{bin} & n_b & \text{conf}_b & \text{acc}_b \\ \hline "
            + rows
            + r" \end{array}"
        )
        terms = " + ".join(
            f"\\tfrac{{ {counts[i]} }}{{ {n} }} \\cdot {decimal(abs(gaps[i]))}" for i in range(3)
        )
        return {
            "table": table,
            "n": n,
            "gaps": ", ".join(decimal(abs(g)) for g in gaps),
            "terms": terms,
            "answer": _q(ece),
            "answer_dec": decimal(ece) if (ece * 10**6).denominator == 1 else sympy.latex(_q(ece)),
            "unweighted": _q(unweighted),
            "overall": _q(overall),
        }


@generator("ml_models_platt")
def ml_models_platt(rng: random.Random) -> dict[str, Any]:
    """A raw SVM score s and Platt parameters a, b; the calibrated probability sigma(a s + b)."""
    while True:
        s = Fraction(rng.choice([v for v in range(-8, 9) if v != 0]), 4)
        a = Fraction(rng.choice([4, 6, 8, 10, 12, 15]), 10)
        b = Fraction(rng.choice([v for v in range(-15, 16, 5) if v != 0]), 10)
        z = a * s + b
        if z == 0 or z == s or abs(z) > 4:
            continue
        p = 1 / (1 + math.exp(-float(z)))
        raw = 1 / (1 + math.exp(-float(s)))
        if not apart([p, raw, float(z), 1 - p], 0.01):
            continue
        return {
            "s": decimal(s),
            "a": decimal(a),
            "b": decimal(b),
            "z": decimal(z),
            "dec": _r3(p),
            "answer": 1 / (1 + sympy.exp(-_q(z))),
            "raw": 1 / (1 + sympy.exp(-_q(s))),
            "logit": _q(z),
            "flipped": 1 / (1 + sympy.exp(_q(z))),
        }


# --- support vector machines ------------------------------------------------------------------

_PYTHAGOREAN = [
    (3, 4, 5),
    (4, 3, 5),
    (6, 8, 10),
    (5, 12, 13),
    (12, 5, 13),
    (8, 15, 17),
    (1, 2, 2, 3),
    (2, 1, 2, 3),
    (2, 3, 6, 7),
    (1, 4, 8, 9),
    (4, 4, 2, 6),
]


@generator("ml_models_svm_w")
def ml_models_svm_w(rng: random.Random) -> dict[str, Any]:
    """A weight vector with a rational norm; the margin width 2/||w|| and its slips."""
    while True:
        spec = rng.choice(_PYTHAGOREAN)
        scale = rng.choice([Fraction(1), Fraction(1, 2), Fraction(1, 10)])
        entries = [scale * c * rng.choice([-1, 1]) for c in spec[:-1]]
        norm = scale * spec[-1]
        if norm in (1, 2):
            continue
        b = Fraction(rng.randint(-6, 6), 2)
        w_tex = r"\begin{bmatrix} " + r" \\ ".join(decimal(e) for e in entries) + r" \end{bmatrix}"
        squares = " + ".join(f"({decimal(e)})^2" for e in entries)
        return {
            "w": w_tex,
            "b": decimal(b),
            "squares": squares,
            "normsq": decimal(norm * norm),
            "norm": decimal(norm),
            "answer": _q(2 / norm),
            "half": _q(1 / norm),
            "squared": _q(2 / (norm * norm)),
        }


@generator("ml_models_hinge")
def ml_models_hinge(rng: random.Random) -> dict[str, Any]:
    """A point with y f(x) < 1; hinge loss, perceptron-style and no-bias slips all differ."""
    while True:
        w = [rng.choice([v for v in range(-3, 4) if v != 0]) for _ in range(2)]
        b = Fraction(rng.choice([v for v in range(-5, 6) if v != 0]), 2)
        x = [rng.randint(-3, 3) for _ in range(2)]
        y = rng.choice([-1, 1])
        wx = w[0] * x[0] + w[1] * x[1]
        f = wx + b
        margin = y * f
        if margin >= 1:
            continue
        answer = 1 - margin
        perceptron = -margin if margin < 0 else Fraction(0)
        no_bias = Fraction(max(0, 1 - y * wx))
        if not distinct(answer, perceptron, no_bias):
            continue
        return {
            "w": Matrix(w),
            "x": Matrix(x),
            "b": decimal(b),
            "y": y,
            "wx": wx,
            "f": decimal(f),
            "yf": decimal(margin),
            "answer": _q(answer),
            "perceptron": _q(perceptron),
            "no_bias": _q(no_bias),
            "where": (
                "on the wrong side of the boundary"
                if margin < 0
                else (
                    "on the boundary" if margin == 0 else "on the right side but inside the margin"
                )
            ),
        }


_SVM_W = [(1, 1), (1, -1), (2, 1), (1, 2), (-1, 2), (2, -1), (1, 0), (0, 1)]


@generator("ml_models_support_vectors")
def ml_models_support_vectors(rng: random.Random) -> dict[str, Any]:
    """Six labelled points and a soft-margin SVM (w, b); support vectors are y f <= 1."""
    while True:
        w = rng.choice(_SVM_W)
        b = rng.randint(-2, 2)
        points = [(rng.randint(-4, 4), rng.randint(-4, 4)) for _ in range(6)]
        if len(set(points)) < 6:
            continue
        labels = [rng.choice([-1, 1]) for _ in range(6)]
        margins = [y * (w[0] * p[0] + w[1] * p[1] + b) for p, y in zip(points, labels, strict=True)]
        on = [i + 1 for i, m in enumerate(margins) if m == 1]
        inside = [i + 1 for i, m in enumerate(margins) if 0 <= m < 1]
        wrong = [i + 1 for i, m in enumerate(margins) if m < 0]
        safe = [i + 1 for i, m in enumerate(margins) if m > 1]
        if not on or len(wrong) != 1 or len(safe) < 2 or len(set(labels)) < 2:
            continue
        answer = sorted(on + inside + wrong)
        rows = " \\\\ ".join(
            f"{i + 1} & ({points[i][0]}, {points[i][1]}) & {'+1' if labels[i] > 0 else '-1'}"
            for i in range(6)
        )
        table = r"\begin{array}{c|c|c} i & \mathbf{x}_i & y_i \\ \hline " + rows + r" \end{array}"
        margin_list = ",\\ ".join(f"{m}" for m in margins)
        return {
            "w": Matrix(w),
            "b": b,
            "table": table,
            "margins": margin_list,
            "answer": _set_text(answer),
            "answer_tex": _set_tex(answer),
            "on": _set_text(on),
            "wrong": _set_text(wrong),
            "safe": _set_text(safe),
            "on_tex": _set_tex(on),
        }
