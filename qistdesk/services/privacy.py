"""Personal data: masking sensitive fields, and erasing a person.

Why erasure anonymises rather than deletes: an office reports how many people
took part in each event and exchange. Deleting the person would delete their
participations (cascade) and change those numbers after the fact. So the
person row stays as "Erased person" with every contact and sensitive field
cleared, and free text that may describe them (notes, housing) is cleared on
the rows that point to them. Country and career stage stay: they feed the
programme statistics and identify no one on their own.

The invite ledger keeps a neutral reference (``erased-<id>``) instead of the file
name made from the person's name; replies waiting for review lose the name,
address and calendar text. SQLite's ``secure_delete`` is always on (the store
sets it, whatever the system's SQLite was built with) and the WAL is truncated
after an erasure, so the old text is not left in free pages or journal frames.

Backups made before the erasure still hold the data: :func:`copies_holding`
names them, and :func:`purge_from_backups` rewrites each (at the current schema)
with the person erased and its SHA-256 renewed; a copy it cannot rewrite (an
older schema, a checksum that does not match) is named, never silently kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlalchemy import or_, select

from qistdesk.domain import (SENSITIVE_PERSON_FIELDS, Exchange, InviteRecord, Participation, Person)
from qistdesk.domain.events import ReplyReview
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


@dataclass
class ErasureReport:
    person_id: str
    participations: int = 0
    exchanges: int = 0
    invites: int = 0
    replies: int = 0
    notes: list[str] = field(default_factory=list)
    #: backup copies that still hold the person (names only), filled by the front end's call
    still_in_backups: list[str] = field(default_factory=list)

    def describe(self) -> str:
        text = (f"erased person {self.person_id[:8]}: contact and sensitive data cleared; kept as "
                f"'{ERASED_NAME}' in {self.participations} participation(s) and {self.exchanges} "
                f"exchange(s) so event statistics stay right; {self.invites} invite record(s) "
                "kept with a neutral reference")
        if self.still_in_backups:
            text += (f". {len(self.still_in_backups)} backup cop{'y' if len(self.still_in_backups) == 1 else 'ies'} "
                     f"still hold them: {', '.join(self.still_in_backups)} (purge with --purge-backups)")
        return text


def neutral_reference(person_id: str) -> str:
    """What the invite ledger keeps instead of a file name made from the person's name."""
    return f"erased-{person_id[:8]}"


def erase_person(db: Database, ident: str, expected_version: int | None = None) -> ErasureReport:
    """Anonymise a person everywhere, in one transaction (all or nothing), then scrub the WAL."""
    with db.write() as s:
        person = crud.get(s, Person, ident)
        crud.check_version(person, expected_version)
        report = _erase(s, person)
        crud.flush(s, person, expected_version)
    db.scrub()
    return report


def _erase(s, person: Person) -> ErasureReport:
    report = ErasureReport(person.id)
    email = (person.email or "").strip().lower()
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
        item.recipient_email, item.comment = "", ""
        item.file_name = neutral_reference(person.id)
        report.invites += 1
    mine = [ReplyReview.person_id == person.id]
    if email:
        mine += [ReplyReview.email == email, ReplyReview.delegate_email == email]
    for item in s.scalars(select(ReplyReview).where(or_(*mine))):
        for name in ("email", "name", "delegate_email", "delegate_name", "comment", "message", "calendar",
                     "source"):
            setattr(item, name, "")
        report.replies += 1
    return report


# --- backups ----------------------------------------------------------------------------------

def _holds(copy, person_id: str) -> bool:
    from qistdesk.store.backup_edit import read_rows

    rows = read_rows(copy, "SELECT given_name, family_name, email, passport_number FROM people WHERE id = ?",
                     (person_id,))
    return any(r[0] != ERASED_NAME or any(r[1:]) for r in rows)


def copies_holding(db: Database, person_id: str) -> list[str]:
    """Names of this database's backup copies that still hold the person's data."""
    from qistdesk.store.backup import list_copies

    if db.file is None:
        return []
    return [info.path.name for info in list_copies(db) if _holds(info.path, person_id)]


@dataclass
class PurgeReport:
    purged: list[str] = field(default_factory=list)
    #: copy name -> why it could not be rewritten (it still holds the person)
    kept: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        text = f"purged from {len(self.purged)} backup cop{'y' if len(self.purged) == 1 else 'ies'} (checksums renewed)"
        if self.kept:
            text += "; still holding them: " + "; ".join(f"{n} ({why})" for n, why in self.kept.items())
        return text


def purge_from_backups(db: Database, person_id: str) -> PurgeReport:
    """Rewrite every backup copy that holds the person with the person erased, and its SHA-256."""
    from qistdesk.store.backup import list_copies
    from qistdesk.store.backup_edit import rewrite_copy

    report = PurgeReport()
    if db.file is None:
        return report
    for info in list_copies(db, verify=True):
        if not _holds(info.path, person_id):
            continue
        if info.checksum == "mismatch":
            report.kept[info.path.name] = "its checksum does not match; not rewritten"
            continue
        try:
            rewrite_copy(info.path, lambda copy_db: _erase_in(copy_db, person_id))
        except Exception as exc:  # noqa: BLE001 - named in the report, the copy is left as it was
            from qistdesk.store.faults import safe_message

            report.kept[info.path.name] = safe_message(exc)
            continue
        report.purged.append(info.path.name)
    return report


def _erase_in(copy_db: Database, person_id: str) -> None:
    with copy_db.write() as s:
        person = s.get(Person, person_id)
        if person is not None:
            _erase(s, person)
