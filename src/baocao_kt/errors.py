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
    "NonFiniteError",
    "OppositeSignError",
    "OptionError",
    "ParseError",
    "PeriodError",
    "UnitMismatchError",
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
    """Two quantities whose units cannot be combined (households and people, ha and đồng)."""


class PeriodError(BaoCaoError, ValueError):
    """A period that cannot exist (month 13, quarter 5, an end before its start)."""
