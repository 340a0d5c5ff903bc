"""The figures of a report data file: by month or by whole period, this year's and before.

``[indicators.CODE.figures]`` has an ``actual`` and an ``estimate`` table for the
report's year, and a table per earlier year (``figures.2025.actual``) for the growth
against the same period. A key is a month's number (``4``) or the label of a period of
whole months of its table's year (``"quý I/2026"``). Figures never overlap: a month has
one figure, given for it or for a period that holds it. All go into one `Series`.

What the report needs is checked when the file is read, by asking the series for it: a
value for the report's period and its year to date, and for last year's same periods
when the file has some of their figures (the sentence states the growth against them).
A month that cannot be answered for is a `ReportDataError` naming the key to add it to.
"""

from __future__ import annotations

import re

from baocao_kt._edges._toml_checks import check_figure
from baocao_kt._edges._toml_fields import Node, show
from baocao_kt._model._indicator import Indicator
from baocao_kt._model._series import Figure, Series, Status
from baocao_kt._periods._base import MIN_YEAR
from baocao_kt._periods._calendar import Month, YearToDate
from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._report._wording import Wording
from baocao_kt.errors import BaoCaoError, MissingFigureError, ReportDataError

__all__ = ["Figures", "read_figures"]

_STATUSES: tuple[Status, ...] = ("actual", "estimate")
_MONTH_KEY = re.compile(r"[0-9]{1,2}")
_YEAR_KEY = re.compile(r"[0-9]{4}")
_PERIOD_EXAMPLE = "'quý I/{year}', '6 tháng đầu năm {year}'"


class Figures:
    """The series read from a ``figures`` table, and the key each month's figure is at."""

    __slots__ = ("node", "series", "where")

    def __init__(self, node: Node, series: Series, where: dict[Month, Node]) -> None:
        self.node, self.series, self.where = node, series, where

    def check_needs(self, period: Period, wording: Wording) -> None:
        """Refuse figures that cannot give what the sentence of ``period`` states.

        The period and its year to date always; last year's same periods (when the
        wording states that growth) and the period before (when it states that one) if
        the file has any of their figures: some, not all, is a gap, not a choice.
        """
        months = period.months
        last = months[-1]
        needed: list[tuple[Period, bool]] = [(period, True)]
        needed.append((YearToDate(last.year, last.month), True))
        if wording.same_period:
            needed.extend((asked.same_period_last_year(), False) for asked, _ in needed[:2])
        previous = getattr(period, "previous", None)
        if wording.previous_period and previous is not None:
            needed.append((previous(), False))
        known = set(self.series.months)
        for asked, required in needed:
            if required or not known.isdisjoint(asked.months):
                self._answers(asked, period, required=required)

    def _answers(self, asked: Period, period: Period, *, required: bool) -> None:
        try:
            self.series.value(asked)
        except MissingFigureError as error:
            month = error.month
            assert isinstance(month, Month)  # noqa: S101 - a series names the month it lacks
            raise self._missing(month, asked, period, required=required) from error
        except BaoCaoError as error:  # figures stated with two different words, say
            raise self.node.failed(error) from error

    def _missing(
        self, month: Month, asked: Period, period: Period, *, required: bool
    ) -> ReportDataError:
        node = self.node
        if month.year != period.months[-1].year:
            node = node.child(str(month.year), None)
        covering = self.where.get(month)
        if covering is not None:  # a figure of a period reaching beyond the one asked for
            needs = "its own figure" if asked == period else f"the figure of {asked}"
            reason = (
                f"the report for {period} needs {needs}, and month {month.month} ({month}) "
                f"has only the one at {covering.key} = {show(covering.value)}, which reaches "
                "beyond it and cannot be split; give the figures of its months instead"
            )
        elif required:
            reason = (
                f"no figure for month {month.month} ({month}); the report for {period} needs "
                f"one for every month from 1 to {period.months[-1].month}: add it to "
                f"{node.key}.actual or .estimate"
            )
        else:
            reason = (
                f"no figure for month {month.month} ({month}); the file has other figures of "
                f"{asked}, and the sentence for {period} states the growth against it, "
                f"which needs all of them: add it to {node.key}.actual or .estimate, or "
                f"leave out the figures of {asked}"
            )
        return ReportDataError(
            f"{node.source}: {node.key}: {reason}",
            source=node.source,
            key=node.key,
            value=month.month,
        )


def read_figures(node: Node, indicator: Indicator, year: int, *, against: str) -> Figures:
    """The figures at ``node``, of ``year`` and earlier years.

    ``against`` says what this year's figures are set against (``"a plan"``, …), if
    anything: then none may be below zero.
    """
    by_month: dict[Month, tuple[Node, Figure]] = {}
    tables = _tables(node, year)
    for table_year, fields in tables:
        for status in _STATUSES:
            if status not in fields:
                continue
            seen: set[Period] = set()
            for name, item in fields[status].table().items():
                period = _period(fields[status], name, table_year)
                if period in seen:
                    given = f"month {period.months[0].month}" if type(period) is Month else period
                    raise fields[status].key_error(name, f"{given} is given twice; give it once")
                seen.add(period)
                qualifier, value = item.qualified_number()
                if against and table_year == year:
                    check_figure(item, value, indicator.code, against)
                figure = Figure(period, value, status, qualifier=qualifier)
                _place(item, figure, by_month)
    figures = list({id(figure): figure for _, figure in by_month.values()}.values())
    try:
        series = Series(indicator, figures)
    except BaoCaoError as error:  # not expected: overlaps and part months are refused above
        raise node.failed(error) from error
    return Figures(node, series, {month: item for month, (item, _) in by_month.items()})


def _tables(node: Node, year: int) -> list[tuple[int, dict[str, Node]]]:
    """The tables of ``actual`` and ``estimate``: this year's, then each earlier year's."""
    years = {name: child for name, child in node.table().items() if name not in _STATUSES}
    this_year: dict[str, Node] = {
        name: child for name, child in node.table().items() if name in _STATUSES
    }
    tables: list[tuple[int, dict[str, Node]]] = [(year, this_year)]
    for name, child in years.items():
        if not _YEAR_KEY.fullmatch(name):
            raise node.key_error(
                name,
                f"{name!r} is not a key of {node.where}; its keys are actual, estimate, and "
                f"an earlier year's figures as a table of the year (figures.{year - 1}.actual)",
            )
        earlier = int(name)
        if earlier < MIN_YEAR:  # a report's year has four digits, from 1000
            raise node.key_error(name, f"{name!r} is not a report's year; write it as 2025")
        if earlier >= year:
            raise node.key_error(
                name,
                f"the figures of {earlier} are not of a year before {year}, the report's; "
                f"give {year}'s in {node.key}.actual or .estimate",
            )
        # only actual and estimate: no year within a year
        tables.append((earlier, child.table(_STATUSES)))
    return tables


def _period(node: Node, name: str, year: int) -> Period:
    """The period a figure's key names: a month's number, or a label of ``year``."""
    advice = (
        f"write the month's number, 1 to 12 of {year}, or the label of a period of whole "
        f"months of {year} (" + _PERIOD_EXAMPLE.format(year=year) + ")"
    )
    if _MONTH_KEY.fullmatch(name):
        if not 1 <= int(name) <= 12:
            raise node.key_error(name, f"{name!r} is not a month; {advice}")
        return Month(year, int(name))
    try:
        period = parse_period(name)
        months = whole_months_of(period, "a figure's period")
    except BaoCaoError as error:
        raise node.key_error(name, f"{name!r} is not a month; {advice}: {error}") from error
    if {month.year for month in months} != {year}:
        raise node.key_error(
            name,
            f"{period} is not a period of {year}, the year of {node.key}; give each "
            "year's figures in its own table (figures.2025.actual for 2025)",
        )
    return period


def _place(item: Node, figure: Figure, by_month: dict[Month, tuple[Node, Figure]]) -> None:
    """Put ``figure`` (at ``item``) at each of its months, refusing one that has a figure."""
    for month in figure.period.months:
        if month in by_month:
            other = by_month[month][0]
            if type(figure.period) is Month and figure.period == by_month[month][1].period:
                raise item.error(
                    f"month {month.month} also has a figure at {other.key} = "
                    f"{show(other.value)}; a month has one figure, an actual or an estimate: "
                    "keep one"
                )
            raise item.error(
                f"{figure.period} overlaps the figure at {other.key} = {show(other.value)} "
                f"(both hold {month}); a month has one figure, given for it or for one period "
                "that holds it: keep the months' figures or the whole period's"
            )
    for month in figure.period.months:
        by_month[month] = item, figure
