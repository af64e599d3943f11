"""Personal data: masking sensitive fields, retention, and erasing a person.

Why erasure anonymises rather than deletes: an office reports how many people
took part in each event and exchange. Deleting the person would delete their
participations (cascade) and change those numbers after the fact. So the
person row stays as "Erased person" with every contact and sensitive field
cleared, and free text that may describe them (notes, housing) is cleared on
the rows that point to them. Country and career stage stay: they feed the
programme statistics and identify no one on their own.

Backups made before the erasure still hold the data until rotation removes
them (12 months at most for automatic copies); :func:`erase_person` says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from sqlalchemy import or_, select

from qistdesk.domain import (SENSITIVE_PERSON_FIELDS, Exchange, InviteRecord, Participation, Person)
from qistdesk.services import crud
from qistdesk.store import Database

ERASED_NAME = "Erased person"
MASK = "••••••"

#: Fields cleared on the person row besides the sensitive ones.
_CLEARED = ("family_name", "email", "phone", "job_title", "notes")


def is_sensitive(field_name: str) -> bool:
    return field_name in SENSITIVE_PERSON_FIELDS


def mask_value(field_name: str, value: Any, reveal: bool = False) -> Any:
    """The value to display: sensitive fields show a mask unless revealed on purpose."""
    if reveal or not is_sensitive(field_name) or value in (None, ""):
        return value
    return MASK


def masked(record: dict[str, Any], reveal: Iterable[str] = ()) -> dict[str, Any]:
    """A copy of a person dict with sensitive fields masked (except those in ``reveal``)."""
    shown = set(reveal)
    return {k: mask_value(k, v, k in shown) for k, v in record.items()}


def without_sensitive(record: dict[str, Any]) -> dict[str, Any]:
    """A copy with the sensitive fields removed (for exports that were not asked for them)."""
    return {k: v for k, v in record.items() if k not in SENSITIVE_PERSON_FIELDS}


def is_erased(person: Person) -> bool:
    return person.given_name == ERASED_NAME and not person.email


@dataclass
class ErasureReport:
    person_id: str
    participations: int = 0
    exchanges: int = 0
    invites: int = 0
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return (f"erased person {self.person_id[:8]}: contact and sensitive data cleared; kept as "
                f"'{ERASED_NAME}' in {self.participations} participation(s) and {self.exchanges} "
                f"exchange(s) so event statistics stay right; {self.invites} invite record(s) "
                "lost their address. Backups made earlier still hold the data until they rotate out")


def erase_person(db: Database, ident: str, expected_version: int | None = None) -> ErasureReport:
    """Anonymise a person everywhere, in one transaction (all or nothing)."""
    with db.write() as s:
        person = crud.get(s, Person, ident)
        crud.check_version(person, expected_version)
        report = ErasureReport(person.id)
        person.given_name = ERASED_NAME
        for name in _CLEARED:
            setattr(person, name, "")
        for name in SENSITIVE_PERSON_FIELDS:
            setattr(person, name, None if name == "date_of_birth" else "")
        person.organization_id = None
        person.consent_listed = person.consent_photo = False
        person.retention_until = None
        for item in s.scalars(select(Participation).where(Participation.person_id == person.id)):
            item.notes = ""
            report.participations += 1
        for item in s.scalars(select(Exchange).where(
                or_(Exchange.person_id == person.id, Exchange.host_contact_id == person.id))):
            if item.person_id == person.id:
                item.housing, item.notes = "", ""
                for milestone in item.milestones:
                    milestone.notes = ""
                report.exchanges += 1
        for item in s.scalars(select(InviteRecord).where(InviteRecord.person_id == person.id)):
            item.recipient_email = ""
            report.invites += 1
        crud.flush(s, person, expected_version)
        return report


def people_past_retention(db: Database, today: date | None = None) -> list[dict[str, Any]]:
    """People whose retention date has passed and who are not erased yet (no contact data shown)."""
    today = today or date.today()
    with db.read() as s:
        rows = s.execute(select(Person.id, Person.retention_until)
                         .where(Person.retention_until.is_not(None), Person.retention_until < today)
                         .order_by(Person.retention_until))
        return [{"id": pid, "retention_until": until} for pid, until in rows]
