"""baocao_kt.frames: lũy kế and cùng kỳ over every dataframe engine."""

from __future__ import annotations

from decimal import Decimal
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao_kt import OptionError, ValueKindError, frames, growth
from baocao_kt._edges import _frames_windows
from tests.frames_engines import ENGINES, make, rows
from tests.strategies import month_tables

MONTHS = {
    "year": ("int", [2026, 2026, 2026, 2026, 2026, 2026, 2026, 2025, 2025]),
    "unit": ("str", ["A", "A", "A", "A", "A", "A", "B", "A", "A"]),
    "month": ("int", [2, 1, 3, 4, 5, 6, 1, 1, 2]),
    "flow": ("int", [13020, 12000, 13250, 12250, 3 * 10**15, None, 7, 11000, 12500]),
    "money": ("decimal3", ["1.1", "2.2", "3.3", "4.4", "5.5", "6.6", "7", "1", "1"]),
}


@pytest.fixture(params=ENGINES)
def engine(request):
    return request.param


def test_year_to_date_is_the_exact_running_sum_of_the_months(engine):
    result = rows(frames.cumulate(make(engine, MONTHS), by=["unit"], period="month", value="flow"))
    # Month 6 is null: its lũy kế and none after it is a partial sum.
    assert [row["flow_cumulative"] for row in result] == [
        25020, 12000, 38270, 50520, 3 * 10**15 + 50520, None, 7, 11000, 23500,
    ]  # fmt: skip


def test_half_and_quarter_windows_restart_and_end_on_their_totals(engine):
    table = make(engine, MONTHS)
    quarter = frames.cumulate(table, by=["unit"], period="month", value="money", window="quarter")
    assert [row["money_cumulative"] for row in rows(quarter)][:6] == [
        Decimal(v) for v in ["3.300", "2.200", "6.600", "4.400", "9.900", "16.500"]
    ]
    half = frames.cumulate(
        make(engine, MONTHS), by=["unit"], period="month", value="money", window="half", name="h"
    )
    assert [row["h"] for row in rows(half)][5] == Decimal("23.100")


def test_a_list_of_columns_gets_each_column_its_own_totals(engine):
    # One pass for both columns (on polars and DuckDB), the answer of two calls: the null
    # flow of unit A's June empties the flow totals from June on, not the money totals.
    both = frames.cumulate(
        make(engine, MONTHS), by=["unit"], period="month", value=["flow", "money"], name=["f", "m"]
    )
    found = rows(both)
    flow = rows(frames.cumulate(make(engine, MONTHS), by=["unit"], period="month", value="flow"))
    money = rows(frames.cumulate(make(engine, MONTHS), by=["unit"], period="month", value="money"))
    assert [row["f"] for row in found] == [row["flow_cumulative"] for row in flow]
    assert [row["m"] for row in found] == [row["money_cumulative"] for row in money]
    assert [row["f"] for row in found][5] is None
    assert [row["m"] for row in found][5] == Decimal("23.100")
    assert list(found[0])[-2:] == ["f", "m"]  # the new columns last, in the order given


def test_a_missing_or_repeated_month_leaves_the_total_empty(engine):
    table = {
        "year": ("int", [2026, 2026, 2026, 2026, 2026]),
        "unit": ("str", ["A", "A", "B", "B", "B"]),
        "month": ("int", [1, 3, 1, 1, 2]),
        "flow": ("int", [1, 2, 3, 4, 5]),
    }
    result = rows(frames.cumulate(make(engine, table), by=["unit"], period="month", value="flow"))
    assert [row["flow_cumulative"] for row in result] == [1, None, None, None, None]


@pytest.mark.parametrize("window", ["year", "quarter"])
def test_a_gap_stops_only_the_totals_after_it_in_its_own_window(engine, window):
    # Polars and DuckDB run ordered windows, the others filters and joins: both give
    # these. A month twice stops its own and later totals, not earlier ones; a month
    # outside 1 to 12 or with no number has no total and stops no other; a missing
    # month stops the rest of its window only (a quarter restarts after it).
    table = {
        "year": ("int", [2026] * 14),
        "unit": ("str", ["A"] * 4 + ["B"] * 5 + ["C"] * 5),
        "month": ("int", [1, 2, 2, 3, 0, 1, 2, 13, None, 1, 2, 3, 5, 6]),
        "flow": ("int", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 50, 60]),
    }
    found = rows(
        frames.cumulate(
            make(engine, table), by=["unit"], period="month", value="flow", window=window
        )
    )
    assert [row["flow_cumulative"] for row in found] == [
        1, None, None, None, None, 6, 13, None, None, 10, 30, 60, None, None,
    ]  # fmt: skip


def test_same_period_last_year_takes_last_years_row_of_the_same_month(engine):
    found = rows(
        frames.same_period_last_year(
            make(engine, MONTHS), by=["unit"], period="month", value="flow"
        )
    )
    assert [row["flow_last_year"] for row in found] == [12500, 11000, *[None] * 7]


def test_a_repeated_row_last_year_or_a_missing_key_gives_no_value(engine):
    # Unit A's January 2025 twice: which one? None. A unit without a name matches nothing.
    table = {
        "year": ("int", [2025, 2025, 2026, 2025, 2026, 2025, 2026]),
        "unit": ("str", ["A", "A", "A", "B", "B", None, None]),
        "month": ("int", [1, 1, 1, 1, 1, 1, 1]),
        "flow": ("int", [1, 2, 3, 4, 5, 6, 7]),
    }
    found = rows(
        frames.same_period_last_year(make(engine, table), by=["unit"], period="month", value="flow")
    )
    assert [row["flow_last_year"] for row in found] == [None, None, None, None, 4, None, None]


def _report_table(engine):
    table = frames.cumulate(make(engine, MONTHS), by=["unit"], period="month", value="flow")
    table = frames.same_period_last_year(
        table, by=["unit"], period="month", value="flow_cumulative", name="last"
    )
    return rows(frames.growth(table, "flow_cumulative", "last", places=2, text="text"))


def test_a_report_table_is_a_few_calls(engine):
    # On Dask too: narwhals' group-by there made Dask's planner fail after a cumulate.
    found = _report_table(engine)
    # Lũy kế 2 tháng 25.020 against 23.500 last year; January 12.000 against 11.000.
    assert [row["text"] for row in found][:2] == [
        growth(25020, 23500).format(2),
        growth(12000, 11000).format(2),
    ]
    assert [row["text"] for row in found][:2] == ["6,47%", "9,09%"]


@pytest.mark.parametrize("window", ["year", "quarter"])
def test_totals_named_like_the_scratch_columns_are_kept(engine, window):
    # The scratch columns of a computation are named __baocao_kt_N: a caller's new
    # column of such a name is theirs, not dropped with the scratch.
    names = ["__baocao_kt_0", "__baocao_kt_4"]
    table = make(engine, MONTHS)
    result = rows(
        frames.cumulate(
            table, by=["unit"], period="month", value=["flow", "money"], name=names, window=window
        )
    )
    expected = rows(
        frames.cumulate(
            make(engine, MONTHS),
            by=["unit"],
            period="month",
            value=["flow", "money"],
            name=["f", "m"],
            window=window,
        )
    )
    assert [(row[names[0]], row[names[1]]) for row in result] == [
        (row["f"], row["m"]) for row in expected
    ]


def test_bad_arguments_are_typed_errors():
    table = make("polars", {**MONTHS, "ratio": ("float", [0.5] * 9)})
    with pytest.raises(ValueKindError, match=r"value='ratio' is a Float64 column; .*decimal"):
        frames.cumulate(table, by=["unit"], period="month", value="ratio")
    with pytest.raises(OptionError, match=r"window='month'"):
        frames.cumulate(table, by=["unit"], period="month", value="flow", window="month")  # type: ignore[arg-type]
    with pytest.raises(OptionError, match=r"by='unit' is not a list"):
        frames.cumulate(table, by="unit", period="month", value="flow")
    with pytest.raises(ValueKindError, match=r"period='unit' is a String column"):
        frames.same_period_last_year(table, by=[], period="unit", value="flow")
    with pytest.raises(OptionError, match=r"year='nam' is not a column"):
        frames.same_period_last_year(table, by=["unit"], period="month", value="flow", year="nam")


_STARTS = {"year": 1, "half": 6, "quarter": 3}


def _expected_totals(table, window):
    """Each row's lũy kế by the definition: months first to m of its window, once each."""
    units, years, months, flows = (table[c][1] for c in ("unit", "year", "month", "flow"))
    length = _STARTS[window]
    found = []
    for unit, year, month, flow in zip(units, years, months, flows, strict=True):
        if unit is None or month is None or not 1 <= month <= 12 or flow is None:
            found.append((None, None))
            continue
        first = 1 if window == "year" else (month - 1) // length * length + 1
        window_rows = [
            f
            for u, y, m, f in zip(units, years, months, flows, strict=True)
            if u == unit and y == year and m is not None and first <= m <= month
        ]
        months_given = sorted(
            m
            for u, y, m in zip(units, years, months, strict=True)
            if u == unit and y == year and m is not None and first <= m <= month
        )
        if months_given != list(range(first, month + 1)) or None in window_rows:
            found.append((None, None))
            continue
        found.append((sum(Decimal(f) for f in window_rows), max(abs(f) for f in window_rows)))
    return found


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "dask"])
@pytest.mark.parametrize("window", ["year", "half", "quarter"])
@settings(max_examples=15, deadline=None)
@given(table=month_tables())
def test_every_total_is_the_definitions_or_empty_where_it_would_overflow(engine, window, table):
    # Missing, repeated, null and unnumbered months, null units, dozens of rows of one
    # month (a forgotten key) and values near the Int64 bounds: each cell is the sum of
    # its window's months given once each, or empty; never a partial or wrapped sum.
    _check_totals(engine, window, table)


@pytest.mark.parametrize("window", ["year", "half"])
@settings(max_examples=4, deadline=None)
@given(table=month_tables())
def test_every_total_on_dask_is_the_definitions_too(window, table):
    # Fewer examples: Dask takes seconds to plan each (a repeated month in two
    # partitions once gave a total here, from a distinct count per partition).
    _check_totals("dask", window, table)


def _check_totals(engine, window, table):
    result = rows(
        frames.cumulate(
            make(engine, table), by=["unit"], period="month", value="flow", window=window
        )
    )
    for row, (total, largest) in zip(result, _expected_totals(table, window), strict=True):
        found = row["flow_cumulative"]
        if total is None:
            assert found is None, row
        elif table["flow"][0] == "int" and (largest > 2**59 or abs(total) >= 2**62):
            assert found in {None, total}, row  # beyond the exact range: empty, never wrong
        else:
            assert found == total, row


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "dask"])
@settings(max_examples=15, deadline=None)
@given(table=month_tables(), data=st.data())
def test_a_list_of_columns_is_the_separate_calls_on_any_table(engine, table, data):
    # A second column with nulls and extremes of its own: the shared pass of polars and
    # DuckDB gives each column the totals a call of its own gives.
    size = len(table["flow"][1])
    other = st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1), st.integers(-999, 999))
    table = {**table, "other": ("int", data.draw(st.lists(other, min_size=size, max_size=size)))}
    keys = {"by": ["unit"], "period": "month"}
    both = rows(frames.cumulate(make(engine, table), **keys, value=["flow", "other"]))
    for column in ("flow", "other"):
        alone = rows(frames.cumulate(make(engine, table), **keys, value=column))
        name = f"{column}_cumulative"
        assert [row[name] for row in both] == [row[name] for row in alone], column


def test_pandas_integer_columns_are_summed_by_numpy_keeping_the_callers_index():
    # Integer columns on pandas (and Dask partitions) take a sorted NumPy pass: the same
    # totals as the group-bys and join every engine has, the caller's index and order kept.
    table = make("pandas", {key: MONTHS[key] for key in ("year", "unit", "month", "flow")})
    table.index = [f"r{i}" for i in range(len(table))]
    fast = frames.cumulate(table, by=["unit"], period="month", value="flow", window="quarter")
    with mock.patch.object(_frames_windows, "pandas_integer", return_value=False):
        joined = frames.cumulate(table, by=["unit"], period="month", value="flow", window="quarter")
    assert list(fast.index) == list(table.index)
    assert list(fast.columns) == [*table.columns, "flow_cumulative"]
    assert str(fast["flow_cumulative"].dtype) == str(joined["flow_cumulative"].dtype) == "Int64"
    assert list(fast["flow_cumulative"]) == list(joined["flow_cumulative"])
    with (
        mock.patch.object(_frames_windows, "pandas_cumulate", side_effect=AssertionError),
        pytest.raises(AssertionError),
    ):
        frames.cumulate(table, by=["unit"], period="month", value="flow")


def test_a_pandas_frame_keeps_its_index_when_decimal_and_integer_columns_mix():
    # The decimal column takes the join, the integer one the NumPy pass: the caller's
    # index, row order and the names in the order given, as for one column.
    table = make("pandas", MONTHS)
    table.index = [f"r{i}" for i in range(len(table))]
    both = frames.cumulate(
        table, by=["unit"], period="month", value=["money", "flow"], name=["m", "f"]
    )
    assert list(both.index) == list(table.index)
    assert list(both.columns) == [*table.columns, "m", "f"]
    alone = frames.cumulate(table, by=["unit"], period="month", value="money")
    assert list(both["m"]) == list(alone["money_cumulative"])
    assert list(alone.index) == list(table.index)
