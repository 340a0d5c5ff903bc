"""Speed of baocao_kt's indicator sentence, side by side with a hand-written one on Babel.

Run ``python benchmarks/bench_report.py`` (``--quick`` for a short run); see README.md. It
reports and never asserts.

"Theirs" is how a report script writes the sentence today: the month's and the cumulative
figures summed in Decimal, the percentages divided in Decimal under a half-up context, and
every number formatted by Babel into an f-string. It gets the figures already summed per
month, and it knows only the one shape it was written for; "ours" is `render_indicator`
with the sentence's `Wording`, from the `Series`, `Plan` and `Scenario` of the example file.
Before timing, both must write the same sentence for every input.
"""

from __future__ import annotations

import argparse
import decimal
from collections.abc import Sequence
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import TypeAlias

from _timing import COUNT, Row, Settings, note, print_header, print_table, side_by_side
from babel import Locale
from babel.numbers import format_decimal

from baocao_kt import Month, SectionItem, YearToDate, load_report

VI = Locale.parse("vi")
EXAMPLE = Path(__file__).parents[1] / "examples" / "phu_lien_2026_04.toml"
APRIL = Month(2026, 4)
# (name, [months' figures], plan, scenario's amounts at months 3 and 4, places of the
# month variance, the attainment and the cumulative variance)
Plain: TypeAlias = tuple[str, list[Decimal], Decimal, Decimal, Decimal, tuple[int, int, int]]


def sector_items() -> list[SectionItem]:
    """The three sector sentences of the example file (the shape written by hand below)."""
    report = load_report(EXAMPLE)
    return [report.item(code) for code in ("NLTS", "CNXD", "DV")]


def plain_inputs(items: Sequence[SectionItem]) -> list[Plain]:
    """The same data as plain Decimals, for the hand-written side."""
    plain = []
    for item in items:
        assert item.plan is not None  # noqa: S101 - the example file has them
        assert item.scenario is not None  # noqa: S101
        figures = [item.series.value(Month(2026, m)).value for m in range(1, 5)]
        wording, places = item.wording, item.indicator.places
        shown = (
            places if wording.month_variance_places is None else wording.month_variance_places,
            places if wording.attainment_places is None else wording.attainment_places,
            places
            if wording.cumulative_variance_places is None
            else wording.cumulative_variance_places,
        )
        plain.append(
            (
                item.indicator.name,
                figures,
                item.plan.target,
                item.scenario.target(YearToDate(2026, 3)),
                item.scenario.target(YearToDate(2026, 4)),
                shown,
            )
        )
    return plain


def _pattern(places: int) -> str:
    return "#,##0" + ("." + "0" * places if places else "")


def by_hand(data: Plain) -> str:
    """The sentence as a script writes it with Decimal and Babel (rounding half-up)."""
    name, figures, plan, scenario_march, scenario_april, (month_p, plan_p, cumulative_p) = data
    month, cumulative = figures[-1], sum(figures, Decimal(0))
    month_variance = (month / (scenario_april - scenario_march) - 1) * 100
    attained = cumulative / plan * 100
    cumulative_variance = (cumulative / scenario_april - 1) * 100
    with decimal.localcontext(rounding=decimal.ROUND_HALF_UP):
        return (
            f"{name} tháng 4 ước thực hiện {format_decimal(month, locale=VI)} triệu đồng, "
            f"vượt kịch bản {format_decimal(month_variance, _pattern(month_p), locale=VI)}%; "
            f"lũy kế 4 tháng ước thực hiện {format_decimal(cumulative, locale=VI)} triệu/"
            f"{format_decimal(plan, locale=VI)} triệu đồng, bằng "
            f"{format_decimal(attained, _pattern(plan_p), locale=VI)}% kế hoạch năm 2026, "
            f"vượt {format_decimal(cumulative_variance, _pattern(cumulative_p), locale=VI)}% "
            "so với kịch bản."
        )


def ours(items: Sequence[SectionItem]) -> None:
    """The library's sentence of every input."""
    for item in items:
        item.render(APRIL)


def theirs(plain: Sequence[Plain]) -> None:
    """The hand-written sentence of every input."""
    for data in plain:
        by_hand(data)


def main() -> None:
    """Check the outputs, time both sides, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    quick = parser.parse_args().quick
    settings = Settings(repeat=3, number=1, import_runs=3) if quick else Settings(9, 2, 7)
    print_header("report", ("babel",), settings)
    items = sector_items()
    plain = plain_inputs(items)
    print("\nOutput checks (before timing):")
    same = sum(item.render(APRIL) == by_hand(data) for item, data in zip(items, plain, strict=True))
    note(f"sentences: {same} of {len(items)} identical to the hand-written ones")
    # COUNT inputs, cycling through the three sentences.
    items = [items[i % len(items)] for i in range(COUNT)]
    plain = [plain[i % len(plain)] for i in range(COUNT)]
    ours_us, theirs_us = side_by_side(partial(ours, items), partial(theirs, plain), settings)
    print_table([Row("sentence vs Decimal+Babel", ours_us, theirs_us, None)], width=28)


if __name__ == "__main__":
    main()
