"""The NumPy path of baocao_kt.frames on pandas integer columns: the generic path's answer.

Each result is compared with the scalar calculators row by row and with the generic
(narwhals) path on the same frame, which runs when the NumPy path says it does not apply:
here it is told so by patching the dispatch to answer ``None``.
"""

from __future__ import annotations

from contextlib import contextmanager
from decimal import Decimal
from unittest import mock

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao_kt import MagnitudeError, frames
from baocao_kt._edges import _frames_general, _frames_ratios
from baocao_kt._edges._frames_exact import LIMIT
from baocao_kt._edges._frames_numpy import fits
from tests.frames_engines import scalar_row
from tests.strategies import pandas_integer_pairs

KINDS = ["attainment", "variance", "growth", "share", "point_change"]


def _table(columns, index=None):
    return pd.DataFrame(
        {name: pd.array(values, dtype=dtype) for name, (dtype, values) in columns.items()},
        index=index,
    )


def _compute(kind, table, places, overflow="null"):
    function = getattr(frames, kind)
    return function(table, "a", "b", places=places, name="v", text="t", overflow=overflow)


@contextmanager
def _generic_only():
    """The dispatch answers "does not apply": the narwhals path computes every frame."""
    with mock.patch.object(_frames_ratios, "numpy_ratio", return_value=None):
        yield


@contextmanager
def _no_generic():
    """The narwhals path fails the test if it starts: it begins with a `Scratch`."""
    message = "the generic path ran"
    with mock.patch.object(_frames_general, "Scratch", side_effect=AssertionError(message)):
        yield


def _cell(value):
    return None if value is pd.NA else value


def _assert_same_frame(fast, generic):
    pd.testing.assert_frame_equal(fast, generic, check_exact=True)
    assert list(fast.dtypes) == list(generic.dtypes)
    assert type(fast["t"].array) is type(generic["t"].array)
    assert fast["t"].dtype == generic["t"].dtype
    assert getattr(fast["t"].dtype, "storage", None) == getattr(generic["t"].dtype, "storage", None)


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=25)
@given(columns=pandas_integer_pairs(), decimals=st.integers(0, 8))
def test_random_integer_columns_equal_the_scalar_calculators_and_the_generic_path(
    kind, columns, decimals
):
    table = _table(columns)
    fast = _compute(kind, table, decimals)
    with _generic_only():
        generic = _compute(kind, table, decimals)
    _assert_same_frame(fast, generic)
    for a, b, value, text in zip(table["a"], table["b"], fast["v"], fast["t"], strict=True):
        expected = scalar_row(kind, _cell(a), _cell(b), decimals)
        got = (_cell(value), text)
        if got == (None, "n.a.") and expected[0] is not None:
            # Left empty (overflow="null") only where an input or the percent is beyond
            # the exact range: an Int64 with room for one more digit.
            assert max(abs(a), abs(b), abs(expected[0]) * 2) > LIMIT, (a, b, expected)
        else:
            assert got == expected, (a, b)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("decimals", range(9))
def test_exact_halves_are_rounded_away_from_zero(kind, decimals):
    # |a| ÷ 2^(k+1) × 10^k, k = 2 + places, ends in exactly one half for an odd a.
    half = 2 ** (3 + decimals)
    a = [1, -1, 3 * half + 1, -(3 * half + 1), half - 1, 1, -1, 3]
    b = [half, -half, half, -half, half, -half, half, -2]
    table = pd.DataFrame({"a": a, "b": b})
    with _no_generic():
        result = _compute(kind, table, decimals)
    for row in result.itertuples():
        assert (_cell(row.v), row.t) == scalar_row(kind, row.a, row.b, decimals), row


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("decimals", [0, 1, 2, 5, 8])
def test_the_bound_is_exact_at_its_edge_and_the_generic_path_takes_over_beyond(kind, decimals):
    # The largest |a| the path takes with |b| = 1: the formulas of fits(), then one more.
    power = 10**decimals if kind == "point_change" else 2 * 10 ** (2 + decimals)
    largest = (2**63 - 1 - 1) // power
    if kind in {"variance", "growth", "point_change"}:
        largest -= 1  # |a − b| ≤ |a| + 1
    largest = min(largest, LIMIT)
    assert fits(kind, largest, 1, decimals)
    assert not fits(kind, largest + 1, 1, decimals)
    for a in (largest, -largest, largest + 1, -largest - 1):
        table = pd.DataFrame({"a": [a, 7, 0, 3], "b": [1, -1, 1, 0]}, dtype="int64")
        if abs(a) == largest:
            with _no_generic():
                fast = _compute(kind, table, decimals)
        else:
            fast = _compute(kind, table, decimals)
        with _generic_only():
            generic = _compute(kind, table, decimals)
        _assert_same_frame(fast, generic)


@pytest.mark.parametrize("dtype", ["int64", "int8", "uint16", "uint64", "Int64", "UInt8"])
def test_the_fast_path_is_taken_for_integer_columns(dtype):
    table = pd.DataFrame({"a": [50, 12, 0], "b": [100, 11, 5]}, dtype=dtype)
    with _no_generic():
        result = frames.attainment(table, "a", "b", places=2, text="t")
    assert list(result["attainment"]) == [5000, 10909, 0]
    assert list(result["t"]) == ["50,00%", "109,09%", "0,00%"]


@pytest.mark.parametrize(
    "column",
    [
        pd.array([50.0, 12.0], dtype="float64"),
        pd.array([Decimal(50), Decimal(12)], dtype=pd.ArrowDtype(pa.decimal128(10, 2))),
    ],
    ids=["float64", "decimal"],
)
def test_other_columns_take_the_generic_path(column):
    table = pd.DataFrame({"a": column, "b": [100, 11]})
    with _no_generic(), pytest.raises(AssertionError, match="the generic path ran"):
        frames.attainment(table, "a", "b")
    assert list(frames.attainment(table, "a", "b", text="t")["t"]) == ["50,0%", "109,1%"]


def test_pyarrow_backed_integers_take_the_numpy_path_with_the_same_answer():
    # int64[pyarrow], as read_parquet(..., dtype_backend="pyarrow") gives: nulls included.
    column = pd.array([50, None, 12], dtype=pd.ArrowDtype(pa.int64()))
    table = pd.DataFrame({"a": column, "b": [100, 3, 11]})
    with _no_generic():
        fast = frames.attainment(table, "a", "b", text="t")
    with _generic_only():
        generic = frames.attainment(table, "a", "b", text="t")
    _assert_same_frame(fast, generic)
    assert list(fast["t"]) == ["50,0%", "n.a.", "109,1%"]


def test_values_too_large_for_the_bound_take_the_generic_path():
    table = pd.DataFrame({"a": [10**17, 1], "b": [3, 1]})
    with _no_generic(), pytest.raises(AssertionError, match="the generic path ran"):
        frames.share(table, "a", "b", overflow="null")


def test_a_row_beyond_the_exact_range_is_an_error_naming_its_values():
    # Within the NumPy path's bound, but its percent is beyond LIMIT at places=0.
    table = pd.DataFrame({"a": [5, 2 * 10**16, -7], "b": [3, 1, 2]})
    with pytest.raises(MagnitudeError, match=r"1 row\(s\) .* actual=20000000000000000, ref"):
        frames.attainment(table, "a", "b", places=0)
    with _no_generic():
        result = frames.attainment(table, "a", "b", places=0, text="t", overflow="null")
    assert list(result["attainment"].astype(object)) == [167, pd.NA, pd.NA]
    assert list(result["t"]) == ["167%", "n.a.", "n.a."]


def test_point_change_beyond_the_exact_range_is_an_error_or_null():
    table = pd.DataFrame({"a": [2 * 10**15, 3], "b": [-(10**15), 1]})
    with pytest.raises(MagnitudeError, match=r"rate=2000000000000000, reference_rate=-1"):
        frames.point_change(table, "a", "b", places=3)
    with _no_generic():
        result = frames.point_change(table, "a", "b", places=3, text="t", overflow="null")
    assert list(result["t"]) == ["n.a.", "2,000 điểm %"]


def test_the_callers_frame_is_kept_and_its_index_too():
    table = pd.DataFrame(
        {"name": ["x", "y", "z"], "a": [1, -3, 5], "b": pd.array([3, None, -5], dtype="Int64")},
        index=pd.Index([30, 10, 20], name="commune"),
    )
    before = table.copy(deep=True)
    with _no_generic():
        result = frames.variance(table, "a", "b", places=1, text="t")
    pd.testing.assert_frame_equal(table, before)
    assert list(result.columns) == ["name", "a", "b", "variance", "t"]
    assert list(result.index) == [30, 10, 20]
    assert result.index.name == "commune"
    assert list(result["variance"].astype(object)) == [-667, pd.NA, pd.NA]
    assert list(result["t"]) == ["-66,7%", "n.a.", "n.a."]
    assert result["variance"].dtype == pd.Int64Dtype()


def test_an_empty_frame_gets_empty_columns_of_the_same_types():
    table = pd.DataFrame({"a": np.array([], dtype=np.int64), "b": np.array([], dtype=np.int32)})
    with _no_generic():
        fast = _compute("growth", table, 2)
    with _generic_only():
        generic = _compute("growth", table, 2)
    _assert_same_frame(fast, generic)


@pytest.mark.filterwarnings("ignore:The 'future.infer_string' option is deprecated")
@pytest.mark.parametrize(
    "option",
    [("mode.string_storage", "python"), ("future.infer_string", False)],
    ids=["str-on-python (pandas without pyarrow)", "object (pandas 2)"],
)
def test_the_text_has_the_generic_paths_dtype_under_other_string_options(option):
    table = pd.DataFrame({"a": [1234567, -5, 0], "b": [1000, 10000, 0]})
    with pd.option_context(*option):
        with _no_generic():
            fast = _compute("attainment", table, 2)
        with _generic_only():
            generic = _compute("attainment", table, 2)
    _assert_same_frame(fast, generic)
    assert list(fast["t"]) == ["123.456,70%", "n.a.", "n.a."]


def test_mixed_column_labels_and_their_name_are_the_generic_paths():
    table = pd.DataFrame({"a": [1, 2], "b": [4, 0], 0: ["x", "y"]})
    table.columns.name = "columns"
    with _no_generic():
        fast = _compute("share", table, 1)
    with _generic_only():
        generic = _compute("share", table, 1)
    _assert_same_frame(fast, generic)
    assert fast.columns.name == "columns"
