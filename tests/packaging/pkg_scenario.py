"""What an installed qistdesk must do, run against any way of installing it.

Why one scenario for the wheel and the bundle: both tests ask the same
question (does the app an IT desk installs work?), so they run the same steps
as a user would: version, demo database, a calendar file, a PDF packet (which
needs the bundled fonts: the real proof that resources were found), and the
desktop app started headless until its first paint with data.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

from qistdesk import __version__

TIMEOUT = 300


def run(command: list, *, env: dict | None = None, cwd: Path | None = None, timeout: int = TIMEOUT) -> str:
    """Run a command; on failure raise with its output (a test failure that explains itself)."""
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True, env=env, cwd=cwd,
                            timeout=timeout)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, command))} exited {result.returncode}\n"
                             f"--- stdout\n{result.stdout[-4000:]}\n--- stderr\n{result.stderr[-4000:]}")
    return result.stdout


def user_scenario(exe: list, workdir: Path) -> dict[str, float]:
    """Run the steps with ``exe`` (the installed ``qistdesk`` command); return seconds per step."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               QISTDESK_DATA_DIR=str(workdir / "data"), QISTDESK_CONFIG_DIR=str(workdir / "config"))
    env.pop("QISTDESK_QUIT_AFTER_PAINT", None)
    db = workdir / "demo.sqlite3"
    q = [*exe, "--db", db]
    timings: dict[str, float] = {}

    def step(name: str, command: list, **kwargs) -> str:
        started = time.perf_counter()
        out = run(command, env=kwargs.pop("env", env), cwd=workdir, **kwargs)
        timings[name] = round(time.perf_counter() - started, 2)
        return out

    assert __version__ in step("version", [*exe, "--version"])
    step("demo", [*q, "demo"])
    exchanges = json.loads(step("list", [*q, "list", "exchanges", "--json"]))
    assert exchanges, "the demo programme has exchanges"
    ics = workdir / "programme.ics"
    step("ics", [*q, "export", "ics", "--all", "-o", ics])
    text = ics.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in text and "BEGIN:VTIMEZONE" in text

    pdf = workdir / "packet.pdf"
    for key, value in (("office.email", "science@icdk.example.net"), ("office.phone", "+45 33 18 10 00")):
        step("settings", [*q, "settings", key, value])  # packets stop without office details (issue 14)
    step("packet", [*q, "export", "packet", "--exchange", exchanges[0]["id"], "-o", pdf])
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    # The packet embeds DejaVu Sans from resources/fonts: proof resource_path worked here.
    assert b"DejaVuSans" in data, "the packet does not embed the bundled font"

    app_env = dict(env, QISTDESK_QUIT_AFTER_PAINT="1")
    out = step("app", q, env=app_env, timeout=120)
    assert "ready_s=" in out, f"the app did not report its first paint with data: {out!r}"
    return timings
