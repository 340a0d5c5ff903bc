"""Exact percents over dataframes: every ratio lowered to Int64 arithmetic, on any engine.

Engines round differently (pandas, polars and Dask half-even; pyarrow, DuckDB and Spark
half-away-from-zero) and some divide decimals in floating point, so nothing here uses an
engine's ``/`` on values or its ``round`` on a result. Each operand becomes an exact
scaled integer ``N × 10^-k`` in an Int64 column; a percent is then a long division of two
such integers with an explicit half-up rounding, written with narwhals expressions that
every engine evaluates the same way.

The one bound, `LIMIT`: every scaled integer, every divisor and every result stays at or
below it, so that no multiplication by 10 can overflow Int64 (which polars and pandas
would wrap silently). A row beyond it is flagged, never computed wrongly. Before any
multiplication the inputs of a flagged row are replaced by zero, so that no engine
overflows (DuckDB would raise) while computing the branch that is then discarded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from baocao_kt.errors import MagnitudeError

if TYPE_CHECKING:
    import narwhals as nw

#: A narwhals DataFrame or LazyFrame. narwhals types each method for one of the two
#: (``join`` takes a frame of its own kind), which code serving both cannot express.
AnyFrame: TypeAlias = Any

#: The largest scaled integer, divisor or result: ``(2⁶³ − 1) // 10``, so that ten times
#: it plus a digit still fits Int64.
LIMIT = (2**63 - 1) // 10 - 1
#: A float is exact as ``N × 10^-k`` only while ``|x| × 10^k`` stays below 2⁵⁰ (then the
#: product and its rounding err by less than ¼ unit, see `float_operand`).
FLOAT_BOUND = 2.0**50
#: The most decimals a float's shortest repr may have here (10^17 is an exact float).
MAX_FLOAT_SCALE = 17

# The windows of `cumulate` (polars, DuckDB, pandas: the same method in each engine's
# own expressions). A value beyond WINDOW_VALUE_BOUND counts as missing, so that twelve
# of the others add up within Int64; a missing value adds WINDOW_MISSING to its column's
# 128-bit running sum, which then cannot be below 2⁶³; a window of more rows than
# WINDOW_MOST_ROWS could carry one base-32 month digit into the next.
WINDOW_VALUE_BOUND = 2**59
WINDOW_MISSING = 2**64
WINDOW_MOST_ROWS = 31


def fresh_names(taken: set[str], count: int, *, first: int = 0) -> list[str]:
    """``count`` names for scratch columns (``__baocao_kt_N``) that are not ``taken``."""
    names = []
    for index in range(first, first + count):
        name = f"__baocao_kt_{index}"
        while name in taken:
            name += "_"
        names.append(name)
    return names


def unexact_error(count: int, row: tuple[Any, ...], options: tuple[str, str]) -> MagnitudeError:
    """The error for ``count`` rows beyond the exact range, ``row`` the first of them."""
    shown = ", ".join(f"{o}={v!r}" for o, v in zip(options, row, strict=True))
    return MagnitudeError(
        f"{count} row(s) cannot be computed exactly, such as {shown}: a value or its "
        f"percent is beyond the exact range of the frames calculators (scaled integers up "
        f"to {LIMIT:_}, floats whose shortest repr has at most 17 decimals and stays below "
        "2^50 when scaled, no infinities); pass overflow='null' to leave them empty, or "
        "compute those rows with the scalar calculators",
        value=row,
    )


def first_row(frame: AnyFrame, where: nw.Expr, columns: tuple[str, ...]) -> tuple[Any, ...]:
    """The ``columns`` of the first row ``where`` holds, as Python values (one query).

    For an error message: NumPy scalars (pandas) are shown as the numbers they are.
    """
    import narwhals as nw  # noqa: PLC0415

    example = frame.filter(where).select(*columns).head(1)
    if isinstance(example, nw.LazyFrame):
        example = example.collect()
    return tuple(getattr(v, "item", lambda v=v: v)() for v in example.rows()[0])


class Scratch:
    """A frame being computed on, and the scratch columns added to it along the way.

    Narwhals expressions are trees: an expression used twice is computed twice, and
    the lowering reuses each intermediate many times. Each stage is therefore stored
    in a scratch column and read back by name; `finish` drops them all.
    """

    def __init__(self, frame: AnyFrame) -> None:
        self.frame = frame
        self._names: list[str] = []
        self._taken = set(frame.collect_schema().names())

    def put(self, *exprs: nw.Expr) -> list[nw.Expr]:
        """Store the expressions in new scratch columns; return references to them."""
        import narwhals as nw  # noqa: PLC0415

        return [nw.col(name) for name in self.named(*exprs)]

    def named(self, *exprs: nw.Expr) -> list[str]:
        """Store the expressions in new scratch columns; return their names."""
        names = fresh_names(self._taken, len(exprs), first=len(self._names))
        self._taken.update(names)
        self._names.extend(names)
        self.frame = self.frame.with_columns(**dict(zip(names, exprs, strict=True)))
        return names

    @property
    def names(self) -> list[str]:
        """The scratch columns so far, in the order they were added."""
        return list(self._names)

    def one(self, expr: nw.Expr) -> nw.Expr:
        """Store one expression; return a reference to it."""
        return self.put(expr)[0]

    def finish(self) -> AnyFrame:
        """The frame without its scratch columns."""
        return self.frame.drop(self._names)


@attrs.frozen
class Operand:
    """One column as an exact scaled integer: the value is ``integer × 10^-scale``.

    Attributes:
        integer: An Int64 expression; zero where the row is missing or unrepresentable.
        scale: The decimals, an int for the whole column or an Int64 expression per row.
        missing: True where the input is null (or a float NaN).
        bad: True where the input is present but cannot be held exactly.
    """

    integer: nw.Expr
    scale: int | nw.Expr
    missing: nw.Expr
    bad: nw.Expr


def pow10(exponent: int | nw.Expr, top: int) -> int | nw.Expr:
    """``10 ** exponent`` as an Int64, for an exponent from 0 to ``top``."""
    import narwhals as nw  # noqa: PLC0415 - the frames extra is imported on first use

    if isinstance(exponent, int):
        return int(10**exponent)
    result = nw.lit(10**top, nw.Int64)
    for power in range(top - 1, -1, -1):
        result = nw.when(exponent == power).then(nw.lit(10**power, nw.Int64)).otherwise(result)
    return result


def integer_operand(scratch: Scratch, column: str) -> Operand:
    """An integer column: its own values, scale 0."""
    import narwhals as nw  # noqa: PLC0415

    value = nw.col(column)
    missing, bad = scratch.put(
        value.is_null(), ~value.is_null() & ((value > LIMIT) | (value < -LIMIT))
    )
    integer = scratch.one(
        # Nulls filled before the cast: Dask casts to NumPy int64, which has no null.
        nw.when(missing | bad)
        .then(nw.lit(0, nw.Int64))
        .otherwise(value.fill_null(0).cast(nw.Int64))
    )
    return Operand(integer, 0, missing, bad)


def decimal_operand(scratch: Scratch, column: str, scale: int) -> Operand:
    """A decimal column of a fixed ``scale``: its digits, read from its exact text.

    The engine's text of a decimal (``"-0.05"`` for DECIMAL(12, 2)) has exactly ``scale``
    decimals; without the point it is the scaled integer. Its length is checked before
    the cast, so a decimal of 19 digits or more is flagged instead of overflowing.
    """
    import narwhals as nw  # noqa: PLC0415

    value = nw.col(column)
    (missing,) = scratch.put(value.is_null())
    (text,) = scratch.put(value.cast(nw.String).str.replace_all(".", "", literal=True))
    too_long = text.str.replace_all("-", "", literal=True).str.len_chars() > 18
    (long_,) = scratch.put(too_long.fill_null(value=False))
    (safe,) = scratch.put(nw.when(missing | long_).then(nw.lit("0")).otherwise(text).cast(nw.Int64))
    (bad,) = scratch.put(~missing & (long_ | (safe > LIMIT) | (safe < -LIMIT)))
    integer = scratch.one(nw.when(missing | bad).then(nw.lit(0, nw.Int64)).otherwise(safe))
    return Operand(integer, scale, missing, bad)


def float_operand(scratch: Scratch, column: str) -> Operand:
    """A float column, each value read as its shortest repr (0.1 is exactly 0,1).

    For each scale k from 0 up, the candidate is ``N = round(x × 10^k)``; it is the
    value when ``N / 10^k == x``, the first k that holds giving the shortest decimal,
    which is the repr Python writes. This is exact, not an approximation: with
    ``|x| × 10^k < 2⁵⁰`` the product errs by under ⅛ and so does x from any decimal of k
    places that reads back as x, so the nearest integer is that decimal (whatever way the
    engine rounds a half, which no such decimal is near); and since N < 2⁵³ and 10^k ≤ 10²²
    are exact floats, ``N / 10^k`` is the correctly rounded reading of the decimal, as
    Python's ``float("...")`` is (divided by a column, not a literal, see below). Values
    whose repr needs more (``1e-30``, ``0.30000000000000004``, ``1e20``, infinities) are
    flagged as unrepresentable.
    """
    import narwhals as nw  # noqa: PLC0415

    value = nw.col(column)
    (missing,) = scratch.put(value.is_null() | value.is_nan().fill_null(value=False))
    finite = value.is_finite().fill_null(value=False)
    (infinite,) = scratch.put(~missing & ~finite)
    (safe,) = scratch.put(nw.when(missing | infinite).then(nw.lit(0.0)).otherwise(value))
    # A column of zeros to add the powers of ten to: polars divides by a literal as a
    # multiplication by its reciprocal (3.0 / 10.0 is then 0.30000000000000004), but
    # divides column by column as IEEE 754 does, correctly rounded.
    magnitude, zeros = scratch.put(safe.abs(), safe.abs() * 0.0)
    integer: nw.Expr = nw.lit(0, nw.Int64)
    scale: nw.Expr = nw.lit(-1, nw.Int64)
    # From the longest candidate down, so that the shortest that holds is the one kept.
    for places in range(MAX_FLOAT_SCALE, -1, -1):
        factor = float(10**places)
        fits = magnitude < FLOAT_BOUND / factor
        (scaled,) = scratch.put(nw.when(fits).then(safe * factor).otherwise(nw.lit(0.0)).round(0))
        holds = fits & (scaled / (zeros + factor) == safe)
        integer = nw.when(holds).then(scaled.cast(nw.Int64)).otherwise(integer)
        scale = nw.when(holds).then(nw.lit(places, nw.Int64)).otherwise(scale)
    integer, scale = scratch.put(integer, scale)
    (bad,) = scratch.put(infinite | (~missing & (scale < 0)))
    integer, scale = scratch.put(
        nw.when(missing | bad).then(nw.lit(0, nw.Int64)).otherwise(integer),
        nw.when(scale < 0).then(nw.lit(0, nw.Int64)).otherwise(scale),
    )
    return Operand(integer, scale, missing, bad)


def aligned(
    scratch: Scratch, operands: Sequence[Operand]
) -> tuple[list[nw.Expr], int | nw.Expr, nw.Expr]:
    """The operands as integers of one common scale, that scale, and where it overflows."""
    import narwhals as nw  # noqa: PLC0415

    scales = [operand.scale for operand in operands]
    common: int | nw.Expr
    if all(isinstance(scale, int) for scale in scales):
        common = max(scale for scale in scales if isinstance(scale, int))
    else:
        (common,) = scratch.put(
            nw.max_horizontal(*(nw.lit(s, nw.Int64) if isinstance(s, int) else s for s in scales))
        )
    integers: list[nw.Expr] = []
    overflow: nw.Expr = nw.lit(value=False)
    for operand in operands:
        shift = common - operand.scale
        if isinstance(shift, int) and shift == 0:
            integers.append(operand.integer)
            continue
        power = pow10(shift, MAX_FLOAT_SCALE)
        factor: int | nw.Expr
        limit: int | nw.Expr
        if isinstance(power, int):
            factor, limit = power, LIMIT // power
        else:
            (factor,) = scratch.put(power)
            limit = nw.lit(LIMIT, nw.Int64) // factor
        (too_big,) = scratch.put((operand.integer > limit) | (operand.integer < -limit))
        overflow = overflow | too_big
        integers.append(
            nw.when(too_big).then(nw.lit(0, nw.Int64)).otherwise(operand.integer) * factor
        )
    *integers, overflow = scratch.put(*integers, overflow)
    return integers, common, overflow


@attrs.frozen
class Quotient:
    """``|top| × 10^digits ÷ divisor`` as a whole part and how its rest compares with ½.

    Attributes:
        whole: The quotient rounded down (Int64).
        half: ``-1``, ``0`` or ``1`` as the rest is below, at or above one half.
        overflow: True where the quotient would pass `LIMIT`.
    """

    whole: nw.Expr
    half: nw.Expr
    overflow: nw.Expr


def long_division(top: nw.Expr, divisor: nw.Expr, digits: int) -> Quotient:
    """Divide ``top ≥ 0`` by ``0 < divisor ≤ LIMIT``, with ``digits`` decimals, exactly.

    School long division, one decimal at a time: the rest is below the divisor, so ten
    times it fits Int64; only ``//`` and ``%`` of non-negative Int64s are used, which
    every engine computes alike.
    """
    import narwhals as nw  # noqa: PLC0415

    whole = top // divisor
    rest = top % divisor
    # The result is whole × 10^digits + (less than 10^digits): it fits when whole does.
    most = (LIMIT - 10**digits) // 10**digits
    overflow = whole > most
    whole = nw.when(overflow).then(nw.lit(0, nw.Int64)).otherwise(whole)
    result = whole * 10**digits if digits else whole
    for place in range(digits - 1, -1, -1):
        rest = rest * 10
        digit = rest // divisor
        rest = rest % divisor
        result = result + (digit * 10**place if place else digit)
    twice = rest * 2
    half = (
        nw.when(twice > divisor)
        .then(nw.lit(1, nw.Int64))
        .otherwise(
            nw.when(twice == divisor).then(nw.lit(0, nw.Int64)).otherwise(nw.lit(-1, nw.Int64))
        )
    )
    return Quotient(result, half, overflow)


def with_nullable(frame: AnyFrame, name: str, exact: str, ok: str) -> AnyFrame:
    """Add the Int64 column ``exact`` as ``name``, null where the column ``ok`` is false.

    pandas (and Dask) would turn an int64 column with a null into float64, which is not
    exact beyond 2⁵³: there the column becomes pandas' nullable ``Int64`` natively.
    """
    import narwhals as nw  # noqa: PLC0415

    implementation = frame.implementation
    if not (implementation.is_pandas_like() or implementation.is_dask()):
        return frame.with_columns(nw.when(nw.col(ok)).then(nw.col(exact)).alias(name))
    native = frame.to_native()
    column = native[exact].astype("Int64").where(native[ok].fillna(value=False).astype(bool))
    return nw.from_native(native.assign(**{name: column}))
