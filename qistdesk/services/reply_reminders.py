"""Reminders for those who have not replied (a service: it reads the ledger and records what it wrote): the invitation they already have, again, as an .eml draft.

Only people whose status is still "invited" (no answer, none entered by hand)
get one. The calendar part is the same REQUEST (same UID and SEQUENCE) they
were sent, so their calendar updates nothing and offers the answer buttons
again; the mail says it is a reminder. If the event changed since the
invites went out, the update must go first (``export invites``): a reminder
never carries news that others were not sent.
"""

from __future__ import annotations

from pathlib import Path

from qistdesk.domain import Event
from qistdesk.formats.ics.build import system_clock
from qistdesk.formats.ics.eml import build_eml
from qistdesk.messages import _
from qistdesk.formats.ics.invites import (InviteRun, Office, calendar_text, fingerprint, mail_text, reminder_words,
                                          slug)
from qistdesk.services import crud
from qistdesk.services import invites as ledger_service
from qistdesk.services.errors import ServiceError
from qistdesk.services.ics_invites import office_from_settings
from qistdesk.timezones import as_utc

REMINDER = "Reminder: we have not had your answer yet."


def write_reminders(db, event_id: str, out_dir, *, clock=system_clock, office: Office | None = None,
                    reminder_minutes: int = 0) -> InviteRun:
    office = office or office_from_settings()
    now = clock()
    out = Path(out_dir)
    with db.read() as s:
        event = crud.get(s, Event, event_id)
        st = ledger_service._state(s, event)
        if not st.ever_sent:
            raise ServiceError(_("no invites were sent for this event yet: write the invites first"))
        fp = fingerprint(event)
        if st.last_request_fingerprint != fp:
            raise ServiceError(_("the event changed since the invites went out: write the update first"))
        waiting = [p for p in event.participations if p.invitation_status == "invited"]
        if not waiting:
            raise ServiceError(_("everyone invited has replied: nobody to remind"))
        run = InviteRun("REQUEST", st.max_sequence)
        excluded = " ".join(as_utc(d.original_start_utc).isoformat() for d in event.dates if d.status == "cancelled")
        rows, written = [], []
        for p in waiting:
            person = p.person
            if not person.email:
                run.skipped.append(person.full_name)
                continue
            text = calendar_text(event, "REQUEST", st.max_sequence, None, person, p.role, "", office, clock, False,
                             reminder_minutes)
            subject, line = reminder_words(event, person)  # in the recipient's language
            body = mail_text(event, "REQUEST", line, person, None)
            name = f"{slug(event.title)}-{slug(person.full_name)}-{person.id[:6]}-reminder.eml"
            data = build_eml(to_name=person.full_name, to_email=person.email, from_name=office.name,
                             from_email=office.email, subject=subject, text_body=body,
                             ics_text=text, method="REQUEST", when=now)
            written.append((out / name, data))
            rows.append({"person_id": person.id, "recipient_email": person.email, "method": "REQUEST",
                         "sequence": st.max_sequence, "written_at": now, "summary": "Reminder", "fingerprint": fp,
                         "file_name": name, "excluded_utc": excluded, "recurrence_id_utc": None})
    if not rows:
        raise ServiceError(_("nobody to remind has an e-mail address"))
    db.check_writable("invite_ledger")  # a viewer's refused run writes no file (issue 20)
    out.mkdir(parents=True, exist_ok=True)
    for path, data in written:
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        run.files.append(path)
    ledger_service.record(db, event_id, rows, st.max_sequence)
    return run
