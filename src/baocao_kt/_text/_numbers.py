"""Numbers in Vietnamese notation: ``12.250``, ``5.108,711``, ``-3,5``.

`format_number` and `parse_number` are inverses. Parsing is strict: in Vietnamese a
``.`` groups thousands and is followed by exactly three digits, so ``1.5`` and ``7.2``
are refused (with a suggestion) rather than silently read as 15 or 72.
"""

from __future__ import annotations

import re
from decimal import Decimal

from baocao_kt._text._input import require_text, shown, stripped_bounds
from baocao_kt._values._convert import Number, to_decimal
from baocao_kt._values._limits import MAX_TEXT_DIGITS, out_of_bounds, within_bounds
from baocao_kt._values._notation import vietnamese_digits
from baocao_kt._values._rounding import round_half_up
from baocao_kt.errors import MagnitudeError, OptionError, ParseError

# A thousands group never follows a leading 0: "0.005" is English notation for 0,005.
_VIETNAMESE_NUMBER = re.compile(r"([-−]?)([1-9][0-9]{0,2}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?")
_DIGITS = frozenset("0123456789")
_SIGNS = frozenset("-−")
_NOT_NUMBERS = frozenset({"nan", "snan", "inf", "infinity", "∞"})
_SWAP_SEPARATORS = str.maketrans(".,", ",.")
_EXPONENT = re.compile(r"[-−+]?[0-9.,]+[eE][-+]?[0-9]+")


def format_number(
    value: Number,
    places: int | None = None,
    *,
    trim: bool = False,
    pad: int = 0,
) -> str:
    """Write a number the Vietnamese way, rounding half-up when ``places`` is given.

    Args:
        value: An int, `Decimal`, str in Python notation or float (shortest repr).
        places: Decimals to show, rounding half-up; ``None`` keeps every digit given.
        trim: Drop trailing zeros of the fraction after rounding (``17,00 → 17``).
        pad: Write at least this many integer digits, with leading zeros (``02``).

    The inverse is `parse_number`. A negative zero is never written.

    >>> format_number(12250)
    '12.250'
    >>> format_number(Decimal("5108.711"))
    '5.108,711'
    >>> format_number("0.125", 2), format_number("-0.04", 1)
    ('0,13', '0,0')
    >>> format_number(Decimal("17.00"), trim=True), format_number(2, pad=2)
    ('17', '02')
    """
    if type(value) is Decimal and value.is_finite() and within_bounds(value):
        number = value
    else:
        number = to_decimal(value)
    if places is not None:
        number = round_half_up(number, places)
    if type(pad) is not int or pad < 0:
        raise OptionError(
            f"pad={pad!r} is not a number of digits; pass an int ≥ 0 (2 writes '02')",
            option="pad",
            value=pad,
        )
    return vietnamese_digits(number, trim=trim, pad=pad)


def parse_number(text: str) -> Decimal:
    """Read a number written the Vietnamese way; the inverse of `format_number`.

    Thousands are grouped with ``.`` (exactly three digits after each, and never after
    a leading ``0``: ``0.005`` is English notation), decimals follow ``,``; surrounding
    spaces (also non-breaking) are allowed. A numeral has at most 300 digits and the
    value is within the bounds of a figure (`MagnitudeError` beyond them). Anything else is a
    `ParseError` carrying the text, the position of the first unreadable character
    and, when one is likely, the intended form.

    >>> parse_number("12.250")
    Decimal('12250')
    >>> parse_number(" 5.108,711 ")
    Decimal('5108.711')
    >>> parse_number("7.2")
    Traceback (most recent call last):
    ...
    baocao_kt.errors.ParseError: '7.2' is not a Vietnamese number: a '.' groups thousands \
and must be followed by exactly three digits (position 1); did you mean '7,2'?
    """
    start, end = stripped_bounds(require_text(text, "parse_number", "12.250"))
    return read_number(text, start, end)


def read_number(text: str, start: int, end: int) -> Decimal:
    """Read the Vietnamese number in ``text[start:end]``; errors point into ``text``.

    A suggested correction keeps what precedes the number (a qualifier such as *hơn*)
    and what follows it (a ``%``, a unit).
    """
    match = _VIETNAMESE_NUMBER.fullmatch(text, start, end)
    if match is None:
        raise _diagnose(text, start, end)
    sign, integer, fraction = match.groups()
    digits = integer.replace(".", "")
    if fraction:
        digits = f"{digits}.{fraction}"
    if len(digits) > MAX_TEXT_DIGITS:
        raise MagnitudeError(
            f"{text[start : start + 20]!r}… holds a numeral of {len(digits) - bool(fraction)} "
            f"digits (position {start}); a numeral has at most {MAX_TEXT_DIGITS}",
            value=text[start:end],
        )
    number = Decimal(digits)
    if not within_bounds(number):
        shown = text[start:end] if end - start <= 40 else text[start : start + 20] + "…"
        raise MagnitudeError(
            f"{shown!r} (position {start}) {out_of_bounds(number)}", value=text[start:end]
        )
    # copy_negate is exact; unary minus would round to the context's 28 digits
    return number.copy_negate() if sign and number else number


def _diagnose(text: str, start: int, end: int) -> ParseError:
    body = text[start:end]
    if not body:
        return ParseError(
            f"{shown(text)} holds no number; write one such as '12.250' or '5.108,711'",
            text=text,
            position=start,
        )
    if body.lower().lstrip("+-−") in _NOT_NUMBERS:
        return ParseError(
            f"{shown(text)} is not a number; a report figure is finite, such as '12.250'",
            text=text,
            position=start,
        )
    position, reason = _first_error(body)
    suggestion = _suggest(body)
    if suggestion is not None:  # the whole text corrected: what precedes and follows too
        suggestion = text[:start].lstrip() + suggestion + text[end:].rstrip()
    hint = f"; did you mean {shown(suggestion)}?" if suggestion else ""
    return ParseError(
        f"{shown(text)} is not a Vietnamese number: {reason} (position {start + position}){hint}",
        text=text,
        position=start + position,
        suggestion=suggestion,
    )


def _first_error(body: str) -> tuple[int, str]:  # noqa: C901, PLR0911, PLR0912 - one branch per rule
    """The index and the rule of the first character that breaks the grammar."""
    i = 1 if body[0] in _SIGNS else 0
    n = len(body)
    j = i
    while j < n and body[j] in _DIGITS:
        j += 1
    if j == i:
        return i, f"expected a digit, found {body[i] if i < n else 'nothing'!r}"
    if j < n and body[j] == ".":
        if body[i] == "0":
            return j, "a '.' groups thousands, and no group follows a leading 0"
        if j - i > 3:
            return j, "a '.' groups thousands, so at most three digits come before the first"
        while j < n and body[j] == ".":
            k = j + 1
            while k < n and body[k] in _DIGITS:
                k += 1
            if k - j - 1 != 3:
                return j, "a '.' groups thousands and must be followed by exactly three digits"
            j = k
    if j < n and body[j] == ",":
        k = j + 1
        while k < n and body[k] in _DIGITS:
            k += 1
        if k == j + 1:
            return j, "a ',' marks decimals and must be followed by digits"
        j = k
    if j < n and body[j] in "eE":
        return j, "exponents are not written in reports"
    if j < n and body[j] == ".":
        return j, "a '.' cannot follow the decimal ',' (that is English notation)"
    if j < n and body[j] == ",":
        return j, "a number has one decimal ',' at most"
    return j, f"unexpected {body[j]!r}"


def _suggest(body: str) -> str | None:
    """The likely intended Vietnamese form of ``body``, if a usual slip explains it."""
    if _EXPONENT.fullmatch(body):
        try:
            return format_number(Decimal(body.replace("−", "-")))
        except (ArithmeticError, ValueError):
            return None
    swapped = body.translate(_SWAP_SEPARATORS)  # English notation written by mistake
    without_spaces = re.sub(r"(?<=[0-9])[ \u00a0\u202f](?=[0-9]{3})", ".", body)
    for candidate in (swapped, without_spaces):
        if candidate != body and _VIETNAMESE_NUMBER.fullmatch(candidate):
            return candidate
    return None
