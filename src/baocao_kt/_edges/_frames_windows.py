"""Cumulative windows over tables (lũy kế) and the same period of last year (cùng kỳ).

On polars and DuckDB a running sum over ordered windows (one pass); elsewhere filters,
group-by sums and a join, which every engine has (narwhals' ordered windows are missing
on pyarrow and Dask, and wrong on a pandas frame with an index of its own, as narwhals
2.29 computes them). Sums are of integers or decimals, exact; a float column is refused.
A window with a month missing, a month twice or a null value has no total: its cell
is null, never a partial sum.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from baocao_kt._edges._frames_exact import AnyFrame, Scratch, with_nullable
from baocao_kt._edges._frames_ratios import check_column, check_new_name, frame_of
from baocao_kt.errors import OptionError, ValueKindError

if TYPE_CHECKING:
    import narwhals as nw

FrameT = TypeVar("FrameT")
Window = Literal["year", "half", "quarter"]

_MONTHS = range(1, 13)
# The first month of each month's window.
_FIRST_MONTH: dict[str, tuple[int, ...]] = {
    "year": (1,) * 12,
    "half": (1,) * 6 + (7,) * 6,
    "quarter": (1, 1, 1, 4, 4, 4, 7, 7, 7, 10, 10, 10),
}
# An Int64 sum is exact while its float shadow stays below this (far from 2⁶³).
_INT_SUM_BOUND = 2.0**62


def cumulate(  # noqa: PLR0913 - the frame, its key columns and the window
    frame: FrameT,
    *,
    by: Sequence[str],
    period: str,
    value: str,
    year: str = "year",
    window: Window = "year",
    name: str | None = None,
) -> FrameT:
    """Add the cumulative total (lũy kế) of ``value`` over the months of each year.

    Args:
        frame: A pandas, polars (eager or lazy), pyarrow, DuckDB or Dask frame with one
            row per group, year and month.
        by: The columns that name a group (unit, indicator…), without the year.
        period: The month column: integers 1 to 12.
        value: An integer or decimal column of monthly figures (a flow: output,
            revenue; stocks and rates do not add up).
        year: The year column.
        window: ``"year"`` (lũy kế N tháng, year to date), ``"half"`` or
            ``"quarter"``: the running total restarts with each half or quarter, so the
            last month of a quarter holds the quarter's total.
        name: The new column, ``value + "_cumulative"`` by default; the sum's type is
            the engine's exact sum of the column's type (Int64, decimal).

    A cell is null when a month of its window is missing, given twice or null: a
    partial sum is never shown as the total.

    Raises:
        OptionError: A column that does not exist, a new name that does, a window that
            is not one of the three.
        ValueKindError: A float, text or other value column, or a month column that is
            not an integer column.

    >>> import polars as pl
    >>> from baocao_kt import frames
    >>> table = pl.DataFrame(
    ...     {"year": [2026] * 4, "unit": ["Phù Liễn"] * 4, "month": [1, 2, 3, 4],
    ...      "value": [12000, 13020, 13250, 12250]}
    ... )
    >>> ytd = frames.cumulate(table, by=["unit"], period="month", value="value")
    >>> ytd["value_cumulative"].to_list()
    [12000, 25020, 38270, 50520]
    >>> quarter = frames.cumulate(
    ...     table, by=["unit"], period="month", value="value", window="quarter", name="q"
    ... )
    >>> quarter["q"].to_list()
    [12000, 25020, 38270, 12250]
    """
    import narwhals as nw  # noqa: PLC0415

    wide = frame_of(frame, "cumulate")
    schema = wide.collect_schema()
    keys = _keys(schema, by, year, period)
    _check_value(schema, value)
    if window not in _FIRST_MONTH:
        raise OptionError(
            f"window={window!r} is not a window; pass 'year', 'half' or 'quarter'",
            option="window",
            value=window,
        )
    name = check_new_name(schema, f"{value}_cumulative" if name is None else name, "name")
    groups = [*keys[:-2], year]
    integer = schema[value].is_integer()
    implementation = wide.implementation
    if implementation.is_polars() or implementation.is_duckdb():
        return _by_windows(wide, (groups, period, value), window, name, integer=integer)  # type: ignore[no-any-return]
    totals = []
    # Group-by aggregations of plain columns only: pandas, pyarrow and Dask take no other.
    parts = wide.select(
        *groups,
        period,
        value,
        nw.col(value).cast(nw.Float64).abs().alias("__size"),
        nw.col(value).is_null().cast(nw.Int64).alias("__null"),
    )
    for month in _MONTHS:
        first = _FIRST_MONTH[window][month - 1]
        inside = parts.filter((nw.col(period) >= first) & (nw.col(period) <= month))
        summed = inside.group_by(groups).agg(
            nw.col(value).sum().alias("__total"),
            nw.col("__size").sum(),
            nw.len().alias("__rows"),
            nw.col("__null").sum().alias("__nulls"),
            nw.col(period).n_unique().alias("__months"),
        )
        complete = (
            (nw.col("__rows") == month - first + 1)
            & (nw.col("__months") == month - first + 1)
            & (nw.col("__nulls") == 0)
        )
        if integer:
            complete = complete & (nw.col("__size") < _INT_SUM_BOUND)
        totals.append(
            summed.select(
                *groups,
                nw.lit(month, schema[period]).alias(period),
                (nw.col("__total").cast(nw.Int64) if integer else nw.col("__total")),
                complete.alias("__complete"),
            )
        )
    table = nw.concat(totals, how="vertical")
    if integer:
        table = with_nullable(table, name, "__total", "__complete")
    else:
        table = table.with_columns(
            nw.when(nw.col("__complete")).then(nw.col("__total")).alias(name)
        )
    table = table.drop("__total", "__complete")
    # Joined on the columns' own names: Dask's planner fails on renamed shuffle keys.
    joined = wide.join(table, on=[*groups, period], how="left")
    return _fresh_index(joined.to_native())  # type: ignore[no-any-return]


def _by_windows(
    wide: AnyFrame,
    columns: tuple[list[str], str, str],
    window: Window,
    name: str,
    *,
    integer: bool,
) -> Any:  # noqa: ANN401 - the caller's own frame type
    """`cumulate` by ordered windows, on the engines that have them (polars, DuckDB).

    One pass of running sums instead of twelve filtered group-bys and a join. A row's
    total is kept when its window's months so far are all there, once each, with a value:
    no row up to it is flagged (a month given twice, a null value, a month outside 1 to
    12 or a null key), and it is the ``month − first + 1``-th row of its window.
    """
    import narwhals as nw  # noqa: PLC0415

    groups, period, value = columns
    month = nw.col(period)
    valid = (month >= 1) & (month <= 12)
    for column in groups:
        valid = valid & ~nw.col(column).is_null()
    first = {
        "year": nw.lit(1, nw.Int64),
        "half": (month - 1) // 6 * 6 + 1,
        "quarter": (month - 1) // 3 * 3 + 1,
    }[window]
    scratch = Scratch(wide)
    # A flagged row goes to a window of its own (-1), where it disturbs no other.
    (start,) = scratch.put(
        nw.when(valid.fill_null(value=False)).then(first).otherwise(nw.lit(-1, nw.Int64))
    )
    (twice,) = scratch.put(month.count().over(*groups, period) > 1)
    flagged = twice.fill_null(value=False) | nw.col(value).is_null() | (start < 0)
    # One running count of rows and flags: a row counts 1, a flagged row 1 + 16. With
    # at most 12 months a window is complete exactly when the count is its month number.
    (tally,) = scratch.put(flagged.cast(nw.Int64) * 16 + 1)
    partition = [*groups, scratch.names[0]]
    exprs = [
        nw.col(value).cum_sum().over(*partition, order_by=period),
        tally.cum_sum().over(*partition, order_by=period),
    ]
    if integer:
        exprs.append(
            nw.col(value).cast(nw.Float64).abs().cum_sum().over(*partition, order_by=period)
        )
    total, counted, *size = scratch.put(*exprs)
    complete = counted == month - start + 1
    if size:
        complete = complete & (size[0] < _INT_SUM_BOUND)
    kept = nw.when(complete).then(total)
    scratch.frame = scratch.frame.with_columns(
        (kept.cast(nw.Int64) if integer else kept).alias(name)
    )
    return scratch.finish().to_native()


def same_period_last_year(  # noqa: PLR0913 - the frame and its key columns
    frame: FrameT,
    *,
    by: Sequence[str],
    period: str,
    value: str,
    year: str = "year",
    name: str | None = None,
) -> FrameT:
    """Add the value of the same period of the previous year (cùng kỳ năm trước).

    Each row gets the ``value`` of the row with the same ``by`` and ``period`` one
    ``year`` earlier, null where there is none (or more than one), ready for `growth`.
    The period column may hold months, quarters or any period key: it is matched, not
    interpreted; `cumulate`'s output column can be the value too (lũy kế cùng kỳ).

    Args:
        frame: A pandas, polars (eager or lazy), pyarrow, DuckDB or Dask frame.
        by: The columns that name a group (unit, indicator…), without the year.
        period: The column of the period within the year.
        value: The column to take from last year.
        year: The year column (integers).
        name: The new column, ``value + "_last_year"`` by default.

    >>> import polars as pl
    >>> from baocao_kt import frames
    >>> table = pl.DataFrame(
    ...     {"year": [2025, 2026], "month": [4, 4], "unit": ["Phù Liễn"] * 2,
    ...      "value": [100000, 104060]}
    ... )
    >>> frames.same_period_last_year(table, by=["unit"], period="month", value="value")[
    ...     "value_last_year"
    ... ].to_list()
    [None, 100000]
    """
    import narwhals as nw  # noqa: PLC0415

    wide = frame_of(frame, "same_period_last_year")
    schema = wide.collect_schema()
    keys = _keys(schema, by, year, period)
    check_column(schema, value, "value")
    name = check_new_name(schema, f"{value}_last_year" if name is None else name, "name")
    last = (
        wide.select(
            *by,
            (nw.col(year) + 1).alias(year),  # last year's row, moved to this year
            period,
            nw.col(value).alias("__value"),
            nw.lit(1, nw.Int64).alias("__rows"),
        )
        # The group keys keep their names: Dask's planner fails on renamed shuffle keys.
        .group_by(keys)
        .agg(nw.col("__value").max(), nw.col("__rows").sum())
        .with_columns(nw.when(nw.col("__rows") == 1).then(nw.col("__value")).alias(name))
        .drop("__value", "__rows")
    )
    return _fresh_index(wide.join(last, on=keys, how="left").to_native())  # type: ignore[no-any-return]


def _fresh_index(native: FrameT) -> FrameT:
    """A Dask frame out of a join with an index of its own.

    A Dask merge leaves an index with repeated labels; later column arithmetic aligns
    on it, and groups vanish. pandas' merge numbers its rows afresh already.
    """
    if type(native).__module__.startswith("dask."):
        return native.reset_index(drop=True)  # type: ignore[attr-defined, no-any-return]
    return native


def _keys(schema: nw.Schema, by: Sequence[str], year: str, period: str) -> list[str]:
    """The key columns ``by + [year, period]``, checked."""
    if isinstance(by, str) or not isinstance(by, Sequence):
        raise OptionError(
            f"by={by!r} is not a list of columns; pass a list such as ['unit', 'indicator']",
            option="by",
            value=by,
        )
    keys = [check_column(schema, column, "by") for column in by]
    keys.append(check_column(schema, year, "year"))
    keys.append(check_column(schema, period, "period"))
    for option, column in (("year", year), ("period", period)):
        if not schema[column].is_integer():
            raise ValueKindError(
                f"{option}={column!r} is a {schema[column]} column; pass an integer column "
                "(a year such as 2026; a month from 1 to 12)",
                value=schema[column],
            )
    return keys


def _check_value(schema: nw.Schema, value: str) -> None:
    """An integer or decimal column to sum exactly, else a `ValueKindError`."""
    import narwhals as nw  # noqa: PLC0415

    dtype = schema[check_column(schema, value, "value")]
    if not (dtype.is_integer() or isinstance(dtype, nw.Decimal)):
        raise ValueKindError(
            f"value={value!r} is a {dtype} column; cumulate adds integer or decimal columns "
            "exactly (floats do not add up exactly: cast the column to a decimal, such as "
            "polars' pl.Decimal(38, 3) or pandas' pd.ArrowDtype(pa.decimal128(38, 3)))",
            value=dtype,
        )
