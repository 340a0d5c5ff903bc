"""Report text: the phrases, the indicator sentence, sections and reports."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    Figure,
    Indicator,
    MissingFigureError,
    Month,
    NotAvailable,
    OptionError,
    PeriodError,
    Plan,
    Points,
    Report,
    Scenario,
    Section,
    SectionItem,
    Series,
    ValueKindError,
    Wording,
    ZeroBaseError,
    attainment,
    attainment_phrase,
    growth,
    growth_phrase,
    points_phrase,
    render_indicator,
    render_section,
    variance,
    variance_phrase,
)
from tests.strategies import percents, places

APRIL = Month(2026, 4)
NLTS = Indicator("NLTS", "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản", "triệu đồng")
CHI = Indicator("CHI", "Tổng chi ngân sách", "triệu đồng", places=2)
BUDGET_WORDS = "dự toán Hội đồng nhân dân thành phố và phường giao"


def year_to_april(indicator, first_three, april, *, april_status="estimate"):
    """A series with January to March actual and April as given."""
    figures = [Figure(Month(2026, m), v) for m, v in enumerate(first_three, start=1)]
    return Series(indicator, [*figures, Figure(APRIL, april, april_status)])


NLTS_SERIES = year_to_april(NLTS, [12400, 12620, 13250], 12250)
NLTS_PLAN = Plan(NLTS, 2026, 135800)
NLTS_SCENARIO = Scenario.from_cumulative(NLTS, 2026, {3: 38170, 4: 50120, 12: 135800})


class TestPhrases:
    def test_the_seeds_phrases(self):
        assert attainment_phrase(attainment(50520, 135800), "kế hoạch năm 2026") == (
            "bằng 37,2% kế hoạch năm 2026"
        )
        assert attainment_phrase(attainment(119456, 357450), BUDGET_WORDS, verb="đạt") == (
            f"đạt 33,4% {BUDGET_WORDS}"
        )
        assert variance_phrase(variance(12250, 11950)) == "vượt kịch bản 2,5%"
        assert variance_phrase(variance(50520, 50120), form="compared") == (
            "vượt 0,8% so với kịch bản"
        )
        assert variance_phrase(variance(275350, 237371), places=0) == "vượt kịch bản 16%"

    def test_falling_short_and_equal(self):
        assert variance_phrase(variance(9750, 10000), places=1) == "thấp hơn kịch bản 2,5%"
        assert variance_phrase(variance(9750, 10000), form="compared") == (
            "thấp hơn 2,5% so với kịch bản"
        )
        assert variance_phrase(variance(100, 100)) == "bằng kịch bản"

    def test_equal_is_decided_at_the_precision_shown(self):
        slightly_above = variance(100040, 100000)  # 0,04 %
        assert variance_phrase(slightly_above, places=1) == "bằng kịch bản"
        assert variance_phrase(slightly_above, places=2) == "vượt kịch bản 0,04%"
        slightly_below = variance(99960, 100000)
        assert variance_phrase(slightly_below, places=1) == "bằng kịch bản"
        assert growth_phrase(growth(99996, 100000)) == "bằng cùng kỳ"
        assert points_phrase(Points("0.004")) == "bằng kịch bản"

    def test_growth(self):
        assert growth_phrase(growth(104060, 100000)) == "tăng 4,06% so với cùng kỳ"
        assert growth_phrase(growth(96, 100), places=0) == "giảm 4% so với cùng kỳ"
        assert growth_phrase(growth(96, 100), trim=True) == "giảm 4% so với cùng kỳ"
        assert growth_phrase(growth(96, 100), reference="cùng kỳ năm 2025") == (
            "giảm 4,00% so với cùng kỳ năm 2025"
        )

    def test_points(self):
        assert points_phrase(Points("0.66")) == "cao hơn 0,66 điểm % so với kịch bản"
        assert points_phrase(Points("-0.66"), reference="cùng kỳ") == (
            "thấp hơn 0,66 điểm % so với cùng kỳ"
        )

    def test_the_number_can_come_first_without_so_voi(self):
        phrase = variance_phrase(
            variance(3348, 1946),
            reference="kế hoạch kịch bản giải ngân tháng 4",
            form="after",
            places=2,
        )
        assert phrase == "vượt 72,05% kế hoạch kịch bản giải ngân tháng 4"

    def test_words_are_choices(self):
        phrase = variance_phrase(
            variance(90, 100),
            reference="kế hoạch kịch bản giải ngân tháng 4",
            words=("vượt", "chưa đạt", "bằng"),
            places=0,
        )
        assert phrase == "chưa đạt kế hoạch kịch bản giải ngân tháng 4 10%"

    @given(percents, places, st.sampled_from(["before", "compared", "after"]))
    def test_a_variance_phrase_states_the_rounded_magnitude_and_its_direction(
        self, percent, shown, form
    ):
        phrase = variance_phrase(percent, places=shown, form=form)
        rounded = percent.rounded(shown)
        if rounded == 0:
            assert phrase == "bằng kịch bản"
        else:
            assert phrase.startswith("vượt " if rounded > 0 else "thấp hơn ")
            assert abs(percent).format(shown) in phrase
            assert "-" not in phrase

    @pytest.mark.parametrize(
        "phrase", [variance_phrase, growth_phrase, lambda p: attainment_phrase(p, "kế hoạch")]
    )
    @pytest.mark.parametrize(
        "bad", [NotAvailable("the reference is zero"), Decimal("2.5"), Points(1)]
    )
    def test_only_a_percent_has_a_phrase(self, phrase, bad):
        with pytest.raises(ValueKindError) as info:
            phrase(bad)
        assert isinstance(info.value, TypeError)

    def test_points_phrase_takes_points(self):
        with pytest.raises(ValueKindError, match="not a Points"):
            points_phrase(variance(1, 2))

    def test_bad_options(self):
        with pytest.raises(OptionError, match="form='middle'"):
            variance_phrase(variance(1, 2), form="middle")
        with pytest.raises(OptionError, match="places"):
            variance_phrase(variance(1, 2), places=-1)


class TestIndicatorSentence:
    def test_the_seeds_agriculture_sentence(self):
        sentence = render_indicator(
            NLTS, APRIL, NLTS_SERIES, plan=NLTS_PLAN, scenario=NLTS_SCENARIO
        )
        assert sentence == (
            "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện "
            "12.250 triệu đồng, vượt kịch bản 2,5%; lũy kế 4 tháng ước thực hiện 50.520 "
            "triệu/135.800 triệu đồng, bằng 37,2% kế hoạch năm 2026, vượt 0,8% so với kịch bản."
        )

    def test_the_seeds_spending_sentence_with_the_right_percentage(self):
        series = year_to_april(CHI, [25000, 28700, 30000], 20000)
        wording = Wording(plan_words=BUDGET_WORDS, over_plan="bare")
        plan = Plan(CHI, 2026, 351147, kind="dự toán")
        sentence = render_indicator(CHI, APRIL, series, plan=plan, wording=wording)
        assert sentence == (
            "Tổng chi ngân sách tháng 4 ước thực hiện 20.000 triệu đồng, lũy kế 4 tháng ước "
            f"thực hiện 103.700/351.147 triệu đồng, bằng 29,53% {BUDGET_WORDS}."
        )
        assert "29,04" not in sentence

    def test_without_plan_or_scenario_only_the_figures(self):
        assert render_indicator(NLTS, APRIL, NLTS_SERIES) == (
            "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện "
            "12.250 triệu đồng, lũy kế 4 tháng ước thực hiện 50.520 triệu đồng."
        )

    def test_the_status_words_follow_the_figures(self):
        sentence = render_indicator(NLTS, Month(2026, 3), NLTS_SERIES)
        assert "tháng 3 thực hiện 13.250 triệu đồng" in sentence
        assert "lũy kế 3 tháng thực hiện 38.270 triệu đồng" in sentence
        actual_april = NLTS_SERIES.with_figure(Figure(APRIL, 12300, "actual"))
        sentence = render_indicator(NLTS, APRIL, actual_april)
        assert "tháng 4 thực hiện 12.300" in sentence
        assert "ước" not in sentence

    def test_a_scenario_states_only_the_periods_it_has_targets_for(self):
        quarterly = Scenario.quarterly(NLTS, 2026, [38170, 34000, 33000, 30630])
        april = render_indicator(NLTS, APRIL, NLTS_SERIES, scenario=quarterly)
        assert "kịch bản" not in april
        march = render_indicator(NLTS, Month(2026, 3), NLTS_SERIES, scenario=quarterly)
        assert march.endswith(
            "lũy kế 3 tháng thực hiện 38.270 triệu đồng, vượt 0,3% so với kịch bản."
        )
        assert "tháng 3 thực hiện 13.250 triệu đồng," in march  # no month target, no variance

    def test_falling_short_of_the_scenario(self):
        scenario = Scenario.from_cumulative(NLTS, 2026, {3: 38000, 4: 51000, 12: 135800})
        sentence = render_indicator(NLTS, APRIL, NLTS_SERIES, scenario=scenario)
        assert "12.250 triệu đồng, thấp hơn kịch bản 5,8%;" in sentence
        assert "50.520 triệu đồng, thấp hơn 0,9% so với kịch bản." in sentence

    def test_the_wording_changes_words_and_shape(self):
        wording = Wording(
            month_clause="Ước thực hiện {period} đạt {value}",
            cumulative_clause="{period} đạt {value}",
            verb="đạt",
            scenario_words="kế hoạch kịch bản giải ngân",
            month_variance_form="compared",
            cumulative_variance_form="before",
            over_plan="none",
            month_variance_places=2,
            attainment_places=0,
            cumulative_variance_places=0,
            separator=" và ",
        )
        sentence = render_indicator(
            NLTS, APRIL, NLTS_SERIES, plan=NLTS_PLAN, scenario=NLTS_SCENARIO, wording=wording
        )
        assert sentence == (
            "Ước thực hiện tháng 4 đạt 12.250 triệu đồng, vượt 2,51% so với kế hoạch kịch "
            "bản giải ngân và lũy kế 4 tháng đạt 50.520 triệu đồng, đạt 37% kế hoạch năm "
            "2026, vượt kế hoạch kịch bản giải ngân 1%."
        )

    def test_over_plan_without_a_money_scale_writes_the_unit_once(self):
        households = Indicator("HO", "Số hộ đăng ký kinh doanh mới", "hộ", places=0)
        series = year_to_april(households, [20, 25, 25], 81, april_status="actual")
        sentence = render_indicator(households, APRIL, series, plan=Plan(households, 2026, 500))
        assert "lũy kế 4 tháng thực hiện 151/500 hộ, bằng 30% kế hoạch năm 2026." in sentence

    def test_the_figures_can_be_rounded_for_the_sentence(self):
        mean = Indicator("GIA", "Giá lúa bình quân", "đồng", aggregation="mean")
        series = year_to_april(mean, [7100, 7200, 7250], 7300, april_status="actual")
        assert "lũy kế 4 tháng thực hiện 7.212,5 đồng" in render_indicator(mean, APRIL, series)
        rounded = render_indicator(mean, APRIL, series, wording=Wording(value_places=0))
        assert "lũy kế 4 tháng thực hiện 7.213 đồng" in rounded

    def test_an_adjusted_plan_says_so(self):
        sentence = render_indicator(NLTS, APRIL, NLTS_SERIES, plan=NLTS_PLAN.adjusted(140000))
        assert sentence.endswith("bằng 36,1% kế hoạch năm 2026 sau điều chỉnh, bổ sung.")

    def test_a_missing_month_is_an_error_not_a_zero(self):
        series = Series(NLTS, [Figure(Month(2026, 1), 1), Figure(APRIL, 2, "estimate")])
        with pytest.raises(MissingFigureError) as info:
            render_indicator(NLTS, APRIL, series)
        assert info.value.month == Month(2026, 2)

    def test_data_of_another_indicator_or_year_is_refused(self):
        other = Indicator("CN", "Công nghiệp", "triệu đồng")
        with pytest.raises(OptionError, match="plan is for 'CN'"):
            render_indicator(NLTS, APRIL, NLTS_SERIES, plan=Plan(other, 2026, 1))
        with pytest.raises(OptionError, match="series is for 'CN'"):
            render_indicator(NLTS, APRIL, Series(other, []))
        with pytest.raises(PeriodError, match="plan is for 2025"):
            render_indicator(NLTS, APRIL, NLTS_SERIES, plan=Plan(NLTS, 2025, 1))
        scenario_2025 = Scenario.from_cumulative(NLTS, 2025, {12: 1})
        with pytest.raises(PeriodError, match="scenario is for 2025"):
            render_indicator(NLTS, APRIL, NLTS_SERIES, scenario=scenario_2025)

    def test_wrong_kinds_are_refused(self):
        with pytest.raises(ValueKindError, match="not a period"):
            render_indicator(NLTS, "tháng 4/2026", NLTS_SERIES)
        with pytest.raises(ValueKindError, match="not a Plan"):
            render_indicator(NLTS, APRIL, NLTS_SERIES, plan=[Plan(NLTS, 2026, 135800), 135800])
        with pytest.raises(ValueKindError, match="not a Plan"):
            render_indicator(NLTS, APRIL, NLTS_SERIES, plan=135800)
        with pytest.raises(ValueKindError, match="not a Wording"):
            render_indicator(NLTS, APRIL, NLTS_SERIES, wording={"verb": "đạt"})

    def test_a_rate_indicator_is_refused_with_the_way_out(self):
        rate = Indicator("TL", "Tỷ lệ tiêm chủng", "%")
        with pytest.raises(OptionError, match="points_phrase"):
            render_indicator(rate, APRIL, Series(rate, []))

    def test_a_zero_scenario_target_is_an_error(self):
        scenario = Scenario.from_cumulative(NLTS, 2026, {3: 38170, 4: 38170, 12: 135800})
        with pytest.raises(ZeroBaseError):
            render_indicator(NLTS, APRIL, NLTS_SERIES, scenario=scenario)


class TestWording:
    @pytest.mark.parametrize(
        ("options", "named"),
        [
            ({"attainment_places": 4}, "attainment_places=4"),
            ({"month_variance_places": "1"}, "month_variance_places='1'"),
            ({"month_variance_form": "trước"}, "month_variance_form='trước'"),
            ({"over_plan": "slash"}, "over_plan='slash'"),
            ({"verb": " "}, "verb=' '"),
            ({"cumulative_clause": "{period} {status"}, "not a template"),
            ({"month_clause": "{name} {unit}"}, "uses {unit}"),
            ({"month_clause": "{0}"}, "uses {0}"),
            ({"separator": 1}, "separator=1"),
        ],
    )
    def test_bad_wording_is_refused_at_construction(self, options, named):
        with pytest.raises(OptionError) as info:
            Wording(**options)
        assert named in str(info.value)
        assert isinstance(info.value, ValueError)

    def test_a_wording_is_a_value(self):
        wording = Wording(verb="đạt")
        assert attrs.evolve(wording, verb="bằng") == Wording()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            wording.verb = "bằng"


class TestSections:
    def item(self):
        return SectionItem(
            indicator=NLTS, series=NLTS_SERIES, plan=NLTS_PLAN, scenario=NLTS_SCENARIO
        )

    def test_a_section_is_its_heading_and_one_bullet_per_item(self):
        text = render_section([self.item()], APRIL, heading="1. Nông nghiệp")
        heading, line = text.split("\n")
        assert heading == "1. Nông nghiệp"
        assert line == "- " + render_indicator(
            NLTS, APRIL, NLTS_SERIES, plan=NLTS_PLAN, scenario=NLTS_SCENARIO
        )
        assert render_section([self.item()], APRIL, bullet="• ").startswith("• Giá trị")

    def test_only_items(self):
        with pytest.raises(ValueKindError, match="not a SectionItem"):
            render_section([NLTS], APRIL)

    def test_a_report_renders_its_sections_apart(self):
        report = Report(
            period=APRIL,
            title="I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ",
            sections=[Section(heading="1. Nông nghiệp", items=[self.item()])],
        )
        blocks = report.render().split("\n\n")
        assert blocks[0] == "I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ"
        assert blocks[1] == report.sections[0].render(APRIL)
        assert "tháng 3 thực hiện" in report.render(Month(2026, 3))
        assert report.item("NLTS").indicator is NLTS
        with pytest.raises(OptionError, match="no indicator 'CN'; the report has 'NLTS'"):
            report.item("CN")
