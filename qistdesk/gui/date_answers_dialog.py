"""Answers per date: who comes to which date of a series (``services.reply_dates``).

The upper table has one row per date with the counts (accepted, declined,
tentative, delegated, not replied); the lower one the people for the chosen
date with their answer and where it came from: a reply for that date, or the
answer for the whole series. "Answer for this date…" records an answer given by
phone or letter for the chosen person and date only, with a note (one undo step).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from qistdesk.gui.i18n import tr


def answer_label(answer: str) -> str:
    """The domain's own word for an answer (one Danish word per value); "Not replied" for no answer yet."""
    from qistdesk.domain.enums import InvitationStatus

    if answer == "invited":
        return tr("Not replied")
    try:
        return InvitationStatus(answer).label
    except ValueError:
        return answer


class DateAnswersDialog(QDialog):
    def __init__(self, ctx, event_id: str, date_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.found: dict = {"dates": []}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.dates = QTableWidget(0, 7)
        self.dates.setAccessibleName(tr("Dates"))
        self.dates.setHorizontalHeaderLabels([tr("Date"), tr("Date status"), tr("Accepted"), tr("Declined"),
                                              tr("Tentative"), tr("Delegated"), tr("Not replied")])
        self.people = QTableWidget(0, 4)
        self.people.setAccessibleName(tr("Answers for the date"))
        self.people.setHorizontalHeaderLabels([tr("Person"), tr("Answer"), tr("From"), tr("Comment")])
        for table in (self.dates, self.people):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.dates.itemSelectionChanged.connect(self._show_people)
        self.people_title = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.answer_button = QPushButton(tr("Answer for this date…"))
        self.answer_button.setToolTip(tr("Record an answer given by phone or letter for the chosen person, "
                                         "for this date only"))
        self.answer_button.clicked.connect(self.answer_for_date)
        self.people.itemSelectionChanged.connect(self._buttons)
        close.addButton(self.answer_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.dates, 1)
        layout.addWidget(self.people_title)
        layout.addWidget(self.people, 1)
        layout.addWidget(close)
        self.resize(860, 560)
        self._wanted = date_id
        ctx.data_changed.connect(lambda _what: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from qistdesk.services.reply_dates import date_answers

        chosen = self.current_date()
        wanted = (chosen or {}).get("id") or self._wanted
        self.found = date_answers(self.ctx.db, self.event_id)
        title = self.found["event"]["title"]
        self.setWindowTitle(tr("Answers per date – {title}").format(title=title))
        self.intro.setText(tr("A reply for one date counts for that date; otherwise the answer for the whole "
                              "series does (the newer one wins)."))
        rows = self.found["dates"]
        self.dates.setRowCount(len(rows))
        for i, d in enumerate(rows):
            c = d["counts"]
            cells = [self._label(d), _status_label(d["status"]), *(str(c[k]) for k in
                                                               ("accepted", "declined", "tentative", "delegated",
                                                                "invited"))]
            for col, text in enumerate(cells):
                self.dates.setItem(i, col, QTableWidgetItem(text))
        self.dates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        index = next((i for i, d in enumerate(rows) if wanted and d["id"] == wanted), 0)
        if rows:
            self.dates.selectRow(index)
        self._show_people()

    def _label(self, d: dict) -> str:
        """The date and time as the app's language writes them ("tors. 4. feb. 2027 16.00")."""
        from qistdesk.gui.locale_format import day_and_time
        from qistdesk.services.records import event_record
        from qistdesk.timezones import utc_to_local

        if getattr(self, "_zone", None) is None:
            self._zone = event_record(self.ctx.db, self.event_id)["zone"]
        return day_and_time(utc_to_local(d["start_utc"], self._zone))

    def current_date(self) -> dict | None:
        rows = self.dates.selectionModel().selectedRows() if self.dates.selectionModel() else []
        if not rows or rows[0].row() >= len(self.found["dates"]):
            return None
        return self.found["dates"][rows[0].row()]

    def select_date(self, day: str) -> None:
        """Choose the date (ISO, local to the event)."""
        for i, d in enumerate(self.found["dates"]):
            if d["date"] == day:
                self.dates.selectRow(i)
                return

    def _show_people(self) -> None:
        d = self.current_date()
        people = d["people"] if d else []
        self.people_title.setText(tr("<b>{date}</b>: who comes").format(date=self._label(d)) if d else "")
        self.people.setRowCount(len(people))
        by = {"date": tr("Reply for this date"), "series": tr("Answer for the series"), "": ""}
        for i, p in enumerate(people):
            for col, text in enumerate((p["name"], answer_label(p["answer"]), by.get(p["by"], ""), p["comment"])):
                self.people.setItem(i, col, QTableWidgetItem(text))
        self.people.resizeColumnsToContents()
        self.people.horizontalHeader().setStretchLastSection(True)
        self._buttons()

    def current_person(self) -> dict | None:
        d = self.current_date()
        rows = self.people.selectionModel().selectedRows()
        return d["people"][rows[0].row()] if d and rows and rows[0].row() < len(d["people"]) else None

    def _buttons(self) -> None:
        series = bool(self.found.get("event", {}).get("series"))
        self.answer_button.setEnabled(series and self.current_person() is not None)

    def answer_for_date(self) -> None:
        """The chosen person's answer for the chosen date, by phone or letter, as one undo step."""
        from datetime import date

        from qistdesk.gui.import_undo import push_import
        from qistdesk.gui.reply_dialogs import AnswerDialog
        from PySide6.QtWidgets import QMessageBox

        from qistdesk.services.errors import USER_ERRORS
        from qistdesk.services.reply_dates import set_date_answer

        d, person = self.current_date(), self.current_person()
        if d is None or person is None:
            return
        dialog = AnswerDialog(f"{person['name']} · {self._label(d)}", self)
        if not dialog.exec():
            return
        status, note = dialog.values()
        try:
            changes = set_date_answer(self.ctx.db, self.event_id, person["person_id"], date.fromisoformat(d["date"]),
                                      status, note)
        except USER_ERRORS as exc:
            QMessageBox.warning(self, tr("Not done"), str(exc))
            return
        push_import(self.ctx, tr("Answer of {person} for {date}").format(person=person["name"], date=self._label(d)),
                    changes, what="events", parent=self)
        self.ctx.notify_changed("events")


def _status_label(status: str) -> str:
    from qistdesk.domain.enums import LABELS
    from qistdesk.messages import _

    text = LABELS.get(status)
    return _(text) if text else status


def open_for(ctx, parent, event_id: str | None, date_id: str | None = None) -> DateAnswersDialog | None:
    """Open the dialog (not modal) for an event; None when no event is chosen."""
    if not event_id:
        return None
    dialog = DateAnswersDialog(ctx, event_id, date_id, parent)
    parent._date_answers_dialog = dialog
    dialog.open()
    return dialog
