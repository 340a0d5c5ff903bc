"""Layer 1: the conversion policy, half-up rounding, `Percent` and `Points`."""

from __future__ import annotations

import enum
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from baocao_kt import (
    BaoCaoError,
    MissingValueError,
    NonFiniteError,
    OptionError,
    ParseError,
    Percent,
    Points,
    ValueKindError,
    ZeroBaseError,
    format_number,
    to_decimal,
)
from baocao_kt._values._rates import percent_of_decimals
from baocao_kt._values._rounding import fraction_to_decimal, round_half_up
from tests.operands import refusals
from tests.strategies import finite_decimals, percents, places


class TestToDecimal:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (12250, Decimal(12250)),
            (Decimal("5108.711"), Decimal("5108.711")),
            ("5108.711", Decimal("5108.711")),
            (" -3.5 ", Decimal("-3.5")),
            ("1_000", Decimal(1000)),
            (0.1, Decimal("0.1")),
            (0.1 + 0.2, Decimal("0.30000000000000004")),
            (1e20, Decimal("1E+20")),
        ],
    )
    def test_accepted_inputs_become_exact_decimals(self, value, expected):
        result = to_decimal(value)
        assert type(result) is Decimal
        assert result == expected
        assert str(result) == str(expected)

    def test_float_goes_through_its_shortest_repr_not_its_binary_value(self):
        assert to_decimal(1.1) == Decimal("1.1")
        assert to_decimal(1.1) != Decimal(1.1)  # noqa: RUF032 - the binary value is the point

    def test_int_subclasses_are_read_as_their_value(self):
        class Level(enum.IntEnum):
            HIGH = 3

        assert to_decimal(Level.HIGH) == 3

    @pytest.mark.parametrize("value", [True, False, [1], Fraction(1, 3), 1j, b"1"])
    def test_other_types_are_refused_as_type_errors(self, value):
        with pytest.raises(ValueKindError) as info:
            to_decimal(value, argument="actual")
        assert isinstance(info.value, TypeError)
        assert isinstance(info.value, BaoCaoError)
        assert info.value.value is value
        assert "actual=" in str(info.value)

    @pytest.mark.parametrize(
        "value",
        [
            float("inf"),
            -float("inf"),
            Decimal("NaN"),
            Decimal("-Infinity"),
            "nan",
            "Infinity",
            Decimal("sNaN"),
        ],
    )
    def test_nan_and_infinities_are_refused_as_value_errors(self, value):
        with pytest.raises(NonFiniteError) as info:
            to_decimal(value)
        assert isinstance(info.value, ValueError)
        assert "not a finite number" in str(info.value)

    def test_vietnamese_text_is_not_python_notation_and_the_error_says_where_to_go(self):
        with pytest.raises(ParseError) as info:
            to_decimal("5.108,711")
        assert "parse_number" in str(info.value)
        assert info.value.text == "5.108,711"
        assert info.value.position == 5

    @given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e100, max_value=1e100))
    def test_every_finite_float_round_trips_through_its_decimal(self, value):
        assume(value == 0 or abs(value) >= 1e-100)
        assert float(to_decimal(value)) == value


class TestRounding:
    @pytest.mark.parametrize(
        ("value", "places", "expected"),
        [
            ("0.125", 2, "0.13"),
            ("2.5", 0, "3"),
            ("-2.5", 0, "-3"),
            ("0.135", 2, "0.14"),
            ("-0.04", 1, "0.0"),
            ("-0.0", 0, "0"),
            ("29.5315", 2, "29.53"),
            ("1E+3", 1, "1000.0"),
        ],
    )
    def test_half_up_away_from_zero_and_no_negative_zero(self, value, places, expected):
        result = round_half_up(Decimal(value), places)
        assert str(result) == expected
        assert not (result.is_signed() and result == 0)

    def test_rounding_ignores_the_callers_decimal_context(self):
        with localcontext() as context:
            context.prec = 3
            context.rounding = "ROUND_HALF_EVEN"
            assert round_half_up(Decimal("123456.125"), 2) == Decimal("123456.13")

    @given(finite_decimals, places)
    def test_fraction_and_decimal_rounding_agree(self, value, digits):
        assert round_half_up(Fraction(value), digits) == round_half_up(value, digits)

    @pytest.mark.parametrize("bad", [-1, 51, 1.0, True, None])
    def test_places_must_be_a_small_int(self, bad):
        with pytest.raises(OptionError) as info:
            round_half_up(Decimal(1), bad)
        assert info.value.option == "places"
        assert isinstance(info.value, ValueError)

    def test_terminating_fractions_become_exact_decimals(self):
        assert fraction_to_decimal(Fraction(1, 8)) == Decimal("0.125")
        assert fraction_to_decimal(Fraction(-3, 40)) == Decimal("-0.075")
        assert fraction_to_decimal(Fraction(7)) == Decimal(7)


class TestPercent:
    @given(percents, places, st.booleans())
    def test_signed_text_is_the_sign_shown_and_the_text_of_the_magnitude(
        self, percent, shown, trim
    ):
        sign, text = percent.signed_text(shown, trim=trim)
        assert sign == percent.rounded(shown).compare(0)
        assert text == abs(percent).format(shown, trim=trim)
        assert not text.startswith("-")

    def test_the_seed_spending_attainment_is_29_53_not_29_04(self):
        spending = Percent.from_quotient(103700, 351147)
        assert spending.format(2) == "29,53%"
        assert spending.exact == Fraction(103700 * 100, 351147)

    def test_one_third_stays_one_third(self):
        third = Percent.from_quotient(1, 3)
        assert third.exact == Fraction(100, 3)
        assert third + third + third == Percent(100)
        assert third.format(2) == "33,33%"

    def test_rounding_is_of_the_exact_value_not_of_a_rounded_one(self):
        # 0.4449999…95 % would round to 0,45 % if first rounded to 28 digits, then to 2.
        almost = Percent(Fraction(445, 1000) - Fraction(1, 10**40))
        assert almost.format(2) == "0,44%"

    def test_str_is_vietnamese_with_one_decimal(self):
        assert str(Percent("37.2")) == "37,2%"
        assert str(Percent("35.75")) == "35,8%"
        assert str(Percent(-2.5)) == "-2,5%"
        assert str(Percent("-0.04")) == "0,0%"

    def test_format_spec_chooses_the_places(self):
        assert f"{Percent('35.75'):.2f}" == "35,75%"
        assert f"{Percent('35.75'):.0}" == "36%"
        with pytest.raises(OptionError):
            format(Percent(1), ">10")

    def test_ratio_and_value(self):
        assert Percent("37.2").value == Decimal("37.2")
        assert Percent("37.2").ratio == Decimal("0.372")
        assert Percent.from_ratio("0.3575") == Percent("35.75")
        assert Percent.from_ratio(Fraction(1, 3)).exact == Fraction(100, 3)

    def test_equal_values_are_equal_and_hash_alike_whatever_their_input(self):
        assert Percent("37.20") == Percent(Decimal("37.2")) == Percent(37.2)
        assert len({Percent("37.20"), Percent(37.2), Percent(Fraction(186, 5))}) == 1

    def test_ordering_within_the_type_only(self):
        assert Percent(1) < Percent(2)
        assert max([Percent(3), Percent("3.5")]) == Percent("3.5")
        with pytest.raises(ValueKindError, match=r"Percent\('1'\) with Points\('2'\)"):
            assert Percent(1) < Points(2)
        assert Percent(1) != Points(1)

    def test_arithmetic_that_has_meaning(self):
        assert Percent("8.8") - Percent("8.14") == Points("0.66")
        assert Percent("8.14") + Points("0.66") == Percent("8.8")
        assert Points("0.66") + Percent("8.14") == Percent("8.8")
        assert Percent("8.8") - Points("0.66") == Percent("8.14")
        assert sum([Percent(20), Percent(30)]) == Percent(50)
        assert sum([Points(1), Points(2)], Points(0)) == Points(3)
        assert -Percent(3) == Percent(-3)
        assert abs(Percent(-3)) == Percent(3)
        assert not Percent(0)

    @pytest.mark.parametrize(
        ("factor", "expected"),
        [
            (2, Percent("74.4")),
            (Decimal("0.5"), Percent("18.6")),
            (Fraction(1, 3), Percent("12.4")),
            (0.5, Percent("18.6")),
            (-1, Percent("-37.2")),
            (0, Percent(0)),
        ],
    )
    def test_a_percent_scales_by_a_plain_number_exactly(self, factor, expected):
        percent = Percent("37.2")
        assert percent * factor == expected
        assert factor * percent == expected
        assert type(percent * factor) is Percent
        if factor:
            assert percent / factor * factor == percent
        assert Percent.from_quotient(1, 3) / 3 == Percent.from_quotient(1, 9)

    def test_points_scale_too(self):
        assert Points("0.66") * 3 == Points("1.98")
        assert Points("1.98") / 3 == Points("0.66")
        assert type(Points(1) / 2) is Points

    @pytest.mark.parametrize("zero", [0, Decimal(0), Decimal("-0.0"), 0.0, Fraction(0)])
    def test_dividing_a_rate_by_zero_is_a_zero_base_error(self, zero):
        with pytest.raises(ZeroBaseError, match=r"divide Percent\('37.2'\) by .*zero") as info:
            Percent("37.2") / zero
        assert isinstance(info.value, ZeroDivisionError)
        with pytest.raises(ZeroBaseError):
            Points(1) / zero

    @pytest.mark.parametrize(
        "number", [1, 100, Decimal(1), 1.0, Fraction(1, 2), True, 0.0], ids=repr
    )
    @pytest.mark.parametrize("rate", [Percent(1), Points(1)], ids=repr)
    def test_plain_numbers_are_refused_with_what_to_write(self, rate, number):
        name = type(rate).__name__
        for error in refusals(rate, number):
            message = str(error)
            assert isinstance(error, TypeError)
            assert error.value is number
            assert repr(rate) in message
            assert repr(number) in message
            assert f"{name}({number!r})" in message
            assert ".value" in message

    def test_the_classic_comparison_with_100_is_an_error_not_false(self):
        with pytest.raises(ValueKindError, match=r"Percent\(100\) if it is a percent"):
            assert Percent.from_quotient(5, 5) == 100
        with pytest.raises(ValueKindError):
            assert Percent(1) in [1, 2]

    def test_numpy_numbers_are_plain_numbers(self):
        numpy = pytest.importorskip("numpy")
        for number in (numpy.int64(1), numpy.float64(1), numpy.float32(1)):
            with pytest.raises(ValueKindError):
                Percent(1) + number
            with pytest.raises(ValueKindError):
                assert Percent(1) < number
        assert Percent(10) * numpy.int64(3) == Percent(30)

    @pytest.mark.parametrize("other", [None, "1", [1], object()], ids=repr)
    def test_foreign_objects_are_left_to_python(self, other):
        assert (Percent(1) == other) is False
        assert Percent(1) != other
        for operation in (
            lambda: Percent(1) + other,
            lambda: Percent(1) < other,
            lambda: Percent(1) * other,
            lambda: Percent(1) / other,
        ):
            with pytest.raises(TypeError) as info:
                operation()
            assert not isinstance(info.value, ValueKindError)

    def test_rates_do_not_multiply_or_divide_each_other(self):
        with pytest.raises(ValueKindError, match=r"q\.ratio"):
            Percent(10) * Percent(10)
        with pytest.raises(ValueKindError, match=r"p\.exact / q\.exact"):
            Percent(10) / Points(10)
        with pytest.raises(ValueKindError, match="different measures"):
            Points(1) - Percent(1)

    def test_bools_are_not_factors(self):
        with pytest.raises(ValueKindError, match="bool"):
            Percent(1) * True

    def test_zero_whole_has_no_percent(self):
        with pytest.raises(ZeroBaseError) as info:
            Percent.from_quotient(5, 0)
        assert isinstance(info.value, ZeroDivisionError)
        assert "n.a." in str(info.value)

    def test_bad_input_names_the_type(self):
        with pytest.raises(ValueKindError, match="Percent="):
            Percent([1])  # type: ignore[arg-type]
        with pytest.raises(MissingValueError, match="Percent="):
            Percent(None)  # type: ignore[arg-type]
        with pytest.raises(NonFiniteError):
            Percent(Decimal("NaN"))

    def test_repr_is_readable_and_round_trips(self):
        assert repr(Percent("37.2")) == "Percent('37.2')"
        assert repr(Percent.from_quotient(1, 3)) == "Percent(Fraction(100, 3))"
        assert eval(repr(Percent.from_quotient(1, 3))) == Percent.from_quotient(1, 3)  # noqa: S307

    def test_a_percent_whose_division_waits_never_rewrites_its_state(self):
        percent = percent_of_decimals(Decimal(1), Decimal(3), 0)
        state = percent._state  # noqa: SLF001 - the state under test
        assert percent.format(2) == "33,33%"
        assert percent == Percent.from_quotient(1, 3)
        assert hash(percent) == hash(Percent.from_quotient(1, 3))
        assert percent._state is state  # noqa: SLF001 - the state under test

    @given(finite_decimals, finite_decimals.filter(bool), places, st.booleans())
    def test_text_agrees_with_format_number_of_the_rounded_value(self, part, whole, digits, trim):
        percent = Percent.from_quotient(part, whole)
        expected = format_number(percent.rounded(digits), trim=trim) + "%"
        assert percent.format(digits, trim=trim) == expected


class TestPoints:
    def test_str_is_vietnamese_with_two_decimals(self):
        assert str(Points("0.66")) == "0,66 điểm %"
        assert str(Points("-1.5")) == "-1,50 điểm %"
        assert f"{Points('0.666'):.1f}" == "0,7 điểm %"

    def test_points_add_and_subtract_among_themselves(self):
        assert Points(1) + Points(2) == Points(3)
        assert Points(1) - Points(2) == Points(-1)
        assert sum([Points(1), Points("0.5")]) == Points("1.5")
        with pytest.raises(TypeError):
            Points(1) - Percent(1)
