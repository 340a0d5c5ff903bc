"""Ratios of two integer columns in one division, on the engines with 128-bit integers.

The general lowering (``_frames_exact``) keeps every step within Int64, so a percent is a
long division of one decimal at a time, about fifty expressions. Where the engine has a
128-bit integer (polars, DuckDB) and both columns are integers, one division does: for
``|a|, |b| < 2⁶³`` and ``k = 2 + places ≤ 10``,

    ``q = (2·|a|·10^k + |b|) // (2·|b|)``

is ``|a| ÷ |b| × 100`` rounded half-up at ``places``, and ``2·|a|·10^k + |b|`` stays below
``2⁶³ · 2·10¹⁰ + 2⁶³ < 2⁹⁹``, far inside Int128: nothing can overflow, so no row needs a
guard before the arithmetic. A result above `LIMIT` is flagged, as on the general path.

The formula is written over a namespace, ``polars`` or ``narwhals``, whose expressions
both spell alike (``col``, ``lit``, ``when``, ``Int128``); polars uses it. DuckDB
writes the same formula in SQL of its own (``_frames_duckdb``): narwhals' floor division
there repeats its operands seven times, and a survey may show that BIGINT will do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from baocao_kt._edges._frames_exact import LIMIT

if TYPE_CHECKING:
    from types import ModuleType

#: polars's Int128 arithmetic is whole from 1.31 (pola-rs/polars#23055); before, the
#: general path.
POLARS_INT128 = (1, 31)


@attrs.frozen
class WideParts:
    """The expressions of one ratio, in the namespace they were written in.

    Attributes:
        value: The signed percent × 10^places, an Int128 (meaningful where ``ok``).
        missing: True where an input is null.
        no_meaning: True where the ratio has none (a zero reference, opposite signs).
        beyond: True where the value is beyond `LIMIT`.
    """

    value: Any
    missing: Any
    no_meaning: Any
    beyond: Any


def polars_has_int128() -> bool:
    """Whether the installed polars computes with Int128 (1.31 and later)."""
    import polars as pl  # noqa: PLC0415

    release = tuple(int(part) for part in pl.__version__.split(".")[:2] if part.isdigit())
    return release >= POLARS_INT128


def wide_parts(ns: ModuleType, kind: str, columns: tuple[str, str], places: int) -> WideParts:
    """The ratio ``kind`` of two integer columns, in ``ns`` (``polars`` or ``narwhals``).

    attainment and share: ``|a| ÷ |b| × 100``; variance and growth: ``(a − b) ÷ |b| ×
    100``, its sign that of ``a − b``; point_change: ``a − b`` points (both columns
    integers, so exact), all rounded half away from zero, as the scalar calculators.
    """
    a, b = (ns.col(column).cast(ns.Int128) for column in columns)
    missing = a.is_null() | b.is_null()
    zero = ns.lit(0, ns.Int128)  # polars has no negation of an Int128: 0 − x instead
    if kind == "point_change":
        difference = a - b
        size = difference.abs() * 10**places if places else difference.abs()
        value = ns.when(difference < 0).then(zero - size).otherwise(size)
        return WideParts(value, missing, ns.lit(value=False), size > LIMIT)
    divisor = ns.when(b == 0).then(ns.lit(1, ns.Int128)).otherwise(b.abs())
    top = a if kind in {"attainment", "share"} else a - b
    size = (top.abs() * (2 * 10 ** (2 + places)) + divisor) // (divisor * 2)
    # attainment and share are of sizes (opposite signs have no meaning); a change has
    # the sign of the difference.
    value = size if top is a else ns.when(top < 0).then(zero - size).otherwise(size)
    no_meaning = (b == 0) | ((a > 0) & (b < 0)) | ((a < 0) & (b > 0))
    return WideParts(value, missing, no_meaning, size > LIMIT)
