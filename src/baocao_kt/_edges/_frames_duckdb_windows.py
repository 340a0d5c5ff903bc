"""`cumulate` on a DuckDB relation: one pass of window sums in SQL of its own.

The method of ``_frames_polars_windows`` (polars): a running sum per column in
month order, and whether the window's months so far were each given once read from an
unordered sum of base-32 month digits. DuckDB computes the sums of one window together,
so the rows are counted in a sum of their own and the digits read in BIGINT once the
count shows that none carried; a digit is a shift (narwhals writes a lookup as a map
built for each row, and a modulo as two); a missing value adds ``2⁶⁴`` to its column's
HUGEINT running sum, as on polars.
"""

from __future__ import annotations

from typing import Any

from baocao_kt._edges._frames_duckdb import quoted
from baocao_kt._edges._frames_exact import (
    WINDOW_MISSING,
    WINDOW_MOST_ROWS,
    WINDOW_VALUE_BOUND,
    fresh_names,
)


def duckdb_cumulate(  # noqa: PLR0913, PLR0917 - cumulate's checked arguments, passed on
    native: Any,  # noqa: ANN401 - a DuckDB relation
    groups: list[str],
    period: str,
    values: list[tuple[str, bool]],
    first_months: tuple[int, ...],
    names: list[str],
) -> Any:  # noqa: ANN401 - a DuckDB relation
    """The relation with the running totals of ``values`` (column, is an integer column).

    ``first_months`` is the first month of each month's window; ``names`` the new
    columns, added last in their order.
    """
    taken = {*native.columns, *names}  # the new columns' names too
    counted, digit, start, complete = fresh_names(taken, 4)
    sums = fresh_names(taken | {counted, digit, start, complete}, 2 * len(values), first=4)
    month = quoted(period)
    valid = " AND ".join(
        [f"{month} BETWEEN 1 AND 12", *(f"{quoted(g)} IS NOT NULL" for g in groups)]
    )
    firsts = sorted(set(first_months))
    first = "1"  # the first month of the row's window, by comparisons (1, 4, 7, 10)
    for month_number in firsts[1:]:
        first = f"CASE WHEN {month} >= {month_number} THEN {month_number} ELSE {first} END"
    staged = native.select(
        f"*, coalesce({valid}, FALSE) AS {quoted(counted)}, "
        # Any digit but 0 (a divisor below) for a month out of range: it adds nothing.
        f"CASE WHEN {valid} THEN 1::BIGINT << (5 * ({month} - 1)) ELSE 1 END "
        f"AS {quoted(digit)}, {first} AS {quoted(start)}"
    )
    partition = ", ".join(quoted(g) for g in [*groups, *([start] if len(firsts) > 1 else [])])
    running = (
        f"OVER (PARTITION BY {partition} ORDER BY {month} "
        "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
    )
    # Each column's running total and, for a decimal column, its running count of nulls.
    pairs = list(zip(sums[::2], sums[1::2], strict=True))
    columns = []
    for (column, integer), (total, nulls) in zip(values, pairs, strict=True):
        value, row = quoted(column), quoted(counted)
        if integer:
            bound = WINDOW_VALUE_BOUND
            beyond = f"{value} IS NULL OR {value} > {bound} OR {value} < -{bound}"
            each = (
                f"CASE WHEN NOT {row} THEN 0 WHEN {beyond} THEN {WINDOW_MISSING}::HUGEINT "
                f"ELSE {value}::HUGEINT END"
            )
            columns.append(f"sum({each}) {running} AS {quoted(total)}")
        else:
            columns.append(
                f"sum(CASE WHEN {row} THEN {value} ELSE 0 END) {running} AS {quoted(total)}"
            )
            columns.append(
                f"sum(CASE WHEN {row} AND {value} IS NULL THEN 1 ELSE 0 END) {running} "
                f"AS {quoted(nulls)}"
            )
    window = f"OVER (PARTITION BY {partition})"
    rows = f"sum({quoted(counted)}::INTEGER) {window}"
    # The digits up to this month's read 1 from the window's first month on: 31 × (sum
    # mod 32·digit) = 32·digit − first digit; with at most 31 rows no digit carried and
    # the sum is below 2⁶⁰, a BIGINT.
    below = f"({quoted(digit)} * 32)"
    digits = f"sum(CASE WHEN {quoted(counted)} THEN {quoted(digit)} ELSE 0 END) {window}"
    reads_ones = (
        f"CASE WHEN {rows} <= {WINDOW_MOST_ROWS} THEN ({digits})::BIGINT % {below} * 31 = "
        f"{below} - (1::BIGINT << (5 * ({quoted(start)} - 1))) ELSE FALSE END"
    )
    summed = staged.select(
        f"*, {', '.join(columns)}, {quoted(counted)} AND ({reads_ones}) AS {quoted(complete)}"
    )
    added = []
    for (_, integer), (total, nulls), name in zip(values, pairs, names, strict=True):
        if integer:
            condition = f"{quoted(complete)} AND {quoted(total)} < {2**63}"
            added.append(
                f"CAST(CASE WHEN {condition} THEN {quoted(total)} END AS BIGINT) AS {quoted(name)}"
            )
        else:
            condition = f"{quoted(complete)} AND {quoted(nulls)} = 0"
            added.append(f"CASE WHEN {condition} THEN {quoted(total)} END AS {quoted(name)}")
    made = [counted, digit, start, complete, *(s for s in summed.columns if s in sums)]
    return summed.select(f"* EXCLUDE ({', '.join(quoted(n) for n in made)}), {', '.join(added)}")
