"""What remains to reach a plan, and the monthly average that reaches it.

"How much must we reach each month to meet the plan?" is the question behind every
scenario; these answer it from the plan, what is achieved, and the last month counted.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import overload

from baocao_kt._model._series import Figure
from baocao_kt._periods._calendar import Month
from baocao_kt._units._quantity import Quantity
from baocao_kt._values._convert import Number, to_decimal
from baocao_kt._values._rounding import EXACT, fraction_to_decimal
from baocao_kt.errors import PeriodError, ValueKindError

#: A plan or an achieved amount: a number, a `Quantity` or a `Figure` (its value).
Amount = Number | Quantity | Figure


@overload
def remaining(target: Quantity, achieved: Quantity | Figure) -> Quantity: ...
@overload
def remaining(target: Number | Figure, achieved: Number | Figure) -> Decimal: ...
def remaining(target: Amount, achieved: Amount) -> Quantity | Decimal:
    """What remains to reach ``target``: target − achieved, exact.

    Zero or negative means the target is reached (a negative value is the surplus). With
    quantities, the result is in the target's unit.

    >>> remaining(135800, 50520)
    Decimal('85280')
    >>> remaining(Quantity(20, "ha"), Quantity(5000, "m²"))
    Quantity('19.5', 'ha')
    """
    target, achieved = _plain(target), _plain(achieved)
    if isinstance(target, Quantity) or isinstance(achieved, Quantity):
        if not (isinstance(target, Quantity) and isinstance(achieved, Quantity)):
            raise _mixed(target, achieved)
        return target - achieved
    return EXACT.subtract(
        to_decimal(target, argument="target"), to_decimal(achieved, argument="achieved")
    )


@overload
def required_monthly_average(
    target: Quantity, achieved: Quantity | Figure, *, through: Month
) -> Quantity: ...
@overload
def required_monthly_average(
    target: Number | Figure, achieved: Number | Figure, *, through: Month
) -> Decimal: ...
def required_monthly_average(
    target: Amount, achieved: Amount, *, through: Month
) -> Quantity | Decimal:
    """The amount to reach in each month after ``through`` to meet ``target`` by December.

    (target − achieved) ÷ the months left in the year. The quotient is exact when it
    terminates, else given to 28 significant digits (round it when you write it).

    Raises:
        PeriodError: ``through`` is December: no month is left.

    >>> required_monthly_average(135800, 50520, through=Month(2026, 4))
    Decimal('10660')
    """
    if not isinstance(through, Month):
        raise ValueKindError(
            f"through={through!r} is not a Month; pass the last month counted, "
            "such as Month(2026, 4)",
            value=through,
        )
    months_left = 12 - through.month
    if not months_left:
        raise PeriodError(
            f"no month is left in {through.year} after {through}; "
            "what remains must be reached in the next year's plan",
            field="through",
            value=through,
        )
    left = remaining(target, achieved)  # type: ignore[arg-type]
    if isinstance(left, Quantity):
        return left / months_left
    return fraction_to_decimal(Fraction(left) / months_left)


def _plain(amount: Amount) -> Number | Quantity:
    return amount.value if isinstance(amount, Figure) else amount


def _mixed(target: object, achieved: object) -> ValueKindError:
    return ValueKindError(
        f"cannot take {achieved!r} from {target!r}: use two quantities (in units of one "
        "kind) or two plain numbers",
        value=achieved if isinstance(target, Quantity) else target,
    )
