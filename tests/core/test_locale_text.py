"""Dates, times and numbers in both languages (issue 18), written for readers, not parsed back."""

from datetime import date, datetime, time, timezone

from qistdesk.locale_text import (format_day, format_day_span, format_long_day, format_number, format_time,
                                  language, week_number)


def test_danish_reader_sees_danish_dates_times_and_numbers():
    assert format_day(date(2026, 3, 5), "da") == "tors. 5. mar. 2026"
    assert format_long_day(date(2026, 3, 5), "da") == "torsdag den 5. marts 2026"
    assert format_time(time(14, 30), "da") == "14.30"
    assert format_number(1234.5, "da") == "1.234,5"
    assert format_day_span(date(2027, 6, 14), date(2027, 6, 15), "da") == "man. 14.–tirs. 15. jun. 2027"


def test_english_reader_sees_british_dates_and_24_hour_times():
    assert format_day(date(2026, 3, 5), "en") == "Thu, 5 Mar 2026"
    assert format_time(datetime(2026, 3, 5, 9, 5, tzinfo=timezone.utc), "en") == "09:05"
    assert format_number(1234.5, "en") == "1,234.5"
    assert format_number(3, "en", decimals=1) == "3.0"
    assert format_day_span(date(2027, 6, 14), date(2027, 6, 15), "en") == "Mon, 14 Jun – Tue, 15 Jun 2027"
    assert format_day_span(date(2027, 6, 14), date(2027, 6, 14), "en") == "Mon, 14 Jun 2027"


def test_language_codes_are_normalised_and_unknown_ones_read_english():
    assert [language(c) for c in ("da_DK", "da-DK", "DA", "en", "de", None, "")] == [
        "da", "da", "da", "en", "en", "en", "en"]


def test_week_numbers_are_iso_as_danes_use_them():
    assert week_number(date(2027, 1, 1)) == 53   # a Friday: still week 53 of 2026
    assert week_number(date(2027, 1, 4)) == 1


def test_a_persons_language_follows_their_country_unless_chosen():
    from qistdesk.domain.enums import effective_language

    assert effective_language("", "DK") == "da"
    assert effective_language("", "US") == "en"
    assert effective_language("en", "DK") == "en"
    assert effective_language(None, None) == "en"
