"""Report data files: the seed's section B.I read and written word for word, and bad data."""

from __future__ import annotations

import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from baocao_kt import (
    Figure,
    Half,
    Indicator,
    MissingFigureError,
    Month,
    ParseError,
    Plan,
    Quarter,
    ReportDataError,
    Scenario,
    SectionItem,
    Series,
    UnknownUnitError,
    Wording,
    Year,
    YearToDate,
    ZeroBaseError,
    attainment,
    growth,
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


# Reports of any period (issue 13): the report's period, figures for whole periods,
# earlier years' figures, several plans, the wording of other reports

QUARTER = "examples/xa_quy_2026.toml"

# A commune's revenue for the first half, month by month, with last year's.
HALF = """\
[report]
period = "6 tháng đầu năm 2026"

[[sections]]
indicators = ["THU"]

[indicators.THU]
name = "Tổng thu ngân sách xã"
unit = "triệu đồng"
plan = { target = 15200, kind = "dự toán", words = "dự toán tỉnh giao" }
figures.actual = { 1 = 1420, 2 = 1180, 3 = 1650, 4 = 1530, 5 = 1710 }
figures.estimate = { 6 = 1600 }
figures.2025.actual = { 1 = 1310, 2 = 1095, 3 = 1520, 4 = 1415, 5 = 1580, 6 = 1470 }
"""


def test_the_quarter_example_writes_its_golden_text():
    golden = (ROOT / "tests" / "golden" / "xa_quy_2026.txt").read_text(encoding="utf-8")
    assert load_report(ROOT / QUARTER).render() + "\n" == golden


Q2, H1 = Quarter(2026, 2), YearToDate(2026, 6)
LAST_Q2, LAST_H1 = Quarter(2025, 2), YearToDate(2025, 6)

# Every percentage of the quarter example, from its data by the calculators: (code,
# period, calculator, reference period or plan index, decimals, as written).
QUARTER_PERCENTAGES = [
    ("NN", Q2, "growth", LAST_Q2, "4,3%"),
    ("NN", H1, "growth", LAST_H1, "4,6%"),
    ("NN", H1, "attainment", 0, "49,2%"),
    ("RAU", Q2, "growth", LAST_Q2, "4,6%"),
    ("RAU", H1, "growth", LAST_H1, "-0,4%"),
    ("RAU", H1, "attainment", 0, "62,0%"),
    ("THU", Q2, "growth", LAST_Q2, "8,4%"),
    ("THU", H1, "growth", LAST_H1, "8,3%"),
    ("THU", H1, "attainment", 0, "59,8%"),
    ("THU", H1, "attainment", 1, "56,8%"),
    ("CHI", Q2, "growth", LAST_Q2, "6,1%"),
    ("CHI", H1, "growth", LAST_H1, "7,6%"),
    ("CHI", H1, "attainment", 0, "47,9%"),
]


@pytest.mark.parametrize(
    ("code", "period", "calculator", "reference", "written"),
    [pytest.param(*row, id=f"{row[0]}-{row[1]}-{row[2]}-{row[3]}") for row in QUARTER_PERCENTAGES],
)
def test_every_percentage_of_the_quarter_example_is_the_calculators(
    code, period, calculator, reference, written
):
    report = load_report(ROOT / QUARTER)
    item = report.item(code)
    value = item.series.value(period).value
    if calculator == "growth":
        percent = growth(value, item.series.value(reference).value)
    else:
        percent = attainment(value, item.plans[reference].target)
    assert percent.format(1) == written
    stated = written.removeprefix("-")
    assert f" {stated} " in report.render() or f" {stated}," in report.render()


def test_the_quarter_example_has_each_new_shape():
    report = load_report(ROOT / QUARTER)
    assert report.period == Quarter(2026, 2)
    nn = report.item("NN").series
    assert nn.value(Quarter(2026, 1)).period == Quarter(2026, 1)
    assert [str(plan) for plan in report.item("THU").plans] == [
        "dự toán tỉnh giao",
        "dự toán HĐND xã giao",
    ]
    assert report.item("NN").wording.connector == "so"
    assert report.item("CHI").wording.parentheses is True
    assert nn.value(Quarter(2025, 2)).value == 18610


@pytest.mark.parametrize(
    ("label", "period", "opening"),
    [
        ("quý I/2026", Quarter(2026, 1), "quý I/2026 thực hiện 4.250 triệu/15.200 triệu đồng"),
        ("quý II/2026", Quarter(2026, 2), "quý II/2026 ước thực hiện 4.840 triệu đồng"),
        ("6 tháng đầu năm 2026", Half(2026, 1), "6 tháng đầu năm 2026 ước thực hiện 9.090"),
        ("lũy kế 5 tháng năm 2026", YearToDate(2026, 5), "5 tháng đầu năm 2026 thực hiện 7.490"),
        ("tháng 5/2026", Month(2026, 5), "tháng 5 thực hiện 1.710 triệu đồng"),
    ],
)
def test_the_report_period_may_be_any_period(label, period, opening):
    report = loads_report(changed("6 tháng đầu năm 2026", label, HALF))
    assert report.period == period
    assert report.month == period  # the former name
    assert f"Tổng thu ngân sách xã {opening}" in report.render()


def test_a_year_report_with_last_years_figures_states_the_growth():
    text = changed('"6 tháng đầu năm 2026"', '"năm 2026"', HALF)
    text = changed(
        "figures.estimate = { 6 = 1600 }",
        'figures.estimate = { "6 tháng cuối năm 2026" = 9000 }',
        text,
    )
    text = changed(
        "6 = 1470 }", '6 = 1470 }\nfigures.2025.estimate = { "6 tháng cuối năm 2025" = 8000 }', text
    )
    text = changed(
        "{ 1 = 1420, 2 = 1180, 3 = 1650, 4 = 1530, 5 = 1710 }",
        '{ "5 tháng đầu năm 2026" = 7490, 6 = 1600 }',
        text,
    )
    assert loads_report(text).render() == (
        "- Tổng thu ngân sách xã năm 2026 ước thực hiện 18.090 triệu/15.200 triệu đồng, bằng "
        "119,0% dự toán tỉnh giao, tăng 10,4% so với cùng kỳ."
    )  # 18090 / 15200 = 119.01 %; 18090 / 16390 = 110.37 %


def test_month_stays_a_month_and_period_is_the_same_for_a_month():
    month = loads_report(changed('period = "6 tháng đầu năm 2026"', 'month = "tháng 6/2026"', HALF))
    period = loads_report(changed("6 tháng đầu năm 2026", "tháng 6/2026", HALF))
    assert month == period
    assert month.period == Month(2026, 6)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ('period = "quý I/2026"\nmonth = "tháng 3/2026"', "gives both period and month; give one"),
        ('title = "I."', 'has neither period nor month; give one: period = "quý I/2026"'),
    ],
)
def test_exactly_one_of_period_and_month(new, message):
    error = refused(changed('period = "6 tháng đầu năm 2026"', new, HALF))
    assert (error.key, error.value) == ("report", None)
    assert str(error).startswith(f"bad.toml: report: {message}")


def test_a_report_period_that_does_not_read():
    error = refused(changed("6 tháng đầu năm 2026", "quý V/2026", HALF))
    assert (error.key, error.value) == ("report.period", "quý V/2026")
    assert str(error).startswith('bad.toml: report.period = "quý V/2026": ')
    assert isinstance(error.__cause__, ParseError)


def test_a_report_month_that_is_a_quarter_points_to_period():
    error = refused(changed('period = "6 tháng đầu năm 2026"', 'month = "quý I/2026"', HALF))
    assert (error.key, error.value) == ("report.month", "quý I/2026")
    assert 'gives it as period = "quý I/2026"' in str(error)


# Figures for whole periods


def quarters(first: str, second: str = "6 = 1600") -> str:
    text = changed(
        "{ 1 = 1420, 2 = 1180, 3 = 1650, 4 = 1530, 5 = 1710 }", "{ " + first + " }", HALF
    )
    return changed("{ 6 = 1600 }", "{ " + second + " }", text)


def test_a_figure_for_a_quarter_counts_for_its_months():
    report = loads_report(quarters('"quý I/2026" = 4250, 4 = 1530, 5 = 1710'))
    series = report.item("THU").series
    assert series.value(YearToDate(2026, 6)).value == 9090
    assert series.value(Quarter(2026, 1)) == Figure(Quarter(2026, 1), 4250, "actual")
    assert report.render() == loads_report(HALF).render()


@pytest.mark.parametrize(
    ("first", "second", "key", "value", "message"),
    [
        ('"quý I/2026" = 4250, 3 = 1, 4 = 1530, 5 = 1710', "6 = 1600", "actual.3", 1,
         ('tháng 3/2026 overlaps the figure at indicators.THU.figures.actual."quý I/2026" = '
         "4250 (both hold tháng 3/2026)")),
        ('"quý I/2026" = 4250, "quý II/2026" = 4840', '"6 tháng đầu năm 2026" = 9090',
         'estimate."6 tháng đầu năm 2026"', 9090,
         '6 tháng đầu năm 2026 overlaps the figure at indicators.THU.figures.actual."quý I/2026"'),
        ('"quý I/2026" = 4250, 4 = 1530, 5 = 1710', '"tháng 6/2026" = 1600, 6 = 1',
         "estimate.6", "6", "month 6 is given twice; give it once"),
    ],
)  # fmt: skip
def test_overlapping_figures_are_refused_naming_both_keys(first, second, key, value, message):
    error = refused(quarters(first, second))
    assert (error.key, error.value) == (f"indicators.THU.figures.{key}", value)
    assert message in str(error)


@pytest.mark.parametrize(
    ("first", "key", "message"),
    [
        ('"quý I/2025" = 4250', '"quý I/2025"',
         ("quý I/2025 is not a period of 2026, the year of indicators.THU.figures.actual; give "
         "each year's figures in its own table (figures.2025.actual for 2025)")),
        ('"quý 5" = 4250', '"quý 5"',
         ("'quý 5' is not a month; write the month's number, 1 to 12 of 2026, or the label of a "
         "period of whole months of 2026 ('quý I/2026', '6 tháng đầu năm 2026'): ")),
        ('"từ 05/01/2026 đến 31/03/2026" = 4250', '"từ 05/01/2026 đến 31/03/2026"',
         "does not cover whole months"),
    ],
)  # fmt: skip
def test_a_figure_key_that_is_no_period_of_the_year(first, key, message):
    error = refused(quarters(first))
    assert error.key == f"indicators.THU.figures.actual.{key}"
    assert error.value == key.strip('"')
    assert message in str(error)


def test_a_whole_period_figure_that_the_report_would_split_is_refused():
    text = changed(
        "6 tháng đầu năm 2026",
        "tháng 5/2026",
        quarters('"quý II/2026" = 4840, 1 = 1420, 2 = 1180, 3 = 1650', "6 = 1"),
    )
    text = changed("6 = 1 }", "}", text)  # no June: the second quarter is one figure
    error = refused(text)
    assert (error.key, error.value) == ("indicators.THU.figures", 5)
    assert (
        "the report for tháng 5/2026 needs its own figure, and month 5 (tháng 5/2026) has "
        'only the one at indicators.THU.figures.actual."quý II/2026" = 4840, which reaches '
        "beyond it and cannot be split; give the figures of its months instead"
    ) in str(error)
    assert isinstance(error.__cause__, MissingFigureError)


def test_a_month_missing_from_a_quarter_report():
    error = refused(quarters('"quý I/2026" = 4250, 4 = 1530'))
    assert (error.key, error.value) == ("indicators.THU.figures", 5)
    assert (
        "no figure for month 5 (tháng 5/2026); the report for 6 tháng đầu năm 2026 needs one "
        "for every month from 1 to 6: add it to indicators.THU.figures.actual or .estimate"
    ) in str(error)


# Earlier years' figures


def test_last_years_figures_give_the_growth_against_the_same_period():
    assert loads_report(HALF).render() == (
        "- Tổng thu ngân sách xã 6 tháng đầu năm 2026 ước thực hiện 9.090 triệu/15.200 triệu "
        "đồng, bằng 59,8% dự toán tỉnh giao, tăng 8,3% so với cùng kỳ."
    )  # 9090 / 15200 = 59.80 %; 9090 / 8390 = 108.34 %
    without = changed("figures.2025.actual", "# figures.2025.actual", HALF)
    assert "cùng kỳ" not in loads_report(without).render()


def test_earlier_years_may_be_written_as_tables_and_be_negative():
    text = changed(
        "figures.2025.actual = { 1 = 1310, 2 = 1095, 3 = 1520, 4 = 1415, 5 = 1580, 6 = 1470 }",
        '[indicators.THU.figures.2025]\nactual = { "quý I/2025" = 3925 }\n'
        'estimate = { "quý II/2025" = -100 }\n'
        '[indicators.THU.figures.2024]\nactual = { "năm 2024" = 7000 }',
        HALF,
    )
    series = loads_report(text).item("THU").series
    assert series.value(YearToDate(2025, 6)) == Figure(YearToDate(2025, 6), 3825, "estimate")
    assert series.value(Year(2024)).value == 7000


@pytest.mark.parametrize(
    ("old", "new", "key", "value", "message"),
    [
        ("figures.2025.actual", "figures.2026.actual", "figures.2026", "2026",
         ("the figures of 2026 are not of a year before 2026, the report's; give 2026's in "
         "indicators.THU.figures.actual or .estimate")),
        ("figures.2025.actual", "figures.2027.actual", "figures.2027", "2027",
         "are not of a year before 2026"),
        ("figures.2025.actual", "figures.0000.actual", "figures.0000", "0000",
         "'0000' is not a report's year; write it as 2025"),
        ("figures.2025.actual", "figures.last.actual", "figures.last", "last",
         ("'last' is not a key of [indicators.THU.figures]; its keys are actual, estimate, and an "
         "earlier year's figures as a table of the year (figures.2025.actual)")),
        ("figures.2025.actual", "figures.2025.forecast", "figures.2025.forecast", "forecast",
         "its keys are actual, estimate"),
        ("figures.2025.actual = { 1 = 1310,", 'figures.2025.actual = { "tháng 1/2026" = 1310,',
         'figures.2025.actual."tháng 1/2026"', "tháng 1/2026", "is not a period of 2025"),
        ("figures.2025.actual = { 1 = 1310,", "figures.2025.actual = { 13 = 1310,",
         "figures.2025.actual.13", "13", "1 to 12 of 2025"),
        ("figures.2025.actual = { 1 = 1310,", 'figures.2025.actual = { 1 = "1.310,5,1",',
         "figures.2025.actual.1", "1.310,5,1", "is not a Vietnamese number"),
    ],
)  # fmt: skip
def test_a_wrong_earlier_year(old, new, key, value, message):
    error = refused(changed(old, new, HALF))
    assert (error.key, error.value) == (f"indicators.THU.{key}", value)
    assert message in str(error)


def test_last_years_figures_missing_a_month_of_the_same_period():
    error = refused(changed("5 = 1580, 6 = 1470", "6 = 1470", HALF))
    assert (error.key, error.value) == ("indicators.THU.figures.2025", 5)
    assert (
        "no figure for month 5 (tháng 5/2025); the file has other figures of 6 tháng đầu năm "
        "2025, and the sentence for 6 tháng đầu năm 2026 states the growth against it, which "
        "needs all of them: add it to indicators.THU.figures.2025.actual or .estimate"
    ) in str(error)
    # Without the growth, last year's figures are not needed whole.
    text = changed("5 = 1580, 6 = 1470", "6 = 1470", HALF) + "wording.same_period = false\n"
    assert "cùng kỳ" not in loads_report(text).render()


def test_a_growth_from_zero_is_refused_when_read_naming_the_indicator():
    text = changed(
        "{ 1 = 1310, 2 = 1095, 3 = 1520, 4 = 1415, 5 = 1580, 6 = 1470 }",
        "{ 1 = 0, 2 = 0, 3 = 0, 4 = 0, 5 = 0, 6 = 0 }",
        HALF,
    )
    error = refused(text)
    assert (error.key, error.value) == ("indicators.THU", None)
    assert (
        "bad.toml: indicators.THU: the sentence for 6 tháng đầu năm 2026 cannot be written: "
        in str(error)
    )
    assert isinstance(error.__cause__, ZeroBaseError)


# Several plans

TWO_PLANS = """\
[[indicators.THU.plan]]
target = 15200
kind = "dự toán"
words = "dự toán tỉnh giao"

[[indicators.THU.plan]]
target = 16000
kind = "dự toán"
words = "dự toán HĐND xã giao"
"""
ONE_PLAN = 'plan = { target = 15200, kind = "dự toán", words = "dự toán tỉnh giao" }\n'


def two_plans(extra: str = "", plans: str = TWO_PLANS) -> str:
    return changed(ONE_PLAN, "", HALF) + extra + plans


def test_several_plans_each_with_its_words():
    expected = (
        "- Tổng thu ngân sách xã 6 tháng đầu năm 2026 ước thực hiện 9.090 triệu/15.200 triệu "
        "đồng, đạt 59,8% dự toán tỉnh giao và 56,8% dự toán HĐND xã giao, tăng 8,3% so với "
        "cùng kỳ."
    )  # 9090 / 16000 = 56.81 %
    inline = changed(
        ONE_PLAN,
        'plan = [{ target = 15200, kind = "dự toán", words = "dự toán tỉnh giao" }, '
        '{ target = 16000, kind = "dự toán", words = "dự toán HĐND xã giao" }]\n'
        'wording.verb = "đạt"\n',
        HALF,
    )
    tables = two_plans('[indicators.THU.wording]\nverb = "đạt"\n')
    for text in (inline, tables):
        report = loads_report(text)
        assert report.render() == expected
        assert [plan.target for plan in report.item("THU").plans] == [15200, 16000]


def test_a_plan_in_an_array_of_one():
    text = changed(ONE_PLAN, "plan = [{ target = 15200 }]\n", HALF)
    item = loads_report(text).item("THU")
    assert item.plan == (Plan(item.indicator, 2026, 15200),)


@pytest.mark.parametrize(
    ("plans", "key", "value", "message"),
    [
        (TWO_PLANS.replace('words = "dự toán tỉnh giao"\n', "").replace(
            'words = "dự toán HĐND xã giao"\n', ""), "plan[1]",
         {"target": 16000, "kind": "dự toán"},
         "is named 'dự toán năm 2026' in a sentence, as indicators.THU.plan[0] is"),
        (TWO_PLANS.replace("dự toán HĐND xã giao", "dự toán tỉnh giao"), "plan[1]",
         {"target": 16000, "kind": "dự toán", "words": "dự toán tỉnh giao"},
         "as indicators.THU.plan[0] is; with several plans, give each its own words"),
        ("[indicators.THU]\n", "plan", [], "is an empty array; give a plan"),
        (TWO_PLANS.replace("target = 16000", "target = 0"), "plan[1].target", 0,
         "is not above zero"),
        (TWO_PLANS.replace('words = "dự toán tỉnh giao"', 'words = ""'), "plan[0].words", "",
         "is not text"),
        (TWO_PLANS.replace('words = "dự toán tỉnh giao"', 'word = "dự toán tỉnh giao"'),
         "plan[0].word", "word", "its keys are target, kind, adjusted, words; did you mean"),
    ],
)  # fmt: skip
def test_wrong_plans(plans, key, value, message):
    if plans == "[indicators.THU]\n":
        text = changed(ONE_PLAN, "plan = []\n", HALF)
    else:
        text = two_plans(plans=plans)
    error = refused(text)
    assert (error.key, error.value) == (f"indicators.THU.{key}", value)
    assert message in str(error)


def test_a_scenario_with_several_plans_leads_to_the_first():
    scenario = "scenario.cumulative = { 6 = 8000, 12 = 15200 }\n"
    text = two_plans(scenario)
    item = loads_report(text).item("THU")
    assert item.scenario.total == item.plans[0].target
    assert "56,8% dự toán HĐND xã giao, vượt kịch bản 13,6%," in loads_report(text).render()
    error = refused(two_plans(scenario.replace("15200", "16000")))
    assert (error.key, error.value) == ("indicators.THU.scenario.cumulative.12", 16000)
    assert (
        "the scenario adds up to 16000 for dự toán tỉnh giao, which is 15200; the difference "
        "is 800: a scenario leads to its plan's target; make month 12, the year's total, "
        "indicators.THU.plan[0].target = 15200"
    ) in str(error)
    percent = two_plans("scenario.cumulative_percent = { 6 = 50, 12 = 100 }\n")
    assert loads_report(percent).item("THU").scenario.target(YearToDate(2026, 6)) == 7600


def test_plan_words_with_several_plans_is_refused_at_its_key():
    error = refused(two_plans('wording.plan_words = "dự toán"\n'))
    assert (error.key, error.value) == ("indicators.THU.wording.plan_words", "dự toán")
    assert "names one plan, and 2 were given" in str(error)


# The wording of other reports: each field of Wording in a file

NEW_WORDING_FIELDS = [
    ("same_period", "false", False),
    ("growth_words", '"cùng kỳ năm trước"', "cùng kỳ năm trước"),
    ("growth_places", "2", 2),
    ("previous_period", "false", False),
    ("connector", '"so"', "so"),
    ("connector", '""', ""),
    ("scenario_comparison", '"attainment"', "attainment"),
    ("parentheses", "true", True),
    ("period_style", '"short"', "short"),
    ("verb", '"vượt"', "vượt"),
    ("verb", '"auto"', "auto"),
]


@pytest.mark.parametrize(("field", "written", "value"), NEW_WORDING_FIELDS)
def test_each_new_wording_field_is_read_with_its_toml_type(field, written, value):
    text = changed(ONE_PLAN, "", HALF)  # no attainment: any verb reads
    wording = loads_report(text + f"wording.{field} = {written}\n").item("THU").wording
    assert getattr(wording, field) == value


@pytest.mark.parametrize(
    ("field", "written", "message"),
    [
        ("same_period", '"false"', "is not true or false (without quotes)"),
        ("parentheses", "1", "is not true or false (without quotes)"),
        ("previous_period", '"yes"', "is not true or false"),
        ("growth_places", "true", "is not a whole number"),
        ("growth_places", "9", "is not a number of decimals"),
        ("growth_words", '""', "is not words"),
        ("connector", "false", "is not text"),
        ("connector", '"none"', "is not a connector; pass 'so với'"),
        ("scenario_comparison", '"ratio"', "is not a comparison"),
        ("period_style", '"long"', "is not a label style"),
    ],
)
def test_a_new_wording_field_of_the_wrong_type(field, written, message):
    error = refused(HALF + f"wording.{field} = {written}\n")
    assert error.key == f"indicators.THU.wording.{field}"
    assert message in str(error)


def test_no_connector_is_written_as_empty_text():
    text = HALF + 'wording.connector = ""\n'
    assert loads_report(text).render().endswith("tăng 8,3% cùng kỳ.")
    error = refused(HALF + 'wording.connector = "none"\n')
    assert (error.key, error.value) == ("indicators.THU.wording.connector", "none")
    assert str(error).endswith('; in a data file, none is connector = ""')


def test_the_new_wording_fields_shape_the_sentence():
    text = changed("6 tháng đầu năm 2026", "quý II/2026", HALF) + (
        '[indicators.THU.wording]\nconnector = "so"\nparentheses = true\ngrowth_places = 2\n'
        'growth_words = "cùng kỳ năm trước"\nperiod_style = "full"\n'
    )
    assert loads_report(text).render() == (
        "- Tổng thu ngân sách xã quý II/2026 ước thực hiện 4.840 triệu đồng (tăng 8,40% so "
        "cùng kỳ năm trước); 6 tháng đầu năm 2026 ước thực hiện 9.090 triệu/15.200 triệu đồng "
        "(bằng 59,8% dự toán tỉnh giao, tăng 8,34% so cùng kỳ năm trước)."
    )


def test_previous_period_for_a_period_without_one_is_refused_at_its_key():
    error = refused(HALF + "wording.previous_period = true\n")
    assert (error.key, error.value) == ("indicators.THU.wording.previous_period", True)
    assert "compares with the period before, and 6 tháng đầu năm 2026 has none" in str(error)


def test_previous_period_of_a_quarter_from_the_file():
    text = changed("6 tháng đầu năm 2026", "quý II/2026", HALF) + "wording.previous_period = true\n"
    assert "tăng 13,9% so với quý trước" in loads_report(text).render()  # 4840 / 4250


def test_a_verb_the_figures_cannot_take_is_refused_at_its_key():
    error = refused(HALF + 'wording.verb = "vượt"\n')  # 59,8 % is no excess over the plan
    assert (error.key, error.value) == ("indicators.THU.wording.verb", "vượt")
    assert "verb='vượt' writes the excess over 100%" in str(error)


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("từ 05/01/2026 đến 31/03/2026", "does not cover whole months"),
        ("từ 01/12/2025 đến 31/01/2026", "which spans 2025 and 2026; a report's period is within"),
    ],
)
def test_a_report_period_of_part_months_or_two_years(label, message):
    error = refused(changed("6 tháng đầu năm 2026", label, HALF))
    assert (error.key, error.value) == ("report.period", label)
    assert message in str(error)


def test_the_latest_wording_fields_are_read_with_their_types():
    wording = 'verb = "đạt"\nmonth_padding = "padded"\nplan_first = true\nconnector = "so"\n'
    text = changed('verb = "bằng"\n', wording)
    sentence = loads_report(text).item("NLTS").render(Month(2026, 4))
    assert sentence.startswith("Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 04 ")
    assert "135.800 triệu đồng, so kế hoạch năm 2026 đạt 37,2%, vượt 0,8% so kịch bản." in sentence
    error = refused(changed('verb = "bằng"\n', 'month_padding = "zero"\n'))
    assert error.key == "indicators.NLTS.wording.month_padding"


def test_an_approximate_figure_keeps_its_word():
    text = changed("estimate = { 4 = 12250 }", 'estimate = { 4 = "hơn 12.250" }')
    item = loads_report(text).item("NLTS")
    assert item.series.value(Month(2026, 4)).qualifier == "hơn"
    sentence = item.render(Month(2026, 4))
    assert "tháng 4 ước thực hiện hơn 12.250 triệu đồng, vượt kịch bản hơn 2,5%" in sentence
    assert "lũy kế 4 tháng ước thực hiện hơn 50.520 triệu/135.800 triệu đồng" in sentence
    error = refused(changed("estimate = { 4 = 12250 }", 'estimate = { 4 = "hơn 0.5" }'))
    assert error.key == "indicators.NLTS.figures.estimate.4"


def test_the_order_of_the_phrases_is_an_array():
    order = 'verb = "bằng"\norder = ["same_period", "scenario", "plan", "previous"]\n'
    item = loads_report(changed('verb = "bằng"\n', order)).item("NLTS")
    assert item.wording.order == ("same_period", "scenario", "plan", "previous")
    error = refused(changed('verb = "bằng"\n', 'order = "plan"\n'))
    assert error.key == "indicators.NLTS.wording.order"
    assert "an array of names" in str(error)


def test_errors_of_the_latest_shapes_name_the_file_and_key():
    early = changed(
        "estimate = { 4 = 12250 }",
        "estimate = { 4 = 12250 }\n[indicators.NLTS.figures.0999]\nactual = { 1 = 5 }",
    )
    assert refused(early).key == "indicators.NLTS.figures.0999"
    mixed = changed(
        "actual = { 1 = 12400, 2 = 12620, 3 = 13250 }",
        'actual = { 1 = "hơn 12400", 2 = "khoảng 12620", 3 = 13250 }',
    )
    error = refused(mixed)
    assert error.key == "indicators.NLTS.figures"
    assert "no single approximate figure" in str(error)
