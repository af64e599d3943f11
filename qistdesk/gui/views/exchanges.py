"""Exchanges: the pipeline by stage, each exchange with its milestone checklist.

The stage bar on top shows how many exchanges are at each stage and filters the
list to one stage; the list is grouped by stage (pipeline order). Exchanges with
an overdue milestone are red in the list; in the detail pane each overdue
milestone says by how many days. The events held while the participant is
there are listed and link to the event.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from qistdesk.domain.collation import danish_sort_string
from qistdesk.domain.enums import PaperworkStatus, Stage
from qistdesk.gui.views.exchange_parts import (DIRECTION_LABELS, STAGE_LABELS, STAGE_ORDER,
                                               due_text, exchange_form, person_name, today)
from qistdesk.gui.views.exchange_milestones import MilestoneActions
from qistdesk.gui.widgets.record_list_view import RecordListView, esc
from qistdesk.gui.widgets.records_model import Column
from qistdesk.gui.widgets.records_table import RecordsTable
from qistdesk.gui.widgets.zoned_time import both_zones_text, zone_pair
from qistdesk.gui import locale_format
from qistdesk.gui.locale_format import label_of as enum_label_of
from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.domain.exchanges import step_title

CLOSED = ("completed", "withdrawn")
#: Events listed in an exchange's pane (a stay of months overlaps a thousand events at scale-100).
EVENTS_SHOWN = 25


class ExchangesView(MilestoneActions, RecordListView):
    KIND = "exchange"
    WHAT = "exchanges"
    NOUN = QT_TR_NOOP("exchange")
    PLURAL = QT_TR_NOOP("exchanges")
    NEW_TEXT = QT_TR_NOOP("New exchange…")
    DETAILS_NAME = QT_TR_NOOP("Exchange details")
    HINT = QT_TR_NOOP("Select an exchange to see the details here.")
    FIELDS_KIND = "exchange"
    EMPTY = QT_TR_NOOP("No exchanges yet — New exchange, or import a CSV (File ▸ Import).")
    ALSO_REFRESH_ON = ("people", "organizations", "programs", "events")
    COLUMN_PRIORITY = {"next": 1, "start_date": 2, "end_date": 3, "host": 4, "direction": 5, "program": 6}

    def __init__(self, ctx, parent: QWidget | None = None):
        self._stage: str | None = None
        self._today = today()
        self.stage_bar = QWidget()
        self.stage_group = QButtonGroup()
        self.stage_group.setExclusive(True)
        bar = QHBoxLayout(self.stage_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.stage_buttons: dict[str | None, QToolButton] = {}
        for key in [None, *Stage.values()]:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, k=key: self.set_stage(k))
            self.stage_group.addButton(button)
            self.stage_buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.stage_buttons[None].setChecked(True)
        super().__init__(ctx, parent)
        self.stage_bar.setParent(self)
        self.stage_bar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.stage_bar.setAccessibleName(tr("Stages"))
        self.layout().insertWidget(0, self.stage_bar)
        self._build_milestones()
        self.refresh()

    # --- list -----------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        return [
            Column("participant", tr("Participant"), format=person_name,
                   sort_key=lambda r: danish_sort_string(r["family_name"])),
            Column("stage", tr("Stage"), format=lambda r: STAGE_LABELS.get(r["stage"], r["stage"]),
                   sort_key=lambda r: STAGE_ORDER.get(r["stage"], 99)),
            Column("next", tr("Next milestone"), format=self._next_text,
                   sort_key=lambda r: r["next_due"] or date.max),
            Column("direction", tr("Direction"), format=lambda r: DIRECTION_LABELS.get(r["direction"], r["direction"])),
            Column("host", tr("Host")),
            Column("start_date", tr("Start"), format=lambda r: locale_format.short_date(r["start_date"])),
            Column("end_date", tr("End"), format=lambda r: locale_format.short_date(r["end_date"])),
            Column("program", tr("Programme")),
        ]

    def _next_text(self, row: dict) -> str:
        if not row["next_due"] or row["stage"] in CLOSED:
            return ""
        return f"{locale_format.short_date(row['next_due'])} ({due_text(row['next_due'], False, self._today)})"

    def row_tone(self, row: dict) -> str | None:
        if row["stage"] in CLOSED:
            return "muted"
        if row["next_due"] and row["next_due"] < self._today:
            return "danger"
        return None

    def load_rows(self) -> list[dict]:
        from qistdesk.services import queries

        self._today = today()
        rows = sorted(queries.list_exchanges(self.ctx.db), key=lambda r: (STAGE_ORDER.get(r["stage"], 99),
                                                                           r["start_date"]))
        counts = {key: 0 for key in self.stage_buttons}
        for r in rows:
            counts[r["stage"]] = counts.get(r["stage"], 0) + 1
        counts[None] = len(rows)
        for key, button in self.stage_buttons.items():
            name = tr("All") if key is None else STAGE_LABELS[key]
            button.setText(f"{name} ({counts.get(key, 0)})")
            button.setAccessibleName(tr("Show exchanges at stage {stage}: {count}").format(
                stage=name.lower(), count=counts.get(key, 0)) if key else
                tr("Show all exchanges: {count}").format(count=counts.get(key, 0)))
        return [r for r in rows if self._stage is None or r["stage"] == self._stage]

    def set_stage(self, stage: str | None) -> None:
        self._stage = stage
        self.stage_buttons[stage].setChecked(True)
        self.refresh()

    def label(self, fields: dict) -> str:
        from qistdesk.services.editing import fields_of

        if fields.get("person_id"):
            try:
                return tr("exchange of {name}").format(name=person_name(fields_of(self.ctx.db, "person", fields["person_id"])))
            except LookupError:
                pass
        return tr("exchange")

    # --- detail ---------------------------------------------------------------------------

    def _build_milestones(self) -> None:
        self.milestones = RecordsTable([
            Column("done", tr("Done"), format=lambda r: "✓" if r["done"] else ""),
            Column("title", tr("Milestone"), format=lambda r: step_title(r["title"])),
            Column("due_date", tr("Due"), format=lambda r: locale_format.short_date(r["due_date"])),
            Column("status", tr("Status"), format=lambda r: due_text(r["due_date"], r["done"], self._today)),
        ], self.right, kind="milestone", name=tr("milestones"), empty_message=tr("No milestones."),
            row_tone=lambda r: "muted" if r["done"] else "danger" if r["due_date"] < self._today else None)
        self.milestones.arrange(main="title", priority={"status": 1})
        self.milestones.filter_edit.hide()
        self.milestones.setMinimumHeight(self.fontMetrics().height() * 10)
        self.milestones.activated.connect(self.edit_milestone)
        self.milestones.selection_changed.connect(self._milestone_buttons)
        self.done_button = QPushButton(tr("Mark &done"), self)
        self.done_button.clicked.connect(self.toggle_done)
        self.add_milestone_button = QPushButton(tr("&Add milestone…"), self)
        self.add_milestone_button.clicked.connect(self.add_milestone)
        self.delete_milestone_button = QPushButton(tr("Remove"), self)
        self.delete_milestone_button.clicked.connect(self.delete_milestone)
        from qistdesk.gui.views.exchange_stage import StageButton

        self.stage_button = StageButton(self, self)
        row = QHBoxLayout()
        for b in (self.done_button, self.add_milestone_button, self.delete_milestone_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.stage_button)
        layout = self.right.layout()
        layout.insertWidget(1, QLabel("<b>" + tr("Milestones") + "</b>", self.right))
        layout.insertWidget(2, self.milestones, 1)
        layout.setStretch(0, 1)  # details and checklist share the height: the checklist is worked in (Mark done)
        layout.insertLayout(3, row)
        self._milestone_buttons([])

    def show_selected(self, ids: list[str]) -> None:
        self._shown_record = None
        super().show_selected(ids)
        if not hasattr(self, "milestones"):
            return
        record = None
        if len(ids) == 1:
            from qistdesk.services.editing import exchange_milestones
            from qistdesk.services.records import exchange_record

            keep = self.milestones.selected_ids()  # still selected after a change reloads the list
            try:
                self.milestones.set_rows(exchange_milestones(self.ctx.db, ids[0]))
                shown = getattr(self, "_shown_record", None)  # detail_html just read it
                record = shown if shown and shown["id"] == ids[0] else exchange_record(self.ctx.db, ids[0])
                if keep:
                    self.milestones.select_ids(keep)
            except LookupError:
                self.milestones.set_rows([])
        else:
            self.milestones.set_rows([])
        self.stage_button.update_for(record)
        self._milestone_buttons(self.milestones.selected_ids())  # "Mark not done" after marking it done
        self.add_milestone_button.setEnabled(len(ids) == 1)

    def detail_html(self, ident: str) -> str:
        from qistdesk.services.records import exchange_record

        x = self._shown_record = exchange_record(self.ctx.db, ident)
        start, end = date.fromisoformat(x["start_date"]), date.fromisoformat(x["end_date"])
        p, prog = x["participant"], x["program"]
        home, host = x.get("home_organization"), x.get("host_organization")
        length = tr("%n day(s)", None, (end - start).days + 1)
        lines = [f"<h2><a href='qistdesk://people/{p['id']}'>{esc(p['name'])}</a></h2>",
                 f"<p><b>{esc(STAGE_LABELS.get(x['stage'], x['stage']))}</b> · {esc(prog['name'])} · "
                 f"{esc(DIRECTION_LABELS.get(prog['direction'], prog['direction']))}</p>",
                 f"<p>{locale_format.date_words(start)} – {locale_format.date_words(end)} "
                 f"({length})<br>"
                 f"{esc(home['name']) if home else '—'} → {esc(host['name']) if host else '—'}"]
        if x.get("host_contact"):
            c = x["host_contact"]
            lines.append("<br>" + tr("Host contact:") + f" <a href='qistdesk://people/{c['id']}'>{esc(c['name'])}</a>")
        lines.append("</p>")
        # from the checklist, as the packet prints it
        facts = [tr("Visa: {status}").format(status=esc(enum_label_of(PaperworkStatus, x["visa_status"]))),
                 tr("Insurance: {status}").format(status=esc(enum_label_of(PaperworkStatus, x["insurance_status"])))]
        if x.get("housing"):
            facts.append(tr("Housing: {text}").format(text=esc(x["housing"])))
        if x.get("funding") or x.get("funding_amount"):
            amount = (f" — {locale_format.number(x['funding_amount'])} {esc(x['funding_currency'])}"
                      if x.get("funding_amount") else "")
            facts.append(tr("Funding: {text}").format(text=esc(x.get("funding") or "") + amount))
        lines.append("<p>" + "<br>".join(facts) + "</p>")
        lo = datetime.combine(start, time(0), timezone.utc)
        hi = datetime.combine(end + timedelta(days=1), time(0), timezone.utc)
        # Each date of a series in the stay is listed, not the series once (or not at all when it
        # began before the stay): the participant can go to every one of them.
        from qistdesk.services.dashboard import first_occurrences

        total, during = first_occurrences(self.ctx.db, lo, hi, EVENTS_SHOWN)
        lines.append("<h3>" + tr("Events during the stay ({count})").format(count=total) + "</h3>")
        if during:
            zones = zone_pair()  # once, not per event (it reads the settings)
            lines.append("<ul>" + "".join(
                f"<li><a href='qistdesk://{'seminars' if e['kind'] == 'seminar' else 'conferences'}/{e['event_id']}'>"
                f"{esc(e['title'])}</a>{': ' + esc(e['topic']) if e['topic'] else ''}<br><small>"
                f"{locale_format.date_words(e['start_utc'])}, {esc(both_zones_text(e['start_utc'], e['timezone'], zones))}</small></li>"
                for e in during) + "</ul>")
            if total > len(during):
                lines.append("<p>" + tr("… and %n more: the Calendar shows them all.", None, total - len(during)) + "</p>")
        else:
            lines.append("<p>" + tr("No events in the programme while they are there.") + "</p>")
        if x.get("notes"):
            lines.append("<h3>" + tr("Notes") + f"</h3><p>{esc(x['notes'])}</p>")
        return "\n".join(lines)

    # --- exchange services ----------------------------------------------------------------

    def new_record(self) -> None:
        self._form_new = True
        try:
            super().new_record()
        finally:
            self._form_new = False

    def build_form(self):
        form = exchange_form(self.ctx.db, new=getattr(self, "_form_new", False), ctx=self.ctx)
        if getattr(self, "_form_new", False):
            form.set_values({"start_date": date.today() + timedelta(days=90),
                             "end_date": date.today() + timedelta(days=180)})
        return form

    def create(self, fields: dict) -> str:
        from qistdesk.services import exchanges

        fields = dict(fields)
        defaults = bool(fields.pop("with_default_milestones", False))
        milestones = fields.pop("milestones", None)
        fields["funding_currency"] = (fields.get("funding_currency") or "").upper()
        return exchanges.create_exchange(self.ctx.db, with_default_milestones=defaults, milestones=milestones,
                                         **fields)

    def update(self, ident: str, version, fields: dict) -> int:
        from qistdesk.services import exchanges

        if "funding_currency" in fields:
            fields = dict(fields, funding_currency=(fields["funding_currency"] or "").upper())
        return exchanges.update_exchange(self.ctx.db, ident, version, **fields)

    def delete(self, ident: str, version) -> None:
        from qistdesk.services import exchanges

        exchanges.delete_exchange(self.ctx.db, ident, version)

    def snapshot(self, ident: str, fields: dict):
        from qistdesk.services.editing import exchange_milestones

        return [{k: v for k, v in m.items() if k not in ("exchange_id", "version")}
                for m in exchange_milestones(self.ctx.db, ident)]

    def loss_text(self, ident: str, fields: dict) -> str:
        n = len(self.snapshot(ident, fields))
        return tr("Its %n milestone(s) are deleted with it (Undo restores them).", None, n) if n else ""

    def restore(self, fields: dict, extra) -> None:
        self.create(dict(fields, milestones=extra or []))
