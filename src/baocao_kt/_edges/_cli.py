"""The ``baocao-kt`` command: render a report data file, or write a number in words.

``main`` is the console script (``baocao-kt``) and ``python -m baocao_kt``. A mistake of
the user's (a wrong file, a number that does not read) is one line on stderr,
``baocao-kt: error: …``, and exit status 2, as argparse reports its own; no traceback.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Sequence

import attrs

from baocao_kt._audit._text import audit_text
from baocao_kt._edges._docx_audit import audit_docx
from baocao_kt._edges._toml import load_report
from baocao_kt._edges._toml_source import read_source
from baocao_kt._edges._xlsx_read import load_workbook
from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import Report
from baocao_kt._text._numbers import parse_number
from baocao_kt._text._words import money_to_words, number_to_words
from baocao_kt.errors import BaoCaoError, PeriodError, ReportDataError

__all__ = ["main"]

PROG = "baocao-kt"
_USAGE_ERROR = 2

_EPILOG = """\
ví dụ / examples:
  baocao-kt render examples/phu_lien_2026_04.toml
      viết các câu của báo cáo tháng / write the sentences of the month's report
  baocao-kt render examples/phu_lien_2026_04.xlsx
      từ bảng Excel của phường / from the ward's Excel workbook
  baocao-kt render examples/phu_lien_2026_04.toml --period "tháng 3/2026"
      báo cáo cho tháng khác của cùng năm / the report for another month of its year
  baocao-kt words 1.883.819.164 --money
      đọc số tiền bằng chữ / an amount in words, as an invoice writes it
  baocao-kt words 12,5
      đọc số bằng chữ / a number in words
  baocao-kt words -- -7,5
      số âm: đặt sau "--" / a negative number goes after "--"

Số viết theo kiểu Việt Nam (12.250; 5.108,711). Numbers are in Vietnamese notation.
Tệp dữ liệu: xem docs/data-files.md. Data files: see docs/data-files.md.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Số liệu và câu chữ báo cáo kinh tế - xã hội. "
            "Figures and Vietnamese text of socio-economic reports."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    render = commands.add_parser(
        "render",
        help="viết báo cáo từ tệp dữ liệu / write a report from its data file",
        description=(
            "Write the report of a TOML data file (docs/data-files.md) or of an Excel "
            "workbook, .xlsx (docs/workbooks.md)."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    render.add_argument(
        "file", metavar="FILE", help="the report's data file (TOML) or workbook (.xlsx)"
    )
    render.add_argument(
        "--period",
        metavar="PERIOD",
        help="another period of the file's year, such as 'tháng 3/2026' or 'quý I/2026' "
        "(default: the file's)",
    )
    check = commands.add_parser(
        "check",
        help="kiểm tra số liệu của báo cáo / check the figures a report states",
        description=(
            "Check the percentages a report (plain text, Markdown or Word .docx) states against "
            "the amounts it states, and their typography. Findings are printed as "
            "FILE:LINE:COLUMN: SEVERITY: MESSAGE; the exit status is 1 when there is an "
            "error, 0 otherwise."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("file", metavar="FILE", help="the report's text (UTF-8)")
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (like a compiler) or json (for tools); default: text",
    )
    words = commands.add_parser(
        "words",
        help="đọc số bằng chữ / a number in words",
        description="Write a number (Vietnamese notation) in Vietnamese words.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    words.add_argument("number", metavar="NUMBER", help="such as 1.883.819.164 or 12,5")
    words.add_argument(
        "--money", action="store_true", help="as an amount: capitalised, with 'đồng'"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return its status.

    0 on success; 2 for a usage error or a user's mistake, reported on stderr.
    """
    _write_utf8()
    try:
        arguments = _parser().parse_args(argv)
    except SystemExit as exit_:  # --help, or argparse's own usage error
        return exit_.code if isinstance(exit_.code, int) else _USAGE_ERROR
    try:
        if arguments.command == "check":
            return _check(arguments.file, arguments.format)
        if arguments.command == "render":
            text = _render(arguments.file, arguments.period)
        else:
            number = parse_number(arguments.number)
            text = money_to_words(number) if arguments.money else number_to_words(number)
    except (BaoCaoError, OSError) as error:
        sys.stderr.write(f"{PROG}: error: {_message(error)}\n")
        return _USAGE_ERROR
    sys.stdout.write(f"{text}\n")
    return 0


def _check(path: str, output: str) -> int:
    """Audit the text at ``path``; print the findings; 1 if any is an error, else 0."""
    if path.casefold().endswith(".docx"):
        audit = audit_docx(path)
    else:
        audit = audit_text(read_source(path), source=path)
    if output == "json":
        findings = [attrs.asdict(finding) for finding in audit.findings]
        document = {
            "source": path,
            "findings": findings,
            "percentages_found": audit.percentages_found,
            "percentages_checked": audit.percentages_checked,
            "totals_checked": audit.totals_checked,
            "products_checked": audit.products_checked,
        }
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        for line in audit.lines():
            sys.stdout.write(f"{line}\n")
        sys.stdout.write(f"{path}: {audit.summary()}\n")
    return 1 if audit.errors else 0


#: The suffixes of the workbooks `render` reads with `load_workbook`; any other file is TOML.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def _render(path: str, period_text: str | None) -> str:
    if path.casefold().endswith(WORKBOOK_SUFFIXES):
        report = load_workbook(path)
    else:
        report = load_report(path)
    year = report.period.end.year
    if period_text is None:
        return _rendered(report, report.period, path)
    period = parse_period(period_text)
    months = period.months
    if months[0].year != year or months[-1].year != year:
        raise PeriodError(
            f"--period {period_text!r} is {period}; give a period of {year}, the year of "
            f"{path}, such as {str(report.period)!r}",
            field="period",
            value=period,
        )
    last = _last_month_of_data(report, year)
    if months[-1].month > last:
        raise PeriodError(
            f"--period {period_text!r}: {path} has figures for months 1 to {last} of "
            f"{year}; give a period within them",
            field="period",
            value=period,
        )
    return _rendered(report, period, path)


def _rendered(report: Report, period: Period, path: str) -> str:
    """The report for ``period``; an error the data still makes names the file."""
    try:
        return report.render(period)
    except BaoCaoError as error:  # load_report refuses what it knows; this names the rest
        raise ReportDataError(
            f"{path}: the report for {period} cannot be written: {error}",
            source=path,
            key=None,
            value=None,
        ) from error


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


def _message(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    return str(error)


def _write_utf8() -> None:
    """Write stdout and stderr in UTF-8 whatever the locale (Vietnamese on a cp1252 console)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8")
