"""`parse_period`: a period's name as reports write it, read back into the period.

The grammar, case-insensitive, with any run of spaces between words (the slash may have
spaces around it, the numbers leading zeros):

- ``tháng 4/2026``, ``tháng 04/2026``, ``tháng 4 năm 2026``: a `Month`;
- ``quý II/2026``, ``Quý 2/2026``, ``quý II năm 2026``: a `Quarter`;
- ``6 tháng đầu năm 2026``, ``6 tháng năm 2026``, ``6 tháng cuối năm 2026``: a `Half`;
- ``N tháng đầu năm 2026``, ``N tháng năm 2026``, ``lũy kế N tháng năm 2026`` (also
  ``luỹ kế``): a `YearToDate`, or the first `Half` when N is 6;
- ``năm 2026``: a `Year`;
- ``từ ngày 08/3/2026 đến ngày 08/4/2026`` (``ngày`` optional, dates in either style of
  `format_date`): a `DateRange`.

*Cùng kỳ* and *lũy kế 4 tháng* alone name no period (the year is missing): they are
refused with what to write instead.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable

from baocao_kt._periods._calendar import Half, Month, Quarter, Year, YearToDate
from baocao_kt._periods._ranges import DateRange, Period
from baocao_kt._text._dates import FIRST_YEAR, format_date, parse_date
from baocao_kt._text._input import require_text, shown, stripped_bounds
from baocao_kt._text._roman import from_roman
from baocao_kt.errors import ParseError

__all__ = ["parse_period"]

#: The most characters a period found inside other text may have, to be suggested (the
#: longest label, a range of two long dates, has 60).
_LONGEST_NAME = 120
#: The most places inside other text where a period is looked for, to be suggested.
_MOST_TRIES = 100
_EXAMPLES = "'tháng 4/2026', 'quý II/2026', '6 tháng đầu năm 2026' or 'năm 2026'"


def _word(word: str) -> str:
    """A pattern for ``word`` composed (NFC) or decomposed (NFD, as some editors store it)."""
    return f"(?:{word}|{unicodedata.normalize('NFD', word)})"


def _pattern(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.IGNORECASE)


_THANG, _NAM, _NGAY = _word("tháng"), _word("năm"), _word("ngày")
_LUY_KE = rf"(?:{_word('lũy')}|{_word('luỹ')})\s+{_word('kế')}"
_NUMBER = _pattern(r"[0-9]+")
_ROMAN = _pattern(r"[ivxlcdm]+")
_SPACES = _pattern(r"\s*")
_MONTH_WORD = _pattern(rf"\s+{_THANG}")
_BEFORE_YEAR = _pattern(rf"\s*/\s*|\s+{_NAM}\s*")  # tháng 4/2026, tháng 4 năm 2026
_START_WORD = _pattern(rf"\s+{_word('đầu')}")
_START_OR_END = _pattern(rf"\s+(?:(?P<start>{_word('đầu')})|(?P<end>{_word('cuối')}))")
_YEAR_WORD = _pattern(rf"\s+{_NAM}\s*")
_DAY_WORD = _pattern(rf"{_NGAY}\s*")
_UNTIL = _pattern(rf"\s+{_word('đến')}\s+")
_LONG_DATE = _pattern(rf"[0-9]+\s+{_THANG}\s+[0-9]+\s+{_NAM}\s+[0-9]+")
_NUMERIC_DATE = _pattern(r"[0-9]+(?:\s*[/.\-]\s*[0-9]+)*")
_QUARTER_NUMERALS = ("I", "II", "III", "IV")
_NO_PERIOD = _pattern(rf"{_word('cùng')}\s+{_word('kỳ')}")
#: Where a period may begin inside other text, for the suggestion.
_INSIDE = _pattern(rf"(?<!\w)(?:{_THANG}|{_word('quý')}|{_LUY_KE}|{_NAM}|{_word('từ')}|[0-9])")


class _Reader:
    """A position in ``text`` that moves forward as its parts are read."""

    __slots__ = ("at", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.at, self.end = text, start, start, end

    def take(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        match = pattern.match(self.text, self.at, self.end)
        if match is not None:
            self.at = match.end()
        return match

    def need(self, pattern: re.Pattern[str], expected: str) -> re.Match[str]:
        match = self.take(pattern)
        if match is None:
            raise self.error(self.at, f"expected {expected}")
        return match

    def error(self, position: int, reason: str, suggestion: str | None = None) -> ParseError:
        return _error(self.text, position, reason, suggestion)

    def replaced(self, match: re.Match[str], new: str) -> str:
        """The text read so far (to the end), with ``match`` replaced by ``new``."""
        return self.text[self.start : match.start()] + new + self.text[match.end() : self.end]


def _error(text: str, position: int, reason: str, suggestion: str | None = None) -> ParseError:
    hint = f"; did you mean {shown(suggestion)}?" if suggestion else ""
    return ParseError(
        f"{shown(text)} is not a period: {reason} (position {position}){hint}",
        text=text,
        position=position,
        suggestion=suggestion,
    )


def parse_period(text: str) -> Period:
    """Read a period's name, as `str()` writes it or as reports vary it.

    Every label reads back: ``parse_period(str(p)) == p`` for every period ``p``. The
    first six months, however written (``6 tháng đầu năm 2026``, ``6 tháng năm 2026``,
    ``lũy kế 6 tháng năm 2026``), are returned as ``Half(2026, 1)``, which is equal to
    ``YearToDate(2026, 6)``.

    Raises:
        ParseError: For anything else, with the position of the first part that cannot
            be read and, when one is likely, the intended text.
        ValueKindError: ``text`` is not a str.

    >>> parse_period("tháng 4/2026"), parse_period("Quý 2/2026")
    (Month(year=2026, month=4), Quarter(year=2026, q=2))
    >>> parse_period("10 tháng đầu năm 2019"), parse_period("6 tháng năm 2020")
    (YearToDate(year=2019, month=10), Half(year=2020, h=1))
    >>> parse_period("Từ ngày 08/3/2026 đến ngày 08/4/2026").days
    32
    >>> parse_period("lũy kế 4 tháng")
    Traceback (most recent call last):
    ...
    baocao_kt.errors.ParseError: 'lũy kế 4 tháng' is not a period: the year is missing; \
write 'lũy kế 4 tháng năm 2026' or '4 tháng đầu năm 2026' (position 14)
    """
    require_text(text, "parse_period", "tháng 4/2026")
    try:
        return _parse(text)
    except ParseError as error:
        if error.suggestion is None or _readable(error.suggestion):
            raise
        # A suggestion is a promise that it reads; one that does not is dropped.
        message = str(error).removesuffix(f"; did you mean {shown(error.suggestion)}?")
        raise ParseError(message, text=text, position=error.position) from None


def _readable(text: str) -> bool:
    try:
        _parse(text)
    except ParseError:
        return False
    return True


def _parse(text: str) -> Period:
    """Read ``text``; its errors may carry a suggestion that `parse_period` then checks."""
    start, end = stripped_bounds(text)
    if start == end:
        raise _error(text, start, f"there is no period; write one such as {_EXAMPLES}")
    reader = _Reader(text, start, end)
    read = _reader_for(reader)
    if read is None:
        raise _not_a_period_name(text, start, end)
    period = read(reader)
    if reader.at != end:
        extra = end - len(text[reader.at : end].lstrip())  # the first thing after the spaces
        reason = f"{shown(text[extra:end])} follows the period"
        raise reader.error(extra, reason, text[start : reader.at])
    return period


def _reader_for(reader: _Reader) -> Callable[[_Reader], Period] | None:
    """The function that reads the kind of period ``reader`` is at, if any."""
    for pattern, read in _KINDS:
        if pattern.match(reader.text, reader.at, reader.end):
            return read
    return None


def _not_a_period_name(text: str, start: int, end: int) -> ParseError:
    """The error for text that does not begin with a period; a period inside is suggested."""
    if _NO_PERIOD.match(text, start, end):
        return _error(
            text,
            start,
            "cùng kỳ is the same period of the previous year, so it names a period only "
            "beside another; write that period, and use its .same_period_last_year()",
        )
    for tries, found in enumerate(_INSIDE.finditer(text, start + 1, end)):
        if tries == _MOST_TRIES:  # hostile text may offer a place on every other character
            break
        # Each try reads a window, not the rest of the text: linear over many tries.
        inner = _Reader(text, found.start(), min(end, found.start() + _LONGEST_NAME))
        read = _reader_for(inner)
        if read is None:
            continue
        try:
            read(inner)
        except ParseError:
            continue
        reason = "parse_period reads a period alone, without the words around it"
        return _error(text, start, reason, text[found.start() : inner.at])
    return _error(text, start, f"expected a period such as {_EXAMPLES}")


def _number(reader: _Reader, what: str, low: int, high: int) -> int:
    """Read a number of one or two digits (after any spaces) from ``low`` to ``high``."""
    reader.take(_SPACES)
    match = reader.need(_NUMBER, f"{what} (a number from {low} to {high})")
    if len(match[0]) > 2 or not low <= int(match[0]) <= high:  # digits counted before int()
        raise reader.error(match.start(), f"{shown(match[0])} is not {what} ({low} to {high})")
    return int(match[0])


def _before_year(reader: _Reader, example: str) -> None:
    """Read the ``/`` or `` năm `` between a month or quarter and its year."""
    if reader.at == reader.end:
        raise reader.error(reader.at, f"the year is missing; write it as in {example!r}")
    reader.need(_BEFORE_YEAR, f"'/' or ' năm ' and the year, as in {example!r}")


def _year(reader: _Reader) -> int:
    """Read a year of four digits."""
    match = reader.need(_NUMBER, "the year, with four digits such as 2026")
    digits = match[0]
    if len(digits) != 4:
        suggestion = reader.replaced(match, f"20{digits}") if len(digits) == 2 else None
        reason = "the year is written in full, with four digits"
        raise reader.error(match.start(), reason, suggestion)
    if int(digits) < FIRST_YEAR:
        reason = f"a report's year is {FIRST_YEAR} or later, not {digits}; write one such as 2026"
        raise reader.error(match.start(), reason)
    return int(digits)


def _read_month(reader: _Reader) -> Month:
    reader.take(_THANG_AT)
    month = _number(reader, "a month", 1, 12)
    _before_year(reader, f"tháng {month}/2026")
    return Month(_year(reader), month)


def _read_quarter(reader: _Reader) -> Quarter:
    reader.take(_QUY_AT)
    reader.take(_SPACES)
    numeral = reader.take(_NUMBER) or reader.need(_ROMAN, "the quarter: I, II, III or IV")
    if numeral[0].isdigit():
        quarter = int(numeral[0]) if len(numeral[0]) <= 2 else 0
    else:
        try:
            quarter = from_roman(numeral[0])
        except ParseError as error:
            standard = error.suggestion if error.suggestion in _QUARTER_NUMERALS else None
            reason = f"{shown(numeral[0])} is not a quarter: write I, II, III or IV"
            suggestion = reader.replaced(numeral, standard) if standard else None
            raise reader.error(numeral.start(), reason, suggestion) from None
    if not 1 <= quarter <= 4:
        reason = f"{shown(numeral[0])} is not a quarter: there are four, I to IV (or 1 to 4)"
        raise reader.error(numeral.start(), reason)
    _before_year(reader, f"quý {_QUARTER_NUMERALS[quarter - 1]}/2026")
    return Quarter(_year(reader), quarter)


def _read_months_of_year(reader: _Reader) -> Half | YearToDate:
    count = reader.need(_NUMBER, "a number of months")
    if reader.take(_MONTH_WORD) is None:
        four_digits = len(count[0]) == 4 and count.end() == reader.end
        suggestion = f"năm {count[0]}" if four_digits else None
        raise reader.error(reader.at, "expected 'tháng' after the number of months", suggestion)
    side = reader.take(_START_OR_END)
    reader.need(_YEAR_WORD, "'đầu năm', 'cuối năm' or 'năm' and the year")
    year = _year(reader)
    value = int(count[0]) if len(count[0]) <= 2 else 0  # digits counted before int()
    if side is not None and side["end"]:
        if value != 6:
            reason = f"only the second half is named by its last months: '6 tháng cuối năm {year}'"
            raise reader.error(count.start(), reason, f"quý IV/{year}" if value == 3 else None)
        return Half(year, 2)
    if not 1 <= value <= 12:
        raise reader.error(count.start(), f"{shown(count[0])} is not a number of months (1 to 12)")
    return _first_months(year, value)


def _read_cumulative(reader: _Reader) -> Half | YearToDate:
    reader.take(_LUY_KE_AT)
    count = _number(reader, "a number of months", 1, 12)
    reader.need(_MONTH_WORD, "'tháng' after the number of months")
    reader.take(_START_WORD)
    if reader.at == reader.end:
        raise reader.error(
            reader.at,
            f"the year is missing; write 'lũy kế {count} tháng năm 2026' or "
            f"'{count} tháng đầu năm 2026'",
        )
    reader.need(_YEAR_WORD, "' năm ' and the year, as in 'lũy kế 4 tháng năm 2026'")
    return _first_months(_year(reader), count)


def _first_months(year: int, count: int) -> Half | YearToDate:
    """The first ``count`` months of ``year``: the first half when there are six."""
    return Half(year, 1) if count == 6 else YearToDate(year, count)


def _read_year(reader: _Reader) -> Year:
    reader.take(_NAM_AT)
    reader.take(_SPACES)
    return Year(_year(reader))


def _read_range(reader: _Reader) -> DateRange:
    reader.take(_TU_AT)
    reader.need(_pattern(r"\s+"), "a space after 'từ'")
    first, _ = _date(reader, "first")
    reader.need(_UNTIL, "'đến ngày' and the last date")
    last, last_at = _date(reader, "last")
    if last < first:
        swapped = DateRange(last, first).label()
        reason = f"the range ends ({format_date(last)}) before it starts ({format_date(first)})"
        raise reader.error(last_at, reason, swapped)
    return DateRange(first, last)


def _date(reader: _Reader, which: str) -> tuple[dt.date, int]:
    """Read a date after ``từ`` or ``đến``, with or without ``ngày``; return it and its position."""
    day_word = reader.take(_DAY_WORD)
    long = _LONG_DATE.match(reader.text, reader.at, reader.end)
    if long is not None and day_word is not None:  # ngày 08 tháng 3 năm 2026
        snippet_at, reader.at = day_word.start(), long.end()
    else:
        numeric = reader.need(_NUMERIC_DATE, f"the {which} date, such as 08/3/2026")
        snippet_at = numeric.start()
    snippet = reader.text[snippet_at : reader.at]
    try:
        return parse_date(snippet), snippet_at
    except ParseError as error:
        suggestion = None
        if error.suggestion:
            before, after = (
                reader.text[reader.start : snippet_at],
                reader.text[reader.at : reader.end],
            )
            suggestion = before + error.suggestion + after
        reason = f"the {which} date {snippet!r} is not a date as Nghị định 30 writes it"
        raise reader.error(snippet_at + error.position, reason, suggestion) from None


_NOT_A_LETTER = r"(?![^\W\d])"  # a keyword ends a word: 'từng' is not 'từ'
_THANG_AT = _pattern(_THANG + _NOT_A_LETTER)
_QUY_AT = _pattern(_word("quý") + _NOT_A_LETTER)
_LUY_KE_AT = _pattern(_LUY_KE + _NOT_A_LETTER)
_NAM_AT = _pattern(_NAM + _NOT_A_LETTER)
_TU_AT = _pattern(_word("từ") + _NOT_A_LETTER)
_KINDS: tuple[tuple[re.Pattern[str], Callable[[_Reader], Period]], ...] = (
    (_THANG_AT, _read_month),
    (_QUY_AT, _read_quarter),
    (_LUY_KE_AT, _read_cumulative),
    (_NAM_AT, _read_year),
    (_TU_AT, _read_range),
    (_pattern("[0-9]"), _read_months_of_year),
)
