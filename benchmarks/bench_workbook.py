"""Speed of `load_workbook` on a 3,000-row ward workbook, side by side with pandas.read_excel.

Run ``python benchmarks/bench_workbook.py`` (``--quick`` for a short run); see README.md.
It reports and never asserts.

The workbook is generated (seeded) in a temporary directory: the example's layout (title
block, two-row merged header, a row numbering the columns) with 3,000 indicator rows, their
figures and percentages in number formats, a tenth of the month's figures typed as
Vietnamese text. "Ours" is `load_workbook`: python-calamine
for the values, one streaming pass over the sheet's XML for formulas and number formats,
every cell read exactly and every row made an indicator with its series, plans, scenario and
stated percentages. "Theirs" is ``pandas.read_excel(path, engine="openpyxl", header=None)``:
the values only, as floats and strings, nothing checked. Informational rows show what the
reader was chosen from: python-calamine's values alone, and openpyxl's read-only values.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import timeit
import warnings
from pathlib import Path

from _timing import SEED, note
from openpyxl import Workbook

from baocao_kt import format_number, load_workbook

ROWS = 3000
HEADER = [
    ["ỦY BAN NHÂN DÂN XÃ"],
    ["BÁO CÁO KINH TẾ"],
    ["Tháng 4 năm 2026"],
    [],
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Kịch bản", None, "Ước thực hiện", None,
     "So sánh (%)", None],
    [None, None, None, None, "Tháng 4", "Lũy kế 4 tháng", "Tháng 4", "Lũy kế 4 tháng",
     "Lũy kế so kế hoạch", "Lũy kế so kịch bản"],
    ["A", "B", "C", "1", "2", "3", "4", "5", "6", "7"],
]  # fmt: skip
MERGES = ("A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:F5", "G5:H5", "I5:J5")


def make(path: Path, rows: int = ROWS) -> Path:
    """Write the seeded workbook of ``rows`` indicators at ``path``."""
    rng = random.Random(SEED)
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # noqa: S101 - a new workbook has one sheet
    for values in HEADER:
        sheet.append(values)
    for cells in MERGES:
        sheet.merge_cells(cells)
    for number in range(1, rows + 1):
        plan = rng.randrange(100_000, 10_000_000)
        cumulative = plan * rng.randrange(25, 45) // 100
        month = cumulative * rng.randrange(20, 30) // 100
        scenario = cumulative * rng.randrange(90, 110) // 100
        scenario_month = month * rng.randrange(90, 110) // 100
        shown: object = format_number(month) if rng.random() < 0.1 else month
        sheet.append([
            number, f"Chỉ tiêu số {number}", "triệu đồng", plan, scenario_month, scenario,
            shown, cumulative, round(cumulative / plan * 100, 1),
            round(cumulative / scenario * 100, 2),
        ])  # fmt: skip
        row = sheet.max_row
        for column in "DEFGH":  # as a ward formats its figures and percentages
            sheet[f"{column}{row}"].number_format = "#,##0"
        sheet[f"I{row}"].number_format = "0.0"
        sheet[f"J{row}"].number_format = "0.00"
    book.save(path)
    return path


def best(function: object, repeat: int) -> float:
    """The best of ``repeat`` runs, in milliseconds."""
    return min(timeit.repeat(function, number=1, repeat=repeat)) * 1000  # type: ignore[arg-type]


def main() -> None:
    """Generate the workbook, check what is read, time both sides, print the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a smoke run")
    repeat = 3 if parser.parse_args().quick else 9
    import pandas as pd  # noqa: PLC0415 - timed libraries load after the arguments are read
    from openpyxl import load_workbook as openpyxl_load  # noqa: PLC0415 - likewise
    from python_calamine import CalamineWorkbook  # noqa: PLC0415 - likewise

    with tempfile.TemporaryDirectory() as folder:
        path = make(Path(folder) / "bieu.xlsx")
        print(f"load_workbook vs pandas.read_excel(engine='openpyxl'): {ROWS} indicator rows")
        report = load_workbook(path)
        note(f"{len(report.items)} indicators read; the last: {report.items[-1].indicator.name}")
        frame = pd.read_excel(path, engine="openpyxl", header=None)
        note(f"pandas read a frame of {frame.shape[0]} rows × {frame.shape[1]} columns")

        def pandas_side() -> None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pd.read_excel(path, engine="openpyxl", header=None)

        def openpyxl_values() -> None:
            book = openpyxl_load(path, read_only=True, data_only=True)
            list(book.active.iter_rows(values_only=True))
            book.close()

        ours = best(lambda: load_workbook(path), repeat)
        theirs = best(pandas_side, repeat)

        def calamine_values() -> None:
            CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()

        calamine = best(calamine_values, repeat)
        openpyxl = best(openpyxl_values, repeat)
    print(f"\n{'operation':<44}{'ms':>10}")
    print(f"{'load_workbook (a Report, every cell checked)':<44}{ours:>10.1f}")
    print(f"{'pandas.read_excel, engine=openpyxl':<44}{theirs:>10.1f}")
    print(f"{'(info) python-calamine values only':<44}{calamine:>10.1f}")
    print(f"{'(info) openpyxl read-only values only':<44}{openpyxl:>10.1f}")
    print(f"\nratio pandas.read_excel / load_workbook: {theirs / ours:.2f}×")


if __name__ == "__main__":
    main()
