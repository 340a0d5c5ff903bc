"""Roman numerals, which reports use for quarters (``quý IV``) and section numbers.

Only the standard subtractive form from 1 to 3999 is written and read: ``IIII`` or
``IC`` are refused rather than guessed, since a numeral in a heading is copied around
and should have one spelling.
"""

from __future__ import annotations

from baocao_kt._text._input import require_text, shown
from baocao_kt.errors import OptionError, ParseError, ValueKindError

__all__ = ["from_roman", "to_roman"]

#: The spellings of each place, indexed by its digit (thousands, hundreds, tens, units).
_PLACES = (
    ("", "M", "MM", "MMM"),
    ("", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"),
    ("", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"),
    ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"),
)
_WEIGHTS = (1000, 100, 10, 1)
#: The same, longest first, for reading: the longest spelling that matches is the one.
_READINGS = tuple(
    sorted(((spelling, digit) for digit, spelling in enumerate(place)), key=lambda p: -len(p[0]))
    for place in _PLACES
)
_LETTERS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    """Write an integer from 1 to 3999 as a Roman numeral.

    Args:
        n: The integer (a bool is refused).

    Raises:
        ValueKindError: For anything but an int.
        OptionError: For an int outside 1–3999, which Roman numerals cannot write.

    The inverse is `from_roman`.

    >>> to_roman(4), to_roman(1994), to_roman(2026)
    ('IV', 'MCMXCIV', 'MMXXVI')
    >>> [f"quý {to_roman(quarter)}" for quarter in range(1, 5)]
    ['quý I', 'quý II', 'quý III', 'quý IV']
    """
    if not isinstance(n, int) or isinstance(n, bool):
        raise ValueKindError(
            f"n={n!r} is a {type(n).__name__}, not an int; pass a whole number such as 4",
            value=n,
        )
    if not 1 <= n <= 3999:
        raise OptionError(
            f"n={n!r} cannot be written in Roman numerals; pass an int from 1 to 3999",
            option="n",
            value=n,
        )
    number = int(n)
    return "".join(
        spellings[number // weight % 10]
        for spellings, weight in zip(_PLACES, _WEIGHTS, strict=True)
    )


def from_roman(text: str) -> int:
    """Read a Roman numeral in standard form, in either case; the inverse of `to_roman`.

    Surrounding spaces are allowed. Anything but the one standard spelling of a number
    from 1 to 3999 is a `ParseError` carrying the position of the first character that
    breaks the form and, when the letters still add up to a number, its standard form.

    >>> from_roman("MCMXCIV"), from_roman(" iv ")
    (1994, 4)
    >>> from_roman("IIII")
    Traceback (most recent call last):
    ...
    baocao_kt.errors.ParseError: 'IIII' is not a Roman numeral in standard form: 'I' cannot \
follow 'III' (position 3); did you mean 'IV'?
    """
    require_text(text, "from_roman", "IV")
    start = len(text) - len(text.lstrip())
    body = text.strip().upper()
    if not body:
        raise ParseError(
            f"{shown(text)} holds no Roman numeral; write one such as 'IV'",
            text=text,
            position=start,
        )
    value = 0
    index = 0
    for readings, weight in zip(_READINGS, _WEIGHTS, strict=True):
        spelling, digit = next(pair for pair in readings if body.startswith(pair[0], index))
        value += digit * weight
        index += len(spelling)
    if index == len(body):
        return value
    raise _not_standard(text, body, start, index)


def _not_standard(text: str, body: str, start: int, index: int) -> ParseError:
    """The error for ``body`` (stripped, upper case), no longer standard from ``index``."""
    letter = body[index]
    if letter not in _LETTERS:
        reason = f"{text[start + index]!r} is not a Roman numeral letter (I, V, X, L, C, D, M)"
    elif index == 0:
        reason = f"{letter!r} cannot start a numeral"
    else:
        reason = f"{letter!r} cannot follow {body[:index]!r}"
    suggestion = None
    if all(char in _LETTERS for char in body):
        lenient = _lenient_value(body)
        if lenient is not None and lenient > 3999:
            reason += "; Roman numerals write 1 to 3999"
        elif lenient is not None:
            suggestion = to_roman(lenient)
    hint = f"; did you mean {suggestion!r}?" if suggestion else ""
    return ParseError(
        f"{shown(text)} is not a Roman numeral in standard form: {reason} "
        f"(position {start + index}){hint}",
        text=text,
        position=start + index,
        suggestion=suggestion,
    )


def _lenient_value(body: str) -> int | None:
    """What the letters add up to when read loosely (``IIII`` 4, ``IC`` 99), if anything.

    A loose reading is a run of terms, each a letter or a power of ten before a larger
    letter, never growing and never repeating a subtracted letter: ``IVI`` or ``VX``
    have none, since no single number was clearly meant.
    """
    total, index, limit = 0, 0, 1000
    while index < len(body):
        value = _LETTERS[body[index]]
        following = _LETTERS[body[index + 1]] if index + 1 < len(body) else 0
        if following > value:
            term, next_limit = following - value, value - 1
            if value not in {1, 10, 100}:
                return None
            index += 2
        else:
            term, next_limit = value, value
            index += 1
        if term > limit:
            return None
        total, limit = total + term, next_limit
        if total > 3999:  # beyond any numeral: enough said, whatever else follows
            return total
    return total
