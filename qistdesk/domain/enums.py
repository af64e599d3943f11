"""Closed vocabularies of the domain, stored as their string values.

Plain string columns (not native enums) keep SQLite and PostgreSQL alike and
let a new value arrive without a schema migration; validation checks them.
"""

from enum import Enum

from qistdesk.messages import N_, _

#: How each value is written for people, marked for translation; :attr:`StrEnum.label` reads it
#: in the app's language (qistdesk.messages). A value missing here falls back to the default rule
#: (value, dashes to spaces, capitalised), in English.
LABELS = {
    # sectors
    "government": N_("Government"), "academia": N_("Academia"), "industry": N_("Industry"),
    "non-profit": N_("Non-profit"), "to-review": N_("To review"),
    # career stages
    "student": N_("Student"), "phd": N_("PhD"), "postdoc": N_("Postdoc"), "early-career": N_("Early-career"),
    "mid-career": N_("Mid-career"), "senior": N_("Senior"),
    # event kinds and statuses, date statuses
    "seminar": N_("Seminar"), "conference": N_("Conference"), "workshop": N_("Workshop"),
    "draft": N_("Draft"), "planned": N_("Planned"), "confirmed": N_("Confirmed"), "cancelled": N_("Cancelled"),
    "scheduled": N_("Scheduled"),
    # roles and invitation statuses
    "attendee": N_("Attendee"), "speaker": N_("Speaker"), "chair": N_("Chair"), "organiser": N_("Organiser"),
    "panelist": N_("Panelist"),
    "not-invited": N_("Not invited"), "invited": N_("Invited"), "accepted": N_("Accepted"),
    "tentative": N_("Tentative"), "declined": N_("Declined"), "delegated": N_("Delegated"),
    "waitlisted": N_("Waitlisted"),
    # programmes, directions, exchange stages, paperwork
    "researcher": N_("Researcher"), "professional": N_("Professional"),
    "US-DK": N_("US to Denmark"), "DK-US": N_("Denmark to the US"),
    "proposed": N_("Proposed"), "applied": N_("Applied"), "preparing": N_("Preparing"),
    "in-progress": N_("In progress"), "completed": N_("Completed"), "withdrawn": N_("Withdrawn"),
    "not-needed": N_("Not needed"), "not-started": N_("Not started"), "done": N_("Done"),
    # milestones
    "visa": N_("Visa"), "insurance": N_("Insurance"), "housing": N_("Housing"), "funding": N_("Funding"),
    "arrival": N_("Arrival"), "orientation": N_("Orientation"), "report": N_("Report"),
    "departure": N_("Departure"), "other": N_("Other"),
    # languages, each in its own name
    "da": "Dansk", "en": "English",
}


class StrEnum(str, Enum):
    def __str__(self) -> str:  # so f-strings show the value
        return self.value

    @property
    def label(self) -> str:
        """The value for people, in the app's language."""
        text = self.english_label
        return _(text) if self.value in LABELS else text

    @property
    def english_label(self) -> str:
        """The label before translation (the catalogue's message): for a document in its reader's language."""
        return LABELS.get(self.value) or self.value.replace("_", " ").replace("-", " ").capitalize()

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]


class Sector(StrEnum):
    GOVERNMENT = "government"
    ACADEMIA = "academia"
    INDUSTRY = "industry"
    NON_PROFIT = "non-profit"
    #: Made by an import that named an organisation the directory did not know; someone should
    #: set the real sector (Organisations ▸ filter "to review").
    TO_REVIEW = "to-review"


class CareerStage(StrEnum):
    STUDENT = "student"
    PHD = "phd"
    POSTDOC = "postdoc"
    EARLY_CAREER = "early-career"
    MID_CAREER = "mid-career"
    SENIOR = "senior"


class Language(StrEnum):
    """The language a person reads: their invites, reminders, packets and badges are written in it."""

    DANISH = "da"
    ENGLISH = "en"


def effective_language(language: str | None, country: str | None) -> str:
    """A person's language: the one chosen, else Danish for Denmark and English elsewhere."""
    if language in (Language.DANISH, Language.ENGLISH):
        return str(language)
    return Language.DANISH.value if (country or "").upper() == "DK" else Language.ENGLISH.value


class EventKind(StrEnum):
    SEMINAR = "seminar"
    CONFERENCE = "conference"
    WORKSHOP = "workshop"


class QistArea(StrEnum):
    """The lines of QIST cooperation in the US–Denmark statement (events, sessions, exchanges)."""

    COMPUTING = "computing"
    NETWORKS = "networks"
    SENSING = "sensing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(QIST_AREA_LABELS[self.value])


#: How each area is written out (reports, forms); ``.label`` translates them.
QIST_AREA_LABELS = {"computing": N_("Quantum computing"), "networks": N_("Networks and communication"),
                    "sensing": N_("Sensing and metrology"), "other": N_("Other")}


class EventStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class DateStatus(StrEnum):
    """Status of one date of a seminar series."""

    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


class Role(StrEnum):
    ATTENDEE = "attendee"
    SPEAKER = "speaker"
    CHAIR = "chair"
    ORGANISER = "organiser"
    PANELIST = "panelist"


class InvitationStatus(StrEnum):
    NOT_INVITED = "not-invited"
    INVITED = "invited"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    DELEGATED = "delegated"  # the person passed the invitation on (RFC 5546 PARTSTAT=DELEGATED)
    WAITLISTED = "waitlisted"


#: Participants who take no seat: they declined, passed the invitation on (the delegate has their own
#: row), or wait for one. The one list the capacity rule and the integrity check share.
NO_SEAT = (InvitationStatus.DECLINED.value, InvitationStatus.DELEGATED.value, InvitationStatus.WAITLISTED.value)


class ProgramKind(StrEnum):
    STUDENT = "student"
    RESEARCHER = "researcher"
    PROFESSIONAL = "professional"


class Direction(StrEnum):
    US_TO_DK = "US-DK"
    DK_TO_US = "DK-US"


class Stage(StrEnum):
    """Pipeline of an exchange, in order."""

    PROPOSED = "proposed"
    APPLIED = "applied"
    ACCEPTED = "accepted"
    PREPARING = "preparing"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"


class PaperworkStatus(StrEnum):
    """Visa and insurance status of an exchange."""

    NOT_NEEDED = "not-needed"
    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"


class MilestoneKind(StrEnum):
    VISA = "visa"
    INSURANCE = "insurance"
    HOUSING = "housing"
    FUNDING = "funding"
    ARRIVAL = "arrival"
    ORIENTATION = "orientation"
    REPORT = "report"
    DEPARTURE = "departure"
    OTHER = "other"
