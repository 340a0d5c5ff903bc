"""A NumPy path for the ratios of an eager pandas frame of integer columns.

The generic path (``_frames_general``) lowers a ratio to about fifty narwhals steps, and on
pandas each step costs about a millisecond whatever the size of the frame: 20.000 rows
take some 50 ms, where a ``DataFrame.apply`` of the scalar calculator takes 200 ms. The
common table of a notebook, two integer columns (figures in đồng, people, hectares), needs
none of the generic path's care for decimals and floats, and when the largest values of
the two columns are small enough every intermediate fits an ``int64``: the whole ratio is
then a handful of NumPy operations, and its text a byte matrix (``_frames_numpy_text``).

Where it applies, the answer is the generic path's, cell for cell and dtype for dtype
(the tests compare the two): the value an exact half-up ``Int64``, null where the ratio
has no meaning, a value is missing or the result is beyond `LIMIT`. A row beyond `LIMIT`
with ``overflow="raise"`` is handed to the generic path, which raises its own
`MagnitudeError` (one message, one place): an error costs milliseconds, not a second copy
of the message. Anything else (floats, decimals, larger values) is
``None``, and the generic path computes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from baocao_kt._edges._frames_exact import LIMIT
from baocao_kt._edges._frames_numpy_text import text_array

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from baocao_kt._edges._frames_ratios import Kind, Overflow

    Integers = npt.NDArray[np.int64]
    Flags = npt.NDArray[np.bool_]

#: One more than the largest int64: every intermediate stays below it.
INT64_END = 2**63


def numpy_ratio(  # noqa: PLR0913, PLR0917 - add_ratio's arguments, passed on
    native: Any,  # noqa: ANN401 - a pandas DataFrame
    kind: Kind,
    columns: tuple[str, str],
    places: int,
    names: tuple[str, str | None],
    overflow: Overflow,
) -> Any | None:  # noqa: ANN401 - a pandas DataFrame
    """The pandas frame with the ratio added, or ``None`` where this path does not apply.

    The arguments are `add_ratio`'s, already checked; ``names`` is the value column's
    name and the text column's (or ``None``). It applies to integer columns only (NumPy
    ``int8`` to ``uint64``, pandas' nullable ``Int8`` to ``UInt64``) whose largest
    sizes pass `fits`.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"a": [1, -3, 7], "b": [3, 4, 0]})
    >>> numpy_ratio(table, "attainment", ("a", "b"), 2, ("v", "t"), "raise")
       a  b     v       t
    0  1  3  3333  33,33%
    1 -3  4  <NA>    n.a.
    2  7  0  <NA>    n.a.
    >>> numpy_ratio(table.astype(float), "attainment", ("a", "b"), 2, ("v", "t"), "raise")
    """
    import numpy as np  # noqa: PLC0415 - pandas brings NumPy; imported on first use
    import pandas as pd  # type: ignore[import-untyped] # noqa: PLC0415 - no stubs; on first use

    if not isinstance(native, pd.DataFrame):
        return None
    first, second = (_integers(native, column) for column in columns)
    if first is None or second is None:
        return None
    (a, a_missing, a_size), (b, b_missing, b_size) = first, second
    if not fits(kind, a_size, b_size, places):
        return None
    if kind == "point_change":
        value, no_meaning, beyond = _points(a, b, places)
    else:
        value, no_meaning, beyond = _relative(kind, a, b, places)
    missing = a_missing | b_missing
    empty = missing | no_meaning
    if overflow == "raise" and (beyond & ~empty).any():
        return None  # the generic path raises its MagnitudeError, naming the first row
    ok = ~(empty | beyond)
    exact = np.where(ok, value, np.int64(0))
    name, text = names
    result = native.copy(deep=False)  # the caller's frame keeps its columns
    result[name] = pd.arrays.IntegerArray(exact, ~ok)
    if text is not None:
        unit = " điểm %" if kind == "point_change" else "%"
        result[text] = text_array(exact, ok, places, unit)
    # The labels inferred afresh, as the generic path's concat does (under pandas' string
    # options of the moment): a str Index, or object where the labels are mixed.
    result.columns = pd.Index(result.columns.tolist(), name=native.columns.name)
    return result


def fits(kind: Kind, a_size: int, b_size: int, places: int) -> bool:
    """Whether every row of columns of these largest sizes is computed exactly in int64.

    With ``α = max |a|`` and ``β = max |b|`` (a null read as 0) and ``k = 2 + places``:

    - both at most `LIMIT`, as the generic path reads an integer (a larger one is
      flagged there, row by row, and this path would not flag it);
    - attainment and share compute ``(2·|a|·10^k + d) // (2·d)`` with the divisor
      ``d = |b|`` (1 where b is 0): every intermediate is at most
      ``2·α·10^k + max(β, 1)``, which must be below 2⁶³;
    - variance and growth the same with ``|a − b| ≤ α + β`` in place of ``|a|``:
      ``2·(α + β)·10^k + max(β, 1) < 2⁶³`` (and ``a − b`` itself fits);
    - point_change ``(a − b)·10^places``: ``(α + β)·10^places < 2⁶³``.

    The quotient is at most half its numerator, so it fits too. No row can then wrap
    around, which NumPy would do silently.

    >>> fits("attainment", 10**12, 10**12, 8)  # 2·10^22: no
    False
    >>> fits("attainment", 10**6, 10**6, 1)
    True
    """
    if max(a_size, b_size) > LIMIT:
        return False
    power: int = 10**places  # an int: places is not negative
    if kind == "point_change":
        return (a_size + b_size) * power < INT64_END
    top = a_size + b_size if kind in {"variance", "growth"} else a_size
    return 2 * top * power * 100 + max(b_size, 1) < INT64_END


def _integers(native: Any, column: str) -> tuple[Integers, Flags, int] | None:  # noqa: ANN401 - a pandas DataFrame
    """An integer column as int64 values (0 where null), its nulls and its largest size.

    ``None`` for any other column: floats, decimals, booleans, and a ``uint64`` column
    with a value beyond `LIMIT` (not held by an int64). pyarrow-backed integers
    (``int64[pyarrow]``) are read as NumPy's.
    """
    import numpy as np  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415

    series = native[column]
    if not isinstance(series, pd.Series):  # a repeated column name
        return None
    array = series.array
    if isinstance(array, pd.arrays.IntegerArray):
        numpy_dtype = array.dtype.numpy_dtype
        values = array.to_numpy(dtype=numpy_dtype, na_value=numpy_dtype.type(0))
        missing = np.asarray(array.isna(), dtype=np.bool_)
    elif isinstance(series.dtype, pd.ArrowDtype) and series.dtype.kind in "iu":
        numpy_dtype = series.dtype.numpy_dtype  # int64[pyarrow]: read as NumPy int64
        values = series.to_numpy(dtype=numpy_dtype, na_value=numpy_dtype.type(0))
        missing = np.asarray(series.isna(), dtype=np.bool_)
    elif isinstance(series.dtype, np.dtype) and series.dtype.kind in "iu":
        values = series.to_numpy()
        missing = np.zeros(values.size, dtype=np.bool_)
    else:
        return None
    # The extremes in the column's own type, then as Python ints: no abs() wraps.
    size = max(int(values.max()), -int(values.min())) if values.size else 0
    if size > LIMIT:
        return None
    return values.astype(np.int64, copy=False), missing, size


def _relative(kind: Kind, a: Integers, b: Integers, places: int) -> tuple[Integers, Flags, Flags]:
    """The percent of each row, where it has no meaning and where it is beyond `LIMIT`.

    attainment and share ``|a| ÷ |b| × 100``; variance and growth ``(a − b) ÷ |b| × 100``,
    the sign of ``a − b`` and its size rounded half-up as the others: the generic path's
    ``s × (|a| ÷ |b| − 1)`` (s the sign of b) is the same number where a and b have one
    sign. No meaning where b is 0 or a and b have opposite signs; beyond where the whole
    part ``|a| // |b|`` passes the generic path's bound, exactly as it decides.
    """
    import numpy as np  # noqa: PLC0415

    power = 10 ** (2 + places)
    size = np.abs(b)
    zero = size == 0
    no_meaning = zero | ((a > 0) & (b < 0)) | ((a < 0) & (b > 0))
    divisor = np.where(zero, np.int64(1), size)
    size_a = np.abs(a)
    beyond = size_a // divisor > (LIMIT - power) // power
    if kind in {"attainment", "share"}:
        return (2 * size_a * power + divisor) // (2 * divisor), no_meaning, beyond
    difference = a - b
    rounded = (2 * np.abs(difference) * power + divisor) // (2 * divisor)
    return np.where(difference < 0, -rounded, rounded), no_meaning, beyond


def _points(a: Integers, b: Integers, places: int) -> tuple[Integers, Flags, Flags]:
    """The difference of two integer rates, in points at ``places``: exact, no rounding."""
    import numpy as np  # noqa: PLC0415

    power = 10**places
    difference = a - b
    beyond = np.abs(difference) > (LIMIT - power) // power
    return difference * power, np.zeros(a.size, dtype=np.bool_), beyond
