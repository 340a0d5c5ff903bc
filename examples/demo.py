"""Recompute the percentages of the seed report's section B.I and write them in Vietnamese.

Run it from the repository's root: ``python examples/demo.py``. It reads the figures
shipped in ``examples/seed_figures.toml`` (the Phù Liễn ward report of April 2026),
writes each attainment the way the report should, and flags the ones it stated wrongly.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from baocao_kt import (
    ParseError,
    Percent,
    date_line,
    format_number,
    money_to_words,
    parse_number,
    parse_percent,
)

DATA = Path(__file__).with_name("seed_figures.toml")


def stated_places(stated: str) -> int:
    """The number of decimals the report chose for a percentage ("35,75%" → 2)."""
    number = stated.rstrip("% ")
    return len(number.partition(",")[2])


def check(figure: dict[str, str], month: int) -> str:
    """One line: the figure as the report should write it, and a verdict on what it wrote."""
    cumulative = parse_number(figure["cumulative"])
    plan = parse_number(figure["plan"])
    attainment = Percent.from_quotient(cumulative, plan)
    places = stated_places(figure["stated"]) or 2  # "02%" shows no decimals: write two
    written = attainment.format(places)
    try:
        stated = parse_percent(figure["stated"])
        verdict = "đúng" if stated == Percent(attainment.rounded(places)) else "SAI"
    except ParseError as error:
        verdict = f"SAI CÁCH VIẾT ({error.suggestion or 'không đọc được'})"
    return (
        f"- {figure['name']}: tháng {month} ước thực hiện "
        f"{format_number(figure['month'])} triệu đồng; "
        f"lũy kế {month} tháng {format_number(cumulative)}/{format_number(plan)} triệu đồng, "
        f"bằng {written} (báo cáo ghi {figure['stated']}: {verdict})"
    )


def main() -> int:
    """Print the checked figures, the payment in words and the report's date line."""
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    print(date_line(data["place"], month=data["month"], year=data["year"]))
    for figure in data["figure"]:
        print(check(figure, data["month"]))
    payment = data["payment"]
    amount = parse_number(payment["amount"])
    print(f"- {payment['name']}: {format_number(amount)} đồng")
    print(f"  (Bằng chữ: {money_to_words(amount)}.)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
