"""Visa and insurance have one truth, the exchange's checklist: the exchange view and the printed
packet say the same thing, before and after "Visa approved" is ticked in the view."""

from __future__ import annotations

from datetime import date

import pytest

from pdf_helpers import pdf_text

pytestmark = pytest.mark.gui


def _packet_text(programme, office, lang: str = "en") -> str:
    from qistdesk.formats import pdf
    from qistdesk.services import packets

    ex = packets.exchange_packet(programme.db, programme.exchange)
    ex.participant.language = lang  # the view speaks English here; the packet in the same language
    return " ".join(pdf_text(pdf.exchange_pdf(ex, office).pdf).split())


def _view_text(view, exchange_id) -> str:
    view.refresh()
    view.table.select_id(exchange_id)
    return view.detail.toPlainText()


def test_view_and_packet_agree_on_visa_and_insurance(qtbot, programme, office, monkeypatch):
    from qistdesk.gui.context import AppContext
    from qistdesk.gui.views.exchanges import ExchangesView

    monkeypatch.setenv("QISTDESK_TODAY", "2027-03-01")
    view = ExchangesView(AppContext(programme.db))
    qtbot.addWidget(view)
    view.show()
    text = _view_text(view, programme.exchange)
    assert "Visa: Not started" in text and "Insurance: Not started" in text
    packet = _packet_text(programme, office)
    assert "Visa Not started" in packet and "Insurance Not started" in packet

    # The user ticks "Visa approved" in the checklist, as in the app.
    row = next(r for r in range(view.milestones.model.rowCount())
               if view.milestones.model.all_rows()[r]["title"] == "Visa approved")
    view.milestones.view.selectRow(row)
    view.toggle_done()
    text = _view_text(view, programme.exchange)
    assert "Visa: Done" in text and "Insurance: Not started" in text
    packet = _packet_text(programme, office)
    assert "Visa Done" in packet and "Insurance Not started" in packet
    danish = _packet_text(programme, office, "da")  # and the same truth in Danish
    assert "Visum Udført" in danish and "Forsikring Ikke påbegyndt" in danish


def test_an_exchange_without_a_visa_step_needs_no_visa(programme):
    from qistdesk.services import exchanges, records

    record = records.exchange_record(programme.db, programme.exchange)
    assert record["visa_status"] == "not-started"
    visa = next(m for m in record["milestones"] if m["kind"] == "visa")
    exchanges.delete_milestone(programme.db, visa["id"])
    assert records.exchange_record(programme.db, programme.exchange)["visa_status"] == "not-needed"


def test_migration_carries_the_old_status_fields_into_the_checklist(programme):
    """i12_paperwork: what visa_status/insurance_status said survives as checklist steps."""
    from sqlalchemy import text

    from qistdesk.services import exchanges, records
    from qistdesk.store.migrate import downgrade, upgrade

    db = programme.db
    bare = exchanges.create_exchange(db, person_id=programme.us_person, program_id=records.exchange_record(
        db, programme.exchange)["program"]["id"], start_date=date(2027, 8, 1), end_date=date(2027, 12, 1))
    db.engine.dispose()
    downgrade(db, "i17_reports")
    with db.engine.begin() as conn:
        statuses = dict(conn.execute(text("SELECT id, visa_status || '/' || insurance_status FROM exchanges")).all())
        assert statuses == {programme.exchange: "not-started/not-started", bare: "not-needed/not-needed"}
        for ident, visa, insurance in ((programme.exchange, "done", "not-needed"), (bare, "in-progress", "done")):
            conn.execute(text("UPDATE exchanges SET visa_status = :v, insurance_status = :i WHERE id = :x"),
                         {"v": visa, "i": insurance, "x": ident})
    upgrade(db)
    shown = {x: (records.exchange_record(db, x)["visa_status"], records.exchange_record(db, x)["insurance_status"])
             for x in (programme.exchange, bare)}
    assert shown == {programme.exchange: ("done", "not-needed"), bare: ("in-progress", "done")}
