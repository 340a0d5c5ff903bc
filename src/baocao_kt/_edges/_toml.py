"""`load_report`: a report read from a TOML data file (see docs/data-files.md).

The file holds the report's period (a month, a quarter, a half, a year, …) and title,
its sections in order, and for each indicator its name and unit, plans, scenario,
figures (by month or by whole period, this year's and earlier years') and wording.
Everything in the file is used or refused: an unknown key, a figure that is not a
number, an indicator in no section, a month the report needs without a figure are each
a `ReportDataError` naming the file, the key and the value. A file that is read is a
report whose sentences for its period can be written.
"""

from __future__ import annotations

import functools
import os
import typing
from typing import Literal

import attrs

from baocao_kt._edges._toml_fields import Node, blame
from baocao_kt._edges._toml_figures import read_figures
from baocao_kt._edges._toml_plans import read_plans, read_scenario
from baocao_kt._edges._toml_source import parse_toml, read_source
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._periods._calendar import Month
from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import Period, whole_months_of
from baocao_kt._report._section import Report, Section, SectionItem
from baocao_kt._report._wording import Wording
from baocao_kt.errors import BaoCaoError, ReportDataError, UnknownUnitError, ValueKindError

__all__ = ["load_report", "loads_report"]

_INDICATOR_KEYS = (
    *("name", "unit", "aggregation", "direction", "places"),
    *("plan", "scenario", "figures", "wording"),
)
# A data file has no None: these fields of Wording write theirs as empty text.
_NONE_AS_EMPTY = ("connector",)


def load_report(path: str | os.PathLike[str]) -> Report:
    """Read a report data file (TOML, UTF-8); the `Report`'s ``source`` is the path.

    The file has at most 10 MiB; a UTF-8 byte-order mark at its start is skipped.

    Raises:
        ReportDataError: The file is too large, not UTF-8 or not TOML, or a value in it
            is wrong or inconsistent with another.
        OSError: The file cannot be read (``FileNotFoundError``, …).

    >>> print(load_report("examples/phu_lien_2026_04.toml").sections[0].render(Month(2026, 4)))
    1. Nông nghiệp, lâm nghiệp, thủy sản
    - Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện 12.250 \
triệu đồng, vượt kịch bản 2,5%; lũy kế 4 tháng ước thực hiện 50.520 triệu/135.800 triệu \
đồng, bằng 37,2% kế hoạch năm 2026, vượt 0,8% so với kịch bản.
    """
    source = os.fspath(path)
    return loads_report(read_source(path), source=source)


def loads_report(text: str, *, source: str = "<string>") -> Report:
    """Read a report from the text of a data file; ``source`` names it in messages.

    A leading byte-order mark (U+FEFF) is skipped.

    Raises:
        ReportDataError: The text is not TOML, or a value in it is wrong or inconsistent
            with another.

    >>> report = loads_report('''
    ... [report]
    ... month = "tháng 2/2026"
    ... [[sections]]
    ... indicators = ["NN"]
    ... [indicators.NN]
    ... name = "Giá trị sản xuất nông nghiệp"
    ... unit = "triệu đồng"
    ... figures.actual = { 1 = 9000 }
    ... figures.estimate = { 2 = "9.500,5" }
    ... ''')
    >>> print(report.render())
    - Giá trị sản xuất nông nghiệp tháng 02 ước thực hiện 9.500,5 triệu đồng, lũy kế 2 tháng \
ước thực hiện 18.500,5 triệu đồng.
    """
    if not isinstance(text, str):
        raise ValueKindError(
            f"loads_report: text is a {type(text).__name__}, not a str; pass the file's "
            "text, or its path to load_report",
            value=text,
        )
    data = parse_toml(text, source)
    return _report(Node(source, None, data))


def _report(root: Node) -> Report:
    top = root.table(
        ("report", "sections", "indicators"),
        {
            "report": '[report] with month = "tháng 4/2026"',
            "sections": '[[sections]] with indicators = ["NLTS"]',
            "indicators": "[indicators.NLTS] with its name, unit and figures",
        },
    )
    head = top["report"].table(("period", "month", "title"))
    period = _report_period(top["report"], head)
    title = None
    if "title" in head:
        title = head["title"].text('"I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ"')
    items = {code: _item(node, code, period) for code, node in top["indicators"].table().items()}
    placed: dict[str, Node] = {}
    sections = [_section(node, items, placed) for node in top["sections"].array()]
    for code in items:
        if code not in placed:
            raise top["indicators"].key_error(
                code,
                f"indicator {code!r} is in no section; add {code!r} to the indicators of a "
                "[[sections]], or remove it (nothing in the file is left out silently)",
            )
    return Report(
        period=period,
        sections=sections,
        title=title,
        source=root.source,
    )


def _report_period(node: Node, head: dict[str, Node]) -> Period:
    """The report's period: ``period`` (any period of whole months of one year) or ``month``."""
    given = [key for key in ("period", "month") if key in head]
    if len(given) != 1:
        reason = "gives both period and month" if given else "has neither period nor month"
        raise ReportDataError(
            f'{node.source}: {node.key}: {reason}; give one: period = "quý I/2026" (any '
            'period), or month = "tháng 4/2026" (a month)',
            source=node.source,
            key=node.key,
            value=None,
        )
    if "month" in head:
        return _month(head["month"])
    field = head["period"]
    text = field.text('"quý I/2026"')
    try:
        period = parse_period(text)
        months = whole_months_of(period, "report.period")
    except BaoCaoError as error:
        raise field.failed(error) from error
    if months[0].year != months[-1].year:
        raise field.error(
            f"is {period}, which spans {months[0].year} and {months[-1].year}; a report's "
            "period is within one year (its plans and figures are of that year)"
        )
    return period


def _month(node: Node) -> Month:
    text = node.text('"tháng 4/2026"')
    try:
        period = parse_period(text)
    except BaoCaoError as error:
        raise node.failed(error) from error
    if type(period) is not Month:
        raise node.error(
            f"is {period}, not a month; a report's month is one, such as 'tháng 4/2026', "
            f'and a report for any other period gives it as period = "{node.value}"'
        )
    return period


def _section(node: Node, items: dict[str, SectionItem], placed: dict[str, Node]) -> Section:
    """A section; ``placed`` has the node where each indicator was named so far."""
    fields = node.table(("heading", "indicators"), {"indicators": 'indicators = ["NLTS"]'})
    heading = fields["heading"].text('"1. Nông nghiệp"') if "heading" in fields else None
    chosen = []
    for code_node in fields["indicators"].array():
        code = code_node.text('"NLTS"')
        if code not in items:
            known = ", ".join(repr(known) for known in items) or "none"
            raise code_node.error(
                f"is not an indicator of the file; add [indicators.{code}], or name one of "
                f"its indicators: {known}"
            )
        if code in placed:
            raise code_node.error(
                f"names indicator {code!r} a second time (first at {placed[code].key}); a "
                "report states each indicator once"
            )
        placed[code] = code_node
        chosen.append(items[code])
    return Section(heading=heading, items=chosen)


def _item(node: Node, code: str, period: Period) -> SectionItem:
    fields = node.table(
        _INDICATOR_KEYS,
        {
            "name": 'name = "Giá trị sản phẩm ngành dịch vụ"',
            "unit": 'unit = "triệu đồng"',
            "figures": "figures.actual = { 1 = 12400, 2 = 12620 }",
        },
    )
    indicator = _indicator(node, code, fields)
    year = period.months[-1].year
    plan: Plan | tuple[Plan, ...] | None = None
    plans: tuple[Plan, ...] = ()
    plan_node = fields.get("plan", node.child("plan", None))
    if "plan" in fields:
        plan, plans = read_plans(plan_node, indicator, year)
    scenario = None
    if "scenario" in fields:
        # With several plans the scenario leads to the first: its year total is the
        # first plan's target, and cumulative_percent is in percent of it.
        first = plan_node.child(0, None) if isinstance(plan, tuple) else plan_node
        scenario = read_scenario(
            fields["scenario"], indicator, year, plans[0] if plans else None, f"{first.key}.target"
        )
    against = " and ".join(f"a {name}" for name in ("plan", "scenario") if name in fields)
    figures = read_figures(fields["figures"], indicator, year, against=against)
    wording = _wording(fields["wording"]) if "wording" in fields else Wording()
    figures.check_needs(period, wording)
    item = SectionItem(
        indicator=indicator, series=figures.series, plan=plan, scenario=scenario, wording=wording
    )
    _check_renders(node, fields, item, period)
    return item


def _check_renders(node: Node, fields: dict[str, Node], item: SectionItem, period: Period) -> None:
    """Refuse an item whose sentence for the report's period cannot be written.

    The checks before name what a file usually gets wrong; this one names what is left
    (a growth from a zero, a wording option the period has no use for), so that a file
    that is read is a report that renders.
    """
    try:
        item.render(period)
    except BaoCaoError as error:
        option = getattr(error, "option", None)
        wording = fields.get("wording")
        if wording is not None and isinstance(wording.value, dict) and option in wording.value:
            raise wording.child(str(option), wording.value[option]).failed(error) from error
        raise ReportDataError(
            f"{node.source}: {node.key}: the sentence for {period} cannot be written: {error}",
            source=node.source,
            key=node.key,
            value=None,
        ) from error


def _indicator(node: Node, code: str, fields: dict[str, Node]) -> Indicator:
    name = fields["name"].text('"Giá trị sản phẩm ngành dịch vụ"')
    unit = fields["unit"].text('"triệu đồng"')
    options = {
        key: fields[key].value for key in ("aggregation", "direction", "places") if key in fields
    }
    if options.get("aggregation") == "ratio":
        raise fields["aggregation"].error(
            "a ratio indicator is recomputed from two other indicators, which a data file "
            "cannot name yet; give the ratio's parts as indicators of their own"
        )
    if unit.strip() == "%":
        raise fields["unit"].error(
            "is a rate's; the sentence of a data file states amounts, and a rate is compared "
            "in percentage points, which a data file cannot write yet; give the amounts the "
            "rate is made of as indicators of their own"
        )
    try:
        return Indicator(code, name, unit, **options)  # type: ignore[arg-type] # its validators check
    except UnknownUnitError as error:
        raise fields["unit"].failed(error) from error
    except BaoCaoError as error:
        raise blame(node, fields, error) from error


def _wording(node: Node) -> Wording:
    accepted = _wording_types()
    fields = node.table(tuple(accepted))
    for name, field in fields.items():
        if type(field.value) not in accepted[name]:
            what = " or ".join(_KIND_WORDS.get(kind, kind.__name__) for kind in accepted[name])
            raise field.error(f"is not {what}")
    try:
        return Wording(**{name: field.value for name, field in fields.items()})  # type: ignore[arg-type] # validated
    except BaoCaoError as error:
        failed = blame(node, fields, error)
        if getattr(error, "option", None) in _NONE_AS_EMPTY:
            option = error.option  # type: ignore[attr-defined] # checked just above
            failed = fields[option].error(f'{error}; in a data file, none is {option} = ""')
        raise failed from error


_KIND_WORDS = {
    str: "text (in double quotes)",
    int: "a whole number (such as 1)",
    bool: "true or false (without quotes)",
    list: 'an array of names (such as ["same_period", "scenario", "plan", "previous"])',
}


@functools.cache
def _wording_types() -> dict[str, tuple[type, ...]]:
    """The fields of `Wording` and the types of value a file may give each."""
    hints = typing.get_type_hints(Wording)
    return {
        field.name: tuple(kind for kind in _types(hints[field.name]) if kind is not type(None))
        for field in attrs.fields(Wording)
    }


def _types(hint: object) -> tuple[type, ...]:
    if typing.get_origin(hint) is tuple:  # an ordered choice, a TOML array (Wording.order)
        return (list,)
    if typing.get_origin(hint) is Literal:
        return tuple({type(choice) for choice in typing.get_args(hint)})
    if typing.get_args(hint):
        return tuple(kind for arg in typing.get_args(hint) for kind in _types(arg))
    return (hint,) if isinstance(hint, type) else ()
