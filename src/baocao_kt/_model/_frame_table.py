"""Frames in and out of the model: columns written as a native frame, a frame read as cells.

Both go through narwhals (the ``frames`` extra), imported here on first use, so that
``import baocao_kt`` loads no dataframe library. Values stay exact both ways: a figure
column is a decimal column (polars ``Decimal``, pyarrow ``decimal128``, pandas backed by
pyarrow's decimal), never a float one, and a cell read back is checked, one by one, with a
`ReportDataError` naming the row, the column, the value and what would be right.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import Period
from baocao_kt._text._numbers import parse_number
from baocao_kt._values._convert import to_decimal
from baocao_kt.errors import BaoCaoError, MagnitudeError, OptionError, ReportDataError

__all__ = ["BACKENDS", "Backend", "Column", "Table", "write_frame"]

Backend = Literal["polars", "pandas", "pyarrow"]
#: The engines a frame is written for; polars is the default, the embedded engine.
BACKENDS = ("polars", "pandas", "pyarrow")
#: What a written column holds: text, a whole number, a flag, or exact decimals.
Column = Literal["text", "int", "bool", "decimal"]
# The most digits a decimal column holds: decimal128, in polars, pyarrow and pandas alike.
_DIGITS = 38
_SHOWN = 60
_FLAGS = {"true": True, "false": False}


def _narwhals() -> Any:  # noqa: ANN401 - the module, imported on first use
    try:
        import narwhals  # noqa: PLC0415 - optional, loaded on first use
    except ImportError as error:  # pragma: no cover - the test extra installs it
        message = "tables need narwhals: pip install 'baocao_kt[frames]'"
        raise ImportError(message) from error
    return narwhals


def write_frame(
    columns: Mapping[str, Sequence[object]],
    kinds: Mapping[str, Column],
    backend: object,
    what: str,
) -> Any:  # noqa: ANN401 - a native frame of the chosen engine
    """``columns`` as a native frame of ``backend``; a ``"decimal"`` column keeps every digit.

    Raises:
        OptionError: ``backend`` is not one of `BACKENDS`.
        MagnitudeError: The decimals of a column need more than 38 digits together.
    """
    if backend not in BACKENDS:
        raise OptionError(
            f"{what}: backend={backend!r} is not an engine; pass one of "
            + ", ".join(repr(name) for name in BACKENDS),
            option="backend",
            value=backend,
        )
    scales = {name: _scale(columns[name], what) for name in columns if kinds[name] == "decimal"}
    if backend == "pandas":  # narwhals would make a column of flags with an empty cell False
        return _pandas_frame(columns, kinds, scales)
    nw = _narwhals()
    types = {"text": nw.String(), "int": nw.Int64(), "bool": nw.Boolean()}
    schema = {
        name: nw.Decimal(_DIGITS, scales[name]) if kinds[name] == "decimal" else types[kinds[name]]
        for name in columns
    }
    return nw.from_dict(dict(columns), schema=schema, backend=backend).to_native()


def _pandas_frame(
    columns: Mapping[str, Sequence[object]], kinds: Mapping[str, Column], scales: dict[str, int]
) -> Any:  # noqa: ANN401 - a pandas DataFrame
    """A pandas frame of nullable columns; its decimals backed by pyarrow's, else Decimals."""
    pd = importlib.import_module("pandas")  # the caller's engine: untyped, loaded on use
    try:
        pa = importlib.import_module("pyarrow")
    except ImportError:  # pragma: no cover - the test extra installs it
        pa = None
    types: dict[str, object] = {"text": pd.StringDtype(), "int": "Int64", "bool": "boolean"}
    data = {}
    for name in columns:
        kind = kinds[name]
        if kind != "decimal":
            dtype = types[kind]
        elif pa is None:  # pragma: no cover - see above
            dtype = object
        else:
            dtype = pd.ArrowDtype(pa.decimal128(_DIGITS, scales[name]))
        data[name] = pd.array(list(columns[name]), dtype=dtype)
    return pd.DataFrame(data)


def _scale(values: Sequence[object], what: str) -> int:
    """The scale of a decimal column that holds every value exactly, in 38 digits."""
    scale, whole = 0, 1
    for value in values:
        if not isinstance(value, Decimal):
            continue
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101 - figures are finite (to_decimal)
        scale = max(scale, -exponent)
        whole = max(whole, value.adjusted() + 1)
    if scale + whole > _DIGITS:
        widest = max((v for v in values if isinstance(v, Decimal)), key=lambda v: (v.adjusted(), v))
        raise MagnitudeError(
            f"{what}: the figures need {whole} digits before the decimal point and {scale} "
            f"after it (such as {widest}); a decimal column holds {_DIGITS} digits in all, "
            "so write figures of such different sizes in a unit of their own",
            value=widest,
        )
    return scale


def _values(nw: Any, column: Any) -> list[object]:  # noqa: ANN401 - narwhals
    """A column's values; a float32 column's as numpy's float32, read by their own repr."""
    if column.dtype == nw.Float32:  # to_list widens to float: 0.1 would be 0.10000000149…
        return list(column.to_numpy())
    return column.to_list()  # type: ignore[no-any-return] # a list, of the column's values


def _trimmed(value: Decimal) -> Decimal:
    """The value without the trailing zeros its column's scale gave it (``12250.00``)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


class Table:
    """A native frame read into Python values, column by column, for checked cells.

    Args:
        frame: Any frame narwhals reads: pandas, polars (eager or lazy), pyarrow, DuckDB,
            Dask, … (a lazy one is collected).
        source: The frame's name in messages (``"<frame>"``).
        what: The function reading it, for messages (``"Report.from_frame"``).
    """

    __slots__ = ("_cells", "_nulls", "_periods", "height", "names", "source", "what")

    def __init__(self, frame: object, source: str, what: str) -> None:
        nw = _narwhals()
        self.source, self.what = source, what
        try:
            data = nw.from_native(frame)
        except TypeError as error:
            raise ReportDataError(
                f"{what}: {type(frame).__name__} is not a dataframe; pass a pandas, polars, "
                "pyarrow, DuckDB or Dask frame (any that narwhals reads)",
                source=source,
                key=None,
                value=frame,
            ) from error
        if isinstance(data, nw.LazyFrame):
            data = data.collect()
        self.names: tuple[str, ...] = tuple(str(name) for name in data.columns)
        self.height: int = len(data)
        self._cells = {name: _values(nw, data[name]) for name in self.names}
        self._nulls = {name: data[name].is_null().to_list() for name in self.names}
        # A district's table repeats a few labels on thousands of rows: each is read once.
        self._periods: dict[str, Period] = {}

    def check_columns(self, required: Sequence[str], optional: Sequence[str]) -> None:
        """Refuse a missing ``required`` column, and any column neither required nor optional."""
        known = (*required, *optional)
        for name in self.names:
            if name not in known:
                raise ReportDataError(
                    f"{self.source}: column {name!r} is not a column {self.what} reads; its "
                    f"columns are {', '.join(known)}; drop it or rename it (nothing in the "
                    "frame is left out silently)",
                    source=self.source,
                    key=f"column {name!r}",
                    value=name,
                )
        for name in required:
            if name not in self.names:
                raise ReportDataError(
                    f"{self.source}: column {name!r} is missing; {self.what} needs the columns "
                    + ", ".join(required),
                    source=self.source,
                    key=f"column {name!r}",
                    value=None,
                )

    def has(self, column: str) -> bool:
        """Whether the frame has ``column``."""
        return column in self._cells

    def raw(self, row: int, column: str) -> object:
        """The cell as the frame holds it (``None`` when null, or the column is absent)."""
        if column not in self._cells or self._nulls[column][row]:
            return None
        return self._cells[column][row]

    def error(self, row: int, column: str, reason: str) -> ReportDataError:
        """The error of a cell: ``reason`` says what is wrong and what would be right."""
        value = self.raw(row, column)
        return ReportDataError(
            f"{self.source}: row {row}, column {column!r} = {_show(value)}: {reason}",
            source=self.source,
            key=f"row {row}, column {column!r}",
            value=value,
        )

    def text(self, row: int, column: str, example: str, *, required: bool = False) -> str | None:
        """Non-empty text, or ``None`` for an empty cell (refused when ``required``)."""
        value = self.raw(row, column)
        if value is None:
            if required:
                raise self.error(row, column, f"is empty; write text such as {example}")
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(row, column, f"is not text; write text such as {example}")
        return value

    def integer(self, row: int, column: str) -> int | None:
        """A whole number (a float column's ``1.0`` is 1), or ``None`` for an empty cell."""
        value = self.raw(row, column)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            return int(value)  # a pandas column of ints with an empty cell is a float one
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise self.error(row, column, "is not a whole number; write one, such as 1")

    def flag(self, row: int, column: str) -> bool | None:
        """``True`` or ``False``, or ``None`` for an empty cell."""
        value = self.raw(row, column)
        if value is None or isinstance(value, bool):
            return value
        if type(value).__name__ == "bool_":  # numpy's, from a pandas object column
            return bool(value)
        if isinstance(value, str) and value.casefold() in _FLAGS:  # a CSV's, or Dask's text
            return _FLAGS[value.casefold()]
        raise self.error(row, column, "is not true or false; write a boolean")

    def number(self, row: int, column: str) -> Decimal:
        """A number, exactly: a decimal, an int, a float by its shortest repr, or text."""
        value = self.raw(row, column)
        if value is None:
            raise self.error(
                row, column, "is empty; a figure is needed (an empty cell is not taken as zero)"
            )
        try:
            if isinstance(value, str):  # text in Vietnamese notation, as a data file writes it
                return parse_number(value)
            if isinstance(value, Decimal):
                return _trimmed(to_decimal(value))
            return to_decimal(value)  # type: ignore[arg-type] # checked there: floats, ints…
        except BaoCaoError as error:
            raise self.error(row, column, str(error)) from error

    def period(self, row: int, column: str) -> Period:
        """A period, from its label (``"tháng 4/2026"``, ``"quý I/2026"``, ``"năm 2026"``)."""
        value = self.raw(row, column)
        if value is not None and not isinstance(value, str) and hasattr(value, "months"):
            return value  # type: ignore[return-value] # a period object in a pandas column
        text = self.text(row, column, "'tháng 4/2026' or 'quý I/2026'", required=True)
        assert text is not None  # noqa: S101 - required above, for mypy
        period = self._periods.get(text)
        if period is None:
            try:
                period = parse_period(text)
            except BaoCaoError as error:
                raise self.error(row, column, str(error)) from error
            self._periods[text] = period
        return period
