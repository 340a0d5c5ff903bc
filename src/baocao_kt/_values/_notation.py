"""How a `Decimal` is written in Vietnamese: ``.`` groups thousands, ``,`` marks decimals.

This lives with the exact values because `Percent`, `Points` and later `Quantity`
print themselves; the public `format_number` and its inverse `parse_number` are in the
text layer and build on it.
"""

from __future__ import annotations

from decimal import Decimal

# Python writes "5,108.711"; Vietnamese (CLDR vi, Nghị định 123/2020) writes "5.108,711".
_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def vietnamese_digits(value: Decimal, *, trim: bool = False, pad: int = 0) -> str:
    """Write an already rounded `Decimal` with Vietnamese separators, all digits kept.

    Args:
        value: The value, with the decimals it should show.
        trim: Drop trailing zeros of the fraction, and the comma if nothing is left.
        pad: Write at least this many integer digits, with leading zeros (``"02"``).

    A negative zero is written ``0``.

    >>> vietnamese_digits(Decimal("5108.711"))
    '5.108,711'
    >>> vietnamese_digits(Decimal("17.00"), trim=True)
    '17'
    >>> vietnamese_digits(Decimal("2"), pad=2)
    '02'
    """
    if not value and value.is_signed():
        value = value.copy_abs()
    text = format(value, ",f").translate(_SWAP_SEPARATORS)
    if trim and "," in text:
        text = text.rstrip("0").removesuffix(",")
    if pad:
        sign = "-" if text.startswith("-") else ""
        digits = text[len(sign) :]
        integer_digits = len(digits.partition(",")[0].replace(".", ""))
        if integer_digits < pad:
            text = sign + "0" * (pad - integer_digits) + digits
    return text
