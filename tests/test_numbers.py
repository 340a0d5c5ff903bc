"""Numbers and percentages as Vietnamese text, and back."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from babel import Locale
from babel.numbers import format_decimal
from hypothesis import example, given
from hypothesis import strategies as st

from baocao_kt import (
    OptionError,
    ParseError,
    Percent,
    Points,
    ValueKindError,
    format_number,
    format_percent,
    format_points,
    parse_number,
    parse_percent,
    parse_points,
)
from tests.strategies import decimals_with_places, finite_decimals, places

VI = Locale.parse("vi")


class TestFormatNumber:
    @pytest.mark.parametrize(
        ("value", "options", "expected"),
        [
            (12250, {}, "12.250"),
            (Decimal("5108.711"), {}, "5.108,711"),
            (1883819164, {}, "1.883.819.164"),
            (0.125, {"places": 2}, "0,13"),
            (Decimal("0.125"), {"places": 2}, "0,13"),
            (-0.04, {"places": 1}, "0,0"),
            (Decimal("-0"), {}, "0"),
            (Decimal("17.00"), {"trim": True}, "17"),
            (Decimal("17.50"), {"trim": True}, "17,5"),
            (Decimal("16.996"), {"places": 2, "trim": True}, "17"),
            (2, {"pad": 2}, "02"),
            (9, {"pad": 2}, "09"),
            (12, {"pad": 2}, "12"),
            (-3, {"pad": 2}, "-03"),
            (Decimal("651.909"), {}, "651,909"),
            (Decimal("29839.633"), {}, "29.839,633"),
            (Decimal("113481.7"), {}, "113.481,7"),
            (0.1 + 0.2, {}, "0,30000000000000004"),
            (Decimal("1E+3"), {}, "1.000"),
            (999, {}, "999"),
            (1000, {}, "1.000"),
            (-1234567, {}, "-1.234.567"),
        ],
    )
    def test_seed_and_issue_examples(self, value, options, expected):
        assert format_number(value, **options) == expected

    @given(decimals_with_places(6), places)
    def test_agrees_with_babel_run_half_up(self, value, digits):
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        with localcontext(rounding=ROUND_HALF_UP):
            oracle = format_decimal(value, format=pattern, locale=VI)
        if oracle.startswith("-") and not oracle.strip("-0,."):
            oracle = oracle[1:]  # Babel writes a negative zero; reports must not
        assert format_number(value, digits) == oracle

    def test_babel_default_rounding_would_be_wrong_for_reports(self):
        # Why we do not simply call Babel: under Python's default context it rounds
        # half-even, so 0,125 becomes 0,12 where people and spreadsheets write 0,13.
        assert format_decimal(Decimal("0.125"), format="#,##0.00", locale=VI) == "0,12"
        assert format_decimal(Decimal("-0.04"), format="#,##0.0", locale=VI) == "-0,0"
        assert format_number(Decimal("0.125"), 2) == "0,13"

    @pytest.mark.parametrize("pad", [-1, 1.0, "2", None])
    def test_bad_pad_is_an_option_error(self, pad):
        with pytest.raises(OptionError) as info:
            format_number(1, pad=pad)
        assert info.value.option == "pad"

    def test_bad_places_is_an_option_error(self):
        with pytest.raises(OptionError, match="places=-1"):
            format_number(1, -1)

    def test_bad_value_is_refused(self):
        with pytest.raises(ValueKindError):
            format_number(True)
        with pytest.raises(ValueError, match="not a finite number"):
            format_number(float("inf"))


class TestParseNumber:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("12.250", Decimal(12250)),
            ("5.108,711", Decimal("5108.711")),
            ("-3,5", Decimal("-3.5")),
            ("−3,5", Decimal("-3.5")),
            ("1.883.819.164", Decimal(1883819164)),
            ("12250", Decimal(12250)),
            ("0,125", Decimal("0.125")),
            ("  37,2 ", Decimal("37.2")),
            ("\u00a012.250\u00a0", Decimal(12250)),
            ("\u202f1.000\t", Decimal(1000)),
            ("02", Decimal(2)),
        ],
    )
    def test_reads_vietnamese_notation(self, text, expected):
        result = parse_number(text)
        assert result == expected
        assert type(result) is Decimal

    def test_keeps_the_written_decimals(self):
        assert str(parse_number("17,50")) == "17.50"

    @pytest.mark.parametrize(
        ("text", "position", "suggestion", "says"),
        [
            ("1.5", 1, "1,5", "exactly three digits"),
            ("7.2", 1, "7,2", "exactly three digits"),
            ("12,250.5", 6, "12.250,5", "English notation"),
            ("1,234,567", 5, "1.234.567", "one decimal ','"),
            ("1.2.3", 1, None, "exactly three digits"),
            ("", 0, None, "no number"),
            ("   ", 3, None, "no number"),
            ("1e6", 1, "1.000.000", "exponent"),
            ("NaN", 0, None, "finite"),
            ("-inf", 0, None, "finite"),
            ("12 250", 2, "12.250", "unexpected ' '"),
            ("1234.567", 4, "1234,567", "at most three digits"),
            ("12,", 2, None, "followed by digits"),
            ("-", 1, None, "expected a digit"),
            ("abc", 0, None, "expected a digit"),
            ("37,2%", 4, None, "unexpected '%'"),
            ("٣", 0, None, "expected a digit"),
            (" 7.2", 2, "7,2", "exactly three digits"),
        ],
    )
    def test_refuses_what_it_would_misread(self, text, position, suggestion, says):
        with pytest.raises(ParseError) as info:
            parse_number(text)
        error = info.value
        assert isinstance(error, ValueError)
        assert error.text == text
        assert error.position == position
        assert error.suggestion == suggestion
        assert says in str(error)
        assert repr(text) in str(error)
        if suggestion is not None:
            assert parse_number(suggestion) is not None

    def test_non_text_is_a_parse_error(self):
        with pytest.raises(ValueKindError, match="reads text"):
            parse_number(12250)  # type: ignore[arg-type]

    @given(finite_decimals)
    @example(Decimal("-0.000"))
    @example(Decimal("1E+5"))
    @example(Decimal("-8.6507248190681868377340647351E-27"))  # 29 digits, negative
    def test_parse_inverts_format(self, value):
        assert parse_number(format_number(value)) == value

    def test_a_negative_number_keeps_every_digit_whatever_the_context(self):
        digits = "1234567890" * 4
        assert parse_number(f"-{digits}") == Decimal(f"-{digits}")
        assert parse_number("-0,0000000000000000000000000086507248190681868377340647351") == (
            Decimal("-8.6507248190681868377340647351E-27")
        )

    @given(finite_decimals, places)
    def test_parse_inverts_format_with_places(self, value, digits):
        text = format_number(value, digits)
        assert format_number(parse_number(text), digits) == text

    @given(st.text(alphabet="0123456789.,-− ", max_size=12))
    def test_any_digit_text_is_read_exactly_or_refused_with_a_position(self, text):
        try:
            result = parse_number(text)
        except ParseError as error:
            assert 0 <= error.position <= len(text)  # noqa: PT017 - refusal is one outcome
        else:
            python_notation = text.strip().replace("−", "-").replace(".", "").replace(",", ".")
            assert result == Decimal(python_notation)


class TestPercentText:
    @pytest.mark.parametrize(
        ("value", "places", "expected"),
        [
            (Percent("37.2"), 1, "37,2%"),
            (Decimal("0.3575"), 2, "35,75%"),
            (Decimal("0.372"), 1, "37,2%"),
            ("0.0737", 2, "7,37%"),
            (Percent(17), 0, "17%"),
            (Percent.from_quotient(50520, 135800), 1, "37,2%"),
            (Percent.from_quotient(978206, 2810000), 1, "34,8%"),
            (Percent.from_quotient(761428, 2130000), 2, "35,75%"),
            (Percent.from_quotient(119456, 357450), 1, "33,4%"),
            (Percent.from_quotient(103700, 351147), 2, "29,53%"),
            (Percent.from_quotient(131, 6350), 2, "2,06%"),
            (Percent("-0.04"), 1, "0,0%"),
        ],
    )
    def test_seed_percentages(self, value, places, expected):
        assert format_percent(value, places) == expected

    def test_trim(self):
        assert format_percent(Percent(17), 2, trim=True) == "17%"
        assert format_percent(Percent("20.4"), 2, trim=True) == "20,4%"

    def test_points_are_not_percents(self):
        with pytest.raises(ValueKindError, match="format_points"):
            format_percent(Points(1))  # type: ignore[arg-type]
        with pytest.raises(ValueKindError, match="subtract two percents"):
            format_points(Percent(1))  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("37,2%", Percent("37.2")),
            ("23,3 %", Percent("23.3")),
            ("-2,5%", Percent("-2.5")),
            (" 204%\u00a0", Percent(204)),
            ("1.204,5%", Percent("1204.5")),
        ],
    )
    def test_parse_percent(self, text, expected):
        assert parse_percent(text) == expected

    @pytest.mark.parametrize(
        ("text", "position", "suggestion"),
        [
            ("37,2", 4, "37,2%"),
            ("37.2%", 2, "37,2%"),
            ("%", 0, None),
            ("37,2%%", 4, None),
            ("", 0, "%"),
        ],
    )
    def test_parse_percent_refusals(self, text, position, suggestion):
        with pytest.raises(ParseError) as info:
            parse_percent(text)
        assert info.value.position == position
        assert info.value.suggestion == suggestion

    @given(finite_decimals, st.integers(0, 3))
    def test_parse_percent_inverts_format_percent(self, value, digits):
        text = format_percent(Percent(value), digits)
        assert parse_percent(text) == Percent(Percent(value).rounded(digits))
        assert format_percent(parse_percent(text), digits) == text

    def test_points_text(self):
        assert format_points(Points("0.66")) == "0,66 điểm %"
        assert format_points("0.655", 2) == "0,66 điểm %"
        assert parse_points("0,66 điểm %") == Points("0.66")
        assert parse_points("0,66 điểm phần trăm") == Points("0.66")
        assert parse_points("1 Điểm %") == Points(1)

    @pytest.mark.parametrize("text", ["0,66", "0,66 %", "0.66 điểm %", "điểm %"])
    def test_parse_points_refusals(self, text):
        with pytest.raises(ParseError):
            parse_points(text)

    @given(finite_decimals, st.integers(0, 3))
    def test_parse_points_inverts_format_points(self, value, digits):
        points = Points(value)
        assert parse_points(format_points(points, digits)).rounded(digits) == points.rounded(digits)
