"""The parts every phrase is made of: its checks, its connector and its signed number.

Shared by the phrase functions (`attainment_phrase`, `variance_phrase`, `growth_phrase`,
`points_phrase`) and `change_phrase`: one check of a connector, of the three words and of a
reference for all of them, and one way to write a signed change in words.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from baocao_kt._report._approximate import approximate_change
from baocao_kt._values._rates import Percent, Points
from baocao_kt._values._rounding import check_places
from baocao_kt.errors import OptionError, ValueKindError

__all__ = [
    "Connector",
    "check_connector",
    "check_reference",
    "check_words",
    "checked",
    "equal_phrase",
    "joined",
    "magnitude",
    "signed_number",
    "signed_phrase",
]

#: The words between a number and its reference: ``"so với"`` (*tăng 3,5% so với cùng kỳ*),
#: ``"so"`` (*tăng 3,5% so cùng kỳ*), or none (``None`` or ``""``).
Connector = Literal["so với", "so", ""] | None
_CONNECTORS = ("so với", "so", "")

# A reference given with its connector (reference="so với kế hoạch"): after the equal
# word the connector is dropped, as *bằng so với kế hoạch* is not Vietnamese.
_LEADING_CONNECTOR = re.compile(r"(?:so với|so)\s+")


def checked(value: object, kind: type[Percent | Points], phrase: str) -> None:
    """Raise `ValueKindError` unless ``value`` is a ``kind`` (a `NotAvailable` has no phrase)."""
    if type(value) is not kind:
        raise ValueKindError(
            f"{phrase}: {value!r} is not a {kind.__name__}; a ratio with no meaning (n.a.) "
            "has no phrase: leave the phrase out, or write n.a. in the table",
            value=value,
        )


def check_connector(connector: object, phrase: str) -> str:
    """The connector's text (``""`` for none), or an `OptionError` naming the allowed ones."""
    if connector is None:
        return ""
    if connector in _CONNECTORS:  # the usual case, composed already: no normalizing
        return connector
    if isinstance(connector, str):
        # The same words typed in decomposed Unicode are the same connector.
        text = unicodedata.normalize("NFC", connector)
        if text in _CONNECTORS:
            return text
    raise OptionError(
        f"{phrase}: connector={connector!r} is not a connector; pass 'so với' (tăng 3,5% so "
        "với cùng kỳ), 'so' (tăng 3,5% so cùng kỳ) or None (tăng 3,5% cùng kỳ)",
        option="connector",
        value=connector,
    )


def check_words(words: object, phrase: str) -> tuple[str, str, str]:
    """``words`` if they are three non-empty strs (above, below, equal), else `OptionError`."""
    # Unrolled, not all(...) over a generator: phrases are made once per table cell.
    if isinstance(words, tuple | list) and len(words) == 3:
        above, below, equal = words
        if (
            type(above) is str
            and type(below) is str
            and type(equal) is str
            and above.strip()
            and below.strip()
            and equal.strip()
        ):
            return above, below, equal
    raise OptionError(
        f"{phrase}: words={words!r} are not three words; pass the words for above, below "
        "and equal, such as ('tăng', 'giảm', 'bằng')",
        option="words",
        value=words,
    )


def joined(*parts: str) -> str:
    """The non-empty parts, separated by one space."""
    return " ".join([part for part in parts if part])  # a list joins faster than a generator


def equal_phrase(equal: str, reference: str) -> str:
    """The equal word and the reference, without a connector: *bằng kế hoạch*."""
    text = unicodedata.normalize("NFC", reference)
    leading = _LEADING_CONNECTOR.match(text)
    return joined(equal, text[leading.end() :] if leading else reference)


def signed_number(
    change: Percent, places: int, *, trim: bool, qualifier: str | None
) -> tuple[int, str, str | None]:
    """The sign, the text and the word of a change: exact, or of an approximate figure."""
    if qualifier is None:
        sign, number = magnitude(change, places, trim=trim)
        return sign, number, None
    check_places(places)
    sign, word, number = approximate_change(change, places, trim=trim, qualifier=qualifier)
    return sign, number, word


def check_reference(reference: object, phrase: str, connector: str = "") -> str:
    """``reference`` if it is words (a non-empty str), else `OptionError`.

    A reference that starts with a connector, given with a connector too, would say it
    twice (*so với so với kế hoạch*): refused.
    """
    if isinstance(reference, str) and reference.strip():
        if connector and _LEADING_CONNECTOR.match(unicodedata.normalize("NFC", reference)):
            raise OptionError(
                f"{phrase}: reference={reference!r} starts with a connector and "
                f"connector={connector!r} adds another; give one of them",
                option="reference",
                value=reference,
            )
        return reference
    raise OptionError(
        f"{phrase}: reference={reference!r} is not words; pass the reference's words, such "
        "as 'kế hoạch năm 2026' or 'cùng kỳ'",
        option="reference",
        value=reference,
    )


def magnitude(value: Percent | Points, places: int, *, trim: bool) -> tuple[int, str]:
    """The sign at the shown precision (-1, 0, 1) and the text of the absolute value."""
    check_places(places)
    return value.signed_text(places, trim=trim)


def signed_phrase(  # noqa: PLR0913 - the parts of the phrase, each its caller's choice
    sign: int,
    number: str,
    reference: str,
    words: tuple[str, str, str],
    *,
    form: str,
    connector: str,
    qualifier: str | None = None,
) -> str:
    """The phrase of a signed change: the word of its sign, the number, the reference."""
    above, below, equal = words
    if sign == 0:
        if qualifier is not None:
            raise OptionError(
                f"a change stated as {qualifier!r} rounds to none ({equal} {reference}): an "
                "approximate figure equal to its reference as shown has no phrase; state "
                "the exact figure, or more decimals",
                option="qualifier",
                value=qualifier,
            )
        return equal_phrase(equal, f"{reference}")
    number = joined(qualifier or "", number)
    word = above if sign > 0 else below
    if form == "before":
        return joined(word, f"{reference}", number)
    return joined(word, number, connector, f"{reference}")
