"""Event ▸ Summaries: catering, access needs, badges still to print, rooms, sign-in sheet; "access request met".

Each summary opens as pages (the PDF the organiser hands on) with Print… and
Save PDF…; the data and its rules are :mod:`qistdesk.services.summaries`'. The
badges still to print are recorded as printed once the sheet is saved or
printed, so the next batch holds only new and changed badges. On a participant
row, "Access request met" marks that person's accessibility request met (or
not) for the event; the committee report counts those marks.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP

SUMMARIES = [("catering", QT_TR_NOOP("Catering (caterer's copy, counts only)…")),
             ("access", QT_TR_NOOP("Access needs (organisers only)…")),
             ("badges", QT_TR_NOOP("Badges still to print…")), ("rooms", QT_TR_NOOP("Rooms and expected attendance…")),
             ("sign-in", QT_TR_NOOP("Sign-in sheet…"))]


def summary_dialog(window, event_id: str, kind: str):
    """The preview dialog of one summary (not yet shown), or None when there is nothing to print."""
    from qistdesk.gui.pdf_actions import _busy, _safe_name
    from qistdesk.services.packets import office_info as _office  # internal papers: placeholders allowed
    from qistdesk.gui.pdf_preview import PdfPreviewDialog
    from qistdesk.gui.widgets.list_print import add_print_button, paper
    from qistdesk.services import summaries

    db = window.ctx.db
    if kind == "badges":
        cards, marks = summaries.badges_to_print(db, event_id)
        if not cards:
            QMessageBox.information(window, tr("Badges"), tr("No badges to print: every participant's badge is printed "
                                                            "and unchanged since."))
            return None
        from qistdesk.formats.pdf import badges_pdf

        event = summaries.event_heading(db, event_id)
        rendered = _busy(badges_pdf, event, cards, _office(), paper())
        dialog = PdfPreviewDialog(rendered.pdf, rendered.warnings, _safe_name(tr("{event} – badges to print").format(event=event.title)),
                                  window)
        dialog.summary.setText(tr("%n badge(s) new or changed since the last batch; saving or printing records them "
                                  "as printed.", None, len(cards)))
        dialog.accepted.connect(lambda: dialog.saved_to and summaries.mark_badges_printed(db, marks))
        add_print_button(dialog, rendered.pdf, lambda: summaries.mark_badges_printed(db, marks))
        return dialog
    from qistdesk.formats.pdf.report_summaries import summary_pdf

    data = summaries.summary(db, event_id, kind)
    pdf = _busy(summary_pdf, data, _office(), paper())
    dialog = PdfPreviewDialog(pdf, [], _safe_name(data.title), window)
    if data.confidential:
        dialog.summary.setText(data.confidential)
    add_print_button(dialog, pdf)
    return dialog


def show_summary(window, kind: str, ids: list[str] | None = None) -> None:
    from qistdesk.gui.pdf_actions import _first, _run

    from qistdesk.services.errors import USER_ERRORS

    ident = _first(window, "event", ids)
    if not ident:
        return
    try:
        dialog = summary_dialog(window, ident, kind)
    except USER_ERRORS as exc:
        QMessageBox.warning(window, tr("Summary"), str(exc))
        return
    if dialog is not None:
        _run(window, lambda: dialog)


def set_access_met(window, participation_ids: list[str], met: bool) -> None:
    from qistdesk.services import events

    for ident in participation_ids:
        events.update_participation(window.ctx.db, ident, access_met=met)
    window.ctx.notify_changed("event")
    window.ctx.show_status(tr("Access request marked met for %n participant(s)", None, len(participation_ids)) if met
                           else tr("Access request marked not met for %n participant(s)", None, len(participation_ids)))


def install(window) -> None:
    menu = window.menu("Event").addMenu(tr("Summaries"))
    for kind, text in SUMMARIES:
        action = QAction(tr(text), window)
        action.triggered.connect(lambda _=False, k=kind: show_summary(window, k))
        menu.addAction(action)

    def summaries_menu(parent_menu, ids):
        sub = parent_menu.addMenu(tr("Summaries"))
        sub.setEnabled(bool(ids))
        for kind, text in SUMMARIES:
            sub.addAction(tr(text), lambda k=kind: show_summary(window, k, list(ids)))
        return sub.menuAction()

    window.add_context_action("event", summaries_menu)

    def access_factory(met: bool):
        def make(parent_menu, ids):
            action = QAction(tr("Access request met") if met else tr("Access request not met"), parent_menu)
            action.setEnabled(bool(ids))
            action.triggered.connect(lambda: set_access_met(window, list(ids), met))
            return action
        return make

    window.add_context_action("participant", access_factory(True))
    window.add_context_action("participant", access_factory(False))
