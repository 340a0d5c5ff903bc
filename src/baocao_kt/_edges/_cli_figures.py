"""The figures of a report as data: ``baocao-kt render --format json``.

Every figure and percentage a report's sentences state, with its exact value and the text
the sentence writes: a figure's value as a decimal string (``"12250"``) and its text
(``"12.250"``); a percentage's exact value as a reduced fraction (``"126300/3395"``: no
decimal string could hold one third), rounded half-up at the sentence's decimals
(``"37.2"``), and its text (``"37,2%"``).
"""

from __future__ import annotations

from typing import Any

from baocao_kt._calculators._ratios import attainment, variance
from baocao_kt._model._figure import Figure
from baocao_kt._periods._calendar import Month, YearToDate
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import Report, SectionItem
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
    """The periods a sentence states: the period, and its year to date for a month."""
    if isinstance(period, Month) and period.month > 1:
        return [period, YearToDate(period.year, period.month)]
    return [period]


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
            places = wording.cumulative_variance_places if last else wording.month_variance_places
            try:
                change = variance(figure, item.scenario.target(when))
            except BaoCaoError:  # no scenario target for this period
                pass
            else:
                chosen = indicator.places if places is None else places
                words = wording.scenario_words or "kịch bản"
                percentages.append(_percent("variance", words, when, change, chosen))
        if last:
            for plan in item.plans:
                chosen = (
                    indicator.places
                    if wording.attainment_places is None
                    else wording.attainment_places
                )
                try:
                    share = attainment(figure, plan.target)
                except BaoCaoError:
                    continue
                words = (  # as the sentence names the plan
                    plan.words or wording.plan_words if len(item.plans) == 1 else str(plan)
                ) or str(plan)
                percentages.append(_percent("attainment", words, when, share, chosen))
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


def _figure(figure: Figure, when: Period) -> dict[str, Any]:
    return {
        "period": when.label(),
        "status": figure.status,
        "qualifier": figure.qualifier,
        "value": str(figure.value),
        "text": format_number(figure.value),
    }


def _percent(
    kind: str, reference: str, when: Period, value: Percent, places: int
) -> dict[str, Any]:
    exact = value.exact
    return {
        "kind": kind,
        "reference": reference,
        "period": when.label(),
        "exact": f"{exact.numerator}/{exact.denominator}",
        "value": str(value.rounded(places)),
        "text": value.format(places),
    }
