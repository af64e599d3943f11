"""Helpers shared by the benchmarks: whole-process timing, medians, ratios, datasets.

Benchmarks time whole processes or whole operations, repeat them, and report
medians plus the ratio against a baseline measured in the same run, so a
slow or busy machine moves both numbers together.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / "results"


def median_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_process(args: list[str], env: dict | None = None, timeout: float = 600) -> float:
    """Wall time of one process from spawn to exit; raises if it fails."""
    start = time.perf_counter()
    result = subprocess.run(args, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{args} failed: {result.stderr[-2000:]}")
    return elapsed


def scale_database(scale: int = 100) -> Path:
    """The synthetic dataset, built once and reused by later benchmark runs."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"scale-{scale}.sqlite3"
    if not path.exists():
        for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            extra.unlink(missing_ok=True)
        run_process([sys.executable, "-m", "qistdesk", "--db", str(path), "demo", "--scale", str(scale)])
    return path


def report(title: str, rows: list[tuple[str, float, str]]) -> None:
    print(f"\n== {title}")
    for name, seconds, note in rows:
        print(f"  {name:<48} {seconds * 1000:10.1f} ms  {note}")
