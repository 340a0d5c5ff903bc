"""reporting_window: the cut-off windows of Nghị định 09/2019 and whole calendar months."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    DateRange,
    Half,
    Month,
    OptionError,
    PeriodError,
    Quarter,
    ValueKindError,
    Year,
    YearToDate,
    reporting_window,
)
from tests.strategies import date_ranges, inner_years, periods, periods_by_kind

D = dt.date
inner = periods_by_kind(inner_years)


def window(start, end):
    return DateRange(start, end)


class TestNd09:
    @pytest.mark.parametrize(
        ("period", "expected"),
        [
            (Month(2026, 4), window(D(2026, 3, 15), D(2026, 4, 14))),
            (Month(2026, 1), window(D(2025, 12, 15), D(2026, 1, 14))),
            (Month(2026, 3), window(D(2026, 2, 15), D(2026, 3, 14))),
            (Month(2026, 12), window(D(2026, 11, 15), D(2026, 12, 14))),
            (Quarter(2026, 1), window(D(2025, 12, 15), D(2026, 3, 14))),
            (Quarter(2026, 2), window(D(2026, 3, 15), D(2026, 6, 14))),
            (Quarter(2026, 3), window(D(2026, 6, 15), D(2026, 9, 14))),
            (Quarter(2026, 4), window(D(2026, 9, 15), D(2026, 12, 14))),
            (Half(2026, 1), window(D(2025, 12, 15), D(2026, 6, 14))),
            (YearToDate(2026, 6), window(D(2025, 12, 15), D(2026, 6, 14))),
            (Year(2026), window(D(2025, 12, 15), D(2026, 12, 14))),
        ],
    )
    def test_the_windows_of_article_12(self, period, expected):
        assert reporting_window(period) == expected
        assert reporting_window(period, rule="nd09") == expected
        assert reporting_window(period, "nd09") == expected

    def test_the_label_of_the_april_window(self):
        assert str(reporting_window(Month(2026, 4))) == "từ ngày 15/3/2026 đến ngày 14/4/2026"

    @pytest.mark.parametrize(
        ("period", "hint"),
        [
            (YearToDate(2026, 9), None),
            (YearToDate(2026, 4), None),
            (Half(2026, 2), None),
            (YearToDate(2026, 1), "Month(year=2026, month=1)"),
            (YearToDate(2026, 3), "Quarter(year=2026, q=1)"),
            (YearToDate(2026, 12), "Year(year=2026)"),
        ],
    )
    def test_what_the_decree_sets_no_window_for_is_refused(self, period, hint):
        with pytest.raises(PeriodError) as caught:
            reporting_window(period)
        message = str(caught.value)
        assert "Nghị định 09/2019 sets no cut-off window" in message
        assert str(period) in message
        assert "rule='calendar'" in message
        assert (hint in message) if hint else ("itself" not in message)
        assert caught.value.field == "period"
        assert caught.value.value == period

    @given(inner["Month"])
    def test_monthly_windows_tile_the_days(self, month):
        this, after = reporting_window(month), reporting_window(month.next())
        assert after.start == this.end + dt.timedelta(days=1)
        assert this.end == month.start.replace(day=14)

    @given(inner["Quarter"])
    def test_a_quarter_window_joins_its_months_windows(self, quarter):
        months = [reporting_window(m) for m in quarter.months]
        assert reporting_window(quarter) == DateRange(months[0].start, months[-1].end)

    @given(inner["Year"])
    def test_the_half_and_year_windows_start_with_january_s(self, year):
        january = reporting_window(Month(year.year, 1))
        assert reporting_window(Half(year.year, 1)).start == january.start
        assert reporting_window(year).start == january.start
        assert reporting_window(year).end == reporting_window(Month(year.year, 12)).end

    def test_a_window_cannot_begin_before_year_1000(self):
        with pytest.raises(PeriodError, match="before year 1000, the first a report can have"):
            reporting_window(Month(1000, 1))
        assert reporting_window(Month(1000, 2)) == window(D(1000, 1, 15), D(1000, 2, 14))


class TestCalendar:
    @given(periods)
    def test_whole_calendar_months_are_the_period_itself(self, period):
        got = reporting_window(period, rule="calendar")
        assert isinstance(got, DateRange)
        assert (got.start, got.end) == (period.start, period.end)

    def test_nine_months_have_a_calendar_window(self):
        got = reporting_window(YearToDate(2026, 9), rule="calendar")
        assert str(got) == "từ ngày 01/01/2026 đến ngày 30/9/2026"


class TestDateRanges:
    @pytest.mark.parametrize("rule", ["nd09", "calendar"])
    @given(data=st.data())
    def test_a_range_is_its_own_window(self, rule, data):
        stated = data.draw(date_ranges())
        assert reporting_window(stated, rule) is stated


class TestRefused:
    @pytest.mark.parametrize("rule", ["nd9", "ND09", "statistical", "", None])
    def test_an_unknown_rule_is_an_option_error(self, rule):
        with pytest.raises(OptionError) as caught:
            reporting_window(Month(2026, 4), rule=rule)
        assert caught.value.option == "rule"
        assert caught.value.value == rule

    @pytest.mark.parametrize(
        ("value", "hint"),
        [
            (D(2026, 4, 14), "Month.of"),
            (dt.datetime(2026, 4, 14, 9, 0, tzinfo=dt.UTC), "Month.of"),
            ("tháng 4/2026", "parse_period"),
            (4, "Month(2026, 4)"),
            (None, "Month(2026, 4)"),
        ],
    )
    def test_what_is_not_a_period_is_a_value_kind_error(self, value, hint):
        with pytest.raises(ValueKindError, match=hint.replace("(", r"\(").replace(")", r"\)")):
            reporting_window(value)
