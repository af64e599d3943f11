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
    ("", "empty"), ("FREQ=HOURLY;COUNT=3", "FREQ"), ("FREQ=WEEKLY", "needs an end"),
    ("FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "not both"), ("FREQ=WEEKLY;COUNT=x", "whole numbers"),
    ("FREQ=WEEKLY;COUNT=3;BYSETPOS=1", "not supported"), ("FREQ=WEEKLY;UNTIL=2027", "not a date"),
])
def test_bad_rules_are_explained(text, message):
    with pytest.raises(RuleError, match=message):
        parse_rule(text)


def test_series_date_in_dst_gap_is_refused():
    first = local_to_utc(datetime(2027, 3, 21, 2, 30), COPENHAGEN)
    with pytest.raises(RuleError, match="2027-03-28.*does not exist"):
        expand(SeriesRule.weekly(count=2), first, COPENHAGEN)
