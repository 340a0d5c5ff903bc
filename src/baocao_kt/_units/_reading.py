"""Reading a quantity from text: a number in Vietnamese notation, then a unit name.

Shared by `parse_quantity` and by `UnitCatalog.with_unit`, whose definitions are text
too (``"1.296 m²"``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from baocao_kt._text._input import shown
from baocao_kt._text._numbers import read_number
from baocao_kt._units._names import is_scale_word
from baocao_kt._units._unit import Unit
from baocao_kt.errors import ParseError, UnknownUnitError

if TYPE_CHECKING:
    from baocao_kt._units._catalog import UnitCatalog

# A number, with any digit groups split by spaces, which read_number then refuses helpfully.
_NUMBER = re.compile(r"[-−]?[0-9.,]*(?:[ \u00a0\u202f][0-9]{3}(?![0-9]))*")


class QuantityLike(Protocol):
    """What a unit can be defined by: a magnitude and a unit (a `Quantity`)."""

    @property
    def magnitude(self) -> Decimal: ...  # pragma: no cover - a protocol

    @property
    def unit(self) -> Unit: ...  # pragma: no cover - a protocol


def read_quantity(
    catalog: UnitCatalog, text: str, implied_unit: str | Unit | None = None, *, offset: int = 0
) -> tuple[Decimal, Unit]:
    """Read ``"97,9 tỷ đồng"``: a number in Vietnamese notation, then a unit of ``catalog``.

    ``implied_unit`` is the unit a bare scale word stands before (see `parse_quantity`);
    reading starts at ``offset`` (after a qualifier). Errors point into ``text``.
    """
    implied = None if implied_unit is None else _implied(catalog, implied_unit)
    start = len(text) - len(text[offset:].lstrip())
    end = max(start, len(text.rstrip()))
    match = _NUMBER.match(text, start, end)
    number_end = start if match is None else match.end()
    magnitude = read_number(text, start, number_end)
    unit_start = end - len(text[number_end:end].lstrip())
    spelling = text[unit_start:end]
    if not spelling:
        raise ParseError(
            f"{shown(text)} has no unit (position {end}); write one after the number, "
            f"such as '{text.strip()} ha'",
            text=text,
            position=end,
        )
    found = catalog.find(spelling)
    if found is None and implied is not None and is_scale_word(spelling):
        found = catalog.find(f"{spelling} {implied.name}")
        spelling = f"{spelling} {implied.name}"
    if found is None:
        error = catalog.unknown(spelling)
        suggestion = error.suggestion
        raise UnknownUnitError(
            f"{shown(text)} has an unknown unit at position {unit_start}: {error}",
            text=text,
            position=unit_start,
            unit=spelling,
            suggestions=error.suggestions,
            suggestion=None if suggestion is None else text[:unit_start] + suggestion,
        )
    return magnitude, found


def _implied(catalog: UnitCatalog, implied_unit: str | Unit) -> Unit:
    if isinstance(implied_unit, Unit):
        return implied_unit
    return catalog.unit(implied_unit)
