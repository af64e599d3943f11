"""The status bar's summary: "1,204 people · 58 organisations · … · last backup today 02:19".

Read at a glance, in the reader's language and number format; kept apart from the main window,
which only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from qistdesk.gui.i18n import tr


def counts_text(db) -> str:
    """The counts of the database (one query) and when its newest backup copy was made."""
    from qistdesk.services import queries

    return format_counts(queries.counts(db)) + _last_backup(db)


def _last_backup(db) -> str:
    try:
        from qistdesk.services.backups import list_backups

        backups = list_backups(db, verify=False)
    except Exception:  # noqa: BLE001 - a server database has no file backups
        return ""
    if not backups:
        return ""
    latest = max(b.created for b in backups).astimezone()
    return " · " + tr("last backup {when}").format(when=backup_time(latest))


def backup_time(moment, now=None) -> str:
    """"today 02:19", "yesterday 23:05", "28 Nov 02:19", "28 Nov 2025 02:19": read at a glance
    (the locale's short format gave "1 12 2026 02:19" in some locales)."""
    from datetime import datetime, timedelta

    from qistdesk.gui import locale_format

    now = now or datetime.now(moment.tzinfo)
    clock = locale_format.clock(moment)
    if moment.date() == now.date():
        return tr("today {time}").format(time=clock)
    if moment.date() == now.date() - timedelta(days=1):
        return tr("yesterday {time}").format(time=clock)
    return f"{locale_format.day_month_short(moment, with_year=moment.year != now.year)} {clock}"


def format_counts(counts: dict[str, int]) -> str:
    locale = QLocale()

    def n(value: int) -> str:
        return f"{value:,}" if locale.language() == QLocale.Language.C else locale.toString(value)

    # %n in the word for the plural form; the number itself as the locale groups it ("1.204")
    parts = [(counts.get("people", 0), tr("%n person(s)", None, counts.get("people", 0))),
             (counts.get("organizations", 0), tr("%n organisation(s)", None, counts.get("organizations", 0))),
             (counts.get("seminars", 0), tr("%n seminar(s)", None, counts.get("seminars", 0))),
             (counts.get("conferences", 0), tr("%n conference(s) & workshop(s)", None, counts.get("conferences", 0))),
             (counts.get("exchanges", 0), tr("%n exchange(s)", None, counts.get("exchanges", 0))),
             (counts.get("venues", 0), tr("%n venue(s)", None, counts.get("venues", 0)))]
    return " · ".join(text.replace(str(v), n(v), 1) for v, text in parts)
