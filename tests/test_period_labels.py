"""Period labels (str and the short style) and parse_period: kinds, variants, errors."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from baocao_kt import (
    DateRange,
    Half,
    Month,
    OptionError,
    ParseError,
    Quarter,
    ValueKindError,
    Year,
    YearToDate,
    parse_period,
)
from tests.strategies import date_ranges, periods, periods_by_kind

D = dt.date
SEED_WINDOW = DateRange(D(2026, 3, 8), D(2026, 4, 8))
#: The words of period names, to build text near the grammar.
PIECES = ["tháng", "quý", "năm", "đầu", "cuối", "lũy kế", "từ", "ngày", "đến", "cùng kỳ"]


class TestLabels:
    @pytest.mark.parametrize(
        ("period", "label"),
        [
            (Month(2026, 4), "tháng 4/2026"),
            (Month(2026, 1), "tháng 01/2026"),
            (Month(2026, 2), "tháng 02/2026"),
            (Month(2026, 3), "tháng 3/2026"),
            (Month(2026, 10), "tháng 10/2026"),
            (Quarter(2026, 1), "quý I/2026"),
            (Quarter(2026, 2), "quý II/2026"),
            (Quarter(2026, 4), "quý IV/2026"),
            (Half(2026, 1), "6 tháng đầu năm 2026"),
            (Half(2026, 2), "6 tháng cuối năm 2026"),
            (YearToDate(2026, 4), "4 tháng đầu năm 2026"),
            (YearToDate(2026, 9), "9 tháng đầu năm 2026"),
            (YearToDate(2026, 6), "6 tháng đầu năm 2026"),
            (YearToDate(2026, 1), "1 tháng đầu năm 2026"),
            (YearToDate(2026, 12), "12 tháng đầu năm 2026"),
            (Year(2026), "năm 2026"),
            (SEED_WINDOW, "từ ngày 08/3/2026 đến ngày 08/4/2026"),
            (DateRange(D(2026, 1, 7), D(2026, 2, 18)), "từ ngày 07/01/2026 đến ngày 18/02/2026"),
            (Month(1000, 4), "tháng 4/1000"),
            (Year(9999), "năm 9999"),
        ],
    )
    def test_full_labels(self, period, label):
        assert str(period) == label
        assert period.label() == period.label("full") == label

    @pytest.mark.parametrize(
        ("period", "label"),
        [
            (Month(2026, 4), "tháng 4"),
            (Month(2026, 1), "tháng 01"),
            (Quarter(2026, 2), "quý II"),
            (Half(2026, 1), "6 tháng đầu năm"),
            (Half(2026, 2), "6 tháng cuối năm"),
            (YearToDate(2026, 4), "lũy kế 4 tháng"),
            (YearToDate(2026, 6), "lũy kế 6 tháng"),
            (Year(2026), "năm 2026"),
            (SEED_WINDOW, "từ ngày 08/3/2026 đến ngày 08/4/2026"),
        ],
    )
    def test_short_labels_as_sentences_say_them(self, period, label):
        assert period.label("short") == label

    @pytest.mark.parametrize("style", ["long", "", None, "SHORT"])
    def test_an_unknown_style_is_an_option_error(self, style):
        with pytest.raises(OptionError) as caught:
            Month(2026, 4).label(style)
        assert caught.value.option == "style"

    @given(periods_by_kind()["Month"])
    def test_months_are_padded_as_nghi_dinh_30_pads_them(self, month):
        number = str(month).removeprefix("tháng ").split("/")[0]
        assert number == (f"{month.month:02d}" if month.month <= 2 else str(month.month))

    def test_the_seed_phrases(self):
        april = Month(2026, 4)
        sentence = (
            f"{april.label('short').capitalize()} ước thực hiện 12.250 triệu đồng; "
            f"{april.year_to_date().label('short')} ước thực hiện 50.520 triệu đồng, "
            f"bằng 37,2% kế hoạch {Year(2026)}"
        )
        assert sentence == (
            "Tháng 4 ước thực hiện 12.250 triệu đồng; lũy kế 4 tháng ước thực hiện "
            "50.520 triệu đồng, bằng 37,2% kế hoạch năm 2026"
        )


class TestParse:
    @pytest.mark.parametrize(
        ("text", "period"),
        [
            ("tháng 4/2026", Month(2026, 4)),
            ("tháng 01/2026", Month(2026, 1)),
            ("tháng 1/2026", Month(2026, 1)),
            ("tháng 04/2026", Month(2026, 4)),
            ("tháng 4 năm 2026", Month(2026, 4)),
            ("Tháng 4/2026", Month(2026, 4)),
            ("THÁNG 4 NĂM 2026", Month(2026, 4)),
            ("tháng 4 / 2026", Month(2026, 4)),
            ("tháng12/2025", Month(2025, 12)),
            ("quý II/2026", Quarter(2026, 2)),
            ("Quý 2/2026", Quarter(2026, 2)),
            ("quý II năm 2026", Quarter(2026, 2)),
            ("QUÝ IV/2026", Quarter(2026, 4)),
            ("quý iii/2026", Quarter(2026, 3)),
            ("6 tháng đầu năm 2026", Half(2026, 1)),
            ("6 tháng năm 2020", Half(2020, 1)),
            ("6 tháng cuối năm 2026", Half(2026, 2)),
            ("06 tháng cuối năm 2026", Half(2026, 2)),
            ("4 tháng đầu năm 2026", YearToDate(2026, 4)),
            ("9 tháng đầu năm 2026", YearToDate(2026, 9)),
            ("10 tháng đầu năm 2019", YearToDate(2019, 10)),
            ("9 tháng năm 2026", YearToDate(2026, 9)),
            ("09 tháng đầu năm 2026", YearToDate(2026, 9)),
            ("12 tháng năm 2025", YearToDate(2025, 12)),
            ("lũy kế 4 tháng năm 2026", YearToDate(2026, 4)),
            ("Lũy kế 4 tháng đầu năm 2026", YearToDate(2026, 4)),
            ("luỹ kế 4 tháng năm 2026", YearToDate(2026, 4)),
            ("lũy kế 6 tháng năm 2026", Half(2026, 1)),
            ("năm 2026", Year(2026)),
            ("Năm 2026", Year(2026)),
            ("từ ngày 08/3/2026 đến ngày 08/4/2026", SEED_WINDOW),
            ("Từ ngày 08/3/2026 đến ngày 08/4/2026", SEED_WINDOW),
            ("từ 8/3/2026 đến 8/4/2026", SEED_WINDOW),
            ("từ ngày 08 tháng 3 năm 2026 đến ngày 08 tháng 4 năm 2026", SEED_WINDOW),
            ("  tháng 4/2026\u00a0", Month(2026, 4)),
            ("tháng   4   năm   2026", Month(2026, 4)),
        ],
    )
    def test_labels_and_the_variants_reports_use(self, text, period):
        parsed = parse_period(text)
        assert parsed == period
        assert type(parsed) is type(period)

    @pytest.mark.parametrize(
        "text",
        ["tháng 4/2026", "quý II năm 2026", "6 tháng đầu năm 2026", "lũy kế 4 tháng năm 2026"],
    )
    def test_decomposed_text_reads_as_composed(self, text):
        assert parse_period(unicodedata.normalize("NFD", text)) == parse_period(text)

    def test_the_first_six_months_are_the_half_however_written(self):
        for text in ("6 tháng đầu năm 2026", "6 tháng năm 2026", "lũy kế 6 tháng năm 2026"):
            assert parse_period(text) == Half(2026, 1) == YearToDate(2026, 6)

    @given(periods)
    def test_every_label_reads_back(self, period):
        assert parse_period(str(period)) == period

    @pytest.mark.parametrize("kind", ["Month", "Quarter", "Half", "Year", "YearToDate"])
    @given(data=st.data())
    def test_every_label_of_each_kind_reads_back(self, kind, data):
        period = data.draw(periods_by_kind()[kind])
        assert parse_period(str(period)) == period

    @given(date_ranges())
    def test_ranges_read_back_in_the_long_date_style(self, window):
        long = (
            f"từ {window.start.strftime('ngày %d tháng %m năm %Y')} "
            f"đến {window.end.strftime('ngày %d tháng %m năm %Y')}"
        )
        assert parse_period(long) == window

    @given(periods.filter(lambda p: not isinstance(p, DateRange)))
    def test_case_does_not_matter(self, period):
        assert parse_period(str(period).upper()) == period
        assert parse_period(str(period).title()) == period


class TestParseErrors:
    @pytest.mark.parametrize(
        ("text", "position", "suggestion", "reason"),
        [
            ("", 0, None, "there is no period"),
            ("   ", 3, None, "there is no period"),
            ("lũy kế 4 tháng", 14, None, "the year is missing"),
            ("tháng 4", 7, None, "the year is missing"),
            ("quý II", 6, None, "the year is missing"),
            ("cùng kỳ", 0, None, "same_period_last_year"),
            ("cùng kỳ năm trước", 0, None, "same_period_last_year"),
            ("tháng 13/2026", 6, None, "'13' is not a month"),
            ("tháng 0/2026", 6, None, "is not a month"),
            ("tháng 4/26", 8, "tháng 4/2026", "four digits"),
            ("tháng 4-2026", 7, None, "expected '/' or ' năm '"),
            ("tháng 4/2026 abc", 13, "tháng 4/2026", "'abc' follows the period"),
            ("quý V/2026", 4, None, "there are four"),
            ("quý 5/2026", 4, None, "there are four"),
            ("quý IIII/2026", 4, "quý IV/2026", "is not a quarter"),
            ("quý/2026", 3, None, "the quarter"),
            ("0 tháng đầu năm 2026", 0, None, "not a number of months"),
            ("13 tháng đầu năm 2026", 0, None, "not a number of months"),
            ("lũy kế 13 tháng năm 2026", 7, None, "not a number of months"),
            ("3 tháng cuối năm 2026", 0, "quý IV/2026", "second half"),
            ("2026", 4, "năm 2026", "expected 'tháng'"),
            ("năm 0000", 4, None, "a report's year is 1000 or later"),
            ("năm 0026", 4, None, "a report's year is 1000 or later, not 0026"),
            ("tháng 01/0999", 9, None, "1000 or later"),
            ("năm 20266", 4, None, "four digits"),
            ("Trong tháng 4/2026, UBND phường", 0, "tháng 4/2026", "alone"),
            ("báo cáo quý II/2026", 0, "quý II/2026", "alone"),
            ("hôm nay", 0, None, "expected a period"),
            ("từng tháng", 0, None, "expected a period"),
            ("từ ngày 08/4/2026 đến ngày 08/3/2026", 27, SEED_WINDOW.label(), "before it starts"),
            ("từ ngày 2026-03-08 đến ngày 08/4/2026", 8, str(SEED_WINDOW), "first date"),
            ("từ ngày 08/3/26 đến ngày 08/4/2026", 13, str(SEED_WINDOW), "first date"),
            ("từ ngày 31/4/2026 đến ngày 08/5/2026", 8, None, "first date"),
            ("từ ngày 08/3/2026", 17, None, "'đến ngày'"),
            ("từ ngày 08/3/2026 đến ngày", 26, None, "last date"),
        ],
    )
    def test_errors_say_where_and_what(self, text, position, suggestion, reason):
        with pytest.raises(ParseError) as caught:
            parse_period(text)
        error = caught.value
        assert (error.position, error.suggestion) == (position, suggestion)
        assert reason in str(error)
        assert error.text == text
        assert f"(position {position})" in str(error)

    @given(
        st.one_of(
            st.text(max_size=30),
            st.lists(
                st.sampled_from([*PIECES, " ", "/", "0", "1", "2", "6", "12", "2026", "I", "V"]),
                max_size=10,
            ).map("".join),
        )
    )
    @example("0000")  # once suggested "năm 0000", which is no year
    @example("năm12tháng")  # once suggested "năm2012tháng", which does not read either
    def test_any_text_is_a_period_or_a_parse_error(self, text):
        try:
            period = parse_period(text)
        except ParseError as error:
            failure = error
        else:
            assert parse_period(str(period)) == period
            return
        assert 0 <= failure.position <= len(text)
        if failure.suggestion is not None:
            assert parse_period(failure.suggestion) is not None

    @pytest.mark.parametrize("bad", [None, 2026, Month(2026, 4), b"thang 4/2026"])
    def test_non_text_is_a_value_kind_error(self, bad):
        with pytest.raises(ValueKindError, match="parse_period reads text"):
            parse_period(bad)
