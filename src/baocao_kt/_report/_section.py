"""Sections and reports: indicator sentences in order, as the bullet lines of a report.

A `SectionItem` is what one sentence is made from; a `Section` is a heading and its
items; a `Report` is the sections of one month's report (what `load_report` reads from a
data file). Each renders to plain text, one paragraph per line.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series import Series
from baocao_kt._periods._calendar import Month
from baocao_kt._report._sentence import render_indicator
from baocao_kt._report._wording import Wording
from baocao_kt.errors import OptionError, ValueKindError

__all__ = ["Report", "Section", "SectionItem", "render_section"]


@attrs.frozen(kw_only=True)
class SectionItem:
    """One indicator with what its sentence is made from.

    Attributes:
        indicator: The indicator.
        series: Its figures.
        plan: Its annual plan, if the report states attainment.
        scenario: Its scenario, if the report states variances.
        wording: The words and shape of its sentence.
    """

    indicator: Indicator
    series: Series
    plan: Plan | None = None
    scenario: Scenario | None = None
    wording: Wording = attrs.field(factory=Wording)

    def render(self, month: Month) -> str:
        """The item's sentence for ``month`` (see `render_indicator`)."""
        return render_indicator(
            self.indicator,
            month,
            self.series,
            plan=self.plan,
            scenario=self.scenario,
            wording=self.wording,
        )


def render_section(
    items: Iterable[SectionItem],
    month: Month,
    *,
    heading: str | None = None,
    bullet: str = "- ",
) -> str:
    """The sentences of ``items`` for ``month``, one bullet line each, under ``heading``.

    >>> nn = Indicator("NN", "Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản", "triệu đồng")
    >>> series = Series(nn, [Figure(Month(2026, 1), 12400, "estimate")])
    >>> item = SectionItem(indicator=nn, series=series, plan=Plan(nn, 2026, 135800))
    >>> print(render_section([item], Month(2026, 1), heading="1. Nông nghiệp"))
    1. Nông nghiệp
    - Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 01 ước thực hiện 12.400 \
triệu đồng, lũy kế 1 tháng ước thực hiện 12.400 triệu/135.800 triệu đồng, bằng 9,1% kế \
hoạch năm 2026.
    """
    lines = [] if heading is None else [heading]
    for item in items:
        if not isinstance(item, SectionItem):
            raise ValueKindError(f"render_section: {item!r} is not a SectionItem", value=item)
        lines.append(bullet + item.render(month))
    return "\n".join(lines)


def _items(items: Iterable[SectionItem]) -> tuple[SectionItem, ...]:
    return tuple(items)


def _sections(sections: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(sections)


@attrs.frozen(kw_only=True)
class Section:
    """A heading and the items under it, in order.

    Attributes:
        heading: The section's heading (*1. Nông nghiệp, lâm nghiệp, thủy sản*), or None.
        items: Its items.
    """

    heading: str | None = None
    items: tuple[SectionItem, ...] = attrs.field(converter=_items)

    def render(self, month: Month, *, bullet: str = "- ") -> str:
        """The section's text for ``month`` (see `render_section`)."""
        return render_section(self.items, month, heading=self.heading, bullet=bullet)


@attrs.frozen(kw_only=True)
class Report:
    """The sections of one month's report: what `load_report` reads from a data file.

    Attributes:
        month: The report's month.
        sections: Its sections, in order.
        title: A line written before the sections, or None.
        source: Where the report was read from (a path), for messages.
    """

    month: Month
    sections: tuple[Section, ...] = attrs.field(converter=_sections)
    title: str | None = None
    source: str | None = None

    @property
    def items(self) -> tuple[SectionItem, ...]:
        """Every item of every section, in order."""
        return tuple(item for section in self.sections for item in section.items)

    def item(self, code: str) -> SectionItem:
        """The item of the indicator with ``code``.

        Raises:
            OptionError: No indicator of the report has that code.
        """
        for item in self.items:
            if item.indicator.code == code:
                return item
        codes = ", ".join(repr(item.indicator.code) for item in self.items)
        raise OptionError(
            f"Report: no indicator {code!r}; the report has {codes}", option="code", value=code
        )

    def render(self, month: Month | None = None, *, bullet: str = "- ") -> str:
        """The report's text for its month (or another), sections apart by a blank line."""
        month = self.month if month is None else month
        blocks = [] if self.title is None else [self.title]
        blocks.extend(section.render(month, bullet=bullet) for section in self.sections)
        return "\n\n".join(blocks)
