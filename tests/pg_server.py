"""Start a throw-away PostgreSQL server on 127.0.0.1 for tests and benchmarks.

Why a real server rather than a mock: the team database must behave on PostgreSQL
exactly as on SQLite (migrations under an advisory lock, version counters under
concurrent writers, grants for read-only viewers), and only a server shows that.

The server lives in a temporary data folder (``initdb``), listens on a free port on
127.0.0.1 with a private socket folder, and is stopped and removed at the end.
PostgreSQL refuses to run as root, so as root it runs as the ``postgres`` system
user (Debian's package creates it). Durability is switched off (``fsync=off``):
these databases are thrown away, and it keeps ``CREATE DATABASE`` fast.

This module does not import qistdesk, so benchmarks can use it via ``sys.path``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SUPERUSER = "postgres"
#: Members of this group role must log in with a password (scram); everybody else is trusted.
PASSWORD_GROUP = "password_login"

HBA = f"""\
local all all trust
host all +{PASSWORD_GROUP} 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
"""


class ServerUnavailable(RuntimeError):
    """No server could be started here; the message says why (for a visible skip)."""


def find_bindir() -> Path:
    """The folder of ``initdb``/``pg_ctl``: $QISTDESK_PG_BIN, Debian's layout, or PATH."""
    override = os.environ.get("QISTDESK_PG_BIN")
    if override:
        return Path(override)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise ServerUnavailable("PostgreSQL server programs (initdb, pg_ctl) not found; "
                            "install Debian's 'postgresql' package or set QISTDESK_PG_BIN")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """One running server. Use :meth:`start` / :meth:`stop`, or as a context manager."""

    def __init__(self, bindir: Path | None = None):
        self.bindir = bindir or find_bindir()
        self.port = 0
        self.base: Path | None = None
        self._user: str | None = None

    # --- life cycle ---------------------------------------------------------------------

    def start(self) -> "PgServer":
        self.base = Path(tempfile.mkdtemp(prefix="qistdesk-pg-"))
        os.chmod(self.base, 0o755)  # inside /tmp, not a 0700 pytest folder the server user cannot enter
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailable("running as root and there is no 'postgres' user to run the server as") \
                    from None
            self._user = "postgres"
            shutil.chown(self.base, user="postgres")
        data = self.base / "data"
        try:
            self._run("initdb", "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
        except subprocess.CalledProcessError:  # a system without the C.UTF-8 locale
            shutil.rmtree(data, ignore_errors=True)
            self._run("initdb", "-D", str(data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-locale",
                      "--no-sync")
        (data / "pg_hba.conf").write_text(HBA)
        if self._user:
            shutil.chown(data / "pg_hba.conf", user=self._user)
        for attempt in range(3):
            self.port = _free_port()
            options = (f"-k {self.base} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c full_page_writes=off -c synchronous_commit=off -c max_connections=120")
            try:
                self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(data), "-l", str(self.base / "server.log"),
                          "-o", options)
                break
            except subprocess.CalledProcessError as exc:
                if attempt == 2:
                    raise ServerUnavailable(f"pg_ctl start failed: {exc.stderr or exc.stdout}; "
                                            f"log: {self.log_tail()}") from None
        self.execute(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
        return self

    def stop(self) -> None:
        """Stop now (a test may already have stopped it) and remove the data folder."""
        if self.base is None:
            return
        self.pg_ctl("stop", "-m", "immediate", check=False)
        shutil.rmtree(self.base, ignore_errors=True)
        self.base = None

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        extra = ["-o", f"-k {self.base} -p {self.port} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c full_page_writes=off -c synchronous_commit=off -c max_connections=120"] \
            if args[0] in ("start", "restart") else []
        return self._run("pg_ctl", *args, "-w", "-D", str(self.base / "data"), *extra,
                         *(["-l", str(self.base / "server.log")] if args[0] == "start" else []), check=check)

    def __enter__(self) -> "PgServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _run(self, program: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.bindir / program), *args], capture_output=True, text=True, check=check,
                              user=self._user, cwd=self.base, timeout=120)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join((self.base / "server.log").read_text().splitlines()[-lines:])
        except (OSError, TypeError):
            return "(no log)"

    # --- using it -----------------------------------------------------------------------

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """A SQLAlchemy URL for psycopg 3 over TCP on loopback."""
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres", user: str = SUPERUSER) -> list[tuple]:
        """Run one statement outside a transaction (CREATE DATABASE needs that) as the superuser."""
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, user=user, dbname=database,
                             autocommit=True) as conn:
            cur = conn.execute(sql)
            return cur.fetchall() if cur.description else []

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create ``name`` (from ``template`` if given) and return its URL."""
        suffix = f' TEMPLATE "{template}"' if template else ""
        self.execute(f'CREATE DATABASE "{name}"{suffix}')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def psql(self, *args: str, user: str = SUPERUSER, database: str = "postgres",
             check: bool = True) -> subprocess.CompletedProcess:
        """Run the ``psql`` client (as a script runner: stop at the first error)."""
        return subprocess.run([str(self.bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.host,
                               "-p", str(self.port), "-U", user, "-d", database, *args],
                              capture_output=True, text=True, check=check, timeout=120)
