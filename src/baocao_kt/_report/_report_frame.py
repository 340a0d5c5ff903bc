"""A `Report` as one long table, and reports read from one (`Report.to_frame`, `from_frame`).

One row per figure, plan target and scenario checkpoint, with what the report says of
each indicator (name, unit, options, wording, section) repeated on its rows and the
report's period and title on every row: the table alone makes the report again. The
columns are `REPORT_COLUMNS`; docs/model-tables.md describes each. A district's table of
its communes has one more column, the commune, and `reports_from_frame_by` makes a
report of each.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import attrs

from baocao_kt._model._frame_table import Column, Table, write_frame
from baocao_kt._model._series_frame import SERIES_COLUMNS, SERIES_KINDS, check_writable
from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._report._report_rows import ItemRows
from baocao_kt._report._section import Report, Section
from baocao_kt._report._wording import Wording
from baocao_kt.errors import BaoCaoError, OptionError, ReportDataError

__all__ = ["REPORT_COLUMNS", "report_from_frame", "report_to_frame", "reports_from_frame_by"]

_ITEM_COLUMNS = ("aggregation", "direction", "places", "wording", "section", "heading")
#: The columns of `Report.to_frame`, in order: a series' columns first.
REPORT_COLUMNS = (
    *SERIES_COLUMNS,
    *("plan_kind", "plan_words", "plan_adjusted"),
    *_ITEM_COLUMNS,
    *("title", "report_period"),
)
_KINDS: dict[str, Column] = {
    **SERIES_KINDS,
    **dict.fromkeys(("plan_kind", "plan_words", "aggregation", "direction"), "text"),
    **dict.fromkeys(("wording", "heading", "title", "report_period"), "text"),
    "plan_adjusted": "bool",
    "places": "int",
    "section": "int",
}
_REQUIRED = ("indicator", "name", "unit", "period", "status", "value")
_DEFAULT_WORDING = Wording()


def wording_text(wording: Wording) -> str | None:
    """The fields of ``wording`` that differ from the defaults, as JSON (``None``: none).

    >>> wording_text(Wording(verb="đạt", attainment_places=2))
    '{"verb": "đạt", "attainment_places": 2}'
    """
    changed = {
        field.name: list(value) if isinstance(value, tuple) else value
        for field in attrs.fields(Wording)
        if (value := getattr(wording, field.name)) != getattr(_DEFAULT_WORDING, field.name)
    }
    return json.dumps(changed, ensure_ascii=False) if changed else None


def report_to_frame(report: Report, backend: object, by: Mapping[str, str] | None) -> object:
    """The report as a frame of ``backend`` (see `Report.to_frame`)."""
    constants = _constants(by)
    rows: list[dict[str, object]] = []
    head = {"title": report.title, "report_period": str(report.period)}
    codes = [item.indicator.code for item in report.items]
    for code in codes:
        if codes.count(code) > 1:
            raise OptionError(
                f"Report.to_frame: two indicators have the code {code!r}; a table's rows are "
                "an indicator's by its code: give each its own",
                option="sections",
                value=code,
            )
    for number, section in enumerate(report.sections, start=1):
        if not section.items:
            raise OptionError(
                f"Report.to_frame: section {number} ({section.heading!r}) has no indicator; "
                "a table has rows of figures only: remove the section or give it one",
                option="sections",
                value=section,
            )
        for item in section.items:
            check_writable(item.series, "Report.to_frame")
            indicator = item.indicator
            common = {
                "aggregation": indicator.aggregation,
                "direction": indicator.direction,
                "places": indicator.places,
                "wording": wording_text(item.wording),
                "section": number,
                "heading": section.heading,
                **head,
            }
            start = len(rows)
            rows.extend({**cells, **common} for cells in ItemRows.cells(item) if cells is not None)
            if len(rows) == start:
                raise OptionError(
                    f"Report.to_frame: indicator {indicator.code!r} has no figure, plan or "
                    "scenario; a table has rows of figures only: give it its figures",
                    option="sections",
                    value=item,
                )
    columns: dict[str, list[object]] = {name: [value] * len(rows) for name, value in constants}
    columns.update({name: [row.get(name) for row in rows] for name in REPORT_COLUMNS})
    kinds: dict[str, Column] = {**dict.fromkeys(dict(constants), "text"), **_KINDS}
    return write_frame(columns, kinds, backend, "Report.to_frame")


def _constants(by: Mapping[str, str] | None) -> list[tuple[str, str]]:
    if by is None:
        return []
    if not isinstance(by, Mapping):
        raise OptionError(
            f"Report.to_frame: by={by!r} is not a mapping; pass the columns to add, such as "
            "{'ward': 'Phù Liễn'}",
            option="by",
            value=by,
        )
    for name, value in by.items():
        if name in REPORT_COLUMNS or not isinstance(name, str) or not isinstance(value, str):
            raise OptionError(
                f"Report.to_frame: by={{{name!r}: {value!r}}}: a column added is named by "
                "text that is not a column of the report's, and its value is text",
                option="by",
                value=by,
            )
    return list(by.items())


def report_from_frame(
    frame: object, *, period: Period | str | None, by: str | None, source: str | None
) -> Report:
    """The report of ``frame`` (see `Report.from_frame`)."""
    table = _table(frame, source, by, "Report.from_frame", period=period)
    rows = list(range(table.height))
    if by is not None and rows:
        first = table.raw(0, by)
        for row in rows:
            if table.raw(row, by) != first:
                raise table.error(
                    row,
                    by,
                    f"is not row 0's ({first!r}); the frame holds more than one {by}: read one "
                    "report of each with Report.from_frame_by(frame, by=...), or filter it",
                )
    return _report(table, rows, period, source)


def reports_from_frame_by(
    frame: object, by: str, *, period: Period | str | None, source: str | None
) -> dict[str | int, Report]:
    """One report per value of column ``by`` (see `Report.from_frame_by`)."""
    if not isinstance(by, str):
        raise OptionError(
            f"Report.from_frame_by: by={by!r} is not a column name; pass one, such as 'ward'",
            option="by",
            value=by,
        )
    table = _table(frame, source, by, "Report.from_frame_by", period=period)
    groups: dict[str | int, list[int]] = {}
    for row in range(table.height):
        key = table.raw(row, by)
        if key is None or isinstance(key, bool) or not isinstance(key, (str, int)):
            raise table.error(row, by, f"is not a {by}'s name; write its name (text) or code")
        groups.setdefault(key, []).append(row)
    return {key: _report(table, rows, period, source) for key, rows in groups.items()}


def _table(
    frame: object, source: str | None, by: str | None, what: str, *, period: object
) -> Table:
    table = Table(frame, "<frame>" if source is None else source, what)
    optional = [name for name in REPORT_COLUMNS if name not in _REQUIRED]
    required = list(_REQUIRED)
    if period is None:
        required.append("report_period")
        optional.remove("report_period")
    if by is not None:
        required.append(by)
    table.check_columns(required, optional)
    return table


def _report(
    table: Table, rows: list[int], given: Period | str | None, source: str | None
) -> Report:
    if not rows:
        raise ReportDataError(
            f"{table.source}: the frame has no rows; a report needs its figures",
            source=table.source,
            key=None,
            value=None,
        )
    period = _report_period(table, rows, given)
    title = _same(table, rows, "title")
    items: dict[str, ItemRows] = {}
    for row in rows:
        code = table.text(row, "indicator", "'NLTS'", required=True)
        assert code is not None  # noqa: S101 - required, for mypy
        if code not in items:
            items[code] = ItemRows(table, row, code)
        else:
            items[code].check_same(row, ("name", "unit", *_ITEM_COLUMNS))
        items[code].rows.append(row)
    sections: dict[tuple[int | None, str | None], list[ItemRows]] = {}
    for item in items.values():
        sections.setdefault(item.section_key(), []).append(item)
    if table.has("section"):  # numbered: in their numbers' order
        _check_numbers(table, sections)
        order = sorted(sections, key=lambda key: key[0] or 0)
    else:
        order = list(sections)
    built = [
        Section(heading=key[1], items=[item.item(period) for item in sections[key]])
        for key in order
    ]
    return Report(period=period, sections=built, title=title, source=source)


def _check_numbers(
    table: Table, sections: dict[tuple[int | None, str | None], list[ItemRows]]
) -> None:
    """Each section's number given, once, with one heading."""
    seen: dict[int, ItemRows] = {}
    for (number, _), items in sections.items():
        row = items[0].rows[0]
        if number is None:
            raise table.error(row, "section", "is empty; write the section's number, 1 or more")
        other = seen.get(number)
        if other is not None:
            raise table.error(
                row,
                "heading",
                f"is not the heading of section {number} at row {other.rows[0]}; a section "
                "has one heading",
            )
        seen[number] = items[0]


def _same(table: Table, rows: list[int], column: str) -> str | None:
    """The text every row has in ``column`` (a report's), or ``None``."""
    first = table.text(rows[0], column, "'I. VỀ TÌNH HÌNH KINH TẾ'")
    for row in rows[1:]:
        if table.raw(row, column) != table.raw(rows[0], column):
            raise table.error(
                row, column, f"is not row {rows[0]}'s; a report has one {column}, on every row"
            )
    return first


def _report_period(table: Table, rows: list[int], given: Period | str | None) -> Period:
    if given is None:
        _same(table, rows, "report_period")
        period = table.period(rows[0], "report_period")
    else:
        period = _given_period(given)
        if table.has("report_period"):
            for row in rows:
                if (
                    table.raw(row, "report_period") is not None
                    and table.period(row, "report_period") != period
                ):
                    raise table.error(
                        row, "report_period", f"is not the period given, {period}; give one"
                    )
    try:
        months = whole_months_of(period, "the report's period")
    except BaoCaoError as error:
        raise table.error(rows[0], "report_period", str(error)) from error
    if months[0].year != months[-1].year:
        raise table.error(
            rows[0],
            "report_period",
            f"is {period}, which spans {months[0].year} and {months[-1].year}; a report's "
            "period is within one year (its plans and figures are of that year)",
        )
    return period


def _given_period(given: Period | str) -> Period:
    if isinstance(given, str):
        return parse_period(given)
    if not hasattr(given, "months"):
        raise OptionError(
            f"Report.from_frame: period={given!r} is not a period; pass Month(2026, 4) or "
            "its label, 'tháng 4/2026'",
            option="period",
            value=given,
        )
    return given
