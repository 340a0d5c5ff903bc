"""Yield × area = output: *115 ha, năng suất 62,58 tạ/ha, sản lượng 719,67 tấn*.

Each stated figure stands for the interval of the values that round to it (62,58 tạ/ha is
in [62,575; 62,585)); the output is wrong only when no yield and area of their intervals
give an output of its interval, so a product off by the rounding of its factors is never
called an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal, localcontext
from fractions import Fraction

from baocao_kt._audit._amounts import Amount, read_amounts
from baocao_kt._audit._findings import Finding
from baocao_kt._audit._place import Lines, finding_at
from baocao_kt._text._numbers import format_number

__all__ = ["product_findings"]

_AREA = (("[length]", 2),)
_MASS = (("[mass]", 1),)
_YIELD = (("[length]", -2), ("[mass]", 1))
# A clause: up to a full stop that is not inside a number, a semicolon or a line end.
_CLAUSE = re.compile(r"(?:[^.;\n]|\.(?=\d))+")
_OUTPUT = re.compile(r"sản\s+lượng", re.IGNORECASE)


def _half(written: str) -> Fraction:
    """Half a unit of the last digit written: the rounding a stated figure hides."""
    places = len(written.split(",")[1]) if "," in written else 0
    return Fraction(1, 2 * 10**places)


def product_findings(text: str, lines: Lines) -> Iterator[Finding]:
    """Each clause stating one area, one yield and one output (*sản lượng*)."""
    for clause in _CLAUSE.finditer(text):
        if not _OUTPUT.search(clause[0]):
            continue
        amounts = read_amounts(text, clause.start(), clause.end())
        kinds = {
            kind: [amount for amount in amounts if amount.quantity.unit.dimension == dimension]
            for kind, dimension in (("area", _AREA), ("yield", _YIELD), ("output", _MASS))
        }
        if any(len(found) != 1 for found in kinds.values()):
            continue  # none, or several crops in one clause: which goes with which?
        (area,), (per_area,), (output,) = kinds["area"], kinds["yield"], kinds["output"]
        if not _OUTPUT.search(text, clause.start(), output.start):
            continue
        yield _judge(lines, area, per_area, output)


def _judge(lines: Lines, area: Amount, per_area: Amount, output: Amount) -> Finding:
    unit = output.quantity.unit
    # yield × area in the output's unit, exactly: the catalog's factors are rationals.
    scale = per_area.quantity.unit.factor * area.quantity.unit.factor / unit.factor
    per, per_half = Fraction(per_area.quantity.magnitude), _half(per_area.written)
    size, size_half = Fraction(area.quantity.magnitude), _half(area.written)
    low = (per - per_half) * (size - size_half) * scale
    high = (per + per_half) * (size + size_half) * scale
    stated, half = Fraction(output.quantity.magnitude), _half(output.written)
    with localcontext(prec=60):
        exact = per * size * scale
        product = Decimal(exact.numerator) / Decimal(exact.denominator)
    places = len(output.written.split(",")[1]) if "," in output.written else 0
    written = f"{output.written} {unit}"
    operands = f"{per_area.written} {per_area.quantity.unit} × {area.written} {area.quantity.unit}"
    right = f"{format_number(product, places)} {unit}"
    within = stated + half >= low and stated - half <= high
    return finding_at(
        lines,
        output.start,
        severity="ok" if within else "error",
        kind="product",
        stated=written,
        expected=None if within else right,
        message=(
            f"{written} is {operands} = {format_number(product)} {unit}, within rounding"
            if within
            else f"{written} should be {right} ({operands})"
        ),
    )
