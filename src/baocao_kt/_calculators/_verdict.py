"""The verdict on a figure against its reference: above, equal or below, good or bad.

"Equal" is judged at the precision the variance will be shown with, so a sentence never
says *vượt kịch bản 0,0%*; "good" depends on the indicator's direction, not on the sign
(spending below its scenario is good news, output below its scenario is not).
"""

from __future__ import annotations

from typing import Literal

import attrs

from baocao_kt._calculators._ratios import NotAvailable, Operand, operand_ratios, variance
from baocao_kt._values._rates import Percent
from baocao_kt._values._rounding import check_places
from baocao_kt.errors import OptionError

Position = Literal["above", "equal", "below"]
Direction = Literal["higher", "lower"]
_DIRECTIONS = ("higher", "lower")


@attrs.frozen
class Verdict:
    """Where a figure stands against its reference.

    Attributes:
        position: ``"above"``, ``"equal"`` or ``"below"``, at the precision shown.
        good: Whether that is good news for an indicator of the given direction;
            meeting the reference exactly is good.
        variance: The exact variance, or `NotAvailable` where it has no meaning (the
            position then compares the two values themselves).
    """

    position: Position
    good: bool
    variance: Percent | NotAvailable


def compare(
    actual: Operand,
    reference: Operand,
    *,
    places: int = 1,
    direction: Direction = "higher",
) -> Verdict:
    """Judge ``actual`` against ``reference`` as a report sentence would state it.

    Args:
        actual: The figure reached.
        reference: The scenario, plan or previous value.
        places: The decimals the variance is shown with: a variance that rounds to zero
            is ``"equal"`` (*bằng kịch bản*).
        direction: ``"higher"`` when more is better (output, revenue), ``"lower"`` when
            less is better (spending overruns, violations, poor households).

    >>> compare(12250, 11951).position
    'above'
    >>> compare(651909, 651910, places=1).position
    'equal'
    >>> verdict = compare(20000, 22000, direction="lower")
    >>> verdict.position, verdict.good
    ('below', True)
    """
    if direction not in _DIRECTIONS:
        raise OptionError(
            f"direction={direction!r} is not a direction; pass 'higher' (more is better) "
            "or 'lower' (less is better)",
            option="direction",
            value=direction,
        )
    check_places(places)
    change = variance(actual, reference, na=True)
    if isinstance(change, Percent):
        sign = int(change.rounded(places).compare(0))
    else:
        (top, top_scale), (bottom, bottom_scale) = operand_ratios(actual, reference)
        difference = top * bottom_scale - bottom * top_scale  # both scales are positive
        sign = (difference > 0) - (difference < 0)
    position: Position = "above" if sign > 0 else "below" if sign < 0 else "equal"
    good = position == "equal" or (position == "above") == (direction == "higher")
    return Verdict(position=position, good=good, variance=change)
