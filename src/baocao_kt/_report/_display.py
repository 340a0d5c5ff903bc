"""What a notebook shows of a report, a section and a series: short reprs, HTML tables.

The tables hold what the report's sentences say, written by the same functions: the
month's figure, the cumulative figure, the first plan and the attainment, each at the
indicator's places. A figure that cannot be made (a missing month) shows ``—`` rather than
failing the display; the sentence says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baocao_kt._calculators._ratios import attainment
from baocao_kt._model._series import Series
from baocao_kt._periods._ranges import Period
from baocao_kt._report._sentence import cumulative_window
from baocao_kt._text._html import html_table
from baocao_kt._text._numbers import format_number
from baocao_kt._values._rates import Percent
from baocao_kt.errors import BaoCaoError

if TYPE_CHECKING:
    from baocao_kt._report._section import Section, SectionItem

__all__ = ["items_html"]

_MISSING = "—"


def _figure(series: Series, period: Period) -> str:
    try:
        figure = series.value(period)
    except BaoCaoError:
        return _MISSING
    text = format_number(figure.value)
    if figure.qualifier:
        text = f"{figure.qualifier} {text}"
    return f"{text} (ước)" if figure.status == "estimate" else text


def _row(item: SectionItem, period: Period) -> list[str]:
    indicator = item.indicator
    cumulative = cumulative_window(period) or period
    plans = item.plans
    plan = format_number(plans[0].target) if plans else _MISSING
    share = _MISSING
    if plans:
        try:
            ratio = attainment(item.series.value(cumulative), plans[0].target, na=True)
            places = item.places("attainment")  # as the item's sentence writes it
            share = ratio.format(places) if isinstance(ratio, Percent) else str(ratio)
        except BaoCaoError:
            share = _MISSING
    return [
        indicator.code,
        indicator.name,
        indicator.unit_name,
        plan,
        _figure(item.series, period),
        _figure(item.series, cumulative),
        share,
    ]


def items_html(caption: str | None, sections: tuple[Section, ...], period: Period) -> str:
    """The figures table of ``sections`` for ``period``, a heading row before each."""
    cumulative = (cumulative_window(period) or period).label()
    headers = ["Mã", "Chỉ tiêu", "ĐVT", "Kế hoạch", period.label(), cumulative, "% KH"]
    rows: list[list[str]] = []
    for section in sections:
        if section.heading:
            rows.append(["", section.heading, "", "", "", "", ""])
        rows.extend(_row(item, period) for item in section.items)
    return html_table(caption, headers, rows)
