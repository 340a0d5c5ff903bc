"""Sections and reports: indicator sentences in order, as the bullet lines of a report.

A `SectionItem` is what one sentence is made from; a `Section` is a heading and its
items; a `Report` is the sections of one report, for a month or any other period (what
`load_report` reads from a data file). Each renders to plain text, one paragraph per line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import attrs

from baocao_kt._model._frame_table import Backend
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series import Series
from baocao_kt._periods._ranges import Period
from baocao_kt._report._display import items_html
from baocao_kt._report._sentence import render_indicator
from baocao_kt._report._wording import Wording
from baocao_kt._text._html import html_table
from baocao_kt.errors import OptionError, ValueKindError

__all__ = ["Report", "Section", "SectionItem", "render_section"]


def _plans(plan: Plan | Sequence[Plan] | None) -> Plan | tuple[Plan, ...] | None:
    """A sequence of plans as a tuple (immutable, as the item is); one plan as it is."""
    if isinstance(plan, Sequence) and not isinstance(plan, str):
        return tuple(plan)
    return plan


#: The percentages of a sentence, each with its own decimals in a `Wording`.
PercentKind = Literal["attainment", "month_variance", "cumulative_variance", "growth"]


@attrs.frozen(kw_only=True)
class SectionItem:
    """One indicator with what its sentence is made from.

    Attributes:
        indicator: The indicator.
        series: Its figures.
        plan: Its annual plan, or several (a tuple), if the report states attainment.
        scenario: Its scenario, if the report states variances.
        wording: The words and shape of its sentence.
    """

    indicator: Indicator
    series: Series
    plan: Plan | tuple[Plan, ...] | None = attrs.field(default=None, converter=_plans)
    scenario: Scenario | None = None
    wording: Wording = attrs.field(factory=Wording)

    @property
    def plans(self) -> tuple[Plan, ...]:
        """The item's plans, none, one or several."""
        plan = self.plan
        return () if plan is None else plan if isinstance(plan, tuple) else (plan,)

    def __repr__(self) -> str:
        plans = len(self.plans)
        scenario = ", a scenario" if self.scenario is not None else ""
        return f"<SectionItem {self.indicator.code}: {plans} plan(s){scenario}>"

    def places(self, of: PercentKind) -> int:
        """The decimals the item's sentence writes a percentage with.

        The wording's, where it chooses them; else the indicator's.

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng", places=2)
        >>> item = SectionItem(indicator=nn, series=Series(nn, []),
        ...                    wording=Wording(attainment_places=1))
        >>> item.places("attainment"), item.places("growth")
        (1, 2)
        """
        chosen = getattr(self.wording, f"{of}_places")
        return self.indicator.places if chosen is None else int(chosen)

    def render(self, period: Period) -> str:
        """The item's sentence for ``period`` (see `render_indicator`)."""
        return render_indicator(
            self.indicator,
            period,
            self.series,
            plan=self.plan,
            scenario=self.scenario,
            wording=self.wording,
        )


def render_section(
    items: Iterable[SectionItem],
    period: Period,
    *,
    heading: str | None = None,
    bullet: str = "- ",
) -> str:
    """The sentences of ``items`` for ``period``, one bullet line each, under ``heading``.

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
        lines.append(bullet + item.render(period))
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

    def __repr__(self) -> str:
        codes = ", ".join(item.indicator.code for item in self.items)
        return f"<Section {self.heading!r}: {codes}>"

    def _repr_html_(self) -> str:
        """A notebook's table of the section's figures, for the period of its last figure."""
        months = [month for item in self.items for month in item.series.months]
        if not months:
            return html_table(self.heading, ["Chỉ tiêu"], [[i.indicator.name] for i in self.items])
        return items_html(None, (self,), max(months, key=lambda month: month.start))

    def render(self, period: Period, *, bullet: str = "- ") -> str:
        """The section's text for ``period`` (see `render_section`)."""
        return render_section(self.items, period, heading=self.heading, bullet=bullet)


@attrs.frozen(kw_only=True)
class Report:
    """The sections of one report: what `load_report` reads from a data file.

    Attributes:
        period: The report's period: a month (*báo cáo tháng*), a quarter, a half, nine
            months, a year.
        sections: Its sections, in order.
        title: A line written before the sections, or None.
        source: Where the report was read from (a path), for messages.
    """

    period: Period
    sections: tuple[Section, ...] = attrs.field(converter=_sections)
    title: str | None = None
    source: str | None = None

    def __repr__(self) -> str:
        """The report in one line (the whole of it is `render`, or a notebook's table).

        >>> load_report("examples/phu_lien_2026_04.toml")
        <Report tháng 4/2026 'I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ':
        4 sections, 5 indicators>
        """
        title = "" if self.title is None else f" {self.title!r}"
        return (
            f"<Report {self.period.label()}{title}: {len(self.sections)} sections, "
            f"{len(self.items)} indicators>"
        )

    def _repr_html_(self) -> str:
        """A notebook's table of the report's figures: plan, period, cumulative, % of plan."""
        caption = f"{self.title} ({self.period.label()})" if self.title else self.period.label()
        return items_html(caption, self.sections, self.period)

    @property
    def month(self) -> Period:
        """The report's period, by its former name (reports were monthly only)."""
        return self.period

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

    def render(self, period: Period | None = None, *, bullet: str = "- ") -> str:
        """The report's text for its period (or another), sections apart by a blank line."""
        period = self.period if period is None else period
        blocks = [] if self.title is None else [self.title]
        blocks.extend(section.render(period, bullet=bullet) for section in self.sections)
        return "\n\n".join(blocks)

    def to_frame(self, *, backend: Backend = "polars", by: Mapping[str, str] | None = None) -> Any:  # noqa: ANN401 - the engine's frame
        """The report as one long table of ``backend``, from which it is made again.

        One row per figure, plan target (status ``"plan"``) and scenario checkpoint
        (``"scenario"``), with the indicator's name, unit, options, wording and section,
        and the report's title and period, on each (columns: docs/model-tables.md).
        ``by`` adds columns of text first, such as ``{"ward": "Phù Liễn"}``, for a
        district's table of its wards. Needs the ``frames`` extra (narwhals).

        Raises:
            OptionError: An unknown backend, a ratio indicator (its parts are what is
                written), a section or an indicator with nothing to write.

        >>> report = load_report("examples/phu_lien_2026_04.toml")
        >>> frame = report.to_frame()
        >>> frame.shape, frame.row(0)[:7]
        ((36, 18), ('NLTS', 'Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản', \
'triệu đồng', 'tháng 01/2026', 'actual', None, Decimal('12400')))
        """
        from baocao_kt._report._report_frame import report_to_frame  # noqa: PLC0415 - it imports this module

        return report_to_frame(self, backend, by)

    @classmethod
    def from_frame(
        cls,
        frame: Any,  # noqa: ANN401 - any frame narwhals reads
        *,
        period: Period | str | None = None,
        by: str | None = None,
        source: str | None = None,
    ) -> Report:
        """The report of a long table, as `to_frame` writes it (pandas, polars, pyarrow, …).

        The columns ``indicator``, ``name``, ``unit``, ``period``, ``status`` and ``value``
        are needed, and ``report_period`` unless ``period`` is given; the others are
        optional (docs/model-tables.md). Sections and items come in the order of their
        rows. ``by`` names a column (the ward) that must hold one value; ``source`` names
        the frame in messages and is the report's `source`.

        Raises:
            ReportDataError: A column or a cell is wrong, or the rows of an indicator make
                no sentence for the period: the message names the row, the column and the
                value, and says what would be right.

        >>> report = load_report("examples/phu_lien_2026_04.toml")
        >>> Report.from_frame(report.to_frame(backend="pyarrow"), source=report.source) == report
        True
        """
        from baocao_kt._report._report_frame import report_from_frame  # noqa: PLC0415 - it imports this module

        return report_from_frame(frame, period=period, by=by, source=source)

    @classmethod
    def from_frame_by(
        cls,
        frame: Any,  # noqa: ANN401 - any frame narwhals reads
        by: str,
        *,
        period: Period | str | None = None,
        source: str | None = None,
    ) -> dict[str | int, Report]:
        """One report per value of column ``by``: a district's table, a report per ward.

        Each is read as `from_frame` reads a frame of that ward's rows alone, in the
        order the wards first come; a message names the row of the whole frame.

        >>> report = load_report("examples/phu_lien_2026_04.toml")
        >>> frame = report.to_frame(by={"ward": "Phù Liễn"})
        >>> list(Report.from_frame_by(frame, "ward"))
        ['Phù Liễn']
        """
        from baocao_kt._report._report_frame import reports_from_frame_by  # noqa: PLC0415 - it imports this module

        return reports_from_frame_by(frame, by, period=period, source=source)
