"""The errors of `baocao_kt`.

Every error is a :class:`BaoCaoError`, and each concrete error is also the builtin
exception it is, so ``except ValueError`` keeps working in code that does not know
this library:

>>> from baocao_kt import ParseError, parse_number
>>> try:
...     parse_number("1.5")
... except ValueError as error:
...     print(type(error).__name__, error.position)
ParseError 1

Messages name the offending value and say what would be right.
"""

from __future__ import annotations

__all__ = [
    "BaoCaoError",
    "MagnitudeError",
    "MissingFigureError",
    "MissingValueError",
    "NonFiniteError",
    "OppositeSignError",
    "OptionError",
    "ParseError",
    "PeriodError",
    "ReportDataError",
    "UnitMismatchError",
    "UnknownUnitError",
    "ValueKindError",
    "ZeroBaseError",
]


class BaoCaoError(Exception):
    """The base of every error raised by `baocao_kt`."""


class ParseError(BaoCaoError, ValueError):
    """Text that cannot be read as what was asked for.

    Attributes:
        text: The whole text that was being read.
        position: The index in ``text`` of the first character that could not be
            read (0-based).
        suggestion: The likely intended form, when there is one, else ``None``.
    """

    def __init__(
        self,
        message: str,
        *,
        text: str,
        position: int,
        suggestion: str | None = None,
    ) -> None:
        super().__init__(message)
        self.text = text
        self.position = position
        self.suggestion = suggestion


class ValueKindError(BaoCaoError, TypeError):
    """A value of a type the library refuses (a bool, a list, ``None``, …).

    Attributes:
        value: The refused value.
    """

    def __init__(self, message: str, *, value: object) -> None:
        super().__init__(message)
        self.value = value


class NonFiniteError(BaoCaoError, ValueError):
    """A NaN or an infinity, which no report figure can be.

    Attributes:
        value: The refused value.
    """

    def __init__(self, message: str, *, value: object) -> None:
        super().__init__(message)
        self.value = value


class MagnitudeError(BaoCaoError, ValueError):
    """A number too large or too small to be a report figure (``1E+5000``, ``1E-999``).

    Every figure lies between 10⁻¹⁰⁰ and 10¹⁰¹, and a numeral read from text has at
    most 300 digits: far beyond any report, and enough to keep every operation instant.

    Attributes:
        value: The refused value.
    """

    def __init__(self, message: str, *, value: object) -> None:
        super().__init__(message)
        self.value = value


class MissingValueError(BaoCaoError, ValueError):
    """A missing value (``None``, NaN from a table, ``pandas.NA``) where a figure is needed.

    A missing figure is never read as zero. Where the caller asked for it (``na=True``),
    the result is ``n.a.`` instead.

    Attributes:
        value: The missing value as given.
    """

    def __init__(self, message: str, *, value: object) -> None:
        super().__init__(message)
        self.value = value


class OptionError(BaoCaoError, ValueError):
    """An option outside what it can be (``places=-1``, ``style="short"``).

    Attributes:
        option: The option's name.
        value: The refused value.
    """

    def __init__(self, message: str, *, option: str, value: object) -> None:
        super().__init__(message)
        self.option = option
        self.value = value


class ZeroBaseError(BaoCaoError, ZeroDivisionError):
    """A ratio whose base (the plan, the scenario, the whole) is zero.

    Attributes:
        numerator: The value that was to be divided.
    """

    def __init__(self, message: str, *, numerator: object) -> None:
        super().__init__(message)
        self.numerator = numerator


class OppositeSignError(BaoCaoError, ValueError):
    """A relative comparison against a reference of the opposite sign, which means nothing.

    (−50 ÷ 100 − 1) × 100 = −150 % would read as "giảm 150%"; no report can say that.

    Attributes:
        value: The value compared.
        reference: The reference it was compared with.
    """

    def __init__(self, message: str, *, value: object, reference: object) -> None:
        super().__init__(message)
        self.value = value
        self.reference = reference


class UnitMismatchError(BaoCaoError, TypeError):
    """Two quantities whose units cannot be combined (households and people, ha and đồng).

    Attributes:
        left: The unit of the left operand (or of the quantity being converted).
        right: The unit of the right operand (or the unit asked for).
    """

    def __init__(self, message: str, *, left: object, right: object) -> None:
        super().__init__(message)
        self.left = left
        self.right = right


class UnknownUnitError(ParseError):
    """A unit name that the unit catalog does not know (a typo, or a unit to add first).

    A `ParseError` (so also a `ValueError`): ``text`` is the text that was read (the whole
    quantity, or the unit name alone), ``position`` where the unit starts in it, and
    ``suggestion`` the text with the closest known unit, when there is one.

    Attributes:
        unit: The unit name as written.
        suggestions: The closest known unit names, best first (possibly none).
    """

    def __init__(  # noqa: PLR0913 - the three fields of ParseError and two of its own
        self,
        message: str,
        *,
        text: str,
        position: int,
        unit: str,
        suggestions: tuple[str, ...] = (),
        suggestion: str | None = None,
    ) -> None:
        super().__init__(message, text=text, position=position, suggestion=suggestion)
        self.unit = unit
        self.suggestions = suggestions


class PeriodError(BaoCaoError, ValueError):
    """A period that cannot exist (month 13, quarter 5, an end before its start).

    Also raised by `reporting_window` for a period whose rule sets no cut-off window
    (Nghị định 09/2019 has none for nine months).

    Attributes:
        field: The name of the offending field (``"month"``, ``"q"``, ``"end"``), or
            ``"period"`` when the period as a whole is refused.
        value: The refused value.
    """

    def __init__(self, message: str, *, field: str, value: object) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


class MissingFigureError(BaoCaoError, LookupError):
    """A period whose figure needs a month the series has no figure for.

    A `LookupError` (not a `KeyError`, whose text would be the quoted key): a missing
    month is never read as zero.

    Attributes:
        month: The first month without a figure.
        period: The period that was asked for.
    """

    def __init__(self, message: str, *, month: object, period: object) -> None:
        super().__init__(message)
        self.month = month
        self.period = period


class ReportDataError(BaoCaoError, ValueError):
    """A report data file (TOML), a table or a workbook (.xlsx) that cannot be read as a report.

    The message names the file and the key (a table's row and column) and the value, says
    what would be right, and keeps the message of the error underneath (a `ParseError`, an
    `UnknownUnitError`, …), which is also the exception's ``__cause__``.

    Attributes:
        source: The file's path as given (``"<string>"`` for text; ``"<frame>"`` for a
            table, unless named).
        key: The dotted key of the offending value (``"indicators.NLTS.figures.estimate.4"``,
            ``"sections[0].indicators[1]"``; a table's ``"row 3, column 'value'"``; a
            workbook's sheet and cell ``"Biểu 01!F12"``, row ``"Biểu 01!12:12"`` or sheet), or
            ``None`` when the file as a whole is wrong (not TOML, not a workbook; a table
            without rows).
        value: The offending value as the file has it; for a wrong key (a misspelt one,
            month 13), the key as written; ``None`` for a missing key.
    """

    def __init__(self, message: str, *, source: str, key: str | None, value: object) -> None:
        super().__init__(message)
        self.source = source
        self.key = key
        self.value = value
