"""The notebook example: its code cells run in order and make the table and the chart."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

pd = pytest.importorskip(
    "pandas", reason="pandas is an optional extra (notebooks): pip install 'baocao_kt[notebook]'"
)
matplotlib = pytest.importorskip(
    "matplotlib",
    reason="matplotlib is an optional extra (notebooks): pip install 'baocao_kt[notebook]'",
)

NOTEBOOK = Path(__file__).parents[1] / "examples" / "report.ipynb"


def cells(kind):
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return [cell for cell in notebook["cells"] if cell["cell_type"] == kind]


@pytest.fixture(scope="module")
def namespace():
    """The notebook's names after running its code cells, as a kernel would, in examples/."""
    matplotlib.use("Agg")  # no display; the figure is drawn all the same
    import matplotlib.pyplot as plt  # noqa: PLC0415 - after the backend is chosen

    names = {"__name__": "__main__"}
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(NOTEBOOK.parent)
        for number, cell in enumerate(cells("code")):
            source = "".join(cell["source"])
            exec(compile(source, f"{NOTEBOOK.name}, code cell {number}", "exec"), names)  # noqa: S102 - the notebook we ship
    yield names
    plt.close("all")


def test_the_committed_notebook_has_no_outputs():
    for cell in cells("code"):
        assert cell["outputs"] == []
        assert cell["execution_count"] is None


def test_the_table_has_the_figures_of_every_indicator(namespace):
    table = namespace["table"]
    assert list(table.index) == ["NLTS", "CNXD", "DV", "THU", "CHI"]
    assert list(table.columns) == [
        "indicator",
        "month value",
        "status",
        "cumulative",
        "plan",
        "attainment %",
        "scenario target",
        "variance %",
    ]
    agriculture = table.loc["NLTS"]
    assert agriculture["month value"] == Decimal(12250)
    assert agriculture["status"] == "ước thực hiện"
    assert agriculture["cumulative"] == Decimal(50520)
    assert agriculture["attainment %"] == Decimal("37.2")
    assert agriculture["variance %"] == Decimal("0.8")


def test_the_spending_attainment_is_exact_and_has_no_scenario(namespace):
    spending = namespace["table"].loc["CHI"]
    # The seed report states 29,04%; 103.700 ÷ 351.147 is 29,53%.
    assert spending["attainment %"] == Decimal("29.53")
    assert spending["scenario target"] is pd.NA
    assert spending["variance %"] is pd.NA


def test_the_charts_are_the_librarys(namespace):
    figure = namespace["figure"]
    assert isinstance(figure, matplotlib.figure.Figure)
    attained, varied = figure.axes[0], figure.axes[1]
    # the bar labels are the library's text, at the report's decimals: 29,53%, not 29,04%
    assert [text.get_text() for text in attained.texts] == [
        "37,2%",
        "34,8%",
        "35,75%",
        "33,4%",
        "29,53%",
    ]
    assert [text.get_text() for text in varied.texts] == ["+0,8%", "+7,37%", "+4,94%", "+32,35%"]
    legend = [text.get_text() for text in attained.get_legend().get_texts()]
    assert legend == ["TH (thực hiện)", "KH (kế hoạch)", "KB (kịch bản)"]
