"""Who comes to which date: the answers per date of a series (and of a single event, its one date).

A reply for one date of a series (RECURRENCE-ID) is kept in the invite ledger
with that date; the participant's own status is the answer for the whole
series. The answer for one date is the newer of the two: a date's reply sent
after the series answer wins for that date, a series answer given later
(declining the whole series, say) wins over an older reply for one date.
Nobody's answer is guessed: who has said nothing is "not replied".
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import select

from qistdesk.domain import Event, InviteRecord, Participation, Person
from qistdesk.messages import _
from qistdesk.services import crud
from qistdesk.services.errors import NotFoundError
from qistdesk.services.replies import STATUS_OF
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

UTC = timezone.utc
KEYS = ("accepted", "declined", "tentative", "delegated", "invited")
#: The statuses of people asked to come (not those on a waiting list or not yet invited).
ASKED = set(KEYS)


def date_answers(db: Database, event_id: str, on: date | None = None) -> dict[str, Any]:
    """Per date (or only the date ``on``, local to the event): counts and each person's answer.

    ``{"event": {...}, "dates": [{"id" (of the series date, or None), "date", "label", "status", "start_utc", "counts", "people": [...]}]}``;
    each person: ``person_id, name, email, answer, by`` ("date", "series" or "" for no reply),
    ``comment, at``. A date the event does not have raises :class:`NotFoundError`.
    """
    with db.read() as s:
        event = crud.get(s, Event, event_id)
        parts = s.execute(select(Participation, Person).join(Person, Participation.person_id == Person.id)
                          .where(Participation.event_id == event.id)
                          .order_by(Person.family_name, Person.given_name)).all()
        replies: dict[tuple[str, datetime], tuple] = {}
        for r in s.scalars(select(InviteRecord).where(InviteRecord.event_id == event.id,
                                                      InviteRecord.method.in_(("REPLY", "MANUAL")),
                                                      InviteRecord.recurrence_id_utc.is_not(None))):
            key = (r.person_id, r.recurrence_id_utc)
            rank = (r.written_at, r.sequence)
            if key not in replies or rank > replies[key][0]:
                replies[key] = (rank, r)
        if event.series_rule or event.dates:
            dates = [(d.id, d.original_start_utc, d.start_utc, d.status)
                     for d in sorted(event.dates, key=lambda d: d.start_utc)]
        else:
            dates = [(None, None, event.start_utc, event.status)]
        zone = event.timezone
        out_dates = []
        for ident, original, start, status in dates:
            local = utc_to_local(start, zone)
            if on is not None and local.date() != on:
                continue
            people = [_answer(part, person, replies.get((person.id, original))[1] if original is not None
                              and (person.id, original) in replies else None)
                      for part, person in parts]
            people = [p for p in people if p["answer"] in ASKED or p["by"] == "date"]
            counts = {k: 0 for k in KEYS}
            for p in people:
                counts[p["answer"]] = counts.get(p["answer"], 0) + 1
            out_dates.append({"id": ident, "date": local.date().isoformat(), "label": local.strftime("%a %d %b %Y %H:%M"),
                              "status": status, "start_utc": start, "counts": counts, "people": people})
        if on is not None and not out_dates:
            raise NotFoundError("date", on.isoformat(), _("{title} has no date on {day}").format(
                title=repr(event.title), day=on.isoformat()))
        return {"event": {"id": event.id, "title": event.title, "series": bool(event.series_rule)},
                "dates": out_dates}


def _answer(part: Participation, person: Person, row: InviteRecord | None) -> dict[str, Any]:
    answer, by, comment, at = part.invitation_status, "series", "", part.rsvp_at
    if answer == "invited":
        by = ""
    if row is not None and (at is None or answer == "invited" or row.written_at > at):
        answer = STATUS_OF.get(row.partstat or "", "invited")
        by, comment, at = "date", row.comment or "", row.written_at
    return {"person_id": person.id, "name": person.full_name, "email": person.email or "", "answer": answer,
            "by": by, "comment": comment, "at": at}


def set_date_answer(db: Database, event_id: str, person_id: str, on: date, status: str, note: str = "",
                    at: datetime | None = None):
    """An answer given by phone or letter for ONE date of a series (``on``, local to the event): a MANUAL
    row in the ledger for that date, with the note. The answer for the whole series stays as it is.

    Returns what it wrote (``services.journal``: the app's one undo step). An event that is not a
    series, a date it does not have, or someone not invited: :class:`ValidationError` / :class:`NotFoundError`.
    """
    from qistdesk.domain import utcnow
    from qistdesk.services.errors import ValidationError
    from qistdesk.services.journal import recorded_write
    from qistdesk.services.replies import ANSWERED

    if status not in ANSWERED + ("invited",):
        raise ValidationError({"invitation_status": _("{value} is not an answer ({choices})").format(
            value=repr(status), choices=", ".join(ANSWERED))}, "participation")
    at = at or utcnow()
    with recorded_write(db) as (s, changes):
        event = crud.get(s, Event, event_id)
        if not event.series_rule:
            raise ValidationError({"date": _("{title} is not a series: record the answer for the event").format(
                title=repr(event.title))}, "participation")
        found = [d for d in event.dates if utc_to_local(d.start_utc, event.timezone).date() == on]
        if not found:
            raise NotFoundError("date", on.isoformat(), _("{title} has no date on {day}").format(
                title=repr(event.title), day=on.isoformat()))
        if s.scalar(select(Participation.id).where(Participation.event_id == event.id,
                                                   Participation.person_id == person_id)) is None:
            raise ValidationError({"person": _("that person is not a participant of the event")}, "participation")
        partstat = {v: k for k, v in STATUS_OF.items()}.get(status, "NEEDS-ACTION")
        s.add(InviteRecord(event_id=event.id, person_id=person_id, recipient_email="", method="MANUAL", sequence=0,
                  written_at=at, partstat=partstat, comment=note, recurrence_id_utc=found[0].original_start_utc,
                  summary=f"{status.capitalize()} for {on.isoformat()} (entered by hand)" + (f": {note}" if note else "")))
    return changes
