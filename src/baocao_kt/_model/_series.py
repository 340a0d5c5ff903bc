"""`Figure` and `Series`: what was estimated or achieved, by period, and cumulated.

A series holds figures for periods of whole months: most often one per month, but a
report may know only a whole period (an area sown this season, a year's estimate, a
stock at the end of a quarter). Figures never overlap: two figures for one month would
be two sources free to disagree. The figure of any period is made from the figures
that exactly cover it, by the indicator's aggregation, and is an estimate when any of
them is. Nothing is invented: a month without a figure, or a figure that reaches
beyond the period asked for (a quarter's total cannot be split into its months), is a
`MissingFigureError`, never a zero or a share.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from baocao_kt._model._display import series_html
from baocao_kt._model._figure import Figure, Status
from baocao_kt._model._frame_table import Backend
from baocao_kt._model._indicator import Indicator
from baocao_kt._periods._calendar import Month
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._units._arithmetic import add
from baocao_kt._units._qualifier import combined_qualifier, refuse_approximate
from baocao_kt._values._rounding import fraction_to_decimal
from baocao_kt.errors import (
    MissingFigureError,
    OptionError,
    ValueKindError,
    ZeroBaseError,
)

__all__ = ["Figure", "Series", "Status"]


def _figures(figures: Iterable[Figure]) -> tuple[Figure, ...]:
    if isinstance(figures, (str, bytes, Mapping)) or not isinstance(figures, Iterable):
        raise ValueKindError(
            f"Series: figures={figures!r} is not a sequence of Figures", value=figures
        )
    kept: list[Figure] = []
    for figure in figures:
        if not isinstance(figure, Figure):
            raise ValueKindError(f"Series: {figure!r} is not a Figure", value=figure)
        whole_months_of(figure.period, "Series")
        kept.append(figure)
    _by_month(kept)  # refuses figures that overlap
    return tuple(sorted(kept, key=lambda figure: figure.period.start))


def _by_month(figures: Iterable[Figure]) -> dict[Month, Figure]:
    """Each month covered by a figure, with that figure; overlapping figures are refused."""
    found: dict[Month, Figure] = {}
    for figure in figures:
        for month in figure.period.months:
            other = found.get(month)
            if other is not None:
                same = other.period == figure.period
                raise OptionError(
                    f"Series: two figures for {month} ({other.period} and {figure.period}); "
                    + (
                        "give one, and revise it with Series.with_figure so that the "
                        "revision is kept"
                        if same
                        else "figures may not overlap: give the months, or the whole period"
                    ),
                    option="figures",
                    value=figure,
                )
            found[month] = figure
    return found


@attrs.frozen
class Series:
    """The monthly figures of one indicator, and the figure of any period made from them.

    Args:
        indicator: The indicator.
        figures: One `Figure` per month, for any months (a figure for a longer period,
            or two for one month, is refused).

    A ratio indicator's figures are recomputed from its parts: make its series with
    `Series.ratio`. Revise a month with `with_figure`; `revisions` tells what it replaced.

    >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
    >>> s = Series(nn, [Figure(Month(2026, 1), 9000), Figure(Month(2026, 2), 9500, "estimate")])
    >>> s.value(YearToDate(2026, 2))
    Figure(period=YearToDate(year=2026, month=2), value=Decimal('18500'), status='estimate')
    """

    indicator: Indicator = attrs.field()
    figures: tuple[Figure, ...] = attrs.field(converter=_figures)
    _revised: tuple[Figure, ...] = attrs.field(default=(), kw_only=True, alias="revised")
    _parts: tuple[Series, Series] | None = attrs.field(default=None, kw_only=True, alias="parts")
    _by_month: dict[Month, Figure] = attrs.field(init=False, eq=False, repr=False)
    _years: frozenset[int] = attrs.field(init=False, eq=False, repr=False)

    @indicator.validator
    def _an_indicator(self, _attribute: object, value: object) -> None:
        if not isinstance(value, Indicator):
            raise ValueKindError(f"Series: indicator={value!r} is not an Indicator", value=value)

    def __attrs_post_init__(self) -> None:
        # Built once, when the series is made (never changed after): the lookup of every
        # value() that a report makes, month after month.
        by_month = _by_month(self.figures)
        object.__setattr__(self, "_by_month", by_month)
        object.__setattr__(self, "_years", frozenset(month.year for month in by_month))

    def __repr__(self) -> str:
        """The series in one line: its indicator's code, how many figures, which months.

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
        >>> Series(nn, [Figure(Month(2026, m), 9000) for m in (1, 2, 3)])
        <Series NN: 3 figures, tháng 01/2026 to tháng 3/2026>
        """
        months = self.months
        span = f", {months[0].label()} to {months[-1].label()}" if months else ""
        revised = f", {len(self._revised)} revised" if self._revised else ""
        return f"<Series {self.indicator.code}: {len(self.figures)} figures{span}{revised}>"

    def _repr_html_(self) -> str:
        """A notebook's table of the figures, as a report writes them."""
        return series_html(self)

    @classmethod
    def ratio(cls, indicator: Indicator, numerator: Series, denominator: Series) -> Series:
        """The series of a ratio indicator, recomputed from its numerator and denominator.

        A period's value is `Indicator.quotient` of the parts' values for that period
        (each cumulated by its own aggregation), an estimate when either part is.

        >>> vaccinated = Indicator("V", "Số người được tiêm", "người")
        >>> people = Indicator("P", "Dân số", "người", aggregation="last")
        >>> rate = Indicator("R", "Tỷ lệ tiêm", "%", aggregation="ratio",
        ...                  numerator=vaccinated, denominator=people)
        >>> top = Series(vaccinated, [Figure(Month(2026, m), 300) for m in (1, 2)])
        >>> bottom = Series(people, [Figure(Month(2026, m), 2000) for m in (1, 2)])
        >>> Series.ratio(rate, top, bottom).value(YearToDate(2026, 2)).value
        Decimal('30')
        """
        if indicator.aggregation != "ratio":
            raise OptionError(
                f"Series.ratio: indicator {indicator.code!r} has aggregation="
                f"{indicator.aggregation!r}; make its series with Series(indicator, figures)",
                option="aggregation",
                value=indicator.aggregation,
            )
        for name, part, expected in (
            ("numerator", numerator, indicator.numerator),
            ("denominator", denominator, indicator.denominator),
        ):
            if not isinstance(part, Series) or part.indicator != expected:
                raise OptionError(
                    f"Series.ratio: {name} must be the series of the indicator's {name}, "
                    f"{expected.code if expected else None!r}",
                    option=name,
                    value=part,
                )
        return cls(indicator, (), parts=(numerator, denominator))

    def value(self, period: Period) -> Figure:
        """The figure of any period, cumulated from the figures that cover it exactly.

        ``"sum"`` adds them; ``"last"`` takes the last one's value; ``"mean"`` is their
        exact mean over the months (a figure for a quarter weighs three months; a `Decimal`
        when it terminates, else rounded half-up to 28 significant digits); ``"ratio"``
        recomputes the parts' quotient. The status is ``"estimate"`` when any figure is
        one (for ``"last"``, the last figure's status and word are the period's). A
        figure given for the period itself is returned as it is (for a period of the same
        months under another name, with that period, its status and its word).

        Raises:
            MissingFigureError: A month of the period has no figure, or its figure is for
                a period that reaches beyond the one asked for (the first month is named).
            PeriodError: A date range that does not cover whole months.

        >>> rice = Indicator("LUA", "Diện tích gieo cấy lúa", "ha")
        >>> s = Series(rice, [Figure(Quarter(2026, 1), 310), Figure(Month(2026, 4), 25)])
        >>> s.value(YearToDate(2026, 4)).value, s.value(YearToDate(2026, 3)).period
        (Decimal('335'), YearToDate(year=2026, month=3))
        """
        if self._parts is not None:
            return self._ratio(period)
        months = whole_months_of(period, "Series.value")
        figures = self._cover(period, months)
        if len(figures) == 1 and figures[0].period.months == months:
            only = figures[0]
            if only.period == period:
                return only
            return Figure(period, only.value, only.status, qualifier=only.qualifier)
        if self.indicator.aggregation == "last":  # the last figure's value, status and word
            last = figures[-1]
            return Figure(period, last.value, last.status, qualifier=last.qualifier)
        status: Status = "actual"
        approximate = False
        for figure in figures:  # one pass: most figures are exact, and most series cumulate
            if figure.status == "estimate":
                status = "estimate"
            if figure.qualifier is not None:
                approximate = True
        qualifier = None
        if approximate:
            qualifier = combined_qualifier((f.qualifier for f in figures), str(period))
        return Figure(period, self._aggregate(figures), status, qualifier=qualifier)

    def _cover(self, period: Period, months: tuple[Month, ...]) -> list[Figure]:
        """The figures that cover exactly ``months``, in order, or why there are none."""
        figures: list[Figure] = []
        inside: set[Month] | None = None  # made only for a figure of a longer period
        by_month = self._by_month
        for month in months:
            figure = by_month.get(month)
            if figure is None:
                raise MissingFigureError(
                    f"Series for {self.indicator.code!r}: no figure for {month}, needed for "
                    f"{period}; add it (Series.with_figure), it is not taken as zero",
                    month=month,
                    period=period,
                )
            if type(figure.period) is Month:  # a month's figure lies inside: the usual case
                figures.append(figure)
                continue
            if figures and figures[-1] is figure:
                continue
            if inside is None:
                inside = set(months)
            if not inside.issuperset(figure.period.months):
                raise MissingFigureError(
                    f"Series for {self.indicator.code!r}: {month} has only the figure of "
                    f"{figure.period}, which reaches beyond {period} and cannot be split; "
                    "give the figures of its months",
                    month=month,
                    period=period,
                )
            figures.append(figure)
        return figures

    def with_figure(self, figure: Figure) -> Series:
        """A new series with ``figure`` for its month; the figure it replaces is kept.

        An actual replaces an estimate, and an estimate or actual may be corrected by
        another of its kind; an estimate never replaces an actual.

        Raises:
            OptionError: An estimate given for a month that has an actual.

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
        >>> s = Series(nn, [Figure(Month(2026, 4), 12250, "estimate")])
        >>> s = s.with_figure(Figure(Month(2026, 4), 12310))
        >>> s.value(Month(2026, 4)).value, s.revisions(Month(2026, 4))
        (Decimal('12310'), (Figure(period=Month(year=2026, month=4), value=Decimal('12250'), \
status='estimate'),))
        """
        if not isinstance(figure, Figure):
            raise ValueKindError(f"Series.with_figure: {figure!r} is not a Figure", value=figure)
        old = next((f for f in self.figures if f.period == figure.period), None)
        if old is None:
            return attrs.evolve(self, figures=(*self.figures, figure))
        if old.status == "actual" and figure.is_estimate:
            raise OptionError(
                f"Series.with_figure: {figure.period} has an actual figure ({old.value}); an "
                "estimate does not replace it; give the corrected actual",
                option="status",
                value=figure,
            )
        kept = tuple(f for f in self.figures if f.period != figure.period)
        return attrs.evolve(self, figures=(*kept, figure), revised=(*self._revised, old))

    def to_frame(self, *, backend: Backend = "polars") -> Any:  # noqa: ANN401 - the engine's frame
        """The figures as a long table of ``backend``: one row per figure (extra ``frames``).

        The columns are ``indicator``, ``name``, ``unit``, ``period`` (its label, as
        `parse_period` reads it), ``status``, ``qualifier`` and ``value``, exact decimals
        (see docs/model-tables.md). Revised figures are not written, only the current ones.

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
        >>> s = Series(nn, [Figure(Month(2026, 4), "12250.5", "estimate")])
        >>> s.to_frame().select("period", "status", "value").row(0)
        ('tháng 4/2026', 'estimate', Decimal('12250.5'))
        """
        from baocao_kt._model._series_frame import series_to_frame  # noqa: PLC0415 - it imports this module

        return series_to_frame(self, backend)

    @classmethod
    def from_frame(cls, frame: Any, *, indicator: Indicator, source: str = "<frame>") -> Series:  # noqa: ANN401 - any frame narwhals reads
        """The series of ``indicator`` read from a long table (pandas, polars, pyarrow, …).

        The frame has the columns ``period``, ``status`` and ``value``, and may have those
        `to_frame` writes (``indicator``, ``name``, ``unit``, ``qualifier``); ``source``
        names it in messages.

        Raises:
            ReportDataError: A column or a cell is wrong (named with its row), or two rows
                give the same month.

        >>> nn = Indicator("NN", "Nông nghiệp", "triệu đồng")
        >>> s = Series(nn, [Figure(Month(2026, 4), "12250.5", "estimate")])
        >>> Series.from_frame(s.to_frame(backend="pandas"), indicator=nn) == s
        True
        """
        from baocao_kt._model._series_frame import series_from_frame  # noqa: PLC0415 - it imports this module

        return series_from_frame(frame, indicator, source)

    def revisions(self, period: Period) -> tuple[Figure, ...]:
        """The figures of ``period`` that were replaced, oldest first (none if never revised)."""
        return tuple(figure for figure in self._revised if figure.period == period)

    @property
    def years(self) -> frozenset[int]:
        """The years any figure of the series is in (last year's, for growth).

        >>> Series(Indicator("NN", "Nông nghiệp", "triệu đồng"), [Figure(Month(2025, 4), 9)]).years
        frozenset({2025})
        """
        return self._years

    def has_figures_for(self, period: Period) -> bool:
        """Whether any month of ``period`` has a figure (its own, or its period's).

        What a sentence asks before it compares with last year: no figure at all is
        nothing to say; some but not all is a `MissingFigureError` from `value`.

        >>> s = Series(Indicator("NN", "Nông nghiệp", "triệu đồng"), [Figure(Month(2025, 4), 9)])
        >>> s.has_figures_for(Quarter(2025, 2)), s.has_figures_for(Month(2026, 4))
        (True, False)
        """
        by_month = self._by_month
        return any(month in by_month for month in whole_months_of(period, "Series"))

    @property
    def months(self) -> tuple[Month, ...]:
        """The months that have a figure (their own, or their period's), in order."""
        return tuple(sorted(self._by_month, key=lambda month: month.start))

    def _aggregate(self, figures: list[Figure]) -> Decimal:
        rule = self.indicator.aggregation
        if rule == "last":
            return figures[-1].value
        if rule == "sum":
            total = Decimal(0)
            for figure in figures:
                total = add(total, figure.value)
            return total
        if rule == "mean":  # each figure weighs the months it covers
            weighted = sum(Fraction(f.value) * len(f.period.months) for f in figures)
            months = sum(len(figure.period.months) for figure in figures)
            return fraction_to_decimal(Fraction(weighted) / months)
        raise OptionError(
            f"Series for {self.indicator.code!r}: a ratio over {len(figures)} figures is "
            "recomputed from its parts; make the series with Series.ratio",
            option="aggregation",
            value=rule,
        )

    def _ratio(self, period: Period) -> Figure:
        assert self._parts is not None  # noqa: S101 - for mypy; the caller checked
        top, bottom = (part.value(period) for part in self._parts)
        refuse_approximate(f"compute the ratio of {period} from", top, bottom)
        if not bottom.value:
            raise ZeroBaseError(
                f"Series for {self.indicator.code!r}: the denominator of {period} is zero; "
                "the ratio has no value",
                numerator=top.value,
            )
        value = fraction_to_decimal(Fraction(self.indicator.quotient(top.value, bottom.value)))
        status: Status = "estimate" if top.is_estimate or bottom.is_estimate else "actual"
        return Figure(period, value, status)
