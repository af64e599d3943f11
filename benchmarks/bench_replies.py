"""Benchmark: ``qistdesk import replies`` of 1,000 reply mails, whole process (issue 14).

    .venv/bin/python benchmarks/bench_replies.py [REPEAT]

Data: a workshop with 1,000 invited participants, and one Outlook-style ``.eml``
per participant (multipart/alternative, the ``text/calendar; method=REPLY`` part
base64, a Windows zone in a VTIMEZONE), answers mixed accepted / declined /
tentative. Each run imports the whole folder into a fresh copy of the database
(every reply is an update), in one process from spawn to exit.

Baseline in the same run: ``qistdesk list venues`` on the same database (start-up,
opening the database, one query). Target: under 5 s.

Also the app's way (no target): the same import recorded row by row for Undo
(``record=True``, ``services.journal``), then undone, in one process.
"""

from __future__ import annotations

import base64
import shutil
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench_startup import qistdesk_command
from common import Results, alternate, repeat_arg, spawn

UID = "bench-replies@qistdesk"
N = 1000
ANSWERS = ("ACCEPTED", "DECLINED", "TENTATIVE")


def build_database(path: Path) -> None:
    from qistdesk.domain import Event, Participation, Person
    from qistdesk.services import events
    from qistdesk.store import open_database

    db = open_database(path)
    eid = events.create_event(db, kind="workshop", title="Quantum networks workshop", start=datetime(2027, 6, 14, 9),
                              end=datetime(2027, 6, 15, 17), timezone="Europe/Copenhagen")
    with db.write() as s:
        s.get(Event, eid).ical_uid = UID
        people = [Person(given_name=f"Person{i}", family_name="Bench", email=f"p{i}@bench.example.dk")
                  for i in range(N)]
        s.add_all(people)
        s.flush()
        s.add_all(Participation(event_id=eid, person_id=p.id, role="attendee", invitation_status="invited")
                  for p in people)
    db.close()


def reply_mail(i: int) -> bytes:
    stamp = datetime(2027, 1, 20, 10, tzinfo=timezone.utc) + timedelta(minutes=i)
    cal = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T030000",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        f'ATTENDEE;PARTSTAT={ANSWERS[i % 3]};CN="Bench, Person{i}":mailto:p{i}@bench.example.dk',
        "COMMENT;LANGUAGE=en-US:See you there.", "SUMMARY;LANGUAGE=en-US:Reply: Quantum networks workshop",
        "DTSTART;TZID=Romance Standard Time:20270614T090000", "DTEND;TZID=Romance Standard Time:20270615T170000",
        f"UID:{UID}", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", ""])
    b64 = base64.encodebytes(cal.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    return (f'From: "Bench, Person{i}" <p{i}@bench.example.dk>\r\nTo: office@icdk.example.net\r\n'
            f"Subject: Reply: Quantum networks workshop\r\nDate: {stamp:%a, %d %b %Y %H:%M:%S} +0000\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n'
            '--b1\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\nSee you there.\r\n'
            '--b1\r\nContent-Type: text/calendar; charset="utf-8"; method=REPLY\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{b64}--b1--\r\n").encode("ascii")


def main() -> None:
    repeat = repeat_arg()
    py_qd = qistdesk_command()
    results = Results("replies", repeat, "Replies: import 1,000 reply mails, whole process")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base_db, inbox = tmp / "base.sqlite3", tmp / "inbox"
        build_database(base_db)
        inbox.mkdir()
        for i in range(N):
            (inbox / f"reply-{i:04d}.eml").write_bytes(reply_mail(i))
        env = {"XDG_CONFIG_HOME": str(tmp / "cfg"), "XDG_DATA_HOME": str(tmp / "data"),
               "QISTDESK_CONFIG_DIR": str(tmp / "cfg"), "QISTDESK_DATA_DIR": str(tmp / "data")}

        def fresh() -> Path:
            path = tmp / "run.sqlite3"
            for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                extra.unlink(missing_ok=True)
            shutil.copy(base_db, path)
            return path

        def subject() -> float:
            path = fresh()
            return spawn([*py_qd, "--db", str(path), "import", "replies", str(inbox)], env)["whole"]

        def baseline() -> float:
            path = fresh()
            return spawn([*py_qd, "--db", str(path), "list", "venues"], env)["whole"]

        def recorded() -> float:
            path = fresh()
            code = ("from qistdesk.store import open_database\n"
                    "from qistdesk.services import journal\n"
                    "from qistdesk.services.replies import import_paths\n"
                    f"db = open_database({str(path)!r})\n"
                    f"result = import_paths(db, [{str(inbox)!r}], record=True)\n"
                    f"assert len(result.changes) == 2 * {N}, len(result.changes)\n"
                    "journal.undo(db, result.changes)\n")
            return spawn([sys.executable, "-c", code], env)["whole"]

        runs = alternate({"baseline": baseline, "subject": subject, "recorded": recorded}, repeat)
        subject()  # the database the check below reads: imported (the last run may have been undone)
        check = spawn([*py_qd, "--db", str(tmp / "run.sqlite3"), "replies", "counts", "--event",
                       _event_id(tmp / "run.sqlite3"), "--json"], env)
        assert check["whole"] > 0
        base = ("`qistdesk list venues` (baseline)", runs["baseline"])
        results.add("replies.baseline", base[0], runs["baseline"])
        results.add("replies.import_1000", "`qistdesk import replies FOLDER`, 1,000 .eml replies", runs["subject"],
                    base, max_value=5.0, target="< 5 s")
        results.add("replies.import_1000_recorded_and_undone", "the same import recorded for Undo (the app's "
                    "way), then undone", runs["recorded"], base)
    saved = results.save()
    sys.exit(0 if all(r["met"] is not False for r in results.rows) else 1) if saved else None


def _event_id(path: Path) -> str:
    import sqlite3

    with sqlite3.connect(path) as conn:
        ident, = conn.execute("SELECT id FROM events WHERE ical_uid = ?", (UID,)).fetchone()
        answered = conn.execute("SELECT count(*) FROM participations WHERE invitation_status != 'invited'").fetchone()
        assert answered[0] == N, f"only {answered[0]} of {N} answers were taken"
    return ident


if __name__ == "__main__":
    main()
