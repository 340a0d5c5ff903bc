"""The text of a report data file: its bytes read within a limit, decoded, parsed as TOML.

Each step refuses what it cannot read with a `ReportDataError` naming the file: a file
larger than `MAX_FILE_BYTES` (``/dev/zero`` is refused after that many bytes, not read
forever), bytes that are not UTF-8 (with their position), text that is not TOML (with its
line). A UTF-8 byte-order mark, which some Windows editors write, is skipped.

Numbers are parsed without a hang and without Python's own errors: a TOML float is read
exactly (`Decimal`), and a numeral of more than `MAX_TEXT_DIGITS` digits, float or integer,
or of an exponent beyond any number, is kept as a `RefusedNumeral`, which the key's reader
refuses with the key named.
"""

from __future__ import annotations

import os
import re
import tomllib
from decimal import Decimal, InvalidOperation
from typing import Any

from baocao_kt._edges._toml_fields import RefusedNumeral
from baocao_kt._values._limits import MAX_TEXT_DIGITS
from baocao_kt.errors import ReportDataError

__all__ = ["MAX_FILE_BYTES", "parse_toml", "read_source"]

#: The most bytes a report data file may have: 10 MiB, far above any report's data (the
#: example file is 4 KiB); a larger input, such as ``/dev/zero``, is refused unread.
MAX_FILE_BYTES = 10 * 1024 * 1024

_BOM = "\ufeff"
_LINE = re.compile(r"at line ([0-9]+)")
_SHOWN_LINE = 80
# A TOML decimal integer of more digits than a numeral may have, where a value starts:
# Python refuses to convert one of more than 4300 digits (a raw ValueError from tomllib).
_LONG_INTEGER = re.compile(
    rf"(?<![\w.+-])([+-]?[1-9](?:_?[0-9]){{{MAX_TEXT_DIGITS},}})(?![\w.])", re.ASCII
)
# Appended to a long integer so that tomllib reads it as a float, through the hook below.
_AS_FLOAT = "e0"


def read_source(path: str | os.PathLike[str]) -> str:
    """The text of the file at ``path``: at most `MAX_FILE_BYTES` bytes of UTF-8.

    Raises:
        ReportDataError: The file is larger than the limit or is not UTF-8.
        OSError: The file cannot be read.
    """
    source = os.fspath(path)
    with open(path, "rb") as file:  # noqa: PTH123 - a str or PathLike, as open takes it
        data = file.read(MAX_FILE_BYTES + 1)  # never more: /dev/zero has no end
    if len(data) > MAX_FILE_BYTES:
        raise ReportDataError(
            f"{source}: larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB ({MAX_FILE_BYTES} "
            "bytes), the most a report data file may be; is it the right file?",
            source=source,
            key=None,
            value=None,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _not_utf8(source, data, error) from error


def _not_utf8(source: str, data: bytes, error: UnicodeDecodeError) -> ReportDataError:
    bad = data[error.start : error.end]
    line = data.count(b"\n", 0, error.start) + 1
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        hint = "it is UTF-16 (its first bytes say so); save it as UTF-8"
    else:
        hint = "save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)"
    return ReportDataError(
        f"{source}: not a UTF-8 text file: at byte position {error.start} (line {line}), "
        f"{' '.join(f'0x{byte:02x}' for byte in bad)}: {error.reason}; {hint}",
        source=source,
        key=None,
        value=bad,
    )


def parse_toml(text: str, source: str) -> dict[str, Any]:
    r"""The TOML ``text`` as tables, floats as `Decimal`, unreadable ones as `RefusedNumeral`.

    Raises:
        ReportDataError: The text is not TOML (its line shown), or nests too deeply.

    >>> parse_toml('\ufeffa = 1.10\nb = "x"', "f.toml")
    {'a': Decimal('1.10'), 'b': 'x'}
    """
    text = text.removeprefix(_BOM)
    try:
        return _loads(text, source)
    except tomllib.TOMLDecodeError as error:
        found = _LINE.search(str(error))
        lines = text.splitlines()
        line = lines[int(found[1]) - 1] if found and int(found[1]) <= len(lines) else None
        shown = "" if line is None else f": {_shorten(line.strip())!r}"
        raise ReportDataError(
            f"{source}: not valid TOML: {error}{shown}", source=source, key=None, value=line
        ) from error
    except RecursionError as error:  # tomllib nests arrays and inline tables by recursion
        raise ReportDataError(
            f"{source}: not a report data file: its arrays or inline tables nest too deeply "
            "for any report (a report's data nests three levels)",
            source=source,
            key=None,
            value=None,
        ) from error


def _loads(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text, parse_float=_number)
    except tomllib.TOMLDecodeError:
        raise
    except ValueError as error:
        # An integer of more digits than Python converts (it raises no TOMLDecodeError,
        # and says nowhere which key): read each long integer again as a float, which the
        # hook keeps as a RefusedNumeral, so that its key's reader names it.
        rewritten = _LONG_INTEGER.sub(rf"\g<1>{_AS_FLOAT}", text)
        try:
            return tomllib.loads(rewritten, parse_float=_number_or_long_integer)
        except tomllib.TOMLDecodeError:
            raise
        except ValueError:
            raise ReportDataError(
                f"{source}: a number of the file cannot be read: {error}; a number has at "
                f"most {MAX_TEXT_DIGITS} digits",
                source=source,
                key=None,
                value=None,
            ) from error


def _number(text: str) -> Decimal | RefusedNumeral:
    """A TOML float exactly, or why it is no figure (too many digits, too large an exponent)."""
    if len(text) > MAX_TEXT_DIGITS:
        digits = sum(char.isdigit() for char in text)
        if digits > MAX_TEXT_DIGITS:
            return RefusedNumeral(
                text, f"is a numeral of {digits} digits; a number has at most {MAX_TEXT_DIGITS}"
            )
    try:
        return Decimal(text)
    except InvalidOperation:  # an exponent beyond what Decimal holds: 1e99999999999999999999
        return RefusedNumeral(text, "has an exponent far beyond any report figure's")


def _number_or_long_integer(text: str) -> Decimal | RefusedNumeral:
    # X and Xe0 are the same Decimal, so a float written with e0 loses nothing here.
    return _number(text.removesuffix(_AS_FLOAT))


def _shorten(line: str) -> str:
    return line if len(line) <= _SHOWN_LINE else line[: _SHOWN_LINE - 1] + "…"
