"""Drafts with each participant's packet attached, a size cap, and a CSV index of the batch."""

from __future__ import annotations

import csv
import email
import io
from datetime import datetime, timezone
from email import policy

from pypdf import PdfReader

from qistdesk.formats.ics.invites import Office
from qistdesk.services import directory, events as ev
from qistdesk.services.invite_drafts import write_drafts_with_packets

OFFICE = Office("Science Office", "office@icdk.example.net")
CLOCK = lambda: datetime(2027, 1, 15, 9, 30, tzinfo=timezone.utc)  # noqa: E731


def _setup(db):
    from qistdesk.settings import load

    s = load()
    s.set("office.email", "office@icdk.example.net")
    s.set("office.phone", "+45 33 18 10 00")
    s.save()
    venue = directory.create_venue(db, name="DTU Lyngby", city="Kongens Lyngby", country="DK",
                                   timezone="Europe/Copenhagen")
    eid = ev.create_event(db, kind="workshop", title="Quantum networks workshop", start=datetime(2027, 6, 14, 9),
                          end=datetime(2027, 6, 15, 17), timezone="Europe/Copenhagen", venue_id=venue)
    for given, family, mail in (("Nina", "Ørsted", "nina@example.dk"), ("Sam", "=cmd|' /C calc'!A0", "s@x.com")):
        ev.add_participant(db, eid, directory.create_person(db, given_name=given, family_name=family, email=mail))
    return eid


def _csv(path):
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_each_draft_carries_its_own_packet_and_the_batch_has_an_index(db, tmp_path):
    eid = _setup(db)
    run, index = write_drafts_with_packets(db, eid, tmp_path, office=OFFICE, clock=CLOCK)
    assert len(run.files) == 2
    for path in run.files:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert msg.get_content_type() == "multipart/mixed"
        cal = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
        assert cal.get_param("method") == "REQUEST"
        (pdf,) = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
        to = msg["To"].addresses[0].display_name
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.get_content())).pages)
        assert to.split()[0] in text  # the packet is that person's
    rows = _csv(index)
    assert rows[0][:6] == ["draft", "name", "e-mail", "method", "sequence", "attachment"]
    assert {r[2] for r in rows[1:]} == {"nina@example.dk", "s@x.com"}
    assert all(r[5].endswith("packet.pdf") and int(r[6]) > 0 for r in rows[1:])
    assert not any(cell.startswith("=") for r in rows for cell in r)  # formulas neutralised


def test_a_packet_over_the_cap_is_written_beside_the_draft(db, tmp_path):
    eid = _setup(db)
    run, index = write_drafts_with_packets(db, eid, tmp_path, office=OFFICE, clock=CLOCK, max_mb=0.001)
    for path in run.files:
        msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert not list(msg.iter_attachments()) or all(p.get_content_type() != "application/pdf"
                                                       for p in msg.iter_attachments())
    rows = _csv(index)
    assert all("over the 0.001 MB cap" in r[7] for r in rows[1:])
    assert len(list(tmp_path.glob("*packet.pdf"))) == 2


def test_invites_dialog_attaches_packets(qtbot, db, tmp_path):
    import pytest

    pytest.importorskip("pytestqt")
    from qistdesk.gui.ics_actions import InvitesDialog

    eid = _setup(db)
    dialog = InvitesDialog(db, eid, clock=CLOCK)
    qtbot.addWidget(dialog)
    assert not dialog.packets.isEnabled()
    dialog.folder.setText(str(tmp_path))
    dialog.eml.setChecked(True)
    dialog.packets.setChecked(True)
    dialog.write()
    assert "Wrote 2 REQUEST" in dialog.message.text(), dialog.message.text()
    assert (tmp_path / "index.csv").exists()
    msg = email.message_from_bytes(sorted(tmp_path.glob("*.eml"))[0].read_bytes(), policy=policy.default)
    assert [p.get_content_type() for p in msg.iter_attachments()] == ["application/pdf"]


def test_command_line_packets_need_eml_and_write_the_index(db_path, tmp_path, capsys):
    from qistdesk.cli.main import main
    from qistdesk.store import open_database

    db = open_database(db_path)
    eid = _setup(db)
    db.close()
    assert main(["--db", str(db_path), "export", "invites", "--event", eid, "--out", str(tmp_path), "--packets"]) == 1
    assert "add --eml" in capsys.readouterr().err
    assert main(["--db", str(db_path), "export", "invites", "--event", eid, "--out", str(tmp_path), "--eml",
                 "--packets"]) == 0
    assert "index of the batch" in capsys.readouterr().out and (tmp_path / "index.csv").exists()
