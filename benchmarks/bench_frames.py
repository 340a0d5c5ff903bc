"""Tables: the national table of 8 million rows, and 20,000 rows against an apply loop.

Run ``python benchmarks/bench_frames.py`` (``--rows N`` for another size, ``--quick`` for a
smoke run of 400,000 rows); see README.md. It reports and never asserts.

The table is generated (seeded): 3,321 communes × 200 indicators × 12 months = 7,970,400
rows, integer figures in triệu đồng, each indicator's annual plan and its monthly scenario.
Each variant runs in a fresh interpreter, so that its peak memory is its own:

- "ours": `frames.cumulate` (year to date of the figures and of the scenario), then
  `frames.attainment` of the plan and `frames.variance` against the scenario, each at two
  decimals with its Vietnamese text: exact, half-up, on polars (lazy), DuckDB and Dask;
  on polars also "staged", the same with the cumulated frame collected before the ratios
  (DuckDB 2.0 stages by itself: a relation checked at the call is computed once);
- "hand-written": the same in plain engine code with floats, ``cum_sum().over()``, ``/``,
  ``round(2)`` and a text by ``cast(str)``: what a notebook writes. It is not exact; the
  benchmark counts the rows whose percent it rounds differently from the exact half-up
  value.

Then 20,000 rows of pandas: `frames.attainment` with its text against
``DataFrame.apply`` of the scalar `attainment` row by row (target: 50× faster).
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import resource
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

COMMUNES, INDICATORS, MONTHS = 3321, 200, 12
SEED = 2026
ENGINES = ("polars", "duckdb", "dask")


def make_table(rows: int) -> Any:  # noqa: ANN401 - a polars DataFrame
    """The seeded national table of about ``rows`` rows (communes × indicators × 12)."""
    import numpy as np  # noqa: PLC0415
    import polars as pl  # noqa: PLC0415

    groups = max(1, rows // MONTHS)
    communes = max(1, min(COMMUNES, groups // INDICATORS or 1))
    indicators = max(1, groups // communes)
    rng = np.random.default_rng(SEED)
    size = communes * indicators * MONTHS
    commune = np.repeat(np.arange(communes, dtype=np.int64), indicators * MONTHS)
    indicator = np.tile(np.repeat(np.arange(indicators, dtype=np.int64), MONTHS), communes)
    month = np.tile(np.arange(1, MONTHS + 1, dtype=np.int64), communes * indicators)
    level = np.repeat(rng.integers(50, 50_000, size // MONTHS), MONTHS)
    value = (level * rng.uniform(0.7, 1.3, size)).astype(np.int64)
    plan = np.repeat(
        (level[::MONTHS] * MONTHS * rng.uniform(0.9, 1.4, size // MONTHS)).astype(np.int64),
        MONTHS,
    )
    scenario = (level * rng.uniform(0.8, 1.2, size)).astype(np.int64) + 1
    return pl.DataFrame(
        {
            "year": np.full(size, 2026, dtype=np.int64),
            "commune": commune,
            "indicator": indicator,
            "month": month,
            "value": value,
            "plan": plan,
            "scenario": scenario,
        }
    )


def ours(native: Any) -> Any:  # noqa: ANN401 - the engine's frame
    """Year to date, attainment and variance with text at two decimals, exactly."""
    from baocao_kt import frames  # noqa: PLC0415

    keys = ["commune", "indicator"]
    table = frames.cumulate(
        native, by=keys, period="month", value=["value", "scenario"], name=["ytd", "sytd"]
    )
    table = frames.attainment(table, "ytd", "plan", places=2, name="att", text="att_text")
    return frames.variance(table, "ytd", "sytd", places=2, name="var", text="var_text")


def ours_staged(lazy: Any) -> Any:  # noqa: ANN401 - a polars LazyFrame
    """`ours`, with the year-to-date columns collected before the ratios."""
    from baocao_kt import frames  # noqa: PLC0415

    keys = ["commune", "indicator"]
    table = frames.cumulate(
        lazy, by=keys, period="month", value=["value", "scenario"], name=["ytd", "sytd"]
    )
    table = table.collect().lazy()
    table = frames.attainment(table, "ytd", "plan", places=2, name="att", text="att_text")
    return frames.variance(table, "ytd", "sytd", places=2, name="var", text="var_text")


def hand_polars(table: Any) -> Any:  # noqa: ANN401 - a polars LazyFrame
    """What a notebook writes in polars: floats, round(2), a text by cast."""
    import polars as pl  # noqa: PLC0415

    over = {"partition_by": ["commune", "indicator", "year"], "order_by": "month"}
    return (
        table.with_columns(
            ytd=pl.col("value").cum_sum().over(**over),
            sytd=pl.col("scenario").cum_sum().over(**over),
        )
        .with_columns(
            att=(pl.col("ytd") / pl.col("plan") * 100).round(2),
            var=((pl.col("ytd") / pl.col("sytd") - 1) * 100).round(2),
        )
        .with_columns(
            att_text=pl.col("att").cast(pl.String).str.replace(".", ",", literal=True) + "%",
            var_text=pl.col("var").cast(pl.String).str.replace(".", ",", literal=True) + "%",
        )
    )


HAND_SQL = """
with w as (
    select *,
        sum(value) over (partition by commune, indicator, year order by month) as ytd,
        sum(scenario) over (partition by commune, indicator, year order by month) as sytd
    from t
)
select *, round(ytd / plan * 100, 2) as att, round((ytd / sytd - 1) * 100, 2) as var,
    replace(cast(round(ytd / plan * 100, 2) as varchar), '.', ',') || '%' as att_text,
    replace(cast(round((ytd / sytd - 1) * 100, 2) as varchar), '.', ',') || '%' as var_text
from w
"""


def hand_dask(frame: Any) -> Any:  # noqa: ANN401 - a Dask DataFrame
    """What a notebook writes with Dask: a grouped cumsum, floats, round(2)."""
    frame = frame.sort_values(["commune", "indicator", "month"])
    grouped = frame.groupby(["commune", "indicator"])
    frame = frame.assign(ytd=grouped["value"].cumsum(), sytd=grouped["scenario"].cumsum())
    frame = frame.assign(
        att=(frame["ytd"] / frame["plan"] * 100).round(2),
        var=((frame["ytd"] / frame["sytd"] - 1) * 100).round(2),
    )
    return frame.assign(
        att_text=frame["att"].astype(str).str.replace(".", ",") + "%",
        var_text=frame["var"].astype(str).str.replace(".", ",") + "%",
    )


def _wrong(exact: Any, hand: Any) -> int:  # noqa: ANN401 - two polars frames
    """Rows whose hand-written percent differs from the exact half-up one, in hundredths."""
    import polars as pl  # noqa: PLC0415

    keys = ["commune", "indicator", "month"]
    joined = exact.select([*keys, "att", "var"]).join(
        hand.select([*keys, pl.col("att").alias("h_att"), pl.col("var").alias("h_var")]),
        on=keys,
    )
    wrong = joined.filter(
        ((pl.col("h_att") * 100).round(0).cast(pl.Int64) != pl.col("att"))
        | ((pl.col("h_var") * 100).round(0).cast(pl.Int64) != pl.col("var"))
    )
    return wrong.height


def run_variant(variant: str, rows: int) -> dict[str, Any]:
    """Time one variant in this interpreter; its peak memory is this process's."""
    import polars as pl  # noqa: PLC0415

    table = make_table(rows)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    engine, kind = variant.split("-")
    # Imported before the clock starts, as a notebook has them after its first cell: an
    # import is paid once a process (about 0,3 s for baocao_kt.frames and narwhals).
    for module in ("baocao_kt.frames", "narwhals", engine):
        importlib.import_module(module)
    if engine == "dask":
        importlib.import_module("dask.dataframe")
    start = time.perf_counter()
    if engine == "polars":
        lazy = table.lazy()
        run = {"ours": ours, "staged": ours_staged, "hand": hand_polars}[kind]
        result = run(lazy).collect()
    elif engine == "duckdb":
        import duckdb  # noqa: PLC0415

        connection = duckdb.connect()
        connection.register("t", table.to_arrow())
        run = {"ours": ours, "hand": lambda _: connection.sql(HAND_SQL)}
        result = pl.from_arrow(run[kind](connection.table("t")).arrow())
    else:
        import dask  # noqa: PLC0415
        import dask.dataframe as dd  # noqa: PLC0415

        dask.config.set(scheduler="threads")
        frame = dd.from_pandas(table.to_pandas(), npartitions=2)
        computed = (ours(frame) if kind == "ours" else hand_dask(frame)).compute()
        result = pl.from_pandas(computed.reset_index(drop=True))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = {"variant": variant, "rows": table.height, "seconds": seconds}
    report["peak_mib"] = peak / 1024
    report["above_data_mib"] = (peak - baseline) / 1024
    # The exact answer, kept for the hand-written variant's count of wrong rows.
    kept = Path(tempfile.gettempdir()) / f"bench_frames_{engine}_{rows}.parquet"
    if kind != "hand":
        result.select(["commune", "indicator", "month", "att", "var"]).write_parquet(kept)
    else:
        exact = pl.read_parquet(kept)
        report["wrong_rows"] = _wrong(exact, result)
    return report


def _child(variant: str, rows: int) -> dict[str, Any]:
    command = [sys.executable, __file__, "--variant", variant, "--rows", str(rows)]
    output = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    return json.loads(output.stdout.strip().splitlines()[-1])


def apply_loop(rows: int = 20_000) -> tuple[float, float]:
    """Seconds of frames.attainment with text vs DataFrame.apply of the scalar one."""
    import numpy as np  # noqa: PLC0415
    import pandas as pd  # noqa: PLC0415

    from baocao_kt import attainment, frames  # noqa: PLC0415

    rng = np.random.default_rng(SEED)
    table = pd.DataFrame({"a": rng.integers(0, 10**6, rows), "t": rng.integers(1, 10**6, rows)})

    def loop() -> Any:  # noqa: ANN401
        return table.apply(lambda row: attainment(row["a"], row["t"]).format(1), axis=1)

    def vectorised() -> Any:  # noqa: ANN401
        return frames.attainment(table, "a", "t", text="text")

    assert list(loop()) == list(vectorised()["text"])  # noqa: S101 - the same answers
    best = {}
    for name, function in (("apply", loop), ("frames", vectorised)):
        times = []
        for _ in range(3):
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
        best[name] = min(times)
    return best["frames"], best["apply"]


def main() -> None:
    """Run every variant in its own interpreter and print the table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=COMMUNES * INDICATORS * MONTHS)
    parser.add_argument("--quick", action="store_true", help="400,000 rows")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    rows = 400_000 if arguments.quick else arguments.rows
    if arguments.variant:
        print(json.dumps(run_variant(arguments.variant, rows)))
        return
    print(f"baocao_kt {version('baocao_kt')} tables benchmark")
    packages = ("polars", "duckdb", "dask", "pandas", "narwhals")
    print(", ".join(f"{name} {version(name)}" for name in packages))
    print(f"Python {platform.python_version()}, {platform.platform()}")
    print()
    print(f"{'variant':<18} {'rows':>10} {'seconds':>9} {'peak MiB':>9} {'+data':>7} {'wrong':>8}")
    for engine in arguments.engines.split(","):
        kinds = ("ours", "staged", "hand") if engine == "polars" else ("ours", "hand")
        reports = [_child(f"{engine}-{kind}", rows) for kind in kinds]
        for report in reports:
            print(
                f"{report['variant']:<18} {report['rows']:>10,} {report['seconds']:>9.2f} "
                f"{report['peak_mib']:>9.0f} {report['above_data_mib']:>7.0f} "
                f"{report.get('wrong_rows', ''):>8}"
            )
        for report in reports[:-1]:
            ratio = report["seconds"] / reports[-1]["seconds"]
            print(f"{report['variant']} / hand-written = {ratio:.2f}x (target: 1.5x)")
    frames_time, apply_time = apply_loop()
    print()
    print(
        f"20,000 rows, attainment with text: frames {frames_time * 1000:.1f} ms, "
        f"DataFrame.apply {apply_time * 1000:.0f} ms: {apply_time / frames_time:.0f}x faster "
        "(target: 50x)"
    )


if __name__ == "__main__":
    main()
