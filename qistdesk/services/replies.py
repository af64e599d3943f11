"""Replies come in: match each to its invitation, update the RSVP, and record it; nothing else changes.

A reply (RFC 5546 REPLY) is matched by UID (the event), RECURRENCE-ID (one
date of a series) and the attendee's address (the person's main address or
one of their other addresses). It changes exactly one thing, the
participant's invitation status with the time of the answer, and leaves a
REPLY row with the answer and comment in the invite ledger. Never the
event's title, kind, times or venue.

A reply older than the answer we hold (SEQUENCE first, then DTSTAMP, the rule
Thunderbird follows per attendee) changes nothing and says so. What cannot
be decided without the user waits in the review list (:class:`ReplyReview`):
a counter-proposal, an unknown address or event, a delegation to someone
who is not a participant. A whole import is one transaction; recorded
(``record=True``), its ``changes`` (``services.journal``) let Undo put every
row back, as for every other import.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import select

from qistdesk.domain import (Event, InviteRecord, Participation, Person, PersonEmail, ReplyReview, new_id,
                             utcnow)
from qistdesk.formats.ics.itip_reply import Reply, ReplyReadError, read_reply_file
from qistdesk.messages import N_, _, day_text, time_text
from qistdesk.services.errors import ValidationError
from qistdesk.services.journal import Changes, recorded_write
from qistdesk.store import Database
from qistdesk.timezones import utc_to_local

UTC = timezone.utc
STATUS_OF = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentative", "DELEGATED": "delegated"}
ANSWERED = tuple(STATUS_OF.values())
REPLY_SUFFIXES = (".ics", ".ical", ".eml", ".msg")


@dataclass
class Outcome:
    """What one reply did (or would do)."""

    source: str
    email: str
    answer: str  # PARTSTAT as received
    result: str  # updated | unchanged | stale | review | error
    message: str = ""
    event_id: str | None = None
    event_title: str = ""
    person_id: str | None = None
    person_name: str = ""
    date: str = ""  # the date of the series the reply is for, local to the event
    method: str = "REPLY"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


#: How an import of replies counts each result ("3 updated, 1 waiting for review").
REPLY_COUNTS = {"updated": N_("{n} updated"), "unchanged": N_("{n} unchanged"),
                "stale": N_("{n} older than the answer held"), "review": N_("{n} waiting for review"),
                "error": N_("{n} unreadable")}


@dataclass
class ReplyImport:
    outcomes: list[Outcome] = field(default_factory=list)
    #: What the import wrote, row by row, when it was recorded for Undo (``services.journal``).
    changes: Changes | None = None

    def count(self, result: str) -> int:
        return sum(1 for o in self.outcomes if o.result == result)

    def summary(self) -> str:
        parts = [_(REPLY_COUNTS[k]).format(n=self.count(k)) for k in REPLY_COUNTS if self.count(k)]
        return ", ".join(parts) or _("no replies")

    @property
    def changed(self) -> bool:
        return bool(self.changes) if self.changes is not None else any(
            o.result in ("updated", "review") for o in self.outcomes)


# --- reading files ----------------------------------------------------------------------------

def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the reply files (.ics .eml .msg) inside folders, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in REPLY_SUFFIXES)
        else:
            out.append(p)
    return out


def read_files(paths: Iterable[str | Path]) -> tuple[list[Reply], list[Outcome]]:
    """Parse every file; unreadable ones become ``error`` outcomes (one line each), never an exception."""
    replies, errors = [], []
    for path in expand_paths(paths):
        try:
            replies += read_reply_file(path.read_bytes(), path.name)
        except (OSError, ReplyReadError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            errors.append(Outcome(path.name, "", "", "error", message))
    return replies, errors


# --- matching ---------------------------------------------------------------------------------

class _Index:
    """The events, people and answers one batch needs, loaded once (1,000 replies in a few queries)."""

    def __init__(self, s, replies: list[Reply]):
        uids = {r.uid for r in replies}
        self.events = {e.ical_uid: e for e in s.scalars(select(Event).where(Event.ical_uid.in_(uids)))} if uids \
            else {}
        addresses = {r.email for r in replies} | {a for r in replies for a, _n in r.delegated_to}
        self.people: dict[str, Person] = {}
        if addresses:
            for p in s.scalars(select(Person).where(Person.email.in_(addresses) |
                                                    Person.email.in_({a.title() for a in addresses}))):
                self.people.setdefault(p.email.lower(), p)
            rows = s.execute(select(PersonEmail.email, Person).join(Person, PersonEmail.person_id == Person.id)
                             .where(PersonEmail.email.in_(addresses)))
            for address, person in rows:
                self.people.setdefault(address, person)
            missing = addresses - set(self.people)
            if missing:  # addresses stored with capitals: compare case-insensitively
                from sqlalchemy import func

                for p in s.scalars(select(Person).where(func.lower(Person.email).in_(missing))):
                    self.people.setdefault(p.email.lower(), p)
        event_ids = [e.id for e in self.events.values()]
        self.parts: dict[tuple[str, str], Participation] = {}
        self.last: dict[tuple, tuple[int, datetime]] = {}  # (event, person, date) -> newest REPLY's (SEQ, DTSTAMP)
        self.manual: dict[tuple, datetime] = {}  # the same key -> when an answer was entered by hand
        if event_ids:
            for p in s.scalars(select(Participation).where(Participation.event_id.in_(event_ids))):
                self.parts[(p.event_id, p.person_id)] = p
            for r in s.scalars(select(InviteRecord).where(InviteRecord.event_id.in_(event_ids),
                                                          InviteRecord.method.in_(("REPLY", "MANUAL")))):
                if r.method == "MANUAL":
                    key = (r.event_id, r.person_id, r.recurrence_id_utc)
                    self.manual[key] = max(self.manual.get(key, r.written_at), r.written_at)
                else:
                    self.note(r.event_id, r.person_id, r.recurrence_id_utc, r.sequence, r.written_at)

    def note(self, event_id, person_id, when, sequence: int, stamp: datetime) -> None:
        key = (event_id, person_id, when)
        old = self.last.get(key)
        if old is None or (sequence, stamp) > old:
            self.last[key] = (max(sequence, old[0]) if old else sequence, stamp)


def _date_of(event: Event, rid) -> tuple[datetime | None, str]:
    """The series date a RECURRENCE-ID names (its original start, UTC) and its local label."""
    if rid is None:
        return None, ""
    for d in event.dates:
        original = d.original_start_utc
        if isinstance(rid, datetime) and original == rid:
            return original, utc_to_local(original, event.timezone).strftime("%a %d %b %Y")
        if not isinstance(rid, datetime) and isinstance(rid, date) and \
                utc_to_local(original, event.timezone).date() == rid:
            return original, utc_to_local(original, event.timezone).strftime("%a %d %b %Y")
    if isinstance(rid, datetime) and not event.series_rule and rid == event.start_utc:
        return None, ""  # a RECURRENCE-ID equal to the start of a single event: the event itself
    raise LookupError


def _newest_first(replies: list[Reply]) -> list[int]:
    """Indexes, newest reply first: within one batch an older answer then reads as stale."""
    floor = datetime.min.replace(tzinfo=UTC)
    return sorted(range(len(replies)), key=lambda i: (replies[i].sequence, replies[i].stamp or floor), reverse=True)


def import_replies(db: Database, replies: list[Reply], *, dry_run: bool = False,
                   errors: Iterable[Outcome] = (), record: bool = False) -> ReplyImport:
    """Match and apply ``replies`` in one transaction (with ``dry_run``, decide only).

    ``record``: keep what was written in ``result.changes``, for Undo.
    """
    result = ReplyImport(outcomes=list(errors))
    now = utcnow()
    if dry_run:
        with db.read() as s:
            _apply_all(s, replies, result, now, True)
        return result
    with recorded_write(db, record) as (s, result.changes):
        _apply_all(s, replies, result, now, False)
        s.flush()
    return result


def _apply_all(s, replies: list[Reply], result: ReplyImport, now: datetime, dry_run: bool) -> None:
    index = _Index(s, replies)
    done: dict[int, Outcome] = {}
    for i in _newest_first(replies):
        done[i] = _one(s, index, replies[i], now, dry_run)
    result.outcomes += [done[i] for i in range(len(replies))]  # in the order of the files


def _review(s, reply: Reply, kind: str, message: str, now: datetime, dry_run: bool,
            event: Event | None = None, person: Person | None = None, when: datetime | None = None) -> None:
    if dry_run:
        return
    delegate = reply.delegated_to[0] if reply.delegated_to else ("", "")
    row = ReplyReview(kind=kind, received_at=now, source=reply.source[:500], uid=reply.uid[:300],
                      event_id=event.id if event else None, person_id=person.id if person else None,
                      email=reply.email, name=reply.name[:300], partstat=reply.partstat,
                      delegate_email=delegate[0], delegate_name=delegate[1][:300],
                      proposed_start_utc=reply.proposed_start, proposed_end_utc=reply.proposed_end,
                      recurrence_id_utc=when, comment=reply.comment, message=message, calendar=reply.calendar,
                      id=new_id())
    s.add(row)


# What a reply waiting for a decision asks, worded when shown (services.reply_reviews words them again
# from the stored row when it lists them, so they read in the language of the moment, not of the import).

def unknown_event_text(uid: str) -> str:
    return _("no event has the UID {uid} (a reply for an event this database does not hold)").format(uid=uid[:60])


def unknown_address_text(person_name: str | None, email: str) -> str:
    who = (_("{name} is not a participant").format(name=person_name) if person_name
           else _("nobody in the directory has {email}").format(email=email))
    return _("{who}: choose the person this reply is from").format(who=who)


def counter_text(start: datetime | None, end: datetime | None, zone_name: str) -> str:
    proposal = ""
    if start and end:
        a, b = (utc_to_local(t, zone_name) for t in (start, end))
        until = time_text(b) if a.date() == b.date() else f"{day_text(b, '%a %d %b')} {time_text(b)}"
        proposal = _("proposes {start} – {end}; ").format(start=f"{day_text(a, '%a %d %b')} {time_text(a)}", end=until)
    return proposal + _("accept (the event changes, the next invites carry it) or decline")


def delegation_text(person_name: str, delegate: str) -> str:
    return _("{name} passed the invitation to {delegate}: add them as a participant, or not").format(
        name=person_name, delegate=delegate)


def _one(s, index: _Index, reply: Reply, now: datetime, dry_run: bool) -> Outcome:
    out = Outcome(reply.source, reply.email, reply.partstat, "review", method=reply.method)
    event = index.events.get(reply.uid)
    if event is None:
        out.message = unknown_event_text(reply.uid)
        _review(s, reply, "unknown-event", out.message, now, dry_run)
        return out
    out.event_id, out.event_title = event.id, event.title
    try:
        when, out.date = _date_of(event, reply.recurrence_id)
    except LookupError:
        out.message = _("the reply is for a date the series does not have ({date})").format(date=reply.recurrence_id)
        _review(s, reply, "unknown-event", out.message, now, dry_run, event)
        return out
    person = index.people.get(reply.email)
    if person is not None:
        out.person_id, out.person_name = person.id, person.full_name
    part = index.parts.get((event.id, person.id)) if person is not None else None
    if part is None:
        out.message = unknown_address_text(person.full_name if person else None, reply.email)
        _review(s, reply, "unknown-address", out.message, now, dry_run, event, person, when)
        return out
    if reply.method == "COUNTER":
        out.message = counter_text(reply.proposed_start, reply.proposed_end, event.timezone)
        _review(s, reply, "counter", out.message, now, dry_run, event, person, when)
        return out
    status = STATUS_OF.get(reply.partstat)
    if status is None:
        out.result, out.message = "unchanged", _("PARTSTAT {value} is no answer; nothing changed").format(
            value=reply.partstat)
        return out
    stamp = reply.stamp or now
    held = index.last.get((event.id, person.id, when))
    by_hand = index.manual.get((event.id, person.id, when))
    if held is not None and (reply.sequence, stamp) == held:
        out.result, out.message = "unchanged", _("this answer is already recorded (the same reply again)")
        return out
    if held is not None and (reply.sequence, stamp) < held:
        out.result = "stale"
        out.message = _("older than the answer held (SEQUENCE {sequence}, sent {sent} UTC; held: SEQUENCE {held}, "
                        "{held_sent} UTC); nothing changed").format(
            sequence=reply.sequence, sent=f"{stamp:%Y-%m-%d %H:%M}", held=held[0], held_sent=f"{held[1]:%Y-%m-%d %H:%M}")
        return out
    if by_hand is not None and stamp <= by_hand:
        out.result = "stale"
        out.message = _("sent {sent} UTC, before the answer entered by hand ({by_hand} UTC); nothing changed").format(
            sent=f"{stamp:%Y-%m-%d %H:%M}", by_hand=f"{by_hand:%Y-%m-%d %H:%M}")
        return out
    index.note(event.id, person.id, when, reply.sequence, stamp)
    for address, name in reply.delegated_to:
        delegate = index.people.get(address)
        if delegate is None or (event.id, delegate.id) not in index.parts:
            _review(s, reply, "delegation", delegation_text(person.full_name, name or address),
                    now, dry_run, event, person, when)
    out.result = "updated"
    if when is None and part.invitation_status == status:
        out.result = "unchanged"
    change = f"{part.invitation_status} → {status}" if out.result == "updated" and when is None else status
    out.message = change + (_(" for {date}").format(date=out.date) if out.date else "") + (
        f" — “{reply.comment}”" if reply.comment else "")
    if dry_run:
        return out
    if when is None and part.invitation_status != status:
        part.invitation_status = status
        part.rsvp_at = stamp
        part.waitlist_position = None
    row = InviteRecord(event_id=event.id, person_id=person.id, recipient_email=reply.email, method="REPLY",
                       sequence=reply.sequence, recurrence_id_utc=when, written_at=stamp,
                       summary=(f"{reply.partstat.capitalize()}" + (f": {reply.comment}" if reply.comment else ""))
                       [:2000], partstat=reply.partstat, comment=reply.comment, file_name=reply.source[:500],
                       id=new_id())
    s.add(row)  # flushed once at the end of the batch (a flush per reply cost 3 ms each)
    return out


def import_paths(db: Database, paths: Iterable[str | Path], *, dry_run: bool = False,
                 record: bool = False) -> ReplyImport:
    replies, errors = read_files(paths)
    return import_replies(db, replies, dry_run=dry_run, errors=errors, record=record)


# --- answers by phone or letter, counts -------------------------------------------------------

def set_answer(db: Database, participation_id: str, status: str, note: str = "",
               at: datetime | None = None) -> Changes:
    """An answer given by phone or letter: the status, and a MANUAL row with the note in the ledger.

    Returns what it wrote (``services.journal.undo`` takes it back).
    """
    if status not in ANSWERED + ("invited",):
        raise ValidationError({"invitation_status": _("{value} is not an answer ({choices})").format(
            value=repr(status), choices=", ".join(ANSWERED))},
                              "participation")
    from qistdesk.services import crud

    at = at or utcnow()
    with recorded_write(db) as (s, changes):
        part = crud.get(s, Participation, participation_id)
        part.invitation_status, part.rsvp_at, part.waitlist_position = status, at, None
        partstat = {v: k for k, v in STATUS_OF.items()}.get(status, "NEEDS-ACTION")
        row = InviteRecord(event_id=part.event_id, person_id=part.person_id, recipient_email="", method="MANUAL",
                           sequence=0, written_at=at, partstat=partstat, comment=note,
                           summary=f"{status.capitalize()} (entered by hand)" + (f": {note}" if note else ""))
        s.add(row)
    return changes


def answer_counts(db: Database, event_id: str) -> dict[str, int]:
    """accepted, declined, tentative, delegated, and no reply yet (invited) for one event."""
    from sqlalchemy import func

    with db.read() as s:
        rows = s.execute(select(Participation.invitation_status, func.count()).where(
            Participation.event_id == event_id).group_by(Participation.invitation_status)).all()
    counts = {k: 0 for k in ("accepted", "declined", "tentative", "delegated", "invited")}
    for status, n in rows:
        counts[status] = counts.get(status, 0) + n
    return counts


def add_address(db: Database, person_id: str, address: str) -> None:
    """Keep another address of a person, so replies from it match them."""
    from qistdesk.services import crud
    from qistdesk.services.directory import other_emails, set_other_emails

    with db.write() as s:
        person = crud.get(s, Person, person_id)
        set_other_emails(s, person, other_emails(s, person.id) + [address])


def addresses_of(db: Database, person_id: str) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(PersonEmail.email).where(PersonEmail.person_id == person_id)
                              .order_by(PersonEmail.email)))
