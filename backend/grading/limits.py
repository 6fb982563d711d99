"""Hard limits on learner (and author) input, enforced before any heavy work.

Every refusal names the limit it hit, so the message can say what to change.
"""

MAX_INPUT_CHARS = 2_000
MAX_TOKENS = 600
MAX_NODES = 500
# Nesting of brackets, braces, function calls, unary signs and exponents while parsing.
MAX_DEPTH = 50
# Depth of the finished tree; bounds every recursive walk over it (printer, evaluator, SymPy).
MAX_TREE_DEPTH = 120
MAX_LITERAL_DIGITS = 30
# A literal or a constant power may not pass 10^±300 (the float range).
MAX_DECIMAL_EXPONENT = 300
# |n| for x^n when x is not a constant; larger powers only overflow or stall expansion.
MAX_SYMBOLIC_EXPONENT = 1_000
# Powers stacked in exponents with variables: x^(y^z) (two) is allowed, x^(y^(z^w)) is not.
MAX_POWER_TOWER = 2
MAX_FACTORIAL = 170
MAX_IDENTIFIER_CHARS = 40
MAX_MATRIX_SIDE = 10
MAX_ELEMENTS = 100
MAX_ROOT_INDEX = 100
MAX_CHOICE_CHARS = 200
