"""The words before an approximate figure: *hơn 2.100 tỷ đồng*, *khoảng 350 hộ*.

A report writes *hơn*, *trên*, *dưới*, *gần*, *khoảng*, *xấp xỉ* before a figure it does
not know exactly. The figure keeps its word (`Quantity.qualifier`) and writes it back;
it is no number to compute with: arithmetic, ordering and the calculators refuse it
rather than silently treat *hơn 2.100* as 2.100. `Quantity.without_qualifier` is the
explicit way to take the stated number as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from baocao_kt._text._qualifiers import QUALIFIERS
from baocao_kt.errors import OptionError, ValueKindError


def check_qualifier(qualifier: object) -> str | None:
    """Return ``qualifier`` if it is ``None`` or one of `QUALIFIERS`, else raise.

    >>> check_qualifier("hơn"), check_qualifier(None)
    ('hơn', None)
    """
    if qualifier is None or (isinstance(qualifier, str) and qualifier in QUALIFIERS):
        return qualifier
    raise OptionError(
        f"qualifier={qualifier!r} is not a qualifier of a figure; pass None or one of "
        + ", ".join(repr(word) for word in QUALIFIERS),
        option="qualifier",
        value=qualifier,
    )


def refuse_approximate(action: str, *operands: object) -> None:
    """Raise `ValueKindError` if any operand is an approximate figure (has a qualifier)."""
    for operand in operands:
        if getattr(operand, "qualifier", None) is not None:
            raise ValueKindError(
                f"cannot {action} {operand}: an approximate figure is no exact number; "
                "take its stated number explicitly with .without_qualifier() if that is "
                "what is meant",
                value=operand,
            )


def combined_qualifier(qualifiers: Iterable[str | None], what: str) -> str | None:
    """The qualifier of a sum (or mean, or last) of figures, some of them approximate.

    Exact figures added to figures *hơn* (more than) their numbers make a total *hơn* its
    number; the same holds for each word alone (a bound stays a bound, an approximation
    an approximation). Figures of two different words make no single one: refused.

    >>> combined_qualifier([None, "hơn", None], "lũy kế 4 tháng"), combined_qualifier([None], "x")
    ('hơn', None)
    """
    found = {qualifier for qualifier in qualifiers if qualifier is not None}
    if len(found) <= 1:
        return next(iter(found), None)
    words = " and ".join(repr(word) for word in sorted(found))
    raise ValueKindError(
        f"cannot cumulate {what}: its figures are stated as {words}, which make no single "
        "approximate figure; give the exact figures, or one word for all",
        value=what,
    )
