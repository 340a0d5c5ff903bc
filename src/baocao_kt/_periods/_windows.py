"""`reporting_window`: the days whose data a report of a period covers.

Nghị định 09/2019/NĐ-CP, Art. 12, sets the data cut-off (*thời gian chốt số liệu*) of
periodic administrative reports:

- monthly: from the 15th of the previous month to the 14th of the reporting month;
- quarterly: from the 15th of the month before the quarter to the 14th of its last month;
- six months (*6 tháng đầu năm*): from 15 December of the previous year to 14 June;
- yearly: from 15 December of the previous year to 14 December.

It sets none for the second half year, for nine months or for any other year-to-date
figure (*lũy kế N tháng*): those are refused under that rule, never invented. Statistical
reports count whole calendar months (``rule="calendar"``). A `DateRange` is a window
already, stated by the report itself, and is its own window under either rule.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from baocao_kt._periods._base import MIN_YEAR, PeriodBase
from baocao_kt._periods._calendar import Half, Month, Quarter, Year, YearToDate
from baocao_kt._periods._ranges import DateRange, Period
from baocao_kt.errors import OptionError, PeriodError, ValueKindError

__all__ = ["Rule", "reporting_window"]

Rule = Literal["nd09", "calendar"]
_RULES = ("nd09", "calendar")


def reporting_window(period: Period, rule: Rule = "nd09") -> DateRange:
    """The days whose data the report of ``period`` covers, both ends included.

    Args:
        period: Any period.
        rule: ``"nd09"`` for the cut-off windows of Nghị định 09/2019 (administrative
            reports), ``"calendar"`` for whole calendar months (statistical reports).

    Raises:
        PeriodError: The rule sets no window for the period (under ``"nd09"``: the
            second half year, nine months and other year-to-date periods), or the window
            would begin before year 1.
        OptionError: ``rule`` is neither ``"nd09"`` nor ``"calendar"``.
        ValueKindError: ``period`` is not a period (a date, a str).

    >>> str(reporting_window(Month(2026, 4)))
    'từ ngày 15/3/2026 đến ngày 14/4/2026'
    >>> str(reporting_window(Quarter(2026, 1)))
    'từ ngày 15/12/2025 đến ngày 14/3/2026'
    >>> str(reporting_window(Half(2026, 1))), str(reporting_window(Year(2026)))
    ('từ ngày 15/12/2025 đến ngày 14/6/2026', 'từ ngày 15/12/2025 đến ngày 14/12/2026')
    >>> str(reporting_window(YearToDate(2026, 4), rule="calendar"))
    'từ ngày 01/01/2026 đến ngày 30/4/2026'
    >>> reporting_window(YearToDate(2026, 9))
    Traceback (most recent call last):
    ...
    baocao_kt.errors.PeriodError: Nghị định 09/2019 sets no cut-off window for 9 tháng \
đầu năm 2026: Art. 12 names the monthly, quarterly, first-half (6 tháng đầu năm) and \
yearly reports only; pass rule='calendar' for its calendar months, or state the window \
as a DateRange
    """
    _require_period(period)
    if rule not in _RULES:
        raise OptionError(
            f"rule={rule!r} is not a reporting rule; pass 'nd09' (the cut-off of Nghị định "
            "09/2019: the 15th to the 14th) or 'calendar' (whole calendar months)",
            option="rule",
            value=rule,
        )
    if isinstance(period, DateRange):
        return period
    if rule == "calendar":
        return DateRange(period.start, period.end)
    return _nd09(period)


def _nd09(period: Month | Quarter | Half | Year | YearToDate) -> DateRange:
    """The window of Nghị định 09/2019, Art. 12, or a `PeriodError` where it sets none."""
    if isinstance(period, Month | Quarter):  # from the 15th of the month before the first
        year, month = period.start.year, period.start.month - 1
        if month == 0:
            year, month = year - 1, 12
        return DateRange(_day(period, year, month, 15), period.end.replace(day=14))
    if period == Half(period.year, 1) or isinstance(period, Year):  # also YearToDate(y, 6)
        return DateRange(_day(period, period.year - 1, 12, 15), period.end.replace(day=14))
    named = _same_months(period)
    hint = f"; for the report of {named} itself, pass {named!r}" if named else ""
    raise PeriodError(
        f"Nghị định 09/2019 sets no cut-off window for {period}: Art. 12 names the monthly, "
        "quarterly, first-half (6 tháng đầu năm) and yearly reports only; pass "
        f"rule='calendar' for its calendar months, or state the window as a DateRange{hint}",
        field="period",
        value=period,
    )


def _same_months(period: Period) -> Month | Quarter | Year | None:
    """The period with a window whose months a year-to-date period has, if there is one."""
    if not isinstance(period, YearToDate):
        return None
    if period.month == 1:
        return Month(period.year, 1)
    if period.month == 3:
        return Quarter(period.year, 1)
    if period.month == 12:
        return Year(period.year)
    return None


def _day(period: Period, year: int, month: int, day: int) -> dt.date:
    """A day of the window of ``period``; a window cannot begin before a report's first year."""
    if year < MIN_YEAR:
        raise PeriodError(
            f"the cut-off window of {period} would begin in December of year {year}, before "
            f"year {MIN_YEAR}, the first a report can have",
            field="year",
            value=period.start.year,
        )
    return dt.date(year, month, day)


def _require_period(period: object) -> None:
    if isinstance(period, PeriodBase):
        return
    if isinstance(period, dt.date):
        day = period.date() if isinstance(period, dt.datetime) else period
        raise ValueKindError(
            f"reporting_window takes a period, and {day!r} is a date: pass Month.of({day!r}) "
            f"for its month, or DateRange({day!r}, {day!r}) for the day",
            value=period,
        )
    hint = ""
    if isinstance(period, str):
        hint = "; to read a name such as 'tháng 4/2026', use parse_period"
    raise ValueKindError(
        f"reporting_window takes a period such as Month(2026, 4), not "
        f"{type(period).__name__} {period!r}{hint}",
        value=period,
    )
