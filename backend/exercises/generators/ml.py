"""Generators for the maths of ML models: regression data, backpropagation through activations,
and the operation counts of algorithms (the cost of training and inference).

Each generator redraws until the right answer differs from every value that its templates list
as a common mistake, so each mistake rule can be recognised.
"""

import random
from fractions import Fraction
from typing import Any

import sympy

from . import generator
from .common import distinct

_X = sympy.Symbol("x")


def _nonzero(rng: random.Random, low: int, high: int, count: int) -> list[int]:
    return [rng.choice([v for v in range(low, high + 1) if v != 0]) for _ in range(count)]


def _as_pmatrix(vector: sympy.Matrix) -> str:
    """A column vector as LaTeX, a second way to write the answer (for the answer tests)."""
    entries = " \\\\ ".join(sympy.latex(v) for v in vector)
    return "\\begin{pmatrix} " + entries + " \\end{pmatrix}"


@generator("ml_line_data")
def line_data(rng: random.Random) -> dict[str, Any]:
    """Four points (x, y) near a given line y-hat = a x + b, with integer residuals.

    MSE, SSE, mean absolute error and the squared mean residual are all different, and the line
    beats the predict-the-mean baseline (0 < MSE < variance of y), so R^2 is in (0, 1)."""
    while True:
        xs = sorted(rng.sample(range(0, 7), 4))
        a = rng.choice([-2, -1, 1, 2, 3])
        b = rng.randint(-3, 5)
        noise = [rng.randint(-3, 3) for _ in range(4)]
        ys = [a * x + b + e for x, e in zip(xs, noise, strict=True)]
        sse = sum(e * e for e in noise)
        mse = Fraction(sse, 4)
        mae = Fraction(sum(abs(e) for e in noise), 4)
        bias_sq = Fraction(sum(noise) ** 2, 16)
        mean_y = Fraction(sum(ys), 4)
        var_y = Fraction(4 * sum(y * y for y in ys) - sum(ys) ** 2, 16)
        if sse == 0 or len({mse, Fraction(sse), mae, bias_sq}) < 4 or not 0 < mse < var_y:
            continue
        r2 = 1 - mse / var_y
        if len({r2, mse / var_y, 1 - mse * 3 / (var_y * 4)}) < 3:
            continue
        preds = [a * x + b for x in xs]
        if len({tuple(noise), tuple(-e for e in noise), tuple(preds)}) < 3:
            continue
        values: dict[str, Any] = {
            "line": sympy.latex(a * _X + b),
            "a": sympy.Integer(a),
            "b": sympy.Integer(b),
            "xs": sympy.Matrix(xs),
            "ys": sympy.Matrix(ys),
            "preds": sympy.Matrix(preds),
            "residuals": sympy.Matrix(noise),
            "neg_residuals": sympy.Matrix([-e for e in noise]),
            "sse": sympy.Integer(sse),
            "mse": sympy.Rational(mse.numerator, mse.denominator),
            "mae": sympy.Rational(mae.numerator, mae.denominator),
            "bias_sq": sympy.Rational(bias_sq.numerator, bias_sq.denominator),
            "mean_y": sympy.Rational(mean_y.numerator, mean_y.denominator),
            "var_y": sympy.Rational(var_y.numerator, var_y.denominator),
        }
        for i in range(4):
            values[f"x{i + 1}"] = sympy.Integer(xs[i])
            values[f"y{i + 1}"] = sympy.Integer(ys[i])
            values[f"p{i + 1}"] = sympy.Integer(a * xs[i] + b)
            values[f"r{i + 1}"] = sympy.Integer(noise[i])
        return values


@generator("ml_relu_backward")
def relu_backward(rng: random.Random) -> dict[str, Any]:
    """Pre-activations z (mixed signs, none zero) and an upstream gradient g, both in Z^4."""
    while True:
        z = _nonzero(rng, -5, 5, 4)
        g = _nonzero(rng, -4, 4, 4)
        if all(v > 0 for v in z) or all(v < 0 for v in z):
            continue
        mask = [1 if v > 0 else 0 for v in z]
        answer = sympy.Matrix([gi * m for gi, m in zip(g, mask, strict=True)])
        inverted = sympy.Matrix([gi * (1 - m) for gi, m in zip(g, mask, strict=True)])
        relu_of_g = sympy.Matrix([max(gi, 0) for gi in g])
        if distinct(answer, inverted, relu_of_g, sympy.Matrix(g)):
            return {
                "z": sympy.Matrix(z),
                "g": sympy.Matrix(g),
                "mask": sympy.Matrix(mask),
                "grad": answer,
                "grad_latex": _as_pmatrix(answer),
                "inverted": inverted,
                "relu_g": relu_of_g,
            }


def _sigmoid_at_log(k: Fraction) -> tuple[Fraction, Fraction]:
    """sigma(ln k) = k / (k + 1), and its slope sigma (1 - sigma) = k / (k + 1)^2."""
    s = k / (k + 1)
    return s, s * (1 - s)


@generator("ml_sigmoid_backward")
def sigmoid_backward(rng: random.Random) -> dict[str, Any]:
    """z = (0, ln a, -ln b) in some order, so sigma(z) is rational; an upstream gradient g."""
    while True:
        a, b = rng.choice([2, 3, 4, 5, 9]), rng.choice([2, 3, 4, 5, 9])
        entries = [(Fraction(1), "0"), (Fraction(a), f"\\ln {a}"), (Fraction(1, b), f"-\\ln {b}")]
        rng.shuffle(entries)
        g = _nonzero(rng, -4, 4, 3)
        sig, slope = zip(*(_sigmoid_at_log(k) for k, _ in entries), strict=True)

        def vec(items: Any) -> sympy.Matrix:
            return sympy.Matrix([sympy.Rational(v.numerator, v.denominator) for v in items])

        answer = vec(gi * s for gi, s in zip(g, slope, strict=True))
        with_output = vec(gi * s for gi, s in zip(g, sig, strict=True))
        if distinct(answer, with_output, vec(slope)):
            return {
                "z": "\\begin{bmatrix} " + " \\\\ ".join(t for _, t in entries) + " \\end{bmatrix}",
                "g": sympy.Matrix(g),
                "sig": vec(sig),
                "slope": vec(slope),
                "grad": answer,
                "grad_latex": _as_pmatrix(answer),
                "with_output": with_output,
            }


@generator("ml_relu_linear_backward")
def relu_linear_backward(rng: random.Random) -> dict[str, Any]:
    """z = W x with W in Z^{3x2}, a = ReLU(z), upstream g on a: the gradient W^T (g * mask)."""
    while True:
        w = sympy.Matrix(3, 2, [rng.randint(-3, 3) for _ in range(6)])
        x = sympy.Matrix(_nonzero(rng, -2, 2, 2))
        z = w * x
        if any(v == 0 for v in z) or all(v > 0 for v in z) or all(v < 0 for v in z):
            continue
        g = _nonzero(rng, -3, 3, 3)
        mask = [1 if v > 0 else 0 for v in z]
        masked = sympy.Matrix([gi * m for gi, m in zip(g, mask, strict=True)])
        inverted = sympy.Matrix([gi * (1 - m) for gi, m in zip(g, mask, strict=True)])
        answer = w.T * masked
        no_mask = w.T * sympy.Matrix(g)
        if answer.is_zero_matrix or not distinct(answer, no_mask, w.T * inverted):
            continue
        return {
            "W": w,
            "x": x,
            "z": z,
            "g": sympy.Matrix(g),
            "mask": sympy.Matrix(mask),
            "masked": masked,
            "grad": answer,
            "grad_latex": _as_pmatrix(answer),
            "no_mask": no_mask,
            "inverted_grad": w.T * inverted,
        }


# Growth classes from slowest to fastest: (choice id, LaTeX of the term without its coefficient).
_CLASSES = [
    ("constant", ""),
    ("log", "\\log_2 n"),
    ("linear", "n"),
    ("nlogn", "n \\log_2 n"),
    ("quadratic", "n^2"),
    ("cubic", "n^3"),
    ("exponential", "2^n"),
]


def _big_o(index: int) -> str:
    # The base of a logarithm is a constant factor, so big-O classes write plain log, as the
    # template's choices do.
    return f"O({_CLASSES[index][1].replace('log_2', 'log') or '1'})"


@generator("complexity_growth_function")
def growth_function(rng: random.Random) -> dict[str, Any]:
    """An operation count with three terms of different growth; the fastest-growing term has the
    smallest coefficient, so picking the term with the largest coefficient is a wrong answer."""
    *others, dominant = sorted(rng.sample(range(len(_CLASSES)), 3))
    biggest, remaining = rng.sample(others, 2)
    coefficients = {
        dominant: rng.randint(1, 4),
        biggest: rng.choice([200, 500, 1000, 2000, 5000]),
        remaining: rng.choice([5, 8, 10, 12, 20, 25, 50, 64, 100]),
    }
    terms = []
    terms_by_index = {}
    for index, c in coefficients.items():
        body = _CLASSES[index][1]
        if not body:
            terms.append(str(c))
        elif c == 1:
            terms.append(body)
        elif body == "2^n":
            terms.append(f"{c} \\cdot 2^n")
        else:
            terms.append(f"{c}\\,{body}")
        terms_by_index[index] = terms[-1]
    rng.shuffle(terms)
    return {
        "f": " + ".join(terms),
        "big_o": _CLASSES[dominant][0],
        "big_o_tex": _big_o(dominant),
        "dominant_term": terms_by_index[dominant],
        "by_coefficient": _CLASSES[biggest][0],
        "other_term": _CLASSES[remaining][0],
    }
