"""`cumulate` on pandas (and on each partition of a Dask frame shuffled by its groups).

The method of the polars and DuckDB passes (``_frames_polars_windows``) in NumPy: the
rows sorted by group, window and month once; one running sum per column within each
window (``groupby(...).cumsum()``); whether the window's months so far were each given
once read from the window's sum of base-32 month digits, ``32^(month − 1)``, whose digits
1 to m read 1 from the window's first month on exactly when they were. That sum and the
row count are int64: at most 31 rows (checked first) keep the digits below 2⁶⁰ with no
carry. A value beyond 2⁵⁹ counts as missing, so that a complete window of twelve sums
within int64. Integer columns only (NumPy or nullable pandas integers); the result keeps
the caller's index and row order, each total a nullable ``Int64``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from baocao_kt._edges._frames_exact import WINDOW_MOST_ROWS, WINDOW_VALUE_BOUND

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


def pandas_integer(native: Any, column: str) -> bool:  # noqa: ANN401 - a pandas DataFrame or None
    """Whether ``column`` of a pandas frame is a NumPy or nullable pandas integer column."""
    import numpy as np  # noqa: PLC0415
    import pandas as pd  # type: ignore[import-untyped] # noqa: PLC0415 - no stubs; on first use

    if native is None:
        return False
    series = native[column]
    if not isinstance(series, pd.Series):  # a repeated column name
        return False
    dtype = series.dtype
    return isinstance(series.array, pd.arrays.IntegerArray) or (
        isinstance(dtype, np.dtype) and dtype.kind in "iu"
    )


def pandas_cumulate(  # noqa: PLR0913, PLR0917 - cumulate's checked arguments, passed on
    native: Any,  # noqa: ANN401 - a pandas DataFrame
    groups: list[str],
    period: str,
    values: list[str],
    first_months: tuple[int, ...],
    names: list[str],
) -> Any:  # noqa: ANN401 - a pandas DataFrame
    """The frame with the running totals of the integer ``values`` columns, as ``names``."""
    import numpy as np  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415

    size = len(native)
    month = pd.to_numeric(native[period], errors="raise").to_numpy(dtype="float64", na_value=np.nan)
    valid = (month >= 1) & (month <= 12)  # NaN compares False
    for column in groups:
        valid &= native[column].notna().to_numpy()
    whole_month = np.where(valid, month, 1).astype(np.int64)
    firsts = np.asarray((0, *first_months), dtype=np.int64)[whole_month]
    # Sorted by group, window and month; the caller's order is restored at the end.
    keys = pd.DataFrame({f"k{i}": native[c].to_numpy() for i, c in enumerate(groups)})
    keys["first"], keys["month"] = firsts, whole_month
    order = keys.sort_values([*keys.columns[: len(groups)], "first", "month"], kind="stable").index
    order = order.to_numpy()
    window = (
        keys.iloc[order]
        .groupby([*keys.columns[: len(groups)], "first"], sort=False, dropna=False)
        .ngroup()
        .to_numpy()
    )
    sorted_valid = valid[order]
    sorted_month = whole_month[order]
    digit = np.where(sorted_valid, 32 ** (sorted_month - 1), 0)
    by_window = pd.Series(window)
    rows = pd.Series(sorted_valid.astype(np.int64)).groupby(by_window).transform("sum").to_numpy()
    tally = pd.Series(digit).groupby(by_window).transform("sum").to_numpy()
    ones = _ones(first_months)[sorted_month]
    complete = (
        sorted_valid
        & (rows <= WINDOW_MOST_ROWS)
        & (tally % (32 * 32 ** (sorted_month - 1)) == ones)
    )
    result = native.copy(deep=False)
    for column, name in zip(values, names, strict=True):
        numbers, missing = _numbers(native[column])
        numbers, missing = numbers[order], missing[order]
        counted = np.where(sorted_valid & ~missing, numbers, 0)
        running = pd.Series(counted).groupby(by_window).cumsum().to_numpy()
        gaps = pd.Series((sorted_valid & missing).astype(np.int64)).groupby(by_window).cumsum()
        keep = complete & (gaps.to_numpy() == 0)
        totals = np.empty(size, dtype=np.int64)
        empty = np.empty(size, dtype=np.bool_)
        totals[order], empty[order] = running, ~keep
        result[name] = pd.arrays.IntegerArray(totals, empty)
    return result


def _numbers(series: Any) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.bool_]]:  # noqa: ANN401 - a pandas Series
    """An integer column as int64 (0 where missing) and where it counts as missing."""
    import numpy as np  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415

    array = series.array
    if isinstance(array, pd.arrays.IntegerArray):
        numpy_dtype = array.dtype.numpy_dtype
        raw = array.to_numpy(dtype=numpy_dtype, na_value=numpy_dtype.type(0))
        missing = np.asarray(array.isna(), dtype=np.bool_)
    else:
        raw = series.to_numpy()
        missing = np.zeros(raw.size, dtype=np.bool_)
    # Compared in the column's own type: a uint64 beyond int64 is beyond the bound too.
    beyond = (
        (raw > WINDOW_VALUE_BOUND) | (raw < -WINDOW_VALUE_BOUND)
        if raw.dtype.kind == "i"
        else raw > WINDOW_VALUE_BOUND
    )
    missing = missing | beyond
    return np.where(missing, 0, raw).astype(np.int64), missing


def _ones(first_months: tuple[int, ...]) -> npt.NDArray[np.int64]:
    """For each month (index 1 to 12), the digits its complete window's sum reads."""
    import numpy as np  # noqa: PLC0415

    table = [0]
    for month, first in enumerate(first_months, start=1):
        table.append(sum(32 ** (k - 1) for k in range(first, month + 1)))
    return np.asarray(table, dtype=np.int64)
