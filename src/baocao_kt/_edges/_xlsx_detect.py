"""A sheet's `WorkbookLayout`, read from the words of its title block and its header.

The header is the first row with *STT* or *Chỉ tiêu* (within the first 40), and the rows
under it (up to three more) whose STT and name cells are empty or merged from above: two-
or three-row headers such as *Kế hoạch năm 2026 | Thực hiện: tháng 4, lũy kế 4 tháng | So
sánh (%)*. A merged cell's words belong to every column under it. A row numbering the
columns (*(1) (2) (3)*, *A B 1 2*) after the header is skipped. In the title block above,
a line that is a period (*Tháng 4 năm 2026*) gives the report's period, and the line just
above it is the report's title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from baocao_kt._edges._xlsx_cells import column_letter
from baocao_kt._edges._xlsx_layout import Comparison, WorkbookColumn, WorkbookLayout
from baocao_kt._model._indicator import PlanKind
from baocao_kt._periods._calendar import Month, Quarter, Year, YearToDate
from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import Period
from baocao_kt.errors import BaoCaoError, ReportDataError

__all__ = ["Grid", "detect", "words"]

Grid = Sequence[Sequence[object]]
Merged = Sequence[tuple[tuple[int, int], tuple[int, int]]]

_SEARCHED_ROWS = 40
_MORE_HEADER_ROWS = 3
_NUMBER_WORDS = frozenset({"stt", "tt", "số tt", "số thứ tự"})
_CODE_WORDS = frozenset({"mã số", "mã", "mã chỉ tiêu"})
_NAME_WORDS = frozenset({"chỉ tiêu", "nội dung", "tên chỉ tiêu", "chỉ tiêu chủ yếu", "danh mục"})
_UNIT_WORDS = frozenset({"đvt", "đơn vị tính", "đơn vị"})
_NUMBERING = re.compile(r"\(?(?:[0-9]{1,2}|[A-Z])\)?(?:\s*=.*)?")
_YTD = re.compile(r"(?<![\d/])(\d{1,2}) tháng")
_MONTH = re.compile(r"tháng (\d{1,2})(?!\d)(?:\s*/\s*(\d{4}))?")
_YEAR = re.compile(r"năm (\d{4})|/(\d{4})")
_QUARTER = re.compile(r"quý (iv|i{1,3})\b")
_TITLE_PERIOD = re.compile(r"tháng (\d{1,2})(?:\s*năm\s*|\s*/\s*)(\d{4})")
_WORD = r"(?<!\w){}(?!\w)"
_VARIANCE_WORDS = ("vượt", "tăng", "giảm", "chênh", "±", "+/-", "hụt")


def words(value: object) -> str:
    r"""A cell's text, spaces collapsed and lower case, one spelling of *lũy*; ``""`` if none.

    >>> words("  Luỹ kế\n4 THÁNG ")
    'lũy kế 4 tháng'
    """
    if not isinstance(value, str):
        return ""
    return " ".join(value.split()).lower().replace("luỹ", "lũy")


def _has(text: str, *names: str) -> bool:
    return any(re.search(_WORD.format(re.escape(name)), text) for name in names)


def _fill(grid: Grid, merged: Merged) -> dict[tuple[int, int], object]:
    """Each cell inside a merged range → the value of the range (its top-left cell)."""
    filled: dict[tuple[int, int], object] = {}
    for (top, left), (bottom, right) in merged:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                filled[row, column] = value
    return filled


def _cell(grid: Grid, filled: dict[tuple[int, int], object], row: int, column: int) -> object:
    value = filled.get((row, column))
    if value is None and row < len(grid) and column < len(grid[row]):
        value = grid[row][column]
    return value


@attrs.frozen
class _Spec:
    role: str
    status: str = "actual"
    when: str | None = None  # "month", "ytd", "quarter", "year"
    number: int | None = None
    year: int | None = None
    last_year: bool = False
    compares: Comparison | None = None
    form: str = "ratio"


def _when(text: str) -> tuple[str | None, int | None, int | None]:
    found = _YEAR.search(text)
    year = int(found[1] or found[2]) if found else None
    if match := _YTD.search(text):
        return "ytd", int(match[1]), year
    if match := _MONTH.search(text):
        return "month", int(match[1]), int(match[2]) if match[2] else year
    if match := _QUARTER.search(text):
        return "quarter", len(match[1]) if match[1] != "iv" else 4, year
    if "lũy kế" in text:
        return "ytd", None, year
    return None, None, year


def _percent(text: str, when: str | None, number: int | None, year: int | None) -> _Spec:
    """A stated percentage's column: what it compares with, and in which form."""
    compares: Comparison | None = None
    if _has(text, "kịch bản", "kb"):
        compares = "scenario"
    elif _has(text, "cùng kỳ", "ck", "năm trước"):
        compares = "same_period"
    elif _has(text, "kế hoạch", "kh", "dự toán", "dt"):
        compares = "plan"
        when = when or "ytd"
    form = "variance" if any(word in text for word in _VARIANCE_WORDS) else "ratio"
    return _Spec("percent", when=when, number=number, year=year, compares=compares, form=form)


def _classify(text: str) -> _Spec | None:  # noqa: C901, PLR0911 - one answer per kind of column
    if not text:
        return None
    if text in _NUMBER_WORDS:
        return _Spec("number")
    if text in _CODE_WORDS:
        return _Spec("code")
    if text in _UNIT_WORDS:
        return _Spec("unit")
    if text in _NAME_WORDS or text.startswith("chỉ tiêu"):
        return _Spec("name")
    if "ghi chú" in text:
        return _Spec("note")
    when, number, year = _when(text)
    last_year = _has(text, "cùng kỳ", "ck", "năm trước")
    if "%" in text or "so sánh" in text or _has(text, "so", "tỷ lệ"):
        return _percent(text, when, number, year)
    if _has(text, "kịch bản", "kb"):
        return _Spec("scenario", when=when or "year", number=number, year=year)
    if _has(text, "kế hoạch", "kh", "dự toán") and not _has(text, "thực hiện", "th"):
        return _Spec("plan", year=year)
    if when is not None or _has(text, "thực hiện", "th", "ước", "cùng kỳ"):
        status = "estimate" if _has(text, "ước") and not last_year else "actual"
        return _Spec(
            "figure", status=status, when=when, number=number, year=year, last_year=last_year
        )
    return None


def detect(grid: Grid, merged: Merged, *, source: str, sheet: str) -> WorkbookLayout:
    """The layout of one sheet's values (``grid``, rows of cells) and its merged ranges."""

    def fail(reason: str) -> ReportDataError:
        return ReportDataError(
            f"{source}: sheet {sheet!r}: {reason}; describe the sheet with a WorkbookLayout "
            "(docs/workbooks.md)",
            source=source,
            key=sheet,
            value=None,
        )

    filled = _fill(grid, merged)
    top = next(
        (
            row
            for row in range(min(len(grid), _SEARCHED_ROWS))
            if any(words(v) in _NUMBER_WORDS | _NAME_WORDS for v in grid[row])
        ),
        None,
    )
    if top is None:
        raise fail(f"no header: none of its first {_SEARCHED_ROWS} rows has 'STT' or 'Chỉ tiêu'")
    rows = _header_rows(grid, top)
    first = rows[-1] + 1
    if first < len(grid) and _numbering(grid[first]):
        first += 1
    texts = _texts(grid, filled, rows)
    period, title = _title_block(grid[:top])
    specs = {column: _classify(words(text)) for column, text in texts.items()}
    for column, spec in specs.items():
        if spec is None:
            raise fail(
                f"the header of column {column_letter(column)}, {texts[column]!r}, says "
                "nothing the reader knows (a plan, a scenario, a figure of a period, a "
                "percentage, a note)"
            )
    year, month = _year_and_month(period, specs, fail)
    if period is None:
        period = Month(year, month)
    columns = [
        _column(column, texts[column], spec, year=year, month=month, fail=fail)  # type: ignore[arg-type] # checked above
        for column, spec in specs.items()
    ]
    return WorkbookLayout(
        period=period,
        columns=columns,
        first_row=first + 1,
        header_rows=tuple(row + 1 for row in rows),
        title_row=None if title is None else title + 1,
    )


def _header_rows(grid: Grid, top: int) -> list[int]:
    """The header's rows: ``top`` and those below whose STT and name cells are empty."""
    keys = [c for c, v in enumerate(grid[top]) if words(v) in _NUMBER_WORDS | _NAME_WORDS]
    rows = [top]
    for row in range(top + 1, min(len(grid), top + 1 + _MORE_HEADER_ROWS)):
        own = [grid[row][c] if c < len(grid[row]) else None for c in keys]
        if any(words(v) for v in own) or not any(words(v) for v in grid[row]):
            break
        if _numbering(grid[row]):
            break
        rows.append(row)
    return rows


def _texts(grid: Grid, filled: dict[tuple[int, int], object], rows: list[int]) -> dict[int, str]:
    """Each column's header: the words of its header cells, top to bottom, each once."""
    width = max((len(grid[row]) for row in rows), default=0)
    texts = {}
    for column in range(width):
        parts: list[str] = []
        for row in rows:
            value = _cell(grid, filled, row, column)
            text = " ".join(value.split()) if isinstance(value, str) else ""
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        if parts:
            texts[column] = " ".join(parts)
    return texts


def _numbering(row: Sequence[object]) -> bool:
    """Whether a row numbers the columns: *(1) (2) (3)*, *A B 1 2*, *3 = 2/1*."""
    cells = [v for v in row if v is not None and v != ""]
    if len(cells) < 2:
        return False
    texts = [str(int(v)) if isinstance(v, float) and v.is_integer() else str(v) for v in cells]
    numbers = [int(t) for t in texts if t.isdigit()]
    sequential = numbers == list(range(numbers[0], numbers[0] + len(numbers))) if numbers else True
    return sequential and all(_NUMBERING.fullmatch(text.strip()) for text in texts)


def _title_block(rows: Grid) -> tuple[Period | None, int | None]:
    """The period a title line names, and the row of the title (the line above it)."""
    lines = [
        (index, " ".join(" ".join(v.split()) for v in row if isinstance(v, str)))
        for index, row in enumerate(rows)
    ]
    filled = [(index, line.strip()) for index, line in lines if line.strip()]
    for position, (_index, line) in enumerate(filled):
        try:
            period = parse_period(line)
        except BaoCaoError:
            continue
        title = filled[position - 1][0] if position else None
        return period, title
    for _index, line in filled:
        if _has(words(line), "ngày"):  # a date line says when the report is signed, not of what
            continue
        match = _TITLE_PERIOD.search(words(line))
        if match and 1 <= int(match[1]) <= 12:
            return Month(int(match[2]), int(match[1])), None
    return None, None


def _year_and_month(
    period: Period | None, specs: dict[int, _Spec | None], fail: Callable[[str], ReportDataError]
) -> tuple[int, int]:
    """The report's year and last month: the title's period, else the header's words."""
    if period is not None:
        last = period.months[-1]
        return last.year, last.month
    years = [s.year for s in specs.values() if s and s.role == "plan" and s.year]
    years = years or [s.year for s in specs.values() if s and s.year and not s.last_year]
    if not years:
        raise fail("no year: neither a title line (Tháng 4 năm 2026) nor the header names one")
    year = max(years)
    months = [
        s.number
        for s in specs.values()
        if s
        and s.role == "figure"
        and s.number
        and not s.last_year
        and s.year in (None, year)
        and s.when in ("month", "ytd")
    ]
    if not months:
        raise fail(
            "no month: neither a title line (Tháng 4 năm 2026) nor a figure column names one"
        )
    return year, max(months)


def _column(  # noqa: PLR0913 - the column, its words, and the report's year and month
    index: int,
    header: str,
    spec: _Spec,
    *,
    year: int,
    month: int,
    fail: Callable[[str], ReportDataError],
) -> WorkbookColumn:
    letters = column_letter(index)
    text = words(header)
    if spec.role == "plan":
        kind: PlanKind = "dự toán" if "dự toán" in text else "kế hoạch"
        adjusted = "điều chỉnh" in text
        default = f"{kind} năm {spec.year or year}" + (
            " sau điều chỉnh, bổ sung" if adjusted else ""
        )
        plan_words = None if text in (default, kind) else _lower_first(header)
        return WorkbookColumn(
            column=letters,
            role="plan",
            header=header,
            kind=kind,
            plan_words=plan_words,
            adjusted=adjusted,
        )
    if spec.role not in ("figure", "scenario", "percent"):
        return WorkbookColumn(column=letters, role=spec.role, header=header)  # type: ignore[arg-type] # a role
    if spec.role == "percent" and spec.compares is None:
        raise fail(
            f"the percentage column {letters}, {header!r}, does not say what it compares "
            "with (kế hoạch, kịch bản, cùng kỳ)"
        )
    this_year = spec.year or (year - 1 if spec.last_year else year)
    try:
        period = _period(spec, this_year, month)
    except BaoCaoError as error:
        raise fail(f"column {letters}, {header!r}: {error}") from error
    if period is None:
        raise fail(f"column {letters}, {header!r}, names no period (tháng 4, lũy kế 4 tháng)")
    return WorkbookColumn(
        column=letters,
        role=spec.role,  # type: ignore[arg-type] # a role
        header=header,
        period=period,
        status=spec.status,  # type: ignore[arg-type] # a status
        compares=spec.compares,
        form=spec.form,  # type: ignore[arg-type] # a form
    )


def _period(spec: _Spec, year: int, month: int) -> Period | None:
    if spec.when == "month":
        return Month(year, spec.number or month)
    if spec.when == "ytd":
        return YearToDate(year, spec.number or month)
    if spec.when == "quarter":
        return Quarter(year, spec.number or 1)
    if spec.when == "year":
        return Year(year)
    return None


def _lower_first(header: str) -> str:
    """A header as words of a sentence: its first letter lower case, unless an acronym's."""
    text = " ".join(header.split())
    first = text.split(" ", 1)[0]
    return text if first.isupper() and len(first) > 1 else text[:1].lower() + text[1:]
