"""The organiser's answer to a COUNTER: a DECLINECOUNTER (RFC 5546 3.2.8) and the mail around it.

Kept apart from :mod:`.itip_reply`, which reads what attendees send; this writes what the office
sends back, in the recipient's language. Pure translation: no database, no services.
"""

from __future__ import annotations

from datetime import datetime

from qistdesk.formats.ics.itip_reply import Reply


def declinecounter_words(event, person, one_date=None, comment: str = "") -> tuple[str, str]:
    """(subject, text) of the mail that carries a DECLINECOUNTER, in the recipient's language."""
    from qistdesk.document_text import translator
    from qistdesk.formats.ics.invite_text import date_line, when_text
    from qistdesk.formats.ics.invites import recipient_language

    lang = recipient_language(person)
    t = translator(lang)
    when = date_line(event, one_date, lang) if one_date is not None else when_text(event, lang=lang)
    lines = [t("Dear {name},").format(name=person.full_name), "",
             t("Thank you for proposing another time for {title}. We keep it as planned: {when}.")
             .format(title=event.title, when=when)]
    if comment:
        lines += ["", comment]
    lines += ["", t("The answer for your calendar is attached.")]
    return t("Proposal declined: {title}").format(title=event.title), "\n".join(lines)


def declinecounter_text(reply: Reply, organizer_email: str, organizer_name: str, stamp: datetime,
                        comment: str = "") -> str:
    """The organiser's DECLINECOUNTER (RFC 5546 3.2.8) for a COUNTER."""
    from qistdesk.formats.ics.build import PRODID
    from qistdesk.formats.ics.text import fmt_utc, line, text_line

    out = ["BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", line("PRODID", PRODID), "METHOD:DECLINECOUNTER\r\n",
           "BEGIN:VEVENT\r\n", line("UID", reply.uid), f"DTSTAMP:{fmt_utc(stamp)}\r\n",
           line("ORGANIZER", f"mailto:{organizer_email}", {"CN": organizer_name} if organizer_name else None),
           line("ATTENDEE", f"mailto:{reply.email}", {"CN": reply.name} if reply.name else None),
           f"SEQUENCE:{reply.sequence}\r\n"]
    if isinstance(reply.recurrence_id, datetime):
        out.append(f"RECURRENCE-ID:{fmt_utc(reply.recurrence_id)}\r\n")
    if comment:
        out.append(text_line("COMMENT", comment))
    out += ["END:VEVENT\r\n", "END:VCALENDAR\r\n"]
    return "".join(out)
