"""Long imports say how far they got; a release that reported no meeting is named (issue 10)."""

import json

from click.testing import CliRunner

from whomet.store import Store, importer
from whomet.tui.cli import main
from tests.browse_helpers import generate


def test_a_release_with_no_meeting_is_warned_about_by_name(db_path, tmp_path):
    quiet = tmp_path / "weather.txt"
    quiet.write_text("The weather in the capital was mild on Tuesday. Nothing else happened.\n")
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(quiet)])
    assert result.exit_code == 0
    assert f"whomet: warning: {quiet}: no meeting found in it (kept as a source only)" in result.stderr


def test_a_big_file_reports_its_records_as_they_go_in(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "BATCH", 10)
    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps(r) + "\n" for r in generate.generate(25, 3, people=40)))
    heard = []
    report = Store(engine).import_paths([big], on_records=lambda path, n: heard.append((path, n)))
    assert not report.failed and report.files[0].records == 25
    assert heard == [(str(big), 10), (str(big), 20)]
