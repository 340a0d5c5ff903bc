"""The text of a polars percent column: by a table of the batch's span, or row by row.

A batch whose values span at most half its length is written once a value, then picked
by value; a wider one row by row. Both must write `Percent.format`'s text for every row,
whatever the span, the sign, the digit groups and the nulls: these tests draw batches on
both sides of that choice, record which way each took, and compare every text with the
scalar one.
"""

from __future__ import annotations

from decimal import Decimal

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao_kt import Percent, Points, frames
from baocao_kt._edges._frames_exact import LIMIT
from baocao_kt._edges._frames_polars_text import _BatchText, percent_column_text
from tests.frames_engines import scalar_row

UNITS = ["%", " điểm %"]


def _scalar(value: int | None, places: int, unit: str) -> str:
    if value is None:
        return "n.a."
    rate = Points if unit == " điểm %" else Percent
    return rate(Decimal(value).scaleb(-places)).format(places)


class _Recorded(_BatchText):
    """`_BatchText`, noting how many values it wrote row by row each time."""

    def __init__(self, places: int, unit: str) -> None:
        super().__init__(places, unit)
        self.written_lengths: list[int] = []

    def written(self, values: pl.Series, largest: int) -> pl.Series:
        self.written_lengths.append(len(values))
        return super().written(values, largest)


def _texts(values: list[int | None], places: int, unit: str) -> tuple[list[str], list[int]]:
    batch = _Recorded(places, unit)
    series = pl.Series("v", values, dtype=pl.Int64)
    texts = series.to_frame().select(
        pl.col("v").map_batches(batch, return_dtype=pl.String).fill_null("n.a.")
    )
    return texts.to_series().to_list(), batch.written_lengths


@settings(max_examples=60)
@given(
    start=st.integers(-LIMIT, LIMIT - 100),
    offsets=st.lists(st.one_of(st.none(), st.integers(0, 100)), min_size=1, max_size=40),
    repeat=st.integers(1, 8),
    places=st.integers(0, 8),
    unit=st.sampled_from(UNITS),
)
def test_every_batch_writes_the_scalar_text_whichever_way_it_takes(
    start, offsets, repeat, places, unit
):
    values = [None if o is None else start + o for o in offsets] * repeat
    texts, written = _texts(values, places, unit)
    assert texts == [_scalar(v, places, unit) for v in values]
    present = [v for v in values if v is not None]
    if not present:
        assert written == []
        return
    span = max(present) - min(present) + 1
    # Picked from a table of the span when it is at most half the batch, else row by row.
    assert written == ([span] if 2 * span <= len(values) else [len(values)])


@pytest.mark.parametrize(
    ("values", "places", "expected"),
    [
        ([-1, 0, 1] * 2, 2, ["-0,01%", "0,00%", "0,01%"] * 2),
        ([-99_999, -100_000] * 2, 2, ["-999,99%", "-1.000,00%"] * 2),
        ([123_456_789_012, 123_456_789_013] * 2, 0, ["123.456.789.012%", "123.456.789.013%"] * 2),
        ([LIMIT, LIMIT - 1] * 2, 8, ["9.223.372.036,85477579%", "9.223.372.036,85477578%"] * 2),
        ([-LIMIT, None] * 2, 1, ["-92.233.720.368.547.757,9%", "n.a."] * 2),
    ],
)
def test_the_table_of_a_span_writes_signs_groups_and_decimals(values, places, expected):
    texts, written = _texts(values, places, "%")
    assert texts == expected
    present = [v for v in values if v is not None]
    assert written == [max(present) - min(present) + 1]  # the table's span, once


def test_a_batch_of_nulls_is_not_available_everywhere():
    frame = pl.DataFrame({"v": [None, None]}, schema={"v": pl.Int64})
    assert frame.select(percent_column_text(pl.col("v"), 2, "%")).to_series().to_list() == [
        "n.a.",
        "n.a.",
    ]


@pytest.mark.parametrize("engine", ["in-memory", "streaming"])
def test_a_long_column_collected_by_either_engine_equals_the_scalar_calculators(engine):
    # 300.000 rows of a few thousand percents: the column's texts come from a table.
    size = 300_000
    actual = [(i * 7919) % 2_000 - 100 for i in range(size)]
    plan = [1_000 + (i * 104_729) % 997 for i in range(size)]
    lazy = pl.LazyFrame({"a": actual, "b": plan})
    result = frames.attainment(lazy, "a", "b", places=2, name="v", text="t")
    found = result.collect(engine=engine).select("v", "t").rows()
    # The frame's distinct pairs, each compared once with the scalar calculator.
    pairs = list(zip(actual, plan, strict=True))
    expected = {pair: scalar_row("attainment", *pair, 2) for pair in set(pairs)}
    assert found == [expected[pair] for pair in pairs]
