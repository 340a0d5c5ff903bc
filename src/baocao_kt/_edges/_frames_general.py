"""The general lowering of a ratio over any engine and column types: a long division.

Where no faster path applies (decimal and float columns, pyarrow, Dask partitions of
such columns, PySpark), each operand becomes an exact scaled Int64 (``_frames_exact``),
the ratio a long division of one decimal at a time, checked against the Int64 bound,
and the text is written from the integer (``_frames_text``): about fifty narwhals
expressions, the same answer on every engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from baocao_kt._edges._frames_exact import (
    AnyFrame,
    Operand,
    Scratch,
    aligned,
    decimal_operand,
    first_row,
    float_operand,
    integer_operand,
    long_division,
    pow10,
    unexact_error,
    with_nullable,
)
from baocao_kt._edges._frames_text import NOT_AVAILABLE, percent_text
from baocao_kt.errors import ValueKindError

if TYPE_CHECKING:
    import narwhals as nw

    from baocao_kt._edges._frames_ratios import Kind, Overflow

#: The most decimals of a decimal column: its digits are read into an Int64.
MAX_DECIMAL_SCALE = 17


def general_ratio(  # noqa: PLR0913, PLR0917 - add_ratio's checked arguments, passed on
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


def _refuse_unexact(
    scratch: Scratch,
    unexact: nw.Expr,
    count: int,
    columns: tuple[str, str],
    options: tuple[str, str],
) -> None:
    """Raise `MagnitudeError` for the ``count`` rows that cannot be computed exactly."""
    raise unexact_error(count, first_row(scratch.frame, unexact, columns), options)
