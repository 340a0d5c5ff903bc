"""The amounts a clause states, read by the library's own parsers, with their roles.

An amount is a numeral and its unit (*22.000 triệu đồng*, *0,005ha*, *109 hồ sơ*), or the
pair a report writes for an actual and its plan (*76.348 triệu/137.395 triệu đồng*). Its
role is what the words before it say it is: *lũy kế 4 tháng* or *4 tháng* (cumulative),
*tháng 4* (the month); the second amount of a pair is the plan.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

import attrs

from baocao_kt._text._numbers import read_number
from baocao_kt._units._catalog import UnitCatalog
from baocao_kt._units._names import is_scale_word
from baocao_kt._units._parse import parse_quantity
from baocao_kt._units._quantity import Quantity
from baocao_kt.errors import BaoCaoError

__all__ = [
    "NUMBER",
    "SCALES",
    "Amount",
    "Role",
    "clause_start",
    "read_amounts",
    "read_count",
    "sentence_end",
]

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
SCALES = r"nghìn|ngàn|triệu|tỷ|tỉ"

#: What an amount is in its clause: the month's, the cumulative one, the plan, or unknown.
Role = Literal["month", "cumulative", "plan", "other"]

# A numeral, the scale of the first of a pair (76.348 triệu/137.395 …), the second of the
# pair; never a percentage, never a date (13/02/2026) or a part of one.
_AMOUNT = re.compile(
    rf"(?<![\w.,/])(?P<x>{NUMBER})(?:\s*(?P<scale>{SCALES})(?=\s*/))?"
    rf"(?:\s*/\s*(?P<y>{NUMBER}))?(?![\d/]|[.,]\d|\s*%)",
    re.IGNORECASE,
)
# Up to three words after a numeral; a word may hold a slash (tạ/ha).
_WORDS = re.compile(r"[^\S\n]*([^\W\d_]+(?:/[^\W\d_]+)?)")
_CUMULATIVE = re.compile(r"lũy kế|luỹ kế|\b\d+\s+tháng\b", re.IGNORECASE)
_MONTH = re.compile(r"\btháng\s+\d{1,2}\b", re.IGNORECASE)
# Where a sentence ends: a full stop not inside a number, a blank line, or a line that
# starts a new item (a bullet, a numbered heading); a line break alone does not end it.
_SENTENCE_END = re.compile(r"\.(?!\d)|\n[^\S\n]*\n|\n(?=[^\S\n]*(?:[-+*•]|\d+\.\s|[IVX]+\.))")


@attrs.frozen
class Amount:
    """One amount of a clause: its numeral's place, its value, its unit, its role."""

    start: int
    end: int
    written: str
    quantity: Quantity
    role: Role


def _unit_words(text: str, offset: int) -> list[str]:
    words: list[str] = []
    position = offset
    for _ in range(3):
        match = _WORDS.match(text, position)
        if match is None:
            break
        words.append(match[1])
        position = match.end()
    return words


def _quantity(number: str, scale: str | None, words: list[str]) -> Quantity | None:
    """The longest reading of ``number [scale] words…`` that is a quantity of the catalog."""
    catalog = UnitCatalog.default()
    for count in range(len(words), 0, -1):
        unit = " ".join(words[:count])
        # Looked up first: a failed parse spends its time on suggestions for a reader.
        if catalog.find(unit) is None:
            continue
        try:
            if scale is None:
                return parse_quantity(f"{number} {unit}")
            if not is_scale_word(words[0]):
                return None
            rest = " ".join(words[1:count]) or None
            return parse_quantity(f"{number} {scale}", implied_unit=rest)
        except BaoCaoError:
            continue
    return None


def _role(before: str) -> Role:
    if _CUMULATIVE.search(before):
        return "cumulative"
    if _MONTH.search(before):
        return "month"
    return "other"


def read_amounts(text: str, start: int, end: int) -> list[Amount]:
    """The amounts in ``text[start:end]`` whose unit the catalog knows, in order."""
    amounts: list[Amount] = []
    previous = start
    for match in _AMOUNT.finditer(text, start, end):
        words = _unit_words(text, match.end())
        if not words:
            continue
        role = _role(text[previous : match.start()])
        if match["y"] is None:
            quantity = _quantity(match["x"], None, words)
            if quantity is None or _is_duration(quantity):
                continue
            amounts.append(Amount(match.start("x"), match.end("x"), match["x"], quantity, role))
        else:
            whole = _quantity(match["y"], None, words)
            part = _quantity(match["x"], match["scale"], words)
            if whole is None or part is None or _is_duration(whole):
                continue
            amounts.append(Amount(match.start("x"), match.end("x"), match["x"], part, role))
            amounts.append(Amount(match.start("y"), match.end("y"), match["y"], whole, "plan"))
        previous = match.end()
    return amounts


def _is_duration(quantity: Quantity) -> bool:
    """*4 tháng* names a period (lũy kế 4 tháng), not an amount."""
    return quantity.unit.dimension == (("[time]", 1),)


def read_count(text: str, start: int, end: int) -> Decimal:
    """A numeral written as a count (*09*, a leading zero being the style of counts)."""
    digits = text[start:end]
    stripped = digits.lstrip("0") or "0"
    if stripped[0] in ".,":
        stripped = "0" + stripped
    return read_number(stripped, 0, len(stripped))


def sentence_end(text: str, offset: int) -> int:
    """Where the sentence at ``offset`` ends (the offset of its full stop or line end)."""
    match = _SENTENCE_END.search(text, offset)
    return len(text) if match is None else match.start()


def clause_start(text: str, offset: int, stops: str = ".;:\n") -> int:
    """Where the clause that ends at ``offset`` starts: after a stop that is not in a number."""
    position = offset
    while position > 0:
        char = text[position - 1]
        if char in stops and not (
            char == "." and position < len(text) and text[position : position + 1].isdigit()
        ):
            return position
        position -= 1
    return 0
