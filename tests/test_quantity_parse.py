"""Quantities as Vietnamese text, and back: format_quantity and parse_quantity."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

from baocao_kt import (
    OptionError,
    ParseError,
    Quantity,
    UnitCatalog,
    UnknownUnitError,
    ValueKindError,
    format_quantity,
    parse_quantity,
)
from baocao_kt._values._rounding import round_half_up
from tests.strategies import places, quantities


class TestParseQuantity:
    @pytest.mark.parametrize(
        ("text", "magnitude", "unit"),
        [
            ("50.520 triệu đồng", "50520", "triệu đồng"),
            ("97,9 tỷ đồng", "97.9", "tỷ đồng"),
            ("113.481,7 m²", "113481.7", "m²"),
            ("113.481,7m²", "113481.7", "m²"),
            ("0,005ha", "0.005", "ha"),
            ("0,005 ha", "0.005", "ha"),
            ("20,36 ha", "20.36", "ha"),
            ("22,23 ha", "22.23", "ha"),
            ("1.883.819.164 đồng", "1883819164", "đồng"),
            ("1.883.819.164đ", "1883819164", "đồng"),
            ("5.108,711 triệu đồng", "5108.711", "triệu đồng"),
            ("5.108,711 tr.đ", "5108.711", "triệu đồng"),
            ("62,58 tạ/ha", "62.58", "tạ/ha"),
            ("62,58tạ/ha", "62.58", "tạ/ha"),
            ("346 hộ", "346", "hộ"),
            ("346hộ", "346", "hộ"),
            ("505 người", "505", "người"),
            ("01 hồ sơ", "1", "hồ sơ"),
            ("120 giấy chứng nhận", "120", "giấy chứng nhận"),
            ("3 sào Bắc Bộ", "3", "sào"),
            ("2 mẫu", "2", "mẫu"),
            ("1,5 tấn", "1.5", "tấn"),
            ("-3,5 ha", "-3.5", "ha"),
            ("−3,5 ha", "-3.5", "ha"),
            (" \u00a0 12.250\u00a0triệu đồng ", "12250", "triệu đồng"),
        ],
    )
    def test_report_forms_are_read(self, text, magnitude, unit):
        q = parse_quantity(text)
        assert q.magnitude == Decimal(magnitude)
        assert str(q.magnitude) == magnitude
        assert q.unit.name == unit

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("50.520 triệu", Quantity(50520, "triệu đồng")),
            ("135.800 triệu", Quantity(135800, "triệu đồng")),
            ("97,9 tỷ", Quantity("97.9", "tỷ đồng")),
            ("97,9 tỉ", Quantity("97.9", "tỷ đồng")),
            ("350 nghìn", Quantity(350, "nghìn đồng")),
            ("350 ngàn", Quantity(350, "nghìn đồng")),
            ("1,2 nghìn tỷ", Quantity("1.2", "nghìn tỷ đồng")),
            ("50.520triệu", Quantity(50520, "triệu đồng")),
            ("50.520 triệu đồng", Quantity(50520, "triệu đồng")),
            ("20 ha", Quantity(20, "ha")),
        ],
    )
    def test_the_elided_form_reads_when_the_caller_names_the_unit(self, text, expected):
        q = parse_quantity(text, implied_unit="đồng")
        assert q == expected
        assert q.unit == expected.unit

    def test_the_elided_form_is_never_guessed(self):
        with pytest.raises(UnknownUnitError) as info:
            parse_quantity("50.520 triệu")
        error = info.value
        assert error.position == 7
        assert error.unit == "triệu"
        assert error.suggestions == ("triệu đồng", "triệu USD")
        assert error.suggestion == "50.520 triệu đồng"
        assert "implied_unit='đồng'" in str(error)

    def test_the_implied_unit_must_be_known_and_make_a_known_unit(self):
        with pytest.raises(UnknownUnitError):
            parse_quantity("5 triệu", implied_unit="đồg")
        with pytest.raises(UnknownUnitError, match="triệu người"):
            parse_quantity("5 triệu", implied_unit="người")
        local = UnitCatalog.default().with_unit("triệu người", "1.000.000 người")
        q = parse_quantity("5 triệu", catalog=local, implied_unit=local.unit("người"))
        assert q.to("người").magnitude == 5_000_000

    def test_a_typo_in_the_unit_points_at_it_and_suggests_the_text(self):
        with pytest.raises(UnknownUnitError) as info:
            parse_quantity("50.520 triệu đồg")
        error = info.value
        assert (error.position, error.unit) == (7, "triệu đồg")
        assert error.suggestion == "50.520 triệu đồng"
        assert isinstance(error, ParseError)

    @pytest.mark.parametrize(
        ("text", "suggestion"),
        [
            ("7.2 ha", "7,2 ha"),
            ("1 883 819 164 đồng", "1.883.819.164 đồng"),
            ("12 250 triệu đồng", "12.250 triệu đồng"),
            ("5,108.711 triệu đồng", "5.108,711 triệu đồng"),
        ],
    )
    def test_numbers_in_another_notation_are_refused_with_the_likely_form(self, text, suggestion):
        with pytest.raises(ParseError) as info:
            parse_quantity(text)
        assert info.value.suggestion == suggestion
        assert not isinstance(info.value, UnknownUnitError)

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("12.250", "has no unit"),
            ("ha", "holds no number"),
            ("", "holds no number"),
            ("37,2%", "parse_percent"),
            ("5 ha ha", "not a unit"),
        ],
    )
    def test_other_text_that_is_not_a_quantity(self, text, message):
        with pytest.raises(ParseError, match=message):
            parse_quantity(text)

    @pytest.mark.parametrize("text", [12250, None, Decimal(5), b"5 ha"])
    def test_parse_reads_text_only(self, text):
        with pytest.raises(ValueKindError):
            parse_quantity(text)

    def test_the_catalog_must_be_a_catalog(self):
        with pytest.raises(ValueKindError):
            parse_quantity("5 ha", catalog="default")  # type: ignore[arg-type]


class TestFormatQuantity:
    @pytest.mark.parametrize(
        ("quantity", "options", "expected"),
        [
            (Quantity(12250, "triệu đồng"), {}, "12.250 triệu đồng"),
            (Quantity("97.9", "tỷ đồng"), {}, "97,9 tỷ đồng"),
            (Quantity("113481.7", "m2"), {}, "113.481,7 m²"),
            (Quantity("62.58", "tạ/héc-ta"), {}, "62,58 tạ/ha"),
            (Quantity(346, "hộ"), {}, "346 hộ"),
            (Quantity("5108.711", "tr.đ"), {"places": 1}, "5.108,7 triệu đồng"),
            (Quantity("0.125", "ha"), {"places": 2}, "0,13 ha"),
            (Quantity("17.00", "ha"), {"trim": True}, "17 ha"),
            (Quantity(2, "hồ sơ"), {"pad": 2}, "02 hồ sơ"),
            (Quantity(97900, "triệu đồng"), {"places": 1, "unit": "tỷ đồng"}, "97,9 tỷ đồng"),
            (Quantity("113481.7", "m²"), {"places": 2, "unit": "ha"}, "11,35 ha"),
            (Quantity(1, "m²"), {"unit": "sào"}, "0,002777777777777777777777777778 sào"),
            (Quantity(1, "m²"), {"places": 5, "unit": "sào"}, "0,00278 sào"),
            (Quantity(1, "ha"), {"unit": "sào", "places": 2}, "27,78 sào"),
            (Quantity("-0.004", "ha"), {"places": 2}, "0,00 ha"),
        ],
    )
    def test_quantities_are_written_the_vietnamese_way(self, quantity, options, expected):
        assert format_quantity(quantity, **options) == expected
        assert quantity.format(**options) == expected

    def test_str_repr_and_format_spec(self):
        q = Quantity("5108.711", "tr.đ")
        assert str(q) == "5.108,711 triệu đồng"
        assert repr(q) == "Quantity('5108.711', 'triệu đồng')"
        assert f"{q:.1f}" == "5.108,7 triệu đồng"
        assert f"{q:.0}" == "5.109 triệu đồng"
        assert f"{q}" == str(q)
        assert repr(Quantity(Decimal("1E+3"), "ha")) == "Quantity('1000', 'ha')"
        with pytest.raises(OptionError):
            f"{q:,}"

    def test_a_value_rounded_from_an_exact_conversion_is_rounded_once(self):
        # 0,125 ha is exactly 1.250 m²; in sào it is 3,47222…; at one decimal 3,5.
        assert format_quantity(Quantity("0.125", "ha"), 1, unit="sào") == "3,5 sào"
        # 7 m² is 0,0194444… sào; at three decimals 0,019, never a double rounding.
        assert format_quantity(Quantity(7, "m²"), 3, unit="sào") == "0,019 sào"

    def test_bad_options_and_inputs_are_refused(self):
        with pytest.raises(OptionError):
            format_quantity(Quantity(1, "ha"), -1)
        with pytest.raises(OptionError):
            format_quantity(Quantity(1, "ha"), pad=-2)
        with pytest.raises(ValueKindError):
            format_quantity(Decimal(1))  # type: ignore[arg-type]
        with pytest.raises(UnknownUnitError):
            format_quantity(Quantity(1, "ha"), unit="sao bac")


class TestInverses:
    @given(quantities)
    def test_parse_reads_back_what_format_writes(self, q):
        back = parse_quantity(format_quantity(q))
        assert back == q
        assert back.magnitude == q.magnitude
        assert back.unit == q.unit

    @given(quantities, places)
    def test_parse_reads_rounded_text_as_the_rounded_value(self, q, digits):
        text = format_quantity(q, digits)
        assert parse_quantity(text).magnitude == round_half_up(q.magnitude, digits)
        assert format_quantity(parse_quantity(text), digits) == text

    @given(quantities)
    def test_repr_is_a_constructor_call(self, q):
        assert eval(repr(q)) == q  # noqa: S307 - our own repr
