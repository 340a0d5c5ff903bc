"""Speed of baocao_kt's quantities, side by side with pint scalar quantities.

Run ``python benchmarks/bench_units.py`` (``--quick`` for a short run); see README.md. It
reports and never asserts: a missed target is printed as MISSED, the exit status is 0.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections.abc import Sequence
from decimal import Decimal

import pint
from _timing import (
    COUNT,
    SEED,
    Row,
    Settings,
    median_of_fresh_runs,
    note,
    print_header,
    print_table,
    report_figures,
    side_by_side,
)

from baocao_kt import Quantity

FIRST_USE_TARGET_MS = 150
# pint gets the same money units, in a plain registry with float magnitudes: its fastest.
PINT_MONEY = ("đồng = [money]", "triệu_đồng = 1e6 * đồng", "tỷ_đồng = 1e9 * đồng")
# Timed in fresh interpreters: the first quantity (the catalog is built then), the first
# pint quantity (pint imported, its registry built), and pint's own first use, for scale.
FIRST_USE = {
    "Quantity(1, 'ha'), the catalog built": (
        "import time, baocao_kt as b; t = time.perf_counter(); b.Quantity(1, 'ha');"
        "print((time.perf_counter() - t) * 1e3)"
    ),
    "then q.to_pint(): pint imported, registry built": (
        "import time, baocao_kt as b; q = b.Quantity(1, 'ha'); t = time.perf_counter();"
        "q.to_pint(); print((time.perf_counter() - t) * 1e3)"
    ),
    "import pint; UnitRegistry(); Quantity(1, 'ha')": (
        "import time; t = time.perf_counter(); import pint;"
        "pint.UnitRegistry(cache_folder=None).Quantity(1, 'ha');"
        "print((time.perf_counter() - t) * 1e3)"
    ),
}


def pint_registry() -> pint.UnitRegistry:
    """A pint registry: its default units and the money units, floats, no disk cache."""
    units = pint.UnitRegistry(cache_folder=None)
    for definition in PINT_MONEY:
        units.define(definition)
    return units


def check_outputs(figures: Sequence[Decimal], units: pint.UnitRegistry) -> None:
    """Compare the results on every input, and count where pint's floats are not exact."""
    ours = [Quantity(x, "triệu đồng") + Quantity(y, "tỷ đồng") for x, y in pairs(figures)]
    theirs = [
        units.Quantity(float(x), "triệu_đồng") + units.Quantity(float(y), "tỷ_đồng")
        for x, y in pairs(figures)
    ]
    close = sum(
        abs(float(a.magnitude) - b.magnitude) <= 1e-9 * max(1.0, abs(b.magnitude))
        for a, b in zip(ours, theirs, strict=True)
    )
    exact = sum(
        Decimal(repr(b.magnitude)) == a.magnitude for a, b in zip(ours, theirs, strict=True)
    )
    note(
        f"triệu đồng + tỷ đồng: {close}/{COUNT} sums agree with pint to 1e-9; pint's float "
        f"is the exact sum for {exact}/{COUNT} (e.g. ours "
        f"{Quantity('0.1', 'triệu đồng') + Quantity('0.0002', 'tỷ đồng')!s}, pint "
        f"{units.Quantity(0.1, 'triệu_đồng') + units.Quantity(0.0002, 'tỷ_đồng'):~P})"
    )
    areas = [Quantity(x, "ha").to("m²") for x in figures]
    same = sum(
        abs(float(a.magnitude) - units.Quantity(float(x), "hectare").to("m**2").magnitude)
        <= 1e-9 * max(1.0, abs(float(a.magnitude)))
        for a, x in zip(areas, figures, strict=True)
    )
    note(f"ha → m²: {same}/{COUNT} conversions agree with pint to 1e-9")


def pairs(figures: Sequence[Decimal]) -> list[tuple[Decimal, Decimal]]:
    """Each figure with the next one (the last with the first)."""
    return list(zip(figures, [*figures[1:], figures[0]], strict=True))


def bench_create(figures: Sequence[Decimal], units: pint.UnitRegistry, s: Settings) -> list[Row]:
    """Quantity(x, name) against pint's Quantity(x, name), and with the unit parsed once."""
    floats = [float(x) for x in figures]
    unit = units.Unit("triệu_đồng")

    def ours() -> None:
        for x in figures:
            Quantity(x, "triệu đồng")

    def theirs() -> None:
        for x in floats:
            units.Quantity(x, "triệu_đồng")

    def theirs_parsed() -> None:
        for x in floats:
            units.Quantity(x, unit)

    return [
        Row("create Quantity(x, u)", *side_by_side(ours, theirs, s), 10),
        Row("  pint unit parsed", *side_by_side(ours, theirs_parsed, s), None),
    ]


def bench_add(figures: Sequence[Decimal], units: pint.UnitRegistry, s: Settings) -> list[Row]:
    """Sums: a + b in one unit, and in two units of one dimension (money, area)."""
    rows = []
    cases = (
        ("add, same unit", "triệu đồng", "triệu đồng", "triệu_đồng", "triệu_đồng", 10),
        ("add, mixed units", "triệu đồng", "tỷ đồng", "triệu_đồng", "tỷ_đồng", 10),
        ("  ha + m²", "ha", "m²", "hectare", "meter**2", None),
    )
    for name, left, right, pint_left, pint_right, target in cases:
        mine = [(Quantity(x, left), Quantity(y, right)) for x, y in pairs(figures)]
        their = [
            (units.Quantity(float(x), pint_left), units.Quantity(float(y), pint_right))
            for x, y in pairs(figures)
        ]

        def ours(mine: list[tuple[Quantity, Quantity]] = mine) -> None:
            for a, b in mine:
                a + b

        def theirs(their: list[tuple[pint.Quantity, pint.Quantity]] = their) -> None:
            for a, b in their:
                a + b

        rows.append(Row(name, *side_by_side(ours, theirs, s), target))
    return rows


def bench_convert(figures: Sequence[Decimal], units: pint.UnitRegistry, s: Settings) -> list[Row]:
    """q.to(name) against pint's q.to(name), and pint's with the unit parsed once."""
    mine = [Quantity(x, "triệu đồng") for x in figures]
    their = [units.Quantity(float(x), "triệu_đồng") for x in figures]
    unit = units.Unit("tỷ_đồng")

    def ours() -> None:
        for q in mine:
            q.to("tỷ đồng")

    def theirs() -> None:
        for q in their:
            q.to("tỷ_đồng")

    def theirs_parsed() -> None:
        for q in their:
            q.to(unit)

    return [
        Row("convert q.to(u)", *side_by_side(ours, theirs, s), 10),
        Row("  pint unit parsed", *side_by_side(ours, theirs_parsed, s), None),
    ]


def bench_first_use(settings: Settings) -> None:
    """The first use of units in fresh interpreters, and whether it imported pint."""
    print("\nfirst use, in fresh interpreters (median, ms):")
    with tempfile.TemporaryDirectory() as pycache:
        for name, code in FIRST_USE.items():
            (ms,) = median_of_fresh_runs(code, settings.import_runs, pycache)
            target = ""
            if name.startswith("Quantity"):
                met = "yes" if ms < FIRST_USE_TARGET_MS else "MISSED"
                target = f"  target < {FIRST_USE_TARGET_MS} ms: {met}"
            print(f"  {name:<50}{ms:>9.1f} ms{target}")
        check = (
            "import sys, baocao_kt as b; q = b.parse_quantity('62,58 tạ/ha') * b.Quantity(2, 'ha');"
            "q.to('kg'); print(int('pint' in sys.modules))"
        )
        (loaded,) = median_of_fresh_runs(check, 1, pycache)
    print(f"  pint imported by making, multiplying and converting quantities: {bool(loaded)}")
    if loaded:
        print("  MISSED: quantities must not import pint")


def main() -> None:
    """Check the outputs agree, time both sides, print the table and the first-use times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    quick = parser.parse_args().quick
    settings = Settings(repeat=3, number=2, import_runs=3) if quick else Settings(15, 5, 7)
    print_header("units", ("pint",), settings)
    figures = report_figures(random.Random(SEED))
    units = pint_registry()
    print("\nOutput checks (before timing):")
    check_outputs(figures, units)
    rows = bench_create(figures, units, settings)
    rows += bench_add(figures, units, settings)
    rows += bench_convert(figures, units, settings)
    print_table(rows)
    bench_first_use(settings)


if __name__ == "__main__":
    main()
