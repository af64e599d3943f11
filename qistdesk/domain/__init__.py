"""The domain: ORM entities and the rules that keep them right. No Qt, no SQLite."""

from qistdesk.domain.base import Base, new_id, utcnow
from qistdesk.domain.directory import SENSITIVE_PERSON_FIELDS, Organization, Person, Venue
from qistdesk.domain.events import (ConferenceSession, Event, InviteRecord, Participation,
                                    SeriesDate, SessionSpeaker)
from qistdesk.domain.exchanges import Exchange, ExchangeProgram, Milestone

__all__ = [
    "Base", "new_id", "utcnow", "Organization", "Person", "Venue", "SENSITIVE_PERSON_FIELDS",
    "Event", "SeriesDate", "ConferenceSession", "SessionSpeaker", "Participation", "InviteRecord",
    "ExchangeProgram", "Exchange", "Milestone",
]
