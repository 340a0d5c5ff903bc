"""Half-up rounding, done once, when text is made.

People and spreadsheets round half away from zero (``0,125 → 0,13``, ``-2,5 → -3``);
`decimal` and Babel default to half-even (``0,125 → 0,12``). Everything here rounds
half-up and never returns a negative zero.
"""

from __future__ import annotations

import re
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal
from fractions import Fraction

from baocao_kt.errors import OptionError

#: A context wide enough that no sum, product or quantize ever runs out of digits, so
#: they are exact whatever the caller's context. Its flags are written by decimal on each
#: operation and never read; nothing else in it ever changes.
EXACT = Context(prec=MAX_PREC, rounding=ROUND_HALF_UP, Emax=MAX_EMAX, Emin=MIN_EMIN)
_QUANTUM = tuple(Decimal((0, (1,), -places)) for places in range(51))  # 1, 0.1, 0.01, …

# Significant digits shown for a non-terminating quotient turned into a Decimal.
_QUOTIENT_DIGITS = Context(prec=28, rounding=ROUND_HALF_UP)


def check_places(places: int, *, option: str = "places") -> int:
    """Return ``places`` if it is a whole number of decimals from 0 to 50, else raise.

    >>> check_places(2)
    2
    """
    if type(places) is not int or not 0 <= places <= 50:
        raise OptionError(
            f"{option}={places!r} is not a number of decimal places; pass an int from 0 to 50",
            option=option,
            value=places,
        )
    return places


_FORMAT_SPEC = re.compile(r"(?:\.(\d+)f?)?")


def places_from_format_spec(spec: str, default: int | None) -> int | None:
    """The decimals a format spec asks for: ``""`` → ``default``, ``".2f"`` or ``".2"`` → 2.

    What `format(value, spec)` and f-strings mean for the library's value types.

    >>> places_from_format_spec(".2f", 1), places_from_format_spec("", 1)
    (2, 1)
    """
    match = _FORMAT_SPEC.fullmatch(spec)
    if match is None:
        raise OptionError(
            f"format spec {spec!r} is not understood; use '' or '.2f' (the number of decimals)",
            option="format_spec",
            value=spec,
        )
    return default if match.group(1) is None else int(match.group(1))


def round_half_up(value: Decimal | Fraction, places: int) -> Decimal:
    """Round an exact value half-up (away from zero) to ``places`` decimals.

    >>> round_half_up(Decimal("0.125"), 2)
    Decimal('0.13')
    >>> round_half_up(Decimal("-0.04"), 1)
    Decimal('0.0')
    >>> round_half_up(Fraction(200, 3), 2)
    Decimal('66.67')
    """
    if type(value) is Decimal and type(places) is int and 0 <= places <= 50:  # the hot path
        result = value.quantize(_QUANTUM[places], context=EXACT)
    elif isinstance(value, Fraction):
        return _round_fraction(value, check_places(places))
    else:
        result = value.quantize(_QUANTUM[check_places(places)], context=EXACT)
    if not result and result.is_signed():
        return result.copy_abs()
    return result


def _round_fraction(value: Fraction, places: int) -> Decimal:
    scaled = value * 10**places
    whole, remainder = divmod(abs(scaled.numerator), scaled.denominator)
    if 2 * remainder >= scaled.denominator:
        whole += 1
    sign = "-" if scaled < 0 and whole else ""
    return Decimal(f"{sign}{whole}E-{places}")


def fraction_to_decimal(value: Fraction) -> Decimal:
    """The `Decimal` equal to ``value`` when one exists, else one of 28 significant digits.

    >>> fraction_to_decimal(Fraction(186, 5))
    Decimal('37.2')
    >>> fraction_to_decimal(Fraction(100, 3))
    Decimal('33.33333333333333333333333333')
    """
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator == 1:
        exponent = max(twos, fives)
        digits = value.numerator * 10**exponent // value.denominator
        return Decimal(f"{digits}E-{exponent}")
    return _QUOTIENT_DIGITS.divide(Decimal(value.numerator), Decimal(value.denominator))
