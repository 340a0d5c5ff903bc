"""Roman numerals for quarters and section numbers, and back."""

from __future__ import annotations

import enum

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import OptionError, ParseError, ValueKindError, from_roman, to_roman
from tests.strategies import roman_integers


class Quarter(enum.IntEnum):
    FOURTH = 4


class TestToRoman:
    @pytest.mark.parametrize(
        ("n", "expected"),
        [
            (1, "I"),
            (4, "IV"),
            (9, "IX"),
            (14, "XIV"),
            (40, "XL"),
            (90, "XC"),
            (400, "CD"),
            (900, "CM"),
            (1994, "MCMXCIV"),
            (2026, "MMXXVI"),
            (3999, "MMMCMXCIX"),
        ],
    )
    def test_standard_subtractive_form(self, n, expected):
        assert to_roman(n) == expected

    def test_quarters(self):
        assert [to_roman(quarter) for quarter in range(1, 5)] == ["I", "II", "III", "IV"]

    def test_an_int_enum_is_its_int(self):
        assert to_roman(Quarter.FOURTH) == "IV"

    @pytest.mark.parametrize("n", [0, -1, 4000, 10**6])
    def test_out_of_range_is_an_option_error(self, n):
        with pytest.raises(OptionError) as info:
            to_roman(n)
        assert info.value.option == "n"
        assert info.value.value == n
        assert "3999" in str(info.value)

    @pytest.mark.parametrize("n", [True, False, 4.0, "4", None])
    def test_non_ints_are_value_kind_errors(self, n):
        with pytest.raises(ValueKindError) as info:
            to_roman(n)
        assert info.value.value is n


class TestFromRoman:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [("IV", 4), ("iv", 4), (" MCMXCIV ", 1994), ("MmXxVi", 2026), ("\u00a0III\t", 3)],
    )
    def test_reads_any_case_and_surrounding_spaces(self, text, expected):
        assert from_roman(text) == expected

    @pytest.mark.parametrize(
        ("text", "position", "char", "suggestion"),
        [
            ("IIII", 3, "I", "IV"),
            ("VX", 1, "X", None),
            ("IC", 1, "C", "XCIX"),
            ("MMMM", 3, "M", None),
            ("XIIII", 4, "I", "XIV"),
            ("IVI", 2, "I", None),
            ("VV", 1, "V", "X"),
            ("  xa ", 3, "a", None),
            ("IV V", 2, " ", None),
            ("Ⅳ", 0, "Ⅳ", None),
        ],
    )
    def test_non_standard_forms_are_refused_with_the_position(
        self, text, position, char, suggestion
    ):
        with pytest.raises(ParseError) as info:
            from_roman(text)
        error = info.value
        assert error.text == text
        assert error.position == position
        assert text[position] == char
        assert error.suggestion == suggestion
        assert repr(text) in str(error)

    def test_too_large_says_the_range(self):
        with pytest.raises(ParseError, match="1 to 3999"):
            from_roman("MMMM")

    @pytest.mark.parametrize(("text", "position"), [("", 0), ("   ", 3)])
    def test_empty_text_is_refused(self, text, position):
        with pytest.raises(ParseError) as info:
            from_roman(text)
        assert info.value.position == position

    def test_non_text_is_refused(self):
        with pytest.raises(ValueKindError, match="from_roman reads text"):
            from_roman(4)

    @given(roman_integers)
    def test_inverse_of_to_roman(self, n):
        assert from_roman(to_roman(n)) == n
        assert from_roman(to_roman(n).lower()) == n

    @given(st.text(alphabet="IVXLCDM", min_size=1, max_size=8))
    def test_only_the_one_standard_spelling_is_read(self, text):
        value, error = _read(text)
        if error is None:
            assert to_roman(value) == text
        else:
            assert 0 <= error.position < len(text)
            if error.suggestion is not None:
                assert to_roman(from_roman(error.suggestion)) == error.suggestion


def _read(text):
    try:
        return from_roman(text), None
    except ParseError as error:
        return None, error
