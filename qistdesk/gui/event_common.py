"""What the seminar, conference and dashboard views share.

Times are always shown in two zones, because every time in this programme is
read on both sides of the Atlantic; warnings are amber and never block; every
change goes through a QUndoCommand that calls services, so Ctrl+Z works the
same everywhere; and user errors from services become a message (a conflict
offers a reload) instead of a traceback.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.widgets.records_model import Column
from qistdesk.services.errors import ConflictError, USER_ERRORS
from qistdesk.services.scheduling import Preferences, partner_zone, summary
from qistdesk.timezones import utc_to_local

WARNING_SIGN = "\u26a0"


def preferences(ctx) -> Preferences:
    """Zones and working hours from the context's settings, or the settings file."""
    return Preferences.from_settings(getattr(ctx, "settings", None))


def other_zone(event_zone: str, ctx=None, prefs: Preferences | None = None) -> str:
    return partner_zone(event_zone, prefs or preferences(ctx))


# --- formatting (in the app's language: gui.locale_format) ---------------------------------------

def place_name(zone_name: str) -> str:
    """A zone as a place, as the app's language writes it ("København" / "Copenhagen")."""
    return locale_format.zone_label(zone_name)


def hm(moment: datetime) -> str:
    """Hours and minutes, 24-hour, as the app's language writes them: "14.30" / "14:30"."""
    return locale_format.clock(moment)


def day(moment: datetime, with_year: bool = True) -> str:
    """"tors. 4. feb. 2027" / "Thu, 4 Feb 2027" (without the year: "tors. 4. feb.")."""
    return locale_format.day(moment) if with_year else locale_format.day_month(moment)


def short_pair(start_utc: datetime, zone_name: str, other: str) -> str:
    """"16.00 / 10.00": the time in one zone, then in the other (its weekday when it differs)."""
    a, b = utc_to_local(start_utc, zone_name), utc_to_local(start_utc, other)
    text = f"{hm(a)} / {hm(b)}"
    if b.date() != a.date():
        text += f" ({locale_format.weekday_short(b)})"
    return text


def list_when(start_utc: datetime, event_zone: str, prefs) -> str:
    """A list cell: "tors. 4. feb. 2027 16.00" / "Thu, 4 Feb 2027 16:00", in the home zone on every
    row (the other zone has its own column, :func:`list_other`, and both are in :func:`when_tooltip`).
    Lists sort it by the instant, not the text."""
    return f"{day(utc_to_local(start_utc, prefs.home))} {hm(utc_to_local(start_utc, prefs.home))}"


def list_other(start_utc: datetime, prefs) -> str:
    """The other zone's column: "10:00", or "03:00 Tue" ("03.00 tirs.") when it is another day there."""
    a, b = utc_to_local(start_utc, prefs.home), utc_to_local(start_utc, prefs.other)
    if a.date() == b.date():
        return hm(b)
    return f"{hm(b)} {locale_format.weekday_short(b)}"


def when_tooltip(start_utc: datetime, event_zone: str, prefs) -> str:
    """"Thu 4 Feb 2027, 16:00 Copenhagen / 10:00 Washington" (and the event's own zone if a third)."""
    zones = [prefs.home, prefs.other] + ([event_zone] if event_zone not in (prefs.home, prefs.other) else [])
    times = [f"{hm(utc_to_local(start_utc, z))} {place_name(z)}" for z in zones]
    return f"{day(utc_to_local(start_utc, prefs.home))}, " + " / ".join(times)


def when_header(prefs) -> str:
    return tr("When ({zone})").format(zone=place_name(prefs.home))


def when_columns(prefs, key: str = "start_utc", zone_key: str = "timezone", title: str = "",
                 mark: Callable[[dict], str] | None = None) -> list:
    """The two columns of a list's time: home zone (with the date) and the other zone; ``mark(row)``
    adds to the tooltip (" (moved)")."""
    mark = mark or (lambda _r: "")
    tip = (lambda r: when_tooltip(r[key], r[zone_key], prefs) + mark(r))
    return [Column("when", title or when_header(prefs), format=lambda r: list_when(r[key], r[zone_key], prefs),
                   sort_key=lambda r: r[key], tooltip=tip),
            Column("when_other", place_name(prefs.other), format=lambda r: list_other(r[key], prefs),
                   sort_key=lambda r: r[key], tooltip=tip)]


def span_in(start_utc: datetime, end_utc: datetime, zone_name: str) -> str:
    """"Thu, 12 Mar 2027, 16:00–17:00 Copenhagen" (or two dates for a multi-day event)."""
    a, b = utc_to_local(start_utc, zone_name), utc_to_local(end_utc, zone_name)
    place = place_name(zone_name)
    if a.date() == b.date():
        return f"{day(a)}, {hm(a)}–{hm(b)} {place}"
    return f"{day(a)} {hm(a)} – {day(b)} {hm(b)} {place}"


def two_zone_lines(start_utc: datetime, end_utc: datetime, zone_name: str, other: str) -> str:
    if other == zone_name:
        return span_in(start_utc, end_utc, zone_name)
    return f"{span_in(start_utc, end_utc, zone_name)}\n{span_in(start_utc, end_utc, other)}"


def date_column(start_utc: datetime, zone_name: str) -> str:
    """The day in ``zone_name``: "tors. 4. feb. 2027" / "Thu, 4 Feb 2027"."""
    return day(utc_to_local(start_utc, zone_name))


# --- amber ------------------------------------------------------------------------------------

def amber() -> QColor:
    """Amber that stays readable on light and dark palettes."""
    app = QGuiApplication.instance()
    dark = bool(app) and app.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ffd54f") if dark else QColor("#8a5a00")


class WarningsLabel(QLabel):
    """Amber lines under a time; empty (and hidden) when all is well. Never blocks."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(tr("Scheduling warnings"))
        self.setStyleSheet(f"color: {amber().name()};")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_warnings([])

    #: Lines shown; a long series (hundreds of dates) would otherwise push the buttons off the window.
    SHOWN = 12

    def set_warnings(self, warnings: list) -> None:
        self.warnings = list(warnings)
        lines = [f"{WARNING_SIGN} {w.message}" for w in self.warnings[:self.SHOWN]]
        if len(self.warnings) > self.SHOWN:
            lines.append(tr("… and %n more", None, len(self.warnings) - self.SHOWN))
        self.setText("\n".join(lines))
        self.setAccessibleDescription(summary(self.warnings, limit=10))
        self.setVisible(bool(self.warnings))


#: Short words for warning kinds, for narrow list cells.
KIND_WORDS = {"holiday": QT_TR_NOOP("holiday"), "hours": QT_TR_NOOP("after hours"),
              "dst": QT_TR_NOOP("clock-change week"), "person": QT_TR_NOOP("double-booked"),
              "venue": QT_TR_NOOP("venue taken")}


def warning_cell(warnings: list) -> str:
    """A narrow list cell that flags a row: "⚠ holiday, after hours" (details in the pane)."""
    if not warnings:
        return ""
    words = list(dict.fromkeys(tr(KIND_WORDS[w.kind]) if w.kind in KIND_WORDS else w.kind for w in warnings))
    return f"{WARNING_SIGN} " + ", ".join(words)


# --- messages (functions, so tests can replace them) ------------------------------------------

def ask(parent: QWidget, title: str, text: str, yes: str | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    ok = box.addButton(tr("Delete") if yes is None else yes, QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def offer_reload(parent: QWidget, message: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Changed elsewhere"), message, parent=parent)
    reload_button = box.addButton(tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is reload_button


def show_error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, tr("Could not save"), message)


def run_user_action(parent: QWidget, action: Callable[[], Any], on_reload: Callable[[], None] | None = None):
    """Run a service call; show user errors; a conflict offers a reload. Returns (ok, result)."""
    try:
        return True, action()
    except ConflictError as exc:
        if offer_reload(parent, str(exc)) and on_reload is not None:
            on_reload()
        return False, None
    except USER_ERRORS as exc:
        show_error(parent, str(exc))
        return False, None


# --- undo -------------------------------------------------------------------------------------

#: The version each record had after this app's last undoable write to it. Undo and redo of
#: several commands on one row (edit, then edit again, then undo twice) must expect the version
#: the *latest* command left, not the one their own command saw; a change made elsewhere in
#: between still shows up as a ConflictError, so nothing is overwritten silently.
_LAST_VERSION: dict[str, int] = {}


def versioned(ident: str, first_version: int | None, call: Callable[[int | None], int]) -> Callable[[Any], int]:
    """A do/undo step for an update service: ``call(expected_version) -> new version``."""
    def run(state):
        expected = first_version if state is None else _LAST_VERSION.get(ident, state)
        new = call(expected)
        _LAST_VERSION[ident] = new
        return new
    return run


def push(ctx, parent: QWidget, text: str, do: Callable[[Any], Any], undo: Callable[[Any], Any],
         what: str = "events", on_reload: Callable[[], None] | None = None):
    """Do a change now (``do(None)``); if it worked, put it on the undo stack.

    Returns ``(ok, state)`` where state is what ``do`` returned (a new id, a version).
    """
    from qistdesk.gui.widgets.undo import push_state

    ok, state = run_user_action(parent, lambda: do(None), on_reload)
    if not ok:
        return False, None
    push_state(ctx, text, do, undo, state, what=what, parent=parent)
    return True, state
