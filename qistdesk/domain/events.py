"""Events: seminars (possibly a series), conferences and workshops.

A seminar series keeps its rule (an RFC 5545 RRULE in the event's zone) on the
event and one :class:`SeriesDate` row per date, so each date can carry its own
speaker and topic, be cancelled, or be moved. Calendar export turns that back
into one VEVENT with RRULE, EXDATE and RECURRENCE-ID overrides.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qistdesk.domain.base import Base, Identified, UTCDateTime, Versioned
from qistdesk.domain.directory import Organization, Person, Venue


class Event(Identified, Versioned, Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_start", "start_utc"),)

    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")  # comma-separated keywords
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(String(64))
    venue_id: Mapped[Optional[str]] = mapped_column(ForeignKey("venues.id", ondelete="SET NULL"), index=True)
    online_url: Mapped[str] = mapped_column(String(500), default="")
    organizer_id: Mapped[Optional[str]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    host_organization_id: Mapped[Optional[str]] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    capacity: Mapped[Optional[int]] = mapped_column(Integer)
    qist_area: Mapped[str] = mapped_column(String(20), default="")  # enums.QistArea, "" = not set
    series_rule: Mapped[str] = mapped_column(String(300), default="")  # RRULE as written, seminars only
    # Extra dates of the series (RDATE): UTC ISO instants separated by spaces.
    series_rdates: Mapped[str] = mapped_column(Text, default="", server_default="")
    # iCalendar identity: one UID per event or series; SEQUENCE rises with each sent update.
    ical_uid: Mapped[str] = mapped_column(String(200), unique=True)
    ical_sequence: Mapped[int] = mapped_column(Integer, default=0)
    # DTSTAMP of the last calendar file imported for this event: with SEQUENCE, it says whether an
    # incoming REQUEST/PUBLISH is older than what the database holds (RFC 5546 3.2).
    ical_dtstamp: Mapped[Optional[datetime]] = mapped_column(UTCDateTime)

    venue: Mapped[Optional[Venue]] = relationship()
    organizer: Mapped[Optional[Person]] = relationship(foreign_keys=[organizer_id])
    host_organization: Mapped[Optional[Organization]] = relationship()
    dates: Mapped[list["SeriesDate"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="SeriesDate.original_start_utc")
    sessions: Mapped[list["ConferenceSession"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="ConferenceSession.start_utc")
    participations: Mapped[list["Participation"]] = relationship(
        back_populates="event", cascade="all, delete-orphan")

    @property
    def is_series(self) -> bool:
        return bool(self.series_rule)

    def __repr__(self) -> str:
        return f"<Event {self.kind} {self.title!r}>"


class SeriesDate(Identified, Versioned, Base):
    """One date of a seminar series; ``original_start_utc`` is its RECURRENCE-ID."""

    __tablename__ = "series_dates"
    __table_args__ = (UniqueConstraint("event_id", "original_start_utc"),
                      Index("ix_series_dates_start_utc", "start_utc"))  # the calendar's week and month reads

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    original_start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="scheduled")
    speaker_id: Mapped[Optional[str]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    topic: Mapped[str] = mapped_column(String(300), default="")

    event: Mapped[Event] = relationship(back_populates="dates")
    speaker: Mapped[Optional[Person]] = relationship()

    @property
    def is_moved(self) -> bool:
        return self.start_utc != self.original_start_utc


class SessionSpeaker(Base):
    __tablename__ = "session_speakers"

    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True,
                                           index=True)  # "is this person booked twice?"
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship()


class ConferenceSession(Identified, Versioned, Base):
    """A slot in the timetable of a conference or workshop."""

    __tablename__ = "sessions"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    room: Mapped[str] = mapped_column(String(120), default="")
    room_capacity: Mapped[Optional[int]] = mapped_column(Integer)  # seats in that room (rooms summary)
    qist_area: Mapped[str] = mapped_column(String(20), default="")  # "" = the event's area
    chair_id: Mapped[Optional[str]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))

    event: Mapped[Event] = relationship(back_populates="sessions")
    chair: Mapped[Optional[Person]] = relationship()
    speaker_links: Mapped[list[SessionSpeaker]] = relationship(
        cascade="all, delete-orphan", order_by=SessionSpeaker.position)

    @property
    def speakers(self) -> list[Person]:
        return [link.person for link in self.speaker_links]


class Participation(Identified, Versioned, Base):
    """A person's place at an event: role, invitation status, RSVP."""

    __tablename__ = "participations"
    __table_args__ = (UniqueConstraint("event_id", "person_id"),)

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="attendee")
    invitation_status: Mapped[str] = mapped_column(String(20), default="not-invited")
    rsvp_at: Mapped[Optional[datetime]] = mapped_column(UTCDateTime)
    waitlist_position: Mapped[Optional[int]] = mapped_column(Integer)
    # The person's accessibility request was met for this event (reports count requests and met).
    access_met: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the last printed badge showed (a fingerprint of name, organisation, role): a badge is
    # still to print when this is empty or differs from what it would show now.
    badge_printed: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    event: Mapped[Event] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship()


class InviteRecord(Identified, Base):
    """Ledger: which calendar version (METHOD, SEQUENCE) went to whom, and when."""

    __tablename__ = "invite_ledger"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[Optional[str]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    recipient_email: Mapped[str] = mapped_column(String(320), default="")
    method: Mapped[str] = mapped_column(String(10))  # REQUEST | CANCEL | PUBLISH
    sequence: Mapped[int] = mapped_column(Integer)
    recurrence_id_utc: Mapped[Optional[datetime]] = mapped_column(UTCDateTime)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(Text, default="")  # the "what changed" line
    fingerprint: Mapped[str] = mapped_column(String(64), default="")  # hash of time/place/title sent
    # A REQUEST: the dates of the series it left out (EXDATE), UTC ISO instants separated by spaces;
    # they need no CANCEL later, the recipients never had them.
    excluded_utc: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(500), default="")
    # A REPLY (or an answer entered by hand, MANUAL): the attendee's PARTSTAT and COMMENT. For a REPLY,
    # ``sequence`` and ``written_at`` are the reply's SEQUENCE and DTSTAMP (what says a later reply is older).
    partstat: Mapped[str] = mapped_column(String(20), default="")
    comment: Mapped[str] = mapped_column(Text, default="")


class ReplyReview(Identified, Base):
    """A reply that waits for the user: a COUNTER, an unknown address or event, a delegation to someone new.

    ``calendar`` keeps the reply's own calendar text, so accepting or declining a COUNTER
    (DECLINECOUNTER) works from what the sender wrote, not from a guess.
    """

    __tablename__ = "reply_reviews"

    kind: Mapped[str] = mapped_column(String(20))  # counter | unknown-address | unknown-event | delegation
    state: Mapped[str] = mapped_column(String(20), default="open", index=True)  # open | done | dismissed
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(500), default="")
    uid: Mapped[str] = mapped_column(String(300), default="")
    event_id: Mapped[Optional[str]] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[Optional[str]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    email: Mapped[str] = mapped_column(String(320), default="")
    name: Mapped[str] = mapped_column(String(300), default="")
    partstat: Mapped[str] = mapped_column(String(20), default="")
    delegate_email: Mapped[str] = mapped_column(String(320), default="")
    delegate_name: Mapped[str] = mapped_column(String(300), default="")
    proposed_start_utc: Mapped[Optional[datetime]] = mapped_column(UTCDateTime)
    proposed_end_utc: Mapped[Optional[datetime]] = mapped_column(UTCDateTime)
    recurrence_id_utc: Mapped[Optional[datetime]] = mapped_column(UTCDateTime)
    comment: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")  # what the user is asked to decide
    calendar: Mapped[str] = mapped_column(Text, default="")
