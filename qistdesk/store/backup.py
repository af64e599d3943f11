"""Copies of the database file: made in one step, checksummed, rotated, restorable.

Why each rule (see DESIGN.md "Data safety"):

- Copying an open WAL database file loses what is still in ``-wal``; ``VACUUM INTO``
  writes a consistent, compact copy in one statement. It runs on a plain sqlite3
  connection because SQLite refuses VACUUM inside a transaction, and SQLAlchemy
  always opens one.
- A copy is written under a ``.partial`` name and renamed when complete, so a crash
  or kill -9 never leaves a half copy that looks like a backup.
- ``integrity_check`` checks structure, not data: a SHA-256 sits beside every copy
  and restore refuses a copy whose hash does not match.
- Copies hold personal data, so they are created readable by their owner only.
- Automatic daily copies are rotated grandfather-father-son (7 daily, 4 weekly,
  12 monthly), and so, separately, are pre-migration copies (a failing upgrade retried
  at every start used to leave one more each time); manual and pre-restore copies are
  never deleted.
- Each database has its own folder, ``backups/<file name>/``: with ``office.sqlite3``
  and ``office-old.sqlite3`` side by side, a name prefix alone let one list, offer and
  rotate away the other's copies. Copies from before that (flat in ``backups/``) are
  still listed and restored when their name is exactly this database's.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from qistdesk.store.early import SQLITE_BUSY_TIMEOUT_MS

TYPE_CHECKING = False  # SQLAlchemy stays unloaded: a plain read (store/reading.py) checks the daily copy
if TYPE_CHECKING:
    from qistdesk.store.database import Database

#: Kinds of copies, by what made them.
KINDS = ("daily", "manual", "pre-migration", "pre-restore")
#: Kinds that rotation may delete (each kind rotated on its own).
ROTATED_KINDS = ("daily", "pre-migration")
ROTATION = {"daily": 7, "weekly": 4, "monthly": 12}
SUFFIX = ".sqlite3"

_NAME = re.compile(r"^(?P<stem>.+?)-(?P<kind>daily|manual|pre-migration|pre-restore)"
                   r"(?:-(?P<detail>.+?))?-(?P<stamp>\d{8}T\d{6}\d{0,6}Z)\.sqlite3$")


class BackupError(RuntimeError):
    """A copy cannot be made, verified or restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    created: datetime  # aware UTC
    size: int
    #: "ok", "missing" (no .sha256 beside it), "mismatch", or "unchecked"
    checksum: str = "unchecked"

    @property
    def is_verified(self) -> bool:
        return self.checksum == "ok"


# --- plumbing ----------------------------------------------------------------------------------

def backup_dir(db: Database | Path) -> Path:
    """Backups live in ``backups/<file name>/`` beside the database file: one folder per database."""
    file = Path(db) if is_file_target(db) else db.file
    assert file is not None
    return file.parent / "backups" / file.name


def legacy_backup_dir(file: Path) -> Path:
    """Where copies were kept before each database had its own folder."""
    return Path(file).parent / "backups"


def checksum_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def connect_readable(path: Path) -> sqlite3.Connection:
    """A read-only connection that works on a full disk or in a read-only folder too.

    ``mode=ro`` still needs a -shm file; where none can be made and no WAL is pending,
    ``immutable=1`` reads the file as it is (it is then all there is).
    """
    from qistdesk.store.faults import is_damage

    base = Path(path).resolve().as_uri()
    try:
        conn = sqlite3.connect(base + "?mode=ro", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        wal = Path(str(path) + "-wal")
        if is_damage(exc) or (wal.exists() and wal.stat().st_size):
            raise
        conn = sqlite3.connect(base + "?mode=ro&immutable=1", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None
    return conn


def connect_file(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (no SQLAlchemy transaction) with the busy timeout."""
    if readonly:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    else:
        conn = sqlite3.connect(str(path), timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None
    return conn


def _private(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
    except OSError:  # pragma: no cover - a filesystem without modes
        pass


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")


def is_file_target(db: Database | Path) -> bool:
    """A path rather than an open :class:`Database`."""
    return isinstance(db, (str, os.PathLike))


def source_file(db: Database | Path) -> Path:
    if not is_file_target(db):
        if not db.is_sqlite or db.file is None:
            raise BackupError("file backups are for SQLite databases; use the server's own backups")
        return db.file
    return Path(db)


# --- making and checking copies ---------------------------------------------------------------

def write_copy(db: Database | Path, target: Path) -> Path:
    """Write a consistent copy of a SQLite database to ``target`` plus ``.sha256``."""
    source = source_file(db)
    target = Path(target)
    if not target.parent.is_dir():
        target.parent.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        target.parent.mkdir(mode=0o700, exist_ok=True)
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        conn = connect_readable(source)  # reading is all a copy needs: works on a full disk too
    except sqlite3.Error as exc:
        raise BackupError(f"could not read {source.name}: {_why(exc, source)}") from None
    try:
        conn.execute("VACUUM INTO ?", (str(partial),))
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"could not copy {source.name}: {_why(exc, target.parent)}") from None
    finally:
        conn.close()
    _private(partial)
    os.replace(partial, target)
    write_checksum(target)
    return target


def write_checksum(target: Path) -> Path:
    """(Re)write the SHA-256 beside a copy, atomically."""
    sidecar = checksum_path(target)
    tmp = sidecar.with_name(sidecar.name + ".partial")
    tmp.write_text(f"{sha256_of(target)}  {target.name}\n", encoding="ascii")
    os.replace(tmp, sidecar)
    return sidecar


def _why(exc: sqlite3.Error, where: Path) -> str:
    from qistdesk.store.faults import safe_message, translate_sqlite

    translated = translate_sqlite(exc, where)
    return str(translated) if translated is not None else safe_message(exc)


def copy_name(stem: str, kind: str, detail: str = "", now: datetime | None = None) -> str:
    middle = f"-{detail}" if detail else ""
    return f"{stem}-{kind}{middle}-{_stamp(now)}{SUFFIX}"


def make_backup(db: Database | Path, kind: str = "manual", target: Path | None = None,
                detail: str = "", now: datetime | None = None) -> Path:
    """A new copy in the backups folder (or at ``target``)."""
    source = source_file(db)
    if target is None:
        target = backup_dir(source) / copy_name(source.stem, kind, detail, now)
    return write_copy(source, target)


def backup_before_migration(db: Database, from_revision: str) -> Path | None:
    if not db.is_sqlite or db.file is None or not db.file.exists():
        return None
    made = make_backup(db, "pre-migration", detail=from_revision)
    rotate(db, ("pre-migration",))
    return made


def checksum_status(path: Path) -> str:
    sidecar = checksum_path(path)
    if not sidecar.exists():
        return "missing"
    try:
        expected = sidecar.read_text(encoding="ascii").split()[0].lower()
    except (OSError, UnicodeDecodeError, IndexError):
        return "mismatch"
    return "ok" if expected == sha256_of(path) else "mismatch"


def integrity_problem(path: Path) -> str | None:
    """None when ``path`` is a sound qistdesk database, else the reason it is not."""
    try:
        conn = connect_file(path, readonly=True)
    except sqlite3.Error as exc:
        return f"cannot be opened ({exc})"
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            return "fails SQLite's integrity check: " + "; ".join(rows[:3])
        has_version = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table' "
                                   "AND name='alembic_version'").fetchone()[0]
        if not has_version:
            return "is not a qistdesk database (no schema version)"
    except sqlite3.Error as exc:
        return f"is not a readable SQLite database ({exc})"
    finally:
        conn.close()
    return None


def verify_copy(path: Path, require_checksum: bool = True) -> None:
    """Raise :class:`BackupError` unless the hash matches and the file is sound."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"no such backup file: {path}")
    status = checksum_status(path)
    if status == "mismatch":
        raise BackupError(f"{path.name} does not match its SHA-256 ({checksum_path(path).name}): "
                          "the copy changed or is incomplete")
    if status == "missing" and require_checksum:
        raise BackupError(f"{path.name} has no {checksum_path(path).name} beside it, so it cannot be "
                          "verified (use --no-checksum to restore it on the integrity check alone)")
    problem = integrity_problem(path)
    if problem:
        raise BackupError(f"{path.name} {problem}")


# --- listing and rotation ---------------------------------------------------------------------

def parse_name(path: Path, stem: str | None = None) -> tuple[str, datetime] | None:
    """(kind, created) from a copy's name; with ``stem``, only when the copy is that database's."""
    match = _NAME.match(path.name) if stem is None else _name_of(stem).match(path.name)
    if not match:
        return None
    stamp = match["stamp"]
    fmt = "%Y%m%dT%H%M%S%fZ" if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
    created = datetime.strptime(stamp, fmt).replace(tzinfo=timezone.utc)
    return match["kind"], created


def _name_of(stem: str) -> re.Pattern:
    """Copies of exactly ``stem``: ``office-old-daily-…`` is not a copy of ``office``."""
    return re.compile(rf"^{re.escape(stem)}-(?P<kind>daily|manual|pre-restore|pre-migration-(?P<detail>[^-]+|unversioned)"
                      rf"|pre-migration)-(?P<stamp>\d{{8}}T\d{{6}}\d{{0,6}}Z)\.sqlite3$")


def _entries(folder: Path) -> list[Path]:
    """The files of a folder; a folder that exists but cannot be read is an error, not "(none)"."""
    try:
        with os.scandir(folder) as scan:
            return [Path(e.path) for e in scan if e.name.endswith(SUFFIX)]
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        return []
    except OSError as exc:
        raise BackupError(f"cannot read the backups folder {folder}: {exc.strerror or exc}") from None


def list_copies(db: Database | Path, verify: bool = False) -> list[BackupInfo]:
    """This database's copies (its own folder, and older flat copies of exactly its name), newest first."""
    source = source_file(db)
    out = []
    for folder in (backup_dir(source), legacy_backup_dir(source)):
        for path in _entries(folder):
            parsed = parse_name(path, source.stem)
            if parsed is None:
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue  # deleted by rotation in another process meanwhile
            status = checksum_status(path) if verify else "unchecked"
            kind = "pre-migration" if parsed[0].startswith("pre-migration") else parsed[0]
            out.append(BackupInfo(path, kind, parsed[1], size, status))
    out.sort(key=lambda b: b.created, reverse=True)
    return out


def rotation_keep(copies: list[BackupInfo]) -> set[Path]:
    """Newest copy of each of the last 7 days, 4 ISO weeks and 12 months."""
    keep: set[Path] = set()
    periods = {
        "daily": lambda d: d.date(),
        "weekly": lambda d: d.isocalendar()[:2],
        "monthly": lambda d: (d.year, d.month),
    }
    ordered = sorted(copies, key=lambda b: b.created, reverse=True)
    for name, key_of in periods.items():
        seen: set = set()
        for info in ordered:
            key = key_of(info.created.astimezone())
            if key in seen:
                continue
            if len(seen) >= ROTATION[name]:
                break
            seen.add(key)
            keep.add(info.path)
    return keep


def rotate(db: Database | Path, kinds: tuple[str, ...] = ROTATED_KINDS) -> list[Path]:
    """Delete automatic copies that fall outside the rotation (each kind on its own)."""
    deleted = []
    everything = list_copies(db)
    for kind in kinds:
        copies = [b for b in everything if b.kind == kind]
        keep = rotation_keep(copies)
        for info in copies:
            if info.path not in keep:
                for path in (info.path, checksum_path(info.path)):
                    path.unlink(missing_ok=True)
                deleted.append(info.path)
    return deleted
