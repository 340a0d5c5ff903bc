"""`Unit`: a unit of measure as reports name it, with its dimension and its exact size.

A unit is either *named* (a unit of a `UnitCatalog`: ``ha``, ``triệu đồng``, ``hộ``) or
*derived*, a product of named units with exponents (``tạ/ha``, ``triệu đồng/hộ``). Its
``factor`` is its exact size in the base unit of its dimension (đồng, m, kg, one thing),
so every conversion factor is an exact ratio of two ints; no float is ever involved.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, TypeAlias

import attrs

from baocao_kt._values._rounding import fraction_to_decimal

if TYPE_CHECKING:
    from baocao_kt._units._catalog import UnitCatalog

#: A dimension: base dimensions with their exponents, sorted. ``[money]``, ``[length]`` and
#: ``[mass]`` are the physical ones; a count's base dimension is its noun (``hộ``).
Dimension: TypeAlias = tuple[tuple[str, int], ...]

#: Named units with exponents: ``tạ/ha`` is ``((tạ, 1), (ha, -1))``.
Terms: TypeAlias = tuple[tuple["Unit", int], ...]

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_KEYS: dict[tuple[str, Dimension, Fraction], int] = {}
_COUNTER = itertools.count()


@attrs.frozen(eq=False, repr=False)
class Unit:
    """A unit of measure: its canonical name, its dimension and its exact size.

    Units come from a `UnitCatalog` (``UnitCatalog.default().unit("ha")``) or from a
    `Quantity` (``q.unit``); they are not made directly. Two units are equal when they
    have the same name, dimension and size, whichever catalog made them.

    Attributes:
        name: The canonical spelling: ``"m²"`` for ``m2``, ``"triệu đồng"`` for ``tr.đ``.
        dimension: The base dimensions with their exponents: ``(("[length]", 2),)`` for an
            area, ``(("hộ", 1),)`` for a count of households.
        factor: The exact size of one unit in the base unit of its dimension (đồng, m,
            kg, one thing): ``ha`` is ``Fraction(10000)`` (m²).
        catalog: The catalog that made the unit; it reads the names of units a
            quantity in this unit is converted to.

    >>> unit = UnitCatalog.default().unit("tr.đ")
    >>> unit, str(unit), unit.factor
    (Unit('triệu đồng'), 'triệu đồng', Fraction(1000000, 1))
    >>> UnitCatalog.default().unit("tạ/ha").dimension
    (('[length]', -2), ('[mass]', 1))
    """

    name: str
    dimension: Dimension
    factor: Fraction
    _terms: Terms = attrs.field(alias="terms")  # () for a named unit: it is its own term
    catalog: UnitCatalog
    _key: int = attrs.field(init=False)  # equal for equal units; the key of every cache
    # Quantity.to's cache: a name asked for → (its unit, the factor or None if equal).
    _conversions: dict[str, tuple[Unit, Decimal | Fraction | None]] = attrs.field(
        init=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        value = (self.name, self.dimension, self.factor)
        object.__setattr__(self, "_key", _KEYS.setdefault(value, next(_COUNTER)))

    @property
    def terms(self) -> Terms:
        """The named units this unit is made of, with exponents (a named unit is itself)."""
        return self._terms or ((self, 1),)

    @property
    def is_count(self) -> bool:
        """Whether this is a count of things (``hộ``, ``hồ sơ``), not a measure."""
        return len(self.dimension) == 1 and not self.dimension[0][0].startswith("[")

    def __eq__(self, other: object) -> bool:
        if type(other) is not Unit:
            return NotImplemented
        return self._key == other._key

    def __hash__(self) -> int:
        return self._key

    def __repr__(self) -> str:
        return f"Unit({self.name!r})"

    def __str__(self) -> str:
        return self.name

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return self.catalog.unit, (self.name,)


def exact_decimal(value: Fraction) -> Decimal | None:
    """``value`` as a `Decimal` if it has a finite decimal expansion, else ``None``.

    >>> exact_decimal(Fraction(1, 1000)), exact_decimal(Fraction(1, 360))
    (Decimal('0.001'), None)
    """
    denominator = value.denominator
    while denominator % 10 == 0:
        denominator //= 10
    while denominator % 2 == 0:
        denominator //= 2
    while denominator % 5 == 0:
        denominator //= 5
    return fraction_to_decimal(value) if denominator == 1 else None


_RATIOS: dict[tuple[int, int], Decimal | Fraction] = {}


def ratio(source: Unit, target: Unit) -> Decimal | Fraction:
    """How many ``target`` one ``source`` is, exactly (the units share a dimension).

    A `Decimal` when the ratio has a finite decimal expansion (``tỷ đồng`` → ``triệu
    đồng`` is 1000), else a `Fraction` (``m²`` → ``sào`` is 1/360). Cached per pair.
    """
    key = (source._key, target._key)  # noqa: SLF001 - the same class
    found = _RATIOS.get(key)
    if found is None:
        exact = source.factor / target.factor
        decimal = exact_decimal(exact)
        found = _RATIOS[key] = exact if decimal is None else decimal
    return found


def dimension_of(terms: Iterable[tuple[Unit, int]]) -> Dimension:
    """The dimension of a product of units with exponents.

    >>> ha = UnitCatalog.default().unit("ha")
    >>> dimension_of([(ha, 1), (ha, -1)])
    ()
    """
    return combine_dimensions((unit.dimension, exponent) for unit, exponent in terms)


def combine_dimensions(powers: Iterable[tuple[Dimension, int]]) -> Dimension:
    """The dimension of a product of dimensions with exponents.

    >>> combine_dimensions([((("[length]", 1),), 2)])
    (('[length]', 2),)
    """
    exponents: dict[str, int] = {}
    for dimension, exponent in powers:
        for base, power in dimension:
            exponents[base] = exponents.get(base, 0) + power * exponent
    return tuple(sorted((base, power) for base, power in exponents.items() if power))


def factor_of(terms: Iterable[tuple[Unit, int]]) -> Fraction:
    """The exact size of a product of units with exponents."""
    factor = Fraction(1)
    for unit, exponent in terms:
        factor *= unit.factor**exponent
    return factor


def name_of(terms: Iterable[tuple[Unit, int]]) -> str:
    """The name of a product of units: ``tạ/ha``, ``triệu đồng·người/hộ``, ``1/ha``, ``ha²``.

    Units with a positive exponent are joined by ``·``, each unit with a negative one
    follows a ``/``, as reports write ``triệu đồng/người/năm``.
    """
    above = [_power(unit.name, exponent) for unit, exponent in terms if exponent > 0]
    below = [_power(unit.name, -exponent) for unit, exponent in terms if exponent < 0]
    return "/".join(["·".join(above) or "1", *below])


def _power(name: str, exponent: int) -> str:
    if exponent == 1:
        return name
    if name[-1] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
        name = f"({name})"
    return name + str(exponent).translate(_SUPERSCRIPTS)


_DIMENSION_NAMES = {
    (("[money]", 1),): "money",
    (("[length]", 1),): "a length",
    (("[length]", 2),): "an area",
    (("[mass]", 1),): "a mass",
    (("[length]", -2), ("[mass]", 1)): "a yield (mass per area)",
}


def describe(unit: Unit) -> str:
    """What a unit measures, for messages: ``an area``, ``a count of hộ``, ``money per hộ``.

    >>> describe(UnitCatalog.default().unit("triệu đồng/hộ"))
    'money per hộ'
    """
    dimension = unit.dimension
    known = _DIMENSION_NAMES.get(dimension)
    if known is not None:
        return known
    if unit.is_count:
        return f"a count of {dimension[0][0]}"
    above = [_power(base.strip("[]"), power) for base, power in dimension if power > 0]
    below = [_power(base.strip("[]"), -power) for base, power in dimension if power < 0]
    return " per ".join(["·".join(above) or "one", *below])
