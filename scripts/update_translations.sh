#!/usr/bin/env bash
# Refresh the translation sources from the code: every tr("…") / QT_TR_NOOP("…") in qistdesk/gui
# lands in resources/i18n/qistdesk_da.ts (new ones "unfinished", for a translator to fill in with
# Qt Linguist or any editor). The .qm files are made from the .ts when the wheel or bundle is built.
set -euo pipefail
cd "$(dirname "$0")/.."
PY_BIN="$(dirname "${PYTHON:-.venv/bin/python}")"
LUPDATE="$PY_BIN/pyside6-lupdate"
command -v "$LUPDATE" >/dev/null || LUPDATE=pyside6-lupdate
# Our own temporary folder: several checkouts may run this at once, and a shared /tmp file name
# let one run read another's file list and catalogue (and drop a thousand translations).
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
find qistdesk/gui -name '*.py' | sort > "$WORK/lupdate-files.txt"
"$LUPDATE" @"$WORK/lupdate-files.txt" -locations none -no-obsolete -source-language en_GB \
  -target-language da_DK -ts resources/i18n/qistdesk_da.ts
# English needs a catalogue only for its plurals: "%n day(s)" -> "%n day" / "%n days" (Qt's way:
# the source text is not English grammar for every count). -pluralonly keeps just those messages.
"$LUPDATE" @"$WORK/lupdate-files.txt" -locations none -no-obsolete -pluralonly -source-language en_GB \
  -target-language en_GB -ts resources/i18n/qistdesk_en.ts

# The documents written for people (packets, badges) and the messages of the services and the
# domain (qistdesk.messages): gettext texts marked with _(), t(), N_() and ngettext() in the
# headless code land in resources/i18n/documents_da.po (new ones empty).
PYBABEL="$PY_BIN/pybabel"
command -v "$PYBABEL" >/dev/null || PYBABEL=pybabel
"$PYBABEL" extract --no-location --sort-output -k _ -k t -k N_ -k ngettext:1,2 -o "$WORK/documents.pot" \
  $(cat scripts/document_sources.txt)
QISTDESK_POT="$WORK/documents.pot" "$PY_BIN/python" - <<'PY'
# babel's own "update" drops the catalogue's header with --omit-header and re-wraps at 76
# columns; this keeps the committed header and width so an unchanged source gives no diff.
from babel.messages.pofile import read_po, write_po
import io
import os
po = "resources/i18n/documents_da.po"
with open(po, "rb") as f:
    text = f.read().decode("utf-8")
header = text[: text.index('msgid ""')] + text[text.index('msgid ""'):].split("\n\n", 1)[0] + "\n\n"
catalog = read_po(io.BytesIO(text.encode("utf-8")))
with open(os.environ["QISTDESK_POT"], "rb") as f:
    catalog.update(read_po(f), no_fuzzy_matching=True)
out = io.BytesIO()
write_po(out, catalog, width=100, omit_header=True, no_location=True, sort_output=True,
         ignore_obsolete=True)
with open(po, "w", encoding="utf-8") as f:
    f.write(header + out.getvalue().decode("utf-8"))
PY
