"""Student and professional exchanges, their programmes and milestones."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from qistdesk.domain.base import Base, Identified, Versioned
from qistdesk.domain.directory import Organization, Person
from qistdesk.messages import N_, _


class ExchangeProgram(Identified, Versioned, Base):
    __tablename__ = "exchange_programs"

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(5))
    funding: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Welcome letter for packets, with {placeholders}, in English and in Danish: a packet takes the
    # reader's language, else the other one; both empty means the built-in letter.
    welcome_template: Mapped[str] = mapped_column(Text, default="")
    welcome_template_da: Mapped[str] = mapped_column(Text, default="")

    exchanges: Mapped[list["Exchange"]] = relationship(back_populates="program")


class Exchange(Identified, Versioned, Base):
    __tablename__ = "exchanges"

    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("exchange_programs.id", ondelete="RESTRICT"), index=True)
    home_organization_id: Mapped[Optional[str]] = mapped_column(ForeignKey("organizations.id", ondelete="SET NULL"))
    host_organization_id: Mapped[Optional[str]] = mapped_column(ForeignKey("organizations.id", ondelete="SET NULL"))
    host_contact_id: Mapped[Optional[str]] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(20), default="proposed")
    housing: Mapped[str] = mapped_column(Text, default="")
    qist_area: Mapped[str] = mapped_column(String(20), default="")  # enums.QistArea, "" = not set
    funding: Mapped[str] = mapped_column(String(300), default="")
    funding_amount: Mapped[Optional[int]] = mapped_column(Integer)  # whole currency units
    funding_currency: Mapped[str] = mapped_column(String(3), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    program: Mapped[ExchangeProgram] = relationship(back_populates="exchanges")
    home_organization: Mapped[Optional[Organization]] = relationship(foreign_keys=[home_organization_id])
    host_organization: Mapped[Optional[Organization]] = relationship(foreign_keys=[host_organization_id])
    host_contact: Mapped[Optional[Person]] = relationship(foreign_keys=[host_contact_id])
    milestones: Mapped[list["Milestone"]] = relationship(
        back_populates="exchange", cascade="all, delete-orphan", order_by="Milestone.due_date")

    @property
    def visa_status(self) -> str:
        return paperwork_status(self.milestones, "visa")

    @property
    def insurance_status(self) -> str:
        return paperwork_status(self.milestones, "insurance")


#: The usual checklist's step titles (services.exchanges.default_milestones), for the catalogue: a
#: title the app made is shown in the reader's language, a title someone typed as typed.
DEFAULT_STEP_TITLES = (N_("Visa approved"), N_("Health insurance confirmed"), N_("Housing arranged"), N_("Arrival"),
                       N_("Orientation meeting"), N_("Mid-term report"), N_("Final report"),
                       # the first steps migration i12_paperwork made of an "in progress" status
                       N_("Visa application submitted"), N_("Health insurance applied for"))


def step_title(title: str) -> str:
    """A checklist step's title in the app's language when the app made it ("Visum godkendt")."""
    return _(title) if title in DEFAULT_STEP_TITLES else title


def paperwork_label(status: str, english: bool = False) -> str:
    """How a visa or insurance status reads on screen ("Not started", "Done"), in the app's language;
    ``english``: before translation, for a document that translates it into its reader's language."""
    from qistdesk.domain.enums import PaperworkStatus

    if status not in PaperworkStatus.values():
        return status
    member = PaperworkStatus(status)
    return member.english_label if english else member.label


def paperwork_status(milestones, kind: str) -> str:
    """The one truth of an exchange's visa or insurance state: its checklist steps of that kind.

    No such step: "not-needed"; every one done: "done"; some done: "in-progress"; none done:
    "not-started" (values of ``enums.PaperworkStatus``). The view, the detail record, the
    printed packet and the CLI all show this; ticking "Visa approved" makes the visa "done".
    """
    steps = [m for m in milestones if m.kind == kind]
    done = sum(1 for m in steps if m.done)
    if not steps:
        return "not-needed"
    return "done" if done == len(steps) else "in-progress" if done else "not-started"


class Milestone(Identified, Versioned, Base):
    __tablename__ = "milestones"

    exchange_id: Mapped[str] = mapped_column(ForeignKey("exchanges.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date] = mapped_column(Date, index=True)  # dashboard: due and overdue
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[Optional[date]] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    exchange: Mapped[Exchange] = relationship(back_populates="milestones")
