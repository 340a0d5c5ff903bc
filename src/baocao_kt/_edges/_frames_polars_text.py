"""The text of a polars column of exact percents: ``-1.234,56%``, from its scaled Int64.

A batch's texts are written once for each value the batch can hold, then picked by
value: a column of millions of percents at two decimals spans a few thousand values
(0 to 150 %: 15.001), and a polars string of at most 12 bytes is stored inside its
16-byte view, so picking a text is a copy of 16 bytes. Writing 8 million texts one by
one (an integer cast, the decimals padded, five pieces joined) took 0,49 s; the table of
the batch's span and the pick, 0,04 s. A batch whose span is wider than half its
length (few rows, or values spread wide) is written row by row. The table's texts and
a wide batch's are written by `percent_text`, as on every other engine; the two ways
give the same text, which ``tests/test_frames_polars_text.py`` checks. polars hands the
function the whole column (it is declared not elementwise), so a plan with a text is
not streamed past it, as with ``overflow="raise"`` (an aggregate) it is not already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baocao_kt._edges._frames_exact import Scratch
from baocao_kt._edges._frames_text import NOT_AVAILABLE, percent_text

if TYPE_CHECKING:
    import polars as pl


def percent_column_text(exact: pl.Expr, places: int, unit: str) -> pl.Expr:
    """The text of an Int64 expression ``exact × 10^-places`` and ``unit``; null: n.a."""
    import polars as pl  # noqa: PLC0415

    # Not elementwise for polars: the function is then given the whole column, one table
    # for it all (0,04 s at 8 million rows), where a streaming morsel at a time would
    # build a table for each (0,27 s).
    return exact.map_batches(
        _BatchText(places, unit), return_dtype=pl.String, is_elementwise=False
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
        largest = max(abs(lowest), abs(highest))
        span = highest - lowest + 1
        if 2 * span > len(values):
            return self.written(values, largest)
        every = pl.int_range(lowest, highest + 1, dtype=pl.Int64, eager=True)
        return self.written(every.alias(values.name), largest).gather(values - lowest)

    def written(self, values: pl.Series, largest: int) -> pl.Series:
        """Each value's text, row by row (a null's is null), as every engine writes it.

        ``largest`` is the largest ``|value|``: it sizes the digit groups written.
        """
        import narwhals as nw  # noqa: PLC0415

        scratch = Scratch(nw.from_native(values.to_frame(), eager_only=True))
        text = percent_text(scratch, nw.col(values.name), self.places, self.unit, largest)
        written: pl.Series = (
            scratch.frame.select(text.alias(values.name)).get_column(values.name).to_native()
        )
        return written
