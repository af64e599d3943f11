"""Bulk packets: one file per participant or one merged file, on two processes, with progress and cancel."""

from __future__ import annotations

import io


def test_one_file_per_participant_on_two_processes(programme, office, tmp_path):
    from qistdesk.formats.pdf.bulk import render_event_packets
    from qistdesk.services import packets

    event, cards = packets.event_packets(programme.db, programme.event)
    seen = []
    result = render_event_packets(event, cards, office, out_dir=tmp_path / "out", workers=2, chunk=2,
                                  progress=lambda done, total: seen.append((done, total)))
    assert not result.cancelled and result.packets == len(cards) == 6
    assert len(result.files) == 6 and all(f.exists() and f.read_bytes().startswith(b"%PDF") for f in result.files)
    assert seen[0] == (0, 6) and seen[-1] == (6, 6)
    assert any("Ærøskøbing" in f.name for f in result.files)
    assert not list((tmp_path / "out").glob("*.part"))


def test_merged_file_holds_every_packet_on_each_recipients_paper(programme, office, tmp_path):
    from pypdf import PdfReader

    from qistdesk.formats.pdf.bulk import render_event_packets
    from qistdesk.services import packets

    event, cards = packets.event_packets(programme.db, programme.event)
    target = tmp_path / "all.pdf"
    result = render_event_packets(event, cards, office, merged=target, workers=2)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == result.pages > len(cards)
    sizes = {round(p.mediabox.width) for p in reader.pages}
    assert sizes == {595, 612}  # DK recipients on A4, US recipients on Letter


def test_cancel_stops_the_run_and_writes_no_merged_file(programme, office, tmp_path):
    from qistdesk.formats.pdf.bulk import render_event_packets
    from qistdesk.services import packets

    event, cards = packets.event_packets(programme.db, programme.event)
    result = render_event_packets(event, cards * 5, office, merged=tmp_path / "x.pdf", workers=2,
                                  cancelled=lambda: True)
    assert result.cancelled and not (tmp_path / "x.pdf").exists()
    result = render_event_packets(event, cards, office, out_dir=tmp_path / "d", workers=1, cancelled=lambda: True)
    assert result.cancelled and result.files == []


def test_file_names_are_safe_on_windows():
    from qistdesk.formats.pdf.bulk import file_name

    assert file_name(7, 'a<b>:c/d\\e|f?g*h"') == "007-a b c d e f g h.pdf"
    assert file_name(1, "王芳") == "001-王芳.pdf"
    assert file_name(2, "...") == "002-participant.pdf"
