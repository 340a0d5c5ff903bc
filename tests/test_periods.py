"""Periods as values: validation, days and months, containment, equality, order, neighbours."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    DateRange,
    Half,
    Month,
    Period,
    PeriodError,
    Quarter,
    ValueKindError,
    Year,
    YearToDate,
)
from tests.strategies import (
    date_ranges,
    inner_years,
    period_years,
    periods,
    periods_by_kind,
    report_dates,
)

D = dt.date
calendar_kinds = periods_by_kind()
inner_kinds = periods_by_kind(inner_years)
any_calendar_period = st.one_of(*calendar_kinds.values())
stepping_kinds = ("Month", "Quarter", "Half", "Year")


class TestValidation:
    @pytest.mark.parametrize(
        ("make", "field", "value"),
        [
            (lambda: Month(2026, 13), "month", 13),
            (lambda: Month(2026, 0), "month", 0),
            (lambda: Month(0, 4), "year", 0),
            (lambda: Month(10000, 4), "year", 10000),
            (lambda: Quarter(2026, 5), "q", 5),
            (lambda: Quarter(2026, 0), "q", 0),
            (lambda: Half(2026, 3), "h", 3),
            (lambda: Year(-1), "year", -1),
            (lambda: YearToDate(2026, 0), "month", 0),
            (lambda: YearToDate(2026, 13), "month", 13),
            (lambda: DateRange(D(2026, 4, 8), D(2026, 3, 8)), "end", D(2026, 3, 8)),
        ],
    )
    def test_impossible_periods_are_period_errors_naming_the_field(self, make, field, value):
        with pytest.raises(PeriodError) as caught:
            make()
        assert caught.value.field == field
        assert caught.value.value == value
        assert f"{field}=" in str(caught.value)
        assert isinstance(caught.value, ValueError)

    def test_the_message_says_what_would_be_right(self):
        with pytest.raises(PeriodError, match=r"Quarter: q=5 is not a quarter .*; pass 1 to 4"):
            Quarter(2026, 5)
        with pytest.raises(PeriodError, match=r"swapped"):
            DateRange(D(2026, 4, 8), D(2026, 3, 8))

    @pytest.mark.parametrize(
        "make",
        [
            lambda: Month(2026, "4"),
            lambda: Month(2026.0, 4),
            lambda: Quarter(2026, True),
            lambda: Year(None),
            lambda: YearToDate("2026", 4),
            lambda: DateRange("08/3/2026", D(2026, 4, 8)),
            lambda: DateRange(D(2026, 3, 8), dt.datetime(2026, 4, 8, 12, 0, tzinfo=dt.UTC)),
        ],
    )
    def test_values_of_the_wrong_type_are_value_kind_errors(self, make):
        with pytest.raises(ValueKindError):
            make()

    def test_a_str_points_to_parse_period(self):
        with pytest.raises(ValueKindError, match="parse_period"):
            Month(2026, "4")

    def test_a_single_day_is_a_range(self):
        day = DateRange(D(2026, 4, 14), D(2026, 4, 14))
        assert day.days == 1
        assert day.months == (Month(2026, 4),)

    def test_periods_are_frozen_and_slotted(self):
        april = Month(2026, 4)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            april.month = 5
        assert not hasattr(april, "__dict__")

    @given(periods)
    def test_periods_pickle_and_evolve(self, period):
        assert pickle.loads(pickle.dumps(period)) == period  # noqa: S301 - our own data
        assert attrs.evolve(period) == period


class TestDaysAndMonths:
    @pytest.mark.parametrize(
        ("period", "start", "end", "count"),
        [
            (Month(2026, 4), D(2026, 4, 1), D(2026, 4, 30), 1),
            (Month(2024, 2), D(2024, 2, 1), D(2024, 2, 29), 1),
            (Month(2026, 2), D(2026, 2, 1), D(2026, 2, 28), 1),
            (Quarter(2026, 2), D(2026, 4, 1), D(2026, 6, 30), 3),
            (Quarter(2026, 4), D(2026, 10, 1), D(2026, 12, 31), 3),
            (Half(2026, 1), D(2026, 1, 1), D(2026, 6, 30), 6),
            (Half(2026, 2), D(2026, 7, 1), D(2026, 12, 31), 6),
            (Year(2026), D(2026, 1, 1), D(2026, 12, 31), 12),
            (YearToDate(2026, 4), D(2026, 1, 1), D(2026, 4, 30), 4),
            (YearToDate(2026, 9), D(2026, 1, 1), D(2026, 9, 30), 9),
            (DateRange(D(2026, 3, 8), D(2026, 4, 8)), D(2026, 3, 8), D(2026, 4, 8), 2),
        ],
    )
    def test_start_end_and_months(self, period, start, end, count):
        assert (period.start, period.end, len(period.months)) == (start, end, count)

    @given(periods)
    def test_months_are_consecutive_and_cover_start_to_end(self, period):
        months = period.months
        assert months[0] == Month.of(period.start)
        assert months[-1] == Month.of(period.end)
        assert all(b == a.next() for a, b in itertools.pairwise(months))
        assert all(type(m) is Month for m in months)

    @given(any_calendar_period)
    def test_calendar_periods_are_exactly_their_whole_months(self, period):
        assert period.start == period.months[0].start
        assert period.end == period.months[-1].end

    @given(period_years, st.integers(1, 4), st.integers(1, 2), st.integers(1, 12))
    def test_how_many_months_each_kind_has(self, year, q, h, n):
        assert len(Quarter(year, q).months) == 3
        assert len(Half(year, h).months) == 6
        assert len(Year(year).months) == 12
        assert YearToDate(year, n).months == tuple(Month(year, m) for m in range(1, n + 1))

    @given(period_years)
    def test_quarters_and_halves_partition_the_year(self, year):
        by_quarter = [m for q in range(1, 5) for m in Quarter(year, q).months]
        by_half = [m for h in (1, 2) for m in Half(year, h).months]
        assert tuple(by_quarter) == tuple(by_half) == Year(year).months

    @given(date_ranges())
    def test_whole_months_are_the_months_inside(self, window):
        assert set(window.whole_months) <= set(window.months)
        for month in window.months:
            assert (month in window) == (month in window.whole_months)
        assert window.days == (window.end - window.start).days + 1

    def test_whole_months_of_the_seed_window_and_of_a_calendar_span(self):
        assert DateRange(D(2026, 3, 8), D(2026, 4, 8)).whole_months == ()
        assert DateRange(D(2026, 1, 1), D(2026, 4, 30)).whole_months == YearToDate(2026, 4).months


class TestMonthHelpers:
    @given(period_years, st.integers(1, 12))
    def test_quarter_half_and_year_to_date(self, year, month):
        m = Month(year, month)
        assert m in m.quarter()
        assert m in m.half()
        assert m.year_to_date().months[-1] == m
        assert m.year_to_date().last_month == m
        assert m.quarter().months.count(m) == 1

    @pytest.mark.parametrize(("month", "q"), [(1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (12, 4)])
    def test_quarter_of_month(self, month, q):
        assert Month(2026, month).quarter() == Quarter(2026, q)

    @given(report_dates)
    def test_of_a_date(self, day):
        assert day in Month.of(day)
        assert Month.of(day) == Month(day.year, day.month)

    @pytest.mark.parametrize(
        "bad", [dt.datetime(2026, 4, 14, 8, 0, tzinfo=dt.UTC), "14/4/2026", 20260414]
    )
    def test_of_refuses_what_is_not_a_date(self, bad):
        with pytest.raises(ValueKindError):
            Month.of(bad)


class TestContainment:
    def test_dates_and_periods(self):
        assert D(2026, 4, 10) in Month(2026, 4)
        assert D(2026, 5, 1) not in Month(2026, 4)
        assert Month(2026, 4) in Quarter(2026, 2)
        assert Month(2026, 7) not in Quarter(2026, 2)
        assert Quarter(2026, 2) in Half(2026, 1)
        assert Half(2026, 2) in Year(2026)
        assert Month(2026, 4) in YearToDate(2026, 4)
        assert Month(2026, 5) not in YearToDate(2026, 4)
        assert DateRange(D(2026, 3, 8), D(2026, 4, 8)) in Half(2026, 1)
        assert DateRange(D(2026, 3, 8), D(2026, 4, 8)) not in Month(2026, 4)
        assert Year(2026) not in Year(2025)

    @given(periods, report_dates)
    def test_a_date_is_in_a_period_iff_between_its_ends(self, period, day):
        assert (day in period) == (period.start <= day <= period.end)

    @given(periods)
    def test_a_period_contains_itself_and_its_months_days(self, period):
        assert period in attrs.evolve(period)
        assert period.start in period
        assert period.end in period

    @pytest.mark.parametrize(
        "bad", [dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC), "tháng 4/2026", 4, None]
    )
    def test_what_is_neither_a_date_nor_a_period_is_refused(self, bad):
        with pytest.raises(ValueKindError):
            _ = bad in Month(2026, 4)


class TestEquality:
    def test_the_first_half_is_the_six_months_to_june(self):
        assert Half(2026, 1) == YearToDate(2026, 6)
        assert YearToDate(2026, 6) == Half(2026, 1)
        assert hash(Half(2026, 1)) == hash(YearToDate(2026, 6))
        assert len({Half(2026, 1), YearToDate(2026, 6)}) == 1
        assert str(Half(2026, 1)) == str(YearToDate(2026, 6))

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            (Quarter(2026, 1), YearToDate(2026, 3)),
            (Year(2026), YearToDate(2026, 12)),
            (Month(2026, 1), YearToDate(2026, 1)),
            (Half(2026, 2), YearToDate(2026, 6)),
            (Month(2026, 4), DateRange(D(2026, 4, 1), D(2026, 4, 30))),
            (Year(2026), DateRange(D(2026, 1, 1), D(2026, 12, 31))),
            (Half(2026, 1), YearToDate(2025, 6)),
        ],
    )
    def test_periods_vietnamese_names_apart_are_different(self, a, b):
        assert a != b
        assert str(a) != str(b)

    def test_a_period_is_not_a_date_or_a_number(self):
        assert Month(2026, 4) != D(2026, 4, 1)
        assert Year(2026) != 2026

    @given(periods, periods)
    def test_equal_periods_have_equal_labels_days_and_hashes(self, a, b):
        assert (a == b) == (str(a) == str(b))
        if a == b:
            assert hash(a) == hash(b)
            assert (a.start, a.end, a.months) == (b.start, b.end, b.months)


class TestOrder:
    def test_within_a_kind(self):
        assert Month(2025, 12) < Month(2026, 1) < Month(2026, 2)
        assert Quarter(2026, 4) > Quarter(2026, 1)
        assert sorted([Year(2027), Year(2025), Year(2026)]) == [Year(2025), Year(2026), Year(2027)]
        assert YearToDate(2026, 3) <= YearToDate(2026, 3) <= YearToDate(2026, 4)

    @pytest.mark.parametrize(
        ("a", "b"),
        [
            (Month(2026, 4), Quarter(2026, 2)),
            (Half(2026, 1), YearToDate(2026, 6)),  # equal, yet of two kinds
            (Year(2026), DateRange(D(2026, 1, 1), D(2026, 1, 1))),
            (Month(2026, 4), D(2026, 4, 1)),
        ],
    )
    def test_periods_of_two_kinds_are_not_ordered(self, a, b):
        for compare in (
            lambda: a < b,
            lambda: a <= b,
            lambda: a > b,
            lambda: a >= b,
            lambda: b < a,
        ):
            with pytest.raises(TypeError):
                compare()

    @pytest.mark.parametrize("kind", [*calendar_kinds, "DateRange"])
    @given(data=st.data())
    def test_order_is_that_of_start_then_end(self, kind, data):
        strategy = date_ranges() if kind == "DateRange" else calendar_kinds[kind]
        a, b = data.draw(strategy), data.draw(strategy)
        assert (a < b) == ((a.start, a.end) < (b.start, b.end))
        assert (a <= b) == ((a.start, a.end) <= (b.start, b.end))
        assert (a == b) == ((a.start, a.end) == (b.start, b.end))


class TestNeighbours:
    @pytest.mark.parametrize(
        ("period", "before", "after"),
        [
            (Month(2026, 1), Month(2025, 12), Month(2026, 2)),
            (Month(2026, 12), Month(2026, 11), Month(2027, 1)),
            (Quarter(2026, 1), Quarter(2025, 4), Quarter(2026, 2)),
            (Quarter(2026, 4), Quarter(2026, 3), Quarter(2027, 1)),
            (Half(2026, 1), Half(2025, 2), Half(2026, 2)),
            (Half(2026, 2), Half(2026, 1), Half(2027, 1)),
            (Year(2026), Year(2025), Year(2027)),
        ],
    )
    def test_previous_and_next(self, period, before, after):
        assert period.previous() == before
        assert period.next() == after

    @pytest.mark.parametrize("kind", stepping_kinds)
    @given(data=st.data())
    def test_previous_and_next_are_inverse_and_adjacent(self, kind, data):
        period = data.draw(inner_kinds[kind])
        assert period.next().previous() == period
        assert period.previous().next() == period
        assert period.next().start == period.end + dt.timedelta(days=1)
        assert period.previous() < period < period.next()

    def test_the_edges_of_the_calendar_are_period_errors(self):
        with pytest.raises(PeriodError, match="year=999"):
            Month(1000, 1).previous()
        with pytest.raises(PeriodError, match="year=10000"):
            Quarter(9999, 4).next()
        with pytest.raises(PeriodError):
            Year(1000).same_period_last_year()
        with pytest.raises(PeriodError, match="year 999 is before any report's year"):
            DateRange(D(1000, 3, 8), D(1000, 4, 8)).same_period_last_year()
        with pytest.raises(PeriodError, match=r"start=datetime.date\(999, 12, 31\) is before year"):
            DateRange(D(999, 12, 31), D(1000, 1, 1))

    def test_year_to_date_and_ranges_have_no_neighbours(self):
        assert not hasattr(YearToDate(2026, 4), "previous")
        assert not hasattr(DateRange(D(2026, 3, 8), D(2026, 4, 8)), "next")


class TestSamePeriodLastYear:
    @pytest.mark.parametrize("kind", [*calendar_kinds])
    @given(data=st.data())
    def test_shifts_the_year_by_one_and_keeps_the_kind(self, kind, data):
        period = data.draw(inner_kinds[kind])
        last = period.same_period_last_year()
        assert type(last) is type(period)
        assert last.year == period.year - 1
        assert [(m.month) for m in last.months] == [m.month for m in period.months]

    @given(date_ranges(st.dates(min_value=D(1001, 1, 1), max_value=D(9999, 12, 31))))
    def test_a_range_keeps_its_days_of_the_year(self, window):
        last = window.same_period_last_year()
        for theirs, ours in ((last.start, window.start), (last.end, window.end)):
            assert theirs.year == ours.year - 1
            assert theirs.month == ours.month
            assert theirs.day == ours.day or (ours.month, ours.day, theirs.day) == (2, 29, 28)

    def test_january_of_the_year_after_a_leap_year(self):
        assert Month(2025, 1).same_period_last_year() == Month(2024, 1)
        assert Month(2026, 1).previous().same_period_last_year() == Month(2024, 12)

    @pytest.mark.parametrize(
        ("window", "last"),
        [
            ((D(2024, 2, 29), D(2024, 2, 29)), (D(2023, 2, 28), D(2023, 2, 28))),
            ((D(2024, 2, 1), D(2024, 2, 29)), (D(2023, 2, 1), D(2023, 2, 28))),
            ((D(2024, 2, 29), D(2024, 3, 5)), (D(2023, 2, 28), D(2023, 3, 5))),
            ((D(2025, 2, 28), D(2025, 3, 1)), (D(2024, 2, 28), D(2024, 3, 1))),
            ((D(2026, 3, 8), D(2026, 4, 8)), (D(2025, 3, 8), D(2025, 4, 8))),
        ],
    )
    def test_29_february_becomes_28_february(self, window, last):
        assert DateRange(*window).same_period_last_year() == DateRange(*last)

    def test_the_first_half_and_its_year_to_date_agree(self):
        assert Half(2026, 1).same_period_last_year() == YearToDate(2026, 6).same_period_last_year()


def test_period_is_the_union_of_the_kinds():
    for value in (
        Month(2026, 4),
        Quarter(2026, 2),
        Half(2026, 1),
        Year(2026),
        YearToDate(2026, 4),
        DateRange(D(2026, 3, 8), D(2026, 4, 8)),
    ):
        assert isinstance(value, Period)
    assert not isinstance(D(2026, 4, 1), Period)
