"""The figures of a report as data: ``baocao-kt render --format json``.

Every figure and percentage a report's sentences state, with its exact value and the text
the sentence writes: a figure's value as a decimal string (``"12250"``) and its text
(``"12.250"``); a percentage's exact value as a reduced fraction (``"126300/3395"``: no
decimal string could hold one third), rounded half-up at the sentence's decimals
(``"37.2"``), and its text (``"37,2%"``).
"""

from __future__ import annotations

from typing import Any

from baocao_kt._calculators._ratios import attainment, growth, variance
from baocao_kt._model._figure import Figure
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import Report, SectionItem
from baocao_kt._report._sentence import cumulative_window
from baocao_kt._text._numbers import format_number
from baocao_kt._values._rates import Percent
from baocao_kt.errors import BaoCaoError

__all__ = ["report_document"]


def report_document(report: Report, period: Period, source: str) -> dict[str, Any]:
    """The report for ``period`` as a JSON-ready document."""
    return {
        "source": source,
        "title": report.title,
        "period": period.label(),
        "sections": [
            {
                "heading": section.heading,
                "items": [_item(item, period) for item in section.items],
            }
            for section in report.sections
        ],
    }


def _periods(period: Period) -> list[Period]:
    """The periods a sentence states: the period, and its year to date unless it is one.

    A month's sentence has the months to date after it (*lũy kế 4 tháng*), as a quarter's
    has its half or nine months (*lũy kế 6 tháng*); the first quarter is its own.
    """
    window = cumulative_window(period)
    return [period] if window is None else [period, window]


def _item(item: SectionItem, period: Period) -> dict[str, Any]:
    indicator = item.indicator
    wording = item.wording
    figures: list[dict[str, Any]] = []
    percentages: list[dict[str, Any]] = []
    periods = _periods(period)
    for number, when in enumerate(periods):
        try:
            figure = item.series.value(when)
        except BaoCaoError:
            continue
        figures.append(_figure(figure, when))
        last = number == len(periods) - 1
        if item.scenario is not None:
            places = item.places("cumulative_variance" if last else "month_variance")
            try:
                change = variance(figure, item.scenario.target(when))
            except BaoCaoError:  # no scenario target for this period
                pass
            else:
                words = wording.scenario_words or "kịch bản"
                percentages.append(_percent("variance", words, when, change, places))
        percentages.extend(_growths(item, figure, when))
        if last:
            for plan in item.plans:
                try:
                    share = attainment(figure, plan.target)
                except BaoCaoError:
                    continue
                words = (  # as the sentence names the plan
                    plan.words or wording.plan_words if len(item.plans) == 1 else str(plan)
                ) or str(plan)
                percentages.append(
                    _percent("attainment", words, when, share, item.places("attainment"))
                )
    return {
        "code": indicator.code,
        "name": indicator.name,
        "unit": indicator.unit_name,
        "sentence": item.render(period),
        "plans": [
            {
                "words": str(plan),
                "year": plan.year,
                "value": str(plan.target),
                "text": format_number(plan.target),
            }
            for plan in item.plans
        ],
        "figures": figures,
        "percentages": percentages,
    }


def _growths(item: SectionItem, figure: Figure, when: Period) -> list[dict[str, Any]]:
    """The growths the sentence states: against last year's same period, the period before."""
    wording = item.wording
    places = item.places("growth")
    references: list[tuple[Period, str]] = []
    if wording.same_period:
        references.append((when.same_period_last_year(), wording.growth_words))
    previous = getattr(when, "previous", None)
    if wording.previous_period and callable(previous):
        references.append((previous(), "kỳ trước"))
    found = []
    for before, words in references:
        if wording.growth_as == "amount" or not item.series.has_figures_for(before):
            continue
        try:
            reference = item.series.value(before)
            if wording.growth_as == "ratio":
                ratio = attainment(figure, reference)
                found.append(_percent("attainment", words, when, ratio, places, trim=wording.trim))
            else:
                change = growth(figure, reference)
                found.append(_percent("growth", words, when, change, places, trim=wording.trim))
        except BaoCaoError:  # the sentence states none either
            continue
    return found


def _figure(figure: Figure, when: Period) -> dict[str, Any]:
    return {
        "period": when.label(),
        "status": figure.status,
        "qualifier": figure.qualifier,
        "value": str(figure.value),
        "text": format_number(figure.value),
    }


def _percent(  # noqa: PLR0913 - what a percentage is, of what, when, and how written
    kind: str, reference: str, when: Period, value: Percent, places: int, *, trim: bool = False
) -> dict[str, Any]:
    """A percentage: its exact fraction, its value rounded half-up, and its text.

    A growth's text is its size, as the sentence writes it after *tăng* or *giảm*; its
    value keeps the sign.
    """
    exact = value.exact
    shown = abs(value) if kind == "growth" else value
    return {
        "kind": kind,
        "reference": reference,
        "period": when.label(),
        "exact": f"{exact.numerator}/{exact.denominator}",
        "value": str(value.rounded(places)),
        "text": shown.format(places, trim=trim),
    }
