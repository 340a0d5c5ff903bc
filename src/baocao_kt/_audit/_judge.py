"""Judging a stated percentage against its exact value, by its own rounding interval.

``29,04%`` states a value in [29,035; 29,045): right when the exact value, rounded half-up
at the stated decimals (as `Percent.rounded` writes it), is the stated one. A value that
the stated digits give by truncation (``99,13%`` for 99,1379…) is right only under a rule
the text does not state: a warning. Anything else is wrong.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Literal

from baocao_kt._audit._findings import Severity
from baocao_kt._values._rates import Percent

__all__ = ["VERDICTS", "Verdict", "judge", "places_of"]

#: ``"ok"``, ``"truncated"`` (right only if truncated), ``"wrong"``.
Verdict = Literal["ok", "truncated", "wrong"]

#: What each verdict says: its severity and its message, of the stated text
#: (``written``), what it was computed from (``operands``) and the right text (``expected``).
VERDICTS: dict[Verdict, tuple[Severity, str]] = {
    "ok": ("ok", "{written} is {operands} rounded"),
    "truncated": ("warning", "{written} is {operands} truncated; rounded, it is {expected}"),
    "wrong": ("error", "{written} should be {expected} ({operands})"),
}


def places_of(stated: Decimal) -> int:
    """The decimals a stated number shows (``Decimal("29.04")`` shows 2)."""
    return max(0, -int(stated.as_tuple().exponent))


def judge(stated: Decimal, exact: Fraction) -> Verdict:
    """Whether ``stated`` (with its decimals) is ``exact`` rounded, truncated, or neither.

    >>> judge(Decimal("29.04"), Fraction(103700 * 100, 351147))
    'wrong'
    >>> judge(Decimal("29.53"), Fraction(103700 * 100, 351147))
    'ok'
    >>> judge(Decimal("99.13"), Fraction(991379, 10000))
    'truncated'
    """
    places = places_of(stated)
    if Percent(exact).rounded(places) == stated:
        return "ok"
    scale = 10**places
    if Fraction(int(exact * scale), scale) == stated:  # int() truncates toward zero
        return "truncated"
    return "wrong"
