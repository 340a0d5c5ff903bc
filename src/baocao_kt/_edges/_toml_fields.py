"""The values of a report data file, each with its place: what it must be, or why not.

A `Node` is one value of the parsed file and its dotted key. Its readers check one kind
of value (a table of known keys, text, a number, a month, …) and refuse anything else
with a `ReportDataError` naming the file, the key and the value, and saying what would
be right.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from baocao_kt._text._numbers import parse_number
from baocao_kt._text._qualifiers import read_qualifier
from baocao_kt._values._convert import to_decimal
from baocao_kt._values._limits import MAX_TEXT_DIGITS, out_of_bounds
from baocao_kt.errors import BaoCaoError, MagnitudeError, ReportDataError

__all__ = ["Node", "RefusedNumeral", "blame", "show"]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_MONTH_KEY = re.compile(r"[0-9]{1,2}")
_SHOWN = 80
# An int of more bits than a numeral of MAX_TEXT_DIGITS digits can hold, in any base TOML
# has (hexadecimal: 4 bits a digit). Converting one to Decimal takes time quadratic in its
# size (seconds for a megabyte of hex digits), so it is refused before.
_MAX_INTEGER_BITS = 4 * MAX_TEXT_DIGITS
_BITS_PER_DIGIT = 3.3219


class RefusedNumeral:
    """A TOML number no figure can be, as written, and why (parsing keeps it for its key)."""

    __slots__ = ("reason", "text")

    def __init__(self, text: str, reason: str) -> None:
        self.text, self.reason = text, reason

    def __repr__(self) -> str:
        return f"RefusedNumeral({show(self.text)}, {self.reason!r})"


def show(value: object) -> str:
    """A value as the file writes it (TOML), shortened when long.

    >>> show("12.250,5,1"), show(Decimal("651.909")), show(True), show({"1": 12400})
    ('"12.250,5,1"', '651.909', 'true', '{ 1 = 12400 }')
    """
    text = _toml(value)
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, Decimal, RefusedNumeral)):
        return _number_text(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{_key(str(k))} = {_toml(v)}" for k, v in value.items())
        return "{ " + pairs + " }" if pairs else "{}"
    return str(value)  # dates and times: TOML writes them as Python does


def _number_text(value: int | Decimal | RefusedNumeral) -> str:
    if isinstance(value, RefusedNumeral):
        return value.text
    if isinstance(value, int) and value.bit_length() > _MAX_INTEGER_BITS:
        # str() of a huge int is slow, or refused beyond 4300 digits
        return f"(an integer of about {round(value.bit_length() / _BITS_PER_DIGIT)} digits)"
    return str(value)


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else json.dumps(name, ensure_ascii=False)


class Node:
    """A value of the file at a dotted key (``None``: the file's top level)."""

    __slots__ = ("key", "source", "value")

    def __init__(self, source: str, key: str | None, value: object) -> None:
        self.source, self.key, self.value = source, key, value

    def child(self, name: str | int, value: object) -> Node:
        """The node of the value at ``name`` (a key) or at ``name`` (an array index)."""
        if isinstance(name, int):
            return Node(self.source, f"{self.key}[{name}]", value)
        key = _key(name) if self.key is None else f"{self.key}.{_key(name)}"
        return Node(self.source, key, value)

    @property
    def where(self) -> str:
        """The table's name as a header writes it, for messages."""
        return "the top level" if self.key is None else f"[{self.key}]"

    def error(self, reason: str) -> ReportDataError:
        """The error of this value: ``reason`` says what is wrong and what would be right."""
        return ReportDataError(
            f"{self.source}: {self.key} = {show(self.value)}: {reason}",
            source=self.source,
            key=self.key,
            value=self.value,
        )

    def failed(self, error: BaoCaoError) -> ReportDataError:
        """The error of this value that the library refused with ``error`` (raise it from)."""
        return self.error(str(error))

    def key_error(self, name: str, reason: str) -> ReportDataError:
        """The error of a key of this table that should not be there: its value is the key."""
        key = self.child(name, None).key
        return ReportDataError(
            f"{self.source}: {key}: {reason}", source=self.source, key=key, value=name
        )

    def table(
        self, known: Sequence[str] | None = None, required: Mapping[str, str] | None = None
    ) -> dict[str, Node]:
        """The table's values by key: only ``known`` keys (any when None), ``required`` there.

        ``required`` maps each required key to an example of it, for the message.
        """
        if not isinstance(self.value, dict):
            raise self.error(f"is not a table; write {self.where} and its keys below it")
        nodes = {name: self.child(name, value) for name, value in self.value.items()}
        for name in nodes:
            if known is not None and name not in known:
                close = difflib.get_close_matches(name, known, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise self.key_error(
                    name,
                    f"{name!r} is not a key of {self.where}; its keys are "
                    + ", ".join(known)
                    + hint,
                )
        for name, example in (required or {}).items():
            if name not in nodes:
                key = self.child(name, None).key
                raise ReportDataError(
                    f"{self.source}: {key} is missing; add it to {self.where}: {example}",
                    source=self.source,
                    key=key,
                    value=None,
                )
        return nodes

    def array(self) -> list[Node]:
        """The array's values."""
        if not isinstance(self.value, list):
            raise self.error("is not an array; write [value, value, …]")
        return [self.child(index, value) for index, value in enumerate(self.value)]

    def text(self, example: str) -> str:
        """Non-empty text; ``example`` shows one in the message."""
        if not isinstance(self.value, str) or not self.value.strip():
            raise self.error(f"is not text; write it in double quotes, such as {example}")
        return self.value

    def boolean(self) -> bool:
        """``true`` or ``false``."""
        if not isinstance(self.value, bool):
            raise self.error("is not a boolean; write true or false (without quotes)")
        return self.value

    def qualified_number(self) -> tuple[str | None, Decimal]:
        """A number, or an approximate one in text with its word (``"hơn 2.100"``).

        >>> Node("f.toml", "x", "hơn 2.100").qualified_number()
        ('hơn', Decimal('2100'))
        """
        value = self.value
        if isinstance(value, str):
            qualifier, start = read_qualifier(value)
            if qualifier is not None:
                return qualifier, Node(self.source, self.key, value[start:]).number()
        return None, self.number()

    def number(self) -> Decimal:
        """A number, exactly: a TOML integer or float, or text in Vietnamese notation.

        It is within the bounds of a report figure (see `to_decimal`) and has at most
        `MAX_TEXT_DIGITS` digits.
        """
        value = self.value
        if isinstance(value, RefusedNumeral):
            raise ReportDataError(
                f"{self.source}: {self.key} = {show(value)}: {value.reason}",
                source=self.source,
                key=self.key,
                value=value.text,
            )
        if isinstance(value, int) and value.bit_length() > _MAX_INTEGER_BITS:
            raise self.error(f"is a numeral of more than {MAX_TEXT_DIGITS} digits")
        if isinstance(value, str):
            try:
                return parse_number(value)
            except BaoCaoError as error:
                raise self.failed(error) from error
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            number = Decimal(value)
            if not number.is_finite():
                raise self.error("is not a finite number; a report figure must be one")
            try:
                return to_decimal(number)
            except MagnitudeError as error:
                raise self.error(out_of_bounds(number)) from error
        raise self.error(
            'is not a number; write 12250 or 5108.711 (TOML), or "5.108,711" '
            "(Vietnamese notation, in quotes)"
        )

    def months(self, year: int) -> dict[int, Node]:
        """A table of month numbers (``1`` to ``12`` of ``year``) to values, by month."""
        found: dict[int, Node] = {}
        for name, node in self.table().items():
            if not _MONTH_KEY.fullmatch(name) or not 1 <= int(name) <= 12:
                raise self.key_error(
                    name, f"{name!r} is not a month; write the month's number, 1 to 12 of {year}"
                )
            month = int(name)
            if month in found:
                raise self.key_error(name, f"month {month} is given twice; give it once")
            found[month] = node
        return found


def blame(node: Node, fields: dict[str, Node], error: BaoCaoError) -> ReportDataError:
    """The error of the field the library's ``error`` names (its option), else of ``node``."""
    option = getattr(error, "option", None)
    return (fields.get(option, node) if isinstance(option, str) else node).failed(error)
