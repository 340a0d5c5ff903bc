"""`Wording`: the words and the shape of an indicator sentence, each with the seed's default.

A caller changes a sentence by making a `Wording` (or ``attrs.evolve``-ing one), never
by rewriting the renderer: the verb, the plan's and the scenario's words, where the
reference goes in a variance, how the cumulative figure is set over the plan, the
decimals of each percentage, and the two clause templates.
"""

from __future__ import annotations

import string
from typing import Any, Literal

import attrs

from baocao_kt._model._indicator import one_of, shown_places
from baocao_kt._periods._base import LabelStyle, MonthPadding
from baocao_kt._report._phrase_parts import Connector, check_connector
from baocao_kt._report._phrases import VarianceForm
from baocao_kt._values._repr import short_repr
from baocao_kt.errors import OptionError

__all__ = ["CLAUSE_FIELDS", "PHRASES", "GrowthForm", "OverPlan", "ScenarioComparison", "Wording"]

#: How the cumulative figure is set over the plan: ``"scale"`` repeats the money scale
#: (*50.520 triệu/135.800 triệu đồng*), ``"bare"`` writes the unit once (*103.700/351.147
#: triệu đồng*), ``"none"`` leaves the plan out of the figure (*50.520 triệu đồng*).
OverPlan = Literal["scale", "bare", "none"]
_OVER_PLAN = ("scale", "bare", "none")
_FORMS = ("before", "compared", "after")

#: How a figure is set against its scenario: ``"variance"`` (*vượt kịch bản 2,5%*) or
#: ``"attainment"`` (*đạt 112,4% kịch bản tăng trưởng*).
ScenarioComparison = Literal["variance", "attainment"]
_COMPARISONS = ("variance", "attainment")
_STYLES = ("full", "short")

#: How a comparison with an earlier period is said: ``"change"`` (*tăng 4,06% so với cùng
#: kỳ*), ``"ratio"`` (*bằng 96,0% so với cùng kỳ*) or ``"amount"`` (*tăng 120 triệu đồng so
#: với cùng kỳ*).
GrowthForm = Literal["change", "ratio", "amount"]
_GROWTHS = ("change", "ratio", "amount")
_PADDINGS = ("nd30", "padded", "unpadded")

#: The fields a clause template may use.
CLAUSE_FIELDS = ("name", "period", "status", "value")


_optional_places = attrs.validators.optional(shown_places)


def _words(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise OptionError(
            f"Wording: {attribute.name}={value!r} is not words; pass a non-empty str",
            option=attribute.name,
            value=value,
        )


def _text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise OptionError(
            f"Wording: {attribute.name}={value!r} is not text; pass a str, such as '; '",
            option=attribute.name,
            value=value,
        )


def _flag(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool:
        raise OptionError(
            f"Wording: {attribute.name}={value!r} is not a bool; pass True or False",
            option=attribute.name,
            value=value,
        )


def _connector(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    check_connector(value, "Wording")


#: The phrases of a clause, in the seed's order: the plans' attainment, the scenario's
#: variance, the growth against the same period, against the period before.
PHRASES = ("plan", "scenario", "same_period", "previous")


def _as_order(value: object) -> object:
    """A list or tuple of names as a tuple; anything else as it is, for the validator."""
    return tuple(value) if isinstance(value, (list, tuple)) else value


def _order(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if (
        not isinstance(value, tuple)
        or not all(isinstance(name, str) for name in value)
        or sorted(value) != sorted(PHRASES)
    ):
        raise OptionError(
            f"Wording: order={value!r} is not an order of the phrases; pass the four names "
            f"{PHRASES!r} in the order a clause states them",
            option=attribute.name,
            value=value,
        )


def _template(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _words(_instance, attribute, value)
    assert isinstance(value, str)  # noqa: S101 - checked just above, for mypy
    try:
        parsed = [
            (field, spec, conversion)
            for _, field, spec, conversion in string.Formatter().parse(value)
            if field is not None
        ]
    except ValueError as error:
        raise OptionError(
            f"Wording: {attribute.name}={value!r} is not a template: {error}",
            option=attribute.name,
            value=value,
        ) from error
    for field, spec, conversion in parsed:
        if spec or conversion:  # {value:.2} would cut the figure, {value!r} quote it
            raise OptionError(
                f"Wording: {attribute.name}={value!r} writes {{{field}}} with a format or a "
                f"conversion; write the field alone, {{{field}}}: the figures are written "
                "by the wording's own choices (value_places, trim)",
                option=attribute.name,
                value=value,
            )
        if field not in CLAUSE_FIELDS:
            raise OptionError(
                f"Wording: {attribute.name}={value!r} uses {{{field}}}; a clause may use "
                + ", ".join(f"{{{name}}}" for name in CLAUSE_FIELDS),
                option=attribute.name,
                value=value,
            )


@attrs.frozen(kw_only=True)
class Wording:
    """How `render_indicator` words its sentence; the defaults write the seed's B.I.1.

    A sentence has a clause for the report's period (a month, a quarter, …) and, when
    that is not the year to date itself, a cumulative clause. Each starts from its
    template (fields ``{name}``, ``{period}``, ``{status}``, ``{value}``) and goes on with
    the phrases there is data for, joined by commas (or in parentheses): the attainment
    of the plans (in the clause of the year to date), the variance to the scenario, the
    growth against the same period of last year, and, for the period's clause, the
    growth against the period before. The clauses are joined by ``"; "`` when the first
    has a phrase, else by ``", "`` (as the seed writes it), or by ``separator``.

    Attributes:
        month_clause: The template of the period's clause (a month's, or any period's).
        cumulative_clause: The template of the year-to-date clause.
        verb: The attainment's verb: *bằng*, *đạt*, *vượt* (the excess over 100 %) or
            ``"auto"`` (*đạt* up to 100 %, *vượt* above); see `attainment_phrase`.
        plan_words: The plan's words; ``None`` for ``str(plan)`` (*kế hoạch năm 2026*).
        scenario_words: The scenario's words (*kịch bản*, *kế hoạch kịch bản giải ngân*).
        month_variance_form: ``"before"`` (*vượt kịch bản 2,5%*); see `VarianceForm`.
        cumulative_variance_form: ``"compared"`` (*vượt 0,8% so với kịch bản*).
        over_plan: How the cumulative figure is set over the plan, see `OverPlan`.
        month_variance_places: Decimals of the month's variance; ``None``: the indicator's.
        attainment_places: Decimals of the attainment; ``None``: the indicator's.
        cumulative_variance_places: Decimals of the cumulative variance; likewise.
        value_places: Decimals of the figures (rounded half-up, trailing zeros kept);
            ``None`` writes every significant digit the figure has (*5.108,711*; a sum
            of months that Decimal leaves as *131,0* is *131*), which suits figures typed
            in a sheet but not a mean of months.
        separator: What joins the clauses; ``None`` for the rule above.
        same_period: State the growth against last year's same period when the series
            has its figures (*tăng 4,06% so với cùng kỳ*).
        growth_words: The words of last year's same period (*cùng kỳ*, *cùng kỳ năm
            trước*).
        growth_places: Decimals of the growths; ``None``: the indicator's.
        growth_as: How the comparisons with earlier periods are said, see `GrowthForm`:
            ``"change"`` (*tăng 4,06%*), ``"ratio"`` (*bằng 96,0% so với cùng kỳ*) or
            ``"amount"`` (*tăng 120 triệu đồng so với cùng kỳ*).
        previous_period: State the growth against the period before (*giảm 3,2% so với
            tháng trước*; a quarter's *quý trước*, a year's *năm trước*), when known.
        connector: The words between a number and its reference in growths and in the
            ``"compared"`` variance: ``"so với"``, ``"so"`` or none (``None``).
        scenario_comparison: ``"variance"`` (*vượt kịch bản 2,5%*) or ``"attainment"``
            (*đạt 112,4% kịch bản*), see `ScenarioComparison`.
        plan_first: Put the plan before the attainment, after the connector (*so dự toán
            giao đạt 40%*).
        trim: Drop the trailing zeros of the percentages after rounding (*tăng 62%*
            rather than *tăng 62,0%*), as many reports write them.
        order: The order of a clause's phrases, the names of `PHRASES` rearranged:
            ``("same_period", "scenario", "plan", "previous")`` writes *tăng 5,1% so với
            cùng kỳ, bằng 80,2% kịch bản* where the seed puts the scenario first.
        parentheses: Put each clause's phrases in parentheses after its figure
            (*1.250 tỷ đồng (tăng 5,1% so với cùng kỳ, bằng 80,2% kịch bản)*).
        period_style: The label style of the periods (``"full"``: *tháng 4/2026*;
            ``"short"``: *tháng 4*); ``None``: short for a month and the year to date,
            full for a quarter, a half or a year (*quý I/2026*, *năm 2025*).
        month_padding: How a month's number is written: ``"nd30"`` (*tháng 02*, *tháng
            3*, as Nghị định 30 pads dates), ``"padded"`` (*tháng 03*) or ``"unpadded"``
            (*tháng 2*); see `Month.label`.

    >>> Wording(verb="đạt", attainment_places=2).verb
    'đạt'
    >>> Wording(month_clause="{name} {period}: {valeur}")
    Traceback (most recent call last):
    ...
    baocao_kt.errors.OptionError: Wording: month_clause='{name} {period}: {valeur}' uses \
{valeur}; a clause may use {name}, {period}, {status}, {value}
    """

    month_clause: str = attrs.field(default="{name} {period} {status} {value}", validator=_template)
    cumulative_clause: str = attrs.field(default="{period} {status} {value}", validator=_template)
    verb: str = attrs.field(default="bằng", validator=_words)
    plan_words: str | None = attrs.field(default=None, validator=_words)
    scenario_words: str = attrs.field(default="kịch bản", validator=_words)
    month_variance_form: VarianceForm = attrs.field(
        default="before", validator=one_of(_FORMS, "a variance form")
    )
    cumulative_variance_form: VarianceForm = attrs.field(
        default="compared", validator=one_of(_FORMS, "a variance form")
    )
    over_plan: OverPlan = attrs.field(default="scale", validator=one_of(_OVER_PLAN, "a style"))
    month_variance_places: int | None = attrs.field(default=None, validator=_optional_places)
    attainment_places: int | None = attrs.field(default=None, validator=_optional_places)
    cumulative_variance_places: int | None = attrs.field(default=None, validator=_optional_places)
    value_places: int | None = attrs.field(default=None, validator=_optional_places)
    separator: str | None = attrs.field(default=None, validator=_text)
    same_period: bool = attrs.field(default=True, validator=_flag)
    growth_words: str = attrs.field(default="cùng kỳ", validator=_words)
    growth_places: int | None = attrs.field(default=None, validator=_optional_places)
    previous_period: bool = attrs.field(default=False, validator=_flag)
    growth_as: GrowthForm = attrs.field(default="change", validator=one_of(_GROWTHS, "a form"))
    connector: Connector = attrs.field(default="so với", validator=_connector)
    scenario_comparison: ScenarioComparison = attrs.field(
        default="variance", validator=one_of(_COMPARISONS, "a comparison")
    )
    parentheses: bool = attrs.field(default=False, validator=_flag)
    trim: bool = attrs.field(default=False, validator=_flag)
    order: tuple[str, ...] = attrs.field(default=PHRASES, converter=_as_order, validator=_order)
    plan_first: bool = attrs.field(default=False, validator=_flag)
    period_style: LabelStyle | None = attrs.field(
        default=None, validator=attrs.validators.optional(one_of(_STYLES, "a label style"))
    )
    month_padding: MonthPadding = attrs.field(
        default="nd30", validator=one_of(_PADDINGS, "a padding of months")
    )

    def __repr__(self) -> str:
        """The call that makes it, with only the choices that differ from the defaults.

        >>> Wording(verb="đạt", attainment_places=2)
        Wording(verb='đạt', attainment_places=2)
        """
        return short_repr(self)
