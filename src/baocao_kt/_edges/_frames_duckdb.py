"""The ratios of two integer columns on DuckDB, in SQL of its own.

Narwhals writes a floor division on DuckDB as seven copies of its operands and a
zero-padded text as a dozen string functions; a ratio whose operands are never negative
needs neither. So a DuckDB relation with two integer columns gets one ``SELECT`` of
plain SQL over it, lazy as the relation is:

- the percent is ``(2·|a|·10^k + |b|) // (2·|b|)``, the half-up quotient of
  ``_frames_wide``, in BIGINT for a row whose operands are small enough (`_sized`;
  HUGEINT's division is ten times slower), else in HUGEINT;
- the text is a cast for the whole percent below 1.000 and ``format('{:t.}', …)``
  above, so no digit group is built that a row does not need.

With ``overflow="raise"`` one aggregate (a survey) runs at the call, over the relation
computed once and held (`computed_once`): a floating-point estimate of the largest
percent, with no division of integers. Within `LIMIT`
(`size_bound`) no row can be refused; beyond it, the rows are counted exactly and
refused with `MagnitudeError`. A check inside the query could only raise DuckDB's own
exception, at the caller's fetch (a Python function called by the query raising
`MagnitudeError` reaches the caller as ``duckdb.InvalidInputException``).
"""

from __future__ import annotations

import math
from typing import Any

from baocao_kt._edges._frames_exact import LIMIT, fresh_names, unexact_error
from baocao_kt._edges._frames_text import NOT_AVAILABLE

# The largest value every step of the BIGINT arithmetic may reach.
_BIGINT_MOST = 2**63 - 1


def duckdb_ratio(  # noqa: PLR0913, PLR0917 - add_ratio's checked arguments, passed on
    native: Any,  # noqa: ANN401 - a DuckDB relation
    kind: str,
    columns: tuple[str, str],
    places: int,
    names: tuple[str, str | None],
    overflow: str,
    options: tuple[str, str],
) -> Any:  # noqa: ANN401 - a DuckDB relation
    """The caller's relation with the ratio (and its text) of two integer columns."""
    name, text = names
    left, right = (quoted(column) for column in columns)
    (size_name,) = fresh_names({*native.columns, name, text or name}, 1)
    scale = 10 ** (2 + places) if kind != "point_change" else 10**places
    if overflow == "raise":
        _survey(native, kind, (left, right), scale, options)
    size = quoted(size_name)
    staged = native.select(f"*, {_sized(kind, (left, right), scale)} AS {size}")
    # attainment and share are of sizes; a change has the sign of the difference.
    signed = (
        size
        if kind in {"attainment", "share"}
        else f"CASE WHEN {left}::HUGEINT < {right}::HUGEINT THEN -{size} ELSE {size} END"
    )
    value = (
        f"CASE WHEN {_meaningful(kind, left, right)} AND {size} <= {LIMIT} THEN "
        f"({signed})::BIGINT END AS {quoted(name)}"
    )
    result = staged.select(f"* EXCLUDE ({size}), {value}")
    if text is None:
        return result
    unit = " điểm %" if kind == "point_change" else "%"
    return result.select(f"*, {_text(quoted(name), places, unit)} AS {quoted(text)}")


def _sized(kind: str, columns: tuple[str, str], scale: int) -> str:
    """The SQL of the size, in BIGINT for a row whose operands are small, else HUGEINT.

    Within ``±(2⁶³ − 1) // (4·scale + 2)`` every step of `_size` stays within BIGINT
    (``|a − b|·2·scale + |b| ≤ (4·scale + 1)·bound``), and DuckDB computes a ``CASE``
    branch only for the rows that take it: a row takes HUGEINT's division, ten times
    slower, only if it needs it (8 million rows: 0,87 s all in HUGEINT, 0,17 s so).
    """
    left, right = columns
    bound = _BIGINT_MOST // (4 * scale + 2)
    small = f"{left} BETWEEN -{bound} AND {bound} AND {right} BETWEEN -{bound} AND {bound}"
    sizes = []
    for integer in ("BIGINT", "HUGEINT"):
        a, b = f"{left}::{integer}", f"{right}::{integer}"
        sizes.append(_size(kind, f"({_top(kind, a, b)})", f"({_divisor(b)})", scale))
    return f"CASE WHEN {small} THEN {sizes[0]} ELSE {sizes[1]} END"


def computed_once(native: Any) -> Any:  # noqa: ANN401 - a DuckDB relation
    """The relation computed once and held, for a check and the rows it vouches for.

    A DuckDB relation is a query run again at every read: a check at the call (the
    survey of ``overflow="raise"``, the count of ``zero="raise"``) would run everything
    the relation is computed from, a `cumulate`'s windows, once more than the caller's
    own read, and each later call once again; and a row stored after the call would be
    read unchecked. DuckDB 2.0's ``materialize()`` runs it once and holds the rows in
    memory: the checks and the returned relation read those rows, so the rows checked
    are the rows read. Rows held already are read as they are; DuckDB 1.x, which has no
    ``materialize()``, runs the query again.
    """
    materialize = getattr(native, "materialize", None)
    if materialize is None or native.type == "MATERIALIZED_RELATION":
        return native
    return materialize()


def quoted(name: str) -> str:
    """A column name as a DuckDB identifier."""
    return '"' + name.replace('"', '""') + '"'


def size_bound(estimate: float | None) -> int:
    """An integer at least the largest size whose floating-point estimate is given.

    The estimate of ``|t|·10^k ÷ |b|`` is four roundings of a double away from it (two
    conversions of exact integers, a product by a power of ten, a quotient), each within
    a relative 2⁻⁵³, and the half-up quotient exceeds the ratio by at most ½: so
    ``⌊estimate × (1 + 2⁻⁴⁸)⌋ + 1`` is never below it.
    """
    if estimate is None or math.isnan(estimate):
        return 0
    return math.floor(estimate * (1 + 2.0**-48)) + 1


def _survey(
    native: Any,  # noqa: ANN401 - a DuckDB relation
    kind: str,
    columns: tuple[str, str],
    scale: int,
    options: tuple[str, str],
) -> None:
    """Refuse the rows beyond `LIMIT`: one estimate of the largest, an exact count beyond."""
    left, right = columns
    a, b = f"{left}::HUGEINT", f"{right}::HUGEINT"
    top = f"({_top(kind, a, b)})"
    # A zero reference is estimated as 1 (DuckDB refuses to divide by zero): its row has
    # no value, so at worst the bound is too large and the exact count runs.
    estimate = (
        f"abs({top})::DOUBLE * {float(scale)!r}"
        if kind == "point_change"
        else f"abs({top})::DOUBLE * {float(scale)!r} / greatest(abs({b}), 1)::DOUBLE"
    )
    ((largest,),) = native.aggregate(f"max({estimate})").fetchall()
    if size_bound(largest) > LIMIT:
        _refuse(native, kind, (a, b, top), scale, options, columns)


def _refuse(  # noqa: PLR0913, PLR0917 - the survey's pieces, passed on
    native: Any,  # noqa: ANN401 - a DuckDB relation
    kind: str,
    operands: tuple[str, str, str],
    scale: int,
    options: tuple[str, str],
    columns: tuple[str, str],
) -> None:
    """Count the rows whose value is beyond `LIMIT`, exactly; raise if there are any."""
    a, b, top = operands
    size = _size(kind, top, f"({_divisor(b)})", scale)
    beyond = f"{_meaningful(kind, a, b)} AND {size} > {LIMIT}"
    ((count,),) = native.aggregate(f"count(*) FILTER (WHERE {beyond})").fetchall()
    if count:
        (row,) = native.filter(beyond).select(", ".join(columns)).limit(1).fetchall()
        raise unexact_error(count, tuple(row), options)


def _top(kind: str, a: str, b: str) -> str:
    """The SQL of what is divided: ``a``, or ``a − b`` for a change."""
    return a if kind in {"attainment", "share"} else f"{a} - {b}"


def _divisor(b: str) -> str:
    """The SQL of ``|b|``, 1 where b is 0 (that row has no value; DuckDB refuses ÷ 0)."""
    return f"CASE WHEN {b} = 0 THEN 1 ELSE abs({b}) END"


def _size(kind: str, top: str, divisor: str, scale: int) -> str:
    """The SQL of the value's size: ``(2·|t|·10^k + |b|) // (2·|b|)``, or |a − b|·10^p.

    Both operands are never negative, so DuckDB's truncating ``//`` is the floor.
    """
    if kind == "point_change":
        return f"abs({top}) * {scale}"
    return f"(abs({top}) * {2 * scale} + {divisor}) // ({divisor} * 2)"


def _meaningful(kind: str, a: str, b: str) -> str:
    """The SQL of whether the ratio means anything: b not 0, a and b of one sign.

    Null where an operand is: a null value is left null, as it should be.
    """
    if kind == "point_change":
        return "TRUE"
    return f"NOT ({b} = 0 OR ({a} > 0 AND {b} < 0) OR ({a} < 0 AND {b} > 0))"


def _text(value: str, places: int, unit: str) -> str:
    """The SQL of the text of a BIGINT ``value × 10^-places``: ``-1.234,56%``."""
    magnitude = f"abs({value})"
    whole = f"{magnitude} // {10**places}" if places else magnitude
    parts = [
        f"CASE WHEN {value} < 0 THEN '-' ELSE '' END",
        f"CASE WHEN {whole} < 1000 THEN ({whole})::VARCHAR ELSE format('{{:t.}}', {whole}) END",
    ]
    if places:
        parts += ["','", f"lpad(({magnitude} % {10**places})::VARCHAR, {places}, '0')"]
    parts.append("'" + unit.replace("'", "''") + "'")
    not_available = "'" + NOT_AVAILABLE + "'"
    return f"CASE WHEN {value} IS NULL THEN {not_available} ELSE {' || '.join(parts)} END"
