"""Dates as Nghị định 30/2020/NĐ-CP writes them: format_date, parse_date, date_line."""

from __future__ import annotations

import datetime as dt
import unicodedata

import babel.dates
import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    OptionError,
    ParseError,
    PeriodError,
    ValueKindError,
    date_line,
    format_date,
    parse_date,
)
from tests.strategies import report_dates

styles = st.sampled_from(["numeric", "long"])


def reference_numeric(d: dt.date) -> str:
    """The rule written out independently: %d always padded, %m only for January and February."""
    month = d.strftime("%m") if d.month in {1, 2} else str(d.month)
    return f"{d.strftime('%d')}/{month}/{d.strftime('%Y')}"


class _Day(dt.date):
    """A date subclass that is not a datetime, as some libraries return."""


class TestFormatDate:
    @pytest.mark.parametrize(
        ("d", "expected"),
        [
            (dt.date(2026, 1, 7), "07/01/2026"),
            (dt.date(2026, 2, 18), "18/02/2026"),
            (dt.date(2026, 3, 26), "26/3/2026"),
            (dt.date(2012, 11, 1), "01/11/2012"),
            (dt.date(2025, 6, 9), "09/6/2025"),
            (dt.date(1955, 5, 13), "13/5/1955"),
            (dt.date(2025, 12, 22), "22/12/2025"),
            (dt.date(2026, 10, 10), "10/10/2026"),
        ],
    )
    def test_numeric_seed_dates(self, d, expected):
        assert format_date(d) == expected
        assert format_date(d, "numeric") == expected

    @pytest.mark.parametrize(
        ("d", "expected"),
        [
            (dt.date(2026, 2, 5), "ngày 05 tháng 02 năm 2026"),
            (dt.date(2023, 3, 12), "ngày 12 tháng 3 năm 2023"),
            (dt.date(2026, 11, 27), "ngày 27 tháng 11 năm 2026"),
            (dt.date(2026, 1, 31), "ngày 31 tháng 01 năm 2026"),
        ],
    )
    def test_long(self, d, expected):
        assert format_date(d, "long") == expected

    def test_years_before_1000_are_refused_as_no_report_has_them(self):
        with pytest.raises(
            PeriodError, match=r"before year 1000: a report's year has four"
        ) as caught:
            format_date(dt.date(999, 3, 1))
        assert (caught.value.field, caught.value.value) == ("year", 999)
        assert format_date(dt.date(1000, 1, 1), "long") == "ngày 01 tháng 01 năm 1000"

    def test_a_date_subclass_that_is_not_a_datetime_is_a_date(self):
        assert format_date(_Day(2026, 1, 7)) == "07/01/2026"

    @given(report_dates)
    def test_numeric_matches_the_rule_written_with_strftime(self, d):
        assert format_date(d) == reference_numeric(d)

    @given(report_dates)
    def test_long_is_the_numeric_fields_in_words(self, d):
        day, month, year = reference_numeric(d).split("/")
        assert format_date(d, "long") == f"ngày {day} tháng {month} năm {year}"

    def test_datetime_is_refused_rather_than_losing_its_time(self):
        moment = dt.datetime(2026, 1, 7, 9, 30, tzinfo=dt.UTC)
        with pytest.raises(ValueKindError) as caught:
            format_date(moment)
        assert caught.value.value is moment
        assert "datetime.date(2026, 1, 7)" in str(caught.value)
        assert ".date()" in str(caught.value)

    @pytest.mark.parametrize("value", ["07/01/2026", 20260107, None, True, 2026.0])
    def test_non_dates_are_refused(self, value):
        with pytest.raises(ValueKindError) as caught:
            format_date(value)
        assert caught.value.value is value
        assert repr(value) in str(caught.value)
        assert "date(2026, 1, 7)" in str(caught.value)
        assert isinstance(caught.value, TypeError)

    @pytest.mark.parametrize("style", ["short", "Long", "", None, "dd/MM/yyyy"])
    def test_unknown_style(self, style):
        with pytest.raises(OptionError) as caught:
            format_date(dt.date(2026, 1, 7), style)
        assert (caught.value.option, caught.value.value) == ("style", style)
        message = str(caught.value)
        assert repr(style) in message
        assert "'numeric'" in message
        assert "'long'" in message


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("07/01/2026", dt.date(2026, 1, 7)),
            ("7/1/2026", dt.date(2026, 1, 7)),
            ("26/3/2026", dt.date(2026, 3, 26)),
            ("26/03/2026", dt.date(2026, 3, 26)),
            ("09/6/2025", dt.date(2025, 6, 9)),
            ("29/02/2024", dt.date(2024, 2, 29)),
            ("ngày 05 tháng 02 năm 2026", dt.date(2026, 2, 5)),
            ("ngày 5 tháng 2 năm 2026", dt.date(2026, 2, 5)),
            ("Ngày 12 tháng 3 năm 2023", dt.date(2023, 3, 12)),
            ("NGÀY 27 THÁNG 11 NĂM 2026", dt.date(2026, 11, 27)),
            ("  07/01/2026\n", dt.date(2026, 1, 7)),
            ("\u00a007/01/2026\u202f", dt.date(2026, 1, 7)),
            ("ngày\u00a005  tháng 02\u00a0năm 2026", dt.date(2026, 2, 5)),
            (unicodedata.normalize("NFD", "ngày 05 tháng 02 năm 2026"), dt.date(2026, 2, 5)),
        ],
    )
    def test_reads_both_styles(self, text, expected):
        assert parse_date(text) == expected

    @given(report_dates, styles)
    def test_inverts_format_date(self, d, style):
        assert parse_date(format_date(d, style)) == d

    @pytest.mark.parametrize(
        ("text", "position", "suggestion", "says"),
        [
            ("31/02/2026", 0, None, "1 to 28"),
            ("29/02/2025", 0, None, "1 to 28"),
            ("00/01/2026", 0, None, "1 to 31"),
            ("ngày 31 tháng 2 năm 2026", 5, None, "1 to 28"),
            ("07/01/26", 6, "07/01/2026", "four digits"),
            ("7/1/26", 4, "07/01/2026", "four digits"),
            ("ngày 5 tháng 2 năm 26", 19, "ngày 05 tháng 02 năm 2026", "four digits"),
            ("07/01/202", 6, None, "four digits"),
            ("2026-02-05", 0, "05/02/2026", "day/month/year"),
            ("2026/2/5", 0, "05/02/2026", "day/month/year"),
            ("13/13/2026", 3, None, "1 to 12"),
            ("07/00/2026", 3, None, "1 to 12"),
            ("05/13/2026", 3, "13/5/2026", "the month comes second"),
            ("ngày 5 tháng 13 năm 2026", 13, "ngày 13 tháng 5 năm 2026", "the month comes second"),
            ("07.01.2026", 2, "07/01/2026", "'/'"),
            ("07-01-2026", 2, "07/01/2026", "'/'"),
            ("07 / 01 / 2026", 2, "07/01/2026", "'/'"),
            ("07/01/0000", 6, None, "year is 1000 or later, not 0000"),
            ("07/01/0026", 6, None, "year is 1000 or later, not 0026"),
            ("ngày 07 tháng 01 năm 0999", 21, None, "year is 1000 or later"),
            ("007/01/2026", 0, None, "one or two digits"),
            ("07/01", 5, None, "year is missing"),
            ("07", 2, None, "month is missing"),
            ("ngày    tháng 4 năm 2026", 8, None, "day is missing"),
            ("07/01/2026 của UBND", 10, "07/01/2026", "follows the date"),
            ("hôm nay", 0, None, "'07/01/2026'"),
            ("", 0, None, "'07/01/2026'"),
            ("   ", 3, None, "no date"),
            ("Hải Phòng, ngày 05 tháng 02 năm 2026", 0, "ngày 05 tháng 02 năm 2026", "alone"),
            ("ngày 07/01/2026", 0, "07/01/2026", "alone"),
        ],
    )
    def test_refuses_with_position_and_suggestion(self, text, position, suggestion, says):
        with pytest.raises(ParseError) as caught:
            parse_date(text)
        error = caught.value
        assert (error.text, error.position, error.suggestion) == (text, position, suggestion)
        message = str(error)
        assert repr(text) in message
        assert f"position {position}" in message
        assert says in message
        if suggestion is not None:
            assert repr(suggestion) in message
            assert parse_date(suggestion)

    def test_an_impossible_date_is_never_a_bare_value_error(self):
        with pytest.raises(ValueError, match="28") as caught:
            parse_date("31/02/2026")
        assert type(caught.value) is ParseError

    @pytest.mark.parametrize("value", [None, dt.date(2026, 1, 7), 20260107])
    def test_non_text_is_refused(self, value):
        with pytest.raises(ValueKindError, match="'07/01/2026'") as caught:
            parse_date(value)
        assert isinstance(caught.value, TypeError)
        assert caught.value.value is value


class TestDateLine:
    @pytest.mark.parametrize(
        ("args", "kwargs", "expected"),
        [
            (("Phù Liễn", dt.date(2026, 11, 27)), {}, "Phù Liễn, ngày 27 tháng 11 năm 2026"),
            (("Hải Phòng", dt.date(2026, 2, 5)), {}, "Hải Phòng, ngày 05 tháng 02 năm 2026"),
            (("Hà Nội", dt.date(2023, 3, 12)), {}, "Hà Nội, ngày 12 tháng 3 năm 2023"),
            (("Phù Liễn",), {"month": 4, "year": 2026}, "Phù Liễn, ngày    tháng 4 năm 2026"),
            (("Phù Liễn",), {"month": 2, "year": 2026}, "Phù Liễn, ngày    tháng 02 năm 2026"),
            ((" Phù Liễn ", dt.date(2026, 4, 27)), {}, "Phù Liễn, ngày 27 tháng 4 năm 2026"),
        ],
    )
    def test_lines(self, args, kwargs, expected):
        assert date_line(*args, **kwargs) == expected

    def test_the_draft_leaves_exactly_four_spaces_for_the_day(self):
        line = date_line("Phù Liễn", month=4, year=2026)
        between = line.split("ngày", 1)[1].split("tháng", 1)[0]
        assert between == " " * 4

    @given(report_dates)
    def test_the_date_part_reads_back(self, d):
        place, date_part = date_line("Phù Liễn", d).split(", ", 1)
        assert place == "Phù Liễn"
        assert parse_date(date_part) == d

    @pytest.mark.parametrize(
        ("args", "kwargs", "option", "value", "says"),
        [
            (("Phù Liễn", dt.date(2026, 4, 27)), {"month": 4}, "month", 4, "not both"),
            (("Phù Liễn", dt.date(2026, 4, 27)), {"year": 2026}, "year", 2026, "not both"),
            (("Phù Liễn",), {}, "d", None, "month=4, year=2026"),
            (("Phù Liễn",), {"month": 4}, "year", None, "month= without year="),
            (("Phù Liễn",), {"year": 2026}, "month", None, "year= without month="),
            (("Phù Liễn",), {"month": 13, "year": 2026}, "month", 13, "1 to 12"),
            (("Phù Liễn",), {"month": 0, "year": 2026}, "month", 0, "1 to 12"),
            (("Phù Liễn",), {"month": True, "year": 2026}, "month", True, "1 to 12"),
            (("Phù Liễn",), {"month": "4", "year": 2026}, "month", "4", "1 to 12"),
            (("Phù Liễn",), {"month": 4, "year": 0}, "year", 0, "2026"),
            (("Phù Liễn",), {"month": 4, "year": "2026"}, "year", "2026", "2026"),
            (("", dt.date(2026, 4, 27)), {}, "place", "", "'Phù Liễn'"),
            ((" \u00a0", dt.date(2026, 4, 27)), {}, "place", " \u00a0", "'Phù Liễn'"),
        ],
    )
    def test_refused_options(self, args, kwargs, option, value, says):
        with pytest.raises(OptionError) as caught:
            date_line(*args, **kwargs)
        assert caught.value.option == option
        assert caught.value.value == value
        assert type(caught.value.value) is type(value)
        assert says in str(caught.value)
        if value is not None:
            assert f"{option}={value!r}" in str(caught.value)

    @pytest.mark.parametrize(
        ("place", "d"),
        [
            (None, dt.date(2026, 4, 27)),
            ("Phù Liễn", dt.datetime(2026, 4, 27, 8, 0, tzinfo=dt.UTC)),
            ("Phù Liễn", "27/4/2026"),
        ],
    )
    def test_refused_kinds(self, place, d):
        with pytest.raises(ValueKindError):
            date_line(place, d)


class TestWhyNotBabel:
    """Babel's Vietnamese formats are CLDR's, not Nghị định 30's."""

    d = dt.date(2026, 1, 7)

    def test_long_is_not_the_administrative_words_form(self):
        theirs = babel.dates.format_date(self.d, "long", locale="vi")
        ours = format_date(self.d, "long")
        assert ours == "ngày 07 tháng 01 năm 2026"
        assert theirs != ours
        assert not theirs.startswith("ngày")
        assert "năm" not in theirs
        assert theirs.endswith(", 2026")  # '7 tháng 1, 2026'

    def test_short_has_a_two_digit_year_that_parse_date_refuses(self):
        theirs = babel.dates.format_date(self.d, "short", locale="vi")
        assert theirs.endswith("/26")  # '7/1/26'
        assert format_date(self.d) == "07/01/2026"
        with pytest.raises(ParseError) as caught:
            parse_date(theirs)
        assert caught.value.suggestion == "07/01/2026"

    def test_a_pattern_pads_every_month_or_none(self):
        march = dt.date(2026, 3, 26)
        assert babel.dates.format_date(march, "dd/MM/yyyy", locale="vi") == "26/03/2026"
        assert babel.dates.format_date(self.d, "dd/M/yyyy", locale="vi") == "07/1/2026"
        assert (format_date(march), format_date(self.d)) == ("26/3/2026", "07/01/2026")
