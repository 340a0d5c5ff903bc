"""Totals and their parts: *Tổng … X, trong đó: a; b; c* and footnoted breakdowns.

A breakdown claims that its parts add up to its total only when it is complete (*gồm*,
*bao gồm*, *chia ra*). *Trong đó* names only the main parts, and a footnote may leave some
out or list a part inside another (a land-use revenue inside domestic revenue and again
beside it): parts that add up to more than such a total are worth a warning, never an
error. An error is certain: a complete breakdown whose parts miss the total by more than
the rounding of its figures can explain, and by no single part counted twice.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from baocao_kt._audit._amounts import (
    NUMBER,
    Amount,
    Role,
    clause_start,
    read_amounts,
    read_count,
    sentence_end,
)
from baocao_kt._audit._findings import Finding, Severity
from baocao_kt._audit._judge import places_of
from baocao_kt._audit._place import Lines, finding_at
from baocao_kt._text._numbers import format_number
from baocao_kt._units._parse import parse_quantity
from baocao_kt.errors import BaoCaoError

__all__ = ["breakdown_findings", "footnote_findings"]

_MARKER = re.compile(r"\b(?P<marker>trong đó|bao gồm|gồm|chia ra)\s*:", re.IGNORECASE)
_COMPLETE = {"bao gồm", "gồm", "chia ra"}
# The last numeral of a clause and the words after it, up to the marker.
_LAST_NUMBER = re.compile(
    rf"(?<![\w.,/])(?P<x>{NUMBER})(?![\d/]|[.,]\d|\s*%)(?P<noun>[^\d]*)$", re.IGNORECASE
)
_LABELLED = re.compile(rf":\s*(?P<x>{NUMBER})\s*[*_]*\s*$")
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# A footnote mark after a word (kịch bản¹); not a unit's power (m², km³).
_MARK = re.compile(rf"(?<=[^\s\d{_SUPERSCRIPTS}])(?<!\bm)(?<!km|cm|dm)([{_SUPERSCRIPTS}]+)")


# How a footnote's part may lack a figure of the total's role.
_ROLES: dict[Role, str] = {
    "month": "figure for the month",
    "cumulative": "cumulative figure",
    "plan": "plan",
    "other": "figure",
}


# A footnote: a line that starts with its mark.
_BODY = re.compile(
    rf"^[^\S\n]*(?P<mark>[{_SUPERSCRIPTS}]+)(?![{_SUPERSCRIPTS}])(?P<body>.+)$", re.MULTILINE
)


class _Parts:
    """A total and its parts, all in the total's unit, and how each was written."""

    def __init__(
        self, total: Decimal, places: int, parts: Sequence[tuple[Decimal, int]], *, exact: bool
    ) -> None:
        self.total = total
        self.sum = sum((value for value, _ in parts), Decimal(0))
        self.values = [value for value, _ in parts]
        # Each stated figure stands for the interval of values that round to it.
        self.slack = (
            Decimal(0)
            if exact
            else sum(
                (Decimal(5).scaleb(-places - 1) for _, places in parts),
                Decimal(5).scaleb(-places - 1),
            )
        )


def _places(written: str) -> int:
    return len(written.split(",")[1]) if "," in written else 0


def _judge(parts: _Parts, *, complete: bool) -> tuple[Severity, str]:
    """The severity and the reason of a total against its parts."""
    difference = parts.sum - parts.total
    if not difference:
        return "ok", "the parts add up to the total"
    if not complete and difference < 0:
        return "ok", "the parts named are within the total (the list may name only the main ones)"
    if abs(difference) <= parts.slack:
        return "warning", "right only if the figures were rounded separately"
    if not complete:
        return "warning", (
            "more than the total: a part listed inside another, or a wrong figure "
            "(the breakdown is not said to be complete)"
        )
    if difference in parts.values:
        return "warning", "as if one part were counted twice (a part inside another?)"
    return "error", "a complete breakdown must add up to its total"


def _finding(  # noqa: PLR0913 - the total, its parts and where it stands
    lines: Lines,
    offset: int,
    written: str,
    unit: str,
    parts: _Parts,
    *,
    complete: bool,
    note: str = "",
) -> Finding:
    severity, why = _judge(parts, complete=complete)
    places = max([_places(written)] + [places_of(value) for value in parts.values])
    total_text = f"{written} {unit}".rstrip()
    sum_text = f"{format_number(parts.sum, places)} {unit}".rstrip()
    shown = " + ".join(format_number(value) for value in parts.values)
    if severity == "ok":
        message = f"{total_text}: {why} ({shown} = {sum_text}{note})"
        expected = None
    else:
        message = (
            f"the parts add up to {sum_text}, not the stated {total_text}: {why} ({shown}{note})"
        )
        expected = sum_text
    return finding_at(
        lines,
        offset,
        severity=severity,
        kind="total",
        stated=total_text,
        expected=expected,
        message=message,
    )


def breakdown_findings(text: str, lines: Lines) -> Iterator[Finding]:
    """The findings of every *X unit, trong đó: a; b; c* whose parts can be read."""
    for marker in _MARKER.finditer(text):
        begin = clause_start(text, marker.start())
        total = _LAST_NUMBER.search(text, begin, marker.start())
        if total is None:
            continue
        noun = re.split(r"[,(;*]", total["noun"], maxsplit=1)[0].split()
        inside = re.sub(r"[\s*_]", "", total["noun"]).endswith("(")
        end = sentence_end(text, marker.end())
        if inside:  # the list ends with its parenthesis, within the sentence
            end = text.find(")", marker.end(), end + 1)
            if end < 0:
                continue
        parts = _parts_of(text, marker.end(), end, total["x"], noun)
        if parts is None:
            continue
        unit, read, certain = parts
        yield _finding(
            lines,
            total.start("x"),
            total["x"],
            unit,
            read,
            complete=certain and marker["marker"].casefold() in _COMPLETE,
        )


def _parts_of(
    text: str, start: int, end: int, total: str, noun: list[str]
) -> tuple[str, _Parts, bool] | None:
    """The parts of a breakdown in ``text[start:end]``, by the total's noun or by labels.

    The flag says whether each part is certainly one of the list's items: one amount to
    each item between semicolons, and no list inside the list.
    """
    listed = text[start:end]
    segments = listed.split(";")
    nested = _MARKER.search(listed) is not None or "trong đó" in listed.casefold()
    try:
        value = read_count(total, 0, len(total))
        for count in (2, 1):  # 06 giáo viên bậc Tiểu học và 04 giáo viên bậc …
            if len(noun) < count:
                continue
            unit = " ".join(noun[:count])
            pattern = re.compile(rf"(?<![\w.,/])({NUMBER})\s+{re.escape(unit)}\b", re.IGNORECASE)
            found = [match[1] for match in pattern.finditer(text, start, end)]
            if len(found) >= 2:
                parts = [(read_count(part, 0, len(part)), _places(part)) for part in found]
                exact = _is_count(total, unit) and not any(places for _, places in parts)
                each = len(segments) == 1 or all(
                    len(pattern.findall(segment)) == 1 for segment in segments
                )
                certain = each and not nested and "(" not in listed
                return unit, _Parts(value, _places(total), parts, exact=exact), certain
        labelled = [_LABELLED.search(segment.rstrip(" .")) for segment in segments]
        if len(segments) >= 2 and all(labelled):
            parts = [
                (read_count(match["x"], 0, len(match["x"])), _places(match["x"]))
                for match in labelled
                if match is not None
            ]
            read = _Parts(value, _places(total), parts, exact=True)
            return " ".join(noun[:2]), read, not nested
    except BaoCaoError:
        return None
    return None


def _is_count(total: str, unit: str) -> bool:
    """Whether ``total unit`` is a count (exact), not a measure that may be rounded."""
    if _places(total):
        return False
    try:
        dimension = parse_quantity(f"{total} {unit}").unit.dimension
    except BaoCaoError:
        return True  # a noun the catalog does not know: giáo viên, hồ sơ
    return not any(name.startswith("[") for name, _ in dimension)


def footnote_findings(text: str, lines: Lines) -> Iterator[Finding]:
    """The findings of every total (*Tổng …*) whose footnote lists its parts."""
    bodies: dict[str, list[re.Match[str]]] = {}
    for body in _BODY.finditer(text):
        bodies.setdefault(body["mark"], []).append(body)
    starts = {mark: [body.start() for body in found] for mark, found in bodies.items()}
    for mark in _MARK.finditer(text):
        # The footnote is the first of that mark below the reference (marks restart).
        found = bodies.get(mark[1], [])
        index = bisect.bisect_right(starts.get(mark[1], []), mark.end())
        if index == len(found):
            continue
        body = found[index]
        begin = clause_start(text, mark.start(), stops="\n")
        sentence = text[begin : mark.start()]
        if "tổng" not in sentence.casefold():
            continue
        totals = _by_role(read_amounts(text, begin, mark.start()))
        parts = [
            _by_role(read_amounts(text, part_start, part_end))
            for part_start, part_end in _segments(text, body.start("body"), body.end("body"))
        ]
        parts = [part for part in parts if part]
        if len(parts) < 2:
            continue
        for role, total in totals.items():
            yield from _footnote_total(lines, role, total, [part.get(role) for part in parts])


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    for piece in text[start:end].split(";"):
        yield position, position + len(piece)
        position += len(piece) + 1


def _by_role(amounts: list[Amount]) -> dict[Role, Amount]:
    """The amounts of a clause by role; a role stated twice is not read (which is which?)."""
    roles: dict[Role, list[Amount]] = {}
    for amount in amounts:
        if amount.role != "other":
            roles.setdefault(amount.role, []).append(amount)
    return {role: found[0] for role, found in roles.items() if len(found) == 1}


def _footnote_total(
    lines: Lines, role: Role, total: Amount, parts: list[Amount | None]
) -> Iterator[Finding]:
    stated = [part for part in parts if part is not None]
    if len(stated) < 2:
        return
    try:
        values = [
            (part.quantity.to(total.quantity.unit).magnitude, _places(part.written))
            for part in stated
        ]
    except BaoCaoError:
        return  # parts in units of another kind are not parts of this total
    read = _Parts(total.quantity.magnitude, _places(total.written), values, exact=False)
    if len(stated) < len(parts) and read.sum <= read.total:
        return  # some parts have no figure: only an excess can be seen
    unit = str(total.quantity.unit)
    missing = len(parts) - len(stated)
    note = f"; {missing} of the {len(parts)} parts state no {_ROLES[role]}" if missing else ""
    yield _finding(lines, total.start, total.written, unit, read, complete=False, note=note)
