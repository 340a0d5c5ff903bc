"""What the benchmarks share: how they time, what they print, and the report figures.

Imported by ``bench_text.py`` and ``bench_units.py`` (run as scripts from any directory:
a script's own directory is on ``sys.path``).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import random
import statistics
import subprocess
import sys
import timeit
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib.metadata import version

SEED = 2026
COUNT = 1000


@dataclass(frozen=True)
class Settings:
    """How long to measure: best of ``repeat`` runs of ``number`` loops over the inputs."""

    repeat: int
    number: int
    import_runs: int


@dataclass(frozen=True)
class Row:
    """One line of the table; times in µs per call, ``target`` None if informational."""

    operation: str
    ours: float
    theirs: float
    target: float | None


def side_by_side(
    ours: Callable[[], None], theirs: Callable[[], None], settings: Settings
) -> tuple[float, float]:
    """The best of ``settings.repeat`` timings of each loop over the inputs, in µs per call.

    Each loop makes ``COUNT`` calls.
    """
    best = [float("inf"), float("inf")]
    for _ in range(settings.repeat):  # alternating: a busy moment slows both sides, not one
        for side, loop in enumerate((ours, theirs)):
            best[side] = min(best[side], timeit.timeit(loop, number=settings.number))
    return best[0] / settings.number / COUNT * 1e6, best[1] / settings.number / COUNT * 1e6


def note(text: str) -> None:
    """Print one line of the output checks."""
    print(f"  - {text}")


def report_figures(rng: random.Random) -> list[Decimal]:
    """Figures as reports print them: up to 10 digits, 0 to 3 decimals, one in ten negative."""
    figures = []
    for _ in range(COUNT):
        sign = "-" if rng.random() < 0.1 else ""
        digits = rng.randrange(10 ** rng.randint(1, 10))
        figures.append(Decimal(f"{sign}{digits}E-{rng.choice((0, 0, 1, 1, 2, 3))}"))
    return figures


def fresh_python_env(pycache: str) -> dict[str, str]:
    """The environment of a fresh interpreter that reads and writes bytecode in ``pycache``.

    An editable install has no .pyc of its own and PYTHONDONTWRITEBYTECODE may be set,
    which would time the compilation of our sources against precompiled libraries.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def median_of_fresh_runs(code: str, runs: int, pycache: str) -> list[float]:
    """Run ``code`` in ``runs`` fresh interpreters (after one warm-up); each prints numbers.

    Returns the median of each printed number over the runs.
    """
    env = fresh_python_env(pycache)
    printed: list[list[float]] = []
    for run in range(runs + 1):  # run 0 compiles and warms the disk cache; not counted
        done = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        if run:
            printed.append([float(word) for word in done.stdout.split()])
    return [statistics.median(column) for column in zip(*printed, strict=True)]


def print_header(title: str, libraries: Sequence[str], settings: Settings) -> None:
    """The interpreter, the libraries and the machine measured."""
    now = dt.datetime.now().astimezone()
    print(f"baocao_kt {version('baocao_kt')} {title} benchmark, {now:%Y-%m-%d %H:%M %Z}")
    print(f"Python {platform.python_version()} ({platform.python_implementation()})")
    print("Libraries: " + ", ".join(f"{name} {version(name)}" for name in libraries))
    print(f"Machine: {platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs")
    print(
        f"Method: best of {settings.repeat} repeats of {settings.number} loops over "
        f"{COUNT} seeded inputs (seed {SEED}), one process; imports and first use: median "
        f"of {settings.import_runs} fresh interpreters"
    )


def print_table(rows: Sequence[Row], width: int = 22) -> None:
    """Operation, µs per call on each side, ratio theirs/ours, target and verdict."""
    print(f"\n{'operation':<{width}}{'ours µs':>10}{'theirs µs':>11}{'ratio':>9}{'target':>9}  met")
    for row in rows:
        ratio = row.theirs / row.ours
        target = f"≥ {row.target:.3g}×" if row.target else "—"
        verdict = "(info)" if row.target is None else "yes" if ratio >= row.target else "MISSED"
        print(
            f"{row.operation:<{width}}{row.ours:>10.2f}{row.theirs:>11.2f}"
            f"{ratio:>8.1f}×{target:>9}  {verdict}"
        )
