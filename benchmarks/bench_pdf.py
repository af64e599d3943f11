"""Benchmark: PDF packets for a 500-participant conference, and one packet on its own.

Targets (issue 5): 500 packets at 300 pages/s or more using both cores; one
packet in under 0.5 s. Every figure is a median of whole runs in fresh
processes, printed beside a bare-interpreter baseline measured in the same
run, because start-up (imports, font parsing, worker spawn) is part of what
a user waits for.

    .venv/bin/python benchmarks/bench_pdf.py [--runs 3] [--participants 500]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Results

CHILD = r'''
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from qistdesk.store import open_database
from qistdesk.services import packets
mode, db_path, event_id, out, workers = sys.argv[1:6]
db = open_database(db_path)
office = packets.office_info()
if mode == "one":
    from qistdesk.formats import pdf
    t1 = time.perf_counter()
    event, card = packets.event_packet(db, event_id, sys.argv[6])
    rendered = pdf.event_pdf(event, card, office)
    Path(out).write_bytes(rendered.pdf)
    work = time.perf_counter() - t1
    t2 = time.perf_counter()  # a second packet: what the app costs once fonts are loaded
    event, card = packets.event_packet(db, event_id, sys.argv[6])
    pdf.event_pdf(event, card, office)
    from qistdesk.formats.pdf.bulk import count_pages
    print(json.dumps({"pages": count_pages(rendered.pdf), "work": work, "warm": time.perf_counter() - t2,
                      "process": time.perf_counter() - t0}))
else:
    from qistdesk.formats.pdf.bulk import render_event_packets
    t1 = time.perf_counter()
    event, cards = packets.event_packets(db, event_id)
    kw = {"merged": Path(out) / "all.pdf"} if mode == "merged" else {"out_dir": Path(out)}
    result = render_event_packets(event, cards, office, workers=int(workers), **kw)
    print(json.dumps({"pages": result.pages, "packets": result.packets, "work": time.perf_counter() - t1,
                      "process": time.perf_counter() - t0}))
'''


def build_database(path: Path, participants: int) -> tuple[str, str]:
    """The demo programme plus people so its conference has ``participants`` participants."""
    from qistdesk.services import directory, events, queries
    from qistdesk.services.demo import load_demo
    from qistdesk.store import open_database

    db = open_database(path)
    load_demo(db)
    conf = max(queries.list_events(db), key=lambda e: e["participants"])
    orgs = [o["id"] for o in queries.list_organizations(db)]
    have = conf["participants"]
    for i in range(max(0, participants - have)):
        pid = directory.create_person(db, given_name=["Søren", "Grace", "芳", "Мария", "Νίκος", "Jens"][i % 6],
                                      family_name=f"Participant {i:03d}", organization_id=orgs[i % len(orgs)],
                                      country="DK" if i % 2 else "US", consent_listed=i % 3 != 0)
        events.add_participant(db, conf["id"], pid, role="attendee", invitation_status="accepted")
    person = queries.participants_of(db, conf["id"])[0]["person_id"]
    db.close()
    return conf["id"], person


def timed(args: list[str]) -> tuple[float, dict]:
    start = time.perf_counter()
    done = subprocess.run(args, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    return wall, (json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("runs_arg", nargs="?", type=int, metavar="RUNS", help="same as --runs (run.sh passes it)")
    opts = parser.parse_args()
    if opts.runs_arg:
        opts.runs = opts.runs_arg
    py = sys.executable
    saved = Results("packets", opts.runs, "PDF packets")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        db_path = tmp_path / "bench.sqlite3"
        t = time.perf_counter()
        event_id, person_id = build_database(db_path, opts.participants)
        print(f"setup: {opts.participants} participants in {time.perf_counter() - t:.1f} s")

        baseline = statistics.median(timed([py, "-c", "pass"])[0] for _ in range(5))
        print(f"baseline (bare interpreter): {baseline * 1000:.0f} ms")

        runs = [timed([py, "-c", CHILD, "one", str(db_path), event_id, str(tmp_path / "one.pdf"), "1", person_id])
                for _ in range(max(3, opts.runs))]
        print(f"one packet ({runs[0][1]['pages']} pages): median work {statistics.median(r[1]['work'] for r in runs):.3f} s"
              f" (gather + layout + write, reportlab import and font parsing included); next packet in the same process "
              f"{statistics.median(r[1]['warm'] for r in runs):.3f} s; whole process {statistics.median(r[0] for r in runs):.2f} s"
              f" = {statistics.median(r[0] for r in runs) / baseline:.1f}× baseline  [target: < 0.5 s]")
        saved.add("pdf.one.work", f"one packet ({runs[0][1]['pages']} pages): gather, layout, write in a fresh process",
                  [r[1]["work"] for r in runs], max_value=0.5, target="< 0.5 s",
                  note=f"whole process {statistics.median(r[0] for r in runs):.2f} s")

        for mode, workers in (("files", 1), ("files", 2), ("merged", 2)):
            results = []
            for i in range(opts.runs):
                out = tmp_path / f"{mode}-{workers}-{i}"
                out.mkdir()
                results.append(timed([py, "-c", CHILD, mode, str(db_path), event_id, str(out), str(workers)]))
            pages = results[0][1]["pages"]
            work = statistics.median(r[1]["work"] for r in results)
            wall = statistics.median(r[0] for r in results)
            print(f"{mode:6} workers={workers}: {results[0][1]['packets']} packets, {pages} pages; "
                  f"median {work:.2f} s = {pages / work:.0f} pages/s (whole process {wall:.2f} s = "
                  f"{pages / wall:.0f} pages/s)  [target: ≥ 300 pages/s with both cores]")
            saved.add(f"pdf.{mode}.{workers}", f"{results[0][1]['packets']} packets, {pages} pages, {mode}, "
                      f"{workers} worker(s)", [r[1]["work"] for r in results],
                      note=f"{pages / work:.0f} pages/s" + (" (target ≥ 300 with both cores)" if workers == 2 else ""))
    saved.save()


if __name__ == "__main__":
    main()
