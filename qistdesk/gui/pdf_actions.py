"""Packet actions in the app: exchange packet, event packet for a person, all participants, badges.

:func:`install` adds them to the Exchange and Event menus and to the row
menus of exchanges, events, people and participants. One packet renders in
the GUI thread (a few tenths of a second, with a busy cursor) and opens in a
preview with its warnings before anything is saved; packets for all
participants run in :class:`~qistdesk.gui.pdf_preview.BulkPacketsDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from qistdesk.gui.i18n import tr
from qistdesk.gui.pdf_preview import BulkPacketsDialog, PdfPreviewDialog


def _paper() -> str:
    from qistdesk.settings import load

    value = str(load().get("packets.paper") or "auto")
    return value if value in ("auto", "A4", "Letter") else "auto"


def _office():
    from qistdesk.services.packets import office_info
    from qistdesk.services.preferences import require_office

    require_office()  # packets go out in the office's name: not from the placeholder address
    return office_info()


def _busy(func, *args):
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        return func(*args)
    finally:
        QGuiApplication.restoreOverrideCursor()


def _user_error(parent: QWidget, exc: Exception) -> None:
    from qistdesk.gui.office_gate import explain

    if not explain(parent, exc):
        QMessageBox.warning(parent, tr("Packet"), str(exc))


def _safe_name(text: str) -> str:
    from qistdesk.formats.pdf.bulk import file_name

    return file_name(0, text)[4:]


def exchange_preview(db, exchange_id: str, parent: QWidget | None = None) -> PdfPreviewDialog:
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    data = packets.exchange_packet(db, exchange_id)
    rendered = _busy(pdf.exchange_pdf, data, _office(), _paper())
    return PdfPreviewDialog(rendered.pdf, rendered.warnings, _safe_name(tr("{name} – packet").format(name=data.participant.name)), parent)


def event_preview(db, event_id: str, person_id: str, parent: QWidget | None = None) -> PdfPreviewDialog:
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    event, card = packets.event_packet(db, event_id, person_id)
    rendered = _busy(pdf.event_pdf, event, card, _office(), _paper())
    return PdfPreviewDialog(rendered.pdf, rendered.warnings, _safe_name(f"{event.title} – {card.name}"), parent)


def badges_preview(db, event_id: str, parent: QWidget | None = None) -> PdfPreviewDialog:
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    event, cards = packets.event_packets(db, event_id)
    rendered = _busy(pdf.badges_pdf, event, cards, _office(), _paper())
    return PdfPreviewDialog(rendered.pdf, rendered.warnings, _safe_name(tr("{event} – badges").format(event=event.title)), parent)


def bulk_dialog(db, event_id: str, parent: QWidget | None = None) -> BulkPacketsDialog:
    from qistdesk.services import packets

    event, cards = packets.event_packets(db, event_id)
    return BulkPacketsDialog(event, cards, _office(), _paper(), parent)


def _run(window, make) -> None:
    """Build a dialog and show it; user errors (unknown id …) become a message, never a crash."""
    from qistdesk.services.errors import USER_ERRORS

    try:
        dialog = make()
    except USER_ERRORS as exc:
        _user_error(window, exc)
        return
    if isinstance(dialog, PdfPreviewDialog):
        dialog.accepted.connect(lambda: dialog.saved_to and window.ctx.show_status(
            tr("Packet saved to {path}").format(path=dialog.saved_to)))
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()


def _first(window, kind: str, ids: list[str] | None = None) -> str | None:
    ids = ids if ids is not None else window.selected_ids(kind)
    if not ids:
        QMessageBox.information(window, tr("Packet"), tr("Select an exchange first.") if kind == "exchange"
                                else tr("Select an event first."))
        return None
    return ids[0]


def person_packet(window, person_id: str) -> None:
    """Ask which of the person's events, then preview their packet for it."""
    from qistdesk.services import packets

    db = window.ctx.db
    choices = packets.events_of_person(db, person_id)
    if not choices:
        QMessageBox.information(window, tr("Packet"), tr("This person takes part in no event yet."))
        return
    labels = [label for _, label in choices]
    label, ok = QInputDialog.getItem(window, tr("Event packet"), tr("Packet for which event?"), labels, 0, False)
    if ok:
        event_id = choices[labels.index(label)][0]
        _run(window, lambda: event_preview(db, event_id, person_id, window))


def install(window) -> None:
    def exchange_packet(ids=None):
        ident = _first(window, "exchange", ids)
        if ident:
            _run(window, lambda: exchange_preview(window.ctx.db, ident, window))

    def event_bulk(ids=None):
        ident = _first(window, "event", ids)
        if ident:
            _run(window, lambda: bulk_dialog(window.ctx.db, ident, window))

    def event_badges(ids=None):
        ident = _first(window, "event", ids)
        if ident:
            _run(window, lambda: badges_preview(window.ctx.db, ident, window))

    def participant_packet(ids):
        from qistdesk.services.packets import participation_refs

        event_id, person_id = participation_refs(window.ctx.db, ids[0])
        _run(window, lambda: event_preview(window.ctx.db, event_id, person_id, window))

    def menu_action(menu_name: str, text: str, slot) -> None:
        action = QAction(text, window)
        action.triggered.connect(lambda: slot())
        window.menu(menu_name).addAction(action)

    menu_action("Exchange", tr("Exchange packet (PDF)…"), exchange_packet)
    menu_action("Event", tr("Participant packets (PDF)…"), event_bulk)
    menu_action("Event", tr("Name badges (PDF)…"), event_badges)

    def factory(text: str, slot):
        def make(menu, ids):
            action = QAction(text, menu)
            action.setEnabled(bool(ids))
            action.triggered.connect(lambda: slot(list(ids)))
            return action
        return make

    window.add_context_action("exchange", factory(tr("Packet (PDF)…"), exchange_packet))
    window.add_context_action("event", factory(tr("Participant packets (PDF)…"), event_bulk))
    window.add_context_action("event", factory(tr("Name badges (PDF)…"), event_badges))
    window.add_context_action("participant", factory(tr("Packet for this participant (PDF)…"), participant_packet))
    window.add_context_action("person", factory(tr("Event packet (PDF)…"), lambda ids: person_packet(window, ids[0])))
