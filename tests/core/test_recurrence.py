from datetime import date, datetime, timezone

import pytest

from qistdesk.domain.recurrence import RuleError, SeriesRule, expand, format_rule, parse_rule
from qistdesk.timezones import COPENHAGEN, local_to_utc, utc_to_local


def test_fortnightly_series_keeps_local_time_across_dst():
    first = local_to_utc(datetime(2027, 2, 4, 16), COPENHAGEN)
    starts = expand(SeriesRule.weekly(2, until=date(2027, 5, 27)), first, COPENHAGEN)
    assert len(starts) == 9
    assert {utc_to_local(s, COPENHAGEN).hour for s in starts} == {16}
    assert starts[0].hour == 15 and starts[-1].hour == 14  # UTC moves by an hour after 28 March


def test_rule_text_round_trips_and_has_utc_until():
    first = local_to_utc(datetime(2027, 2, 4, 16), COPENHAGEN)
    text = format_rule(SeriesRule.weekly(2, until=date(2027, 5, 27)), first, COPENHAGEN)
    assert text == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270527T140000Z"
    assert parse_rule(text) == SeriesRule("WEEKLY", 2, None, date(2027, 5, 27))


def test_monthly_series_skips_missing_days():
    first = datetime(2027, 1, 31, 15, tzinfo=timezone.utc)
    starts = expand(SeriesRule.monthly(count=3), first, "UTC")
    assert [s.month for s in starts] == [1, 3, 5]


@pytest.mark.parametrize("text,message", [
    ("", "empty"), ("FREQ=HOURLY;COUNT=3", "FREQ"), ("FREQ=SECONDLY;COUNT=1000000000", "FREQ=SECONDLY"),
    ("FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "not both"), ("FREQ=WEEKLY;COUNT=x", "whole numbers"),
    ("FREQ=WEEKLY;COUNT=3;BYFOO=1", "not supported"), ("FREQ=WEEKLY;UNTIL=2027", "not a date"),
    ("FREQ=WEEKLY;BYDAY=XX", "not a valid RRULE"), ("garbage", "KEY=VALUE"), ("FREQ=DAILY;COUNT=1000001", "COUNT"),
])
def test_bad_rules_are_explained(text, message):
    with pytest.raises(RuleError, match=message):
        parse_rule(text)


def test_series_date_in_dst_gap_moves_forward_by_the_gap():
    """RFC 5545 3.3.5: a wall-clock time that does not exist is moved forward by the gap."""
    first = local_to_utc(datetime(2027, 3, 21, 2, 30), COPENHAGEN)
    shifted = []
    starts = expand(SeriesRule.weekly(count=2), first, COPENHAGEN, shifted=shifted)
    assert utc_to_local(starts[1], COPENHAGEN).replace(tzinfo=None) == datetime(2027, 3, 28, 3, 30)
    assert shifted == [(datetime(2027, 3, 28, 2, 30), datetime(2027, 3, 28, 3, 30))]


def test_full_rules_are_kept_as_written_and_described():
    first = local_to_utc(datetime(2027, 3, 9, 10), COPENHAGEN)  # a Tuesday
    rule = parse_rule("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=15", first, COPENHAGEN)
    assert rule.text == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=15"
    assert rule.describe() == "Every weekday, 15 times"
    assert format_rule(rule, first, COPENHAGEN) == rule.text
    assert len(expand(rule, first, COPENHAGEN)) == 15
    second_tuesday = parse_rule("FREQ=MONTHLY;BYDAY=2TU", first, COPENHAGEN)
    assert second_tuesday.open_ended and second_tuesday.describe() == "Every month on the second Tuesday, no end"
    starts = expand(second_tuesday, first, COPENHAGEN, until_utc=first.replace(year=2028), limit=None)
    assert [utc_to_local(s, COPENHAGEN).day for s in starts[:4]] == [9, 13, 11, 8]
    assert parse_rule("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3").describe() == \
        "The last of the weekdays of every month, 3 times"
    assert parse_rule("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU").describe() == "Every year on the last Sunday in March, no end"
    # The app's own canonical form stays a simple rule the editor shows with its choices.
    assert parse_rule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=4", first, COPENHAGEN).is_simple
    assert not parse_rule("FREQ=WEEKLY;BYDAY=WE;COUNT=4", first, COPENHAGEN).is_simple


def test_impossible_rule_is_refused():
    from qistdesk.domain.recurrence import first_date_check

    first = local_to_utc(datetime(2027, 3, 9, 10), COPENHAGEN)
    with pytest.raises(RuleError, match="no date"):
        first_date_check(parse_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"), first, COPENHAGEN)
