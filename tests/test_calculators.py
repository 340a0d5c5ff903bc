"""The calculators: the seed's percentages, exactness, n.a. and verdicts."""

from __future__ import annotations

import pickle
from decimal import ROUND_HALF_UP, Context, Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from baocao_kt import (
    Figure,
    Month,
    NonFiniteError,
    NotAvailable,
    OppositeSignError,
    OptionError,
    Percent,
    Points,
    Quantity,
    UnitMismatchError,
    ValueKindError,
    YearToDate,
    ZeroBaseError,
    attainment,
    compare,
    growth,
    point_change,
    share,
    variance,
)
from tests.strategies import decimals_with_places

# Section B.I of the seed: (what, actual, plan, the percentage as it should be written).
# Where the seed is wrong, the right value stands here and the seed's in the comment.
SEED_ATTAINMENTS = [
    ("nông, lâm nghiệp và thủy sản", 50520, 135800, 1, "37,2%"),
    ("công nghiệp - xây dựng", 978206, 2810000, 1, "34,8%"),
    ("dịch vụ", 761428, 2130000, 2, "35,75%"),
    ("tổng thu ngân sách", 119456, 357450, 1, "33,4%"),
    ("tổng chi ngân sách", 103700, 351147, 2, "29,53%"),  # the seed says 29,04%
    ("thu ngoài quốc doanh", 76348, 137395, 1, "55,6%"),
    ("lệ phí trước bạ", 10766, 35500, 1, "30,3%"),
    ("thu phí, lệ phí", 94, 2000, 1, "4,7%"),
    ("thuế sử dụng đất phi nông nghiệp", 131, 6350, 2, "2,06%"),  # the seed says 02%
    ("thu tiền sử dụng đất", 31829, 158670, 0, "20%"),
    ("thu khác ngoài ngân sách", 102, 50, 0, "204%"),
    ("quỹ đất công ích, hoa lợi công sản", 164, 600, 1, "27,3%"),
]

positive = st.integers(min_value=1, max_value=10**12)
amounts = decimals_with_places(3).filter(lambda d: d != 0)


@pytest.mark.parametrize(
    ("actual", "plan", "places", "written"),
    [pytest.param(*row[1:], id=row[0]) for row in SEED_ATTAINMENTS],
)
def test_seed_attainments(actual, plan, places, written):
    assert attainment(actual, plan).format(places) == written


def test_seed_spending_is_not_29_04():
    assert attainment(103700, 351147).format(2) != "29,04%"


class TestExactness:
    @given(positive, positive)
    def test_attainment_times_target_is_the_actual(self, actual, target):
        assert attainment(actual, target).exact * target / 100 == actual

    @given(positive, positive)
    def test_variance_is_attainment_minus_one_hundred_for_a_positive_reference(
        self, actual, reference
    ):
        difference = attainment(actual, reference) - Percent(100)
        assert variance(actual, reference).exact == difference.exact

    @given(amounts, amounts)
    def test_a_change_is_divided_by_the_reference_magnitude(self, actual, reference):
        assume(reference != 0 and (actual == 0 or (actual > 0) == (reference > 0)))
        expected = Fraction(actual - reference) / abs(Fraction(reference)) * 100
        assert variance(actual, reference).exact == expected
        assert growth(actual, reference).exact == expected

    @given(amounts, amounts, st.sampled_from(["higher", "lower"]))
    def test_a_verdict_never_contradicts_the_order_of_the_values(
        self, actual, reference, direction
    ):
        assume(reference != 0 and (actual == 0 or (actual > 0) == (reference > 0)))
        verdict = compare(actual, reference, places=1, direction=direction)
        sign = verdict.variance.signed_text(1)[0]
        if actual > reference:
            assert verdict.position in {"above", "equal"}
            assert sign >= 0
        elif actual < reference:
            assert verdict.position in {"below", "equal"}
            assert sign <= 0
        else:
            assert verdict.position == "equal"

    @given(positive, positive, st.integers(0, 3))
    def test_text_is_the_correctly_rounded_exact_value(self, actual, target, places):
        # An independent oracle: Decimal division carried far beyond the shown digits.
        wide = Context(prec=80, rounding=ROUND_HALF_UP)
        quotient = wide.divide(Decimal(actual) * 100, Decimal(target))
        expected = quotient.quantize(Decimal(1).scaleb(-places), context=wide)
        assert attainment(actual, target).rounded(places) == expected

    @given(st.integers(0, 10**9), positive)
    def test_share_of_a_part_is_between_zero_and_one_hundred(self, part, extra):
        assert Percent(0) <= share(part, part + extra) <= Percent(100)

    def test_growth_is_relative_to_the_previous_value(self):
        assert growth(104060, 100000) == Percent("4.06")
        assert growth(96, 100) == Percent(-4)

    @pytest.mark.parametrize("calculate", [attainment, variance, growth, share])
    @given(amounts | st.just(Decimal("-0")), amounts, st.integers(0, 3))
    def test_two_decimals_give_the_same_percent_as_any_other_input(
        self, calculate, value, reference, places
    ):
        # Two Decimals take a shorter road (the division waits for first use); it must
        # end where the general one does, in value, text, order, hash and sign checks.
        assume(not value or (value > 0) == (reference > 0))
        fast = calculate(value, reference)
        general = calculate(Fraction(value), Fraction(reference))
        assert fast.format(places) == general.format(places)
        assert fast == general
        assert hash(fast) == hash(general)
        assert not fast < general
        assert fast.exact == general.exact
        assert pickle.loads(pickle.dumps(calculate(value, reference))) == general  # noqa: S301 - our own bytes

    def test_two_decimals_keep_the_error_cases(self):
        with pytest.raises(ZeroBaseError):
            attainment(Decimal(5), Decimal("0.000"))
        with pytest.raises(OppositeSignError):
            variance(Decimal(-5), Decimal(4))
        with pytest.raises(NonFiniteError):
            attainment(Decimal("NaN"), Decimal(4))
        assert attainment(Decimal(-5), Decimal(-4)) == Percent(125)

    def test_inputs_follow_the_conversion_policy(self):
        assert attainment("50520", Decimal(135800)) == attainment(50520.0, 135800)
        assert attainment(Fraction(1, 3), 1).exact == Fraction(100, 3)
        with pytest.raises(ValueKindError):
            attainment(True, 1)


class TestNoMeaning:
    @pytest.mark.parametrize("calculate", [attainment, variance, growth, share])
    def test_zero_reference_raises_or_is_not_available(self, calculate):
        with pytest.raises(ZeroBaseError) as info:
            calculate(94, 0)
        assert isinstance(info.value, ZeroDivisionError)
        assert "94" in str(info.value)
        assert "na=True" in str(info.value)
        cell = calculate(94, 0, na=True)
        assert isinstance(cell, NotAvailable)
        assert str(cell) == "n.a."
        assert f"{cell:.2f}" == "n.a."

    @pytest.mark.parametrize("calculate", [attainment, variance, growth, share])
    def test_opposite_signs_raise_or_are_not_available(self, calculate):
        with pytest.raises(OppositeSignError) as info:
            calculate(-50, 100)
        assert isinstance(info.value, ValueError)
        assert (info.value.value, info.value.reference) == (-50, 100)
        assert calculate(50, -100, na=True) == NotAvailable("the reference has the opposite sign")

    def test_zero_actual_is_a_value(self):
        assert attainment(0, 100) == Percent(0)
        assert variance(0, 100) == Percent(-100)


class TestPointChange:
    def test_rates_differ_in_points(self):
        assert point_change(Percent("9.46"), Percent("8.80")) == Points("0.66")
        assert str(point_change(Percent("8.14"), Percent("8.80"))) == "-0,66 điểm %"

    @pytest.mark.parametrize("bad", [Decimal("9.46"), 9.46, Points(1)])
    def test_only_percents(self, bad):
        with pytest.raises(ValueKindError, match="Percent"):
            point_change(bad, Percent(1))


class TestCompare:
    @pytest.mark.parametrize(
        ("actual", "reference", "places", "direction", "position", "good"),
        [
            (12250, 11951, 1, "higher", "above", True),
            (11000, 11951, 1, "higher", "below", False),
            (20000, 22000, 1, "lower", "below", True),
            (24000, 22000, 1, "lower", "above", False),
            (651909, 651910, 1, "higher", "equal", True),  # −0,0002 % shows as 0,0 %
            (651909, 651910, 4, "higher", "below", False),
            (100, 100, 2, "lower", "equal", True),
            (5, 0, 1, "higher", "above", True),  # no variance, the values still compare
            (-5, 5, 1, "higher", "below", False),
            (0, 0, 1, "higher", "equal", True),
        ],
    )
    def test_verdicts(self, actual, reference, places, direction, position, good):
        verdict = compare(actual, reference, places=places, direction=direction)
        assert (verdict.position, verdict.good) == (position, good)

    def test_the_variance_comes_along(self):
        assert compare(12250, 11951).variance == variance(12250, 11951)
        assert isinstance(compare(5, 0).variance, NotAvailable)

    def test_bad_options(self):
        with pytest.raises(OptionError, match="direction="):
            compare(1, 1, direction="up")  # type: ignore[arg-type]
        with pytest.raises(OptionError, match="places="):
            compare(1, 1, places=-1)


class TestQuantitiesAndFigures:
    def test_quantities_are_compared_in_one_unit_exactly(self):
        assert attainment(Quantity(5, "sào"), Quantity(1, "mẫu")) == Percent(50)
        assert attainment(Quantity("97.9", "tỷ đồng"), Quantity(100000, "triệu đồng")) == (
            Percent("97.9")
        )
        assert variance(Quantity(1, "sào"), Quantity(360, "m²")) == Percent(0)
        assert compare(Quantity(1, "ha"), Quantity(27, "sào")).position == "above"

    def test_a_figure_is_its_value(self):
        april = Figure(YearToDate(2026, 4), 50520, status="estimate")
        assert attainment(april, 135800).format(1) == "37,2%"
        assert share(Figure(Month(2026, 4), 12250), april).format(2) == "24,25%"

    def test_different_kinds_do_not_compare(self):
        with pytest.raises(UnitMismatchError) as info:
            attainment(Quantity(1, "hộ"), Quantity(1, "người"))
        assert isinstance(info.value, TypeError)
        assert "hộ" in str(info.value)
        assert "người" in str(info.value)

    def test_a_quantity_is_not_compared_with_a_bare_number(self):
        with pytest.raises(ValueKindError, match="quantity with a quantity"):
            attainment(Quantity(1, "ha"), 5)
        with pytest.raises(ValueKindError, match="quantity with a quantity"):
            growth(5, Quantity(1, "ha"))
