"""A DuckDB relation checked at the call is computed once, and the rows checked are read.

A DuckDB relation runs its query again at every read. With a check at the call
(``overflow="raise"``, the default, or ``zero="raise"``) the ratio holds the relation's
rows (DuckDB 2.0's ``materialize()``): the relation is computed once, not once for the
check and once more for the caller's read, and a row stored after the call cannot be
read unchecked. Without a check, the relation stays a lazy query.
"""

from __future__ import annotations

import duckdb
import pytest

from baocao_kt import MagnitudeError, ZeroBaseError, frames
from baocao_kt._edges._frames_exact import LIMIT
from tests.frames_engines import scalar_row

pytestmark = pytest.mark.skipif(
    not hasattr(duckdb.DuckDBPyRelation, "materialize"),
    reason="DuckDB 1.x has no materialize(): a checked relation runs its query again",
)

ROWS = 40  # the rows of range(40), each query's source


def _connection_with_counter() -> tuple[duckdb.DuckDBPyConnection, list[int]]:
    """A connection whose function ``counted(x)`` returns x and notes each call."""
    connection = duckdb.connect()
    calls: list[int] = []

    def counted(value: int) -> int:
        calls.append(value)
        return value

    connection.create_function("counted", counted, ["BIGINT"], "BIGINT", side_effects=True)
    return connection, calls


@pytest.mark.parametrize("kind", ["attainment", "variance", "growth", "share"])
@pytest.mark.parametrize("checks", [{}, {"zero": "raise", "overflow": "null"}])
def test_a_checked_relation_runs_its_query_once_for_the_checks_and_the_read(kind, checks):
    connection, calls = _connection_with_counter()
    relation = connection.sql("select counted(range) as a, 100 as b from range(40)")
    result = getattr(frames, kind)(relation, "a", "b", text="t", **checks)
    assert len(calls) == ROWS  # the call ran the query once, for its checks
    first = result.order("a").fetchall()
    second = result.order("a").fetchall()
    assert len(calls) == ROWS  # the reads read the rows held
    assert first == second
    assert [(a, b, v, t) for a, b, v, t in first] == [
        (a, 100, *scalar_row(kind, a, 100, 1)) for a in range(ROWS)
    ]


def test_a_chain_of_checked_ratios_runs_the_first_query_once():
    connection, calls = _connection_with_counter()
    relation = connection.sql("select counted(range) as a, 100 as b, 50 as c from range(40)")
    table = frames.attainment(relation, "a", "b", text="t")
    table = frames.variance(table, "a", "c", name="v", text="vt")
    table = frames.share(table, "a", "b", name="s")
    assert len(table.fetchall()) == ROWS
    assert len(calls) == ROWS


@pytest.mark.parametrize("source", ["table", "query"])
def test_a_row_stored_after_the_call_is_not_read_unchecked(source):
    connection = duckdb.connect()
    connection.execute("create table t as select range + 1 as a, 10 as b from range(3)")
    relation = connection.table("t") if source == "table" else connection.sql("from t")
    result = frames.attainment(relation, "a", "b", name="p", text="t")
    # Beyond the exact range: a check at the call would have refused it.
    connection.execute("insert into t values (?, 1)", [LIMIT])
    assert result.order("a").select("a, p, t").fetchall() == [
        (1, 100, "10,0%"),
        (2, 200, "20,0%"),
        (3, 300, "30,0%"),
    ]
    with pytest.raises(MagnitudeError):
        frames.attainment(relation, "a", "b", name="p")


def test_without_a_check_at_the_call_the_relation_stays_a_lazy_query():
    connection, calls = _connection_with_counter()
    relation = connection.sql("select counted(range) as a, 100 as b from range(40)")
    result = frames.attainment(relation, "a", "b", overflow="null")
    assert calls == []  # nothing ran at the call
    result.fetchall()
    result.fetchall()
    assert len(calls) == 2 * ROWS  # each read runs the query, as DuckDB does
    assert result.type != "MATERIALIZED_RELATION"


def test_the_checks_at_the_call_still_refuse_with_the_librarys_errors():
    connection = duckdb.connect()
    relation = connection.sql("select * from (values (1, 0), (5, 2)) v(a, b)")
    with pytest.raises(ZeroBaseError, match=r"1 row\(s\) have a zero reference"):
        frames.attainment(relation, "a", "b", zero="raise")
    connection.execute("create table beyond (a bigint, b bigint)")
    connection.execute("insert into beyond values (?, 1), (5, 2)", [LIMIT])
    relation = connection.sql("from beyond")
    with pytest.raises(MagnitudeError, match=r"1 row\(s\) cannot be computed exactly"):
        frames.attainment(relation, "a", "b")
