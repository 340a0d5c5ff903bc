"""Judging a stated percentage against its exact value, by its own rounding interval.

``29,04%`` states a value in [29,035; 29,045): right when the exact value is in it. A value
outside it that the stated digits would give by truncation (``99,13%`` for 99,1379…) is
right only under a rule the text does not state: a warning. Anything else is wrong.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from baocao_kt._values._rates import Percent

__all__ = ["Verdict", "judge"]

#: ``"ok"``, ``"truncated"`` (right only if truncated), ``"wrong"``.
Verdict = str


def judge(stated: Decimal, exact: Fraction) -> Verdict:
    """Whether ``stated`` (with its decimals) is ``exact`` rounded, truncated, or neither.

    >>> judge(Decimal("29.04"), Fraction(103700 * 100, 351147))
    'wrong'
    >>> judge(Decimal("29.53"), Fraction(103700 * 100, 351147))
    'ok'
    >>> judge(Decimal("99.13"), Fraction(991379, 10000))
    'truncated'
    """
    places = max(0, -int(stated.as_tuple().exponent))
    half = Fraction(1, 2 * 10**places)
    value = Fraction(stated)
    magnitude, target = abs(exact), abs(value)
    same_sign = value == 0 or (exact >= 0) == (value >= 0)
    # Half-up rounds the magnitude: |x| in [|v| - half, |v| + half) is written |v|.
    if same_sign and target - half <= magnitude < target + half:
        return "ok"
    unit = Fraction(1, 10**places)
    if same_sign and (magnitude // unit) * unit == target:
        return "truncated"
    return "wrong"


def rounded_text(exact: Fraction, places: int) -> str:
    """The right text of ``exact`` percent at ``places`` decimals (``"29,53%"``)."""
    return Percent(exact).format(places)
