"""The plans and the scenario of an indicator in a report data file.

``plan`` is a table (one plan) or an array of tables (several, each named in the
sentence by its own ``words``); ``scenario`` is one of four forms. A scenario leads to a
plan: with several, to the first, whose target its year total must be and of which a
``cumulative_percent`` scenario is a percentage.
"""

from __future__ import annotations

from baocao_kt._edges._toml_checks import check_plan_target, check_scenario
from baocao_kt._edges._toml_fields import Node, blame
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._periods._calendar import Month
from baocao_kt._values._convert import Number
from baocao_kt._values._rates import Percent
from baocao_kt.errors import BaoCaoError, ReportDataError

__all__ = ["read_plans", "read_scenario"]

_SCENARIO_FORMS = ("monthly", "quarterly", "cumulative", "cumulative_percent")
_PLAN_KEYS = ("target", "kind", "adjusted", "words")


def read_plans(
    node: Node, indicator: Indicator, year: int
) -> tuple[Plan | tuple[Plan, ...], tuple[Plan, ...]]:
    """The plan (a table) or the plans (an array of tables), and the plans as a tuple."""
    if not isinstance(node.value, list):
        plan = _plan(node, indicator, year)
        return plan, (plan,)
    items = node.array()
    if not items:
        raise node.error(
            "is an empty array; give a plan: plan = { target = 135800 }, or several: "
            "[[indicators.CODE.plan]] tables, or leave plan out"
        )
    plans = tuple(_plan(item, indicator, year) for item in items)
    named: dict[str, Node] = {}
    for item, plan in zip(items, plans, strict=True):
        words = str(plan)
        if words in named:
            raise item.error(
                f"is named {words!r} in a sentence, as {named[words].key} is; with several "
                'plans, give each its own words: words = "dự toán tỉnh giao"'
            )
        named[words] = item
    return plans, plans


def _plan(node: Node, indicator: Indicator, year: int) -> Plan:
    fields = node.table(_PLAN_KEYS, {"target": "target = 135800"})
    target = fields["target"].number()
    check_plan_target(fields["target"], target)
    kind = fields["kind"].value if "kind" in fields else "kế hoạch"
    adjusted = fields["adjusted"].boolean() if "adjusted" in fields else False
    words = fields["words"].text('"dự toán tỉnh giao"') if "words" in fields else None
    try:
        return Plan(indicator, year, target, kind=kind, is_adjusted=adjusted, words=words)  # type: ignore[arg-type] # kind: validated
    except BaoCaoError as error:
        raise blame(node, fields, error) from error


def read_scenario(
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
