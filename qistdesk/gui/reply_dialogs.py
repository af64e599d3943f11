"""Dialogs for replies: what an import did, the replies that wait for a decision, an answer by hand.

Plain widgets over ``services.replies`` and ``services.reply_reviews``; the
undo wiring is in ``reply_actions``.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget,
                               QVBoxLayout, QWidget)

from qistdesk.domain.enums import InvitationStatus
from qistdesk.gui.enum_text import enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.ics_dialogs import fill_table as ics_fill
from qistdesk.gui.ics_dialogs import table_widget as ics_table

RESULT_LABELS = {"updated": QT_TR_NOOP("Updated"), "unchanged": QT_TR_NOOP("Already known"),
                 "stale": QT_TR_NOOP("Older — not taken"), "review": QT_TR_NOOP("Waits for you"),
                 "error": QT_TR_NOOP("Not readable")}
#: What a reply waiting for a decision is (services.reply_reviews.KIND_LABELS).
REVIEW_KINDS = {"counter": QT_TR_NOOP("Counter-proposal"), "unknown-address": QT_TR_NOOP("Unknown sender"),
                "unknown-event": QT_TR_NOOP("Unknown event"), "delegation": QT_TR_NOOP("Delegation")}


def _answer(value: str | None) -> str:
    """An iCalendar answer (ACCEPTED, declined …) in the app's language."""
    return enum_label_of(InvitationStatus, (value or "").lower()) or (value or "").capitalize()


def _table(headers: list[str]) -> QTableWidget:
    t = ics_table(headers)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.setWordWrap(False)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    ics_fill(table, rows)
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            item.setToolTip(item.text())  # long notes are cut in the cell


class ReplyImportDialog(QDialog):
    """What importing the chosen reply files would do; "Import" saves it as one step."""

    def __init__(self, db, paths: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        from qistdesk.services.replies import import_replies, read_files

        self.db, self.paths, self.result_ = db, list(paths), None
        self.setWindowTitle(tr("Import replies"))
        self.replies, errors = read_files(self.paths)
        self.preview = import_replies(db, self.replies, dry_run=True, errors=errors)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = _table([tr("Result"), tr("Person"), tr("Answer"), tr("Event"), tr("Date"), tr("File"), tr("Note")])
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.summary, self.table, self.buttons):
            layout.addWidget(w)
        self.resize(900, 380)
        self._show(self.preview, tr("Nothing is saved until you press Import.") + " ")
        self.import_button.setEnabled(any(o.result in ("updated", "review") for o in self.preview.outcomes))

    def _show(self, result, lead: str) -> None:
        self.summary.setText(html.escape(lead + tr("%n file(s): {summary}.", None, len(self.paths)).format(summary=result.summary())
                                         + " ") + tr("A reply changes only the person's answer, never the event."))
        _fill(self.table, [[tr(RESULT_LABELS[o.result]) if o.result in RESULT_LABELS else o.result, o.person_name or o.email,
                            tr("Counter-proposal") if o.method == "COUNTER" else _answer(o.answer), o.event_title,
                            o.date, o.source, o.message]
                           for o in result.outcomes])

    def save(self) -> None:
        from qistdesk.services.errors import USER_ERRORS
        from qistdesk.services.replies import import_replies

        try:
            self.result_ = import_replies(self.db, self.replies, record=True)
        except USER_ERRORS as exc:
            QMessageBox.warning(self, tr("Import failed"), tr("Nothing was saved: {reason}").format(reason=exc))
            return
        self.accept()


class ReviewDialog(QDialog):
    """The replies that wait for a decision, one action button per kind of decision."""

    def __init__(self, ctx, parent: QWidget | None = None, office=None):
        super().__init__(parent)
        self.ctx, self.office, self.rows = ctx, office, []
        self.setWindowTitle(tr("Replies to review"))
        self.intro = QLabel(tr("Nothing here was guessed: each reply below waits for your decision."))
        self.intro.setWordWrap(True)
        self.table = _table([tr("What"), tr("Event"), tr("From"), tr("Answer"), tr("To decide"), tr("Comment"), tr("File")])
        self.table.itemSelectionChanged.connect(self._buttons)
        self.assign_button = QPushButton(tr("This is from…"))
        self.accept_button = QPushButton(tr("Accept proposal"))
        self.decline_button = QPushButton(tr("Decline proposal…"))
        self.delegate_button = QPushButton(tr("Add as participant"))
        self.dismiss_button = QPushButton(tr("Dismiss"))
        for b, call in ((self.assign_button, self.assign), (self.accept_button, self.accept_counter),
                        (self.decline_button, self.decline_counter), (self.delegate_button, self.add_delegate),
                        (self.dismiss_button, self.dismiss)):
            b.clicked.connect(call)
        row = QHBoxLayout()
        for b in (self.assign_button, self.accept_button, self.decline_button, self.delegate_button,
                  self.dismiss_button):
            row.addWidget(b)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(960, 380)
        self.refresh()

    def refresh(self) -> None:
        from qistdesk.services.reply_reviews import list_reviews

        self.rows = list_reviews(self.ctx.db)
        _fill(self.table, [[tr(REVIEW_KINDS[r["kind"]]) if r["kind"] in REVIEW_KINDS else r["what"], r["event"], f"{r['name']} <{r['email']}>" if r["name"] else r["email"],
                            _answer(r["partstat"]), r["message"], r["comment"], r["source"]]
                           for r in self.rows])
        if self.rows:
            self.table.selectRow(0)
        else:
            self.intro.setText(tr("No replies wait for you."))
        self._buttons()

    def current(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _buttons(self) -> None:
        kind = (self.current() or {}).get("kind")
        self.assign_button.setEnabled(kind == "unknown-address")
        self.accept_button.setEnabled(kind == "counter")
        self.decline_button.setEnabled(kind == "counter")
        self.delegate_button.setEnabled(kind == "delegation")
        self.dismiss_button.setEnabled(kind is not None)

    def _run(self, text: str, call, step: str) -> None:
        """Make the decision as ONE undoable step named ``step`` (all its transactions, recorded)."""
        from qistdesk.gui.import_undo import push_import
        from qistdesk.services import journal
        from qistdesk.services.errors import USER_ERRORS

        try:
            with journal.collected(self.ctx.db) as changes:
                done = call()
        except (*USER_ERRORS, OSError) as exc:
            from qistdesk.gui.office_gate import explain

            self.message.setText(tr("Not done: {reason}").format(reason=exc))
            explain(self, exc)
            return
        push_import(self.ctx, step, changes, what="events", parent=self)
        self.message.setText(text.format(done=done))
        self.ctx.notify_changed("events")
        self.refresh()

    def assign(self) -> None:
        from qistdesk.services.queries import list_people
        from qistdesk.services.reply_reviews import assign

        row = self.current()
        people = list_people(self.ctx.db)
        labels = [f"{p['given_name']} {p['family_name']}".strip() + (f" <{p['email']}>" if p.get("email") else "")
                  for p in people]
        label, ok = QInputDialog.getItem(self, tr("This reply is from"), tr("{address} is:").format(address=row['email']),
                                        labels, 0, False)
        if ok and label in labels:
            person = people[labels.index(label)]
            self._run(tr("{address} is kept as an address of {person}; the answer is taken.").format(
                          address=row['email'], person=label).replace("{", "{{").replace("}", "}}"),
                      lambda: assign(self.ctx.db, row["id"], person["id"]),
                      tr("Reply from {address} is from {person}").format(address=row["email"], person=label))

    def accept_counter(self) -> None:
        from qistdesk.services.reply_reviews import accept_counter

        row = self.current()
        self._run(tr("Accepted: the event has the proposed time. The next invites are an update."),
                  lambda: accept_counter(self.ctx.db, row["id"]),
                  tr("Accept the proposal of {sender}").format(sender=_sender(row)))

    def decline_counter(self) -> None:
        from qistdesk.services.reply_reviews import decline_counter

        row = self.current()
        try:
            office = self.office or _office()
        except Exception as exc:  # noqa: BLE001 - the office details are missing: say so, offer Preferences
            from qistdesk.gui.office_gate import explain

            if not explain(self, exc):
                raise
            return
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the answer (DECLINECOUNTER)"))
        if folder:
            self._run(tr("Declined: {done} is ready to send."), lambda: decline_counter(
                self.ctx.db, row["id"], folder, office=office),
                tr("Decline the proposal of {sender}").format(sender=_sender(row)))

    def add_delegate(self) -> None:
        from qistdesk.services.reply_reviews import add_delegate

        row = self.current()
        self._run(tr("{person} is a participant now; the next invites reach them.").format(
                      person=row['delegate_name'] or row['delegate_email']).replace("{", "{{").replace("}", "}}"),
                  lambda: add_delegate(self.ctx.db, row["id"]),
                  tr("Add delegate {person}").format(person=row["delegate_name"] or row["delegate_email"]))

    def dismiss(self) -> None:
        from qistdesk.services.reply_reviews import dismiss

        row = self.current()
        self._run(tr("Dismissed."), lambda: dismiss(self.ctx.db, row["id"]),
                  tr("Dismiss the reply of {sender}").format(sender=_sender(row)))


def _sender(row: dict) -> str:
    return row["person"] or row["name"] or row["email"]


def _office():
    from qistdesk.services.ics_invites import office_from_settings

    return office_from_settings()


class AnswerDialog(QDialog):
    """An answer given by phone or letter: the status and a note for the ledger."""

    STATUSES = [(QT_TR_NOOP("Accepted"), "accepted"), (QT_TR_NOOP("Declined"), "declined"),
                (QT_TR_NOOP("Tentative"), "tentative"), (QT_TR_NOOP("Delegated"), "delegated"),
                (QT_TR_NOOP("No answer yet"), "invited")]

    def __init__(self, names: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Record an answer"))
        self.status = QComboBox()
        for label, value in self.STATUSES:
            self.status.addItem(tr(label), value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("e.g. phoned on 21 January"))
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Answer of {names}").format(names=html.escape(names))))
        form.addRow(tr("&Answer"), self.status)
        form.addRow(tr("&Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def values(self) -> tuple[str, str]:
        return self.status.currentData(), self.note.text().strip()
