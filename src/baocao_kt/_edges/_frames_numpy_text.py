"""The text of a column of exact percents, written as bytes by NumPy: ``1.234,5%``.

A Python f-string per row costs about 5 ms for 20.000 rows, and handing pandas a list of
``str`` about 2 ms more to convert it; the ratio itself takes under one. Here each row is
a line of a byte matrix instead, right-aligned and padded with spaces in front, so that
every group of three digits, comma and digit has a column of its own shared by all rows:
a group with its mark is one ``uint32`` looked up in a table of ``.000`` … ``.999`` for
all rows at once (the leading group from a table without zeros in front, with or
without its minus). With offsets every ``width`` bytes, the matrix is already an Arrow
string array; Arrow's ``utf8_ltrim`` drops the spaces in front, and pandas' ``str`` dtype
holds the result without copying or checking a single string.

The text is `percent_text`'s (and so `Percent.format`'s and `Points.format`'s): digits
grouped by ``.``, a decimal comma, a minus only before a value that is not zero (the
integer has no negative zero), ``n.a.`` where the value is null. No text begins with a
space, so taking the spaces in front takes nothing else.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from baocao_kt._edges._frames_text import NOT_AVAILABLE

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_COMMA, _ZERO, _SPACE = ord(","), ord("0"), ord(" ")
#: The five tables of groups, one after another (1000 entries each): a group inside
#: (``.012``), a leading one without zeros in front (``  12``; blank for 0, a group
#: before the first), the same with its minus (`` -12``), and the units' group
#: leading, where 0 is written (``   0``, ``  -0`` for -0,5).
_INSIDE, _LEADING, _LEADING_MINUS, _UNITS, _UNITS_MINUS = range(5)


@cache
def _groups() -> npt.NDArray[np.uint32]:
    """Every group of three digits as four bytes in a uint32, in the five tables."""
    import numpy as np  # noqa: PLC0415

    def leading(minus: str, *, zero: bool) -> list[bytes]:
        return [(f"{minus}{n}" if n or zero else "").rjust(4).encode() for n in range(1000)]

    tables = [
        [f".{n:03d}".encode() for n in range(1000)],
        leading("", zero=False),
        leading("-", zero=False),
        leading("", zero=True),
        leading("-", zero=True),
    ]
    return np.frombuffer(b"".join(b"".join(table) for table in tables), dtype=np.uint32)


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

    matrix = _padded(exact, ok, places, unit)
    rows, width = matrix.shape
    # pandas 3 gives its str dtype (on pyarrow where installed); an older pandas or the
    # string option turned off, NumPy strings, which astype(str) makes object columns.
    dtype = pd.api.types.pandas_dtype(str)
    if not isinstance(dtype, pd.StringDtype):
        dtype = np.dtype(object)
    elif dtype.storage == "pyarrow":
        import pyarrow as pa  # type: ignore[import-untyped] # noqa: PLC0415 - pandas' str dtype is on it
        import pyarrow.compute as pc  # type: ignore[import-untyped] # noqa: PLC0415

        offsets = np.arange(0, rows * width + 1, width, dtype=np.int64)
        padded = pa.Array.from_buffers(
            pa.large_string(), rows, [None, pa.py_buffer(offsets), pa.py_buffer(matrix)]
        )
        return pd.arrays.ArrowStringArray(pc.utf8_ltrim(padded, " "), dtype=dtype)
    text = matrix.tobytes()
    return pd.array(
        [text[at : at + width].decode().lstrip(" ") for at in range(0, rows * width, width)],
        dtype=dtype,
    )


def _padded(
    exact: npt.NDArray[np.int64], ok: npt.NDArray[np.bool_], places: int, unit: str
) -> npt.NDArray[np.uint8]:
    """Each row's text in UTF-8, right-aligned with spaces in front, a row of the matrix.

    A row is ``g`` groups of four bytes (enough for the largest value), then the comma
    and ``places`` digits, then the unit; at least four bytes (``n.a.``).
    """
    import numpy as np  # noqa: PLC0415

    rows = exact.size
    unit_bytes = np.frombuffer(unit.encode(), dtype=np.uint8)
    negative = exact < 0
    whole, fraction = np.divmod(np.abs(exact), np.int64(10**places))
    count = max(1, (len(str(int(whole.max()) if rows else 0)) + 2) // 3)
    end = 4 * count  # the column after the units digit
    width = end + (places + 1 if places else 0) + unit_bytes.size
    matrix = np.empty((rows, width), dtype=np.uint8)
    matrix[:, width - unit_bytes.size :] = unit_bytes
    if places:
        matrix[:, end] = _COMMA
        for column in range(end + places, end, -1):
            fraction, digit = np.divmod(fraction, np.int64(10))
            matrix[:, column] = digit + _ZERO
    groups = matrix[:, :end].view(np.uint32)  # the same bytes, a group a cell
    leading = np.where(negative, _LEADING_MINUS, _LEADING)
    units = np.where(negative, _UNITS_MINUS, _UNITS)
    for group in range(count - 1, -1, -1):  # from the units' group leftwards
        whole, triple = np.divmod(whole, np.int64(1000))
        # The group leads where nothing is left above it (a group before the first: 0).
        table = np.where(whole == 0, units if group == count - 1 else leading, _INSIDE)
        groups[:, group] = _groups().take(triple + 1000 * table)
    missing = np.flatnonzero(~ok)
    matrix[missing, :] = _SPACE
    matrix[missing, width - len(NOT_AVAILABLE) :] = np.frombuffer(
        NOT_AVAILABLE.encode(), dtype=np.uint8
    )
    return matrix
