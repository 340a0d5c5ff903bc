"""The exact arithmetic under `Quantity`, and the errors of mixing units.

`EXACT` (from the rounding module) is a `Decimal` context wide enough that additions and
multiplications never round; divisions go through `Fraction` and `fraction_to_decimal`
instead, which is exact whenever the quotient has a finite decimal expansion.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from baocao_kt._units._unit import Unit, describe, exact_decimal
from baocao_kt._values._convert import to_decimal
from baocao_kt._values._operands import is_plain_number, mixed_with_number
from baocao_kt._values._rates import Percent, Points
from baocao_kt._values._rounding import EXACT, fraction_to_decimal
from baocao_kt.errors import UnitMismatchError, ValueKindError, ZeroBaseError

#: The exact context's operations, bound once: looking a method up on a Context costs
#: more than the sum.
add, subtract, multiply = EXACT.add, EXACT.subtract, EXACT.multiply
_ONE = Decimal(1)
_NORMALIZE = EXACT.normalize
_QUANTIZE = EXACT.quantize


def tidy(value: Decimal) -> Decimal:
    """``value`` without trailing zeros after the comma (12,250 → 12,25; 15.000,00 → 15.000).

    >>> tidy(Decimal("12.250")), tidy(Decimal("15000.00"))
    (Decimal('12.25'), Decimal('15000'))
    """
    result = _NORMALIZE(value)  # the context's method: twice as fast as value.normalize
    if result.adjusted() >= 0 and result == result.to_integral_value():
        return _QUANTIZE(result, _ONE)  # 1.5E+4 → 15000
    return result


def convert(magnitude: Decimal, factor: Decimal | Fraction) -> Decimal:
    """``magnitude × factor`` for a conversion: exact and `tidy`, or 28 significant digits.

    >>> convert(Decimal(12250), Decimal("0.001")), convert(Decimal(1), Fraction(1, 360))
    (Decimal('12.25'), Decimal('0.002777777777777777777777777778'))
    """
    if isinstance(factor, Decimal):
        return tidy(multiply(magnitude, factor))
    return fraction_to_decimal(Fraction(magnitude) * factor)


def plus(left: Decimal, right: Decimal, factor: Decimal | Fraction, sign: int) -> Decimal:
    """``left ± right × factor``: a sum across units, in the left one's."""
    if isinstance(factor, Decimal):
        converted = tidy(multiply(right, factor))
        return add(left, converted) if sign > 0 else subtract(left, converted)
    return fraction_to_decimal(Fraction(left) + sign * Fraction(right) * factor)


def scale(magnitude: Decimal, factor: Decimal | Fraction) -> Decimal:
    """``magnitude × factor`` for a quantity times a number (trailing zeros kept)."""
    if isinstance(factor, Decimal):
        return multiply(magnitude, factor)
    return fraction_to_decimal(Fraction(magnitude) * factor)


def times(left: Decimal, right: Decimal, multiplier: Fraction, exponent: int) -> Decimal:
    """``left × right × multiplier`` (exponent 1) or ``left ÷ right × multiplier`` (-1)."""
    if exponent < 0:
        return fraction_to_decimal(Fraction(left) * multiplier / Fraction(right))
    value = multiply(left, right)
    if multiplier == 1:
        return value
    decimal = exact_decimal(multiplier)
    return convert(value, multiplier if decimal is None else decimal)


def scalar(other: object) -> Decimal | Fraction | None:
    """A number to multiply by, exactly: a `Percent` is its ratio; ``None`` if not a number.

    Any plain number (numpy's too) goes through the conversion policy, which refuses bools.
    """
    if isinstance(other, Fraction):
        return other
    if isinstance(other, Percent):
        return other.exact / 100
    if is_plain_number(other):
        return to_decimal(other, argument="factor")  # type: ignore[arg-type]
    return None


def refuse(quantity: object, other: object, action: str) -> None:
    """Raise the error of ``action`` with a plain number, a `Percent` or `Points`.

    ``action`` names the operands ``{value}`` (the quantity) and ``{number}``. Returns
    for anything else, for the caller to return `NotImplemented`.
    """
    if is_plain_number(other):
        unit = getattr(quantity, "unit", None)
        name = getattr(unit, "name", "its unit")
        advice = (
            f"write Quantity({other!r}, {name!r}) if it is in {name}, or use the plain "
            f"number, {quantity!r}.magnitude"
        )
        raise mixed_with_number(action, quantity, other, advice)
    if isinstance(other, (Percent, Points)):
        subject = action.format(value=repr(quantity), number=repr(other))
        raise ValueKindError(
            f"cannot {subject}: a {type(other).__name__} is no quantity; a percent of a "
            "quantity is their product (q * p)",
            value=other,
        )


def mismatch(
    action: str, left: object, right: object, left_unit: Unit, right_unit: Unit
) -> UnitMismatchError:
    subject = "cannot " + action.format(left=left, right=right)
    if left_unit.is_count and right_unit.is_count:
        reason = (
            f"{left_unit.name} and {right_unit.name} count different things, and one count "
            "never adds to, compares with or converts into another; keep them apart"
        )
    else:
        reason = (
            f"{left_unit.name} is {describe(left_unit)} and {right_unit.name} is "
            f"{describe(right_unit)}; only quantities of one kind add, compare and convert"
        )
    return UnitMismatchError(f"{subject}: {reason}", left=left_unit, right=right_unit)


def zero_divisor(quantity: object, divisor: object) -> ZeroBaseError:
    """The error of dividing ``quantity`` by zero."""
    return ZeroBaseError(
        f"cannot divide {quantity} by {divisor}, which is zero; a ratio to zero has no "
        "meaning (report it as n.a.)",
        numerator=quantity,
    )
