"""The views shown in the main window's navigation, in order.

Each entry is (key, title, "module:Class"). A view class takes
``(ctx: AppContext, parent=None)``, is a QWidget, and offers ``refresh()``;
optionally ``new_record()`` (Ctrl+N), ``focus_filter()`` (Ctrl+F),
``delete_selected()`` (Delete) and ``open_record(record_id)``.
"""

VIEWS: list[tuple[str, str, str]] = [
    ("dashboard", "Dashboard", "qistdesk.gui.views.dashboard:DashboardView"),
    ("calendar", "Calendar", "qistdesk.gui.views.calendar_view:CalendarView"),
    ("seminars", "Seminars", "qistdesk.gui.views.seminars:SeminarsView"),
    ("conferences", "Conferences & workshops", "qistdesk.gui.views.conferences:ConferencesView"),
    ("exchanges", "Exchanges", "qistdesk.gui.views.exchanges:ExchangesView"),
    ("people", "People", "qistdesk.gui.views.people:PeopleView"),
    ("organizations", "Organisations", "qistdesk.gui.views.organizations:OrganizationsView"),
    ("venues", "Venues", "qistdesk.gui.views.venues:VenuesView"),
    ("reports", "Reports", "qistdesk.gui.views.reports:ReportsView"),
]
