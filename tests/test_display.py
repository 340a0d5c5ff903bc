"""What a notebook shows: one-line reprs, and HTML tables written by the library itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao_kt import (
    Figure,
    Indicator,
    Month,
    Plan,
    Quantity,
    Report,
    Scenario,
    Section,
    SectionItem,
    Series,
    audit_text,
    load_report,
)

ROOT = Path(__file__).parents[1]
# The example reports (seed_figures.toml holds figures only, not a report).
EXAMPLES = sorted(
    set((ROOT / "examples").glob("*.toml")) - {ROOT / "examples" / "seed_figures.toml"}
)
NN = Indicator("NN", "Giá trị sản phẩm <nông> & nghiệp", "triệu đồng")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_a_report_and_its_parts_have_one_line_reprs(path):
    report = load_report(path)
    shown = [report, *report.sections, *report.items]
    for item in report.items:
        shown += [item.indicator, item.series, *item.plans]
        if item.scenario is not None:
            shown.append(item.scenario)
    for value in shown:
        text = repr(value)
        assert "\n" not in text
        assert len(text) < 200, text
    assert repr(report).startswith(f"<Report {report.period.label()}")


def test_an_indicators_repr_is_the_call_that_makes_it():
    rate = Indicator("R", "Tỷ lệ", "%", aggregation="last", direction="lower", places=2)
    for indicator in (NN, rate):
        assert eval(repr(indicator), {"Indicator": Indicator}) == indicator  # noqa: S307
    assert repr(NN) == "Indicator('NN', 'Giá trị sản phẩm <nông> & nghiệp', 'triệu đồng')"


def test_model_reprs_name_what_a_reader_looks_for():
    series = Series(NN, [Figure(Month(2026, m), 9000) for m in (1, 2, 3)])
    assert repr(series) == "<Series NN: 3 figures, tháng 01/2026 to tháng 3/2026>"
    assert repr(Series(NN, [])) == "<Series NN: 0 figures>"
    assert repr(Plan(NN, 2026, 135800, kind="dự toán")) == (
        "<Plan NN: dự toán năm 2026, 135.800 triệu đồng>"
    )
    scenario = Scenario.quarterly(NN, 2026, [1, 2, 3, 4])
    assert repr(scenario) == "<Scenario NN 2026: 4 checkpoints, total 10 triệu đồng>"


def _report():
    figures = [
        Figure(Month(2026, m), 12250, "estimate" if m == 4 else "actual") for m in (1, 2, 3, 4)
    ]
    series = Series(NN, figures)
    item = SectionItem(indicator=NN, series=series, plan=Plan(NN, 2026, 135800))
    return Report(period=Month(2026, 4), sections=[Section(heading="1. Nông nghiệp", items=[item])])


def test_a_reports_table_holds_the_figures_as_its_sentences_write_them():
    table = _report()._repr_html_()
    assert table.startswith("<table><caption>tháng 4/2026</caption>")
    for cell in (
        ">12.250 (ước)</td>",  # the month, an estimate
        ">49.000 (ước)</td>",  # 4 months
        ">135.800</td>",
        ">36,1%</td>",  # 49.000 / 135.800, at the indicator's places
        ">4 tháng đầu năm 2026</th>",
        '<td style="text-align:left">1. Nông nghiệp</td>',  # a heading is words
    ):
        assert cell in table
    assert "&lt;nông&gt; &amp; nghiệp" in table  # escaped


def test_a_table_shows_a_dash_where_a_figure_cannot_be_made():
    series = Series(NN, [Figure(Month(2026, 1), 100)])  # no April
    item = SectionItem(indicator=NN, series=series, plan=Plan(NN, 2026, 0))
    report = Report(period=Month(2026, 4), sections=[Section(items=[item])])
    table = report._repr_html_()
    assert table.count('<td style="text-align:right">—</td>') == 3  # month, cumulative, %
    report = Report(period=Month(2026, 1), sections=[Section(items=[item])])
    assert '<td style="text-align:right">n.a.</td>' in report._repr_html_()  # plan of 0


def test_a_series_and_a_section_and_an_audit_render_as_tables():
    approximate = Figure(Month(2026, 2), 2100, qualifier="hơn")
    series = Series(NN, [Figure(Month(2026, 1), 5), approximate])
    table = series._repr_html_()
    assert ">hơn 2.100</td>" in table
    assert ">thực hiện</td>" in table
    assert "tháng 4/2026" in _report().sections[0]._repr_html_()
    audit = audit_text("103.700/351.147 triệu đồng, bằng 29,04%")
    assert repr(audit).startswith("<Audit: 1 error(s)")
    assert ">29,53%</td>" in audit._repr_html_()


def test_a_quantitys_repr_stays_the_call_that_makes_it():
    quantity = Quantity("5108.711", "triệu đồng", qualifier="hơn")
    assert eval(repr(quantity), {"Quantity": Quantity}) == quantity  # noqa: S307


def test_option_objects_show_only_what_differs_from_the_defaults():
    from baocao_kt import Wording, WorkbookColumn, read_workbook  # noqa: PLC0415

    assert repr(Wording()) == "Wording()"
    wording = Wording(
        verb="đạt", attainment_places=2, order=("plan", "scenario", "previous", "same_period")
    )
    assert eval(repr(wording), {"Wording": Wording}) == wording  # noqa: S307
    column = WorkbookColumn(column="D", role="plan", header="Kế hoạch năm 2026")
    assert repr(column) == "WorkbookColumn(column='D', role='plan', header='Kế hoạch năm 2026')"
    reading = read_workbook(ROOT / "examples" / "phu_lien_2026_04.xlsx")
    assert repr(reading) == (
        "<WorkbookReading tháng 4/2026: 12 indicators, 2 cell(s) read from text, "
        "19 stated percent(s), 1 disagreeing>"
    )
