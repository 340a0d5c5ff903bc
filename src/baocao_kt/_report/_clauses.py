"""The clauses of an indicator sentence: an opening, then each phrase there is data for.

`render_indicator` checks its data and decides which clauses a sentence has; a `Clauses`
writes each of them: the figure (set over the plan where the wording says), the plans'
attainment, the scenario's variance or attainment, and the comparisons with last year's
same period and with the period before.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from baocao_kt._calculators._ratios import attainment, growth, variance
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series import Figure, Series
from baocao_kt._periods._calendar import Month, Quarter, Year
from baocao_kt._periods._ranges import Period
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
from baocao_kt._units._qualifier import refuse_approximate
from baocao_kt._units._quantity import Quantity
from baocao_kt.errors import MissingFigureError, OptionError

__all__ = ["Clauses"]

# What a report calls the period before: "giảm 3,2% so với tháng trước".
_PREVIOUS = {Month: "tháng trước", Quarter: "quý trước", Year: "năm trước"}


class Clauses:
    """The clauses of one sentence: what they share is its data and its wording."""

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
        value = self._over_plan(figure, plans[0] if plans else None)
        opening = template.format(
            name=self.indicator.name, period=label, status=figure.words, value=value
        )
        default = self.indicator.places
        wording = self.wording
        growth_places = _or(wording.growth_places, default)
        phrases = {
            "plan": self._against_plans(figure, plans, _or(wording.attainment_places, default)),
            "scenario": self._against_scenario(figure, period, form, _or(places, default)),
            "same_period": self._against_same_period(figure, growth_places),
            "previous": self._against_previous(figure, growth_places) if previous else [],
        }
        return [opening, *(phrase for name in wording.order for phrase in phrases[name])]

    def _amount(self, figure: Figure) -> str:
        """A figure and its unit: *12.250 triệu đồng*, *hơn 2.100 tỷ đồng*."""
        return f"{self._number(figure.value, figure.qualifier)} {self.indicator.unit_name}"

    def _number(self, value: Decimal, qualifier: str | None = None) -> str:
        """A figure as reports write it: at the wording's places, else trimmed.

        Trimmed of the trailing zeros that Decimal addition leaves: 130,5 + 0,5 is *131*,
        not *131,0*. An approximate figure has its word first (*hơn 2.100*).
        """
        places = self.wording.value_places
        text = format_number(value, places, trim=places is None)
        return text if qualifier is None else f"{qualifier} {text}"

    def _over_plan(self, stated: Figure, plan: Plan | None) -> str:
        """The figure, set over the plan as the wording says."""
        wording = self.wording
        if plan is None or wording.over_plan == "none":
            return self._amount(stated)
        figure = self._number(stated.value, stated.qualifier)
        target = self._number(plan.target)
        unit = self.indicator.unit_name
        if wording.over_plan == "scale" and unit.endswith(" đồng"):
            return f"{figure} {unit.removesuffix(' đồng')}/{target} {unit}"
        return f"{figure}/{target} {unit}"

    def _against_plans(self, figure: Figure, plans: tuple[Plan, ...], places: int) -> list[str]:
        """The attainment of each plan: *đạt 104,5% dự toán tỉnh giao và 98,2% dự toán …*."""
        wording = self.wording
        phrases = []
        for plan in plans:
            words = str(plan) if wording.plan_words is None else wording.plan_words
            phrases.append(
                attainment_phrase(
                    attainment(figure.value, plan.target),
                    words,
                    verb=_verb(wording, plan.target, words),
                    places=places,
                    trim=wording.trim,
                    connector=wording.connector if wording.plan_first else None,
                    reference_first=wording.plan_first,
                    qualifier=_of_ratio(figure, plan.target, words),
                )
            )
        if len(phrases) < 2:
            return phrases
        if wording.plan_first:  # "so dự toán tỉnh giao đạt 53,3% và so dự toán … đạt 48,8%"
            return [", ".join(phrases[:-1]) + " và " + phrases[-1]]
        # One verb for a run of plans that share it: "đạt 104,5% … và 98,2% …". The verb is
        # the wording's (of any number of words), or for "auto" each phrase's own first word.
        fixed = " ".join(wording.verb.split())
        automatic = fixed.casefold() in {"auto", "vượt"}
        shortened = [phrases[0]]
        for before, phrase in itertools.pairwise(phrases):
            verb = before.partition(" ")[0] if automatic else fixed
            same = phrase.startswith(f"{verb} ") and before.startswith(f"{verb} ")
            shortened.append(phrase.removeprefix(f"{verb} ") if same else phrase)
        return [", ".join(shortened[:-1]) + " và " + shortened[-1]]

    def _against_scenario(
        self, figure: Figure, period: Period, form: VarianceForm, places: int
    ) -> list[str]:
        """The scenario's phrase, if it has a target for ``period``."""
        scenario, wording = self.scenario, self.wording
        if scenario is None or not scenario.covers(period):
            return []
        target = scenario.target(period)
        words = wording.scenario_words
        if wording.scenario_comparison == "attainment":
            return [
                attainment_phrase(
                    attainment(figure.value, target),
                    words,
                    verb=_verb(wording, target, words),
                    places=places,
                    trim=wording.trim,
                    qualifier=_of_ratio(figure, target, words),
                )
            ]
        change = variance(figure.value, target)
        phrase = variance_phrase(
            change,
            reference=words,
            form=form,
            places=places,
            trim=wording.trim,
            connector=wording.connector if form == "compared" else None,
            qualifier=figure.qualifier,  # the phrase decides what the word may say
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
        if type(period) is Year and self.wording.same_period:
            return []  # a year's period before is last year's same period: said already
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
        refuse_approximate(f"compare with {words}:", previous)
        wording = self.wording
        connector = wording.connector
        if wording.growth_as == "ratio":  # bằng 96,0% so với cùng kỳ
            ratio = attainment(figure.value, previous.value)
            qualifier = _of_ratio(figure, previous.value, words)
            return [
                attainment_phrase(
                    ratio,
                    words,
                    places=places,
                    trim=wording.trim,
                    connector=connector,
                    qualifier=qualifier,
                )
            ]
        if wording.growth_as == "amount":  # tăng 120 triệu đồng so với cùng kỳ
            refuse_approximate(f"state an amount of change against {words} of", figure)
            unit = self.indicator.unit
            assert unit is not None  # noqa: S101 - a rate was refused by _check
            difference = Quantity(subtract(figure.value, previous.value), unit)
            return [change_phrase(difference, reference=words, connector=connector)]
        change = growth(figure.value, previous.value)
        return [
            growth_phrase(
                change,
                reference=words,
                places=places,
                trim=wording.trim,
                connector=connector,
                qualifier=figure.qualifier,  # the phrase decides what the word may say
            )
        ]


def _or(places: int | None, default: int) -> int:
    return default if places is None else places


def _of_ratio(figure: Figure, reference: Decimal, words: str) -> str | None:
    """The word of a ratio of an approximate figure to a positive reference."""
    if figure.qualifier is not None and reference < 0:
        raise OptionError(
            f"render_indicator: {figure.period} is stated as {figure.qualifier!r}, and "
            f"{words} is negative: the ratio of a bound to a negative reference bounds the "
            "other way; state the exact figure",
            option="qualifier",
            value=figure.qualifier,
        )
    return figure.qualifier


def _verb(wording: Wording, reference: Decimal, words: str) -> str:
    """The attainment's verb; *vượt* and ``"auto"`` only against a positive reference.

    Of two negative values the attainment is a ratio of sizes, which says nothing of which
    is higher: *vượt* would claim it.
    """
    verb = wording.verb
    if reference < 0 and verb.strip().casefold() in {"vượt", "auto"}:
        raise OptionError(
            f"render_indicator: {words} is negative, and verb={verb!r} would say the figure "
            "is above it: the ratio of two negative values compares their sizes; pass "
            "verb='bằng' or 'đạt', or state the variance",
            option="verb",
            value=verb,
        )
    return verb
