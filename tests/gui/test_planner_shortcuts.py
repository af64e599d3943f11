"""What a planner expects: the home organisation from the participant, stage changes from the
exchange view (with warnings), a moved series date restored, each series date in the stay listing,
file names from the event."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from qistdesk.domain.recurrence import SeriesRule
from qistdesk.gui.context import AppContext
from qistdesk.gui.ics_actions import file_stem
from qistdesk.gui.views import exchange_stage
from qistdesk.gui.views.exchanges import ExchangesView
from qistdesk.services import directory, events, exchanges, queries


def _setup(db):
    home = directory.create_organization(db, name="Øresund University", sector="academia", country="DK")
    host = directory.create_organization(db, name="Chesapeake University", sector="academia", country="US")
    person = directory.create_person(db, given_name="Søren", family_name="Ærøskøbing", organization_id=home)
    contact = directory.create_person(db, given_name="Grace", family_name="Okafor", organization_id=host)
    program = exchanges.create_program(db, name="Student Exchange", kind="student", direction="DK-US")
    return home, host, person, contact, program


def test_home_organisation_follows_the_participant(qtbot, db):
    home, _host, person, _contact, _program = _setup(db)
    from qistdesk.gui.views.exchange_parts import exchange_form

    form = exchange_form(db, new=True)
    qtbot.addWidget(form)
    form.editor("person_id").setText("Søren Ærøskøbing — Øresund University")
    assert form.editor("home_organization_id").value() == home


def _exchange(db, stage="accepted"):
    home, host, person, contact, program = _setup(db)
    start = date(2027, 3, 1)
    ident = exchanges.create_exchange(db, with_default_milestones=True, person_id=person, program_id=program,
                                      home_organization_id=home, host_organization_id=host, host_contact_id=contact,
                                      start_date=start, end_date=start + timedelta(days=120))
    exchanges.set_stage(db, ident, stage)
    return ident


def _opened(qtbot, db, stage):
    """An exchange at ``stage``, shown in the Exchanges view."""
    ident = _exchange(db, stage)
    ctx = AppContext(db)
    view = ExchangesView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    view.open_record(ident)
    return ident, ctx, view


def test_stage_moves_from_the_view_with_warnings_and_undo(qtbot, db, monkeypatch):
    ident, ctx, view = _opened(qtbot, db, "accepted")
    button = view.stage_button
    assert button.text() == "Next: Preparing"
    asked = []
    monkeypatch.setattr(exchange_stage, "confirm", lambda parent, title, warnings: asked.append(warnings) or False)
    button.click()  # accepted -> preparing: nothing to warn about
    assert asked == [] and queries.list_exchanges(db)[0]["stage"] == "preparing"
    assert ctx.undo_stack.undoText() == "Move ‘Søren Ærøskøbing’ to Preparing"
    view.open_record(ident)
    assert not view.stage_button.move_to("completed")  # skips In progress, visa open: asked, said no
    assert "skips In progress" in " ".join(asked[0]) and "‘Visa approved’" in " ".join(asked[0])
    assert queries.list_exchanges(db)[0]["stage"] == "preparing"
    ctx.undo_stack.undo()
    assert queries.list_exchanges(db)[0]["stage"] == "accepted"


def test_in_progress_with_the_visa_not_started_warns():
    record = {"stage": "preparing", "visa_status": "not-started", "insurance_status": "done",
              "milestones": [{"title": "Visa approved", "kind": "visa", "done": False}]}
    text = " ".join(exchange_stage.stage_warnings(record, "in-progress"))
    assert "‘Visa approved’" in text
    assert "visa is not started" in " ".join(exchange_stage.stage_warnings({**record, "milestones": []}, "in-progress"))
    assert exchange_stage.stage_warnings({**record, "visa_status": "done", "milestones": []}, "in-progress") == []


def test_a_moved_series_date_can_be_restored(qtbot, db):
    from qistdesk.gui.views.seminars import SeminarsView

    sid = events.create_event(db, kind="seminar", title="QIST Seminar", start=datetime(2027, 2, 4, 16),
                              end=datetime(2027, 2, 4, 17), timezone="Europe/Copenhagen",
                              series=SeriesRule.weekly(2, count=4))
    row = queries.series_dates(db, sid)[1]
    events.update_series_date(db, row["id"], start=datetime(2027, 2, 17, 15))
    ctx = AppContext(db)
    view = SeminarsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    view.open_record(sid)
    view.dates.view.selectRow(1)
    assert view.restore_date_button.isEnabled()
    view.restore_date_button.click()
    row = queries.series_dates(db, sid)[1]
    assert row["start_utc"] == row["original_start_utc"] and row["end_utc"] - row["start_utc"] == timedelta(hours=1)
    assert ctx.undo_stack.undoText() == "Restore the date of Wed, 17 Feb 2027"  # the step says what it did
    ctx.undo_stack.undo()
    assert queries.series_dates(db, sid)[1]["start_utc"] != row["original_start_utc"]


def test_stay_listing_names_each_series_date(qtbot, db):
    ident = _exchange(db, "in-progress")  # 1 March – 29 June 2027
    events.create_event(db, kind="seminar", title="QIST Seminar", start=datetime(2027, 2, 4, 16),
                        end=datetime(2027, 2, 4, 17), timezone="Europe/Copenhagen",
                        series=SeriesRule.weekly(2, until=date(2027, 5, 27)))  # began before the stay
    view = ExchangesView(AppContext(db))
    qtbot.addWidget(view)
    view.refresh()
    view.open_record(ident)
    text = view.detail.toPlainText()
    assert "Events during the stay (7)" in text  # 4 Mar … 27 May, every other Thursday
    assert text.count("QIST Seminar") == 7 and "27 May 2027" in text


def test_file_names_come_from_the_title():
    assert file_stem("Copenhagen Quantum Days 2027") == "Copenhagen-Quantum-Days-2027"
    assert file_stem("Søren Ærøskøbing exchange dates") == "Søren-Ærøskøbing-exchange-dates"
    assert file_stem("Q&A: why? <now>") == "Q&A-why-now"
    assert file_stem("  ", "programme") == "programme"


def test_mark_done_becomes_mark_not_done(qtbot, db):
    _ident, _ctx, view = _opened(qtbot, db, "preparing")
    view.milestones.view.selectRow(0)
    assert view.done_button.text().replace("&", "") == "Mark done"
    view.toggle_done()  # the change reloads the view (data_changed), as in the app
    qtbot.waitUntil(lambda: view.milestones.model.row_at(0)["done"])
    assert view.milestones.selected_ids() == [view.milestones.model.id_at(0)]
    assert view.done_button.text().replace("&", "") == "Mark not done"


def test_under_way_long_before_the_stay_warns_but_never_blocks(qtbot, db, monkeypatch):
    """In progress, or Arrival marked done, more than 30 days before the stay begins: asked first."""
    ident, ctx, view = _opened(qtbot, db, "preparing")
    start = view._today + timedelta(days=200)
    exchanges.update_exchange(db, ident, start_date=start, end_date=start + timedelta(days=90))
    view.refresh()
    view.open_record(ident)
    asked, answer = [], {"move": False}
    monkeypatch.setattr(exchange_stage, "confirm",
                        lambda parent, title, warnings: asked.append((title, warnings)) or answer["move"])
    assert not view.stage_button.move_to("in-progress")  # said no: nothing moved
    assert "The stay begins on" in asked[0][1][0] and "200 days from today" in asked[0][1][0]
    assert queries.list_exchanges(db)[0]["stage"] == "preparing"
    answer["move"] = True
    assert view.stage_button.move_to("in-progress")  # a warning, never a refusal
    assert queries.list_exchanges(db)[0]["stage"] == "in-progress"
    view.open_record(ident)
    arrival = next(i for i, r in enumerate(view.milestones.model.all_rows()) if r["kind"] == "arrival")
    view.milestones.view.selectRow(arrival)
    asked.clear()
    answer["move"] = False
    view.toggle_done()
    assert asked and asked[0][0] == "Mark ‘Arrival’ done?" and "200 days from today" in asked[0][1][0]
    assert not _arrival_done(db, ident)
    answer["move"] = True
    view.toggle_done()
    assert _arrival_done(db, ident)


def _arrival_done(db, ident) -> bool:
    from sqlalchemy import select

    from qistdesk.domain import Milestone

    with db.read() as s:
        return s.scalar(select(Milestone.done).where(Milestone.exchange_id == ident, Milestone.kind == "arrival"))


def test_a_stay_a_month_away_or_begun_gives_no_early_warning():
    today = date(2027, 8, 1)
    record = {"stage": "preparing", "visa_status": "done", "milestones": []}
    assert exchange_stage.stage_warnings({**record, "start_date": date(2027, 8, 31)}, "in-progress", today) == []
    assert exchange_stage.stage_warnings({**record, "start_date": date(2027, 7, 1)}, "in-progress", today) == []
    early = exchange_stage.stage_warnings({**record, "start_date": date(2027, 9, 1)}, "in-progress", today)
    assert len(early) == 1 and early[0].startswith("The stay begins on ") and "31 days from today" in early[0]
