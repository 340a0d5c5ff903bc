"""The words a report writes before an approximate figure: *hơn 2.100 tỷ đồng*.

*hơn* (more than), *trên* (over), *dưới* (under), *gần* (nearly), *khoảng* (about),
*xấp xỉ* (approximately). A `Quantity` keeps its word (`Quantity.qualifier`); a `Percent`
is exact and has none, so `parse_percent` refuses one and says how to read it.
"""

from __future__ import annotations

import re

#: The qualifiers of approximate figures, as reports write them.
QUALIFIERS = ("hơn", "trên", "dưới", "gần", "khoảng", "xấp xỉ")

# A qualifier (any spacing between its words), then the number: a digit or a sign.
_QUALIFIER = re.compile(
    r"\s*("
    + "|".join(r"\s+".join(map(re.escape, word.split())) for word in QUALIFIERS)
    + r")\s+(?=[-−0-9])",
    re.IGNORECASE,
)


def read_qualifier(text: str) -> tuple[str | None, int]:
    """The qualifier that starts ``text`` (``"hơn"``), if any, and where the number starts.

    >>> read_qualifier("hơn 2.100 tỷ đồng"), read_qualifier("2.100 tỷ đồng")
    (('hơn', 4), (None, 0))
    >>> read_qualifier("Xấp  xỉ 12,5 ha")
    ('xấp xỉ', 8)
    """
    match = _QUALIFIER.match(text)
    if match is None:
        return None, 0
    return " ".join(match[1].casefold().split()), match.end()
