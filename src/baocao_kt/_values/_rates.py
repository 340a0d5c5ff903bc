"""`Percent` and `Points`: a number of percent, and a difference of two percents.

Both keep an exact rational value, so a percent made by a division (one third) is
rounded once, correctly, when it is written.

They are plain slotted classes rather than attrs classes: the value is a pair of ints
that is not reduced (a gcd per quotient would cost more than the quotient), so equality,
ordering and hashing compare values, not fields. They are immutable all the same.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import gcd
from typing import ClassVar, NoReturn, Self

from baocao_kt._values._convert import Exact, to_integer_ratio
from baocao_kt._values._rounding import (
    check_places,
    fraction_to_decimal,
    places_from_format_spec,
)
from baocao_kt.errors import ZeroBaseError


class _ExactRate:
    """What `Percent` and `Points` share: an exact value, its text, order, sign and sum()."""

    __slots__ = ("_state",)
    # Either the value as (numerator, denominator) ints, denominator > 0, not reduced; or,
    # for a percent a calculator made from two Decimals, (value, reference, shift) not yet
    # divided: a table makes many percents and writes each once, so the conversion to ints
    # waits for the first use (`_ratio`) and a calculator costs about one object.
    _state: tuple[int, int] | tuple[Decimal, Decimal, int]
    _DEFAULT_PLACES: ClassVar[int]
    _UNIT: ClassVar[str]  # written after the digits: "%" or " điểm %"

    def __init__(self, value: Exact) -> None:
        object.__setattr__(self, "_state", to_integer_ratio(value, argument=type(self).__name__))

    @classmethod
    def _of_ratio(cls, numerator: int, denominator: int) -> Self:
        """The value numerator ÷ denominator (denominator non-zero), without conversion."""
        rate = object.__new__(cls)
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        object.__setattr__(rate, "_state", (numerator, denominator))
        return rate

    def _ratio(self) -> tuple[int, int]:
        """The value as (numerator, denominator), denominator > 0, not reduced."""
        state = self._state
        if len(state) == 2:
            return state
        value, reference, shift = state
        value_numerator, value_denominator = value.as_integer_ratio()
        reference_numerator, reference_denominator = reference.as_integer_ratio()
        # (value ÷ reference − shift) × 100, over one denominator
        bottom = value_denominator * reference_numerator
        numerator = (value_numerator * reference_denominator - shift * bottom) * 100
        ratio = (-numerator, -bottom) if bottom < 0 else (numerator, bottom)
        object.__setattr__(self, "_state", ratio)  # the same value, now as ints
        return ratio

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable; make a new one instead")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is immutable; make a new one instead")

    def __reduce__(self) -> tuple[type[Self], tuple[Fraction]]:
        return type(self), (self.exact,)

    @property
    def exact(self) -> Fraction:
        """The exact value as a `Fraction` (one third of a percent stays one third)."""
        return Fraction(*self._ratio())

    @property
    def value(self) -> Decimal:
        """The value as a `Decimal`: exact when it terminates, else 28 significant digits.

        `exact` always keeps the whole rational value.
        """
        return fraction_to_decimal(self.exact)

    def _units_of_last_place(self, places: int | None) -> tuple[int, int]:
        """The value rounded half-up, in units of its last decimal: (sign, whole ≥ 0)."""
        if places is None:
            places = self._DEFAULT_PLACES
        elif type(places) is not int or not 0 <= places <= 50:
            check_places(places)
        numerator, denominator = self._ratio()
        whole, remainder = divmod(abs(numerator) * 10**places, denominator)
        if 2 * remainder >= denominator:
            whole += 1
        return (-1 if numerator < 0 and whole else 1), whole

    def signed_text(self, places: int, *, trim: bool = False) -> tuple[int, str]:
        """The sign at ``places`` decimals (-1, 0 or 1) and the text of the absolute value.

        For phrases, which say the sign in words (*vượt*, *thấp hơn*, *bằng*): a value
        that rounds to zero has the sign 0.

        >>> Percent("-2.46").signed_text(1), Percent("0.04").signed_text(1)
        ((-1, '2,5%'), (0, '0,0%'))
        """
        sign, whole = self._units_of_last_place(places)
        return (sign if whole else 0), self._text(1, whole, places, trim=trim)

    def rounded(self, places: int | None = None) -> Decimal:
        """The value rounded half-up to ``places`` decimals (by default as ``str()`` shows).

        >>> Percent.from_quotient(1, 8).rounded(1)
        Decimal('12.5')
        """
        sign, whole = self._units_of_last_place(places)
        exponent = self._DEFAULT_PLACES if places is None else places
        return Decimal(f"{'-' if sign < 0 else ''}{whole}E-{exponent}")

    def format(self, places: int | None = None, *, trim: bool = False) -> str:
        """Vietnamese text, rounded half-up: ``"37,2%"``, ``"0,66 điểm %"``.

        ``places`` defaults to one decimal for a `Percent` and two for `Points`; ``trim``
        drops trailing zeros after rounding.

        >>> Percent(17).format(2, trim=True), Points("-1.5").format(1)
        ('17%', '-1,5 điểm %')
        """
        # Written from the rounded int directly: a percent is formatted once per table
        # cell, and this is twice as fast as a Decimal through `vietnamese_digits`.
        sign, whole = self._units_of_last_place(places)
        return self._text(
            sign, whole, self._DEFAULT_PLACES if places is None else places, trim=trim
        )

    def _text(self, sign: int, whole: int, exponent: int, *, trim: bool) -> str:
        """The text of ``sign × whole`` units of the ``exponent``-th decimal."""
        integer, fraction = divmod(whole, 10**exponent)
        text = f"{'-' if sign < 0 else ''}{integer:,}".replace(",", ".")
        digits = str(fraction).zfill(exponent) if exponent else ""
        if trim:
            digits = digits.rstrip("0")
        return f"{text},{digits}{self._UNIT}" if digits else text + self._UNIT

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        exact = self.exact
        decimal = fraction_to_decimal(exact)
        if Fraction(decimal) == exact:
            return f"{type(self).__name__}('{decimal}')"
        return f"{type(self).__name__}(Fraction({exact.numerator}, {exact.denominator}))"

    def __format__(self, spec: str) -> str:
        return self.format(places_from_format_spec(spec, self._DEFAULT_PLACES))

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.exact))

    def _cross(self, other: object) -> tuple[int, int] | None:
        """Both values over one denominator, if ``other`` is of the same type."""
        if type(other) is not type(self):
            return None
        assert isinstance(other, _ExactRate)  # noqa: S101 - for mypy, after the type check
        numerator, denominator = self._ratio()
        other_numerator, other_denominator = other._ratio()  # noqa: SLF001 - the same class
        return numerator * other_denominator, other_numerator * denominator

    def __eq__(self, other: object) -> bool:
        pair = self._cross(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __lt__(self, other: object) -> bool:
        pair = self._cross(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other: object) -> bool:
        pair = self._cross(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other: object) -> bool:
        pair = self._cross(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other: object) -> bool:
        pair = self._cross(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __bool__(self) -> bool:
        return self._ratio()[0] != 0

    def __neg__(self) -> Self:
        numerator, denominator = self._ratio()
        return self._of_ratio(-numerator, denominator)

    def __pos__(self) -> Self:
        return self

    def __abs__(self) -> Self:
        numerator, denominator = self._ratio()
        return self._of_ratio(abs(numerator), denominator)

    def __radd__(self, other: object) -> Self:
        if type(other) is int and other == 0:  # sum() starts from 0
            return self
        return NotImplemented

    def _plus(self, other: _ExactRate, sign: int) -> tuple[int, int]:
        """The value of self ± other as a reduced ratio (a long sum must not grow unbounded)."""
        own_numerator, own_denominator = self._ratio()
        other_numerator, other_denominator = other._ratio()
        numerator = own_numerator * other_denominator + sign * other_numerator * own_denominator
        denominator = own_denominator * other_denominator
        divisor = gcd(numerator, denominator)
        return numerator // divisor, denominator // divisor


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


class Percent(_ExactRate):
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
    """

    __slots__ = ()
    _DEFAULT_PLACES: ClassVar[int] = 1
    _UNIT: ClassVar[str] = "%"

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
        return NotImplemented

    def __sub__(self, other: object) -> Percent | Points:
        if isinstance(other, Percent):
            return Points._of_ratio(*self._plus(other, -1))
        if isinstance(other, Points):
            return Percent._of_ratio(*self._plus(other, -1))
        return NotImplemented


class Points(_ExactRate):
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

    def __add__(self, other: object) -> Points | Percent:
        if isinstance(other, Points):
            return Points._of_ratio(*self._plus(other, 1))
        if isinstance(other, Percent):
            return Percent._of_ratio(*self._plus(other, 1))
        return NotImplemented

    def __sub__(self, other: object) -> Points:
        if isinstance(other, Points):
            return Points._of_ratio(*self._plus(other, -1))
        return NotImplemented
