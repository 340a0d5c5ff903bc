"""What a report data file's values must be together, checked when the file is read.

Each value may be right alone and the file still not make a report: a plan target of
zero, a cumulative scenario that falls, a scenario that does not add up to its plan, a
negative figure set against a target. The sentence would fail when rendered, with a
message naming neither the file nor the key; here each is a `ReportDataError` naming
them, with what would be right.
"""

from __future__ import annotations

from decimal import Decimal

from baocao_kt._edges._toml_fields import Node, show
from baocao_kt._model._indicator import Plan
from baocao_kt._model._scenario import Scenario
from baocao_kt._periods._calendar import Month, Quarter

__all__ = ["check_figure", "check_plan_target", "check_scenario"]

_MONTHS_A_QUARTER = 3
# Why a target must be above zero, for the messages below.
_PERCENTAGE = "the sentence states a percentage of it, which needs a positive amount"


def check_plan_target(node: Node, target: Decimal) -> None:
    """Refuse a plan ``target`` (at ``node``) that is not above zero."""
    if target <= 0:
        raise node.error(
            "is not above zero; the sentence states the year to date as a percentage of the "
            "plan's target, which needs a positive amount"
        )


def check_figure(node: Node, value: Decimal, code: str, against: str) -> None:
    """Refuse a negative figure of indicator ``code``, which is set ``against`` a target."""
    if value < 0:
        raise node.error(
            f"is below zero, and indicator {code!r} has {against}: the sentence states the "
            "figure as a percentage of a positive target, which a negative figure cannot be; "
            "check the figure"
        )


def check_scenario(  # noqa: PLR0913 - the scenario, where its values are, and its plan
    form: str,
    values: Node,
    nodes: dict[int, Node],
    scenario: Scenario,
    *,
    plan: Plan | None,
    plan_key: str,
) -> None:
    """Refuse a scenario whose target for a period is not above zero, or not its plan's.

    Args:
        form: The scenario's form, as the file names it (``"cumulative"``, …).
        values: The node of the form's values (``indicators.CODE.scenario.FORM``).
        nodes: Month → the node of the value the scenario has for it.
        scenario: The scenario read.
        plan: The indicator's plan, when it has one.
        plan_key: The key of the plan's target, for the message.
    """
    if form in ("monthly", "quarterly"):
        _each_period_above_zero(form, nodes, scenario)
    else:
        _rising(nodes, scenario)
    gap = None if plan is None else scenario.check(plan)
    if plan is None or gap is None:
        return
    target = f"{plan_key} = {show(plan.target)}"
    if form == "cumulative":
        advice = f"make month 12, the year's total, {target}"
    elif form == "cumulative_percent":
        advice = "make month 12 100 (percent of the plan)"
    else:
        advice = f"make the {form} targets add up to {target}"
    node = values if form in ("monthly", "quarterly") else nodes[12]
    raise node.error(f"{gap}: a scenario leads to its plan's target; {advice}")


def _each_period_above_zero(form: str, nodes: dict[int, Node], scenario: Scenario) -> None:
    before = Decimal(0)
    for month, cumulative in scenario.checkpoints:
        if cumulative - before <= 0:
            period = (
                Month(scenario.year, month)
                if form == "monthly"
                else Quarter(scenario.year, month // _MONTHS_A_QUARTER)
            )
            raise nodes[month].error(
                f"is not above zero; it is the scenario's target for {period}, and {_PERCENTAGE}"
            )
        before = cumulative


def _rising(nodes: dict[int, Node], scenario: Scenario) -> None:
    """Each cumulative value above the one before it (the first above zero)."""
    before, before_month = Decimal(0), 0
    for month, cumulative in scenario.checkpoints:
        node = nodes[month]
        if before_month == 0 and cumulative <= 0:
            raise node.error(
                f"is not above zero; it gives the scenario's target from January through "
                f"month {month}, and {_PERCENTAGE}"
            )
        earlier = nodes.get(before_month)
        if earlier is not None and cumulative < before:
            raise node.error(
                f"is less than the value at month {before_month} ({earlier.key} = "
                f"{show(earlier.value)}): a cumulative scenario never decreases; give the "
                f"value from January through month {month}"
            )
        if earlier is not None and cumulative == before:
            span = (
                f"month {month}"
                if month == before_month + 1
                else f"months {before_month + 1} to {month}"
            )
            raise node.error(
                f"equals the value at month {before_month} ({earlier.key} = "
                f"{show(earlier.value)}): the scenario's target for {span} would be zero, "
                f"and {_PERCENTAGE}; give values that rise"
            )
        before, before_month = cumulative, month
