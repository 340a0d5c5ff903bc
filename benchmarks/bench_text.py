"""Speed of baocao_kt's text functions, side by side with Babel, num2words and pint.

Run ``python benchmarks/bench_text.py`` (``--quick`` for a short run); see README.md. It
reports and never asserts: a missed target is printed as MISSED, the exit status is 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext

import babel.dates
import babel.numbers
import num2words  # type: ignore[import-untyped]
from _timing import (
    COUNT,
    SEED,
    Row,
    Settings,
    fresh_python_env,
    note,
    print_header,
    print_table,
    report_figures,
    side_by_side,
)
from babel import Locale

import baocao_kt

HEAVY = ("pint", "numpy", "pandas", "jinja2")
VI = Locale.parse("vi")  # parsed once: neither side pays for locale lookup in the loop
FIXED = "#,##0.00"  # Babel's pattern for format_number(x, 2); Babel parses it on every call
PARSED = babel.numbers.parse_pattern(FIXED)  # ... unless it is given parsed, its fastest


def whole_numbers(rng: random.Random) -> list[int]:
    """Ints from 0 to 10^12, of all lengths: below 10^k for k drawn from 1 to 12, and 10^12."""
    return [rng.randrange(10 ** rng.randint(1, 12)) for _ in range(COUNT - 1)] + [10**12]


def report_dates(rng: random.Random) -> list[dt.date]:
    """Days of 2020 to 2029."""
    return [dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(3653)) for _ in range(COUNT)]


def check_format_number(figures: Sequence[Decimal]) -> None:
    """Compare format_number with format_decimal on every input, and say where they differ."""
    ours, theirs = baocao_kt.format_number, babel.numbers.format_decimal
    mine = [ours(x, 2) for x in figures]
    with localcontext(rounding=ROUND_HALF_UP):
        half_up = [theirs(x, format=FIXED, locale=VI) for x in figures]
    differ = [(x, a, b) for x, a, b in zip(figures, mine, half_up, strict=True) if a != b]
    zeros = sum(b == "-" + a and not a.strip("0,") for _, a, b in differ)
    note(
        f"format_number(x, 2): {COUNT - len(differ)}/{COUNT} identical to Babel half-up; "
        f"{zeros} differ only by Babel's negative zero ('-0,00'), which ours never writes"
    )
    if len(differ) > zeros:
        note(f"  MISMATCH, other differences: {differ[:3]}")
    even = sum(a != theirs(x, format=FIXED, locale=VI) for x, a in zip(figures, mine, strict=True))
    note(f"Babel's default half-even rounding would differ on {even}/{COUNT} (0.125 → 0,12)")


def bench_format_number(figures: Sequence[Decimal], settings: Settings) -> list[Row]:
    """format_number(x, 2) against format_decimal, pattern given as text and parsed."""
    check_format_number(figures)
    ours, theirs = baocao_kt.format_number, babel.numbers.format_decimal

    def ours_fixed() -> None:
        for x in figures:
            ours(x, 2)

    def theirs_fixed() -> None:
        with localcontext(rounding=ROUND_HALF_UP):  # entered once, outside the calls
            for x in figures:
                theirs(x, format=FIXED, locale=VI)

    def theirs_parsed() -> None:
        with localcontext(rounding=ROUND_HALF_UP):
            for x in figures:
                theirs(x, format=PARSED, locale=VI)

    return [
        Row("format_number(x, 2)", *side_by_side(ours_fixed, theirs_fixed, settings), 5),
        Row("  Babel pattern parsed", *side_by_side(ours_fixed, theirs_parsed, settings), None),
    ]


def bench_format_number_plain(figures: Sequence[Decimal], settings: Settings) -> Row:
    """format_number(x) against format_decimal with the locale's default pattern."""
    ours, theirs = baocao_kt.format_number, babel.numbers.format_decimal
    plain = sum(ours(x) == theirs(x, locale=VI) for x in figures)
    note(
        f"format_number(x): {plain}/{COUNT} identical to Babel's default pattern, which "
        "drops trailing zeros and rounds to 3 decimals; ours keeps every digit given"
    )

    def ours_loop() -> None:
        for x in figures:
            ours(x)

    def theirs_loop() -> None:
        for x in figures:
            theirs(x, locale=VI)

    return Row("format_number(x)", *side_by_side(ours_loop, theirs_loop, settings), None)


def bench_number_to_words(numbers: Sequence[int], settings: Settings) -> Row:
    """number_to_words(n) against num2words(n, lang="vi")."""
    ours, theirs = baocao_kt.number_to_words, num2words.num2words
    differ = [n for n in numbers if ours(n, zero_tens="lẻ") != theirs(n, lang="vi")]
    zero_hundreds = sum("không trăm" in ours(n) for n in differ)
    note(
        f"number_to_words(n, zero_tens='lẻ'): {COUNT - len(differ)}/{COUNT} identical to "
        f"num2words; {zero_hundreds} of the other {len(differ)} have a zero hundreds, which "
        "num2words misreads: "
        + ", ".join(f"{n} → {theirs(n, lang='vi')!r} (ours {ours(n)!r})" for n in (1005, 4077))
    )

    def ours_loop() -> None:
        for n in numbers:
            ours(n)

    def theirs_loop() -> None:
        for n in numbers:
            theirs(n, lang="vi")

    return Row("number_to_words(n)", *side_by_side(ours_loop, theirs_loop, settings), 3)


def bench_format_date(dates: Sequence[dt.date], settings: Settings) -> Row:
    """format_date(d) against Babel's format_date(d, "dd/MM/yyyy")."""
    ours, theirs = baocao_kt.format_date, babel.dates.format_date
    mine = [ours(d) for d in dates]
    babel_text = [theirs(d, "dd/MM/yyyy", locale=VI) for d in dates]
    same = sum(a == b for a, b in zip(mine, babel_text, strict=True))
    padded = ["/".join(part.zfill(2) for part in text.split("/")) for text in mine]
    read_same = sum(a == b for a, b in zip(padded, babel_text, strict=True))
    day = dt.date(2026, 3, 26)
    note(
        f"format_date(d): {same}/{COUNT} identical to Babel's dd/MM/yyyy, {read_same}/{COUNT} "
        "the same day, month and year (Nghị định 30 pads a day below 10 and months 1, 2: "
        f"ours {ours(day)!r}, Babel {theirs(day, 'dd/MM/yyyy', locale=VI)!r})"
    )

    def ours_loop() -> None:
        for d in dates:
            ours(d)

    def theirs_loop() -> None:
        for d in dates:
            theirs(d, "dd/MM/yyyy", locale=VI)

    return Row("format_date(d)", *side_by_side(ours_loop, theirs_loop, settings), 5)


def import_time(module: str, runs: int, pycache: str) -> tuple[float, list[str]]:
    """Median cumulative µs of ``import module`` in fresh interpreters, and heavy modules loaded."""
    # Bytecode goes to one cache for both sides (see fresh_python_env).
    code = f"import {module}, sys; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    command = [sys.executable, "-X", "importtime", "-c", code]
    env = fresh_python_env(pycache)
    times: list[int] = []
    loaded: set[str] = set()
    for run in range(runs + 1):  # run 0 compiles and warms the disk cache; not counted
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)  # noqa: S603
        cumulative = sum(
            int(line.split("|")[1])
            for line in done.stderr.splitlines()
            if line.startswith("import time:") and line.split("|")[2] == f" {module}"
        )
        if run:
            times.append(cumulative)
            loaded.update(filter(None, done.stdout.strip().split(",")))
    return statistics.median(times), sorted(loaded)


def bench_import(settings: Settings) -> None:
    """Import baocao_kt against import pint, and the heavy modules baocao_kt loads."""
    with tempfile.TemporaryDirectory() as pycache:
        ours, heavy = import_time("baocao_kt", settings.import_runs, pycache)
        theirs, _ = import_time("pint", settings.import_runs, pycache)
    print(f"\nimport time (median, cumulative): baocao_kt {ours / 1000:.1f} ms, ", end="")
    print(f"pint {theirs / 1000:.1f} ms, ratio {theirs / ours:.1f}×")
    print(f"import baocao_kt loaded {'/'.join(HEAVY)}: {', '.join(heavy) or 'none'}")
    if heavy:
        print("MISSED: import baocao_kt must load none of them")


def main() -> None:
    """Check the outputs agree, time both sides, print the table and the import times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    quick = parser.parse_args().quick
    settings = Settings(repeat=3, number=2, import_runs=3) if quick else Settings(15, 5, 7)
    print_header("text", ("babel", "num2words", "pint"), settings)
    rng = random.Random(SEED)
    figures, numbers, dates = report_figures(rng), whole_numbers(rng), report_dates(rng)
    print("\nOutput checks (before timing):")
    rows = bench_format_number(figures, settings)
    rows.append(bench_format_number_plain(figures, settings))
    rows.append(bench_number_to_words(numbers, settings))
    rows.append(bench_format_date(dates, settings))
    print_table(rows)
    bench_import(settings)


if __name__ == "__main__":
    main()
