"""The export packet / export badges commands, run as a user runs them (in-process)."""

from __future__ import annotations

from qistdesk.cli.main import main


def test_export_packet_and_badges(programme, db_path, tmp_path, capsys):
    db = ["--db", str(db_path)]
    assert main([*db, "export", "packet", "--exchange", programme.exchange[:8], "-o", str(tmp_path / "x.pdf")]) == 0
    assert main([*db, "export", "packet", "--event", programme.event, "--person", programme.us_person,
                 "-o", str(tmp_path / "e.pdf")]) == 0
    err = capsys.readouterr().err
    assert "right-to-left" in err
    assert main([*db, "export", "packet", "--event", programme.event, "--out", str(tmp_path / "all"),
                 "--workers", "1"]) == 0
    assert len(list((tmp_path / "all").glob("*.pdf"))) == 6
    assert main([*db, "export", "packet", "--event", programme.event, "--out", str(tmp_path / "m"), "--merged",
                 "--workers", "1"]) == 0
    assert len(list((tmp_path / "m").glob("*.pdf"))) == 1
    assert main([*db, "export", "badges", "--event", programme.event, "-o", str(tmp_path / "b.pdf"),
                 "--paper", "A4", "--size", "4x3"]) == 0
    for name in ("x.pdf", "e.pdf", "b.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")


def test_wrong_combinations_are_one_line_errors(programme, db_path, tmp_path, capsys):
    db = ["--db", str(db_path)]
    assert main([*db, "export", "packet", "--event", programme.event, "-o", str(tmp_path / "x.pdf")]) == 1
    assert "needs --out" in capsys.readouterr().err
    assert main([*db, "export", "packet", "--exchange", "nope-nope", "-o", str(tmp_path / "x.pdf")]) == 1
