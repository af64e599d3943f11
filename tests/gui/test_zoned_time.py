"""Times in both zones, the event's zone first."""

from datetime import datetime, timezone

from qistdesk.gui.widgets.zoned_time import both_zones_text

ZONES = ("Europe/Copenhagen", "America/New_York")


def test_both_zones_text_puts_event_zone_first():
    text = both_zones_text(datetime(2027, 2, 4, 15, tzinfo=timezone.utc), "America/New_York", ZONES)
    assert text == "10:00 Washington · 16:00 Copenhagen"
