"""`audit_text`: the percentages a report's text states, checked against its own amounts.

The text is scanned for the shapes a report writes a percentage in; every number is read
by the library's own parser (`read_number`) and every amount by `parse_quantity`, so the
audit reads figures exactly as the rest of the library writes them. Checked:

- a percentage of two amounts the clause states: *103.700/351.147 triệu đồng, bằng 29,04%*,
  *76.348 triệu/137.395 triệu đồng, đạt 55,6%* (*vượt Z%* is the excess over 100 %);
- a growth against the same period whose last-year amount is stated (`_growth`);
- a total against its parts, inline (*trong đó:*, *gồm:*) or in a footnote (`_totals`);
- an output against its yield and area (`_products`);
- the typography of every percentage (*02%*, *23,3 %*, *7.2%*) and of a decimal point
  before a unit (*7.2 ha*).

Every percentage found is counted, and those checked; the difference is what the audit
could not judge, which a reader must check by other means.
"""

from __future__ import annotations

import re
from decimal import Decimal

from baocao_kt._audit._amounts import NUMBER, SCALES
from baocao_kt._audit._findings import Audit, Finding
from baocao_kt._audit._growth import growth_findings
from baocao_kt._audit._judge import VERDICTS, judge, places_of
from baocao_kt._audit._place import Lines, finding_at
from baocao_kt._audit._products import product_findings
from baocao_kt._audit._totals import breakdown_findings, footnote_findings
from baocao_kt._calculators._ratios import attainment
from baocao_kt._text._input import require_text
from baocao_kt._text._numbers import format_number, parse_number, read_number
from baocao_kt._units._names import is_scale_word
from baocao_kt._units._parse import parse_quantity
from baocao_kt._units._quantity import Quantity
from baocao_kt._values._rates import Percent
from baocao_kt.errors import BaoCaoError

__all__ = ["audit_text"]

# Any numeral before a '%', in any notation, so that slips are found too.
_PERCENT = re.compile(r"(?<![\w.,])(\d[\d.,]*\d|\d)(\s*)%")
# X[ scale]/Y unit, bằng|đạt|vượt Z% — the amounts of one clause and the percent after them.
_RATIO = re.compile(
    rf"(?<![\w.,])(?P<x>{NUMBER})(?:\s+(?P<scale>{SCALES}))?\s*/\s*(?P<y>{NUMBER})"
    rf"\s+(?P<unit>[^\d,;()/\n]+?)\s*,\s*(?P<verb>bằng|đạt|vượt)\s+(?P<z>{NUMBER})\s*%",
    re.IGNORECASE,
)
# N/M = P% or N/M (P%): a count and its share, as tables and lists write it. No '/' or digit
# around N/M, so that a date (26/3/2026) is never read as a count.
_COUNT = re.compile(
    rf"(?<![\w.,/])(?P<x>{NUMBER})\s*/\s*(?P<y>{NUMBER})(?![\d/.,])"
    rf"(?:\s+(?P<unit>[^\d,;()=/\n%]+?))?\s*(?:=|\()\s*(?P<z>{NUMBER})\s*%",
    re.IGNORECASE,
)
# A decimal point before a unit word (7.2 ha): English notation in a Vietnamese report.
_DECIMAL_POINT = re.compile(r"(?<![\w.,])(\d+\.\d{1,2})(?![\d.])\s+(\w+(?:\s+\w+)?)")


def audit_text(text: str, *, source: str | None = None) -> Audit:
    """Audit the percentages a report's text states, against the amounts it states.

    Args:
        text: Plain text or Markdown, a report or a part of one.
        source: The file it came from, named in `Audit.lines`.

    >>> audit = audit_text(
    ...     "Tổng chi ngân sách lũy kế 4 tháng ước thực hiện 103.700/351.147 triệu đồng, "
    ...     "bằng 29,04% dự toán giao."
    ... )
    >>> audit.lines()
    ['1:82: error: 29,04% should be 29,53% (103.700/351.147 triệu đồng)']
    >>> audit.summary()
    '1 error(s), 0 warning(s); 1 of 1 percentages checked, 0 total(s) and 0 product(s)'
    """
    require_text(text, "audit_text", "103.700/351.147 triệu đồng, bằng 29,53%")
    # Markdown and LaTeX escape the sign (100\\%): read it as one, keeping every offset.
    text = text.replace("\\%", "%\u200b")
    lines = Lines(text)
    percentages = _percentages(text, lines)
    percentages_found = sum(1 for _ in _PERCENT.finditer(text))
    totals = [*breakdown_findings(text, lines), *footnote_findings(text, lines)]
    products = list(product_findings(text, lines))
    typography = [
        found
        for found in (
            *(_typography(match, lines) for match in _PERCENT.finditer(text)),
            *(_decimal_point(match, lines) for match in _DECIMAL_POINT.finditer(text)),
        )
        if found is not None
    ]
    ordered = sorted(
        [*percentages.values(), *totals, *products, *typography],
        key=lambda finding: (finding.line, finding.column),
    )
    return Audit(
        source=source,
        findings=tuple(ordered),
        percentages_found=percentages_found,
        percentages_checked=len(percentages),
        totals_checked=len(totals),
        products_checked=len(products),
    )


def _percentages(text: str, lines: Lines) -> dict[int, Finding]:
    """The finding of each percentage judged against its amounts, by its offset."""
    judged: dict[int, Finding] = {}
    for pattern in (_RATIO, _COUNT):
        for match in pattern.finditer(text):
            if match.start("z") not in judged:
                found = _ratio(text, match, lines)
                if found is not None:
                    judged[match.start("z")] = found
    for offset, found in growth_findings(text, lines):
        judged.setdefault(offset, found)
    return judged


def _ratio(text: str, match: re.Match[str], lines: Lines) -> Finding | None:
    """The finding of *X/Y unit, bằng Z%* (or *N/M = P%*), ``None`` if its amounts do not read."""
    unit = (match["unit"] or "").strip()
    groups = match.groupdict()
    whole: Decimal | Quantity
    part: Decimal | Quantity
    try:
        if not unit:  # a count without its noun: plain numbers
            whole = read_number(match["y"], 0, len(match["y"]))
            part = read_number(match["x"], 0, len(match["x"]))
        elif groups.get("scale") is None:
            whole = parse_quantity(f"{match['y']} {unit}")
            part = parse_quantity(f"{match['x']} {unit}")
        else:
            whole = parse_quantity(f"{match['y']} {unit}")
            if not is_scale_word(unit.split()[0]):
                return None
            rest = unit[len(unit.split()[0]) :].strip() or None
            part = parse_quantity(f"{match['x']} {match['scale']}", implied_unit=rest)
        stated = read_number(text, match.start("z"), match.end("z"))
        exact = attainment(part, whole).exact
    except BaoCaoError:
        return None  # amounts the library cannot read are not judged: they count as unchecked
    if (groups.get("verb") or "").casefold() == "vượt":
        exact -= 100
    places = places_of(stated)
    written = f"{match['z']}%"
    operands = f"{match['x']}/{match['y']} {unit}".rstrip()
    verdict = judge(stated, exact)
    expected = None if verdict == "ok" else Percent(exact).format(places)
    severity, message = VERDICTS[verdict]
    return finding_at(
        lines,
        match.start("z"),
        severity=severity,
        kind="ratio",
        stated=written,
        expected=expected,
        message=message.format(written=written, operands=operands, expected=expected),
    )


def _typography(match: re.Match[str], lines: Lines) -> Finding | None:
    """A percentage written against the rules: *02%*, *23,3 %*, *7.2%*."""
    number, space = match[1], match[2]
    written = match[0]
    try:  # the numeral alone: a suggestion is of the numeral, not of the whole text
        value = parse_number(number)
    except BaoCaoError as error:
        suggestion = getattr(error, "suggestion", None)
        expected = None if suggestion is None else f"{suggestion}%"
        advice = "" if expected is None else f"; write {expected}"
        why = f"{written} is not a Vietnamese number{advice}"
    else:
        integer = number.split(",")[0].replace(".", "")
        if len(integer) > 1 and integer.startswith("0"):
            expected = f"{format_number(value)}%"
            why = f"{written} has a leading zero; write {expected}"
        elif space:
            expected = f"{number}%"
            why = f"{written!r} has a space before '%'; write {expected}"
        else:
            return None
    return _warning(lines, match.start(1), written, expected, why)


def _decimal_point(match: re.Match[str], lines: Lines) -> Finding | None:
    """*7.2 ha*: a decimal point before a unit, which reads as 72 in Vietnamese."""
    number, words = match[1], match[2]
    suggestion = number.replace(".", ",")
    for unit in (words, words.split()[0]):
        try:
            parse_quantity(f"{suggestion} {unit}")
        except BaoCaoError:
            continue
        written, expected = f"{number} {unit}", f"{suggestion} {unit}"
        why = (
            f"{written} has a decimal point, which groups thousands in Vietnamese; write {expected}"
        )
        return _warning(lines, match.start(1), written, expected, why)
    return None


def _warning(lines: Lines, offset: int, stated: str, expected: str | None, why: str) -> Finding:
    """A finding of typography: certain, but no wrong number."""
    return finding_at(
        lines,
        offset,
        severity="warning",
        kind="typography",
        stated=stated,
        expected=expected,
        message=why,
    )
