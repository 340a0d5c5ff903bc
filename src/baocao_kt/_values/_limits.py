"""The bounds of a report figure: far above any real one, and checked instantly.

Without them a hostile or mistyped input (``1E+999999999`` in a data file, a number
of ten thousand digits) would build gigabyte strings, hang in integer arithmetic, or
fail with Python's own errors. Inside them every operation of the library is quick.

- **Magnitude**: a figure, unless zero, lies between 10⁻¹⁰⁰ and 10¹⁰¹ (exclusive):
  ``Decimal.adjusted()`` is from −100 to 100. A zero's exponent is held to the same
  range (``0E-999999`` would be written with a million zeros).
- **Digits in text**: a numeral read from text has at most `MAX_TEXT_DIGITS` digits,
  counted before it is converted (so do numbers in words).

A `Decimal` the program built itself is held to the magnitude only: counting its digits
would cost a third of a formatting, and its digits, however many, are written and divided
in time linear in their number, never in a hang.

The national budget is about 10¹⁵ đồng; 10¹⁰⁰ leaves room for any unit and any scale.
"""

from __future__ import annotations

from decimal import Decimal

from baocao_kt.errors import MagnitudeError

#: The largest ``Decimal.adjusted()`` of a figure: 10¹⁰⁰ ≤ |x| < 10¹⁰¹ is the top decade.
MAX_EXPONENT = 100
#: The smallest ``Decimal.adjusted()`` of a non-zero figure: 10⁻¹⁰⁰.
MIN_EXPONENT = -100
#: The most digits a numeral read from text may have (integer and fraction together).
MAX_TEXT_DIGITS = 300


def within_bounds(value: Decimal) -> bool:
    """Whether a finite `Decimal` is within the magnitude a figure may have.

    >>> within_bounds(Decimal("5108.711")), within_bounds(Decimal("1E+101"))
    (True, False)
    """
    return MIN_EXPONENT <= value.adjusted() <= MAX_EXPONENT


def check_bounds(value: Decimal, *, argument: str = "value") -> Decimal:
    """Return a finite ``value`` if it is within bounds, else raise `MagnitudeError`.

    >>> check_bounds(Decimal("1E+5000"))
    Traceback (most recent call last):
    ...
    baocao_kt.errors.MagnitudeError: value=1E+5000 is too large to be a report figure: \
its magnitude must be below 10^101 (and, unless zero, at least 10^-100)
    """
    if within_bounds(value):
        return value
    raise MagnitudeError(f"{argument}={short_text(value)} {out_of_bounds(value)}", value=value)


def out_of_bounds(value: Decimal) -> str:
    """What is wrong with a `Decimal` beyond the bounds, for the end of a message."""
    size = "too large" if value.adjusted() > MAX_EXPONENT else "too small"
    return (
        f"is {size} to be a report figure: its magnitude must be below "
        f"10^{MAX_EXPONENT + 1} (and, unless zero, at least 10^{MIN_EXPONENT})"
    )


def short_text(value: Decimal) -> str:
    """A short text of any `Decimal` for a message (a million digits are not shown).

    >>> short_text(Decimal("5108.711")), short_text(Decimal(10**400 + 1))
    ('5108.711', '1.000…E+400 (401 digits)')
    """
    digits = value.as_tuple().digits
    if len(digits) <= 40:
        return str(value)
    mantissa, _, exponent = f"{value:.3E}".partition("E")
    return f"{mantissa}…E{exponent} ({len(digits)} digits)"
