"""ZonedDateTimeEdit: both zones shown, DST-gap refused, mismatched-DST weeks warned."""

from datetime import datetime, timezone

from qistdesk.gui.widgets.zoned_time import ZonedDateTimeEdit, both_zones_text

ZONES = ("Europe/Copenhagen", "America/New_York")


def test_shows_the_other_zone(qtbot):
    edit = ZonedDateTimeEdit("Europe/Copenhagen", zones=ZONES)
    qtbot.addWidget(edit)
    edit.set_value(datetime(2027, 2, 4, 16, 0))
    assert "16:00 Copenhagen" in edit.other.text() and "10:00 Washington" in edit.other.text()
    assert edit.error() is None and edit.warning() is None
    assert edit.instant() == datetime(2027, 2, 4, 15, 0, tzinfo=timezone.utc)


def test_dst_gap_is_an_error_and_odd_weeks_warn(qtbot):
    edit = ZonedDateTimeEdit("Europe/Copenhagen", zones=ZONES)
    qtbot.addWidget(edit)
    edit.set_value(datetime(2027, 3, 28, 2, 30))
    assert "does not exist" in edit.error()
    edit.set_value(datetime(2027, 3, 18, 16, 0))   # US already on summer time, EU not yet
    assert edit.error() is None and edit.warning()
    assert "11:00 Washington" in edit.other.text()


def test_both_zones_text_puts_event_zone_first():
    text = both_zones_text(datetime(2027, 2, 4, 15, tzinfo=timezone.utc), "America/New_York", ZONES)
    assert text == "10:00 Washington · 16:00 Copenhagen"
