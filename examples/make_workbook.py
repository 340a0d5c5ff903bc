"""Write ``examples/phu_lien_2026_04.xlsx``: the seed's B.I figures as a ward's workbook.

Run ``python examples/make_workbook.py`` to make it again. The sheet is laid out as a
ward's monthly *biểu* is: a title block, a two-row merged header (*Kịch bản | tháng 4,
lũy kế 4 tháng*, *Ước thực hiện | …*, *So sánh (%) | …*), a row numbering the columns,
STT, *Trong đó:* sub-rows, a note row. It has what real ones have too: one figure typed
as text (``"22.000"``), a dash for no figure, and the seed's own percentages, including
its wrong one (29,04% for 103.700 ÷ 351.147, which is 29,53%).

From the seed: names, units, plans, April's estimates, the four-month totals, the stated
percentages and the revenue footnote's parts (but its *Thu tiền thuê đất*, which gives no
April figure: a month's report needs one). Illustrative: the scenarios' amounts, chosen
so that the seed's variances come out (as in ``phu_lien_2026_04.toml``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

PATH = Path(__file__).with_name("phu_lien_2026_04.xlsx")
TN = "triệu đồng"
# STT, name, plan (kế hoạch), budget estimate (dự toán), scenario: April and four months,
# April's estimate and four months, stated: April ÷ scenario, four months ÷ plan, four
# months ÷ scenario (%), and the decimals each is shown with.
ROWS: list[tuple[object, ...]] = [
    ("1", "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản", 135800, None,
     11950, 50120, 12250, 50520, (102.5, 1), (37.2, 1), (100.8, 1)),
    ("2", "Giá trị sản phẩm ngành công nghiệp - xây dựng", 2810000, None,
     237371, 911061, 275350, 978206, (116, 0), (34.8, 1), (107.37, 2)),
    ("3", "Giá trị sản phẩm ngành dịch vụ", 2130000, None,
     160553, 725584, 187847, 761428, (117, 0), (35.75, 2), (104.94, 2)),
    ("4", "Tổng thu ngân sách nhà nước trên địa bàn theo phân cấp nguồn thu", None, 357450,
     "-", 90256, "22.000", 119456, None, (33.4, 1), (132.35, 2)),
    (None, "Trong đó:"),
    ("-", "Thu từ khu vực kinh tế ngoài quốc doanh", None, 137395,
     None, None, 14187, 76348, None, (55.6, 1), None),
    ("-", "Lệ phí trước bạ", None, 35500, None, None, 1829, 10766, None, (30.3, 1), None),
    ("-", "Thu phí, lệ phí", None, 2000, None, None, 18, 94, None, (4.7, 1), None),
    ("-", "Thuế sử dụng đất phi nông nghiệp", None, 6350, None, None, 12, 131, None, (2, 0), None),
    ("-", "Thu tiền sử dụng đất", None, 158670, None, None, 5895, 31829, None, (20, 0), None),
    ("-", "Thu khác ngoài ngân sách", None, 50, None, None, 20, 102, None, (204, 0), None),
    ("-", "Thu từ quỹ đất công ích, hoa lợi công sản khác", None, 600,
     None, None, 40, 164, None, (27.3, 1), None),
    ("5", "Tổng chi ngân sách", None, 351147, None, None, 20000, 103700,
     None, (29.04, 2), None),
]  # fmt: skip
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def make(path: Path = PATH) -> Path:
    """Write the workbook at ``path``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # noqa: S101 - a new workbook has one sheet
    sheet.title = "Biểu 01"
    for cells, text, bold in (
        ("A1:D1", "ỦY BAN NHÂN DÂN PHƯỜNG PHÙ LIỄN", True),
        ("A2:M2", "I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ", True),
        ("A3:M3", "Tháng 4 năm 2026", False),
        ("A4:M4", "(Kèm theo Báo cáo số     /BC-UBND ngày    tháng 4 năm 2026)", False),
    ):  # fmt: skip
        sheet.merge_cells(cells)
        first = sheet[cells.split(":")[0]]
        first.value, first.font = text, Font(bold=bold, italic=not bold)
        first.alignment = Alignment(horizontal="center")
    header = {
        "A6:A7": "STT", "B6:B7": "Chỉ tiêu", "C6:C7": "ĐVT", "D6:D7": "Kế hoạch năm 2026",
        "E6:E7": "Dự toán Hội đồng nhân dân thành phố và phường giao",
        "F6:G6": "Kịch bản", "F7": "Tháng 4", "G7": "Lũy kế 4 tháng",
        "H6:I6": "Ước thực hiện", "H7": "Tháng 4", "I7": "Lũy kế 4 tháng",
        "J6:L6": "So sánh (%)", "J7": "Tháng 4 so với kịch bản",
        "K7": "Lũy kế so với kế hoạch, dự toán", "L7": "Lũy kế so với kịch bản",
        "M6:M7": "Ghi chú",
    }  # fmt: skip
    for cells, text in header.items():
        if ":" in cells:
            sheet.merge_cells(cells)
        first = sheet[cells.split(":")[0]]
        first.value, first.font = text, Font(bold=True)
        first.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for column, label in zip("ABCDEFGHIJKLM", [*"ABC", *map(str, range(1, 11))], strict=True):
        sheet[f"{column}8"] = f"({label})"
    row = 9
    for values in ROWS:
        _row(sheet, row, values)
        row += 1
    sheet.cell(row + 1, 1, "Ghi chú: số liệu tháng 4 là số ước thực hiện.")
    for width, column in zip((5, 48, 11, 13, 16, 11, 11, 11, 11, 11, 11, 11, 9), "ABCDEFGHIJKLM"):  # noqa: B905 - equal lengths
        sheet.column_dimensions[column].width = width
    book.save(path)
    return path


def _row(sheet: object, row: int, values: tuple[object, ...]) -> None:
    cells = list(values) + [None] * (11 - len(values))
    number, name, *amounts, month_ratio, plan_ratio, scenario_ratio = cells
    put = sheet.cell  # type: ignore[attr-defined]
    put(row, 1, number).alignment = Alignment(horizontal="center")
    put(row, 2, name).font = Font(bold=number is not None and number != "-")
    if len(values) > 2:
        put(row, 3, TN)
    for column, amount in enumerate(amounts, start=4):
        cell = put(row, column, amount)
        cell.number_format = "#,##0"
        cell.alignment = Alignment(horizontal="right")
    for column, stated in zip((10, 11, 12), (month_ratio, plan_ratio, scenario_ratio)):  # noqa: B905 - three each
        if stated is not None:
            value, places = stated  # type: ignore[misc]
            cell = put(row, column, value)
            cell.number_format = "0" if not places else "0." + "0" * places
    for column in range(1, 14):
        put(row, column).border = BOX


if __name__ == "__main__":
    print(make(Path(sys.argv[1]) if len(sys.argv) > 1 else PATH))
