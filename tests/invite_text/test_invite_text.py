"""Invites say the right thing: cities, a multi-day span, STATUS, each date's speaker, one address per header."""

from __future__ import annotations

import email
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from email import policy
from pathlib import Path

import pytest

from qistdesk.domain import Event
from qistdesk.services.ics_invites import Office, plan_invites, write_invites
from qistdesk.services import directory, events as ev
from qistdesk.services.queries import series_dates

UTC = timezone.utc
GOLDEN = Path(__file__).parent / "golden"
OFFICE = Office("Kontor, København", "kontor@icdk.example.net")
CLOCK = lambda: datetime(2027, 1, 15, 9, 30, tzinfo=UTC)  # noqa: E731


def _golden(name: str, text: str) -> None:
    text = re.sub(r"PRODID:[^\r]*", "PRODID:-//qistdesk//qistdesk X//EN", text)
    path = GOLDEN / name
    if os.environ.get("QISTDESK_UPDATE_GOLDEN") or not path.exists():
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8"), f"{name} differs from the golden file"


def _people(db):
    venue = directory.create_venue(db, name="DTU Lyngby", address="Anker Engelunds Vej 1", city="Kongens Lyngby",
                                   country="DK", timezone="Europe/Copenhagen")
    nina = directory.create_person(db, given_name="Nina", family_name="Ørsted", email="nina@example.dk")
    ada = directory.create_person(db, given_name="Ada", family_name='"Lovelace", FRS', email="ada@example.com")
    return venue, nina, ada


def _uid(db, eid, uid):
    with db.write() as s:
        s.get(Event, eid).ical_uid = uid


def _mail(path: Path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def _body(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def test_two_day_workshop_invite_names_cities_and_the_whole_span(db, tmp_path):
    venue, nina, _ada = _people(db)
    eid = ev.create_event(db, kind="workshop", title="Quantum networks workshop", status="confirmed",
                          start=datetime(2027, 6, 14, 9), end=datetime(2027, 6, 15, 17),
                          timezone="Europe/Copenhagen", venue_id=venue)
    _uid(db, eid, "two-day@qistdesk")
    ev.add_participant(db, eid, nina)
    run = write_invites(db, eid, tmp_path, eml=True, clock=CLOCK, office=OFFICE)
    msg = _mail(run.files[0])
    body = _body(msg)
    assert "When: Mon 14 – Tue 15 Jun 2027, 09:00–17:00 Copenhagen (03:00–11:00 Washington)" in body
    assert "Europe/" not in body and "America/" not in body
    _golden("two-day-workshop.txt", body)
    # One address per header, however the names are written.
    assert [a.display_name for a in msg["From"].addresses] == ["Kontor, København"]
    assert [a.addr_spec for a in msg["To"].addresses] == ["nina@example.dk"]
    raw_from = run.files[0].read_bytes().split(b"\r\n\r\n")[0].decode("ascii")
    assert email.utils.getaddresses([re.search(r"^From: (.*)$", raw_from, re.M).group(1)]).__len__() == 1
    cal = next(p for p in msg.walk() if p.get_content_type() == "text/calendar").get_content()
    assert "STATUS:CONFIRMED" in cal


def test_planned_event_goes_out_tentative(db, tmp_path):
    venue, nina, ada = _people(db)
    eid = ev.create_event(db, kind="conference", title="Planned: QIST Days", start=datetime(2027, 9, 1, 9),
                          end=datetime(2027, 9, 1, 17), timezone="America/New_York", venue_id=venue)
    _uid(db, eid, "planned@qistdesk")
    ev.add_participant(db, eid, ada)
    run = write_invites(db, eid, tmp_path, clock=CLOCK, office=OFFICE)
    text = run.files[0].read_bytes().decode("utf-8")
    assert "STATUS:TENTATIVE\r\n" in text
    assert "CN='Lovelace', FRS Ada" in text.replace("\r\n ", "") or "CN=\"Ada 'Lovelace', FRS\"" in \
        text.replace("\r\n ", "")
    assert "^'" not in text  # no RFC 6868 escape for Outlook to show
    _golden("planned-event.ics", text)


def test_series_invite_lists_each_date_with_its_own_speaker(db, tmp_path):
    venue, nina, ada = _people(db)
    eid = ev.create_event(db, kind="seminar", title="QIST Transatlantic Seminar", start=datetime(2027, 3, 4, 16),
                          end=datetime(2027, 3, 4, 17), timezone="Europe/Copenhagen", venue_id=venue,
                          series="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=3", status="confirmed")
    _uid(db, eid, "series@qistdesk")
    dates = series_dates(db, eid)
    ev.update_series_date(db, dates[1]["id"], speaker_id=ada, topic="Topological qubits: where do we stand?")
    ev.add_participant(db, eid, nina)
    run = write_invites(db, eid, tmp_path / "a", eml=True, clock=CLOCK, office=OFFICE)
    body = _body(_mail(run.files[0]))
    assert ("Thu 18 Mar 2027 16:00–17:00 Copenhagen (11:00–12:00 Washington) — Ada \"Lovelace\", FRS: "
            "Topological qubits: where do we stand?") in body
    _golden("series-invite.txt", body)
    ev.cancel_series_date(db, dates[1]["id"])
    run = write_invites(db, eid, tmp_path / "b", eml=True, clock=CLOCK, office=OFFICE)
    cancel = _body(_mail(next(p for p in run.files if "-cancel" in p.name)))
    assert "Topological qubits" in cancel and "Copenhagen" in cancel
    _golden("series-date-cancel.txt", cancel)


def test_next_line_speaks_of_cities_and_spans(db, tmp_path):
    venue, nina, _ada = _people(db)
    eid = ev.create_event(db, kind="workshop", title="W", start=datetime(2027, 6, 14, 9), end=datetime(2027, 6, 15, 17),
                          timezone="Europe/Copenhagen", venue_id=venue)
    ev.add_participant(db, eid, nina)
    write_invites(db, eid, tmp_path, clock=CLOCK, office=OFFICE)
    ev.update_event(db, eid, start=datetime(2027, 6, 21, 9), end=datetime(2027, 6, 22, 17))
    (line,) = plan_invites(db, eid)
    assert "Now: Mon 21 – Tue 22 Jun 2027, 09:00–17:00 Copenhagen (03:00–11:00 Washington)" in line


def _cli(*args, env):
    return subprocess.run([sys.executable, "-m", "qistdesk", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, env=env)


def test_placeholder_office_stops_invites_and_packets_on_the_command_line(db_path, tmp_path):
    from qistdesk.store import open_database

    db = open_database(db_path)
    venue, nina, _ = _people(db)
    eid = ev.create_event(db, kind="workshop", title="W", start=datetime(2027, 6, 14, 9),
                          end=datetime(2027, 6, 15, 17), timezone="Europe/Copenhagen", venue_id=venue)
    ev.add_participant(db, eid, nina)
    db.close()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    for command in (["export", "invites", "--event", eid, "--out", tmp_path / "out"],
                    ["export", "packet", "--event", eid, "--out", tmp_path / "pdf"]):
        done = _cli("--db", db_path, *command, env=env)
        assert done.returncode == 1, done.stderr
        (line,) = done.stderr.strip().splitlines()
        assert "science@example.org" in line and "qistdesk settings" in line and "office.phone" in line
    assert not (tmp_path / "out").exists()
    assert _cli("--db", db_path, "settings", "office.email", "kontor@icdk.example.net", env=env).returncode == 0
    assert _cli("--db", db_path, "settings", "office.phone", "+45 33 18 10 00", env=env).returncode == 0
    done = _cli("--db", db_path, "export", "invites", "--event", eid, "--out", tmp_path / "out", env=env)
    assert done.returncode == 0, done.stderr and list((tmp_path / "out").iterdir())


def test_invites_dialog_offers_preferences_when_the_office_is_a_placeholder(qtbot, db, monkeypatch):
    pytest.importorskip("pytestqt")
    from PySide6.QtWidgets import QMessageBox

    from qistdesk.gui import office_gate
    from qistdesk.gui.ics_actions import InvitesDialog

    venue, nina, _ = _people(db)
    eid = ev.create_event(db, kind="workshop", title="W", start=datetime(2027, 6, 14, 9),
                          end=datetime(2027, 6, 15, 17), timezone="Europe/Copenhagen", venue_id=venue)
    ev.add_participant(db, eid, nina)
    shown, opened = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton",
                        lambda self: next(b for b in self.buttons() if b.text().startswith("Open")))
    monkeypatch.setattr("qistdesk.gui.preferences_dialog.open_preferences", lambda w: opened.append(w) or False)
    dialog = InvitesDialog(db, eid)
    qtbot.addWidget(dialog)
    dialog.write()
    assert "No invites written" in dialog.message.text()
    assert shown and "office.email is the placeholder science@example.org" in shown[0]
    assert opened, "Open Preferences… was offered and opens the dialog"
    assert office_gate.is_office_problem(Exception()) is False
