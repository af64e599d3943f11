"""The milestone actions of the Exchanges view: mark done or not done, add, edit and delete a step
of an exchange's checklist, each one Undo step. A mixin, because they act on the view's milestone
table and its selected exchange (``self.milestones``, ``self.table``, ``self.ctx``).
"""

from __future__ import annotations

from datetime import date, timedelta

from qistdesk.domain.exchanges import step_title
from qistdesk.gui.i18n import tr
from qistdesk.gui.views.exchange_parts import milestone_form
from qistdesk.gui.widgets.record_dialog import RecordDialog
from qistdesk.gui.widgets.undo import push_done, run_undoable


class MilestoneActions:
    """Mixin for :class:`~qistdesk.gui.views.exchanges.ExchangesView`."""

    def _exchange_id(self) -> str | None:
        ids = self.table.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def _milestone_buttons(self, ids: list[str]) -> None:
        rows = [r for r in self.milestones.model.all_rows() if r["id"] in ids]
        self.done_button.setEnabled(bool(rows))
        self.delete_milestone_button.setEnabled(bool(rows))
        self.done_button.setText(tr("Mark not &done") if rows and all(r["done"] for r in rows) else tr("Mark &done"))

    def toggle_done(self) -> None:
        from qistdesk.gui.views import exchange_stage
        from qistdesk.services import exchanges

        rows = [r for r in self.milestones.model.all_rows() if r["id"] in self.milestones.selected_ids()]
        if not rows:
            return
        target = not all(r["done"] for r in rows)
        old = {r["id"]: (r["done"], r["done_on"]) for r in rows}

        def do():
            for r in rows:
                exchanges.update_milestone(self.ctx.db, r["id"], None, done=target)

        def undo():
            for ident, (done, done_on) in old.items():
                exchanges.update_milestone(self.ctx.db, ident, None, done=done, done_on=done_on)

        names = f"‘{step_title(rows[0]['title'])}’" if len(rows) == 1 else tr("%n milestone(s)", None, len(rows))
        text = (tr("Mark {names} done") if target else tr("Mark {names} not done")).format(names=names)
        arriving = target and any(r.get("kind") == "arrival" for r in rows)
        early = exchange_stage.early_warning(self.stage_button.record or {}, self._today) if arriving else None
        if early and not exchange_stage.confirm(self, text + "?", [early]):  # warns, never blocks
            return
        run_undoable(self.ctx, text, do, undo, what=self.WHAT, parent=self)

    def add_milestone(self) -> None:
        from qistdesk.services import exchanges

        exchange_id = self._exchange_id()
        if not exchange_id:
            return
        form = milestone_form()
        form.set_values({"due_date": date.today() + timedelta(days=14), "kind": "other"})
        state: dict = {}
        dialog = RecordDialog(tr("Add milestone"), form, lambda v: state.setdefault(
            "id", exchanges.add_milestone(self.ctx.db, exchange_id, **v)), self, ok_text=tr("Add"))
        if dialog.exec():
            values, ident = form.values(), state["id"]
            push_done(self.ctx, tr("Add milestone {title}").format(title=values["title"]),
                      lambda: exchanges.add_milestone(self.ctx.db, exchange_id, id=ident, **values),
                      lambda: exchanges.delete_milestone(self.ctx.db, ident), what=self.WHAT, parent=self)
            self.ctx.notify_changed(self.WHAT)

    def edit_milestone(self, ident: str) -> None:
        from qistdesk.services import exchanges
        from qistdesk.services.editing import fields_of

        before = fields_of(self.ctx.db, "milestone", ident)
        form = milestone_form()
        form.set_values(before)
        state = {"version": before["version"]}

        def save(values):
            state["changed"] = {k: v for k, v in values.items() if before.get(k) != v}
            if state["changed"]:
                state["version"] = exchanges.update_milestone(self.ctx.db, ident, state["version"], **state["changed"])

        if RecordDialog(tr("Edit milestone {title}").format(title=before["title"]), form, save, self,
                        reload=lambda: fields_of(self.ctx.db, "milestone", ident)).exec() and state.get("changed"):
            changed = state["changed"]
            old = {k: before[k] for k in changed}
            push_done(self.ctx, tr("Edit milestone {title}").format(title=before["title"]),
                      lambda: exchanges.update_milestone(self.ctx.db, ident, None, **changed),
                      lambda: exchanges.update_milestone(self.ctx.db, ident, None, **old), what=self.WHAT,
                      parent=self)
            self.ctx.notify_changed(self.WHAT)

    def delete_milestone(self) -> None:
        from qistdesk.services import exchanges

        exchange_id = self._exchange_id()
        rows = [r for r in self.milestones.model.all_rows() if r["id"] in self.milestones.selected_ids()]
        if not rows or not exchange_id:
            return
        keep = [{k: v for k, v in r.items() if k not in ("exchange_id", "version")} for r in rows]

        def do():
            for r in rows:
                exchanges.delete_milestone(self.ctx.db, r["id"])

        def undo():
            for m in keep:
                exchanges.add_milestone(self.ctx.db, exchange_id, **m)

        names = ", ".join(r["title"] for r in rows)
        run_undoable(self.ctx, tr("Remove milestone {names}").format(names=names), do, undo, what=self.WHAT, parent=self)
