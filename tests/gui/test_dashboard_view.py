"""DashboardView: next 30 days, milestones, counts, charts, links, empty states."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from qistdesk.domain.recurrence import SeriesRule
from qistdesk.services import directory, events, exchanges

CPH = "Europe/Copenhagen"


@pytest.fixture
def ctx(db):
    from qistdesk.gui.context import AppContext

    return AppContext(db)


def _view(ctx, qtbot, today=None):
    from qistdesk.gui.views.dashboard import DashboardView

    widget = DashboardView(ctx)
    qtbot.addWidget(widget)
    if today:
        widget.set_today(today)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_empty_database_says_what_to_do(ctx, qtbot):
    view = _view(ctx, qtbot)
    assert "Nothing here yet" in view.counts.text()
    assert "Nothing planned yet" in view.upcoming.body.text()
    assert "No exchanges yet" in view.milestones.body.text()
    assert view.activity.accessibleDescription()  # charts describe themselves even when empty


def test_upcoming_milestones_counts_and_charts(ctx, qtbot):
    db = ctx.db
    org = directory.create_organization(db, name="NBI", sector="academia", country="DK")
    ida = directory.create_person(db, given_name="Ida", family_name="Jensen", organization_id=org)
    sem = events.create_event(db, kind="seminar", title="QN Seminar", timezone=CPH, start=datetime(2027, 3, 4, 16),
                              end=datetime(2027, 3, 4, 17), series=SeriesRule.weekly(2, count=4))
    events.add_participant(db, sem, ida)
    program = exchanges.create_program(db, name="Fellows", kind="researcher", direction="DK-US")
    ex = exchanges.create_exchange(db, person_id=ida, program_id=program, start_date=date(2027, 4, 1),
                                   end_date=date(2027, 9, 1), milestones=[
                                       {"kind": "visa", "title": "Visa approved", "due_date": date(2027, 3, 1)},
                                       {"kind": "housing", "title": "Housing arranged", "due_date": date(2027, 3, 15)}])
    view = _view(ctx, qtbot, today=date(2027, 3, 10))
    body = view.upcoming.body.text()
    assert body.count("QN Seminar") == 2  # 18 Mar and 1 Apr; 4 Mar is past, 15 Apr is beyond 30 days
    assert "16:00 Copenhagen / 11:00 Washington" in body  # 18 Mar: the clock-change week
    assert "9 days overdue" in view.milestones.body.text() and "Housing arranged" in view.milestones.body.text()
    assert ">1</b></span> seminar<" in view.counts.text()
    assert dict((label, v) for label, v in view.by_sector.data) == {"Academia": [1]}  # labels as in every list
    # The chart: the past five months, this month (March: two dates) and what comes (April: two)
    assert [v for _, v in view.activity.data][4:7] == [[0, 0], [2, 0], [2, 0]]
    assert view.activity.title.endswith("October 2026 – September 2027"), view.activity.title
    # Links lead to records.
    followed = []
    view.link_activated.connect(lambda kind, ident: followed.append((kind, ident)))
    view.milestones.body.linkActivated.emit(f"exchange:{ex}")
    view.upcoming.body.linkActivated.emit(f"event:{sem}")
    assert followed == [("exchange", ex), ("event", sem)]


def test_nothing_in_the_next_30_days_points_to_the_next_event(ctx, qtbot):
    events.create_event(ctx.db, kind="workshop", title="Sensing workshop", timezone=CPH,
                        start=datetime(2027, 9, 1, 9), end=datetime(2027, 9, 1, 17))
    view = _view(ctx, qtbot, today=date(2027, 3, 10))
    assert "Nothing in the next 30 days" in view.upcoming.body.text()
    assert "Sensing workshop" in view.upcoming.body.text()


def test_links_call_the_main_window(ctx, qtbot):
    from PySide6.QtWidgets import QMainWindow

    from qistdesk.gui.views.dashboard import DashboardView

    class Window(QMainWindow):
        def __init__(self):
            super().__init__()
            self.calls = []

        def open_record(self, kind, ident):
            self.calls.append((kind, ident))

    window = Window()
    qtbot.addWidget(window)
    view = DashboardView(ctx)
    window.setCentralWidget(view)
    view.upcoming.body.linkActivated.emit("event:abc")
    assert window.calls == [("event", "abc")]


def test_demo_programme_renders(demo_db, qtbot):
    from qistdesk.gui.context import AppContext

    view = _view(AppContext(demo_db), qtbot, today=date(2027, 4, 20))
    assert "overdue" in view.milestones.body.text()
    assert view.by_country.data and view.by_sector.data
    assert not view.grab().isNull()


def test_links_fall_back_to_show_view(ctx, qtbot):
    from PySide6.QtWidgets import QMainWindow

    from qistdesk.gui.views.dashboard import DashboardView

    conf = events.create_event(ctx.db, kind="conference", title="Days", timezone=CPH,
                               start=datetime(2027, 9, 1, 9), end=datetime(2027, 9, 2, 17))

    class Target:
        opened = []

        def open_record(self, ident):
            self.opened.append(ident)

    class Window(QMainWindow):
        shown = []

        def show_view(self, key):
            self.shown.append(key)
            return Target()

    window = Window()
    qtbot.addWidget(window)
    view = DashboardView(ctx)
    window.setCentralWidget(view)
    view.upcoming.body.linkActivated.emit(f"event:{conf}")
    assert Window.shown == ["conferences"] and Target.opened == [conf]
