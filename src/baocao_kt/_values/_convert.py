"""The one conversion policy for numbers coming from users.

int, `Decimal`, str in Python notation and float (through its shortest repr) become
`Decimal`; everything else is refused with an error that names the value.
"""

from __future__ import annotations

import operator
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from numbers import Integral, Real
from typing import TypeAlias

from baocao_kt._values._limits import (
    MAX_EXPONENT,
    MAX_TEXT_DIGITS,
    MIN_EXPONENT,
    check_bounds,
    out_of_bounds,
)
from baocao_kt.errors import (
    MagnitudeError,
    MissingValueError,
    NonFiniteError,
    ParseError,
    ValueKindError,
)

#: What the library accepts wherever it asks for a number.
Number: TypeAlias = int | str | Decimal | float

# An int of at most this many bits is below 2³³⁵ < 10¹⁰¹: within bounds without a check.
_MAX_INT_BITS = 335
_DIGITS_PER_BIT = 0.30103  # log10(2)
# Missing cells of tables (pandas.NA, pandas.NaT), refused as missing, not as a bad type.
_MISSING_TYPES = frozenset({"NAType", "NaTType"})
# numpy's bool, which is not a Python bool but is no number either.
_BOOL_TYPES = frozenset({"bool_", "bool"})

#: A number, or an exact rational produced by a division.
Exact: TypeAlias = Number | Fraction


def to_decimal(value: Number, *, argument: str = "value") -> Decimal:
    """Convert user input to an exact `Decimal`, or refuse it.

    Args:
        value: An int (or any integer such as ``numpy.int64``), a `Decimal`, a str in
            Python notation (``"5108.711"``) or a float (``numpy.float32`` too), which is
            read through its shortest repr (``0.1`` is ``Decimal("0.1")``).
        argument: The parameter name to show in error messages.

    A negative zero becomes zero. The result is within the bounds of a figure
    (`MagnitudeError` beyond them).

    Raises:
        ValueKindError: For bools and any other type (a `TypeError`).
        MissingValueError: For ``None``, a float NaN and ``pandas.NA`` (a table's
            missing cell; a `ValueError`).
        NonFiniteError: For a `Decimal` NaN and infinities (a `ValueError`).
        MagnitudeError: For a number beyond 10¹⁰¹ or below 10⁻¹⁰⁰ (a `ValueError`).
        ParseError: For a str that is not a number in Python notation.

    >>> to_decimal(0.1 + 0.2)
    Decimal('0.30000000000000004')
    >>> to_decimal(" 5108.711 ")
    Decimal('5108.711')
    >>> to_decimal(float("nan"))
    Traceback (most recent call last):
    ...
    baocao_kt.errors.MissingValueError: value=nan is a missing value (NaN), not a \
number; fill it in, or ask for n.a. where the function offers it (na=True)
    """
    kind = type(value)
    if kind is Decimal:
        result = value
    elif kind is int:
        if value.bit_length() > _MAX_INT_BITS:  # type: ignore[union-attr]
            return _large_int(value, argument)  # type: ignore[arg-type]
        return Decimal(value)
    elif kind is float:
        if value != value:  # noqa: PLR0124 - NaN is the one float unequal to itself
            raise _missing(value, argument, "NaN")
        result = Decimal(repr(value))
    elif kind is str:
        result = _decimal_from_python_text(value, argument)  # type: ignore[arg-type]
    else:
        return _other_kind(value, argument)
    if not result.is_finite():  # type: ignore[union-attr]
        raise NonFiniteError(
            f"{argument}={value!r} is not a finite number; a report figure must be one",
            value=value,
        )
    if not MIN_EXPONENT <= result.adjusted() <= MAX_EXPONENT:  # type: ignore[union-attr]
        check_bounds(result, argument=argument)  # type: ignore[arg-type]
    if not result and result.is_signed():  # type: ignore[union-attr]
        return result.copy_abs()  # type: ignore[union-attr]
    return result  # type: ignore[return-value]


def _large_int(value: int, argument: str) -> Decimal:
    """An int near or beyond the bounds: checked, and refused at once when far beyond."""
    bits = value.bit_length()
    if bits > 2 * _MAX_INT_BITS:  # Decimal(value) of a million digits would take seconds
        raise MagnitudeError(
            f"{argument}=<an int of about {int(bits * _DIGITS_PER_BIT)} digits> "
            f"{out_of_bounds(Decimal(f'1E{MAX_EXPONENT + 1}'))}",
            value=value,
        )
    return check_bounds(Decimal(value), argument=argument)


def _other_kind(value: object, argument: str) -> Decimal:
    """`to_decimal` of anything that is not exactly an int, a float, a Decimal or a str."""
    if value is None or type(value).__name__ in _MISSING_TYPES:
        raise _missing(value, argument, "no value")
    if isinstance(value, bool) or type(value).__name__ in _BOOL_TYPES:
        raise ValueKindError(
            f"{argument}={value!r} is a bool, not a number; pass 1 or 0 if a count was meant",
            value=value,
        )
    if isinstance(value, (int, Integral)):  # an IntEnum member, numpy.int64
        return to_decimal(operator.index(value), argument=argument)
    if isinstance(value, float):  # numpy.float64 and other float subclasses
        return to_decimal(float(value), argument=argument)
    if isinstance(value, Decimal):
        return to_decimal(Decimal(value), argument=argument)
    if isinstance(value, str):
        return to_decimal(str(value), argument=argument)
    if isinstance(value, Real) and hasattr(value, "dtype"):
        # numpy.float32 and float16: their str is their own shortest repr (0.1, where the
        # float64 they widen to would show 0.10000000149011612).
        if value != value:  # noqa: PLR0124 - NaN
            raise _missing(value, argument, "NaN")
        return to_decimal(str(value), argument=argument)
    raise ValueKindError(
        f"{argument}={value!r} is a {type(value).__name__}, not a number; "
        "pass an int, a Decimal, a str such as '5108.711' or a float",
        value=value,
    )


def _missing(value: object, argument: str, what: str) -> MissingValueError:
    return MissingValueError(
        f"{argument}={value!r} is a missing value ({what}), not a number; fill it in, "
        "or ask for n.a. where the function offers it (na=True)",
        value=value,
    )


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
    if kind is int and value.bit_length() <= _MAX_INT_BITS:  # type: ignore[union-attr]
        return value, 1  # type: ignore[return-value]
    if (
        kind is Decimal
        and value.is_finite()  # type: ignore[union-attr]
        and MIN_EXPONENT <= value.adjusted() <= MAX_EXPONENT  # type: ignore[union-attr]
    ):
        return value.as_integer_ratio()  # type: ignore[union-attr]
    if isinstance(value, Fraction):
        return value.numerator, value.denominator
    return to_decimal(value, argument=argument).as_integer_ratio()


def _decimal_from_python_text(text: str, argument: str) -> Decimal:
    if len(text) > MAX_TEXT_DIGITS:
        digits = sum(char.isdigit() for char in text)
        if digits > MAX_TEXT_DIGITS:
            raise MagnitudeError(
                f"{argument}={text[:20]!r}… has {digits} digits; a numeral has at most "
                f"{MAX_TEXT_DIGITS}",
                value=text,
            )
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
