"""The text of a column of exact percents, written as bytes by NumPy: ``1.234,5%``.

A Python f-string per row costs about 5 ms for 20.000 rows, and handing pandas a list of
``str`` about 2 ms more to convert it; the ratio itself takes under one. Here each row is
a line of a byte matrix instead, right-aligned, so that every digit, group mark and comma
has a column of its own shared by all rows: a column of three digits is one lookup in a
table of ``000``…``999``, for all rows at once. Each row's text starts at a column of
its own (after the zeros in front of its first digit, or its minus), and the cells from
there on, taken row after row, are exactly the UTF-8 bytes of the strings one after
another: with the row lengths as offsets, that is an Arrow string array, which pandas'
``str`` dtype holds without copying or checking a single string.

The text is `percent_text`'s (and so `Percent.format`'s and `Points.format`'s): digits
grouped by ``.``, a decimal comma, a minus only before a value that is not zero (the
integer has no negative zero), ``n.a.`` where the value is null.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from baocao_kt._edges._frames_text import NOT_AVAILABLE

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_MINUS, _COMMA, _ZERO = ord("-"), ord(","), ord("0")


@cache
def _words() -> npt.NDArray[np.uint32]:
    """``.000`` to ``.999`` as the four bytes of a uint32 each: a group with its mark."""
    import numpy as np  # noqa: PLC0415

    numbers = np.arange(1000)
    digits = [numbers // 100, numbers // 10 % 10, numbers % 10]
    text = np.stack([np.full(1000, ord(".") - _ZERO), *digits], axis=1) + _ZERO
    return text.astype(np.uint8).view(np.uint32).ravel()


@cache
def _from(width: int) -> npt.NDArray[np.void]:
    """For each start ``s`` from 0 to ``width``, the row of ``width`` flags ``column ≥ s``."""
    import numpy as np  # noqa: PLC0415

    flags = np.arange(width)[np.newaxis, :] >= np.arange(width + 1)[:, np.newaxis]
    return flags.view(f"V{width}").ravel()


def text_array(
    exact: npt.NDArray[np.int64], ok: npt.NDArray[np.bool_], places: int, unit: str
) -> Any:  # noqa: ANN401 - a pandas array of the str dtype pandas itself would give
    """The text of each ``exact × 10^-places`` with ``unit``, ``n.a.`` where not ``ok``.

    ``exact`` is 0 where not ``ok``. The array has the dtype pandas gives ``astype(str)``
    (what the generic path's text has): its ``str`` dtype on pyarrow, built from the
    bytes directly; otherwise (pandas without pyarrow, or an older string option) the
    same bytes decoded row by row.

    >>> import numpy as np
    >>> values = np.array([123456, -5, 0, 7], dtype=np.int64)
    >>> list(text_array(values, values != 7, 2, "%"))
    ['1.234,56%', '-0,05%', '0,00%', 'n.a.']
    """
    import numpy as np  # noqa: PLC0415
    import pandas as pd  # type: ignore[import-untyped] # noqa: PLC0415 - no stubs; on first use

    data, offsets = _utf8(exact, ok, places, unit)
    # pandas 3 gives its str dtype (on pyarrow where installed); an older pandas or the
    # string option turned off, NumPy strings, which astype(str) makes object columns.
    dtype = pd.api.types.pandas_dtype(str)
    if not isinstance(dtype, pd.StringDtype):
        dtype = np.dtype(object)
    elif dtype.storage == "pyarrow":
        import pyarrow as pa  # type: ignore[import-untyped] # noqa: PLC0415 - pandas' str dtype is on it

        strings = pa.Array.from_buffers(
            pa.large_string(), exact.size, [None, pa.py_buffer(offsets), pa.py_buffer(data)]
        )
        return pd.arrays.ArrowStringArray(strings, dtype=dtype)
    text = data.tobytes()
    ends = offsets.tolist()
    return pd.array([text[start:end].decode() for start, end in pairwise(ends)], dtype=dtype)


def _utf8(
    exact: npt.NDArray[np.int64], ok: npt.NDArray[np.bool_], places: int, unit: str
) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.int64]]:
    """The UTF-8 bytes of every row's text one after another, and the rows' offsets.

    A row of the matrix is ``g`` words of four bytes, a group mark and three digits
    each (enough groups for the largest value; the first word's mark is the minus's
    place), then the comma and ``places`` digits, then the unit. A row's text starts at
    its first digit, or at its minus; ``n.a.`` takes the last four columns.
    """
    import numpy as np  # noqa: PLC0415

    rows = exact.size
    unit_bytes = np.frombuffer(unit.encode(), dtype=np.uint8)
    whole, fraction = np.divmod(np.abs(exact), np.int64(10**places))
    groups = max(1, (len(str(int(whole.max()) if rows else 0)) + 2) // 3)
    end = 4 * groups  # the column after the units digit
    width = end + (places + 1 if places else 0) + unit_bytes.size
    matrix = np.empty((rows, width), dtype=np.uint8)
    matrix[:, width - unit_bytes.size :] = unit_bytes
    if places:
        matrix[:, end] = _COMMA
        for column in range(end + places, end, -1):
            fraction, digit = np.divmod(fraction, np.int64(10))
            matrix[:, column] = digit + _ZERO
    words = matrix[:, :end].view(np.uint32)  # the same bytes, a group a cell
    # The digits of each row: 1 for 0 to 9, then one more at each power of ten.
    digits = 1 + np.searchsorted(10 ** np.arange(1, 3 * groups, dtype=np.int64), whole, "right")
    for group in range(groups - 1, -1, -1):
        whole, triple = np.divmod(whole, np.int64(1000))
        words[:, group] = _words().take(triple)
    start = end - digits - (digits - 1) // 3
    negative = np.flatnonzero(exact < 0)
    start[negative] -= 1
    matrix[negative, start[negative]] = _MINUS
    missing = np.flatnonzero(~ok)
    matrix[missing, width - len(NOT_AVAILABLE) :] = np.frombuffer(
        NOT_AVAILABLE.encode(), dtype=np.uint8
    )
    start[missing] = width - len(NOT_AVAILABLE)
    offsets = np.zeros(rows + 1, dtype=np.int64)
    np.cumsum(width - start, out=offsets[1:])
    # Row-major: the kept cells of row 0, then of row 1, …: the strings end to end.
    kept = _from(width).take(start).view(np.bool_)
    return np.compress(kept, matrix.ravel()), offsets
