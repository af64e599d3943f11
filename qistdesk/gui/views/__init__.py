"""The views shown in the main window's navigation, in order.

Each entry is (key, title, "module:Class"). A view class takes
``(ctx: AppContext, parent=None)``, is a QWidget, and offers ``refresh()``;
optionally ``new_record()`` (Ctrl+N), ``focus_filter()`` (Ctrl+F),
``delete_selected()`` (Delete) and ``open_record(record_id)``.
"""


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a title for translation; the window shows it through ``i18n.tr``."""
    return text


VIEWS: list[tuple[str, str, str]] = [
    ("dashboard", QT_TR_NOOP("Dashboard"), "qistdesk.gui.views.dashboard:DashboardView"),
    ("calendar", QT_TR_NOOP("Calendar"), "qistdesk.gui.views.calendar_view:CalendarView"),
    ("seminars", QT_TR_NOOP("Seminars"), "qistdesk.gui.views.seminars:SeminarsView"),
    ("conferences", QT_TR_NOOP("Conferences & workshops"), "qistdesk.gui.views.conferences:ConferencesView"),
    ("exchanges", QT_TR_NOOP("Exchanges"), "qistdesk.gui.views.exchanges:ExchangesView"),
    ("people", QT_TR_NOOP("People"), "qistdesk.gui.views.people:PeopleView"),
    ("organizations", QT_TR_NOOP("Organisations"), "qistdesk.gui.views.organizations:OrganizationsView"),
    ("venues", QT_TR_NOOP("Venues"), "qistdesk.gui.views.venues:VenuesView"),
    ("reports", QT_TR_NOOP("Reports"), "qistdesk.gui.views.reports:ReportsView"),
]
