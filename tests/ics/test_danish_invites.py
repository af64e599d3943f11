"""Invites in the recipient's language (issue 18): a person in Denmark gets a Danish draft, an
American an English one, for the same event, read back with the standard library's mail parser."""

from __future__ import annotations

import email
from datetime import datetime
from email import policy

from qistdesk.services import directory, events as ev
from qistdesk.services.ics_invites import Office, write_invites

OFFICE = Office("Videnskabskontoret", "science@ambassade.dk")


def _drafts(db, tmp_path, clock) -> dict[str, email.message.EmailMessage]:
    mette = directory.create_person(db, given_name="Mette", family_name="Ærø", email="mette@example.dk", country="DK")
    john = directory.create_person(db, given_name="John", family_name="Smith", email="john@example.com", country="US")
    anna = directory.create_person(db, given_name="Anna", family_name="Holm", email="anna@example.dk", country="DK",
                                   language="en")
    eid = ev.create_event(db, kind="workshop", title="Kvantesensorer", start=datetime(2027, 6, 14, 9),
                          end=datetime(2027, 6, 15, 17), timezone="Europe/Copenhagen")
    for person in (mette, john, anna):
        ev.add_participant(db, eid, person)
    write_invites(db, eid, tmp_path, clock=clock, office=OFFICE, eml=True)
    found = {}
    for path in tmp_path.glob("*.eml"):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        found[str(message["To"].addresses[0].addr_spec)] = message
    return found


def _body(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def test_each_recipient_reads_the_invite_in_their_language(db, tmp_path, clock):
    drafts = _drafts(db, tmp_path, clock)
    danish = drafts["mette@example.dk"]
    assert danish["Subject"] == "Invitation: Kvantesensorer"
    body = _body(danish)
    assert body.startswith("Kære Mette Ærø")
    assert "Du er inviteret til Kvantesensorer." in body
    assert "man. 14.–tirs. 15. jun. 2027, 09.00–17.00 København" in body
    assert "Svar venligst ja eller nej fra din kalender." in body

    english = _body(drafts["john@example.com"])
    assert english.startswith("Dear John Smith,") and "You are invited to Kvantesensorer." in english
    assert "Copenhagen" in english and "København" not in english

    chosen = _body(drafts["anna@example.dk"])  # lives in Denmark but chose English
    assert chosen.startswith("Dear Anna Holm,")


def test_reminder_drafts_speak_the_recipients_language():
    from types import SimpleNamespace

    from qistdesk.formats.ics.invites import reminder_words

    event = SimpleNamespace(title="Kvantesensorer")
    assert reminder_words(event, SimpleNamespace(language="", country="DK")) == (
        "Påmindelse: Kvantesensorer", "Påmindelse: Vi har endnu ikke fået dit svar.")
    assert reminder_words(event, SimpleNamespace(language="", country="US"))[0] == "Reminder: Kvantesensorer"
