"""Fill a Qt ``.ts`` catalogue (or a gettext ``.po``) from a JSON word list, or list what is still unfinished.

A translator's helper, not part of the app: ``scripts/update_translations.sh`` adds new messages
to ``resources/i18n/qistdesk_da.ts`` as "unfinished"; this fills them from a JSON object
``{"English source": "Danish"}`` (a list ``["ental", "flertal"]`` for a ``%n`` message), so
translations written while several people change the same catalogue can be re-applied after a
merge. Translations already in the catalogue are kept unless ``--overwrite`` is given.

    python scripts/fill_translations.py resources/i18n/qistdesk_da.ts --unfinished > todo.json
    python scripts/fill_translations.py resources/i18n/qistdesk_da.ts words.json

A ``.po`` file (``resources/i18n/documents_da.po``, the headless texts) works the same way; a
plural message is listed under its singular. Run ``scripts/update_translations.sh`` afterwards:
it writes the catalogue back in its usual shape.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _messages(root: ET.Element):
    for context in root.iter("context"):
        yield from context.iter("message")


def _read_po(po: Path):
    from babel.messages.pofile import read_po

    with open(po, "rb") as handle:
        return read_po(handle, locale="da")


def _po_unfinished(po: Path) -> dict[str, object]:
    todo: dict[str, object] = {}
    for m in _read_po(po):
        if not m.id:
            continue
        if isinstance(m.id, (list, tuple)):
            if not m.string or not all(m.string) or m.fuzzy:
                todo[m.id[0]] = list(m.string) if m.string and all(m.string) else ["", ""]
        elif not m.string or m.fuzzy:
            todo[m.id] = m.string or ""
    return todo


def _po_fill(po: Path, words: dict[str, object], overwrite: bool) -> tuple[int, int]:
    from babel.messages.pofile import write_po

    catalog = _read_po(po)
    filled = left = 0
    for m in catalog:
        if not m.id:
            continue
        key = m.id[0] if isinstance(m.id, (list, tuple)) else m.id
        done = bool(m.string) and (isinstance(m.string, str) or all(m.string)) and not m.fuzzy
        word = words.get(key)
        if word and (overwrite or not done):
            m.string = tuple(word) if isinstance(m.id, (list, tuple)) else word
            m.flags.discard("fuzzy")  # babel marks a message fuzzy when it gains a plural; gettext then skips it
            filled += 1
        elif not done:
            left += 1
    import io

    text = po.read_text(encoding="utf-8")  # the committed header is kept as it is
    header = text[: text.index('msgid ""')] + text[text.index('msgid ""'):].split("\n\n", 1)[0] + "\n\n"
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=True, no_location=True, sort_output=True)
    po.write_text(header + out.getvalue().decode("utf-8"), encoding="utf-8")
    return filled, left


def unfinished(ts: Path) -> dict[str, object]:
    """Each message that has no finished translation, with an empty slot to fill in."""
    if ts.suffix == ".po":
        return _po_unfinished(ts)
    root = ET.parse(ts).getroot()
    todo: dict[str, object] = {}
    for message in _messages(root):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            plural = message.get("numerus") == "yes"
            todo[message.findtext("source")] = ["", ""] if plural else ""
    return todo


def fill(ts: Path, words: dict[str, object], overwrite: bool = False) -> tuple[int, int]:
    """Write ``words`` into ``ts``; returns (filled, still unfinished)."""
    if ts.suffix == ".po":
        return _po_fill(ts, words, overwrite)
    tree = ET.parse(ts)
    filled = left = 0
    for message in _messages(tree.getroot()):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        done = translation.get("type") != "unfinished" and (
            (translation.text or "").strip() or len(translation)
        )
        word = words.get(source)
        if word and (overwrite or not done):
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if isinstance(word, list):
                translation.text = None
                for form in word:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = word
            filled += 1
        elif not done:
            left += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(HEADER + body + "\n", encoding="utf-8")
    return filled, left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("words", type=Path, nargs="?")
    parser.add_argument("--unfinished", action="store_true", help="print what is left, as JSON")
    parser.add_argument("--overwrite", action="store_true")
    args = parser.parse_args(argv)
    if args.unfinished or args.words is None:
        json.dump(unfinished(args.ts), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    words = json.loads(args.words.read_text(encoding="utf-8"))
    filled, left = fill(args.ts, words, args.overwrite)
    print(f"filled {filled}, still unfinished {left}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
