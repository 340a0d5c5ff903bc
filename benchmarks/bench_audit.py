"""Speed of the report audit: figures checked per second, from 100 KB to 1 MB of text.

Run ``python benchmarks/bench_audit.py``. It reports and never asserts. The text is the
seed's section B.I as written (``examples/phu_lien_2026_04_b1.txt``, with its findings),
repeated to the size measured; each size is audited five times and the fastest kept. The
growth from 100 KB to 1 MB shows the audit is linear: ten times the text, about ten times
the time. There is no other library to compare with: no tool reads Vietnamese reports.
"""

from __future__ import annotations

import platform
import time
from pathlib import Path

from baocao_kt import __version__, audit_text

EXAMPLE = Path(__file__).parents[1] / "examples" / "phu_lien_2026_04_b1.txt"
SIZES = (100_000, 300_000, 1_000_000)


def _text_of(size: int, page: str) -> str:
    copies = max(1, size // len(page.encode("utf-8")))
    return page * copies


def main() -> None:
    """Audit the example text at each size and print the times and rates."""
    page = EXAMPLE.read_text(encoding="utf-8")
    print(f"baocao_kt {__version__} audit benchmark")
    print(f"Python {platform.python_version()} ({platform.python_implementation()})")
    print(f"Machine: {platform.platform()}, {platform.machine()}")
    print()
    print(
        f"{'text':>10} {'seconds':>9} {'found':>8} {'checked':>8} {'totals':>7} {'checked/s':>10}"
    )
    times = {}
    for size in SIZES:
        text = _text_of(size, page)
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            audit = audit_text(text)
            best = min(best, time.perf_counter() - start)
        times[size] = best
        checked = audit.percentages_checked + audit.totals_checked + audit.products_checked
        print(
            f"{len(text.encode('utf-8')) / 1000:>7.0f} KB {best:>9.3f} "
            f"{audit.percentages_found:>8} {audit.percentages_checked:>8} "
            f"{audit.totals_checked:>7} {checked / best:>10.0f}"
        )
    print()
    print(f"growth from 100 KB to 1 MB: {times[SIZES[-1]] / times[SIZES[0]]:.1f}x (linear: 10x)")


if __name__ == "__main__":
    main()
