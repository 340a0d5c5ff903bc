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

from collections.abc import Sequence

from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series import Series
from baocao_kt._periods._calendar import Month, YearToDate
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._report._clauses import Clauses
from baocao_kt._report._wording import Wording
from baocao_kt.errors import OptionError, PeriodError, ValueKindError

__all__ = ["cumulative_window", "render_indicator"]

_DEFAULT = Wording()


def cumulative_window(period: Period) -> YearToDate | None:
    """The year to date a sentence states after ``period`` (*lũy kế 4 tháng*).

    ``None`` when the period is its own year to date (the first quarter, a year): its
    sentence has one clause. A month always has the second clause, January too.

    >>> cumulative_window(Month(2026, 4)), cumulative_window(Quarter(2026, 1))
    (YearToDate(year=2026, month=4), None)
    """
    last = period.months[-1]
    window = YearToDate(last.year, last.month)
    if window.months == period.months and type(period) is not Month:
        return None
    return window


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
    window = cumulative_window(period)
    sentence = Clauses(indicator, series, scenario, wording, months[-1].year)
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
        named = [" ".join(str(item).split()).casefold() for item in plans]
        if len(set(named)) != len(named):
            raise OptionError(
                f"render_indicator: two of the plans read alike ({', '.join(map(str, plans))}); "
                "a sentence could not tell them apart: name each by its own words "
                "(Plan(..., words='dự toán tỉnh giao'))",
                option="plan",
                value=plan,
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
    if not isinstance(series, Series):
        raise ValueKindError(
            f"render_indicator: series={series!r} is not a Series; pass the indicator's figures",
            value=series,
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
