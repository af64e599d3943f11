"""Files that hold sensitive data are created readable by their owner only (0600).

Why: the database and its backups are 0600, but an export written with
``--include-sensitive`` (passport numbers, diets, dates of birth) used to be created
with the process umask (0644 on most systems): readable by every account on the
machine. Created 0600 from the first byte, not chmod-ed after, so there is no moment
when another account could open it. Stdlib only: every layer may use it.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

PRIVATE_MODE = 0o600


def open_new(path: str | Path, mode: str = "w", private: bool = False, **kwargs) -> IO:
    """``open(path, mode)`` for writing a new file; ``private`` creates it 0600 (and makes an
    existing one 0600 before anything is written)."""
    if not private:
        return open(path, mode, **kwargs)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), PRIVATE_MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_MODE)
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def write_bytes(path: str | Path, data: bytes, private: bool = False) -> None:
    with open_new(path, "wb", private) as handle:
        handle.write(data)


@contextmanager
def private_umask(private: bool = True) -> Iterator[None]:
    """Everything created inside (also by worker processes started inside) is 0600/0700."""
    if not private or not hasattr(os, "umask"):
        yield
        return
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)
