"""The dataframe engines the frames tests run on, and a table made the same way on each.

A table is given as columns of Python values and a kind per column ("int", "float",
"decimal2", …); each engine gets it in its own native types, and its result is read back
as a list of rows in the order of the ``row`` column every table carries.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import dask
import narwhals as nw
import pandas as pd
import pyarrow as pa

import baocao_kt
from baocao_kt import MagnitudeError

#: Every engine, by the name the tests show: eager, lazy, in-process, distributed.
ENGINES = ["pandas", "polars", "polars-lazy", "pyarrow", "duckdb", "dask"]

# Dask in-process and single-threaded: the tests check answers, not parallelism, and
# the CI machine has two cores.
dask.config.set(scheduler="synchronous")


def _arrow_type(kind: str) -> pa.DataType:
    if kind == "int":
        return pa.int64()
    if kind == "float":
        return pa.float64()
    if kind.startswith("decimal"):
        return pa.decimal128(38, int(kind.removeprefix("decimal")))
    if kind == "str":
        return pa.string()
    raise ValueError(kind)


def arrow_table(columns: dict[str, tuple[str, list[Any]]]) -> pa.Table:
    """The table as pyarrow, with a ``row`` column numbering its rows."""
    length = len(next(iter(columns.values()))[1])
    arrays = {"row": pa.array(range(length), pa.int64())}
    for name, (kind, values) in columns.items():
        if kind.startswith("decimal"):
            scale = Decimal(1).scaleb(-int(kind.removeprefix("decimal")))
            values = [None if v is None else Decimal(v).quantize(scale) for v in values]  # noqa: PLW2901 - the same values, at the column's scale
        arrays[name] = pa.array(values, _arrow_type(kind))
    return pa.table(arrays)


def make(engine: str, columns: dict[str, tuple[str, list[Any]]]) -> Any:
    """The table in ``engine``'s own type."""
    table = arrow_table(columns)
    if engine == "pyarrow":
        return table
    if engine in {"polars", "polars-lazy"}:
        import polars as pl  # noqa: PLC0415

        frame = pl.from_arrow(table)
        return frame.lazy() if engine == "polars-lazy" else frame
    if engine == "duckdb":
        import duckdb  # noqa: PLC0415

        return duckdb.from_arrow(table)
    frame = _pandas(table)
    if engine == "pandas":
        return frame
    import dask.dataframe as dd  # noqa: PLC0415

    return dd.from_pandas(frame, npartitions=2)


def _pandas(table: pa.Table) -> Any:
    """pandas as a notebook has it: NumPy floats (NaN for missing), nullable ints."""
    import pandas as pd  # noqa: PLC0415

    frame = pd.DataFrame()
    for field in table.schema:
        column = table.column(field.name)
        if pa.types.is_integer(field.type):
            frame[field.name] = pd.array(column.to_pylist(), dtype="Int64")
        elif pa.types.is_floating(field.type):
            frame[field.name] = column.to_numpy(zero_copy_only=False)
        else:
            frame[field.name] = pd.Series(column.to_pylist(), dtype=pd.ArrowDtype(field.type))
    return frame


def rows(native: Any) -> list[dict[str, Any]]:
    """A result frame of any engine as rows, in the order of its ``row`` column."""
    if type(native).__module__.startswith("dask."):
        # Computed without narwhals (which warns that its Dask support moves); the
        # partitions' own indexes are not columns of the result.
        native = native.compute().reset_index(drop=True)
    frame = nw.from_native(native)
    if isinstance(frame, nw.LazyFrame):
        frame = frame.collect()
    return sorted(frame.to_arrow().to_pylist(), key=lambda row: row["row"])


def native_type_kept(engine: str, before: Any, after: Any) -> bool:
    """Whether a result is the same kind of frame as the input."""
    return type(after) is type(before) or (engine == "dask" and type(after).__name__ == "DataFrame")


_SCALAR = {
    "attainment": baocao_kt.attainment,
    "variance": baocao_kt.variance,
    "growth": baocao_kt.growth,
    "share": baocao_kt.share,
}


def _cell(value: Any) -> Any:
    """A value read back from a table as the scalar calculators take it."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def scalar_row(kind: str, a: Any, b: Any, places: int) -> tuple[int | None, str]:
    """What the scalar library says for one row: (value × 10^places or None, text)."""
    a, b = _cell(a), _cell(b)
    if a is None or b is None:
        return None, "n.a."
    try:
        if kind == "point_change":
            result = baocao_kt.point_change(baocao_kt.Percent(a), baocao_kt.Percent(b))
        else:
            result = _SCALAR[kind](a, b, na=True)
    except MagnitudeError:  # beyond the scalar library's bounds (1e+101): no value either
        return None, "n.a."
    if isinstance(result, baocao_kt.NotAvailable):
        return None, "n.a."
    return int(result.rounded(places).scaleb(places)), result.format(places)
