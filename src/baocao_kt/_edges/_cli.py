"""The ``baocao-kt`` command: render a report, check one, write a number in words.

``main`` is the console script (``baocao-kt``) and ``python -m baocao_kt``. Its exit
status: 0 on success; 1 when the data is wrong (a file that does not read as a report) or
an audit finds an error; 2 when the command line is wrong (an unknown option, a file that
cannot be opened, a ``--period`` or a number that does not read), as argparse reports its
own. A mistake is one line on stderr, ``baocao-kt: error: …``; no traceback. Every help
text and example refers only to what the installed package has (``baocao-kt example``
writes the example data file).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence
from importlib.resources import files

import attrs

from baocao_kt._audit._text import audit_text
from baocao_kt._edges._cli_help import COMMANDS, DESCRIPTION, EPILOG
from baocao_kt._edges._cli_output import markdown, report_json, write_docx
from baocao_kt._edges._docx_audit import audit_docx
from baocao_kt._edges._toml import load_report, loads_report
from baocao_kt._edges._toml_source import read_source
from baocao_kt._edges._xlsx_read import load_workbook
from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import Report
from baocao_kt._text._numbers import parse_number
from baocao_kt._text._words import money_to_words, number_to_words
from baocao_kt.errors import BaoCaoError, OptionError, ReportDataError

__all__ = ["main"]

PROG = "baocao-kt"
_DATA_ERROR = 1
_USAGE_ERROR = 2
#: The example data file `baocao-kt example` writes: the seed's section B.I.
EXAMPLE = "example_phu_lien_2026_04.toml"
#: The suffixes of the workbooks `render` reads with `load_workbook`; any other file is TOML.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
#: The name of standard input, where a file is expected.
STDIN = "-"


class _UsageError(Exception):
    """The command line asks for something that cannot be done: exit status 2."""


def _parser() -> argparse.ArgumentParser:
    from baocao_kt import __version__  # noqa: PLC0415 - importlib.metadata only when asked

    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    made = {
        name: commands.add_parser(
            name,
            help=text.help,
            description=text.description,
            epilog=text.epilog,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        for name, text in COMMANDS.items()
    }
    render = made["render"]
    render.add_argument(
        "file",
        metavar="FILE",
        help="tệp dữ liệu (TOML) hoặc bảng Excel (.xlsx); '-': đọc TOML từ stdin / "
        "the data file (TOML) or workbook (.xlsx); '-' reads TOML from stdin",
    )
    render.add_argument(
        "--period",
        metavar="PERIOD",
        help="kỳ khác của cùng năm / another period of the file's year, such as "
        "'tháng 3/2026' or 'quý I/2026' (default: the file's)",
    )
    render.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="text, markdown, or json (every figure and percentage, exact and as text)",
    )
    render.add_argument(
        "--output",
        metavar="FILE.docx",
        help="ghi ra tài liệu Word / write a Word document instead of printing",
    )
    check = made["check"]
    check.add_argument(
        "file",
        metavar="FILE",
        help="văn bản báo cáo (UTF-8 .txt, .md) hoặc .docx; '-': đọc từ stdin / "
        "the report's text (UTF-8) or a .docx; '-' reads text from stdin",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (like a compiler) or json (for tools); default: text",
    )
    words = made["words"]
    words.add_argument("number", metavar="NUMBER", help="such as 1.883.819.164 or 12,5")
    words.add_argument(
        "--money", action="store_true", help="số tiền / as an amount: capitalised, with 'đồng'"
    )
    example = made["example"]
    example.add_argument(
        "--output",
        metavar="FILE",
        help="ghi ra tệp thay vì in ra / write to FILE instead of printing",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return its status.

    0 on success; 1 for data that is wrong or an audit's error; 2 for a usage error.
    """
    _write_utf8()
    try:
        arguments = _parser().parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or argparse's own usage error
        return exit_.code if isinstance(exit_.code, int) else _USAGE_ERROR
    try:
        return _run(arguments)
    except (_UsageError, OptionError, OSError) as error:
        status = _USAGE_ERROR
        message = _message(error)
    except BaoCaoError as error:
        status = _DATA_ERROR
        message = str(error)
    sys.stderr.write(f"{PROG}: error: {message}\n")
    return status


def _run(arguments: argparse.Namespace) -> int:
    if arguments.command == "check":
        return _check(arguments.file, arguments.format)
    if arguments.command == "render":
        return _render(arguments)
    if arguments.command == "example":
        text = files("baocao_kt._edges").joinpath(EXAMPLE).read_text(encoding="utf-8")
        if arguments.output is None:
            sys.stdout.write(text)
        else:
            with open(arguments.output, "x", encoding="utf-8") as file:  # noqa: PTH123 - a user's path
                file.write(text)
        return 0
    try:
        number = parse_number(arguments.number)
    except BaoCaoError as error:  # the argument, not data: a usage error
        raise _UsageError(str(error)) from error
    sys.stdout.write(f"{money_to_words(number) if arguments.money else number_to_words(number)}\n")
    return 0


def _check(path: str, output: str) -> int:
    """Audit the text at ``path``; print the findings; 1 if any is an error, else 0."""
    if path == STDIN:
        audit = audit_text(_stdin(), source="<stdin>")
    elif path.casefold().endswith(".docx"):
        audit = audit_docx(path)
    else:
        audit = audit_text(read_source(path), source=path)
    if output == "json":
        document = {
            "source": "<stdin>" if path == STDIN else path,
            "findings": [attrs.asdict(finding) for finding in audit.findings],
            "percentages_found": audit.percentages_found,
            "percentages_checked": audit.percentages_checked,
            "totals_checked": audit.totals_checked,
            "products_checked": audit.products_checked,
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        for line in audit.lines():
            sys.stdout.write(f"{line}\n")
        sys.stdout.write(f"{audit.source or '<stdin>'}: {audit.summary()}\n")
    return 1 if audit.errors else 0


def _render(arguments: argparse.Namespace) -> int:
    path: str = arguments.file
    source = "<stdin>" if path == STDIN else path
    if path == STDIN:
        report = loads_report(_stdin(), source=source)
    elif path.casefold().endswith(WORKBOOK_SUFFIXES):
        report = load_workbook(path)
    else:
        report = load_report(path)
    period = (
        report.period if arguments.period is None else _period(report, arguments.period, source)
    )
    try:
        if arguments.output is not None:
            write_docx(report, period, arguments.output)
            return 0
        if arguments.format == "json":
            text = report_json(report, period, source)
        elif arguments.format == "markdown":
            text = markdown(report, period)
        else:
            text = report.render(period)
    except OptionError:
        raise
    except BaoCaoError as error:  # load_report refuses what it knows; this names the rest
        message = f"{source}: the report for {period} cannot be written: {error}"
        if arguments.period is not None:  # the period asked for, not the file, is wrong
            raise _UsageError(message) from error
        raise ReportDataError(message, source=source, key=None, value=None) from error
    sys.stdout.write(f"{text}\n")
    return 0


def _period(report: Report, text: str, source: str) -> Period:
    """The period ``--period`` names, one the report's data covers."""
    try:
        period = parse_period(text)
    except BaoCaoError as error:
        raise _UsageError(str(error)) from error
    year = report.period.end.year
    months = period.months
    if months[0].year != year or months[-1].year != year:
        raise _UsageError(
            f"--period {text!r} is {period}; give a period of {year}, the year of "
            f"{source}, such as {str(report.period)!r}"
        )
    last = _last_month_of_data(report, year)
    if months[-1].month > last:
        raise _UsageError(
            f"--period {text!r}: {source} has figures for months 1 to {last} of "
            f"{year}; give a period within them"
        )
    return period


def _last_month_of_data(report: Report, year: int) -> int:
    """The last month through which every indicator of ``report`` has its figures."""
    last = 12
    for item in report.items:
        months = {month.month for month in item.series.months if month.year == year}
        through = 0
        while through + 1 in months:
            through += 1
        last = min(last, through)
    return last


def _stdin() -> str:
    """Standard input as UTF-8 text, whatever the locale (a byte-order mark skipped)."""
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReportDataError(
            f"<stdin>: byte {error.start} is not UTF-8; save the text as UTF-8",
            source="<stdin>",
            key=None,
            value=data[error.start : error.start + 1],
        ) from None


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    return str(error)


def _write_utf8() -> None:
    """Write stdout and stderr in UTF-8 whatever the locale (Vietnamese on a cp1252 console)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
