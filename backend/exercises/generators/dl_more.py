"""Generators for more deep-learning maths: activation functions, attention, backpropagation,
convolutions, losses, softmax, tensor shapes and regularisation.

Every generator redraws until its instance is non-degenerate and the right answer differs from
each value that its templates list as a common mistake, so every mistake rule can be recognised.
Numbers shown as decimals come with a ready-made LaTeX string (`*_tex`) next to their exact value.
"""

import math
import random
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import decimal, nonzero


def _q(value: Fraction | int) -> sympy.Rational:
    value = Fraction(value)
    return sympy.Rational(value.numerator, value.denominator)


def _col(values: list[Any]) -> sympy.Matrix:
    return sympy.Matrix([v if isinstance(v, sympy.Basic) else _q(v) for v in values])


def _tex(value: Any) -> str:
    return sympy.latex(value if isinstance(value, sympy.Basic) else _q(value))


def _tuple_tex(items: list[str]) -> str:
    return "\\left(" + ",\\ ".join(items) + "\\right)"


def _distinct(*vectors: Any) -> bool:
    keys = [tuple(v) if isinstance(v, list | tuple | sympy.MatrixBase) else (v,) for v in vectors]
    return len(set(keys)) == len(keys)


def _ln_tex(k: Fraction) -> str:
    """LaTeX for ln k, written as 0, ln a, -ln a or ln(a/b)."""
    if k == 1:
        return "0"
    if k.denominator == 1:
        return f"\\ln {k.numerator}"
    if k.numerator == 1:
        return f"-\\ln {k.denominator}"
    return f"\\ln \\tfrac{{{k.numerator}}}{{{k.denominator}}}"


def _shift_ln_tex(base: int, ratio: Fraction) -> str:
    """LaTeX for base + ln(ratio), written with a minus sign when ratio < 1."""
    if ratio == 1:
        return str(base)
    sign, arg = ("+", ratio) if ratio > 1 else ("-", 1 / ratio)
    arg_tex = str(arg.numerator) if arg.denominator == 1 else _tex(arg)
    return f"{base} {sign} \\ln {arg_tex}"


# ---------------------------------------------------------------- activation functions


@generator("dl_more_leaky_relu")
def leaky_relu(rng: random.Random) -> dict[str, Any]:
    """Five pre-activations of mixed signs (none zero) and a leak alpha in {0.01, 0.1, 0.2}."""
    while True:
        alpha = rng.choice([Fraction(1, 100), Fraction(1, 10), Fraction(1, 5)])
        z = [nonzero(rng, -9, 9) for _ in range(5)]
        if sum(1 for v in z if v < 0) < 2 or sum(1 for v in z if v > 0) < 2:
            continue
        out = [Fraction(v) if v > 0 else alpha * v for v in z]
        relu = [max(v, 0) for v in z]
        scaled_all = [alpha * v for v in z]
        unsigned = [Fraction(v) if v > 0 else -alpha * v for v in z]
        if not _distinct(out, relu, scaled_all, unsigned):
            continue
        return {
            "alpha": _q(alpha),
            "alpha_tex": decimal(alpha),
            "z": _col(z),
            "z_tex": _tuple_tex([str(v) for v in z]),
            "out": _col(out),
            "out_tex": _tuple_tex([decimal(v) for v in out]),
            "relu": _col(relu),
            "scaled_all": _col(scaled_all),
            "unsigned": _col(unsigned),
        }


def _tanh_at_log(k: Fraction) -> Fraction:
    """tanh(ln k) = (k^2 - 1) / (k^2 + 1)."""
    return (k * k - 1) / (k * k + 1)


@generator("dl_more_tanh_values")
def tanh_values(rng: random.Random) -> dict[str, Any]:
    """z = (0, ln a, -ln b) in some order, so tanh(z) is rational."""
    while True:
        a, b = rng.randint(2, 7), rng.randint(2, 7)
        ks = [Fraction(1), Fraction(a), Fraction(1, b)]
        rng.shuffle(ks)
        out = [_tanh_at_log(k) for k in ks]
        sig = [k / (k + 1) for k in ks]
        even = [abs(v) for v in out]
        half = [(k - 1) / (k + 1) for k in ks]
        if not _distinct(out, sig, even, half):
            continue
        return {
            "z_tex": _tuple_tex([_ln_tex(k) for k in ks]),
            "ek_tex": _tuple_tex([_tex(k) for k in ks]),
            "out": _col(out),
            "sig": _col(sig),
            "even": _col(even),
            "half": _col(half),
            "a": a,
            "b": b,
            "ta": _q(_tanh_at_log(Fraction(a))),
            "tb": _q(_tanh_at_log(Fraction(b))),
        }


@generator("dl_more_activation_range")
def activation_range(rng: random.Random) -> dict[str, Any]:
    """Pre-activations in [lo, hi] with endpoints in {0, +-ln k}; tanh or the sigmoid."""
    while True:
        points = [Fraction(1)] + [Fraction(k) for k in range(2, 8)]
        points += [Fraction(1, k) for k in range(2, 8)]
        lo, hi = sorted(rng.sample(points, 2))
        use_tanh = rng.random() < 0.5

        def tanh(k: Fraction) -> Fraction:
            return _tanh_at_log(k)

        def sig(k: Fraction) -> Fraction:
            return k / (k + 1)

        f, other = (tanh, sig) if use_tanh else (sig, tanh)
        if f(lo) == other(lo) and f(hi) == other(hi):
            continue
        return {
            "name_tex": "\\tanh" if use_tanh else "\\sigma",
            "name": "hyperbolic tangent" if use_tanh else "sigmoid",
            "other_name": "sigmoid" if use_tanh else "hyperbolic tangent",
            "formula_tex": (
                "\\tanh(\\ln k) = \\dfrac{k^2 - 1}{k^2 + 1}"
                if use_tanh
                else "\\sigma(\\ln k) = \\dfrac{k}{k + 1}"
            ),
            "full_tex": "(-1, 1)" if use_tanh else "(0, 1)",
            "full": "(-1, 1)" if use_tanh else "(0, 1)",
            "lo_tex": _ln_tex(lo),
            "hi_tex": _ln_tex(hi),
            "klo_tex": _tex(lo),
            "khi_tex": _tex(hi),
            "flo": _q(f(lo)),
            "fhi": _q(f(hi)),
            "glo": _q(other(lo)),
            "ghi": _q(other(hi)),
        }


@generator("dl_more_softplus")
def softplus(rng: random.Random) -> dict[str, Any]:
    """A pre-activation z with two decimals in [-2.5, 3]; softplus(z), the sigmoid and
    softplus(-z) are kept apart by more than the grading tolerance."""
    while True:
        z = Fraction(nonzero(rng, -250, 300), 100)
        zf = float(z)
        sp = math.log1p(math.exp(zf))
        if abs(sp - 1 / (1 + math.exp(-zf))) < 0.003 or abs(sp - math.log1p(math.exp(-zf))) < 0.003:
            continue
        if abs(1 / (1 + math.exp(-zf)) - math.log1p(math.exp(-zf))) < 0.003:
            continue
        return {"z": _q(z), "z_tex": decimal(z), "ez": f"{math.exp(zf):.4f}", "approx": f"{sp:.3f}"}


_PROBABILITY_TASKS = [
    "the probability that an email is spam",
    "the probability that a card transaction is fraudulent",
    "the probability that a user clicks on an advert",
    "the probability that a scan shows a tumour",
    "the probability that it will rain tomorrow",
    "the probability that a customer cancels their subscription",
]


@generator("dl_more_output_activation")
def output_activation(rng: random.Random) -> dict[str, Any]:
    """Which output activation gives a probability? Four options in a random order, each with
    its value at a sample logit z."""
    z = Fraction(nonzero(rng, -30, 30), 10)
    zf = float(z)
    values = {
        "sigmoid": ("the sigmoid $\\sigma(z)$", f"{1 / (1 + math.exp(-zf)):.3f}"),
        "relu": ("ReLU, $\\max(0, z)$", decimal(max(z, Fraction(0)))),
        "tanh": ("$\\tanh(z)$", f"{math.tanh(zf):.3f}"),
        "identity": ("the identity, $z$ itself", decimal(z)),
    }
    names = list(values)
    rng.shuffle(names)
    result: dict[str, Any] = {"task": rng.choice(_PROBABILITY_TASKS), "z_tex": decimal(z)}
    for letter, name in zip("ABCD", names, strict=True):
        label, value = values[name]
        result[f"text_{letter}"] = f"{label}, which gives ${value}$ for this example"
        result[name] = letter
        result[f"{name}_value"] = value
    return result


# ---------------------------------------------------------------- attention


@generator("dl_more_attention_scores")
def attention_scores(rng: random.Random) -> dict[str, Any]:
    """A query and three keys in Z^4 (so sqrt(d_k) = 2) with distinct dot products."""
    while True:
        q = [rng.randint(-2, 2) for _ in range(4)]
        keys = [[rng.randint(-2, 2) for _ in range(4)] for _ in range(3)]
        if sum(1 for v in q if v != 0) < 3 or any(all(v == 0 for v in k) for k in keys):
            continue
        dots = [sum(a * b for a, b in zip(q, k, strict=True)) for k in keys]
        if len(set(dots)) < 3 or sum(1 for d in dots if d % 2) == 0:
            continue
        scores = [Fraction(d, 2) for d in dots]
        by_d = [Fraction(d, 4) for d in dots]
        return {
            "q": _col(q),
            "K": sympy.Matrix(keys),
            "k1": _col(keys[0]),
            "k2": _col(keys[1]),
            "k3": _col(keys[2]),
            "dots": _col(dots),
            "d1": dots[0],
            "d2": dots[1],
            "d3": dots[2],
            "scores": _col(scores),
            "by_d": _col(by_d),
        }


@generator("dl_more_attention_output")
def attention_output(rng: random.Random) -> dict[str, Any]:
    """Scores (ln a, ln b, ln c), so the softmax weights are (a, b, c) / (a + b + c)."""
    while True:
        m = [rng.randint(1, 6) for _ in range(3)]
        if len(set(m)) < 2 or (1 not in m and rng.random() < 0.5):
            continue
        values = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(3)]
        if len({tuple(v) for v in values}) < 3:
            continue
        total = sum(m)
        weights = [Fraction(mi, total) for mi in m]
        out = [sum(w * v[c] for w, v in zip(weights, values, strict=True)) for c in range(2)]
        uniform = [Fraction(sum(v[c] for v in values), 3) for c in range(2)]
        raw = [sum(mi * v[c] for mi, v in zip(m, values, strict=True)) for c in range(2)]
        if not _distinct(out, uniform, raw):
            continue
        return {
            "s_tex": _tuple_tex([_ln_tex(Fraction(mi)) for mi in m]),
            "e_tex": _tuple_tex([str(mi) for mi in m]),
            "total": total,
            "w": _col(weights),
            "w_tex": _tuple_tex([_tex(w) for w in weights]),
            "v1": _col(values[0]),
            "v2": _col(values[1]),
            "v3": _col(values[2]),
            "V": sympy.Matrix(values),
            "out": _col(out),
            "uniform": _col(uniform),
            "raw": _col(raw),
        }


# ---------------------------------------------------------------- backpropagation


@generator("dl_more_backprop_bce")
def backprop_bce(rng: random.Random) -> dict[str, Any]:
    """x -> h = ReLU(w1 x + b1) (active) -> p = sigmoid(w2 h + b2), binary cross-entropy."""
    while True:
        x = nonzero(rng, -3, 3)
        w1 = nonzero(rng, -3, 3)
        b1 = rng.randint(-2, 2)
        z = w1 * x + b1
        if z <= 0:
            continue
        w2 = rng.choice([-3, -2, -1, 2, 3])
        p = Fraction(rng.randint(1, 9), 10)
        y = rng.randint(0, 1)
        answer = (p - y) * w2 * x
        no_w2 = (p - y) * x
        flipped = -answer
        extra = (p - y) * p * (1 - p) * w2 * x
        used_h = (p - y) * w2 * z
        if not _distinct(answer, no_w2, flipped, extra, used_h):
            continue
        return {
            "x": x,
            "w1": w1,
            "b1": b1,
            "w2": w2,
            "y": y,
            "z": z,
            "p": _q(p),
            "p_tex": decimal(p),
            "e": _q(p - y),
            "e_tex": decimal(p - y),
            "dh": _q((p - y) * w2),
            "answer": _q(answer),
            "answer_tex": decimal(answer),
            "no_w2": _q(no_w2),
            "flipped": _q(flipped),
            "extra": _q(extra),
            "used_h": _q(used_h),
        }


@generator("dl_more_linear_input_grad")
def linear_input_grad(rng: random.Random) -> dict[str, Any]:
    """A non-symmetric 3x3 W, bias b, input x and upstream gradient delta; dL/dx = W^T delta."""
    while True:
        w = sympy.Matrix([[rng.randint(-3, 3) for _ in range(3)] for _ in range(3)])
        if sum(1 for v in w if v == 0) > 2:
            continue
        delta = _col([nonzero(rng, -3, 3) for _ in range(3)])
        x = _col([rng.randint(-3, 3) for _ in range(3)])
        b = _col([rng.randint(-2, 2) for _ in range(3)])
        answer = w.T * delta
        wrong = w * delta
        times_x = answer.multiply_elementwise(x)
        if not _distinct(answer, wrong, delta, times_x):
            continue
        return {
            "W": w,
            "WT": w.T,
            "delta": delta,
            "x": x,
            "b": b,
            "grad": answer,
            "no_transpose": wrong,
            "times_x": times_x,
        }


# ---------------------------------------------------------------- convolution


@generator("dl_more_conv1d")
def conv1d(rng: random.Random) -> dict[str, Any]:
    """An input in Z^6 and a non-symmetric kernel in Z^3; valid cross-correlation has length 4."""
    while True:
        x = [rng.randint(-3, 4) for _ in range(6)]
        k = [rng.randint(-2, 2) for _ in range(3)]
        if k[0] == k[2] or sum(1 for v in k if v != 0) < 2 or sum(1 for v in x if v != 0) < 4:
            continue
        out = [sum(k[j] * x[i + j] for j in range(3)) for i in range(4)]
        flipped = [sum(k[2 - j] * x[i + j] for j in range(3)) for i in range(4)]
        unsigned = [sum(abs(k[j] * x[i + j]) for j in range(3)) for i in range(4)]
        if not _distinct(out, flipped, unsigned):
            continue
        return {
            "x_tex": _tuple_tex([str(v) for v in x]),
            "k_tex": _tuple_tex([str(v) for v in k]),
            "k0": k[0],
            "k1": k[1],
            "k2": k[2],
            "x0": x[0],
            "x1": x[1],
            "x2": x[2],
            "y0": out[0],
            "out": _col(out),
            "flipped": _col(flipped),
            "unsigned": _col(unsigned),
        }


@generator("dl_more_conv_output_size")
def conv_output_size(rng: random.Random) -> dict[str, Any]:
    """Input size n, kernel k, padding p >= 1 and stride s >= 2 for a 2-D convolution, where
    forgetting the padding, the stride or the +1 each gives a different wrong size."""
    while True:
        n = rng.choice([28, 32, 48, 56, 64, 96, 112, 128, 224])
        k = rng.choice([3, 5, 7, 11])
        p = rng.randint(1, 3)
        s = rng.choice([2, 3, 4])
        c = rng.choice([1, 3])
        top = n + 2 * p - k
        answer = top // s + 1
        no_one = top // s
        no_pad = (n - k) // s + 1
        no_stride = top + 1
        if not _distinct(answer, no_one, no_pad, no_stride):
            continue
        return {
            "n": n,
            "k": k,
            "p": p,
            "s": s,
            "c_text": "single-channel (greyscale)" if c == 1 else "three-channel (colour)",
            "p_text": "1 pixel" if p == 1 else f"{p} pixels",
            "top": top,
            "quot": top // s,
            "answer": answer,
            "no_one": no_one,
            "no_pad": no_pad,
            "no_stride": no_stride,
            "exact": "exactly" if top % s == 0 else "with remainder",
        }


# ---------------------------------------------------------------- losses


@generator("dl_more_label_smoothing")
def label_smoothing(rng: random.Random) -> dict[str, Any]:
    """A smoothed target (1 - 2e, e, e) in some order and a prediction q in tenths."""
    while True:
        eps = Fraction(rng.randint(1, 4), 20)
        y = rng.randint(0, 2)
        target = [eps] * 3
        target[y] = 1 - 2 * eps
        q = [Fraction(rng.randint(1, 7), 10) for _ in range(2)]
        q.append(1 - q[0] - q[1])
        if q[2] <= 0:
            continue
        logs = [math.log(float(v)) for v in q]
        answer = -sum(float(p) * lg for p, lg in zip(target, logs, strict=True))
        one_hot = -logs[y]
        swapped = -sum(float(v) * math.log(float(p)) for p, v in zip(target, q, strict=True))
        options = [answer, one_hot, swapped, -answer]
        if min(abs(a - b) for i, a in enumerate(options) for b in options[i + 1 :]) < 0.01:
            continue
        return {
            "p_tex": _tuple_tex([decimal(v) for v in target]),
            "q_tex": _tuple_tex([decimal(v) for v in q]),
            "p1": _q(target[0]),
            "p2": _q(target[1]),
            "p3": _q(target[2]),
            "q1": _q(q[0]),
            "q2": _q(q[1]),
            "q3": _q(q[2]),
            "qy": _q(q[y]),
            "qy_tex": decimal(q[y]),
            "y": y + 1,
            "eps_tex": decimal(eps),
            "top_tex": decimal(1 - 2 * eps),
            "terms_tex": " + ".join(
                f"{decimal(p)} \\cdot (-\\ln {decimal(v)})" for p, v in zip(target, q, strict=True)
            ),
            "approx": f"{answer:.3f}",
        }


@generator("dl_more_hinge")
def hinge(rng: random.Random) -> dict[str, Any]:
    """Four labels in {-1, 1} and scores in halves: at least one margin >= 1 (zero loss) and one
    misclassified example."""
    while True:
        ys = [rng.choice([-1, 1]) for _ in range(4)]
        fs = [Fraction(rng.randint(-5, 5), 2) for _ in range(4)]
        margins = [y * f for y, f in zip(ys, fs, strict=True)]
        if not any(m >= 1 for m in margins) or not any(m < 0 for m in margins):
            continue
        losses = [max(Fraction(0), 1 - m) for m in margins]
        total = sum(losses, Fraction(0))
        answer = total / 4
        no_max = sum((1 - m for m in margins), Fraction(0)) / 4
        no_label = sum((max(Fraction(0), 1 - f) for f in fs), Fraction(0)) / 4
        if not _distinct(answer, no_max, no_label, total):
            continue
        return {
            "y_row": " | ".join(str(y) for y in ys),
            "f_row": " | ".join(decimal(f) for f in fs),
            "m_tex": ",\\ ".join(decimal(m) for m in margins),
            "l_tex": ",\\ ".join(decimal(v) for v in losses),
            "total": _q(total),
            "answer": _q(answer),
            "answer_tex": decimal(answer),
            "no_max": _q(no_max),
            "no_label": _q(no_label),
        }


@generator("dl_more_pinball")
def pinball(rng: random.Random) -> dict[str, Any]:
    """Quantile level tau and four (target, prediction) pairs with residuals of both signs."""
    while True:
        tau = rng.choice([Fraction(1, 10), Fraction(1, 5), Fraction(1, 4)])
        tau = tau if rng.random() < 0.5 else 1 - tau
        ys = [rng.randint(10, 40) for _ in range(4)]
        rs = [nonzero(rng, -6, 6) for _ in range(4)]
        preds = [y - r for y, r in zip(ys, rs, strict=True)]
        pos = sum(r for r in rs if r > 0)
        neg = -sum(r for r in rs if r < 0)
        if pos == 0 or neg == 0 or pos == neg:
            continue
        losses = [tau * r if r > 0 else (tau - 1) * r for r in rs]
        total = sum(losses, Fraction(0))
        answer = total / 4
        swapped = ((1 - tau) * pos + tau * neg) / 4
        half_mae = Fraction(pos + neg, 8)
        if not _distinct(answer, swapped, half_mae, total):
            continue
        return {
            "tau": _q(tau),
            "tau_tex": decimal(tau),
            "omt_tex": decimal(1 - tau),
            "pct": int(tau * 100),
            "y_row": " | ".join(str(y) for y in ys),
            "p_row": " | ".join(str(p) for p in preds),
            "r_tex": ",\\ ".join(str(r) for r in rs),
            "l_tex": ",\\ ".join(decimal(v) for v in losses),
            "pos": pos,
            "neg": neg,
            "total": _q(total),
            "total_tex": decimal(total),
            "answer": _q(answer),
            "answer_tex": decimal(answer),
            "swapped": _q(swapped),
            "half_mae": _q(half_mae),
        }


# ---------------------------------------------------------------- softmax


@generator("dl_more_softmax_jacobian")
def softmax_jacobian(rng: random.Random) -> dict[str, Any]:
    """Logits (ln a, ln b, ln c) and a Jacobian entry (i, j), on or off the diagonal."""
    while True:
        m = [rng.randint(1, 6) for _ in range(3)]
        total = sum(m)
        s = [Fraction(v, total) for v in m]
        i, j = rng.randint(0, 2), rng.randint(0, 2)
        if rng.random() < 0.5:
            j = i
        if i == j:
            answer = s[i] * (1 - s[i])
            swapped = -s[i] * s[i]
        else:
            answer = -s[i] * s[j]
            swapped = s[i] * (1 - s[j])
        if not _distinct(answer, swapped, -answer):
            continue
        return {
            "z_tex": _tuple_tex([_ln_tex(Fraction(v)) for v in m]),
            "e_tex": _tuple_tex([str(v) for v in m]),
            "total": total,
            "s_tex": _tuple_tex([_tex(v) for v in s]),
            "i": i + 1,
            "j": j + 1,
            "delta": 1 if i == j else 0,
            "si": _q(s[i]),
            "sj": _q(s[j]),
            "case_tex": (
                f"$i = j = {i + 1}$, so $\\dfrac{{\\partial s_{i + 1}}}{{\\partial z_{j + 1}}}"
                f" = s_{i + 1}(1 - s_{i + 1})$"
                if i == j
                else f"$i = {i + 1} \\neq j = {j + 1}$, so $\\dfrac{{\\partial s_{i + 1}}}"
                f"{{\\partial z_{j + 1}}} = -s_{i + 1} s_{j + 1}$"
            ),
            "values_tex": (
                f"$s_{i + 1} = {_tex(s[i])}$"
                if i == j
                else f"$s_{i + 1} = {_tex(s[i])}$ and $s_{j + 1} = {_tex(s[j])}$"
            ),
            "answer": _q(answer),
            "swapped": _q(swapped),
            "flipped": _q(-answer),
        }


@generator("dl_more_softmax_recover_logits")
def softmax_recover_logits(rng: random.Random) -> dict[str, Any]:
    """Softmax probabilities (a, b, c) / (a + b + c) with b, c != a, and an integer first logit."""
    while True:
        a, b, c = (rng.randint(1, 6) for _ in range(3))
        if a in (b, c):
            continue
        z1 = nonzero(rng, -3, 4)
        total = a + b + c
        return {
            "a": a,
            "b": b,
            "c": c,
            "z1": z1,
            "total": total,
            "p1": _q(Fraction(a, total)),
            "p2": _q(Fraction(b, total)),
            "p3": _q(Fraction(c, total)),
            "r2": _q(Fraction(b, a)),
            "r3": _q(Fraction(c, a)),
            "z2_tex": _shift_ln_tex(z1, Fraction(b, a)),
            "z3_tex": _shift_ln_tex(z1, Fraction(c, a)),
        }


# ---------------------------------------------------------------- tensor shapes


@generator("dl_more_broadcast")
def broadcast(rng: random.Random) -> dict[str, Any]:
    """Shapes A (rank 3) and B (rank 2) that broadcast to a rank-3 shape, where the (wrong)
    left-aligned pairing would also broadcast but give a different shape."""
    while True:
        full = [rng.randint(2, 9) for _ in range(3)]
        a = [d if rng.random() < 0.5 else 1 for d in full]
        b = [d if rng.random() < 0.6 else 1 for d in full[1:]]
        result = [a[0]] + [max(x, y) for x, y in zip(a[1:], b, strict=True)]
        left_pairs = [(a[0], b[0]), (a[1], b[1]), (a[2], 1)]
        if any(x != y and 1 not in (x, y) for x, y in left_pairs):
            continue
        left = [max(x, y) for x, y in left_pairs]
        if a in (result, left) or left == result or a.count(1) == 3 or b.count(1) == 2:
            continue
        if 1 in result:
            continue

        return {
            "a_tex": _tuple_tex([str(d) for d in a]),
            "b_tex": _tuple_tex([str(d) for d in b]),
            "b_pad_tex": _tuple_tex(["1"] + [str(d) for d in b]),
            "result_tex": _tuple_tex([str(d) for d in result]),
            "result": "(" + ", ".join(str(d) for d in result) + ")",
            "shape_a": "(" + ", ".join(str(d) for d in a) + ")",
            "left": "(" + ", ".join(str(d) for d in left) + ")",
            "dims": _col(result),
        }


# ---------------------------------------------------------------- regularisation


@generator("dl_more_l2_loss")
def l2_loss(rng: random.Random) -> dict[str, Any]:
    """A data loss in tenths, a penalty strength and three integer weights."""
    while True:
        loss = Fraction(rng.randint(2, 30), 10)
        lam = rng.choice([Fraction(1, 100), Fraction(1, 20), Fraction(1, 10), Fraction(1, 5)])
        w = [rng.randint(-4, 4) for _ in range(3)]
        if sum(1 for v in w if v != 0) < 2:
            continue
        sq = sum(v * v for v in w)
        l1 = sum(abs(v) for v in w)
        answer = loss + lam * sq
        no_square = _q(loss) + _q(lam) * sympy.sqrt(sq)
        if not _distinct(_q(answer), _q(loss + lam * l1), _q(lam * sq), no_square) or sq == l1:
            continue
        return {
            "loss": _q(loss),
            "loss_tex": decimal(loss),
            "lam": _q(lam),
            "lam_tex": decimal(lam),
            "w_tex": _tuple_tex([str(v) for v in w]),
            "sq": sq,
            "l1": l1,
            "penalty_tex": decimal(lam * sq),
            "answer": _q(answer),
            "answer_tex": decimal(answer),
            "with_l1": _q(loss + lam * l1),
            "no_square": no_square,
            "penalty": _q(lam * sq),
        }


@generator("dl_more_weight_decay")
def weight_decay(rng: random.Random) -> dict[str, Any]:
    """One gradient step on L + lambda ||w||^2 with eta = 0.1 and lambda in {0.5, 1, 2}."""
    while True:
        eta = Fraction(1, 10)
        lam = rng.choice([Fraction(1, 2), Fraction(1), Fraction(2)])
        w = [nonzero(rng, -5, 5) for _ in range(3)]
        g = [rng.randint(-6, 6) for _ in range(3)]
        full = [gi + 2 * lam * wi for gi, wi in zip(g, w, strict=True)]
        answer = [wi - eta * fi for wi, fi in zip(w, full, strict=True)]
        half = [wi - eta * (gi + lam * wi) for wi, gi in zip(w, g, strict=True)]
        plain = [wi - eta * gi for wi, gi in zip(w, g, strict=True)]
        uphill = [wi + eta * fi for wi, fi in zip(w, full, strict=True)]
        if not _distinct(answer, half, plain, uphill, full):
            continue
        return {
            "lam": _q(lam),
            "lam_tex": decimal(lam),
            "two_lam_tex": decimal(2 * lam),
            "w": _col(w),
            "g": _col(g),
            "w_tex": _tuple_tex([str(v) for v in w]),
            "g_tex": _tuple_tex([str(v) for v in g]),
            "full": _col(full),
            "full_tex": _tuple_tex([decimal(v) for v in full]),
            "answer": _col(answer),
            "answer_tex": _tuple_tex([decimal(v) for v in answer]),
            "half": _col(half),
            "plain": _col(plain),
            "uphill": _col(uphill),
        }


@generator("dl_more_lasso_1d")
def lasso_1d(rng: random.Random) -> dict[str, Any]:
    """Unregularised optimum (a1, a2) and lambda: the L1 solution zeroes one weight and shrinks
    the other by lambda / 2."""
    while True:
        lam = rng.randint(2, 8)
        half = Fraction(lam, 2)
        big = Fraction(rng.randint(lam + 1, 12)) * rng.choice([-1, 1])
        small = Fraction(rng.randint(1, lam), 2) * rng.choice([-1, 1])
        a = [big, small] if rng.random() < 0.5 else [small, big]

        def soft(v: Fraction, t: Fraction) -> Fraction:
            return max(abs(v) - t, Fraction(0)) * (1 if v > 0 else -1)

        answer = [soft(v, half) for v in a]
        ridge = [v / (1 + lam) for v in a]
        unclipped = [v - half * (1 if v > 0 else -1) for v in a]
        double = [soft(v, Fraction(lam)) for v in a]
        if not _distinct(answer, ridge, unclipped, double):
            continue
        return {
            "lam": lam,
            "half": _q(half),
            "a1": _q(a[0]),
            "a2": _q(a[1]),
            "a_tex": _tuple_tex([_tex(v) for v in a]),
            "answer": _col(answer),
            "ridge": _col(ridge),
            "unclipped": _col(unclipped),
            "double": _col(double),
        }
