"""The one conversion policy for numbers coming from users.

int, `Decimal`, str in Python notation and float (through its shortest repr) become
`Decimal`; everything else is refused with an error that names the value.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import TypeAlias

from baocao_kt.errors import NonFiniteError, ParseError, ValueKindError

#: What the library accepts wherever it asks for a number.
Number: TypeAlias = int | str | Decimal | float

#: A number, or an exact rational produced by a division.
Exact: TypeAlias = Number | Fraction


def to_decimal(value: Number, *, argument: str = "value") -> Decimal:
    """Convert user input to an exact `Decimal`, or refuse it.

    Args:
        value: An int, a `Decimal`, a str in Python notation (``"5108.711"``) or a
            float, which is read through its shortest repr (``0.1`` is ``Decimal("0.1")``).
        argument: The parameter name to show in error messages.

    Raises:
        ValueKindError: For bools and any other type (a `TypeError`).
        NonFiniteError: For NaN and infinities (a `ValueError`).
        ParseError: For a str that is not a number in Python notation.

    >>> to_decimal(0.1 + 0.2)
    Decimal('0.30000000000000004')
    >>> to_decimal(" 5108.711 ")
    Decimal('5108.711')
    """
    kind = type(value)
    if kind is Decimal:
        result = value
    elif kind is int:
        return Decimal(value)
    elif kind is float:
        result = Decimal(repr(value))
    elif kind is str:
        result = _decimal_from_python_text(value, argument)  # type: ignore[arg-type]
    elif isinstance(value, bool):
        raise ValueKindError(
            f"{argument}={value!r} is a bool, not a number; pass 1 or 0 if a count was meant",
            value=value,
        )
    elif isinstance(value, (int, Decimal, float, str)):  # subclasses, e.g. IntEnum
        return to_decimal(_base_value(value), argument=argument)
    else:
        raise ValueKindError(
            f"{argument}={value!r} is a {kind.__name__}, not a number; "
            "pass an int, a Decimal, a str such as '5108.711' or a float",
            value=value,
        )
    if not result.is_finite():  # type: ignore[union-attr]
        raise NonFiniteError(
            f"{argument}={value!r} is not a finite number; a report figure must be one",
            value=value,
        )
    return result  # type: ignore[return-value]


def to_fraction(value: Exact, *, argument: str = "value") -> Fraction:
    """Convert user input, or an exact `Fraction`, to a `Fraction`.

    >>> to_fraction("37.2")
    Fraction(186, 5)
    """
    if type(value) is Fraction:
        return value
    if isinstance(value, Fraction):
        return Fraction(value)
    return Fraction(to_decimal(value, argument=argument))


def to_integer_ratio(value: Exact, *, argument: str = "value") -> tuple[int, int]:
    """The exact value as ``(numerator, denominator)`` ints, the denominator positive.

    Not reduced: this is the fast road to exact quotients, without a gcd per value.

    >>> to_integer_ratio("37.2")
    (186, 5)
    >>> to_integer_ratio(Fraction(-1, 3))
    (-1, 3)
    """
    kind = type(value)
    if kind is int:
        return value, 1  # type: ignore[return-value]
    if kind is Decimal and value.is_finite():  # type: ignore[union-attr]
        return value.as_integer_ratio()  # type: ignore[union-attr]
    if isinstance(value, Fraction):
        return value.numerator, value.denominator
    return to_decimal(value, argument=argument).as_integer_ratio()


def _base_value(value: Decimal | float | str) -> Number:
    """The plain builtin value of a subclass instance (an IntEnum member, a str subclass)."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, Decimal):
        return Decimal(value)
    return str(value)


def _decimal_from_python_text(text: str, argument: str) -> Decimal:
    try:
        return Decimal(text)  # Decimal itself allows surrounding whitespace and "1_000"
    except InvalidOperation:
        pass
    hint = ""
    if "," in text:
        hint = " (Vietnamese notation such as '5.108,711' is read by parse_number)"
    position = next(
        (i for i, char in enumerate(text) if not (char.isdigit() or char in " .+-_eE")), 0
    )
    raise ParseError(
        f"{argument}={text!r} is not a number in Python notation such as '5108.711'{hint}",
        text=text,
        position=position,
    )
