"""`load_workbook` and `read_workbook`: a report read from a ward's Excel workbook.

The values are read by python-calamine (the ``excel`` extra), the formulas without a
saved result and the number formats from the sheet's XML (`sheet_facts`). The rows below
the header are walked once, top to bottom:

- an empty row is skipped;
- a row of text only, starting *Ghi chú*, *Nguồn*, *Lưu ý*, ``*`` or ``(``, is a note,
  kept in `WorkbookReading.notes`;
- *Trong đó:* says that the rows below, up to the next numbered one, are parts of the
  indicator above (their codes are its code and their own number);
- a row with a name and no figure is a section heading (*STT. name*);
- a row with a figure, a plan or a scenario is an indicator.

An indicator's code is its *Mã số* when the sheet has that column, else its STT
qualified by the STT of the heading it sits under (*I.2*) or of the indicator it is part
of (*4.1*; a row numbered *-* or *+* takes its position among its siblings).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import Any

import attrs

from baocao_kt._edges._xlsx_cells import CellReader, CoercedCell, address
from baocao_kt._edges._xlsx_detect import detect, words
from baocao_kt._edges._xlsx_items import Cell, StatedPercent, build_item
from baocao_kt._edges._xlsx_layout import WorkbookLayout
from baocao_kt._edges._xlsx_parts import sheet_facts
from baocao_kt._model._indicator import Indicator
from baocao_kt._report._section import Report, Section, SectionItem
from baocao_kt._text._roman import from_roman
from baocao_kt.errors import BaoCaoError, ReportDataError, UnknownUnitError, ValueKindError

__all__ = ["WorkbookReading", "detect_layout", "load_workbook", "read_workbook"]

_NOTE_STARTS = ("ghi chú", "nguồn", "lưu ý", "*", "(")
_PART_NUMBERS = frozenset({"-", "+", "*", "–", "•"})
_ARABIC = re.compile(r"[0-9]+(?:\.[0-9]+)*\.?")
_LETTER = re.compile(r"[a-zđ][.)]?")


@attrs.frozen(kw_only=True)
class WorkbookReading:
    """What `read_workbook` reads from a sheet: the report and how its cells were read.

    Attributes:
        report: The report.
        layout: The layout it was read with (detected, or the caller's).
        coerced: The cells whose figure was read from text (``"12.250"``, ``"-"``), in
            the order read.
        stated: The percentages the sheet states, each with the one computed from its
            figures (see `StatedPercent.agrees`).
        notes: The note rows, as (cell, text) pairs.
    """

    report: Report
    layout: WorkbookLayout
    coerced: tuple[CoercedCell, ...]
    stated: tuple[StatedPercent, ...]
    notes: tuple[tuple[str, str], ...]

    def __repr__(self) -> str:
        return (
            f"<WorkbookReading {self.report.period.label()}: {len(self.report.items)} "
            f"indicators, {len(self.coerced)} cell(s) read from text, {len(self.stated)} "
            f"stated percent(s), {len(self.disagreements)} disagreeing>"
        )

    @property
    def disagreements(self) -> tuple[StatedPercent, ...]:
        """The stated percentages that are not the computed ones, rounded as shown."""
        return tuple(percent for percent in self.stated if percent.agrees is False)


def _open(path: str | os.PathLike[str], sheet: str | None) -> tuple[str, str, Any]:
    """The file's name, the sheet's name, and the calamine sheet."""
    try:
        from python_calamine import (  # noqa: PLC0415 - the excel extra, on first use
            CalamineError,
            CalamineWorkbook,
        )
    except ImportError as error:  # pragma: no cover - the test extra installs it
        raise ModuleNotFoundError(
            "reading a workbook needs python-calamine: pip install 'baocao_kt[excel]'",
            name="python_calamine",
        ) from error

    source = os.fspath(path)
    if not os.path.exists(source):  # noqa: PTH110 - a str or PathLike
        raise FileNotFoundError(2, "No such file or directory", source)
    try:
        workbook = CalamineWorkbook.from_path(source)
    except CalamineError as error:
        raise ReportDataError(
            f"{source}: not an Excel workbook (.xlsx) that can be read: {error}; save it "
            "from Excel as .xlsx",
            source=source,
            key=None,
            value=None,
        ) from error
    names = workbook.sheet_names
    name = names[0] if sheet is None else sheet
    if name not in names:
        raise ReportDataError(
            f"{source}: no sheet {sheet!r}; its sheets are " + ", ".join(map(repr, names)),
            source=source,
            key=sheet,
            value=sheet,
        )
    return source, name, workbook.get_sheet_by_name(name)


def _grid(calamine_sheet: Any) -> list[list[object]]:  # noqa: ANN401 - calamine's sheet
    return calamine_sheet.to_python(skip_empty_area=False)  # type: ignore[no-any-return]


def detect_layout(path: str | os.PathLike[str], *, sheet: str | None = None) -> WorkbookLayout:
    """The detected layout of a sheet (see `WorkbookLayout.detect`)."""
    source, name, found = _open(path, sheet)
    return detect(_grid(found), found.merged_cell_ranges or (), source=source, sheet=name)


def load_workbook(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    layout: WorkbookLayout | None = None,
) -> Report:
    """Read a report from a sheet of an Excel workbook (.xlsx); see docs/workbooks.md.

    Args:
        path: The workbook.
        sheet: The sheet's name; ``None``: the first sheet.
        layout: Where the sheet keeps what; ``None``: detected from its header
            (`WorkbookLayout.detect`).

    The cells read from text, and the percentages the sheet states, are in the
    `WorkbookReading` that `read_workbook` returns.

    Raises:
        ReportDataError: A cell that cannot be read (naming the sheet, the cell, its value
            and its column's header), a formula without a saved result, a sheet whose
            layout cannot be detected, or figures that make no report.
        OSError: The file cannot be read.

    >>> report = load_workbook("examples/phu_lien_2026_04.xlsx")
    >>> print(report.item("1").render(report.period))
    Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện 12.250 triệu \
đồng, vượt kịch bản 2,5%; lũy kế 4 tháng ước thực hiện 50.520 triệu/135.800 triệu đồng, \
bằng 37,2% kế hoạch năm 2026, vượt 0,8% so với kịch bản.
    """
    return read_workbook(path, sheet=sheet, layout=layout).report


def read_workbook(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    layout: WorkbookLayout | None = None,
) -> WorkbookReading:
    """Read a sheet as `load_workbook` does; also say how its cells were read.

    >>> reading = read_workbook("examples/phu_lien_2026_04.xlsx")
    >>> for cell in reading.coerced:
    ...     print(cell)
    Biểu 01!H12 (Ước thực hiện Tháng 4): '22.000' read as 22000
    Biểu 01!F12 (Kịch bản Tháng 4): '-' read as no figure
    >>> [(p.cell, p.code, p.stated, p.computed.format(2)) for p in reading.disagreements]
    [('K21', '5', Decimal('29.04'), '29,53%')]
    """
    source, name, found = _open(path, sheet)
    grid = _grid(found)
    if layout is None:
        layout = detect(grid, found.merged_cell_ranges or (), source=source, sheet=name)
    elif not isinstance(layout, WorkbookLayout):
        raise ValueKindError(
            f"read_workbook: layout={layout!r} is not a WorkbookLayout", value=layout
        )
    reader = CellReader(source, name, sheet_facts(source, name))
    walk = _Walk(reader, layout)
    last = len(grid) if layout.last_row is None else min(layout.last_row, len(grid))
    for row in range(layout.first_row - 1, last):
        walk.row(row, grid[row])
    title = None
    if layout.title_row is not None and layout.title_row <= len(grid):
        texts = [v.strip() for v in grid[layout.title_row - 1] if isinstance(v, str) and v.strip()]
        title = " ".join(texts) or None
    report = Report(period=layout.period, sections=walk.sections(), title=title, source=source)
    if not report.items:
        raise ReportDataError(
            f"{source}: sheet {name!r}: no indicator row below the header (rows "
            f"{layout.first_row} to {last}); is it the right sheet?",
            source=source,
            key=name,
            value=None,
        )
    return WorkbookReading(
        report=report,
        layout=layout,
        coerced=tuple(reader.coerced),
        stated=tuple(walk.stated),
        notes=tuple(walk.notes),
    )


class _Walk:
    """The rows read so far: the sections, the codes given, where the parts go."""

    def __init__(self, reader: CellReader, layout: WorkbookLayout) -> None:
        self.reader, self.layout = reader, layout
        self.done: list[Section] = []
        self.heading: str | None = None
        self.prefix = ""  # the numbers of the heading the rows sit under: "I", "I.1"
        self.roman = ""  # the Roman number of the last heading that had one
        self.items: list[SectionItem] = []
        self.parent: str | None = None  # the code of the indicator parts belong to
        self.parts = 0
        self.in_parts = False
        self.codes: dict[str, str] = {}
        self.stated: list[StatedPercent] = []
        self.notes: list[tuple[str, str]] = []
        self.data = [
            c for c in layout.columns if c.role in ("plan", "scenario", "figure", "percent")
        ]
        self.known = {c.index for c in layout.columns}
        self.number = next(iter(layout.of_role("number")), None)
        self.code = next(iter(layout.of_role("code")), None)
        self.name = layout.of_role("name")[0]
        self.unit = layout.of_role("unit")[0]

    def _value(self, values: Sequence[object], index: int) -> object:
        return values[index] if index < len(values) else None

    def row(self, row: int, values: Sequence[object]) -> None:
        filled = [i for i, v in enumerate(values) if v is not None and v != "" and str(v).strip()]
        if not filled:
            return
        reader = self.reader
        for index in filled:
            if index not in self.known:
                cell = address(row, index)
                raise reader.error(
                    cell,
                    values[index],
                    "",
                    "is in a column the layout does not name; add the column to the layout "
                    "(role='note' to leave it out) or empty the cell",
                )
        name_cell = address(row, self.name.index)
        name = reader.text(name_cell, self._value(values, self.name.index), self.name.label)
        number = None
        if self.number is not None:
            cell = address(row, self.number.index)
            number = reader.text(cell, self._value(values, self.number.index), self.number.label)
        cells: list[Cell] = [
            (c, f"{c.column}{row + 1}", self._value(values, c.index)) for c in self.data
        ]
        has_data = any(
            isinstance(v, (int, float)) or (isinstance(v, str) and v.strip()) for _, _, v in cells
        )
        if not has_data:
            self._text_row(row, values, filled, number, name)
            return
        if name is None:
            raise reader.error(name_cell, None, self.name.label, "is empty in a row of figures; "
                               "give the indicator's name")  # fmt: skip
        self._indicator(row, values, cells, number, name)

    def _text_row(
        self,
        row: int,
        values: Sequence[object],
        filled: list[int],
        number: str | None,
        name: str | None,
    ) -> None:
        text = " ".join(" ".join(str(values[i]).split()) for i in filled)
        lowered = words(text)
        if lowered.startswith(_NOTE_STARTS):
            self.notes.append((address(row, filled[0]), text))
            return
        if name is not None and words(name).startswith("trong đó"):
            if self.parent is None:
                raise self.reader.error(
                    address(row, self.name.index), name, self.name.label,
                    "is under no indicator; put it below the indicator whose parts follow",
                )  # fmt: skip
            self.in_parts = True
            return
        if name is None:
            raise self.reader.error(
                address(row, filled[0]), values[filled[0]], "",
                "is in a row without a name and without figures; give the name, or start a "
                "note with 'Ghi chú:'",
            )  # fmt: skip
        if self.items or self.heading is not None:
            self.done.append(Section(heading=self.heading, items=self.items))
        self.items = []
        self.heading = name if number is None else f"{number.rstrip('.')}. {name}"
        self.prefix = self._heading_prefix(number)
        self.parent, self.in_parts = None, False

    def _heading_prefix(self, number: str | None) -> str:
        if number is None:
            return self.prefix
        own = number.rstrip(".")
        if _roman(own):
            self.roman = own
            return own
        return f"{self.roman}.{own}" if self.roman else own

    def _indicator(
        self, row: int, values: Sequence[object], cells: list[Cell], number: str | None, name: str
    ) -> None:
        reader = self.reader
        unit_cell = address(row, self.unit.index)
        unit = reader.text(unit_cell, self._value(values, self.unit.index), self.unit.label)
        if unit is None:
            raise reader.error(unit_cell, None, self.unit.label, "is empty; give the unit (ĐVT), "
                               "such as 'triệu đồng'")  # fmt: skip
        if unit == "%":
            raise reader.error(
                unit_cell, unit, self.unit.label,
                "is a rate's; the sentence of a report states amounts, and a rate is compared "
                "in percentage points, which a workbook cannot give yet; give the amounts the "
                "rate is made of as indicators of their own",
            )  # fmt: skip
        code = self._code(row, values, number)
        try:
            indicator = Indicator(code, name, unit)
        except UnknownUnitError as error:
            raise reader.error(
                unit_cell, unit, self.unit.label, f"is not a unit: {error}"
            ) from error
        item, stated = build_item(
            reader,
            indicator,
            cells,
            year=self.layout.period.months[-1].year,
            row=row + 1,
        )
        try:
            item.render(self.layout.period)
        except BaoCaoError as error:
            raise ReportDataError(
                f"{reader.source}: sheet {reader.sheet!r}, row {row + 1} ({name}): the "
                f"sentence for {self.layout.period} cannot be written: {error}",
                source=reader.source,
                key=f"{reader.sheet}!{row + 1}:{row + 1}",
                value=None,
            ) from error
        self.items.append(item)
        self.stated.extend(stated)

    def _code(self, row: int, values: Sequence[object], number: str | None) -> str:
        reader = self.reader
        if self.code is not None:
            cell = address(row, self.code.index)
            code = reader.text(cell, self._value(values, self.code.index), self.code.label)
            if code is None:
                raise reader.error(cell, None, self.code.label, "is empty; give the code")
        else:
            code, cell = self._numbered(number), address(row, self.name.index)
        if code in self.codes:
            raise reader.error(
                cell, code, "", f"is the code of the indicator in {self.codes[code]} too; an "
                "indicator has its own code (give the sheet a 'Mã số' column)",
            )  # fmt: skip
        self.codes[code] = cell
        return code

    def _numbered(self, number: str | None) -> str:
        own = None if number is None else number.rstrip(".")
        part = own is None or own in _PART_NUMBERS or bool(_LETTER.fullmatch(own or ""))
        if self.in_parts and own is not None and not part:
            self.in_parts = False  # a numbered row ends the parts
        if (self.in_parts or (own in _PART_NUMBERS)) and self.parent is not None:
            self.parts += 1
            suffix = own.rstrip(".)") if own and _LETTER.fullmatch(own) else str(self.parts)
            return f"{self.parent}.{suffix}"
        if own is None or own in _PART_NUMBERS:
            own = str(len(self.items) + 1)
        code = f"{self.prefix}.{own}" if self.prefix and not own.startswith(self.prefix) else own
        self.parent, self.parts = code, 0
        return code

    def sections(self) -> list[Section]:
        """The sections read, the last one closed."""
        sections = list(self.done)
        if self.items or self.heading is not None:
            sections.append(Section(heading=self.heading, items=self.items))
        return sections


def _roman(text: str) -> bool:
    if not text or not text.isalpha():
        return False
    try:
        from_roman(text)
    except BaoCaoError:
        return False
    return text.isupper()
