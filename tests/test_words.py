"""Numbers and amounts in Vietnamese words, and back."""

from __future__ import annotations

import contextlib
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    NonFiniteError,
    OptionError,
    ParseError,
    ValueKindError,
    money_to_words,
    number_to_words,
    words_to_number,
)
from baocao_kt._text._words import _reading
from tests.strategies import decimals_with_places, word_integers

options = st.fixed_dictionaries(
    {},
    optional={
        "zero_tens": st.sampled_from(["linh", "lẻ"]),
        "thousand": st.sampled_from(["nghìn", "ngàn"]),
        "four": st.sampled_from(["bốn", "tư"]),
    },
)


class TestNumberToWords:
    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (0, "không"),
            (105, "một trăm linh năm"),
            (1005, "một nghìn không trăm linh năm"),
            (1010, "một nghìn không trăm mười"),
            (1_005_000, "một triệu không trăm linh năm nghìn"),
            (2_000_001_000, "hai tỷ không trăm linh một nghìn"),
            (21, "hai mươi mốt"),
            (15, "mười lăm"),
            (25, "hai mươi lăm"),
            (24, "hai mươi bốn"),
            (10, "mười"),
            (20, "hai mươi"),
            (11, "mười một"),
            (101, "một trăm linh một"),
            (14, "mười bốn"),
            (4, "bốn"),
            (100, "một trăm"),
            (1000, "một nghìn"),
            (999, "chín trăm chín mươi chín"),
            (1_000_001, "một triệu không trăm linh một"),
        ],
    )
    def test_reading_rules(self, value, expected):
        assert number_to_words(value) == expected

    def test_after_linh_the_digit_five_is_nam_not_lam(self):
        assert number_to_words(105) == "một trăm linh năm"
        assert "lăm" not in number_to_words(105)

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (10**9, "một tỷ"),
            (10**12, "một nghìn tỷ"),
            (10**15, "một triệu tỷ"),
            (10**18, "một tỷ tỷ"),
            (10**21, "một nghìn tỷ tỷ"),
            (10**24, "một triệu tỷ tỷ"),
            (1_002_000_000_000, "một nghìn không trăm linh hai tỷ"),
            (10**9 + 5, "một tỷ không trăm linh năm"),
            (10**18 + 5, "một tỷ tỷ không trăm linh năm"),
            (
                1_883_819_164,
                "một tỷ tám trăm tám mươi ba triệu tám trăm mười chín nghìn một trăm sáu mươi bốn",
            ),
        ],
    )
    def test_scales_repeat_on_ty(self, value, expected):
        assert number_to_words(value) == expected

    @given(st.integers(min_value=10**9, max_value=10**40))
    def test_ty_is_recursive(self, n):
        head = number_to_words(n // 10**9) + " tỷ"
        words = number_to_words(n)
        assert words == head or words.startswith(head + " ")

    @pytest.mark.parametrize(
        ("value", "options", "expected"),
        [
            (105, {"zero_tens": "lẻ"}, "một trăm lẻ năm"),
            (24, {"four": "tư"}, "hai mươi tư"),
            (14, {"four": "tư"}, "mười bốn"),
            (4, {"four": "tư"}, "bốn"),
            (104, {"four": "tư"}, "một trăm linh bốn"),
            (1000, {"thousand": "ngàn"}, "một ngàn"),
            (10**12, {"thousand": "ngàn"}, "một ngàn tỷ"),
            (
                1024,
                {"zero_tens": "lẻ", "thousand": "ngàn", "four": "tư"},
                "một ngàn không trăm hai mươi tư",
            ),
        ],
    )
    def test_options(self, value, options, expected):
        assert number_to_words(value, **options) == expected

    def test_options_given_in_decomposed_unicode_are_the_same_options(self):
        assert number_to_words(105, zero_tens=unicodedata.normalize("NFD", "lẻ")) == (
            "một trăm lẻ năm"
        )

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (-7, "âm bảy"),
            ("-1005", "âm một nghìn không trăm linh năm"),
            (Decimal("-0"), "không"),
            (-0.0, "không phẩy không"),  # a float keeps the digits of its repr, "-0.0"
            (12.0, "mười hai phẩy không"),
            ("12.5", "mười hai phẩy năm"),
            (12.5, "mười hai phẩy năm"),
            (Decimal("12.05"), "mười hai phẩy không năm"),
            (Decimal("8.56"), "tám phẩy năm mươi sáu"),
            (Decimal("0.001"), "không phẩy không không một"),
            (Decimal("12.50"), "mười hai phẩy năm mươi"),
            (Decimal("12.00"), "mười hai phẩy không không"),
            (Decimal("-0.5"), "âm không phẩy năm"),
            (Decimal("1.105"), "một phẩy một trăm linh năm"),
            (Decimal("1E+3"), "một nghìn"),
            (0.1, "không phẩy một"),
        ],
    )
    def test_negatives_and_decimals(self, value, expected):
        assert number_to_words(value) == expected

    def test_int_decimal_and_str_agree(self):
        for n in (0, 7, 1005, -2_000_001_000, 10**25):
            assert number_to_words(n) == number_to_words(Decimal(n)) == number_to_words(str(n))

    @pytest.mark.parametrize("value", [True, [1], b"1"])
    def test_non_numbers_are_value_kind_errors(self, value):
        with pytest.raises(ValueKindError):
            number_to_words(value)

    @pytest.mark.parametrize("value", ["nan", "inf", Decimal("-Infinity"), Decimal("sNaN")])
    def test_non_finite_values_are_refused(self, value):
        with pytest.raises(NonFiniteError):
            number_to_words(value)

    def test_text_that_is_not_a_number_is_a_parse_error(self):
        with pytest.raises(ParseError):
            number_to_words("12,5")

    @pytest.mark.parametrize(
        ("option", "value"),
        [
            ("zero_tens", "lẽ"),
            ("zero_tens", "không"),
            ("thousand", "ngan"),
            ("thousand", "ngàn "),
            ("four", "4"),
            ("four", None),
        ],
    )
    def test_bad_options_are_option_errors(self, option, value):
        with pytest.raises(OptionError) as info:
            number_to_words(5, **{option: value})
        assert info.value.option == option
        assert info.value.value == value
        assert repr(value) in str(info.value)

    def test_group_tables_are_cached_per_valid_option_combination_only(self):
        for zero_tens in ("linh", "lẻ", "x", unicodedata.normalize("NFD", "lẻ")):
            for four in ("bốn", "tư", "y"):
                for thousand in ("nghìn", "ngàn", "k"):
                    with contextlib.suppress(OptionError):
                        number_to_words(24, zero_tens=zero_tens, four=four, thousand=thousand)
        assert _reading.cache_info().currsize <= 8

    def test_the_defects_of_num2words_are_not_repeated(self):
        # num2words (lang="vi") reads 1005 as 'một nghìn lẻ năm', -7 as 'mười ba',
        # 10**15 as 'một trăm nghìn tỷ' and 12.5 as 'mười hai phẩy năm mươi';
        # vietnam-number reads '12,5' as 125, drops minus signs and spells lẻ as 'lẽ'.
        assert number_to_words(1005) == "một nghìn không trăm linh năm"
        assert number_to_words(-7) == "âm bảy"
        assert number_to_words(10**15) == "một triệu tỷ"
        assert number_to_words(12.5) == "mười hai phẩy năm"
        assert number_to_words(105, zero_tens="lẻ") == "một trăm lẻ năm"
        assert words_to_number("mười hai phẩy năm") == Decimal("12.5")
        assert words_to_number("âm bảy") == -7


class TestMoneyToWords:
    def test_invoice_amount(self):
        assert money_to_words(1883819164) == (
            "Một tỷ tám trăm tám mươi ba triệu tám trăm mười chín nghìn một trăm sáu mươi bốn đồng"
        )

    @pytest.mark.parametrize(
        ("amount", "options", "expected"),
        [
            (0, {}, "Không đồng"),
            (-250000, {}, "Âm hai trăm năm mươi nghìn đồng"),
            (Decimal("12.5"), {}, "Mười hai phẩy năm đồng"),
            (
                "5108.711",
                {"unit": "triệu đồng"},
                "Năm nghìn một trăm linh tám phẩy bảy trăm mười một triệu đồng",
            ),
            (Decimal("97.9"), {"unit": "tỷ đồng"}, "Chín mươi bảy phẩy chín tỷ đồng"),
            (
                1024,
                {"thousand": "ngàn", "four": "tư", "zero_tens": "lẻ"},
                "Một ngàn không trăm hai mươi tư đồng",
            ),
            (105, {"unit": ""}, "Một trăm linh năm"),
            (105, {"unit": " đô la Mỹ "}, "Một trăm linh năm đô la Mỹ"),
        ],
    )
    def test_capitalised_with_unit(self, amount, options, expected):
        assert money_to_words(amount, **options) == expected

    @given(word_integers)
    def test_only_the_first_letter_is_capitalised(self, n):
        words = money_to_words(n)
        assert words == number_to_words(n)[0].upper() + number_to_words(n)[1:] + " đồng"

    def test_bad_unit_and_options_are_option_errors(self):
        with pytest.raises(OptionError) as info:
            money_to_words(5, unit=None)
        assert info.value.option == "unit"
        with pytest.raises(OptionError) as info:
            money_to_words(5, thousand="k")
        assert info.value.option == "thousand"

    def test_words_to_number_reads_the_number_without_the_unit(self):
        text = money_to_words(1_250_000)
        with pytest.raises(ParseError) as info:
            words_to_number(text)
        assert info.value.position == text.index("đồng")
        assert "đồng" in str(info.value)
        assert info.value.suggestion == "Một triệu hai trăm năm mươi nghìn"
        assert words_to_number(info.value.suggestion) == 1_250_000


class TestWordsToNumber:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("không", Decimal(0)),
            ("một trăm linh năm", Decimal(105)),
            ("một trăm lẻ năm", Decimal(105)),
            ("một ngàn không trăm mười", Decimal(1010)),
            ("hai tỉ không trăm linh một nghìn", Decimal(2_000_001_000)),
            ("hai mươi tư", Decimal(24)),
            ("hai mươi bốn", Decimal(24)),
            ("mười tư", Decimal(14)),
            ("một trăm linh tư", Decimal(104)),
            ("hai mươi một", Decimal(21)),
            ("hai mươi mốt", Decimal(21)),
            ("hai mười mốt", Decimal(21)),
            ("mười năm", Decimal(15)),
            ("mười nhăm", Decimal(15)),
            ("hai mươi năm", Decimal(25)),
            ("hai mươi nhăm", Decimal(25)),
            ("MỘT TRIỆU", Decimal(10**6)),
            ("  Một\u00a0trăm   linh\tnăm  ", Decimal(105)),
            (unicodedata.normalize("NFD", "một nghìn không trăm linh năm"), Decimal(1005)),
            ("âm bảy", Decimal(-7)),
            ("mười hai phẩy không năm", Decimal("12.05")),
            ("không phẩy không không một", Decimal("0.001")),
            ("mười hai phẩy năm mươi", Decimal("12.50")),
            ("một tỷ tỷ", Decimal(10**18)),
            ("một nghìn tỷ tỷ", Decimal(10**21)),
            ("một nghìn không trăm linh hai tỷ", Decimal(1_002_000_000_000)),
            ("một tỷ không trăm linh năm tỷ", Decimal((10**9 + 5) * 10**9)),
        ],
    )
    def test_readings_and_variants(self, text, expected):
        assert words_to_number(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("một nghìn linh năm", 1005),
            ("một nghìn mười", 1010),
            ("một nghìn hai mươi", 1020),
            ("một triệu năm nghìn", 1_005_000),
            ("hai tỷ một nghìn", 2_000_001_000),
            ("một tỷ năm triệu", 1_005_000_000),
        ],
    )
    def test_colloquial_omission_of_khong_tram_after_a_scale(self, text, expected):
        assert words_to_number(text) == expected

    @pytest.mark.parametrize(
        ("text", "position", "word", "suggestion"),
        [
            ("một nghìn năm", 10, "năm", "một nghìn không trăm linh năm"),
            ("một trăm năm", 9, "năm", "một trăm linh năm"),
            ("một tỷ năm", 7, "năm", "một tỷ không trăm linh năm"),
            ("một triệu hai triệu", 14, "triệu", None),
            ("một nghìn một triệu", 14, "triệu", None),
            ("một nghìn tỷ một tỷ", 13, "một", "một nghìn tỷ không trăm linh một tỷ"),
            ("đồng", 0, "đồng", None),
            ("abc", 0, "abc", None),
            ("một trăm lẽ năm", 9, "lẽ", "một trăm lẻ năm"),
            ("mot tram linh nam", 0, "mot", "một trăm linh năm"),
            ("hai muoi", 4, "muoi", None),
            ("mười mốt", 5, "mốt", "mười một"),
            ("lăm", 0, "lăm", "năm"),
            ("một trăm linh lăm", 14, "lăm", "một trăm linh năm"),
            ("một mươi", 0, "một", "mười"),
            ("linh năm", 0, "linh", "năm"),
            ("không trăm năm mươi", 0, "không", "năm mươi"),
            ("một nghìn không", 10, "không", None),
            ("hai mươi ba bốn", 12, "bốn", None),
            ("một trăm hai trăm", 13, "trăm", None),
            ("tỷ", 0, "tỷ", None),
            ("một triệu nghìn", 10, "nghìn", None),
            ("âm âm một", 3, "âm", None),
            ("một phẩy hai phẩy ba", 13, "phẩy", None),
            ("phẩy năm", 0, "phẩy", "không phẩy năm"),
        ],
    )
    def test_refusals_name_the_word_and_point_at_it(self, text, position, word, suggestion):
        with pytest.raises(ParseError) as info:
            words_to_number(text)
        error = info.value
        assert isinstance(error, ValueError)
        assert error.text == text
        assert error.position == position
        assert text[position:].startswith(word)
        assert f"'{word}'" in str(error)
        assert error.suggestion == suggestion
        if suggestion is not None:
            words_to_number(suggestion)  # a suggestion is always readable

    @pytest.mark.parametrize(
        ("text", "position"),
        [("", 0), ("   ", 3), ("âm", 2), ("một phẩy", 4), ("một trăm linh", 13)],
    )
    def test_missing_words_point_at_the_end(self, text, position):
        with pytest.raises(ParseError) as info:
            words_to_number(text)
        assert info.value.position == position

    def test_positions_are_in_the_original_unnormalised_text(self):
        text = unicodedata.normalize("NFD", "Một nghìn năm")
        with pytest.raises(ParseError) as info:
            words_to_number(text)
        assert text[info.value.position :] == unicodedata.normalize("NFD", "năm")

    def test_non_text_is_refused(self):
        with pytest.raises(ValueKindError, match="words_to_number reads text"):
            words_to_number(1005)

    @given(word_integers, options)
    def test_inverse_of_number_to_words_for_integers(self, n, chosen):
        assert words_to_number(number_to_words(n, **chosen)) == n

    @given(st.integers(min_value=1, max_value=4).flatmap(decimals_with_places), options)
    def test_inverse_of_number_to_words_keeps_the_decimals_written(self, value, chosen):
        read = words_to_number(number_to_words(value, **chosen))
        assert read == value
        assert read.as_tuple().exponent == value.as_tuple().exponent
