"""Generators for core deep-learning maths: forward passes through small dense layers and
backpropagation through a ReLU hidden layer.

Each generator redraws until the right answer differs from every value its templates list as
a common mistake, so every mistake rule can be recognised.
"""

import random
from typing import Any

import sympy

from . import generator
from .common import nonzero


def _relu(values: list[int]) -> list[int]:
    return [max(v, 0) for v in values]


@generator("dlcore_dense_relu")
def dense_relu(rng: random.Random) -> dict[str, Any]:
    """A 3x2 weight matrix, input x and bias b with z = Wx + b of mixed signs, no zero entry."""
    while True:
        w = [[nonzero(rng, -3, 3) for _ in range(2)] for _ in range(3)]
        x = [nonzero(rng, -3, 3) for _ in range(2)]
        b = [rng.randint(-3, 3) for _ in range(3)]
        wx = [row[0] * x[0] + row[1] * x[1] for row in w]
        z = [a + c for a, c in zip(wx, b, strict=True)]
        if 0 in z or all(v > 0 for v in z) or all(v < 0 for v in z) or all(v == 0 for v in b):
            continue
        out, no_bias = _relu(z), _relu(wx)
        if len({tuple(out), tuple(z), tuple(no_bias)}) < 3:
            continue
        return {
            "W": sympy.Matrix(w),
            "x": sympy.Matrix(x),
            "b": sympy.Matrix(b),
            "z": sympy.Matrix(z),
            "a": sympy.Matrix(out),
            "no_bias": sympy.Matrix(no_bias),
        }


@generator("dlcore_two_layer")
def two_layer(rng: random.Random) -> dict[str, Any]:
    """2 inputs -> 2 ReLU units -> 1 output; exactly one hidden unit is active."""
    while True:
        w = [[nonzero(rng, -3, 3) for _ in range(2)] for _ in range(2)]
        x = [nonzero(rng, -3, 3) for _ in range(2)]
        b = [rng.randint(-2, 2) for _ in range(2)]
        v = [nonzero(rng, -3, 3) for _ in range(2)]
        c = nonzero(rng, -3, 3)
        z = [w[i][0] * x[0] + w[i][1] * x[1] + b[i] for i in range(2)]
        if 0 in z or (z[0] > 0) == (z[1] > 0):
            continue
        h = _relu(z)
        y = v[0] * h[0] + v[1] * h[1] + c
        linear = v[0] * z[0] + v[1] * z[1] + c
        no_c = y - c
        if len({y, linear, no_c}) < 3:
            continue
        return {
            "W": sympy.Matrix(w),
            "x": sympy.Matrix(x),
            "b": sympy.Matrix(b),
            "v": sympy.Matrix([v]),
            "c": sympy.Integer(c),
            "z": sympy.Matrix(z),
            "h": sympy.Matrix(h),
            "yhat": sympy.Integer(y),
            "linear": sympy.Integer(linear),
            "no_c": sympy.Integer(no_c),
        }


@generator("dlcore_batch_dense")
def batch_dense(rng: random.Random) -> dict[str, Any]:
    """A batch X (2x3), weights W (3x2), bias b (length 2): ReLU(XW + b) with b on each row."""
    while True:
        xs = [[rng.randint(-2, 2) for _ in range(3)] for _ in range(2)]
        w = [[rng.randint(-2, 2) for _ in range(2)] for _ in range(3)]
        b = [nonzero(rng, -3, 3) for _ in range(2)]
        if b[0] == b[1]:
            continue
        xw = sympy.Matrix(xs) * sympy.Matrix(w)
        z = xw + sympy.Matrix([[b[0], b[1]], [b[0], b[1]]])
        wrong = xw + sympy.Matrix([[b[0], b[0]], [b[1], b[1]]])
        if any(v == 0 for v in z) or all(v > 0 for v in z) or sum(1 for v in z if v < 0) < 2:
            continue
        out = z.applyfunc(lambda v: max(v, 0))
        wrong_out = wrong.applyfunc(lambda v: max(v, 0))
        if len({tuple(out), tuple(z), tuple(wrong_out)}) < 3:
            continue
        return {
            "X": sympy.Matrix(xs),
            "W": sympy.Matrix(w),
            "b": sympy.Matrix([b]),
            "Z": z,
            "A": out,
            "wrong": wrong_out,
        }


@generator("dlcore_relu_backprop")
def relu_backprop(rng: random.Random) -> dict[str, Any]:
    """Scalar x -> two ReLU units h_j = ReLU(w_j x + b_j) -> y-hat = v1 h1 + v2 h2, squared loss.

    Exactly one hidden unit is active, and the error y-hat - y is non-zero."""
    while True:
        x = nonzero(rng, -3, 3)
        w = [nonzero(rng, -3, 3) for _ in range(2)]
        b = [rng.randint(-3, 3) for _ in range(2)]
        v = [nonzero(rng, -3, 3) for _ in range(2)]
        z = [w[j] * x + b[j] for j in range(2)]
        if 0 in z or (z[0] > 0) == (z[1] > 0):
            continue
        h = _relu(z)
        yhat = v[0] * h[0] + v[1] * h[1]
        y = rng.randint(-5, 5)
        e = yhat - y
        if e == 0:
            continue
        mask = [1 if zj > 0 else 0 for zj in z]
        grad = [e * v[j] * x * mask[j] for j in range(2)]
        no_mask = [e * v[j] * x for j in range(2)]
        no_v = [e * x * mask[j] for j in range(2)]
        flipped = [-g for g in grad]
        if len({tuple(grad), tuple(no_mask), tuple(no_v), tuple(flipped)}) < 4:
            continue
        return {
            "x": sympy.Integer(x),
            "w1": sympy.Integer(w[0]),
            "w2": sympy.Integer(w[1]),
            "b1": sympy.Integer(b[0]),
            "b2": sympy.Integer(b[1]),
            "v1": sympy.Integer(v[0]),
            "v2": sympy.Integer(v[1]),
            "y": sympy.Integer(y),
            "z1": sympy.Integer(z[0]),
            "z2": sympy.Integer(z[1]),
            "h1": sympy.Integer(h[0]),
            "h2": sympy.Integer(h[1]),
            "yhat": sympy.Integer(yhat),
            "e": sympy.Integer(e),
            "mask": sympy.Matrix(mask),
            "grad": sympy.Matrix(grad),
            "no_mask": sympy.Matrix(no_mask),
            "no_v": sympy.Matrix(no_v),
            "flipped": sympy.Matrix(flipped),
        }
