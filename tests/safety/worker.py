"""A writer process for the crash and two-writer tests (run as a script, never imported by pytest).

    python worker.py DB crash SEED      loop forever: CSV imports onto an event, exchanges with
                                        their checklist, stage changes; print "ready" first and
                                        "committed STEP" after each transaction
    python worker.py DB people N TAG    write N people one transaction each, plus an edit of each
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta

from qistdesk.formats.csv_io import guess_mapping, read_bytes
from qistdesk.services.people_csv import import_people
from qistdesk.services import directory, exchanges
from qistdesk.store import open_database

BATCH = 25


def csv_batch(tag: str) -> bytes:
    lines = ["Fornavn;Efternavn;E-mail;Stilling;Land"]
    for i in range(BATCH):
        lines.append(f'Søren {i};"Ågård\n{tag}";{tag}-{i}@example.dk;{tag};DK')
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def crash_loop(db, seed: int) -> None:
    rng = random.Random(seed)
    event_id, program_id, person_id = sys.argv[4:7]
    n = 0
    while True:
        n += 1
        tag = f"b{seed}x{n}"
        step = rng.choice(("import", "exchange", "stage"))
        if step == "import":
            table = read_bytes(csv_batch(tag))
            import_people(db, table, guess_mapping(table.headers), event_id)
        elif step == "exchange":
            start = date(2027, 1, 1) + timedelta(days=rng.randrange(300))
            exchanges.create_exchange(db, person_id=person_id, program_id=program_id, start_date=start,
                                      end_date=start + timedelta(days=180), with_default_milestones=True)
        else:
            ids = exchanges.exchanges_of_program(db, program_id)
            if ids:
                exchanges.set_stage(db, rng.choice(ids), "accepted", complete_milestones_until=date(2100, 1, 1))
        print(f"committed {step}", flush=True)  # lets the test kill after real work on a slow machine


def people(db, count: int, tag: str) -> None:
    for i in range(count):
        pid = directory.create_person(db, given_name=f"{tag}-{i}", email=f"{tag}-{i}@example.org")
        directory.update_person(db, pid, expected_version=1, job_title=f"edited by {tag}")


def main() -> None:
    db = open_database(sys.argv[1])
    mode = sys.argv[2]
    print("ready", flush=True)
    if mode == "crash":
        crash_loop(db, int(sys.argv[3]))
    elif mode == "people":
        sys.stdin.readline()  # wait for "go", so both writers start together
        people(db, int(sys.argv[3]), sys.argv[4])
    db.close()


if __name__ == "__main__":
    main()
