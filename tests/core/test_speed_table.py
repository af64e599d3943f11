"""benchmarks/speed_table.py turns the benchmarks' JSON into the README's Speed table.

Checks the generator with made-up results, not the numbers of any real run.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _generator():
    spec = importlib.util.spec_from_file_location("speed_table", ROOT / "benchmarks" / "speed_table.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _result(name: str, rows: list[dict]) -> dict:
    return {"benchmark": name, "title": f"{name} title", "repeat": 3, "started": "2026-12-01T04:00:00Z",
            "cpus": 2, "load_before": [7.5, 6, 5], "load_after": [8.25, 6, 5], "results": rows}


def test_table_from_json_replaces_only_the_marked_block(tmp_path):
    gen = _generator()
    results = tmp_path / "results"
    results.mkdir()
    (results / "zeta.json").write_text(json.dumps(_result("zeta", [
        {"key": "z", "what": "someone else's benchmark", "unit": "s", "median": 2.5, "met": None}])))
    (results / "startup.json").write_text(json.dumps(_result("startup", [
        {"key": "a", "what": "`qistdesk --version`", "unit": "s", "median": 0.1234, "baseline_what": "import",
         "baseline_median": 0.1, "ratio": 1.234, "target": "≤ 1.5×", "met": True},
        {"key": "b", "what": "memory", "unit": "MB", "median": 312.4, "target": "≤ 300 MB", "met": False,
         "note": "peak 330 MB"}])))
    (results / "not-a-result.json").write_text("[1, 2]")
    readme = tmp_path / "README.md"
    readme.write_text("# App\n\n## Speed\n\nintro\n\n<!-- speed-table:begin -->\nold table\n"
                      "<!-- speed-table:end -->\n\n## Next\n", encoding="utf-8")
    assert gen.main(["--results", str(results), "--readme", str(readme)]) == 0
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# App\n\n## Speed\n\nintro\n\n<!-- speed-table:begin -->\n")
    assert text.endswith("<!-- speed-table:end -->\n\n## Next\n") and "old table" not in text
    assert "| `qistdesk --version` | 123 ms | import 100 ms | 1.23× | ≤ 1.5× | met |" in text
    assert "| memory (peak 330 MB) | 312 MB |  |  | ≤ 300 MB | **missed** |" in text
    assert "| someone else's benchmark | 2.50 s |  |  |  |  |" in text
    assert text.index("startup title") < text.index("zeta title")  # known order first, then by name
    assert "load 7.5 → 8.25 on 2 cores" in text
    again = readme.read_text(encoding="utf-8")
    gen.main(["--results", str(results), "--readme", str(readme)])
    assert readme.read_text(encoding="utf-8") == again  # regenerating changes nothing


def test_a_readme_without_markers_is_refused(tmp_path):
    gen = _generator()
    with pytest.raises(ValueError):
        gen.replace_table("# no markers\n", "table")


def test_the_real_readme_has_the_markers():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _generator().BEGIN in text and _generator().END in text
