"""The words before an approximate figure: *hơn 2.100 tỷ đồng*, *khoảng 350 hộ*.

A report writes *hơn*, *trên*, *dưới*, *gần*, *khoảng*, *xấp xỉ* before a figure it does
not know exactly. The figure keeps its word (`Quantity.qualifier`) and writes it back;
it is no number to compute with: arithmetic, ordering and the calculators refuse it
rather than silently treat *hơn 2.100* as 2.100. `Quantity.without_qualifier` is the
explicit way to take the stated number as it is.
"""

from __future__ import annotations

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
