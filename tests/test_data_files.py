"""Report data files: the seed's section B.I read and written word for word, and bad data."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from baocao_kt import (
    Figure,
    Indicator,
    Month,
    ParseError,
    Plan,
    ReportDataError,
    Scenario,
    SectionItem,
    Series,
    UnknownUnitError,
    Wording,
    YearToDate,
    attainment,
    load_report,
    loads_report,
    variance,
)
from baocao_kt._edges import _toml_source
from baocao_kt._edges._toml_source import MAX_FILE_BYTES

ROOT = Path(__file__).parents[1]
EXAMPLE = ROOT / "examples" / "phu_lien_2026_04.toml"
GOLDEN = ROOT / "tests" / "golden" / "phu_lien_2026_04.txt"

BASE = """\
[report]
month = "tháng 4/2026"

[[sections]]
heading = "1. Nông nghiệp"
indicators = ["NLTS"]

[indicators.NLTS]
name = "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản"
unit = "triệu đồng"

[indicators.NLTS.plan]
target = 135800

[indicators.NLTS.scenario]
cumulative = { 3 = 38170, 4 = 50120, 12 = 135800 }

[indicators.NLTS.figures]
actual = { 1 = 12400, 2 = 12620, 3 = 13250 }
estimate = { 4 = 12250 }

[indicators.NLTS.wording]
verb = "bằng"
"""

OTHER = """
[indicators.DV]
name = "Giá trị sản phẩm ngành dịch vụ"
unit = "triệu đồng"
figures.actual = { 1 = 1, 2 = 2, 3 = 3, 4 = 4 }
"""


def changed(old: str, new: str, text: str = BASE) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def refused(text: str) -> ReportDataError:
    with pytest.raises(ReportDataError) as caught:
        loads_report(text, source="bad.toml")
    error = caught.value
    assert error.source == "bad.toml"
    assert str(error).startswith("bad.toml: ")
    return error


# The seed's section B.I.1-4


def test_the_example_file_writes_the_seed_word_for_word():
    golden = GOLDEN.read_text(encoding="utf-8")
    assert load_report(EXAMPLE).render() + "\n" == golden


# The seed's public-investment lines, as it prints them; the example differs only in
# typography ("23,3 %" with a space, the plan's words in italics).
SEED_INVESTMENT = [
    (
        "Kết quả giải ngân các dự án thành phố giao Ủy ban nhân dân phường làm nhiệm vụ chủ đầu "
        "tư, thành phố bố trí vốn trực tiếp: Ước thực hiện tháng 4 đạt 651,909 triệu đồng, bằng "
        "kế hoạch kịch bản giải ngân tháng 4; lũy kế 4 tháng đạt 5.108,711 triệu đồng, bằng 23,3 "
        "% kế hoạch (*sau điều chỉnh, bổ sung*), bằng kế hoạch kịch bản giải ngân tháng 4."
    ),
    (
        "Kết quả giải ngân đối với các dự án phường quyết định đầu tư bằng nguồn vốn đầu tư công "
        "theo phân cấp: Ước thực hiện tháng 4 đạt 3.348 triệu đồng, vượt 72,05% kế hoạch kịch bản "
        "giải ngân tháng 4; lũy kế 4 tháng giải ngân 29.839,633 triệu đồng, bằng 31,12% kế hoạch "
        "năm, vượt 4,93% kế hoạch kịch bản giải ngân tháng 4."
    ),
]


def test_the_investment_example_writes_the_seeds_lines():
    report = load_report(EXAMPLE.with_name("phu_lien_2026_04_dau_tu_cong.toml"))
    text = report.render()
    golden = GOLDEN.with_name("phu_lien_2026_04_dau_tu_cong.txt").read_text(encoding="utf-8")
    assert text + "\n" == golden
    typeset = [line.replace("23,3 %", "23,3%").replace("*", "") for line in SEED_INVESTMENT]
    assert text.split("\n")[1:] == ["- " + line for line in typeset]


# Every percentage the seed's B.I.1-4 and its public-investment lines state, computed by the
# calculators from the example files: (file, code, the period's month count (1: April,
# 4: the year to date), calculator, reference, decimals, as written).
SEED_PERCENTAGES = [
    ("", "NLTS", 1, "variance", "scenario", 1, "2,5%"),
    ("", "NLTS", 4, "attainment", "plan", 1, "37,2%"),
    ("", "NLTS", 4, "variance", "scenario", 1, "0,8%"),
    ("", "CNXD", 1, "variance", "scenario", 0, "16%"),
    ("", "CNXD", 4, "attainment", "plan", 1, "34,8%"),
    ("", "CNXD", 4, "variance", "scenario", 2, "7,37%"),
    ("", "DV", 1, "variance", "scenario", 0, "17%"),
    ("", "DV", 4, "attainment", "plan", 2, "35,75%"),
    ("", "DV", 4, "variance", "scenario", 2, "4,94%"),
    ("", "THU", 4, "attainment", "plan", 1, "33,4%"),
    ("", "THU", 4, "variance", "scenario", 2, "32,35%"),
    ("", "CHI", 4, "attainment", "plan", 2, "29,53%"),  # the seed says 29,04%
    ("_dau_tu_cong", "GN_TP", 1, "variance", "scenario", 1, "0,0%"),  # bằng kịch bản
    ("_dau_tu_cong", "GN_TP", 4, "attainment", "plan", 1, "23,3%"),
    ("_dau_tu_cong", "GN_TP", 4, "variance", "scenario", 1, "0,0%"),
    ("_dau_tu_cong", "GN_PHUONG", 1, "variance", "scenario", 2, "72,05%"),
    ("_dau_tu_cong", "GN_PHUONG", 4, "attainment", "plan", 2, "31,12%"),
    ("_dau_tu_cong", "GN_PHUONG", 4, "variance", "scenario", 2, "4,93%"),
]


@pytest.mark.parametrize(
    ("suffix", "code", "months", "calculator", "reference", "places", "written"),
    [pytest.param(*row, id=f"{row[1]}-{row[2]}-{row[3]}") for row in SEED_PERCENTAGES],
)
def test_every_percentage_of_the_seed_from_the_example_data(
    suffix, code, months, calculator, reference, places, written
):
    item = load_report(EXAMPLE.with_name(f"phu_lien_2026_04{suffix}.toml")).item(code)
    period = Month(2026, 4) if months == 1 else YearToDate(2026, months)
    actual = item.series.value(period).value
    target = item.plan.target if reference == "plan" else item.scenario.target(period)
    percent = {"attainment": attainment, "variance": variance}[calculator](actual, target)
    assert percent.format(places) == written


def test_the_example_file_has_what_the_seed_states():
    report = load_report(EXAMPLE)
    assert report.source == str(EXAMPLE)
    assert report.month == Month(2026, 4)
    assert [item.indicator.code for item in report.items] == ["NLTS", "CNXD", "DV", "THU", "CHI"]
    assert str(report.item("THU").plan) == "dự toán năm 2026"
    assert report.item("CHI").scenario is None


def test_the_loaded_model_is_the_one_built_by_hand():
    nlts = Indicator("NLTS", "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản", "triệu đồng")
    figures = [Figure(Month(2026, m), v) for m, v in [(1, 12400), (2, 12620), (3, 13250)]]
    expected = SectionItem(
        indicator=nlts,
        series=Series(nlts, [*figures, Figure(Month(2026, 4), 12250, "estimate")]),
        plan=Plan(nlts, 2026, 135800),
        scenario=Scenario.from_cumulative(nlts, 2026, {3: 38170, 4: 50120, 12: 135800}),
        wording=Wording(verb="bằng"),
    )
    report = loads_report(BASE)
    assert report.items == (expected,)
    assert report.sections[0].heading == "1. Nông nghiệp"
    assert report.title is None
    assert report.source == "<string>"


def test_a_toml_float_is_read_exactly():
    text = changed("estimate = { 4 = 12250 }", "estimate = { 4 = 651.909 }")
    figure = loads_report(text).item("NLTS").series.value(Month(2026, 4))
    assert figure.value == Decimal("651.909")
    assert str(figure.value) == "651.909"


def test_vietnamese_notation_and_the_documented_options_are_read():
    text = changed("target = 135800", 'target = "135.800,5"\nkind = "dự toán"\nadjusted = true')
    text = changed("12 = 135800 }", '12 = "135.800,5" }', text)  # the scenario meets its plan
    text = changed('unit = "triệu đồng"', 'unit = "tr.đ"\nplaces = 2\ndirection = "lower"', text)
    item = loads_report(text).item("NLTS")
    assert item.plan is not None
    assert item.plan.target == Decimal("135800.5")
    assert str(item.plan) == "dự toán năm 2026 sau điều chỉnh, bổ sung"
    assert (item.indicator.unit_name, item.indicator.places) == ("triệu đồng", 2)
    assert item.indicator.direction == "lower"


@pytest.mark.parametrize(
    ("scenario", "april"),
    [
        (f"monthly = [12000, 12000, 12620, 11951, {'11000, ' * 7}10229]", Decimal(11951)),
        ("quarterly = [28000, 34000, 36000, 37800]", None),
        ('cumulative = { 3 = "38.170", 4 = 50120, 12 = 135800 }', Decimal(11950)),
        ("cumulative_percent = { 3 = 25, 4 = 37.5, 12 = 100 }", Decimal(16975)),
    ],
)  # fmt: skip
def test_every_form_of_scenario_is_read(scenario, april):
    text = changed("cumulative = { 3 = 38170, 4 = 50120, 12 = 135800 }", scenario)
    read = loads_report(text).item("NLTS").scenario
    assert read is not None
    assert read.total == 135800
    if april is None:
        assert not read.covers(Month(2026, 4))
    else:
        assert read.target(Month(2026, 4)) == april


def test_load_report_reads_a_path_and_names_it(tmp_path):
    path = tmp_path / "bao_cao.toml"
    path.write_text(changed('verb = "bằng"', 'verbb = "bằng"'), encoding="utf-8")
    with pytest.raises(ReportDataError) as caught:
        load_report(path)
    assert caught.value.source == str(path)
    assert str(caught.value).startswith(f"{path}: indicators.NLTS.wording.verbb")


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "cp1258.toml"
    path.write_bytes(BASE.encode("utf-16"))
    with pytest.raises(ReportDataError, match="not a UTF-8 text file"):
        load_report(path)


def test_a_missing_file_is_an_oserror(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_report(tmp_path / "none.toml")


# Bad data: the error names the file, the key and the value, and keeps the cause


def test_malformed_toml_keeps_tomllib_message_and_line():
    error = refused(changed("target = 135800", "target = "))
    assert error.key is None
    assert error.value == "target = "
    assert "Invalid value (at line 13, column 10)" in str(error)
    assert "'target ='" in str(error)
    assert error.__cause__ is not None


def test_a_month_without_figure_is_refused_at_load_time():
    text = changed(
        "actual = { 1 = 12400, 2 = 12620, 3 = 13250 }", "actual = { 1 = 12400, 3 = 13250 }"
    )
    error = refused(text)
    assert (error.key, error.value) == ("indicators.NLTS.figures", 2)
    assert "no figure for month 2 (tháng 02/2026)" in str(error)
    assert "the report for tháng 4/2026 needs one for every month from 1 to 4" in str(error)


def test_figures_after_the_report_month_are_allowed():
    text = changed("estimate = { 4 = 12250 }", "estimate = { 4 = 12250, 5 = 13000 }")
    assert loads_report(text).item("NLTS").series.months[-1] == Month(2026, 5)


def test_an_unknown_unit_keeps_the_suggestion():
    error = refused(changed('unit = "triệu đồng"', 'unit = "triệu đồg"'))
    assert (error.key, error.value) == ("indicators.NLTS.unit", "triệu đồg")
    assert 'indicators.NLTS.unit = "triệu đồg": ' in str(error)
    assert "did you mean 'triệu đồng'?" in str(error)
    assert isinstance(error.__cause__, UnknownUnitError)


def test_a_section_naming_an_unknown_indicator():
    error = refused(changed('indicators = ["NLTS"]', 'indicators = ["NLTS", "CNXD"]'))
    assert (error.key, error.value) == ("sections[0].indicators[1]", "CNXD")
    assert '"CNXD": is not an indicator of the file' in str(error)
    assert "'NLTS'" in str(error)


def test_an_indicator_named_twice():
    error = refused(changed('indicators = ["NLTS"]', 'indicators = ["NLTS", "NLTS"]'))
    assert (error.key, error.value) == ("sections[0].indicators[1]", "NLTS")
    assert "first at sections[0].indicators[0]" in str(error)


def test_an_indicator_in_no_section():
    error = refused(BASE + OTHER)
    assert (error.key, error.value) == ("indicators.DV", "DV")
    assert "indicator 'DV' is in no section" in str(error)


@pytest.mark.parametrize(
    ("old", "new", "key", "value", "suggestion"),
    [
        (
            "estimate = { 4 = 12250 }",
            'estimate = { 4 = "12.250,5,1" }',
            "indicators.NLTS.figures.estimate.4",
            "12.250,5,1",
            None,
        ),
        ("target = 135800", 'target = "7.2"', "indicators.NLTS.plan.target", "7.2", "'7,2'"),
        ("target = 135800", "target = true", "indicators.NLTS.plan.target", True, None),
        ("target = 135800", "target = nan", "indicators.NLTS.plan.target", None, None),
        (
            "cumulative = { 3 = 38170,",
            "cumulative = { 3 = [38170],",
            "indicators.NLTS.scenario.cumulative.3",
            [38170],
            None,
        ),
    ],
)
def test_a_malformed_number(old, new, key, value, suggestion):
    error = refused(changed(old, new))
    assert error.key == key
    if value is None:  # NaN: not equal to itself
        assert str(error.value) == "NaN"
    else:
        assert error.value == value
    assert f"bad.toml: {key} = " in str(error)
    if suggestion:
        assert f"did you mean {suggestion}?" in str(error)
        assert isinstance(error.__cause__, ParseError)


def test_a_malformed_number_message_shows_it_as_written():
    error = refused(changed("estimate = { 4 = 12250 }", 'estimate = { 4 = "12.250,5,1" }'))
    assert str(error).startswith(
        "bad.toml: indicators.NLTS.figures.estimate.4 = \"12.250,5,1\": '12.250,5,1' is not "
        "a Vietnamese number"
    )


@pytest.mark.parametrize(
    ("old", "new", "key", "known"),
    [
        ('month = "tháng 4/2026"', 'month = "tháng 4/2026"\ntitel = "I."', "report.titel", "title"),
        ("[report]", "extra = 1\n[report]", "extra", "indicators"),
        ('heading = "1. Nông nghiệp"', 'headng = "1."', "sections[0].headng", "heading"),
        ('unit = "triệu đồng"', 'unit = "triệu đồng"\nplann = 1', "indicators.NLTS.plann", "plan"),
        ("target = 135800", "target = 135800\ntargt = 1", "indicators.NLTS.plan.targt", "target"),
        (
            "cumulative = {",
            "cumulativ = {",
            "indicators.NLTS.scenario.cumulativ",
            "cumulative",
        ),
        ('verb = "bằng"', 'verbb = "bằng"', "indicators.NLTS.wording.verbb", "verb"),
    ],
)
def test_an_unknown_key_anywhere_is_refused_with_the_known_keys(old, new, key, known):
    error = refused(changed(old, new))
    name = key.rsplit(".", 1)[-1].rsplit("]", 1)[-1].lstrip(".")
    assert (error.key, error.value) == (key, name)
    assert f"{name!r} is not a key of" in str(error)
    assert known in str(error).split("its keys are ", 1)[1]


def test_an_unknown_key_has_its_close_match():
    error = refused(changed('verb = "bằng"', 'verbb = "bằng"'))
    assert "did you mean 'verb'?" in str(error)
    assert "month_variance_places" in str(error)


def test_a_figure_status_other_than_actual_or_estimate():
    error = refused(changed("estimate = { 4 = 12250 }", "forecast = { 4 = 12250 }"))
    assert (error.key, error.value) == ("indicators.NLTS.figures.forecast", "forecast")
    assert "its keys are actual, estimate" in str(error)


@pytest.mark.parametrize(
    ("old", "new", "key", "value"),
    [
        ("estimate = { 4 = 12250 }", "estimate = { 4 = 12250, 13 = 1 }", "estimate.13", "13"),
        ("estimate = { 4 = 12250 }", "estimate = { 4 = 12250, 0 = 1 }", "estimate.0", "0"),
        ("estimate = { 4 = 12250 }", 'estimate = { 4 = 12250, "tư" = 1 }', 'estimate."tư"', "tư"),
        ("cumulative = { 3 = 38170,", "cumulative = { 14 = 38170,", "cumulative.14", "14"),
    ],
)
def test_a_month_outside_the_year(old, new, key, value):
    error = refused(changed(old, new))
    assert error.key is not None
    assert error.key.endswith(key)
    assert error.value == value
    assert f"{value!r} is not a month; write the month's number, 1 to 12 of 2026" in str(error)


def test_a_month_given_twice():
    error = refused(changed("estimate = { 4 = 12250 }", "estimate = { 4 = 12250, 04 = 1 }"))
    assert (error.key, error.value) == ("indicators.NLTS.figures.estimate.04", "04")


def test_a_month_both_actual_and_estimate():
    error = refused(changed("estimate = { 4 = 12250 }", "estimate = { 3 = 13000, 4 = 12250 }"))
    assert (error.key, error.value) == ("indicators.NLTS.figures.estimate.3", 13000)
    assert "also has a figure at indicators.NLTS.figures.actual.3 = 13250" in str(error)


def test_a_scenario_with_two_forms():
    text = changed("cumulative = {", "quarterly = [1, 2, 3, 4]\ncumulative = {")
    error = refused(text)
    assert error.key == "indicators.NLTS.scenario"
    assert "gives quarterly and cumulative; give exactly one of monthly" in str(error)
    assert "quarterly = [1, 2, 3, 4]" in str(error)


@pytest.mark.parametrize(
    ("new", "key", "message"),
    [
        ("monthly = [1, 2, 3]", "monthly", "3 values given; pass exactly 12"),
        ("cumulative = { 4 = 50120 }", "cumulative", "no amount at month 12"),
        ("cumulative_percent = { 12 = 100 }", "cumulative_percent", "add [indicators.NLTS.plan]"),
    ],
)
def test_a_scenario_the_model_refuses(new, key, message):
    text = changed("cumulative = { 3 = 38170, 4 = 50120, 12 = 135800 }", new)
    if key == "cumulative_percent":
        text = changed("[indicators.NLTS.plan]\ntarget = 135800\n", "", text)
    error = refused(text)
    assert error.key == f"indicators.NLTS.scenario.{key}"
    assert message in str(error)


def test_a_report_month_that_is_not_a_month():
    error = refused(changed('month = "tháng 4/2026"', 'month = "quý I/2026"'))
    assert (error.key, error.value) == ("report.month", "quý I/2026")
    assert 'report.month = "quý I/2026": is quý I/2026, not a month' in str(error)


def test_a_report_month_that_does_not_read():
    error = refused(changed('month = "tháng 4/2026"', 'month = "tháng tư"'))
    assert (error.key, error.value) == ("report.month", "tháng tư")
    assert isinstance(error.__cause__, ParseError)


@pytest.mark.parametrize(
    ("old", "new", "key", "value", "message"),
    [
        ('unit = "triệu đồng"\n', "", "indicators.NLTS.unit", None, 'add|unit = "triệu đồng"'),
        ("[[sections]]", "[[sectionz]]", "sectionz", "sectionz", "its keys are"),
        ('name = "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản"', "name = 1",
         "indicators.NLTS.name", 1, "is not text"),
        ('unit = "triệu đồng"', 'unit = "triệu đồng"\nplaces = 5', "indicators.NLTS.places", 5,
         "places=5 is not a number of decimals"),
        ('unit = "triệu đồng"', 'unit = "triệu đồng"\naggregation = "ratio"',
         "indicators.NLTS.aggregation", "ratio", "cannot name yet"),
        ('unit = "triệu đồng"', 'unit = "triệu đồng"\ndirection = "up"',
         "indicators.NLTS.direction", "up", "pass one of 'higher', 'lower'"),
        ("target = 135800", 'target = 135800\nkind = "kh"', "indicators.NLTS.plan.kind", "kh",
         "is not a kind of plan"),
        ("target = 135800", 'target = 135800\nadjusted = "yes"', "indicators.NLTS.plan.adjusted",
         "yes", "write true or false"),
        ('verb = "bằng"', "verb = 1", "indicators.NLTS.wording.verb", 1, "is not text"),
        ('verb = "bằng"', "separator = 1", "indicators.NLTS.wording.separator", 1, "is not text"),
        ('verb = "bằng"', "attainment_places = 1.0", "indicators.NLTS.wording.attainment_places",
         Decimal("1.0"), "is not a whole number"),
        ('verb = "bằng"', 'over_plan = "slash"', "indicators.NLTS.wording.over_plan", "slash",
         "over_plan='slash' is not a style"),
        ('indicators = ["NLTS"]', 'indicators = "NLTS"', "sections[0].indicators", "NLTS",
         "is not an array"),
        ("[indicators.NLTS.plan]\ntarget = 135800\n", "[indicators.NLTS.plan]\n",
         "indicators.NLTS.plan.target", None, "target = 135800"),
    ],
)  # fmt: skip
def test_other_bad_values(old, new, key, value, message):
    error = refused(changed(old, new))
    assert (error.key, error.value) == (key, value)
    for part in message.split("|"):
        assert part in str(error)


def test_a_scenario_of_a_stock_is_refused_by_the_model():
    text = changed('unit = "triệu đồng"', 'unit = "triệu đồng"\naggregation = "last"')
    error = refused(text)
    assert error.key == "indicators.NLTS.scenario.cumulative"
    assert "a scenario phases a flow" in str(error)


# Data that reads but does not make a report: refused when read, naming file and key

SCENARIO = "cumulative = { 3 = 38170, 4 = 50120, 12 = 135800 }"


@pytest.mark.parametrize(
    ("old", "new", "key", "value", "message"),
    [
        ("target = 135800", "target = 0", "plan.target", 0,
         "is not above zero; the sentence states the year to date as a percentage"),
        ("target = 135800", 'target = "-135.800"', "plan.target", "-135.800",
         "is not above zero"),
        (SCENARIO, "cumulative = { 3 = 60000, 4 = 50120, 12 = 135800 }",
         "scenario.cumulative.4", 50120,
         ("is less than the value at month 3 (indicators.NLTS.scenario.cumulative.3 = 60000): "
          "a cumulative scenario never decreases")),
        (SCENARIO, "cumulative = { 3 = 50120, 4 = 50120, 12 = 135800 }",
         "scenario.cumulative.4", 50120,
         "the scenario's target for month 4 would be zero"),
        (SCENARIO, "cumulative = { 3 = 0, 4 = 50120, 12 = 135800 }",
         "scenario.cumulative.3", 0, "target from January through month 3"),
        (SCENARIO, "cumulative = { 4 = 50120, 12 = 135000 }", "scenario.cumulative.12", 135000,
         ("the scenario adds up to 135000 for kế hoạch năm 2026, which is 135800; the "
          "difference is -800: a scenario leads to its plan's target; make month 12, the "
          "year's total, indicators.NLTS.plan.target = 135800")),
        (SCENARIO, "cumulative_percent = { 3 = 40, 4 = 30, 12 = 100 }",
         "scenario.cumulative_percent.4", 30, "a cumulative scenario never decreases"),
        (SCENARIO, "cumulative_percent = { 4 = 37.5, 12 = 99 }",
         "scenario.cumulative_percent.12", Decimal(99), "make month 12 100"),
        (SCENARIO, "quarterly = [28000, 34000, 36000, 37000]", "scenario.quarterly",
         [28000, 34000, 36000, 37000],
         "make the quarterly targets add up to indicators.NLTS.plan.target = 135800"),
        (SCENARIO, f"monthly = [12000, 0, {'11000, ' * 9}68000]", "scenario.monthly[1]", 0,
         "it is the scenario's target for tháng 02/2026"),
        (SCENARIO, "quarterly = [28000, -1, 36000, 71801]", "scenario.quarterly[1]", -1,
         "it is the scenario's target for quý II/2026"),
        ("estimate = { 4 = 12250 }", "estimate = { 4 = -12250 }", "figures.estimate.4",
         -12250, "is below zero, and indicator 'NLTS' has a plan and a scenario"),
        ('unit = "triệu đồng"', 'unit = "%"', "unit", "%", "is a rate's"),
    ],
)  # fmt: skip
def test_inconsistent_data_is_refused_when_read(old, new, key, value, message):
    error = refused(changed(old, new))
    assert (error.key, error.value) == (f"indicators.NLTS.{key}", value)
    assert str(error).startswith(f"bad.toml: indicators.NLTS.{key} = ")
    assert message in str(error)
    assert "na=True" not in str(error)


def test_a_cumulative_scenario_is_checked_against_the_plan_only_when_there_is_one():
    text = changed("[indicators.NLTS.plan]\ntarget = 135800\n", "")
    text = changed(SCENARIO, "cumulative = { 4 = 50120, 12 = 140000 }", text)
    assert loads_report(text).item("NLTS").scenario.total == 140000


def test_negative_figures_of_an_indicator_without_targets_are_read():
    text = changed("[indicators.NLTS.plan]\ntarget = 135800\n", "")
    text = changed(f"[indicators.NLTS.scenario]\n{SCENARIO}\n", "", text)
    text = changed("estimate = { 4 = 12250 }", "estimate = { 4 = -250 }", text)
    assert "ước thực hiện -250 triệu đồng" in loads_report(text).render()


# Numbers: through the library's own conversion, refused instantly with their key

FIGURE = "estimate = { 4 = 12250 }"
LONG = "9" * 5000


@pytest.mark.parametrize(
    ("new", "value", "message"),
    [
        ("1E+999999999", Decimal("1E+999999999"),
         ("= 1E+999999999: is too large to be a report figure: its magnitude must be below "
          "10^101")),
        ("1e-999999999", Decimal("1e-999999999"), "is too small to be a report figure"),
        ("1e99999999999999999999", "1e99999999999999999999",
         "= 1e99999999999999999999: has an exponent far beyond any report figure's"),
        ("inf", Decimal("inf"), "= Infinity: is not a finite number"),
        ("-inf", Decimal("-inf"), "is not a finite number"),
        ('"0.005"', "0.005", "did you mean '0,005'?"),
        (f'"{LONG}"', LONG, "holds a numeral of 5000 digits"),
        (LONG, LONG, ": is a numeral of 5000 digits; a number has at most 300"),
        (f"-{LONG}", f"-{LONG}", "is a numeral of 5000 digits"),
        (f"1.{LONG}", f"1.{LONG}", "is a numeral of 5001 digits"),
        ("9" * 400, 10**400 - 1,
         "= (an integer of about 400 digits): is a numeral of more than 300 digits"),
        ("0x" + "f" * 5000, 16**5000 - 1, "is a numeral of more than 300 digits"),
        ("9" * 200, 10**200 - 1, "is too large to be a report figure"),
    ],
    ids=[
        "exponent", "tiny", "exponent-beyond-decimal", "inf", "-inf", "thousands-dot",
        "long-text", "long-int", "long-negative-int", "long-float", "int-400", "hex", "int-200",
    ],
)  # fmt: skip
def test_a_number_beyond_a_figure_is_refused_with_its_key(new, value, message):
    error = refused(changed(FIGURE, f"estimate = {{ 4 = {new} }}"))
    assert (error.key, error.value) == ("indicators.NLTS.figures.estimate.4", value)
    assert str(error).startswith("bad.toml: indicators.NLTS.figures.estimate.4 = ")
    assert message in str(error)
    assert len(str(error)) < 400


def test_nan_is_refused_with_its_key():
    error = refused(changed(FIGURE, "estimate = { 4 = nan }"))
    assert error.key == "indicators.NLTS.figures.estimate.4"
    assert error.value.is_nan()
    assert "= NaN: is not a finite number; a report figure must be one" in str(error)


def test_a_long_integer_is_refused_where_it_is_in_an_array_or_a_plan():
    error = refused(changed(SCENARIO, f"monthly = [{'1, ' * 11}{LONG}]"))
    assert (error.key, error.value) == ("indicators.NLTS.scenario.monthly[11]", LONG)
    error = refused(changed("target = 135800", f"target = 1_{LONG}"))
    assert (error.key, error.value) == ("indicators.NLTS.plan.target", f"1_{LONG}")


def test_a_long_integer_leaves_text_and_other_floats_as_written():
    # Reading a long integer again as a float (…e0) must not change the rest of the file.
    text = changed(FIGURE, f"estimate = {{ 4 = {LONG} }}")
    text = changed('name = "Giá', f'name = "{LONG} Giá', text)
    text = changed("target = 135800", "target = 135800.0e0", text)
    error = refused(text)
    assert error.key == "indicators.NLTS.figures.estimate.4"


def _best_of_five(function, argument):
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        function(argument)
        timings.append(time.perf_counter() - start)
    return min(timings)


@pytest.mark.parametrize(
    "numeral",
    [lambda n: "0x" + "f" * n, lambda n: "9" * n, lambda n: "1." + "9" * n],
    ids=["hex", "integer", "float"],
)
def test_a_huge_numeral_is_refused_in_linear_time(numeral):
    def read(size):
        with pytest.raises(ReportDataError):
            loads_report(changed(FIGURE, f"estimate = {{ 4 = {numeral(size)} }}"))

    size = 400_000  # above the sizes where caches make the small input look faster
    small, large = _best_of_five(read, size), _best_of_five(read, 4 * size)
    # Linear reading grows 4×, quadratic 16×: 10 tells them apart on a busy machine.
    assert large / small < 10


# The file as bytes: a size limit, a byte-order mark, bytes that are not UTF-8


def test_a_file_larger_than_the_limit_is_refused_unread(tmp_path):
    path = tmp_path / "big.toml"
    path.write_bytes(BASE.encode() + b"#" * (MAX_FILE_BYTES + 1 - len(BASE.encode())))
    with pytest.raises(ReportDataError) as caught:
        load_report(path)
    assert str(caught.value) == (
        f"{path}: larger than 10 MiB (10485760 bytes), the most a report data file may be; "
        "is it the right file?"
    )
    assert (caught.value.source, caught.value.key) == (str(path), None)


def test_a_file_of_exactly_the_limit_is_read(tmp_path):
    path = tmp_path / "full.toml"
    path.write_bytes(BASE.encode() + b"#" * (MAX_FILE_BYTES - len(BASE.encode())))
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_report(path).item("NLTS").plan is not None


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_input_is_refused_after_the_limit():
    with pytest.raises(ReportDataError, match="larger than 10 MiB"):
        load_report("/dev/zero")


def test_a_byte_order_mark_is_skipped(tmp_path):
    path = tmp_path / "notepad.toml"
    path.write_bytes(BASE.encode("utf-8-sig"))
    assert load_report(path).render() == loads_report(BASE).render()
    assert loads_report("\ufeff" + BASE).render() == loads_report(BASE).render()


def test_a_file_that_is_not_utf8_names_the_byte(tmp_path):
    path = tmp_path / "cp1258.toml"
    path.write_bytes('[report]\nmonth = "tháng 4/2026"\n'.encode("cp1258"))  # á is 0xe1
    with pytest.raises(ReportDataError) as caught:
        load_report(path)
    assert str(caught.value) == (
        f"{path}: not a UTF-8 text file: at byte position 20 (line 2), 0xe1: invalid "
        "continuation byte; save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"
    )
    assert (caught.value.key, caught.value.value) == (None, b"\xe1")


def test_a_utf16_file_is_named_as_such(tmp_path):
    path = tmp_path / "utf16.toml"
    path.write_bytes(BASE.encode("utf-16"))
    with pytest.raises(ReportDataError, match=r"position 0 \(line 1\), 0xff: .*it is UTF-16"):
        load_report(path)


def test_nesting_too_deep_for_the_toml_parser_is_refused():
    error = refused(BASE + "deep = " + "[" * 100_000)
    assert error.key is None
    assert "nest too deeply" in str(error)


def test_a_long_line_that_is_not_toml_is_shortened_in_the_message():
    error = refused(BASE + "x = " + "y" * 100_000)
    assert len(str(error)) < 300
    assert error.value == "x = " + "y" * 100_000


def test_an_integer_that_does_not_read_even_as_a_float_is_still_a_data_error(monkeypatch):
    # The fallback, should a long integer escape the pattern that rereads it as a float.
    monkeypatch.setattr(_toml_source, "_LONG_INTEGER", re.compile("(?!)()"))
    error = refused(changed(FIGURE, f"estimate = {{ 4 = {LONG} }}"))
    assert error.key is None
    assert "a number of the file cannot be read: Exceeds the limit" in str(error)
    assert "a number has at most 300 digits" in str(error)
