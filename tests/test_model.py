"""The model: indicators, plans, scenarios, figures, series; the seed's agriculture paragraph."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    DateRange,
    Figure,
    Half,
    Indicator,
    MissingFigureError,
    MissingValueError,
    Month,
    OptionError,
    Percent,
    PeriodError,
    Plan,
    Quantity,
    Quarter,
    Scenario,
    Series,
    UnitCatalog,
    UnitMismatchError,
    UnknownUnitError,
    ValueKindError,
    Year,
    YearToDate,
    ZeroBaseError,
    attainment,
)
from tests.strategies import decimals_with_places, periods_by_kind

NN = Indicator("NN", "Giá trị sản xuất nông, lâm nghiệp và thủy sản", "triệu đồng")


def months(*numbers, year=2026):
    return [Month(year, number) for number in numbers]


# Indicator ------------------------------------------------------------------------------


def test_indicator_reads_the_unit_and_keeps_its_options():
    indicator = Indicator("HN", "Hộ nghèo", "hộ", aggregation="last", direction="lower", places=2)
    assert indicator.unit == UnitCatalog.default().unit("hộ")
    assert (indicator.aggregation, indicator.direction, indicator.places) == ("last", "lower", 2)
    assert Indicator("X", "x", UnitCatalog.default().unit("ha")).unit_name == "ha"
    assert Indicator("X", "x", "%").unit is None


def test_indicator_unknown_unit():
    with pytest.raises(UnknownUnitError):
        Indicator("X", "x", "triệu đồg")


@pytest.mark.parametrize(
    ("options", "option"),
    [
        ({"aggregation": "total"}, "aggregation"),
        ({"direction": "up"}, "direction"),
        ({"places": 4}, "places"),
        ({"places": -1}, "places"),
        ({"places": True}, "places"),
        ({"aggregation": "ratio"}, "numerator"),
        ({"numerator": NN, "denominator": NN}, "numerator"),
    ],
)
def test_indicator_bad_options_name_the_option(options, option):
    with pytest.raises(OptionError) as info:
        Indicator("X", "x", "triệu đồng", **options)
    assert info.value.option == option


@pytest.mark.parametrize(("code", "name"), [("", "x"), ("X", "  "), (1, "x")])
def test_indicator_needs_code_and_name(code, name):
    with pytest.raises(OptionError):
        Indicator(code, name, "hộ")


def test_indicator_unit_of_the_wrong_type():
    with pytest.raises(ValueKindError):
        Indicator("X", "x", 3)


def test_ratio_indicators_check_their_units():
    people = Indicator("P", "Người", "người")
    area = Indicator("A", "Diện tích", "km²")
    money = Indicator("M", "Thu nhập", "triệu đồng")
    density = Indicator(
        "D", "Mật độ", "người/km²", aggregation="ratio", numerator=people, denominator=area
    )
    assert density.quotient(Decimal(300), Decimal(2)) == 150
    per_head = Indicator(
        "TN", "Thu nhập bình quân", "nghìn đồng/người", aggregation="ratio",
        numerator=money, denominator=people,
    )  # fmt: skip
    assert per_head.quotient(Decimal(3), Decimal(2)) == 1500
    with pytest.raises(UnitMismatchError):
        Indicator("R", "r", "%", aggregation="ratio", numerator=people, denominator=area)
    with pytest.raises(UnitMismatchError):
        Indicator("R", "r", "người", aggregation="ratio", numerator=people, denominator=people)
    with pytest.raises(UnitMismatchError):
        Indicator("R", "r", "ha", aggregation="ratio", numerator=people, denominator=area)


# Plan -----------------------------------------------------------------------------------


def test_plan_converts_its_target():
    assert Plan(NN, 2026, "135800").target == Decimal(135800)
    assert Plan(NN, 2026, Quantity("135.8", "tỷ đồng")).target == Decimal(135800)
    budget = Plan(NN, 2026, 351147, kind="dự toán")
    assert str(budget) == "dự toán năm 2026"


def test_plan_refuses_what_it_cannot_hold():
    with pytest.raises(OptionError) as info:
        Plan(NN, 2026, 1, kind="chỉ tiêu")
    assert info.value.option == "kind"
    with pytest.raises(PeriodError):
        Plan(NN, 0, 1)
    with pytest.raises(UnitMismatchError):
        Plan(NN, 2026, Quantity(5, "ha"))
    with pytest.raises(ValueKindError):
        Plan("NN", 2026, 1)
    area = Indicator("S", "Diện tích", "sào")
    with pytest.raises(OptionError):
        Plan(area, 2026, Quantity(1, "m²"))  # 1/360 sào has no exact decimal
    assert Plan(area, 2026, Quantity(720, "m²")).target == 2


def test_adjusted_plan_is_a_new_plan():
    plan = Plan(NN, 2026, 135800)
    adjusted = plan.adjusted(140000)
    assert (plan.target, plan.is_adjusted) == (135800, False)
    assert (adjusted.target, adjusted.is_adjusted, adjusted.kind) == (140000, True, "kế hoạch")
    assert str(adjusted) == "kế hoạch năm 2026 sau điều chỉnh, bổ sung"


# Scenario -------------------------------------------------------------------------------

MONTHLY_VALUES = [10000, 10500, 11000, 11951, 11000, 11500, *[11641.5] * 6]
MONTHLY = Scenario.monthly(NN, 2026, MONTHLY_VALUES)
QUARTERLY = Scenario.quarterly(NN, 2026, [31500, 34451, 34924.5, 34924.5])


@pytest.mark.parametrize(
    ("period", "target"),
    [
        (Month(2026, 4), 11951),
        (Quarter(2026, 1), 31500),
        (Quarter(2026, 2), 34451),
        (Half(2026, 1), 65951),
        (Half(2026, 2), 69849),
        (YearToDate(2026, 4), 43451),
        (YearToDate(2026, 9), 100875.5),
        (Year(2026), 135800),
        (DateRange(dt.date(2026, 3, 1), dt.date(2026, 4, 30)), 22951),
    ],
)
def test_monthly_scenario_targets(period, target):
    assert MONTHLY.target(period) == Decimal(str(target))


@pytest.mark.parametrize(
    ("period", "target"),
    [
        (Quarter(2026, 3), Decimal("34924.5")),
        (Half(2026, 1), 65951),
        (YearToDate(2026, 9), Decimal("100875.5")),
        (Year(2026), 135800),
    ],
)
def test_quarterly_scenario_targets(period, target):
    assert QUARTERLY.target(period) == target


@pytest.mark.parametrize("period", [Month(2026, 4), YearToDate(2026, 4), Month(2026, 1)])
def test_quarterly_scenario_refuses_months_inside_a_quarter(period):
    with pytest.raises(PeriodError) as info:
        QUARTERLY.target(period)
    assert info.value.field == "period"


@pytest.mark.parametrize("period", [Month(2025, 4), Quarter(2027, 1), Year(2025)])
def test_scenario_refuses_another_year(period):
    with pytest.raises(PeriodError) as info:
        MONTHLY.target(period)
    assert info.value.field == "year"


def test_scenario_refuses_partial_months():
    with pytest.raises(PeriodError):
        MONTHLY.target(DateRange(dt.date(2026, 3, 8), dt.date(2026, 4, 8)))


def test_scenario_from_cumulative_amounts_and_percents():
    by_amount = Scenario.from_cumulative(NN, 2026, {Month(2026, 6): 60000, 12: 135800})
    assert by_amount.target(Half(2026, 2)) == 75800
    plan = Plan(NN, 2026, 135800)
    by_percent = Scenario.from_cumulative_percent(plan, {6: Percent(50), 12: Percent(100)})
    assert by_percent.target(Half(2026, 1)) == 67900
    assert by_percent.check(plan) is None
    third = Scenario.from_cumulative_percent(plan, {12: Percent(Decimal(100) / 3)})
    assert third.total.quantize(Decimal(1)) == 45267


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: Scenario.monthly(NN, 2026, [1] * 11), OptionError),
        (lambda: Scenario.quarterly(NN, 2026, [1] * 5), OptionError),
        (lambda: Scenario.quarterly(NN, 2026, "1234"), ValueKindError),
        (lambda: Scenario.from_cumulative(NN, 2026, {6: 1}), OptionError),
        (lambda: Scenario.from_cumulative(NN, 2026, {13: 1, 12: 2}), PeriodError),
        (lambda: Scenario.from_cumulative(NN, 2026, {Month(2025, 12): 1}), PeriodError),
        (lambda: Scenario.from_cumulative(NN, 2026, [1, 2]), ValueKindError),
        (
            lambda: Scenario.from_cumulative_percent(Plan(NN, 2026, 1), {12: 100}),
            ValueKindError,
        ),
    ],
)
def test_scenario_constructors_refuse_bad_input(make, error):
    with pytest.raises(error):
        make()


def test_scenario_is_for_flows_and_hashable():
    stock = Indicator("HN", "Hộ nghèo", "hộ", aggregation="last")
    with pytest.raises(OptionError) as info:
        Scenario.monthly(stock, 2026, [1] * 12)
    assert info.value.option == "aggregation"
    with pytest.raises(ValueKindError):
        Scenario(NN, 2026, {12: 100})  # numbers are converted by the named constructors
    assert Scenario(NN, 2026, {12: Decimal(100)}).checkpoints == ((12, Decimal(100)),)
    assert hash(MONTHLY) == hash(Scenario.monthly(NN, 2026, [*MONTHLY_VALUES]))
    assert Scenario.monthly(NN, 2026, [Quantity(1, "tỷ đồng")] * 12).total == 12000


def test_check_reports_a_scenario_that_misses_its_plan():
    assert MONTHLY.check(Plan(NN, 2026, 135800)) is None
    gap = QUARTERLY.check(Plan(NN, 2026, 140000))
    assert gap is not None
    assert (gap.total, gap.difference) == (135800, -4200)
    assert "140000" in str(gap)
    with pytest.raises(PeriodError):
        MONTHLY.check(Plan(NN, 2027, 135800))
    with pytest.raises(OptionError):
        MONTHLY.check(Plan(Indicator("CN", "Công nghiệp", "triệu đồng"), 2026, 135800))


# Figure and Series ----------------------------------------------------------------------


def test_figure_validates():
    assert Figure(Month(2026, 4), "12250.5").value == Decimal("12250.5")
    assert Figure(Month(2026, 4), 1).words == "thực hiện"
    with pytest.raises(OptionError):
        Figure(Month(2026, 4), 1, "ước")
    with pytest.raises(ValueKindError):
        Figure("tháng 4", 1)
    with pytest.raises(MissingValueError):
        Figure(Month(2026, 4), None)


def test_series_refuses_overlapping_figures_and_duplicates():
    with pytest.raises(OptionError, match="may not overlap"):
        Series(NN, [Figure(Quarter(2026, 1), 30000), Figure(Month(2026, 2), 1)])
    with pytest.raises(OptionError, match=r"Series\.with_figure"):
        Series(NN, [Figure(Month(2026, 1), 1), Figure(Month(2026, 1), 2)])
    with pytest.raises(PeriodError):
        Series(NN, [Figure(DateRange(dt.date(2026, 3, 8), dt.date(2026, 4, 8)), 1)])
    with pytest.raises(ValueKindError):
        Series(NN, [1, 2])
    with pytest.raises(ValueKindError):
        Series("NN", [])


def _series(indicator, values, statuses=None):
    statuses = statuses or ["actual"] * len(values)
    return Series(
        indicator,
        [
            Figure(Month(2026, number), value, status)
            for number, (value, status) in enumerate(zip(values, statuses, strict=True), start=1)
        ],
    )


@pytest.mark.parametrize(
    ("aggregation", "expected"),
    [
        ("sum", Decimal(10)),
        ("last", Decimal(4)),
        ("mean", Decimal("2.5")),
    ],
)
def test_series_cumulates_by_the_aggregation(aggregation, expected):
    indicator = Indicator("X", "x", "hộ", aggregation=aggregation)
    assert _series(indicator, [1, 2, 3, 4]).value(YearToDate(2026, 4)).value == expected


def test_mean_that_does_not_terminate_has_28_digits():
    indicator = Indicator("X", "x", "hộ", aggregation="mean")
    value = _series(indicator, [1, 0, 0]).value(Quarter(2026, 1)).value
    assert value == Decimal("0.3333333333333333333333333333")


def test_status_is_estimate_when_any_month_is():
    series = _series(NN, [1, 2, 3, 4], ["actual", "actual", "actual", "estimate"])
    assert series.value(Quarter(2026, 1)).status == "actual"
    assert series.value(YearToDate(2026, 4)).status == "estimate"
    assert series.value(Month(2026, 4)) == Figure(Month(2026, 4), 4, "estimate")


def test_missing_month_is_an_error_naming_it():
    series = _series(NN, [1, 2, 3])
    with pytest.raises(MissingFigureError) as info:
        series.value(Half(2026, 1))
    assert info.value.month == Month(2026, 4)
    assert info.value.period == Half(2026, 1)
    assert "tháng 4/2026" in str(info.value)
    assert isinstance(info.value, LookupError)


def test_series_refuses_partial_months():
    with pytest.raises(PeriodError):
        _series(NN, [1, 2, 3]).value(DateRange(dt.date(2026, 1, 15), dt.date(2026, 2, 28)))


def test_an_actual_replaces_an_estimate_and_the_revision_is_kept():
    april = Month(2026, 4)
    estimate = Figure(april, 12250, "estimate")
    series = _series(NN, [1, 2, 3]).with_figure(estimate)
    assert series.value(YearToDate(2026, 4)).status == "estimate"
    revised = series.with_figure(Figure(april, 12300))
    assert revised.value(YearToDate(2026, 4)) == Figure(YearToDate(2026, 4), 12306)
    assert revised.revisions(april) == (estimate,)
    assert series.revisions(april) == ()  # the old series is unchanged
    assert revised.months == tuple(months(1, 2, 3, 4))
    corrected = revised.with_figure(Figure(april, 12310))
    assert [f.value for f in corrected.revisions(april)] == [12250, 12300]
    with pytest.raises(OptionError):
        revised.with_figure(Figure(april, 12400, "estimate"))
    with pytest.raises(OptionError, match="may not overlap"):
        revised.with_figure(Figure(Quarter(2026, 2), 1))
    with pytest.raises(ValueKindError):
        revised.with_figure(12400)


class TestFiguresForWholePeriods:
    """A report may know only a whole period: the figure is kept, and never split."""

    def test_a_period_figure_answers_for_its_period_and_the_same_months(self):
        series = Series(NN, [Figure(Quarter(2026, 1), 30000, "estimate")])
        assert series.value(Quarter(2026, 1)) == Figure(Quarter(2026, 1), 30000, "estimate")
        assert series.value(YearToDate(2026, 3)) == Figure(YearToDate(2026, 3), 30000, "estimate")
        assert series.months == tuple(months(1, 2, 3))

    def test_periods_and_months_add_up(self):
        series = Series(NN, [Figure(Quarter(2026, 1), 30000), Figure(Month(2026, 4), 12250)])
        assert series.value(YearToDate(2026, 4)) == Figure(YearToDate(2026, 4), 42250)

    def test_a_period_figure_is_never_split(self):
        series = Series(NN, [Figure(Quarter(2026, 1), 30000)])
        with pytest.raises(MissingFigureError, match="cannot be split") as info:
            series.value(Month(2026, 2))
        assert info.value.month == Month(2026, 2)
        with pytest.raises(MissingFigureError, match="cannot be split"):
            series.value(YearToDate(2026, 2))
        with pytest.raises(MissingFigureError, match="no figure for tháng 4/2026"):
            series.value(YearToDate(2026, 4))

    def test_a_stock_is_the_last_figure_and_a_mean_weighs_months(self):
        stock = Indicator("DAN", "Đàn trâu", "con", aggregation="last")
        series = Series(stock, [Figure(Quarter(2026, 1), 500), Figure(Month(2026, 4), 510)])
        assert series.value(YearToDate(2026, 4)).value == 510
        assert series.value(YearToDate(2026, 3)).value == 500
        price = Indicator("GIA", "Giá lúa", "đồng", aggregation="mean")
        series = Series(price, [Figure(Quarter(2026, 1), 7000), Figure(Month(2026, 4), 8000)])
        assert series.value(YearToDate(2026, 4)).value == Decimal(7250)

    def test_a_period_figure_is_revised_as_a_month_is(self):
        quarter = Figure(Quarter(2026, 1), 30000, "estimate")
        series = Series(NN, [quarter]).with_figure(Figure(Quarter(2026, 1), 30500))
        assert series.value(Quarter(2026, 1)).value == 30500
        assert series.revisions(Quarter(2026, 1)) == (quarter,)


def test_ratio_series_recomputes_from_its_parts():
    vaccinated = Indicator("V", "Số người được tiêm", "người")
    people = Indicator("P", "Dân số", "người", aggregation="last")
    rate = Indicator(
        "R", "Tỷ lệ tiêm", "%", aggregation="ratio", numerator=vaccinated, denominator=people
    )
    top = _series(vaccinated, [100, 200, 300], ["actual", "actual", "estimate"])
    bottom = _series(people, [1000, 1000, 1200])
    series = Series.ratio(rate, top, bottom)
    assert series.value(Quarter(2026, 1)) == Figure(Quarter(2026, 1), 50, "estimate")
    assert series.value(Month(2026, 1)) == Figure(Month(2026, 1), 10)
    with pytest.raises(OptionError):
        Series.ratio(rate, bottom, top)
    with pytest.raises(OptionError):
        Series.ratio(NN, top, bottom)
    with pytest.raises(OptionError):
        _series(rate, [1, 2]).value(YearToDate(2026, 2))  # no parts: not recomputable
    with pytest.raises(MissingFigureError):
        _series(rate, [1, 2]).value(Month(2026, 3))
    assert _series(rate, [1, 2]).value(Month(2026, 2)).value == 2
    with pytest.raises(ZeroBaseError):
        Series.ratio(rate, top, _series(people, [0, 0, 0])).value(Month(2026, 1))


# Properties -----------------------------------------------------------------------------

monthly_figures = st.lists(
    st.tuples(decimals_with_places(3), st.sampled_from(["estimate", "actual"])),
    min_size=1,
    max_size=12,
)


@given(monthly_figures)
def test_cumulating_months_equals_summing_them(figures):
    values = [value for value, _ in figures]
    series = _series(NN, values, [status for _, status in figures])
    cumulative = series.value(YearToDate(2026, len(values))).value
    assert Fraction(cumulative) == sum(map(Fraction, values))


@given(
    st.lists(decimals_with_places(2), min_size=12, max_size=12),
    st.one_of(*periods_by_kind(st.just(2026)).values()),
)
def test_any_period_is_the_sum_of_its_months(values, period):
    series = _series(NN, values)
    expected = sum(Fraction(series.value(month).value) for month in period.months)
    assert Fraction(series.value(period).value) == expected
    mean = Indicator("M", "m", "hộ", aggregation="mean")
    exact_mean = expected / len(period.months)
    mean_value = Fraction(_series(mean, values).value(period).value)
    # Exact when it terminates, else rounded to 28 significant digits.
    assert abs(mean_value - exact_mean) <= abs(exact_mean) * Fraction(1, 10**27)


@given(monthly_figures)
def test_cumulative_status_is_estimate_iff_a_month_is(figures):
    statuses = [status for _, status in figures]
    series = _series(NN, [value for value, _ in figures], statuses)
    status = series.value(YearToDate(2026, len(figures))).status
    assert (status == "estimate") == ("estimate" in statuses)


# The seed -------------------------------------------------------------------------------


def test_the_seed_agriculture_paragraph():
    """B.I.1: tháng 4 ước 12.250; lũy kế 4 tháng ước 50.520/135.800, bằng 37,2% kế hoạch."""
    plan = Plan(NN, 2026, 135800)
    series = Series(
        NN,
        [
            Figure(Month(2026, 1), 12500),
            Figure(Month(2026, 2), 12270),
            Figure(Month(2026, 3), 13500),
            Figure(Month(2026, 4), 12250, "estimate"),
        ],
    )
    cumulative = series.value(YearToDate(2026, 4))
    assert cumulative == Figure(YearToDate(2026, 4), 50520, "estimate")
    assert attainment(cumulative.value, plan.target).format(NN.places) == "37,2%"
