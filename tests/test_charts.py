"""Charts: drawn for real by matplotlib, labelled with the library's own text."""

from __future__ import annotations

import io
import re
from pathlib import Path

import matplotlib.image
import pytest
from matplotlib.figure import Figure as Canvas

from baocao_kt import (
    Figure,
    Indicator,
    Month,
    OptionError,
    ParseError,
    Plan,
    Report,
    Scenario,
    Section,
    SectionItem,
    Series,
    ValueKindError,
    load_report,
    plot_attainment,
    plot_variance,
)

ROOT = Path(__file__).parents[1]
REPORT = load_report(ROOT / "examples" / "phu_lien_2026_04.toml")
GOOD, BAD = (0.18, 0.49, 0.196, 1.0), (0.776, 0.157, 0.157, 1.0)


def _png(ax):
    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png", dpi=60)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "draw",
    [
        lambda: plot_attainment(REPORT),
        lambda: plot_variance(REPORT),
        lambda: plot_variance(REPORT, against="plan"),
        lambda: plot_variance(
            load_report(ROOT / "examples" / "xa_quy_2026.toml"), against="same_period"
        ),
    ],
)
def test_each_chart_renders_to_a_png_that_is_not_empty(draw):
    data = _png(draw())
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    pixels = matplotlib.image.imread(io.BytesIO(data), format="png")
    assert pixels.shape[0] > 100
    assert pixels.shape[1] > 300
    assert pixels.std() > 0.05  # bars and labels, not a blank page


def test_the_labels_are_the_sentences_percentages():
    texts = [text.get_text() for text in plot_attainment(REPORT).texts]
    assert texts == ["37,2%", "34,8%", "35,75%", "33,4%", "29,53%"]  # 29,53%, as corrected
    sentences = REPORT.render()
    assert all(text in sentences for text in texts)
    variance_texts = [text.get_text() for text in plot_variance(REPORT).texts]
    assert variance_texts == ["+0,8%", "+7,37%", "+4,94%", "+32,35%"]
    for text in variance_texts:
        assert f"vượt {text[1:]}" in sentences


NN = Indicator("NN", "Nông nghiệp", "triệu đồng")
CHI = Indicator("CHI", "Chi thường xuyên", "triệu đồng", direction="lower")


def _item(indicator, values):
    series = Series(indicator, [Figure(Month(2026, m), v) for m, v in enumerate(values, 1)])
    return SectionItem(
        indicator=indicator,
        series=series,
        plan=Plan(indicator, 2026, 1200),
        scenario=Scenario.monthly(indicator, 2026, [100] * 12),
    )


def test_a_variance_is_green_when_it_is_good_news():
    report = Report(
        period=Month(2026, 2),
        sections=[Section(items=[_item(NN, [110, 110]), _item(CHI, [110, 110])])],
    )
    ax = plot_variance(report, ax=Canvas().subplots())
    colours = [bar.get_facecolor() for bar in ax.patches]
    assert [tuple(round(c, 3) for c in colour) for colour in colours] == [
        tuple(round(c, 3) for c in GOOD),  # output above its scenario
        tuple(round(c, 3) for c in BAD),  # spending above its scenario
    ]
    assert [text.get_text() for text in ax.texts] == ["+10,0%", "+10,0%"]


def test_indicators_without_the_reference_are_left_out():
    series = Series(NN, [Figure(Month(2026, 1), 5)])
    report = Report(
        period=Month(2026, 1), sections=[Section(items=[SectionItem(indicator=NN, series=series)])]
    )
    assert len(plot_attainment(report).texts) == 0
    assert len(plot_variance(report, against="same_period").texts) == 0


def test_bad_arguments_are_named():
    with pytest.raises(ValueKindError, match="takes a Report or a dataframe"):
        plot_attainment("phu_lien_2026_04.toml")  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="'scenario' \\(KB\\)"):
        plot_variance(REPORT, against="kịch bản")  # type: ignore[arg-type]


def test_no_pyplot_figure_is_left_open():
    import matplotlib.pyplot as plt  # noqa: PLC0415 - to count pyplot's figures

    before = plt.get_fignums()
    plot_attainment(REPORT)
    assert plt.get_fignums() == before


def _tables():
    import pandas as pd  # noqa: PLC0415 - each engine the charts read
    import polars as pl  # noqa: PLC0415
    import pyarrow as pa  # noqa: PLC0415

    data = {"xa": ["Quý", "Tân", "Đông"], "th": [50520.0, 0.1, 7.0], "kh": [135800, 3, 0]}
    return [pd.DataFrame(data), pl.DataFrame(data), pl.DataFrame(data).lazy(), pa.table(data)]


@pytest.mark.parametrize("table", _tables(), ids=["pandas", "polars", "polars-lazy", "pyarrow"])
def test_a_table_draws_a_bar_per_row_that_has_a_meaning(table):
    ax = plot_attainment(table, label="xa", actual="th", plan="kh", places=2)
    assert [text.get_text() for text in ax.texts] == ["37,20%", "3,33%"]  # Đông: a zero plan
    assert [tick.get_text() for tick in ax.get_yticklabels()] == ["Quý", "Tân"]  # top down
    ax = plot_variance(table, label="xa", actual="th", reference="kh", against="plan")
    assert [text.get_text() for text in ax.texts] == ["-62,8%", "-96,7%"]


def test_a_tables_columns_are_checked():
    import polars as pl  # noqa: PLC0415

    table = pl.DataFrame({"xa": ["Quý"], "th": ["nhiều"], "kh": [3]})
    with pytest.raises(OptionError, match="needs plan="):
        plot_attainment(table, label="xa", actual="th")
    with pytest.raises(OptionError, match="no column 'KH'"):
        plot_attainment(table, label="xa", actual="th", plan="KH")
    with pytest.raises(ParseError, match=re.escape("row 0, 'th'='nhiều'")):
        plot_attainment(table, label="xa", actual="th", plan="kh")
    with pytest.raises(OptionError, match="a Report has its own figures"):
        plot_attainment(REPORT, actual="th")


def test_a_quarter_reports_chart_shows_the_attainment_its_sentences_state():
    # quý II: the attainment is the half year's to date (lũy kế 6 tháng), as the sentence says
    report = load_report(ROOT / "examples" / "xa_quy_2026.toml")
    texts = [text.get_text() for text in plot_attainment(report).texts]
    assert texts == ["49,2%", "62,0%", "59,8%", "47,9%"]
    sentences = report.render()
    assert all(f"bằng {text}" in sentences or f"đạt {text}" in sentences for text in texts)
    assert all(f">{text}</td>" in report._repr_html_() for text in texts)
