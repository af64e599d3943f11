"""The directory's lists (people, organisations, venues): each one SQL text and one row → record
mapping, whoever reads it.

The app reads them through SQLAlchemy (:meth:`Database.rows`); ``qistdesk list people``
(``organizations``, ``venues``) through the standard library's sqlite3
(:class:`~qistdesk.store.reading.FileReader`) when a plain read is enough, so that 100,000 people
print without loading SQLAlchemy (issue 19). Both answer ``rows(sql, params)``, so this module
imports neither. The SQL is plain SQL that SQLite and PostgreSQL both read.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# One scan of the covering index ``ix_people_list`` (family name, given name, id and every column
# shown), joined to each person's organisation.
_PEOPLE = ("SELECT people.id, people.given_name, people.family_name, people.email, people.country, "
           "people.career_stage, people.job_title, organizations.name, organizations.sector, people.version "
           "FROM people LEFT OUTER JOIN organizations ON people.organization_id = organizations.id")
_PEOPLE_ORDER = " ORDER BY people.family_name, people.given_name, people.id"

_ORGANIZATIONS = ("SELECT organizations.id, organizations.name, organizations.sector, organizations.country, "
                  "organizations.city, coalesce(counts.n, 0), organizations.version FROM organizations "
                  "LEFT OUTER JOIN (SELECT people.organization_id AS organization_id, count(*) AS n FROM people "
                  "GROUP BY people.organization_id) AS counts ON counts.organization_id = organizations.id "
                  "ORDER BY organizations.name, organizations.id")
_ORGANIZATION_KEYS = ("id", "name", "sector", "country", "city", "people", "version")

_VENUES = ("SELECT venues.id, venues.name, venues.city, venues.country, venues.timezone, venues.capacity, "
           "venues.version FROM venues ORDER BY venues.name, venues.id")
_VENUE_KEYS = ("id", "name", "city", "country", "timezone", "capacity", "version")


def list_people(db, organization_id: str | None = None) -> list[dict[str, Any]]:
    """Everyone, or with ``organization_id`` the people of that one organisation (by id, through
    the index on ``people.organization_id``: names of organisations are not unique).

    ``db``: a :class:`~qistdesk.store.database.Database` or a
    :class:`~qistdesk.store.reading.FileReader` (as for every list here)."""
    if organization_id is None:
        rows = db.rows(_PEOPLE + _PEOPLE_ORDER)
    else:
        rows = db.rows(_PEOPLE + " WHERE people.organization_id = :organization_id" + _PEOPLE_ORDER,
                       {"organization_id": organization_id})
    # Repeated values (names, an organisation's name, a country) as one shared string each, not a
    # copy per person: the People view on 100,000 people stays within its memory budget (issue 19).
    shared: dict = {}
    one = shared.setdefault
    return [{"id": i, "given_name": one(g, g), "family_name": one(f, f), "email": e, "country": one(c, c),
             "career_stage": one(st, st), "job_title": one(j, j), "organization": one(o, o),
             "sector": one(se, se), "version": v} for i, g, f, e, c, st, j, o, se, v in rows]


def list_organizations(db) -> list[dict[str, Any]]:
    """Every organisation by name, with how many people it has."""
    return [dict(zip(_ORGANIZATION_KEYS, row)) for row in db.rows(_ORGANIZATIONS)]


def list_venues(db) -> list[dict[str, Any]]:
    """Every venue by name."""
    return [dict(zip(_VENUE_KEYS, row)) for row in db.rows(_VENUES)]
