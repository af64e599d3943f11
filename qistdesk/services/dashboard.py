"""What the dashboard shows: the next weeks, activity per month, who takes part.

Its own module because the numbers are aggregates (one grouped query each),
not lists: at the scale of 100,000 people a per-event loop would make the
first screen of the app slow. A seminar series counts once per scheduled date,
which is how attachés count their activity ("we held 9 seminars this spring").
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from qistdesk.domain import Event, Organization, Participation, Person, SeriesDate
from qistdesk.store import Database
from qistdesk.timezones import UTC, utc_to_local


def _occurrence_queries(start: datetime, end: datetime):
    """(single events, scheduled series dates) overlapping [start, end), cancelled events left out."""
    single = (select(Event.id, Event.kind, Event.title, Event.start_utc, Event.end_utc, Event.timezone,
                     Event.status)
              .where(Event.series_rule == "", Event.status != "cancelled", Event.end_utc > start,
                     Event.start_utc < end))
    dated = (select(Event.id, Event.kind, Event.title, SeriesDate.start_utc, SeriesDate.end_utc, Event.timezone,
                    Event.status, SeriesDate.id.label("date_id"), SeriesDate.topic)
             .join(SeriesDate, SeriesDate.event_id == Event.id)
             .where(SeriesDate.status == "scheduled", Event.status != "cancelled", SeriesDate.end_utc > start,
                    SeriesDate.start_utc < end))
    return single, dated


def _occurrence_rows(single, dated) -> list[dict]:
    rows = [dict(event_id=r.id, date_id=None, kind=r.kind, title=r.title, start_utc=r.start_utc, end_utc=r.end_utc,
                 timezone=r.timezone, status=r.status, topic="") for r in single]
    rows += [dict(event_id=r.id, date_id=r.date_id, kind=r.kind, title=r.title, start_utc=r.start_utc,
                  end_utc=r.end_utc, timezone=r.timezone, status=r.status, topic=r.topic or "") for r in dated]
    return sorted(rows, key=lambda r: r["start_utc"])


def occurrences(db: Database, start: datetime, end: datetime) -> list[dict]:
    """Events and scheduled series dates overlapping [start, end), soonest first.

    Each row: event_id, date_id (None for a whole event), kind, title, start_utc,
    end_utc, timezone, status, topic.
    """
    single, dated = _occurrence_queries(start, end)
    with db.read() as s:
        return _occurrence_rows(s.execute(single).all(), s.execute(dated).all())


def first_occurrences(db: Database, start: datetime, end: datetime, limit: int) -> tuple[int, list[dict]]:
    """(how many :func:`occurrences` there are, the first ``limit`` of them): counted and cut in
    SQL, for a detail pane (an exchange's stay overlaps about 1,500 at scale-100)."""
    single, dated = _occurrence_queries(start, end)
    total = func.count().over().label("total")  # counted in the same pass that finds the first rows
    with db.read() as s:
        single = s.execute(single.add_columns(total).order_by(Event.start_utc, Event.id).limit(limit)).all()
        dated = s.execute(dated.add_columns(total).order_by(SeriesDate.start_utc, SeriesDate.id).limit(limit)).all()
    return sum(rows[0].total for rows in (single, dated) if rows), _occurrence_rows(single, dated)[:limit]


def next_occurrence(db: Database, after: datetime) -> dict | None:
    """The first event or series date after ``after`` (for "nothing in the next 30 days")."""
    found = occurrences(db, after, after + timedelta(days=3 * 365))
    return found[0] if found else None


def activity_by_month(db: Database, zone_name: str, first: date | None = None,
                      months: int = 12, today: date | None = None) -> list[tuple[str, int, int]]:
    """(YYYY-MM, seminar dates, conference/workshop days) for ``months`` months.

    Without ``first`` the window is the one a planner looks at: the past five months, this month
    and what comes next. It used to start at the first month with any activity, so once a programme
    had a past year the chart showed only that year and none of what is planned. When that window
    holds nothing, it moves to the nearest activity: the next months with some, else the last ones.
    """
    with db.read() as s:
        single = s.execute(select(Event.kind, Event.start_utc, Event.end_utc)
                           .where(Event.series_rule == "", Event.status != "cancelled")).all()
        dated = s.execute(select(SeriesDate.start_utc).join(Event, SeriesDate.event_id == Event.id)
                          .where(SeriesDate.status == "scheduled", Event.status != "cancelled")).all()
    seminars, conferences = Counter(), Counter()
    for kind, a, b in single:
        if kind == "seminar":
            seminars[utc_to_local(a, zone_name).strftime("%Y-%m")] += 1
        else:
            d, last = utc_to_local(a, zone_name).date(), utc_to_local(b - timedelta(seconds=1), zone_name).date()
            while d <= last:
                conferences[d.strftime("%Y-%m")] += 1
                d += timedelta(days=1)
    for (a,) in dated:
        seminars[utc_to_local(a, zone_name).strftime("%Y-%m")] += 1
    if first is None:
        first = _window_start(sorted(set(seminars) | set(conferences)), months,
                              today or utc_to_local(datetime.now(UTC), zone_name).date())
    out = []
    for i in range(months):
        key = _month_key(first, i)
        out.append((key, seminars[key], conferences[key]))
    return out


def _month_key(first: date, offset: int) -> str:
    """"YYYY-MM" of the month ``offset`` months after ``first``'s."""
    y, m = divmod(first.year * 12 + first.month - 1 + offset, 12)
    return f"{y:04d}-{m + 1:02d}"


def _window_start(active: list[str], months: int, today: date) -> date:
    """The first month of the chart: five months back from ``today``'s, unless that window holds
    no activity (``active``: sorted "YYYY-MM" keys), then at the next active month, else ending
    with the last one."""
    start = date.fromisoformat(_month_key(today.replace(day=1), -5) + "-01")
    end = _month_key(start, months)
    if not active or any(start.strftime("%Y-%m") <= k < end for k in active):
        return start
    later = [k for k in active if k >= end]
    if later:
        return date.fromisoformat(later[0] + "-01")
    return date.fromisoformat(_month_key(date.fromisoformat(active[-1] + "-01"), 1 - months) + "-01")


def participants_by_fields(db: Database, fields: tuple[str, ...] = ("sector", "country"),
                           limit: int = 8) -> dict[str, list[tuple[str, int]]]:
    """Distinct people taking part in any event, counted by each of ``fields`` ("sector", "country"),
    in one pass. Declined invitations do not count; the tail beyond ``limit`` is summed as "Other"."""
    columns = {"sector": Organization.sector,
               "country": func.coalesce(func.nullif(Person.country, ""), Organization.country)}
    people = (select(Participation.person_id).where(Participation.invitation_status != "declined")
              .distinct().subquery())
    keys = [columns[f].label(f) for f in fields]
    with db.read() as s:
        rows = s.execute(select(*keys, func.count().label("n"))
                         .select_from(people).join(Person, Person.id == people.c.person_id)
                         .outerjoin(Organization, Person.organization_id == Organization.id)
                         .group_by(*keys)).all()
    result = {}
    for i, field in enumerate(fields):
        totals: dict[str, int] = {}
        for row in rows:
            key = row[i] or "unknown"
            totals[key] = totals.get(key, 0) + row.n
        out = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(out) > limit:
            out = out[:limit - 1] + [("other", sum(n for _, n in out[limit - 1:]))]
        result[field] = out
    return result
