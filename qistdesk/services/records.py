"""Whole records as plain JSON-ready dicts, for ``qistdesk show`` and detail panes.

Times are ISO 8601 with the UTC offset of the event's own zone, so a reader
sees both the wall-clock time and the exact instant.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from qistdesk.domain import ConferenceSession, Event, Exchange, Participation, Person, SeriesDate, SessionSpeaker
from qistdesk.domain.recurrence import parse_rule
from qistdesk.services import crud
from qistdesk.services.queries import iso_local
from qistdesk.store import Database


def _person_ref(person: Person | None) -> dict | None:
    return {"id": person.id, "name": person.full_name} if person else None


def _loaded(s, model, ident: str, *options):
    """The record ``ident`` (full id or prefix) with the relationships ``options`` name loaded in a
    few queries, not one lazy load per related row (a conference pane's click paid ~1,000)."""
    found = crud.get(s, model, ident)
    return s.scalars(select(model).where(model.id == found.id).options(*options)
                     .execution_options(populate_existing=True)).one()


def event_record(db: Database, ident: str) -> dict[str, Any]:
    with db.read() as s:
        e = _loaded(s, Event, ident, joinedload(Event.venue), joinedload(Event.organizer),
                    joinedload(Event.host_organization), selectinload(Event.dates).joinedload(SeriesDate.speaker),
                    selectinload(Event.sessions).options(
                        joinedload(ConferenceSession.chair),
                        selectinload(ConferenceSession.speaker_links).joinedload(SessionSpeaker.person)))
        zone = e.timezone
        participations = s.scalars(select(Participation).where(Participation.event_id == e.id)
                                   .options(joinedload(Participation.person))).all()
        record: dict[str, Any] = {
            "id": e.id, "kind": e.kind, "title": e.title, "status": e.status,
            "start": iso_local(e.start_utc, zone), "end": iso_local(e.end_utc, zone), "zone": zone,
            "venue": {"id": e.venue.id, "name": e.venue.name, "city": e.venue.city} if e.venue else None,
            "online_url": e.online_url, "capacity": e.capacity, "description": e.description,
            "topics": e.topics, "organizer": _person_ref(e.organizer), "qist_area": e.qist_area,
            "host_organization": ({"id": e.host_organization.id, "name": e.host_organization.name}
                                  if e.host_organization else None),
            "series_rule": e.series_rule or None,
            "series_description": (parse_rule(e.series_rule, e.start_utc, zone).describe()
                                   if e.series_rule else None),
            "series_simple": parse_rule(e.series_rule, e.start_utc, zone).is_simple if e.series_rule else True,
            "dates": [{"id": d.id, "start": iso_local(d.start_utc, zone), "end": iso_local(d.end_utc, zone),
                       "original_start": iso_local(d.original_start_utc, zone), "status": d.status,
                       "moved": d.is_moved, "speaker": _person_ref(d.speaker), "topic": d.topic}
                      for d in e.dates],
            "sessions": [{"id": x.id, "title": x.title, "start": iso_local(x.start_utc, zone),
                          "end": iso_local(x.end_utc, zone), "room": x.room, "chair": _person_ref(x.chair),
                          "speakers": [_person_ref(p) for p in x.speakers]} for x in e.sessions],
            "participants": sorted(
                ({"person_id": p.person_id, "name": p.person.full_name, "role": p.role,
                  "invitation_status": p.invitation_status,
                  "rsvp_at": p.rsvp_at.isoformat() if p.rsvp_at else None,
                  "waitlist_position": p.waitlist_position} for p in participations),
                key=lambda r: (r["name"].casefold(), r["person_id"])),
            "version": e.version,
        }
        return record


def exchange_record(db: Database, ident: str) -> dict[str, Any]:
    with db.read() as s:
        x = _loaded(s, Exchange, ident, joinedload(Exchange.person), joinedload(Exchange.program),
                    joinedload(Exchange.home_organization), joinedload(Exchange.host_organization),
                    joinedload(Exchange.host_contact), selectinload(Exchange.milestones))

        def org(o):
            return {"id": o.id, "name": o.name, "country": o.country} if o else None

        return {
            "id": x.id, "participant": _person_ref(x.person),
            "program": {"id": x.program.id, "name": x.program.name, "kind": x.program.kind,
                        "direction": x.program.direction},
            "home_organization": org(x.home_organization), "host_organization": org(x.host_organization),
            "host_contact": _person_ref(x.host_contact),
            "start_date": x.start_date.isoformat(), "end_date": x.end_date.isoformat(), "stage": x.stage,
            "visa_status": x.visa_status, "insurance_status": x.insurance_status, "housing": x.housing,
            "funding": x.funding, "funding_amount": x.funding_amount, "funding_currency": x.funding_currency,
            "milestones": [{"id": m.id, "kind": m.kind, "title": m.title, "due_date": m.due_date.isoformat(),
                            "done": m.done, "done_on": m.done_on.isoformat() if m.done_on else None}
                           for m in x.milestones],
            "notes": x.notes, "version": x.version,
        }


def person_record(db: Database, ident: str, include_sensitive: bool = False) -> dict[str, Any]:
    from qistdesk.domain import SENSITIVE_PERSON_FIELDS
    from qistdesk.services.directory import person_activity

    with db.read() as s:
        p = crud.get(s, Person, ident)
        record = {
            "id": p.id, "given_name": p.given_name, "family_name": p.family_name, "name": p.full_name,
            "email": p.email, "phone": p.phone, "job_title": p.job_title, "country": p.country,
            "career_stage": p.career_stage, "language": p.language,
            "organization": ({"id": p.organization.id, "name": p.organization.name, "sector": p.organization.sector}
                             if p.organization else None),
            "consent_listed": p.consent_listed, "consent_photo": p.consent_photo,
            "retention_until": p.retention_until.isoformat() if p.retention_until else None,
            "notes": p.notes, "version": p.version,
        }
        from qistdesk.services.directory import other_emails

        record["other_emails"] = other_emails(s, p.id)
        if include_sensitive:
            for field in SENSITIVE_PERSON_FIELDS:
                value = getattr(p, field)
                record[field] = value.isoformat() if hasattr(value, "isoformat") else value
    activity = person_activity(db, record["id"])
    record["events"] = [{"id": e["id"], "kind": e["kind"], "title": e["title"],
                         "start": iso_local(e["start_utc"], e["timezone"]), "role": e["role"],
                         "invitation_status": e["invitation_status"]} for e in activity["events"]]
    record["exchanges"] = [{"id": x["id"], "start_date": x["start_date"].isoformat(),
                            "end_date": x["end_date"].isoformat(), "stage": x["stage"]}
                           for x in activity["exchanges"]]
    return record
