"""Benchmark: the cooperation report (PDF) for a year of the scale-100 database, whole process.

Target (issue 17): ``qistdesk report`` for the scale-100 database (10,000 events,
100,000 people) within 3 s from spawn to exit. The baseline, alternated with it in
the same run, is the cheapest command that opens the same database
(``qistdesk list venues``: interpreter, imports, schema check, one small query), so
the ratio says what the report itself costs on top of any command.

    .venv/bin/python benchmarks/bench_report.py [REPEAT]
"""

from __future__ import annotations

import resource
import sys
import tempfile
from pathlib import Path

from common import Results, alternate, repeat_arg, scale_database, spawn


def timed(args: list[str], cpu: list[float]) -> float:
    """Wall time of the process; its CPU time (user + system) goes to ``cpu``: on a shared, loaded
    machine the wall time follows the load, the CPU time is close to what a machine alone would take."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = spawn(args)["whole"]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def main() -> int:
    repeat = repeat_arg()
    db = scale_database(100)
    results = Results("report", repeat, "Cooperation report, scale-100 database, whole process")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.pdf"
        base = [sys.executable, "-m", "qistdesk", "--db", str(db)]
        cpu: dict[str, list[float]] = {"base": [], "pdf": [], "csv": []}
        report = base + ["report", "--from", "2027-01-01", "--to", "2027-12-31", "-o", str(out)]
        runs = alternate({
            "base": lambda: timed(base + ["list", "venues"], cpu["base"]),
            "pdf": lambda: timed(report, cpu["pdf"]),
            "csv": lambda: timed(report + ["--csv", str(Path(tmp) / "csv")], cpu["csv"]),
        }, repeat)
    baseline = ("qistdesk list venues (same database)", runs["base"])
    results.add("report.base", "qistdesk list venues (baseline)", runs["base"])
    pdf = results.add("report.pdf", "qistdesk report 2027 -o report.pdf", runs["pdf"], baseline, max_value=3.0,
                      target="≤ 3 s", note="two periods counted (2027 and 2026), 6 pages with charts")
    results.add("report.csv", "… with --csv (17 CSV files too)", runs["csv"], baseline, max_value=3.0,
                target="≤ 3 s")
    results.add("report.pdf.cpu", "… its CPU time (user + system)", cpu["pdf"],
                ("CPU time of the baseline", cpu["base"]), max_value=3.0, target="≤ 3 s",
                note="what the process costs whatever the machine's load")
    results.save()
    return 0 if pdf["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
