"""The same period of last year (cùng kỳ) beside this year's rows, on any engine."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from baocao_kt._edges._frames_exact import fresh_names
from baocao_kt._edges._frames_ratios import check_column, check_new_name, frame_of
from baocao_kt._edges._frames_windows import check_keys, fresh_index

FrameT = TypeVar("FrameT")


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
    keys = check_keys(schema, by, year, period)
    check_column(schema, value, "value")
    name = check_new_name(schema, f"{value}_last_year" if name is None else name, "name")
    if type(frame).__module__.startswith("dask."):
        return _on_dask(frame, keys, value, name)  # type: ignore[no-any-return]
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
    return fresh_index(wide.join(last, on=keys, how="left").to_native())  # type: ignore[no-any-return]


def _on_dask(native: Any, keys: list[str], value: str, name: str) -> Any:  # noqa: ANN401 - a Dask DataFrame
    """`same_period_last_year` in Dask's own calls.

    narwhals' group-by on Dask aggregates into a frame that Dask's planner (dask-expr
    2026.8) cannot follow when a join after it asks how the rows are partitioned: a
    `cumulate` then `same_period_last_year` failed to plan with a ``KeyError``. Dask's
    own ``groupby(...).agg({column: "max"})`` plans. Groups with a null key are dropped
    first: pandas' merge would match a null key with a null key, which no other engine
    (nor narwhals) does.
    """
    year = keys[-2]
    (rows,) = fresh_names({*native.columns, name}, 1)
    previous = native[[*keys, value]]
    previous = previous.assign(**{year: previous[year] + 1, rows: 1})  # moved to this year
    grouped = (
        previous.groupby(keys, dropna=True, sort=False, observed=True)
        .agg({value: "max", rows: "sum"})
        .reset_index()
    )
    grouped = grouped.assign(**{name: grouped[value].where(grouped[rows] == 1)})
    return fresh_index(native.merge(grouped[[*keys, name]], on=keys, how="left"))
