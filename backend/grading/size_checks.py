"""Size checks made while parsing: powers and factorials whose values cannot be computed.

Constant parts are evaluated in floats (they are small by then: every literal is limited), so
9^9^9 is refused from log10 of the result before anything tries to compute it.
"""

import math

from .errors import ParseError
from .evaluate import constant_value
from .limits import (
    MAX_DECIMAL_EXPONENT,
    MAX_FACTORIAL,
    MAX_POWER_TOWER,
    MAX_SYMBOLIC_EXPONENT,
)
from .nodes import Node, is_constant


def check_power(base: Node, exponent: Node, pos: int) -> None:
    """Refuse powers whose value cannot fit in a float, and exponent towers."""
    if is_constant(exponent):
        power = constant_value(exponent)
        if math.isnan(power):
            return
        if not is_constant(base):
            if abs(power) <= MAX_SYMBOLIC_EXPONENT:
                return
            raise ParseError(
                "too_large",
                f"the exponent at position {pos} is too large (at most {MAX_SYMBOLIC_EXPONENT})",
                pos,
            )
        value = constant_value(base)
        if not math.isfinite(power) or (
            value not in (0.0, 1.0, -1.0)
            and math.isfinite(value)
            and abs(power * math.log10(abs(value))) > MAX_DECIMAL_EXPONENT
        ):
            raise ParseError(
                "too_large",
                f"the power at position {pos} is too large to work with "
                f"(more than 10^{MAX_DECIMAL_EXPONENT})",
                pos,
            )
        return
    height, current = 1, exponent
    while current.op in ("pow", "neg", "mul", "div", "add") and current.args:
        if current.op == "pow":
            height += 1
            current = current.args[1]
        else:
            inner = [arg for arg in current.args if not is_constant(arg)]
            if not inner:
                break
            current = inner[0]
    if height > MAX_POWER_TOWER:
        raise ParseError(
            "too_complex",
            f"the tower of powers at position {pos} is too tall (at most {MAX_POWER_TOWER})",
            pos,
        )


def check_factorial(operand: Node, pos: int) -> None:
    if not is_constant(operand):
        return
    value = constant_value(operand)
    if not (math.isfinite(value) and value == int(value) and 0 <= value <= MAX_FACTORIAL):
        raise ParseError(
            "too_large",
            f"a factorial needs a whole number from 0 to {MAX_FACTORIAL} (position {pos})",
            pos,
        )
