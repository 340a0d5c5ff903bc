"""baocao_kt.frames on a Dask cluster: the work done in its workers, the answers exact.

The other frames tests run Dask in-process (synchronous); this one starts a local cluster
of one worker, as `Client()` does on a user's machine, and computes there.
"""

from __future__ import annotations

import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster

from baocao_kt import NotAvailable, attainment, frames


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_the_calculators_run_in_the_clusters_worker(client):
    rows = [(50520, 135800), (103700, 351147), (5, 0), (-5, -10), (1, 3)] * 20
    table = dd.from_pandas(pd.DataFrame(rows, columns=["a", "t"]), npartitions=4)
    result = frames.attainment(table, "a", "t", places=2, text="text")
    assert isinstance(result, dd.DataFrame)  # lazy until computed
    future = client.compute(result)  # sent to the cluster's scheduler and its worker
    computed = future.result()
    assert future.status == "finished"
    expected = [attainment(a, t, na=True) for a, t in rows]
    texts = [str(e) if isinstance(e, NotAvailable) else e.format(2) for e in expected]
    assert list(computed["text"]) == texts  # 'n.a.' for the zero plan
