"""Build ``report_template.docx``, the Word template that ``render_docx.py`` fills.

Run it from the repository's root after changing it: ``python examples/make_template.py``.
The template is made with python-docx (which docxtpl installs) rather than typed in Word,
so that every Jinja2 tag is one run of text (Word splits a tag it has autocorrected or
spell-checked, and docxtpl then cannot find it), and so that it can be rebuilt byte for
byte: the same script makes the same file, which a test checks.

Open the template in Word to see the tags: ``{{ row.attainment | percent(row.places) }}``
writes a percentage with the library's filters (see ``docs/templates.md``), ``{%tr ... %}``
repeats a table row and ``{%p ... %}`` a paragraph (docxtpl's tags).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

if TYPE_CHECKING:
    from docx.document import Document

TEMPLATE = Path(__file__).with_name("report_template.docx")

# A fixed time for the document's properties and its zip entries: the same file every run.
_MADE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

# Nghị định 30/2020/NĐ-CP, Phụ lục I: Times New Roman, 13 to 14 pt.
_FONT, _SIZE = "Times New Roman", Pt(13)

# The indicator table: each column's header, its cell and its alignment.
_COLUMNS = (
    ("Chỉ tiêu", "{{ row.name }} ({{ row.unit }})", WD_ALIGN_PARAGRAPH.LEFT),
    (
        "{{ report.month | period('short') | capitalize }}",
        "{{ row.month.value | number }}",
        WD_ALIGN_PARAGRAPH.RIGHT,
    ),
    (
        "{{ cumulative | period('short') | capitalize }}",
        "{{ row.cumulative.value | number }}",
        WD_ALIGN_PARAGRAPH.RIGHT,
    ),
    (
        "% kế hoạch (dự toán) năm {{ report.month.year }}",
        "{{ row.attainment | percent(row.places) }}",
        WD_ALIGN_PARAGRAPH.RIGHT,
    ),
)


def _paragraph(
    document: Document,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> None:
    """One paragraph of one run: a tag in it is never split."""
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if align is not None:
        paragraph.alignment = align


def _table(document: Document) -> None:
    """The indicator table: a header row and one row per indicator (docxtpl's ``{%tr``)."""
    table = document.add_table(rows=4, cols=len(_COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header, loop, body, end = table.rows
    for cell, (title, _, _) in zip(header.cells, _COLUMNS, strict=True):
        run = cell.paragraphs[0].add_run(title)
        run.bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    loop.cells[0].paragraphs[0].add_run("{%tr for row in rows %}")
    for cell, (_, text, align) in zip(body.cells, _COLUMNS, strict=True):
        cell.paragraphs[0].add_run(text)
        cell.paragraphs[0].alignment = align
    end.cells[0].paragraphs[0].add_run("{%tr endfor %}")


def build() -> bytes:
    """The template's bytes."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = _FONT, _SIZE
    properties = document.core_properties
    properties.title = "Báo cáo tình hình kinh tế (mẫu)"
    properties.author = properties.last_modified_by = "baocao_kt"
    properties.created = properties.modified = _MADE.replace(tzinfo=None)
    properties.revision = 1

    center, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    _paragraph(document, "ỦY BAN NHÂN DÂN PHƯỜNG {{ place | upper }}", bold=True, align=center)
    _paragraph(document, "BÁO CÁO", bold=True, align=center)
    _paragraph(document, "Tình hình kinh tế {{ report.month | period }}", bold=True, align=center)
    _paragraph(document, "{{ date_line }}", italic=True, align=right)
    _paragraph(document, "{%p if report.title %}")
    _paragraph(document, "{{ report.title }}", bold=True)
    _paragraph(document, "{%p endif %}")
    _paragraph(
        document,
        "Bảng 1. Các chỉ tiêu chủ yếu {{ report.month | period }} (đơn vị như ghi ở từng chỉ tiêu)",
        italic=True,
        align=center,
    )
    _table(document)
    _paragraph(document, "{%p for section in sections %}")
    _paragraph(document, "{%p if section.heading %}")
    _paragraph(document, "{{ section.heading }}", bold=True)
    _paragraph(document, "{%p endif %}")
    _paragraph(document, "{%p for sentence in section.sentences %}")
    _paragraph(document, "- {{ sentence }}")
    _paragraph(document, "{%p endfor %}")
    _paragraph(document, "{%p endfor %}")
    _paragraph(
        document,
        "Trên đây là báo cáo tình hình kinh tế {{ report.month | period }} của Ủy ban nhân dân "
        "phường {{ place }}.",
    )

    written = io.BytesIO()
    document.save(written)
    return _stamped(written.getvalue())


def _stamped(docx: bytes) -> bytes:
    """The same zip with every entry dated `_MADE`, so that two builds are equal bytes."""
    stamped = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as source,
        zipfile.ZipFile(stamped, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=_MADE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(entry))
    return stamped.getvalue()


def main() -> int:
    """Write the template beside this script."""
    TEMPLATE.write_bytes(build())
    print(f"wrote {TEMPLATE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
