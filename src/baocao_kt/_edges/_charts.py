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

from typing import Any

from baocao_kt._calculators._ratios import attainment, growth, variance
from baocao_kt._edges._chart_bars import (
    Against,
    Bar,
    Columns,
    frame_bars,
    report_attainment,
    report_period,
    report_variance,
)
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import Report
from baocao_kt._values._rounding import check_places
from baocao_kt.errors import OptionError

__all__ = ["plot_attainment", "plot_variance"]

_ACTUAL = "#404040"
_GOOD, _BAD = "#2e7d32", "#c62828"
_LABELS: dict[str, str] = {"scenario": "KB", "plan": "KH", "same_period": "CK"}


def _axes(ax: Any, rows: int) -> Any:  # noqa: ANN401 - matplotlib's Axes
    if ax is not None:
        return ax
    from matplotlib.figure import Figure as Canvas  # noqa: PLC0415 - matplotlib on first use

    canvas = Canvas(figsize=(8, 1.2 + 0.6 * max(rows, 1)), layout="constrained")
    return canvas.subplots()


def _no_columns(function: str, **given: str | None) -> None:
    for option, value in given.items():
        if value is not None:
            raise OptionError(
                f"{function}(): {option}= names a table's column; a Report has its own "
                "figures (pass a dataframe to use columns)",
                option=option,
                value=value,
            )


def plot_attainment(  # noqa: PLR0913 - a report's options, then a table's columns
    data: Report | Any,  # noqa: ANN401 - a Report or any dataframe narwhals reads
    *,
    period: Period | None = None,
    cumulative: bool = True,
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes; typed Any so matplotlib stays optional
    label: str | None = None,
    actual: str | None = None,
    plan: str | None = None,
    scenario: str | None = None,
    places: int = 1,
) -> Any:  # noqa: ANN401 - the same Axes
    """Each indicator's attainment of its plan: TH solid, KH outlined, KB a tick.

    Args:
        data: A `Report` (each item with a plan, against its first plan, at the
            decimals of its sentence), or a dataframe (pandas, polars, pyarrow, …;
            extra ``frames``) with a row per bar.
        period: For a report, the period (default: the report's).
        cumulative: For a report's month, the months to date (*lũy kế*), as a report
            states attainment; ``False`` for the month alone.
        ax: The `matplotlib.axes.Axes` to draw on (default: those of a new
            `matplotlib.figure.Figure`, outside pyplot's state).
        label: For a table, the column of the bars' labels.
        actual: For a table, the column of the figures reached.
        plan: For a table, the column of the plans.
        scenario: For a table, optionally, the column of the scenario's targets.
        places: For a table, the decimals of the labels.

    Returns:
        The `matplotlib.axes.Axes`; ``ax.figure.savefig("chart.png")`` writes it.

    >>> ax = plot_attainment(load_report("examples/phu_lien_2026_04.toml"))
    >>> [text.get_text() for text in ax.texts]
    ['37,2%', '34,8%', '35,75%', '33,4%', '29,53%']
    >>> import polars as pl
    >>> table = pl.DataFrame({"xa": ["Quý", "Tân"], "th": [50520.0, 0.1], "kh": [135800, 3]})
    >>> ax = plot_attainment(table, label="xa", actual="th", plan="kh", places=2)
    >>> [text.get_text() for text in ax.texts]
    ['37,20%', '3,33%']
    """
    if isinstance(data, Report):
        _no_columns("plot_attainment", label=label, actual=actual, plan=plan, scenario=scenario)
        when = report_period(data, period, cumulative=cumulative)
        bars = report_attainment(data, when)
        title = f"Tỷ lệ thực hiện so với kế hoạch, {when.label()}"
    else:
        check_places(places)
        columns = Columns(label, actual, plan, scenario)
        bars = frame_bars(
            data,
            columns,
            attainment,
            places=places,
            higher_is_better=True,
            function="plot_attainment",
            reference_option="plan",
        )
        title = "Tỷ lệ thực hiện so với kế hoạch"
    axes = _axes(ax, len(bars))
    rows = list(range(len(bars)))[::-1]  # the data's order, top down
    for row, bar in zip(rows, bars, strict=True):
        axes.barh(row, 100, height=0.6, fill=False, edgecolor=_ACTUAL, linewidth=1)
        axes.barh(row, float(bar.value), height=0.6, color=_ACTUAL)
        _label(axes, bar, row, signed=False)
        if bar.path is not None:
            axes.plot([float(bar.path)] * 2, [row - 0.4, row + 0.4], color=_BAD, linewidth=2)
    axes.set_yticks(rows, [bar.label for bar in bars], fontsize=9)
    widest = max((float(bar.value) for bar in bars), default=0)
    axes.set_xlim(min(0.0, widest * 1.15), max(110.0, widest * 1.15))
    _percent_axis(axes)
    axes.set_title(title, fontsize=10)
    _legend(axes, scenario=any(bar.path is not None for bar in bars))
    return axes


def plot_variance(  # noqa: PLR0913 - a report's options, then a table's columns
    data: Report | Any,  # noqa: ANN401 - a Report or any dataframe narwhals reads
    *,
    against: Against = "scenario",
    period: Period | None = None,
    cumulative: bool = True,
    ax: Any = None,  # noqa: ANN401 - a matplotlib Axes; typed Any so matplotlib stays optional
    label: str | None = None,
    actual: str | None = None,
    reference: str | None = None,
    places: int = 1,
    higher_is_better: bool = True,
) -> Any:  # noqa: ANN401 - the same Axes
    """Each indicator's variance against its scenario (KB), plan (KH) or last year (CK).

    A bar is green when the variance is good news (above a reference where more is
    better, below it where less is), red otherwise; its label is the library's signed
    text. A report's indicators without the reference are left out; a table's rows
    whose ratio has no meaning (a zero reference, a missing value) get no bar.

    Args:
        data: A `Report`, or a dataframe (extra ``frames``) with a row per bar.
        against: ``"scenario"`` (KB), ``"plan"`` (KH) or ``"same_period"`` (CK, the
            growth against the same period of last year, for a table ``reference``
            holding last year's figures).
        period: For a report, the period (default: the report's).
        cumulative: For a report's month, the months to date; ``False`` for the month.
        ax: The `matplotlib.axes.Axes` to draw on (default: a new figure's).
        label: For a table, the column of the bars' labels.
        actual: For a table, the column of the figures.
        reference: For a table, the column of the references.
        places: For a table, the decimals of the labels.
        higher_is_better: For a table, whether a positive variance is good news.

    >>> ax = plot_variance(load_report("examples/phu_lien_2026_04.toml"))
    >>> [text.get_text() for text in ax.texts]
    ['+0,8%', '+7,37%', '+4,94%', '+32,35%']
    """
    if against not in _LABELS:
        raise OptionError(
            f"plot_variance: against={against!r} is not a reference; pass 'scenario' (KB), "
            "'plan' (KH) or 'same_period' (CK)",
            option="against",
            value=against,
        )
    if isinstance(data, Report):
        _no_columns("plot_variance", label=label, actual=actual, reference=reference)
        when = report_period(data, period, cumulative=cumulative)
        bars = report_variance(data, when, against)
        title = f"Δ{_LABELS[against]} (%), {when.label()}"
    else:
        check_places(places)
        bars = frame_bars(
            data,
            Columns(label, actual, reference),
            growth if against == "same_period" else variance,
            places=places,
            higher_is_better=higher_is_better,
            function="plot_variance",
        )
        title = f"Δ{_LABELS[against]} (%)"
    axes = _axes(ax, len(bars))
    rows = list(range(len(bars)))[::-1]
    for row, bar in zip(rows, bars, strict=True):
        axes.barh(row, float(bar.value), height=0.6, color=_GOOD if bar.good else _BAD)
        _label(axes, bar, row, signed=True)
    axes.axvline(0, color=_ACTUAL, linewidth=1)
    axes.set_yticks(rows, [bar.label for bar in bars], fontsize=9)
    axes.margins(x=0.25)
    _percent_axis(axes)
    axes.set_title(title, fontsize=10)
    return axes


def _label(axes: Any, bar: Bar, row: int, *, signed: bool) -> None:  # noqa: ANN401 - Axes
    """The bar's percent as the library writes it, beside the bar's end."""
    text = bar.value.format(bar.places)
    if signed and bar.value.exact > 0:
        text = f"+{text}"
    right = bar.value.exact >= 0
    axes.annotate(
        text,
        (float(bar.value), row),
        xytext=(3 if right else -3, 0),
        textcoords="offset points",
        va="center",
        ha="left" if right else "right",
        fontsize=9,
    )


def _percent_axis(axes: Any) -> None:  # noqa: ANN401 - matplotlib's Axes
    from matplotlib.ticker import FuncFormatter  # noqa: PLC0415 - matplotlib on first use

    from baocao_kt._values._rates import Percent  # noqa: PLC0415 - for the tick labels only

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
