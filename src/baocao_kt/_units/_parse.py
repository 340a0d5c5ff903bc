"""Quantities as text, and back: ``97,9 tỷ đồng``, ``113.481,7 m²``, ``62,58 tạ/ha``.

`format_quantity` and `parse_quantity` are inverses: the number is written and read as
`format_number` and `parse_number` do, the unit by its name in any usual spelling.
"""

from __future__ import annotations

from baocao_kt._text._input import require_text
from baocao_kt._text._qualifiers import read_qualifier
from baocao_kt._units._catalog import UnitCatalog
from baocao_kt._units._quantity import Quantity, _make
from baocao_kt._units._reading import read_quantity
from baocao_kt._units._unit import Unit
from baocao_kt.errors import ValueKindError


def format_quantity(
    quantity: Quantity,
    places: int | None = None,
    *,
    trim: bool = False,
    pad: int = 0,
    unit: str | Unit | None = None,
) -> str:
    """Write a quantity the Vietnamese way: ``"12.250 triệu đồng"``.

    Args:
        quantity: The `Quantity` to write.
        places: Decimals to show, rounding half-up; ``None`` keeps every digit given.
        trim: Drop trailing zeros of the fraction after rounding.
        pad: Write at least this many integer digits (``02 hồ sơ``).
        unit: Write the quantity in this unit (converted exactly, rounded once).

    The unit is written by its canonical name (``m²``, not ``m2``). The inverse is
    `parse_quantity`.

    >>> format_quantity(Quantity("5108.711", "tr.đ"))
    '5.108,711 triệu đồng'
    >>> format_quantity(Quantity(97900, "triệu đồng"), 1, unit="tỷ đồng")
    '97,9 tỷ đồng'
    """
    if not isinstance(quantity, Quantity):
        raise ValueKindError(
            f"format_quantity writes a Quantity, not {type(quantity).__name__} {quantity!r}; "
            "pass one such as Quantity(12250, 'triệu đồng')",
            value=quantity,
        )
    return quantity.format(places, trim=trim, pad=pad, unit=unit)


def parse_quantity(
    text: str,
    *,
    catalog: UnitCatalog | None = None,
    implied_unit: str | Unit | None = None,
) -> Quantity:
    """Read a quantity: a Vietnamese number, then a unit, with or without a space.

    Args:
        text: Such as ``"97,9 tỷ đồng"``, ``"113.481,7m²"``, ``"346 hộ"``; an
            approximate figure keeps the word before it as its `Quantity.qualifier`
            (``"hơn 2.100 tỷ đồng"``, also *trên*, *dưới*, *gần*, *khoảng*, *xấp xỉ*).
        catalog: The units to read (by default `UnitCatalog.default`).
        implied_unit: The unit a bare scale word (nghìn, triệu, tỷ, nghìn tỷ) stands
            before, for the report's elided form: with ``implied_unit="đồng"``,
            ``"50.520 triệu"`` is 50.520 triệu đồng. Without it, a bare scale word is an
            error: the unit is never guessed.

    Raises:
        ParseError: The number is not in Vietnamese notation (with the likely form).
        UnknownUnitError: The unit is not known; ``suggestions`` holds the closest.

    >>> parse_quantity("113.481,7m²")
    Quantity('113481.7', 'm²')
    >>> parse_quantity("62,58 tạ/ha"), parse_quantity("346 hộ")
    (Quantity('62.58', 'tạ/ha'), Quantity('346', 'hộ'))
    >>> parse_quantity("50.520 triệu", implied_unit="đồng")
    Quantity('50520', 'triệu đồng')
    >>> parse_quantity("hơn 2.100 tỷ đồng")
    Quantity('2100', 'tỷ đồng', qualifier='hơn')
    >>> parse_quantity("50.520 triệu")
    Traceback (most recent call last):
    ...
    baocao_kt.errors.UnknownUnitError: '50.520 triệu' has an unknown unit at position 7: \
'triệu' is a scale word, not a unit: write its unit too ('triệu đồng' or 'triệu USD'), or \
read a report's elided '50.520 triệu' with parse_quantity(text, implied_unit='đồng')
    """
    require_text(text, "parse_quantity", "97,9 tỷ đồng")
    if catalog is None:
        catalog = UnitCatalog.default()
    elif not isinstance(catalog, UnitCatalog):
        raise ValueKindError(
            f"catalog={catalog!r} is not a UnitCatalog; pass UnitCatalog.default() or one "
            "made from it",
            value=catalog,
        )
    qualifier, offset = read_qualifier(text)
    magnitude, unit = read_quantity(catalog, text, implied_unit, offset=offset)
    return _make(magnitude, unit, qualifier)
