"""`WorkbookLayout`: where a ward's workbook keeps what, column by column.

A layout says which rows are the header, where the data starts, and what each column
holds (a `WorkbookColumn`): the STT or the code, the name, the unit, a plan, a scenario, a
figure of a period, a stated percentage, a note. `WorkbookLayout.detect` reads it from the
header's words; a caller whose workbook words its header otherwise writes it (or
``attrs.evolve``-s the detected one).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any, Literal

import attrs

from baocao_kt._edges._xlsx_cells import column_index
from baocao_kt._model._indicator import PlanKind
from baocao_kt._model._series import Status
from baocao_kt._periods._ranges import Period
from baocao_kt._values._repr import short_repr
from baocao_kt.errors import OptionError

__all__ = ["ColumnRole", "Comparison", "PercentForm", "WorkbookColumn", "WorkbookLayout"]

#: What a column holds.
ColumnRole = Literal[
    "number", "code", "name", "unit", "plan", "scenario", "figure", "percent", "note"
]
#: What a stated percentage compares a figure with.
Comparison = Literal["plan", "scenario", "same_period"]
#: How a stated percentage is written: ``"ratio"`` (*so với*: 102,5 = 2,5% above) or
#: ``"variance"`` (*vượt (+), giảm (−)*: 2,5).
PercentForm = Literal["ratio", "variance"]

_ROLES = ("number", "code", "name", "unit", "plan", "scenario", "figure", "percent", "note")
_PERIODIC = ("scenario", "figure", "percent")


def _letters(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    try:
        column_index(value)  # type: ignore[arg-type] # checked here
    except (ValueError, TypeError, AttributeError) as error:
        raise OptionError(
            f"WorkbookColumn: column={value!r} is not a column; pass its letters, such as 'F'",
            option="column",
            value=value,
        ) from error


@attrs.frozen(kw_only=True)
class WorkbookColumn:
    """One column of a workbook and what it holds.

    Attributes:
        column: The column's letters (``"F"``).
        role: What it holds (see `ColumnRole`): ``"number"`` (STT: *I*, *1*, *-*),
            ``"code"`` (*Mã số*), ``"name"``, ``"unit"`` (ĐVT), ``"plan"``, ``"scenario"``,
            ``"figure"``, ``"percent"`` (a stated percentage, kept to be compared) or
            ``"note"`` (left out, on purpose).
        header: The header's words, for messages (``"Ước thực hiện tháng 4"``).
        period: The period of a figure, a scenario amount or a percentage: a month, the
            year to date (*lũy kế 4 tháng*), last year's month (*cùng kỳ*), the year (a
            scenario's total).
        status: A figure's status: ``"estimate"`` (*ước*) or ``"actual"``.
        kind: A plan's kind: ``"kế hoạch"`` or ``"dự toán"``.
        plan_words: A plan's own words in a sentence (*dự toán tỉnh giao*), or ``None``.
        adjusted: Whether a plan is the one *sau điều chỉnh, bổ sung*.
        compares: What a percentage compares the figure of its period with.
        form: How a percentage is written, see `PercentForm`.

    >>> WorkbookColumn(column="F", role="figure", period=Month(2026, 4), status="estimate")
    WorkbookColumn(column='F', role='figure', period=Month(year=2026, month=4), \
status='estimate')
    """

    column: str = attrs.field(validator=_letters)
    role: ColumnRole
    header: str = ""
    period: Period | None = None
    status: Status = "actual"
    kind: PlanKind = "kế hoạch"
    plan_words: str | None = None
    adjusted: bool = False
    compares: Comparison | None = None
    form: PercentForm = "ratio"
    _index: int = attrs.field(init=False, repr=False, eq=False)

    def __repr__(self) -> str:
        return short_repr(self)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", column_index(self.column))  # read for every cell
        if self.role not in _ROLES:
            raise OptionError(
                f"WorkbookColumn {self.column}: role={self.role!r} is not a role; pass one of "
                + ", ".join(_ROLES),
                option="role",
                value=self.role,
            )
        if self.role in _PERIODIC and self.period is None:
            raise OptionError(
                f"WorkbookColumn {self.column}: a {self.role} column needs its period "
                "(period=Month(2026, 4), YearToDate(2026, 4), …)",
                option="period",
                value=None,
            )
        if self.role == "percent" and self.compares is None:
            raise OptionError(
                f"WorkbookColumn {self.column}: a percent column needs what it compares "
                "with: compares='plan', 'scenario' or 'same_period'",
                option="compares",
                value=None,
            )

    @property
    def index(self) -> int:
        """The column's 0-based index."""
        return self._index

    @property
    def label(self) -> str:
        """The header, or the letters when there is none, for messages."""
        return self.header or self.column


def _columns(columns: Iterable[WorkbookColumn]) -> tuple[WorkbookColumn, ...]:
    return tuple(columns)


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (type(value) is not int or value < 1):
        raise OptionError(
            f"WorkbookLayout: {attribute.name}={value!r} is not a row; pass its number, from 1",
            option=attribute.name,
            value=value,
        )


@attrs.frozen(kw_only=True)
class WorkbookLayout:
    """Where a sheet keeps a report's figures: its header, its data rows and its columns.

    Rows are numbered as Excel shows them, from 1.

    Attributes:
        period: The report's period (*tháng 4/2026*).
        columns: The sheet's columns and what each holds; one ``"name"`` and one
            ``"unit"`` column are required. Columns not listed must be empty in the data
            rows.
        first_row: The first data row (below the header, and below a row numbering
            the columns, *(1) (2) (3)*, when there is one).
        header_rows: The header's rows, for messages and to tell them from data.
        last_row: The last row read; ``None``: to the end of the sheet.
        title_row: The row of the report's title (written before its sections), or
            ``None`` for none.

    In the data rows (see docs/workbooks.md): a row with figures is an indicator; a row
    with a name and no figure is a section heading (*1. Nông nghiệp*), except *Trong
    đó:*, which says the rows below are parts of the indicator above; a row of text
    starting *Ghi chú*, *Nguồn*, ``*`` or ``(`` is a note; an empty row is skipped.
    """

    period: Period
    columns: tuple[WorkbookColumn, ...] = attrs.field(converter=_columns)
    first_row: int = attrs.field(validator=_positive)
    header_rows: tuple[int, ...] = ()
    last_row: int | None = attrs.field(default=None, validator=_positive)
    title_row: int | None = attrs.field(default=None, validator=_positive)

    def __repr__(self) -> str:
        return short_repr(self)

    def __attrs_post_init__(self) -> None:
        seen: dict[str, WorkbookColumn] = {}
        for column in self.columns:
            if not isinstance(column, WorkbookColumn):
                raise OptionError(
                    f"WorkbookLayout: {column!r} is not a WorkbookColumn",
                    option="columns",
                    value=column,
                )
            if column.column in seen:
                raise OptionError(
                    f"WorkbookLayout: column {column.column} is given twice",
                    option="columns",
                    value=column,
                )
            seen[column.column] = column
        for role in ("name", "unit"):
            if sum(column.role == role for column in self.columns) != 1:
                raise OptionError(
                    f"WorkbookLayout: give exactly one {role!r} column",
                    option="columns",
                    value=self.columns,
                )

    def of_role(self, role: ColumnRole) -> tuple[WorkbookColumn, ...]:
        """The columns of one role, left to right."""
        return tuple(column for column in self.columns if column.role == role)

    @classmethod
    def detect(cls, path: str | os.PathLike[str], *, sheet: str | None = None) -> WorkbookLayout:
        """The layout of a sheet, read from its header's words (see docs/workbooks.md).

        Args:
            path: The workbook (.xlsx).
            sheet: The sheet's name; ``None``: the first sheet.

        Raises:
            ReportDataError: No header is found, or a header's words say nothing known.

        >>> layout = WorkbookLayout.detect("examples/phu_lien_2026_04.xlsx")
        >>> layout.period, [column.header for column in layout.of_role("figure")]
        (Month(year=2026, month=4), ['Ước thực hiện Tháng 4', 'Ước thực hiện Lũy kế 4 tháng'])
        """
        from baocao_kt._edges._xlsx_read import detect_layout  # noqa: PLC0415 - it imports this module

        return detect_layout(path, sheet=sheet)
