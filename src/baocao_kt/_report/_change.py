"""`change_phrase`: an absolute change in words, *giảm 12 hộ*, *vượt 2,5 ha so với kế hoạch*.

The counterpart of `growth_phrase` for a difference of quantities rather than a percent:
the sign is said in words and decided at the shown precision, the number is written
without one, with its unit.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from baocao_kt._report._phrase_parts import (
    Connector,
    check_connector,
    check_reference,
    check_words,
    equal_phrase,
    joined,
)
from baocao_kt._text._numbers import format_number
from baocao_kt._units._qualifier import refuse_approximate
from baocao_kt._units._quantity import Quantity
from baocao_kt._values._rounding import check_places, round_half_up
from baocao_kt.errors import OptionError, ValueKindError

__all__ = ["change_phrase"]

# The default equal word compares: alone it says nothing (*bằng* what?).
_COMPARING_EQUAL = "bằng"


def _shown(quantity: Quantity, places: int | None) -> Decimal:
    """The magnitude as it is written: rounded half-up at ``places``, or every digit."""
    if places is None:
        return quantity.magnitude
    return round_half_up(quantity.magnitude, check_places(places))


def _reference_text(reference: object, between: str, connector: object) -> str:
    if reference is None or (isinstance(reference, str) and not reference.strip()):
        if between:
            raise OptionError(
                f"change_phrase: connector={connector!r} needs a reference to connect to; "
                "pass reference= (such as 'kế hoạch') or connector=None",
                option="connector",
                value=connector,
            )
        return ""
    if not isinstance(reference, str):
        raise OptionError(
            f"change_phrase: reference={reference!r} is not words; pass a str such as "
            "'cùng kỳ', 'kế hoạch' or 'so với kế hoạch', or None",
            option="reference",
            value=reference,
        )
    return check_reference(reference, "change_phrase", between)


def change_phrase(  # noqa: PLR0913 - every word of the phrase is a choice with a default
    quantity: Quantity,
    *,
    reference: str | None = None,
    words: tuple[str, str, str] = ("tăng", "giảm", "bằng"),
    places: int | None = None,
    trim: bool = False,
    connector: Connector = None,
) -> str:
    """An absolute change in words: *giảm 12 hộ*, *vượt 2,5 ha so với kế hoạch*.

    Args:
        quantity: The change, signed (a `Quantity`: current minus reference).
        reference: The words after the number: *cùng kỳ*, *kế hoạch*, or with their
            connector (*so với kế hoạch*); none by default.
        words: The words for a rise, a fall and no change: ``("vượt", "thiếu", "bằng")``
            against a plan.
        places: The decimals shown, rounding half-up; a change that rounds to zero is
            the equal word. ``None`` (the default) writes the value's own digits without
            trailing zeros: a sum of months ``Decimal("131.0")`` is *131 tỷ đồng*.
        trim: Drop trailing zeros after rounding at ``places``.
        connector: Between the number and the reference: none by default, ``"so với"``
            or ``"so"``.

    The equal case has no connector: *bằng kế hoạch*, also for ``reference="so với kế
    hoạch"``, whose *so với* is dropped after the equal word. Without a reference, the
    equal word is written alone, so it must stand alone (*không đổi*): the default
    *bằng* then says nothing and is an `OptionError`.

    Raises:
        ValueKindError: ``quantity`` is not a `Quantity`.
        OptionError: Unknown connector, a connector without a reference, bad words or
            places, or *bằng* with nothing to compare with.

    >>> change_phrase(Quantity(-12, "hộ"))
    'giảm 12 hộ'
    >>> change_phrase(
    ...     Quantity("2.5", "ha"), words=("vượt", "thiếu", "bằng"), reference="so với kế hoạch"
    ... )
    'vượt 2,5 ha so với kế hoạch'
    >>> change_phrase(Quantity("0.04", "ha"), reference="kế hoạch", connector="so với", places=1)
    'bằng kế hoạch'
    >>> change_phrase(Quantity("131.0", "tỷ đồng"), reference="cùng kỳ", connector="so với")
    'tăng 131 tỷ đồng so với cùng kỳ'
    """
    if type(quantity) is not Quantity:
        raise ValueKindError(
            f"change_phrase: {quantity!r} is not a Quantity; pass the change with its unit, "
            "such as Quantity(-12, 'hộ') (a percent's phrase is growth_phrase)",
            value=quantity,
        )
    refuse_approximate("state the change", quantity)  # a bound on a change: see _approximate
    between = check_connector(connector, "change_phrase")
    after = _reference_text(reference, between, connector)
    above, below, equal = check_words(words, "change_phrase")
    shown = _shown(quantity, places)
    if shown.is_zero():
        if not after and unicodedata.normalize("NFC", equal) == _COMPARING_EQUAL:
            raise OptionError(
                f"change_phrase: the change {quantity} is 0 at the shown precision and "
                f"'{equal}' has nothing to compare with; pass reference= (bằng cùng kỳ) "
                "or an equal word that stands alone: words=('tăng', 'giảm', 'không đổi')",
                option="reference",
                value=reference,
            )
        return equal_phrase(equal, after)
    # Without places the digits are the value's own: a trailing zero is no precision.
    number = format_number(shown.copy_abs(), places, trim=trim or places is None)
    return joined(above if shown > 0 else below, f"{number} {quantity.unit.name}", between, after)
