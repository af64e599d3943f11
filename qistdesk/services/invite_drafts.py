"""Invite drafts with each participant's packet PDF attached, a size cap, and a CSV index of the batch.

The attaché opens each ``.eml`` and sends it: the invitation (the calendar
part Outlook takes) and that person's packet beside it. A packet bigger than
the cap is not attached (many mail servers refuse large mail): it is written
beside the draft instead and the index says so. ``index.csv`` lists every
draft of the batch: to whom, what, which attachment, how big, and any note.
"""

from __future__ import annotations

from pathlib import Path

from qistdesk.store import Database

DEFAULT_CAP_MB = 10.0
INDEX = "index.csv"


def write_drafts_with_packets(db: Database, event_id: str, out_dir, *, max_mb: float = DEFAULT_CAP_MB, office=None,
                              clock=None, paper: str = "auto") -> tuple[object, Path]:
    """Write the .eml drafts the ledger calls for, each REQUEST with its packet; returns (run, index path)."""
    from qistdesk.formats import pdf
    from qistdesk.formats.csv_io.writer import write_rows
    from qistdesk.services.ics_invites import write_invites
    from qistdesk.services import packets
    from qistdesk.services.preferences import require_office

    require_office()  # packets go out in the office's name
    out = Path(out_dir)
    office_block = packets.office_info()
    cap = int(max_mb * 1024 * 1024)
    notes: dict[str, str] = {}

    def attach(person, method):
        if method != "REQUEST":
            return []
        event, card = packets.event_packet(db, event_id, person.id)
        rendered = pdf.event_pdf(event, card, office_block, paper)
        name = _safe(f"{event.title} – {person.full_name} – packet") + ".pdf"
        if len(rendered.pdf) > cap:
            out.mkdir(parents=True, exist_ok=True)
            (out / name).write_bytes(rendered.pdf)
            notes[person.id] = (f"packet {len(rendered.pdf) / 1048576:.1f} MB is over the {max_mb:g} MB cap: "
                                f"not attached, written as {name}")
            return []
        return [(name, rendered.pdf, "application/pdf")]

    options = {"eml": True, "attachments": attach}
    if office is not None:
        options["office"] = office
    if clock is not None:
        options["clock"] = clock
    run = write_invites(db, event_id, out, **options)
    from qistdesk.services.invites import ledger

    sent = {r["file_name"]: r for r in ledger(db, event_id)}
    rows = []
    for path in run.files:
        row = sent.get(path.name, {})
        files = run.attached.get(path.name, [])
        rows.append([path.name, row.get("name", ""), row.get("recipient_email", ""), row.get("method", ""),
                     row.get("sequence", ""), "; ".join(n for n, _ in files),
                     sum(size for _, size in files) // 1024, notes.get(row.get("person_id"), "")])
    index = out / INDEX
    write_rows(index, ["draft", "name", "e-mail", "method", "sequence", "attachment", "attachment KB", "note"], rows)
    return run, index


def _safe(text: str) -> str:
    from qistdesk.formats.pdf.bulk import file_name

    return file_name(0, text)[4:-4]
