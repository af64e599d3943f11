"""Commands as a script or a user runs them: whole processes, from spawn to exit (issues 2, 19).

- ``qistdesk list people --json`` on 100,000 people; target ≤ 1.0 s.
- ``qistdesk export packet --exchange ID`` (one packet); target ≤ 1.0 s.
- ``qistdesk demo --scale 100`` (fewer runs), against creating an empty database.

Baseline: ``python -c "import qistdesk"``, alternated with the subjects in the same run.

    .venv/bin/python benchmarks/bench_commands.py [REPEAT]
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from bench_startup import qistdesk_command
from common import Results, alternate, repeat_arg, scale_database, spawn


def main() -> None:
    repeat = repeat_arg()
    db = scale_database(100)
    py, qd = sys.executable, qistdesk_command()
    with sqlite3.connect(db) as conn:
        exchange = conn.execute("SELECT id FROM exchanges ORDER BY start_date, id LIMIT 1").fetchone()[0]
    results = Results("commands", repeat, "Commands, whole process")
    with tempfile.TemporaryDirectory() as tmp:
        env = {"XDG_CONFIG_HOME": f"{tmp}/cfg", "XDG_DATA_HOME": f"{tmp}/data"}
        packet = Path(tmp) / "packet.pdf"
        for key, value in (("office.email", "attache@embassy.example.dk"), ("office.phone", "+1 202 555 0100")):
            spawn([*qd, "settings", key, value], env)  # packets refuse placeholder office details
        runs = alternate({
            "import": lambda: spawn([py, "-c", "import qistdesk"], env)["whole"],
            "list": lambda: spawn([*qd, "--db", str(db), "list", "people", "--json"], env)["whole"],
            "packet": lambda: spawn([*qd, "--db", str(db), "export", "packet", "--exchange", exchange,
                                     "-o", str(packet)], env)["whole"],
        }, repeat)
        assert packet.read_bytes().startswith(b"%PDF")
        base = ('python -c "import qistdesk"', runs["import"])
        results.add("cmd.import", 'python -c "import qistdesk" (baseline)', runs["import"])
        results.add("cmd.list_people", "`qistdesk list people --json`, 100,000 people", runs["list"], base,
                    max_value=1.0, target="≤ 1.0 s")
        results.add("cmd.packet", "`qistdesk export packet --exchange ID`, one packet", runs["packet"], base,
                    max_value=1.0, target="≤ 1.0 s")

        def demo() -> float:
            path = Path(tmp) / "demo.sqlite3"
            for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                extra.unlink(missing_ok=True)
            return spawn([*qd, "--db", str(path), "demo", "--scale", "100"], env)["whole"]

        def empty() -> float:
            path = Path(tmp) / "empty.sqlite3"
            path.unlink(missing_ok=True)
            return spawn([*qd, "--db", str(path), "list", "venues"], env)["whole"]

        runs = alternate({"empty": empty, "demo": demo}, max(1, repeat // 2))
        results.add("cmd.demo", "`qistdesk demo --scale 100`", runs["demo"],
                    ("create an empty database", runs["empty"]), target="seconds")
    results.save()


if __name__ == "__main__":
    main()
