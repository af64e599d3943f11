"""Moving an exchange along its pipeline from the Exchanges view, with warnings that do not block.

A planner moves an exchange a stage at a time ("Next: Preparing"), or picks any stage from
the menu. Skipping a stage, or starting a stay with its visa, insurance or housing still
open, is allowed (real life is like that) but said first, with the open steps named; the
move is one undo step named after the exchange ("Move ‘Søren Ærøskøbing’ to In progress").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from qistdesk.domain.enums import Stage
from qistdesk.gui.views.exchange_parts import STAGE_LABELS
from qistdesk.gui.widgets.undo import run_undoable
from qistdesk.domain.enums import PaperworkStatus
from qistdesk.gui.locale_format import label_of as enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.domain.exchanges import step_title

#: The pipeline's order; "withdrawn" is an exit, reachable from anywhere.
PIPELINE = [s for s in Stage.values() if s != "withdrawn"]
#: Steps that should be done before a stay begins.
BEFORE_ARRIVAL = ("visa", "insurance", "housing")
#: A stay said to be under way (In progress, Arrival done) more days than this before it begins is worth a word.
EARLY_DAYS = 30


def next_stage(stage: str) -> str | None:
    if stage not in PIPELINE or stage == PIPELINE[-1]:
        return None
    return PIPELINE[PIPELINE.index(stage) + 1]


def early_warning(record: dict, today: date | None = None) -> str | None:
    """"The stay begins on 1 Sep 2027, 274 days from today." when that is more than EARLY_DAYS away."""
    from qistdesk.gui import locale_format

    start = record.get("start_date")
    start = date.fromisoformat(start) if isinstance(start, str) and start else start
    days = (start - (today or date.today())).days if start else 0
    if days <= EARLY_DAYS:
        return None
    return tr("The stay begins on {day}, %n day(s) from today.", None, days).format(
        day=locale_format.day(start))


def stage_warnings(record: dict, target: str, today: date | None = None) -> list[str]:
    """What a planner should know before moving an exchange to ``target`` (never a refusal)."""
    out = []
    early = early_warning(record, today) if target == "in-progress" else None
    if early:
        out.append(early)
    current = record["stage"]
    if current in PIPELINE and target in PIPELINE:
        skipped = PIPELINE[PIPELINE.index(current) + 1:PIPELINE.index(target)]
        if skipped:
            out.append(tr("This skips {stages}.").format(stages=", ".join(STAGE_LABELS[s] for s in skipped)))
        if PIPELINE.index(target) < PIPELINE.index(current):
            out.append(tr("This moves the exchange back from {stage}.").format(stage=STAGE_LABELS[current]))
    if target in ("in-progress", "completed"):
        open_steps = [m for m in record.get("milestones", []) if not m["done"] and m["kind"] in BEFORE_ARRIVAL]
        if open_steps:
            out.append(tr("Still open: {steps}.").format(steps=", ".join(f"‘{step_title(m['title'])}’" for m in open_steps)))
        sentences = {"visa": QT_TR_NOOP("The visa is {status}."), "insurance": QT_TR_NOOP("The insurance is {status}.")}
        for field, word in (("visa_status", "visa"), ("insurance_status", "insurance")):
            if any(m["kind"] == word for m in open_steps):
                continue  # said already, by its checklist step
            if record.get(field) not in ("done", "not-needed", None):
                out.append(tr(sentences[word]).format(status=enum_label_of(PaperworkStatus, record[field]).lower()))
    if target == "completed":
        rest = [step_title(m["title"]) for m in record.get("milestones", [])
                if not m["done"] and m["kind"] not in BEFORE_ARRIVAL]
        if rest:
            out.append(tr("Not yet done: {steps}.").format(steps=", ".join(f"‘{t}’" for t in rest)))
    return out


def confirm(parent: QWidget, title: str, warnings: list[str]) -> bool:
    """Ask before a move that has warnings (a function, so tests can answer it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Change stage"), title, parent=parent)
    box.setInformativeText("\n".join(warnings))
    move = box.addButton(tr("Move anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is move


class StageButton(QToolButton):
    """"Next: Preparing ▾": one click moves on a stage; the menu offers every stage."""

    def __init__(self, view, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setAccessibleName(tr("Change stage"))
        self.menu_ = QMenu(self)
        for stage in Stage.values():
            action = self.menu_.addAction(STAGE_LABELS[stage])
            action.triggered.connect(lambda _=False, s=stage: self.move_to(s))
        self.setMenu(self.menu_)
        self.clicked.connect(self._next)
        self.update_for(None)

    def update_for(self, record: dict | None) -> None:
        self.record = record
        target = next_stage(record["stage"]) if record else None
        self.setEnabled(record is not None)
        self.setText(tr("Next: {stage}").format(stage=STAGE_LABELS[target]) if target else tr("Stage"))
        self.setToolTip(tr("Move the exchange to its next stage; the arrow offers every stage"))
        for action, stage in zip(self.menu_.actions(), Stage.values()):
            action.setEnabled(record is not None and stage != record["stage"])

    def _next(self) -> None:
        target = next_stage(self.record["stage"]) if self.record else None
        if target:
            self.move_to(target)
        else:
            self.showMenu()

    def move_to(self, target: str) -> bool:
        from qistdesk.services import exchanges

        record = self.record
        if record is None or target == record["stage"]:
            return False
        name = (record.get("participant") or {}).get("name") or tr("the exchange")
        title = tr("Move ‘{name}’ to {stage}").format(name=name, stage=STAGE_LABELS[target])
        warnings = stage_warnings(record, target, getattr(self.view, "_today", None))
        if warnings and not confirm(self.view, title + "?", warnings):
            return False
        db, ident, before = self.view.ctx.db, record["id"], record["stage"]
        return run_undoable(self.view.ctx, title, lambda: exchanges.set_stage(db, ident, target),
                            lambda: exchanges.set_stage(db, ident, before), what=self.view.WHAT, parent=self.view)
