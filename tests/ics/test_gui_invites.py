"""The invites dialog: writes files to a folder and shows the ledger."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

pytestmark = pytest.mark.gui


def test_write_invites_and_see_the_ledger(qtbot, db, tmp_path, clock):
    from qistdesk.gui.ics_actions import InvitesDialog
    from qistdesk.services import directory, events as ev

    person = directory.create_person(db, given_name="Ida", family_name="Holm", email="ida@example.dk")
    eid = ev.create_event(db, kind="workshop", title="Cryo-CMOS", start=datetime(2027, 4, 1, 9, tzinfo=timezone.utc),
                          end=datetime(2027, 4, 1, 15, tzinfo=timezone.utc), timezone="Europe/Copenhagen")
    ev.add_participant(db, eid, person)
    dialog = InvitesDialog(db, eid, clock=clock)
    qtbot.addWidget(dialog)
    assert dialog.ledger.rowCount() == 0
    assert "REQUEST, SEQUENCE 0, to 1 person: Invitation" in dialog.next_label.text()
    dialog.folder.setText(str(tmp_path))
    dialog.eml.setChecked(True)
    dialog.write_button.click()
    assert "Wrote 1 REQUEST" in dialog.message.text()
    assert len(list(tmp_path.glob("*.eml"))) == 1
    assert dialog.ledger.rowCount() == 1
    assert dialog.ledger.item(0, 3).text() == "Ida Holm"
    assert "Invitation again (nothing changed)" in dialog.next_label.text()
    again = InvitesDialog(db, eid, clock=clock)  # opens on the folder used last
    qtbot.addWidget(again)
    assert again.folder.text() == str(tmp_path)
    ev.cancel_event(db, eid)
    dialog.write_button.click()
    assert "CANCEL" in dialog.message.text() and dialog.ledger.rowCount() == 2


def test_no_participants_gives_a_message(qtbot, db, tmp_path):
    from qistdesk.gui.ics_actions import InvitesDialog
    from qistdesk.services import events as ev

    eid = ev.create_event(db, kind="seminar", title="Empty", start=datetime(2027, 4, 1, 9, tzinfo=timezone.utc),
                          end=datetime(2027, 4, 1, 10, tzinfo=timezone.utc), timezone="Europe/Copenhagen")
    dialog = InvitesDialog(db, eid)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    # Said before anything is tried: the button waits for participants.
    assert "Nothing to write" in dialog.next_label.text() and "no participants" in dialog.next_label.text()
    assert not dialog.write_button.isEnabled()
    assert not list(tmp_path.glob("*.ics")) and not list(tmp_path.glob("*.eml"))
