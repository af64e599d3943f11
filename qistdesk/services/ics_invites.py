"""Write invites (RFC 5546) for one event: read the event and the ledger, write the files, record them.

The text of each file and mail comes from :mod:`qistdesk.formats.ics.invites` (pure translation);
this service reads the database, writes the files and records what went to whom in one step each.
"""

from __future__ import annotations

from pathlib import Path

from qistdesk.domain import Event
from qistdesk.formats.ics.build import Clock, system_clock
from qistdesk.formats.ics.eml import build_eml
from qistdesk.formats.ics.export import write_file
from qistdesk.formats.ics.invites import (InviteRun, NothingToWrite, Office, batches_for, calendar_text,
                                          mail_subject, mail_text, slug, summary_text)
from qistdesk.messages import _, current_language, ngettext
from qistdesk.services import crud
from qistdesk.services import invites as ledger_service
from qistdesk.services.errors import ServiceError
from qistdesk.services.ics_export import reminder_minutes_or_setting
from qistdesk.store import Database
from qistdesk.timezones import as_utc, utc_to_local

__all__ = ["plan_invites", "write_invites", "Office", "InviteRun", "office_from_settings"]


def office_from_settings() -> Office:
    """The office that sends invites, from the settings; refuses the placeholder address."""
    from qistdesk.services.preferences import require_office
    from qistdesk.settings import load

    s = load()
    require_office(s)  # never from the placeholder address, never without name and phone
    return Office(s.get("office.organizer_name") or s.get("office.name"), s.get("office.email"))


def _batches(event, st):
    try:
        return batches_for(event, st)
    except NothingToWrite as exc:
        raise ServiceError(str(exc)) from None


def plan_invites(db: Database, event_id: str) -> list[str]:
    """What "Write invites" would write now, one line per batch, for a preview; nothing is written."""
    with db.read() as s:
        event = crud.get(s, Event, event_id)
        st = ledger_service._state(s, event)
        try:
            batches, _seq, _fp = _batches(event, st)
        except ServiceError as exc:
            return [_("Nothing to write: {reason}.").format(reason=exc)]
        lines = []
        lang = current_language()
        for method, sequence, one_date, recipients, summary in batches:
            with_mail = sum(1 for person, _role in recipients if person.email)
            who = ngettext("{n} person", "{n} people", with_mail).format(n=with_mail)
            missing = len(recipients) - with_mail
            if missing:
                who += " " + ngettext("({n} without an e-mail address left out)",
                                      "({n} without an e-mail address left out)", missing).format(n=missing)
            if method == "CANCEL":
                what = summary_text(summary, lang) if one_date is not None else _("Cancellation of the event")
            else:
                what = summary_text(summary, lang) or (_("Invitation again (nothing changed)") if st.ever_sent
                                                       else _("Invitation"))
            lines.append(_("{method}, SEQUENCE {sequence}, to {who}: {what}").format(
                method=method, sequence=sequence, who=who, what=what))
        return lines


def write_invites(db: Database, event_id: str, out_dir, *, eml: bool = False, optional_attendees: bool = False,
                  clock: Clock = system_clock, office: Office | None = None,
                  reminder_minutes: int | None = None, attachments=None) -> InviteRun:
    """Write the invites the ledger calls for into ``out_dir`` and record them.

    ``attachments(person, method)`` (with ``eml``) returns the files to attach beside the
    invitation, [(name, bytes, MIME type)]: a participant's packet, say (``services.invite_drafts``).
    """
    office = office or office_from_settings()
    out = Path(out_dir)
    now = clock()
    reminder = reminder_minutes_or_setting(reminder_minutes)
    with db.read() as s:
        event = crud.get(s, Event, event_id)
        st = ledger_service._state(s, event)
        batches, seq, fp = _batches(event, st)
        run = InviteRun(batches[-1][0], seq)
        excluded = " ".join(as_utc(d.original_start_utc).isoformat() for d in event.dates if d.status == "cancelled")
        rows, written = [], []
        for method, sequence, one_date, recipients, summary in batches:
            for person, role in recipients:
                if not person.email:
                    run.skipped.append(person.full_name)
                    continue
                text = calendar_text(event, method, sequence, one_date, person, role, summary, office, clock,
                                 optional_attendees, reminder)
                stem = slug(event.title) + "-" + slug(person.full_name) + "-" + person.id[:6]
                if one_date is not None:
                    stem += "-" + utc_to_local(one_date.original_start_utc, event.timezone).strftime("%Y%m%d")
                suffix = "-cancel" if method == "CANCEL" else ""
                name = f"{stem}{suffix}.eml" if eml else f"{stem}{suffix}.ics"
                body = mail_text(event, method, summary, person, one_date)
                subject = mail_subject(event, method, summary, person)  # in the recipient's language
                extra = attachments(person, method) if (eml and attachments) else []
                data = (build_eml(to_name=person.full_name, to_email=person.email, from_name=office.name,
                                  from_email=office.email, subject=subject, text_body=body, ics_text=text,
                                  method=method, when=now, attachments=extra) if eml else text)
                run.attached[name] = [(n, len(b)) for n, b, _m in extra]
                written.append((out / name, data))
                rows.append({"person_id": person.id, "recipient_email": person.email, "method": method,
                             "sequence": sequence, "written_at": now, "summary": summary[:2000],
                             "recurrence_id_utc": one_date.original_start_utc if one_date else None,
                             "fingerprint": fp if method == "REQUEST" else "", "file_name": name,
                             "excluded_utc": excluded if method == "REQUEST" else ""})
        if not rows:
            raise ServiceError(_("nobody to send to: the participants have no e-mail address"))
        run.summary = summary_text(batches[-1][4], current_language())  # for the window or the command line
    db.check_writable("invite_ledger")  # a viewer's refused run writes no file (issue 20)
    out.mkdir(parents=True, exist_ok=True)
    for path, data in written:
        if isinstance(data, bytes):
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(path)
        else:
            write_file(data, path)
        run.files.append(path)
    ledger_service.record(db, event_id, rows, seq)
    return run
