"""How the GUI writes the domain's closed vocabularies (sector, role, stage …) in the app's language.

The domain keeps one English label per value (``member.label``, used by the command line and the
JSON document); the GUI shows ``enum_label(member)``, the same label through :func:`tr`. The
labels are listed here with ``QT_TR_NOOP`` because ``pyside6-lupdate`` reads only the GUI's
sources; a label missing from the list is still shown, in English.
"""

from __future__ import annotations

from enum import Enum

from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP

#: value -> label. One table for every vocabulary: a value shared by two ("accepted" is an
#: invitation's answer and an exchange's stage; "student" a career stage and a programme kind) reads
#: the same in both, in Danish too.
LABELS = {
    # Sector
    "government": QT_TR_NOOP("Government"), "academia": QT_TR_NOOP("Academia"),
    "industry": QT_TR_NOOP("Industry"), "non-profit": QT_TR_NOOP("Non-profit"),
    "to-review": QT_TR_NOOP("To review"),
    # CareerStage
    "student": QT_TR_NOOP("Student"), "phd": QT_TR_NOOP("PhD"), "postdoc": QT_TR_NOOP("Postdoc"),
    "early-career": QT_TR_NOOP("Early career"), "mid-career": QT_TR_NOOP("Mid career"),
    "senior": QT_TR_NOOP("Senior"),
    # Language
    "da": QT_TR_NOOP("Danish"), "en": QT_TR_NOOP("English"),
    # EventKind
    "seminar": QT_TR_NOOP("Seminar"), "conference": QT_TR_NOOP("Conference"), "workshop": QT_TR_NOOP("Workshop"),
    # QistArea
    "computing": QT_TR_NOOP("Quantum computing"), "networks": QT_TR_NOOP("Networks and communication"),
    "sensing": QT_TR_NOOP("Sensing and metrology"), "other": QT_TR_NOOP("Other"),
    # EventStatus, DateStatus
    "draft": QT_TR_NOOP("Draft"), "planned": QT_TR_NOOP("Planned"), "confirmed": QT_TR_NOOP("Confirmed"),
    "cancelled": QT_TR_NOOP("Cancelled"), "scheduled": QT_TR_NOOP("Scheduled"),
    # Role
    "attendee": QT_TR_NOOP("Attendee"), "speaker": QT_TR_NOOP("Speaker"), "chair": QT_TR_NOOP("Chair"),
    "organiser": QT_TR_NOOP("Organiser"), "panelist": QT_TR_NOOP("Panelist"),
    # InvitationStatus
    "not-invited": QT_TR_NOOP("Not invited"), "invited": QT_TR_NOOP("Invited"),
    "accepted": QT_TR_NOOP("Accepted"), "tentative": QT_TR_NOOP("Tentative"),
    "declined": QT_TR_NOOP("Declined"), "delegated": QT_TR_NOOP("Delegated"),
    "waitlisted": QT_TR_NOOP("Waitlisted"),
    # ProgramKind
    "researcher": QT_TR_NOOP("Researcher"), "professional": QT_TR_NOOP("Professional"),
    # Direction
    "US-DK": QT_TR_NOOP("US to Denmark"), "DK-US": QT_TR_NOOP("Denmark to US"),
    # Stage
    "proposed": QT_TR_NOOP("Proposed"), "applied": QT_TR_NOOP("Applied"), "preparing": QT_TR_NOOP("Preparing"),
    "in-progress": QT_TR_NOOP("In progress"), "completed": QT_TR_NOOP("Completed"),
    "withdrawn": QT_TR_NOOP("Withdrawn"),
    # PaperworkStatus
    "not-needed": QT_TR_NOOP("Not needed"), "not-started": QT_TR_NOOP("Not started"), "done": QT_TR_NOOP("Done"),
    # MilestoneKind
    "visa": QT_TR_NOOP("Visa"), "insurance": QT_TR_NOOP("Insurance"), "housing": QT_TR_NOOP("Housing"),
    "funding": QT_TR_NOOP("Funding"), "arrival": QT_TR_NOOP("Arrival"), "orientation": QT_TR_NOOP("Orientation"),
    "report": QT_TR_NOOP("Report"), "departure": QT_TR_NOOP("Departure"),
}


def enum_label(member: Enum) -> str:
    """``member``'s label in the app's language."""
    source = LABELS.get(member.value)
    return tr(source) if source else member.label


def enum_label_of(enum_cls, value: str | None) -> str:
    """The label of ``value`` in ``enum_cls``; an unknown value is shown as it is ("" for none)."""
    if value in enum_cls.values():
        return enum_label(enum_cls(value))
    return value or ""


def enum_choices(enum_cls) -> list[tuple[str, str]]:
    """(label, value) of each member, for a pick list."""
    return [(enum_label(m), m.value) for m in enum_cls]
