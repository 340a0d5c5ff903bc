"""The bars of a chart, from a report or from a table: a label, an exact percent, its text.

A report's bars come from its items, at the decimals its sentences use; a table's from
its columns, computed by the scalar calculators (a chart has a bar per indicator: a few
rows, never millions). Either way the label of a bar is the library's text.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal

import attrs

from baocao_kt._calculators._ratios import attainment, growth, variance
from baocao_kt._model._figure import Figure
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import Report, SectionItem
from baocao_kt._report._sentence import cumulative_window
from baocao_kt._values._convert import to_decimal
from baocao_kt._values._rates import Percent
from baocao_kt.errors import (
    BaoCaoError,
    MissingValueError,
    OppositeSignError,
    OptionError,
    ValueKindError,
    ZeroBaseError,
)

__all__ = ["Against", "Bar", "Columns", "frame_bars", "report_attainment", "report_variance"]

#: What a variance is measured against: the scenario (KB), the plan (KH), last year (CK).
Against = Literal["scenario", "plan", "same_period"]


@attrs.frozen
class Bar:
    """One bar: its label, its exact percent and decimals, and what colours or marks it."""

    label: str
    value: Percent
    places: int
    path: Percent | None = None  # the scenario's share of the plan: a tick
    good: bool = True  # a variance that is good news: green


@attrs.frozen
class Columns:
    """The columns of a table that a chart reads: its labels and the two amounts."""

    label: str | None
    value: str | None
    reference: str | None
    scenario: str | None = None


def _wrapped(name: str) -> str:
    return "\n".join(textwrap.wrap(name, 36))


def report_period(report: Report, period: Period | None, *, cumulative: bool) -> Period:
    """The period a chart shows: the report's (or the one given), to date for a month."""
    chosen = report.period if period is None else period
    window = cumulative_window(chosen) if cumulative else None
    return chosen if window is None else window


def report_attainment(report: Report, when: Period) -> list[Bar]:
    """A bar per item with a plan: its attainment of the first plan, the scenario's tick."""
    bars = []
    for item in report.items:
        if not item.plans:
            continue
        target = item.plans[0].target
        places = item.places("attainment")
        path = None
        if item.scenario is not None:
            try:
                path = attainment(item.scenario.target(when), target)
            except BaoCaoError:  # a quarterly scenario has no month's target: no tick
                path = None
        reached = attainment(item.series.value(when), target)
        bars.append(Bar(_wrapped(item.indicator.name), reached, places, path))
    return bars


def report_variance(report: Report, when: Period, against: Against) -> list[Bar]:
    """A bar per item with the reference: its variance, green when it is good news."""
    cumulative = when != report.period
    bars = []
    for item in report.items:
        change = _variance(item, when, against)
        if change is None:
            continue
        places = item.places("cumulative_variance" if cumulative else "month_variance")
        good = (change.exact >= 0) == (item.indicator.direction == "higher")
        bars.append(Bar(_wrapped(item.indicator.name), change, places, good=good))
    return bars


def _variance(item: SectionItem, when: Period, against: Against) -> Percent | None:
    """The item's variance against the reference, or None if it has none."""
    try:
        reference = _reference(item, when, against)
        if reference is None:
            return None
        actual: Figure = item.series.value(when)
        return (growth if against == "same_period" else variance)(actual, reference)
    except BaoCaoError:
        return None  # no figure or no target for the period: nothing to draw


def _reference(item: SectionItem, when: Period, against: Against) -> Decimal | Figure | None:
    if against == "scenario":
        return None if item.scenario is None else item.scenario.target(when)
    if against == "plan":
        return item.plans[0].target if item.plans else None
    previous = when.same_period_last_year()
    return item.series.value(previous) if item.series.has_figures_for(previous) else None


def frame_bars(  # noqa: PLR0913 - the table, its columns and how to read them
    frame: Any,  # noqa: ANN401 - any dataframe narwhals reads
    columns: Columns,
    calculator: Callable[[Decimal, Decimal], Percent],
    *,
    places: int,
    higher_is_better: bool,
    function: str,
    reference_option: str = "reference",
) -> list[Bar]:
    """A bar per row of a table: ``calculator(value, reference)`` at ``places``.

    Rows whose ratio has no meaning (a zero or opposite-sign reference, a missing value)
    get no bar; a value that is not a number is an error naming the row and the column.
    """
    import narwhals as nw  # noqa: PLC0415 - the frames extra, on first use

    try:
        table = nw.from_native(frame)
    except TypeError:
        raise ValueKindError(
            f"{function}() takes a Report or a dataframe (pandas, polars, pyarrow, …), not a "
            f"{type(frame).__name__}",
            value=frame,
        ) from None
    for option, name in (
        ("label", columns.label),
        ("actual", columns.value),
        (reference_option, columns.reference),
    ):
        if name is None:
            raise OptionError(
                f"{function}() of a table needs {option}=, the name of its column",
                option=option,
                value=None,
            )
    if isinstance(table, nw.LazyFrame):
        table = table.collect()
    wanted = [c for c in (columns.label, columns.value, columns.reference, columns.scenario) if c]
    missing = [name for name in wanted if name not in table.columns]
    if missing:
        raise OptionError(
            f"{function}(): no column {missing[0]!r}; the table has {table.columns}",
            option="columns",
            value=missing[0],
        )
    bars = []
    for number, row in enumerate(table.select(wanted).iter_rows(named=True)):
        try:
            value = to_decimal(row[columns.value], argument=f"row {number}, {columns.value!r}")
            reference = to_decimal(
                row[columns.reference], argument=f"row {number}, {columns.reference!r}"
            )
            result = calculator(value, reference)
            path = None
            if columns.scenario is not None and row[columns.scenario] is not None:
                target = to_decimal(row[columns.scenario], argument=f"row {number}")
                path = attainment(target, reference)
        except (MissingValueError, ZeroBaseError, OppositeSignError):
            continue  # no meaning, no bar: as n.a. in a table
        good = (result.exact >= 0) == higher_is_better
        bars.append(Bar(_wrapped(str(row[columns.label])), result, places, path, good))
    return bars
