"""The exact calculators over dataframes: pandas, polars, pyarrow, DuckDB, Dask, PySpark.

Each function takes your frame and gives back the same kind of frame (pandas in, pandas
out; a polars LazyFrame stays lazy) with the exact percent added as a column, and, if
you ask, its Vietnamese text. The answers are those of the scalar calculators, row by
row, on every engine: see the "tables" page of the documentation for how, and its limits.

Needs the ``frames`` extra (narwhals); ``import baocao_kt`` does not load it.

>>> import polars as pl
>>> from baocao_kt import frames
>>> table = pl.DataFrame({"actual": [50520, 12250], "plan": [135800, 0]})
>>> frames.attainment(table, "actual", "plan", text="text")
shape: (2, 4)
┌────────┬────────┬────────────┬───────┐
│ actual ┆ plan   ┆ attainment ┆ text  │
│ ---    ┆ ---    ┆ ---        ┆ ---   │
│ i64    ┆ i64    ┆ i64        ┆ str   │
╞════════╪════════╪════════════╪═══════╡
│ 50520  ┆ 135800 ┆ 372        ┆ 37,2% │
│ 12250  ┆ 0      ┆ null       ┆ n.a.  │
└────────┴────────┴────────────┴───────┘
"""

from __future__ import annotations

from baocao_kt._edges._frames_api import (
    attainment,
    cumulate,
    growth,
    point_change,
    same_period_last_year,
    share,
    variance,
)

__all__ = [
    "attainment",
    "cumulate",
    "growth",
    "point_change",
    "same_period_last_year",
    "share",
    "variance",
]

# Reprs, tracebacks and the docs name the public module, which stays valid when the
# private modules behind it move.
for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
