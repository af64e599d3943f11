"""A seminar series' dates: its rule and extra dates expanded, with what the user did per date.

The event keeps its RRULE (as written) and its RDATEs; one :class:`SeriesDate` row per date up to
:data:`~qistdesk.domain.recurrence.HORIZON_YEARS` after the first (at most ``MAX_DATES`` rows) holds
that date's cancellation, move, speaker and topic. :func:`occurrences` is the one public way to ask
for the dates of an event in a window (calendar views, exports): it works for open-ended series too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional

from qistdesk.domain.recurrence import (HORIZON_YEARS, MAX_DATES, RuleError, SeriesRule, expand, parse_rule,
                                        wall_to_utc)
from qistdesk.timezones import UTC, utc_to_local
from qistdesk.messages import _


@dataclass(frozen=True)
class Occurrence:
    """One date of an event: ``original_start_utc`` is its RECURRENCE-ID (the event's start for a
    single event); ``start_utc``/``end_utc`` where it takes place (moved or not)."""

    original_start_utc: datetime
    start_utc: datetime
    end_utc: datetime
    status: str = "scheduled"  # scheduled | cancelled
    speaker_id: Optional[str] = None
    topic: str = ""
    date_id: Optional[str] = None  # the SeriesDate row, when there is one


def rdates_of(event) -> list[datetime]:
    text = getattr(event, "series_rdates", "") or ""
    return sorted(datetime.fromisoformat(t).astimezone(UTC) for t in text.split())


def rdates_text(instants) -> str:
    return " ".join(sorted({i.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00") for i in instants}))


def rule_of(event) -> SeriesRule:
    return parse_rule(event.series_rule, event.start_utc, event.timezone)


def horizon(first_start_utc: datetime) -> datetime:
    return first_start_utc + timedelta(days=366 * HORIZON_YEARS)


def occurrences(event, start: datetime, end: datetime) -> list[Occurrence]:
    """Every date of ``event`` that overlaps ``[start, end)`` (UTC), in time order.

    A single event gives one occurrence. For a series: the rule's dates, its extra dates, moved
    dates where they now take place; cancelled dates come with ``status="cancelled"``.
    """
    if not event.series_rule:
        if event.end_utc > start and event.start_utc < end:
            return [Occurrence(event.start_utc, event.start_utc, event.end_utc,
                               "cancelled" if event.status == "cancelled" else "scheduled")]
        return []
    length = event.end_utc - event.start_utc
    rows = {d.original_start_utc: d for d in event.dates}
    moved_in = [d for d in event.dates if d.is_moved and d.end_utc > start and d.start_utc < end]
    # Originals from a little before the window: a moved date may land inside it.
    spread = max([abs(d.start_utc - d.original_start_utc) for d in event.dates if d.is_moved] or [timedelta(0)])
    originals = expand(rule_of(event), event.start_utc, event.timezone, rdates=rdates_of(event),
                       until_utc=end + spread, limit=None)
    out: dict[datetime, Occurrence] = {}
    for original in originals:
        row = rows.get(original)
        if row is not None:
            if row.end_utc > start and row.start_utc < end:
                out[original] = _from_row(row)
        elif original + length > start and original < end:
            out[original] = Occurrence(original, original, original + length)
    for row in moved_in:
        out.setdefault(row.original_start_utc, _from_row(row))
    return sorted(out.values(), key=lambda o: (o.start_utc, o.original_start_utc))


def _from_row(d) -> Occurrence:
    return Occurrence(d.original_start_utc, d.start_utc, d.end_utc, d.status or "scheduled", d.speaker_id,
                      d.topic or "", d.id)


def has_changes(d, length: timedelta) -> bool:
    """A date the user did something to: cancelled, moved, retimed, given a speaker or a topic."""
    return (d.status == "cancelled" or d.is_moved or d.end_utc - d.start_utc != length
            or bool(d.speaker_id) or bool(d.topic))


def materialize(event, rule: SeriesRule, *, old_first_utc: datetime | None = None,
                old_timezone: str | None = None, old_length: timedelta | None = None,
                shifted: list | None = None) -> None:
    """Give ``event`` one row per date (up to the horizon), keeping every per-date change.

    When the series moved (``old_first_utc``/``old_timezone`` differ from the event's), each changed
    date moves with it by the same wall-clock step; a changed date that would not be a date of the
    new series raises :class:`RuleError` naming it (cancelled dates that fall out are dropped).
    """
    from qistdesk.domain.events import SeriesDate

    length = event.end_utc - event.start_utc
    old_length = length if old_length is None else old_length
    starts = expand(rule, event.start_utc, event.timezone, rdates=rdates_of(event),
                    until_utc=horizon(event.start_utc), limit=MAX_DATES, shifted=shifted)
    wanted = set(starts)
    previous = {d.original_start_utc: d for d in event.dates}
    old_first = old_first_utc or event.start_utc
    old_zone = old_timezone or event.timezone
    step = (utc_to_local(event.start_utc, event.timezone).replace(tzinfo=None)
            - utc_to_local(old_first, old_zone).replace(tzinfo=None))
    moved_zone = old_zone != event.timezone
    changes: dict[datetime, tuple] = {}
    lost = []
    for original, d in previous.items():
        if not has_changes(d, old_length):
            continue
        if step or moved_zone:
            new_original = wall_to_utc(utc_to_local(original, old_zone).replace(tzinfo=None) + step, event.timezone)
        else:
            new_original = original
        delta = new_original - original
        if new_original not in wanted:
            if d.is_moved or d.speaker_id or d.topic or d.end_utc - d.start_utc != old_length:
                lost.append(utc_to_local(original, old_zone).strftime("%Y-%m-%d %H:%M"))
            continue
        if d.is_moved:
            new_start, new_end = d.start_utc + delta, d.end_utc + delta
        else:
            own = d.end_utc - d.start_utc
            new_start, new_end = new_original, new_original + (length if own == old_length else own)
        changes[new_original] = (new_start, new_end, d.status, d.speaker_id, d.topic or "")
    if lost:
        raise RuleError(_("these dates have their own time, speaker or topic and would not be dates of the "
                          "changed series: {dates}; change or clear them first").format(dates=", ".join(lost)))
    rows = []
    for start in starts:
        d = previous.get(start)
        if d is None:
            d = SeriesDate(original_start_utc=start, start_utc=start, end_utc=start + length, status="scheduled",
                           topic="")
        values = changes.get(start, (start, start + length, "scheduled", None, ""))
        if (d.start_utc, d.end_utc, d.status, d.speaker_id, d.topic) != values:
            d.start_utc, d.end_utc, d.status, d.speaker_id, d.topic = values
        rows.append(d)
    event.dates = rows
