"""Plain numbers as operands of the library's values, which they never silently become.

``attainment(...) == 100`` or ``Quantity(5, "ha") + 5`` is a bug in the calling script:
the number has no kind (is 100 a percent, a ratio, points?), so the library refuses to
guess and raises a `ValueKindError` that says what to write instead. Objects that are not
numbers at all (``None``, text, other libraries' values) are left to Python's own rules.
"""

from __future__ import annotations

from numbers import Number

from baocao_kt.errors import ValueKindError


def is_plain_number(value: object) -> bool:
    """Whether ``value`` is a number without a kind: int, float, Decimal, Fraction, numpy's.

    Anything registered as a `numbers.Number`, or whose type converts to an int or a
    float (``__index__``, ``__float__``), as Python's own numbers and numpy's do. bool is
    an int, and as an operand it is the same mistake.

    >>> from decimal import Decimal
    >>> is_plain_number(Decimal(1)), is_plain_number(True), is_plain_number("1")
    (True, True, False)
    """
    kind = type(value)
    if getattr(kind, "_HAS_A_KIND", False):  # Percent, Points, Quantity: float() for charts
        return False
    return isinstance(value, Number) or hasattr(kind, "__index__") or hasattr(kind, "__float__")


def mixed_with_number(action: str, value: object, number: object, advice: str) -> ValueKindError:
    """The error of ``action`` (``"add {value} and {number}"``) on a value and a plain number.

    ``advice`` says what would be right, after a semicolon.
    """
    subject = action.format(value=repr(value), number=repr(number))
    return ValueKindError(
        f"cannot {subject}: {number!r} is a plain {type(number).__name__}, not a "
        f"{type(value).__name__}; {advice}",
        value=number,
    )
