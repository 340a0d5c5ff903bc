"""The model as tables: Series and Report to a long frame and back, on every engine."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import dask.dataframe as dd
import duckdb
import narwhals as nw
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings

from baocao_kt import (
    Figure,
    Indicator,
    MagnitudeError,
    Month,
    OptionError,
    Plan,
    Report,
    ReportDataError,
    Section,
    SectionItem,
    Series,
    load_report,
)
from tests.strategies import figure_series

EXAMPLES = sorted(
    path
    for path in (Path(__file__).parent.parent / "examples").glob("*.toml")
    if path.name != "seed_figures.toml"  # the seed's figures, not a report data file
)
BACKENDS = ["polars", "pandas", "pyarrow"]
NN = Indicator("NN", "Nông nghiệp", "triệu đồng")
MONTHS = ["tháng 1/2026", "tháng 2/2026"]


def _native_types(frame) -> dict[str, object]:
    return dict(nw.from_native(frame).schema)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
@pytest.mark.parametrize("backend", BACKENDS)
def test_an_example_report_comes_back_from_its_frame(path, backend):
    report = load_report(path)
    frame = report.to_frame(backend=backend)
    back = Report.from_frame(frame, source=report.source)
    assert back == report
    assert back.render() == report.render()


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_value_column_is_exact_decimals_in_each_engine(backend):
    series = Series(NN, [Figure(Month(2026, 1), "0.1"), Figure(Month(2026, 2), "123456789012.25")])
    frame = series.to_frame(backend=backend)
    assert _native_types(frame)["value"] == nw.Decimal(38, 2)
    values = nw.from_native(frame)["value"].to_list()
    assert values == [Decimal("0.1"), Decimal("123456789012.25")]


def test_the_default_engine_is_polars_and_pandas_gets_nullable_columns():
    report = load_report(EXAMPLES[0])
    assert isinstance(report.to_frame(), pl.DataFrame)
    frame = report.to_frame(backend="pandas")
    assert str(frame["plan_adjusted"].dtype) == "boolean"  # an empty cell stays empty
    assert frame["plan_adjusted"].isna().sum() == (frame["status"] != "plan").sum()


@settings(max_examples=30, deadline=None)
@given(series=figure_series(NN))
def test_any_series_comes_back_from_its_frame(series):
    for backend in BACKENDS:
        frame = series.to_frame(backend=backend)
        assert Series.from_frame(frame, indicator=NN) == series


@pytest.mark.parametrize(
    "convert",
    [
        pytest.param(lambda frame: frame.lazy(), id="polars-lazy"),
        pytest.param(lambda frame: frame.to_arrow(), id="pyarrow"),
        pytest.param(lambda frame: duckdb.from_arrow(frame.to_arrow()), id="duckdb"),
        pytest.param(lambda frame: frame.to_pandas(), id="polars-to-pandas"),
        pytest.param(
            lambda frame: dd.from_pandas(frame.to_pandas(), npartitions=2),
            id="dask",
            marks=pytest.mark.filterwarnings("ignore:Dask support is moving:FutureWarning"),
        ),
    ],
)
def test_a_report_is_read_from_lazy_and_other_engines(convert):
    report = load_report(EXAMPLES[0])
    frame = convert(report.to_frame())
    assert Report.from_frame(frame, source=report.source) == report


def test_floats_enter_by_their_shortest_repr_and_text_in_vietnamese_notation():
    frame = pd.DataFrame(
        {
            "period": ["tháng 01/2026", "tháng 02/2026"],
            "status": ["actual", "estimate"],
            "value": [0.1, 2.675],
        }
    )
    series = Series.from_frame(frame, indicator=NN)
    assert [f.value for f in series.figures] == [Decimal("0.1"), Decimal("2.675")]
    single = pd.DataFrame({**frame, "value": frame["value"].astype("float32")})
    assert Series.from_frame(single, indicator=NN).figures[0].value == Decimal("0.1")
    text = pl.DataFrame({"period": ["quý I/2026"], "status": ["actual"], "value": ["12.250,5"]})
    assert Series.from_frame(text, indicator=NN).figures[0].value == Decimal("12250.5")


def _district() -> pl.DataFrame:
    rows = []
    for ward, values, target in (("Phù Liễn", (100, 120), 1000), ("Đồng Hòa", (80, 90), 600)):
        common = {"ward": ward, "indicator": "NN", "name": "Nông nghiệp", "unit": "triệu đồng"}
        rows.append({**common, "period": "tháng 01/2026", "status": "actual", "value": values[0]})
        rows.append({**common, "period": "tháng 02/2026", "status": "estimate", "value": values[1]})
        rows.append({**common, "period": "năm 2026", "status": "plan", "value": target})
    return pl.DataFrame(rows).with_columns(report_period=pl.lit("tháng 2/2026"))


def test_a_district_table_makes_a_report_per_ward():
    reports = Report.from_frame_by(_district(), "ward")
    assert list(reports) == ["Phù Liễn", "Đồng Hòa"]
    assert reports["Đồng Hòa"].render() == (
        "- Nông nghiệp tháng 02 ước thực hiện 90 triệu đồng, lũy kế 2 tháng ước thực hiện "
        "170 triệu/600 triệu đồng, bằng 28,3% kế hoạch năm 2026."
    )
    one = Report.from_frame(_district().filter(pl.col("ward") == "Phù Liễn"), by="ward")
    assert one == reports["Phù Liễn"]


def test_a_reports_frame_with_a_ward_column_is_read_by_ward():
    report = load_report(EXAMPLES[0])
    frames = [report.to_frame(by={"ward": ward}) for ward in ("A", "B")]
    reports = Report.from_frame_by(pl.concat(frames), "ward", source=report.source)
    assert reports == {"A": report, "B": report}


def test_a_frame_of_two_wards_is_not_read_as_one():
    with pytest.raises(ReportDataError, match=r"row 3, column 'ward' = 'Đồng Hòa'.*from_frame_by"):
        Report.from_frame(_district(), by="ward")


def test_a_pandas_table_of_plain_columns_is_read():
    frame = _district().filter(pl.col("ward") == "Phù Liễn").to_pandas()
    frame["plan_adjusted"] = frame["status"] == "plan"  # numpy bools: false on the figures
    frame["section"] = 1
    report = Report.from_frame(frame, by="ward")
    assert report.items[0].plan.is_adjusted
    assert "kế hoạch năm 2026 sau điều chỉnh, bổ sung" in report.render()


def test_the_period_may_be_given_instead_of_a_column():
    frame = _district().filter(pl.col("ward") == "Phù Liễn").drop("ward", "report_period")
    report = Report.from_frame(frame, period="tháng 2/2026")
    assert report.period == Month(2026, 2)
    with pytest.raises(ReportDataError, match="column 'report_period' is missing"):
        Report.from_frame(frame)


def _one_ward() -> pl.DataFrame:
    return _district().filter(pl.col("ward") == "Phù Liễn").drop("ward")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda f: f.with_columns(status=pl.lit("ước")),
            (
                r"row 0, column 'status' = 'ước': is not a status; write one of 'actual', "
                r"'estimate', 'plan', 'scenario'"
            ),
        ),
        (
            lambda f: f.with_columns(period=pl.lit("tháng 13/2026")),
            r"row 0, column 'period' = 'tháng 13/2026'",
        ),
        (
            lambda f: f.with_columns(value=pl.Series([None, 120, 1000])),
            r"row 0, column 'value' = None: is empty; a figure is needed",
        ),
        (
            lambda f: f.with_columns(value=pl.Series(["1.5", "120", "1000"])),
            r"row 0, column 'value' = '1.5'.*did you mean '1,5'",
        ),
        (
            lambda f: f.with_columns(period=pl.Series(["tháng 1/2026", "quý I/2026", "năm 2026"])),
            (
                r"row 1, column 'period' = 'quý I/2026': is the second figure of indicator 'NN' "
                r"for tháng 01/2026 \(row 0 has tháng 01/2026\)"
            ),
        ),
        (
            lambda f: f.with_columns(name=pl.Series(["Nông nghiệp", "Nông nghiep", "x"])),
            r"row 1, column 'name' = 'Nông nghiep': is not row 0's",
        ),
        (
            lambda f: f.with_columns(unit=pl.lit("triệu đồg")),
            r"row 0, column 'unit' = 'triệu đồg'.*triệu đồng",
        ),
        (
            lambda f: f.with_columns(
                period=pl.Series(["tháng 1/2026", "tháng 2/2026", "năm 2025"])
            ),
            r"row 2, column 'period' = 'năm 2025': is not năm 2026",
        ),
        (
            lambda f: f.with_columns(value=pl.Series([100, 120, 0])),
            r"row 2, column 'value' = 0: is not above zero",
        ),
        (
            lambda f: f.with_columns(wording=pl.lit('{"verb": "dat"')),
            r"row 0, column 'wording' = .*is not JSON",
        ),
        (
            lambda f: f.with_columns(wording=pl.lit('{"verb": 3}')),
            r"row 0, column 'wording' = .*verb=3 is not words",
        ),
        (
            lambda f: f.with_columns(plan_kind=pl.Series([None, "dự toán", None])),
            r"row 1, column 'plan_kind' = 'dự toán': is set on a row of status 'estimate'",
        ),
        (
            lambda f: f.with_columns(color=pl.lit("red")),
            r"column 'color' is not a column Report.from_frame reads",
        ),
        (lambda f: f.drop("name"), r"column 'name' is missing"),
        (
            lambda f: f.filter(pl.col("period") != "tháng 01/2026"),
            (
                r"row 0, column 'indicator' = 'NN': its sentence for tháng 02/2026 cannot be "
                r"written from rows 0, 1: .*no figure for tháng 01/2026"
            ),
        ),
        (
            lambda f: f.head(0),
            r"the frame has no rows",
        ),
    ],
)
def test_a_wrong_cell_is_named_by_row_and_column(change, message):
    with pytest.raises(ReportDataError, match=message):
        Report.from_frame(change(_one_ward()))


def test_a_scenario_row_is_a_cumulative_checkpoint_that_rises_to_the_plan():
    base = _one_ward()
    scenario = pl.DataFrame(
        {
            "indicator": ["NN"] * 2,
            "name": ["Nông nghiệp"] * 2,
            "unit": ["triệu đồng"] * 2,
            "period": ["2 tháng đầu năm 2026", "năm 2026"],
            "status": ["scenario"] * 2,
            "value": [230, 1000],
            "report_period": ["tháng 2/2026"] * 2,
        }
    )
    report = Report.from_frame(pl.concat([base, scenario]))
    assert report.items[0].scenario.target(Month(2026, 2).year_to_date()) == 230
    assert "so với kịch bản" in report.render()
    falling = scenario.with_columns(value=pl.Series([230, 200]))
    with pytest.raises(ReportDataError, match=r"row 4, column 'value' = 200: is not above row 3"):
        Report.from_frame(pl.concat([base, falling]))
    short = scenario.with_columns(value=pl.Series([230, 900]))
    with pytest.raises(ReportDataError, match=r"row 4, column 'value' = 900: .*1000"):
        Report.from_frame(pl.concat([base, short]))
    march = scenario.with_columns(period=pl.Series(["quý II/2026", "năm 2026"]))
    with pytest.raises(ReportDataError, match=r"row 3, column 'period' .*not a year to date"):
        Report.from_frame(pl.concat([base, march]))


def test_series_from_frame_reads_one_indicators_figures_only():
    report_frame = _one_ward()
    with pytest.raises(ReportDataError, match=r"column 'report_period' is not a column"):
        Series.from_frame(report_frame, indicator=NN)
    frame = report_frame.drop("report_period")
    with pytest.raises(
        ReportDataError, match=r"row 2, column 'status' = 'plan'.*Report.from_frame"
    ):
        Series.from_frame(frame, indicator=NN)
    other = Indicator("CN", "Công nghiệp", "triệu đồng")
    with pytest.raises(ReportDataError, match=r"row 0, column 'indicator' = 'NN': is not the"):
        Series.from_frame(frame.filter(pl.col("status") != "plan"), indicator=other)
    with pytest.raises(OptionError, match="indicator='NN' is not an Indicator"):
        Series.from_frame(frame, indicator="NN")


def test_what_cannot_be_a_frame_or_a_table_is_refused():
    with pytest.raises(ReportDataError, match="dict is not a dataframe"):
        Series.from_frame({"period": []}, indicator=NN)
    series = Series(NN, [Figure(Month(2026, 1), 1)])
    with pytest.raises(OptionError, match="backend='spark' is not an engine"):
        series.to_frame(backend="spark")
    wide = Series(NN, [Figure(Month(2026, 1), "1e30"), Figure(Month(2026, 2), "0.000000001")])
    with pytest.raises(MagnitudeError, match="a decimal column holds 38 digits"):
        wide.to_frame()
    people = Indicator("P", "Dân số", "người", aggregation="last")
    done = Indicator("V", "Đã tiêm", "người")
    rate = Indicator("R", "Tỷ lệ", "%", aggregation="ratio", numerator=done, denominator=people)
    ratio = Series.ratio(rate, Series(done, []), Series(people, []))
    with pytest.raises(OptionError, match="'R' is a ratio"):
        ratio.to_frame()
    twice = Report(
        period=Month(2026, 1),
        sections=[Section(items=[SectionItem(indicator=NN, series=series)] * 2)],
    )
    with pytest.raises(OptionError, match="two indicators have the code 'NN'"):
        twice.to_frame()
    empty = Report(
        period=Month(2026, 1),
        sections=[Section(items=[SectionItem(indicator=NN, series=Series(NN, []))])],
    )
    with pytest.raises(OptionError, match="'NN' has no figure, plan or scenario"):
        empty.to_frame()


def test_several_plans_and_their_options_come_back():
    plans = (
        Plan(NN, 2026, 1000, kind="dự toán", words="dự toán tỉnh giao"),
        Plan(NN, 2026, 1100, kind="dự toán", words="dự toán HĐND xã giao").adjusted(1200),
    )
    series = Series(NN, [Figure(Month(2026, 1), 100, qualifier="hơn")])
    item = SectionItem(indicator=NN, series=series, plan=plans)
    report = Report(
        period=Month(2026, 1),
        title="Xã X",
        sections=[Section(heading="1.", items=[item])],
    )
    frame = report.to_frame(backend="pyarrow")
    assert Report.from_frame(frame) == report
    table = pa.Table.from_pylist(frame.to_pylist())  # the decimals survive pyarrow's own I/O
    assert Report.from_frame(table) == report
