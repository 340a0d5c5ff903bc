"""`Figure`: the value of one period, whether it is an estimate, and its approximation word."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

import attrs

from baocao_kt._periods._ranges import Period
from baocao_kt._units._qualifier import check_qualifier
from baocao_kt._values._convert import Number, to_decimal
from baocao_kt.errors import OptionError, ValueKindError

__all__ = ["Figure", "Status"]

Status = Literal["estimate", "actual"]
_STATUSES = ("estimate", "actual")
_WORDS = {"estimate": "ước thực hiện", "actual": "thực hiện"}


def _value(value: Number) -> Decimal:
    return to_decimal(value, argument="Figure: value")


def _status(_instance: object, _attribute: object, value: object) -> None:
    if value not in _STATUSES:
        raise OptionError(
            f"Figure: status={value!r} is not a status; pass 'estimate' (ước thực hiện) or "
            "'actual' (thực hiện)",
            option="status",
            value=value,
        )


def _qualifier(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    check_qualifier(value)


def _period(_instance: object, _attribute: object, value: Any) -> None:  # noqa: ANN401 - any object is checked
    if not hasattr(value, "months"):
        raise ValueKindError(
            f"Figure: period={value!r} is not a period; pass Month(2026, 4) or another",
            value=value,
        )


@attrs.frozen(repr=False)
class Figure:
    """The figure of one period: its value and whether it is an estimate.

    Args:
        period: The period (a `Month` for the figures a `Series` is made of).
        value: The value in the indicator's unit, converted by `to_decimal`.
        status: ``"estimate"`` (*ước thực hiện*: the period was not closed when the
            report was written) or ``"actual"`` (*thực hiện*).
        qualifier: For a figure stated approximately, its word: *hơn*, *trên*, *dưới*,
            *gần*, *khoảng* or *xấp xỉ* (*ước đạt hơn 2.100 tỷ đồng*). A sentence writes
            it, before the figure and before the percentages that follow from it.

    >>> april = Figure(Month(2026, 4), 12250, "estimate")
    >>> april.value, april.is_estimate, april.words
    (Decimal('12250'), True, 'ước thực hiện')
    >>> Figure(Year(2025), 2100000, qualifier="hơn")
    Figure(period=Year(year=2025), value=Decimal('2100000'), status='actual', qualifier='hơn')
    """

    period: Period = attrs.field(validator=_period)
    value: Decimal = attrs.field(converter=_value)
    status: Status = attrs.field(default="actual", validator=_status)
    qualifier: str | None = attrs.field(default=None, kw_only=True, validator=_qualifier)

    def __repr__(self) -> str:
        # The qualifier is shown only when there is one: most figures are exact.
        qualifier = "" if self.qualifier is None else f", qualifier={self.qualifier!r}"
        return (
            f"Figure(period={self.period!r}, value={self.value!r}, status={self.status!r}"
            f"{qualifier})"
        )

    def without_qualifier(self) -> Figure:
        """The stated number of an approximate figure, as an exact figure.

        >>> Figure(Year(2025), 2100, qualifier="hơn").without_qualifier().qualifier is None
        True
        """
        return Figure(self.period, self.value, self.status)

    @property
    def is_estimate(self) -> bool:
        """Whether the figure is an estimate (*ước*)."""
        return self.status == "estimate"

    @property
    def words(self) -> str:
        """How a report names the status: ``ước thực hiện`` or ``thực hiện``."""
        return _WORDS[self.status]
