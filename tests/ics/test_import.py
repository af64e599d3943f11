"""Import: every sample file, broken files, idempotence by UID, exact text round trip."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qistdesk.services.ics_export import export_event
from qistdesk.services.ics_import import ICSReadError, apply_import, preview_import
from qistdesk.services import events as ev
from qistdesk.services.queries import list_events, series_dates

UTC = timezone.utc
REAL = [
    ("apple-ical15-monthly-exdate-override.ics", 1), ("apple-macos11-attendee-status.ics", 4),
    ("davx5-weekly-exdate.ics", 1), ("evolution-windows-tzid-alarm.ics", 1),
    ("google-public-calendar-machbar.ics", 58), ("google-yearly-exdate-override-alarm.ics", 1),
    ("nextcloud-yearly-allday-multi-alarm.ics", 1), ("outlook-exchange2010-publish-multi-tz.ics", 3),
    ("outlook-exchange2010-request-invite.ics", 1), ("outlook2007-allday-tab-folding.ics", 1),
    ("thunderbird-exdate-overrides.ics", 4), ("zimbra-weekday-recurring-alarm.ics", 1),
]


@pytest.mark.parametrize("name,new", REAL)
def test_each_sample_imports_and_reimport_changes_nothing(db, samples_dir, name, new):
    data = (samples_dir / "ics" / name).read_bytes()
    preview = preview_import(db, data, source=name, default_zone="Europe/Copenhagen")
    assert preview.count("new") == new
    result = apply_import(db, preview)
    assert result.created == new
    again = preview_import(db, data, source=name, default_zone="Europe/Copenhagen")
    assert again.count("new") == 0 and again.count("update") == 0
    apply_import(db, again)
    assert len(list_events(db)) == new


def test_windows_and_google_zones_give_the_right_instants(db, samples_dir):
    data = (samples_dir / "ics" / "outlook-exchange2010-request-invite.ics").read_bytes()
    [item] = preview_import(db, data).items
    assert item.timezone == "Europe/Kiev" or item.timezone.startswith("Europe/")
    data = (samples_dir / "ics" / "evolution-windows-tzid-alarm.ics").read_bytes()
    [item] = preview_import(db, data).items
    assert item.timezone == "Asia/Dubai"
    data = (samples_dir / "ics" / "apple-macos11-attendee-status.ics").read_bytes()
    items = preview_import(db, data).items
    # TZID with no VTIMEZONE; a single UTC time (…Z) is shown in the calendar's zone
    assert {i.timezone for i in items} == {"America/Vancouver"}


def test_series_with_exdate_and_moved_date(db, samples_dir):
    data = (samples_dir / "ics" / "thunderbird-exdate-overrides.ics").read_bytes()
    apply_import(db, preview_import(db, data))
    series = [e for e in list_events(db) if e["series_rule"]]
    assert series
    statuses = [d["status"] for e in series for d in series_dates(db, e["id"])]
    moved = [d for e in series for d in series_dates(db, e["id"]) if d["start_utc"] != d["original_start_utc"]]
    assert "cancelled" in statuses and moved


def test_zimbra_cancel_of_one_date_names_the_bad_line_and_skips(db, samples_dir):
    data = (samples_dir / "ics" / "zimbra-cancel-one-occurrence.ics").read_bytes()
    preview = preview_import(db, data)
    assert preview.method == "CANCEL"
    assert any(w.startswith("line 11:") for w in preview.warnings)


@pytest.mark.parametrize("name,line", [("broken-truncated-midline.ics", 558),
                                       ("broken-missing-end-vcalendar.ics", 694)])
def test_broken_files_name_the_line_and_save_nothing(db, samples_dir, name, line):
    data = (samples_dir / "ics" / name).read_bytes()
    with pytest.raises(ICSReadError) as info:
        preview_import(db, data)
    assert str(info.value).startswith(f"line {line}:")
    assert list_events(db) == []


def test_a_failing_item_rolls_back_the_whole_import(db):
    good = ("BEGIN:VEVENT\r\nUID:a@x\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270301T100000Z\r\n"
            "DTEND:20270301T110000Z\r\nSUMMARY:ok\r\nEND:VEVENT\r\n")
    bad = good.replace("UID:a@x", "UID:b@x").replace("SUMMARY:ok", "SUMMARY:" + "x" * 10)
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n" + good + bad + "END:VCALENDAR\r\n"
    preview = preview_import(db, text)
    preview.items[1].timezone = "Nowhere/Atlantis"  # fails validation on save
    with pytest.raises(Exception):
        apply_import(db, preview)
    assert list_events(db) == []


def test_garbage_names_line_one(db):
    with pytest.raises(ICSReadError, match=r"^line 1: "):
        preview_import(db, b"hello\r\nworld\r\n")


# Text a user can type or paste, including CR, CRLF, backslash sequences, commas and
# control characters; only what a database cannot store (surrogates) is left out.
user_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=120)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=user_text.filter(lambda t: t.strip() != "" and "\x00" not in t),
       description=user_text.filter(lambda t: "\x00" not in t))  # NUL is refused on input (issue 20)
def test_user_text_round_trips_exactly(db, title, description):
    eid = ev.create_event(db, kind="workshop", title=title[:300], description=description,
                          start=datetime(2027, 3, 29, 14, tzinfo=UTC), end=datetime(2027, 3, 29, 15, tzinfo=UTC),
                          timezone="America/New_York")
    text = export_event(db, eid)
    with db.write() as s:  # import into an empty database: a copy by UID
        from qistdesk.domain import Event

        event = s.get(Event, eid)
        uid = event.ical_uid
        s.delete(event)
    preview = preview_import(db, text.encode("utf-8"))
    [item] = preview.items
    assert item.uid == uid and item.action == "new"
    assert item.title == title[:300]
    assert item.description == description
    apply_import(db, preview)
    [row] = [e for e in list_events(db) if e["title"] == title[:300]]
    with db.read() as s:
        from qistdesk.domain import Event

        stored = s.get(Event, row["id"])
        assert stored.description == description and stored.title == title[:300]
    ev.delete_event(db, row["id"])
