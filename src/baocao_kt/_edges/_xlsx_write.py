"""`write_workbook`: a report's figures table as the .xlsx workbook a ward sends.

The sheet has the title and the period, a two-row merged header, and a row per section
heading and per indicator: STT, *Mã số* (the indicator's code), name, unit, the plans, the
scenario's cumulative amounts, the figures of every period the series has (by year,
*ước* where an estimate), the year to date, and *So sánh (%)*: attainment of the first
plan and variances to the scenario, at the decimals the report writes them. Figures are
numbers (Excel still computes with them), each with a number format of its own decimals;
Excel shows the thousands and decimal separators of the reader's locale (12.250 and
5.108,711 on a Vietnamese Windows, 12,250 and 5,108.711 on an English one): a format code
cannot fix them without turning numbers into text. Percentages are written rounded
half-up, as the report states them. Read back by `load_workbook`, the sheet gives the same
report (the words of `Wording` other than its decimals are not in a workbook).
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from decimal import Decimal

from baocao_kt._calculators._ratios import attainment, variance
from baocao_kt._model._series import Figure
from baocao_kt._periods._calendar import Month, Quarter, YearToDate
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import PercentKind, Report, SectionItem
from baocao_kt._text._numbers import format_number
from baocao_kt._text._roman import to_roman
from baocao_kt._values._rates import Percent
from baocao_kt.errors import ValueKindError

__all__ = ["Value", "cell_number", "write_workbook"]

_FLOAT_DIGITS = 15  # a float keeps this many significant digits; more are written as text
_HEADER = 4  # the header's first row; the title and the period are above it
Value = Callable[[SectionItem], object]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _period_words(period: Period) -> str:
    if type(period) is Month:
        return f"Tháng {period.month}"
    if type(period) is Quarter:
        return f"Quý {to_roman(period.q)}"
    if type(period) is YearToDate:
        return f"Lũy kế {period.month} tháng"
    return _capital(str(period))


def cell_number(value: Decimal) -> tuple[object, str]:
    """A figure as a cell holds it, and its number format (its own decimals)."""
    places = max(-value.as_tuple().exponent, 0)  # type: ignore[operator] # finite
    if len(value.as_tuple().digits) > _FLOAT_DIGITS:  # beyond a float: exact, as text
        return format_number(value), "@"
    shown = "#,##0" if not places else "#,##0." + "0" * places
    return (int(value) if not places else float(value)), shown


class _Columns:
    """The sheet's columns: (group, header, value of an item, kind) in order."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.columns: list[tuple[str | None, str, Value, str]] = []
        self.year = report.period.months[-1].year
        self.last = report.period.months[-1]

    def add(self, group: str | None, header: str, value: Value, kind: str = "figure") -> None:
        self.columns.append((group, header, value, kind))

    def build(self) -> list[tuple[str | None, str, Value, str]]:
        items = self.report.items
        self.add(None, "STT", lambda _item: None, "number")
        self.add(None, "Mã số", lambda item: item.indicator.code, "text")
        self.add(None, "Chỉ tiêu", lambda item: item.indicator.name, "text")
        self.add(None, "ĐVT", lambda item: item.indicator.unit_name, "text")
        self._plans(items)
        self._scenario(items)
        self._figures(items)
        ytd = YearToDate(self.year, self.last.month)
        self.add(None, f"Lũy kế {self.last.month} tháng", lambda i: i.series.value(ytd).value)
        self._percents(items, ytd)
        return self.columns

    def _plans(self, items: tuple[SectionItem, ...]) -> None:
        kinds: dict[str, None] = {}
        for item in items:
            for plan in item.plans:
                kinds.setdefault(_capital(str(plan)))
        for header in kinds:
            self.add(None, header, lambda i, h=header: _plan(i, h))  # type: ignore[misc]

    def _scenario(self, items: tuple[SectionItem, ...]) -> None:
        months = sorted({m for i in items if i.scenario for m, _ in i.scenario.checkpoints})
        if not months:
            return
        if type(self.report.period) is Month:
            month = self.report.period
            self.add("Kịch bản", f"Tháng {month.month}", lambda i: _target(i, month))
        for number in months:
            words = f"Năm {self.year}" if number == 12 else f"Lũy kế {number} tháng"
            period: Period = YearToDate(self.year, number)
            self.add("Kịch bản", words, lambda i, p=period: _target(i, p))  # type: ignore[misc]

    def _figures(self, items: tuple[SectionItem, ...]) -> None:
        found = {(f.period, f.status) for item in items for f in item.series.figures}

        def order(found: tuple[Period, str]) -> tuple[int, Month, int, bool]:
            months = found[0].months
            return -months[0].year, months[0], len(months), found[1] == "estimate"

        for period, status in sorted(found, key=order):
            group = f"Thực hiện năm {period.months[0].year}"
            words = ("Ước " if status == "estimate" else "") + _period_words(period)
            self.add(group, words, lambda i, p=period, s=status: _figure(i, p, s))  # type: ignore[misc]

    def _percents(self, items: tuple[SectionItem, ...], ytd: YearToDate) -> None:
        group = "So sánh (%)"
        if any(i.scenario for i in items) and type(self.report.period) is Month:
            month = self.report.period
            self.add(
                group,
                f"Tháng {month.month} vượt (+), hụt (-) kịch bản",
                lambda i: _variance(i, month, "month_variance"),
                "percent",
            )
        if any(i.plans for i in items):
            self.add(
                group, f"Lũy kế {ytd.month} tháng so với kế hoạch", _attainment(ytd), "percent"
            )
        if any(i.scenario for i in items):
            self.add(
                group,
                f"Lũy kế {ytd.month} tháng vượt (+), hụt (-) kịch bản",
                lambda i: _variance(i, ytd, "cumulative_variance"),
                "percent",
            )


def _plan(item: SectionItem, header: str) -> Decimal | None:
    return next((p.target for p in item.plans if _capital(str(p)) == header), None)


def _target(item: SectionItem, period: Period) -> Decimal | None:
    scenario = item.scenario
    if scenario is None or not scenario.covers(period):
        return None
    return scenario.target(period)


def _figure(item: SectionItem, period: Period, status: str) -> Figure | None:
    return next((f for f in item.series.figures if f.period == period and f.status == status), None)


def _variance(item: SectionItem, period: Period, of: PercentKind) -> tuple[Percent, int] | None:
    target = _target(item, period)
    if target is None:
        return None
    result = variance(item.series.value(period).value, target, na=True)
    return (result, item.places(of)) if isinstance(result, Percent) else None


def _attainment(ytd: YearToDate) -> Value:
    def value(item: SectionItem) -> tuple[Percent, int] | None:
        if not item.plans:
            return None
        result = attainment(item.series.value(ytd).value, item.plans[0].target, na=True)
        return (result, item.places("attainment")) if isinstance(result, Percent) else None

    return value


def write_workbook(report: Report, path: str | os.PathLike[str], *, sheet: str = "Biểu 01") -> None:
    """Write the figures table of ``report`` to a new .xlsx workbook at ``path``.

    Args:
        report: The report.
        path: The workbook to write (replaced if it exists).
        sheet: The sheet's name.

    >>> import os, tempfile
    >>> report = load_report("examples/phu_lien_2026_04.toml")
    >>> path = os.path.join(tempfile.mkdtemp(), "bieu.xlsx")
    >>> write_workbook(report, path)
    >>> print(load_workbook(path).item("NLTS").render(report.period))
    Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện 12.250 triệu \
đồng, vượt kịch bản 2,5%; lũy kế 4 tháng ước thực hiện 50.520 triệu/135.800 triệu đồng, \
bằng 37,2% kế hoạch năm 2026, vượt 0,8% so với kịch bản.
    """
    if not isinstance(report, Report):
        raise ValueKindError(f"write_workbook: {report!r} is not a Report", value=report)
    if importlib.util.find_spec("openpyxl") is None:  # pragma: no cover - `test` installs it
        raise ModuleNotFoundError(
            "writing a workbook needs openpyxl: pip install 'baocao_kt[excel]'", name="openpyxl"
        )
    from baocao_kt._edges._xlsx_sheet import write_sheet  # noqa: PLC0415 - it imports this module

    write_sheet(report, os.fspath(path), sheet, _Columns(report).build())
