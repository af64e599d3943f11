"""The dashboard: what is coming, what is late, and how the programme is going.

The first screen of the day, so it answers the attaché's three questions at
once: what happens in the next 30 days (in both zones), which exchange steps
are overdue or due soon, and how much the programme does and for whom. Every
item is a link to its record (through the main window's ``open_record`` when
it has one); an empty section says what to do next instead of staying blank.

At start-up (``staged``, as the main window loads it) the text
sections are read at once and the costly rest (double-booking and holiday marks, the
three charts: about 1 s on the scale-100 database) is computed on a worker thread and
painted when it arrives, so the first screen shows its data sooner and input is never
held up. :attr:`DashboardView.completed` says when everything is on screen.
"""

from __future__ import annotations

from qistdesk.domain.directory import display_name
from qistdesk.domain.exchanges import step_title
import html
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from qistdesk.gui.background import Background
from qistdesk.gui.event_common import amber, day, hm, other_zone, place_name, preferences
from qistdesk.gui.widgets.forms import error_color
from qistdesk.gui.views.exchange_parts import today as pinned_or_real_today
from qistdesk.gui.widgets.chart import BarChart
from qistdesk.services import dashboard, queries, scheduling
from qistdesk.timezones import UTC, local_to_utc, utc_to_local
from qistdesk.gui import locale_format
from qistdesk.gui.i18n import tr

SOON_DAYS = 14
AHEAD_DAYS = 30

#: Count tiles: (counts key, label, view key).
TILES = [("seminars", lambda n: tr("%n seminar(s)", None, n), "seminars"),
         ("conferences", lambda n: tr("%n conference(s) & workshop(s)", None, n), "conferences"),
         ("exchanges", lambda n: tr("%n exchange(s)", None, n), "exchanges"),
         ("people", lambda n: tr("%n person(s)", None, n), "people"),
         ("organizations", lambda n: tr("%n organisation(s)", None, n), "organizations")]


class Card(QFrame):
    """A titled box holding one rich-text label of links."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(f"<b>{html.escape(title)}</b>", self)
        self.heading.setWordWrap(True)  # at large text sizes the heading wraps, not the page
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)


class DashboardView(QWidget):
    """Cards (next 30 days, milestones, counts) and three charts."""

    #: A link was followed: (kind, id) — kind is "event", "exchange" or "view".
    link_activated = Signal(str, str)
    #: Every section shows its data (after a refresh; for a staged one when the worker's part arrived).
    completed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None, staged: bool | None = None):
        """``staged`` None: staged inside a window (``parent`` given, as the main window loads
        views), all at once for a stand-alone view (tests, screenshots)."""
        super().__init__(parent)
        self.ctx = ctx
        self.today: date | None = None  # None: the real today (tests and screenshots set a day)
        inner = QWidget()
        grid = QGridLayout(inner)
        self.counts = QLabel(inner)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.counts.setAccessibleName(tr("Counts"))
        self.counts.setWordWrap(True)
        self.upcoming = Card(tr("Next %n day(s)", None, AHEAD_DAYS), inner)
        self.milestones = Card(tr("Exchange milestones: overdue and due soon"), inner)
        self.activity = BarChart(tr("Activity by month"), [tr("seminar dates"), tr("conference days")], parent=inner)
        self.by_sector = BarChart(tr("Participants by sector"), horizontal=True, parent=inner)
        self.by_country = BarChart(tr("Participants by country"), horizontal=True, parent=inner)
        grid.addWidget(self.counts, 0, 0, 1, 3)
        grid.addWidget(self.upcoming, 1, 0, 1, 2)
        grid.addWidget(self.milestones, 1, 2)
        grid.addWidget(self.activity, 2, 0)
        grid.addWidget(self.by_sector, 2, 1)
        grid.addWidget(self.by_country, 2, 2)
        for col in range(3):
            grid.setColumnStretch(col, 1)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        for label in (self.counts, self.upcoming.body, self.milestones.body):
            label.linkActivated.connect(self._follow)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setTabOrder(self.counts, self.upcoming.body)
        self.setTabOrder(self.upcoming.body, self.milestones.body)
        self.setTabOrder(self.milestones.body, self.activity)
        self.setTabOrder(self.activity, self.by_sector)
        self.setTabOrder(self.by_sector, self.by_country)
        self._rows: list[dict] = []
        self._background = Background(self, "qistdesk-dashboard")
        ctx.data_changed.connect(lambda _what: self.refresh())
        self.refresh(staged=parent is not None if staged is None else staged)

    # --- the view contract ----------------------------------------------------------------------

    def refresh(self, staged: bool = False) -> None:
        """Every section; ``staged``: the text now, marks and charts from a worker thread."""
        prefs = preferences(self.ctx)
        today = self.today or pinned_or_real_today(prefs.home)
        self._counts()
        self._upcoming(today, prefs)
        self._milestones(today)
        rows = list(self._rows)
        self._background.run(lambda: self._compute(prefs, rows, today), self._show, wait=not staged)

    def _compute(self, prefs, rows: list[dict], today: date) -> dict:
        """The costly parts, no widgets touched (runs on a worker thread at start-up)."""
        warnings = (scheduling.warnings_by_event(self.ctx.db, prefs=prefs, event_ids={r["event_id"] for r in rows})
                    if rows else {})
        return {"warnings": warnings, "months": dashboard.activity_by_month(self.ctx.db, prefs.home, today=today),
                "by": dashboard.participants_by_fields(self.ctx.db, ("sector", "country"))}

    def _show(self, parts: dict) -> None:
        if self._rows:
            self._render_upcoming(parts["warnings"])
        months = parts["months"]
        first, last = (datetime.strptime(months[i][0], "%Y-%m") for i in (0, -1))
        self.activity.title = tr("Activity by month, {first} – {last}").format(
            first=locale_format.month_year(first), last=locale_format.month_year(last))
        self.activity.set_data([(locale_format.month_short(datetime.strptime(k, "%Y-%m")), [a, b])
                                for k, a, b in months])
        from qistdesk.gui.views.people import SECTOR_LABELS  # "Academia" here as in every list

        self.by_sector.set_data([(SECTOR_LABELS.get(k, k), v) for k, v in parts["by"]["sector"]])
        self.by_country.set_data(parts["by"]["country"])
        self.completed.emit()

    def set_today(self, today: date) -> None:
        self.today = today
        self.refresh()

    # --- sections -------------------------------------------------------------------------------

    def _counts(self) -> None:
        counts = queries.counts(self.ctx.db)
        if not any(counts.values()):
            self.counts.setText(tr("<b>Welcome.</b> Nothing here yet: add the people and organisations you work with "
                                   "(People, Organisations), then plan a <a href='view:seminars'>seminar</a> or a "
                                   "<a href='view:conferences'>conference</a> — or load the demo programme "
                                   "(<code>qistdesk demo</code>) to look around."))
            return
        parts = []
        for key, label, view in TILES:
            number = str(counts.get(key, 0))  # as %n writes it
            text = html.escape(label(counts.get(key, 0))).replace(
                number, f"<span style='font-size:large'><b>{number}</b></span>", 1)
            parts.append(f"<a href='view:{view}'>{text}</a>")
        self.counts.setText(" &nbsp;·&nbsp; ".join(parts))

    def _upcoming(self, today: date, prefs) -> None:
        start = local_to_utc(datetime.combine(today, time()), prefs.home)
        rows = dashboard.occurrences(self.ctx.db, start, start + timedelta(days=AHEAD_DAYS))
        self._rows, self._prefs = rows, prefs
        if not rows:
            nxt = dashboard.next_occurrence(self.ctx.db, start)
            if nxt:
                self.upcoming.body.setText(
                    tr("Nothing in the next %n day(s). The next one: {event}", None, AHEAD_DAYS).format(
                        event=self._event_link(nxt, prefs)))
            else:
                self.upcoming.body.setText(tr("Nothing planned yet — create a <a href='view:seminars'>seminar</a> "
                                              "or a <a href='view:conferences'>conference or workshop</a>."))
            return
        self._render_upcoming({})

    def _render_upcoming(self, warnings: dict) -> None:
        """The next days' list; ``warnings`` (by event id) adds a ⚠ mark (it comes later at start-up)."""
        rows, prefs = self._rows, self._prefs
        items = []
        for row in rows[:12]:
            mark = ""
            if warnings.get(row["event_id"]):
                mark = f" <span style='color:{amber().name()}'>⚠</span>"
            items.append(f"<li>{self._event_link(row, prefs)}{mark}</li>")
        more = "<p>" + tr("… and %n more.", None, len(rows) - 12) + "</p>" if len(rows) > 12 else ""
        self.upcoming.body.setText(f"<ul style='margin-left:-20px'>{''.join(items)}</ul>{more}")

    def _event_link(self, row: dict, prefs) -> str:
        zone_name = row["timezone"]
        a = utc_to_local(row["start_utc"], zone_name)
        other = other_zone(zone_name, prefs=prefs)
        b = utc_to_local(row["start_utc"], other)
        when = f"{day(a, with_year=False)} {hm(a)} {place_name(zone_name)} / {hm(b)} {place_name(other)}"
        title = html.escape(row["title"]) + (f" — {html.escape(row['topic'])}" if row.get("topic") else "")
        return f"{when}: <a href='event:{row['event_id']}'>{title}</a>"

    def _milestones(self, today: date) -> None:
        rows = queries.milestones_due(self.ctx.db, today + timedelta(days=SOON_DAYS))
        intro = ""
        if not rows:
            later = queries.milestones_due(self.ctx.db, today + timedelta(days=366))[:3]
            if not later:
                counts = queries.counts(self.ctx.db)
                self.milestones.body.setText(
                    tr("No open steps.") if counts.get("exchanges")
                    else tr("No exchanges yet — add one in <a href='view:exchanges'>Exchanges</a>; its checklist "
                            "(visa, insurance, housing, arrival, reports) will show here when steps fall due."))
                return
            intro, rows = "<p>" + tr("Nothing due in the next %n day(s). Next:", None, SOON_DAYS) + "</p>", later
        items = []
        for r in rows[:14]:
            who = html.escape(display_name(r["given_name"], r["family_name"]))
            late = (today - r["due_date"]).days
            if late > 0:
                overdue = tr("%n day(s) overdue", None, late)
                when = f"<span style='color:{error_color()}'><b>{overdue}</b></span>"
            else:
                when = tr("due today") if late == 0 else tr("due {day}").format(day=locale_format.day_month(r["due_date"]))
            items.append(f"<li>{when}: <a href='exchange:{r['exchange_id']}'>{html.escape(step_title(r['title']))} — {who}</a></li>")
        more = "<p>" + tr("… and %n more.", None, len(rows) - 14) + "</p>" if len(rows) > 14 else ""
        self.milestones.body.setText(f"{intro}<ul style='margin-left:-20px'>{''.join(items)}</ul>{more}")

    # --- links ----------------------------------------------------------------------------------

    def _follow(self, href: str) -> None:
        kind, _, ident = href.partition(":")
        self.link_activated.emit(kind, ident)
        window = self.window()
        if kind == "view":
            for name in ("show_view", "select_view"):
                if hasattr(window, name):
                    getattr(window, name)(ident)
                    return
        elif hasattr(window, "open_record"):
            window.open_record(kind, ident)
        elif hasattr(window, "show_view"):  # the window shows views by key: pick the view, then the record
            key = "exchanges"
            if kind == "event":
                from qistdesk.services.records import event_record

                key = "seminars" if event_record(self.ctx.db, ident)["kind"] == "seminar" else "conferences"
            view = window.show_view(key)
            if view is not None and hasattr(view, "open_record"):
                view.open_record(ident)
