"""A new venue, organisation or person straight from the field that needs it.

Planning an event or an exchange, the venue or the host is often not in the
directory yet; leaving the dialog to add it loses what was typed. The field's
"New…" opens the same form the directory view uses (what was typed in the field
is its name), creates the record, and puts it in the field. Creating it is an
undo step of its own, named like any other.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QWidget

from qistdesk.gui.i18n import tr
from qistdesk.gui.views import QT_TR_NOOP
from qistdesk.gui.widgets.record_dialog import RecordDialog

#: kind -> (dialog title, undo step, the field's button)
TEXTS = {"person": (QT_TR_NOOP("New person"), QT_TR_NOOP("New person {name}"), QT_TR_NOOP("New person…")),
         "organization": (QT_TR_NOOP("New organisation"), QT_TR_NOOP("New organisation {name}"),
                          QT_TR_NOOP("New organisation…")),
         "venue": (QT_TR_NOOP("New venue"), QT_TR_NOOP("New venue {name}"), QT_TR_NOOP("New venue…"))}


def _kinds() -> dict[str, tuple[str, Callable, Callable, Callable, str]]:
    """kind -> (noun, form(db), create(db, **fields), delete(db, id), what changed)."""
    from qistdesk.gui.views.organizations import organization_form
    from qistdesk.gui.views.people import person_form
    from qistdesk.gui.views.venues import venue_form
    from qistdesk.services import directory

    return {
        "person": ("person", person_form, directory.create_person, directory.delete_person, "people"),
        "organization": ("organisation", lambda _db: organization_form(), directory.create_organization,
                         directory.delete_organization, "organizations"),
        "venue": ("venue", lambda _db: venue_form(), directory.create_venue, directory.delete_venue, "venues"),
    }


def _prefill(kind: str, typed: str) -> dict:
    typed = " ".join(typed.split())
    if not typed:
        return {}
    if kind == "person":
        given, _, family = typed.partition(" ")
        return {"given_name": given, "family_name": family}
    return {"name": typed}


def create_record(ctx, kind: str, parent: QWidget | None = None, typed: str = "") -> str | None:
    """Ask for a new record of ``kind`` (person, organization, venue); its id, or None if cancelled."""
    from qistdesk.gui.widgets.undo import push_done

    noun, make_form, create, delete, what = _kinds()[kind]
    form = make_form(ctx.db)
    offer_nested(form, ctx)
    form.set_values(_prefill(kind, typed))
    fields_made: dict = {}

    def save(values: dict) -> str:
        values = dict(values)
        if "country" in values:
            values["country"] = (values["country"] or "").upper()
        fields_made.update(values)
        return create(ctx.db, **values)

    dialog = RecordDialog(tr(TEXTS[kind][0]), form, save, parent, ok_text=tr("Create"))
    if not dialog.exec() or not dialog.result_value:
        return None
    ident = dialog.result_value
    name = fields_made.get("name") or " ".join(p for p in (fields_made.get("given_name"),
                                                           fields_made.get("family_name")) if p)
    push_done(ctx, tr(TEXTS[kind][1]).format(name=name), lambda: create(ctx.db, **dict(fields_made, id=ident)),
              lambda: delete(ctx.db, ident), what=what, parent=parent)
    return ident


def offer_nested(form, ctx) -> None:
    """A person's form gets its own "+" for a new organisation (a form opened from a "+" too)."""
    from qistdesk.gui.widgets.pickers import organization_items

    if "organization_id" in form.rows:
        offer_new(form.editor("organization_id"), ctx, "organization", lambda: organization_items(ctx.db))


def offer_new(picker, ctx, kind: str, reload_items: Callable[[], list], parent: QWidget | None = None) -> None:
    """Give a RecordPicker a "New …" button that creates the record and picks it."""
    def make() -> None:
        ident = create_record(ctx, kind, parent or picker.window(), picker.text() if picker.value() is None else "")
        if ident:
            picker.set_items(reload_items())
            picker.set_value(ident)
            picker.changed.emit()

    picker.add_new_action(tr(TEXTS[kind][2]), make)
