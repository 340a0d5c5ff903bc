"""What every ``parse_*`` function checks first: that it was given text."""

from __future__ import annotations

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


def stripped_bounds(text: str) -> tuple[int, int]:
    """The start and end of ``text`` without surrounding whitespace (non-breaking too).

    >>> stripped_bounds("  37,2% ")
    (2, 7)
    """
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))
