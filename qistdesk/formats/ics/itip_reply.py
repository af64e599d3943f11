"""Replies to invites (RFC 5546 REPLY and COUNTER) out of the files attachés receive.

Pure translation: bytes in, :class:`Reply` records out. A file may be

* a calendar (``.ics``) with ``METHOD:REPLY`` or ``METHOD:COUNTER``;
* a whole mail (``.eml``): multipart, base64 or quoted-printable, with a
  ``text/calendar; method=REPLY`` part or an attached ``.ics`` (Outlook sends
  both, with the same content: they are read once);
* an Outlook ``.msg``: either a saved meeting response (message class
  ``IPM.Schedule.Meeting.Resp.Pos/Neg/Tent``, the answer in MAPI properties,
  the UID inside the Global Object ID) or a message carrying a calendar part.

Nothing here looks at the database: matching and deciding is
``services.replies``. Parsing uses icalendar (the library the design names);
``.msg`` files use extract-msg, imported only when a ``.msg`` arrives.
"""

from __future__ import annotations

import email
import email.utils
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

UTC = timezone.utc
ANSWERS = ("ACCEPTED", "DECLINED", "TENTATIVE", "DELEGATED", "NEEDS-ACTION")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ReplyReadError(ValueError):
    """The file holds no reply we can read; the message says why in one line."""


@dataclass
class Reply:
    """One attendee's answer for one event (or one date of a series)."""

    method: str  # REPLY | COUNTER
    uid: str
    email: str  # the attendee's address, lower case
    name: str = ""
    partstat: str = "NEEDS-ACTION"
    sequence: int = 0
    stamp: datetime | None = None  # DTSTAMP, UTC
    recurrence_id: datetime | date | None = None  # UTC instant, or a date (all-day, Outlook .msg)
    comment: str = ""
    summary: str = ""
    delegated_to: list[tuple[str, str]] = field(default_factory=list)  # (address, name)
    proposed_start: datetime | None = None  # COUNTER: the times proposed, UTC
    proposed_end: datetime | None = None
    proposed_location: str = ""
    sender: str = ""  # the mail's From address, when there was a mail
    source: str = ""
    calendar: str = ""  # the calendar text the reply came in (a COUNTER is answered from it)

    @property
    def key(self) -> tuple:
        return (self.uid, self.email, self.recurrence_id, self.partstat, self.sequence, self.stamp, self.method)


# --- containers -------------------------------------------------------------------------------

def read_reply_file(data: bytes, source: str = "") -> list[Reply]:
    """Every reply in one file (calendar, mail or Outlook message). Raises :class:`ReplyReadError`."""
    if data.startswith(_OLE_MAGIC):
        replies = _from_msg(data, source)
    elif _looks_like_calendar(data):
        replies = read_calendar(data, source)
    else:
        replies = _from_mail(data, source)
    if not replies:
        raise ReplyReadError("no reply to an invitation in this file (no METHOD:REPLY or COUNTER calendar)")
    return _unique(replies)


def calendar_method(data: bytes) -> str:
    """The METHOD of a calendar file, upper case ('' when none or not a calendar); cheap, no parsing."""
    head = data[:65536].replace(b"\r\n ", b"").replace(b"\n ", b"").upper()
    if b"BEGIN:VCALENDAR" not in head[:512]:
        return ""
    for raw in head.splitlines():
        if raw.startswith(b"METHOD:"):
            return raw[7:].strip().decode("ascii", "replace")
        if raw.startswith(b"BEGIN:VEVENT"):
            break
    return ""


def is_reply_calendar(data: bytes) -> bool:
    return calendar_method(data) in ("REPLY", "COUNTER")


def _looks_like_calendar(data: bytes) -> bool:
    return data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def _unique(replies: list[Reply]) -> list[Reply]:
    seen, out = set(), []
    for r in replies:
        if r.key not in seen:
            seen.add(r.key)
            out.append(r)
    return out


def _from_mail(data: bytes, source: str) -> list[Reply]:
    # The compat32 parser: twenty times faster than policy.default here, and all that is needed is
    # each part's type, file name and decoded bytes, and the From address.
    msg = email.message_from_bytes(data)
    if not msg.keys():
        raise ReplyReadError("not a calendar, mail or Outlook message")
    sender = _address(str(msg.get("From", "")))
    replies: list[Reply] = []
    seen: set[bytes] = set()  # Outlook and Google send the same calendar inline and attached: read it once
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if ctype not in ("text/calendar", "application/ics") and not name.endswith((".ics", ".ical")):
            continue
        payload = part.get_payload(decode=True) or b""
        if payload in seen or not is_reply_calendar(payload):
            continue
        seen.add(payload)
        replies += read_calendar(payload, source, sender=sender)
    return replies


def _address(header: str) -> str:
    return email.utils.parseaddr(header)[1].strip().lower()


# --- the calendar ----------------------------------------------------------------------------

_VTIMEZONE = re.compile(rb"BEGIN:VTIMEZONE\r?\n.*?END:VTIMEZONE\r?\n", re.S)


_FOLD = re.compile(rb"\r?\n[ \t]")
_NAME = re.compile(rb"[A-Za-z0-9-]+")
#: What a reply is read for; the rest (X-MICROSOFT-*, DESCRIPTION, ORGANIZER …) icalendar need not parse.
_KEEP = frozenset((b"BEGIN", b"END", b"METHOD", b"VERSION", b"PRODID", b"UID", b"ATTENDEE", b"SEQUENCE",
                   b"DTSTAMP", b"RECURRENCE-ID", b"COMMENT", b"SUMMARY", b"DTSTART", b"DTEND", b"LOCATION"))


def _essentials(data: bytes) -> bytes:
    """The calendar without its VTIMEZONEs and without the lines a reply is not read for."""
    out = []
    for raw in _FOLD.sub(b"", _VTIMEZONE.sub(b"", data)).splitlines():
        name = _NAME.match(raw)
        if name and name.group().upper() in _KEEP:
            out.append(raw)
    return b"\r\n".join(out) + b"\r\n"


class _NeedZones(Exception):
    """A TZID our zone table does not know: read the file again with its VTIMEZONEs."""


def read_calendar(data: bytes, source: str = "", sender: str = "") -> list[Reply]:
    """Why two passes: icalendar builds a zone from every VTIMEZONE it reads, from the zone's first
    rule on (Outlook's start in 1601), about 4 ms a file; a reply mostly needs none, and a TZID that
    names a known zone (IANA or Windows) is resolved by ``qistdesk.timezones``. Only a zone nobody
    knows sends the file through icalendar's own VTIMEZONE handling."""
    fast = _essentials(data)
    try:
        return _read(fast, data, source, sender, fast=b"BEGIN:VTIMEZONE" in data)
    except _NeedZones:
        return _read(data, data, source, sender, fast=False)


def _read(data: bytes, original: bytes, source: str, sender: str, fast: bool) -> list[Reply]:
    import icalendar

    try:
        cal = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise ReplyReadError(f"the calendar cannot be read ({exc})") from None
    method = str(cal.get("METHOD", "")).strip().upper()
    if method not in ("REPLY", "COUNTER"):
        raise ReplyReadError(f"METHOD:{method or '(none)'} is not a reply (REPLY or COUNTER)")
    text = original.decode("utf-8", "replace")
    out = []
    for comp in cal.walk("VEVENT"):
        reply = _vevent(comp, method, sender, fast)
        if reply is not None:
            reply.source, reply.calendar = source, text
            out.append(reply)
    return out


def _vevent(comp, method: str, sender: str, fast: bool = False) -> Reply | None:
    uid = str(comp.get("UID", "")).strip()
    attendees = comp.get("ATTENDEE")
    if attendees is None or not uid:
        return None
    if not isinstance(attendees, list):
        attendees = [attendees]
    people = [(_mailto(a), _param(a, "CN"), _param(a, "PARTSTAT").upper() or "NEEDS-ACTION", a) for a in attendees]
    # The replier: the sender's own line, else the one who answered (a delegation names the delegate too).
    chosen = next((p for p in people if sender and p[0] == sender), None)
    chosen = chosen or next((p for p in people if p[2] != "NEEDS-ACTION" and not _param(p[3], "DELEGATED-FROM")),
                            None) or people[0]
    address, name, partstat, raw = chosen
    reply = Reply(method=method, uid=uid, email=address, name=name, partstat=partstat,
                  sequence=_int(comp.get("SEQUENCE")), stamp=_utc(_decoded(comp, "DTSTAMP")),
                  recurrence_id=_when(comp, "RECURRENCE-ID", fast),
                  comment=" ".join(str(c) for c in _list(comp.get("COMMENT"))).strip(),
                  summary=str(comp.get("SUMMARY", "")).strip(), sender=sender)
    for target in _split(_param(raw, "DELEGATED-TO")):
        names = {p[0]: p[1] for p in people}
        reply.delegated_to.append((target, names.get(target, "")))
    if method == "COUNTER":
        reply.proposed_start = _utc(_when(comp, "DTSTART", fast))
        reply.proposed_end = _utc(_when(comp, "DTEND", fast))
        reply.proposed_location = str(comp.get("LOCATION", "")).strip()
    return reply


def _when(comp, name: str, fast: bool):
    """A DATE-TIME property as a UTC instant (a DATE as a date); its TZID resolved by our zone table."""
    prop = comp.get(name)
    if prop is None:
        return None
    value = getattr(prop, "dt", None)
    tzid = str(getattr(prop, "params", {}).get("TZID", "") or "")
    if isinstance(value, datetime) and tzid:
        from qistdesk.timezones import to_iana, zone

        iana = to_iana(tzid)
        if iana:
            return value.replace(tzinfo=None).replace(tzinfo=zone(iana)).astimezone(UTC)
        if fast:
            raise _NeedZones(tzid)
    return _instant_or_date(value if value is not None else _decoded(comp, name))


def _decoded(comp, name: str):
    if comp.get(name) is None:
        return None
    try:
        return comp.decoded(name)
    except (ValueError, KeyError):
        return None


def _list(value) -> list:
    return [] if value is None else value if isinstance(value, list) else [value]


def _param(prop, name: str) -> str:
    value = getattr(prop, "params", {}).get(name, "")
    if isinstance(value, list):
        value = ",".join(value)
    return str(value).strip()


def _split(value: str) -> list[str]:
    out = []
    for part in value.replace('"', "").split(","):
        part = part.strip()
        if part.lower().startswith("mailto:"):
            out.append(part[7:].strip().lower())
    return out


def _mailto(value) -> str:
    text = str(value).strip()
    return (text[7:] if text.lower().startswith("mailto:") else text).strip().lower()


def _int(value) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return 0


def _utc(value) -> datetime | None:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # a floating time: nothing better than reading it as UTC
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
    return None


def _instant_or_date(value) -> datetime | date | None:
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, date):
        return value
    return None


# --- Outlook .msg -----------------------------------------------------------------------------

_RESPONSE = {"pos": "ACCEPTED", "neg": "DECLINED", "tent": "TENTATIVE"}
_VCAL_UID = b"vCal-Uid\x01\x00\x00\x00"


def _from_msg(data: bytes, source: str) -> list[Reply]:
    try:
        import extract_msg
    except ImportError:  # pragma: no cover - an install without the reader
        raise ReplyReadError("reading Outlook .msg files needs the extract-msg package") from None
    try:
        msg = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:  # extract-msg raises many kinds for a damaged file
        raise ReplyReadError(f"the Outlook message cannot be read ({type(exc).__name__})") from None
    try:
        sender = _msg_sender(msg)
        replies: list[Reply] = []
        for att in getattr(msg, "attachments", []) or []:
            payload = getattr(att, "data", None)
            if isinstance(payload, bytes) and is_reply_calendar(payload):
                replies += read_calendar(payload, source, sender=sender)
        if replies:
            return replies
        klass = (msg.classType or "").lower()
        if klass.startswith("ipm.schedule.meeting.resp."):
            return [_msg_response(msg, klass, sender, source)]
        return []
    finally:
        msg.close()


def _msg_sender(msg) -> str:
    for tag in ("5D01", "5D02", "0C1F"):  # sender / sent-representing SMTP address, sender address
        value = msg.getStringStream(f"__substg1.0_{tag}")
        if value and "@" in value:
            return value.strip().lower()
    text = msg.sender or ""
    return (text[text.rfind("<") + 1:text.rfind(">")] if "<" in text else text).strip().lower()


def _msg_response(msg, klass: str, sender: str, source: str) -> Reply:
    uid, instance = _goid_uid(msg.getNamedProp("0003", _PSETID_MEETING) or msg.getNamedProp("0023", _PSETID_MEETING))
    if not uid:
        raise ReplyReadError("the Outlook meeting response names no meeting (no Global Object ID)")
    counter = bool(getattr(msg, "appointmentCounterProposal", False))
    stamp = getattr(msg, "attendeeCriticalChange", None) or msg.date
    body = (msg.body or "").strip()
    reply = Reply(method="COUNTER" if counter else "REPLY", uid=uid, email=sender,
                  name=(msg.getStringStream("__substg1.0_0C1A") or "").strip(),
                  partstat=_RESPONSE.get(klass.rsplit(".", 1)[-1], "NEEDS-ACTION"),
                  sequence=_int(getattr(msg, "appointmentSequence", 0)), stamp=_utc(stamp),
                  recurrence_id=instance, comment=body, summary=str(msg.subject or ""), sender=sender,
                  source=source)
    if counter:
        reply.proposed_start = _utc(getattr(msg, "appointmentProposedStartWhole", None))
        reply.proposed_end = _utc(getattr(msg, "appointmentProposedEndWhole", None))
    return reply


_PSETID_MEETING = "{6ED8DA90-450B-101B-98DA-00AA003F1305}"


def _goid_uid(goid: bytes | None) -> tuple[str, date | None]:
    """The iCalendar UID in an Outlook Global Object ID ([MS-OXOCAL] 2.2.1.27), and its instance date.

    A meeting that came from an iCalendar file keeps the UID as text after ``vCal-Uid``;
    one made in Outlook has none, and Outlook writes the whole ID in hex as the UID.
    """
    if not goid or len(goid) < 40:
        return "", None
    y, m, d = int.from_bytes(goid[16:18], "big"), goid[18], goid[19]
    instance = date(y, m, d) if y and m and d else None
    payload = goid[40:]
    if payload.startswith(_VCAL_UID):
        return payload[len(_VCAL_UID):].rstrip(b"\x00").decode("utf-8", "replace"), instance
    clean = goid[:16] + b"\x00\x00\x00\x00" + goid[20:]
    return clean.hex().upper(), instance
