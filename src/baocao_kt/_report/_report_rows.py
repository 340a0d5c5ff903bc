"""The rows of one indicator in a report's table: written from a `SectionItem`, read into one.

An item's rows are its figures (status ``actual`` or ``estimate``), its plans (``plan``:
the target, for the year, with ``plan_kind``, ``plan_words`` and ``plan_adjusted``) and its
scenario's checkpoints (``scenario``: the cumulative target from January through the
period's last month, ``4 tháng đầu năm 2026``). What a data file checks is checked here,
with the row and the column named: a report read from a table renders.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from decimal import Decimal

from baocao_kt._model._frame_table import Table
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series_frame import FIGURE_STATUSES, FigureRows, figure_cells
from baocao_kt._periods._calendar import Year, YearToDate
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._report._section import SectionItem
from baocao_kt._report._wording import Wording
from baocao_kt.errors import BaoCaoError, UnknownUnitError

__all__ = ["ItemRows"]

_STATUSES = (*FIGURE_STATUSES, "plan", "scenario")
_PLAN_COLUMNS = ("plan_kind", "plan_words", "plan_adjusted")


class ItemRows:
    """The rows of indicator ``code`` in ``table``, first at ``first``; `item` reads them."""

    __slots__ = ("code", "first", "rows", "table")

    def __init__(self, table: Table, first: int, code: str) -> None:
        self.table, self.first, self.code = table, first, code
        self.rows: list[int] = []

    @staticmethod
    def cells(item: SectionItem) -> Iterator[dict[str, object]]:
        """The cells of an item's rows: its figures, plans and scenario's checkpoints."""
        indicator = item.indicator
        for figure in item.series.figures:
            yield figure_cells(indicator, figure)
        base = {"indicator": indicator.code, "name": indicator.name, "unit": indicator.unit_name}
        for plan in item.plans:
            yield {
                **base,
                "period": str(Year(plan.year)),
                "status": "plan",
                "value": plan.target,
                "plan_kind": plan.kind,
                "plan_words": plan.words,
                "plan_adjusted": plan.is_adjusted,
            }
        scenario = item.scenario
        if scenario is not None:
            for month, cumulative in scenario.checkpoints:
                period = str(YearToDate(scenario.year, month))
                yield {**base, "period": period, "status": "scenario", "value": cumulative}

    def check_same(self, row: int, columns: Sequence[str]) -> None:
        """Refuse a row whose ``columns`` (the indicator's) differ from its first row's."""
        for column in columns:
            if self.table.raw(row, column) != self.table.raw(self.first, column):
                raise self.table.error(
                    row,
                    column,
                    f"is not row {self.first}'s ({self.table.raw(self.first, column)!r}); it "
                    f"is indicator {self.code!r}'s, the same on each of its rows",
                )

    def section_key(self) -> tuple[int | None, str | None]:
        """The item's section: its number and heading."""
        table, row = self.table, self.first
        number = table.integer(row, "section")
        if number is not None and number < 1:
            raise table.error(row, "section", "is not a section's number; write 1 or more")
        return number, table.text(row, "heading", "'1. Nông nghiệp'")

    def item(self, period: Period) -> SectionItem:
        """The item the rows make, for a report of ``period``; it renders, or is refused."""
        indicator, wording = self._indicator(), self._wording()
        year = period.months[-1].year
        figures = FigureRows(self.table, indicator)
        plans: list[tuple[int, Plan]] = []
        checkpoints: dict[int, tuple[int, Decimal]] = {}
        for row in self.rows:
            status = self.table.text(row, "status", "'actual'", required=True)
            if status not in _STATUSES:
                shown = ", ".join(repr(name) for name in _STATUSES)
                raise self.table.error(row, "status", f"is not a status; write one of {shown}")
            self._only_where(row, status)
            if status == "plan":
                plans.append((row, self._plan(row, indicator, year)))
            elif status == "scenario":
                month, value = self._checkpoint(row, year)
                if month in checkpoints:
                    raise self.table.error(
                        row,
                        "period",
                        f"is a second checkpoint for it (row {checkpoints[month][0]})",
                    )
                checkpoints[month] = (row, value)
            else:
                figures.add(row, status)
        self._named_apart(plans)
        first_plan = plans[0][1] if plans else None
        scenario = self._scenario(indicator, year, checkpoints, first_plan)
        if plans or scenario is not None:
            self._no_negative()
        only = [plan for _, plan in plans]
        item = SectionItem(
            indicator=indicator,
            series=figures.series(),
            plan=only[0] if len(only) == 1 else (tuple(only) or None),
            scenario=scenario,
            wording=wording,
        )
        try:
            item.render(period)
        except BaoCaoError as error:
            raise self.table.error(
                self.first,
                "indicator",
                f"its sentence for {period} cannot be written from rows "
                f"{', '.join(map(str, self.rows))}: {error}",
            ) from error
        return item

    def _only_where(self, row: int, status: str) -> None:
        """Refuse a plan's cell on another row, and a qualifier on a plan or scenario.

        ``plan_adjusted`` may be false on any row: a column of flags may have no empty cells.
        """
        columns = () if status == "plan" else _PLAN_COLUMNS
        if status in ("plan", "scenario"):
            columns = (*columns, "qualifier")
        for column in columns:
            value = self.table.raw(row, column)
            if value is not None and not (column == "plan_adjusted" and value is False):
                raise self.table.error(
                    row, column, f"is set on a row of status {status!r}; leave it empty there"
                )

    def _indicator(self) -> Indicator:
        table, row = self.table, self.first
        name = table.text(row, "name", "'Giá trị sản phẩm ngành dịch vụ'", required=True)
        unit = table.text(row, "unit", "'triệu đồng'", required=True)
        assert name is not None  # noqa: S101 - required, for mypy
        assert unit is not None  # noqa: S101 - likewise
        options: dict[str, object] = {}
        for column in ("aggregation", "direction"):
            text = table.text(row, column, "'sum'")
            if text is not None:
                options[column] = text
        places = table.integer(row, "places")
        if places is not None:
            options["places"] = places
        if options.get("aggregation") == "ratio":
            raise table.error(
                row,
                "aggregation",
                "a ratio indicator is recomputed from two other indicators, which a table "
                "cannot name; give the ratio's parts as indicators of their own",
            )
        if unit.strip() == "%":
            raise table.error(
                row,
                "unit",
                "is a rate's; the sentence of a report states amounts, and a rate is compared "
                "in percentage points, which a report cannot write yet; give the amounts the "
                "rate is made of as indicators of their own",
            )
        try:
            return Indicator(self.code, name, unit, **options)  # type: ignore[arg-type] # its validators check
        except UnknownUnitError as error:
            raise table.error(row, "unit", str(error)) from error
        except BaoCaoError as error:
            column = getattr(error, "option", "indicator")
            raise table.error(
                row, column if column in options else "indicator", str(error)
            ) from error

    def _wording(self) -> Wording:
        table, row = self.table, self.first
        text = table.text(row, "wording", '\'{"verb": "đạt"}\'')
        if text is None:
            return Wording()
        try:
            fields = json.loads(text)
        except ValueError as error:
            raise table.error(row, "wording", f"is not JSON: {error}") from error
        if not isinstance(fields, dict):
            raise table.error(
                row, "wording", 'is not a JSON object; write the fields, {"verb": "đạt"}'
            )
        try:
            return Wording(**fields)
        except TypeError as error:  # an unknown field
            raise table.error(row, "wording", f"has a field Wording does not: {error}") from error
        except BaoCaoError as error:
            raise table.error(row, "wording", str(error)) from error

    def _plan(self, row: int, indicator: Indicator, year: int) -> Plan:
        table = self.table
        period = table.period(row, "period")
        if period != Year(year):
            raise table.error(
                row, "period", f"is not {Year(year)}; a plan's row is for the report's year"
            )
        target = table.number(row, "value")
        if target <= 0:
            raise table.error(
                row,
                "value",
                "is not above zero; the sentence states the year to date as a percentage of "
                "the plan's target, which needs a positive amount",
            )
        kind = table.text(row, "plan_kind", "'dự toán'") or "kế hoạch"
        adjusted = table.flag(row, "plan_adjusted") or False
        words = table.text(row, "plan_words", "'dự toán tỉnh giao'")
        try:
            return Plan(indicator, year, target, kind=kind, is_adjusted=adjusted, words=words)  # type: ignore[arg-type] # kind: validated
        except BaoCaoError as error:
            raise table.error(row, "plan_kind", str(error)) from error

    def _named_apart(self, plans: list[tuple[int, Plan]]) -> None:
        named: dict[str, int] = {}
        for row, plan in plans:
            words = str(plan)
            if words in named:
                raise self.table.error(
                    row,
                    "plan_words",
                    f"names the plan {words!r} in a sentence, as row {named[words]} does; "
                    "with several plans, give each its own words",
                )
            named[words] = row

    def _checkpoint(self, row: int, year: int) -> tuple[int, Decimal]:
        table = self.table
        period = table.period(row, "period")
        try:
            months = whole_months_of(period, "a scenario's checkpoint")
        except BaoCaoError as error:
            raise table.error(row, "period", str(error)) from error
        if months[0].month != 1 or months[0].year != year or months[-1].year != year:
            raise table.error(
                row,
                "period",
                f"is not a year to date of {year}; a scenario's row gives the cumulative "
                f"target from January, such as '4 tháng đầu năm {year}'",
            )
        return months[-1].month, table.number(row, "value")

    def _scenario(
        self,
        indicator: Indicator,
        year: int,
        checkpoints: dict[int, tuple[int, Decimal]],
        plan: Plan | None,
    ) -> Scenario | None:
        if not checkpoints:
            return None
        table = self.table
        before, before_row = Decimal(0), None
        for month in sorted(checkpoints):
            row, value = checkpoints[month]
            if value <= before:
                earlier = "zero" if before_row is None else f"row {before_row}'s ({before})"
                raise table.error(
                    row,
                    "value",
                    f"is not above {earlier}: a scenario's cumulative target rises, and the "
                    "sentence states a percentage of each period's target",
                )
            before, before_row = value, row
        last_row = checkpoints[max(checkpoints)][0]
        try:
            scenario = Scenario(
                indicator, year, {month: value for month, (_, value) in checkpoints.items()}
            )
        except BaoCaoError as error:
            raise table.error(last_row, "period", str(error)) from error
        gap = None if plan is None else scenario.check(plan)
        if gap is not None:
            raise table.error(last_row, "value", f"{gap}: a scenario leads to its plan's target")
        return scenario

    def _no_negative(self) -> None:
        for row in self.rows:
            status = self.table.raw(row, "status")
            if status in FIGURE_STATUSES and self.table.number(row, "value") < 0:
                raise self.table.error(
                    row,
                    "value",
                    f"is below zero, and indicator {self.code!r} has a plan or a scenario: the "
                    "sentence states the figure as a percentage of a positive target; check "
                    "the figure",
                )
