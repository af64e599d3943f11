"""The people list: its one query and its one row → record mapping, whoever reads it.

The app reads it through SQLAlchemy (:meth:`Database.rows`); ``qistdesk list people`` through
the standard library's sqlite3 (:class:`~qistdesk.store.reading.FileReader`) when a plain read
is enough, so that 100,000 people print without loading SQLAlchemy (issue 19). Both answer
``rows(sql, params)``, so this module imports neither.

The query is plain SQL that SQLite and PostgreSQL both read: one scan of the covering index
``ix_people_list`` (family name, given name, id and every column shown) joined to each person's
organisation.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_SELECT = ("SELECT people.id, people.given_name, people.family_name, people.email, people.country, "
           "people.career_stage, people.job_title, organizations.name, organizations.sector, people.version "
           "FROM people LEFT OUTER JOIN organizations ON people.organization_id = organizations.id")
_ORDER = " ORDER BY people.family_name, people.given_name, people.id"


def list_people(db, organization_id: str | None = None) -> list[dict[str, Any]]:
    """Everyone, or with ``organization_id`` the people of that one organisation (by id, through
    the index on ``people.organization_id``: names of organisations are not unique).

    ``db``: a :class:`~qistdesk.store.database.Database` or a
    :class:`~qistdesk.store.reading.FileReader`."""
    if organization_id is None:
        rows = db.rows(_SELECT + _ORDER)
    else:
        rows = db.rows(_SELECT + " WHERE people.organization_id = :organization_id" + _ORDER,
                       {"organization_id": organization_id})
    # Repeated values (names, an organisation's name, a country) as one shared string each, not a
    # copy per person: the People view on 100,000 people stays within its memory budget (issue 19).
    shared: dict = {}
    one = shared.setdefault
    return [{"id": i, "given_name": one(g, g), "family_name": one(f, f), "email": e, "country": one(c, c),
             "career_stage": one(st, st), "job_title": one(j, j), "organization": one(o, o),
             "sector": one(se, se), "version": v} for i, g, f, e, c, st, j, o, se, v in rows]
