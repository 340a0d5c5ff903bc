"""The phrases of other reports: connectors, đạt/vượt, ratios to the same period, changes."""

from __future__ import annotations

import unicodedata
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baocao_kt import (
    Figure,
    Indicator,
    Month,
    NotAvailable,
    OptionError,
    Percent,
    Plan,
    Points,
    Quantity,
    Series,
    ValueKindError,
    Wording,
    attainment,
    attainment_phrase,
    change_phrase,
    growth,
    growth_phrase,
    jinja_filters,
    parse_percent,
    parse_points,
    parse_quantity,
    points_phrase,
    render_indicator,
    variance,
    variance_phrase,
)
from tests.strategies import finite_decimals, percents, places, units

CONNECTORS = ["so với", "so", None, ""]
connectors = st.sampled_from(CONNECTORS)
#: Attainments around 0 % and around 100 %, where đạt turns into vượt.
attainments = st.one_of(percents, percents.map(lambda p: p + Points(100)))
#: Changes of report size, and small ones that round to zero at the shown places.
changes = st.builds(
    Quantity,
    st.one_of(finite_decimals, st.decimals(min_value=-1, max_value=1, places=4)),
    units,
)


def nfd(text):
    return unicodedata.normalize("NFD", text)


def sign_of(value):
    return (value > 0) - (value < 0)


def between(connector):
    """The connector as the phrase writes it, with its space."""
    return f" {connector}" if connector else ""


class TestConnector:
    @pytest.mark.parametrize(
        ("connector", "expected"),
        [
            ("so với", "tăng 3,5% so với cùng kỳ"),
            ("so", "tăng 3,5% so cùng kỳ"),
            (None, "tăng 3,5% cùng kỳ"),
            ("", "tăng 3,5% cùng kỳ"),
            (nfd("so với"), "tăng 3,5% so với cùng kỳ"),
        ],
    )
    def test_growth_phrase(self, connector, expected):
        assert growth_phrase(growth(1035, 1000), places=1, connector=connector) == expected

    def test_the_default_is_so_voi(self):
        assert growth_phrase(growth(1035, 1000), places=1) == "tăng 3,5% so với cùng kỳ"
        assert points_phrase(Points("0.66")) == "cao hơn 0,66 điểm % so với kịch bản"

    def test_points_phrase(self):
        assert points_phrase(Points("-0.66"), reference="cùng kỳ", connector="so") == (
            "thấp hơn 0,66 điểm % so cùng kỳ"
        )
        assert points_phrase(Points("0.66"), connector=None) == "cao hơn 0,66 điểm % kịch bản"

    def test_variance_phrase_compared_form(self):
        v = variance(50520, 50120)
        assert variance_phrase(v, form="compared", connector="so") == "vượt 0,8% so kịch bản"
        assert variance_phrase(v, form="compared", connector=None) == (
            variance_phrase(v, form="after")
        )

    @pytest.mark.parametrize("form", ["before", "after"])
    def test_a_form_without_a_connector_takes_none(self, form):
        v = variance(12250, 11950)
        assert variance_phrase(v, form=form, connector=None) == variance_phrase(v, form=form)
        assert variance_phrase(v, form=form, connector="") == variance_phrase(v, form=form)
        with pytest.raises(OptionError, match=r"connector='so' is written by form='compared'"):
            variance_phrase(v, form=form, connector="so")

    def test_the_equal_case_has_no_connector(self):
        assert growth_phrase(growth(1, 1), connector="so") == "bằng cùng kỳ"
        assert growth_phrase(growth(1, 1), reference="so với cùng kỳ", connector=None) == (
            "bằng cùng kỳ"
        )
        assert variance_phrase(variance(1, 1), form="compared") == "bằng kịch bản"

    @pytest.mark.parametrize(
        "phrase",
        [
            lambda c: growth_phrase(growth(2, 1), connector=c),
            lambda c: points_phrase(Points(1), connector=c),
            lambda c: variance_phrase(variance(2, 1), form="compared", connector=c),
            lambda c: attainment_phrase(attainment(1, 2), "cùng kỳ", connector=c),
            lambda c: change_phrase(Quantity(1, "hộ"), reference="cùng kỳ", connector=c),
        ],
    )
    @pytest.mark.parametrize("bad", ["với", "So với", " so với", "so sánh", 1, True])
    def test_an_unknown_connector_is_refused(self, phrase, bad):
        with pytest.raises(OptionError, match="is not a connector") as raised:
            phrase(bad)
        assert raised.value.option == "connector"
        assert raised.value.value == bad
        assert repr(bad) in str(raised.value)
        assert "'so với'" in str(raised.value)
        assert "'so'" in str(raised.value)
        assert "None" in str(raised.value)

    def test_jinja_filters_pass_the_connector(self):
        growth_filter = jinja_filters()["growth_phrase"]
        assert growth_filter(growth(1035, 1000), places=1, connector="so") == (
            "tăng 3,5% so cùng kỳ"
        )


class TestWords:
    @pytest.mark.parametrize(
        "bad", [("tăng", "giảm"), ("tăng", "giảm", ""), "tăng giảm bằng", ("tăng", 1, "bằng")]
    )
    def test_three_words_or_an_option_error(self, bad):
        for phrase in (
            lambda: growth_phrase(growth(2, 1), words=bad),
            lambda: variance_phrase(variance(2, 1), words=bad),
            lambda: points_phrase(Points(1), words=bad),
            lambda: change_phrase(Quantity(1, "hộ"), words=bad),
        ):
            with pytest.raises(OptionError, match="are not three words") as raised:
                phrase()
            assert raised.value.option == "words"


class TestAttainment:
    def test_a_scenario(self):
        assert attainment_phrase(attainment(1124, 1000), "kịch bản tăng trưởng", verb="đạt") == (
            "đạt 112,4% kịch bản tăng trưởng"
        )

    def test_the_same_period_as_a_ratio(self):
        ratio = attainment(96, 100)
        assert attainment_phrase(ratio, "cùng kỳ", connector="so với") == (
            "bằng 96,0% so với cùng kỳ"
        )
        assert attainment_phrase(ratio, "cùng kỳ", trim=True, connector="so với") == (
            "bằng 96% so với cùng kỳ"
        )

    def test_no_connector_by_default(self):
        assert attainment_phrase(attainment(50520, 135800), "kế hoạch năm 2026") == (
            "bằng 37,2% kế hoạch năm 2026"
        )

    def test_vuot_writes_the_excess(self):
        assert attainment_phrase(attainment(1125, 1000), "dự toán", verb="vượt") == (
            "vượt 12,5% dự toán"
        )
        assert attainment_phrase(Percent("100.04"), "dự toán", verb="vượt", places=2) == (
            "vượt 0,04% dự toán"
        )
        assert attainment_phrase(attainment(2, 1), "cùng kỳ", verb="vượt", trim=True) == (
            "vượt 100% cùng kỳ"
        )
        assert attainment_phrase(attainment(1125, 1000), "dự toán", verb=nfd("vượt")) == (
            "vượt 12,5% dự toán"
        )

    @pytest.mark.parametrize(
        ("percent", "shown"),
        [(Percent(96), "96,0%"), (Percent("100.04"), "100,0%"), (Percent(-5), "-5,0%")],
    )
    def test_vuot_below_or_at_100_percent_is_refused(self, percent, shown):
        with pytest.raises(OptionError, match="not above 100%") as raised:
            attainment_phrase(percent, "dự toán", verb="vượt")
        message = str(raised.value)
        assert shown in message
        assert "dự toán" in message
        assert "verb='auto'" in message
        assert raised.value.option == "verb"

    @pytest.mark.parametrize(
        ("percent", "places", "expected"),
        [
            (Percent(96), 1, "đạt 96,0% kế hoạch"),
            (Percent("100.04"), 1, "đạt 100,0% kế hoạch"),
            (Percent("100.04"), 2, "vượt 0,04% kế hoạch"),
            (Percent("100.05"), 1, "vượt 0,1% kế hoạch"),
            (Percent("112.4"), 1, "vượt 12,4% kế hoạch"),
        ],
    )
    def test_auto_decides_at_the_shown_precision(self, percent, places, expected):
        assert attainment_phrase(percent, "kế hoạch", verb="auto", places=places) == expected

    @pytest.mark.parametrize("bad", ["", "  ", None, 1])
    def test_a_verb_is_words(self, bad):
        with pytest.raises(OptionError, match="is not a verb") as raised:
            attainment_phrase(Percent(50), "kế hoạch", verb=bad)
        assert raised.value.option == "verb"

    def test_a_wording_says_dat_below_and_vuot_above(self):
        nn = Indicator("NLTS", "Giá trị sản phẩm", "triệu đồng")
        april = Month(2026, 4)
        series = Series(nn, [Figure(Month(2026, m), 100) for m in range(1, 5)])
        auto = Wording(verb="auto")
        below = render_indicator(nn, april, series, plan=Plan(nn, 2026, 1000), wording=auto)
        above = render_indicator(nn, april, series, plan=Plan(nn, 2026, 350), wording=auto)
        assert "đạt 40,0% kế hoạch năm 2026" in below
        assert "vượt 14,3% kế hoạch năm 2026" in above


class TestChange:
    def test_the_issues_examples(self):
        assert change_phrase(Quantity(-12, "hộ")) == "giảm 12 hộ"
        assert (
            change_phrase(
                Quantity("2.5", "ha"),
                words=("vượt", "thiếu", "bằng"),
                reference="so với kế hoạch",
            )
            == "vượt 2,5 ha so với kế hoạch"
        )

    def test_reference_and_connector_apart(self):
        plan_words = {"words": ("vượt", "thiếu", "bằng"), "reference": "kế hoạch"}
        assert change_phrase(Quantity("2.5", "ha"), **plan_words, connector="so với") == (
            "vượt 2,5 ha so với kế hoạch"
        )
        assert change_phrase(Quantity("-2.5", "ha"), **plan_words, connector="so") == (
            "thiếu 2,5 ha so kế hoạch"
        )
        assert change_phrase(Quantity(3, "hộ"), reference="cùng kỳ") == "tăng 3 hộ cùng kỳ"

    @pytest.mark.parametrize("reference", ["kế hoạch", "so với kế hoạch", "so kế hoạch"])
    def test_equal_drops_the_connector(self, reference):
        zero = Quantity(0, "ha")
        assert change_phrase(zero, reference=reference, connector=None) == "bằng kế hoạch"
        assert change_phrase(Quantity(0, "ha"), reference="kế hoạch", connector="so với") == (
            "bằng kế hoạch"
        )

    def test_zero_is_decided_at_the_shown_places(self):
        small = Quantity("-0.04", "ha")
        assert change_phrase(small, reference="kế hoạch", places=1) == "bằng kế hoạch"
        assert change_phrase(small, reference="kế hoạch", places=2) == "giảm 0,04 ha kế hoạch"
        assert change_phrase(small, reference="kế hoạch") == "giảm 0,04 ha kế hoạch"
        assert change_phrase(Quantity("0.05", "ha"), places=1) == "tăng 0,1 ha"

    def test_equal_alone_needs_a_word_that_stands_alone(self):
        with pytest.raises(OptionError, match="nothing to compare with") as raised:
            change_phrase(Quantity(0, "hộ"))
        assert "0 hộ" in str(raised.value)
        assert "reference=" in str(raised.value)
        assert raised.value.option == "reference"
        assert change_phrase(Quantity(0, "hộ"), words=("tăng", "giảm", "không đổi")) == (
            "không đổi"
        )

    def test_a_sum_of_months_is_written_as_reports_write_it(self):
        total = sum(
            (Quantity(Decimal(v), "tỷ đồng") for v in ("30.5", "40.25", "60.25")),
            Quantity(0, "tỷ đồng"),
        )
        assert total.magnitude == Decimal("131.00")
        assert change_phrase(total) == "tăng 131 tỷ đồng"
        assert change_phrase(total, places=1) == "tăng 131,0 tỷ đồng"
        assert change_phrase(total, places=1, trim=True) == "tăng 131 tỷ đồng"
        assert change_phrase(Quantity("1E+3", "hộ")) == "tăng 1.000 hộ"
        assert change_phrase(Quantity("-5108.711", "triệu đồng")) == "giảm 5.108,711 triệu đồng"

    @pytest.mark.parametrize("bad", [Decimal(12), 12, Percent(5), NotAvailable("zero base")])
    def test_only_a_quantity_has_a_change_phrase(self, bad):
        with pytest.raises(ValueKindError, match="is not a Quantity") as raised:
            change_phrase(bad)
        assert repr(bad) in str(raised.value)

    def test_a_connector_needs_a_reference(self):
        with pytest.raises(OptionError, match="needs a reference") as raised:
            change_phrase(Quantity(1, "hộ"), connector="so với")
        assert raised.value.option == "connector"

    def test_a_reference_is_words(self):
        with pytest.raises(OptionError, match="is not words") as raised:
            change_phrase(Quantity(1, "hộ"), reference=2026)
        assert raised.value.option == "reference"

    @pytest.mark.parametrize("bad", [-1, 51, 1.5, "1"])
    def test_places_are_checked(self, bad):
        with pytest.raises(OptionError, match="places"):
            change_phrase(Quantity(1, "hộ"), places=bad)


class TestProperties:
    """Each phrase writes the calculator's value rounded half-up, and the word of its sign."""

    @given(percents, places, connectors, st.booleans())
    def test_growth_phrase(self, percent, shown, connector, trim):
        phrase = growth_phrase(percent, places=shown, connector=connector, trim=trim)
        rounded = percent.rounded(shown)
        if not rounded:
            assert phrase == "bằng cùng kỳ"
            return
        word = "tăng" if rounded > 0 else "giảm"
        number = phrase.removeprefix(f"{word} ").removesuffix(f"{between(connector)} cùng kỳ")
        assert phrase == f"{word} {number}{between(connector)} cùng kỳ"
        assert parse_percent(number) == Percent(abs(rounded))

    @given(percents, places, st.sampled_from(["before", "compared", "after"]), connectors)
    def test_variance_phrase(self, percent, shown, form, connector):
        if form != "compared" and connector == "so":
            return
        phrase = variance_phrase(percent, places=shown, form=form, connector=connector)
        rounded = percent.rounded(shown)
        if not rounded:
            assert phrase == "bằng kịch bản"
            return
        word = "vượt" if rounded > 0 else "thấp hơn"
        assert phrase.startswith(f"{word} ")
        number = next(part for part in phrase.split(" ") if part.endswith("%"))
        assert parse_percent(number) == Percent(abs(rounded))
        assert "-" not in phrase

    @given(percents.map(lambda p: p - Percent(0)), places, connectors)
    def test_points_phrase(self, points, shown, connector):
        phrase = points_phrase(points, places=shown, connector=connector)
        rounded = points.rounded(shown)
        if not rounded:
            assert phrase == "bằng kịch bản"
            return
        word = "cao hơn" if rounded > 0 else "thấp hơn"
        number = phrase.removeprefix(f"{word} ").removesuffix(f"{between(connector)} kịch bản")
        assert parse_points(number) == Points(abs(rounded))

    @given(attainments, places, connectors, st.sampled_from(["bằng", "đạt", "vượt", "auto"]))
    def test_attainment_phrase(self, percent, shown, connector, verb):
        rounded = percent.rounded(shown)
        if verb == "vượt" and rounded <= 100:
            with pytest.raises(OptionError, match="not above 100%"):
                attainment_phrase(percent, "kế hoạch", verb=verb, places=shown)
            return
        phrase = attainment_phrase(
            percent, "kế hoạch", verb=verb, places=shown, connector=connector
        )
        excess = verb == "vượt" or (verb == "auto" and rounded > 100)
        said = "vượt" if excess else ("đạt" if verb == "auto" else verb)
        number = phrase.removeprefix(f"{said} ").removesuffix(f"{between(connector)} kế hoạch")
        assert phrase == f"{said} {number}{between(connector)} kế hoạch"
        assert parse_percent(number) == Percent(rounded - 100 if excess else rounded)

    @given(changes, st.one_of(st.none(), places), st.booleans())
    def test_change_phrase(self, change, shown, trim):
        phrase = change_phrase(
            change, reference="kế hoạch", connector="so với", places=shown, trim=trim
        )
        value = change.magnitude
        if shown is not None:
            value = value.quantize(Decimal(1).scaleb(-shown), rounding=ROUND_HALF_UP)
        if not value:
            assert phrase == "bằng kế hoạch"
            return
        word = "tăng" if value > 0 else "giảm"
        written = phrase.removeprefix(f"{word} ").removesuffix(" so với kế hoạch")
        assert phrase == f"{word} {written} so với kế hoạch"
        quantity = parse_quantity(written)
        assert quantity.unit == change.unit
        assert quantity.magnitude == value.copy_abs()
        assert sign_of(value) == sign_of(change.magnitude) or not value


def test_an_approximate_attainment_keeps_its_word():
    assert attainment_phrase(Percent(105), "kế hoạch", trim=True, qualifier="hơn") == (
        "bằng hơn 105% kế hoạch"
    )
    assert attainment_phrase(Percent("112.5"), "dự toán", verb="vượt", qualifier="gần") == (
        "vượt gần 12,5% dự toán"
    )
    with pytest.raises(OptionError, match="qualifier"):
        attainment_phrase(Percent(105), "kế hoạch", qualifier="chừng")
