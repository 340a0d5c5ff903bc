"""What every period shares: its first and last day, containment, equality, order, labels.

A period is a value: two periods are equal when they are the same period, whatever made
them, and only periods of one kind are ordered (a month is not before or after a quarter;
comparing them is a `TypeError`, as comparing a date with a str is).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Self

from baocao_kt._text._dates import FIRST_YEAR
from baocao_kt.errors import OptionError, PeriodError, ValueKindError

if TYPE_CHECKING:
    import attrs

__all__ = [
    "LabelStyle",
    "MonthPadding",
    "PeriodBase",
    "check_style",
    "last_day",
    "whole_number",
    "year_text",
]

LabelStyle = Literal["full", "short"]
_STYLES = ("full", "short")

#: How a month's number is written in its label: as Nghị định 30 pads it in dates
#: (``"nd30"``: 01, 02, 3 … 12), always with two digits (``"padded"``), or never
#: (``"unpadded"``).
MonthPadding = Literal["nd30", "padded", "unpadded"]

#: The years a period can have: a report's year has four digits (as labels and
#: `format_date` write it, and as `parse_period` and `parse_date` read it).
MIN_YEAR, MAX_YEAR = FIRST_YEAR, dt.MAXYEAR

_Validator = Callable[[object, "attrs.Attribute[int]", int], None]


def whole_number(low: int, high: int, meaning: str) -> _Validator:
    """An attrs validator: an int (not a bool) from ``low`` to ``high``.

    A value of another type is a `ValueKindError`; an int outside the bounds is a
    `PeriodError` naming the field and ``meaning``, what the right values are.
    """

    def validate(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
        kind = type(instance).__name__
        if not isinstance(value, int) or isinstance(value, bool):
            hint = "; to read text, use parse_period" if isinstance(value, str) else ""
            raise ValueKindError(
                f"{kind}: {attribute.name}={value!r} is a {type(value).__name__}; pass an int "
                f"from {low} to {high}{hint}",
                value=value,
            )
        if not low <= value <= high:
            raise PeriodError(
                f"{kind}: {attribute.name}={value!r} is not {meaning}; pass {low} to {high}",
                field=attribute.name,
                value=value,
            )

    return validate


def last_day(year: int, month: int) -> int:
    """The number of days of a month (28 to 31)."""
    return calendar.monthrange(year, month)[1]


def year_text(year: int) -> str:
    """A year as labels write it: four digits, as `format_date` writes it."""
    return f"{year:04d}"


def check_style(style: object) -> None:
    """Refuse a label style other than ``"full"`` and ``"short"`` with `OptionError`."""
    if style not in _STYLES:
        raise OptionError(
            f"style={style!r} is not a label style; pass 'full' ('tháng 4/2026') or 'short' "
            "('tháng 4', as a sentence inside the report of that year says it)",
            option="style",
            value=style,
        )


class PeriodBase:
    """What every period has: `start`, `end`, containment, equality, order and `str()`.

    Subclasses give ``start``, ``end``, ``label`` and ``_key`` (the fields that order
    periods of the kind, oldest first); ``_identity`` is what equality and hashing use,
    ``(kind, *key)`` unless two kinds name one period.
    """

    __slots__ = ()

    @property
    def start(self) -> dt.date:
        """The first day of the period."""
        raise NotImplementedError

    @property
    def end(self) -> dt.date:
        """The last day of the period (inclusive)."""
        raise NotImplementedError

    def label(self, style: LabelStyle = "full") -> str:
        """The Vietnamese name of the period; ``str()`` is the full one."""
        raise NotImplementedError

    def _key(self) -> tuple[object, ...]:
        raise NotImplementedError

    def _identity(self) -> tuple[object, ...]:
        return (type(self).__name__, *self._key())

    def __str__(self) -> str:
        return self.label()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PeriodBase):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self) -> int:
        return hash(self._identity())

    def _same_kind(self, other: object) -> bool:
        return type(other) is type(self)

    def __lt__(self, other: Self) -> bool:
        if not self._same_kind(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: Self) -> bool:
        if not self._same_kind(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: Self) -> bool:
        if not self._same_kind(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: Self) -> bool:
        if not self._same_kind(other):
            return NotImplemented
        return self._key() >= other._key()

    def __contains__(self, item: object) -> bool:
        """Whether a date, or every day of another period, falls within this period."""
        if isinstance(item, PeriodBase):
            return self.start <= item.start and item.end <= self.end
        if isinstance(item, dt.date) and not isinstance(item, dt.datetime):
            return self.start <= item <= self.end
        raise ValueKindError(
            f"'in {self}' takes a date or a period, not {type(item).__name__} {item!r}"
            + (f"; pass {item.date()!r}" if isinstance(item, dt.datetime) else ""),
            value=item,
        )
