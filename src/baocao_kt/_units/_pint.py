"""The boundary with pint: a private registry, built on first use, and quantities both ways.

pint is never imported with the package: `registry` imports it the first time a quantity
goes to or comes from pint (``import pint`` alone takes a few hundred milliseconds). The
registry is the library's own, never pint's application registry, so nothing is defined
in anyone else's registry. It is made with ``non_int_type=Decimal``: pint then keeps our
exact magnitudes and its conversions of them are exact too.

pint knows m, km, m², km², ha, g, kg and tấn by its own names (``meter``, ``hectare``,
``metric_ton``, …). Every other unit is defined in the registry the first time it is
needed, under its name with ``_`` for spaces (``triệu_đồng``, ``sào_Trung_Bộ``), and
a suffix when pint already has that name for something else (``ca_vn``): money is its own
dimension ``[money]``, and each count noun too (``[hộ]``).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from baocao_kt._units._catalog import UnitCatalog
from baocao_kt._units._unit import Dimension, Unit, exact_decimal, name_of
from baocao_kt._values._convert import to_decimal
from baocao_kt.errors import UnknownUnitError, ValueKindError

if TYPE_CHECKING:
    import pint

#: Our named units that pint knows, by pint's name and the power of it they are.
_KNOWN: dict[str, tuple[str, int]] = {
    "m": ("meter", 1),
    "km": ("kilometer", 1),
    "m²": ("meter", 2),
    "km²": ("kilometer", 2),
    "ha": ("hectare", 1),
    "g": ("gram", 1),
    "kg": ("kilogram", 1),
    "tấn": ("metric_ton", 1),
}
#: The base unit of each physical dimension, in pint ("đồng" is defined with the registry).
_BASES = {
    "[money]": "đồng",
    "[usd]": "USD",
    "[length]": "meter",
    "[mass]": "kilogram",
    "[time]": "month",  # pint's month is a twelfth of its year, as ours
}
_NOT_NAME = re.compile(r"\W")

_LOCK = threading.Lock()
_DEFINED: dict[str, tuple[str, Dimension, Fraction]] = {}  # pint name → our name and value
_NAMES: dict[tuple[str, Dimension, Fraction], str] = {}  # our name and value → pint name


@functools.cache
def registry() -> pint.UnitRegistry[Decimal]:
    """The private registry: pint's default units, with exact `Decimal` magnitudes."""
    import pint  # noqa: PLC0415 - pint loads on first use, never with the package

    units: pint.UnitRegistry[Decimal] = pint.UnitRegistry(cache_folder=None, non_int_type=Decimal)
    units.define("đồng = [money]")
    units.define("USD = [usd]")
    return units


def to_pint(magnitude: Decimal, unit: Unit) -> pint.Quantity[Decimal]:
    """A pint quantity of the private registry with this exact magnitude and unit."""
    units = registry()
    return units.Quantity(magnitude, _expression(unit))


def from_pint(quantity: object, catalog: UnitCatalog) -> tuple[Decimal, Unit]:
    """The exact magnitude and the unit of ``catalog`` for a pint quantity."""
    registry()  # imports pint, and defines đồng for quantities of our registry
    import pint  # noqa: PLC0415 - loaded by registry() above; the name is needed here

    if not isinstance(quantity, pint.Quantity):
        raise ValueKindError(
            f"{quantity!r} is not a pint quantity; pass one such as ureg.Quantity(5, 'hectare')",
            value=quantity,
        )
    terms = _terms(quantity.unit_items(), catalog)
    if terms is None:  # a unit we do not know: pint converts it into base units
        quantity = quantity.to_root_units()
        terms = _terms(quantity.unit_items(), catalog)
        if terms is None:
            raise UnknownUnitError(
                f"{quantity.units!s} is not a unit the catalog knows, even in pint's base "
                "units; add its dimension with UnitCatalog.with_count or convert it first",
                text=str(quantity.units),
                position=0,
                unit=str(quantity.units),
            )
    if not terms:
        raise UnknownUnitError(
            f"{quantity!r} has no unit; a dimensionless number is its magnitude",
            text=str(quantity.units),
            position=0,
            unit=str(quantity.units),
        )
    return to_decimal(quantity.magnitude, argument="magnitude"), catalog.unit(name_of(terms))


def _terms(
    items: Iterable[tuple[str, object]], catalog: UnitCatalog
) -> list[tuple[Unit, int]] | None:
    """Our named units and exponents for pint's ``unit_items()``, or ``None``."""
    terms = []
    for name, power in items:
        if not isinstance(power, (int, float, Decimal, Fraction)) or power != int(power):
            return None
        exponent = int(power)
        term = _our_unit(name, exponent, catalog)
        if term is None:
            return None
        terms.append(term)
    return terms


def _our_unit(name: str, exponent: int, catalog: UnitCatalog) -> tuple[Unit, int] | None:
    defined = _DEFINED.get(name)
    if defined is not None:
        ours, dimension, factor = defined
        unit = catalog.find(ours)
        if unit is not None and (unit.dimension, unit.factor) == (dimension, factor):
            return unit, exponent
        return None
    if name == "đồng":
        return catalog.unit("đồng"), exponent
    for ours, (pint_name, power) in _KNOWN.items():
        if pint_name == name and exponent % power == 0 and ours in catalog:
            return catalog.unit(ours), exponent // power
    return None


@functools.cache
def _expression(unit: Unit) -> str:
    """The pint expression of a unit: ``tạ / hectare``, ``meter ** 2``."""
    parts = []
    for term, exponent in unit.terms:
        name, power = _pint_name(term)
        parts.append(f"{name} ** {power * exponent}")
    return " * ".join(parts)


def _pint_name(unit: Unit) -> tuple[str, int]:
    """The pint name of a named unit, defined in the private registry the first time."""
    known = _KNOWN.get(unit.name)
    default = UnitCatalog.default().find(unit.name)
    if known is not None and default is not None and default == unit:
        return known
    key = (unit.name, unit.dimension, unit.factor)
    name = _NAMES.get(key)
    if name is None:
        with _LOCK:
            name = _NAMES.get(key) or _define(unit)
            _NAMES[key] = name
    return name, 1


def _define(unit: Unit) -> str:
    if unit.dimension == ((unit.name, 1),) and unit.factor == 1:  # a count noun itself
        return _count_base(unit.name)
    name = _free_name(unit.name)
    size = exact_decimal(unit.factor)
    factor = f"({unit.factor.numerator} / {unit.factor.denominator})" if size is None else size
    registry().define(f"{name} = {factor} * {_base_expression(unit.dimension)}")
    _DEFINED[name] = (unit.name, unit.dimension, unit.factor)
    return name


def _base_expression(dimension: Dimension) -> str:
    """The base units of a dimension in pint: ``meter ** 2``, ``hộ ** 1``."""
    names = ((_BASES.get(base) or _count_base(base), power) for base, power in dimension)
    return " * ".join(f"{name} ** {power}" for name, power in names)


def _count_base(noun: str) -> str:
    """The pint name of a count noun, defined with a dimension of its own the first time."""
    for name, (ours, dimension, _) in _DEFINED.items():
        if ours == noun and dimension == ((noun, 1),):
            return name
    name = _free_name(noun)
    registry().define(f"{name} = [{name}]")
    _DEFINED[name] = (noun, ((noun, 1),), Fraction(1))
    return name


def _free_name(name: str) -> str:
    """``name`` as a pint identifier that pint does not already use."""
    base = _NOT_NAME.sub("_", name)
    candidate = base
    suffix = 0
    while candidate in _DEFINED or registry().parse_unit_name(candidate):
        suffix += 1
        candidate = f"{base}_vn" if suffix == 1 else f"{base}_vn{suffix}"
    return candidate
