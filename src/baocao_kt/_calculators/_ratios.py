"""The percentages a report states, computed exactly.

Each calculator returns a `Percent` (or `Points`) holding the exact quotient; rounding
happens once, when the text is made. A ratio that has no meaning (a zero reference, a
reference of the opposite sign) or a missing value raises, or, with ``na=True``, returns
a `NotAvailable` for the table cell that must say "n.a.".

A change (`variance`, `growth`) is divided by the reference's magnitude, so its sign
follows the order of the two values, below zero too.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal, TypeAlias, overload

import attrs

from baocao_kt._model._series import Figure
from baocao_kt._units._qualifier import refuse_approximate
from baocao_kt._units._quantity import Quantity
from baocao_kt._values._convert import Exact, to_integer_ratio
from baocao_kt._values._limits import MAX_EXPONENT, MIN_EXPONENT, within_bounds
from baocao_kt._values._rates import Percent, Points, percent_of_decimals, percent_of_ratio
from baocao_kt.errors import (
    MissingValueError,
    OppositeSignError,
    UnitMismatchError,
    ValueKindError,
    ZeroBaseError,
)

#: What a calculator compares: a number, a `Quantity` (both sides then quantities of one
#: kind, converted exactly) or a `Figure` (its value).
Operand: TypeAlias = Exact | Quantity | Figure


@attrs.frozen
class NotAvailable:
    """The value of a ratio that has no meaning; its text is ``n.a.``.

    Attributes:
        reason: Why there is no value, in one sentence (for a tooltip or a footnote).

    >>> cell = attainment(94, 0, na=True)
    >>> str(cell), cell.reason
    ('n.a.', 'the reference is zero')
    """

    reason: str

    def __str__(self) -> str:
        return "n.a."

    def __format__(self, spec: str) -> str:
        return "n.a."


@overload
def attainment(actual: Operand, target: Operand, *, na: Literal[False] = False) -> Percent: ...
@overload
def attainment(actual: Operand, target: Operand, *, na: bool) -> Percent | NotAvailable: ...
def attainment(actual: Operand, target: Operand, *, na: bool = False) -> Percent | NotAvailable:
    """How much of the target is reached: actual ÷ target × 100 (*đạt/bằng X% kế hoạch*).

    Args:
        actual: The figure reached (ước thực hiện, thực hiện).
        target: The plan, budget estimate (dự toán) or scenario.
        na: Return `NotAvailable` instead of raising when the ratio has no meaning or
            a value is missing (``None``, NaN, ``pandas.NA``).

    Two negative values give the ratio of their sizes (a deficit of 5 against a
    planned 10 is 50 %): it says how large the actual is, not which is higher;
    `variance` and `compare` say that.

    Raises:
        ZeroBaseError: The target is zero.
        OppositeSignError: The target and the actual have opposite signs.
        MissingValueError: A value is missing (unless ``na``).

    >>> attainment(50520, 135800).format(1)
    '37,2%'
    >>> attainment(103700, 351147).format(2)
    '29,53%'
    """
    return _relative(actual, target, na, 0)


@overload
def variance(actual: Operand, reference: Operand, *, na: Literal[False] = False) -> Percent: ...
@overload
def variance(actual: Operand, reference: Operand, *, na: bool) -> Percent | NotAvailable: ...
def variance(actual: Operand, reference: Operand, *, na: bool = False) -> Percent | NotAvailable:
    """How far above (or below) the reference: (actual ÷ reference − 1) × 100, signed.

    *vượt kịch bản 2,5%* when positive, *thấp hơn kịch bản* when negative. The change
    is divided by the reference's magnitude, so the sign always follows the order of
    the two values, below zero too: from −10 to −5 is +50 %. For a positive reference
    it is ``attainment(actual, reference) − 100 %``.

    Args:
        actual: The figure reached.
        reference: The scenario (kịch bản) or any other reference.
        na: Return `NotAvailable` instead of raising when the ratio has no meaning.

    Raises:
        ZeroBaseError: The reference is zero.
        OppositeSignError: The reference and the actual have opposite signs.

    >>> variance(275350, Decimal("237370.69")).format(0)
    '16%'
    >>> variance(90, 100)
    Percent('-10')
    >>> variance(-5, -10)  # a deficit of 5 against a planned 10: above the plan
    Percent('50')
    """
    return _relative(actual, reference, na, 1)


@overload
def growth(current: Operand, previous: Operand, *, na: Literal[False] = False) -> Percent: ...
@overload
def growth(current: Operand, previous: Operand, *, na: bool) -> Percent | NotAvailable: ...
def growth(current: Operand, previous: Operand, *, na: bool = False) -> Percent | NotAvailable:
    """Growth over the same period of the previous year (cùng kỳ): (current ÷ previous − 1) × 100.

    *tăng 4,06% so với cùng kỳ* when positive, *giảm* when negative. As for `variance`,
    the change is divided by the previous value's magnitude, so a loss that grows from
    100 to 110 is a fall: ``growth(-110, -100)`` is −10 %.

    Raises:
        ZeroBaseError: The previous value is zero.
        OppositeSignError: The two values have opposite signs.

    >>> growth(104060, 100000).format(2)
    '4,06%'
    >>> growth(-110, -100)
    Percent('-10')
    """
    return _relative(current, previous, na, 1)


@overload
def share(part: Operand, whole: Operand, *, na: Literal[False] = False) -> Percent: ...
@overload
def share(part: Operand, whole: Operand, *, na: bool) -> Percent | NotAvailable: ...
def share(part: Operand, whole: Operand, *, na: bool = False) -> Percent | NotAvailable:
    """The share of a part in its whole: part ÷ whole × 100 (*chiếm X%*).

    Raises:
        ZeroBaseError: The whole is zero.
        OppositeSignError: The part and the whole have opposite signs.

    >>> share(76348, 119456).format(1)
    '63,9%'
    """
    return _relative(part, whole, na, 0)


def point_change(rate: Percent, reference_rate: Percent) -> Points:
    """The difference of two rates in percentage points (*cao hơn 0,66 điểm %*).

    For indicators that are rates themselves (a growth rate, a tỷ lệ), where a relative
    variance would be a percent of a percent.

    Raises:
        ValueKindError: Either argument is not a `Percent`.

    >>> str(point_change(Percent("9.46"), Percent("8.80")))
    '0,66 điểm %'
    """
    for name, value in (("rate", rate), ("reference_rate", reference_rate)):
        if not isinstance(value, Percent):
            raise ValueKindError(
                f"{name}={value!r} is not a Percent; point_change takes two rates, "
                "such as Percent('9.46') and Percent('8.80')",
                value=value,
            )
    return Points(rate.exact - reference_rate.exact)


def _relative(  # positional: keywords cost 60 ns a call on the hot path
    value: Operand, reference: Operand, na: bool, shift: int
) -> Percent | NotAvailable:
    """(value ÷ reference − shift) × 100 as an exact `Percent`, or why it has no meaning."""
    if (  # the hot path: two finite Decimals of one sign, the division left for later
        type(value) is Decimal
        and type(reference) is Decimal
        and reference
        and value.is_finite()
        and reference.is_finite()
        and (not value or value.is_signed() == reference.is_signed())
        and not (shift and reference.is_signed())
        and MIN_EXPONENT <= value.adjusted() <= MAX_EXPONENT  # within_bounds, inlined:
        and MIN_EXPONENT <= reference.adjusted() <= MAX_EXPONENT  # a call costs 70 ns here
    ):
        return percent_of_decimals(value, reference, shift)
    try:
        (numerator, numerator_scale), (denominator, denominator_scale) = operand_ratios(
            value, reference
        )
    except MissingValueError:
        if na:
            return NotAvailable("a value is missing")
        raise
    if not denominator:
        if na:
            return NotAvailable("the reference is zero")
        raise ZeroBaseError(
            f"cannot compare {value!r} with a zero reference; a ratio to zero has no "
            "meaning: report it as n.a. (pass na=True to get NotAvailable)",
            numerator=value,
        )
    if (numerator < 0 < denominator) or (denominator < 0 < numerator):
        if na:
            return NotAvailable("the reference has the opposite sign")
        raise OppositeSignError(
            f"cannot compare {value!r} with {reference!r}: a reference of the opposite "
            "sign makes a relative change meaningless; report the difference instead",
            value=value,
            reference=reference,
        )
    # value ÷ reference = (numerator × denominator_scale) ÷ (numerator_scale × denominator)
    top = numerator * denominator_scale
    bottom = numerator_scale * denominator
    if shift:
        # A change is divided by the reference's magnitude, so that its sign follows the
        # order of the two values even below zero: from −10 to −5 is +50 %, not −50 %.
        return percent_of_ratio((top - bottom) * 100, abs(bottom))
    return percent_of_ratio(top * 100, bottom)


def operand_ratios(value: Operand, reference: Operand) -> tuple[tuple[int, int], tuple[int, int]]:
    """Both operands as exact integer ratios, quantities in the base unit of their kind."""
    if (  # the hot path
        type(value) is Decimal
        and type(reference) is Decimal
        and value.is_finite()
        and reference.is_finite()
        and within_bounds(value)
        and within_bounds(reference)
    ):
        return value.as_integer_ratio(), reference.as_integer_ratio()
    if isinstance(value, Figure) or isinstance(reference, Figure):
        refuse_approximate("compute a ratio of", value, reference)
    if isinstance(value, Figure):
        value = value.value
    if isinstance(reference, Figure):
        reference = reference.value
    if not isinstance(value, Quantity) and not isinstance(reference, Quantity):
        return (
            to_integer_ratio(value, argument="value"),
            to_integer_ratio(reference, argument="reference"),
        )
    if not (isinstance(value, Quantity) and isinstance(reference, Quantity)):
        raise ValueKindError(
            f"cannot compare {value!r} with {reference!r}: compare a quantity with a "
            "quantity (in any unit of its kind), or two plain numbers",
            value=reference if isinstance(value, Quantity) else value,
        )
    refuse_approximate("compute a ratio of", value, reference)
    if value.unit.dimension != reference.unit.dimension:
        raise UnitMismatchError(
            f"cannot compare {value} with {reference}: {value.unit} and {reference.unit} "
            "measure different things",
            left=value.unit,
            right=reference.unit,
        )
    value_ratio = Fraction(value.magnitude) * value.unit.factor
    reference_ratio = Fraction(reference.magnitude) * reference.unit.factor
    return value_ratio.as_integer_ratio(), reference_ratio.as_integer_ratio()
