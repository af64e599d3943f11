"""Recurrence through files: what a client wrote comes back with the same instants (issue 15).

Each case imports a calendar file, exports the event again, and reads BOTH files with Mozilla's
ical.js (Thunderbird's parser): the occurrences (start, end) must be the same instants. The real
client samples are compared the same way, file by file. Hypothesis round-trips arbitrary rules.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qistdesk.services.ics_export import export_event, export_events, write_file
from qistdesk.services.ics_import import apply_import, preview_import
from qistdesk.services.queries import list_events
from tests.ics.conftest import assert_strict_rfc5545

UTC = timezone.utc


def cal(body: str, extra: str = "") -> str:
    """A calendar around ``body``, with a VTIMEZONE for each IANA TZID (as clients write them), so
    ical.js reads the input at its real instants too."""
    import re

    from qistdesk.formats.ics.vtimezone import vtimezone
    from qistdesk.timezones import is_valid_zone

    zones = sorted({z for z in re.findall(r"TZID=([A-Za-z_]+/[A-Za-z_]+)", body) if is_valid_zone(z)})
    head = "".join(vtimezone(z, 2026, 2040) for z in zones).replace("\r\n", "\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//test//EN", extra] + head.splitlines() \
        + body.strip().splitlines()
    return "\r\n".join(x.strip() for x in lines if x.strip()) + "\r\nEND:VCALENDAR\r\n"


def vevent(uid: str, *props: str) -> str:
    return "\n".join(["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20270101T000000Z", "SUMMARY:Series", *props,
                      "END:VEVENT"])


def _event_id(db, uid: str) -> str:
    from sqlalchemy import select

    from qistdesk.domain import Event

    with db.read() as s:
        return s.scalar(select(Event.id).where(Event.ical_uid == uid))


def _import(db, text: str, zone: str = "Europe/Copenhagen"):
    preview = preview_import(db, text.encode("utf-8"), default_zone=zone)
    assert not preview.damaged, preview.all_warnings()
    apply_import(db, preview)
    return preview


def _occurrences(result, uid):
    [master] = [e for e in result["events"] if e["uid"] == uid and not e["recurrenceId"]]
    return sorted((o[0], o[1]) for o in master["occurrences"] or [(master["start"]["ms"], master["end"]["ms"])])


def round_trip(db, tmp_path, icaljs, text: str, uid: str, zone: str = "Europe/Copenhagen"):
    """Import ``text``, export the event; (instants in, instants out, exported text)."""
    _import(db, text, zone)
    out = export_event(db, _event_id(db, uid))
    assert_strict_rfc5545(out.encode("utf-8"))
    src = write_file(text, tmp_path / f"in-{uid}.ics")
    dst = write_file(out, tmp_path / f"out-{uid}.ics")
    a, b = icaljs(src, dst)
    return _occurrences(a, uid), _occurrences(b, uid), out


CASES = {
    "utc-weekly-across-dst": vevent("utc", "DTSTART:20270311T150000Z", "DTEND:20270311T160000Z",
                                    "RRULE:FREQ=WEEKLY;COUNT=6"),
    "weekday-list": vevent("weekdays", "DTSTART;TZID=Europe/Copenhagen:20270308T091500",
                           "DTEND;TZID=Europe/Copenhagen:20270308T093000",
                           "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=15"),
    "second-tuesday": vevent("second-tuesday", "DTSTART;TZID=America/New_York:20270209T160000",
                             "DTEND;TZID=America/New_York:20270209T170000", "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=9"),
    "last-weekday-bysetpos": vevent("setpos", "DTSTART;TZID=Europe/Copenhagen:20270129T140000",
                                    "DTEND;TZID=Europe/Copenhagen:20270129T150000",
                                    "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20271231T230000Z"),
    "yearly-all-day-open": vevent("yearly", "DTSTART;VALUE=DATE:20270701", "DTEND;VALUE=DATE:20270702",
                                  "RRULE:FREQ=YEARLY"),
    "rdate": vevent("rdate", "DTSTART;TZID=Europe/Copenhagen:20270304T100000",
                    "DTEND;TZID=Europe/Copenhagen:20270304T110000", "RRULE:FREQ=WEEKLY;COUNT=3",
                    "RDATE;TZID=Europe/Copenhagen:20270402T130000,20270409T100000"),
    "open-ended-weekly": vevent("open", "DTSTART;TZID=Europe/Copenhagen:20270107T160000",
                                "DTEND;TZID=Europe/Copenhagen:20270107T170000", "RRULE:FREQ=WEEKLY;BYDAY=TH"),
    "exdate-utc-on-zoned-series": vevent("exutc", "DTSTART;TZID=Europe/Berlin:20270105T161500",
                                         "DURATION:PT1H30M", "RRULE:FREQ=WEEKLY;COUNT=8",
                                         "EXDATE:20270112T151500Z,20270406T141500Z"),
    "all-day-date-moved-to-a-time": vevent("allday", "DTSTART;VALUE=DATE:20270301", "DTEND;VALUE=DATE:20270302",
                                           "RRULE:FREQ=DAILY;COUNT=4") + "\n" + vevent(
        "allday", "RECURRENCE-ID;VALUE=DATE:20270302", "DTSTART;TZID=Europe/Copenhagen:20270302T130000",
        "DTEND;TZID=Europe/Copenhagen:20270302T150000"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_instants_come_back_as_the_client_wrote_them(db, tmp_path, icaljs, case):
    uid = CASES[case].split("UID:", 1)[1].split("\n", 1)[0]
    before, after, out = round_trip(db, tmp_path, icaljs, cal(CASES[case]), uid)
    assert len(before) > 1
    assert after == before


def test_utc_series_stays_utc_across_dst(db, tmp_path, icaljs):
    before, after, out = round_trip(db, tmp_path, icaljs, cal(CASES["utc-weekly-across-dst"]), "utc")
    [e] = list_events(db)
    assert e["timezone"] == "UTC"
    assert {datetime.fromtimestamp(s / 1000, UTC).hour for s, _ in after} == {15}  # 1 April too
    assert "DTSTART:20270311T150000Z" in out


def test_rules_are_written_back_as_they_came(db, tmp_path, icaljs):
    for case, rule in (("second-tuesday", "RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=9"),
                       ("yearly-all-day-open", "RRULE:FREQ=YEARLY"),
                       ("weekday-list", "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=15")):
        uid = CASES[case].split("UID:", 1)[1].split("\n", 1)[0]
        _before, _after, out = round_trip(db, tmp_path, icaljs, cal(CASES[case]), uid)
        assert rule + "\r\n" in out
    rdate_out = round_trip(db, tmp_path, icaljs, cal(CASES["rdate"]), "rdate")[2]
    assert "RDATE;TZID=Europe/Copenhagen:20270402T130000,20270409T100000" in rdate_out


def test_an_all_day_date_moved_to_a_time_keeps_a_date_recurrence_id(db, tmp_path, icaljs):
    _b, after, out = round_trip(db, tmp_path, icaljs, cal(CASES["all-day-date-moved-to-a-time"]), "allday")
    assert "RECURRENCE-ID;VALUE=DATE:20270302\r\n" in out
    moved = datetime(2027, 3, 2, 13, tzinfo=ZoneInfo("Europe/Copenhagen"))
    assert int(moved.timestamp() * 1000) in {s for s, _ in after}


def test_a_date_exdate_on_a_timed_series_cancels_that_day(db, tmp_path, icaljs):
    text = cal(vevent("exday", "DTSTART;TZID=America/New_York:20270302T090000",
                      "DTEND;TZID=America/New_York:20270302T100000", "RRULE:FREQ=DAILY;COUNT=5",
                      "EXDATE;VALUE=DATE:20270303"))
    _import(db, text)
    [event] = list_events(db)
    out = export_event(db, event["id"])
    assert "EXDATE;TZID=America/New_York:20270303T090000" in out
    [result] = icaljs(write_file(out, tmp_path / "x.ics"))
    days = {datetime.fromtimestamp(s / 1000, ZoneInfo("America/New_York")).day for s, _ in _occurrences(result, "exday")}
    assert days == {2, 4, 5, 6}


SERIES_SAMPLES = ["apple-ical15-monthly-exdate-override.ics", "davx5-weekly-exdate.ics",
                  "google-public-calendar-machbar.ics", "google-yearly-exdate-override-alarm.ics",
                  "nextcloud-yearly-allday-multi-alarm.ics", "thunderbird-exdate-overrides.ics",
                  "zimbra-weekday-recurring-alarm.ics"]  # ical.js cannot read the Outlook 2010 PUBLISH sample


@pytest.mark.parametrize("name", SERIES_SAMPLES)
def test_real_client_files_keep_every_instant(db, tmp_path, icaljs, samples_dir, name):
    """File by file: every event of the client's file has the same occurrences in ours."""
    src = samples_dir / "ics" / name
    preview = preview_import(db, src.read_bytes(), source=name, default_zone="Europe/Copenhagen")
    apply_import(db, preview)
    text, _n = export_events(db)
    dst = write_file(text, tmp_path / "out.ics")
    a, b = icaljs(src, dst)
    kept = {i.uid for i in preview.items if i.action != "skip"}
    assert kept
    compared = 0
    for uid in sorted(kept):
        before, after = _occurrences(a, uid), _occurrences(b, uid)
        assert after[:200] == before[:200], uid
        compared += 1
    assert compared == len(kept)


# --- Windows zones across their own clock change ----------------------------------------------

WINDOWS = {
    "Cen. Australia Standard Time": "Australia/Adelaide", "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland", "Pacific SA Standard Time": "America/Santiago",
    "W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
    "GMT Standard Time": "Europe/London", "FLE Standard Time": "Europe/Kiev",
    "Eastern Standard Time": "America/New_York", "Pacific Standard Time": "America/Los_Angeles",
    "Mountain Standard Time": "America/Denver", "Central Standard Time": "America/Chicago",
    "Israel Standard Time": "Asia/Jerusalem", "E. South America Standard Time": "America/Sao_Paulo",
}


def _first_change(zone_name: str, year: int = 2027) -> datetime | None:
    tz = ZoneInfo(zone_name)
    t = datetime(year, 1, 1, 12, tzinfo=UTC)
    before = t.astimezone(tz).utcoffset()
    while t.year == year:
        t += timedelta(days=1)
        if t.astimezone(tz).utcoffset() != before:
            return t
    return None


@pytest.mark.parametrize("windows_name", sorted(WINDOWS))
def test_windows_zone_series_imports_at_the_right_instants(db, windows_name):
    iana = WINDOWS[windows_name]
    change = _first_change(iana) or datetime(2027, 3, 1, tzinfo=UTC)  # Sao Paulo: no DST since 2019
    first = (change - timedelta(days=21)).astimezone(ZoneInfo(iana)).date()
    text = cal(vevent("w", f"DTSTART;TZID={windows_name}:{first:%Y%m%d}T100000",
                      f"DTEND;TZID={windows_name}:{first:%Y%m%d}T110000", "RRULE:FREQ=WEEKLY;COUNT=6"))
    preview = _import(db, text)
    [item] = preview.items
    assert item.timezone == iana
    from qistdesk.services.queries import series_dates

    [event] = list_events(db)
    starts = [d["start_utc"] for d in series_dates(db, event["id"])]
    want = [datetime.combine(first + timedelta(weeks=i), datetime.min.time().replace(hour=10),
                             tzinfo=ZoneInfo(iana)).astimezone(UTC) for i in range(6)]
    assert [s if isinstance(s, datetime) else datetime.fromisoformat(s) for s in starts] == want


CUSTOM_TZ = """BEGIN:VTIMEZONE
TZID:GMT +0100 (Standard) / GMT +0200 (Daylight)
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE"""


def test_custom_tzid_is_mapped_from_its_vtimezone(db, tmp_path, icaljs):
    tzid = "GMT +0100 (Standard) / GMT +0200 (Daylight)"
    body = CUSTOM_TZ + "\n" + vevent("custom", f'DTSTART;TZID="{tzid}":20270311T160000',
                                     f'DTEND;TZID="{tzid}":20270311T170000', "RRULE:FREQ=WEEKLY;COUNT=4")
    text = cal(body)
    preview = _import(db, text, zone="America/New_York")  # the office zone does not match: found by rules
    [item] = preview.items
    assert item.timezone == "Europe/Berlin"
    assert item.zone_note == f"{tzid} read as Europe/Berlin"
    [event] = list_events(db)
    out = export_event(db, event["id"])
    a, b = icaljs(write_file(text, tmp_path / "in.ics"), write_file(out, tmp_path / "out.ics"))
    assert _occurrences(a, "custom") == _occurrences(b, "custom")


def test_unknown_zone_without_vtimezone_is_never_a_silent_utc(db):
    text = cal(vevent("x", "DTSTART;TZID=Mars/Olympus:20270311T160000", "DTEND;TZID=Mars/Olympus:20270311T170000"))
    preview = preview_import(db, text.encode(), default_zone="Europe/Copenhagen")
    [item] = preview.items
    assert item.action == "skip" and "Mars/Olympus" in item.warnings[0] and item.warnings[0].startswith("line 8: ")  # the DTSTART line


# --- hypothesis: arbitrary rules through import -> export --------------------------------------

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@st.composite
def rules(draw):
    freq = draw(st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY"]))
    parts = [f"FREQ={freq}"]
    if draw(st.booleans()):
        parts.append(f"INTERVAL={draw(st.integers(1, 3))}")
    if freq in ("WEEKLY", "DAILY") and draw(st.booleans()):
        parts.append("BYDAY=" + ",".join(draw(st.lists(st.sampled_from(DAYS), min_size=1, max_size=4, unique=True))))
    if freq in ("MONTHLY", "YEARLY"):
        choice = draw(st.sampled_from(["none", "ordinal", "monthday", "setpos"]))
        if choice == "ordinal":
            parts.append(f"BYDAY={draw(st.sampled_from(['1', '2', '3', '-1']))}{draw(st.sampled_from(DAYS))}")
        elif choice == "monthday":
            parts.append(f"BYMONTHDAY={draw(st.sampled_from(['1', '15', '28', '-1']))}")
        elif choice == "setpos":
            parts += ["BYDAY=MO,TU,WE,TH,FR", f"BYSETPOS={draw(st.sampled_from(['1', '-1']))}"]
        if freq == "YEARLY" and draw(st.booleans()):
            parts.append(f"BYMONTH={draw(st.integers(1, 12))}")
    parts.append(f"COUNT={draw(st.integers(1, 12))}")
    return ";".join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rule=rules(), zone=st.sampled_from(["Europe/Copenhagen", "America/New_York", "UTC", "Australia/Adelaide"]),
       day=st.dates(date(2026, 1, 1), date(2028, 12, 31)), hour=st.sampled_from([0, 9, 16, 23]))
def test_arbitrary_rules_round_trip(db, rule, zone, day, hour):
    from dateutil.rrule import rrulestr

    uid = f"h-{abs(hash((rule, zone, day, hour)))}"
    start = f"DTSTART:{day:%Y%m%d}T{hour:02d}0000Z" if zone == "UTC" else \
        f"DTSTART;TZID={zone}:{day:%Y%m%d}T{hour:02d}0000"
    text = cal(vevent(uid, start, "DURATION:PT1H", f"RRULE:{rule}"))
    preview = preview_import(db, text.encode(), default_zone="Europe/Copenhagen")
    [item] = preview.items
    if item.action == "skip":  # a rule with no date in ten years is refused, and says so
        assert "no date" in item.warnings[-1]
        return
    apply_import(db, preview)
    event = {"id": _event_id(db, uid)}
    out = export_event(db, event["id"])
    assert f"RRULE:{rule}\r\n" in out.replace("\r\n ", "")
    tz = ZoneInfo(zone)
    first = datetime(day.year, day.month, day.day, hour, tzinfo=tz)
    by_rule = list(rrulestr(rule, dtstart=first.replace(tzinfo=None)))
    if by_rule and by_rule[0] != first.replace(tzinfo=None):  # COUNT counts a DTSTART the rule misses
        by_rule = by_rule[:-1]
    want = {first.astimezone(UTC)} | {d.replace(tzinfo=tz).astimezone(UTC) for d in by_rule}
    from qistdesk.domain import Event
    from qistdesk.domain.series import occurrences

    with db.read() as s:
        e = s.get(Event, event["id"])
        got = {o.start_utc for o in occurrences(e, datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))}
    # wall times in a DST gap move forward by the gap in both (zoneinfo's fold=0 does the same)
    assert got == want
