"""baocao_kt.frames on PySpark: the same answers as the scalar calculators, on a JVM.

Run where Java and the ``spark`` extra are present (CI installs the extra when ``java`` is
on its PATH); elsewhere the module is skipped, saying which of the two is missing. One
local Spark session, one core, few collects: a JVM starts once.
"""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from baocao_kt import attainment, frames, growth, variance

pyspark = pytest.importorskip(
    "pyspark", reason="PySpark is the 'spark' extra (pip install 'baocao_kt[spark]')"
)
if shutil.which("java") is None:
    pytest.skip("PySpark needs Java, and this machine has none", allow_module_level=True)


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession  # noqa: PLC0415

    session = (
        SparkSession.builder.master("local[1]")
        .appName("baocao_kt tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


ROWS = [(50520, 135800), (103700, 351147), (5, 0), (None, 3), (-5, -10), (7, -3), (1, 8)]


def test_the_ratios_are_the_scalar_calculators(spark):
    table = spark.createDataFrame(ROWS, "a long, t long")
    for function, scalar, places in (
        (frames.attainment, attainment, 2),
        (frames.variance, variance, 1),
        (frames.growth, growth, 3),
    ):
        result = function(table, "a", "t", places=places, name="v", text="text")
        assert type(result).__module__.startswith("pyspark")  # the caller's own type
        for row in result.collect():
            expected = scalar(row["a"], row["t"], na=True)
            text = str(expected) if row["v"] is None else expected.format(places)
            assert row["text"] == text
            if row["v"] is not None:
                assert Decimal(row["v"]).scaleb(-places) == expected.rounded(places)


def test_decimal_and_float_columns_are_read_exactly(spark):
    from pyspark.sql import types  # noqa: PLC0415

    schema = types.StructType(
        [
            types.StructField("a", types.DecimalType(12, 3)),
            types.StructField("t", types.DecimalType(12, 3)),
            types.StructField("x", types.DoubleType()),
            types.StructField("y", types.DoubleType()),
        ]
    )
    table = spark.createDataFrame([(Decimal("5108.711"), Decimal("10217.422"), 0.1, 0.3)], schema)
    table = frames.attainment(table, "a", "t", places=1, name="d", text="d_text")
    (row,) = frames.attainment(table, "x", "y", places=3, name="f", text="f_text").collect()
    assert (row["d"], row["d_text"]) == (500, "50,0%")
    assert (row["f"], row["f_text"]) == (33333, "33,333%")  # 0,1 ÷ 0,3, not the floats'


def test_cumulate_and_last_year(spark):
    data = [
        (year, "Phù Liễn", month, 1000 * month + year % 10)
        for year in (2025, 2026)
        for month in (1, 2, 3)
    ]
    table = spark.createDataFrame(data, "year long, unit string, month long, value long")
    table = frames.cumulate(table, by=["unit"], period="month", value="value", name="ytd")
    table = frames.same_period_last_year(table, by=["unit"], period="month", value="ytd", name="ck")
    rows = sorted(table.collect(), key=lambda row: (row["year"], row["month"]))
    assert [row["ytd"] for row in rows] == [1005, 3010, 6015, 1006, 3012, 6018]
    assert [row["ck"] for row in rows[3:]] == [1005, 3010, 6015]
