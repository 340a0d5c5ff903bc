"""`Percent` and `Points`: a number of percent, and a difference of two percents.

Both keep an exact rational value, so a percent made by a division (one third) is
rounded once, correctly, when it is written.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar, Self

import attrs

from baocao_kt._values._convert import Exact, to_fraction
from baocao_kt._values._notation import vietnamese_digits
from baocao_kt._values._rounding import fraction_to_decimal, round_half_up
from baocao_kt.errors import OptionError, ZeroBaseError

_FORMAT_SPEC = re.compile(r"(?:\.(\d+)f?)?")
_HUNDRED = Fraction(100)


def _percent_value(value: Exact) -> Fraction:
    return to_fraction(value, argument="Percent")


def _points_value(value: Exact) -> Fraction:
    return to_fraction(value, argument="Points")


def _places_from_spec(spec: str, default: int) -> int:
    match = _FORMAT_SPEC.fullmatch(spec)
    if match is None:
        raise OptionError(
            f"format spec {spec!r} is not understood; use '' or '.2f' (the number of decimals)",
            option="format_spec",
            value=spec,
        )
    return default if match.group(1) is None else int(match.group(1))


def _exact_repr(name: str, value: Fraction) -> str:
    decimal = fraction_to_decimal(value)
    if Fraction(decimal) == value:
        return f"{name}('{decimal}')"
    return f"{name}(Fraction({value.numerator}, {value.denominator}))"


class _ExactRate:
    """What `Percent` and `Points` share: an exact value, its text, sign and sum()."""

    __slots__ = ()
    exact: Fraction
    _DEFAULT_PLACES: ClassVar[int]
    _UNIT: ClassVar[str]  # written after the digits: "%" or " điểm %"

    if TYPE_CHECKING:  # attrs writes the subclasses' __init__; this tells mypy its shape

        def __init__(self, exact: Exact) -> None: ...

    @property
    def value(self) -> Decimal:
        """The value as a `Decimal`: exact when it terminates, else 28 significant digits.

        `exact` always keeps the whole rational value.
        """
        return fraction_to_decimal(self.exact)

    def rounded(self, places: int | None = None) -> Decimal:
        """The value rounded half-up to ``places`` decimals (by default as ``str()`` shows).

        >>> Percent.from_quotient(1, 8).rounded(1)
        Decimal('12.5')
        """
        return round_half_up(self.exact, self._DEFAULT_PLACES if places is None else places)

    def format(self, places: int | None = None, *, trim: bool = False) -> str:
        """Vietnamese text, rounded half-up: ``"37,2%"``, ``"0,66 điểm %"``.

        ``places`` defaults to one decimal for a `Percent` and two for `Points`; ``trim``
        drops trailing zeros after rounding.

        >>> Percent(17).format(2, trim=True), Points("-1.5").format(1)
        ('17%', '-1,5 điểm %')
        """
        return vietnamese_digits(self.rounded(places), trim=trim) + self._UNIT

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return _exact_repr(type(self).__name__, self.exact)

    def __format__(self, spec: str) -> str:
        return self.format(_places_from_spec(spec, self._DEFAULT_PLACES))

    def __bool__(self) -> bool:
        return bool(self.exact)

    def __neg__(self) -> Self:
        return type(self)(-self.exact)

    def __pos__(self) -> Self:
        return self

    def __abs__(self) -> Self:
        return type(self)(abs(self.exact))

    def __radd__(self, other: object) -> Self:
        if type(other) is int and other == 0:  # sum() starts from 0
            return self
        return NotImplemented


@attrs.frozen(repr=False, order=True)
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

    exact: Fraction = attrs.field(converter=_percent_value)
    """The exact number of percent."""

    _DEFAULT_PLACES: ClassVar[int] = 1
    _UNIT: ClassVar[str] = "%"

    @classmethod
    def from_ratio(cls, ratio: Exact) -> Self:
        """The percent of a plain ratio: ``0.3575`` is 35,75 %.

        >>> Percent.from_ratio("0.3575")
        Percent('35.75')
        """
        return cls(to_fraction(ratio, argument="ratio") * _HUNDRED)

    @classmethod
    def from_quotient(cls, part: Exact, whole: Exact) -> Self:
        """The exact percent that ``part`` is of ``whole`` (part ÷ whole × 100).

        Raises:
            ZeroBaseError: When ``whole`` is zero (also a `ZeroDivisionError`).

        >>> Percent.from_quotient(103700, 351147).format(2)
        '29,53%'
        """
        numerator = to_fraction(part, argument="part")
        denominator = to_fraction(whole, argument="whole")
        if not denominator:
            raise ZeroBaseError(
                f"cannot take {part!r} as a percent of a zero whole; "
                "a ratio to zero has no meaning (report it as n.a.)",
                numerator=part,
            )
        return cls(numerator / denominator * _HUNDRED)

    @property
    def ratio(self) -> Decimal:
        """The plain ratio, ``value ÷ 100`` (37,2 % → ``Decimal("0.372")``)."""
        return fraction_to_decimal(self.exact / _HUNDRED)

    def __add__(self, other: object) -> Percent:
        if isinstance(other, (Percent, Points)):
            return Percent(self.exact + other.exact)
        return NotImplemented

    def __sub__(self, other: object) -> Percent | Points:
        if isinstance(other, Percent):
            return Points(self.exact - other.exact)
        if isinstance(other, Points):
            return Percent(self.exact - other.exact)
        return NotImplemented


@attrs.frozen(repr=False, order=True)
class Points(_ExactRate):
    """Percentage points (điểm phần trăm): the difference of two percents.

    A `Points` is not a `Percent`: 8,80 % − 8,14 % is 0,66 points, not 0,66 %.
    ``str()`` shows two decimals.

    >>> str(Points("0.66"))
    '0,66 điểm %'
    >>> Percent("8.14") + Points("0.66")
    Percent('8.8')
    """

    exact: Fraction = attrs.field(converter=_points_value)
    """The exact number of points."""

    _DEFAULT_PLACES: ClassVar[int] = 2
    _UNIT: ClassVar[str] = " điểm %"

    def __add__(self, other: object) -> Points | Percent:
        if isinstance(other, Points):
            return Points(self.exact + other.exact)
        if isinstance(other, Percent):
            return Percent(self.exact + other.exact)
        return NotImplemented

    def __sub__(self, other: object) -> Points:
        if isinstance(other, Points):
            return Points(self.exact - other.exact)
        return NotImplemented
