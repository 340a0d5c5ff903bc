"""The sentences of other reports: any period, same-period growth, several plans, wordings.

One golden sentence per shape, written from data; and a property: every percentage a
sentence writes is the calculator's exact value rounded half-up at the shown places.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    DateRange,
    Figure,
    Half,
    Indicator,
    MissingFigureError,
    Month,
    OptionError,
    PeriodError,
    Plan,
    Quantity,
    Quarter,
    Scenario,
    Series,
    ValueKindError,
    Wording,
    Year,
    YearToDate,
    attainment,
    attainment_phrase,
    change_phrase,
    growth,
    growth_phrase,
    parse_percent,
    parse_period,
    render_indicator,
    variance,
    variance_phrase,
)

THU = Indicator("THU", "Tổng thu ngân sách nhà nước trên địa bàn", "triệu đồng")
Y2026 = {1: 9000, 2: 8500, 3: 10200, 4: 9800, 5: 10100, 6: 11000}
Y2025 = {1: 8600, 2: 8700, 3: 9900, 4: 9500, 5: 9800, 6: 10300}
SERIES = Series(
    THU,
    [Figure(Month(2026, m), v, "estimate" if m == 6 else "actual") for m, v in Y2026.items()]
    + [Figure(Month(2025, m), v) for m, v in Y2025.items()],
)
TINH = Plan(THU, 2026, 110000, kind="dự toán", words="dự toán tỉnh giao")
HDND = Plan(THU, 2026, 120000, kind="dự toán", words="dự toán HĐND xã giao")
SCENARIO = Scenario.quarterly(THU, 2026, [26000, 30000, 28000, 36000])
NAME = "Tổng thu ngân sách nhà nước trên địa bàn"


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (
            Month(2026, 6),
            (
                "tháng 6 ước thực hiện 11.000 triệu đồng, tăng 6,8% so với cùng kỳ; lũy kế 6 tháng "
                "ước thực hiện 58.600 triệu/110.000 triệu đồng, bằng 53,3% dự toán tỉnh giao và "
                "48,8% dự toán HĐND xã giao, vượt 4,6% so với kịch bản, tăng 3,2% so với cùng kỳ."
            ),
        ),
        (
            Quarter(2026, 1),
            (
                "quý I/2026 thực hiện 27.700 triệu/110.000 triệu đồng, bằng 25,2% dự toán tỉnh "
                "giao và 23,1% dự toán HĐND xã giao, vượt kịch bản 6,5%, tăng 1,8% so với cùng kỳ."
            ),
        ),
        (
            Quarter(2026, 2),
            (
                "quý II/2026 ước thực hiện 30.900 triệu đồng, vượt kịch bản 3,0%, tăng 4,4% so với "
                "cùng kỳ; lũy kế 6 tháng ước thực hiện 58.600 triệu/110.000 triệu đồng, bằng 53,3% "
                "dự toán tỉnh giao và 48,8% dự toán HĐND xã giao, vượt 4,6% so với kịch bản, tăng "
                "3,2% so với cùng kỳ."
            ),
        ),
        (
            Half(2026, 1),
            (
                "6 tháng đầu năm 2026 ước thực hiện 58.600 triệu/110.000 triệu đồng, bằng 53,3% "
                "dự toán tỉnh giao và 48,8% dự toán HĐND xã giao, vượt kịch bản 4,6%, tăng 3,2% "
                "so với cùng kỳ."
            ),
        ),
        (
            YearToDate(2026, 5),
            (
                "5 tháng đầu năm 2026 thực hiện 47.600 triệu/110.000 triệu đồng, bằng 43,3% dự "
                "toán tỉnh giao và 39,7% dự toán HĐND xã giao, tăng 2,4% so với cùng kỳ."
            ),
        ),
    ],
)
def test_any_period_with_two_plans_a_scenario_and_last_year(period, expected):
    sentence = render_indicator(THU, period, SERIES, plan=[TINH, HDND], scenario=SCENARIO)
    assert sentence == f"{NAME} {expected}"


def test_a_year_has_one_clause_and_its_own_label():
    series = Series(THU, [Figure(Year(2025), Decimal("1250.5")), Figure(Year(2024), 1190)])
    assert render_indicator(THU, Year(2025), series, plan=Plan(THU, 2025, 1200)) == (
        f"{NAME} năm 2025 thực hiện 1.250,5 triệu/1.200 triệu đồng, bằng 104,2% kế hoạch năm "
        "2025, tăng 5,1% so với cùng kỳ."
    )
    wording = Wording(previous_period=True, same_period=False, verb="auto")
    assert render_indicator(
        THU, Year(2025), series, plan=Plan(THU, 2025, 1200), wording=wording
    ) == (
        f"{NAME} năm 2025 thực hiện 1.250,5 triệu/1.200 triệu đồng, vượt 4,2% kế hoạch năm "
        "2025, tăng 5,1% so với năm trước."
    )


def test_the_previous_month_the_connector_so_and_the_verb_chosen_by_the_result():
    wording = Wording(previous_period=True, connector="so", verb="auto")
    assert render_indicator(THU, Month(2026, 6), SERIES, plan=TINH, wording=wording) == (
        f"{NAME} tháng 6 ước thực hiện 11.000 triệu đồng, tăng 6,8% so cùng kỳ, tăng 8,9% so "
        "tháng trước; lũy kế 6 tháng ước thực hiện 58.600 triệu/110.000 triệu đồng, đạt 53,3% "
        "dự toán tỉnh giao, tăng 3,2% so cùng kỳ."
    )


def test_attainment_of_the_scenario_in_parentheses():
    wording = Wording(scenario_comparison="attainment", verb="đạt", parentheses=True)
    assert render_indicator(THU, Quarter(2026, 2), SERIES, scenario=SCENARIO, wording=wording) == (
        f"{NAME} quý II/2026 ước thực hiện 30.900 triệu đồng (đạt 103,0% kịch bản, tăng 4,4% "
        "so với cùng kỳ); lũy kế 6 tháng ước thực hiện 58.600 triệu đồng (đạt 104,6% kịch "
        "bản, tăng 3,2% so với cùng kỳ)."
    )


def test_a_whole_period_figure_and_a_sum_written_without_trailing_zeros():
    rice = Indicator("LUA", "Diện tích gieo cấy lúa vụ Xuân", "ha")
    series = Series(
        rice,
        [
            Figure(Quarter(2026, 1), Decimal("130.5")),
            Figure(Month(2026, 4), Decimal("0.5"), "estimate"),
            Figure(Quarter(2025, 1), 128),
            Figure(Month(2025, 4), 3),
        ],
    )
    assert render_indicator(rice, Month(2026, 4), series) == (
        "Diện tích gieo cấy lúa vụ Xuân tháng 4 ước thực hiện 0,5 ha, giảm 83,3% so với cùng "
        "kỳ; lũy kế 4 tháng ước thực hiện 131 ha, bằng cùng kỳ."
    )
    with pytest.raises(MissingFigureError, match="cannot be split"):
        render_indicator(rice, Month(2026, 2), series)


def test_the_seed_sentence_is_unchanged_by_the_new_choices():
    nn = Indicator("NN", "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản", "triệu đồng")
    figures = [Figure(Month(2026, m), v) for m, v in [(1, 12400), (2, 12620), (3, 13250)]]
    series = Series(nn, [*figures, Figure(Month(2026, 4), 12250, "estimate")])
    scenario = Scenario.from_cumulative(nn, 2026, {3: 38170, 4: 50120, 12: 135800})
    assert render_indicator(
        nn, Month(2026, 4), series, plan=Plan(nn, 2026, 135800), scenario=scenario
    ) == (
        "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện 12.250 "
        "triệu đồng, vượt kịch bản 2,5%; lũy kế 4 tháng ước thực hiện 50.520 triệu/135.800 "
        "triệu đồng, bằng 37,2% kế hoạch năm 2026, vượt 0,8% so với kịch bản."
    )


class TestErrors:
    def test_some_of_last_years_months_is_an_error_not_an_omission(self):
        series = SERIES
        for month in (Month(2026, 7), Month(2026, 8), Month(2026, 9), Month(2025, 7)):
            series = series.with_figure(Figure(month, 1))
        with pytest.raises(MissingFigureError, match="tháng 8/2025"):
            render_indicator(THU, Quarter(2026, 3), series)

    def test_a_period_across_two_years_is_refused(self):
        period = DateRange(dt.date(2025, 12, 1), dt.date(2026, 1, 31))
        with pytest.raises(PeriodError, match="spans 2025 and 2026"):
            render_indicator(THU, period, SERIES)

    def test_plan_words_name_one_plan(self):
        with pytest.raises(OptionError, match="names one plan"):
            render_indicator(
                THU, Month(2026, 6), SERIES, plan=[TINH, HDND], wording=Wording(plan_words="x")
            )

    def test_a_previous_period_a_report_does_not_name(self):
        with pytest.raises(OptionError, match="previous_period"):
            render_indicator(THU, Half(2026, 1), SERIES, wording=Wording(previous_period=True))

    def test_wording_choices_are_checked(self):
        with pytest.raises(OptionError):
            Wording(connector="compared to")
        with pytest.raises(OptionError):
            Wording(parentheses="yes")
        with pytest.raises(OptionError):
            Wording(scenario_comparison="ratio")


_PERCENT = re.compile(r"(\d[\d.]*(?:,\d+)?%)")
amounts = st.integers(min_value=1, max_value=10**9)


@given(
    st.lists(amounts, min_size=6, max_size=6),
    st.lists(amounts, min_size=6, max_size=6),
    amounts,
    amounts,
    st.integers(0, 3),
)
def test_every_percentage_written_is_the_calculators_rounded_half_up(
    this_year, last_year, target, scenario_total, places
):
    figures = [Figure(Month(2026, m), v) for m, v in enumerate(this_year, start=1)]
    figures += [Figure(Month(2025, m), v) for m, v in enumerate(last_year, start=1)]
    series = Series(THU, figures)
    plan = Plan(THU, 2026, target)
    scenario = Scenario.monthly(THU, 2026, [scenario_total] * 12)
    wording = Wording(
        attainment_places=places,
        month_variance_places=places,
        cumulative_variance_places=places,
        growth_places=places,
        month_variance_form="compared",
    )
    sentence = render_indicator(
        THU, Quarter(2026, 2), series, plan=plan, scenario=scenario, wording=wording
    )
    quarter, half = sum(this_year[3:]), sum(this_year)
    before_quarter, before_half = sum(last_year[3:]), sum(last_year)
    # (percent, whether it is a signed change: one that rounds to zero says "bằng")
    expected = [
        (variance(quarter, 3 * scenario_total), True),
        (growth(quarter, before_quarter), True),
        (attainment(half, target), False),
        (variance(half, 6 * scenario_total), True),
        (growth(half, before_half), True),
    ]
    written = [parse_percent(text) for text in _PERCENT.findall(sentence)]
    shown = [abs(p.rounded(places)) for p, signed in expected if p.rounded(places) or not signed]
    assert [p.rounded(places) for p in written] == shown


@pytest.mark.parametrize(
    ("padding", "february", "march"),
    [
        ("nd30", "tháng 02", "tháng 3"),
        ("padded", "tháng 02", "tháng 03"),
        ("unpadded", "tháng 2", "tháng 3"),
    ],
)
def test_months_are_written_padded_or_not_as_the_wording_says(padding, february, march):
    wording = Wording(month_padding=padding)
    for month, label in ((Month(2026, 2), february), (Month(2026, 3), march)):
        sentence = render_indicator(THU, month, SERIES, wording=wording, plan=TINH)
        assert sentence.startswith(f"{NAME} {label} thực hiện ")
        assert month.label(padding=padding) == f"{label}/2026"
        assert parse_period(month.label(padding=padding)) == month


def test_an_unknown_padding_is_refused():
    with pytest.raises(OptionError, match="padding"):
        Month(2026, 2).label(padding="zero")
    with pytest.raises(OptionError, match="padding"):
        Wording(month_padding="zero")


def test_the_plan_first_as_some_reports_order_it():
    plan = Plan(THU, 2026, 110000, kind="dự toán", words="dự toán giao")
    wording = Wording(plan_first=True, connector="so", verb="đạt")
    assert render_indicator(THU, Month(2026, 6), SERIES, plan=plan, wording=wording) == (
        f"{NAME} tháng 6 ước thực hiện 11.000 triệu đồng, tăng 6,8% so cùng kỳ; lũy kế 6 "
        "tháng ước thực hiện 58.600 triệu/110.000 triệu đồng, so dự toán giao đạt 53,3%, "
        "tăng 3,2% so cùng kỳ."
    )
    both = render_indicator(THU, Quarter(2026, 1), SERIES, plan=[TINH, HDND], wording=wording)
    assert "so dự toán tỉnh giao đạt 25,2% và so dự toán HĐND xã giao đạt 23,1%" in both


def test_last_year_known_only_by_a_longer_period_has_no_growth_of_a_month():
    series = Series(
        THU,
        [
            *(Figure(Month(2026, m), v) for m, v in Y2026.items()),
            Figure(Quarter(2025, 1), 27200),
            Figure(Quarter(2025, 2), 29600),
        ],
    )
    sentence = render_indicator(THU, Month(2026, 5), series)
    # No growth for May (2025 knows only its quarters); the five months' growth would need
    # May 2025 alone too, so none there either: nothing is split or invented.
    assert "cùng kỳ" not in sentence
    assert render_indicator(THU, Quarter(2026, 2), series).endswith(
        "quý II/2026 thực hiện 30.900 triệu đồng, tăng 4,4% so với cùng kỳ; lũy kế 6 tháng "
        "thực hiện 58.600 triệu đồng, tăng 3,2% so với cùng kỳ."
    )


@pytest.mark.parametrize(
    ("growth_as", "quarter", "half"),
    [
        ("ratio", "bằng 104,4% so cùng kỳ", "bằng 103,2% so cùng kỳ"),
        ("amount", "tăng 1.300 triệu đồng so cùng kỳ", "tăng 1.800 triệu đồng so cùng kỳ"),
    ],
)
def test_the_same_period_as_a_ratio_or_an_amount(growth_as, quarter, half):
    wording = Wording(growth_as=growth_as, connector="so")
    assert render_indicator(THU, Quarter(2026, 2), SERIES, wording=wording) == (
        f"{NAME} quý II/2026 ước thực hiện 30.900 triệu đồng, {quarter}; lũy kế 6 tháng ước "
        f"thực hiện 58.600 triệu đồng, {half}."
    )
    with pytest.raises(OptionError):
        Wording(growth_as="percent")


def test_percentages_trimmed_as_many_reports_write_them():
    series = Series(THU, [Figure(Month(2026, m), 1000) for m in range(1, 4)])
    plan = Plan(THU, 2026, 12000)
    sentence = render_indicator(THU, Quarter(2026, 1), series, plan=plan)
    assert "bằng 25,0% kế hoạch năm 2026" in sentence
    trimmed = render_indicator(THU, Quarter(2026, 1), series, plan=plan, wording=Wording(trim=True))
    assert "bằng 25% kế hoạch năm 2026" in trimmed


class TestApproximateFigures:
    """*năm 2025 ước đạt hơn 2.100 tỷ đồng, bằng hơn 105% kế hoạch*: the word carries over."""

    BILLION = Indicator("THU", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng")

    def series(self, value, qualifier, last_year=1950):
        figures = [Figure(Year(2025), value, qualifier=qualifier), Figure(Year(2024), last_year)]
        return Series(self.BILLION, figures)

    def test_the_word_is_written_before_the_figure_and_its_percentages(self):
        plan = Plan(self.BILLION, 2025, 2000)
        sentence = render_indicator(self.BILLION, Year(2025), self.series(2100, "hơn"), plan=plan)
        assert sentence == (
            "Tổng thu ngân sách nhà nước trên địa bàn năm 2025 thực hiện hơn 2.100 tỷ/2.000 tỷ "
            "đồng, bằng hơn 105,0% kế hoạch năm 2025, tăng hơn 7,6% so với cùng kỳ."
        )

    def test_an_approximation_holds_for_a_fall_too(self):
        sentence = render_indicator(self.BILLION, Year(2025), self.series(1900, "khoảng"))
        assert sentence.endswith("thực hiện khoảng 1.900 tỷ đồng, giảm khoảng 2,6% so với cùng kỳ.")

    def test_a_bound_below_its_reference_says_nothing_of_the_fall(self):
        with pytest.raises(OptionError, match="has no true phrase"):
            render_indicator(self.BILLION, Year(2025), self.series(1900, "hơn"))

    def test_an_amount_of_change_from_an_approximate_figure_is_refused(self):
        with pytest.raises(ValueKindError, match="approximate figure"):
            render_indicator(
                self.BILLION,
                Year(2025),
                self.series(2100, "hơn"),
                wording=Wording(growth_as="amount"),
            )

    def test_months_cumulate_with_one_word_not_two(self):
        months = [Figure(Month(2026, 1), 100), Figure(Month(2026, 2), 120, qualifier="hơn")]
        series = Series(self.BILLION, months)
        assert series.value(YearToDate(2026, 2)) == Figure(
            YearToDate(2026, 2), 220, qualifier="hơn"
        )
        mixed = series.with_figure(Figure(Month(2026, 3), 90, qualifier="dưới"))
        with pytest.raises(ValueKindError, match="no single approximate figure"):
            mixed.value(YearToDate(2026, 3))


def test_the_phrases_in_another_order():
    wording = Wording(
        order=["same_period", "scenario", "plan", "previous"],
        parentheses=True,
        scenario_comparison="attainment",
    )
    sentence = render_indicator(THU, Quarter(2026, 2), SERIES, scenario=SCENARIO, wording=wording)
    assert "30.900 triệu đồng (tăng 4,4% so với cùng kỳ, bằng 103,0% kịch bản)" in sentence
    with pytest.raises(OptionError, match="order"):
        Wording(order=("plan", "scenario"))
    with pytest.raises(OptionError, match="order"):
        Wording(order="plan")


class TestApproximateFiguresAfterReview:
    """The cases an adversarial review found; each stated something false before."""

    T = Indicator("T", "Tổng thu", "tỷ đồng")

    def test_one_figure_for_the_period_keeps_its_word(self):
        series = Series(self.T, [Figure(Month(2026, 1), 2100, qualifier="hơn")])
        sentence = render_indicator(self.T, Month(2026, 1), series, plan=Plan(self.T, 2026, 20000))
        assert "lũy kế 1 tháng thực hiện hơn 2.100 tỷ/20.000 tỷ đồng, bằng hơn 10,5%" in sentence
        quarter = Series(self.T, [Figure(Quarter(2026, 1), 2100, qualifier="hơn")])
        assert "bằng hơn 26,2%" in render_indicator(
            self.T, YearToDate(2026, 3), quarter, plan=Plan(self.T, 2026, 8000)
        )

    def test_growth_from_an_approximate_base_is_refused(self):
        figures = [Figure(Month(2026, m), 20) for m in (1, 2, 3)]
        series = Series(self.T, [*figures, Figure(Quarter(2025, 1), 50, qualifier="hơn")])
        with pytest.raises(ValueKindError, match="approximate"):
            render_indicator(self.T, Month(2026, 3), series)

    def test_a_stock_is_its_last_figure_with_its_status_and_word(self):
        stock = Indicator("HO", "Số hộ", "hộ", aggregation="last")
        series = Series(
            stock, [Figure(Month(2026, 1), 100, qualifier="hơn"), Figure(Month(2026, 2), 120)]
        )
        assert render_indicator(stock, Month(2026, 2), series).endswith(
            "lũy kế 2 tháng thực hiện 120 hộ."
        )
        estimated = Series(
            stock, [Figure(Month(2026, 1), 100, "estimate"), Figure(Month(2026, 2), 90)]
        )
        assert estimated.value(YearToDate(2026, 2)).status == "actual"

    def test_below_is_no_bound_on_a_rise_but_a_larger_fall(self):
        scenario = Scenario.quarterly(self.T, 2026, [2000] * 4)
        below = Series(self.T, [Figure(Quarter(2026, 1), 2100, qualifier="dưới")])
        with pytest.raises(OptionError, match="no true phrase"):
            render_indicator(self.T, Quarter(2026, 1), below, scenario=scenario)
        fall = Series(
            self.T, [Figure(Year(2025), 1900, qualifier="dưới"), Figure(Year(2024), 1950)]
        )
        assert render_indicator(self.T, Year(2025), fall).endswith("giảm hơn 2,5% so với cùng kỳ.")

    def test_the_calculators_refuse_an_approximate_figure(self):
        with pytest.raises(ValueKindError, match="approximate"):
            attainment(Figure(Year(2025), 2100, qualifier="hơn"), 2000)

    def test_verb_auto_against_a_negative_reference_is_refused(self):
        balance = Indicator("CD", "Cân đối ngân sách", "tỷ đồng")
        series = Series(balance, [Figure(Month(2026, m), -5) for m in (1, 2, 3)])
        scenario = Scenario.monthly(balance, 2026, [-4] * 12)
        wording = Wording(scenario_comparison="attainment", verb="auto")
        with pytest.raises(OptionError, match="negative"):
            render_indicator(balance, Month(2026, 3), series, scenario=scenario, wording=wording)


class TestReviewedEdges:
    def test_a_template_writes_its_fields_plain(self):
        for template in ("{name} {period} {status} {value:.2}", "{value!r}", "{value:d}"):
            with pytest.raises(OptionError, match="format or a conversion"):
                Wording(month_clause=template)

    @pytest.mark.parametrize("verb", ["Vượt", "vượt ", "VƯỢT"])
    def test_the_excess_verb_in_any_spelling_is_the_excess_verb(self, verb):
        with pytest.raises(OptionError, match="not above 100%"):
            attainment_phrase(attainment(100, 1000), "kế hoạch", verb=verb)

    @pytest.mark.parametrize("order", [None, 5, ["plan", 1, "x", None], {"plan"}, "plan"])
    def test_an_order_that_is_no_order_is_refused(self, order):
        with pytest.raises(OptionError, match="order"):
            Wording(order=order)

    def test_the_series_is_required(self):
        with pytest.raises(ValueKindError, match="not a Series"):
            render_indicator(THU, Month(2026, 1), None)

    def test_a_reference_is_words_and_has_one_connector(self):
        for bad in (None, 5, " "):
            with pytest.raises(OptionError, match="reference"):
                variance_phrase(variance(105, 100), reference=bad)
            with pytest.raises(OptionError, match="reference"):
                attainment_phrase(attainment(1, 2), bad)
        with pytest.raises(OptionError, match="connector"):
            growth_phrase(growth(105, 100), reference="so với cùng kỳ")
        with pytest.raises(OptionError, match="connector"):
            change_phrase(Quantity(1, "ha"), reference="so với kế hoạch", connector="so với")

    def test_an_approximate_change_is_refused(self):
        with pytest.raises(ValueKindError, match="approximate"):
            change_phrase(Quantity(5, "hộ", qualifier="hơn"))

    def test_a_year_says_last_year_once(self):
        series = Series(THU, [Figure(Year(2026), 114), Figure(Year(2025), 100)])
        wording = Wording(previous_period=True)
        sentence = render_indicator(THU, Year(2026), series, wording=wording)
        assert sentence.count("14,0%") == 1

    def test_plans_read_alike_are_refused_and_a_long_verb_stays_whole(self):
        with pytest.raises(OptionError, match="read alike"):
            render_indicator(THU, Month(2026, 6), SERIES, plan=[TINH, TINH])
        wording = Wording(verb="đạt được")
        sentence = render_indicator(THU, Month(2026, 6), SERIES, plan=[TINH, HDND], wording=wording)
        assert "đạt được 53,3% dự toán tỉnh giao và 48,8% dự toán HĐND xã giao" in sentence
        assert str(Plan(THU, 2026, 1, words=" dự toán  xã ")) == "dự toán xã"
