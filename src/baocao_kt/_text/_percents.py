"""Percentages (``37,2%``) and percentage points (``0,66 điểm %``) as text, and back.

A plain number given to `format_percent` is a ratio, as in Babel (``0.3575`` is
35,75 %); a `Percent` is already a number of percent. Points are never percents.
"""

from __future__ import annotations

import re

from baocao_kt._text._input import require_text, shown, stripped_bounds
from baocao_kt._text._numbers import read_number
from baocao_kt._text._qualifiers import read_qualifier
from baocao_kt._values._convert import Exact
from baocao_kt._values._rates import Percent, Points
from baocao_kt.errors import ParseError, ValueKindError

# Searched for at the end only, and without leading spaces: a pattern that began with \s*
# would be tried at every space of a long run, each time over the rest of the run.
_POINTS_UNIT = re.compile(r"điểm\s*(?:%|phần\s+trăm)\Z", re.IGNORECASE)


def format_percent(value: Percent | Exact, places: int = 1, *, trim: bool = False) -> str:
    """Write a percentage: ``"37,2%"``, rounded half-up to ``places`` decimals.

    Args:
        value: A `Percent`, or a plain number taken as a ratio (``0.3575`` → 35,75 %).
        places: Decimals to show (reports use 1 or 2, per indicator).
        trim: Drop trailing zeros after rounding (``17,00% → 17%``).

    The inverse is `parse_percent`.

    >>> format_percent(Percent("37.2"))
    '37,2%'
    >>> format_percent(Decimal("0.3575"), 2)
    '35,75%'
    >>> format_percent(Percent(17), 2, trim=True)
    '17%'
    """
    if isinstance(value, Percent):
        return value.format(places, trim=trim)
    if isinstance(value, Points):
        raise ValueKindError(
            f"{value!r} is percentage points, not a percent; write it with format_points",
            value=value,
        )
    return Percent.from_ratio(value).format(places, trim=trim)


def parse_percent(text: str) -> Percent:
    """Read a percentage such as ``"37,2%"`` or ``"23,3 %"``; the inverse of `format_percent`.

    >>> parse_percent("35,75%")
    Percent('35.75')
    >>> parse_percent("23,3 %").format(1)
    '23,3%'

    A percentage stated approximately (*hơn 105%*) is refused: a `Percent` is exact.
    """
    start, end = stripped_bounds(require_text(text, "parse_percent", "37,2%"))
    if end == start or text[end - 1] != "%":
        suggestion = text.strip() + "%"
        raise ParseError(
            f"{shown(text)} is not a percentage: it must end with '%' (position {end}); "
            f"did you mean {shown(suggestion)}?",
            text=text,
            position=end,
            suggestion=suggestion,
        )
    qualifier, number_start = read_qualifier(text)
    if qualifier is not None:
        exact = text[number_start:end]
        raise ParseError(
            f"{shown(text)} is an approximate percentage ({qualifier!r}, position {start}); a "
            f"Percent is exact: read {shown(exact)} and keep {qualifier!r} beside it "
            f"(attainment_phrase(..., qualifier={qualifier!r}) writes it back)",
            text=text,
            position=start,
            suggestion=exact,
        )
    body_end = len(text[: end - 1].rstrip())
    return Percent(read_number(text, start, max(start, body_end)))


def format_points(value: Points | Exact, places: int = 2, *, trim: bool = False) -> str:
    """Write percentage points: ``"0,66 điểm %"``.

    Args:
        value: A `Points`, or a plain number of points.
        places: Decimals to show.
        trim: Drop trailing zeros after rounding.

    The inverse is `parse_points`.

    >>> format_points(Points("0.66"))
    '0,66 điểm %'
    >>> format_points("1.5", 1)
    '1,5 điểm %'
    """
    if isinstance(value, Percent):
        raise ValueKindError(
            f"{value!r} is a percent, not percentage points; subtract two percents to get Points",
            value=value,
        )
    points = value if isinstance(value, Points) else Points(value)
    return points.format(places, trim=trim)


def parse_points(text: str) -> Points:
    """Read percentage points: ``"0,66 điểm %"`` or ``"0,66 điểm phần trăm"``.

    >>> parse_points("0,66 điểm %")
    Points('0.66')
    """
    start, end = stripped_bounds(require_text(text, "parse_points", "0,66 điểm %"))
    unit = _POINTS_UNIT.search(text, start, end)
    if unit is None:
        raise ParseError(
            f"{shown(text)} is not percentage points: it must end with 'điểm %' (position {end})",
            text=text,
            position=end,
        )
    return Points(read_number(text, start, max(start, len(text[: unit.start()].rstrip()))))
