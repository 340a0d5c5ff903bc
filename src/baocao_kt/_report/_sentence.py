"""`render_indicator`: the standard sentence of section B.I of a ward's report.

*Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện 12.250 triệu
đồng, vượt kịch bản 2,5%; lũy kế 4 tháng ước thực hiện 50.520 triệu/135.800 triệu đồng,
bằng 37,2% kế hoạch năm 2026, vượt 0,8% so với kịch bản.*

Every phrase is stated when its data is there and left out when it is not: no plan, no
attainment; no scenario, or a scenario without a target for the period (a quarterly one
says nothing about April), no variance. Data that is there but wrong (a plan of another
indicator or year, a missing month, a zero scenario) is an error, never a quiet omission.
"""

from __future__ import annotations

from decimal import Decimal

from baocao_kt._calculators._ratios import attainment, variance
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series import Figure, Series
from baocao_kt._periods._calendar import Month, YearToDate
from baocao_kt._report._phrases import VarianceForm, attainment_phrase, variance_phrase
from baocao_kt._report._wording import Wording
from baocao_kt._text._numbers import format_number
from baocao_kt.errors import OptionError, PeriodError, ValueKindError

__all__ = ["render_indicator"]

_DEFAULT = Wording()


def render_indicator(  # noqa: PLR0913 - the sentence's data, as the issue names it
    indicator: Indicator,
    month: Month,
    series: Series,
    *,
    plan: Plan | None = None,
    scenario: Scenario | None = None,
    wording: Wording | None = None,
) -> str:
    """The sentence of one indicator for a month: the month, then the year to date.

    Args:
        indicator: The indicator; its name starts the sentence and its unit follows
            the figures.
        month: The report's month.
        series: The indicator's figures; the month's and those of the months before
            it in the year (the cumulative figure is their sum, an estimate when any is).
        plan: The annual plan: the cumulative figure is set over it and its attainment
            stated. Without it neither is.
        scenario: The scenario: the variances of the month and of the cumulative figure
            are stated for the periods it has targets for.
        wording: The words and shape; `Wording` ``()`` by default.

    Raises:
        MissingFigureError: A month of the year to date has no figure.
        OptionError: The series, plan or scenario is of another indicator, or the
            indicator is a rate (its sentences are in percentage points).
        PeriodError: The plan or scenario is of another year.
        ZeroBaseError, OppositeSignError: A plan or scenario target that no percentage
            can be taken of.

    >>> nn = Indicator("NN", "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản", "triệu đồng")
    >>> april = Month(2026, 4)
    >>> figures = [Figure(Month(2026, m), v) for m, v in [(1, 12400), (2, 12620), (3, 13250)]]
    >>> series = Series(nn, [*figures, Figure(april, 12250, "estimate")])
    >>> scenario = Scenario.from_cumulative(nn, 2026, {3: 38170, 4: 50120, 12: 135800})
    >>> print(render_indicator(nn, april, series, plan=Plan(nn, 2026, 135800), scenario=scenario))
    Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện 12.250 triệu \
đồng, vượt kịch bản 2,5%; lũy kế 4 tháng ước thực hiện 50.520 triệu/135.800 triệu đồng, \
bằng 37,2% kế hoạch năm 2026, vượt 0,8% so với kịch bản.
    >>> render_indicator(nn, april, series)
    'Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện 12.250 triệu \
đồng, lũy kế 4 tháng ước thực hiện 50.520 triệu đồng.'
    """
    wording = _DEFAULT if wording is None else wording
    _check(indicator, month, series=series, plan=plan, scenario=scenario, wording=wording)
    places = indicator.places
    figure = series.value(month)
    month_text = _amount(figure.value, indicator, wording)
    month_parts = [
        _opening(wording.month_clause, indicator, month, figure, month_text),
        *_against_scenario(
            figure.value,
            scenario,
            month,
            wording,
            form=wording.month_variance_form,
            places=_or(wording.month_variance_places, places),
        ),
    ]
    window = month.year_to_date()
    cumulative = series.value(window)
    cumulative_text = _over_plan(cumulative.value, plan, indicator, wording)
    cumulative_parts = [
        _opening(wording.cumulative_clause, indicator, window, cumulative, cumulative_text),
        *_against_plan(
            cumulative.value, plan, wording, places=_or(wording.attainment_places, places)
        ),
        *_against_scenario(
            cumulative.value,
            scenario,
            window,
            wording,
            form=wording.cumulative_variance_form,
            places=_or(wording.cumulative_variance_places, places),
        ),
    ]
    separator = wording.separator
    if separator is None:
        separator = "; " if len(month_parts) > 1 else ", "
    return f"{', '.join(month_parts)}{separator}{', '.join(cumulative_parts)}."


def _or(places: int | None, default: int) -> int:
    return default if places is None else places


def _opening(
    template: str, indicator: Indicator, period: Month | YearToDate, figure: Figure, value: str
) -> str:
    """A clause's template filled in with the figure of ``period`` written as ``value``."""
    return template.format(
        name=indicator.name, period=period.label("short"), status=figure.words, value=value
    )


def _amount(value: Decimal, indicator: Indicator, wording: Wording) -> str:
    """A figure and its unit: *12.250 triệu đồng*."""
    return f"{format_number(value, wording.value_places)} {indicator.unit_name}"


def _over_plan(value: Decimal, plan: Plan | None, indicator: Indicator, wording: Wording) -> str:
    """The cumulative figure, set over the plan as the wording says."""
    if plan is None or wording.over_plan == "none":
        return _amount(value, indicator, wording)
    figure = format_number(value, wording.value_places)
    target = format_number(plan.target, wording.value_places)
    unit = indicator.unit_name
    if wording.over_plan == "scale" and unit.endswith(" đồng"):
        return f"{figure} {unit.removesuffix(' đồng')}/{target} {unit}"
    return f"{figure}/{target} {unit}"


def _against_plan(value: Decimal, plan: Plan | None, wording: Wording, *, places: int) -> list[str]:
    """The attainment phrase of ``value``, if there is a plan."""
    if plan is None:
        return []
    words = str(plan) if wording.plan_words is None else wording.plan_words
    return [
        attainment_phrase(attainment(value, plan.target), words, verb=wording.verb, places=places)
    ]


def _against_scenario(  # noqa: PLR0913 - a phrase's data and its two wording choices
    value: Decimal,
    scenario: Scenario | None,
    period: Month | YearToDate,
    wording: Wording,
    *,
    form: VarianceForm,
    places: int,
) -> list[str]:
    """The variance phrase of ``value``, if the scenario has a target for ``period``."""
    if scenario is None or not scenario.covers(period):
        return []
    phrase = variance_phrase(
        variance(value, scenario.target(period)),
        reference=wording.scenario_words,
        form=form,
        places=places,
    )
    return [phrase]


def _check(  # noqa: PLR0913 - one check per argument of render_indicator
    indicator: Indicator,
    month: Month,
    *,
    series: Series,
    plan: Plan | None,
    scenario: Scenario | None,
    wording: Wording,
) -> None:
    if not isinstance(indicator, Indicator):
        raise ValueKindError(
            f"render_indicator: indicator={indicator!r} is not an Indicator", value=indicator
        )
    if type(month) is not Month:
        raise ValueKindError(
            f"render_indicator: month={month!r} is not a Month; pass Month(2026, 4)",
            value=month,
        )
    if not isinstance(wording, Wording):
        raise ValueKindError(
            f"render_indicator: wording={wording!r} is not a Wording", value=wording
        )
    if indicator.unit is None:
        raise OptionError(
            f"render_indicator: {indicator.code!r} is a rate (unit '%'); its sentence compares "
            "rates in percentage points: write it with point_change and points_phrase",
            option="indicator",
            value=indicator,
        )
    parts: dict[str, object] = {"series": series, "plan": plan, "scenario": scenario}
    kinds: dict[str, type] = {"series": Series, "plan": Plan, "scenario": Scenario}
    for name, part in parts.items():
        if part is None:
            continue
        if not isinstance(part, kinds[name]):
            raise ValueKindError(
                f"render_indicator: {name}={part!r} is not a {kinds[name].__name__}",
                value=part,
            )
        of = getattr(part, "indicator")  # noqa: B009 - each of the three has one
        if of != indicator:
            raise OptionError(
                f"render_indicator: the {name} is for {of.code!r}, the sentence for "
                f"{indicator.code!r}; pass the {name} of the same indicator",
                option=name,
                value=part,
            )
        year = getattr(part, "year", month.year)
        if year != month.year:
            raise PeriodError(
                f"render_indicator: the {name} is for {year}, the month is {month}; "
                f"pass the {name} of {month.year}",
                field="year",
                value=year,
            )
