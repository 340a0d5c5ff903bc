"""One indicator row of a workbook as a `SectionItem`, and the percentages the row states.

The row's figure columns make its `Series`: a month's column a month's figure; a
cumulative column (*lũy kế 4 tháng*) the figure of the months no other column gives
(*lũy kế 4 tháng* less *tháng 4* is the figure of the first three months), or, when every
month has its own, a check that they add up to it. The plan columns make its plans; the
scenario columns its `Scenario`, whose year total is the first plan's target unless a
column gives it. The percent columns are kept as `StatedPercent`, beside the percentage
computed from the figures, so that a user (or the audit) can compare them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from baocao_kt._calculators._ratios import attainment, growth, variance
from baocao_kt._edges._xlsx_cells import CellReader
from baocao_kt._edges._xlsx_layout import Comparison, PercentForm, WorkbookColumn
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series import Figure, Series, Status
from baocao_kt._periods._calendar import Month, Year, YearToDate
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import SectionItem
from baocao_kt._report._wording import Wording
from baocao_kt._values._rates import Percent
from baocao_kt.errors import BaoCaoError, ReportDataError

__all__ = ["Cell", "StatedPercent", "build_item"]

#: A cell of the row: its column, its address and its value as read.
Cell = tuple[WorkbookColumn, str, object]

_DEFAULT_WORDING = Wording()  # shared: most rows state their percentages at one precision
_MANY_PLACES = 3  # a percentage of more decimals is a formula's unrounded result
_UNROUNDED_PLACES = 6
_WORDING_PLACES: dict[tuple[str | None, str], str] = {
    ("scenario", "month"): "month_variance_places",
    ("plan", "cumulative"): "attainment_places",
    ("scenario", "cumulative"): "cumulative_variance_places",
    ("same_period", "month"): "growth_places",
    ("same_period", "cumulative"): "growth_places",
}


@attrs.frozen(kw_only=True)
class StatedPercent:
    """A percentage a workbook states, and the same percentage computed from its figures.

    Attributes:
        sheet: The sheet's name.
        cell: The cell's address (``"L9"``).
        code: The indicator's code.
        header: The header of its column.
        period: The period of the figure it compares.
        compares: What it compares the figure with (``"plan"``, ``"scenario"``,
            ``"same_period"``).
        form: ``"ratio"`` (102,5) or ``"variance"`` (2,5), see `PercentForm`.
        stated: The percentage as the cell holds it (a cell shown as ``0.0%`` holds
            its value ÷ 100; this is × 100).
        places: The decimals the cell shows (its text's, or its number format's);
            ``None`` for a number in General format.
        computed: The percentage computed exactly from the figures, plan and scenario
            read; ``None`` when they give none (no plan, a zero reference).
    """

    sheet: str
    cell: str
    code: str
    header: str
    period: Period
    compares: Comparison
    form: PercentForm
    stated: Decimal
    places: int | None
    computed: Percent | None

    @property
    def agrees(self) -> bool | None:
        """Whether the computed percentage, rounded half-up as shown, is the stated one.

        ``None`` when nothing was computed. A stated value of General format is
        compared at its own decimals, or at 6 when it has more than 3 (a formula's
        unrounded result, which carries a float's last-digit noise).
        """
        if self.computed is None:
            return None
        places = self.places
        if places is None:
            own = max(-self.stated.as_tuple().exponent, 0)  # type: ignore[operator] # finite
            places = own if own <= _MANY_PLACES else _UNROUNDED_PLACES
        return self.computed.rounded(places) == Percent(self.stated).rounded(places)


def _period_kind(period: Period) -> str:
    return "month" if type(period) is Month else "cumulative"


def build_item(
    reader: CellReader,
    indicator: Indicator,
    cells: Sequence[Cell],
    *,
    year: int,
    row: int,
) -> tuple[SectionItem, list[StatedPercent]]:
    """The item of one row (``row`` 1-based, for messages) and its stated percentages."""
    percents = _percents(reader, cells)
    places = _places(percents)
    if places:  # the decimals the sheet states its percentages with, first
        indicator = attrs.evolve(indicator, places=places.pop("attainment_places", 1))
        places = {key: value for key, value in places.items() if value != indicator.places}
    series = _series(reader, indicator, [c for c in cells if c[0].role == "figure"], row)
    plans = []
    for column, cell, value in cells:
        if column.role != "plan":
            continue
        read = reader.figure(cell, value, column.label)
        if read is None:
            continue
        if read[1] <= 0:
            raise reader.error(
                cell, value, column.label, "is not above zero; a plan's target must be"
            )
        plans.append(
            Plan(
                indicator,
                year,
                read[1],
                kind=column.kind,
                is_adjusted=column.adjusted,
                words=column.plan_words,
            )
        )
    scenario_cells = [c for c in cells if c[0].role == "scenario"]
    scenario = _scenario(reader, indicator, scenario_cells, plans=plans, year=year, row=row)
    stated = [
        StatedPercent(
            sheet=reader.sheet,
            cell=cell,
            code=indicator.code,
            header=column.label,
            period=column.period,  # type: ignore[arg-type] # a percent column has one
            compares=column.compares,  # type: ignore[arg-type] # likewise
            form=column.form,
            stated=number,
            places=shown,
            computed=_computed(column, series, plans, scenario),
        )
        for column, cell, number, shown in percents
    ]
    item = SectionItem(
        indicator=indicator,
        series=series,
        plan=None if not plans else plans[0] if len(plans) == 1 else tuple(plans),
        scenario=scenario,
        wording=Wording(**places) if places else _DEFAULT_WORDING,  # type: ignore[arg-type] # places of the known fields
    )
    return item, stated


#: A stated percentage as read: its column, cell, value and decimals shown.
_Read = tuple[WorkbookColumn, str, Decimal, int | None]


def _percents(reader: CellReader, cells: Sequence[Cell]) -> list[_Read]:
    found = []
    for column, cell, value in cells:
        if column.role == "percent":
            read = reader.percent(cell, value, column.label)
            if read is not None:
                found.append((column, cell, *read))
    return found


def _places(percents: list[_Read]) -> dict[str, int]:
    """The decimals of each kind of percentage stated, as `Wording` fields."""
    places: dict[str, int] = {}
    for column, _cell, _number, shown in percents:
        assert column.period is not None  # noqa: S101 - a percent column has one
        field = _WORDING_PLACES.get((column.compares, _period_kind(column.period)))
        if field and shown is not None and shown <= _MANY_PLACES:
            places.setdefault(field, shown)
    return places


def _series(reader: CellReader, indicator: Indicator, cells: Sequence[Cell], row: int) -> Series:
    figures: dict[Period, tuple[Figure, str]] = {}
    cumulative: list[tuple[YearToDate, Status, str, Decimal, str]] = []
    for column, cell, value in cells:
        read = reader.figure(cell, value, column.label)
        if read is None:
            continue
        period = column.period
        assert period is not None  # noqa: S101 - a figure column has one
        if type(period) is YearToDate:
            cumulative.append((period, column.status, cell, read[1], column.label))
            continue
        if period in figures:
            raise reader.error(
                cell,
                value,
                column.label,
                f"is a second figure for {period} in row {row} "
                f"(the other is in {figures[period][1]}); give one",
            )
        figures[period] = Figure(period, read[1], column.status, qualifier=read[0]), cell
    for period, status, cell, total, label in sorted(cumulative, key=lambda c: c[0].months[-1]):
        derived = _remainder(
            reader, figures, period, status=status, where=(cell, label), total=total
        )
        if derived is not None:
            figures[derived.period] = derived, cell
    try:
        return Series(indicator, [figure for figure, _ in figures.values()])
    except BaoCaoError as error:
        raise _row_error(reader, row, f"its figures overlap: {error}") from error


def _remainder(  # noqa: PLR0913 - the figures so far and the cumulative cell
    reader: CellReader,
    figures: dict[Period, tuple[Figure, str]],
    period: YearToDate,
    *,
    status: Status,
    where: tuple[str, str],
    total: Decimal,
) -> Figure | None:
    """The figure of the months a cumulative cell holds and no other column gives."""
    cell, label = where
    covered = {m: f for f, _ in figures.values() for m in f.period.months if m in period.months}
    missing = [m for m in period.months if m not in covered]
    given = sum({id(f): f.value for f in covered.values()}.values(), Decimal(0))
    if not missing:
        if given != total:
            raise reader.error(
                cell,
                total,
                label,
                f"is not the sum of the figures of its months, {given}; correct one of them",
            )
        return None
    if tuple(missing) != period.months[: len(missing)]:
        raise reader.error(
            cell,
            total,
            label,
            f"holds months {', '.join(str(m.month) for m in missing)} of {period.year} without "
            "a figure of their own, which are not the first months of the year; give them",
        )
    remainder = total - given
    estimate = status == "estimate" and not any(f.is_estimate for f in covered.values())
    last = missing[-1]
    part: Period = last if len(missing) == 1 else YearToDate(last.year, last.month)
    return Figure(part, remainder, "estimate" if estimate else "actual")


def _scenario(  # noqa: PLR0913 - the row's scenario cells and what they lead to
    reader: CellReader,
    indicator: Indicator,
    cells: Sequence[Cell],
    *,
    plans: list[Plan],
    year: int,
    row: int,
) -> Scenario | None:
    months = _scenario_months(reader, cells)
    if not months:
        return None
    if 12 not in months and plans:
        months[12] = plans[0].target
    try:
        return Scenario.from_cumulative(indicator, year, months)  # type: ignore[arg-type] # int keys
    except BaoCaoError as error:
        raise _row_error(reader, row, f"its scenario cannot be made: {error}") from error


def _scenario_months(reader: CellReader, cells: Sequence[Cell]) -> dict[int, Decimal]:
    """The scenario's cumulative amounts by month; a month's own amount placed by them."""
    months: dict[int, Decimal] = {}
    single: dict[int, tuple[Decimal, str, str]] = {}
    for column, cell, value in cells:
        read = reader.figure(cell, value, column.label)
        if read is None:
            continue
        period = column.period
        if type(period) is Month:
            single[period.month] = read[1], cell, column.label
        elif type(period) in (YearToDate, Year):
            months[period.months[-1].month] = read[1]  # type: ignore[union-attr] # a period
        else:
            raise reader.error(cell, value, column.label, f"is a scenario for {period}, unknown")
    for month, (amount, cell, label) in single.items():
        if month in months and month > 1:
            months.setdefault(month - 1, months[month] - amount)
        elif month - 1 in months or month == 1:
            months.setdefault(month, months.get(month - 1, Decimal(0)) + amount)
        else:
            raise reader.error(
                cell,
                amount,
                label,
                f"is the scenario of month {month} alone; give its cumulative scenario too "
                f"(lũy kế {month} tháng), so that the month has its place in the year",
            )
    return months


def _computed(
    column: WorkbookColumn,
    series: Series,
    plans: list[Plan],
    scenario: Scenario | None,
) -> Percent | None:
    period = column.period
    assert period is not None  # noqa: S101 - a percent column has one
    try:
        value = series.value(period).value
        if column.compares == "plan":
            if not plans:
                return None
            reference = plans[0].target
        elif column.compares == "scenario":
            if scenario is None or not scenario.covers(period):
                return None
            reference = scenario.target(period)
        else:
            reference = series.value(period.same_period_last_year()).value
        if column.form == "ratio":
            result = attainment(value, reference, na=True)
        elif column.compares == "same_period":
            result = growth(value, reference, na=True)
        else:
            result = variance(value, reference, na=True)
    except BaoCaoError:
        return None
    return result if isinstance(result, Percent) else None


def _row_error(reader: CellReader, row: int, reason: str) -> ReportDataError:
    return ReportDataError(
        f"{reader.source}: sheet {reader.sheet!r}, row {row}: {reason}",
        source=reader.source,
        key=f"{reader.sheet}!{row}:{row}",
        value=None,
    )
