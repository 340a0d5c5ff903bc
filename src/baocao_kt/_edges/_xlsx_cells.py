"""The cells of a workbook read as figures: exactly, or refused with the cell named.

A cell holds a number (read through its shortest repr: Excel's 0.1 is 0,1), Vietnamese
text (``"12.250"``, ``"5.108,711"``, ``"(123)"`` for −123, ``"hơn 2.100"``), ``"-"`` (no
figure) or nothing. Every cell read from text is kept as a `CoercedCell`, so that a user
sees which figures were typed as text. Anything else (a date, ``TRUE``, ``#DIV/0!``, text
that is no number, a formula without a saved result) is a `ReportDataError` naming the
file, the sheet, the cell, its value and the header of its column.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from baocao_kt._edges._xlsx_parts import SheetFacts, format_places, is_percent_format
from baocao_kt._text._numbers import parse_number
from baocao_kt._text._percents import parse_percent
from baocao_kt._text._qualifiers import read_qualifier
from baocao_kt._values._convert import to_decimal
from baocao_kt.errors import BaoCaoError, ReportDataError

__all__ = ["CellReader", "CoercedCell", "address", "column_index", "column_letter"]

_NO_FIGURE = frozenset({"-", "–", "—", "x", "X"})
_MAX_EXACT_FLOAT = 2**53


def column_letter(index: int) -> str:
    """The letters of a column (0-based index): ``0 → "A"``, ``27 → "AB"``.

    >>> column_letter(0), column_letter(27)
    ('A', 'AB')
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """The 0-based index of a column's letters (``"AB" → 27``); the inverse of `column_letter`.

    >>> column_index("ab")
    27
    """
    index = 0
    for letter in letters.upper():
        if not "A" <= letter <= "Z":
            raise ValueError(f"{letters!r} is not a column; write letters such as 'B' or 'AB'")
        index = index * 26 + ord(letter) - 64
    return index - 1


def address(row: int, column: int) -> str:
    """The address of a cell from its 0-based row and column: ``(11, 1) → "B12"``.

    >>> address(11, 1)
    'B12'
    """
    return f"{column_letter(column)}{row + 1}"


@attrs.frozen
class CoercedCell:
    """A cell whose figure was read from text.

    Attributes:
        sheet: The sheet's name.
        cell: The cell's address (``"F12"``).
        text: The text in the cell (``"12.250"``, ``"(123)"``, ``"-"``).
        value: The figure read, or ``None`` for a dash (no figure).
        header: The header of its column.
    """

    sheet: str
    cell: str
    text: str
    value: Decimal | None
    header: str

    def __str__(self) -> str:
        read = "no figure" if self.value is None else str(self.value)
        return f"{self.sheet}!{self.cell} ({self.header}): {self.text!r} read as {read}"


def _shown(value: object) -> str:
    if isinstance(value, float):  # as Excel shows it: 5, not 5.0
        return str(int(value)) if value.is_integer() else repr(value)
    return repr(value) if isinstance(value, str) else str(value)


class CellReader:
    """Reads the cells of one sheet of one file; keeps the cells coerced from text."""

    __slots__ = ("coerced", "facts", "sheet", "source")

    def __init__(self, source: str, sheet: str, facts: SheetFacts) -> None:
        self.source, self.sheet, self.facts = source, sheet, facts
        self.coerced: list[CoercedCell] = []

    def error(self, cell: str, value: object, header: str, reason: str) -> ReportDataError:
        """The error of a cell: ``reason`` says what is wrong and what would be right."""
        under = f" (column {header!r})" if header else ""
        return ReportDataError(
            f"{self.source}: sheet {self.sheet!r}, cell {cell}{under}: {_shown(value)} {reason}",
            source=self.source,
            key=f"{self.sheet}!{cell}",
            value=value,
        )

    def figure(self, cell: str, value: object, header: str) -> tuple[str | None, Decimal] | None:
        """The figure in a cell and its qualifier (*hơn*), or ``None`` when it has none."""
        text = self._text_or_none(cell, value, header)
        if text is None:
            return None if _blank(value) else (None, self._number(cell, value, header))
        if text in _NO_FIGURE:
            self.coerced.append(CoercedCell(self.sheet, cell, value, None, header))  # type: ignore[arg-type] # text
            return None
        qualifier, start = read_qualifier(text)
        body = text[start:]
        negative = body.startswith("(") and body.endswith(")")
        try:
            number = parse_number(body[1:-1] if negative else body)
        except BaoCaoError as error:
            raise self._not_a_number(cell, value, header, error) from error
        if negative:
            number = number.copy_negate() if number else number
        self.coerced.append(CoercedCell(self.sheet, cell, value, number, header))  # type: ignore[arg-type] # text
        return qualifier, number

    def percent(self, cell: str, value: object, header: str) -> tuple[Decimal, int | None] | None:
        """A stated percentage and the decimals it is shown with (``None``: as many as it has).

        A number whose cell shows it as a percentage (``0.0%``) is a fraction: × 100.
        """
        text = self._text_or_none(cell, value, header)
        if text is None:
            if _blank(value):
                return None
            number = self._number(cell, value, header)
            code = self.facts.formats.get(cell)
            if code is None:
                return number, None
            if is_percent_format(code):
                number = number.scaleb(2)
            return number, format_places(code)
        if text in _NO_FIGURE:
            self.coerced.append(CoercedCell(self.sheet, cell, value, None, header))  # type: ignore[arg-type] # text
            return None
        try:
            number = parse_percent(text).value if text.endswith("%") else parse_number(text)
        except BaoCaoError as error:
            raise self._not_a_number(cell, value, header, error) from error
        self.coerced.append(CoercedCell(self.sheet, cell, value, number, header))  # type: ignore[arg-type] # text
        places = -number.as_tuple().exponent  # type: ignore[operator] # finite
        return number, max(places, 0)

    def text(self, cell: str, value: object, header: str) -> str | None:
        """The text of a name or unit cell (a number is written as text), or ``None``."""
        if _blank(value):
            return None
        if isinstance(value, str):
            return " ".join(value.split()) or None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(self._number(cell, value, header))
        raise self.error(cell, value, header, "is not text; write the name or the unit")

    def _text_or_none(self, cell: str, value: object, header: str) -> str | None:
        """Stripped text, ``None`` for a non-text value; refuses a formula without result."""
        if _blank(value):
            if cell in self.facts.errors:
                raise self.error(
                    cell,
                    self.facts.errors[cell],
                    header,
                    "is an Excel error value, not a figure; correct the formula or the "
                    "figures it uses",
                )
            if cell in self.facts.unsaved:
                raise self.error(
                    cell,
                    "=" + self.facts.unsaved[cell],
                    header,
                    "is a formula without a saved result (a workbook written by a program, "
                    "never opened in Excel); open the workbook in Excel or LibreOffice and "
                    "save it once, so that its results are stored",
                )
            return None
        if isinstance(value, str):
            return value.strip()
        return None

    def _number(self, cell: str, value: object, header: str) -> Decimal:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            kind = "a date" if isinstance(value, (dt.date, dt.time, dt.timedelta)) else "no number"
            raise self.error(cell, value, header, f"is {kind}; a figure is a number")
        if isinstance(value, float) and value.is_integer() and abs(value) < _MAX_EXACT_FLOAT:
            return Decimal(int(value))  # Excel stores 12250 as 12250.0: the figure is 12250
        try:
            return to_decimal(value)  # a float through its shortest repr: 0.1 is 0,1
        except BaoCaoError as error:
            raise self.error(cell, value, header, f"is no figure: {error}") from error

    def _not_a_number(
        self, cell: str, value: object, header: str, error: BaoCaoError
    ) -> ReportDataError:
        if isinstance(value, str) and value.strip().startswith("#"):
            return self.error(
                cell,
                value,
                header,
                "is an Excel error value, not a figure; correct the formula or the figures it uses",
            )
        return self.error(
            cell,
            value,
            header,
            f"is not a number: {error}; write it as 12.250 or 5.108,711, (123) for a "
            "negative figure, or - for none",
        )


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
