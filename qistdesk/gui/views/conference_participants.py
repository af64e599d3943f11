"""The participant actions of the Conferences view: add, set role or invitation, promote from the
waiting list, remove; each one Undo step. A mixin, because they act on the view's participants
table and its shown record (``self.participants``, ``self._record``, ``self.ctx``).
"""

from __future__ import annotations

from qistdesk.domain.directory import display_name
from qistdesk.domain.enums import InvitationStatus, Role
from qistdesk.gui.conference_dialogs import AddParticipantsDialog
from qistdesk.gui.event_common import ask, push, versioned
from qistdesk.gui.i18n import tr
from qistdesk.gui.views.people import choice_label as _label
from qistdesk.services import events, queries


class ParticipantActions:
    """Mixin for :class:`~qistdesk.gui.views.conferences.ConferencesView`."""

    def add_participants(self) -> None:
        if self._record is None:
            return
        current = self.participants.model.all_rows()
        seated = sum(1 for p in current if p["invitation_status"] not in ("waitlisted", "declined"))
        dialog = AddParticipantsDialog(self.ctx, queries.list_people(self.ctx.db), {p["person_id"] for p in current},
                                       self._record.get("capacity"), seated, self)
        self._dialog = dialog
        event_id, db = self._record["id"], self.ctx.db

        def save():
            v = dialog.values()
            push(self.ctx, self, tr("Add %n participant(s)", None, len(v["person_ids"])),
                 lambda _s: [events.add_participant(db, event_id, pid, role=v["role"],
                                                    invitation_status=v["invitation_status"])
                             for pid in v["person_ids"]],
                 lambda ids: [events.remove_participant(db, i) for i in ids])
        dialog.accepted.connect(save)
        dialog.open()

    def _selected_participants(self) -> list[dict]:
        ids = set(self.participants.selected_ids())
        return [r for r in self.participants.model.all_rows() if r["id"] in ids]

    def set_participation(self, field: str, value: str, rows: list[dict] | None = None) -> None:
        rows = [r for r in (rows or self._selected_participants()) if r[field] != value]
        if not rows:
            return
        db = self.ctx.db
        steps = [(versioned(r["id"], r["version"], lambda v, i=r["id"]: events.update_participation(
                      db, i, v, **{field: value})),
                  versioned(r["id"], None, lambda v, i=r["id"], o=r[field]: events.update_participation(
                      db, i, v, **{field: o}))) for r in rows]

        def do(state):
            return [forward(None if state is None else s) for (forward, _), s in zip(steps, state or steps)]

        def undo(state):
            return [back(s) for (_, back), s in zip(steps, state)]

        text = (tr("Set the role of %n participant(s) to {value}", None, len(rows)).format(value=_label(Role, value))
                if field == "role" else tr("Set the invitation of %n participant(s) to {value}", None, len(rows)).format(
                    value=_label(InvitationStatus, value)))
        push(self.ctx, self, text, do, undo, on_reload=self.refresh)

    def promote(self) -> None:
        rows = [r for r in self._selected_participants() if r["invitation_status"] == "waitlisted"]
        self.set_participation("invitation_status", "invited", rows)

    def remove_participants(self) -> None:
        rows = self._selected_participants()
        if not rows:
            return
        names = ", ".join(display_name(r["given_name"], r["family_name"]) for r in rows[:3])
        if not ask(self, tr("Remove participants"), tr(
                "Remove {names} from “{title}” (with role and answer)? You can undo this with Ctrl+Z.").format(
                names=names + (" …" if len(rows) > 3 else ""), title=self._record["title"]), tr("Remove")):
            return
        event_id, db = self._record["id"], self.ctx.db
        state = {r["id"]: r for r in rows}

        def do(_s):
            for pid in list(state):
                events.remove_participant(db, pid)

        def undo(_s):
            for pid, r in list(state.items()):
                new = events.add_participant(db, event_id, r["person_id"], role=r["role"],
                                             invitation_status=r["invitation_status"])
                state[new] = state.pop(pid)

        push(self.ctx, self, tr("Remove %n participant(s)", None, len(rows)), do, undo)
