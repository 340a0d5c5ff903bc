"""The sheet `write_workbook` writes, cell by cell, with openpyxl (the ``excel`` extra)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from baocao_kt._edges._xlsx_write import Value, cell_number
from baocao_kt._model._series import Figure
from baocao_kt._report._section import Report
from baocao_kt._text._numbers import format_number
from baocao_kt._values._rates import Percent

__all__ = ["write_sheet"]

_WIDTHS = {"number": 5, "text": 12}
_NAME_WIDTH = 48
_DATA_WIDTH = 13


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


Columns = Sequence[tuple[str | None, str, Value, str]]


def write_sheet(report: Report, path: str, name: str, columns: Columns) -> None:
    """Write ``report`` to a new workbook at ``path`` with ``columns`` (see `_Columns`)."""
    from openpyxl import Workbook  # type: ignore[import-untyped] # noqa: PLC0415 - the excel extra, on first use
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped] # noqa: PLC0415 - likewise

    book = Workbook()
    sheet: Any = book.active
    sheet.title = name
    styles = _Styles()
    top = _title(sheet, report, get_column_letter(len(columns)), styles) + 1
    _header(sheet, top, columns, styles)
    sheet.freeze_panes = sheet.cell(top + 2, 1)
    _rows(sheet, top + 2, report, columns, styles)
    for column, (_group, header, _value, kind) in enumerate(columns, start=1):
        width = _NAME_WIDTH if header == "Chỉ tiêu" else _WIDTHS.get(kind, _DATA_WIDTH)
        sheet.column_dimensions[get_column_letter(column)].width = width
    book.save(path)


class _Styles:
    """The fonts, borders and alignments of the sheet, made once."""

    def __init__(self) -> None:
        from openpyxl.styles import Alignment, Border, Font, Side  # type: ignore[import-untyped] # noqa: PLC0415 - the excel extra, on first use

        thin = Side(style="thin")
        self.box = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.bold, self.italic = Font(bold=True), Font(italic=True)
        self.centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.centre = Alignment(horizontal="center")


def _title(sheet: Any, report: Report, last: str, styles: _Styles) -> int:  # noqa: ANN401 - openpyxl's sheet
    """Write the title and the period, centred over the table; the next free row."""
    row = 1
    for text, font in ((report.title, styles.bold), (_capital(str(report.period)), styles.italic)):
        if text is None:
            continue
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = sheet.cell(row, 1, text)
        cell.font, cell.alignment = font, styles.centre
        row += 1
    return row


def _header(sheet: Any, top: int, columns: Columns, styles: _Styles) -> None:  # noqa: ANN401 - openpyxl's sheet
    """The two header rows: a group's words merged over its columns, the others over both."""
    index = 0
    while index < len(columns):
        group = columns[index][0]
        span = 1
        while group is not None and index + span < len(columns):
            if columns[index + span][0] != group:
                break
            span += 1
        if group is None:
            sheet.merge_cells(
                start_row=top, start_column=index + 1, end_row=top + 1, end_column=index + 1
            )
            sheet.cell(top, index + 1, columns[index][1])
        else:
            sheet.merge_cells(
                start_row=top, start_column=index + 1, end_row=top, end_column=index + span
            )
            sheet.cell(top, index + 1, group)
            for offset in range(span):
                sheet.cell(top + 1, index + offset + 1, columns[index + offset][1])
        index += span
    for row in (top, top + 1):
        for column in range(1, len(columns) + 1):
            cell = sheet.cell(row, column)
            cell.font, cell.alignment, cell.border = styles.bold, styles.centred, styles.box


def _rows(sheet: Any, row: int, report: Report, columns: Columns, styles: _Styles) -> None:  # noqa: ANN401 - openpyxl's sheet
    """A row per heading and per item; an item with parts (a total) in bold."""
    codes = [item.indicator.code for item in report.items]
    name_column = next(i for i, c in enumerate(columns) if c[1] == "Chỉ tiêu") + 1
    for section in report.sections:
        if section.heading is not None:
            sheet.cell(row, name_column, section.heading).font = styles.bold
            for column in range(1, len(columns) + 1):
                sheet.cell(row, column).border = styles.box
            row += 1
        for number, item in enumerate(section.items, start=1):
            total = any(code.startswith(item.indicator.code + ".") for code in codes)
            for column, (_group, _header, value, kind) in enumerate(columns, start=1):
                cell = sheet.cell(row, column)
                _put(cell, number if kind == "number" else value(item), styles)
                cell.border = styles.box
                if total:
                    cell.font = styles.bold
            row += 1


def _put(cell: Any, value: object, styles: _Styles) -> None:  # noqa: ANN401 - openpyxl's cell
    """Put a value in a cell with its number format."""
    if value is None:
        return
    if isinstance(value, tuple):  # a percentage and its decimals
        percent, places = value
        assert isinstance(percent, Percent)  # noqa: S101 - what the percent columns give
        rounded = percent.rounded(places)
        cell.value = int(rounded) if not places else float(rounded)
        cell.number_format = "0" if not places else "0." + "0" * places
        return
    qualifier = None
    if isinstance(value, Figure):
        qualifier, value = value.qualifier, value.value
    if isinstance(value, Decimal):
        if qualifier is not None:  # an approximate figure keeps its word: text
            cell.value = f"{qualifier} {format_number(value)}"
            return
        cell.value, cell.number_format = cell_number(value)
        return
    cell.value = value
    if isinstance(value, int):  # the STT
        cell.alignment = styles.centre
