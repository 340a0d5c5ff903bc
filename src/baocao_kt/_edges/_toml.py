"""`load_report`: one month's report read from a TOML data file (see docs/data-files.md).

The file holds the report's month and title, its sections in order, and for each
indicator its name and unit, plan, scenario, monthly figures and wording. Everything in
the file is used or refused: an unknown key, a figure that is not a number, an indicator
in no section, a month of the year to date without a figure are each a
`ReportDataError` naming the file, the key and the value.
"""

from __future__ import annotations

import functools
import os
import typing
from typing import Literal

import attrs

from baocao_kt._edges._toml_checks import check_figure, check_plan_target, check_scenario
from baocao_kt._edges._toml_fields import Node, show
from baocao_kt._edges._toml_source import parse_toml, read_source
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._model._series import Figure, Series, Status
from baocao_kt._periods._calendar import Month
from baocao_kt._periods._parse import parse_period
from baocao_kt._report._section import Report, Section, SectionItem
from baocao_kt._report._wording import Wording
from baocao_kt._values._convert import Number
from baocao_kt._values._rates import Percent
from baocao_kt.errors import BaoCaoError, ReportDataError, UnknownUnitError, ValueKindError

__all__ = ["load_report", "loads_report"]

_INDICATOR_KEYS = (
    *("name", "unit", "aggregation", "direction", "places"),
    *("plan", "scenario", "figures", "wording"),
)
_SCENARIO_FORMS = ("monthly", "quarterly", "cumulative", "cumulative_percent")
_STATUSES: tuple[Status, ...] = ("actual", "estimate")


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
    head = top["report"].table(("month", "title"), {"month": 'month = "tháng 4/2026"'})
    month = _month(head["month"])
    title = None
    if "title" in head:
        title = head["title"].text('"I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ"')
    items = {code: _item(node, code, month) for code, node in top["indicators"].table().items()}
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
        period=month,
        sections=sections,
        title=title,
        source=root.source,
    )


def _month(node: Node) -> Month:
    text = node.text('"tháng 4/2026"')
    try:
        period = parse_period(text)
    except BaoCaoError as error:
        raise node.failed(error) from error
    if type(period) is not Month:
        raise node.error(
            f"is {period}, not a month; a report is for one month, such as 'tháng 4/2026'"
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


def _item(node: Node, code: str, month: Month) -> SectionItem:
    fields = node.table(
        _INDICATOR_KEYS,
        {
            "name": 'name = "Giá trị sản phẩm ngành dịch vụ"',
            "unit": 'unit = "triệu đồng"',
            "figures": "figures.actual = { 1 = 12400, 2 = 12620 }",
        },
    )
    indicator = _indicator(node, code, fields)
    year = month.year
    plan = _plan(fields["plan"], indicator, year) if "plan" in fields else None
    scenario = None
    if "scenario" in fields:
        plan_key = f"{node.child('plan', None).key}.target"
        scenario = _scenario(fields["scenario"], indicator, year, plan, plan_key)
    against = " and ".join(f"a {name}" for name in ("plan", "scenario") if name in fields)
    series = _series(fields["figures"], indicator, month, against=against)
    wording = _wording(fields["wording"]) if "wording" in fields else Wording()
    return SectionItem(
        indicator=indicator, series=series, plan=plan, scenario=scenario, wording=wording
    )


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
        raise _blame(node, fields, error) from error


def _blame(node: Node, fields: dict[str, Node], error: BaoCaoError) -> ReportDataError:
    """The error of the field the library's ``error`` names (its option), else of ``node``."""
    option = getattr(error, "option", None)
    return (fields.get(option, node) if isinstance(option, str) else node).failed(error)


def _plan(node: Node, indicator: Indicator, year: int) -> Plan:
    fields = node.table(("target", "kind", "adjusted"), {"target": "target = 135800"})
    target = fields["target"].number()
    check_plan_target(fields["target"], target)
    kind = fields["kind"].value if "kind" in fields else "kế hoạch"
    adjusted = fields["adjusted"].boolean() if "adjusted" in fields else False
    try:
        return Plan(indicator, year, target, kind=kind, is_adjusted=adjusted)  # type: ignore[arg-type] # kind: validated
    except BaoCaoError as error:
        raise _blame(node, fields, error) from error


def _scenario(
    node: Node, indicator: Indicator, year: int, plan: Plan | None, plan_key: str
) -> Scenario:
    """The scenario at ``node``, checked against the plan (its target at ``plan_key``)."""
    fields = node.table(_SCENARIO_FORMS)
    if len(fields) != 1:
        given = " and ".join(fields) or "none"
        raise node.error(f"gives {given}; give exactly one of " + ", ".join(_SCENARIO_FORMS))
    ((form, values),) = fields.items()
    try:
        scenario, nodes = _read_scenario(form, values, indicator, year, plan)
    except BaoCaoError as error:
        if isinstance(error, ReportDataError):
            raise
        raise values.failed(error) from error
    check_scenario(form, values, nodes, scenario, plan=plan, plan_key=plan_key)
    return scenario


def _read_scenario(
    form: str, values: Node, indicator: Indicator, year: int, plan: Plan | None
) -> tuple[Scenario, dict[int, Node]]:
    """The scenario of one form, and the node of its value at each month it has one for."""
    if form in ("monthly", "quarterly"):
        items = values.array()
        amounts = [item.number() for item in items]
        step = 1 if form == "monthly" else 3
        make = Scenario.monthly if form == "monthly" else Scenario.quarterly
        return make(indicator, year, amounts), {
            step * index: item for index, item in enumerate(items, start=1)
        }
    months = values.months(year)
    if form == "cumulative":
        cumulative: dict[int | Month, Number] = {m: item.number() for m, item in months.items()}
        return Scenario.from_cumulative(indicator, year, cumulative), months
    if plan is None:
        raise values.error(
            f"is in percent of the plan, and indicator {indicator.code!r} has none; add "
            f"[indicators.{indicator.code}.plan] with its target"
        )
    percents: dict[int | Month, Percent] = {m: Percent(item.number()) for m, item in months.items()}
    return Scenario.from_cumulative_percent(plan, percents), months


def _series(node: Node, indicator: Indicator, month: Month, *, against: str) -> Series:
    """The figures at ``node``; not negative when the indicator has ``against`` (a plan…)."""
    fields = node.table(_STATUSES)
    year = month.year
    figures: dict[int, tuple[Node, Figure]] = {}
    for status in _STATUSES:
        if status not in fields:
            continue
        for number, item in fields[status].months(year).items():
            if number in figures:
                other = figures[number][0]
                raise item.error(
                    f"month {number} also has a figure at {other.key} = {show(other.value)}; "
                    "a month has one figure, an actual or an estimate: keep one"
                )
            value = item.number()
            if against:
                check_figure(item, value, indicator.code, against)
            figures[number] = item, Figure(Month(year, number), value, status)
    for number in range(1, month.month + 1):
        if number not in figures:
            raise ReportDataError(
                f"{node.source}: {node.key}: no figure for month {number} "
                f"({Month(year, number)}); the report for {month} needs one for every month "
                f"from 1 to {month.month}: add it to {node.key}.actual or .estimate",
                source=node.source,
                key=node.key,
                value=number,
            )
    return Series(indicator, [figure for _, figure in figures.values()])


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
        raise _blame(node, fields, error) from error


_KIND_WORDS = {str: "text (in double quotes)", int: "a whole number (such as 1)"}


@functools.cache
def _wording_types() -> dict[str, tuple[type, ...]]:
    """The fields of `Wording` and the types of value a file may give each."""
    hints = typing.get_type_hints(Wording)
    return {
        field.name: tuple(kind for kind in _types(hints[field.name]) if kind is not type(None))
        for field in attrs.fields(Wording)
    }


def _types(hint: object) -> tuple[type, ...]:
    if typing.get_origin(hint) is Literal:
        return tuple({type(choice) for choice in typing.get_args(hint)})
    if typing.get_args(hint):
        return tuple(kind for arg in typing.get_args(hint) for kind in _types(arg))
    return (hint,) if isinstance(hint, type) else ()
