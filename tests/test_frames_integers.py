"""Two integer columns on polars and DuckDB: one exact division per row, checked.

These engines compute a ratio of two integer columns in one Int128/HUGEINT (or, on
DuckDB for a row whose operands are small enough, BIGINT) division instead of the
general lowering. Each result is compared with the scalar calculators row by row, over
the whole Int64 range, with both ``overflow`` choices; a patched general path proves the
dedicated one ran.
"""

from __future__ import annotations

from contextlib import contextmanager
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao_kt import MagnitudeError, frames
from baocao_kt._edges import _frames_general
from baocao_kt._edges._frames_exact import LIMIT
from tests.frames_engines import make, rows, scalar_row
from tests.strategies import int64_pairs

KINDS = ["attainment", "variance", "growth", "share", "point_change"]
ONE_DIVISION = ["polars", "polars-lazy", "duckdb"]


@contextmanager
def _no_general_path():
    """The general lowering fails the test if it starts: it begins with a `Scratch`."""
    message = "the general path ran"
    with mock.patch.object(_frames_general, "Scratch", side_effect=AssertionError(message)):
        yield


def _compute(engine, kind, table, places, overflow):
    function = getattr(frames, kind)
    with _no_general_path():
        result = function(
            make(engine, table), "a", "b", places=places, name="v", text="t", overflow=overflow
        )
        return rows(result)


def _beyond(expected):
    return expected[0] is not None and abs(expected[0]) > LIMIT


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("engine", ONE_DIVISION)
@settings(max_examples=20)
@given(table=int64_pairs(), decimals=st.integers(0, 8))
def test_any_int64_columns_equal_the_scalar_calculators_or_are_left_empty_beyond(
    engine, kind, table, decimals
):
    for row in _compute(engine, kind, table, decimals, "null"):
        expected = scalar_row(kind, row["a"], row["b"], decimals)
        # Empty exactly where the percent is beyond the exact range, else the answer.
        assert (row["v"], row["t"]) == ((None, "n.a.") if _beyond(expected) else expected), row


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("engine", ONE_DIVISION)
@settings(max_examples=20)
@given(table=int64_pairs(), decimals=st.integers(0, 8))
def test_by_default_a_percent_beyond_the_range_is_refused_and_the_rest_is_exact(
    engine, kind, table, decimals
):
    expected = [
        scalar_row(kind, a, b, decimals) for a, b in zip(table["a"][1], table["b"][1], strict=True)
    ]
    if any(_beyond(row) for row in expected):
        with pytest.raises(MagnitudeError, match=r"row\(s\) cannot be computed exactly"):
            _compute(engine, kind, table, decimals, "raise")
        return
    found = _compute(engine, kind, table, decimals, "raise")
    assert [(row["v"], row["t"]) for row in found] == expected


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("engine", ONE_DIVISION)
@pytest.mark.parametrize("decimals", [0, 2, 8])
def test_exact_halves_are_rounded_away_from_zero(engine, kind, decimals):
    # |a| ÷ 2^(k+1) × 10^k, k = 2 + places, ends in exactly one half for an odd a.
    half = 2 ** (3 + decimals)
    table = {
        "a": ("int", [1, -1, 3 * half + 1, -(3 * half + 1), half - 1, 1, -1, 3]),
        "b": ("int", [half, -half, half, -half, half, -half, half, -2]),
    }
    for row in _compute("duckdb" if engine == "duckdb" else engine, kind, table, decimals, "raise"):
        assert (row["v"], row["t"]) == scalar_row(kind, row["a"], row["b"], decimals), row


@pytest.mark.parametrize("kind", KINDS)
def test_duckdb_gives_the_same_answer_on_both_sides_of_its_bigint_bound(kind):
    # DuckDB divides a row in BIGINT while both operands are within ±(2^63 − 1) //
    # (4·scale + 2), else in HUGEINT (a step beyond BIGINT would be DuckDB's error, not
    # a number): rows on both sides of the bound and at BIGINT's ends, in one relation.
    places = 2
    scale = 10 ** (places if kind == "point_change" else 2 + places)
    bound = (2**63 - 1) // (4 * scale + 2)
    # Also where a BIGINT step would overflow: |a|·2·scale near 2^63, |a − b| twice |a|.
    edges = [bound - 1, bound, bound + 1, (2**63 - 1) // (2 * scale), (2**63 - 1) // scale]
    values = [*edges, *(-v for v in edges), 2**63 - 1, -(2**63), 7]
    pairs = [(a, b) for a in values for b in [*values, 3, -3, 0]]
    table = {"a": ("int", [a for a, _ in pairs]), "b": ("int", [b for _, b in pairs])}
    found = _compute("duckdb", kind, table, places, "null")
    assert len(found) == len(pairs)
    for row in found:
        expected = scalar_row(kind, row["a"], row["b"], places)
        assert (row["v"], row["t"]) == ((None, "n.a.") if _beyond(expected) else expected), row


def test_polars_int128_columns_take_the_general_path_never_a_wrapped_number():
    pl = pytest.importorskip("polars", reason="polars is an optional engine")
    table = pl.DataFrame(
        {"a": [2**100, 50520], "b": [1, 135800]}, schema={"a": pl.Int128, "b": pl.Int128}
    )
    with pytest.raises(MagnitudeError):
        frames.attainment(table, "a", "b")
    found = frames.attainment(table, "a", "b", places=2, overflow="null")["attainment"].to_list()
    assert found == [None, 3720]
