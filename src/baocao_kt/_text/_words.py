"""Numbers and amounts in Vietnamese words ("bằng chữ"), as invoices and reports write them.

The common libraries get the reading wrong (num2words drops ``không trăm`` and reads
−7 as ``mười ba``), so this module spells out the school rules: every group after the
first keeps its hundreds (``một nghìn không trăm linh năm``), all-zero groups are
skipped, and the scales repeat on ``tỷ`` (10^15 is ``một triệu tỷ``). Group readings
are computed once per option combination and joined, which keeps it fast.

The inverse, `words_to_number`, lives in `baocao_kt._text._words_parse`.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import cache
from typing import NamedTuple

from baocao_kt._text._words_parse import words_to_number
from baocao_kt._values._convert import Number, to_decimal
from baocao_kt._values._limits import MAX_TEXT_DIGITS, short_text
from baocao_kt.errors import MagnitudeError, OptionError

__all__ = ["money_to_words", "number_to_words", "words_to_number"]

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_ZERO_TENS = ("linh", "lẻ")
_THOUSANDS = ("nghìn", "ngàn")
_FOURS = ("bốn", "tư")
#: An int of at most this many bits is below 2³³⁵ < 10¹⁰¹, within the bounds of a figure.
_MAX_INT_BITS = 335
_CHOICES = {
    "zero_tens": _ZERO_TENS,
    "thousand": _THOUSANDS,
    "four": _FOURS,
}


def number_to_words(
    value: Number,
    *,
    zero_tens: str = "linh",
    thousand: str = "nghìn",
    four: str = "bốn",
) -> str:
    """Read a number in Vietnamese words.

    Args:
        value: An int, `Decimal`, str in Python notation or float (shortest repr),
            within the bounds of a figure (below 10¹⁰¹).
        zero_tens: ``"linh"`` or ``"lẻ"``, the word for a zero tens digit (105 is
            ``một trăm linh năm``).
        thousand: ``"nghìn"`` or ``"ngàn"`` (the southern form).
        four: ``"bốn"`` or ``"tư"``, the units four after ``mươi`` (24 is ``hai mươi
            tư``); ``mười bốn``, ``linh bốn`` and a lone ``bốn`` keep ``bốn``.

    Every group after the first is read with its hundreds, all-zero groups are skipped,
    and the scales repeat on ``tỷ``: 10^12 is ``một nghìn tỷ``, 10^18 ``một tỷ tỷ``. A
    negative number starts with ``âm``; a negative zero is ``không``. Decimals follow
    ``phẩy`` as a school textbook reads them: each leading zero of the fraction is
    ``không``, the remaining digits are read as a whole number, and every digit given
    is read (``Decimal("12.50")`` ends in ``năm mươi``).

    The inverse is `words_to_number`.

    Raises:
        OptionError: For an option outside the values above.
        ValueKindError: For a bool or a value that is not a number.
        NonFiniteError: For NaN and infinities.
        MagnitudeError: For a number beyond the bounds of a figure (10¹⁰¹, 10⁻¹⁰⁰), or
            of more than 300 digits.

    >>> number_to_words(1005)
    'một nghìn không trăm linh năm'
    >>> number_to_words(2_000_001_000)
    'hai tỷ không trăm linh một nghìn'
    >>> number_to_words(10**15)
    'một triệu tỷ'
    >>> number_to_words(-7), number_to_words("12.05")
    ('âm bảy', 'mười hai phẩy không năm')
    >>> number_to_words(124, zero_tens="lẻ", thousand="ngàn", four="tư")
    'một trăm hai mươi tư'
    """
    if zero_tens not in _ZERO_TENS or thousand not in _THOUSANDS or four not in _FOURS:
        zero_tens = _option("zero_tens", zero_tens)
        thousand = _option("thousand", thousand)
        four = _option("four", four)
    reading = _reading(zero_tens, thousand, four)
    # The common case, without a detour through Decimal; a larger int is checked there.
    if type(value) is int and value.bit_length() <= _MAX_INT_BITS:
        if value >= 0:
            return _integer_words(value, reading)
        return "âm " + _integer_words(-value, reading)
    # A float is read through its shortest repr, as to_decimal does, minus the detour.
    written = repr(value) if type(value) is float else ""
    if not written[-1:].isdigit() or "e" in written:  # not a float, or nan, inf, 1e-07
        number = to_decimal(value, argument="value")
        written = str(number)
        if "E" in written:
            written = f"{number:f}"  # every digit given, without the exponent: "-12.50"
    integer, _, fraction = written.lstrip("-").partition(".")
    digits = len(fraction) + (len(integer) if integer != "0" else 0)
    if digits > MAX_TEXT_DIGITS:  # within bounds, but with digits without end
        raise MagnitudeError(
            f"value={short_text(Decimal(written))} has {digits} digits; "
            f"a number read in words has at most {MAX_TEXT_DIGITS}",
            value=value,
        )
    words = _integer_words(int(integer), reading)
    if fraction:
        words = f"{words} phẩy {_fraction_words(fraction, reading)}"
    return "âm " + words if written[0] == "-" and written.strip("-0.") else words


def money_to_words(
    amount: Number,
    *,
    unit: str = "đồng",
    zero_tens: str = "linh",
    thousand: str = "nghìn",
    four: str = "bốn",
) -> str:
    """Write an amount in words as an invoice does: capitalised, with its unit.

    Args:
        amount: The amount, as `number_to_words` takes it.
        unit: The word(s) written after the number (``"đồng"``, ``"triệu đồng"``,
            ``"đô la Mỹ"``); ``""`` writes none.
        zero_tens: As in `number_to_words`.
        thousand: As in `number_to_words`.
        four: As in `number_to_words`.

    Only the first letter is capitalised; the rest is as `number_to_words` reads it
    (Thông tư 74/2018/TT-BTC, for invoices). A fraction is read with ``phẩy``, because
    amounts in ``triệu đồng`` and foreign currencies have decimals; round first if the
    amount is in whole đồng. A negative amount reads ``Âm …``, a refund or a shortfall.

    >>> money_to_words(1883819164)
    'Một tỷ tám trăm tám mươi ba triệu tám trăm mười chín nghìn một trăm sáu mươi bốn đồng'
    >>> money_to_words("5108.711", unit="triệu đồng")
    'Năm nghìn một trăm linh tám phẩy bảy trăm mười một triệu đồng'
    >>> money_to_words(-250000)
    'Âm hai trăm năm mươi nghìn đồng'
    """
    if not isinstance(unit, str):
        raise OptionError(
            f"unit={unit!r} is not text; pass the words of the unit, such as 'đồng'",
            option="unit",
            value=unit,
        )
    words = number_to_words(amount, zero_tens=zero_tens, thousand=thousand, four=four)
    words = words[0].upper() + words[1:]
    unit = unit.strip()
    return f"{words} {unit}" if unit else words


def _option(name: str, value: object) -> str:
    """The option's value in NFC, or an `OptionError` naming the allowed values."""
    choices = _CHOICES[name]
    if isinstance(value, str):
        normalized = unicodedata.normalize("NFC", value)
        if normalized in choices:
            return normalized
    allowed = " or ".join(repr(choice) for choice in choices)
    raise OptionError(
        f"{name}={value!r} is not a reading; pass {allowed}", option=name, value=value
    )


class _Reading(NamedTuple):
    """The group readings of one option combination, each with its scale word attached.

    ``leading[kind][g]`` and ``full[kind][g]`` are the readings of the group ``g``
    (0–999) followed by the scale of its place; ``kind`` is 0 for the units, 1 for
    thousands, 2 for millions and 3 for the last group of a block of nine digits
    (``tỷ``). ``leading[0][0]`` is ``không``, the number zero.
    """

    leading: tuple[tuple[str, ...], ...]
    full: tuple[tuple[str, ...], ...]


@cache
def _reading(zero_tens: str, thousand: str, four: str) -> _Reading:
    """The readings of the groups 0 to 999, leading (first group) and full.

    A full group keeps its hundreds (5 is ``không trăm linh năm``). Called with valid
    options only, so the cache holds at most eight entries.
    """
    leading: list[str] = []
    full: list[str] = []
    for number in range(1000):
        hundreds, tens, units = number // 100, number // 10 % 10, number % 10
        below = _below_hundred(tens, units, zero_tens, four)
        with_hundreds = f"{_DIGITS[hundreds]} trăm {below}".rstrip()
        full.append(with_hundreds)
        if hundreds:
            leading.append(with_hundreds)
        else:
            leading.append(below if tens else _DIGITS[units])
    scales = ("", f" {thousand}", " triệu", " tỷ")
    return _Reading(
        leading=tuple(tuple(words + scale for words in leading) for scale in scales),
        full=tuple(tuple(words + scale for words in full) for scale in scales),
    )


def _below_hundred(tens: int, units: int, zero_tens: str, four: str) -> str:
    """The reading after ``trăm``: ``linh năm``, ``mười lăm``, ``hai mươi mốt``, ``""``."""
    if tens == 0:
        return f"{zero_tens} {_DIGITS[units]}" if units else ""
    if tens == 1:
        last = {0: "", 5: "lăm"}.get(units, _DIGITS[units])
        return f"mười {last}".rstrip()
    last = {0: "", 1: "mốt", 4: four, 5: "lăm"}.get(units, _DIGITS[units])
    return f"{_DIGITS[tens]} mươi {last}".rstrip()


def _integer_words(number: int, reading: _Reading) -> str:
    """Read a whole number ≥ 0 from the group readings.

    Reading ``words(n // 10**9) + " tỷ " + rest`` recursively is the same as reading
    each group with the scale of its place and writing ``tỷ`` after every block of nine
    digits but the last, even an all-zero one (10^18 is ``một tỷ tỷ``).
    """
    if number < 1000:
        return reading.leading[0][number]
    if number < 1_000_000:  # the usual amount, without building a list
        high, low = divmod(number, 1000)
        head = reading.leading[1][high]
        return f"{head} {reading.full[0][low]}" if low else head
    groups = []
    while number:
        number, group = divmod(number, 1000)
        groups.append(group)
    groups.reverse()
    count = len(groups)
    kinds = _KINDS[-count:] if count <= len(_KINDS) else _kinds(count)
    full = reading.full
    parts = [reading.leading[kinds[0]][groups[0]]]
    for index in range(1, count):
        if groups[index]:
            parts.append(full[kinds[index]][groups[index]])
        elif kinds[index] == 3:
            parts.append("tỷ")
    return " ".join(parts)


def _kinds(count: int) -> tuple[int, ...]:
    """The scale kind of each of ``count`` groups, from the left (see `_Reading`)."""
    return tuple((place % 3 or 3) if place else 0 for place in range(count - 1, -1, -1))


#: The kinds of the 48 groups of a 144-digit number; shorter numbers take the tail.
_KINDS = _kinds(48)


def _fraction_words(fraction: str, reading: _Reading) -> str:
    """``"05"`` → ``không năm``, ``"56"`` → ``năm mươi sáu``, ``"00"`` → ``không không``."""
    if fraction[0] != "0":
        return _integer_words(int(fraction), reading)
    significant = fraction.lstrip("0")
    words = ["không"] * (len(fraction) - len(significant))
    if significant:
        words.append(_integer_words(int(significant), reading))
    return " ".join(words)
