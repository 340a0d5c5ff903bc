"""Report data files: the seed's section B.I read and written word for word, and bad data."""

from __future__ import annotations

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
