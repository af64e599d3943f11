"""A whole-calendar export reads the database in a fixed number of queries.

Each date of a series names its speaker in the file; that speaker was loaded lazily, one query
per date, so exporting 10,000 events spent 2.9 of its 3.4 seconds in those queries. The count
must not grow with the number of dates.
"""

from __future__ import annotations

from sqlalchemy import event, func, select

from qistdesk.domain import SeriesDate
from qistdesk.services.ics_export import export_events
from qistdesk.services.synthetic import load_synthetic


def _count_queries(db, fn):
    seen = []

    def count(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        result = fn()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return result, seen


def test_the_export_of_every_event_takes_a_few_queries_whatever_the_number_of_dates(db, clock):
    load_synthetic(db, 2)
    with db.read() as s:
        with_speaker = s.scalar(select(func.count()).select_from(SeriesDate).where(SeriesDate.speaker_id.is_not(None)))
    assert with_speaker > 20  # the synthetic programme has series whose dates name speakers

    (text, written), queries = _count_queries(db, lambda: export_events(db, name="all", clock=clock,
                                                                        reminder_minutes=0))

    assert written > 100
    assert text.count("Speaker: ") > 20  # dates written as their own VEVENT name their speaker
    assert len(queries) <= 5, queries
