"""Events and seminar series as VEVENTs, and the VCALENDAR around them.

One VEVENT per event; a series is one VEVENT with its RRULE, an EXDATE per
cancelled date and one RECURRENCE-ID override per moved date, so a client
shows one series it can update as a whole (never N unrelated copies). Times
are written as wall-clock times with the event's TZID, and the calendar
carries a VTIMEZONE for every TZID, valid for exactly the years used.

Works on ORM objects inside a read session; nothing here writes the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable, Iterable

from qistdesk import __version__
from qistdesk.document_text import translator
from qistdesk.messages import N_
from qistdesk.formats.ics.text import (escape_text, fmt_date, fmt_duration_minutes, fmt_local, fmt_utc, line,
                                       text_line)
from qistdesk.formats.ics.vtimezone import vtimezone
from qistdesk.timezones import zone

UTC = timezone.utc
PRODID = f"-//qistdesk//qistdesk {__version__}//EN"
JOIN_ONLINE = N_("Join online: ")  # in the reader's language in an invite to one person

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


#: STATUS follows the event: only a confirmed event is CONFIRMED (issue 14).
_STATUS = {"draft": "TENTATIVE", "planned": "TENTATIVE", "confirmed": "CONFIRMED", "cancelled": "CANCELLED"}


@dataclass
class CalendarWriter:
    """Collects VEVENT text and the zones (with their years) it refers to."""

    method: str = "PUBLISH"
    name: str | None = None
    clock: Clock = system_clock
    reminder_minutes: int = 0
    #: The reader's language of the texts the file adds (DESCRIPTION's link and speaker lines, the
    #: reminder): an invite goes to one person and is written in theirs; calendars stay English.
    lang: str = "en"
    _body: list[str] = field(default_factory=list)
    _years: dict[str, tuple[int, int]] = field(default_factory=dict)
    _stamp: str = ""

    def __post_init__(self) -> None:
        self._stamp = fmt_utc(self.clock())

    # --- times -----------------------------------------------------------------------------

    def _note_year(self, zone_name: str, year: int) -> None:
        lo_hi = self._years.get(zone_name)
        if lo_hi is None:
            self._years[zone_name] = (year, year)
        elif year < lo_hi[0] or year > lo_hi[1]:
            self._years[zone_name] = (min(lo_hi[0], year), max(lo_hi[1], year))

    def time_line(self, name: str, instant: datetime, zone_name: str) -> str:
        """``DTSTART;TZID=Europe/Copenhagen:20270312T160000`` (or a UTC ``Z`` time for UTC)."""
        if zone_name in ("UTC", "Etc/UTC"):
            return f"{name}:{fmt_utc(instant)}\r\n"
        local = instant.astimezone(zone(zone_name))
        if local.fold:  # the second of two equal wall-clock times: only UTC says which
            return f"{name}:{fmt_utc(instant)}\r\n"
        self._note_year(zone_name, local.year)
        return line(name, fmt_local(local), {"TZID": zone_name})

    def times_list_line(self, name: str, instants: list[datetime], zone_name: str) -> str:
        if zone_name in ("UTC", "Etc/UTC"):
            return line(name, ",".join(fmt_utc(i) for i in instants))
        tz = zone(zone_name)
        locals_ = [i.astimezone(tz) for i in instants]
        for t in locals_:
            self._note_year(zone_name, t.year)
        return line(name, ",".join(fmt_local(t) for t in locals_), {"TZID": zone_name})

    # --- components --------------------------------------------------------------------------

    def add_event(self, event, extra: Iterable[str] = (), sequence: int | None = None,
                  only_date=None, status: str | None = None, modified: bool = True) -> None:
        """Write ``event`` (an ORM Event); a series adds its EXDATEs and overrides.

        ``only_date`` (a SeriesDate) writes just that date with its RECURRENCE-ID (a CANCEL of
        one date). ``modified=False`` leaves out LAST-MODIFIED (invites, golden files).
        """
        seq = event.ical_sequence if sequence is None else sequence
        extra = list(extra)
        self._modified = modified
        if only_date is not None:
            master_all_day = _all_day_dates(event.start_utc, event.end_utc, event.timezone) is not None
            self._body.append(self._vevent(event, only_date.start_utc, only_date.end_utc, seq, extra,
                                           recurrence_id=only_date.original_start_utc, status=status,
                                           rid_all_day=master_all_day))
            return
        rrule = exdates = rdates = None
        overrides = []
        if event.series_rule:
            rrule = event.series_rule
            exdates = [d.original_start_utc for d in event.dates if d.status == "cancelled"]
            rdates = [datetime.fromisoformat(t) for t in (getattr(event, "series_rdates", "") or "").split()]
            overrides = [d for d in event.dates if d.status != "cancelled" and has_own_content(event, d)]
        master_all_day = _all_day_dates(event.start_utc, event.end_utc, event.timezone) is not None
        self._body.append(self._vevent(event, event.start_utc, event.end_utc, seq, extra, rrule=rrule,
                                       exdates=exdates, rdates=rdates, status=status))
        for d in overrides:
            self._body.append(self._vevent(event, d.start_utc, d.end_utc, seq, extra,
                                           recurrence_id=d.original_start_utc, status=status,
                                           rid_all_day=master_all_day, one_date=d))

    def _vevent(self, event, start: datetime, end: datetime, seq: int, extra: list[str], *,
                rrule: str | None = None, exdates: list[datetime] | None = None,
                rdates: list[datetime] | None = None, recurrence_id: datetime | None = None,
                status: str | None = None, rid_all_day: bool | None = None, one_date=None) -> str:
        zone_name = event.timezone
        out = ["BEGIN:VEVENT\r\n", line("UID", escape_text(event.ical_uid)), f"DTSTAMP:{self._stamp}\r\n"]
        all_day = _all_day_dates(start, end, zone_name)
        if recurrence_id is not None:  # its value type is the series' DTSTART's (RFC 5545 3.8.4.4)
            rid_type = all_day is not None if rid_all_day is None else rid_all_day
            out.append(self._date_line("RECURRENCE-ID", recurrence_id, zone_name, rid_type))
        if all_day:
            out.append(f"DTSTART;VALUE=DATE:{fmt_date(all_day[0])}\r\n")
            out.append(f"DTEND;VALUE=DATE:{fmt_date(all_day[1])}\r\n")
        else:
            out.append(self.time_line("DTSTART", start, zone_name))
            out.append(self.time_line("DTEND", end, zone_name))
        if rrule:
            if all_day and ";UNTIL=" in rrule and "T" in rrule.partition(";UNTIL=")[2][:9]:
                # with a DATE start, UNTIL must be a DATE too
                head, _sep, until = rrule.partition(";UNTIL=")
                until_day = _local_date(datetime.strptime(until[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC),
                                        zone_name)
                rrule = f"{head};UNTIL={fmt_date(until_day)}{until[16:]}"
            out.append(line("RRULE", rrule))
        if exdates:
            if all_day:
                out.append(line("EXDATE", ",".join(fmt_date(_local_date(i, zone_name)) for i in exdates),
                                {"VALUE": "DATE"}))
            else:
                out.append(self.times_list_line("EXDATE", exdates, zone_name))
        if rdates:
            if all_day:
                out.append(line("RDATE", ",".join(fmt_date(_local_date(i, zone_name)) for i in rdates),
                                {"VALUE": "DATE"}))
            else:
                out.append(self.times_list_line("RDATE", rdates, zone_name))
        out.append(f"SEQUENCE:{seq}\r\n")
        title, description = event.title, event.description or ""
        if one_date is not None:
            title, description = date_texts(event, one_date, self.lang)
        out.append(text_line("SUMMARY", title))
        url = event.online_url or ""
        if url:
            join = translator(self.lang)(JOIN_ONLINE)
            description = f"{description}\n\n{join}{url}" if description else f"{join}{url}"
        if description:
            out.append(text_line("DESCRIPTION", description))
        location = venue_text(event.venue) if event.venue is not None else url
        if location:
            out.append(text_line("LOCATION", location))
        if url:
            out.append(line("URL", url, {"VALUE": "URI"}))
        out.append(line("CATEGORIES", escape_text(event.kind.capitalize())))
        out.append(f"STATUS:{status or _STATUS.get(event.status, 'CONFIRMED')}\r\n")
        if event.updated_at is not None and getattr(self, "_modified", True):
            out.append(f"LAST-MODIFIED:{fmt_utc(event.updated_at)}\r\n")
        out.extend(extra)
        if self.reminder_minutes > 0 and self.method != "CANCEL":
            out.append(alarm(self.reminder_minutes, event.title, self.lang))
        out.append("END:VEVENT\r\n")
        return "".join(out)

    def add_session(self, event, session) -> None:
        """One timetable slot as its own VEVENT (UID from the session's id, so a re-export updates it):
        the room before the venue, speakers and chair in the description."""
        zone_name = event.timezone
        people = ", ".join(p.full_name for p in session.speakers)
        parts = [f"Part of {event.title}."]
        if people:
            parts.append(f"Speakers: {people}.")
        if session.chair is not None:
            parts.append(f"Chair: {session.chair.full_name}.")
        if session.description:
            parts.append(session.description)
        place = ", ".join(p for p in (session.room, venue_text(event.venue) if event.venue else "") if p)
        out = ["BEGIN:VEVENT\r\n", line("UID", escape_text(f"{session.id}@qistdesk")), f"DTSTAMP:{self._stamp}\r\n",
               self.time_line("DTSTART", session.start_utc, zone_name),
               self.time_line("DTEND", session.end_utc, zone_name),
               f"SEQUENCE:{max(0, (session.version or 1) - 1)}\r\n",
               text_line("SUMMARY", session.title), text_line("DESCRIPTION", "\n\n".join(parts))]
        if place or event.online_url:
            out.append(text_line("LOCATION", place or event.online_url))
        if event.online_url:
            out.append(line("URL", event.online_url, {"VALUE": "URI"}))
        out.append(line("CATEGORIES", "Session"))
        out.append(f"STATUS:{_STATUS.get(event.status, 'CONFIRMED')}\r\n")
        if session.updated_at is not None:
            out.append(f"LAST-MODIFIED:{fmt_utc(session.updated_at)}\r\n")
        if self.reminder_minutes > 0:
            out.append(alarm(self.reminder_minutes, session.title))
        out.append("END:VEVENT\r\n")
        self._body.append("".join(out))

    def _date_line(self, name: str, instant: datetime, zone_name: str, all_day: bool) -> str:
        if all_day:
            return f"{name};VALUE=DATE:{fmt_date(_local_date(instant, zone_name))}\r\n"
        return self.time_line(name, instant, zone_name)

    def add_raw(self, text: str) -> None:
        """A component built elsewhere (all-day exchange items), already folded."""
        self._body.append(text)

    def text(self) -> str:
        head = ["BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", line("PRODID", PRODID), "CALSCALE:GREGORIAN\r\n",
                f"METHOD:{self.method}\r\n"]
        if self.name:
            head.append(text_line("X-WR-CALNAME", self.name))
        zones = [vtimezone(name, lo, hi) for name, (lo, hi) in sorted(self._years.items())]
        return "".join(head + zones + self._body + ["END:VCALENDAR\r\n"])

    @property
    def stamp(self) -> str:
        return self._stamp


def has_own_content(event, d) -> bool:
    """A series date that needs its own VEVENT (RECURRENCE-ID): moved, retimed, or with its own
    speaker or topic."""
    return (d.is_moved or d.end_utc - d.start_utc != event.end_utc - event.start_utc
            or bool(d.topic) or d.speaker_id is not None)


def join_online_words() -> tuple[str, ...]:
    """The link line's words in every language a file may be written in (reading one back)."""
    return (JOIN_ONLINE, translator("da")(JOIN_ONLINE))


def date_texts(event, d, lang: str = "en") -> tuple[str, str]:
    """SUMMARY and DESCRIPTION of one date of a series: "Series: topic", the speaker first."""
    title = f"{event.title}: {d.topic}" if d.topic else event.title
    description = event.description or ""
    speaker = getattr(d, "speaker", None)
    if speaker is not None:
        t = translator(lang)
        said = t("Speaker: {name}").format(name=speaker.full_name)
        description = said + (f"\n\n{description}" if description else "")
    return title, description


def alarm(minutes: int, title: str, lang: str = "en") -> str:
    """A display reminder; VALARM always has a TRIGGER (and DESCRIPTION for DISPLAY)."""
    t = translator(lang)
    return ("BEGIN:VALARM\r\nACTION:DISPLAY\r\n" + f"TRIGGER:{fmt_duration_minutes(minutes)}\r\n"
            + text_line("DESCRIPTION", title or t("Reminder")) + "END:VALARM\r\n")


def venue_text(venue) -> str:
    parts = [venue.name, (venue.address or "").replace("\n", ", "), venue.city]
    return ", ".join(p.strip() for p in parts if p and p.strip())


def _local_date(instant: datetime, zone_name: str) -> date:
    return instant.astimezone(zone(zone_name)).date()


def _all_day_dates(start: datetime, end: datetime, zone_name: str) -> tuple[date, date] | None:
    """(first day, day after the last) when an event runs from local midnight to local midnight."""
    tz = zone(zone_name)
    s, e = start.astimezone(tz), end.astimezone(tz)
    if s.time() == time(0) and e.time() == time(0) and e.date() > s.date():
        return s.date(), e.date()
    return None


def all_day_item(uid: str, day: date, summary: str, description: str = "", *, stamp: str,
                 categories: str = "", reminder_minutes: int = 0) -> str:
    """An all-day VEVENT: ``VALUE=DATE`` and an exclusive DTEND (the next day)."""
    out = ["BEGIN:VEVENT\r\n", line("UID", escape_text(uid)), f"DTSTAMP:{stamp}\r\n",
           f"DTSTART;VALUE=DATE:{fmt_date(day)}\r\n", f"DTEND;VALUE=DATE:{fmt_date(day + timedelta(days=1))}\r\n",
           text_line("SUMMARY", summary), "TRANSP:TRANSPARENT\r\n"]
    if description:
        out.append(text_line("DESCRIPTION", description))
    if categories:
        out.append(line("CATEGORIES", escape_text(categories)))
    if reminder_minutes > 0:
        out.append(alarm(reminder_minutes, summary))
    out.append("END:VEVENT\r\n")
    return "".join(out)
