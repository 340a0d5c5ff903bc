"""Charts of a report in the notation of business charts (IBCS), labelled by the library.

Actual (*TH*, thực hiện) is solid, plan (*KH*, kế hoạch) outlined, scenario (*KB*, kịch
bản) a tick, and a variance a bar that is green when it is good news and red when it is
bad (for an indicator where less is better, such as spending overruns, a rise is bad).
Every label is the library's own text (``37,2%``, ``+2,5%``), so a chart and the report's
sentences never disagree; floats are only the bars' lengths. matplotlib is imported on
first use (extra ``charts``), and no pyplot state is touched: each call draws on the axes
it is given, or on a new `matplotlib.figure.Figure`.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal
from typing import Any, Literal

from baocao_kt._calculators._ratios import attainment, growth, variance
from baocao_kt._model._series import Figure
from baocao_kt._periods._calendar import Month, YearToDate
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import Report, SectionItem
from baocao_kt._values._rates import Percent
from baocao_kt.errors import BaoCaoError, OptionError, ValueKindError

__all__ = ["plot_attainment", "plot_variance"]

#: What a variance is measured against: the scenario (KB), the plan (KH), last year (CK).
Against = Literal["scenario", "plan", "same_period"]

_ACTUAL = "#404040"
_GOOD, _BAD = "#2e7d32", "#c62828"
_LABELS: dict[str, str] = {"scenario": "KB", "plan": "KH", "same_period": "CK"}


def _axes(ax: Any, rows: int) -> Any:  # noqa: ANN401 - matplotlib's Axes
    if ax is not None:
        return ax
    from matplotlib.figure import Figure as Canvas  # noqa: PLC0415 - matplotlib on first use

    canvas = Canvas(figsize=(8, 1.2 + 0.6 * max(rows, 1)), layout="constrained")
    return canvas.subplots()


def _report(value: object, function: str) -> Report:
    if not isinstance(value, Report):
        raise ValueKindError(
            f"{function}() takes a Report (load_report, Report.from_frame), not a "
            f"{type(value).__name__}",
            value=value,
        )
    return value


def _period(report: Report, period: Period | None, cumulative: bool) -> Period:
    chosen = report.period if period is None else period
    if cumulative and isinstance(chosen, Month):
        return YearToDate(chosen.year, chosen.month)
    return chosen


def _name(item: SectionItem) -> str:
    return "\n".join(textwrap.wrap(item.indicator.name, 36))


def _places(item: SectionItem) -> int:
    chosen = item.wording.attainment_places
    return item.indicator.places if chosen is None else chosen


def plot_attainment(
    report: Report,
    *,
    period: Period | None = None,
    cumulative: bool = True,
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes; typed Any so matplotlib stays optional
) -> Any:  # noqa: ANN401 - the same Axes
    """Each indicator's attainment of its (first) plan: TH solid, KH outlined, KB a tick.

    Args:
        report: The report (indicators without a plan are left out).
        period: The period (default: the report's).
        cumulative: For a month, the months to date (*lũy kế*), as a report states
            attainment; ``False`` for the month alone.
        ax: The `matplotlib.axes.Axes` to draw on (default: those of a new
            `matplotlib.figure.Figure`, outside pyplot's state).

    Returns:
        The `matplotlib.axes.Axes`; ``ax.figure.savefig("chart.png")`` writes it.

    >>> ax = plot_attainment(load_report("examples/phu_lien_2026_04.toml"))
    >>> [text.get_text() for text in ax.texts]
    ['37,2%', '34,8%', '35,75%', '33,4%', '29,53%']
    """
    report = _report(report, "plot_attainment")
    when = _period(report, period, cumulative)
    items = [item for item in report.items if item.plans]
    axes = _axes(ax, len(items))
    rows = list(range(len(items)))[::-1]  # the report's order, top down
    for row, item in zip(rows, items, strict=True):
        target = item.plans[0].target
        reached = attainment(item.series.value(when), target)
        axes.barh(row, 100, height=0.6, fill=False, edgecolor=_ACTUAL, linewidth=1)
        axes.barh(row, float(reached), height=0.6, color=_ACTUAL)
        axes.annotate(
            reached.format(_places(item)),
            (float(reached), row),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
        )
        if item.scenario is not None:
            try:
                path = attainment(item.scenario.target(when), target)
            except BaoCaoError:  # a quarterly scenario has no month's target: no tick
                continue
            axes.plot([float(path)] * 2, [row - 0.4, row + 0.4], color=_BAD, linewidth=2)
    axes.set_yticks(rows, [_name(item) for item in items], fontsize=9)
    widest = max(
        (float(attainment(i.series.value(when), i.plans[0].target)) for i in items), default=0
    )
    axes.set_xlim(0, max(110.0, widest * 1.15))
    _percent_axis(axes)
    axes.set_title(f"Tỷ lệ thực hiện so với kế hoạch, {when.label()}", fontsize=10)
    _legend(axes, scenario=any(item.scenario is not None for item in items))
    return axes


def plot_variance(
    report: Report,
    *,
    against: Against = "scenario",
    period: Period | None = None,
    cumulative: bool = True,
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes; typed Any so matplotlib stays optional
) -> Any:  # noqa: ANN401 - the same Axes
    """Each indicator's variance against its scenario (KB), plan (KH) or last year (CK).

    A bar is green when the variance is good news (above a reference where more is
    better, below it where less is), red otherwise; its label is the library's signed
    text. Indicators without the reference are left out.

    >>> ax = plot_variance(load_report("examples/phu_lien_2026_04.toml"))
    >>> [text.get_text() for text in ax.texts]
    ['+0,8%', '+7,37%', '+4,94%', '+32,35%']
    """
    report = _report(report, "plot_variance")
    if against not in _LABELS:
        raise OptionError(
            f"plot_variance: against={against!r} is not a reference; pass 'scenario' (KB), "
            "'plan' (KH) or 'same_period' (CK)",
            option="against",
            value=against,
        )
    when = _period(report, period, cumulative)
    measured: list[tuple[SectionItem, Percent]] = []
    for item in report.items:
        change = _variance(item, when, against)
        if change is not None:
            measured.append((item, change))
    axes = _axes(ax, len(measured))
    rows = list(range(len(measured)))[::-1]
    for row, (item, change) in zip(rows, measured, strict=True):
        good = (change.exact >= 0) == (item.indicator.direction == "higher")
        axes.barh(row, float(change), height=0.6, color=_GOOD if good else _BAD)
        text = change.format(_variance_places(item, cumulative=when != report.period))
        sign = "+" if change.exact > 0 and not text.startswith("-") else ""
        right = change.exact >= 0
        axes.annotate(
            f"{sign}{text}",
            (float(change), row),
            xytext=(3 if right else -3, 0),
            textcoords="offset points",
            va="center",
            ha="left" if right else "right",
            fontsize=9,
        )
    axes.axvline(0, color=_ACTUAL, linewidth=1)
    axes.set_yticks(rows, [_name(item) for item, _ in measured], fontsize=9)
    axes.margins(x=0.25)
    _percent_axis(axes)
    axes.set_title(f"Δ{_LABELS[against]} (%), {when.label()}", fontsize=10)
    return axes


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


def _variance_places(item: SectionItem, *, cumulative: bool) -> int:
    wording = item.wording
    chosen = wording.cumulative_variance_places if cumulative else wording.month_variance_places
    return item.indicator.places if chosen is None else chosen


def _percent_axis(axes: Any) -> None:  # noqa: ANN401 - matplotlib's Axes
    from matplotlib.ticker import FuncFormatter  # noqa: PLC0415 - matplotlib on first use

    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: Percent(float(value)).format(0)))
    axes.spines[["top", "right"]].set_visible(False)


def _legend(axes: Any, *, scenario: bool) -> None:  # noqa: ANN401 - matplotlib's Axes
    from matplotlib.lines import Line2D  # noqa: PLC0415 - matplotlib on first use
    from matplotlib.patches import Patch  # noqa: PLC0415

    handles: list[Any] = [
        Patch(color=_ACTUAL, label="TH (thực hiện)"),
        Patch(fill=False, edgecolor=_ACTUAL, label="KH (kế hoạch)"),
    ]
    if scenario:
        handles.append(Line2D([], [], color=_BAD, linewidth=2, label="KB (kịch bản)"))
    axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1, 1), fontsize=8, frameon=False)
