"""Features that add actions to the main window (calendar, packets, backups, CSV …).

Each module listed here has ``install(window)``, called once when the main
window is built. ``window`` offers ``window.ctx`` (:class:`AppContext`),
``window.menu(name)`` ("File", "Edit", "View", "Event", "Exchange", "Help"),
``window.add_context_action(kind, action_factory)`` for row context menus
(kind: "event", "person", "exchange", "participant"), and
``window.selected_ids(kind)``. These are the app's own features, listed
explicitly: a module that fails to import raises (tests/gui/test_main_window.py
imports every one), so a packaging mistake cannot hide a feature.
"""

EXTENSION_MODULES: list[str] = [
    "qistdesk.gui.safety_actions",  # Backups window, CSV import/export, erase person
    "qistdesk.gui.ics_actions",  # calendar import/export, invites and their ledger
    "qistdesk.gui.reply_actions",  # replies: import, drop, review, answers by hand, reminders
    "qistdesk.gui.document_actions",  # File > Import/Export JSON document (one undoable import)
    "qistdesk.gui.programs_dialog",  # Exchange > Programmes
    "qistdesk.gui.server_login",  # File > Database location (this computer or the office server)
    "qistdesk.gui.pdf_actions",  # packets and badges (PDF) with preview and bulk progress
    "qistdesk.gui.summary_actions",  # Event > Summaries (catering, access, badges, rooms, sign-in); access met
    "qistdesk.gui.preferences_dialog",  # File > Preferences (office, zones, working hours, defaults)
    "qistdesk.gui.find_slot_dialog",  # Event > Find a slot… (scheduling assistant)
]
