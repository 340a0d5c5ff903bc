"""The Vietnamese text of exact percents in a dataframe: ``1.234,5%``, ``0,66 điểm %``.

Written from the scaled Int64 by integer arithmetic and string concatenation only, so
every engine writes the same text as `Percent.format`: digits grouped by ``.``, a
decimal comma, a minus only before a non-zero value (the integer has no negative zero).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import narwhals as nw

#: The text of a cell whose ratio has no meaning, as `NotAvailable` writes it.
NOT_AVAILABLE = "n.a."
# Int64 holds up to 9.2 × 10^18: seven groups of three digits.
_GROUPS = 7


def percent_text(value: nw.Expr, places: int, unit: str) -> nw.Expr:
    """The text of ``value × 10^-places`` with ``unit``; ``n.a.`` where value is null."""
    import narwhals as nw  # noqa: PLC0415

    magnitude = value.abs()
    whole = magnitude // 10**places if places else magnitude
    grouped = _grouped(whole)
    parts = [nw.when(value < 0).then(nw.lit("-")).otherwise(nw.lit("")), grouped]
    if places:
        fraction = (magnitude % 10**places).cast(nw.String).str.zfill(places)
        parts += [nw.lit(","), fraction]
    parts.append(nw.lit(unit))
    text = nw.concat_str(parts)
    return nw.when(value.is_null()).then(nw.lit(NOT_AVAILABLE)).otherwise(text)


def _grouped(whole: nw.Expr) -> nw.Expr:
    """A non-negative Int64 with its thousands grouped by ``.`` (``1.883.819.164``)."""
    import narwhals as nw  # noqa: PLC0415

    def group(index: int) -> nw.Expr:
        below = whole // 1000**index if index else whole
        return (below % 1000).cast(nw.String).str.zfill(3)

    result: nw.Expr = whole.cast(nw.String)  # below 1000: no group mark
    for count in range(2, _GROUPS + 1):  # the widest last, so that it is tested first
        leading = (whole // 1000 ** (count - 1)).cast(nw.String)
        pieces = [leading]
        for index in range(count - 2, -1, -1):
            pieces += [nw.lit("."), group(index)]
        text = nw.concat_str(pieces)
        result = nw.when(whole >= 1000 ** (count - 1)).then(text).otherwise(result)
    return result
