"""The Vietnamese text of exact percents in a dataframe: ``1.234,5%``, ``0,66 điểm %``.

Written from the scaled Int64 by integer arithmetic and string concatenation only, so
every engine writes the same text as `Percent.format`: digits grouped by ``.``, a
decimal comma, a minus only before a non-zero value (the integer has no negative zero).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import narwhals as nw

    from baocao_kt._edges._frames_exact import Scratch

#: The text of a cell whose ratio has no meaning, as `NotAvailable` writes it.
NOT_AVAILABLE = "n.a."
# Int64 holds up to 9.2 × 10^18: seven groups of three digits.
_GROUPS = 7


def percent_text(
    scratch: Scratch, value: nw.Expr, places: int, unit: str, largest: int | None = None
) -> nw.Expr:
    """The text of a non-null Int64 ``value × 10^-places`` followed by ``unit``.

    ``largest`` is the largest ``|value|`` of the column where it is known (one cheap
    aggregate): only the digit groups it needs are built, so that the common column of
    percents below 1.000 is one cast. Unknown (``None``), every group of an Int64 is.
    The pieces are stored in scratch columns first: a nested expression that repeats
    them takes DuckDB seconds to plan.
    """
    import narwhals as nw  # noqa: PLC0415

    wanted = _GROUPS if largest is None else _groups_of(largest // 10**places)
    (magnitude,) = scratch.put(value.abs())
    (whole,) = scratch.put(magnitude // 10**places if places else magnitude)
    result: nw.Expr = whole.cast(nw.String)  # below 1000: no group mark
    if wanted > 1:
        groups = scratch.put(
            *(
                ((whole // 1000**index if index else whole) % 1000).cast(nw.String).str.zfill(3)
                for index in range(wanted - 1)
            )
        )
        for count in range(2, wanted + 1):  # the widest last, so that it is tested first
            pieces = [(whole // 1000 ** (count - 1)).cast(nw.String)]
            for index in range(count - 2, -1, -1):
                pieces += [nw.lit("."), groups[index]]
            result = (
                nw.when(whole >= 1000 ** (count - 1)).then(nw.concat_str(pieces)).otherwise(result)
            )
        (result,) = scratch.put(result)
    parts = [nw.when(value < 0).then(nw.lit("-")).otherwise(nw.lit("")), result]
    if places:
        parts += [nw.lit(","), (magnitude % 10**places).cast(nw.String).str.zfill(places)]
    parts.append(nw.lit(unit))
    return nw.concat_str(parts)


def _groups_of(whole: int) -> int:
    """The groups of three digits of a non-negative integer: 1 for 0 to 999."""
    return max(1, (len(str(whole)) + 2) // 3)
