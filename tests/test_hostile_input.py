"""Every parser is total and linear: any text gets a value or a `BaoCaoError`, quickly.

A hostile or mistyped input (a megabyte pasted into a cell, a numeral of thousands of
digits, a unit with a thousand superscripts) must never hang, build huge strings or
escape as a raw Python error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
import time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings

from baocao_kt import (
    BaoCaoError,
    MagnitudeError,
    ParseError,
    PeriodError,
    UnknownUnitError,
    from_roman,
    money_to_words,
    number_to_words,
    parse_date,
    parse_number,
    parse_percent,
    parse_period,
    parse_points,
    parse_quantity,
    words_to_number,
)
from tests.strategies import hostile_texts

#: Every parser, by name, as a function of one text.
PARSERS = {
    "parse_number": parse_number,
    "parse_percent": parse_percent,
    "parse_points": parse_points,
    "parse_date": parse_date,
    "words_to_number": words_to_number,
    "number_to_words": number_to_words,
    "money_to_words": money_to_words,
    "from_roman": from_roman,
    "parse_quantity": parse_quantity,
    "parse_period": parse_period,
}


def _budget(text: str) -> float:
    """A generous time for one call: 200 ms, and 5 µs per character.

    A hang or a quadratic parse of the longest texts tried takes seconds; a machine busy
    with other work, a pause of the garbage collector, tens of milliseconds.
    """
    return 0.200 + 5e-6 * len(text)


def _answer(parse, text):
    """Call ``parse``; return how long it took. A `BaoCaoError` is an answer too."""
    start = time.perf_counter()
    with contextlib.suppress(BaoCaoError):
        parse(text)
    return time.perf_counter() - start


class TestEveryTextGetsAnAnswer:
    @pytest.mark.parametrize("name", PARSERS)
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=hostile_texts)
    @example(text="1" * 5000 + "%")
    @example(text="1 m" + "²" * 5000)
    @example(text="một " + "tỷ " * 20)
    @example(text="tháng " + "1" * 4301 + "/2026")
    @example(text="07/01/" + "9" * 5000)
    def test_a_value_or_a_baocao_error_within_budget(self, name, text):
        # Any other exception (ValueError, IndexError, InvalidOperation, ...) fails here.
        # Over budget once may be the machine: the second try is the parser's own time.
        parse = PARSERS[name]
        assert min(_answer(parse, text), _answer(parse, text)) < _budget(text)


def _best_of_five(parse, text):
    """The best of five timings, without the garbage collector, whose pauses depend on
    what earlier tests left in memory, not on the parser."""
    gc.collect()
    gc.disable()
    try:
        return min(_answer(parse, text) for _ in range(5))
    finally:
        gc.enable()


#: For each parser, hostile text of about ``n`` characters, and the ``n`` to start from
#: (the time at 4n is tens of milliseconds: big enough to measure).
HOSTILE = {
    "parse_number": (lambda n: "1" + ".000" * (n // 4) + ".5", 100_000),
    "parse_percent": (lambda n: "1" + ".000" * (n // 4) + ",5 %", 100_000),
    "parse_points": (lambda n: "1 " + "điểm " * (n // 5) + "%", 200_000),
    "parse_date": (lambda n: "1/" * (n // 2), 400_000),
    "words_to_number": (lambda n: "một " + "tỷ " * (n // 3), 60_000),
    "number_to_words": (lambda n: "1" * n, 1_000_000),
    "money_to_words": (lambda n: "1" * n, 1_000_000),
    "from_roman": (lambda n: "M" * n, 500_000),
    "parse_quantity": (lambda n: "1" + " 000" * (n // 4), 100_000),
    "parse_period": (lambda n: "x tháng" * (n // 7), 100_000),
}


class TestLinearTime:
    @pytest.mark.parametrize("name", HOSTILE)
    def test_four_times_the_text_takes_about_four_times_as_long(self, name):
        make, n = HOSTILE[name]
        parse = PARSERS[name]
        small, large = make(n), make(4 * n)
        _answer(parse, small)  # warm up: caches, the unit catalog
        ratio = _best_of_five(parse, large) / max(_best_of_five(parse, small), 1e-6)
        assert ratio < 10, f"{name}: 4x the text took {ratio:.1f}x as long (quadratic is 16x)"


class TestHugeInputsAreRefusedAtOnce:
    """The findings of the hostile-user issue, one by one."""

    def test_a_percent_of_a_megabyte_of_digits(self):
        text = "1" * 1_000_000 + "%"
        with pytest.raises(MagnitudeError, match="holds a numeral of 1000000 digits"):
            parse_percent(text)
        assert _answer(parse_percent, text) < _budget(text)

    def test_a_unit_with_thousands_of_superscripts(self):
        text = "1 m" + "²" * 1_000_000
        with pytest.raises(
            UnknownUnitError, match="a unit's name has at most 100 characters"
        ) as caught:
            parse_quantity(text)
        assert caught.value.position == 2
        assert len(str(caught.value)) < 500  # the message quotes the start, not a megabyte
        assert _answer(parse_quantity, text) < _budget(text)

    @pytest.mark.parametrize("spelling", ["m²²²²", "km" + "⁹" * 3, "(ha)¹⁰⁰"])
    def test_a_power_has_at_most_two_digits(self, spelling):
        with pytest.raises(UnknownUnitError, match=re.escape(spelling)):
            parse_quantity(f"5 {spelling}")
        assert str(parse_quantity("5 (ha)²").unit) == "ha²"

    def test_words_beyond_the_bounds_of_a_figure(self):
        text = "một " + "tỷ " * 20
        with pytest.raises(
            MagnitudeError, match=r"\(position 40\) is too large to be a report"
        ) as caught:
            words_to_number(text)
        assert caught.value.value == 10**108
        assert words_to_number("một " + "tỷ " * 11) == 10**99
        text = "một " + "tỷ " * 300_000
        assert _answer(words_to_number, text) < _budget(text)

    def test_words_with_digits_without_end(self):
        with pytest.raises(MagnitudeError, match="more than 300 decimals"):
            words_to_number("không phẩy " + "không " * 400)
        with pytest.raises(MagnitudeError, match="too small"):
            words_to_number("không phẩy " + "không " * 120 + "một")

    @pytest.mark.parametrize(
        ("value", "shown"),
        [
            (10**4310, "an int of about 4310 digits> is too large"),
            (-(10**101), "-1.000…E+101 (102 digits) is too large"),
            (Decimal("1E+5000"), "1E+5000 is too large"),
            (Decimal("0." + "1" * 5000), "has 5000 digits; a number read in words has at most 300"),
        ],
        ids=["int-of-4311-digits", "minus-10^101", "1E+5000", "5000-decimals"],
    )
    def test_number_to_words_of_a_number_beyond_the_bounds(self, value, shown):
        for write in (number_to_words, money_to_words):
            with pytest.raises(MagnitudeError, match=re.escape(shown)):
                write(value)
        assert number_to_words(10**100).startswith("mười tỷ tỷ")

    @pytest.mark.parametrize(
        ("text", "position", "reason"),
        [
            ("tháng " + "1" * 4301 + "/2026", 6, "is not a month (1 to 12)"),
            ("năm " + "2" * 5000, 4, "the year is written in full, with four digits"),
            ("quý " + "1" * 5000 + "/2026", 4, "is not a quarter"),
            ("1" * 5000 + " tháng đầu năm 2026", 0, "is not a number of months"),
            ("lũy kế " + "1" * 5000 + " tháng năm 2026", 7, "is not a number of months"),
        ],
        ids=["month", "year", "quarter", "months-of-year", "cumulative"],
    )
    def test_a_period_with_thousands_of_digits(self, text, position, reason):
        with pytest.raises(ParseError, match=re.escape(reason)) as caught:
            parse_period(text)
        assert caught.value.position == position
        assert f"(position {position})" in str(caught.value)
        assert "characters)" in str(caught.value)  # the text is named by its start

    @pytest.mark.parametrize(
        ("text", "position"),
        [
            ("9" * 5000 + "/01/2026", 0),
            ("07/" + "9" * 5000 + "/2026", 3),
            ("07/01/" + "9" * 5000, 6),
            ("ngày 07 tháng 01 năm " + "9" * 5000, 21),
        ],
        ids=["day", "month", "year", "long-year"],
    )
    def test_a_date_with_thousands_of_digits(self, text, position):
        with pytest.raises(ParseError) as caught:
            parse_date(text)
        assert caught.value.position == position

    def test_a_roman_numeral_of_a_megabyte(self):
        text = "I" * 1_000_000
        with pytest.raises(ParseError, match="Roman numerals write 1 to 3999") as caught:
            from_roman(text)
        assert caught.value.position == 3
        assert _answer(from_roman, text) < _budget(text)

    def test_a_period_inside_a_megabyte_of_text(self):
        text = "a 1" * 300_000 + " tháng 4/2026"
        with pytest.raises(ParseError, match="expected a period"):
            parse_period(text)
        assert _answer(parse_period, text) < _budget(text)
        with pytest.raises(ParseError) as caught:
            parse_period("Trong tháng 4/2026 " + "x" * 1_000_000)
        assert caught.value.suggestion == "tháng 4/2026"

    def test_spaces_before_the_points_unit(self):
        text = "1" + " " * 1_000_000 + "x"
        assert _answer(parse_points, text) < _budget(text)
        assert parse_points("0,66" + " " * 1000 + "điểm %") == parse_points("0,66 điểm %")


class TestYearsHaveFourDigitsFromOneThousand:
    @pytest.mark.parametrize(
        ("parse", "text", "position", "reason"),
        [
            (parse_date, "07/01/0026", 6, "a report's year is 1000 or later, not 0026"),
            (parse_date, "ngày 07 tháng 01 năm 0999", 21, "1000 or later"),
            (parse_period, "năm 0026", 4, "a report's year is 1000 or later, not 0026"),
            (parse_period, "tháng 4/0999", 8, "1000 or later"),
            (parse_period, "quý II/0026", 7, "1000 or later"),
            (parse_period, "từ ngày 07/01/0026 đến ngày 08/01/0026", 14, "the first date"),
        ],
    )
    def test_a_year_below_1000_is_refused(self, parse, text, position, reason):
        with pytest.raises(ParseError, match=reason) as caught:
            parse(text)
        assert caught.value.position == position

    def test_periods_and_dates_begin_in_1000(self):
        assert parse_date("01/01/1000") == dt.date(1000, 1, 1)
        assert str(parse_period("năm 1000")) == "năm 1000"
        with pytest.raises(PeriodError, match="year=999"):
            parse_period("tháng 01/1000").previous()


def test_a_negative_number_keeps_every_digit():
    digits = "1,23456789012345678901234567891"
    assert str(parse_number("-" + digits)) == "-1.23456789012345678901234567891"
