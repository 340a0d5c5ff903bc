"""`Quantity`: an exact `Decimal` magnitude with a unit: ``12.250 triệu đồng``, ``346 hộ``.

Arithmetic is exact (a `Decimal` context wide enough never to round) whenever the exact
result has a finite decimal expansion, which every sum, product and conversion between
decimal units has. Only a division, or a conversion into a unit whose size is not a
decimal multiple of the other's (m² into sào, 1/360), can have none; its result is rounded
half-up to 28 significant digits, once, as `Percent.value` is.

Creating a quantity, and adding two of one unit, never touch pint; a conversion is one
cached exact factor. pint is loaded only for `Quantity.to_pint` and `Quantity.from_pint`.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar, overload

import attrs

from baocao_kt._text._numbers import format_number
from baocao_kt._units import _pint
from baocao_kt._units._arithmetic import (
    add,
    convert,
    mismatch,
    multiply,
    plus,
    refuse,
    scalar,
    scale,
    subtract,
    times,
    zero_divisor,
)
from baocao_kt._units._catalog import UnitCatalog
from baocao_kt._units._qualifier import check_qualifier, refuse_approximate
from baocao_kt._units._unit import Unit, ratio
from baocao_kt._values._convert import Number, to_decimal
from baocao_kt._values._limits import MAX_EXPONENT, MIN_EXPONENT
from baocao_kt._values._rates import Percent
from baocao_kt._values._rounding import (
    fraction_to_decimal,
    places_from_format_spec,
    round_half_up,
)
from baocao_kt.errors import ValueKindError

if TYPE_CHECKING:
    import pint


# The spellings the default catalog has read, for the fast path of Quantity(x, "ha").
_DEFAULT_UNITS: dict[str, Unit] = {}


@functools.total_ordering
@attrs.frozen(init=False, eq=False, repr=False)
class Quantity:
    """An exact `Decimal` magnitude with a unit: ``Quantity(12250, "triệu đồng")``.

    Args:
        magnitude: An int, `Decimal`, str in Python notation or float (shortest repr).
        unit: A unit name in any spelling of the default catalog (``"tr.đ"``,
            ``"m2"``, ``"tạ/ha"``), or a `Unit` of any catalog.
        qualifier: For an approximate figure, the word a report writes before it:
            *hơn*, *trên*, *dưới*, *gần*, *khoảng* or *xấp xỉ* (*hơn 2.100 tỷ đồng*).
            It is written back, kept by `to`, and part of equality; arithmetic, ordering
            and the calculators refuse an approximate figure (`ValueKindError`) until
            `without_qualifier` takes its stated number explicitly.

    ``str()`` writes every digit given, Vietnamese style, then the unit's canonical
    name; `format` rounds half-up and converts. Quantities of one dimension add,
    subtract and compare across units (the result in the left operand's unit);
    quantities multiply and divide by numbers and by each other (``tạ/ha × ha`` is
    ``tạ``); a quotient of one dimension is a plain `Decimal`. Two quantities are equal
    when their values are (1 ha == 10.000 m²). Mixing dimensions, or two count nouns, is
    a `UnitMismatchError`. Adding, subtracting or comparing a plain number, ``==`` with
    one, or a number divided by a quantity, is a `ValueKindError` (is ``5`` hectares?):
    write ``Quantity(5, "ha")``, or use ``q.magnitude``. Only the ``0`` that `sum` starts
    from is let through. A magnitude is never a negative zero.

    Raises:
        UnknownUnitError: The unit is not known (its ``suggestions`` are).

    >>> q = Quantity(12250, "triệu đồng")
    >>> str(q), q.to("tỷ đồng")
    ('12.250 triệu đồng', Quantity('12.25', 'tỷ đồng'))
    >>> Quantity("0.1", "tr.đ") + Quantity("0.2", "triệu đồng")
    Quantity('0.3', 'triệu đồng')
    >>> Quantity("62.58", "tạ/ha") * Quantity("20.36", "ha")
    Quantity('1274.1288', 'tạ')
    >>> Quantity(50520, "triệu đồng") / Quantity("126.3", "tỷ đồng")
    Decimal('0.4')
    >>> str(Quantity(2100, "tỷ đồng", qualifier="hơn"))
    'hơn 2.100 tỷ đồng'
    """

    magnitude: Decimal
    unit: Unit
    qualifier: str | None
    # A value with a kind: float() exists for charts, but it is not a plain number.
    _HAS_A_KIND: ClassVar[bool] = True

    def __init__(
        self, magnitude: Number, unit: str | Unit, *, qualifier: str | None = None
    ) -> None:
        if (
            type(magnitude) is Decimal
            and magnitude  # a zero goes through to_decimal, which drops a negative sign
            and magnitude.is_finite()
            and MIN_EXPONENT <= magnitude.adjusted() <= MAX_EXPONENT
        ):
            value = magnitude
        else:
            value = to_decimal(magnitude, argument="magnitude")
        if type(unit) is str:
            found = _DEFAULT_UNITS.get(unit) or _default_unit(unit)
        elif isinstance(unit, Unit):
            found = unit
        elif isinstance(unit, str):
            found = _default_unit(str(unit))
        else:
            raise ValueKindError(
                f"unit={unit!r} is a {type(unit).__name__}, not a unit; pass a name such "
                "as 'ha' or a Unit",
                value=unit,
            )
        _set_magnitude(self, value)
        _set_unit(self, found)
        _set_qualifier(self, check_qualifier(qualifier))

    def without_qualifier(self) -> Quantity:
        """The stated number of an approximate figure, as an exact quantity.

        >>> Quantity(2100, "tỷ đồng", qualifier="hơn").without_qualifier()
        Quantity('2100', 'tỷ đồng')
        """
        return _make(self.magnitude, self.unit)

    def to(self, unit: str | Unit) -> Quantity:
        """The same quantity in another unit of its dimension, exactly.

        A name is read by the catalog of this quantity's unit. The result has no
        trailing zeros after the comma.

        Raises:
            UnitMismatchError: The unit measures something else.

        >>> Quantity("0.005", "ha").to("m²")
        Quantity('50', 'm²')
        >>> Quantity(1, "mẫu").to("sào"), Quantity(3, "sào").to("ha")
        (Quantity('10', 'sào'), Quantity('0.108', 'ha'))
        """
        if type(unit) is str:  # names are cached per unit: the fast path
            conversions = self.unit._conversions  # noqa: SLF001 - the unit's own cache
            found = conversions.get(unit)
            if found is None:
                found = conversions[unit] = self._conversion(self.unit.catalog.unit(unit))
        else:
            found = self._conversion(self._target(unit))
        target, factor = found
        if factor is None:
            return self
        quantity = _new(Quantity)
        _set_magnitude(quantity, convert(self.magnitude, factor))
        _set_unit(quantity, target)
        _set_qualifier(quantity, self.qualifier)  # hơn 2.100 tỷ is hơn 2,1 nghìn tỷ
        return quantity

    def format(
        self,
        places: int | None = None,
        *,
        trim: bool = False,
        pad: int = 0,
        unit: str | Unit | None = None,
    ) -> str:
        """Vietnamese text: the number (see `format_number`), a space, the unit's name.

        Args:
            places: Decimals to show, rounding half-up; ``None`` keeps every digit.
            trim: Drop trailing zeros of the fraction after rounding.
            pad: Write at least this many integer digits (``02 hồ sơ``).
            unit: Write the quantity in this unit; it is converted exactly and
                rounded once.

        >>> q = Quantity("113481.7", "m²")
        >>> q.format(), q.format(2, unit="ha"), Quantity(2, "hồ sơ").format(pad=2)
        ('113.481,7 m²', '11,35 ha', '02 hồ sơ')
        """
        target = self.unit if unit is None else self._target(unit)
        value = self.magnitude
        if target != self.unit:
            factor = self._factor(target, "write {left} in {right}")
            if isinstance(factor, Decimal) or places is None:
                value = convert(value, factor)
            else:  # round the exact value once, not its 28 significant digits
                value = round_half_up(Fraction(value) * factor, places)
        text = f"{format_number(value, places, trim=trim, pad=pad)} {target.name}"
        return text if self.qualifier is None else f"{self.qualifier} {text}"

    def to_pint(self) -> pint.Quantity[Decimal]:
        """This quantity as a pint quantity of the library's private registry.

        The magnitude stays the exact `Decimal` (the registry is made with
        ``non_int_type=Decimal``); the first call imports pint and builds the registry.

        >>> Quantity(3, "sào").to_pint().to("m**2")
        <Quantity(1080, 'meter ** 2')>
        """
        refuse_approximate("hand to pint", self)
        return _pint.to_pint(self.magnitude, self.unit)

    @classmethod
    def from_pint(
        cls, quantity: pint.Quantity[Any], *, catalog: UnitCatalog | None = None
    ) -> Quantity:
        """The quantity of a pint quantity, from any registry.

        Units the catalog knows (pint's ``hectare``, ``meter ** 2``, ``kilogram``,
        ``metric_ton`` and the private registry's Vietnamese units) are kept. Any other
        unit is converted by pint into the base units of its dimension: its factor is
        pint's, through the float's shortest repr. A float magnitude is read through
        its shortest repr.

        >>> Quantity.from_pint(Quantity("20.36", "ha").to_pint())
        Quantity('20.36', 'ha')
        """
        magnitude, unit = _pint.from_pint(quantity, catalog or UnitCatalog.default())
        return _make(magnitude, unit)

    def __str__(self) -> str:
        text = f"{format_number(self.magnitude)} {self.unit.name}"
        return text if self.qualifier is None else f"{self.qualifier} {text}"

    def __repr__(self) -> str:
        qualifier = "" if self.qualifier is None else f", qualifier={self.qualifier!r}"
        return f"Quantity('{self.magnitude:f}', {self.unit.name!r}{qualifier})"

    def __format__(self, spec: str) -> str:
        return self.format(places_from_format_spec(spec, None))

    def __hash__(self) -> int:
        value = Fraction(self.magnitude) * self.unit.factor
        return hash((self.unit.dimension, value, self.qualifier))

    def __bool__(self) -> bool:
        return not self.magnitude.is_zero()

    def __float__(self) -> float:
        """The magnitude as the nearest float, in the quantity's own unit.

        The one lossy exit, for a chart's axis; never for a report. An approximate figure
        (*hơn 2.100 tỷ đồng*) is refused: a chart would draw it as exact.

        >>> float(Quantity("5108.711", "triệu đồng"))
        5108.711
        """
        refuse_approximate("convert to float", self)
        return float(self.magnitude)

    def __neg__(self) -> Quantity:
        refuse_approximate("negate", self)
        return _make(self.magnitude.copy_negate(), self.unit)

    def __pos__(self) -> Quantity:
        return self

    def __abs__(self) -> Quantity:
        refuse_approximate("take the size of", self)
        return _make(self.magnitude.copy_abs(), self.unit)

    def __add__(self, other: object) -> Quantity:
        if type(other) is not Quantity:
            refuse(self, other, "add {number} to {value}")
            return NotImplemented
        if self.qualifier is not None or other.qualifier is not None:
            refuse_approximate("add", self, other)
        quantity = _new(Quantity)
        if other.unit is self.unit:  # the fast path, inlined
            _set_magnitude(quantity, add(self.magnitude, other.magnitude))
        else:
            _set_magnitude(quantity, self._plus(other, 1))
        _set_unit(quantity, self.unit)
        _set_qualifier(quantity, None)
        return quantity

    def __radd__(self, other: object) -> Quantity:
        if type(other) is int and other == 0:  # sum() starts from 0
            refuse_approximate("add", self)
            return self
        refuse(self, other, "add {value} to {number}")
        return NotImplemented

    def __sub__(self, other: object) -> Quantity:
        if type(other) is not Quantity:
            refuse(self, other, "subtract {number} from {value}")
            return NotImplemented
        refuse_approximate("subtract", self, other)
        if other.unit is self.unit:
            return _make(subtract(self.magnitude, other.magnitude), self.unit)
        return _make(self._plus(other, -1), self.unit)

    def __rsub__(self, other: object) -> Quantity:
        refuse(self, other, "subtract {value} from {number}")
        return NotImplemented

    @overload
    def __mul__(self, other: Quantity) -> Quantity | Decimal: ...
    @overload
    def __mul__(self, other: Number | Fraction | Percent) -> Quantity: ...
    def __mul__(self, other: object) -> Quantity | Decimal:
        if type(other) is Quantity:
            return self._times(other, 1)
        return self._scaled(other)

    def __rmul__(self, other: Number | Fraction | Percent) -> Quantity:
        return self._scaled(other)

    @overload
    def __truediv__(self, other: Quantity) -> Quantity | Decimal: ...
    @overload
    def __truediv__(self, other: Number | Fraction | Percent) -> Quantity: ...
    def __truediv__(self, other: object) -> Quantity | Decimal:
        refuse_approximate("divide", self, other)
        if type(other) is Quantity:
            if other.magnitude.is_zero():
                raise zero_divisor(self, other)
            return self._times(other, -1)
        factor = scalar(other)
        if factor is None:
            return NotImplemented
        if not factor:
            raise zero_divisor(self, other)
        return _make(fraction_to_decimal(Fraction(self.magnitude) / Fraction(factor)), self.unit)

    def __rtruediv__(self, other: object) -> Quantity:
        refuse(self, other, "divide {number} by {value}")
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        if type(other) is not Quantity:
            refuse(self, other, "compare {value} with {number}")
            return NotImplemented
        if other.qualifier != self.qualifier or (
            other.unit is not self.unit and other.unit.dimension != self.unit.dimension
        ):
            return False
        pair = self._pair(other)
        return pair is not None and pair[0] == pair[1]

    def __lt__(self, other: object) -> bool:  # functools.total_ordering adds >, <=, >=
        refuse_approximate("order", self, other)
        pair = self._pair(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def _conversion(self, target: Unit) -> tuple[Unit, Decimal | Fraction | None]:
        """The unit to convert into and the factor, ``None`` when the units are equal."""
        if target == self.unit:
            return target, None
        return target, self._factor(target, "convert {left} to {right}")

    def _target(self, unit: str | Unit) -> Unit:
        if isinstance(unit, Unit):
            return unit
        return self.unit.catalog.unit(unit)

    def _factor(
        self, target: Unit, action: str, left: Quantity | None = None
    ) -> Decimal | Fraction:
        """How many ``target`` one unit of this quantity is.

        Raises:
            UnitMismatchError: The units differ in dimension; the message says ``action``,
                with ``{left}`` and ``{right}`` the operands (``left`` when given, this
                quantity being the right one; else this quantity and ``target``).
        """
        if target.dimension != self.unit.dimension:
            if left is None:
                raise mismatch(action, self, target.name, self.unit, target)
            raise mismatch(action, left, self, left.unit, self.unit)
        return ratio(self.unit, target)

    def _pair(self, other: object) -> tuple[Decimal | Fraction, Decimal | Fraction] | None:
        """Both magnitudes in this quantity's unit, exactly, for a comparison."""
        if type(other) is not Quantity:
            refuse(self, other, "compare {value} with {number}")
            return None
        if other.unit is self.unit:
            return self.magnitude, other.magnitude
        action = "compare {left} with {right}"
        factor = other._factor(self.unit, action, self)  # noqa: SLF001 - the same class
        if isinstance(factor, Decimal):
            return self.magnitude, multiply(other.magnitude, factor)
        return Fraction(self.magnitude), Fraction(other.magnitude) * factor

    def _plus(self, other: Quantity, sign: int) -> Decimal:
        """The magnitude of self ± other, in this quantity's unit."""
        action = "add {right} to {left}" if sign > 0 else "subtract {right} from {left}"
        factor = other._factor(self.unit, action, self)
        return plus(self.magnitude, other.magnitude, factor, sign)

    def _scaled(self, other: object) -> Quantity:
        """This quantity times a number, exactly; `NotImplemented` for anything else."""
        refuse_approximate("multiply", self)
        factor = scalar(other)
        if factor is None:
            return NotImplemented  # type: ignore[no-any-return]
        return _make(scale(self.magnitude, factor), self.unit)

    def _times(self, other: Quantity, exponent: int) -> Quantity | Decimal:
        """The product self × other (exponent 1) or quotient self ÷ other (-1)."""
        refuse_approximate("multiply", self, other)
        unit, multiplier = self.unit.catalog.product(self.unit, other.unit, exponent)
        value = times(self.magnitude, other.magnitude, multiplier, exponent)
        return value if unit is None else _make(value, unit)


# The slots' own setters: a frozen attrs class refuses setattr; these are also the fastest.
_set_magnitude = Quantity.__dict__["magnitude"].__set__
_set_unit = Quantity.__dict__["unit"].__set__
_set_qualifier = Quantity.__dict__["qualifier"].__set__
_new = object.__new__


def _make(magnitude: Decimal, unit: Unit, qualifier: str | None = None) -> Quantity:
    """A quantity from an exact magnitude and a unit, without checks (the fast path).

    A negative zero (of a negation, or of zero times a negative number) becomes zero.
    """
    if not magnitude and magnitude.is_signed():
        magnitude = magnitude.copy_abs()
    quantity = _new(Quantity)
    _set_magnitude(quantity, magnitude)
    _set_unit(quantity, unit)
    _set_qualifier(quantity, qualifier)
    return quantity


def _default_unit(spelling: str) -> Unit:
    unit = UnitCatalog.default().unit(spelling)
    _DEFAULT_UNITS[spelling] = unit
    return unit
