"""A person's other e-mail addresses: in the person form, the JSON document, and reply matching."""

from __future__ import annotations

import json

import pytest

from qistdesk.services import directory
from qistdesk.services.documents import export_document, import_document
from qistdesk.services.editing import fields_of


def test_other_addresses_are_kept_changed_and_refused_when_someone_elses(db):
    from qistdesk.domain.validation import ValidationError

    pid = directory.create_person(db, given_name="Lea", email="lea@dtu.example.dk",
                                  other_emails="Lea@Private.example.net, lea@old.example.org")
    assert fields_of(db, "person", pid)["other_emails"] == "lea@old.example.org, lea@private.example.net"
    version = fields_of(db, "person", pid)["version"]
    new_version = directory.update_person(db, pid, version, other_emails="lea@private.example.net")
    assert new_version == version + 1  # a form of Lea opened before is stale now
    assert fields_of(db, "person", pid)["other_emails"] == "lea@private.example.net"
    other = directory.create_person(db, given_name="Bo", email="bo@example.dk")
    with pytest.raises(ValidationError, match="already an address of Lea"):
        directory.update_person(db, other, None, other_emails="lea@private.example.net")
    with pytest.raises(ValidationError, match="already an address of Bo"):
        directory.update_person(db, pid, None, other_emails="bo@example.dk")
    with pytest.raises(ValidationError, match="other_emails"):
        directory.update_person(db, pid, None, other_emails="not-an-address")
    assert fields_of(db, "person", pid)["other_emails"] == "lea@private.example.net"


def test_deleting_a_person_and_undoing_keeps_their_other_addresses(db):
    from qistdesk.services.editing import person_links, restore_person

    pid = directory.create_person(db, given_name="Lea", other_emails="lea@private.example.net")
    fields, links = fields_of(db, "person", pid), person_links(db, pid)
    directory.delete_person(db, pid)
    restore_person(db, {k: v for k, v in fields.items() if k != "version"}, links)
    assert fields_of(db, "person", pid)["other_emails"] == "lea@private.example.net"


def test_the_json_document_carries_them_both_ways(db, tmp_path):
    from qistdesk.formats.json_document import DocumentError, dumps
    from qistdesk.store import open_database

    pid = directory.create_person(db, given_name="Lea", email="lea@dtu.example.dk",
                                  other_emails="lea@private.example.net")
    doc = export_document(db)
    lea = next(p for p in doc["people"] if p["id"] == pid)
    assert [e["email"] for e in lea["other_emails"]] == ["lea@private.example.net"]
    other = open_database(tmp_path / "other.sqlite3")
    import_document(other, json.loads(dumps(doc)))
    assert dumps(export_document(other)) == dumps(doc)
    assert fields_of(other, "person", pid)["other_emails"] == "lea@private.example.net"
    # an address added in the document arrives (in lower case); one of someone else is refused whole
    lea["other_emails"].append({"id": "22222222-3333-4444-5555-666666666666", "email": "Lea@Home.example.dk"})
    import_document(other, json.loads(dumps(doc)))
    assert fields_of(other, "person", pid)["other_emails"] == "lea@home.example.dk, lea@private.example.net"
    bo = directory.create_person(other, given_name="Bo", other_emails="bo@home.example.dk")
    doc["people"].append({"id": bo, "given_name": "Bo", "other_emails": []})
    lea["other_emails"].append({"id": "33333333-3333-4444-5555-666666666666", "email": "bo@home.example.dk"})
    with pytest.raises(DocumentError, match=r"other_emails\[2\].email: bo@home.example.dk is already another"):
        import_document(other, json.loads(dumps(doc)))


@pytest.mark.gui
def test_a_reply_from_an_address_entered_in_the_form_matches(qtbot, db):
    from datetime import datetime

    from qistdesk.domain import Event
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.views.people import PeopleView
    from qistdesk.services import events
    from qistdesk.services.replies import import_paths

    from .conftest import FILES, WORKSHOP_UID
    from gui.gui_helpers import when_modal

    nina = directory.create_person(db, given_name="Nina", family_name="Ørsted", email="nina.work@example.dk")
    ws = events.create_event(db, kind="workshop", title="Quantum networks workshop", start=datetime(2027, 6, 14, 9),
                             end=datetime(2027, 6, 15, 17), timezone="Europe/Copenhagen")
    with db.write() as s:
        s.get(Event, ws).ical_uid, s.get(Event, ws).ical_sequence = WORKSHOP_UID, 1
    events.add_participant(db, ws, nina, invitation_status="invited")
    ctx = AppContext(db)
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    view.show()

    def edit(dialog):
        dialog.form.editor("other_emails").setText("not an address")
        assert "other_emails" in dialog.form.errors and not dialog.ok_button.isEnabled()
        dialog.form.editor("other_emails").setText("Nina@Example.dk")  # the address Outlook replied from
        dialog.ok_button.click()

    when_modal(edit)
    view.edit_record(nina)
    assert fields_of(db, "person", nina)["other_emails"] == "nina@example.dk"
    out = import_paths(db, [FILES / "outlook-declined.ics"]).outcomes[0]
    assert out.result == "updated" and out.person_id == nina
    ctx.undo_stack.undo()  # the last step is the edit (the import was not through the app)
    assert fields_of(db, "person", nina)["other_emails"] == ""
