#!/usr/bin/env bash
# Install qistdesk with its test extras into .venv and run the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"
# Mozilla's ical.js (Thunderbird's parser) reads back every calendar the tests write.
if command -v npm >/dev/null 2>&1 && [ ! -d tests/ics/js/node_modules/ical.js ]; then
  npm install --prefix tests/ics/js --no-audit --no-fund --silent || echo "warning: npm install failed; ical.js checks will be skipped" >&2
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# Two workers on a 2-core machine halve the wall time (pytest-xdist; each worker prepares its own
# demo database and PostgreSQL server). PYTEST_WORKERS=0 runs in one process.
exec .venv/bin/python -m pytest -n "${PYTEST_WORKERS:-auto}" "$@"
