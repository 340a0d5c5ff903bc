"""Layer 3: units, the catalog and its extension, conversions, arithmetic, pint."""

from __future__ import annotations

import pickle
import subprocess
import sys
import unicodedata
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    BaoCaoError,
    MagnitudeError,
    OptionError,
    ParseError,
    Percent,
    Points,
    Quantity,
    Unit,
    UnitCatalog,
    UnitMismatchError,
    UnknownUnitError,
    ValueKindError,
    ZeroBaseError,
    attainment,
    parse_percent,
    parse_quantity,
)
from tests.operands import refusals
from tests.strategies import finite_decimals, quantities, same_dimension_units

DEFAULT = UnitCatalog.default()

# Every unit the issue lists, in each spelling, with its canonical name and its exact size
# in the base unit of its dimension (đồng, m, m², kg, one thing).
SPELLINGS = [
    ("đồng", "đồng", 1),
    ("đ", "đồng", 1),
    ("VND", "đồng", 1),
    ("VNĐ", "đồng", 1),
    ("nghìn đồng", "nghìn đồng", 1000),
    ("ngàn đồng", "nghìn đồng", 1000),
    ("triệu đồng", "triệu đồng", 10**6),
    ("tr.đ", "triệu đồng", 10**6),
    ("tỷ đồng", "tỷ đồng", 10**9),
    ("tỉ đồng", "tỷ đồng", 10**9),
    ("nghìn tỷ đồng", "nghìn tỷ đồng", 10**12),
    ("m²", "m²", 1),
    ("m2", "m²", 1),
    ("ha", "ha", 10_000),
    ("km²", "km²", 10**6),
    ("km2", "km²", 10**6),
    ("sào", "sào", 360),
    ("sào Bắc Bộ", "sào", 360),
    ("mẫu", "mẫu", 3600),
    ("mẫu Bắc Bộ", "mẫu", 3600),
    ("sào Trung Bộ", "sào Trung Bộ", 500),
    ("công", "công", 1000),
    ("công Nam Bộ", "công", 1000),
    ("g", "g", Fraction(1, 1000)),
    ("kg", "kg", 1),
    ("yến", "yến", 10),
    ("tạ", "tạ", 100),
    ("tấn", "tấn", 1000),
    ("tạ/ha", "tạ/ha", Fraction(100, 10_000)),
    ("m", "m", 1),
    ("km", "km", 1000),
]
COUNT_NOUNS = [
    "hộ", "người", "hồ sơ", "giấy chứng nhận", "lượt", "vụ việc", "trường hợp", "cơ sở",
    "con", "nhân khẩu", "doanh nghiệp", "hợp tác xã", "dự án", "lao động",
]  # fmt: skip


def run_python(code: str) -> str:
    done = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


class TestCatalog:
    @pytest.mark.parametrize(("spelling", "name", "factor"), SPELLINGS)
    def test_every_listed_unit_is_known_in_each_spelling(self, spelling, name, factor):
        unit = DEFAULT.unit(spelling)
        assert unit.name == name
        assert unit.factor == factor
        assert Quantity(1, spelling).unit is unit

    @pytest.mark.parametrize("noun", COUNT_NOUNS)
    def test_every_listed_count_noun_is_a_count_of_its_own(self, noun):
        unit = DEFAULT.unit(noun)
        assert unit.is_count
        assert unit.dimension == ((noun, 1),)

    def test_no_two_count_nouns_share_a_dimension(self):
        counts = [unit for unit in DEFAULT.units if unit.is_count]
        assert len({unit.dimension for unit in counts}) == len(counts)

    def test_every_spelling_of_every_unit_names_it(self):
        for unit in DEFAULT.units:
            spellings = DEFAULT.spellings(unit)
            assert spellings[0] == unit.name
            for spelling in spellings:
                assert DEFAULT.unit(spelling) is unit

    @pytest.mark.parametrize(
        ("spelling", "name"),
        [
            ("M2", "m²"),
            ("HA", "ha"),
            ("Sào bắc bộ", "sào"),
            ("vnd", "đồng"),
            ("  triệu \u00a0 đồng ", "triệu đồng"),
            (unicodedata.normalize("NFD", "giấy chứng nhận"), "giấy chứng nhận"),
            ("tạ / héc-ta", "tạ/ha"),
            ("GCN", "giấy chứng nhận"),
        ],
    )
    def test_case_spaces_and_unicode_forms_do_not_matter(self, spelling, name):
        assert DEFAULT.unit(spelling).name == name

    @pytest.mark.parametrize(
        ("spelling", "name", "factor"),
        [
            ("triệu đồng/hộ", "triệu đồng/hộ", 10**6),
            ("người/km²", "người/km²", Fraction(1, 10**6)),
            ("ha²", "ha²", 10**8),
            ("1/ha", "1/ha", Fraction(1, 10_000)),
            ("kg·km", "kg·km", 1000),
            ("m·m", "m²", 1),
        ],
    )
    def test_products_and_quotients_of_units_are_derived_units(self, spelling, name, factor):
        unit = DEFAULT.unit(spelling)
        assert (unit.name, unit.factor) == (name, factor)
        assert DEFAULT.unit(unit.name) == unit

    def test_units_are_values(self):
        extended = DEFAULT.with_count("lượt khách")
        assert extended.unit("ha") == DEFAULT.unit("ha")
        assert hash(extended.unit("ha")) == hash(DEFAULT.unit("ha"))
        assert DEFAULT.unit("ha") != DEFAULT.unit("m²")
        assert DEFAULT.unit("ha") != "ha"
        assert repr(DEFAULT.unit("tr.đ")) == "Unit('triệu đồng')"
        assert isinstance(DEFAULT.unit("ha"), Unit)

    def test_the_default_catalog_is_built_once(self):
        assert UnitCatalog.default() is UnitCatalog.default()

    def test_membership_and_listing(self):
        assert "tr.đ" in DEFAULT
        assert "tạ/ha" in DEFAULT
        assert "triệu đồg" not in DEFAULT
        assert 5 not in DEFAULT
        assert len(DEFAULT.units) == len({unit.name for unit in DEFAULT.units})
        assert "UnitCatalog of" in repr(DEFAULT)

    def test_catalogs_units_and_quantities_pickle(self):
        extended = DEFAULT.with_unit("thước", "24 m²")
        for value in (
            DEFAULT,
            extended,
            DEFAULT.unit("tạ/ha"),
            Quantity(3, extended.unit("thước")),
        ):
            assert pickle.loads(pickle.dumps(value)) == value  # noqa: S301 - our own data
        assert pickle.loads(pickle.dumps(DEFAULT)) is DEFAULT  # noqa: S301 - our own data


class TestUnknownUnits:
    def test_a_typo_suggests_the_closest_unit_and_never_becomes_a_count(self):
        with pytest.raises(UnknownUnitError) as info:
            Quantity(5, "triệu đồg")
        error = info.value
        assert error.unit == "triệu đồg"
        assert error.suggestions == ("triệu đồng",)
        assert error.suggestion == "triệu đồng"
        assert "did you mean 'triệu đồng'" in str(error)
        assert isinstance(error, ParseError)
        assert isinstance(error, ValueError)
        assert isinstance(error, BaoCaoError)

    @pytest.mark.parametrize(
        ("spelling", "suggestion"),
        [("hà", "ha"), ("nguoi", "người"), ("sao trung bo", "sào Trung Bộ"), ("tạ/hà", "tạ/ha")],
    )
    def test_suggestions_ignore_missing_diacritics(self, spelling, suggestion):
        with pytest.raises(UnknownUnitError) as info:
            DEFAULT.unit(spelling)
        assert info.value.suggestions[0] == suggestion

    def test_a_name_with_nothing_close_says_how_to_add_it(self):
        with pytest.raises(UnknownUnitError, match="with_unit or with_count") as info:
            DEFAULT.unit("lán tôn")  # 02 lán tôn, in the seed
        assert info.value.suggestions == ()

    def test_a_bare_scale_word_is_not_a_unit(self):
        with pytest.raises(UnknownUnitError, match="implied_unit='đồng'") as info:
            Quantity(50520, "triệu")
        assert info.value.suggestions == ("triệu đồng", "triệu USD")

    @pytest.mark.parametrize(
        ("spelling", "message"),
        [
            ("", "needs one"),
            ("   ", "needs one"),
            ("%", "parse_percent"),
            ("ha/m²", "plain number"),
            ("hộ/hộ", "plain number"),
        ],
    )
    def test_other_names_that_are_not_units(self, spelling, message):
        with pytest.raises(UnknownUnitError, match=message) as info:
            DEFAULT.unit(spelling)
        assert info.value.suggestions == ()

    @pytest.mark.parametrize("unit", [5, None, b"ha", ["ha"]])
    def test_a_unit_that_is_not_text_is_a_type_error(self, unit):
        with pytest.raises(ValueKindError):
            Quantity(5, unit)

    def test_find_returns_none_for_an_unknown_name(self):
        assert DEFAULT.find("hồ") is None
        assert DEFAULT.find("hộ") is DEFAULT.unit("hộ")


class TestConversions:
    @pytest.mark.parametrize(
        ("given", "target", "expected"),
        [
            (("0.005", "ha"), "m²", "50"),
            ((1, "sào"), "m²", "360"),
            ((1, "mẫu"), "m²", "3600"),
            ((1, "mẫu"), "sào", "10"),
            ((1, "sào Trung Bộ"), "m²", "500"),
            ((1, "công"), "m²", "1000"),
            ((3, "sào"), "ha", "0.108"),
            ((1, "km²"), "ha", "100"),
            (("20.36", "ha"), "km²", "0.2036"),
            (("113481.7", "m²"), "ha", "11.34817"),
            ((12250, "triệu đồng"), "tỷ đồng", "12.25"),
            (("97.9", "tỷ đồng"), "triệu đồng", "97900"),
            ((1883819164, "đồng"), "triệu đồng", "1883.819164"),
            ((1, "nghìn tỷ đồng"), "đồng", "1000000000000"),
            ((5, "nghìn đồng"), "đồng", "5000"),
            ((1, "tấn"), "tạ", "10"),
            ((1, "tạ"), "kg", "100"),
            ((1, "yến"), "kg", "10"),
            ((250, "g"), "kg", "0.25"),
            (("1.5", "km"), "m", "1500"),
            (("62.58", "tạ/ha"), "kg/m²", "0.6258"),
            (("62.58", "tạ/ha"), "tấn/ha", "6.258"),
            (("1.50", "ha"), "m²", "15000"),
        ],
    )
    def test_conversions_are_exact_with_no_trailing_zeros(self, given, target, expected):
        result = Quantity(*given).to(target)
        assert result.unit.name == DEFAULT.unit(target).name
        assert str(result.magnitude) == expected

    def test_a_conversion_without_a_finite_decimal_has_28_significant_digits(self):
        result = Quantity(1, "m²").to("sào")
        assert result.magnitude == Decimal("0.002777777777777777777777777778")
        assert Quantity(360, "m²").to("sào").magnitude == 1

    def test_converting_into_the_same_unit_is_the_quantity_itself(self):
        q = Quantity("1.50", "ha")
        assert q.to("héc-ta") is q
        assert q.to(DEFAULT.with_count("lượt khách").unit("ha")) is q

    @given(finite_decimals, same_dimension_units)
    def test_round_trips_are_exact_when_the_conversion_is(self, magnitude, units):
        source, target = units
        q = Quantity(magnitude, source)
        converted = q.to(target)
        exact = Fraction(magnitude) * source.factor / target.factor
        if Fraction(converted.magnitude) == exact:
            assert converted.to(source) == q
            assert converted.to(source).magnitude == magnitude
        else:  # 1 m² in sào: 28 significant digits, then back
            assert abs(Fraction(converted.magnitude) - exact) <= abs(exact) / 10**27
            assert abs(converted.to(source).magnitude - magnitude) <= abs(magnitude) / 10**26

    @given(finite_decimals, same_dimension_units)
    def test_converting_down_by_a_whole_factor_and_back_is_always_exact(self, magnitude, units):
        small, large = sorted(units, key=lambda unit: unit.factor)
        if (large.factor / small.factor).denominator == 1:
            q = Quantity(magnitude, large)
            assert q.to(small).to(large) == q

    def test_every_size_agrees_with_pint_exactly(self):
        bases = {
            (("[money]", 1),): "đồng",
            (("[length]", 1),): "meter",
            (("[length]", 2),): "meter ** 2",
            (("[mass]", 1),): "kilogram",
            (("[usd]", 1),): "USD",
            (("[time]", 1),): "month",
        }
        for unit in DEFAULT.units:
            if not unit.is_count:
                in_pint = Quantity(1, unit).to_pint().to(bases[unit.dimension])
                assert Fraction(in_pint.magnitude) == unit.factor, unit

    @pytest.mark.parametrize(
        ("given", "target"),
        [
            ((346, "hộ"), "người"),
            (("20.36", "ha"), "tỷ đồng"),
            ((1, "tạ/ha"), "tạ"),
            ((1, "m"), "m²"),
        ],
    )
    def test_a_unit_of_another_dimension_is_a_mismatch(self, given, target):
        q = Quantity(*given)
        with pytest.raises(UnitMismatchError) as info:
            q.to(target)
        assert info.value.left == q.unit
        assert info.value.right == DEFAULT.unit(target)
        assert q.unit.name in str(info.value)
        assert DEFAULT.unit(target).name in str(info.value)


class TestArithmetic:
    def test_decimal_sums_are_exact(self):
        total = Quantity("0.1", "triệu đồng") + Quantity("0.2", "triệu đồng")
        assert total == Quantity("0.3", "triệu đồng")
        assert str(total) == "0,3 triệu đồng"

    def test_sums_never_round_whatever_the_decimal_context(self):
        big = Quantity("123456789012345678901234567890.123", "đồng")
        with localcontext(prec=5):
            total = big + Quantity("0.001", "đồng")
            product = big * 3
        assert total.magnitude == Decimal("123456789012345678901234567890.124")
        assert product.magnitude == Decimal("370370367037037036703703703670.369")

    @pytest.mark.parametrize(
        ("left", "right", "expected"),
        [
            ((1, "ha"), (50, "m²"), ("1.005", "ha")),
            ((50, "m²"), (1, "ha"), ("10050", "m²")),
            ((1, "tỷ đồng"), (500, "triệu đồng"), ("1.5", "tỷ đồng")),
            ((1, "sào"), (1, "m²"), ("1.002777777777777777777777778", "sào")),
            ((2, "tấn"), (5, "tạ"), ("2.5", "tấn")),
        ],
    )
    def test_mixed_units_add_in_the_left_unit(self, left, right, expected):
        total = Quantity(*left) + Quantity(*right)
        assert (str(total.magnitude), total.unit.name) == expected
        assert Quantity(*left) - Quantity(*right) + Quantity(*right) == Quantity(*left)

    def test_sum_works_across_units(self):
        parts = [Quantity(1, "ha"), Quantity(50, "m²"), Quantity(1, "sào")]
        assert sum(parts) == Quantity("1.041", "ha")
        assert sum(parts, Quantity(0, "m²")) == Quantity(10410, "m²")
        assert sum([]) == 0  # an empty sum is 0: give a start to get a quantity

    @pytest.mark.parametrize(
        ("factor", "expected"),
        [
            (3, "37.5"),
            (Decimal("0.1"), "1.25"),
            (0.1, "1.25"),
            (Fraction(1, 3), "4.166666666666666666666666667"),
        ],
    )
    def test_multiplying_by_a_number_keeps_the_unit(self, factor, expected):
        q = Quantity("12.5", "ha")
        assert str((q * factor).magnitude) == expected
        assert (factor * q) == (q * factor)
        assert (q * factor).unit is q.unit

    def test_a_percent_multiplies_by_its_ratio(self):
        plan = Quantity(135800, "triệu đồng")
        assert plan * Percent("37.2") == Quantity("50517.6", "triệu đồng")
        assert Quantity("50517.6", "triệu đồng") / Percent("37.2") == plan

    def test_a_count_times_a_number_stays_a_count(self):
        assert Quantity(346, "hộ") * 2 == Quantity(692, "hộ")
        assert (Quantity(346, "hộ") / 4).unit.name == "hộ"

    def test_dividing_by_a_number(self):
        assert Quantity(10, "ha") / 4 == Quantity("2.5", "ha")
        assert str((Quantity(1, "ha") / 3).magnitude) == "0.3333333333333333333333333333"
        with pytest.raises(ZeroBaseError):
            Quantity(1, "ha") / 0
        with pytest.raises(ZeroBaseError):
            Quantity(1, "ha") / Quantity(0, "m²")

    @pytest.mark.parametrize(
        ("left", "right", "expected"),
        [
            (("62.58", "tạ/ha"), ("20.36", "ha"), ("1274.1288", "tạ")),
            (("20.36", "ha"), ("62.58", "tạ/ha"), ("1274.1288", "tạ")),
            (("62.58", "tạ/ha"), ("360", "m²"), ("2.25288", "tạ")),
            ((3, "m"), (4, "m"), ("12", "m²")),
            ((3, "km"), (4, "m"), ("0.012", "km²")),
            ((2, "triệu đồng/hộ"), (346, "hộ"), ("692", "triệu đồng")),
            ((2, "ha"), (3, "ha"), ("6", "ha²")),
            ((2, "hộ"), (3, "người"), ("6", "hộ·người")),
        ],
    )
    def test_quantities_multiply_into_derived_units(self, left, right, expected):
        product = Quantity(*left) * Quantity(*right)
        assert (str(product.magnitude), product.unit.name) == expected

    @pytest.mark.parametrize(
        ("left", "right", "expected"),
        [
            (
                (50520, "triệu đồng"),
                (346, "hộ"),
                ("146.0115606936416184971098266", "triệu đồng/hộ"),
            ),
            ((1274, "tạ"), ("20", "ha"), ("63.7", "tạ/ha")),
            ((505, "người"), ("2", "km²"), ("252.5", "người/km²")),
        ],
    )
    def test_quantities_divide_into_derived_units(self, left, right, expected):
        quotient = Quantity(*left) / Quantity(*right)
        assert (str(quotient.magnitude), quotient.unit.name) == expected

    @pytest.mark.parametrize(
        ("left", "right", "expected"),
        [
            ((50520, "triệu đồng"), ("126.3", "tỷ đồng"), "0.4"),
            ((346, "hộ"), (100, "hộ"), "3.46"),
            ((1, "ha"), (1, "m²"), "10000"),
            ((1, "m²"), (1, "sào"), "0.002777777777777777777777777778"),
            (("62.58", "tạ/ha"), ("6.258", "tấn/ha"), "1"),
        ],
    )
    def test_a_quotient_of_one_dimension_is_a_plain_decimal(self, left, right, expected):
        ratio = Quantity(*left) / Quantity(*right)
        assert type(ratio) is Decimal
        assert str(ratio) == expected

    def test_units_that_cancel_in_a_product_leave_a_decimal(self):
        product = Quantity(2, "tạ/ha") * Quantity(3, "ha/tạ")
        assert product == Decimal(6)

    def test_comparisons_across_units_of_one_dimension(self):
        assert Quantity(1, "ha") == Quantity(10000, "m²")
        assert hash(Quantity(1, "ha")) == hash(Quantity(10000, "m²"))
        assert Quantity(1, "ha") < Quantity(10001, "m²")
        assert Quantity(1, "mẫu") > Quantity(9, "sào")
        assert Quantity(1, "mẫu") >= Quantity(10, "sào")
        assert Quantity(1, "sào") <= Quantity(360, "m²")
        assert Quantity(1, "m²") < Quantity(1, "sào")
        order = sorted(
            [Quantity(1, "ha"), Quantity(1, "sào"), Quantity(1, "mẫu"), Quantity(5, "m²")]
        )
        assert [q.unit.name for q in order] == ["m²", "sào", "mẫu", "ha"]

    def test_quantities_of_different_dimensions_are_never_equal_and_do_not_order(self):
        assert Quantity(346, "hộ") != Quantity(346, "người")
        with pytest.raises(UnitMismatchError):
            _ = Quantity(346, "hộ") < Quantity(505, "người")

    @pytest.mark.parametrize(
        ("left", "right", "names"),
        [
            ((346, "hộ"), (505, "người"), ("hộ", "người", "count different things")),
            (("20.36", "ha"), ("97.9", "tỷ đồng"), ("ha is an area", "tỷ đồng is money")),
            ((1, "tạ/ha"), (1, "tạ"), ("a yield", "a mass")),
        ],
    )
    def test_adding_different_dimensions_is_a_mismatch_naming_both(self, left, right, names):
        a, b = Quantity(*left), Quantity(*right)
        for operation in (lambda: a + b, lambda: a - b):
            with pytest.raises(UnitMismatchError) as info:
                operation()
            assert (info.value.left, info.value.right) == (a.unit, b.unit)
            for name in names:
                assert name in str(info.value)
            assert isinstance(info.value, TypeError)

    @pytest.mark.parametrize(
        "number", [5, Decimal(0), Decimal(5), 5.0, Fraction(5), True], ids=repr
    )
    def test_plain_numbers_do_not_add_to_compare_with_or_equal_quantities(self, number):
        q = Quantity(5, "ha")
        for error in refusals(q, number):
            message = str(error)
            assert isinstance(error, TypeError)
            assert error.value is number
            assert "Quantity('5', 'ha')" in message
            assert f"Quantity({number!r}, 'ha')" in message
            assert ".magnitude" in message

    def test_numpy_numbers_are_plain_numbers_to_a_quantity(self):
        numpy = pytest.importorskip("numpy")
        q = Quantity(5, "ha")
        for number in (numpy.int64(5), numpy.float64(5)):
            with pytest.raises(ValueKindError):
                _ = q + number
            with pytest.raises(ValueKindError):
                _ = q == number
            assert q * number == Quantity(25, "ha")

    def test_percents_and_points_are_no_quantities(self):
        q = Quantity(5, "ha")
        for rate in (Percent(5), Points(5)):
            with pytest.raises(ValueKindError, match=r"product \(q \* p\)"):
                _ = q + rate
            with pytest.raises(ValueKindError):
                _ = rate - q
            with pytest.raises(ValueKindError):
                _ = q < rate
        assert q * Percent(50) == Quantity("2.5", "ha")

    @pytest.mark.parametrize("other", [None, "5", [5], object()], ids=repr)
    def test_foreign_objects_are_left_to_python(self, other):
        q = Quantity(5, "ha")
        assert (q == other) is False
        assert q != other
        for operation in (lambda: q + other, lambda: q < other, lambda: other - q):
            with pytest.raises(TypeError) as info:
                operation()
            assert not isinstance(info.value, ValueKindError)

    def test_sum_starts_from_zero(self):
        assert sum([Quantity(1, "ha"), Quantity(2, "ha")]) == Quantity(3, "ha")
        assert sum([Quantity(1, "ha")], Quantity(0, "m²")) == Quantity(10000, "m²")
        q = Quantity(1, "ha")
        assert 0 + q is q
        with pytest.raises(ValueKindError):
            _ = 1 + q

    @pytest.mark.parametrize("other", ["2", None, [2]])
    def test_quantities_multiply_only_by_numbers(self, other):
        with pytest.raises(TypeError):
            _ = Quantity(1, "ha") * other
        with pytest.raises(TypeError):
            _ = Quantity(1, "ha") / other

    def test_a_bool_is_not_a_factor(self):
        with pytest.raises(ValueKindError):
            _ = Quantity(1, "ha") * True

    def test_sign_and_truth(self):
        q = Quantity("-3.5", "ha")
        assert -q == Quantity("3.5", "ha")
        assert abs(q) == Quantity("3.5", "ha")
        assert +q is q
        assert q
        assert not Quantity(0, "ha")

    @given(quantities, quantities)
    def test_adding_and_subtracting_one_unit_is_exact(self, a, b):
        b = Quantity(b.magnitude, a.unit)
        assert (a + b - b) == a
        assert Fraction((a + b).magnitude) == Fraction(a.magnitude) + Fraction(b.magnitude)

    @pytest.mark.parametrize(
        "make",
        [
            lambda: -Quantity(0, "ha"),
            lambda: -Quantity("0.00", "ha"),
            lambda: Quantity(Decimal("-0"), "ha"),
            lambda: Quantity(Decimal("-0.000"), "ha"),
            lambda: Quantity(-0.0, "ha"),
            lambda: abs(Quantity(Decimal("-0"), "ha")),
            lambda: Quantity(0, "ha") * -1,
            lambda: Quantity(-3, "ha") * 0,
            lambda: Quantity(0, "ha") * Decimal("-2.5"),
            lambda: Quantity(0, "ha") / -4,
            lambda: Quantity(0, "ha") - Quantity(0, "ha"),
            lambda: Quantity(0, "ha") - Quantity(0, "m²"),
            lambda: Quantity(-2, "ha") + Quantity(2, "ha"),
            lambda: Quantity(0, "tạ/ha") * Quantity(-3, "ha"),
            lambda: Quantity(0, "ha").to("m²"),
            lambda: Quantity(0, "ha") * Percent(-5),
        ],
    )
    def test_a_magnitude_is_never_a_negative_zero(self, make):
        q = make()
        assert not q.magnitude
        assert not q.magnitude.is_signed(), repr(q)
        assert "-" not in repr(q)
        assert "-" not in str(q)

    @given(quantities, st.integers(-3, 3))
    def test_no_operation_makes_a_negative_zero(self, q, factor):
        zero = Quantity(0, q.unit)
        for result in (-zero, zero * factor, q * 0 * factor, q - q, -(q - q), zero - q + q):
            assert not (result.magnitude.is_zero() and result.magnitude.is_signed()), result

    def test_a_decimal_magnitude_is_within_the_bounds_of_a_figure(self):
        with pytest.raises(MagnitudeError, match="1E"):
            Quantity(Decimal("1E+500"), "ha")
        with pytest.raises(MagnitudeError):
            Quantity(Decimal("1E-500"), "ha")

    def test_magnitudes_follow_the_conversion_policy(self):
        assert Quantity(0.1, "ha").magnitude == Decimal("0.1")
        assert Quantity("5108.711", "triệu đồng").magnitude == Decimal("5108.711")
        with pytest.raises(ValueKindError):
            Quantity(True, "ha")
        with pytest.raises(BaoCaoError):
            Quantity(Decimal("NaN"), "ha")


class TestExtension:
    def test_a_new_catalog_leaves_the_default_unchanged(self):
        before = (DEFAULT.units, [DEFAULT.spellings(unit) for unit in DEFAULT.units])
        local = (
            DEFAULT.with_unit("công tầm lớn", "1.296 m²", aliases=["công lớn"])
            .with_count("lượt khách")
            .with_alias("triệu VNĐ", "triệu đồng")
        )
        assert local.unit("công lớn").factor == 1296
        assert local.unit("lượt khách").is_count
        assert local.unit("triệu VNĐ") == DEFAULT.unit("triệu đồng")
        assert (DEFAULT.units, [DEFAULT.spellings(unit) for unit in DEFAULT.units]) == before
        assert UnitCatalog.default() is DEFAULT
        for name in ("công tầm lớn", "lượt khách", "triệu VNĐ"):
            assert name not in DEFAULT
            with pytest.raises(UnknownUnitError):
                Quantity(1, name)

    def test_a_new_unit_converts_exactly_and_mixes_with_default_ones(self):
        local = DEFAULT.with_unit("thước", "24 m²")
        three = Quantity(3, local.unit("thước"))
        assert three.to("m²") == Quantity(72, "m²")
        assert three + Quantity(1, "sào") == Quantity(18, local.unit("thước"))
        assert Quantity(1, "sào") + three == Quantity("1.2", "sào")
        assert Quantity(72, "m²") == three
        assert Quantity(720, "m²").to(local.unit("thước")).magnitude == 30

    def test_names_are_read_by_the_catalog_of_the_quantity(self):
        local = DEFAULT.with_unit("thước", "24 m²")
        assert Quantity(48, local.unit("m²")).to("thước").magnitude == 2
        with pytest.raises(UnknownUnitError):
            Quantity(48, "m²").to("thước")
        assert parse_quantity("2 thước", catalog=local) == Quantity(48, "m²")

    def test_a_unit_can_be_defined_by_a_quantity(self):
        local = DEFAULT.with_unit("nghìn người", Quantity(1000, "người"))
        assert Quantity(2, local.unit("nghìn người")).to("người").magnitude == 2000
        with pytest.raises(UnitMismatchError):
            _ = Quantity(2, local.unit("nghìn người")) + Quantity(1, "hộ")

    def test_a_new_count_noun_is_a_dimension_of_its_own(self):
        local = DEFAULT.with_count("lượt khách")
        visitors = Quantity(120, local.unit("lượt khách"))
        assert visitors + Quantity(5, local.unit("lượt khách")) == Quantity(
            125, local.unit("lượt khách")
        )
        with pytest.raises(UnitMismatchError):
            _ = visitors + Quantity(5, "lượt")
        again = DEFAULT.with_count("lượt khách").unit("lượt khách")
        assert Quantity(1, again) == Quantity(1, local.unit("lượt khách"))

    @pytest.mark.parametrize(
        ("name", "definition", "message"),
        [
            ("ha", "1 m²", "already a spelling of 'ha'"),
            ("Héc-ta", "1 m²", "already a spelling of 'ha'"),
            ("2ha", "1 m²", "not a unit name"),
            ("thước/sào", "1 m²", "not a unit name"),
            ("", "1 m²", "not a unit name"),
            ("triệu", "1 m²", "scale word"),
            ("thước", "0 m²", "not a size"),
            ("thước", "-24 m²", "not a size"),
        ],
    )
    def test_bad_new_units_are_refused(self, name, definition, message):
        with pytest.raises(OptionError, match=message):
            DEFAULT.with_unit(name, definition)

    def test_bad_definitions_are_refused(self):
        with pytest.raises(UnknownUnitError):
            DEFAULT.with_unit("thước", "24 m3")
        with pytest.raises(ParseError):
            DEFAULT.with_unit("thước", "24.5 m²")
        with pytest.raises(ValueKindError):
            DEFAULT.with_unit("thước", 24)  # type: ignore[arg-type]
        with pytest.raises(OptionError, match="given twice"):
            DEFAULT.with_count("lượt khách", aliases=["Lượt khách"])
        with pytest.raises(OptionError, match="derived unit"):
            DEFAULT.with_alias("năng suất", "tạ/ha")
        with pytest.raises(UnknownUnitError):
            DEFAULT.with_alias("thước", "thuoc")


class TestPint:
    def test_importing_the_package_and_using_quantities_does_not_import_pint(self):
        code = (
            "import sys, baocao_kt as b;"
            "q = b.Quantity(1, 'ha') + b.Quantity(50, 'm²');"
            "q = b.parse_quantity('62,58 tạ/ha') * q.to('m²');"
            "b.format_quantity(q, 2, unit='kg'); b.UnitCatalog.default().with_count('lượt khách');"
            "print('pint' in sys.modules, end=' ');"
            "q.to_pint(); print('pint' in sys.modules)"
        )
        assert run_python(code) == "False True"

    @pytest.mark.parametrize(
        "unit",
        [*(unit.name for unit in DEFAULT.units), "tạ/ha", "triệu đồng/hộ", "ha²", "người/km²"],
    )
    def test_to_pint_and_back_is_the_same_quantity(self, unit):
        q = Quantity("12.5", unit)
        converted = q.to_pint()
        assert converted.magnitude == Decimal("12.5")
        assert type(converted.magnitude) is Decimal
        back = Quantity.from_pint(converted)
        assert back == q
        assert back.unit == q.unit

    def test_pint_sees_the_same_sizes(self):
        assert Quantity(3, "sào").to_pint().to("meter**2").magnitude == 1080
        assert Quantity(1, "mẫu").to_pint().to("sào").magnitude == 10
        yield_ = Quantity("62.58", "tạ/ha").to_pint() * Quantity("20.36", "ha").to_pint()
        assert Quantity.from_pint(yield_.to("tạ")) == Quantity("1274.1288", "tạ")

    def test_the_private_registry_is_not_pints_application_registry(self):
        import pint  # noqa: PLC0415 - only this test needs it

        converted = Quantity(1, "ha").to_pint()
        assert converted._REGISTRY is not pint.get_application_registry().get()  # noqa: SLF001
        assert not pint.get_application_registry().get().parse_unit_name("sào")

    def test_quantities_of_another_registry_are_read(self):
        import pint  # noqa: PLC0415 - only this test needs it

        units = pint.UnitRegistry()
        assert Quantity.from_pint(units.Quantity(20.36, "hectare")) == Quantity("20.36", "ha")
        assert Quantity.from_pint(units.Quantity(2.5, "t")) == Quantity("2.5", "tấn")
        assert Quantity.from_pint(units.Quantity(3, "kg/ha")).unit.name == "kg/ha"
        acre = Quantity.from_pint(units.Quantity(1, "acre"))
        assert acre.unit.name == "m²"
        assert acre.magnitude == Decimal(repr(units.Quantity(1, "acre").to("m**2").magnitude))

    def test_what_pint_cannot_give_is_refused(self):
        import pint  # noqa: PLC0415 - only this test needs it

        units = pint.UnitRegistry()
        with pytest.raises(UnknownUnitError):
            Quantity.from_pint(units.Quantity(3, "second"))
        with pytest.raises(UnknownUnitError):
            Quantity.from_pint(units.Quantity(3, "meter/meter"))
        with pytest.raises(ValueKindError):
            Quantity.from_pint(5)  # type: ignore[arg-type]

    def test_new_units_and_counts_go_to_pint_and_back(self):
        local = (
            DEFAULT.with_unit("công tầm lớn", "1.296 m²")
            .with_count("lượt khách")
            .with_unit("nghìn lượt khách", "1.000 lượt khách")
            .with_count("ca bệnh")
        )
        for name in ("công tầm lớn", "lượt khách", "nghìn lượt khách", "ca bệnh"):
            q = Quantity(2, local.unit(name))
            assert Quantity.from_pint(q.to_pint(), catalog=local) == q
        assert Quantity(2, local.unit("công tầm lớn")).to_pint().to("meter**2").magnitude == 2592
        thousands = Quantity(2, local.unit("nghìn lượt khách")).to_pint()
        assert Quantity.from_pint(thousands.to_root_units(), catalog=local) == Quantity(
            2000, local.unit("lượt khách")
        )
        assert (
            Quantity(1, "ca").to_pint().units != Quantity(1, local.unit("ca bệnh")).to_pint().units
        )


def test_first_use_builds_the_catalog_quickly():
    code = (
        "import time, baocao_kt; t = time.perf_counter(); baocao_kt.Quantity(1, 'ha');"
        "print(time.perf_counter() - t)"
    )
    assert float(run_python(code)) < 0.150  # measured in benchmarks/bench_units.py


@given(st.sampled_from([unit.name for unit in DEFAULT.units]))
def test_every_unit_name_reads_back_as_itself(name):
    assert DEFAULT.unit(name).name == name


class TestUnitsOfOtherReports:
    def test_foreign_currency_is_exact_between_its_scales_and_never_dong(self):
        aid = parse_quantity("2,5 triệu USD")
        assert aid.to("USD") == Quantity(2_500_000, "USD")
        assert str(aid.to("nghìn USD")) == "2.500 nghìn USD"
        with pytest.raises(UnitMismatchError):
            aid + Quantity(1, "tỷ đồng")
        with pytest.raises(UnitMismatchError):
            aid.to("triệu đồng")

    def test_rates_per_person_and_per_period(self):
        income = parse_quantity("5,2 triệu đồng/người/tháng")
        assert str(income.to("triệu đồng/người/năm")) == "62,4 triệu đồng/người/năm"
        assert str(parse_quantity("45 kg/người")) == "45 kg/người"

    @pytest.mark.parametrize("noun", ["con", "lượt", "hồ sơ", "giấy phép", "trường hợp", "vụ"])
    def test_the_counts_of_typical_reports(self, noun):
        assert parse_quantity(f"12 {noun}") == Quantity(12, noun)


class TestApproximateFigures:
    """*hơn 2.100 tỷ đồng*: the qualifier is kept and written; no arithmetic guesses."""

    def test_the_qualifier_is_written_kept_by_conversion_and_part_of_equality(self):
        more = Quantity(2100, "tỷ đồng", qualifier="hơn")
        assert str(more) == "hơn 2.100 tỷ đồng"
        assert more.format(unit="nghìn tỷ đồng") == "hơn 2,1 nghìn tỷ đồng"
        assert more.to("nghìn tỷ đồng").qualifier == "hơn"
        assert repr(more) == "Quantity('2100', 'tỷ đồng', qualifier='hơn')"
        assert more != Quantity(2100, "tỷ đồng")
        assert more == Quantity(2100, "tỷ đồng", qualifier="hơn")
        assert more.without_qualifier() == Quantity(2100, "tỷ đồng")

    @pytest.mark.parametrize(
        "operation",
        [
            lambda q: q + Quantity(1, "tỷ đồng"),
            lambda q: Quantity(1, "tỷ đồng") + q,
            lambda q: q - Quantity(1, "tỷ đồng"),
            lambda q: q * 2,
            lambda q: 2 * q,
            lambda q: q / 2,
            lambda q: Quantity(1, "tỷ đồng") / q,
            lambda q: -q,
            abs,
            lambda q: q < Quantity(1, "tỷ đồng"),
            lambda q: sum([q]),
            lambda q: attainment(q, Quantity(3000, "tỷ đồng")),
            lambda q: q.to_pint(),
        ],
    )
    def test_arithmetic_on_an_approximate_figure_is_refused(self, operation):
        with pytest.raises(ValueKindError, match="approximate figure"):
            operation(Quantity(2100, "tỷ đồng", qualifier="hơn"))

    def test_an_unknown_qualifier_is_refused(self):
        with pytest.raises(OptionError, match="xấp xỉ"):
            Quantity(1, "ha", qualifier="chừng")


class TestReadingApproximateFigures:
    @pytest.mark.parametrize(
        ("text", "qualifier", "magnitude", "unit"),
        [
            ("hơn 2.100 tỷ đồng", "hơn", "2100", "tỷ đồng"),
            ("trên 300 hộ", "trên", "300", "hộ"),
            ("dưới 5 ha", "dưới", "5", "ha"),
            ("gần 12,5 ha", "gần", "12.5", "ha"),
            ("Khoảng 350 người", "khoảng", "350", "người"),
            ("xấp xỉ 1.250 tấn", "xấp xỉ", "1250", "tấn"),
        ],
    )
    def test_the_qualifier_is_read_and_written_back(self, text, qualifier, magnitude, unit):
        quantity = parse_quantity(text)
        assert quantity == Quantity(magnitude, unit, qualifier=qualifier)
        assert parse_quantity(str(quantity)) == quantity
        assert str(quantity) == text[0].lower() + text[1:]

    def test_a_slip_in_the_number_keeps_the_qualifier_in_the_suggestion(self):
        with pytest.raises(ParseError) as info:
            parse_quantity("gần 0.5 ha")
        assert info.value.suggestion == "gần 0,5 ha"
        assert info.value.position == 5

    def test_an_approximate_percentage_is_refused_with_the_way_to_read_it(self):
        with pytest.raises(ParseError, match="approximate percentage") as info:
            parse_percent("hơn 105%")
        assert info.value.suggestion == "105%"

    @given(quantities, st.sampled_from(["hơn", "trên", "dưới", "gần", "khoảng", "xấp xỉ"]))
    def test_approximate_quantities_round_trip(self, quantity, qualifier):
        approximate = Quantity(quantity.magnitude, quantity.unit, qualifier=qualifier)
        assert parse_quantity(str(approximate), catalog=quantity.unit.catalog) == approximate
