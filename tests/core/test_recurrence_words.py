"""Series rules in Danish words (issue 18): the app's lists and a Danish reader's invite say
"Hver anden uge til og med 27. maj 2027", not "Fortnightly until 2027-05-27"."""

from __future__ import annotations

from datetime import date

import pytest

from qistdesk import messages
from qistdesk.domain.recurrence import SeriesRule, parse_rule


@pytest.mark.parametrize("rule, english, danish", [
    ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=15", "Every weekday, 15 times", "Hver hverdag, 15 gange"),
    ("FREQ=MONTHLY;BYDAY=2TU", "Every month on the second Tuesday, no end",
     "Hver måned den anden tirsdag, uden slutdato"),
    ("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3", "The last of the weekdays of every month, 3 times",
     "Den sidste hverdag i hver måned, 3 gange"),
    ("FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9", "Every second year in March, September, no end",
     "Hvert andet år i marts og september, uden slutdato"),
    ("FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=1", "Every month on day 1, 15, 1 times", "Hver måned den 1. og 15., 1 gang"),
    ("FREQ=DAILY;BYHOUR=9;COUNT=2", "Rule FREQ=DAILY;BYHOUR=9, 2 times", "Regel FREQ=DAILY;BYHOUR=9, 2 gange"),
])
def test_rules_read_from_files(rule, english, danish):
    assert parse_rule(rule).describe("en") == english
    assert parse_rule(rule).describe("da") == danish


def test_the_editors_choices():
    assert SeriesRule("WEEKLY", 2, None, date(2027, 5, 27)).describe("da") == "Hver anden uge til og med 27. maj 2027"
    assert SeriesRule("WEEKLY", 3, 10, None).describe("da") == "Hver 3. uge, 10 datoer"
    assert SeriesRule("MONTHLY", 1, None, None).describe("da") == "Månedlig, uden slutdato"


def test_the_apps_language_is_the_default():
    rule = SeriesRule("WEEKLY", 2, None, date(2027, 5, 27))
    assert rule.describe() == "Fortnightly until 2027-05-27"
    messages.set_language("da")
    try:
        assert rule.describe() == "Hver anden uge til og med 27. maj 2027"
    finally:
        messages.set_language("en")


def test_a_danish_readers_invite_names_the_series_in_danish():
    from types import SimpleNamespace

    from qistdesk.formats.ics.invites import mail_text
    from qistdesk.timezones import local_to_utc
    from datetime import datetime

    start = local_to_utc(datetime(2027, 3, 4, 15), "Europe/Copenhagen")
    event = SimpleNamespace(title="Kvanteseminar", series_rule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=6",
                            start_utc=start, end_utc=start.replace(hour=start.hour + 1), timezone="Europe/Copenhagen",
                            dates=[], venue=None, online_url="")
    person = SimpleNamespace(full_name="Mette Ærø", language="da", country="DK")
    assert "Serie: Hver anden uge, 6 datoer" in mail_text(event, "REQUEST", "", person, None)
