"""Start-up checks of the database file: damage, and network drives.

Why: a laptop that lost power, a full disk or a sync tool can damage a file.
The app must notice before it writes more into it, keep the damaged file
(someone may still recover rows from it) and offer the newest good backup.
SQLite's locking is unreliable on network filesystems (SMB, NFS), which is
how two laptops corrupt one shared file, so a file on one gets a warning.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from qistdesk.messages import N_, _
from qistdesk.store.backup import BackupInfo, connect_file, integrity_problem, list_copies

SQLITE_HEADER = b"SQLite format 3\x00"
#: Filesystem types (as in /proc/mounts) that live on another machine.
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs",
                       "9p", "fuse.sshfs", "sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "lustre",
                       "gpfs", "beegfs", "fuse.glusterfs", "fuse.s3fs", "webdav", "smbnetfs"}


class DamagedDatabaseError(RuntimeError):
    """The database file failed its start-up check; it was moved aside, not deleted."""

    def __init__(self, path: Path, reason: str, aside: Path | None, offer: BackupInfo | None):
        self.path, self.reason, self.aside, self.offer = path, reason, aside, offer
        if aside:
            kept = f"; it was moved aside to {aside} (nothing was deleted)"
        else:
            kept = "; it was left where it is" if "not a SQLite database" not in reason else ""
        if offer is not None:
            local = offer.created.astimezone().strftime("%Y-%m-%d %H:%M")
            then = f". The newest good backup is {offer.path} ({offer.kind}, {local}): " \
                   f"run `qistdesk restore {offer.path}` to use it"
        else:
            then = ". No good backup was found"
        super().__init__(f"the database file {path} is damaged ({reason}){kept}{then}")


def quick_check_problem(path: Path) -> str | None:
    """None when SQLite's ``quick_check`` passes, else what it reported."""
    problem, error = _quick_check(path)
    if error is not None:
        return str(error)
    return problem


def _quick_check(path: Path, uri_flags: str = "") -> tuple[str | None, sqlite3.Error | None]:
    """(what quick_check reported or None, the SQLite error that stopped it or None)."""
    try:
        if uri_flags:
            conn = sqlite3.connect(Path(path).resolve().as_uri() + uri_flags, uri=True, timeout=5)
        else:
            conn = connect_file(path)
    except sqlite3.Error as exc:
        return None, exc
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as exc:
        return None, exc
    finally:
        conn.close()
    return (None if rows == ["ok"] else "; ".join(rows[:3])), None


def looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def move_aside(path: Path, reason: str = "damaged") -> Path:
    """Rename the file (and its -wal and -shm) to ``<stem>-<reason>-<time>.sqlite3``.

    The journal files keep their pairing, so opening the renamed file still reads
    whatever committed data sat in its WAL.
    """
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.stem}-{reason}-{stamp}{path.suffix}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.stem}-{reason}-{stamp}-{n}{path.suffix}")
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + extra))
    os.replace(path, aside)
    return aside


def newest_good_backup(db_file: Path) -> BackupInfo | None:
    """The newest copy whose SHA-256 matches and which passes the integrity check."""
    for info in list_copies(db_file, verify=True):
        if info.is_verified and integrity_problem(info.path) is None:
            return info
    return None


@dataclass
class Assessment:
    """What start-up learned about the file: warnings, and whether it must open read-only."""
    notices: list[str] = field(default_factory=list)
    #: "full", "read-only" (folder), "file-read-only", "io", or None (writable)
    read_only: str | None = None
    #: open with SQLite's immutable=1 (no -shm can be made and no WAL is pending)
    immutable: bool = False


READ_ONLY_NOTICES = {
    "full": N_("the disk holding {path} is full, so qistdesk opened the database read-only: you can look, "
               "search, export and back up to another disk. Free space and open it again to make changes"),
    "read-only": N_("the folder of {path} is read-only (or you may not write there), so qistdesk opened the "
                    "database read-only: you can look, search, export and back up elsewhere. Copy the file "
                    "to a folder you can write to, to make changes"),
    "file-read-only": N_("the file {path} is read-only, so qistdesk opened it read-only: you can look, search, "
                         "export and back up. Make the file writable to make changes"),
    "io": N_("the disk holding {path} reported an input/output error when writing, so qistdesk opened the "
             "database read-only: you can look, search, export and back up to another disk"),
}


def check_before_open(path: Path, is_default: bool = False) -> list[str]:
    """Warnings about ``path``; raises when it is damaged or cannot be read at all."""
    return assess(path, is_default).notices


def assess(path: Path, is_default: bool = False) -> Assessment:
    """Check an existing file before the app writes to it.

    Only a failed quick_check (or SQLite's CORRUPT/NOTADB verdict) means damage: such a
    file is moved aside (when its folder allows) and :class:`DamagedDatabaseError` names
    the newest good backup. A full disk, a read-only folder or file, or an I/O error while
    writing open the file read-only instead, and a file that cannot even be read raises
    a :class:`~qistdesk.store.faults.StorageError` saying why; the file stays where it is.
    A missing file next to one moved aside as damaged is not silently re-created empty.
    """
    found, complete = first_look(path)
    return found if complete else verdict(path, found, is_default)


def first_look(path: Path) -> tuple[Assessment, bool]:
    """The part of :func:`assess` that reads nothing of the file: the network notice, and whether
    it must open read-only. True when that is all (a missing or empty file), else
    :func:`verdict` finishes it (a plain read runs its query meanwhile: store/reading.py)."""
    from qistdesk.store.faults import environment_reason

    found = Assessment()
    where = network_location(path)
    if where:
        found.notices.append(_("the database {path} is on {where}; SQLite files can be damaged when shared over a "
                               "network. Keep it on this computer, or use an office server (PostgreSQL)").format(
            path=path, where=where))
    if not path.exists():
        _refuse_to_replace_damaged(path)
        return found, True
    if path.stat().st_size == 0:
        return found, True
    if not stat.S_IMODE(path.stat().st_mode) & stat.S_IWUSR:
        found.read_only = "file-read-only"
    else:
        found.read_only = environment_reason(path) if environment_reason(path) == "read-only" else None
    return found, False


def verdict(path: Path, found: Assessment, is_default: bool = False) -> Assessment:
    """The rest of :func:`assess` after :func:`first_look`: the file's check (the app's early one
    when it passed), which raises on damage or opens it read-only (``found`` says so)."""
    from qistdesk.store.faults import (DatabaseBusyError, is_damage, translate_sqlite,
                                       environment_reason, SQLITE_BUSY, SQLITE_LOCKED, sqlite_code)

    if found.read_only is None:
        from qistdesk.store.early import passed  # the app started this check while it loaded

        problem, error = (None, None) if passed(path) else _quick_check(path)
        if error is None and problem is None:
            return found
        if error is not None and sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise translate_sqlite(error, path) or DatabaseBusyError(str(error))
        if error is not None and not is_damage(error):
            found.read_only = environment_reason(path) or "io"
        else:
            _damaged(path, problem or str(error), is_default)
    problem, error = _quick_check(path, "?mode=ro")
    wal = path.with_name(path.name + "-wal")
    if error is not None and not is_damage(error) and not (wal.exists() and wal.stat().st_size):
        found.immutable = True  # no -shm can be made; with no WAL pending the file is all there is
        problem, error = _quick_check(path, "?mode=ro&immutable=1")
    if error is not None and not is_damage(error):
        raise translate_sqlite(error, path) or error
    if problem is not None or error is not None:
        raise DamagedDatabaseError(path, problem or str(error), None, newest_good_backup(path))
    found.notices.append(_(READ_ONLY_NOTICES[found.read_only]).format(path=path))
    return found


def _damaged(path: Path, problem: str, is_default: bool) -> None:
    if not looks_like_sqlite(path) and not is_default:
        raise DamagedDatabaseError(path, f"not a SQLite database: {problem}", None, None)
    try:
        aside = move_aside(path, "damaged")
    except OSError:
        aside = None  # cannot rename here (read-only folder): leave it, say so
    raise DamagedDatabaseError(path, problem, aside, newest_good_backup(path))


def _refuse_to_replace_damaged(path: Path) -> None:
    """Never start an empty database where one was just moved aside as damaged."""
    pattern = f"{path.stem}-damaged-*{path.suffix}"
    aside = sorted(p for p in path.parent.glob(pattern) if p.is_file()) if path.parent.is_dir() else []
    if not aside:
        return
    from qistdesk.store.faults import StorageError

    offer = newest_good_backup(path)
    then = (f"run `qistdesk restore {offer.path}` to use the newest good backup, or " if offer else "")
    raise StorageError(f"the database {path} was moved aside as damaged to {aside[-1]}; {then}move that file "
                       "elsewhere to start an empty database here. Nothing was created")


# --- network drives (best effort) -------------------------------------------------------------

def network_location(path: Path, mounts_text: str | None = None, platform: str | None = None) -> str | None:
    """A phrase such as "a network share (UNC path)" when ``path`` is remote, else None."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return "a network share (UNC path)"
    platform = platform or sys.platform
    try:
        if platform.startswith("win"):
            return _windows_drive(path)
        if platform.startswith("linux") or mounts_text is not None:
            return _linux_mount(path, mounts_text)
    except (OSError, ValueError):  # best effort: never stop the app over this
        return None
    return None


def _windows_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    root = os.path.splitdrive(os.path.abspath(str(path)))[0] + "\\"
    DRIVE_REMOTE = 4
    if ctypes.windll.kernel32.GetDriveTypeW(root) == DRIVE_REMOTE:
        return f"a network drive ({root})"
    return None


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _linux_mount(path: Path, mounts_text: str | None) -> str | None:
    if mounts_text is None:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as handle:
            mounts_text = handle.read()
    target = os.path.abspath(str(path))
    best, best_type = "", ""
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape_mount(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fstype
    if best_type in NETWORK_FILESYSTEMS or best_type.startswith(("nfs", "cifs", "smb")):
        return f"a network filesystem ({best_type} at {best})"
    return None
