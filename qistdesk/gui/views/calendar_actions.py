"""What a drop on the calendar does: ask what to move, move it, push one Undo step.

A date of a series asks "this date or the whole series"; an event with a
timetable asks whether its sessions move with it. Each answer becomes one
service call and its inverse on the undo stack, so Ctrl+Z puts everything
back in one step.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from qistdesk.gui.i18n import tr
from qistdesk.gui.widgets.undo import run_undoable
from qistdesk.services import calendar_days, calendar_moves
from qistdesk.timezones import utc_to_local
from qistdesk.gui.event_common import day, hm
from qistdesk.gui.locale_format import day_month_short

THIS_DATE, WHOLE_SERIES = "this", "series"


def ask_series_scope(parent, item) -> str | None:
    box = QMessageBox(QMessageBox.Icon.Question, tr("Move a series date"),
                      tr("“{title}” is a series. Move only this date, or every date of the series?").format(
                          title=item.title),
                      QMessageBox.StandardButton.Cancel, parent)
    this = box.addButton(tr("This date"), QMessageBox.ButtonRole.AcceptRole)
    whole = box.addButton(tr("The whole series"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(this)
    box.exec()
    parent.activateWindow()  # the calendar takes the keys back at once (Ctrl+Z undoes the move)
    clicked = box.clickedButton()
    return THIS_DATE if clicked is this else WHOLE_SERIES if clicked is whole else None


def ask_sessions(parent, title: str, count: int) -> bool | None:
    answer = QMessageBox.question(
        parent, tr("Move the timetable too?"),
        tr("Move the %n session(s) of “{title}” with it? (No: the event moves and its sessions stay "
           "where they are; the timetable check will list any that fall outside it.)", None, count).format(title=title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes)
    parent.activateWindow()
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def move_with_undo(view, item, start, end, scope: str | None = None) -> bool:
    """Move ``item`` to ``[start, end)`` as one undoable step; False when cancelled or refused."""
    ctx, db = view.ctx, view.ctx.db
    old_start, old_end = item.start_utc, item.end_utc
    local = utc_to_local(start, view.prefs.home)
    text = tr("Move “{title}” to {when}").format(title=item.title,
                                                  when=f"{day(local, with_year=False)} {hm(local)}")
    if item.kind == "series-date":
        scope = scope or ask_series_scope(view, item)
        if scope is None:
            view.refresh()
            return False
        if scope == WHOLE_SERIES:
            delta, length, old_length = start - old_start, end - start, old_end - old_start
            return run_undoable(ctx, text + " " + tr("(whole series)"),
                                lambda: calendar_moves.move_series(db, item.event_id, delta, length),
                                lambda: calendar_moves.move_series(db, item.event_id, -delta, old_length),
                                what="events", parent=view)
    return run_undoable(ctx, text, lambda: calendar_moves.move_item(db, item.key, start, end),
                        lambda: calendar_moves.move_item(db, item.key, old_start, old_end),
                        what="events", parent=view)


def move_event_days(view, item, days: int, sessions: bool | None = None) -> bool:
    """Move a conference or workshop (an all-day bar) by whole days, offering to move its timetable."""
    if not days or not item.event_id:
        return False
    from qistdesk.services import queries

    # The timetable's size from the database, not from the item's text (which is in the app's language).
    count = len(queries.sessions_of(view.ctx.db, item.event_id)) if sessions is None else 0
    if sessions is None:
        sessions = ask_sessions(view, item.title, count) if count else False
        if sessions is None:
            view.refresh()
            return False
    delta = timedelta(days=days)
    db = view.ctx.db
    text = (tr("Move “{title}” by {days} day(s) with its sessions", None, abs(days)) if sessions
            else tr("Move “{title}” by {days} day(s)", None, abs(days))).format(title=item.title, days=f"{days:+d}")
    return run_undoable(view.ctx, text,
                        lambda: calendar_moves.move_event_with_sessions(db, item.event_id, delta, sessions=sessions),
                        lambda: calendar_moves.move_event_with_sessions(db, item.event_id, -delta, sessions=sessions),
                        what="events", parent=view)


def move_days_with_undo(view, item, first, last) -> bool:
    """Move an exchange stay or a milestone to new days, or give a stay or a conference a new first or
    last day, as one undoable step; False when refused."""
    old_first, old_last = item.first_day, item.last_day
    span = day_month_short(first) + (f"–{day_month_short(last)}" if last != first else "")
    if item.kind == "milestone":
        text = tr("Move “{title}” to {day}").format(title=item.title, day=span)
    elif first == old_first:
        text = tr("“{title}” now ends on {day}").format(title=item.title, day=day_month_short(last))
    elif last == old_last:
        text = tr("“{title}” now starts on {day}").format(title=item.title, day=day_month_short(first))
    else:
        text = tr("Move “{title}” to {days}").format(title=item.title, days=span)
    db = view.ctx.db
    return run_undoable(view.ctx, text, lambda: calendar_days.move_days(db, item.key, first, last),
                        lambda: calendar_days.move_days(db, item.key, old_first, old_last),
                        what="events" if item.key.startswith("event:") else "exchanges", parent=view)


def session_shift(parent, record: dict, values: dict):
    """Editing an event with a timetable to a new start: ask whether the sessions move with it.
    Returns the shift to apply to them (None: leave them; the timetable check will list any outside),
    or False when the user cancelled the edit."""
    from datetime import datetime

    from qistdesk.services.events import instant

    sessions = record.get("sessions") or []
    if not sessions or not record.get("start") or values.get("start") is None:
        return None
    delta = instant(values["start"], values.get("timezone") or record["zone"], "start") - \
        instant(datetime.fromisoformat(record["start"]), record["zone"], "start")
    if not delta:
        return None
    answer = ask_sessions(parent, record.get("title", ""), len(sessions))
    if answer is None:
        return False
    return delta if answer else None
