"""Trim the PyInstaller analysis of files the app never loads (used by qistdesk.spec).

Why: PyInstaller's Qt hooks collect every plugin of every kind that QtGui
may load (embedded-device platforms, evdev input, the GTK platform theme) and
Qt's translations, and then every system library those plugins link to (the
whole GTK stack for ``libqgtk3.so``). qistdesk speaks English and Danish and runs
on desktops, so the other languages' translations and these plugins only add size
and, for the GTK theme, a plugin that would load the user's GTK against the
bundle's older GLib.

Removal is safe by construction: a shared library is dropped only when
nothing that stays needs it (each binary's ``DT_NEEDED``/import list, via
PyInstaller's own dependency reader), so a library a kept plugin or module
links to is always kept.
"""

from __future__ import annotations

import fnmatch
import os
from functools import lru_cache

#: Bundle paths (forward slashes, relative to the bundle's _internal) never needed.
DROP = [
    "PySide6/Qt/translations/*",                       # every language but Danish (KEEP)
    "PySide6/Qt/plugins/egldeviceintegrations/*",      # EGLFS: embedded boards, no desktop
    "PySide6/Qt/plugins/generic/*",                    # evdev/tuio raw input: embedded
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",   # GTK theme: pulls GTK, cairo, pango
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "PySide6/Qt/plugins/platforms/libqminimalegl.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.*",      # the app reads PNG/JPEG logos only
    "PySide6/Qt/plugins/imageformats/libqwebp.*",
    "PySide6/Qt/plugins/imageformats/libqtga.*",
    "PySide6/Qt/plugins/imageformats/libqwbmp.*",
    "PySide6/Qt/plugins/imageformats/qtiff.dll",
    "PySide6/Qt/plugins/imageformats/qwebp.dll",
    "PySide6/translations/*",                          # Windows layout of the same files
    "PySide6/plugins/generic/*",
    "babel/locale-data/*",                             # CLDR for ~1,000 locales (35 MB); KEEP has ours
]


def _norm(dest: str) -> str:
    return dest.replace(os.sep, "/")


#: Exceptions to DROP: Qt's own Danish for the standard buttons and dialogs ("Annuller", "Gem").
#: Babel's CLDR data for the two languages documents are written in (en_GB and da_DK, with the
#: parents Babel reads them through).
KEEP = ["PySide6/Qt/translations/qtbase_da.qm", "PySide6/translations/qtbase_da.qm",
        "babel/locale-data/root.dat", "babel/locale-data/en.dat", "babel/locale-data/en_001.dat",
        "babel/locale-data/en_150.dat", "babel/locale-data/en_GB.dat", "babel/locale-data/da.dat",
        "babel/locale-data/da_DK.dat"]


def _dropped(dest: str) -> bool:
    path = _norm(dest)
    if any(fnmatch.fnmatch(path, pattern) for pattern in KEEP):
        return False
    return any(fnmatch.fnmatch(path, pattern) for pattern in DROP)


@lru_cache(maxsize=None)
def _needs(src: str) -> frozenset[str]:
    """Real paths of the libraries ``src`` links to (empty when it cannot be read)."""
    from PyInstaller.depend import bindepend

    try:
        imports = bindepend.get_imports(src)
    except Exception:  # noqa: BLE001 - unreadable binary: assume it needs nothing we would drop
        return frozenset()
    return frozenset(os.path.realpath(path) for _name, path in imports if path)


def prune(binaries, datas):
    """(binaries, datas, report) without the dropped files and libraries only they needed."""
    datas = [entry for entry in datas if not _dropped(entry[0])]
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    links = [entry for entry in binaries if entry[2] == "SYMLINK"]
    by_real = {os.path.realpath(src): (dest, src, kind) for dest, src, kind in files}
    dropped_roots = [entry for entry in files if _dropped(entry[0])]
    kept_roots = [entry for entry in files if not _dropped(entry[0])]

    def closure(starts) -> set[str]:
        seen: set[str] = set()
        stack = [os.path.realpath(src) for _dest, src, _kind in starts]
        while stack:
            real = stack.pop()
            if real in seen:
                continue
            seen.add(real)
            stack.extend(need for need in _needs(real) if need in by_real)
        return seen

    # Candidates: what the dropped plugins link to. Roots: every other file (extension
    # modules, kept plugins, libpython, all other libraries). A candidate stays when any
    # root needs it, directly or through other libraries.
    candidates = closure(dropped_roots) - {os.path.realpath(src) for _d, src, _k in dropped_roots}
    roots = [entry for entry in kept_roots if os.path.realpath(entry[1]) not in candidates]
    only_dropped = candidates - closure(roots)
    removed = {by_real[real][0] for real in only_dropped} | {entry[0] for entry in dropped_roots}
    kept = [entry for entry in files if entry[0] not in removed]

    def live(entries):  # PyInstaller lists SYMLINK entries among binaries and datas
        return [e for e in entries if not (e[2] == "SYMLINK" and (e[0] in removed or _norm(e[1]) in removed))]

    binaries_out, datas_out = kept + live(links), live(datas)
    size = sum(os.path.getsize(src) for dest, src, _k in files if dest in removed)
    links_gone = len(binaries) + len(datas) - len(binaries_out) - len(datas_out) - len(removed)
    report = (f"prune: dropped {len(removed)} binaries ({size / 1e6:.1f} MB) that no kept file needs, "
              f"{links_gone} data files and symlinks")
    return binaries_out, datas_out, report
