"""float(): the one lossy exit of a value, for charts; everything else stays exact."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pandas as pd
import pytest
from hypothesis import given

from baocao_kt import Percent, Points, Quantity, ValueKindError
from tests.strategies import percents, quantities


@given(percents)
def test_a_percents_float_is_its_exact_value_correctly_rounded(percent):
    assert float(percent) == float(percent.exact)  # Fraction → float rounds correctly
    assert float(Points(percent.exact)) == float(percent.exact)


@given(quantities)
def test_a_quantitys_float_is_its_magnitude_in_its_own_unit(quantity):
    assert float(quantity) == float(quantity.magnitude)


def test_floats_of_values_a_chart_draws():
    assert float(Percent.from_quotient(1, 3)) == 100 / 3
    assert float(Percent(10**90)) == 1e90
    assert float(Quantity("0.1", "triệu đồng")) == 0.1
    assert float(Points("-0.66")) == -0.66


def test_an_approximate_quantity_has_no_float():
    with pytest.raises(ValueKindError, match="approximate"):
        float(Quantity(2100, "tỷ đồng", qualifier="hơn"))


def test_having_a_float_does_not_make_a_value_a_plain_number():
    # Mixing a value with another kind says what the values are, as before float().
    with pytest.raises(ValueKindError, match="no quantity"):
        Percent(3) + Quantity(1, "ha")
    with pytest.raises(ValueKindError, match="plain float"):
        Percent(3) + 1.0
    with pytest.raises(ValueKindError):
        Quantity(1, "ha") + Percent(3)


def test_percents_and_points_sort_in_a_pandas_column():
    column = pd.Series([Percent(3), Percent("1.5"), Percent.from_quotient(1, 50)])
    assert list(column.sort_values()) == [Percent("1.5"), Percent(2), Percent(3)]
    points = pd.Series([Points("0.5"), Points("-1"), Points(0)])
    assert list(points.sort_values()) == [Points(-1), Points(0), Points("0.5")]
    assert column.astype(float).tolist() == [3.0, 1.5, 2.0]  # for a chart


def test_exact_arithmetic_never_goes_through_float():
    assert Percent.from_quotient(1, 3).exact == Fraction(100, 3)
    assert Quantity("0.1", "ha") + Quantity("0.2", "ha") == Quantity(Decimal("0.3"), "ha")
