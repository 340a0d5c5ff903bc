"""What `Percent` and `Points` share: an exact rational value, its text, order and arithmetic.

The value is a pair of ints that is not reduced (a gcd per quotient would cost more than
the quotient), so equality, ordering and hashing compare values, not fields. No method
changes an object's state after it is made, and setting or deleting an attribute is an
`AttributeError`.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from math import gcd
from typing import ClassVar, NoReturn, Self

from baocao_kt._values._convert import Exact, to_integer_ratio
from baocao_kt._values._operands import is_plain_number, mixed_with_number
from baocao_kt._values._rounding import (
    check_places,
    fraction_to_decimal,
    places_from_format_spec,
)
from baocao_kt.errors import ValueKindError, ZeroBaseError

#: Why a percent and points do not order or subtract.
KINDS_DIFFER = (
    "a percent and percentage points are different measures (a percent minus a percent is "
    "points); convert one into the other's kind first"
)


class ExactRate:
    """What `Percent` and `Points` share: an exact value, its text, order, sign and sum()."""

    __slots__ = ("_state",)
    # Either the value as (numerator, denominator) ints, denominator > 0, not reduced; or,
    # for a percent a calculator made from two Decimals, (value, reference, shift) not yet
    # divided: a table makes many percents and writes each once, so the conversion to ints
    # is left to each use (`_ratio`) and a calculator costs about one object
    # (benchmarks/bench_calculators.py: 0.55 µs instead of 1.71 µs for `attainment`). The
    # state is never rewritten: a percent used twice divides twice, which costs less than
    # the conversion a calculator would otherwise pay for every percent it makes.
    _state: tuple[int, int] | tuple[Decimal, Decimal, int]
    _DEFAULT_PLACES: ClassVar[int]
    _UNIT: ClassVar[str]  # written after the digits: "%" or " điểm %"
    _KIND: ClassVar[str]  # what the value is, for messages: "a percent"
    # A value with a kind: float() exists for charts, but it is not a plain number.
    _HAS_A_KIND: ClassVar[bool] = True

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
        return (-numerator, -bottom) if bottom < 0 else (numerator, bottom)

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

    def _cross(self, other: object, *, ordering: bool = True) -> tuple[int, int] | None:
        """Both values over one denominator, if ``other`` is of the same type.

        ``None`` for a foreign object (Python then tries the other side, or refuses).

        Raises:
            ValueKindError: ``other`` is a plain number; or, for an ``ordering``, the
                other kind of rate (a percent is never above or below points).
        """
        if type(other) is not type(self):
            self._refuse(other, "compare {value} with {number}", KINDS_DIFFER if ordering else None)
            return None
        assert isinstance(other, ExactRate)  # noqa: S101 - for mypy, after the type check
        numerator, denominator = self._ratio()
        other_numerator, other_denominator = other._ratio()  # noqa: SLF001 - the same class
        return numerator * other_denominator, other_numerator * denominator

    def _refuse(self, other: object, action: str, rates: str | None = None) -> None:
        """Raise the error of ``action`` with a plain number, or with a rate if ``rates`` says why.

        Returns for anything else, for the caller to return `NotImplemented`.
        """
        if is_plain_number(other):
            advice = (
                f"write {type(self).__name__}({other!r}) if it is {self._KIND}, or use the "
                f"plain number, {self!r}.value"
            )
            raise mixed_with_number(action, self, other, advice)
        if rates is not None and isinstance(other, ExactRate):
            subject = action.format(value=repr(self), number=repr(other))
            raise ValueKindError(f"cannot {subject}: {rates}", value=other)

    def __eq__(self, other: object) -> bool:
        pair = self._cross(other, ordering=False)
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

    def __float__(self) -> float:
        """The nearest float: the one lossy exit, for a chart's axis, never for a report.

        >>> float(Percent.from_quotient(103700, 351147))
        29.53179152890385
        """
        numerator, denominator = self._ratio()
        return numerator / denominator  # int / int is correctly rounded, however large

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
        self._refuse(other, "add {value} to {number}")
        return NotImplemented

    def __rsub__(self, other: object) -> Self:
        self._refuse(other, "subtract {value} from {number}")
        return NotImplemented

    def __mul__(self, other: Decimal | float | Fraction) -> Self:
        if is_plain_number(other):
            return self._scaled(other, "factor")
        self._refuse(
            other,
            "multiply {value} by {number}",
            "a product of two rates is no rate; "
            "scale by the plain ratio instead, such as p * q.ratio",
        )
        return NotImplemented

    def __rmul__(self, other: Decimal | float | Fraction) -> Self:
        return self.__mul__(other)

    def __truediv__(self, other: Decimal | float | Fraction) -> Self:
        if is_plain_number(other):
            return self._scaled(other, "divisor")
        self._refuse(
            other,
            "divide {value} by {number}",
            "the quotient of two rates is a "
            "plain number; divide their exact values, p.exact / q.exact",
        )
        return NotImplemented

    def __rtruediv__(self, other: object) -> Self:
        self._refuse(other, "divide {number} by {value}")
        return NotImplemented

    def _scaled(self, number: Exact, argument: str) -> Self:
        """This value times (``"factor"``) or divided by (``"divisor"``) a plain number."""
        numerator, denominator = to_integer_ratio(number, argument=argument)
        if argument == "divisor":
            if not numerator:
                raise ZeroBaseError(
                    f"cannot divide {self!r} by {number!r}, which is zero; a ratio to zero "
                    "has no meaning (report it as n.a.)",
                    numerator=self,
                )
            numerator, denominator = denominator, numerator
        own_numerator, own_denominator = self._ratio()
        return self._of_ratio(own_numerator * numerator, own_denominator * denominator)

    def _plus(self, other: ExactRate, sign: int) -> tuple[int, int]:
        """The value of self ± other as a reduced ratio (a long sum must not grow unbounded)."""
        own_numerator, own_denominator = self._ratio()
        other_numerator, other_denominator = other._ratio()
        numerator = own_numerator * other_denominator + sign * other_numerator * own_denominator
        denominator = own_denominator * other_denominator
        divisor = gcd(numerator, denominator)
        return numerator // divisor, denominator // divisor
