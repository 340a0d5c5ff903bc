"""Ratios of two integer columns in one division, on the engines with 128-bit integers.

The general lowering (``_frames_exact``) keeps every step within Int64, so a percent is a
long division of one decimal at a time, about fifty expressions. Where the engine has a
128-bit integer (polars, DuckDB) and both columns are integers, one division does: for
``|a|, |b| < 2⁶⁴`` (any integer column of up to 64 bits) and ``k = 2 + places ≤ 10``,

    ``q = (2·|a|·10^k + |b|) // (2·|b|)``

is ``|a| ÷ |b| × 100`` rounded half-up at ``places``, and ``2·|a|·10^k + |b|`` stays below
``2⁶⁴ · 2·10¹⁰ + 2⁶⁴ < 2¹⁰⁰``, far inside Int128: nothing can overflow, so no row needs a
guard before the arithmetic. A result above `LIMIT` is flagged, as on the general path.

polars writes it in ``_frames_polars``, DuckDB in SQL of its own (``_frames_duckdb``):
narwhals' floor division there repeats its operands seven times, and a row whose
operands are small is divided in BIGINT.
"""

from __future__ import annotations

#: polars's Int128 arithmetic is whole from 1.31 (pola-rs/polars#23055); before, the
#: general path.
POLARS_INT128 = (1, 31)


def polars_has_int128() -> bool:
    """Whether the installed polars computes with Int128 (1.31 and later)."""
    import polars as pl  # noqa: PLC0415

    release = tuple(int(part) for part in pl.__version__.split(".")[:2] if part.isdigit())
    return release >= POLARS_INT128
