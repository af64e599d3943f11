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
import sys
from datetime import datetime, timezone
from pathlib import Path

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
        kept = f"; it was moved aside to {aside} (nothing was deleted)" if aside else ""
        if offer is not None:
            local = offer.created.astimezone().strftime("%Y-%m-%d %H:%M")
            then = f". The newest good backup is {offer.path} ({offer.kind}, {local}): " \
                   f"run `qistdesk restore {offer.path}` to use it"
        else:
            then = ". No good backup was found"
        super().__init__(f"the database file {path} is damaged ({reason}){kept}{then}")


def quick_check_problem(path: Path) -> str | None:
    """None when SQLite's ``quick_check`` passes, else what it reported."""
    try:
        conn = connect_file(path)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows[:3])


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


def check_before_open(path: Path, is_default: bool = False) -> list[str]:
    """Quick-check an existing file; return warnings, raise if it is damaged.

    A damaged file is moved aside and :class:`DamagedDatabaseError` names it and
    the newest good backup. A file that is not SQLite at all is left where it is
    unless it is the app's own default file (the user may have given a wrong path).
    """
    notices = []
    where = network_location(path)
    if where:
        notices.append(f"the database {path} is on {where}; SQLite files can be damaged when shared "
                       "over a network. Keep it on this computer, or use an office server (PostgreSQL)")
    if not path.exists() or path.stat().st_size == 0:
        return notices
    problem = quick_check_problem(path)
    if problem is None:
        return notices
    if not looks_like_sqlite(path) and not is_default:
        raise DamagedDatabaseError(path, f"not a SQLite database: {problem}", None, None)
    aside = move_aside(path, "damaged")
    raise DamagedDatabaseError(path, problem, aside, newest_good_backup(path))


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
