"""Cumulative windows over tables (lũy kế).

One method, in each engine's own expressions where it has ordered sums: polars
(``_frames_polars_windows``), DuckDB (``_frames_duckdb_windows``), and the integer
columns of pandas and of Dask's partitions (``_frames_pandas_windows``, NumPy). Elsewhere
(decimal columns on pandas and Dask, pyarrow, PySpark) filters, group-by sums and a
join, which every engine has (narwhals' ordered windows are missing on pyarrow and Dask,
and wrong on a pandas frame with an index of its own, as narwhals 2.29 computes them).
Sums are of integers or decimals, exact; a float column is refused. A window with a
month missing, a month twice or a null value has no total: its cell is null, never a
partial sum. Each listed column's totals are its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from baocao_kt._edges._frames_duckdb_windows import duckdb_cumulate
from baocao_kt._edges._frames_exact import AnyFrame, with_nullable
from baocao_kt._edges._frames_pandas_windows import pandas_cumulate, pandas_integer
from baocao_kt._edges._frames_polars_windows import polars_cumulate
from baocao_kt._edges._frames_ratios import check_column, check_new_name, frame_of
from baocao_kt._edges._frames_wide import polars_has_int128
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
# An Int64 sum is exact while the sum of its values in units of 1024 stays below this.
_INT_SUM_BOUND = 2.0**52


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
            revenue; stocks and rates do not add up), or a list of such columns:
            several totals in one call share one pass over the table.
        year: The year column.
        window: ``"year"`` (lũy kế N tháng, year to date), ``"half"`` or
            ``"quarter"``: the running total restarts with each half or quarter, so the
            last month of a quarter holds the quarter's total.
        name: The new column, ``value + "_cumulative"`` by default (a list of names
            for a list of values); the sum's type is the engine's exact sum of the
            column's type (Int64, decimal).

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
    wide = frame_of(frame, "cumulate")
    schema = wide.collect_schema()
    keys = check_keys(schema, by, year, period)
    values = _listed(value, "value")
    for column in values:
        _check_value(schema, column)
    if window not in _FIRST_MONTH:
        raise OptionError(
            f"window={window!r} is not a window; pass 'year', 'half' or 'quarter'",
            option="window",
            value=window,
        )
    names = _new_names(schema, values, name)
    groups = [*keys[:-2], year]
    integers = [schema[column].is_integer() for column in values]
    implementation = wide.implementation
    values_kinds = list(zip(values, integers, strict=True))
    if implementation.is_duckdb():
        return duckdb_cumulate(frame, groups, period, values_kinds, _FIRST_MONTH[window], names)  # type: ignore[no-any-return]
    if implementation.is_polars() and polars_has_int128():
        return polars_cumulate(frame, groups, period, values_kinds, _FIRST_MONTH[window], names)  # type: ignore[no-any-return]
    return _by_column(frame, (groups, period, values_kinds), window, names)  # type: ignore[no-any-return]


def _by_column(
    native: Any,  # noqa: ANN401 - any engine's frame
    columns: tuple[list[str], str, list[tuple[str, bool]]],
    window: Window,
    names: list[str],
) -> Any:  # noqa: ANN401 - the caller's own frame type
    """`cumulate` column by column: NumPy on pandas and Dask integers, else the join.

    Each column takes the way a call of its own would take, so that a list gives the
    totals of separate calls.
    """
    import narwhals as nw  # noqa: PLC0415

    groups, period, values = columns
    first_months = _FIRST_MONTH[window]
    model = None
    if nw.dependencies.is_pandas_dataframe(native):
        model = native
    elif type(native).__module__.startswith("dask."):
        model = native._meta  # noqa: SLF001 - Dask's documented model of a partition
    fast = [c for c, integer in values if integer and pandas_integer(model, c)]
    result = native
    if fast:
        fast_names = [n for (c, _), n in zip(values, names, strict=True) if c in fast]
        arguments = (groups, period, fast, first_months, fast_names)
        if model is native:
            result = pandas_cumulate(native, *arguments)
        else:
            result = _by_partition(native, arguments)
    rest = [(c, integer, n) for (c, integer), n in zip(values, names, strict=True) if c not in fast]
    if not rest:
        return result
    # pandas' merge numbers the rows afresh, in the same order: the caller's index back.
    index = native.index if nw.dependencies.is_pandas_dataframe(native) else None
    joined = frame_of(result, "cumulate")
    before = list(frame_of(native, "cumulate").columns)
    for column, integer, new in rest:
        joined = _by_join(joined, (groups, period, column), window, new, integer=integer)
    ordered: Any = joined.select(*before, *names).to_native()
    if index is not None:
        ordered.index = index
    return fresh_index(ordered)


def _by_partition(
    native: Any,  # noqa: ANN401 - a Dask DataFrame
    arguments: tuple[list[str], str, list[str], tuple[int, ...], list[str]],
) -> Any:  # noqa: ANN401 - a Dask DataFrame
    """A Dask frame shuffled by its groups, each partition's windows summed as pandas.

    ``arguments`` are `pandas_cumulate`'s after the frame: groups, period, values, the
    first month of each month's window, and the new columns' names.
    """
    groups = arguments[0]
    meta = pandas_cumulate(native._meta, *arguments)  # noqa: SLF001 - Dask's documented model
    shuffled = native.shuffle(on=groups)
    return shuffled.map_partitions(pandas_cumulate, *arguments, meta=meta)


def _listed(columns: str | Sequence[str], option: str) -> list[str]:
    """One column or a non-empty list of them, as a list."""
    if isinstance(columns, str):
        return [columns]
    if not isinstance(columns, Sequence) or not columns:
        raise OptionError(
            f"{option}={columns!r} is not a column or a list of columns",
            option=option,
            value=columns,
        )
    return list(columns)


def _new_names(schema: nw.Schema, values: list[str], name: str | Sequence[str] | None) -> list[str]:
    """The new columns' names, one per value, checked (new, distinct)."""
    if name is None:
        wanted = [f"{column}_cumulative" for column in values]
    else:
        wanted = _listed(name, "name")
        if len(wanted) != len(values):
            raise OptionError(
                f"name={name!r} gives {len(wanted)} name(s) for {len(values)} value "
                "column(s); pass one name per value",
                option="name",
                value=name,
            )
    names = [check_new_name(schema, new, "name") for new in wanted]
    if len(set(names)) != len(names):
        raise OptionError(
            f"name={name!r} gives a name twice; pass distinct names",
            option="name",
            value=name,
        )
    return names


def _by_join(
    wide: AnyFrame,
    columns: tuple[list[str], str, str],
    window: Window,
    name: str,
    *,
    integer: bool,
) -> AnyFrame:
    """`cumulate` of one column by group-by sums and a join, which every engine has."""
    import narwhals as nw  # noqa: PLC0415

    groups, period, value = columns
    schema = wide.collect_schema()
    totals = []
    # Group-by aggregations of plain columns only: pandas, pyarrow and Dask take no other.
    parts = wide.select(
        *groups,
        period,
        value,
        # In units of 1024, so that the cast is exact (pyarrow refuses to round).
        (nw.col(value) // 1024).abs().cast(nw.Float64).alias("__size")
        if integer
        else nw.lit(0.0).alias("__size"),
        nw.col(value).is_null().cast(nw.Int64).alias("__null"),
    )
    # One row per group and month first: a window counts its months as rows, which
    # every engine counts alike (Dask's distinct count per group adds up partitions').
    monthly = parts.group_by([*groups, period]).agg(
        nw.col(value).sum(),
        nw.col("__size").sum(),
        nw.len().alias("__count"),
        nw.col("__null").sum(),
    )
    for month in _MONTHS:
        first = _FIRST_MONTH[window][month - 1]
        inside = monthly.filter((nw.col(period) >= first) & (nw.col(period) <= month))
        summed = inside.group_by(groups).agg(
            nw.col(value).sum().alias("__total"),
            nw.col("__size").sum(),
            nw.col("__count").sum().alias("__rows"),
            nw.col("__null").sum().alias("__nulls"),
            nw.len().alias("__months"),
        )
        complete = (
            (nw.col("__rows") == month - first + 1)
            & (nw.col("__months") == month - first + 1)
            & (nw.col("__nulls") == 0)
        )
        if integer:
            # Σ|v| ≤ 1024 × (Σ|v // 1024| + rows) stays below 2⁶²: the sum fits Int64.
            complete = complete & (nw.col("__size") + nw.col("__rows") < _INT_SUM_BOUND)
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
    return wide.join(table, on=[*groups, period], how="left")


def fresh_index(native: FrameT) -> FrameT:
    """A Dask frame out of a join with an index of its own.

    A Dask merge leaves an index with repeated labels; later column arithmetic aligns
    on it, and groups vanish. pandas' merge numbers its rows afresh already.
    """
    if type(native).__module__.startswith("dask."):
        return native.reset_index(drop=True)  # type: ignore[attr-defined, no-any-return]
    return native


def check_keys(schema: nw.Schema, by: Sequence[str], year: str, period: str) -> list[str]:
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
