"""The text of a polars column of exact percents: ``-1.234,56%``, from its scaled Int64.

A batch's texts are written once for each value the batch can hold, then picked by
value: a column of millions of percents at two decimals spans a few thousand values
(0 to 150 %: 15.001), and a polars string of at most 12 bytes is stored inside its
16-byte view, so picking a text is a copy of 16 bytes. Writing 8 million texts one by
one (an integer cast, the decimals padded, five pieces joined) took 0,49 s; the table of
the batch's span and the pick, 0,05 s. A batch whose span is wider than half its
length (few rows, or values spread wide) is written row by row, by the same expression:
the two ways write the same text, which ``tests/test_frames_polars_text.py`` checks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baocao_kt._edges._frames_text import NOT_AVAILABLE

if TYPE_CHECKING:
    import polars as pl


def percent_column_text(exact: pl.Expr, places: int, unit: str) -> pl.Expr:
    """The text of an Int64 expression ``exact × 10^-places`` and ``unit``; null: n.a."""
    import polars as pl  # noqa: PLC0415

    return exact.map_batches(
        _BatchText(places, unit), return_dtype=pl.String, is_elementwise=True
    ).fill_null(NOT_AVAILABLE)


class _BatchText:
    """The texts of one batch: by a table of its span, or row by row if that is wider."""

    def __init__(self, places: int, unit: str) -> None:
        self.places = places
        self.unit = unit

    def __call__(self, values: pl.Series) -> pl.Series:
        import polars as pl  # noqa: PLC0415

        lowest, highest = values.min(), values.max()
        if lowest is None or highest is None:  # every value null
            return pl.Series(values.name, [None] * len(values), dtype=pl.String)
        lowest, highest = int(lowest), int(highest)  # type: ignore[arg-type]
        span = highest - lowest + 1
        if 2 * span > len(values):
            return self.written(values)
        every = pl.int_range(lowest, highest + 1, dtype=pl.Int64, eager=True)
        return self.written(every.alias(values.name)).gather(values - lowest)

    def written(self, values: pl.Series) -> pl.Series:
        """Each value's text, row by row (a null's is null)."""
        import polars as pl  # noqa: PLC0415

        largest = max(abs(int(values.min())), abs(int(values.max())))  # type: ignore[arg-type]
        column = pl.col(values.name)
        text = _text(column, self.places, self.unit, largest // 10**self.places)
        return values.to_frame().select(text).to_series()


def _text(exact: pl.Expr, places: int, unit: str, largest_whole: int) -> pl.Expr:
    """The text of each row; ``largest_whole`` sizes the digit groups to write."""
    import polars as pl  # noqa: PLC0415

    magnitude = exact.abs()
    whole = magnitude // 10**places if places else magnitude
    parts = [
        pl.when(exact < 0).then(pl.lit("-")).otherwise(pl.lit("")),
        _grouped(whole, largest_whole),
    ]
    if places:  # 10^places more, its leading 1 cut: the decimals zero-padded, fast
        decimals = (magnitude % 10**places + 10**places).cast(pl.String).str.slice(1)
        parts += [pl.lit(","), decimals]
    parts.append(pl.lit(unit))
    return pl.concat_str(parts)


def _grouped(whole: pl.Expr, largest: int) -> pl.Expr:
    """Non-negative integers up to ``largest`` with ``.`` between groups of three digits.

    Only the groups ``largest`` needs are built: below 1.000 (nearly every percent) the
    text is the integer's own.
    """
    import polars as pl  # noqa: PLC0415

    result: pl.Expr = whole.cast(pl.String)
    for count in range(2, (len(str(largest)) + 2) // 3 + 1):
        pieces = [(whole // 1000 ** (count - 1)).cast(pl.String)]
        for index in range(count - 2, -1, -1):
            group = (whole // 1000**index if index else whole) % 1000
            pieces += [pl.lit("."), group.cast(pl.String).str.zfill(3)]
        result = pl.when(whole >= 1000 ** (count - 1)).then(pl.concat_str(pieces)).otherwise(result)
    return result
