"""Invites (RFC 5546): one METHOD:REQUEST file per invited person, updates, CANCELs.

Why one file per person with only that person as ATTENDEE: the file goes
into a mail to them, and a list of every other invitee's address is not
theirs to see. The ledger (``services.invites``) decides the rest; this module only turns its
state into batches and files' text (``services.ics_invites`` reads, writes and records):

* first REQUEST: SEQUENCE as stored (0 for a new event);
* time, place or title changed since the last REQUEST: SEQUENCE + 1, new
  DTSTAMP, same UID, and a "what changed" line (COMMENT, mail body, ledger);
* event cancelled: METHOD:CANCEL to everyone who had a REQUEST;
* a date of a series cancelled: METHOD:CANCEL with that date's RECURRENCE-ID.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from qistdesk.document_text import translator
from qistdesk.messages import N_, _
from qistdesk.domain import Event
from qistdesk.formats.ics.build import CalendarWriter, venue_text
from qistdesk.formats.ics.invite_text import date_line, plain_cn, when_text
from qistdesk.formats.ics.text import line, text_line
from qistdesk.timezones import utc_to_local

__all__ = ["Office", "InviteRun", "when_text", "fingerprint", "batches_for", "calendar_text", "mail_text", "slug",
           "NothingToWrite"]

REQUIRED_ROLES = {"speaker", "chair", "panelist", "organiser"}
ASPECTS = {"t": "title", "w": "time", "p": "place", "s": "dates"}
#: How each aspect is named in a what-changed line, for the catalogue.
ASPECT_WORDS = {"title": N_("title"), "time": N_("time"), "place": N_("place"), "dates": N_("dates")}


class Summary(str):
    """A what-changed line: reads as English (the ledger, the preview, the command line), and
    :meth:`text` writes it in a recipient's language (the COMMENT and the mail of their invite)."""

    def __new__(cls, render):
        made = super().__new__(cls, render("en"))
        made._render = render
        return made

    def text(self, lang: str) -> str:
        return self._render(lang)


def summary_text(summary: str, lang: str) -> str:
    """``summary`` in ``lang`` when it can be written in it, else as it is."""
    return summary.text(lang) if isinstance(summary, Summary) else summary


def _cancelled(lang: str) -> str:
    t = translator(lang)
    return t("Cancelled")


def _cancelled_date(event, d):
    def render(lang: str) -> str:
        t = translator(lang)
        return t("Cancelled: the date {when}").format(when=when_text(event, d.start_utc, d.end_utc, lang=lang))
    return render


def _updated(event, what: list[str], where: str):
    def render(lang: str) -> str:
        t = translator(lang)
        text = t("Updated: the {what} changed. Now: {when}").format(
            what=", ".join(t(ASPECT_WORDS[w]) for w in what), when=when_text(event, lang=lang))
        return text + t(", at {where}").format(where=where) if "place" in what and where else text
    return render


@dataclass
class InviteRun:
    method: str
    sequence: int
    files: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # people with no e-mail address
    summary: str = ""
    attached: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # draft -> [(file, bytes)]


@dataclass(frozen=True)
class Office:
    name: str
    email: str

class NothingToWrite(ValueError):
    """The ledger calls for no invite now (the message says why)."""


def _h(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def fingerprint(event: Event) -> str:
    """Short hashes of what makes an invite out of date: title, time, place, moved dates."""
    moved = ";".join(f"{d.original_start_utc.isoformat()}>{d.start_utc.isoformat()}-{d.end_utc.isoformat()}"
                     for d in event.dates if d.is_moved and d.status != "cancelled")
    own = ";".join(f"{d.original_start_utc.isoformat()}:{d.topic or ''}|{d.speaker_id or ''}"
                   for d in event.dates if d.status != "cancelled" and (d.topic or d.speaker_id))
    if own or getattr(event, "series_rdates", ""):
        moved += f"|{own}|{event.series_rdates or ''}"
    place = (venue_text(event.venue) if event.venue else "") + "|" + (event.online_url or "")
    parts = {"t": event.title, "w": f"{event.start_utc.isoformat()}|{event.end_utc.isoformat()}|{event.timezone}",
             "p": place, "s": f"{event.series_rule}|{moved}"}
    return ";".join(f"{k}:{_h(v)}" for k, v in parts.items())


def changed(old: str, new: str) -> list[str]:
    a = dict(p.split(":", 1) for p in old.split(";") if ":" in p)
    b = dict(p.split(":", 1) for p in new.split(";") if ":" in p)
    return [ASPECTS[k] for k in ASPECTS if a.get(k) != b.get(k)]


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:40] or "invite"


def batches_for(event: Event, st) -> tuple[list, int, str]:
    """What the ledger calls for now: [(method, sequence, date or None, recipients, summary)],
    the new SEQUENCE and the fingerprint the REQUEST carries. Raises NothingToWrite when nothing can go."""
    fp = fingerprint(event)
    batches = []  # (method, sequence, date or None, recipients, summary)
    seq = st.max_sequence
    if event.status == "cancelled":
        if not st.requested:
            raise NothingToWrite(_("no invites were sent for this event, so there is nothing to cancel"))
        if st.cancelled_event:
            raise NothingToWrite(_("the cancellation of this event was already written (see the ledger)"))
        seq += 1
        batches.append(("CANCEL", seq, None, known_recipients(event, st), Summary(_cancelled)))
    else:
        dropped = [d for d in event.dates if d.status == "cancelled" and d.original_start_utc not in st.off_dates]
        restored = [d for d in event.dates if d.status != "cancelled" and d.original_start_utc in st.off_dates]
        if dropped and st.requested:
            seq += 1
            for d in dropped:
                batches.append(("CANCEL", seq, d, known_recipients(event, st), Summary(_cancelled_date(event, d))))
        summary = ""
        if st.ever_sent and (st.last_request_fingerprint != fp or restored):
            what = changed(st.last_request_fingerprint or "", fp)
            if restored and "dates" not in what:
                what.append("dates")  # a date that was called off is on again
            if what:
                seq += 1
                where = venue_text(event.venue) if event.venue else (event.online_url or "")
                summary = Summary(_updated(event, what, where))
        invitees = [p for p in event.participations if p.invitation_status not in ("declined", "waitlisted")]
        if not invitees:
            raise NothingToWrite(_("the event has no participants to invite (add people first)"))
        batches.append(("REQUEST", seq, None, [(p.person, p.role) for p in invitees], summary))
    return batches, seq, fp


def known_recipients(event: Event, st) -> list:
    """Everyone who was sent a REQUEST (a CANCEL goes to them, even if since removed)."""
    people = {p.person.id: (p.person, p.role) for p in event.participations}
    return [people[pid] for pid in st.requested if pid in people]


def calendar_text(event, method, sequence, one_date, person, role, summary, office, clock, optional, reminder) -> str:
    """The file for one person, its words (what changed, the link and speaker lines) in their language."""
    lang = recipient_language(person)
    writer = CalendarWriter(method, None, clock, reminder if method == "REQUEST" else 0, lang=lang)
    org = line("ORGANIZER", f"mailto:{office.email}", {"CN": plain_cn(office.name)})
    part = "REQ-PARTICIPANT" if role in REQUIRED_ROLES or not optional else "OPT-PARTICIPANT"
    params = {"CUTYPE": "INDIVIDUAL", "ROLE": part, "CN": plain_cn(person.full_name)}
    if method == "REQUEST":
        params.update({"PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"})
    extra = [org, line("ATTENDEE", f"mailto:{person.email}", params)]
    if summary:
        extra.append(text_line("COMMENT", summary_text(summary, lang)))
    status = "CANCELLED" if method == "CANCEL" else None
    writer.add_event(event, extra, sequence, only_date=one_date, status=status, modified=False)
    return writer.text()


def recipient_language(person) -> str:
    """The language a person's invites are written in: theirs, else Danish for Denmark, English elsewhere."""
    from qistdesk.domain.enums import effective_language

    return effective_language(getattr(person, "language", ""), getattr(person, "country", ""))


def mail_subject(event, method: str, summary: str, person) -> str:
    """The draft's subject in the recipient's language: "Invitation: …", "Updated invitation: …"."""
    t = translator(recipient_language(person))
    if method == "CANCEL":
        return t("Cancelled: {title}").format(title=event.title)
    return (t("Updated invitation: {title}") if summary else t("Invitation: {title}")).format(title=event.title)


def reminder_words(event, person) -> tuple[str, str]:
    """(subject, first line) of a reminder draft for those who have not replied, in their language."""
    t = translator(recipient_language(person))
    return (t("Reminder: {title}").format(title=event.title), t("Reminder: we have not had your answer yet."))


def mail_text(event, method, summary, person, one_date) -> str:
    """The draft's text, in the recipient's language (the what-changed ``summary`` too)."""
    lang = recipient_language(person)
    t = translator(lang)
    greeting = t("Dear {name},").format(name=person.full_name)
    if method == "CANCEL":
        what = (t("the {title} date {date} is cancelled.").format(title=event.title,
                                                                   date=date_line(event, one_date, lang))
                if one_date else t("{title} ({when}) is cancelled.").format(title=event.title,
                                                                            when=when_text(event, lang=lang)))
        return "\n\n".join([greeting, t("We are sorry to tell you that {what}").format(what=what),
                              t("The calendar entry is attached.")])
    when = t("First date") if event.series_rule else t("When")
    lines = [greeting, "", t("You are invited to {title}.").format(title=event.title), "",
             f"{when}: {when_text(event, lang=lang)}"]
    if event.series_rule:
        lines.append(t("Series: {rule}").format(rule=_rule_words(event, lang)))
        dates = [d for d in event.dates if d.status != "cancelled"]
        if dates:
            lines += ["", t("Dates:")] + [f"  {date_line(event, d, lang)}" for d in dates]
            lines.append("")
    if event.venue:
        lines.append(t("Where: {place}").format(place=venue_text(event.venue)))
    if event.online_url:
        lines.append(t("Online: {link}").format(link=event.online_url))
    if summary:
        lines[2:2] = [summary_text(summary, lang), ""]
    lines += ["", t("Please accept or decline from your calendar.")]
    return "\n".join(lines)


def _rule_words(event, lang: str) -> str:
    from qistdesk.domain.recurrence import RuleError, parse_rule

    try:
        return parse_rule(event.series_rule, event.start_utc, event.timezone).describe(lang)
    except RuleError:
        return event.series_rule
