"""A small HTML table for a notebook's display of a model object (``_repr_html_``).

Every cell is text the library wrote (Vietnamese numbers, percentages, labels), escaped;
a table and the sentences never disagree because both are made by the same functions.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

__all__ = ["html_table"]


def html_table(caption: str | None, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An HTML ``<table>`` of text cells; numbers right-aligned as a report prints them.

    >>> html_table("Thu", ["Chỉ tiêu", "Số liệu"], [["Thu <ngân sách>", "22.000"]])
    '<table><caption>Thu</caption><thead><tr><th style="text-align:left">Chỉ tiêu</th><th style="text-align:left">Số liệu</th></tr></thead><tbody><tr><td style="text-align:left">Thu &lt;ngân sách&gt;</td><td style="text-align:right">22.000</td></tr></tbody></table>'
    """  # noqa: E501 - one line of HTML, as it is written
    parts = ["<table>"]
    if caption:
        parts.append(f"<caption>{html.escape(caption)}</caption>")
    parts.append("<thead><tr>")
    parts.extend(f'<th style="text-align:left">{html.escape(header)}</th>' for header in headers)
    parts.append("</tr></thead><tbody>")
    for row in rows:
        parts.append("<tr>")
        parts.extend(
            f'<td style="text-align:{_align(cell)}">{html.escape(cell)}</td>' for cell in row
        )
        parts.append("</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


# A figure as the library writes one: 22.000, −5,5%, 12.250 (ước), hơn 2.100, n.a., —
_FIGURE = re.compile(r"(?:\w+ )?[−-]?\d[\d.,]*(?:%| điểm %)?(?: \(ước\))?|n\.a\.|—")


def _align(cell: str) -> str:
    """Right for a figure, left for words (a heading *1. Nông nghiệp* is words)."""
    return "right" if _FIGURE.fullmatch(cell) else "left"
