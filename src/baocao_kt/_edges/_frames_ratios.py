"""The calculators over a dataframe: one exact percent column (and its text) per call.

Each function takes the caller's own frame (pandas, polars, pyarrow, DuckDB, Dask, …),
adds the columns through narwhals and hands back the same kind of frame. The lowering to
integer arithmetic is in ``_frames_exact`` and ``_frames_general``; this module checks
the arguments and hands each frame to the fastest path that gives the general answer:
polars and DuckDB integers (one division), pandas integers (NumPy), else the general
lowering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from baocao_kt._edges._frames_duckdb import computed_once, duckdb_ratio
from baocao_kt._edges._frames_exact import AnyFrame, first_row
from baocao_kt._edges._frames_general import general_ratio
from baocao_kt._edges._frames_numpy import numpy_ratio
from baocao_kt._edges._frames_polars import polars_ratio
from baocao_kt._edges._frames_wide import polars_has_int128
from baocao_kt.errors import OptionError, ValueKindError, ZeroBaseError

if TYPE_CHECKING:
    import narwhals as nw

#: The most decimals a frame's percent may have: the long division takes one step each.
MAX_PLACES = 8

Kind = Literal["attainment", "variance", "growth", "share", "point_change"]
Overflow = Literal["raise", "null"]
Zero = Literal["null", "raise"]


def frame_of(native: Any, function: str) -> AnyFrame:  # noqa: ANN401 - any engine's frame
    """The narwhals frame of a caller's frame, or a `ValueKindError` naming what would do."""
    import narwhals as nw  # noqa: PLC0415

    try:
        return nw.from_native(native)
    except TypeError:
        raise ValueKindError(
            f"{function}() takes a dataframe (pandas, polars, pyarrow, DuckDB, Dask, "
            f"PySpark…), not a {type(native).__name__}",
            value=native,
        ) from None


def check_column(schema: nw.Schema, column: object, option: str) -> str:
    """The name of an existing column, or an `OptionError` listing the columns there are."""
    if not isinstance(column, str) or column not in schema:
        raise OptionError(
            f"{option}={column!r} is not a column of the frame; its columns are "
            f"{list(schema.names())}",
            option=option,
            value=column,
        )
    return column


def check_new_name(schema: nw.Schema, name: str, option: str) -> str:
    """A name for a new column that does not replace one of the caller's."""
    if not isinstance(name, str) or not name:
        raise OptionError(
            f"{option}={name!r} is not a column name; pass a non-empty str",
            option=option,
            value=name,
        )
    if name in schema:
        raise OptionError(
            f"{option}={name!r} is already a column of the frame; pass another name "
            "(a column of yours is never overwritten)",
            option=option,
            value=name,
        )
    return name


def check_places(places: object) -> int:
    """``places`` if it is an int from 0 to `MAX_PLACES`, else an `OptionError`."""
    if type(places) is not int or not 0 <= places <= MAX_PLACES:
        raise OptionError(
            f"places={places!r} is not a number of decimals the frames calculators take; "
            f"pass an int from 0 to {MAX_PLACES}",
            option="places",
            value=places,
        )
    return places


def check_overflow(overflow: object) -> Overflow:
    """``overflow`` if it is ``"raise"`` or ``"null"``."""
    if overflow == "raise":
        return "raise"
    if overflow == "null":
        return "null"
    raise OptionError(
        f"overflow={overflow!r} is not understood; pass 'raise' (the default: a row that "
        "cannot be computed exactly is an error) or 'null'",
        option="overflow",
        value=overflow,
    )


def check_zero(zero: object) -> Zero:
    """``zero`` if it is ``"null"`` or ``"raise"``."""
    if zero == "null":
        return "null"
    if zero == "raise":
        return "raise"
    raise OptionError(
        f"zero={zero!r} is not understood; pass 'null' (the default: a row with a zero "
        "reference has no value, its text is n.a.) or 'raise' (such a row is a "
        "ZeroBaseError)",
        option="zero",
        value=zero,
    )


def add_ratio(  # noqa: PLR0913, PLR0917 - the public signature, passed on
    native: Any,  # noqa: ANN401 - any engine's frame
    kind: Kind,
    columns: tuple[str, str],
    places: int,
    names: tuple[str | None, str | None],
    overflow: Overflow,
    zero: Zero = "null",
) -> Any:  # noqa: ANN401 - the caller's own frame type
    """The caller's frame with the ``kind`` percent of two columns (and its text) added."""
    import narwhals as nw  # noqa: PLC0415

    if type(native).__module__.startswith("dask."):
        return _by_partition(native, kind, columns, places, names, (overflow, zero))
    frame = frame_of(native, kind)
    places = check_places(places)
    overflow = check_overflow(overflow)
    schema = frame.collect_schema()
    options = ("rate", "reference_rate") if kind == "point_change" else ("actual", "reference")
    left, right = (check_column(schema, c, o) for c, o in zip(columns, options, strict=True))
    name, text = _new_names(schema, kind, names)
    zero = check_zero(zero)
    if frame.implementation.is_duckdb() and "raise" in {overflow, zero}:
        # Checked at the call: computed once, the checks and the result read its rows.
        native = computed_once(native)
        frame = frame_of(native, kind)
    if zero == "raise":
        _refuse_zero(frame, (left, right), options)
    integers = schema[left].is_integer() and schema[right].is_integer()
    # Up to 64 bits: the one-division paths keep 2·|a|·10^k within 128 bits.
    narrow = not {schema[left], schema[right]} & {nw.Int128, nw.UInt128}
    implementation = frame.implementation
    if integers and narrow and implementation.is_polars() and polars_has_int128():
        return polars_ratio(native, kind, (left, right), places, (name, text), overflow, options)
    if integers and implementation.is_duckdb() and narrow:
        return duckdb_ratio(native, kind, (left, right), places, (name, text), overflow, options)
    if implementation.is_pandas():  # integer columns: a few NumPy steps, not fifty
        fast = numpy_ratio(native, kind, (left, right), places, (name, text), overflow)
        if fast is not None:
            return fast
    return general_ratio(frame, kind, (left, right), places, (name, text), overflow)


def _new_names(
    schema: nw.Schema, kind: Kind, names: tuple[str | None, str | None]
) -> tuple[str, str | None]:
    """The value column's name and the text column's, checked: new and distinct."""
    name = check_new_name(schema, kind if names[0] is None else names[0], "name")
    text = None if names[1] is None else check_new_name(schema, names[1], "text")
    if text == name:
        raise OptionError(
            f"text={text!r} is also the name of the value column; give them two names",
            option="text",
            value=text,
        )
    return name, text


def _by_partition(  # noqa: PLR0913, PLR0917 - add_ratio's arguments, passed on
    native: Any,  # noqa: ANN401 - a Dask DataFrame
    kind: Kind,
    columns: tuple[str, str],
    places: int,
    names: tuple[str | None, str | None],
    checks: tuple[Overflow, Zero],
) -> Any:  # noqa: ANN401 - a Dask DataFrame
    """A Dask frame: each partition computed as the pandas frame it is, in the workers.

    The ratios are row by row, so a partition needs no other; one pandas step per
    partition keeps Dask's graph small (fifty narwhals steps take Dask seconds to plan).
    A row beyond the exact range (or with a zero reference, with ``zero="raise"``)
    raises when the frame is computed, with no pass before. The arguments are checked
    at once, on the frame's empty pandas model.
    """

    def compute(part: Any) -> Any:  # noqa: ANN401 - a pandas DataFrame
        return add_ratio(part, kind, columns, places, names, *checks)

    meta = compute(native._meta)  # noqa: SLF001 - Dask's documented model of a partition
    return native.map_partitions(compute, meta=meta)


def _refuse_zero(frame: AnyFrame, columns: tuple[str, str], options: tuple[str, str]) -> None:
    """Raise `ZeroBaseError` if a row has a value and a zero reference (one query)."""
    import narwhals as nw  # noqa: PLC0415

    left, right = columns
    present = ~nw.col(left).is_null()
    if frame.collect_schema()[left].is_float():
        present = present & ~nw.col(left).is_nan()
    at_zero = (nw.col(right) == 0) & present
    counted = frame.select(at_zero.cast(nw.Int64).sum().alias("count"))
    if isinstance(counted, nw.LazyFrame):
        counted = counted.collect()
    count = int(counted.item(0, 0) or 0)
    if not count:
        return
    value, reference = first_row(frame, at_zero, (left, right))
    raise ZeroBaseError(
        f"{count} row(s) have a zero {options[1]}, such as {options[0]}={value!r}, "
        f"{options[1]}={reference!r}: a ratio to zero has no meaning; pass zero='null' "
        "(the default) to leave such rows empty, their text n.a.",
        numerator=value,
    )
