"""No input gives a wrong number: each class of bad input found by a hostile user, at its root.

Each test names the input that used to give a wrong number or a raw Python error.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from baocao_kt import (
    BaoCaoError,
    MagnitudeError,
    MissingValueError,
    NonFiniteError,
    ParseError,
    Percent,
    Quantity,
    attainment,
    compare,
    format_number,
    format_percent,
    growth,
    growth_phrase,
    jinja_filters,
    money_to_words,
    number_to_words,
    parse_number,
    parse_percent,
    parse_quantity,
    share,
    to_decimal,
    variance,
    variance_phrase,
)

FILTERS = dict(jinja_filters())


class TestEnglishDecimalPointAfterZero:
    """``0.005`` is English notation for 0,005: no Vietnamese thousands group follows a 0."""

    @pytest.mark.parametrize(
        ("text", "suggestion"),
        [("0.005", "0,005"), ("0.500", "0,500"), ("-0.005", "-0,005"), ("0.5", "0,5")],
    )
    def test_parse_number_refuses_and_suggests(self, text, suggestion):
        with pytest.raises(ParseError) as info:
            parse_number(text)
        assert info.value.suggestion == suggestion
        assert info.value.position == text.index(".")
        assert "leading 0" in str(info.value)

    def test_parse_percent_and_parse_quantity_refuse_it_too(self):
        with pytest.raises(ParseError) as info:
            parse_percent("0.005%")
        assert info.value.suggestion == "0,005%"
        with pytest.raises(ParseError):
            parse_quantity("0.500 ha")

    @pytest.mark.parametrize("text", ["12.250", "1.883.819.164", "0,005", "0", "007"])
    def test_real_vietnamese_numbers_still_read(self, text):
        assert parse_number(text) == Decimal(text.replace(".", "").replace(",", "."))


class TestNonFiniteDecimals:
    @pytest.mark.parametrize(
        "value",
        [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity")],
    )
    @pytest.mark.parametrize("places", [None, 0, 2])
    def test_format_number_refuses_them(self, value, places):
        with pytest.raises(NonFiniteError) as info:
            format_number(value, places)
        assert info.value.value is value

    @pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("-Infinity")])
    @pytest.mark.parametrize(
        "function",
        [
            FILTERS["number"],
            format_percent,
            number_to_words,
            money_to_words,
            lambda v: Quantity(v, "ha"),
            lambda v: attainment(v, 5),
            lambda v: attainment(5, v),
            Percent,
        ],
    )
    def test_every_entry_that_takes_a_number_refuses_them(self, value, function):
        with pytest.raises(NonFiniteError):
            function(value)


class TestBounds:
    """Far beyond any figure, refused at once with `MagnitudeError`, never a hang."""

    @pytest.mark.parametrize(
        "call",
        [
            lambda: format_number("1e999999999"),
            lambda: format_number(Decimal("1E+999999999"), 2),
            lambda: format_number(Decimal("1e5000")),
            lambda: Percent(Decimal("1E-999999")).value,
            lambda: to_decimal(10**5000),
            lambda: to_decimal(1 << 4_000_000),
            lambda: to_decimal(1e200),
            lambda: attainment(Decimal("1E+999999"), Decimal(1)),
            lambda: attainment(Decimal(1), Decimal("1E-999999")),
            lambda: format_number(Decimal("0E-999999999")),
            lambda: parse_number("9" * 102),
            lambda: parse_number("1" * 400),
            lambda: to_decimal("1" * 400),
        ],
    )
    def test_refused_with_a_short_message(self, call):  # a hang would stall the run itself
        with pytest.raises(MagnitudeError) as info:
            call()
        assert isinstance(info.value, ValueError)
        assert len(str(info.value)) < 300  # the message never spells out the digits

    def test_the_bounds_are_far_above_any_figure(self):
        assert format_number(Decimal("9E+100")).count(".") == 33
        assert format_number(Decimal("1E-100")).startswith("0,000")
        assert parse_number("1" * 101) == 10**101 // 9


class TestNegativeZero:
    @pytest.mark.parametrize("value", [Decimal("-0"), -0.0, "-0", "-0.00"])
    def test_to_decimal_drops_the_sign(self, value):
        assert not to_decimal(value).is_signed()

    @pytest.mark.parametrize("text", ["-0", "-0,00", "−0"])
    def test_parse_number_drops_the_sign(self, text):
        assert not parse_number(text).is_signed()


class TestNegativeReferences:
    """One rule: a change is divided by the reference's magnitude; the sign follows the order."""

    def test_the_issue_examples(self):
        assert compare(-5, -10).position == "above"
        assert variance_phrase(variance(-5, -10)) == "vượt kịch bản 50,0%"
        assert growth_phrase(growth(-110, -100)) == "giảm 10,00% so với cùng kỳ"

    def test_decimal_fast_path_agrees(self):
        assert variance(Decimal(-5), Decimal(-10)) == variance(-5, -10) == Percent(50)
        assert growth(Decimal(-110), Decimal(-100)) == Percent(-10)

    def test_a_ratio_is_the_ratio_of_sizes(self):
        assert attainment(-5, -10) == share(-5, -10) == Percent(50)


class TestValuesFromTheDataEcosystem:
    @pytest.mark.parametrize("value", [np.int64(12250), np.int32(12250), np.uint16(12250)])
    def test_numpy_integers_are_numbers(self, value):
        assert format_number(value) == "12.250"
        assert attainment(value, 24500).format(1) == "50,0%"
        assert FILTERS["number"](value) == "12.250"
        assert FILTERS["words"](value) == "mười hai nghìn hai trăm năm mươi"

    @pytest.mark.parametrize(
        ("value", "expected"),
        [(np.float64(0.1), "0,1"), (np.float32(0.1), "0,1"), (np.float16(2.5), "2,5")],
    )
    def test_numpy_floats_are_read_through_their_shortest_repr(self, value, expected):
        assert format_number(value) == expected

    def test_a_numpy_bool_is_not_a_number(self):
        with pytest.raises(TypeError):
            format_number(np.bool_(True))

    @pytest.mark.parametrize("value", [None, float("nan"), np.nan, np.float32("nan"), pd.NA])
    def test_missing_values_are_missing_not_zero(self, value):
        for function in (format_number, FILTERS["number"], lambda v: attainment(v, 5)):
            with pytest.raises(MissingValueError) as info:
                function(value)
            assert isinstance(info.value, BaoCaoError)

    @pytest.mark.parametrize("value", [None, float("nan"), pd.NA])
    def test_missing_values_are_n_a_where_asked(self, value):
        assert str(attainment(value, 5, na=True)) == "n.a."
        assert str(variance(5, value, na=True)) == "n.a."

    def test_a_pandas_integer_column_computes(self):
        frame = pd.DataFrame({"actual": [103700, 50520], "plan": [351147, 135800]})
        texts = [
            attainment(a, p).format(2) for a, p in zip(frame["actual"], frame["plan"], strict=True)
        ]
        assert texts == ["29,53%", "37,20%"]
