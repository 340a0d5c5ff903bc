"""The ratios of two integer columns on polars, in one plan, checked when it runs.

On a polars frame the whole ratio is a few native ``with_columns`` stages, and nothing
runs before ``collect()``:

- the size of the percent, one Int128 division (``_frames_wide``), is a column of its
  own: read three times (the value, its sign, the range check), it is computed once,
  and only it is computed in Int128; whether the ratio has a meaning is read from the
  caller's own integer columns, without a cast (each stage of Int128 is a pass over
  16 bytes a row: the ratio took 0,22 s at 8 million rows with every step in Int128,
  0,11 s so);
- the exactness check (``overflow="raise"``) is an aggregate evaluated with the plan,
  which raises `MagnitudeError` from inside it; a separate query would compute every
  step before the ratio (a cumulation, a join) once more;
- the text is ``_frames_polars_text``'s: a table of the column's span, picked by value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from baocao_kt._edges._frames_exact import LIMIT, fresh_names, unexact_error
from baocao_kt._edges._frames_polars_text import percent_column_text

if TYPE_CHECKING:
    import polars as pl


def polars_ratio(  # noqa: PLR0913, PLR0917 - add_ratio's checked arguments, passed on
    native: Any,  # noqa: ANN401 - a polars DataFrame or LazyFrame
    kind: str,
    columns: tuple[str, str],
    places: int,
    names: tuple[str, str | None],
    overflow: str,
    options: tuple[str, str],
) -> Any:  # noqa: ANN401 - the caller's own frame type
    """The caller's polars frame with the ratio (and its text) of two integer columns."""
    import polars as pl  # noqa: PLC0415

    schema = native.collect_schema()
    name, text = names
    left, right = columns
    a, b = pl.col(left), pl.col(right)
    if schema[left] != schema[right]:  # compared as one type: Int128 holds both
        a, b = a.cast(pl.Int128), b.cast(pl.Int128)
    (scratch,) = fresh_names({*schema.names(), name, text or name}, 1)
    size = pl.col(scratch)
    fits = size <= LIMIT
    if kind == "point_change":
        meaningful: pl.Expr = pl.lit(value=True)
    else:  # a zero reference, or opposite signs, have none (the size is null at zero)
        meaningful = (b != 0) & ~(((a > 0) & (b < 0)) | ((a < 0) & (b > 0)))
    if overflow == "raise":
        unexact = (meaningful & ~fits).fill_null(value=False)
        first = unexact.arg_max()
        found = pl.struct(
            unexact.sum().alias("count"),
            pl.col(left).get(first).alias("left"),
            pl.col(right).get(first).alias("right"),
        )
        fits = fits & found.map_batches(
            _Refusal(options), return_dtype=pl.Boolean, returns_scalar=True
        )
    # attainment and share are of sizes; a change has the sign of the difference.
    signed = (
        size
        if kind in {"attainment", "share"}
        else pl.when(a < b).then(pl.lit(0, pl.Int128) - size).otherwise(size)
    )
    lazy = (
        native.lazy()
        .with_columns(_size(kind, columns, places).alias(scratch))
        .with_columns(pl.when(meaningful & fits).then(signed).cast(pl.Int64).alias(name))
    )
    if text is not None:
        unit = " điểm %" if kind == "point_change" else "%"
        lazy = lazy.with_columns(percent_column_text(pl.col(name), places, unit).alias(text))
    lazy = lazy.drop(scratch)
    return lazy if isinstance(native, pl.LazyFrame) else lazy.collect()


def _size(kind: str, columns: tuple[str, str], places: int) -> pl.Expr:
    """The Int128 size of the percent × 10^places, rounded half up; null at a zero base.

    attainment and share: ``|a| ÷ |b| × 100``; variance and growth: ``|a − b| ÷ |b| ×
    100``; point_change: ``|a − b|`` points. See ``_frames_wide`` for why nothing can
    overflow.
    """
    import polars as pl  # noqa: PLC0415

    a, b = (pl.col(column).cast(pl.Int128) for column in columns)
    if kind == "point_change":
        difference: pl.Expr = (a - b).abs()
        return difference * 10**places if places else difference
    top = a.abs() if kind in {"attainment", "share"} else (a - b).abs()
    divisor = b.abs()  # polars divides by zero into a null
    size: pl.Expr = (top * (2 * 10 ** (2 + places)) + divisor) // (divisor * 2)
    return size


class _Refusal:
    """Raise `MagnitudeError` when the plan finds rows beyond the exact range."""

    def __init__(self, options: tuple[str, str]) -> None:
        self.options = options

    def __call__(self, found: pl.Series) -> pl.Series:
        import polars as pl  # noqa: PLC0415

        (row,) = found.to_list()
        if row is None or not row["count"]:
            return pl.Series([True])
        values = (row["left"], row["right"])
        raise unexact_error(row["count"], values, self.options)
