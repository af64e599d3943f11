"""Ready-to-send ``.eml`` invite drafts, built with the standard library.

Outlook takes a meeting request from a mail only when the calendar part says
``text/calendar; method=REQUEST`` (or CANCEL); Thunderbird reads the same part.
``X-Unsent: 1`` makes Outlook open the file as a draft with a Send button, so
the attaché sends it from their own mailbox, offline first. The calendar
part is base64 so no mail system rewraps its CRLF lines.
"""

from __future__ import annotations

import html
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.headerregistry import Address
from email.utils import format_datetime, make_msgid


def build_eml(*, to_name: str, to_email: str, from_name: str, from_email: str, subject: str,
              text_body: str, ics_text: str, method: str, when: datetime,
              attachments: list[tuple[str, bytes, str]] = ()) -> bytes:
    """``attachments``: (file name, bytes, MIME type) beside the invitation; the mail becomes
    multipart/mixed with the text, HTML and calendar alternative first, as Outlook writes it."""
    # An internationalised address (josé@exämple.dk) has no ASCII form for its local part: the
    # SMTP policy silently dropped it, leaving a draft with no recipient. Such a draft is written
    # with UTF-8 headers (RFC 6532), which Outlook and Thunderbird open; ASCII ones stay as they were.
    international = not (to_email + from_email).isascii()
    msg = EmailMessage(policy=SMTP.clone(utf8=True) if international else SMTP)
    # One address per person whatever the name holds: headerregistry quotes "Kontor, København" and
    # encodes it as one word; formataddr wrote `Kontor, =?utf-8?q?K=C3=B8benhavn?= <…>`, two addresses.
    msg["From"] = _address(from_name, from_email)
    msg["To"] = _address(to_name, to_email)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    domain = from_email.rpartition("@")[2] or "qistdesk.invalid"
    msg["Message-ID"] = make_msgid("qistdesk", domain=domain)
    msg["X-Unsent"] = "1"
    msg.set_content(text_body, subtype="plain", charset="utf-8")
    paragraphs = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text_body.split("\n\n"))
    msg.add_alternative(f"<!DOCTYPE html><html><body>{paragraphs}</body></html>", subtype="html", charset="utf-8")
    msg.add_alternative(ics_text.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                        params={"method": method, "charset": "utf-8"}, filename=None)
    for name, data, mime in attachments:
        maintype, _, subtype = mime.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream", filename=name)
    return msg.as_bytes()


def _address(name: str, address: str) -> Address:
    user, _, domain = address.rpartition("@")
    return Address(display_name=" ".join((name or "").split()), username=user, domain=domain)
