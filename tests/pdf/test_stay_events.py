"""An exchange packet's "Events during the stay": the participant's own events in full, a series
as one line with its dates, and the programme's other events capped with "and N more"."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from pdf_helpers import pdf_text

OTHERS = 33  # single events of the programme the participant does not take part in


def _stay(programme, lang="en"):
    from qistdesk.services import directory, events

    if lang == "en":
        directory.update_person(programme.db, programme.dk_person, language="en")
    own = events.create_event(programme.db, kind="seminar", title="Quantum seminar", start=datetime(2027, 4, 6, 15),
                              end=datetime(2027, 4, 6, 16), timezone="America/New_York", series="FREQ=WEEKLY;COUNT=12")
    events.add_participant(programme.db, own, programme.dk_person, role="speaker", invitation_status="invited")
    events.create_event(programme.db, kind="seminar", title="Other seminar", start=datetime(2027, 4, 7, 10),
                        end=datetime(2027, 4, 7, 11), timezone="America/New_York", series="FREQ=WEEKLY;COUNT=10")
    for i in range(OTHERS):
        day = datetime(2027, 4, 8, 9) + timedelta(days=i)
        events.create_event(programme.db, kind="workshop", title=f"Workshop {i:02d}", start=day,
                            end=day + timedelta(hours=2), timezone="America/New_York")
    declined = events.create_event(programme.db, kind="workshop", title="Declined talk",
                                   start=datetime(2027, 4, 2, 9), end=datetime(2027, 4, 2, 10),
                                   timezone="America/New_York")
    events.add_participant(programme.db, declined, programme.dk_person, invitation_status="declined")


def _packet_text(programme, office):
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    return pdf_text(pdf.exchange_pdf(packets.exchange_packet(programme.db, programme.exchange), office).pdf)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_own_events_in_full_series_on_one_line_and_the_rest_capped(programme, office):
    from qistdesk.services.packets import OTHER_LINES

    _stay(programme)
    text = _one_line(_packet_text(programme, office))
    # The participant's series: one line, every date, weekday and time summarised (Boston time).
    assert ("Quantum seminar — 12 dates, Tuesdays 15:00: 6, 13, 20, 27 Apr, 4, 11, 18, 25 May, 1, 8, 15, 22 Jun "
            "2027") in text
    assert text.count("Quantum seminar") == 1
    assert "Quantum Days <2027> & more" in text  # the conference he attends: his own
    itinerary, also = text.split("Also during your stay")
    assert "Quantum seminar" in itinerary and "Quantum Days" in itinerary
    # Others: the series once, its dates cut after six; 1 series + 33 workshops, 30 listed.
    assert "Other seminar — 10 dates, Wednesdays 10:00: 7, 14, 21, 28 Apr, 5, 12 May 2027 …" in also
    assert also.count("Other seminar") == 1
    # A declined invitation is not his own event: it is one of the programme's others (the first).
    assert "Declined talk" not in itinerary and "Declined talk" in also
    listed = 2 + sum(f"Workshop {i:02d}" in also for i in range(OTHERS))
    assert listed == OTHER_LINES
    assert f"and {2 + OTHERS - OTHER_LINES} more events in the programme calendar" in also


def test_the_stay_reads_danish_for_a_danish_participant(programme, office):
    _stay(programme, lang="da")
    text = _one_line(_packet_text(programme, office))
    assert "Quantum seminar — 12 datoer, tirsdage kl. 15.00: 6., 13., 20., 27. apr." in text
    assert "Også under dit ophold" in text
    assert "og 5 arrangementer mere i programkalenderen" in text


def test_a_short_stay_lists_every_other_event_without_a_more_line(programme, office):
    from qistdesk.services import events

    events.create_event(programme.db, kind="workshop", title="Lone workshop", start=datetime(2027, 4, 20, 9),
                        end=datetime(2027, 4, 20, 10), timezone="America/New_York")
    text = _one_line(_packet_text(programme, office))
    assert "Lone workshop" in text and "more event" not in text and "mere i programkalenderen" not in text


def test_the_more_line_writes_the_count_as_the_reader_does():
    from qistdesk.formats.pdf.stay import more_line

    assert more_line(2149, "en") == "and 2,149 more events in the programme calendar"
    assert more_line(2149, "da") == "og 2.149 arrangementer mere i programkalenderen"
    assert more_line(1, "da") == "og 1 arrangement mere i programkalenderen"
