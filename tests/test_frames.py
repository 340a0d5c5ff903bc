"""baocao_kt.frames: the exact calculators over every dataframe engine, row by row."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given, settings

from baocao_kt import MagnitudeError, OptionError, ValueKindError, ZeroBaseError, frames
from tests.frames_engines import ENGINES, make, native_type_kept, rows, scalar_row
from tests.strategies import frame_pairs, places

FRAMES = {
    "attainment": frames.attainment,
    "variance": frames.variance,
    "growth": frames.growth,
    "share": frames.share,
}


@pytest.fixture(params=ENGINES)
def engine(request):
    return request.param


def _compute(engine, kind, table, places, overflow="raise"):
    function = frames.point_change if kind == "point_change" else FRAMES[kind]
    native = make(engine, table)
    result = function(native, "a", "b", places=places, name="v", text="t", overflow=overflow)
    assert native_type_kept(engine, native, result)
    return rows(result)


ALL_KINDS = [*FRAMES, "point_change"]


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_function_on_every_engine_equals_the_scalar_calculators(engine, kind):
    table = {
        "a": ("int", [50520, 12250, -5, -110, 0, 7, None, 1, 2, 0, 10**12]),
        "b": ("decimal2", ["135800", "11951", "-10", "-100", "5", "-3", "4", "3", "0", "0", "7"]),
    }
    for row in _compute(engine, kind, table, 2):
        expected = scalar_row(kind, row["a"], row["b"], 2)
        assert (row["v"], row["t"]) == expected, row


# Hypothesis tests take the engine as a parameter (a fixture would be shared by examples).
@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=8)
@given(table=frame_pairs(), decimals=places)
def test_random_tables_within_the_exact_range_equal_the_scalar_calculators(
    engine, kind, table, decimals
):
    for row in _compute(engine, kind, table, decimals, overflow="null"):
        expected = scalar_row(kind, row["a"], row["b"], decimals)
        if expected[0] is not None and abs(expected[0]) >= 10**12:
            # A percent of 10^11 ÷ 10^-6 may be beyond Int64 with its digits: empty.
            assert (row["v"], row["t"]) in {expected, (None, "n.a.")}, row
        else:
            assert (row["v"], row["t"]) == expected, row


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=8)
@given(table=frame_pairs(wide=True), decimals=places)
def test_beyond_the_exact_range_a_row_is_left_empty_never_wrong(engine, kind, table, decimals):
    # Any float, Int64s up to 2^63, decimals of 18 digits: each row is the scalar
    # answer, or empty where the value cannot be held exactly; never another number.
    for row in _compute(engine, kind, table, decimals, overflow="null"):
        expected = scalar_row(kind, row["a"], row["b"], decimals)
        assert (row["v"], row["t"]) in {expected, (None, "n.a.")}, row


def test_a_row_beyond_the_exact_range_is_an_error_by_default(engine):
    table = {"a": ("float", [1.0, 0.30000000000000004]), "b": ("int", [3, 1])}
    with pytest.raises(MagnitudeError, match=r"1 row\(s\) .* actual=0.30000000000000004"):
        rows(frames.attainment(make(engine, table), "a", "b"))


def test_a_float_is_read_as_its_shortest_repr_never_as_a_shorter_decimal(engine):
    # polars divides by a literal through its reciprocal (3.0 / 10.0 is then
    # 0.30000000000000004): a test by such a division reads 0.30000000000000004 as 0.3,
    # and 0.3 ÷ 60.000000000000008 is 0,49999…%, rounded to 0 % where the answer is 1 %.
    table = {
        "a": ("float", [0.30000000000000004, 0.1, 51.08711]),
        "b": ("decimal15", ["60.000000000000008", "1", "1"]),
    }
    found = rows(frames.attainment(make(engine, table), "a", "b", places=0, overflow="null"))
    assert [row["attainment"] for row in found][1:] == [10, 5109]
    assert found[0]["attainment"] in {None, 1}  # beyond the exact range, or right


def test_huge_integers_and_percents_are_errors_not_wrapped_numbers(engine):
    table = {"a": ("int", [2**62]), "b": ("int", [1])}
    with pytest.raises(MagnitudeError):
        rows(frames.attainment(make(engine, table), "a", "b"))
    table = {"a": ("int", [10**17]), "b": ("int", [1])}  # a percent of 10^19 × 10
    with pytest.raises(MagnitudeError):
        rows(frames.growth(make(engine, table), "a", "b"))


def test_the_text_groups_digits_and_never_writes_a_negative_zero(engine):
    table = {
        "a": ("decimal6", ["12345678.9", "0.0004", "99.96", "100.04"]),
        "b": ("int", [1, 1, 100, 100]),
    }
    found = rows(frames.variance(make(engine, table), "a", "b", places=1, text="t"))
    assert [row["t"] for row in found] == ["1.234.567.790,0%", "-100,0%", "0,0%", "0,0%"]
    found = rows(frames.point_change(make(engine, table), "a", "b", places=1, text="t"))
    assert [row["t"] for row in found][1] == "-1,0 điểm %"


@pytest.mark.parametrize("overflow", ["raise", "null"])
def test_the_text_is_sized_by_the_largest_percent_of_the_column(engine, overflow):
    # The text builds only the digit groups the column's largest percent needs: one
    # percent of a thousand or a million among small ones still gets its marks, on a
    # lazy frame with overflow="null" (no query, every group) too.
    table = {
        "a": ("int", [1, 99999, 100000, -1, 9999999999, 10000000000, 7]),
        "b": ("int", [3, 100, 100, -3, 1000, 1000, 0]),
    }
    found = rows(
        frames.attainment(make(engine, table), "a", "b", places=2, text="t", overflow=overflow)
    )
    assert [row["t"] for row in found] == [
        "33,33%", "99.999,00%", "100.000,00%", "33,33%", "999.999.999,90%",
        "1.000.000.000,00%", "n.a.",
    ]  # fmt: skip
    small = {"a": ("int", [9999, 1]), "b": ("int", [1000, 3])}
    found = rows(
        frames.growth(make(engine, small), "a", "b", places=1, text="t", overflow=overflow)
    )
    assert [row["t"] for row in found] == ["899,9%", "-66,7%"]


def test_the_default_names_and_places(engine):
    table = {"a": ("int", [1]), "b": ("int", [3])}
    for kind, function in FRAMES.items():
        (row,) = rows(function(make(engine, table), "a", "b"))
        assert row[kind] == scalar_row(kind, 1, 3, 1)[0]
    (row,) = rows(frames.point_change(make(engine, table), "a", "b"))
    assert row["point_change"] == -200


@pytest.mark.parametrize(("name", "text"), [("__baocao_kt_0", "t"), ("v", "__baocao_kt_0")])
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_new_columns_named_like_the_scratch_columns_are_kept(engine, kind, name, text):
    # The scratch columns of a computation are named __baocao_kt_N: a caller's new
    # column of such a name is theirs, not dropped with the scratch.
    table = {"a": ("int", [1, 2, None]), "b": ("int", [4, 4, 4])}
    function = frames.point_change if kind == "point_change" else FRAMES[kind]
    result = rows(function(make(engine, table), "a", "b", places=1, name=name, text=text))
    for row in result:
        assert (row[name], row[text]) == scalar_row(kind, row["a"], row["b"], 1), row


def test_bad_arguments_are_typed_errors_that_say_what_would_do():
    table = make("polars", {"a": ("int", [1]), "b": ("int", [3]), "s": ("str", ["x"])})
    with pytest.raises(OptionError, match=r"actual='x' is not a column .*\['row', 'a', 'b', 's'\]"):
        frames.attainment(table, "x", "b")
    with pytest.raises(ValueKindError, match=r"reference='s' is a String column, not a number"):
        frames.attainment(table, "a", "s")
    with pytest.raises(OptionError, match=r"places=9 .* from 0 to 8"):
        frames.attainment(table, "a", "b", places=9)
    with pytest.raises(OptionError, match=r"places=True"):
        frames.attainment(table, "a", "b", places=True)
    with pytest.raises(OptionError, match=r"name='a' is already a column"):
        frames.attainment(table, "a", "b", name="a")
    with pytest.raises(OptionError, match=r"text='v' is also the name of the value column"):
        frames.attainment(table, "a", "b", name="v", text="v")
    with pytest.raises(OptionError, match=r"overflow='ignore'"):
        frames.attainment(table, "a", "b", overflow="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueKindError, match=r"takes a dataframe .* not a list"):
        frames.share([1, 2], "a", "b")


def test_float32_and_wide_decimals_are_refused_with_the_cast_that_would_do():
    import polars as pl  # noqa: PLC0415

    table = pl.DataFrame({"a": [0.1], "b": [3]}, schema={"a": pl.Float32, "b": pl.Int64})
    with pytest.raises(ValueKindError, match="cast the column to Float64"):
        frames.attainment(table, "a", "b")
    table = pl.DataFrame(
        {"a": [Decimal(1)], "b": [3]}, schema={"a": pl.Decimal(38, 20), "b": pl.Int64}
    )
    with pytest.raises(ValueKindError, match="scale 17 or less"):
        frames.attainment(table, "a", "b")


def test_narwhals_is_loaded_by_the_first_call_not_by_an_import():
    code = (
        "import sys, baocao_kt, baocao_kt.frames, polars;"
        "before = 'narwhals' in sys.modules;"
        "baocao_kt.frames.share(polars.DataFrame({'a': [1], 'b': [2]}), 'a', 'b');"
        "print(before, 'narwhals' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]


def test_a_pandas_frame_keeps_its_index_and_other_columns():
    # Eager frames are computed on a narrow copy of the two columns and the result is
    # attached afterwards: it must land on the caller's own rows.
    table = pd.DataFrame(
        {"a": [1, 2, 3], "b": [3, 0, 4], "note": ["x", "y", "z"]}, index=[10, 5, 7]
    )
    found = frames.attainment(table, "a", "b", text="t")
    assert list(found.columns) == ["a", "b", "note", "attainment", "t"]
    assert found.loc[7, "t"] == "75,0%"
    assert found.loc[5, "t"] == "n.a."
    assert found["attainment"].tolist() == [333, pd.NA, 750]


def test_a_pandas_column_of_decimal_objects_is_told_how_to_become_a_decimal_column():
    import pandas as pd  # noqa: PLC0415
    import pyarrow as pa  # noqa: PLC0415

    table = pd.DataFrame({"a": [Decimal("1.5")], "t": [Decimal(3)]})
    with pytest.raises(ValueKindError, match=r"ArrowDtype\(pyarrow.decimal128\(38, 3\)\)"):
        frames.attainment(table, "a", "t")
    decimals = table.astype(pd.ArrowDtype(pa.decimal128(38, 3)))
    assert list(frames.attainment(decimals, "a", "t", text="x")["x"]) == ["50,0%"]


@pytest.mark.parametrize("kind", ["attainment", "variance", "growth", "share"])
def test_a_zero_reference_is_empty_by_default_and_an_error_when_asked(engine, kind):
    table = {"a": ("int", [50520, 7, None, 12]), "b": ("int", [135800, 0, 0, 10])}
    found = rows(FRAMES[kind](make(engine, table), "a", "b", text="t"))
    assert [(row[kind], row["t"]) for row in found][1:3] == [
        (None, "n.a."),
        (None, "n.a."),
    ]
    # zero="raise": the scalar calculators' default, a ZeroDivisionError naming the row.
    with pytest.raises(ZeroBaseError, match=r"1 row\(s\) have a zero reference, such as actual=7"):
        rows(FRAMES[kind](make(engine, table), "a", "b", zero="raise"))
    # A missing value with a zero reference is missing, not a division by zero.
    table = {"a": ("int", [50520, None]), "b": ("int", [135800, 0])}
    found = rows(FRAMES[kind](make(engine, table), "a", "b", zero="raise", places=2))
    assert [row[kind] for row in found] == [scalar_row(kind, 50520, 135800, 2)[0], None]


def test_zero_takes_null_or_raise_only():
    table = pd.DataFrame({"a": [1], "b": [0]})
    with pytest.raises(OptionError, match=r"zero='skip' is not understood; pass 'null'"):
        frames.attainment(table, "a", "b", zero="skip")  # type: ignore[arg-type]
    with pytest.raises(ZeroDivisionError):  # a ZeroBaseError is the builtin too
        frames.share(table, "a", "b", zero="raise")
