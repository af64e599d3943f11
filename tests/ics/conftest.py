"""Fixtures of the calendar tests: the independent reader (ical.js), a fixed clock."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest

JS_DIR = Path(__file__).parent / "js"
GOLDEN = Path(__file__).parent / "golden"
FIXED_NOW = datetime(2027, 1, 15, 9, 30, tzinfo=timezone.utc)



@pytest.fixture(autouse=True)
def _office_details(office_details):
    """Every test here writes invites or packets: the office has real details (tests/conftest.py)."""


@pytest.fixture
def clock():
    return lambda: FIXED_NOW


@pytest.fixture
def icaljs():
    """Read files with Mozilla's ical.js; skips visibly when node or the package is missing.

    Install once with ``npm install --prefix tests/ics/js`` (the version is pinned there).
    """
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: the ical.js cross-check cannot run")
    if not (JS_DIR / "node_modules" / "ical.js").is_dir():
        pytest.skip("ical.js missing: run `npm install --prefix tests/ics/js`")

    def read(*paths) -> list[dict]:
        done = subprocess.run([node, str(JS_DIR / "read.cjs"), *map(str, paths)], capture_output=True,
                              text=True, timeout=120, check=True)
        results = json.loads(done.stdout)
        for r in results:
            assert r["ok"], f"ical.js could not read {r['file']}: {r.get('error')}"
        return results

    return read


def assert_strict_rfc5545(data: bytes) -> None:
    """Structure rules no parser checks for us: CRLF only, 75-octet lines, balanced BEGIN/END."""
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "a bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), "a bare CR"
    stack = []
    for raw in data.split(b"\r\n")[:-1]:
        assert len(raw) <= 75, f"line longer than 75 octets: {raw[:40]!r}"
        raw.decode("utf-8")  # never a split character
        assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", raw), f"control character in {raw[:40]!r}"
        if raw.startswith((b" ", b"\t")):
            continue
        if raw.startswith(b"BEGIN:"):
            stack.append(raw[6:])
        elif raw.startswith(b"END:"):
            assert stack and stack.pop() == raw[4:], f"unbalanced {raw!r}"
    assert not stack
