from datetime import date, datetime, timedelta, timezone

import pytest

from qistdesk import timezones as tz


def test_wall_clock_time_becomes_utc_instant():
    assert tz.local_to_utc(datetime(2027, 2, 4, 16), tz.COPENHAGEN) == datetime(2027, 2, 4, 15, tzinfo=timezone.utc)
    assert tz.local_to_utc(datetime(2027, 7, 1, 10), tz.WASHINGTON) == datetime(2027, 7, 1, 14, tzinfo=timezone.utc)


@pytest.mark.parametrize("local,zone_name", [
    (datetime(2026, 3, 29, 2, 30), tz.COPENHAGEN),
    (datetime(2026, 3, 8, 2, 30), tz.WASHINGTON),
])
def test_time_in_dst_gap_is_refused_naming_zone(local, zone_name):
    with pytest.raises(tz.TimeZoneError, match=f"does not exist in {zone_name}"):
        tz.localize(local, zone_name)


@pytest.mark.parametrize("local,zone_name", [
    (datetime(2026, 10, 25, 2, 30), tz.COPENHAGEN),
    (datetime(2026, 11, 1, 1, 30), tz.WASHINGTON),
])
def test_ambiguous_time_is_refused_with_both_meanings(local, zone_name):
    with pytest.raises(tz.TimeZoneError, match="happens twice") as info:
        tz.localize(local, zone_name)
    assert zone_name in str(info.value)


def test_unknown_zone_is_a_clear_error():
    with pytest.raises(tz.TimeZoneError, match="unknown time zone 'Mars/Olympus'"):
        tz.zone("Mars/Olympus")


def test_weeks_when_us_and_eu_clocks_differ():
    days = [date(2027, 1, 1) + timedelta(n) for n in range(365)]
    odd = [d for d in days if tz.offsets_differ_from_usual(d)]
    # 2027: US changes 14 March, EU 28 March; EU 31 October, US 7 November.
    assert odd[0] == date(2027, 3, 14) and date(2027, 3, 27) in odd and date(2027, 3, 28) not in odd
    assert date(2027, 10, 31) in odd and date(2027, 11, 6) in odd and date(2027, 11, 7) not in odd
    assert len(odd) == 21


@pytest.mark.parametrize("name,expected", [
    ("W. Europe Standard Time", "Europe/Berlin"), ("Eastern Standard Time", "America/New_York"),
    ("Europe/Copenhagen", "Europe/Copenhagen"), ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
    ("Nowhere Standard Time", None),
])
def test_zone_names_from_other_programs(name, expected):
    assert tz.to_iana(name) == expected


def test_iso_parsing_with_and_without_offset():
    assert tz.parse_iso_instant("2027-02-04T16:00:00+01:00") == datetime(2027, 2, 4, 15, tzinfo=timezone.utc)
    assert tz.parse_iso_instant("2027-02-04T16:00", tz.COPENHAGEN) == datetime(2027, 2, 4, 15, tzinfo=timezone.utc)
    with pytest.raises(tz.TimeZoneError, match="not an ISO 8601"):
        tz.parse_iso_instant("next thursday", tz.COPENHAGEN)
