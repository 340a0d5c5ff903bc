"""What ``baocao-kt render`` writes: text, Markdown, JSON, or a Word document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from baocao_kt._edges._cli_figures import report_document
from baocao_kt._periods._ranges import Period
from baocao_kt._report._section import Report
from baocao_kt.errors import OptionError

__all__ = ["Format", "markdown", "report_json", "write_docx"]

#: The formats of ``render --format``.
Format = Literal["text", "markdown", "json"]


def markdown(report: Report, period: Period) -> str:
    """The report as Markdown: the title a level-1 heading, each section's a level-2 one."""
    blocks = [] if report.title is None else [f"# {report.title}"]
    for section in report.sections:
        lines = [] if section.heading is None else [f"## {section.heading}", ""]
        lines.extend(f"- {item.render(period)}" for item in section.items)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def report_json(report: Report, period: Period, source: str) -> str:
    """Every figure and percentage of the report, exact and as text, as JSON."""
    return json.dumps(report_document(report, period, source), ensure_ascii=False, indent=2)


def write_docx(report: Report, period: Period, path: str) -> None:
    """Write the report as a Word document whose headings are Word's own heading styles.

    The title is *Heading 1* and each section's heading *Heading 2* (so Word's navigation
    pane lists them); the sentences are justified paragraphs in Times New Roman 13 pt, the
    font of administrative documents (Nghị định 30/2020/NĐ-CP). python-docx's own
    template provides the styles.
    """
    if Path(path).suffix.casefold() != ".docx":
        raise OptionError(
            f"--output {path!r} is not a .docx file; name a Word document such as "
            "'bao_cao.docx' (other formats go to stdout with --format)",
            option="output",
            value=path,
        )
    try:
        from docx import Document  # noqa: PLC0415 - python-docx on first use
        from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415
        from docx.shared import Pt  # noqa: PLC0415
    except ImportError:  # pragma: no cover - the docx extra is installed where tested
        raise OptionError(
            "--output needs python-docx: pip install 'baocao_kt[docx]'",
            option="output",
            value=path,
        ) from None
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    if report.title is not None:
        document.add_heading(report.title, level=1)
    for section in report.sections:
        if section.heading is not None:
            document.add_heading(section.heading, level=2)
        for item in section.items:
            paragraph = document.add_paragraph(f"- {item.render(period)}")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.save(path)
