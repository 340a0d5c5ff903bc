"""Growth against the same period where the text states last year's figure too.

*… đạt 2.150 tỷ đồng, tăng 7,5% so với cùng kỳ (cùng kỳ năm trước: 2.000 tỷ đồng)*: the
growth is recomputed from the two amounts, and its direction checked as well as its size
(*tăng* for a fall is an error whatever the number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from baocao_kt._audit._amounts import NUMBER
from baocao_kt._audit._findings import Finding
from baocao_kt._audit._judge import VERDICTS, Verdict, judge, places_of
from baocao_kt._audit._place import Lines, finding_at
from baocao_kt._calculators._ratios import attainment, growth
from baocao_kt._text._numbers import read_number
from baocao_kt._units._parse import parse_quantity
from baocao_kt._units._quantity import Quantity
from baocao_kt._values._rates import Percent
from baocao_kt.errors import BaoCaoError

__all__ = ["growth_findings"]

# X unit, tăng|giảm|bằng Z% so [với] cùng kỳ [năm trước] (… : Y unit)
_GROWTH = re.compile(
    rf"(?<![\w.,/])(?P<x>{NUMBER})\s+(?P<unit>[^\d,;()\n%]+?)\s*,\s*"
    rf"(?P<verb>tăng|giảm|bằng)\s+(?P<z>{NUMBER})\s*%\s+so(?:\s+với)?\s+cùng\s+kỳ"
    rf"[^()\n;%\d]*(?:\d{{4}}[^()\n;%\d]*)?\(\s*[*_]*(?:[^():\n;\d]*:\s*)?"
    rf"(?P<y>{NUMBER})(?:\s+(?P<yunit>[^()\d\n;*_]+?))?\s*[*_]*\)",
    re.IGNORECASE,
)


def _amount(number: str, unit: str) -> Quantity | Decimal:
    unit = unit.strip()
    return parse_quantity(f"{number} {unit}") if unit else read_number(number, 0, len(number))


def growth_findings(text: str, lines: Lines) -> Iterator[tuple[int, Finding]]:
    """Each growth whose two amounts the text states, by the offset of its percentage."""
    for match in _GROWTH.finditer(text):
        try:
            current = _amount(match["x"], match["unit"])
            previous = _amount(match["y"], match["yunit"] or match["unit"])
            stated = read_number(text, match.start("z"), match.end("z"))
            verb = match["verb"].casefold()
            exact = (
                attainment(current, previous) if verb == "bằng" else growth(current, previous)
            ).exact
        except BaoCaoError:
            continue  # amounts that do not read are not judged
        yield match.start("z"), _finding(lines, match, verb, stated, exact)


def _finding(
    lines: Lines, match: re.Match[str], verb: str, stated: Decimal, exact: Fraction
) -> Finding:
    places = places_of(stated)
    written = f"{match['verb']} {match['z']}%"
    unit = match["unit"].strip()
    operands = f"{match['x']} {unit} so với {match['y']} {(match['yunit'] or unit).strip()}"
    value = Percent(exact)
    if verb == "bằng":
        right = f"bằng {value.format(places)}"
        verdict: Verdict = judge(stated, value.exact)
    else:
        rose = value.exact >= 0
        right = f"{'tăng' if rose else 'giảm'} {abs(value).format(places)}"
        if (verb == "tăng") != rose and value.rounded(places) != 0:
            verdict = "wrong"
        else:
            verdict = judge(stated, abs(value).exact)
    severity, message = VERDICTS[verdict]
    expected = None if verdict == "ok" else right
    return finding_at(
        lines,
        match.start("z"),
        severity=severity,
        kind="growth",
        stated=written,
        expected=expected,
        message=message.format(written=written, operands=operands, expected=expected),
    )
