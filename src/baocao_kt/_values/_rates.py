"""`Percent` and `Points`: a number of percent, and a difference of two percents.

Both keep an exact rational value, so a percent made by a division (one third) is
rounded once, correctly, when it is written.

They are plain slotted classes rather than attrs classes, on the base they share
(`ExactRate`, in ``_rate_base``): the value is a pair of ints compared by value, not by
field. They are immutable all the same.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar, Self

from baocao_kt._values._convert import Exact, to_integer_ratio
from baocao_kt._values._rate_base import KINDS_DIFFER, ExactRate
from baocao_kt._values._rounding import fraction_to_decimal
from baocao_kt.errors import ZeroBaseError


def percent_of_ratio(numerator: int, denominator: int) -> Percent:
    """The percent numerator ÷ denominator (ints, denominator non-zero), made directly.

    For the calculators, which have both ints already: no conversion, no checks.
    """
    return Percent._of_ratio(numerator, denominator)  # noqa: SLF001 - its own module


def percent_of_decimals(value: Decimal, reference: Decimal, shift: int) -> Percent:
    """The percent (value ÷ reference − shift) × 100 of two finite Decimals, reference ≠ 0.

    For the calculators' hot path: the division waits until the percent is first used.
    """
    percent = _NEW(Percent)
    _SET(percent, "_state", (value, reference, shift))
    return percent


_NEW = object.__new__
_SET = object.__setattr__


class Percent(ExactRate):
    """A number of percent: ``Percent("37.2")`` is 37,2 %.

    The value is exact: a percent made by a division keeps the exact quotient, and
    text rounds it half-up once. ``str()`` is Vietnamese with one decimal; `format`
    takes another number of decimals.

    >>> p = Percent("37.2")
    >>> str(p), p.ratio
    ('37,2%', Decimal('0.372'))
    >>> Percent.from_quotient(50520, 135800).format(2)
    '37,20%'
    >>> f"{Percent.from_quotient(1, 3):.3f}"
    '33,333%'
    >>> Percent("37.2") - Percent("36.54")
    Points('0.66')

    Arithmetic follows the meaning. A percent minus a percent is `Points`; a percent
    plus or minus points is a percent. A percent times or divided by a plain number
    (int, `Decimal`, `Fraction`, float) is a percent, exactly (half of 37,2 % is
    18,6 %; dividing by zero is a `ZeroBaseError`), and so are points. Adding,
    subtracting or comparing a plain number, and ``==`` with one (is ``100`` a percent
    or a ratio?), is a `ValueKindError`: write ``Percent(100)``, or use ``p.value``.
    Only the ``0`` that `sum` starts from is let through.

    >>> Percent("37.2") / 2, 3 * Points("0.5")
    (Percent('18.6'), Points('1.5'))
    >>> Percent("37.2") == 37.2
    Traceback (most recent call last):
    ...
    baocao_kt.errors.ValueKindError: cannot compare Percent('37.2') with 37.2: 37.2 is a \
plain float, not a Percent; write Percent(37.2) if it is a percent, or use the plain \
number, Percent('37.2').value
    """

    __slots__ = ()
    _DEFAULT_PLACES: ClassVar[int] = 1
    _UNIT: ClassVar[str] = "%"
    _KIND: ClassVar[str] = "a percent"

    @classmethod
    def from_ratio(cls, ratio: Exact) -> Self:
        """The percent of a plain ratio: ``0.3575`` is 35,75 %.

        >>> Percent.from_ratio("0.3575")
        Percent('35.75')
        """
        numerator, denominator = to_integer_ratio(ratio, argument="ratio")
        return cls._of_ratio(numerator * 100, denominator)

    @classmethod
    def from_quotient(cls, part: Exact, whole: Exact) -> Self:
        """The exact percent that ``part`` is of ``whole`` (part ÷ whole × 100).

        Raises:
            ZeroBaseError: When ``whole`` is zero (also a `ZeroDivisionError`).

        >>> Percent.from_quotient(103700, 351147).format(2)
        '29,53%'
        """
        part_numerator, part_denominator = to_integer_ratio(part, argument="part")
        whole_numerator, whole_denominator = to_integer_ratio(whole, argument="whole")
        if not whole_numerator:
            raise ZeroBaseError(
                f"cannot take {part!r} as a percent of a zero whole; "
                "a ratio to zero has no meaning (report it as n.a.)",
                numerator=part,
            )
        return cls._of_ratio(
            part_numerator * whole_denominator * 100, part_denominator * whole_numerator
        )

    @property
    def ratio(self) -> Decimal:
        """The plain ratio, ``value ÷ 100`` (37,2 % → ``Decimal("0.372")``)."""
        return fraction_to_decimal(self.exact / 100)

    def __add__(self, other: object) -> Percent:
        if isinstance(other, (Percent, Points)):
            return Percent._of_ratio(*self._plus(other, 1))
        self._refuse(other, "add {number} to {value}")
        return NotImplemented

    def __sub__(self, other: object) -> Percent | Points:
        if isinstance(other, Percent):
            return Points._of_ratio(*self._plus(other, -1))
        if isinstance(other, Points):
            return Percent._of_ratio(*self._plus(other, -1))
        self._refuse(other, "subtract {number} from {value}")
        return NotImplemented


class Points(ExactRate):
    """Percentage points (điểm phần trăm): the difference of two percents.

    A `Points` is not a `Percent`: 8,80 % − 8,14 % is 0,66 points, not 0,66 %.
    ``str()`` shows two decimals.

    >>> str(Points("0.66"))
    '0,66 điểm %'
    >>> Percent("8.14") + Points("0.66")
    Percent('8.8')
    """

    __slots__ = ()
    _DEFAULT_PLACES: ClassVar[int] = 2
    _UNIT: ClassVar[str] = " điểm %"
    _KIND: ClassVar[str] = "percentage points"

    def __add__(self, other: object) -> Points | Percent:
        if isinstance(other, Points):
            return Points._of_ratio(*self._plus(other, 1))
        if isinstance(other, Percent):
            return Percent._of_ratio(*self._plus(other, 1))
        self._refuse(other, "add {number} to {value}")
        return NotImplemented

    def __sub__(self, other: object) -> Points:
        if isinstance(other, Points):
            return Points._of_ratio(*self._plus(other, -1))
        self._refuse(other, "subtract {number} from {value}", KINDS_DIFFER)
        return NotImplemented
