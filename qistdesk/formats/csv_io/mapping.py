"""Which CSV column fills which person field, and how a cell becomes a value.

Header names are guessed from English and Danish spellings (normalised: case, spaces and
punctuation ignored); the wizard and ``--map`` let the user correct the guess. Values are
read strictly: a date like 03/04/2027 means 3 April in Copenhagen and 4 March in
Washington, so ambiguous slashed dates are refused with both readings named.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from qistdesk.domain.enums import CareerStage, InvitationStatus, Role, Sector
from qistdesk.formats.csv_io.writer import unneutralise
from qistdesk.messages import _

#: Field → label shown in the wizard; "" means "ignore this column".
TARGETS: dict[str, str] = {
    "": "(ignore)",
    "full_name": "Full name (split into given and family name)",
    "given_name": "Given name", "family_name": "Family name", "email": "E-mail", "phone": "Phone",
    "organization": "Organisation (name)", "sector": "Sector of a new organisation",
    "job_title": "Job title", "country": "Country", "career_stage": "Career stage",
    "consent_listed": "Consent to be listed", "consent_photo": "Consent to photos",
    "retention_until": "Keep data until", "notes": "Notes",
    "dietary_needs": "Dietary needs (sensitive)", "accessibility_needs": "Accessibility needs (sensitive)",
    "passport_number": "Passport number (sensitive)", "date_of_birth": "Date of birth (sensitive)",
    "role": "Role at the event", "invitation_status": "Invitation status",
}
PARTICIPATION_TARGETS = ("role", "invitation_status")

_SYNONYMS = {
    "full_name": "name fullname navn fuldtnavn participant deltager contact kontakt person",
    "given_name": "givenname firstname first forename fornavn",
    "family_name": "familyname lastname last surname efternavn",
    "email": "email emailaddress mail emailadresse epost mailadresse",
    "phone": "phone telephone tel telefon mobile mobil phonenumber telefonnummer mobilnummer",
    "organization": "organization organisation institution company affiliation virksomhed employer org "
                    "arbejdsplads university universitet",
    "sector": "sector sektor",
    "job_title": "jobtitle title position stilling titel",
    "country": "country land countrycode landekode",
    "career_stage": "careerstage karrieretrin",
    "consent_listed": "consentlisted listed consenttolist consenttobelisted samtykke",
    "consent_photo": "consentphoto photo photos photoconsent consenttophotos consenttophoto fotosamtykke",
    "retention_until": "retentionuntil retention keepuntil keepdatauntil deleteafter slettes",
    "notes": "notes note comments comment remarks bemaerkninger noter",
    "dietary_needs": "dietaryneeds dietary diet allergies kost kostbehov",
    "accessibility_needs": "accessibilityneeds accessibility tilgaengelighed handicap",
    "passport_number": "passportnumber passport pasnummer pas",
    "date_of_birth": "dateofbirth dob birthdate birthday foedselsdato",
    "role": "role rolle",
    "invitation_status": "invitationstatus status rsvp",
}
_BY_KEY = {word: target for target, words in _SYNONYMS.items() for word in words.split()}

_COUNTRIES = {"denmark": "DK", "danmark": "DK", "dk": "DK", "usa": "US", "us": "US", "unitedstates": "US",
              "unitedstatesofamerica": "US", "america": "US", "germany": "DE", "sweden": "SE",
              "norway": "NO", "unitedkingdom": "GB", "uk": "GB", "netherlands": "NL", "finland": "FI"}
_TRUE = {"yes", "y", "true", "1", "x", "ja", "j", "sand"}
_FALSE = {"no", "n", "false", "0", "nej", "falsk", ""}


def header_key(name: str) -> str:
    """Case, accents, spaces and punctuation ignored: "E-mail adresse" → "emailadresse"."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("ø", "oe").replace("æ", "ae")
                                 .replace("å", "aa"))
    return re.sub(r"[^a-z0-9]", "", text)


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Header → field; each field is used once (the first matching column wins)."""
    mapping, used = {}, set()
    for header in headers:
        target = _BY_KEY.get(header_key(header), "")
        if target in used:
            target = ""
        mapping[header] = target
        if target:
            used.add(target)
    if "given_name" in used and "full_name" in used:
        mapping = {h: ("" if t == "full_name" else t) for h, t in mapping.items()}
    return mapping


def check_mapping(mapping: dict[str, str], headers: list[str]) -> list[str]:
    """Reasons a mapping cannot be used (unknown columns or fields, a field mapped twice, no name)."""
    problems = []
    for header, target in mapping.items():
        if header not in headers:
            problems.append(_("the file has no column {name} (columns: {columns})").format(
                name=repr(header), columns=", ".join(headers)))
        if target not in TARGETS:
            problems.append(_("{name} is not a field (choose from {fields})").format(
                name=repr(target), fields=", ".join(t for t in TARGETS if t)))
    targets = [t for t in mapping.values() if t]
    for target in sorted({t for t in targets if targets.count(t) > 1}):
        problems.append(_("two columns are mapped to {field}").format(field=TARGETS.get(target, target)))
    if not {"given_name", "full_name"} & set(targets):
        problems.append(_("no column gives the name: map one to 'full_name' or 'given_name'"))
    return problems


def normalise_email(value: str) -> str:
    """The key duplicates are found by: trimmed, without mailto:, case-folded."""
    value = (value or "").strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    return value.strip().strip("<>").casefold()


def split_name(full: str) -> tuple[str, str]:
    """"Nina Ørsted Hansen" → ("Nina Ørsted", "Hansen"); "Hansen, Nina" → ("Nina", "Hansen")."""
    full = " ".join(full.split())
    if "," in full:
        family, _sep, given = full.partition(",")
        return given.strip(), family.strip()
    given, _sep, family = full.rpartition(" ")
    return (given, family) if given else (family, "")


def clean_text(value: str) -> str:
    """Strip the apostrophe our export adds before formulas, control characters and padding."""
    value = unneutralise(value)
    value = "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return value.strip()


def convert(target: str, raw: str):
    """The stored value for ``target``, or raise ValueError with a reason a user can act on."""
    value = clean_text(raw)
    if target in ("consent_listed", "consent_photo"):
        key = value.casefold()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise ValueError(_("{value} is not yes or no").format(value=repr(value)))
    if target in ("retention_until", "date_of_birth"):
        return parse_date(value) if value else None
    if target == "country":
        if not value:
            return ""
        return _COUNTRIES.get(header_key(value), value.upper())
    if target == "email":
        return value[7:].strip() if value.lower().startswith("mailto:") else value
    if target in ("career_stage", "sector", "role", "invitation_status"):
        key = "-".join(value.casefold().replace("_", " ").split())
        choices = {"career_stage": CareerStage, "sector": Sector, "role": Role,
                   "invitation_status": InvitationStatus}[target].values()
        key = {"nonprofit": "non-profit", "organizer": "organiser", "notinvited": "not-invited"}.get(key, key)
        if key and key not in choices:
            raise ValueError(_("{value} is not one of: {choices}").format(value=repr(value), choices=", ".join(choices)))
        return key
    return value


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[.\-](\d{1,2})[.\-](\d{4})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_date(value: str) -> date:
    """ISO 2027-04-03, or day first with dots or dashes (3.4.2027); slashes only when unambiguous."""
    try:
        if m := _ISO.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DAY_FIRST.match(value):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _SLASHED.match(value):
            a, b, year = int(m[1]), int(m[2]), int(m[3])
            if a > 12 >= b:
                return date(year, b, a)
            if b > 12 >= a:
                return date(year, a, b)
            if a == b:
                return date(year, a, b)
            raise _Ambiguous(_("{value} is ambiguous (day/month or month/day?); write it as {one} or {other}").format(
                value=repr(value), one=f"{year}-{b:02d}-{a:02d}", other=f"{year}-{a:02d}-{b:02d}"))
    except _Ambiguous:
        raise
    except ValueError:
        raise ValueError(_("{value} is not a date that exists").format(value=repr(value))) from None
    raise ValueError(_("{value} is not a date (write it as YYYY-MM-DD)").format(value=repr(value)))


class _Ambiguous(ValueError):
    """A slashed date that reads two ways (told apart without reading the message, which may be Danish)."""
