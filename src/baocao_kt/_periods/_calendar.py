"""The calendar periods of a report: month, quarter, half year, year, and year-to-date.

One period, one label. Vietnamese names the first half year and the six months to June
with the same words, *6 tháng đầu năm 2026*, so they are one period:
``Half(2026, 1) == YearToDate(2026, 6)``, with one hash and one label, and `parse_period`
returns the `Half`. Where Vietnamese has two names for the same months (*quý I* and
*3 tháng đầu năm*, *năm 2026* and *12 tháng đầu năm 2026*, *tháng 01* and *1 tháng đầu
năm*), the report chose which it means, and the two values differ.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import ClassVar

import attrs

from baocao_kt._periods._base import (
    MAX_YEAR,
    MIN_YEAR,
    LabelStyle,
    MonthPadding,
    PeriodBase,
    check_style,
    last_day,
    whole_number,
    year_text,
)
from baocao_kt._text._dates import format_date
from baocao_kt._text._input import require_date
from baocao_kt._text._roman import to_roman
from baocao_kt.errors import OptionError

__all__ = ["Half", "Month", "Quarter", "Year", "YearToDate", "months_of"]

_YEAR = whole_number(MIN_YEAR, MAX_YEAR, "a report's year (four digits, such as 2026)")


# Cached: the result is an immutable tuple of immutable values, and a report asks for the
# months of the same few windows for every indicator (validating twelve Months each time
# was half the cost of a sentence).
@functools.lru_cache(maxsize=4096)
def months_of(year: int, first: int, last: int) -> tuple[Month, ...]:
    """The months ``first`` to ``last`` (inclusive) of ``year``."""
    return tuple(Month(year, month) for month in range(first, last + 1))


@attrs.frozen(eq=False)
class Month(PeriodBase):
    """A calendar month: ``tháng 4/2026``; January and February are padded, ``tháng 01/2026``.

    >>> april = Month(2026, 4)
    >>> str(april), april.label("short"), str(Month(2026, 1))
    ('tháng 4/2026', 'tháng 4', 'tháng 01/2026')
    >>> april.start, april.end
    (datetime.date(2026, 4, 1), datetime.date(2026, 4, 30))
    >>> date(2026, 4, 10) in april, april in Quarter(2026, 2)
    (True, True)
    >>> april.previous(), Month(2026, 1).previous()
    (Month(year=2026, month=3), Month(year=2025, month=12))
    >>> str(april.year_to_date()), str(april.quarter()), str(april.same_period_last_year())
    ('4 tháng đầu năm 2026', 'quý II/2026', 'tháng 4/2025')
    """

    year: int = attrs.field(validator=_YEAR)
    month: int = attrs.field(validator=whole_number(1, 12, "a month"))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        """The month that ``day`` falls in.

        >>> Month.of(date(2026, 4, 14))
        Month(year=2026, month=4)
        """
        day = require_date(day, "Month.of: day")
        return cls(day.year, day.month)

    @property
    def start(self) -> dt.date:
        """The first day of the month."""
        return dt.date(self.year, self.month, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the month."""
        return dt.date(self.year, self.month, last_day(self.year, self.month))

    @property
    def months(self) -> tuple[Month, ...]:
        """The month itself, as a one-element tuple."""
        return (self,)

    def quarter(self) -> Quarter:
        """The quarter the month belongs to."""
        return Quarter(self.year, (self.month + 2) // 3)

    def half(self) -> Half:
        """The half year the month belongs to."""
        return Half(self.year, 1 if self.month <= 6 else 2)

    def year_to_date(self) -> YearToDate:
        """The months from January through this one: *lũy kế N tháng*, *N tháng đầu năm*."""
        return YearToDate(self.year, self.month)

    def previous(self) -> Month:
        """The month before; the one before January is December of the previous year."""
        if self.month == 1:
            return Month(self.year - 1, 12)
        return Month(self.year, self.month - 1)

    def next(self) -> Month:
        """The month after; the one after December is January of the next year."""
        if self.month == 12:
            return Month(self.year + 1, 1)
        return Month(self.year, self.month + 1)

    def same_period_last_year(self) -> Month:
        """The same month of the previous year (*cùng kỳ*)."""
        return Month(self.year - 1, self.month)

    def label(self, style: LabelStyle = "full", *, padding: MonthPadding = "nd30") -> str:
        """``tháng 4/2026``, or ``tháng 4`` for the short style.

        Args:
            style: ``"full"`` (with the year) or ``"short"``.
            padding: ``"nd30"`` pads the month as Nghị định 30 pads it in dates
                (``tháng 01/2026``, ``tháng 02``, ``tháng 3``); ``"padded"`` writes every
                month with two digits (``tháng 03/2026``), ``"unpadded"`` none
                (``tháng 2/2026``), as some provinces' templates do.

        >>> Month(2026, 2).label(), Month(2026, 2).label(padding="unpadded")
        ('tháng 02/2026', 'tháng 2/2026')
        >>> Month(2026, 3).label("short", padding="padded")
        'tháng 03'
        """
        check_style(style)
        if padding == "nd30":
            number = format_date(self.start).partition("/")[2].partition("/")[0]
        elif padding == "padded":
            number = f"{self.month:02d}"
        elif padding == "unpadded":
            number = str(self.month)
        else:
            raise OptionError(
                f"padding={padding!r} is not a padding of months; pass 'nd30' (01, 02, 3), "
                "'padded' (03) or 'unpadded' (3)",
                option="padding",
                value=padding,
            )
        if style == "short":
            return f"tháng {number}"
        return f"tháng {number}/{year_text(self.year)}"

    def _key(self) -> tuple[int, int]:
        return (self.year, self.month)

    # Months are the keys of every series: equality and hash without the general tuples
    # (the same values as PeriodBase's, which no other kind of period equals).
    def __eq__(self, other: object) -> bool:
        if type(other) is Month:
            return self.year == other.year and self.month == other.month
        return super().__eq__(other)

    def __hash__(self) -> int:
        return hash(("Month", self.year, self.month))


@attrs.frozen(eq=False)
class Quarter(PeriodBase):
    """A quarter, written with a Roman numeral: ``quý II/2026``.

    >>> q = Quarter(2026, 2)
    >>> str(q), q.label("short"), [str(m) for m in q.months]
    ('quý II/2026', 'quý II', ['tháng 4/2026', 'tháng 5/2026', 'tháng 6/2026'])
    >>> str(Quarter(2026, 1).previous()), str(Quarter(2026, 4).next())
    ('quý IV/2025', 'quý I/2027')
    """

    year: int = attrs.field(validator=_YEAR)
    q: int = attrs.field(validator=whole_number(1, 4, "a quarter (quý I to quý IV)"))

    @property
    def start(self) -> dt.date:
        """The first day of the quarter's first month."""
        return dt.date(self.year, 3 * self.q - 2, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the quarter's last month."""
        return self.months[-1].end

    @property
    def months(self) -> tuple[Month, ...]:
        """The quarter's three months."""
        return months_of(self.year, 3 * self.q - 2, 3 * self.q)

    def previous(self) -> Quarter:
        """The quarter before; the one before quý I is quý IV of the previous year."""
        return Quarter(self.year - 1, 4) if self.q == 1 else Quarter(self.year, self.q - 1)

    def next(self) -> Quarter:
        """The quarter after; the one after quý IV is quý I of the next year."""
        return Quarter(self.year + 1, 1) if self.q == 4 else Quarter(self.year, self.q + 1)

    def same_period_last_year(self) -> Quarter:
        """The same quarter of the previous year (*cùng kỳ*)."""
        return Quarter(self.year - 1, self.q)

    def label(self, style: LabelStyle = "full") -> str:
        """``quý II/2026``, or ``quý II`` for the short style."""
        check_style(style)
        short = f"quý {to_roman(self.q)}"
        return short if style == "short" else f"{short}/{year_text(self.year)}"

    def _key(self) -> tuple[int, int]:
        return (self.year, self.q)


@attrs.frozen(eq=False)
class Half(PeriodBase):
    """A half year: ``6 tháng đầu năm 2026`` (``h=1``) or ``6 tháng cuối năm 2026`` (``h=2``).

    The first half is the same period as the six months to June, and equal to it:

    >>> str(Half(2026, 1)), str(Half(2026, 2))
    ('6 tháng đầu năm 2026', '6 tháng cuối năm 2026')
    >>> Half(2026, 1) == YearToDate(2026, 6), Half(2026, 2).end
    (True, datetime.date(2026, 12, 31))
    """

    year: int = attrs.field(validator=_YEAR)
    h: int = attrs.field(
        validator=whole_number(1, 2, "a half (1, 6 tháng đầu năm, or 2, 6 tháng cuối năm)")
    )

    _WORDS: ClassVar[tuple[str, str]] = ("6 tháng đầu năm", "6 tháng cuối năm")

    @property
    def start(self) -> dt.date:
        """1 January or 1 July."""
        return dt.date(self.year, 6 * self.h - 5, 1)

    @property
    def end(self) -> dt.date:
        """30 June or 31 December."""
        return dt.date(self.year, 6, 30) if self.h == 1 else dt.date(self.year, 12, 31)

    @property
    def months(self) -> tuple[Month, ...]:
        """The half's six months."""
        return months_of(self.year, 6 * self.h - 5, 6 * self.h)

    def previous(self) -> Half:
        """The half before; the one before the first is the second of the previous year."""
        return Half(self.year - 1, 2) if self.h == 1 else Half(self.year, 1)

    def next(self) -> Half:
        """The half after; the one after the second is the first of the next year."""
        return Half(self.year + 1, 1) if self.h == 2 else Half(self.year, 2)

    def same_period_last_year(self) -> Half:
        """The same half of the previous year (*cùng kỳ*)."""
        return Half(self.year - 1, self.h)

    def label(self, style: LabelStyle = "full") -> str:
        """``6 tháng đầu năm 2026``, or ``6 tháng đầu năm`` for the short style."""
        check_style(style)
        words = self._WORDS[self.h - 1]
        return words if style == "short" else f"{words} {year_text(self.year)}"

    def _key(self) -> tuple[int, int]:
        return (self.year, self.h)


@attrs.frozen(eq=False)
class Year(PeriodBase):
    """A calendar year: ``năm 2026``.

    >>> str(Year(2026)), len(Year(2026).months), Year(2026).next()
    ('năm 2026', 12, Year(year=2027))
    """

    year: int = attrs.field(validator=_YEAR)

    @property
    def start(self) -> dt.date:
        """1 January."""
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        """31 December."""
        return dt.date(self.year, 12, 31)

    @property
    def months(self) -> tuple[Month, ...]:
        """The twelve months of the year."""
        return months_of(self.year, 1, 12)

    def previous(self) -> Year:
        """The year before."""
        return Year(self.year - 1)

    def next(self) -> Year:
        """The year after."""
        return Year(self.year + 1)

    def same_period_last_year(self) -> Year:
        """The previous year (*cùng kỳ*), the same as `previous`."""
        return Year(self.year - 1)

    def label(self, style: LabelStyle = "full") -> str:
        """``năm 2026``; the short style is the same, since the year is the whole name."""
        check_style(style)
        return f"năm {year_text(self.year)}"

    def _key(self) -> tuple[int]:
        return (self.year,)


@attrs.frozen(eq=False)
class YearToDate(PeriodBase):
    """The months January to ``month`` of a year: *N tháng đầu năm*, *lũy kế N tháng*.

    The label is ``4 tháng đầu năm 2026``; the short style is the cumulative phrase of a
    sentence, ``lũy kế 4 tháng``. ``YearToDate(2026, 6)`` is the first half year and equal
    to ``Half(2026, 1)`` (its label is the half's); other year-to-date periods differ from
    the quarter, year or month with the same months, since Vietnamese names those apart.

    There is no `previous` or `next`: the windows overlap, and the next one of *lũy kế 12
    tháng* is not in the same year. Step through the last month instead.

    >>> ytd = YearToDate(2026, 4)
    >>> str(ytd), ytd.label("short"), ytd.end
    ('4 tháng đầu năm 2026', 'lũy kế 4 tháng', datetime.date(2026, 4, 30))
    >>> [str(m) for m in ytd.months]
    ['tháng 01/2026', 'tháng 02/2026', 'tháng 3/2026', 'tháng 4/2026']
    >>> ytd.last_month.next().year_to_date()
    YearToDate(year=2026, month=5)
    >>> YearToDate(2026, 3) == Quarter(2026, 1), str(YearToDate(2026, 3))
    (False, '3 tháng đầu năm 2026')
    """

    year: int = attrs.field(validator=_YEAR)
    month: int = attrs.field(
        validator=whole_number(1, 12, "a number of months from January (1 to 12)")
    )

    @property
    def start(self) -> dt.date:
        """1 January."""
        return dt.date(self.year, 1, 1)

    @property
    def end(self) -> dt.date:
        """The last day of `last_month`."""
        return self.last_month.end

    @property
    def last_month(self) -> Month:
        """The month the window runs through."""
        return Month(self.year, self.month)

    @property
    def months(self) -> tuple[Month, ...]:
        """January through `last_month`."""
        return months_of(self.year, 1, self.month)

    def same_period_last_year(self) -> YearToDate:
        """The same months of the previous year (*cùng kỳ*)."""
        return YearToDate(self.year - 1, self.month)

    def label(self, style: LabelStyle = "full") -> str:
        """``4 tháng đầu năm 2026``, or the cumulative phrase ``lũy kế 4 tháng``."""
        check_style(style)
        if style == "short":
            return f"lũy kế {self.month} tháng"
        return f"{self.month} tháng đầu năm {year_text(self.year)}"

    def _key(self) -> tuple[int, int]:
        return (self.year, self.month)

    def _identity(self) -> tuple[object, ...]:
        if self.month == 6:  # the first half year, by another name
            return ("Half", self.year, 1)
        return super()._identity()
