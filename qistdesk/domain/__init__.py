"""The domain: ORM entities and the rules that keep them right. No Qt, no SQLite."""

from qistdesk.domain.base import Base, new_id, utcnow
from qistdesk.domain.directory import (SENSITIVE_PERSON_FIELDS, Organization, Person, PersonEmail, Venue,
                                       display_name)
from qistdesk.domain.events import (ConferenceSession, Event, InviteRecord, Participation, ReplyReview,
                                    SeriesDate, SessionSpeaker)
from qistdesk.domain.exchanges import Exchange, ExchangeProgram, Milestone

__all__ = [
    "Base", "new_id", "utcnow", "display_name", "Organization", "Person", "Venue", "PersonEmail", "SENSITIVE_PERSON_FIELDS",
    "Event", "SeriesDate", "ConferenceSession", "SessionSpeaker", "Participation", "InviteRecord", "ReplyReview",
    "ExchangeProgram", "Exchange", "Milestone",
]
