"""`DateRange`: the days from one date to another, as reports state their own windows.

Footnote 12 of the Phù Liễn report of April 2026 counts its dossiers *từ ngày 08/3/2026
đến ngày 08/4/2026*: both days are in the range.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

import attrs

from baocao_kt._periods._base import MIN_YEAR, LabelStyle, PeriodBase, check_style, last_day
from baocao_kt._periods._calendar import Half, Month, Quarter, Year, YearToDate
from baocao_kt._text._dates import format_date
from baocao_kt._text._input import require_date
from baocao_kt.errors import PeriodError, ValueKindError

__all__ = ["DateRange", "Period", "whole_months_of"]


def _a_date(instance: object, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
    require_date(value, f"{type(instance).__name__}: {attribute.name}")
    if value.year < MIN_YEAR:
        raise PeriodError(
            f"{type(instance).__name__}: {attribute.name}={value!r} is before year {MIN_YEAR}: "
            "a report's year has four digits, such as 2026",
            field=attribute.name,
            value=value,
        )


def _not_before_start(instance: DateRange, _attribute: object, value: dt.date) -> None:
    if value < instance.start:
        raise PeriodError(
            f"DateRange: end={value!r} is before start={instance.start!r}; a range runs "
            f"forward (pass DateRange({value!r}, {instance.start!r}) if they are swapped)",
            field="end",
            value=value,
        )


def _a_year_earlier(day: dt.date) -> dt.date:
    """The same day a year earlier; 29 February becomes 28 February."""
    if day.year == MIN_YEAR:
        raise PeriodError(
            f"{day!r} has no same day of the previous year: year {MIN_YEAR - 1} is before "
            "any report's year",
            field="year",
            value=day.year - 1,
        )
    year = day.year - 1
    return day.replace(year=year, day=min(day.day, last_day(year, day.month)))


@attrs.frozen(eq=False)
class DateRange(PeriodBase):
    """The days from ``start`` to ``end``, both included: ``từ ngày 08/3/2026 đến ngày 08/4/2026``.

    A range is what a report states, not a calendar period: one that covers exactly
    April is still a range, labelled with its dates, and not equal to ``Month(2026, 4)``.
    A single day is a range whose start is its end.

    Its `months` are the months it touches, whole or in part; `whole_months` are those it
    covers entirely. A figure cumulated over a range's months counts whole months only
    if the range is made of them; ask `whole_months` when that matters.

    >>> window = DateRange(date(2026, 3, 8), date(2026, 4, 8))
    >>> str(window), window.days
    ('từ ngày 08/3/2026 đến ngày 08/4/2026', 32)
    >>> [str(m) for m in window.months], window.whole_months
    (['tháng 3/2026', 'tháng 4/2026'], ())
    >>> date(2026, 4, 8) in window, Month(2026, 4) in window
    (True, False)
    """

    start: dt.date = attrs.field(validator=_a_date)
    end: dt.date = attrs.field(validator=[_a_date, _not_before_start])

    @property
    def days(self) -> int:
        """How many days the range has, both ends included."""
        return (self.end - self.start).days + 1

    @property
    def months(self) -> tuple[Month, ...]:
        """Every month with at least one day in the range, in order."""
        first, last = Month.of(self.start), Month.of(self.end)
        months = [first]
        while months[-1] != last:
            months.append(months[-1].next())
        return tuple(months)

    @property
    def whole_months(self) -> tuple[Month, ...]:
        """The months whose every day is in the range, in order.

        >>> DateRange(date(2025, 12, 15), date(2026, 3, 31)).whole_months
        (Month(year=2026, month=1), Month(year=2026, month=2), Month(year=2026, month=3))
        """
        return tuple(month for month in self.months if month in self)

    def same_period_last_year(self) -> DateRange:
        """The same days of the previous year (*cùng kỳ*); 29 February becomes 28 February.

        >>> str(DateRange(date(2024, 2, 1), date(2024, 2, 29)).same_period_last_year())
        'từ ngày 01/02/2023 đến ngày 28/02/2023'
        """
        return DateRange(_a_year_earlier(self.start), _a_year_earlier(self.end))

    def label(self, style: LabelStyle = "full") -> str:
        """``từ ngày 08/3/2026 đến ngày 08/4/2026``; the short style is the same."""
        check_style(style)
        return f"từ ngày {format_date(self.start)} đến ngày {format_date(self.end)}"

    def _key(self) -> tuple[dt.date, dt.date]:
        return (self.start, self.end)


#: Any reporting period: what `parse_period` returns and `reporting_window` takes.
Period: TypeAlias = Month | Quarter | Half | Year | YearToDate | DateRange


def whole_months_of(period: Period, what: str) -> tuple[Month, ...]:
    """The months of ``period``, which must cover each of them whole.

    What figures kept by month (a series, a scenario) can answer for. ``what`` names the
    caller in the messages.

    Raises:
        ValueKindError: ``period`` is not a period.
        PeriodError: A date range that covers part of a month (``field="period"``).
    """
    months: tuple[Month, ...] | None = getattr(period, "months", None)
    if months is None:
        raise ValueKindError(f"{what}: {period!r} is not a period", value=period)
    if getattr(period, "whole_months", months) != months:
        raise PeriodError(
            f"{what}: {period} does not cover whole months; ask for a month, quarter, half, "
            "year-to-date or year",
            field="period",
            value=period,
        )
    return months
