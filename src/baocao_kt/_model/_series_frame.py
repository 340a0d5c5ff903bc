"""A `Series` as a long table, one row per figure, and back (`Series.to_frame`, `from_frame`).

The columns are those of `SERIES_COLUMNS`: the indicator's code, name and unit on each
row, then the figure's period (its Vietnamese label, which `parse_period` reads back),
status, qualifier and value (exact decimals). `FigureRows` gathers the figures of one
indicator from any rows, checked as they come, and is shared with `Report.from_frame`.
"""

from __future__ import annotations

from baocao_kt._model._frame_table import Column, Table, write_frame
from baocao_kt._model._indicator import Indicator
from baocao_kt._model._series import Figure, Series
from baocao_kt._periods._calendar import Month
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._text._qualifiers import QUALIFIERS
from baocao_kt.errors import BaoCaoError, OptionError

__all__ = [
    "FIGURE_STATUSES",
    "SERIES_COLUMNS",
    "SERIES_KINDS",
    "FigureRows",
    "figure_cells",
    "series_from_frame",
    "series_to_frame",
]

#: The columns of `Series.to_frame`, in order.
SERIES_COLUMNS = ("indicator", "name", "unit", "period", "status", "qualifier", "value")
SERIES_KINDS: dict[str, Column] = {
    "indicator": "text",
    "name": "text",
    "unit": "text",
    "period": "text",
    "status": "text",
    "qualifier": "text",
    "value": "decimal",
}
FIGURE_STATUSES = ("actual", "estimate")
_QUALIFIERS = ", ".join(repr(word) for word in QUALIFIERS)


def figure_cells(indicator: Indicator, figure: Figure) -> dict[str, object]:
    """The cells of a figure's row, by column of `SERIES_COLUMNS`."""
    return {
        "indicator": indicator.code,
        "name": indicator.name,
        "unit": indicator.unit_name,
        "period": str(figure.period),
        "status": figure.status,
        "qualifier": figure.qualifier,
        "value": figure.value,
    }


def check_writable(series: Series, what: str) -> None:
    """Refuse a ratio's series, which has no figures of its own to write."""
    if series.indicator.aggregation == "ratio":
        raise OptionError(
            f"{what}: indicator {series.indicator.code!r} is a ratio, recomputed from its "
            "parts' series; write the parts' series instead",
            option="aggregation",
            value="ratio",
        )


def series_to_frame(series: Series, backend: object) -> object:
    """The series as a frame of ``backend``, one row per figure (see `Series.to_frame`)."""
    check_writable(series, "Series.to_frame")
    rows = [figure_cells(series.indicator, figure) for figure in series.figures]
    columns = {name: [row[name] for row in rows] for name in SERIES_COLUMNS}
    return write_frame(columns, SERIES_KINDS, backend, "Series.to_frame")


class FigureRows:
    """The figures of one indicator, gathered from rows of a table, each month once."""

    __slots__ = ("_months", "figures", "indicator", "table")

    def __init__(self, table: Table, indicator: Indicator) -> None:
        self.table, self.indicator = table, indicator
        self.figures: list[Figure] = []
        self._months: dict[Month, tuple[int, Period]] = {}

    def add(self, row: int, status: str) -> None:
        """Read the figure of ``row``, whose ``status`` is read already."""
        table = self.table
        period = table.period(row, "period")
        qualifier = table.text(row, "qualifier", "'hơn'")
        if qualifier is not None and qualifier not in QUALIFIERS:
            raise table.error(
                row, "qualifier", f"is not a qualifier; write one of {_QUALIFIERS}, or nothing"
            )
        value = table.number(row, "value")
        try:
            months = whole_months_of(period, "a figure")
        except BaoCaoError as error:
            raise table.error(row, "period", str(error)) from error
        figure = Figure(period, value, status, qualifier=qualifier)  # type: ignore[arg-type] # status checked
        for month in months:
            earlier = self._months.get(month)
            if earlier is not None:
                first, other = earlier
                raise table.error(
                    row,
                    "period",
                    f"is the second figure of indicator {self.indicator.code!r} for {month} "
                    f"(row {first} has {other}); "
                    + (
                        "give one row for it"
                        if other == period
                        else "figures may not overlap: give the months, or the whole period"
                    ),
                )
            self._months[month] = (row, period)
        self.figures.append(figure)

    def series(self) -> Series:
        """The series of the figures read."""
        return Series(self.indicator, self.figures)


def status_of(table: Table, row: int, allowed: tuple[str, ...], hint: str) -> str:
    """The row's status, one of ``allowed``; ``hint`` says where the others belong."""
    status = table.text(row, "status", "'actual'", required=True)
    if status not in allowed:
        shown = ", ".join(repr(name) for name in allowed)
        raise table.error(row, "status", f"is not a status; write one of {shown}{hint}")
    return status


def _check_same(table: Table, row: int, column: str, expected: object) -> None:
    value = table.raw(row, column)
    if value is None or value == expected:
        return
    raise table.error(
        row,
        column,
        f"is not the indicator's ({expected!r}); Series.from_frame reads the figures of one "
        "indicator: filter the frame to its rows, or read the whole with Report.from_frame",
    )


def series_from_frame(frame: object, indicator: Indicator, source: str) -> Series:
    """The series of ``indicator`` read from ``frame`` (see `Series.from_frame`)."""
    if not isinstance(indicator, Indicator):
        raise OptionError(
            f"Series.from_frame: indicator={indicator!r} is not an Indicator; pass the "
            "indicator whose figures the frame holds",
            option="indicator",
            value=indicator,
        )
    table = Table(frame, source, "Series.from_frame")
    checked = {
        "indicator": indicator.code,
        "name": indicator.name,
        "unit": indicator.unit_name,
        "aggregation": indicator.aggregation,
        "direction": indicator.direction,
        "places": indicator.places,
    }
    table.check_columns(("period", "status", "value"), ("qualifier", *checked))
    rows = FigureRows(table, indicator)
    for row in range(table.height):
        for column, expected in checked.items():
            _check_same(table, row, column, expected)
        status = status_of(
            table, row, FIGURE_STATUSES, "; plans and scenarios are read by Report.from_frame"
        )
        rows.add(row, status)
    return rows.series()
