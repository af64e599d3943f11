"""Icons from one set (qtawesome's Material Design Icons), coloured for the palette.

qtawesome costs about 0.2 s to import, so the window paints first without
icons and :func:`icon` is called afterwards. Without qtawesome (a broken
install) actions simply have no icons: text is always there.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

#: Names used by the app -> Material Design Icons 6 names.
NAMES = {
    "new": "mdi6.plus-circle-outline", "delete": "mdi6.trash-can-outline", "undo": "mdi6.undo",
    "redo": "mdi6.redo", "open": "mdi6.open-in-app", "filter": "mdi6.magnify", "refresh": "mdi6.refresh",
    "quit": "mdi6.exit-to-app", "about": "mdi6.information-outline", "dashboard": "mdi6.view-dashboard-outline",
    "seminars": "mdi6.presentation", "conferences": "mdi6.account-group-outline",
    "exchanges": "mdi6.airplane", "people": "mdi6.account-multiple-outline",
    "organizations": "mdi6.domain", "venues": "mdi6.map-marker-outline", "edit": "mdi6.pencil-outline",
    "contrast": "mdi6.contrast-circle", "zoom_in": "mdi6.format-font-size-increase",
    "zoom_out": "mdi6.format-font-size-decrease", "keyboard": "mdi6.keyboard-outline",
    "warning": "mdi6.alert-outline", "calendar": "mdi6.calendar-export", "export": "mdi6.export",
    "settings": "mdi6.cog-outline", "reports": "mdi6.chart-bar",
}

_failed = False


def icon(name: str) -> QIcon:
    global _failed
    if _failed:
        return QIcon()
    try:
        import qtawesome as qta

        app = QGuiApplication.instance()
        palette = app.palette()
        return qta.icon(NAMES.get(name, name), color=palette.color(QPalette.ColorRole.WindowText),
                        color_disabled=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
    except Exception:  # noqa: BLE001 - icons are decoration; never let them stop the app
        _failed = True
        return QIcon()
