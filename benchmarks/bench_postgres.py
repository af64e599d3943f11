"""Team database benchmark (issue 7): listing 100,000 people from PostgreSQL vs SQLite.

Target: PostgreSQL on loopback within 2x SQLite, measured in the same run.
It starts its own throw-away server (tests/pg_server.py, as the tests do), fills
it from the scale-100 SQLite dataset with ``migrate-to``'s service (timed too),
then times, as medians:

1. ``queries.list_people`` in one process (what the People view calls);
2. the whole ``qistdesk list people --json`` process.

Usage: python benchmarks/bench_postgres.py [REPEAT]   (exit 1 when a ratio is over 2x)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from common import ROOT, median_of, report, run_process, scale_database

sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from pg_server import PgServer  # noqa: E402

TARGET = 2.0


def main(repeat: int) -> int:
    from qistdesk.services import queries
    from qistdesk.services.transfer import copy_database
    from qistdesk.store import open_database

    sqlite_path = scale_database(100)
    with PgServer() as server:
        url = server.create_database("bench")
        started = time.perf_counter()
        copied = copy_database(sqlite_path, url)
        copy_s = time.perf_counter() - started
        report("migrate-to: copy the scale-100 SQLite file to the server, verified (once)", [
            (f"{copied.total:,} records, {copied.counts['people']:,} people", copy_s, "all or nothing"),
        ])

        local, server_db = open_database(sqlite_path), open_database(url)
        n = len(queries.list_people(local))
        assert n == len(queries.list_people(server_db)) == copied.counts["people"]
        lite = median_of(lambda: queries.list_people(local), repeat)
        pg = median_of(lambda: queries.list_people(server_db), repeat)
        in_process = pg / lite
        report(f"queries.list_people on {n:,} people, in one process (median of {repeat})", [
            ("SQLite file", lite, "baseline"),
            ("PostgreSQL on 127.0.0.1", pg, f"ratio {in_process:.2f}x (target ≤ {TARGET:.0f}x)"),
        ])
        local.close()
        server_db.close()

        cli = [sys.executable, "-m", "qistdesk", "--db"]
        lite_p = median_of(lambda: run_process(cli + [str(sqlite_path), "list", "people", "--json"]), repeat)
        pg_p = median_of(lambda: run_process(cli + [url, "list", "people", "--json"]), repeat)
        whole = pg_p / lite_p
        report(f"qistdesk list people --json, whole process (median of {repeat})", [
            ("SQLite file", lite_p, "baseline"),
            ("PostgreSQL on 127.0.0.1", pg_p, f"ratio {whole:.2f}x (target ≤ {TARGET:.0f}x)"),
        ])
    from common import Results

    saved = Results("postgres", repeat, "PostgreSQL on loopback, scale-100")
    saved.add("pg.migrate", f"`migrate-to` the scale-100 file, {copied.total:,} records, verified", [copy_s])
    saved.add("pg.list", f"queries.list_people, {n:,} people, in one process", [pg], ("SQLite file", [lite]),
              max_ratio=TARGET, target=f"≤ {TARGET:g}×")
    saved.add("pg.list.whole", "`qistdesk list people --json`, whole process", [pg_p], ("SQLite file", [lite_p]),
              max_ratio=TARGET, target=f"≤ {TARGET:g}×")
    saved.save()
    ok = in_process <= TARGET and whole <= TARGET
    print(f"\n{'PASS' if ok else 'FAIL'}: PostgreSQL/SQLite {in_process:.2f}x in process, {whole:.2f}x whole process")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
