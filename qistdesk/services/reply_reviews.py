"""The replies that wait for the user, and what the user decides about each.

* unknown address: "this is from <person>" keeps the address as one of theirs
  and applies the answer (a later reply from it then matches by itself);
* counter-proposal: accept (the event's times change; the next invites are an
  update with a raised SEQUENCE) or decline (a DECLINECOUNTER file to send);
* delegation to someone new: add the delegate as a participant (a new person
  when the address is unknown), so the next invites reach them;
* anything: dismiss.

Each decision marks the item done. Some take several transactions (a new venue, then the event);
the app records them as one undoable step with ``journal.collected``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from qistdesk.domain import Event, Participation, Person, PersonEmail, ReplyReview, utcnow
from qistdesk.formats.ics.itip_reply import Reply
from qistdesk.messages import N_, _
from qistdesk.services import crud
from qistdesk.services.errors import ValidationError
from qistdesk.store import Database

KIND_LABELS = {"counter": N_("Counter-proposal"), "unknown-address": N_("Unknown sender"),
               "unknown-event": N_("Unknown event"), "delegation": N_("Delegation")}


def kind_label(kind: str) -> str:
    """What a review is about, in the app's language ("Modforslag")."""
    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def list_reviews(db: Database, state: str | None = "open") -> list[dict[str, Any]]:
    with db.read() as s:
        q = (select(ReplyReview, Event.title, Person.given_name, Person.family_name, Event.timezone)
             .outerjoin(Event, ReplyReview.event_id == Event.id)
             .outerjoin(Person, ReplyReview.person_id == Person.id).order_by(ReplyReview.received_at))
        if state:
            q = q.where(ReplyReview.state == state)
        out = []
        for r, title, given, family, zone_name in s.execute(q):
            out.append({"id": r.id, "kind": r.kind, "what": kind_label(r.kind), "state": r.state,
                        "source": r.source, "email": r.email, "name": r.name, "partstat": r.partstat,
                        "event_id": r.event_id, "event": title or "", "person_id": r.person_id,
                        "person": " ".join(p for p in (given, family) if p),
                        "message": review_text(r, " ".join(p for p in (given, family) if p), zone_name),
                        "comment": r.comment, "delegate_email": r.delegate_email, "delegate_name": r.delegate_name,
                        "proposed_start_utc": r.proposed_start_utc, "proposed_end_utc": r.proposed_end_utc,
                        "received_at": r.received_at})
        return out


def review_text(r: ReplyReview, person_name: str, zone_name: str | None) -> str:
    """What the review asks, in the app's language now; the words stored at import time when the
    row does not hold what they were made of (a date the series does not have)."""
    from qistdesk.services import replies

    if r.kind == "unknown-event" and not r.event_id:
        return replies.unknown_event_text(r.uid)
    if r.kind == "unknown-address":
        return replies.unknown_address_text(person_name or None, r.email)
    if r.kind == "counter" and zone_name:
        return replies.counter_text(r.proposed_start_utc, r.proposed_end_utc, zone_name)
    if r.kind == "delegation" and person_name:
        return replies.delegation_text(person_name, r.delegate_name or r.delegate_email)
    return r.message


def _open(s, review_id: str, *kinds: str) -> ReplyReview:
    item = crud.get(s, ReplyReview, review_id)
    if item.state != "open":
        raise ValidationError({"review": _("this reply was already dealt with")}, "reply")
    if kinds and item.kind not in kinds:
        raise ValidationError({"review": _("this is a {kind}, not a {wanted}").format(
            kind=kind_label(item.kind).lower(), wanted=_(" or ").join(kind_label(k).lower() for k in kinds))}, "reply")
    return item


def _as_reply(item: ReplyReview) -> Reply:
    return Reply(method="COUNTER" if item.kind == "counter" else "REPLY", uid=item.uid, email=item.email,
                 name=item.name, partstat=item.partstat, comment=item.comment, source=item.source,
                 recurrence_id=item.recurrence_id_utc, stamp=item.received_at)


def assign(db: Database, review_id: str, person_id: str) -> dict[str, Any]:
    """"This reply is from <person>": keep the address as theirs, then apply the answer."""
    from qistdesk.services import replies

    with db.read() as s:
        item = _open(s, review_id, "unknown-address")
        reply, calendar = _as_reply(item), item.calendar
    replies.add_address(db, person_id, reply.email)
    found = []
    if calendar:
        from qistdesk.formats.ics.itip_reply import read_reply_file

        found = [r for r in read_reply_file(calendar.encode("utf-8"), reply.source) if r.email == reply.email]
    result = replies.import_replies(db, found or [reply])
    with db.write() as s:
        crud.get(s, ReplyReview, review_id).state = "done"
    return {"outcomes": [o.as_dict() for o in result.outcomes]}


def proposed_location(item: ReplyReview) -> str:
    """The LOCATION a counter-proposal names ("" when none), read again from the calendar it came in."""
    if not item.calendar:
        return ""
    from qistdesk.formats.ics.itip_reply import ReplyReadError, read_reply_file

    try:
        found = read_reply_file(item.calendar.encode("utf-8"), item.source)
    except ReplyReadError:
        return ""
    return next((r.proposed_location for r in found if r.email == item.email and r.method == "COUNTER"), "")


def accept_counter(db: Database, review_id: str) -> int:
    """Take the proposed times, and the proposed place, into the event (or the date of the series:
    its time; a date has no venue of its own). Returns the event's (or the date's) version."""
    from qistdesk.services import events

    with db.read() as s:
        item = _open(s, review_id, "counter")
        event_id, start, end = item.event_id, item.proposed_start_utc, item.proposed_end_utc
        when = item.recurrence_id_utc
        date_id = None
        event = crud.get(s, Event, event_id)
        if when is not None:
            date_id = next((d.id for d in event.dates if d.original_start_utc == when), None)
        place = "" if date_id else proposed_location(item)
        from qistdesk.services.ics_import import location_of

        if place == location_of(event):
            place = ""
        zone = event.timezone
    if (start is None or end is None) and not place:
        raise ValidationError({"review": _("the proposal names no new time")}, "reply")
    fields: dict[str, Any] = {"start": start, "end": end} if start is not None and end is not None else {}
    if date_id:
        version = events.update_series_date(db, date_id, **fields)
    else:
        if place.lower().startswith(("https://", "http://")) and " " not in place:
            fields.update(online_url=place[:500], venue_id=None)
        elif place:
            from qistdesk.services.ics_import import place_venue

            with db.write() as s:
                fields["venue_id"] = place_venue(s, place, zone)
        version = events.update_event(db, event_id, **fields)
    with db.write() as s:
        crud.get(s, ReplyReview, review_id).state = "done"
    return version


def decline_counter(db: Database, review_id: str, out_dir: str | Path, *, office=None, comment: str = "",
                    now: datetime | None = None) -> Path:
    """Write the answer to a counter-proposal into ``out_dir`` as an ``.eml`` draft to its sender: a
    short text in their language and the DECLINECOUNTER (``text/calendar; method=DECLINECOUNTER``).

    From the office (``office``, else the settings: missing office details stop it, as for invites).
    Returns the draft's path.
    """
    from types import SimpleNamespace

    from qistdesk.formats.ics.eml import build_eml
    from qistdesk.formats.ics.declinecounter import declinecounter_text, declinecounter_words
    from qistdesk.services.ics_invites import office_from_settings

    office = office or office_from_settings()
    now = now or utcnow()
    with db.read() as s:
        item = _open(s, review_id, "counter")
        reply = _as_reply(item)
        event = crud.get(s, Event, item.event_id)
        reply.sequence = event.ical_sequence
        person = s.get(Person, item.person_id) if item.person_id else None
        person = person or SimpleNamespace(full_name=item.name or item.email, language="", country="")
        one_date = next((d for d in event.dates if d.original_start_utc == item.recurrence_id_utc), None) \
            if item.recurrence_id_utc is not None else None
        subject, body = declinecounter_words(event, person, one_date, comment)
        stem = f"declinecounter-{item.email.split('@')[0]}-{event.ical_uid.split('@')[0]}"[:80]
        to_name, to_email = item.name or person.full_name, item.email
    text = declinecounter_text(reply, office.email, office.name, now, comment)
    data = build_eml(to_name=to_name, to_email=to_email, from_name=office.name, from_email=office.email,
                     subject=subject, text_body=body, ics_text=text, method="DECLINECOUNTER", when=now)
    path = Path(out_dir) / f"{''.join(c if c.isalnum() or c in '-_.' else '-' for c in stem)}.eml"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    with db.write() as s:
        crud.get(s, ReplyReview, review_id).state = "done"
    return path


def add_delegate(db: Database, review_id: str) -> str:
    """Add the delegate of a delegation as a participant (a new person if the address is unknown)."""
    from qistdesk.services import directory, events

    with db.read() as s:
        item = _open(s, review_id, "delegation")
        address, name, event_id = item.delegate_email, item.delegate_name, item.event_id
        by = item.name or item.email
        person = s.scalar(select(Person).where(Person.email == address)) or s.scalar(
            select(Person).join(PersonEmail, PersonEmail.person_id == Person.id).where(PersonEmail.email == address))
        person_id = person.id if person else None
        role = s.scalar(select(Participation.role).where(Participation.event_id == event_id,
                                                         Participation.person_id == item.person_id)) or "attendee"
    if person_id is None:
        given, _sep, family = (name or address.split("@")[0]).partition(" ")
        person_id = directory.create_person(db, given_name=given, family_name=family, email=address)
    with db.read() as s:
        known = s.scalar(select(Participation.id).where(Participation.event_id == event_id,
                                                        Participation.person_id == person_id))
    if known is None:
        events.add_participant(db, event_id, person_id, role=role,
                               notes=f"Delegated by {by}")
    with db.write() as s:
        crud.get(s, ReplyReview, review_id).state = "done"
    return person_id


def dismiss(db: Database, review_id: str) -> None:
    with db.write() as s:
        _open(s, review_id).state = "dismissed"


def reopen(db: Database, review_id: str) -> None:
    """Undo of a decision that only marked the item (dismiss)."""
    with db.write() as s:
        crud.get(s, ReplyReview, review_id).state = "open"
