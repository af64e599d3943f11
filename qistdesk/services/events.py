"""Events: create and edit seminars (and their series), conferences and workshops.

Every function is one unit of work. Times arrive either as aware datetimes or
as naive wall-clock times in the event's zone; wall-clock times that fall in a
DST gap or fold are refused (see :mod:`qistdesk.timezones`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Iterable

from sqlalchemy import func, select

from qistdesk.domain import ConferenceSession, Event, Participation, Person, SeriesDate, SessionSpeaker, new_id
from qistdesk.domain.enums import NO_SEAT, DateStatus, EventKind, EventStatus, InvitationStatus
from qistdesk.domain.recurrence import SeriesRule, first_date_check, format_rule, parse_rule
from qistdesk.domain.series import materialize
from qistdesk.domain.validation import (ValidationError, validate_event, validate_participation,
                                        validate_session)
from qistdesk.messages import _
from qistdesk.services import crud
# Deleting an event and undoing that delete (same ids, same UID), one transaction each.
from qistdesk.services.event_removal import delete_event, restore_event  # noqa: F401
from qistdesk.store import Database
from qistdesk.timezones import TimeZoneError, as_utc, local_to_utc

EVENT_FIELDS = crud.editable_columns(Event, exclude=("ical_uid", "ical_sequence", "ical_dtstamp", "series_rdates",
                                                   "start_utc", "end_utc"))
SESSION_FIELDS = crud.editable_columns(ConferenceSession, exclude=("event_id", "start_utc", "end_utc"))
PARTICIPATION_FIELDS = {"role", "invitation_status", "rsvp_at", "waitlist_position", "notes", "access_met"}


def instant(value: datetime | str | None, zone_name: str, field: str) -> datetime | None:
    """Aware datetime, naive wall-clock time in ``zone_name``, or ISO text -> UTC."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, str):
            from qistdesk.timezones import parse_iso_instant

            return parse_iso_instant(value, zone_name)
        if value.tzinfo is not None:
            return as_utc(value)
        return local_to_utc(value, zone_name)
    except TimeZoneError as exc:
        raise ValidationError({field: str(exc)}) from None


def _times(fields: dict[str, Any], zone_name: str) -> dict[str, Any]:
    out = {}
    for key in ("start", "end"):
        if key in fields:
            out[f"{key}_utc"] = instant(fields.pop(key), zone_name, key)
    return out


def create_event(db: Database, *, start, end, timezone: str, series: SeriesRule | str | None = None,
                 **fields) -> str:
    """Create an event; with ``series`` (a seminar), also every date of the series."""
    fields = dict(fields, timezone=timezone, start=start, end=end)
    times = _times(fields, timezone)
    fields.setdefault("status", EventStatus.PLANNED.value)
    with db.write() as s:
        event = Event(ical_uid=f"{new_id()}@qistdesk", ical_sequence=0, **times)
        crud.fill_defaults(event)
        crud.apply_fields(event, fields, EVENT_FIELDS)
        _check(event)
        if series:
            _apply_series(event, series)
        s.add(event)
        s.flush()
        return event.id


def _check(event: Event) -> None:
    errors = validate_event(event)
    if errors:
        raise ValidationError(errors, "event")


def _apply_series(event: Event, series: SeriesRule | str, *, old: tuple | None = None,
                  shifted: list | None = None) -> None:
    """Set the series rule and its dates; ``old`` (first start, zone, length before an edit) moves
    each date's cancellation, move, speaker and topic along with the series."""
    if event.kind != EventKind.SEMINAR.value:
        raise ValidationError({"series_rule": _("only seminars can be a series")}, "event")
    try:
        if isinstance(series, str):  # typed by a user, unless it is the rule the event has (undo, a form)
            same = series.strip().upper().removeprefix("RRULE:") == (event.series_rule or "")
            rule = parse_rule(series, event.start_utc, event.timezone, exact=same)
        else:
            rule = series
        first_date_check(rule, event.start_utc, event.timezone)
        old_first, old_zone, old_length = old or (None, None, None)
        materialize(event, rule, old_first_utc=old_first, old_timezone=old_zone, old_length=old_length,
                    shifted=shifted)
    except ValueError as exc:
        raise ValidationError({"series_rule": str(exc)}, "event") from None
    event.series_rule = format_rule(rule, event.start_utc, event.timezone)


def update_event(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    """Edit an event; a changed rule or first date regenerates the series dates."""
    with db.write() as s:
        event = crud.get(s, Event, ident)
        crud.check_version(event, expected_version)
        zone_name = fields.get("timezone", event.timezone)
        series = fields.pop("series", None)
        old = (event.start_utc, event.timezone, event.end_utc - event.start_utc)
        old_rule = parse_rule(event.series_rule, event.start_utc, event.timezone) if event.series_rule else None
        times = _times(fields, zone_name)
        if "timezone" in fields and not times:
            # Same wall-clock times, new zone: re-read the local times in the new zone.
            from qistdesk.timezones import utc_to_local

            times = {f"{k}_utc": instant(utc_to_local(getattr(event, f"{k}_utc"), event.timezone)
                                         .replace(tzinfo=None), zone_name, k) for k in ("start", "end")}
        crud.apply_fields(event, {**fields, **times}, EVENT_FIELDS | {"start_utc", "end_utc"})
        _check(event)
        if series or (event.series_rule and (times or "timezone" in fields)):
            _apply_series(event, series or old_rule, old=old)
        crud.flush(s, event, expected_version)
        return event.version


def cancel_event(db: Database, ident: str, expected_version: int | None = None) -> None:
    update_event(db, ident, expected_version, status=EventStatus.CANCELLED.value)




# --- series dates -----------------------------------------------------------------------------

def update_series_date(db: Database, ident: str, expected_version: int | None = None, *,
                       start=None, end=None, status: str | None = None, speaker_id: str | None | Any = ...,
                       topic: str | None = None) -> int:
    """Move, cancel or restore one date of a series, or set its speaker and topic."""
    with db.write() as s:
        item = crud.get(s, SeriesDate, ident)
        crud.check_version(item, expected_version)
        zone_name = item.event.timezone
        if start is not None:
            new_start = instant(start, zone_name, "start")
            length = item.end_utc - item.start_utc
            item.start_utc = new_start
            item.end_utc = instant(end, zone_name, "end") if end is not None else new_start + length
        elif end is not None:
            item.end_utc = instant(end, zone_name, "end")
        if item.end_utc <= item.start_utc:
            raise ValidationError({"end": _("must be after the start")}, "series date")
        if status is not None:
            if status not in DateStatus.values():
                raise ValidationError({"status": _("{value} is not one of: {choices}").format(
                    value=repr(status), choices=", ".join(DateStatus.values()))})
            item.status = status
        if speaker_id is not ...:
            if speaker_id:
                crud.get(s, Person, speaker_id)
            item.speaker_id = speaker_id or None
        if topic is not None:
            item.topic = topic
        s.flush()
        return item.version


def series_date_at(db: Database, event_id: str, original_start_utc: datetime) -> str:
    """The id of the stored date of a series that the rule puts at ``original_start_utc``; a date
    past the stored rows (an open-ended series, years ahead) is stored first, as the rule has it."""
    from qistdesk.domain.series import occurrences

    with db.write() as s:
        row = s.scalar(select(SeriesDate).where(SeriesDate.event_id == event_id,
                                                 SeriesDate.original_start_utc == original_start_utc))
        if row is not None:
            return row.id
        event = crud.get(s, Event, event_id)
        found = next((o for o in occurrences(event, original_start_utc, original_start_utc + timedelta(seconds=1))
                      if o.original_start_utc == original_start_utc), None)
        if found is None:
            raise ValidationError({"date": _("the series has no date at {when}").format(
                when=original_start_utc.isoformat())}, "series date")
        row = SeriesDate(event_id=event_id, original_start_utc=original_start_utc, start_utc=found.start_utc,
                         end_utc=found.end_utc, status=found.status)
        s.add(row)
        s.flush()
        return row.id


def cancel_series_date(db: Database, ident: str, expected_version: int | None = None) -> int:
    return update_series_date(db, ident, expected_version, status=DateStatus.CANCELLED.value)


# --- conference sessions ----------------------------------------------------------------------

def add_session(db: Database, event_id: str, *, title: str, start, end, speaker_ids: Iterable[str] = (),
                **fields) -> str:
    with db.write() as s:
        event = crud.get(s, Event, event_id)
        item = ConferenceSession(event_id=event.id, start_utc=instant(start, event.timezone, "start"),
                                 end_utc=instant(end, event.timezone, "end"), title=title)
        crud.fill_defaults(item)
        crud.apply_fields(item, fields, SESSION_FIELDS)
        _check_session(item, event)
        _set_speakers(s, item, speaker_ids)
        s.add(item)
        s.flush()
        return item.id


def update_session(db: Database, ident: str, expected_version: int | None = None, *,
                   speaker_ids: Iterable[str] | None = None, **fields) -> int:
    with db.write() as s:
        item = crud.get(s, ConferenceSession, ident)
        crud.check_version(item, expected_version)
        times = _times(fields, item.event.timezone)
        crud.apply_fields(item, {**fields, **times}, SESSION_FIELDS | {"start_utc", "end_utc"})
        _check_session(item, item.event)
        if speaker_ids is not None:
            _set_speakers(s, item, speaker_ids)
        s.flush()
        return item.version


def delete_session(db: Database, ident: str, expected_version: int | None = None) -> None:
    with db.write() as s:
        crud.delete(s, ConferenceSession, ident, expected_version)


def _check_session(item: ConferenceSession, event: Event) -> None:
    errors = validate_session(item)
    if not errors and (item.start_utc < event.start_utc or item.end_utc > event.end_utc):
        errors["start"] = _("the session must lie within the event's start and end")
    if item.chair_id is not None and not item.chair_id:
        item.chair_id = None
    if errors:
        raise ValidationError(errors, "session")


def _set_speakers(s, item: ConferenceSession, speaker_ids: Iterable[str]) -> None:
    ids = []
    for pid in speaker_ids:
        person = crud.get(s, Person, pid)
        if person.id not in ids:
            ids.append(person.id)
    if [link.person_id for link in item.speaker_links] == ids:
        return
    item.speaker_links = [SessionSpeaker(person_id=pid, position=i) for i, pid in enumerate(ids)]
    if item.id is not None and item.version is not None:
        from qistdesk.domain import utcnow

        # New speakers alone change no column of the session: touch it, so its version rises (a form
        # opened before sees the conflict) and other windows' change watchers notice.
        item.updated_at = utcnow()


# --- participants -----------------------------------------------------------------------------

def add_participant(db: Database, event_id: str, person_id: str, *, role: str = "attendee",
                    invitation_status: str = "not-invited", notes: str = "") -> str:
    """Add a person to an event; past its capacity they join the waiting list."""
    with db.write() as s:
        item = enlist(s, crud.get(s, Event, event_id), crud.get(s, Person, person_id), role=role,
                      invitation_status=invitation_status, notes=notes)
        return item.id


def enlist(s, event: Event, person: Person, *, role: str = "attendee", invitation_status: str = "not-invited",
           notes: str = "") -> Participation:
    """The one rule for putting a person on an event's list, inside the caller's transaction
    (:func:`add_participant`, the CSV import): once per event; role and status checked; when
    the event is full, a new participant joins the end of the waiting list (someone who
    declined, delegated or already waits takes no seat: ``enums.NO_SEAT``)."""
    existing = s.scalar(select(Participation).where(Participation.event_id == event.id,
                                                    Participation.person_id == person.id))
    if existing is not None:
        raise ValidationError({"person_id": _("{name} is already a participant").format(name=person.full_name)},
                              "participation")
    item = Participation(event_id=event.id, person_id=person.id, role=role, invitation_status=invitation_status,
                         notes=notes)
    errors = validate_participation(item)
    if errors:
        raise ValidationError(errors, "participation")
    no_seat = NO_SEAT
    if event.capacity is not None and invitation_status not in no_seat:
        seated = s.scalar(select(func.count()).select_from(Participation).where(
            Participation.event_id == event.id, Participation.invitation_status.not_in(no_seat)))
        if seated >= event.capacity:
            item.invitation_status = InvitationStatus.WAITLISTED.value
    if item.invitation_status == InvitationStatus.WAITLISTED.value:
        last = s.scalar(select(func.max(Participation.waitlist_position)).where(
            Participation.event_id == event.id)) or 0
        item.waitlist_position = last + 1
    s.add(item)
    s.flush()
    return item


def update_participation(db: Database, ident: str, expected_version: int | None = None, **fields) -> int:
    with db.write() as s:
        if fields.get("invitation_status") in ("accepted", "declined", "tentative") and "rsvp_at" not in fields:
            from qistdesk.domain import utcnow

            fields["rsvp_at"] = utcnow()
        item = crud.update(s, Participation, validate_participation, ident, fields, PARTICIPATION_FIELDS,
                           expected_version)
        if item.invitation_status != InvitationStatus.WAITLISTED.value:
            item.waitlist_position = None
        return item.version


def remove_participant(db: Database, ident: str, expected_version: int | None = None) -> None:
    with db.write() as s:
        crud.delete(s, Participation, ident, expected_version)
