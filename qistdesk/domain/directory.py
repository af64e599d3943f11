"""The directory: organisations, people and venues, reused by everything else."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qistdesk.domain.base import Base, Identified, Versioned


def _in(ranges: tuple[tuple[str, str], ...], text: str) -> bool:
    return bool(text.strip()) and all(any(lo <= ch <= hi for lo, hi in ranges) for ch in text if not ch.isspace())


#: Hangul (Korean) and the Han/kana scripts (Chinese, Japanese): family name first in these cultures.
HANGUL = (("\u1100", "\u11ff"), ("\u3130", "\u318f"), ("\uac00", "\ud7af"))
HAN_KANA = (("\u2e80", "\u9fff"), ("\uf900", "\ufaff"), ("\U00020000", "\U0003134f"))


def display_name(given: str | None, family: str | None, fallback: str = "") -> str:
    """A person's name in the order their culture writes it; the one rule every screen, list,
    form, packet and export uses.

    Chinese and Japanese names (Han or kana script) are family name first with no space (王芳,
    佐藤花子); Korean names (Hangul) family name first with a space (김 민준); every other name
    "given family" (Åse Møller). A name with only one part is that part; no name at all is
    ``fallback``.
    """
    given, family = (given or "").strip(), (family or "").strip()
    if given and family:
        both = given + family
        if _in(HANGUL + HAN_KANA, both):
            return f"{family} {given}" if _in(HANGUL, given) or _in(HANGUL, family) else family + given
    return " ".join(p for p in (given, family) if p) or fallback


class Organization(Identified, Versioned, Base):
    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(String(300))
    sector: Mapped[str] = mapped_column(String(20))
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    city: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    address: Mapped[str] = mapped_column(Text, default="")

    people: Mapped[list["Person"]] = relationship(back_populates="organization")

    def __repr__(self) -> str:
        return f"<Organization {self.name!r}>"


class Person(Identified, Versioned, Base):
    __tablename__ = "people"
    __table_args__ = (
        # Name order and every column the people list shows: that list is one index scan (issue 19).
        Index("ix_people_list", "family_name", "given_name", "id", "email", "country", "career_stage", "job_title",
              "organization_id", "version"),
        Index("ix_people_email", "email"),
    )

    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    organization_id: Mapped[Optional[str]] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL"), index=True)
    job_title: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    career_stage: Mapped[str] = mapped_column(String(20), default="")
    # "da" or "en"; empty: by country (Danish for DK). See enums.effective_language.
    language: Mapped[str] = mapped_column(String(2), default="")
    # Consent (GDPR): to appear on participant lists and to be photographed.
    consent_listed: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    retention_until: Mapped[Optional[date]] = mapped_column(Date)
    # Sensitive fields: masked in the app, never exported unless asked for.
    dietary_needs: Mapped[str] = mapped_column(Text, default="")
    accessibility_needs: Mapped[str] = mapped_column(Text, default="")
    passport_number: Mapped[str] = mapped_column(String(40), default="")
    date_of_birth: Mapped[Optional[date]] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Optional[Organization]] = relationship(back_populates="people")

    @property
    def full_name(self) -> str:
        return display_name(self.given_name, self.family_name)

    def __repr__(self) -> str:
        return f"<Person {self.full_name!r}>"


class PersonEmail(Identified, Base):
    """Another address of a person (a private one, an old one): a reply from it still matches them."""

    __tablename__ = "person_emails"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # stored lower case


#: Fields of :class:`Person` that are personal-sensitive.
SENSITIVE_PERSON_FIELDS = ("dietary_needs", "accessibility_needs", "passport_number", "date_of_birth")


class Venue(Identified, Versioned, Base):
    __tablename__ = "venues"

    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    timezone: Mapped[str] = mapped_column(String(64))
    capacity: Mapped[Optional[int]] = mapped_column(Integer)
    accessibility_notes: Mapped[str] = mapped_column(Text, default="")
    map_url: Mapped[str] = mapped_column(String(500), default="")

    def __repr__(self) -> str:
        return f"<Venue {self.name!r}>"
