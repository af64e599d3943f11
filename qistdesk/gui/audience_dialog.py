"""A seminar's audience: the standing list of people who get every date of the series.

A seminar is invited, updated and cancelled like a conference: its
participants get the series invitation (every date), updates and
cancellations; each date's speaker can join the list in one click. The
answers (accepted, declined, tentative, no reply yet) show here, with the
same "record an answer" and "remind" as a conference's participants tab.
Every change goes on the undo stack.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from qistdesk.domain.enums import InvitationStatus, Role
from qistdesk.gui.enum_text import enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.locale_format import short_date
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable
from qistdesk.services import events, queries


class AudienceDialog(QDialog):
    def __init__(self, ctx, event_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.record = None
        self.setWindowTitle(tr("Audience"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setAccessibleName(tr("Answers"))
        name = lambda r: " ".join(p for p in (r["given_name"], r["family_name"]) if p)  # noqa: E731
        self.table = RecordsTable(
            [Column("name", tr("Name"), format=name), Column("email", tr("E-mail")),
             Column("organization", tr("Organisation")),
             Column("role", tr("Role"), format=lambda r: enum_label_of(Role, r["role"])),
             Column("invitation_status", tr("Invitation"),
                    format=lambda r: enum_label_of(InvitationStatus, r["invitation_status"])),
             Column("rsvp_at", tr("Answered"), format=lambda r: short_date(r["rsvp_at"]) if r["rsvp_at"] else "")],
            self, kind="participant", name=tr("audience"),
            empty_message=tr("Nobody on the list yet: add people from the directory, or the dates' speakers."))
        self.table.arrange(priority={"organization": 1, "rsvp_at": 2, "role": 3, "email": 4})
        self.table.selection_changed.connect(self._buttons)
        self.add_button = QPushButton(tr("Add from &directory…"))
        self.speakers_button = QPushButton(tr("Add the dates' &speakers"))
        self.answer_button = QPushButton(tr("Record an &answer…"))
        self.remove_button = QPushButton(tr("Remo&ve"))
        self.invites_button = QPushButton(tr("&Invites…"))
        self.dates_button = QPushButton(tr("Answers per da&te…"))
        for b, call in ((self.add_button, self.add_people), (self.speakers_button, self.add_speakers),
                        (self.answer_button, self.record_answer), (self.remove_button, self.remove),
                        (self.invites_button, self.open_invites), (self.dates_button, self.open_dates)):
            b.clicked.connect(call)
        row = QHBoxLayout()
        for b in (self.add_button, self.speakers_button, self.answer_button, self.remove_button, self.invites_button,
                  self.dates_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.intro, self.counts):
            layout.addWidget(w)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(860, 460)
        ctx.data_changed.connect(lambda _what: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        from qistdesk.services.records import event_record
        from qistdesk.services.replies import answer_counts

        self.record = event_record(self.ctx.db, self.event_id)
        self.setWindowTitle(tr("Audience – {title}").format(title=self.record['title']))
        self.intro.setText(tr("Everyone on this list is sent the invitation for every date of the series, and its "
                              "updates and cancellations: the standing list.") if self.record.get("series_rule") else
                           tr("Everyone on this list is sent the invitation for the seminar, and its updates and "
                              "cancellations: the standing list."))
        c = answer_counts(self.ctx.db, self.event_id)
        self.counts.setText(tr("{accepted} accepted · {declined} declined · {tentative} tentative · "
                               "{invited} not yet replied").format(**c))
        self.rows = queries.participants_of(self.ctx.db, self.event_id)
        self.table.set_rows(self.rows)
        self._buttons(self.table.selected_ids())

    def _buttons(self, ids: list[str]) -> None:
        self.answer_button.setEnabled(bool(ids))
        self.remove_button.setEnabled(bool(ids))
        self.speakers_button.setEnabled(bool(self._missing_speakers()))

    def _missing_speakers(self) -> list[str]:
        on_list = {r["person_id"] for r in getattr(self, "rows", [])}
        out = []
        for d in (self.record or {}).get("dates", []):
            pid = (d.get("speaker") or {}).get("id")
            if pid and pid not in on_list and pid not in out and d.get("status") != "cancelled":
                out.append(pid)
        return out

    def _push(self, text: str, do, undo) -> None:
        from qistdesk.gui.widgets.undo import run_undoable

        run_undoable(self.ctx, text, do, undo, what="events", parent=self)

    def add_people(self) -> None:
        from qistdesk.gui.conference_dialogs import AddParticipantsDialog

        dialog = AddParticipantsDialog(self.ctx, queries.list_people(self.ctx.db),
                                       {r["person_id"] for r in self.rows}, self.record.get("capacity"),
                                       len(self.rows), self)
        self._dialog = dialog
        if dialog.exec() != QDialog.Accepted:
            return
        values = dialog.values()
        self._add(values["person_ids"], values["role"], values["invitation_status"])

    def add_speakers(self) -> None:
        self._add(self._missing_speakers(), "speaker", "not-invited")

    def _add(self, person_ids: list[str], role: str, status: str) -> None:
        db, added = self.ctx.db, []

        def do():
            added[:] = [events.add_participant(db, self.event_id, pid, role=role, invitation_status=status)
                        for pid in person_ids]

        def undo():
            for ident in added:
                events.remove_participant(db, ident)

        if person_ids:
            self._push(tr("Add %n to the audience of {title}", None, len(person_ids)).format(title=self.record['title']),
                       do, undo)

    def record_answer(self) -> None:
        from qistdesk.gui.reply_actions import answer_dialog

        answer_dialog(self.ctx, self, self.table.selected_ids())

    def remove(self) -> None:
        rows = [r for r in self.rows if r["id"] in set(self.table.selected_ids())]
        db, state = self.ctx.db, {r["id"]: r for r in rows}

        def do():
            for ident in list(state):
                events.remove_participant(db, ident)

        def undo():
            for ident, r in list(state.items()):
                new = events.add_participant(db, self.event_id, r["person_id"], role=r["role"],
                                             invitation_status=r["invitation_status"])
                state[new] = state.pop(ident)

        if rows:
            self._push(tr("Remove %n from the audience", None, len(rows)), do, undo)

    def open_dates(self) -> None:
        from qistdesk.gui.date_answers_dialog import open_for

        open_for(self.ctx, self, self.event_id)

    def open_invites(self) -> None:
        from qistdesk.gui.ics_actions import InvitesDialog

        dialog = InvitesDialog(self.ctx.db, self.event_id, self)
        self._dialog = dialog
        dialog.exec()
        self.ctx.notify_changed("events")
