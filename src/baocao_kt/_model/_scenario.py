"""`Scenario` (kịch bản): the time-phased path of targets set to reach an annual plan.

A scenario is kept as cumulative amounts at the ends of some months of its year (its
*checkpoints*): every month for `Scenario.monthly`, the quarters' last months for
`Scenario.quarterly`, the months given for `Scenario.from_cumulative`. The target of a
period is the cumulative amount at its last month less that at the month before it, so a
period is answered exactly when both are checkpoints, and refused otherwise: a quarterly
scenario says nothing about April alone, and is not spread over its months by a guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from baocao_kt._model._indicator import Indicator, Plan, amount, check_year
from baocao_kt._periods._calendar import Month
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._text._numbers import format_number
from baocao_kt._units._arithmetic import add, subtract
from baocao_kt._units._quantity import Quantity
from baocao_kt._values._convert import Number
from baocao_kt._values._rates import Percent
from baocao_kt._values._rounding import fraction_to_decimal
from baocao_kt.errors import OptionError, PeriodError, ValueKindError

__all__ = ["Scenario", "ScenarioGap", "months_in_year"]

_K = TypeVar("_K")
_V = TypeVar("_V")


def months_in_year(period: Period, year: int, what: str) -> tuple[int, int]:
    """The first and last month numbers of a period of whole months of ``year``.

    Raises:
        ValueKindError: ``period`` is not a period.
        PeriodError: The period is of another year (``field="year"``) or is a date
            range that does not cover whole months (``field="period"``).
    """
    months = whole_months_of(period, what)
    first, last = months[0], months[-1]
    if first.year != year or last.year != year:
        raise PeriodError(
            f"{what}: {period} is not in {year}; ask for a period of {year}",
            field="year",
            value=period,
        )
    return first.month, last.month


@attrs.frozen
class ScenarioGap:
    """What `Scenario.check` finds: a scenario whose year total is not its plan's target.

    Attributes:
        plan: The plan checked against.
        total: The scenario's total for the year.
        difference: ``total − plan.target``: positive when the scenario asks for more.
    """

    plan: Plan
    total: Decimal
    difference: Decimal

    def __str__(self) -> str:
        return (
            f"the scenario adds up to {self.total} for {self.plan}, which is "
            f"{self.plan.target}; the difference is {self.difference}"
        )


def _checkpoints(
    value: Mapping[int, Decimal] | Iterable[tuple[int, Decimal]],
) -> tuple[tuple[int, Decimal], ...]:
    """Month → cumulative amount pairs, checked and in month order."""
    pairs = tuple(value.items() if isinstance(value, Mapping) else value)
    for month, cumulative in pairs:
        if type(month) is not int or not 1 <= month <= 12:
            raise PeriodError(
                f"Scenario: checkpoint month {month!r} is not a month; pass 1 to 12",
                field="month",
                value=month,
            )
        if type(cumulative) is not Decimal:
            raise ValueKindError(
                f"Scenario: the amount at month {month} is {cumulative!r}, not a Decimal; "
                "use a named constructor (Scenario.from_cumulative) to convert numbers",
                value=cumulative,
            )
    if 12 not in dict(pairs):
        raise OptionError(
            f"Scenario: no amount at month 12 in {dict(pairs)!r}; a scenario runs to the end "
            "of the year: give the cumulative amount of the year",
            option="values",
            value=dict(pairs),
        )
    return tuple(sorted(pairs))


def _a_flow(_instance: object, _attribute: object, indicator: Any) -> None:  # noqa: ANN401 - checked here
    if not isinstance(indicator, Indicator):
        raise ValueKindError(
            f"Scenario: indicator={indicator!r} is not an Indicator", value=indicator
        )
    if indicator.aggregation != "sum":
        raise OptionError(
            f"Scenario: indicator {indicator.code!r} has aggregation={indicator.aggregation!r}; "
            "a scenario phases a flow that is summed over months (aggregation='sum'); for a "
            "stock, a mean or a rate, compare with the Plan instead",
            option="aggregation",
            value=indicator.aggregation,
        )


@attrs.frozen
class Scenario:
    """The target path of one indicator for one year: *kịch bản tăng trưởng, giải ngân*.

    Make one with `monthly`, `quarterly`, `from_cumulative` or `from_cumulative_percent`.
    The indicator must be a flow (``aggregation="sum"``): the target of a period is the
    sum of the targets of its months.

    Attributes:
        indicator: The indicator the scenario is for.
        year: Its year.
        checkpoints: ``(month, cumulative target from January through it)`` pairs, in
            month order; month 12 is always there (the scenario's year total).

    >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
    >>> s = Scenario.quarterly(nn, 2026, [28000, 34000, 36000, 37800])
    >>> s.target(Quarter(2026, 2)), s.target(Half(2026, 1)), s.total
    (Decimal('34000'), Decimal('62000'), Decimal('135800'))
    """

    indicator: Indicator = attrs.field(validator=_a_flow)
    year: int = attrs.field(validator=check_year)
    checkpoints: tuple[tuple[int, Decimal], ...] = attrs.field(converter=_checkpoints)
    _cumulative: dict[int, Decimal] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_cumulative", dict(self.checkpoints))

    def __repr__(self) -> str:
        """The scenario in one line: its indicator's code, year, checkpoints and total.

        >>> Scenario.quarterly(Indicator("NN", "Nông nghiệp", "triệu đồng"), 2026, [1, 2, 3, 4])
        <Scenario NN 2026: 4 checkpoints, total 10 triệu đồng>
        """
        count = len(self.checkpoints)
        total = f"{format_number(self.total)} {self.indicator.unit_name}"
        return f"<Scenario {self.indicator.code} {self.year}: {count} checkpoints, total {total}>"

    @classmethod
    def monthly(
        cls, indicator: Indicator, year: int, values: Iterable[Number | Quantity]
    ) -> Scenario:
        """A scenario of twelve monthly targets, January first.

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
        >>> s = Scenario.monthly(nn, 2026, [11000] * 11 + [14800])
        >>> s.target(Month(2026, 4)), s.target(YearToDate(2026, 4)), s.target(Year(2026))
        (Decimal('11000'), Decimal('44000'), Decimal('135800'))
        """
        return cls(indicator, year, _running(indicator, values, 12, "monthly", step=1))

    @classmethod
    def quarterly(
        cls, indicator: Indicator, year: int, values: Iterable[Number | Quantity]
    ) -> Scenario:
        """A scenario of four quarterly targets, quý I first.

        Its targets are for quarters, halves, nine months and the year; a month, or
        year-to-date not ending a quarter, is a `PeriodError`: the library does not
        guess how a quarter is spread over its months.
        """
        return cls(indicator, year, _running(indicator, values, 4, "quarterly", step=3))

    @classmethod
    def from_cumulative(
        cls,
        indicator: Indicator,
        year: int,
        cumulative: Mapping[int | Month, Number | Quantity],
    ) -> Scenario:
        """A scenario written as cumulative amounts: *lũy kế đến tháng N*.

        Args:
            indicator: The indicator.
            year: The year.
            cumulative: Month (a number, or a `Month` of ``year``) → the amount from
                January through it. Month 12 is required; others as the scenario has them.

        >>> gn = Indicator("GN", "Giải ngân vốn đầu tư công", "triệu đồng")
        >>> s = Scenario.from_cumulative(gn, 2026, {6: 40000, 9: 70000, 12: 100000})
        >>> s.target(Quarter(2026, 3)), s.target(YearToDate(2026, 9))
        (Decimal('30000'), Decimal('70000'))
        """
        checkpoints = {
            _month_number(month, year): amount(value, indicator, f"cumulative[{month!r}]")
            for month, value in _items(cumulative)
        }
        return cls(indicator, year, checkpoints)

    @classmethod
    def from_cumulative_percent(
        cls, plan: Plan, percents: Mapping[int | Month, Percent]
    ) -> Scenario:
        """A scenario written as cumulative percentages of the plan: *giải ngân 60% kế hoạch*.

        Each amount is ``plan.target × percent ÷ 100``, exact when it terminates, else
        rounded half-up to 28 significant digits.

        >>> gn = Indicator("GN", "Giải ngân vốn đầu tư công", "triệu đồng")
        >>> plan = Plan(gn, 2026, 100000)
        >>> s = Scenario.from_cumulative_percent(plan, {6: Percent(40), 12: Percent(100)})
        >>> s.target(Half(2026, 2)), s.check(plan) is None
        (Decimal('60000'), True)
        """
        checkpoints = {}
        for month, percent in _items(percents):
            if not isinstance(percent, Percent):
                raise ValueKindError(
                    f"Scenario.from_cumulative_percent: {month!r}: {percent!r} is not a "
                    "Percent; pass Percent(40) for 40%",
                    value=percent,
                )
            share = Fraction(plan.target) * percent.exact / 100
            checkpoints[_month_number(month, plan.year)] = fraction_to_decimal(share)
        return cls(plan.indicator, plan.year, checkpoints)

    @property
    def total(self) -> Decimal:
        """The scenario's total for the year (its cumulative amount at December)."""
        return self._cumulative[12]

    def target(self, period: Period) -> Decimal:
        """The target of a period of the scenario's year.

        Raises:
            PeriodError: The period is of another year (``field="year"``), or the
                scenario has no amount at its end or before its start (``field="period"``,
                a month of a quarterly scenario).

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
        >>> Scenario.quarterly(nn, 2026, [1, 2, 3, 4]).target(Month(2026, 4))
        Traceback (most recent call last):
        ...
        baocao_kt.errors.PeriodError: Scenario for 'NN': no target for tháng 4/2026: the \
scenario has cumulative amounts at months 3, 6, 9, 12 only
        """
        first, last = months_in_year(period, self.year, f"Scenario for {self.indicator.code!r}")
        before = Decimal(0) if first == 1 else self._cumulative.get(first - 1)
        through = self._cumulative.get(last)
        if before is None or through is None:
            known = ", ".join(str(month) for month, _ in self.checkpoints)
            raise PeriodError(
                f"Scenario for {self.indicator.code!r}: no target for {period}: the scenario "
                f"has cumulative amounts at months {known} only",
                field="period",
                value=period,
            )
        return subtract(through, before)

    def covers(self, period: Period) -> bool:
        """Whether `target` answers for ``period``: the scenario has amounts at its ends.

        A quarterly scenario covers quarters, not months. A period of another year, or
        a date range of part months, is an error as in `target`, not ``False``.

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
        >>> s = Scenario.from_cumulative(nn, 2026, {4: 50120, 12: 135800})
        >>> s.covers(YearToDate(2026, 4)), s.covers(Month(2026, 4))
        (True, False)
        """
        first, last = months_in_year(period, self.year, f"Scenario for {self.indicator.code!r}")
        return last in self._cumulative and (first == 1 or first - 1 in self._cumulative)

    def check(self, plan: Plan) -> ScenarioGap | None:
        """``None`` when the year total equals the plan's target, else the `ScenarioGap`.

        Raises:
            OptionError: The plan is for another indicator.
            PeriodError: The plan is for another year.

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
        >>> gap = Scenario.quarterly(nn, 2026, [28000, 34000, 36000, 37000]).check(
        ...     Plan(nn, 2026, 135800)
        ... )
        >>> gap.difference
        Decimal('-800')
        """
        if plan.indicator != self.indicator:
            raise OptionError(
                f"Scenario.check: the plan is for {plan.indicator.code!r}, the scenario for "
                f"{self.indicator.code!r}; check a plan of the same indicator",
                option="plan",
                value=plan,
            )
        if plan.year != self.year:
            raise PeriodError(
                f"Scenario.check: the plan is for {plan.year}, the scenario for {self.year}",
                field="year",
                value=plan.year,
            )
        if self.total == plan.target:
            return None
        return ScenarioGap(plan, self.total, subtract(self.total, plan.target))


def _running(
    indicator: Indicator, values: Iterable[Number | Quantity], count: int, name: str, *, step: int
) -> dict[int, Decimal]:
    """Cumulative amounts every ``step`` months from ``count`` period values."""
    if isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Iterable):
        raise ValueKindError(
            f"Scenario.{name}: values={values!r} is not a sequence of {count} numbers",
            value=values,
        )
    amounts = [amount(value, indicator, f"values[{i}]") for i, value in enumerate(values)]
    if len(amounts) != count:
        raise OptionError(
            f"Scenario.{name}: {len(amounts)} values given; pass exactly {count}, one per "
            f"{'month' if step == 1 else 'quarter'} from the first",
            option="values",
            value=values,
        )
    checkpoints, total = {}, Decimal(0)
    for index, value in enumerate(amounts, start=1):
        total = add(total, value)
        checkpoints[index * step] = total
    return checkpoints


def _items(mapping: Mapping[_K, _V]) -> Iterable[tuple[_K, _V]]:
    if not isinstance(mapping, Mapping):
        raise ValueKindError(
            f"Scenario: {mapping!r} is not a mapping of months to amounts such as {{12: 100}}",
            value=mapping,
        )
    return mapping.items()


def _month_number(month: int | Month, year: int) -> int:
    if isinstance(month, Month):
        if month.year != year:
            raise PeriodError(
                f"Scenario: {month} is not in {year}; give months of the scenario's year",
                field="year",
                value=month,
            )
        return month.month
    return month
