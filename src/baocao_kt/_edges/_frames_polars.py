"""The ratios of two integer columns on polars, in one plan, checked when it runs.

On a polars frame the whole ratio is one ``with_columns`` of native expressions (polars
computes a repeated subexpression once), and nothing runs before ``collect()``:

- the exactness check (``overflow="raise"``) is an aggregate evaluated with the plan,
  which raises `MagnitudeError` from inside it; a separate query would compute every
  step before the ratio (a cumulation, a join) once more;
- the text's digit groups are sized by the largest whole percent of the batch being
  written, found when it is written: most columns stay below 1.000 %, where a plain
  cast is the text, and a column with larger percents gets its marks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from baocao_kt._edges._frames_exact import fresh_names, unexact_error
from baocao_kt._edges._frames_text import NOT_AVAILABLE
from baocao_kt._edges._frames_wide import wide_parts

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

    parts = wide_parts(pl, kind, columns, places)
    name, text = names
    scratch = fresh_names(set(native.collect_schema().names()), 3)
    value, ok, unexact = (pl.col(column) for column in scratch)
    # Stages, each a column: a stage read twice is not computed twice.
    lazy = native.lazy().with_columns(
        (
            parts.value.alias(scratch[0]),
            ~(parts.missing | parts.no_meaning | parts.beyond)
            .fill_null(value=True)
            .alias(scratch[1]),
            (~parts.missing & ~parts.no_meaning & parts.beyond)
            .fill_null(value=False)
            .alias(scratch[2]),
        )
    )
    if overflow == "raise":
        first = unexact.arg_max()
        found = pl.struct(
            unexact.sum().alias("count"),
            pl.col(columns[0]).get(first).alias("left"),
            pl.col(columns[1]).get(first).alias("right"),
        )
        ok = ok & found.map_batches(_Refusal(options), return_dtype=pl.Boolean, returns_scalar=True)
    lazy = lazy.with_columns(pl.when(ok).then(value).cast(pl.Int64).alias(name))
    if text is not None:
        unit = " điểm %" if kind == "point_change" else "%"
        exact = pl.col(name)
        # The text of a null is null (concat_str): then n.a., with no second condition.
        lazy = lazy.with_columns(
            _percent_text(exact, places, unit).fill_null(NOT_AVAILABLE).alias(text)
        )
    lazy = lazy.drop(scratch)
    return lazy if isinstance(native, pl.LazyFrame) else lazy.collect()


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


def _percent_text(exact: pl.Expr, places: int, unit: str) -> pl.Expr:
    """The text of an Int64 ``exact × 10^-places``: ``-1.234,56%``, never ``-0,00%``."""
    import polars as pl  # noqa: PLC0415

    magnitude = exact.abs()
    whole = magnitude // 10**places if places else magnitude
    parts = [
        pl.when(exact < 0).then(pl.lit("-")).otherwise(pl.lit("")),
        whole.map_batches(_grouped, return_dtype=pl.String, is_elementwise=True),
    ]
    if places:  # 10^places more, its leading 1 cut: the decimals zero-padded, fast
        decimals = (magnitude % 10**places + 10**places).cast(pl.String).str.slice(1)
        parts += [pl.lit(","), decimals]
    parts.append(pl.lit(unit))
    return pl.concat_str(parts)


def _grouped(whole: pl.Series) -> pl.Series:
    """Non-negative integers written with ``.`` between groups of three digits.

    Only the groups the batch's largest value needs are built: below 1.000 (nearly every
    percent) the text is the integer's own.
    """
    import polars as pl  # noqa: PLC0415

    largest = whole.max()
    if largest is None or int(largest) < 1000:  # type: ignore[arg-type]
        return whole.cast(pl.String)
    wanted = (len(str(largest)) + 2) // 3
    column = pl.col(whole.name)
    result: pl.Expr = column.cast(pl.String)
    for count in range(2, wanted + 1):
        pieces = [(column // 1000 ** (count - 1)).cast(pl.String)]
        for index in range(count - 2, -1, -1):
            group = (column // 1000**index if index else column) % 1000
            pieces += [pl.lit("."), group.cast(pl.String).str.zfill(3)]
        result = (
            pl.when(column >= 1000 ** (count - 1)).then(pl.concat_str(pieces)).otherwise(result)
        )
    return whole.to_frame().select(result).to_series().alias(whole.name)
