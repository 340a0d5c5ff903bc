"""The calculators over a dataframe: one exact percent column (and its text) per call.

Each function takes the caller's own frame (pandas, polars, pyarrow, DuckDB, Dask, …),
adds the columns through narwhals and hands back the same kind of frame. The lowering to
integer arithmetic is in ``_frames_exact``; this module checks the arguments, puts the
pieces together with the semantics of the scalar calculators, and refuses any row it
cannot compute exactly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from baocao_kt._edges._frames_duckdb import duckdb_ratio
from baocao_kt._edges._frames_exact import (
    AnyFrame,
    Operand,
    Scratch,
    aligned,
    decimal_operand,
    float_operand,
    integer_operand,
    long_division,
    pow10,
    unexact_error,
    with_nullable,
)
from baocao_kt._edges._frames_numpy import numpy_ratio
from baocao_kt._edges._frames_polars import polars_ratio
from baocao_kt._edges._frames_text import NOT_AVAILABLE, percent_text
from baocao_kt._edges._frames_wide import polars_has_int128
from baocao_kt.errors import OptionError, ValueKindError, ZeroBaseError

if TYPE_CHECKING:
    import narwhals as nw

#: The most decimals a frame's percent may have: the long division takes one step each.
MAX_PLACES = 8
#: The most decimals of a decimal column: its digits are read into an Int64.
MAX_DECIMAL_SCALE = 17

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


def operand(scratch: Scratch, schema: nw.Schema, column: str, option: str) -> Operand:
    """A numeric column as an exact scaled integer, or a `ValueKindError` naming its type."""
    import narwhals as nw  # noqa: PLC0415

    dtype = schema[column]
    if dtype.is_integer():
        return integer_operand(scratch, column)
    if isinstance(dtype, nw.Decimal):
        scale = dtype.scale or 0
        if scale > MAX_DECIMAL_SCALE:
            raise ValueKindError(
                f"{option}={column!r} is a decimal column of scale {scale}; the frames "
                f"calculators read decimals of at most {MAX_DECIMAL_SCALE} places: cast it "
                f"to a decimal of scale {MAX_DECIMAL_SCALE} or less",
                value=dtype,
            )
        return decimal_operand(scratch, column, scale)
    if dtype == nw.Float64:
        return float_operand(scratch, column)
    hint = ""
    if dtype == nw.Float32:
        hint = (
            " (a Float32 value is not the decimal it was typed as once widened: cast the "
            "column to Float64 or a decimal where it holds what you meant)"
        )
    elif dtype == nw.Object:
        hint = (
            " (a pandas column of Decimal objects: give it a decimal type, such as "
            "column.astype(pandas.ArrowDtype(pyarrow.decimal128(38, 3))) for 3 places)"
        )
    elif dtype == nw.String:
        hint = " (text: read it with parse_number, or cast a column of Python notation)"
    raise ValueKindError(
        f"{option}={column!r} is a {dtype} column, not a number; pass an integer, "
        f"decimal or Float64 column{hint}",
        value=dtype,
    )


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
    if check_zero(zero) == "raise":
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
    return _general(frame, kind, (left, right), places, (name, text), overflow)


def _general(  # noqa: PLR0913, PLR0917 - add_ratio's checked arguments, passed on
    frame: AnyFrame,
    kind: Kind,
    columns: tuple[str, str],
    places: int,
    names: tuple[str, str | None],
    overflow: Overflow,
) -> Any:  # noqa: ANN401 - the caller's own frame type
    """The general lowering, for any engine and column types: a long division in Int64."""
    import narwhals as nw  # noqa: PLC0415

    left, right = columns
    name, text = names
    schema = frame.collect_schema()
    options = ("rate", "reference_rate") if kind == "point_change" else ("actual", "reference")
    # An eager frame is computed on a narrow copy of the two columns, the result attached
    # once: pandas copies the whole frame at each of the ~50 steps otherwise.
    eager = isinstance(frame, nw.DataFrame)
    scratch = Scratch(frame.select(left, right) if eager else frame)
    value, missing, no_meaning, beyond, bad = _lowered(
        scratch, schema, kind, (left, right), options, places
    )
    (unexact,) = scratch.put(~missing & ~no_meaning & (bad | beyond))
    (ok_name,) = scratch.named(~(missing | no_meaning | unexact))
    ok = nw.col(ok_name)
    (exact_name,) = scratch.named(
        nw.when(ok).then(value).otherwise(nw.lit(0, nw.Int64)).cast(nw.Int64)
    )
    exact = nw.col(exact_name)
    largest = None
    # One aggregate pass: the check, and the largest value that sizes the text. A lazy
    # frame with overflow="null" runs no query at all, and its text takes every group.
    if overflow == "raise" or (text is not None and eager):
        count, largest = _survey(scratch, unexact, None if text is None else exact)
        if overflow == "raise" and count:
            _refuse_unexact(scratch, unexact, count, columns, options)
    _put_nullable(scratch, name, exact_name, ok_name)
    if text is not None:
        unit = " điểm %" if kind == "point_change" else "%"
        text_of = percent_text(scratch, exact, places, unit, largest)
        scratch.frame = scratch.frame.with_columns(
            nw.when(ok).then(text_of).otherwise(nw.lit(NOT_AVAILABLE)).alias(text)
        )
    if not eager:
        return scratch.finish().to_native()
    added = [name] if text is None else [name, text]
    return frame.with_columns(*(scratch.frame.get_column(c) for c in added)).to_native()


def _lowered(  # noqa: PLR0913, PLR0917 - add_ratio's pieces, passed on
    scratch: Scratch,
    schema: nw.Schema,
    kind: Kind,
    columns: tuple[str, str],
    options: tuple[str, str],
    places: int,
) -> tuple[nw.Expr, nw.Expr, nw.Expr, nw.Expr, nw.Expr]:
    """The general lowering: value, missing, no meaning, beyond, unrepresentable."""
    first = operand(scratch, schema, columns[0], options[0])
    second = operand(scratch, schema, columns[1], options[1])
    (top, bottom), scale, misaligned = aligned(scratch, [first, second])
    missing = first.missing | second.missing
    bad = first.bad | second.bad | misaligned
    if kind == "point_change":
        value, no_meaning, beyond = _points(scratch, top - bottom, scale, places)
    else:
        value, no_meaning, beyond = _relative(scratch, (top, bottom), columns, kind, places)
    return value, missing, no_meaning, beyond, bad


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


def _put_nullable(scratch: Scratch, name: str, exact: str, ok: str) -> None:
    """Add ``exact`` as column ``name``, null where not ``ok``, as an exact Int64."""
    scratch.frame = with_nullable(scratch.frame, name, exact, ok)


def _relative(
    scratch: Scratch,
    integers: tuple[nw.Expr, nw.Expr],
    columns: tuple[str, str],
    kind: Kind,
    places: int,
) -> tuple[nw.Expr, nw.Expr, nw.Expr]:
    """The percent of two aligned integers, where it has no meaning, and where it overflows.

    attainment and share: ``|a| ÷ |b| × 100`` (one sign, so the ratio of sizes); variance
    and growth: ``(a − b) ÷ |b| × 100 = s × (|a| ÷ |b| − 1) × 100`` with s the sign of b.
    """
    import narwhals as nw  # noqa: PLC0415

    top, bottom = integers
    # Signs from the columns themselves: an unrepresentable value was replaced by zero.
    positive = [(nw.col(c) > 0).fill_null(value=False) for c in columns]
    negative = [(nw.col(c) < 0).fill_null(value=False) for c in columns]
    zero, opposite = scratch.put(
        ~positive[1] & ~negative[1],
        (positive[0] & negative[1]) | (negative[0] & positive[1]),
    )
    (divisor,) = scratch.put(nw.when(bottom == 0).then(nw.lit(1, nw.Int64)).otherwise(bottom.abs()))
    digits = 2 + places
    quotient = long_division(top.abs(), divisor, digits)
    whole, half, beyond = scratch.put(quotient.whole, quotient.half, quotient.overflow)
    if kind in {"attainment", "share"}:
        value = whole + nw.when(half >= 0).then(nw.lit(1, nw.Int64)).otherwise(nw.lit(0, nw.Int64))
    else:
        hundred = 10**digits
        # Rounded half away from zero: above 100 %, up from the whole; below, the size of
        # (100 % − quotient) is (hundred − whole − 1) + (1 − rest), up when rest ≤ ½.
        above = whole - hundred + nw.when(half >= 0).then(1).otherwise(0)
        below = -(hundred - whole - 1 + nw.when(half <= 0).then(1).otherwise(0))
        change = nw.when(whole >= hundred).then(above).otherwise(below)
        value = nw.when(bottom < 0).then(-change).otherwise(change)
    return value, zero | opposite, beyond


def _points(
    scratch: Scratch, difference: nw.Expr, scale: int | nw.Expr, places: int
) -> tuple[nw.Expr, nw.Expr, nw.Expr]:
    """The difference of two rates (aligned integers of ``scale``) rounded to ``places``."""
    import narwhals as nw  # noqa: PLC0415

    (difference,) = scratch.put(difference)
    power = pow10(scale, 17)
    divisor = nw.lit(power, nw.Int64) if isinstance(power, int) else power
    (divisor,) = scratch.put(divisor)
    quotient = long_division(difference.abs(), divisor, places)
    whole, half, beyond = scratch.put(quotient.whole, quotient.half, quotient.overflow)
    size = whole + nw.when(half >= 0).then(nw.lit(1, nw.Int64)).otherwise(nw.lit(0, nw.Int64))
    value = nw.when(difference < 0).then(-size).otherwise(size)
    return value, nw.lit(value=False), beyond


def _survey(scratch: Scratch, unexact: nw.Expr, exact: nw.Expr | None) -> tuple[int, int | None]:
    """How many rows cannot be computed exactly, and the largest ``|exact|`` (one query).

    Without ``exact`` (no text wanted) only the count: the values are not computed twice.
    """
    import narwhals as nw  # noqa: PLC0415

    wanted = [unexact.cast(nw.Int64).sum().alias("count")]
    if exact is not None:
        wanted.append(exact.abs().max().alias("largest"))
    counted = scratch.frame.select(*wanted)
    if isinstance(counted, nw.LazyFrame):
        counted = counted.collect()
    count, *found = counted.row(0)
    if not found:
        return int(count or 0), None
    (largest,) = found
    # NumPy scalars (pandas) as Python ints; an empty frame's null (NaN in pandas) as 0.
    empty = largest is None or largest != largest  # noqa: PLR0124 - NaN is not itself
    return int(count or 0), 0 if empty else int(largest)


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
    example = frame.filter(at_zero).select(left, right).head(1)
    if isinstance(example, nw.LazyFrame):
        example = example.collect()
    # NumPy scalars (pandas) shown as the Python numbers they are.
    value, reference = (getattr(v, "item", lambda v=v: v)() for v in example.rows()[0])
    raise ZeroBaseError(
        f"{count} row(s) have a zero {options[1]}, such as {options[0]}={value!r}, "
        f"{options[1]}={reference!r}: a ratio to zero has no meaning; pass zero='null' "
        "(the default) to leave such rows empty, their text n.a.",
        numerator=value,
    )


def _refuse_unexact(
    scratch: Scratch,
    unexact: nw.Expr,
    count: int,
    columns: tuple[str, str],
    options: tuple[str, str],
) -> None:
    """Raise `MagnitudeError` for the ``count`` rows that cannot be computed exactly."""
    import narwhals as nw  # noqa: PLC0415

    example = scratch.frame.filter(unexact).select(*columns).head(1)
    if isinstance(example, nw.LazyFrame):
        example = example.collect()
    # NumPy scalars (pandas) shown as the Python numbers they are.
    row = tuple(getattr(v, "item", lambda v=v: v)() for v in example.rows()[0])
    raise unexact_error(count, row, options)
