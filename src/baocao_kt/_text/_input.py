"""What the text functions check first: that they were given text, or a date."""

from __future__ import annotations

import datetime as dt

from baocao_kt.errors import ValueKindError


def require_text(text: object, function: str, example: str) -> str:
    """Return ``text`` if it is a str, else raise `ValueKindError` (a `TypeError`).

    >>> require_text(12250, "parse_number", "12.250")
    Traceback (most recent call last):
    ...
    baocao_kt.errors.ValueKindError: parse_number reads text, not int 12250; pass a str \
such as '12.250'
    """
    if not isinstance(text, str):
        raise ValueKindError(
            f"{function} reads text, not {type(text).__name__} {text!r}; "
            f"pass a str such as {example!r}",
            value=text,
        )
    return text


#: The longest text a message quotes whole; a longer one is quoted by its start.
_SHOWN_CHARACTERS = 200


def shown(text: str) -> str:
    """``text`` quoted for a message: whole when short, else its start and its length.

    The error keeps the whole text (``.text``); its message stays readable, and building
    it stays instant, whatever was pasted in.

    >>> shown("7.2"), shown("1" * 1000)
    ("'7.2'", "'1111111111111111111111111111111111111111'… (1000 characters)")
    """
    if len(text) <= _SHOWN_CHARACTERS:
        return repr(text)
    return f"{text[:40]!r}… ({len(text)} characters)"


def stripped_bounds(text: str) -> tuple[int, int]:
    """The start and end of ``text`` without surrounding whitespace (non-breaking too).

    >>> stripped_bounds("  37,2% ")
    (2, 7)
    """
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))


def require_date(value: object, what: str, *, hint: str = "") -> dt.date:
    """Return ``value`` if it is a date and not a datetime, else raise `ValueKindError`.

    A datetime is refused rather than truncated: a report date has no time of day, and
    dropping one silently would be guessing. ``what`` names the value in the message
    (``"format_date"``, ``"DateRange: start"``); ``hint`` ends it (``"; to read text, use
    parse_date"``).

    >>> try:
    ...     require_date(dt.datetime(2026, 1, 7, 9, 30), "format_date")
    ... except ValueKindError as error:
    ...     print(str(error).partition("; ")[2])
    pass datetime.date(2026, 1, 7) (its .date())
    """
    if isinstance(value, dt.datetime):
        raise ValueKindError(
            f"{what} takes a date, and {value!r} is a datetime with a time of day; "
            f"pass {value.date()!r} (its .date())",
            value=value,
        )
    if not isinstance(value, dt.date):
        raise ValueKindError(
            f"{what} takes a datetime.date such as date(2026, 1, 7), not "
            f"{type(value).__name__} {value!r}{hint}",
            value=value,
        )
    return value
