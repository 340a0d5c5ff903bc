"""Workbooks: a ward's .xlsx read into a report, exactly, and a report written back."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import attrs
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baocao_kt import (
    Figure,
    Indicator,
    Month,
    Plan,
    Report,
    ReportDataError,
    Scenario,
    Section,
    SectionItem,
    Series,
    WorkbookColumn,
    WorkbookLayout,
    YearToDate,
    format_number,
    load_report,
    load_workbook,
    read_workbook,
    write_workbook,
)
from baocao_kt._edges._cli import main

from .strategies import decimals_with_places

ROOT = Path(__file__).parents[1]
EXAMPLE = ROOT / "examples" / "phu_lien_2026_04.xlsx"
TN = "triệu đồng"


def build(path, rows, *, merges=(), formats=None, formulas=None):
    """Write ``rows`` (lists of cell values, from row 1) to a one-sheet workbook."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Biểu"
    for values in rows:
        sheet.append(list(values))
    for cells in merges:
        sheet.merge_cells(cells)
    for cell, code in (formats or {}).items():
        sheet[cell].number_format = code
    for cell, formula in (formulas or {}).items():
        sheet[cell] = formula
    book.save(path)
    return path


def with_cached_values(path, values):
    """Give formula cells of ``path`` the cached values Excel would have saved."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for cell, value in values.items():
        sheet, count = re.subn(
            rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(?:</v>)?', rf"\1\2<v>{value}</v>", sheet
        )
        assert count == 1, sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


TITLE = [["UBND XÃ AN BÌNH"], ["BÁO CÁO KINH TẾ - XÃ HỘI"], ["Tháng 4 năm 2026"], []]
TWO_ROW_HEADER = [
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện", None, None, None,
     "Lũy kế 4 tháng", "So sánh (%)"],
    [None, None, None, None, "Tháng 1", "Tháng 2", "Tháng 3", "Ước tháng 4", None,
     "Lũy kế so KH"],
]  # fmt: skip
TWO_ROW_MERGES = ("A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:H5", "I5:I6")


def two_row(tmp_path, data, **options):
    rows = [*TITLE, *TWO_ROW_HEADER, *data]
    return build(tmp_path / "two.xlsx", rows, merges=TWO_ROW_MERGES, **options)


AGRICULTURE = ["1", "Giá trị sản xuất nông nghiệp", TN, 48000, "5.108,711", 4000.5, 0.1, "4.200",
               13309.311, 27.7]  # fmt: skip


def test_the_example_workbook_is_read_as_the_seed_states_it():
    reading = read_workbook(EXAMPLE)
    report = reading.report
    assert report.period == Month(2026, 4)
    assert report.title == "I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ"
    codes = [item.indicator.code for item in report.items]
    assert codes == ["1", "2", "3", "4", *(f"4.{n}" for n in range(1, 8)), "5"]
    revenue = report.item("4")
    assert revenue.series.value(YearToDate(2026, 4)).value == Decimal(119456)
    assert revenue.series.value(Month(2026, 4)) == Figure(Month(2026, 4), 22000, "estimate")
    assert revenue.plan == Plan(
        revenue.indicator,
        2026,
        357450,
        kind="dự toán",
        words="dự toán Hội đồng nhân dân thành phố và phường giao",
    )
    assert revenue.scenario.checkpoints == ((4, Decimal(90256)), (12, Decimal(357450)))
    expected = load_report(ROOT / "examples" / "phu_lien_2026_04.toml")
    for code, seed in (("1", "NLTS"), ("2", "CNXD"), ("3", "DV")):
        assert report.item(code).render(report.period) == expected.item(seed).render(report.period)
    assert reading.notes == (("A23", "Ghi chú: số liệu tháng 4 là số ước thực hiện."),)


def test_the_example_workbook_states_the_seeds_wrong_spending_attainment():
    reading = read_workbook(EXAMPLE)
    assert len(reading.stated) == 19
    (wrong,) = reading.disagreements
    assert (wrong.sheet, wrong.cell, wrong.code, wrong.compares) == ("Biểu 01", "K21", "5", "plan")
    assert (wrong.stated, wrong.places, wrong.computed.format(2)) == (Decimal("29.04"), 2, "29,53%")


def test_a_two_row_merged_header_with_months_and_text_numbers(tmp_path):
    path = two_row(tmp_path, [AGRICULTURE], formats={"J7": "0.0"})
    reading = read_workbook(path)
    (item,) = reading.report.items
    assert [(f.period, f.value, f.status) for f in item.series.figures] == [
        (Month(2026, 1), Decimal("5108.711"), "actual"),
        (Month(2026, 2), Decimal("4000.5"), "actual"),
        (Month(2026, 3), Decimal("0.1"), "actual"),  # a float 0.1 is 0,1, not its binary noise
        (Month(2026, 4), Decimal(4200), "estimate"),
    ]
    assert [(c.cell, c.text, c.value) for c in reading.coerced] == [
        ("E7", "5.108,711", Decimal("5108.711")),
        ("H7", "4.200", Decimal(4200)),
    ]
    (stated,) = reading.stated
    assert (stated.stated, stated.places, stated.agrees) == (Decimal("27.7"), 1, True)
    assert reading.layout.header_rows == (5, 6)
    assert reading.layout.title_row == 2
    assert reading.report.title == "BÁO CÁO KINH TẾ - XÃ HỘI"


def test_roman_sections_trong_do_parts_blank_and_note_rows(tmp_path):
    path = two_row(
        tmp_path,
        [
            ["I", "KINH TẾ"],
            AGRICULTURE,
            [None, "Trong đó:"],
            ["-", "Trồng trọt", TN, None, 100, 100, 100, 100, 400],
            ["-", "Chăn nuôi", TN, None, "(10)", 20, 30, "-", None],
            [],
            ["II", "THU NGÂN SÁCH"],
            ["1", "Thu ngân sách trên địa bàn", TN, 1000, 10, 20, 30, 40, 100],
            ["Ghi chú: số liệu tháng 4 là số ước."],
        ],
    )
    with pytest.raises(ReportDataError) as caught:
        read_workbook(path)  # the part without an April figure makes no sentence
    assert "row 11 (Chăn nuôi)" in str(caught.value)
    book = openpyxl.load_workbook(path)
    book.active["H11"] = 5
    book.save(path)
    reading = read_workbook(path)
    report = reading.report
    assert [s.heading for s in report.sections] == ["I. KINH TẾ", "II. THU NGÂN SÁCH"]
    assert [i.indicator.code for i in report.items] == ["I.1", "I.1.1", "I.1.2", "II.1"]
    livestock = report.item("I.1.2").series
    assert livestock.value(Month(2026, 1)).value == Decimal(-10)  # "(10)" is −10
    assert livestock.value(YearToDate(2026, 4)).value == Decimal(45)
    assert reading.notes == (("A15", "Ghi chú: số liệu tháng 4 là số ước."),)


def test_a_three_row_header_with_last_years_figures(tmp_path):
    header = [
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện", None, None, None, None, None],
        [None, None, None, "Năm 2026", None, None, "Cùng kỳ năm 2025", None, "Ghi chú"],
        [None, None, None, "Thực hiện 3 tháng", "Ước tháng 4", "Lũy kế 4 tháng", "Tháng 4",
         "Lũy kế 4 tháng", None],
        ["A", "B", "C", "1", "2", "3", "4", "5", "6"],
        ["1", "Doanh thu dịch vụ", TN, 900, 310, 1210, 300, 1150, "ước"],
    ]  # fmt: skip
    merges = ("A1:A3", "B1:B3", "C1:C3", "D1:H1", "D2:F2", "G2:H2", "I2:I3")
    reading = read_workbook(build(tmp_path / "three.xlsx", header, merges=merges))
    assert reading.layout.header_rows == (1, 2, 3)
    assert reading.layout.first_row == 5
    assert reading.report.period == Month(2026, 4)
    (item,) = reading.report.items
    series = item.series
    assert series.value(YearToDate(2025, 4)).value == Decimal(1150)
    assert series.value(Month(2025, 4)).value == Decimal(300)
    assert series.value(YearToDate(2026, 4)) == Figure(YearToDate(2026, 4), 1210, "estimate")
    sentence = item.render(Month(2026, 4))
    assert "310 triệu đồng, tăng 3,3% so với cùng kỳ" in sentence  # 310 ÷ 300
    assert "1.210 triệu đồng, tăng 5,2% so với cùng kỳ" in sentence  # 1.210 ÷ 1.150


def test_a_formula_with_its_saved_result_is_read(tmp_path):
    path = two_row(tmp_path, [AGRICULTURE], formulas={"I7": "=SUM(E7:H7)", "J7": "=I7/D7*100"})
    with_cached_values(path, {"I7": "13309.311", "J7": "27.727731249999998"})
    reading = read_workbook(path)
    (stated,) = reading.stated
    assert stated.stated == Decimal("27.727731249999998")
    assert stated.places is None
    assert stated.agrees is True  # compared at 6 decimals: a formula's unrounded result


def test_a_formula_without_a_saved_result_says_to_save_the_workbook(tmp_path):
    path = two_row(tmp_path, [AGRICULTURE], formulas={"I7": "=SUM(E7:H7)"})
    with pytest.raises(ReportDataError) as caught:
        read_workbook(path)
    message = str(caught.value)
    assert "sheet 'Biểu', cell I7 (column 'Lũy kế 4 tháng'): '=SUM(E7:H7)'" in message
    assert "save it once" in message
    assert caught.value.key == "Biểu!I7"


def test_a_percentage_shown_with_a_percent_format_is_times_100(tmp_path):
    row = [*AGRICULTURE[:9], 0.277]
    path = two_row(tmp_path, [row], formats={"J7": "0.0%"})
    (stated,) = read_workbook(path).stated
    assert (stated.stated, stated.places, stated.agrees) == (Decimal("27.7"), 1, True)


@pytest.mark.parametrize(
    ("cell", "value", "expected"),
    [
        ("F7", "12.250.5", "cell F7 (column 'Thực hiện Tháng 2'): '12.250.5' is not a number"),
        ("F7", "7.2", "did you mean '7,2'?"),
        ("G7", True, "cell G7 (column 'Thực hiện Tháng 3'): True is no number"),
        ("E7", "#DIV/0!", "'#DIV/0!' is an Excel error value"),
        ("C7", None, "cell C7 (column 'ĐVT'): None is empty; give the unit"),
        ("C7", "con voi", "cell C7 (column 'ĐVT'): 'con voi' is not a unit"),
        ("K7", 5, "cell K7: 5 is in a column the layout does not name"),
    ],
)
def test_a_cell_that_cannot_be_read_names_sheet_cell_value_and_header(
    tmp_path, cell, value, expected
):
    path = two_row(tmp_path, [AGRICULTURE])
    book = openpyxl.load_workbook(path)
    book.active[cell] = value
    book.save(path)
    with pytest.raises(ReportDataError) as caught:
        read_workbook(path)
    assert str(caught.value).startswith(f"{path}: sheet 'Biểu', ")
    assert expected in str(caught.value)


def test_a_date_in_a_figure_cell_is_refused(tmp_path):
    path = two_row(tmp_path, [AGRICULTURE])
    book = openpyxl.load_workbook(path)
    book.active["F7"] = Month(2026, 2).start
    book.save(path)
    with pytest.raises(ReportDataError, match=r"cell F7 .*is a date; a figure is a number"):
        read_workbook(path)


def test_a_cumulative_that_is_not_the_sum_of_its_months_is_refused(tmp_path):
    row = [*AGRICULTURE[:8], 13000, None]
    with pytest.raises(ReportDataError, match=r"cell I7 .* is not the sum .* 13309.311"):
        read_workbook(two_row(tmp_path, [row]))


def test_a_sheet_without_a_header_asks_for_a_layout(tmp_path):
    path = build(tmp_path / "x.xlsx", [["Số liệu"], [1, 2, 3]])
    with pytest.raises(ReportDataError, match=r"no header.*describe the sheet with a Workbook"):
        read_workbook(path)
    with pytest.raises(ReportDataError, match=r"no sheet 'Khác'; its sheets are 'Biểu'"):
        read_workbook(path, sheet="Khác")


def test_a_layout_written_by_hand_reads_a_sheet_without_header_words(tmp_path):
    rows = [["Tên", "Đơn vị đo", "Tháng này", "Từ đầu năm"], ["Doanh thu", TN, 10, 30]]
    path = build(tmp_path / "own.xlsx", rows)
    layout = WorkbookLayout(
        period=Month(2026, 3),
        first_row=2,
        columns=[
            WorkbookColumn(column="A", role="name"),
            WorkbookColumn(column="B", role="unit"),
            WorkbookColumn(column="C", role="figure", period=Month(2026, 3), status="estimate"),
            WorkbookColumn(column="D", role="figure", period=YearToDate(2026, 3)),
        ],
    )
    report = load_workbook(path, layout=layout)
    assert report.item("1").series.value(YearToDate(2026, 2)).value == Decimal(20)


def _report(values, qualifier=None):
    """A report made in code, its wording the default, of figures ``values`` by month."""
    one = Indicator("A1", "Giá trị sản xuất công nghiệp", TN, places=2)
    two = Indicator("B2", "Số hộ được hỗ trợ", "hộ")
    plan = Plan(one, 2026, 100000)
    months = [Figure(Month(2026, m), v, "estimate" if m == 4 else "actual")
              for m, v in enumerate(values, start=1)]  # fmt: skip
    last_year = [Figure(Month(2025, m), 500 + m) for m in range(1, 5)]
    scenario = Scenario.from_cumulative(one, 2026, {3: 30000, 4: 41000, 12: 100000})
    others = [Figure(Month(2026, m), 10 * m, qualifier=qualifier if m == 2 else None)
              for m in range(1, 5)]  # fmt: skip
    return Report(
        period=Month(2026, 4),
        title="BÁO CÁO THỬ",
        sections=[
            Section(
                heading="1. Công nghiệp",
                items=[
                    SectionItem(
                        indicator=one,
                        series=Series(one, [*months, *last_year]),
                        plan=(plan, Plan(one, 2026, 90000, kind="dự toán", words="dự toán giao")),
                        scenario=scenario,
                    )
                ],
            ),
            Section(
                heading="2. Xã hội", items=[SectionItem(indicator=two, series=Series(two, others))]
            ),
        ],
    )  # fmt: skip


def test_a_report_written_reads_back_as_the_same_report(tmp_path):
    report = _report([10000, 10500.25, 9000, "11000.125"], qualifier="hơn")
    write_workbook(report, tmp_path / "out.xlsx")
    again = load_workbook(tmp_path / "out.xlsx")
    assert attrs.evolve(again, source=None) == report
    assert again.render() == report.render()


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(decimals_with_places(3).filter(lambda d: d > 0), min_size=4, max_size=4))
def test_any_figures_written_read_back_exactly(tmp_path, values):
    report = _report(values)
    write_workbook(report, tmp_path / "any.xlsx")
    again = load_workbook(tmp_path / "any.xlsx")
    assert again.items[0].series == report.items[0].series


def test_the_seeds_report_written_reads_back_with_its_figures_and_sentences(tmp_path):
    report = load_report(ROOT / "examples" / "phu_lien_2026_04.toml")
    write_workbook(report, tmp_path / "seed.xlsx")
    again = load_workbook(tmp_path / "seed.xlsx")
    assert (again.title, again.period) == (report.title, report.period)
    assert [s.heading for s in again.sections] == [s.heading for s in report.sections]
    for mine, theirs in zip(again.items, report.items, strict=True):
        assert mine.series.figures == theirs.series.figures
        assert [(p.target, str(p)) for p in mine.plans] == [
            (p.target, str(p)) for p in theirs.plans
        ]
        assert getattr(mine.scenario, "checkpoints", None) == getattr(
            theirs.scenario, "checkpoints", None
        )
    for code in ("NLTS", "CNXD", "DV"):  # their wording is in the decimals alone
        assert again.item(code).render(report.period) == report.item(code).render(report.period)


def test_the_written_sheet_is_what_a_ward_sends(tmp_path):
    write_workbook(load_report(ROOT / "examples" / "phu_lien_2026_04.toml"), tmp_path / "s.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert sheet["A1"].value == "I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ"
    assert sheet["A2"].value == "Tháng 4/2026"
    assert "A4:A5" in {str(r) for r in sheet.merged_cells.ranges}  # a two-row header
    rows = {sheet.cell(r, 2).value: r for r in range(6, sheet.max_row + 1)}
    headers = {sheet.cell(5, c).value or sheet.cell(4, c).value: c for c in range(1, 19)}
    nlts = rows["NLTS"]
    ytd = sheet.cell(nlts, headers["Lũy kế 4 tháng"])
    assert (ytd.value, ytd.number_format) == (50520, "#,##0")
    attainment = sheet.cell(nlts, headers["Lũy kế 4 tháng so với kế hoạch"])
    assert (attainment.value, attainment.number_format) == (37.2, "0.0")
    month = sheet.cell(rows["CNXD"], headers["Tháng 4 vượt (+), hụt (-) kịch bản"])
    assert (month.value, month.number_format) == (16, "0")


def test_render_reads_a_workbook_like_a_data_file(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["render", "examples/phu_lien_2026_04.xlsx"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert err == ""
    assert lines[0] == "I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ"
    assert lines[2].startswith("- Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4")
    assert lines[-1].endswith("bằng 29,53% dự toán Hội đồng nhân dân thành phố và phường giao.")


def test_render_names_the_cell_of_a_bad_workbook(capsys, tmp_path):
    path = two_row(tmp_path, [[*AGRICULTURE[:4], "1.5", *AGRICULTURE[5:]]])
    assert main(["render", str(path)]) == 1  # the data is wrong
    _, err = capsys.readouterr()
    assert "sheet 'Biểu', cell E7 (column 'Thực hiện Tháng 1'): '1.5' is not a number" in err


def test_the_example_is_what_its_script_makes(tmp_path):
    import importlib.util  # noqa: PLC0415 - the example script, loaded as a module here

    spec = importlib.util.spec_from_file_location(
        "make_workbook", ROOT / "examples" / "make_workbook.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    made = read_workbook(script.make(tmp_path / "made.xlsx"))
    shipped = read_workbook(EXAMPLE)
    assert attrs.evolve(made.report, source=None) == attrs.evolve(shipped.report, source=None)
    assert made.stated == shipped.stated


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    # at most 15 significant digits: what a cell's float (and Excel) holds exactly
    st.lists(
        decimals_with_places(3).filter(lambda d: len(d.as_tuple().digits) <= 15),
        min_size=4,
        max_size=4,
    ),
    st.booleans(),
)
def test_figures_typed_as_text_or_numbers_are_read_exactly(tmp_path, values, as_text):
    cells = [format_number(v) if as_text else float(v) for v in values]
    row = ["1", "Doanh thu", TN, None, *cells, None, None]
    reading = read_workbook(two_row(tmp_path, [row]))
    (item,) = reading.report.items
    assert [f.value for f in item.series.figures] == values
    assert len(reading.coerced) == (4 if as_text else 0)


def test_the_period_is_the_title_blocks_not_the_signing_date(tmp_path):
    title = [["Xã An Bình, ngày 05 tháng 5 năm 2026"], ["BÁO CÁO SỐ LIỆU THÁNG 4 NĂM 2026"], []]
    rows = [*title, *TWO_ROW_HEADER, AGRICULTURE]
    merges = [cells.replace("5", "4").replace("6", "5") for cells in TWO_ROW_MERGES]
    reading = read_workbook(build(tmp_path / "signed.xlsx", rows, merges=merges))
    assert reading.report.period == Month(2026, 4)
    assert reading.report.title is None
