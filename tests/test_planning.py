"""What remains to reach a plan, and the monthly average that reaches it."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    Figure,
    Month,
    PeriodError,
    Quantity,
    UnitMismatchError,
    ValueKindError,
    YearToDate,
    remaining,
    required_monthly_average,
)
from tests.strategies import decimals_with_places


def test_the_seed_agriculture_plan():
    # Plan 135.800 triệu đồng, 50.520 reached by April: 85.280 remain, 10.660 a month.
    assert remaining(135800, 50520) == Decimal(85280)
    assert required_monthly_average(135800, 50520, through=Month(2026, 4)) == Decimal(10660)


def test_a_reached_plan_leaves_a_surplus():
    assert remaining(50, 102) == Decimal(-52)


def test_figures_stand_for_their_values():
    ytd = Figure(YearToDate(2026, 4), 50520, status="estimate")
    assert remaining(135800, ytd) == Decimal(85280)


def test_quantities_stay_in_the_targets_unit():
    assert remaining(Quantity(20, "ha"), Quantity(5000, "m²")) == Quantity("19.5", "ha")
    average = required_monthly_average(
        Quantity(2, "tỷ đồng"), Quantity(800, "triệu đồng"), through=Month(2026, 6)
    )
    assert average == Quantity(200, "triệu đồng")
    assert average.unit.name == "tỷ đồng"


def test_a_non_terminating_average_has_28_significant_digits():
    assert required_monthly_average(100, 0, through=Month(2026, 9)) == Decimal(
        "33.33333333333333333333333333"
    )


def test_december_leaves_no_month():
    with pytest.raises(PeriodError) as info:
        required_monthly_average(100, 50, through=Month(2026, 12))
    assert info.value.field == "through"
    assert "no month is left" in str(info.value)


def test_bad_operands():
    with pytest.raises(ValueKindError, match="Month"):
        required_monthly_average(100, 50, through=YearToDate(2026, 4))  # type: ignore[arg-type]
    with pytest.raises(ValueKindError, match="two quantities"):
        remaining(Quantity(1, "ha"), 5)  # type: ignore[call-overload]
    with pytest.raises(UnitMismatchError):
        remaining(Quantity(1, "hộ"), Quantity(1, "người"))


@given(decimals_with_places(3), decimals_with_places(3), st.integers(1, 11))
def test_the_average_over_the_months_left_reaches_the_target(target, achieved, month):
    average = required_monthly_average(target, achieved, through=Month(2026, month))
    exact = (Fraction(target) - Fraction(achieved)) / (12 - month)
    assert abs(Fraction(average) - exact) <= abs(exact) * Fraction(1, 10**27)
