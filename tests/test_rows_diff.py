"""scripts/rows_diff.py: the sentences whose rows differ between two row files."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "rows_diff.py"


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "not json\n", encoding="utf-8")
    return path


def _row(doc, sentence, designee, status="asserted"):
    return {"doc_id": doc, "sentence": sentence, "designator": "", "designee": designee, "role": "ministra",
            "status": status}


def test_lists_rows_gone_and_come_per_sentence_and_skips_bad_lines(tmp_path):
    old = _write(tmp_path / "old.jsonl", [_row("a", "S1", "Ana"), _row("b", "S2", "Eva"), _row("c", "S3", "Rosa")])
    new = _write(tmp_path / "new.jsonl", [_row("a", "S1", "Ana"), _row("b", "S2", "Eva", "planned"),
                                          _row("d", "S4", "Luz")])
    done = subprocess.run([sys.executable, str(SCRIPT), str(old), str(new)], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert "rows: 3 -> 3; sentences changed: 3; rows gone: 2, came: 2" in done.stdout
    assert "[a]" not in done.stdout and "[b] S2" in done.stdout and "[c] S3" in done.stdout
    assert "skipped" in done.stderr


def test_a_missing_file_is_a_clear_error(tmp_path):
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "no.jsonl"), str(tmp_path / "no.jsonl")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "is not a file" in done.stderr
