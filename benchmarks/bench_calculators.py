"""Speed of baocao_kt's calculators, side by side with the bare Decimal arithmetic and Babel.

Run ``python benchmarks/bench_calculators.py`` (``--quick`` for a short run); see
README.md. It reports and never asserts: a missed target is printed as MISSED.

The targets compare the other way round from the other scripts: ``attainment`` should be
within 3× of the bare ``a / t * 100`` (so the table's ratio, bare ÷ ours, should be at least
1/3), and with formatting at least 3× faster than Decimal arithmetic formatted by Babel.
"""

from __future__ import annotations

import argparse
import decimal
import random
from collections.abc import Sequence
from decimal import Decimal
from functools import partial
from typing import TypeAlias

from _timing import COUNT, SEED, Row, Settings, note, print_header, print_table, side_by_side
from babel import Locale
from babel.numbers import format_decimal

from baocao_kt import attainment, variance

VI = Locale.parse("vi")
Pairs: TypeAlias = Sequence[tuple[Decimal, Decimal]]


def pairs(rng: random.Random) -> list[tuple[Decimal, Decimal]]:
    """(actual, target) pairs as a report has them: positive, up to 10 digits, 0 to 3 decimals."""

    def figure() -> Decimal:
        return Decimal(f"{rng.randrange(1, 10 ** rng.randint(2, 10))}E-{rng.choice((0, 1, 3))}")

    return [(figure(), figure()) for _ in range(COUNT)]


def check_outputs(inputs: Pairs) -> None:
    """Both sides write the same text, but where a 28-digit quotient rounds differently."""
    same = 0
    with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
        for actual, target in inputs:
            theirs = format_decimal(actual / target * 100, format="#,##0.00", locale=VI) + "%"
            same += attainment(actual, target).format(2) == theirs
    note(f"attainment text: {same} of {COUNT} identical to Decimal + Babel (half-up context)")


def ours_attainment(inputs: Pairs) -> None:
    """The library's exact attainment of every pair."""
    for actual, target in inputs:
        attainment(actual, target)


def ours_variance(inputs: Pairs) -> None:
    """The library's exact variance of every pair."""
    for actual, target in inputs:
        variance(actual, target)


def bare_attainment(inputs: Pairs) -> None:
    """The bare Decimal expression (28 digits, not exact)."""
    for actual, target in inputs:
        actual / target * 100


def bare_variance(inputs: Pairs) -> None:
    """The bare Decimal expression of the variance."""
    for actual, target in inputs:
        (actual / target - 1) * 100


def ours_text(inputs: Pairs) -> None:
    """Attainment and its text, two decimals."""
    for actual, target in inputs:
        attainment(actual, target).format(2)


def babel_text(inputs: Pairs) -> None:
    """Decimal arithmetic formatted by Babel, half-up, two decimals."""
    with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
        for actual, target in inputs:
            format_decimal(actual / target * 100, format="#,##0.00", locale=VI)


def bench(inputs: Pairs, settings: Settings) -> list[Row]:
    """Attainment and variance against the bare expression; with text against Babel."""
    rows = []
    for name, ours, theirs, target in (
        ("attainment vs a/t*100", ours_attainment, bare_attainment, 1 / 3),
        ("variance vs (a/t-1)*100", ours_variance, bare_variance, 1 / 3),
        ("attainment + text", ours_text, babel_text, 3.0),
    ):
        ours_us, theirs_us = side_by_side(partial(ours, inputs), partial(theirs, inputs), settings)
        rows.append(Row(name, ours_us, theirs_us, target))
    return rows


def main() -> None:
    """Check the outputs, time both sides, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    quick = parser.parse_args().quick
    settings = Settings(repeat=3, number=2, import_runs=3) if quick else Settings(15, 5, 7)
    print_header("calculators", ("babel",), settings)
    inputs = pairs(random.Random(SEED))
    print("\nOutput checks (before timing):")
    check_outputs(inputs)
    print_table(bench(inputs, settings), width=26)


if __name__ == "__main__":
    main()
