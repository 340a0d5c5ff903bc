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

import itertools
from collections.abc import Sequence
from decimal import Decimal

from baocao_kt._calculators._ratios import attainment, growth, variance
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series import Figure, Series
from baocao_kt._periods._calendar import Month, Quarter, Year, YearToDate
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._report._change import change_phrase
from baocao_kt._report._phrases import (
    VarianceForm,
    attainment_phrase,
    growth_phrase,
    variance_phrase,
)
from baocao_kt._report._wording import Wording
from baocao_kt._text._numbers import format_number
from baocao_kt._units._arithmetic import subtract
from baocao_kt._units._quantity import Quantity
from baocao_kt.errors import MissingFigureError, OptionError, PeriodError, ValueKindError

__all__ = ["render_indicator"]

_DEFAULT = Wording()
# What a report calls the period before: "giảm 3,2% so với tháng trước".
_PREVIOUS = {Month: "tháng trước", Quarter: "quý trước", Year: "năm trước"}


def render_indicator(  # noqa: PLR0913 - the sentence's data, as the issue names it
    indicator: Indicator,
    period: Period,
    series: Series,
    *,
    plan: Plan | Sequence[Plan] | None = None,
    scenario: Scenario | None = None,
    wording: Wording | None = None,
) -> str:
    """The sentence of one indicator for a period: the period, then the year to date.

    Args:
        indicator: The indicator; its name starts the sentence and its unit follows
            the figures.
        period: The report's period: a `Month`, `Quarter`, `Half`, `Year`,
            `YearToDate` or a `DateRange` of whole months, named in the sentence by its
            own label (*tháng 4*, *quý I/2026*, *6 tháng đầu năm 2026*, *năm 2025*).
        series: The indicator's figures: the period's, those of the months before it in
            the year, and those of last year's same period when growth is to be said.
        plan: The annual plan, or several (*dự toán tỉnh giao và dự toán HĐND xã
            giao*): the year-to-date figure is set over the first and the attainment of
            each is stated. Without a plan neither is.
        scenario: The scenario: the variances (or attainments, as the wording says) of
            the period and of the year to date, for the periods it has targets for.
        wording: The words and shape; `Wording` ``()`` by default.

    A sentence has a clause for the period and a clause for the year to date, unless
    the period is itself the year to date (the first quarter, the first half, a year):
    a month's sentence always has both, as every monthly report of the year does, even
    January's (*lũy kế 1 tháng*). The plan's attainment goes in the clause of the year
    to date, so a year's report, or the first quarter's, states it in its one clause.
    Growth against the same period of last year is stated when the series has last
    year's figures for it (`Wording.same_period`), and against the period before when
    the wording asks for it (`Wording.previous_period`).

    Raises:
        MissingFigureError: A month of the period or of the year to date has no figure,
            or last year's same period has only some of its figures.
        OptionError: The series, plan or scenario is of another indicator, or the
            indicator is a rate (its sentences are in percentage points).
        PeriodError: The plan or scenario is of another year, or the period spans two
            years.
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
    >>> render_indicator(nn, Quarter(2026, 1), series, plan=Plan(nn, 2026, 135800))
    'Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản quý I/2026 thực hiện 38.270 \
triệu/135.800 triệu đồng, bằng 28,2% kế hoạch năm 2026.'
    """
    wording = _DEFAULT if wording is None else wording
    plans = _plans(plan)
    months = _check(indicator, period, series=series, plans=plans, scenario=scenario)
    _check_wording(wording, plans)
    last = months[-1]
    window: YearToDate | None = YearToDate(last.year, last.month)
    if window is not None and window.months == months and type(period) is not Month:
        window = None  # the period is its own year to date: one clause
    sentence = _Sentence(indicator, series, scenario, wording, last.year)
    first = sentence.clause(
        wording.month_clause,
        period,
        _label(period, wording, first=True),
        plans=() if window else plans,
        form=wording.month_variance_form,
        places=wording.month_variance_places,
        previous=True,
    )
    if window is None:
        return f"{_joined(first, wording)}."
    second = sentence.clause(
        wording.cumulative_clause,
        window,
        _label(window, wording, first=False),
        plans=plans,
        form=wording.cumulative_variance_form,
        places=wording.cumulative_variance_places,
        previous=False,
    )
    separator = wording.separator
    if separator is None:
        separator = "; " if len(first) > 1 else ", "
    return f"{_joined(first, wording)}{separator}{_joined(second, wording)}."


class _Sentence:
    """What every clause of one sentence shares: its data and its wording."""

    def __init__(
        self,
        indicator: Indicator,
        series: Series,
        scenario: Scenario | None,
        wording: Wording,
        year: int,
    ) -> None:
        self.indicator = indicator
        self.series = series
        self.scenario = scenario
        self.wording = wording
        # Whether last year's same period can be stated at all: the usual series has no
        # figure of last year, and asking costs two period objects per clause.
        self.last_year_known = wording.same_period and year - 1 in series.years

    def clause(  # noqa: PLR0913 - a clause's period and its wording choices
        self,
        template: str,
        period: Period,
        label: str,
        *,
        plans: tuple[Plan, ...],
        form: VarianceForm,
        places: int | None,
        previous: bool,
    ) -> list[str]:
        """The clause's opening, then each phrase there is data for."""
        figure = self.series.value(period)
        value = self._over_plan(figure.value, plans[0] if plans else None)
        opening = template.format(
            name=self.indicator.name, period=label, status=figure.words, value=value
        )
        default = self.indicator.places
        wording = self.wording
        return [
            opening,
            *self._against_plans(figure.value, plans, _or(wording.attainment_places, default)),
            *self._against_scenario(figure.value, period, form, _or(places, default)),
            *self._against_same_period(figure, _or(wording.growth_places, default)),
            *(
                self._against_previous(figure, _or(wording.growth_places, default))
                if previous
                else ()
            ),
        ]

    def _amount(self, value: Decimal) -> str:
        """A figure and its unit: *12.250 triệu đồng*."""
        return f"{self._number(value)} {self.indicator.unit_name}"

    def _number(self, value: Decimal) -> str:
        """A figure as reports write it: at the wording's places, else trimmed.

        Trimmed of the trailing zeros that Decimal addition leaves: 130,5 + 0,5 is *131*,
        not *131,0*.
        """
        places = self.wording.value_places
        return format_number(value, places, trim=places is None)

    def _over_plan(self, value: Decimal, plan: Plan | None) -> str:
        """The figure, set over the plan as the wording says."""
        wording = self.wording
        if plan is None or wording.over_plan == "none":
            return self._amount(value)
        figure = self._number(value)
        target = self._number(plan.target)
        unit = self.indicator.unit_name
        if wording.over_plan == "scale" and unit.endswith(" đồng"):
            return f"{figure} {unit.removesuffix(' đồng')}/{target} {unit}"
        return f"{figure}/{target} {unit}"

    def _against_plans(self, value: Decimal, plans: tuple[Plan, ...], places: int) -> list[str]:
        """The attainment of each plan: *đạt 104,5% dự toán tỉnh giao và 98,2% dự toán …*."""
        wording = self.wording
        phrases = []
        for plan in plans:
            words = str(plan) if wording.plan_words is None else wording.plan_words
            phrases.append(
                attainment_phrase(
                    attainment(value, plan.target),
                    words,
                    verb=wording.verb,
                    places=places,
                    trim=wording.trim,
                    connector=wording.connector if wording.plan_first else None,
                    reference_first=wording.plan_first,
                )
            )
        if len(phrases) < 2:
            return phrases
        if wording.plan_first:  # "so dự toán tỉnh giao đạt 53,3% và so dự toán … đạt 48,8%"
            return [", ".join(phrases[:-1]) + " và " + phrases[-1]]
        # One verb for a run of plans that share it: "đạt 104,5% … và 98,2% …".
        shortened = [phrases[0]]
        for before, phrase in itertools.pairwise(phrases):
            verb = before.partition(" ")[0]
            shortened.append(phrase.removeprefix(f"{verb} "))
        return [", ".join(shortened[:-1]) + " và " + shortened[-1]]

    def _against_scenario(
        self, value: Decimal, period: Period, form: VarianceForm, places: int
    ) -> list[str]:
        """The scenario's phrase, if it has a target for ``period``."""
        scenario, wording = self.scenario, self.wording
        if scenario is None or not scenario.covers(period):
            return []
        target = scenario.target(period)
        if wording.scenario_comparison == "attainment":
            return [
                attainment_phrase(
                    attainment(value, target),
                    wording.scenario_words,
                    verb=wording.verb,
                    places=places,
                    trim=wording.trim,
                )
            ]
        phrase = variance_phrase(
            variance(value, target),
            reference=wording.scenario_words,
            form=form,
            places=places,
            trim=wording.trim,
            connector=wording.connector if form == "compared" else None,
        )
        return [phrase]

    def _against_same_period(self, figure: Figure, places: int) -> list[str]:
        """Growth against last year's same period, if the series has its figures."""
        if not self.last_year_known:
            return []
        before = figure.period.same_period_last_year()
        return self._growth(figure, before, self.wording.growth_words, places)

    def _against_previous(self, figure: Figure, places: int) -> list[str]:
        """Growth against the period before (*so với tháng trước*), if asked and known."""
        if not self.wording.previous_period:
            return []
        period = figure.period
        words = _PREVIOUS.get(type(period))
        if words is None:
            raise OptionError(
                f"render_indicator: Wording(previous_period=True) compares with the period "
                f"before, and {period} has none a report names; use it for a month, a "
                "quarter or a year",
                option="previous_period",
                value=period,
            )
        return self._growth(figure, period.previous(), words, places)  # type: ignore[union-attr]

    def _growth(self, figure: Figure, before: Period, words: str, places: int) -> list[str]:
        """The growth phrase from ``before`` to ``figure``, if the series has ``before``."""
        series = self.series
        if not series.has_figures_for(before):
            return []  # no figure of that period at all: nothing to say
        try:
            previous = series.value(before)
        except MissingFigureError as error:
            if isinstance(error.month, Month) and series.has_figures_for(error.month):
                # Last year is known only by a longer period (a quarter's total): the data
                # is whole but coarser, and no growth of this period can be taken from it.
                return []
            raise  # a month of last year's period is missing: an error, not an omission
        wording = self.wording
        connector = wording.connector
        if wording.growth_as == "ratio":  # bằng 96,0% so với cùng kỳ
            ratio = attainment(figure.value, previous.value)
            return [
                attainment_phrase(
                    ratio, words, places=places, trim=wording.trim, connector=connector
                )
            ]
        if wording.growth_as == "amount":  # tăng 120 triệu đồng so với cùng kỳ
            unit = self.indicator.unit
            assert unit is not None  # noqa: S101 - a rate was refused by _check
            difference = Quantity(subtract(figure.value, previous.value), unit)
            return [change_phrase(difference, reference=words, connector=connector)]
        change = growth(figure.value, previous.value)
        return [
            growth_phrase(
                change, reference=words, places=places, trim=wording.trim, connector=connector
            )
        ]


def _plans(plan: object) -> tuple[Plan, ...]:
    if plan is None:
        return ()
    if isinstance(plan, Plan):
        return (plan,)
    if isinstance(plan, Sequence) and not isinstance(plan, str):
        plans = tuple(plan)
        for item in plans:
            if not isinstance(item, Plan):
                raise ValueKindError(
                    f"render_indicator: plan={item!r} is not a Plan; pass a Plan or a "
                    "sequence of Plans",
                    value=item,
                )
        return plans
    raise ValueKindError(
        f"render_indicator: plan={plan!r} is not a Plan; pass a Plan or a sequence of Plans",
        value=plan,
    )


def _label(period: Period, wording: Wording, *, first: bool) -> str:
    """The period's name in its clause: short for a month and the year to date after it."""
    style = wording.period_style
    if style is None:
        style = "short" if (not first or type(period) is Month) else "full"
    if type(period) is Month:
        return period.label(style, padding=wording.month_padding)
    return period.label(style)


def _joined(parts: list[str], wording: Wording) -> str:
    """A clause's opening and its phrases, after commas or in parentheses."""
    opening, *phrases = parts
    if not phrases:
        return opening
    if wording.parentheses:
        return f"{opening} ({', '.join(phrases)})"
    return ", ".join(parts)


def _or(places: int | None, default: int) -> int:
    return default if places is None else places


def _check_wording(wording: Wording, plans: tuple[Plan, ...]) -> None:
    if not isinstance(wording, Wording):
        raise ValueKindError(
            f"render_indicator: wording={wording!r} is not a Wording", value=wording
        )
    if wording.plan_words is not None and len(plans) > 1:
        raise OptionError(
            f"render_indicator: Wording(plan_words={wording.plan_words!r}) names one plan, "
            f"and {len(plans)} were given; name each by its own words "
            "(Plan(..., words='dự toán tỉnh giao'))",
            option="plan_words",
            value=wording.plan_words,
        )


def _check(
    indicator: Indicator,
    period: Period,
    *,
    series: Series,
    plans: tuple[Plan, ...],
    scenario: Scenario | None,
) -> tuple[Month, ...]:
    """Check the sentence's data; the period's months (of one year) when it is sound."""
    if not isinstance(indicator, Indicator):
        raise ValueKindError(
            f"render_indicator: indicator={indicator!r} is not an Indicator", value=indicator
        )
    months = whole_months_of(period, "render_indicator")
    year = months[0].year
    if months[-1].year != year:
        raise PeriodError(
            f"render_indicator: {period} spans {year} and {months[-1].year}; a report's "
            "period lies within one year",
            field="period",
            value=period,
        )
    if indicator.unit is None:
        raise OptionError(
            f"render_indicator: {indicator.code!r} is a rate (unit '%'); its sentence compares "
            "rates in percentage points: write it with point_change and points_phrase",
            option="indicator",
            value=indicator,
        )
    parts: list[tuple[str, object, type]] = [
        ("series", series, Series),
        ("scenario", scenario, Scenario),
        *(("plan", plan, Plan) for plan in plans),
    ]
    for name, part, kind in parts:
        if part is None:
            continue
        if not isinstance(part, kind):
            raise ValueKindError(
                f"render_indicator: {name}={part!r} is not a {kind.__name__}", value=part
            )
        of = getattr(part, "indicator")  # noqa: B009 - each of the three has one
        if of != indicator:
            raise OptionError(
                f"render_indicator: the {name} is for {of.code!r}, the sentence for "
                f"{indicator.code!r}; pass the {name} of the same indicator",
                option=name,
                value=part,
            )
        part_year = getattr(part, "year", year)
        if part_year != year:
            raise PeriodError(
                f"render_indicator: the {name} is for {part_year}, the period is {period}; "
                f"pass the {name} of {year}",
                field="year",
                value=part_year,
            )
    return months
