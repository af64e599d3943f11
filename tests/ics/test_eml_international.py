"""Issue 20 item 9: an internationalised address (josé@exämple.dk) or a line break in a name must
not cost the draft its recipient (the SMTP policy dropped the address silently)."""

from datetime import datetime, timezone

from qistdesk.formats.ics.eml import build_eml

ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"


def _eml(to_name: str, to_email: str) -> bytes:
    return build_eml(to_name=to_name, to_email=to_email, from_name="Kontor, København",
                     from_email="office@um.example.dk", subject="Invitation", text_body="Hello",
                     ics_text=ICS, method="REQUEST", when=datetime(2027, 1, 7, 12, tzinfo=timezone.utc))


def test_international_address_keeps_its_recipient():
    data = _eml("Freja Østergaard", "josé@exämple.dk")
    to = next(line for line in data.split(b"\r\n") if line.startswith(b"To:"))
    assert to.decode("utf-8") == "To: Freja Østergaard <josé@exämple.dk>"


def test_line_break_in_a_name_stays_one_header():
    data = _eml("Line\nBreak", "line@example.dk")
    to = [line for line in data.split(b"\r\n") if line.startswith(b"To:")]
    assert to == [b"To: Line Break <line@example.dk>"]


def test_ascii_drafts_are_unchanged_7bit():
    data = _eml("Nina Holm", "nina@example.dk")
    assert data.isascii()
