"""`audit_docx`: the audit of a Word report, its tables included (python-docx, extra ``docx``).

A Word file has no lines: a finding's ``line`` is the number of the paragraph, from 1, in
the order a reader meets them, the paragraphs of a table's cells (row by row, cell by cell)
where the table stands; its ``column`` is the offset in that paragraph, from 1.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from baocao_kt._audit._findings import Audit
from baocao_kt._audit._text import audit_text
from baocao_kt.errors import ReportDataError

if TYPE_CHECKING:
    from docx.document import Document

__all__ = ["audit_docx"]


def audit_docx(path: str | os.PathLike[str], *, source: str | None = None) -> Audit:
    """Audit the percentages a Word report states (see `audit_text`), tables included.

    Args:
        path: The ``.docx`` file.
        source: The name to show in `Audit.lines` (by default, ``path``).

    Raises:
        ReportDataError: The file is not a Word document python-docx can read.
        ModuleNotFoundError: python-docx is not installed (``pip install
            'baocao_kt[docx]'``).
    """
    try:
        import docx  # noqa: PLC0415 - an optional extra, loaded only to read Word files
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(
            "audit_docx reads Word files through python-docx, which is not installed: "
            "pip install 'baocao_kt[docx]'",
            name="docx",
        ) from error
    name = os.fspath(path) if source is None else source
    try:
        document = docx.Document(os.fspath(path))
    except Exception as error:  # python-docx raises a variety (zip, XML, key) for a bad file
        raise ReportDataError(
            f"{name}: is not a Word document (.docx) python-docx can read: {error}",
            source=name,
            key=None,
            value=None,
        ) from error
    return audit_text("\n".join(_paragraphs(document)), source=name)


def _paragraphs(document: Document) -> Iterator[str]:
    """The text of every paragraph, in reading order, those of tables' cells in place."""
    for block in document.iter_inner_content():
        yield from _texts_of(block)


def _texts_of(block: Any) -> Iterator[str]:  # noqa: ANN401 - a python-docx Paragraph or Table
    rows = getattr(block, "rows", None)
    if rows is None:
        yield block.text.replace("\n", " ")  # a line break inside a paragraph is one line
        return
    seen: list[object] = []  # the cells' elements, kept alive so that identity holds
    for row in rows:
        for cell in row.cells:
            element = cell._tc  # noqa: SLF001 - a merged cell is listed once per column
            if any(element is other for other in seen):
                continue
            seen.append(element)
            for inner in cell.iter_inner_content():
                yield from _texts_of(inner)
