"""The public functions of `baocao_kt.frames`: signatures, documentation, examples."""

from __future__ import annotations

from typing import TypeVar

from baocao_kt._edges._frames_last_year import same_period_last_year
from baocao_kt._edges._frames_ratios import Overflow, Zero, add_ratio
from baocao_kt._edges._frames_windows import cumulate

#: The caller's own frame type, handed back unchanged.
FrameT = TypeVar("FrameT")

__all__ = [
    "attainment",
    "cumulate",
    "growth",
    "point_change",
    "same_period_last_year",
    "share",
    "variance",
]


def attainment(  # noqa: PLR0913 - the frame, two columns and the options of every ratio
    frame: FrameT,
    actual: str,
    reference: str,
    *,
    places: int = 1,
    name: str | None = None,
    text: str | None = None,
    overflow: Overflow = "raise",
    zero: Zero = "null",
) -> FrameT:
    """Add actual ÷ reference × 100 (*đạt/bằng X% kế hoạch*), exactly, to every row.

    Args:
        frame: A pandas, polars (eager or lazy), pyarrow, DuckDB, Dask or PySpark frame.
        actual: The column of the figures reached.
        reference: The column of the plans, budget estimates or scenarios.
        places: The decimals of the percent, 0 to 8.
        name: The new value column (default ``"attainment"``): an Int64 holding the
            percent rounded half-up and multiplied by ``10**places`` (``372`` is
            37,2 % at one decimal), null where the ratio has no meaning (a zero
            reference, opposite signs) or a value is missing.
        text: If given, the name of a text column: ``"37,2%"``, ``"n.a."`` where the
            value is null; the text of the scalar ``attainment(a, b, na=True)``.
        overflow: ``"raise"`` (a row that cannot be computed exactly is a
            `MagnitudeError`; a lazy frame is checked by one aggregate query, a
            DuckDB relation computed once and its rows held for the check and the
            result) or ``"null"`` (such rows are left null; nothing is checked).
        zero: ``"null"`` (a row with a value and a zero reference has no value,
            its text ``"n.a."``, as the scalar ``na=True``) or ``"raise"`` (such a
            row is a `ZeroBaseError`, as the scalar calculators' default; checked by
            one aggregate query at the call, on Dask when the frame is computed).

    Returns:
        The frame, of the caller's own type, with the new column(s).

    Raises:
        OptionError: A column that does not exist, a new name that does, bad places.
        ValueKindError: A column that is not an integer, decimal or Float64 column.
        MagnitudeError: A row beyond the exact range (see the tables page).
        ZeroBaseError: With ``zero="raise"``, a row with a value and a zero reference.

    >>> import pandas as pd
    >>> from baocao_kt import frames
    >>> table = pd.DataFrame({"chi": [103700, -5], "du_toan": [351147, -10]})
    >>> frames.attainment(table, "chi", "du_toan", places=2, text="text")
          chi  du_toan  attainment    text
    0  103700   351147        2953  29,53%
    1      -5      -10        5000  50,00%
    """
    return add_ratio(  # type: ignore[no-any-return]
        frame, "attainment", (actual, reference), places, (name, text), overflow, zero
    )


def variance(  # noqa: PLR0913 - the frame, two columns and the options of every ratio
    frame: FrameT,
    actual: str,
    reference: str,
    *,
    places: int = 1,
    name: str | None = None,
    text: str | None = None,
    overflow: Overflow = "raise",
    zero: Zero = "null",
) -> FrameT:
    """Add (actual − reference) ÷ the size of reference × 100 (*vượt kịch bản 2,5%*).

    The arguments and the value column (default ``"variance"``) are those of
    `attainment`; the change is divided by the reference's size, so its sign follows
    the order of the two values, below zero too, as the scalar `baocao_kt.variance`.

    >>> import polars as pl
    >>> from baocao_kt import frames
    >>> table = pl.DataFrame({"actual": [12250, -5], "scenario": [11951, -10]})
    >>> frames.variance(table, "actual", "scenario", text="text")["text"].to_list()
    ['2,5%', '50,0%']
    """
    return add_ratio(  # type: ignore[no-any-return]
        frame, "variance", (actual, reference), places, (name, text), overflow, zero
    )


def growth(  # noqa: PLR0913 - the frame, two columns and the options of every ratio
    frame: FrameT,
    current: str,
    previous: str,
    *,
    places: int = 1,
    name: str | None = None,
    text: str | None = None,
    overflow: Overflow = "raise",
    zero: Zero = "null",
) -> FrameT:
    """Add the growth over the same period last year (*tăng 4,06% so với cùng kỳ*).

    (current − previous) ÷ the size of previous × 100, as `variance`; the value column is
    ``"growth"`` by default. `same_period_last_year` adds the ``previous`` column.

    >>> import polars as pl
    >>> from baocao_kt import frames
    >>> table = pl.DataFrame({"now": [104060, -110], "before": [100000, -100]})
    >>> frames.growth(table, "now", "before", places=2, text="text")["text"].to_list()
    ['4,06%', '-10,00%']
    """
    return add_ratio(  # type: ignore[no-any-return]
        frame, "growth", (current, previous), places, (name, text), overflow, zero
    )


def share(  # noqa: PLR0913 - the frame, two columns and the options of every ratio
    frame: FrameT,
    part: str,
    whole: str,
    *,
    places: int = 1,
    name: str | None = None,
    text: str | None = None,
    overflow: Overflow = "raise",
    zero: Zero = "null",
) -> FrameT:
    """Add the share of a part in its whole, part ÷ whole × 100 (*chiếm X%*).

    The value column is ``"share"`` by default; otherwise as `attainment`.

    >>> import polars as pl
    >>> from baocao_kt import frames
    >>> table = pl.DataFrame({"part": [76348], "whole": [119456]})
    >>> frames.share(table, "part", "whole", text="text")["text"].to_list()
    ['63,9%']
    """
    return add_ratio(  # type: ignore[no-any-return]
        frame, "share", (part, whole), places, (name, text), overflow, zero
    )


def point_change(  # noqa: PLR0913 - the frame, two columns and the options of every ratio
    frame: FrameT,
    rate: str,
    reference_rate: str,
    *,
    places: int = 2,
    name: str | None = None,
    text: str | None = None,
    overflow: Overflow = "raise",
) -> FrameT:
    """Add the difference of two rate columns in percentage points (*0,66 điểm %*).

    Both columns hold numbers of percent (``9.46`` for 9,46 %). The value column
    (default ``"point_change"``) holds the points rounded half-up times
    ``10**places`` (two decimals by default, as `Points`); the text is
    ``"0,66 điểm %"``, as the scalar ``point_change(...).format(places)``.

    >>> import polars as pl
    >>> from baocao_kt import frames
    >>> from decimal import Decimal
    >>> table = pl.DataFrame({"rate": [Decimal("9.46")], "scenario": [Decimal("8.80")]})
    >>> frames.point_change(table, "rate", "scenario", text="text")["text"].to_list()
    ['0,66 điểm %']
    """
    return add_ratio(  # type: ignore[no-any-return]
        frame, "point_change", (rate, reference_rate), places, (name, text), overflow
    )
