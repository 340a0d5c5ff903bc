"""Dates as administrative documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I).

Days below 10 and the months 1 and 2 take a leading zero, other months do not:
``ngày 05 tháng 02 năm 2026``, ``ngày 12 tháng 3 năm 2023``. The leading zero stops
digits being added afterwards (a ``1`` turned into ``11``, ``12``); a month 3 to 9 cannot
be extended that way into another month, and months 10 to 12 have two digits already.
Numeric dates in running text follow the same rule (``07/01/2026``, ``26/3/2026``).

Babel's Vietnamese formats are not this style: ``long`` is ``7 tháng 1, 2026`` and
``short`` is ``7/1/26``.

`parse_date` reads exactly the two styles of `format_date` (day and month padded or
not); a place-and-date line of `date_line` is not a date, and is refused with the date
part as its suggestion.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from typing import Literal

from baocao_kt._text._input import require_date, require_text, shown
from baocao_kt.errors import OptionError, ParseError, PeriodError, ValueKindError

DateStyle = Literal["numeric", "long"]

_DATE = dt.date
_DAYS = tuple(f"{day:02d}" for day in range(32))  # index 0 is never used
_MONTHS = ("", "01", "02", *(str(month) for month in range(3, 13)))
_TEXT_HINT = "; to read text, use parse_date"
_EXAMPLES = "'07/01/2026' or 'ngày 05 tháng 02 năm 2026'"
#: The first year a report can carry: its year is written with four digits.
FIRST_YEAR = 1000


def _word(word: str) -> str:
    """A pattern for ``word`` composed (NFC) or decomposed (NFD, as some editors store it)."""
    return f"(?:{word}|{unicodedata.normalize('NFD', word)})"


_NUMERIC = re.compile(
    r"(?P<day>[0-9]+)(?:(?P<sep1>\s*[/.\-]\s*)(?P<month>[0-9]+)"
    r"(?:(?P<sep2>\s*[/.\-]\s*)(?P<year>[0-9]+))?)?"
)
_LONG = re.compile(
    rf"(?P<ngay>{_word('ngày')})\s+(?:(?P<day>[0-9]+)\s+)?(?P<thang>{_word('tháng')})"
    rf"\s+(?:(?P<month>[0-9]+)\s+)?(?P<nam>{_word('năm')})(?:\s+(?P<year>[0-9]+))?",
    re.IGNORECASE,
)
_STRICT = re.compile(  # a whole date inside other text, for the suggestion
    rf"(?<![0-9])(?:[0-9]{{1,2}}/[0-9]{{1,2}}/|{_word('ngày')}\s+[0-9]{{1,2}}\s+"
    rf"{_word('tháng')}\s+[0-9]{{1,2}}\s+{_word('năm')}\s+)[0-9]{{4}}(?![0-9])",
    re.IGNORECASE,
)


def format_date(d: dt.date, style: DateStyle = "numeric") -> str:
    """Write a date as Nghị định 30 does: ``07/01/2026`` or ``ngày 07 tháng 01 năm 2026``.

    Args:
        d: The date; a `datetime.datetime` is refused (a report date has no time of day).
        style: ``"numeric"`` for running text, ``"long"`` for the words form.

    Returns:
        The day always with two digits, the month padded only for January and February.

    Raises:
        ValueKindError: ``d`` is not a date, or is a datetime.
        OptionError: ``style`` is neither ``"numeric"`` nor ``"long"``.
        PeriodError: The year is before 1000 (a report's year has four digits).

    The inverse is `parse_date`.

    >>> format_date(dt.date(2026, 1, 7)), format_date(dt.date(2026, 3, 26))
    ('07/01/2026', '26/3/2026')
    >>> format_date(dt.date(2026, 2, 5), "long")
    'ngày 05 tháng 02 năm 2026'
    """
    if type(d) is not _DATE:
        require_date(d, "format_date", hint=_TEXT_HINT)
    # The hot path: tuple look-ups and one f-string.
    year = d.year
    if year < FIRST_YEAR:
        raise PeriodError(
            f"{d!r} is before year {FIRST_YEAR}: a report's year has four digits, such as 2026",
            field="year",
            value=year,
        )
    if style == "numeric":
        return f"{_DAYS[d.day]}/{_MONTHS[d.month]}/{year}"
    if style == "long":
        return f"ngày {_DAYS[d.day]} tháng {_MONTHS[d.month]} năm {year}"
    raise OptionError(
        f"style={style!r} is not a date style; pass 'numeric' ('07/01/2026') "
        "or 'long' ('ngày 07 tháng 01 năm 2026')",
        option="style",
        value=style,
    )


def date_line(
    place: str,
    d: dt.date | None = None,
    *,
    month: int | None = None,
    year: int | None = None,
) -> str:
    """Write the place-and-date line of a report: ``Phù Liễn, ngày 27 tháng 11 năm 2026``.

    Args:
        place: Where the document is issued (the commune, ward or city).
        d: The date of a signed document.
        month: With ``year`` and no ``d``: a draft, whose day is left blank (four spaces)
            for the signer to write in.
        year: The year of a draft.

    Raises:
        OptionError: ``place`` is blank; both ``d`` and ``month``/``year`` are given, or
            neither; only one of ``month`` and ``year``; a month outside 1 to 12.
        ValueKindError: ``place`` is not text, or ``d`` is not a date.

    >>> date_line("Hải Phòng", dt.date(2026, 2, 5))
    'Hải Phòng, ngày 05 tháng 02 năm 2026'
    >>> date_line("Phù Liễn", month=4, year=2026)
    'Phù Liễn, ngày    tháng 4 năm 2026'
    """
    if not isinstance(place, str):
        raise ValueKindError(
            f"place must be text such as 'Phù Liễn', not {type(place).__name__} {place!r}",
            value=place,
        )
    if not place.strip():
        raise OptionError(
            f"place={place!r} is blank; name where the document is issued, such as 'Phù Liễn'",
            option="place",
            value=place,
        )
    place = place.strip()
    if d is not None:
        if month is not None or year is not None:
            option, value = ("month", month) if month is not None else ("year", year)
            raise OptionError(
                f"date_line got both d={d!r} and {option}={value!r}; pass the date for a "
                "signed line or month= and year= for a draft with the day blank, not both",
                option=option,
                value=value,
            )
        return f"{place}, {format_date(require_date(d, 'date_line', hint=_TEXT_HINT), 'long')}"
    if month is None and year is None:
        raise OptionError(
            "date_line needs a date, or month= and year= for a draft with the day blank: "
            f"date_line({place!r}, date(2026, 4, 27)) or date_line({place!r}, month=4, year=2026)",
            option="d",
            value=None,
        )
    if month is None or year is None:
        given, missing = ("year", "month") if month is None else ("month", "year")
        raise OptionError(
            f"date_line got {given}= without {missing}=; a draft needs both (month=4, year=2026)",
            option=missing,
            value=None,
        )
    if type(month) is not int or not 1 <= month <= 12:
        raise OptionError(
            f"month={month!r} is not a month; pass an int from 1 to 12", option="month", value=month
        )
    if type(year) is not int or not FIRST_YEAR <= year <= dt.MAXYEAR:
        raise OptionError(
            f"year={year!r} is not a report's year; pass an int from {FIRST_YEAR} to "
            f"{dt.MAXYEAR}, such as 2026",
            option="year",
            value=year,
        )
    return f"{place}, ngày    tháng {_MONTHS[month]} năm {year}"


def parse_date(text: str) -> dt.date:
    """Read a date written by `format_date`, in either style; leading zeros are optional.

    ``"Ngày"`` may have any case; surrounding spaces (also non-breaking) are allowed.
    Anything else is a `ParseError` with the position of the offending part and, when
    one is likely, the intended text: a two-digit year, ISO order, another separator,
    a month above 12 beside a day that could be the month.

    >>> parse_date("26/3/2026"), parse_date(" Ngày 5 tháng 2 năm 2026 ")
    (datetime.date(2026, 3, 26), datetime.date(2026, 2, 5))
    >>> parse_date("07/01/26")
    Traceback (most recent call last):
    ...
    baocao_kt.errors.ParseError: '07/01/26' is not a date: the year is written in full, \
with four digits (position 6); did you mean '07/01/2026'?
    """
    require_text(text, "parse_date", "07/01/2026")
    start = len(text) - len(text.lstrip())
    end = max(start, len(text.rstrip()))
    if start == end:
        raise _error(text, start, f"there is no date; write one such as {_EXAMPLES}")
    match = _LONG.match(text, start, end)
    if match is not None:
        fields = (
            _field(match, "day", match.start("thang")),
            _field(match, "month", match.start("nam")),
            _field(match, "year", match.end("nam")),
        )
        return _read(text, fields, match.end(), end, long=True)
    match = _NUMERIC.match(text, start, end)
    found = _STRICT.search(text, start, end)
    if match is None or (found is not None and found.start() > start):
        reason = "parse_date reads a date alone" if found else "expected a day (digits) or 'ngày'"
        suggestion = found[0] if found else None
        raise _error(text, start, f"{reason}; write it as {_EXAMPLES}", suggestion)
    end_at = match.end()
    fields = (
        _field(match, "day", end_at),
        _field(match, "month", end_at),
        _field(match, "year", end_at),
    )
    if len(fields[0][0]) == 4 and fields[2][0]:  # ISO order, 2026-02-05: year first
        reason = "the year comes last: day/month/year"
        raise _error(text, start, reason, _suggest(fields[2], fields[1], fields[0], long=False))
    for name in ("sep1", "sep2"):
        if match[name] not in {None, "/"}:
            reason = "the day, month and year are separated by '/'"
            raise _error(text, match.start(name), reason, _suggest(*fields, long=False))
    return _read(text, fields, match.end(), end, long=False)


_Field = tuple[str, int]  # the digits read ("" if none) and where they are, or should be


def _field(match: re.Match[str], name: str, missing_at: int) -> _Field:
    digits = match[name]
    return (digits, match.start(name)) if digits else ("", missing_at)


def _check_digits(text: str, fields: tuple[_Field, _Field, _Field], *, long: bool) -> None:
    """Refuse a missing day, month or year, or one with the wrong number of digits."""
    for (digits, position), name in zip(fields[:2], ("day", "month"), strict=True):
        if not digits:
            blank = " (a draft leaves it blank for the signer)" if name == "day" else ""
            raise _error(text, position, f"the {name} is missing{blank}")
        if len(digits) > 2:
            raise _error(text, position, f"a {name} has one or two digits, not {shown(digits)}")
    year_text, year_at = fields[2]
    if not year_text:
        raise _error(text, year_at, "the year is missing; write it with four digits, as 2026")
    if len(year_text) != 4:
        reason = "the year is written in full, with four digits"
        raise _error(text, year_at, reason, _suggest(*fields, long=long))


def _read(
    text: str, fields: tuple[_Field, _Field, _Field], stop: int, end: int, *, long: bool
) -> dt.date:
    """Check the day, month and year read from ``text`` and build the date."""
    _check_digits(text, fields, long=long)
    (day_text, day_at), (month_text, month_at), (year_text, year_at) = fields
    day, month, year = int(day_text), int(month_text), int(year_text)
    if not 1 <= month <= 12:
        swapped = _suggest(fields[1], fields[0], fields[2], long=long)  # month-first (US) order?
        reason = f"{month_text!r} is not a month (1 to 12)"
        if swapped:
            reason += "; the month comes second: day/month/year"
        raise _error(text, month_at, reason, swapped)
    if year < FIRST_YEAR:
        reason = (
            f"a report's year is {FIRST_YEAR} or later, not {year_text}; write one such as 2026"
        )
        raise _error(text, year_at, reason)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise _error(text, day_at, f"tháng {month} năm {year} has days 1 to {days}, not {day}")
    if stop != end:
        reason = f"{shown(text[stop:end])} follows the date"
        raise _error(text, stop, reason, text[:stop].strip())
    return dt.date(year, month, day)


def _suggest(day: _Field, month: _Field, year: _Field, *, long: bool) -> str | None:
    """The date the fields likely mean, written in the style read; a year ``26`` is 2026."""
    digits = day[0], month[0], year[0]
    if not all(digits) or len(digits[0]) > 2 or len(digits[1]) > 2 or len(digits[2]) not in {2, 4}:
        return None
    full_year = int(digits[2]) + (2000 if len(digits[2]) == 2 else 0)
    try:
        d = dt.date(full_year, int(digits[1]), int(digits[0]))
    except ValueError:
        return None
    return format_date(d, "long" if long else "numeric")


def _error(text: str, position: int, reason: str, suggestion: str | None = None) -> ParseError:
    hint = f"; did you mean {shown(suggestion)}?" if suggestion else ""
    return ParseError(
        f"{shown(text)} is not a date: {reason} (position {position}){hint}",
        text=text,
        position=position,
        suggestion=suggestion,
    )
