"""What a notebook shows of a series: an HTML table of its figures, as a report writes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from baocao_kt._text._html import html_table
from baocao_kt._text._numbers import format_number

if TYPE_CHECKING:
    from baocao_kt._model._series import Series

__all__ = ["series_html"]


def series_html(series: Series) -> str:
    """The figures of a series, one row per month."""
    indicator = series.indicator
    rows = [
        [
            figure.period.label(),
            f"{figure.qualifier} {format_number(figure.value)}"
            if figure.qualifier
            else format_number(figure.value),
            "ước thực hiện" if figure.status == "estimate" else "thực hiện",
        ]
        for figure in series.figures
    ]
    caption = f"{indicator.name} ({indicator.unit_name})"
    return html_table(caption, ["Kỳ", "Số liệu", "Trạng thái"], rows)
