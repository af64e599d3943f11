"""Several people at once on one server: no lost update, every conflict reported, one migration.

Real processes (not threads), started together behind a file barrier, as several
attachés' laptops would be.
"""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qistdesk.services import directory, queries
from qistdesk.store import open_database
from qistdesk.store.migrate import HEAD_REVISION, current_revision

pytestmark = pytest.mark.postgres

WRITER = r"""
import json, sys, time
from pathlib import Path
from qistdesk.services import directory, queries
from qistdesk.services.errors import ConflictError
from qistdesk.store import open_database

url, venue_ids, rounds, barrier = sys.argv[1], sys.argv[2].split(","), int(sys.argv[3]), Path(sys.argv[4])
db = open_database(url)
(barrier / f"ready-{sys.argv[5]}").touch()
while not (barrier / "go").exists():
    time.sleep(0.002)
done = {v: 0 for v in venue_ids}
conflicts = 0
for i in range(rounds):
    vid = venue_ids[i % len(venue_ids)]
    while True:
        row = next(v for v in queries.list_venues(db) if v["id"] == vid)
        try:
            directory.update_venue(db, vid, expected_version=row["version"], capacity=row["capacity"] + 1)
        except ConflictError:
            conflicts += 1
            continue
        done[vid] += 1
        break
print(json.dumps({"done": done, "conflicts": conflicts}))
"""

MIGRATOR = r"""
import sys, time
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.engine import Engine
created = []
@event.listens_for(Engine, "before_cursor_execute")
def _seen(conn, cursor, statement, *args):
    if statement.lstrip().upper().startswith("CREATE TABLE"):
        created.append(statement)
from qistdesk.store import open_database
barrier = Path(sys.argv[2])
(barrier / f"ready-{sys.argv[3]}").touch()
while not (barrier / "go").exists():
    time.sleep(0.002)
open_database(sys.argv[1]).close()
print(len(created))
"""


def _start_together(script: str, args_of, n: int, barrier: Path) -> list[str]:
    procs = [subprocess.Popen([sys.executable, "-c", script, *args_of(i)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for i in range(n)]
    deadline = time.monotonic() + 120
    while len(list(barrier.glob("ready-*"))) < n:
        if time.monotonic() > deadline or any(p.poll() not in (None, 0) for p in procs):
            for p in procs:
                p.kill()
            raise AssertionError("workers did not start: " + " | ".join(p.communicate()[1][-500:] for p in procs))
        time.sleep(0.02)
    (barrier / "go").touch()
    outputs = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        outputs.append(out.strip())
    return outputs


def test_eight_writers_lose_no_update_and_report_every_conflict(pg_url, tmp_path):
    db = open_database(pg_url)
    venues = [directory.create_venue(db, name=f"Room {i}", city="København", country="DK",
                                     timezone="Europe/Copenhagen", capacity=0) for i in range(2)]
    writers, rounds = 8, 25
    outputs = _start_together(WRITER, lambda i: [pg_url, ",".join(venues), str(rounds), str(tmp_path), str(i)],
                              writers, tmp_path)
    reports = [json.loads(o) for o in outputs]
    done = {v: sum(r["done"][v] for r in reports) for v in venues}
    conflicts = sum(r["conflicts"] for r in reports)
    final = {v["id"]: v for v in queries.list_venues(db)}
    assert sum(done.values()) == writers * rounds
    for vid in venues:
        # every successful increment is in the count, and every one raised the version by exactly one
        assert final[vid]["capacity"] == done[vid]
        assert final[vid]["version"] == 1 + done[vid]
    # Writers that lost a race were told so (ConflictError) and retried: with 8 writers on 2 rows there are some.
    assert conflicts > 0
    print(f"{writers} writers, {writers * rounds} increments, {conflicts} conflicts reported and retried")
    db.close()


def test_clients_starting_at_once_migrate_once(pg_empty_url, tmp_path):
    outputs = _start_together(MIGRATOR, lambda i: [pg_empty_url, str(tmp_path), str(i)], 4, tmp_path)
    created = sorted(int(o) for o in outputs)
    assert created[:-1] == [0, 0, 0] and created[-1] > 5, created
    db = open_database(pg_empty_url, migrate=False)
    assert current_revision(db) == HEAD_REVISION
    db.close()
