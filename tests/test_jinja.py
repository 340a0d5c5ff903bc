"""The Jinja2 filters: every filter in a template, bad input refused, registration additive."""

from __future__ import annotations

import datetime as dt

import pytest

from baocao_kt import (
    MissingValueError,
    Month,
    OptionError,
    ParseError,
    PeriodError,
    Points,
    Quantity,
    ValueKindError,
    ZeroBaseError,
    attainment,
    growth,
    jinja_filters,
    register_filters,
    variance,
)

jinja2 = pytest.importorskip(
    "jinja2", reason="Jinja2 is an optional extra: pip install 'baocao_kt[jinja]'"
)

NAMES = {
    "number",
    "percent",
    "points",
    "quantity",
    "date",
    "period",
    "roman",
    "words",
    "money_words",
    "attainment_phrase",
    "variance_phrase",
    "growth_phrase",
    "points_phrase",
    "change_phrase",
}


@pytest.fixture
def environment():
    return register_filters(jinja2.Environment(undefined=jinja2.StrictUndefined))


def render(environment, source, **context):
    return environment.from_string(source).render(**context)


def test_the_filters_need_no_jinja2_and_are_a_new_dict_each_time():
    filters = jinja_filters()
    assert set(filters) == NAMES
    assert filters is not jinja_filters()
    filters.clear()
    assert set(jinja_filters()) == NAMES


CASES = [
    ("{{ 12250 | number }}", "12.250"),
    ("{{ value | number }}", "5.108,711"),
    ("{{ '0.125' | number(2) }} {{ 2 | number(pad=2) }}", "0,13 02"),
    ("{{ spending | percent(2) }}", "29,53%"),
    ("{{ spending | percent }}", "29,5%"),
    ("{{ 0.3575 | percent(2) }}", "35,75%"),
    ("{{ zero_plan | percent }}", "n.a."),
    ("{{ gap | points }} {{ gap | points(1) }}", "0,66 điểm % 0,7 điểm %"),
    ("{{ capital | quantity(1, unit='tỷ đồng') }}", "97,9 tỷ đồng"),
    ("{{ day | date }}", "05/02/2026"),
    ("{{ day | date('long') }}", "ngày 05 tháng 02 năm 2026"),
    ("{{ month | period }}; {{ month | period('short') }}", "tháng 4/2026; tháng 4"),
    ("{{ 'Quý 2/2026' | period }}", "quý II/2026"),
    ("quý {{ 2 | roman }}", "quý II"),
    ("{{ 1005 | words }}", "một nghìn không trăm linh năm"),
    ("{{ 124 | words(four='tư') }}", "một trăm hai mươi tư"),
    (
        "{{ 1883819164 | money_words }}",
        "Một tỷ tám trăm tám mươi ba triệu tám trăm mười chín nghìn một trăm sáu mươi bốn đồng",
    ),
    ("{{ '5.5' | money_words(unit='triệu đồng') }}", "Năm phẩy năm triệu đồng"),
    (
        "{{ agriculture | attainment_phrase('kế hoạch năm 2026') }}",
        "bằng 37,2% kế hoạch năm 2026",
    ),
    (
        "{{ spending | attainment_phrase('dự toán', verb='đạt', places=2) }}",
        "đạt 29,53% dự toán",
    ),
    ("{{ above | variance_phrase }}", "vượt kịch bản 2,5%"),
    ("{{ above | variance_phrase(places=2) }}", "vượt kịch bản 2,51%"),
    ("{{ rise | growth_phrase }}", "tăng 4,06% so với cùng kỳ"),
    ("{{ gap | points_phrase }}", "cao hơn 0,66 điểm % so với kịch bản"),
    ("{{ poor | change_phrase }}", "giảm 12 hộ"),
    (
        (
            "{{ area | change_phrase(reference='kế hoạch', words=('vượt', 'thiếu', 'bằng'), "
            "connector='so với') }}"
        ),
        "vượt 2,5 ha so với kế hoạch",
    ),
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_every_filter_in_a_template(environment, source, expected):
    context = {
        "value": "5108.711",
        "spending": attainment(103700, 351147),
        "agriculture": attainment(50520, 135800),
        "zero_plan": attainment(94, 0, na=True),
        "gap": Points("0.66"),
        "capital": Quantity(97900, "triệu đồng"),
        "day": dt.date(2026, 2, 5),
        "month": Month(2026, 4),
        "above": variance(12250, 11950),
        "rise": growth(104060, 100000),
        "poor": Quantity(-12, "hộ"),
        "area": Quantity("2.5", "ha"),
    }
    assert render(environment, source, **context) == expected


def test_every_filter_is_exercised_above():
    sources = " ".join(source for source, _ in CASES)
    assert all(f"| {name}" in sources for name in NAMES)


@pytest.mark.parametrize("name", sorted(NAMES))
@pytest.mark.parametrize("undefined", [jinja2.Undefined, jinja2.StrictUndefined])
def test_an_undefined_variable_is_refused_not_written_empty(name, undefined):
    environment = register_filters(jinja2.Environment(undefined=undefined))
    with pytest.raises(MissingValueError, match=rf"'spending' is undefined \({name} filter\)"):
        render(environment, f"{{{{ spending | {name} }}}}")


@pytest.mark.parametrize("name", sorted(NAMES))
def test_none_is_refused_not_written_empty(environment, name):
    with pytest.raises(MissingValueError, match=rf"the value is None \({name} filter\)") as caught:
        render(environment, f"{{{{ cell | {name} }}}}", cell=None)
    assert caught.value.value is None


@pytest.mark.parametrize(
    ("source", "context", "error"),
    [
        ("{{ true | number }}", {"true": True}, ValueKindError),
        ("{{ '12.250,5' | number }}", {}, ParseError),  # a str is Python notation, as everywhere
        ("{{ 1 | number(-1) }}", {}, OptionError),
        ("{{ gap | percent }}", {"gap": Points(1)}, ValueKindError),
        ("{{ spending | points }}", {"spending": attainment(1, 3)}, ValueKindError),
        ("{{ 12250 | quantity }}", {}, ValueKindError),
        ("{{ '2026-02-05' | date }}", {}, ValueKindError),
        ("{{ day | date('short') }}", {"day": dt.date(2026, 2, 5)}, OptionError),
        ("{{ 'tháng 13/2026' | period }}", {}, ParseError),
        ("{{ 'tháng 4' | period }}", {}, ParseError),
        ("{{ 4 | period }}", {}, ValueKindError),
        ("{{ month | period('long') }}", {"month": Month(2026, 4)}, OptionError),
        ("{{ 0 | roman }}", {}, (ValueError, PeriodError)),
        ("{{ 'một' | words }}", {}, ParseError),
        ("{{ 5 | words(four='bón') }}", {}, OptionError),
        ("{{ 0.5 | attainment_phrase('kế hoạch') }}", {}, ValueKindError),
        ("{{ na | variance_phrase }}", {"na": attainment(1, 0, na=True)}, ValueKindError),
    ],
)
def test_bad_input_raises_the_library_error(environment, source, context, error):
    with pytest.raises(error):
        render(environment, source, **context)


def test_a_zero_plan_without_na_is_the_calculators_error_before_any_template():
    with pytest.raises(ZeroBaseError):
        attainment(94, 0)


def test_registration_only_adds_our_names():
    environment = jinja2.Environment()
    before = dict(environment.filters)
    assert register_filters(environment) is environment
    added = set(environment.filters) - set(before)
    assert added == NAMES
    assert not NAMES & set(before)  # no built-in filter is shadowed
    assert {name: environment.filters[name] for name in before} == before


def test_registration_keeps_the_environment_type_for_chaining():
    sandboxed = pytest.importorskip("jinja2.sandbox").SandboxedEnvironment()
    result = register_filters(sandboxed)
    assert result is sandboxed
    assert result.from_string("{{ 12250 | number }}").render() == "12.250"


def test_registering_twice_is_no_collision():
    environment = register_filters(register_filters(jinja2.Environment()))
    assert environment.from_string("{{ 1 | roman }}").render() == "I"


def test_a_filter_of_the_same_name_is_kept_unless_replaced():
    environment = jinja2.Environment()
    environment.filters["date"] = str
    with pytest.raises(OptionError, match="has a filter 'date' of its own"):
        register_filters(environment)
    assert environment.filters["date"] is str
    assert "number" not in environment.filters  # nothing was half-registered
    register_filters(environment, replace=True)
    assert environment.from_string("{{ d | date }}").render(d=dt.date(2026, 1, 7)) == "07/01/2026"


def test_a_prefix_puts_ours_beside_theirs():
    environment = jinja2.Environment()
    environment.filters["date"] = str
    register_filters(environment, prefix="vn_")
    assert environment.filters["date"] is str
    source = "{{ d | date }} / {{ d | vn_date('long') }}"
    assert environment.from_string(source).render(d=dt.date(2026, 1, 7)) == (
        "2026-01-07 / ngày 07 tháng 01 năm 2026"
    )


@pytest.mark.parametrize("prefix", ["vn-", "1", " ", None])
def test_a_prefix_that_makes_no_names_is_refused(prefix):
    with pytest.raises(OptionError, match="prefix"):
        jinja_filters(prefix=prefix)


def test_filters_keep_their_function_s_documentation():
    assert "Vietnamese" in (jinja_filters()["number"].__doc__ or "")
