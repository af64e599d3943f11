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


# --- whole processes timed from spawn, alternated with a baseline, saved as JSON ---------------
# The convention every bench_*.py follows is written down in benchmarks/README.md.

def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages (the machine is shared: figures move with it)."""
    return [round(x, 2) for x in os.getloadavg()]


def spawn(args: list[str], env: dict | None = None, timeout: float = 600) -> dict[str, float]:
    """Run one process; returns ``{"whole": seconds from spawn to exit, NAME: seconds from spawn}``.

    A process may print ``NAME_at=<time.time()>`` stamps (e.g. ``first_paint_at=…``): each becomes
    ``NAME`` in seconds since the spawn, so a figure includes interpreter start and imports.
    """
    environment = {**os.environ, **(env or {})}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: from compiled bytecode
    spawned_wall, start = time.time(), time.perf_counter()
    result = subprocess.run(args, env=environment, capture_output=True, text=True, timeout=timeout)
    whole = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{args} failed ({result.returncode}): {result.stderr[-2000:]}")
    out = {"whole": whole}
    for token in result.stdout.split():
        name, sep, value = token.partition("_at=")
        if sep:
            try:
                out[name] = float(value) - spawned_wall
            except ValueError:
                pass
    return out


def alternate(subjects: dict[str, Callable[[], object]], repeat: int) -> dict[str, list]:
    """Run each subject ``repeat`` times, interleaved (A B, B A, A B …) so load hits all alike."""
    runs: dict[str, list] = {key: [] for key in subjects}
    keys = list(subjects)
    for i in range(repeat):
        for key in (keys if i % 2 == 0 else keys[::-1]):
            runs[key].append(subjects[key]())
    return runs


class Results:
    """One benchmark's figures: printed as they come, saved to ``results/<name>.json``.

    ``add`` takes the runs of a subject and, optionally, of its baseline from the same run;
    the target is a ratio to the baseline (``max_ratio``), an absolute bound (``max_value``),
    or both. ``unit`` is "s" (seconds) or "MB".
    """

    def __init__(self, name: str, repeat: int, title: str = ""):
        self.name, self.repeat, self.title = name, repeat, title or name
        self.rows: list[dict] = []
        self.load_before = load_average()
        self.started = time.time()

    def add(self, key: str, what: str, runs: list[float], baseline: tuple[str, list[float]] | None = None, *,
            max_ratio: float | None = None, max_value: float | None = None, unit: str = "s",
            target: str = "", note: str = "") -> dict:
        med = statistics.median(runs)
        row = {"key": key, "what": what, "unit": unit, "median": med, "runs": list(runs), "target": target,
               "max_ratio": max_ratio, "max_value": max_value, "note": note}
        if baseline is not None:
            base = statistics.median(baseline[1])
            row.update(baseline_what=baseline[0], baseline_median=base, baseline_runs=list(baseline[1]),
                       ratio=med / base if base else None)
        met = True
        if max_ratio is not None:
            met = met and row.get("ratio") is not None and row["ratio"] <= max_ratio
        if max_value is not None:
            met = met and med <= max_value
        row["met"] = met if (max_ratio is not None or max_value is not None) else None
        self.rows.append(row)
        ratio = f"  {row['ratio']:.2f}× {row['baseline_what']}" if row.get("ratio") is not None else ""
        verdict = {True: "  MET", False: "  MISSED", None: ""}[row["met"]]
        value = f"{med * 1000:9.1f} ms" if unit == "s" else f"{med:9.1f} {unit}"
        print(f"  {what:<58} {value}{ratio}{verdict}", flush=True)
        return row

    def save(self) -> Path:
        CACHE.mkdir(parents=True, exist_ok=True)
        path = CACHE / f"{self.name}.json"
        import json
        import platform

        path.write_text(json.dumps({
            "benchmark": self.name, "title": self.title, "repeat": self.repeat,
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.started)),
            "seconds": round(time.time() - self.started, 1),
            "load_before": self.load_before, "load_after": load_average(), "cpus": os.cpu_count(),
            "python": platform.python_version(), "results": self.rows}, indent=1, ensure_ascii=False) + "\n")
        print(f"  -> {path.relative_to(ROOT)} (load {self.load_before[0]} → {load_average()[0]})", flush=True)
        return path


def repeat_arg(default: int = 5) -> int:
    """The repeat count run.sh passes as the first argument."""
    args = [a for a in sys.argv[1:] if a.isdigit()]
    return int(args[0]) if args else default
