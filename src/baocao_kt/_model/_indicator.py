"""`Indicator` (chỉ tiêu) and `Plan` (kế hoạch, dự toán): what is measured, and its target.

An indicator's figures are `Decimal` amounts in its unit. Where a target is given as a
`Quantity` it is converted into that unit exactly, or refused.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

import attrs

from baocao_kt._periods._base import MAX_YEAR, MIN_YEAR, whole_number
from baocao_kt._text._numbers import format_number
from baocao_kt._units._catalog import UnitCatalog
from baocao_kt._units._quantity import Quantity
from baocao_kt._units._unit import Unit, exact_decimal
from baocao_kt._values._convert import Number, to_decimal
from baocao_kt.errors import OptionError, UnitMismatchError, ValueKindError

__all__ = [
    "Aggregation",
    "Direction",
    "Indicator",
    "Plan",
    "PlanKind",
    "amount",
    "check_year",
    "one_of",
    "shown_places",
]

Aggregation = Literal["sum", "last", "mean", "ratio"]
Direction = Literal["higher", "lower"]
PlanKind = Literal["kế hoạch", "dự toán"]

_AGGREGATIONS = ("sum", "last", "mean", "ratio")
_DIRECTIONS = ("higher", "lower")
_KINDS = ("kế hoạch", "dự toán")
_PERCENT = "%"

#: The attrs validator of a year field: an int a date can have, else `PeriodError`.
check_year = whole_number(MIN_YEAR, MAX_YEAR, "a report's year (four digits, such as 2026)")


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def one_of(choices: tuple[object, ...], meaning: str) -> _Validator:
    """An attrs validator: one of ``choices``, else `OptionError` naming the field."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value not in choices:
            shown = ", ".join(repr(choice) for choice in choices)
            raise OptionError(
                f"{type(instance).__name__}: {attribute.name}={value!r} is not {meaning}; "
                f"pass one of {shown}",
                option=attribute.name,
                value=value,
            )

    return validate


def shown_places(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An attrs validator: a number of decimals a report shows, 0 to 3."""
    if type(value) is not int or not 0 <= value <= 3:
        raise OptionError(
            f"{type(instance).__name__}: {attribute.name}={value!r} is not a number of "
            "decimals to show; pass an int from 0 to 3",
            option=attribute.name,
            value=value,
        )


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise OptionError(
            f"{type(instance).__name__}: {attribute.name}={value!r} is not a name; pass "
            "non-empty text such as 'NN' or 'Giá trị sản xuất nông nghiệp'",
            option=attribute.name,
            value=value,
        )


def _unit(value: str | Unit | None) -> Unit | None:
    """A unit name of the default catalog (or ``"%"``, a rate) as a `Unit` (``None``)."""
    if value is None or value == _PERCENT:
        return None
    if isinstance(value, Unit):
        return value
    if isinstance(value, str):
        return UnitCatalog.default().unit(value)
    raise ValueKindError(
        f"Indicator: unit={value!r} is a {type(value).__name__}; pass a unit name such as "
        "'triệu đồng', '%' for a rate, or a Unit",
        value=value,
    )


@attrs.frozen
class Indicator:
    """An indicator (*chỉ tiêu*): what is measured, in which unit, and how it cumulates.

    Args:
        code: A short code the caller chooses (``"NN"``, ``"1.1"``).
        name: The Vietnamese name, as the report writes it.
        unit: A unit name of the default catalog (``"triệu đồng"``, ``"hộ"``), a `Unit`,
            or ``"%"`` for an indicator that is itself a rate (its `unit` is then ``None``).
        aggregation: How the figures of months make the figure of a longer period:
            ``"sum"`` for flows (output value, revenue), ``"last"`` for stocks (households
            in a database), ``"mean"`` for averages, ``"ratio"`` for a rate recomputed
            from its ``numerator`` and ``denominator`` indicators.
        direction: ``"higher"`` when more is better, ``"lower"`` when less is (spending
            overruns, violations).
        places: The decimals its percentages are shown with (0 to 3).
        numerator: The indicator above the line; required for ``"ratio"``, else refused.
        denominator: The indicator below the line; likewise.

    Raises:
        OptionError: An option outside its values, or ``numerator``/``denominator``
            missing for a ratio or given for another aggregation.
        UnknownUnitError: The unit is not in the default catalog.
        UnitMismatchError: A ratio whose parts' quotient is not in its unit.

    >>> nn = Indicator("NN", "Giá trị sản xuất nông, lâm nghiệp và thủy sản", "tr.đ")
    >>> nn.unit, nn.unit_name, nn.aggregation
    (Unit('triệu đồng'), 'triệu đồng', 'sum')
    >>> Indicator("NN", "Nông nghiệp", "triệu đồng", places=4)
    Traceback (most recent call last):
    ...
    baocao_kt.errors.OptionError: Indicator: places=4 is not a number of decimals to show; \
pass an int from 0 to 3
    """

    code: str = attrs.field(validator=_text)
    name: str = attrs.field(validator=_text)
    unit: Unit | None = attrs.field(converter=_unit)
    aggregation: Aggregation = attrs.field(
        default="sum", kw_only=True, validator=one_of(_AGGREGATIONS, "an aggregation rule")
    )
    direction: Direction = attrs.field(
        default="higher", kw_only=True, validator=one_of(_DIRECTIONS, "a direction")
    )
    places: int = attrs.field(default=1, kw_only=True, validator=shown_places)
    numerator: Indicator | None = attrs.field(default=None, kw_only=True)
    denominator: Indicator | None = attrs.field(default=None, kw_only=True)

    def __repr__(self) -> str:
        """The call that makes it, with only the options that differ from the defaults.

        >>> Indicator("NN", "Nông nghiệp", "tr.đ", places=2)
        Indicator('NN', 'Nông nghiệp', 'triệu đồng', places=2)
        """
        unit = "%" if self.unit is None else self.unit.name
        shown = [repr(self.code), repr(self.name), repr(unit)]
        for field in attrs.fields(Indicator)[3:]:
            value = getattr(self, field.name)
            if value != field.default:
                shown.append(f"{field.name}={value!r}")
        return f"Indicator({', '.join(shown)})"

    def __attrs_post_init__(self) -> None:
        parts = {"numerator": self.numerator, "denominator": self.denominator}
        for option, part in parts.items():
            if (part is None) == (self.aggregation == "ratio"):
                need = "needs" if part is None else "takes no"
                raise OptionError(
                    f"Indicator {self.code!r}: aggregation={self.aggregation!r} {need} "
                    f"{option}=; a ratio is recomputed from a numerator and a denominator "
                    "indicator, and only a ratio has them",
                    option=option,
                    value=part,
                )
            if part is not None and not isinstance(part, Indicator):
                raise ValueKindError(
                    f"Indicator {self.code!r}: {option}={part!r} is not an Indicator",
                    value=part,
                )
        if self.numerator is not None and self.denominator is not None:
            self.quotient(Decimal(1), Decimal(1))  # refuse parts whose quotient has no unit

    @property
    def unit_name(self) -> str:
        """The unit as a report writes it: its name, or ``"%"`` for a rate."""
        return _PERCENT if self.unit is None else self.unit.name

    def quotient(self, numerator: Decimal, denominator: Decimal) -> Decimal | Fraction:
        """The ratio's value in this indicator's unit: numerator ÷ denominator, exactly.

        The parts are amounts in the units of `numerator` and `denominator`; a rate
        (unit ``"%"``) is their quotient × 100.

        Raises:
            UnitMismatchError: The quotient is not in this indicator's unit.
            ZeroDivisionError: The denominator is zero.

        >>> people = Indicator("P", "Người được tiêm", "người")
        >>> total = Indicator("T", "Dân số", "người")
        >>> rate = Indicator("R", "Tỷ lệ tiêm", "%", aggregation="ratio",
        ...                  numerator=people, denominator=total)
        >>> rate.quotient(Decimal(3), Decimal(8))
        Fraction(75, 2)
        """
        top, bottom = self.numerator, self.denominator
        if top is None or bottom is None or top.unit is None or bottom.unit is None:
            raise OptionError(
                f"Indicator {self.code!r} is not a ratio of two indicators with units",
                option="aggregation",
                value=self.aggregation,
            )
        if top.unit.dimension == bottom.unit.dimension:
            value = (
                Fraction(numerator) * top.unit.factor / (Fraction(denominator) * bottom.unit.factor)
            )
            if self.unit is None:
                return value * 100
            raise UnitMismatchError(
                f"Indicator {self.code!r}: {top.unit_name} ÷ {bottom.unit_name} is a pure "
                f"number, not {self.unit_name}; give the ratio the unit '%'",
                left=top.unit,
                right=self.unit,
            )
        if self.unit is None:
            raise UnitMismatchError(
                f"Indicator {self.code!r}: {top.unit_name} ÷ {bottom.unit_name} is not a "
                "percentage; give the ratio their quotient's unit",
                left=top.unit,
                right=bottom.unit,
            )
        quantity = Quantity(numerator, top.unit) / Quantity(denominator, bottom.unit)
        if not isinstance(quantity, Quantity):  # pragma: no cover - same dimension above
            return Fraction(quantity)
        factor = quantity.unit.factor / self.unit.factor
        if quantity.unit.dimension != self.unit.dimension:
            raise UnitMismatchError(
                f"Indicator {self.code!r}: {top.unit_name} ÷ {bottom.unit_name} is "
                f"{quantity.unit.name}, which cannot be written in {self.unit_name}",
                left=quantity.unit,
                right=self.unit,
            )
        return Fraction(quantity.magnitude) * factor


def amount(value: Number | Quantity, indicator: Indicator, argument: str) -> Decimal:
    """A number (converted by `to_decimal`) or a `Quantity` in the indicator's unit, exactly.

    Raises:
        UnitMismatchError: The quantity measures something else, or the indicator is a rate.
        OptionError: The quantity has no exact value in the indicator's unit (m² in sào).

    >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
    >>> amount(Quantity("135.8", "tỷ đồng"), nn, "target")
    Decimal('135800')
    """
    if not isinstance(value, Quantity):
        return to_decimal(value, argument=argument)
    unit = indicator.unit
    if unit is None:
        raise UnitMismatchError(
            f"{argument}={value!r}: indicator {indicator.code!r} is a rate in %; pass a number",
            left=value.unit,
            right=_PERCENT,
        )
    value.to(unit)  # a UnitMismatchError when the dimensions differ
    exact = exact_decimal(Fraction(value.magnitude) * value.unit.factor / unit.factor)
    if exact is None:
        raise OptionError(
            f"{argument}={value!r} has no exact value in {unit.name}; pass it in "
            f"{unit.name} (rounded as you mean it)",
            option=argument,
            value=value,
        )
    return exact


def _plan_words(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise OptionError(
            f"Plan: words={value!r} is not words; pass a non-empty str such as "
            "'dự toán tỉnh giao', or None for 'kế hoạch năm 2026'",
            option="words",
            value=value,
        )


@attrs.frozen(init=False)
class Plan:
    """The annual target of an indicator: *kế hoạch năm 2026*, or a budget's *dự toán*.

    Args:
        indicator: The indicator planned.
        year: The plan's year.
        target: The target, a number (by `to_decimal`) or a `Quantity`, which is
            converted into the indicator's unit exactly (or refused, see `amount`).
        kind: ``"kế hoạch"`` (a plan) or ``"dự toán"`` (a budget estimate).
        adjusted: Whether this is the plan *sau điều chỉnh, bổ sung*; use `adjusted`.
        words: The plan's own words in a sentence, when a report names it otherwise
            than *kế hoạch năm 2026* (*dự toán tỉnh giao*, *dự toán HĐND xã giao*): a
            report that compares a figure with two plans names each.

    An adjusted plan is a new value: `Plan.adjusted` returns it and leaves this one as it
    was.

    >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
    >>> plan = Plan(nn, 2026, 135800)
    >>> plan.target, str(plan)
    (Decimal('135800'), 'kế hoạch năm 2026')
    >>> str(plan.adjusted(140000)), plan.adjusted(140000).target
    ('kế hoạch năm 2026 sau điều chỉnh, bổ sung', Decimal('140000'))
    >>> str(Plan(nn, 2026, 140000, kind="dự toán", words="dự toán tỉnh giao"))
    'dự toán tỉnh giao'
    """

    indicator: Indicator
    year: int = attrs.field(validator=check_year)
    target: Decimal
    kind: PlanKind = attrs.field(validator=one_of(_KINDS, "a kind of plan"))
    is_adjusted: bool = False
    words: str | None = attrs.field(default=None, validator=_plan_words)

    def __init__(  # noqa: PLR0913 - three fields and three keyword-only choices
        self,
        indicator: Indicator,
        year: int,
        target: Number | Quantity,
        *,
        kind: PlanKind = "kế hoạch",
        is_adjusted: bool = False,
        words: str | None = None,
    ) -> None:
        if not isinstance(indicator, Indicator):
            raise ValueKindError(
                f"Plan: indicator={indicator!r} is not an Indicator", value=indicator
            )
        if isinstance(words, str):  # "dự toán " is "dự toán": a sentence has one space
            words = " ".join(words.split())
        self.__attrs_init__(
            indicator, year, amount(target, indicator, "target"), kind, bool(is_adjusted), words
        )

    def __repr__(self) -> str:
        """The plan in one line: its indicator's code, year, words and target.

        >>> Plan(Indicator("NN", "Nông nghiệp", "triệu đồng"), 2026, 135800)
        <Plan NN: kế hoạch năm 2026, 135.800 triệu đồng>
        """
        unit = self.indicator.unit_name
        target = format_number(self.target)
        amount = f"{target}%" if unit == "%" else f"{target} {unit}"
        return f"<Plan {self.indicator.code}: {self}, {amount}>"

    def adjusted(self, target: Number | Quantity) -> Plan:
        """The plan *sau điều chỉnh, bổ sung* with the new target: a new `Plan`."""
        return Plan(
            self.indicator, self.year, target, kind=self.kind, is_adjusted=True, words=self.words
        )

    def __str__(self) -> str:
        if self.words is not None:
            return self.words
        words = f"{self.kind} năm {self.year:04d}"
        return f"{words} sau điều chỉnh, bổ sung" if self.is_adjusted else words
