"""Releases (.txt/.md) import through the extractor; hostile ones fail alone, by name, without a traceback."""

import json

from click.testing import CliRunner
from sqlalchemy import func, select

from whomet.store import models
from tests.conftest import FIXTURES
from whomet.tui.cli import main

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL (tests/conftest.py)

SEED = (FIXTURES / "releases" / "000-baku-border-working-group.txt").read_text()


def test_release_imports_with_spans_into_its_text(tmp_path, db_path, engine):
    (tmp_path / "seed.txt").write_text(SEED)
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(tmp_path / "seed.txt")])
    assert result.exit_code == 0, result.stderr
    with engine.connect() as conn:
        text = conn.execute(select(models.Source.text)).scalar()
        spans = conn.execute(select(models.Attendance.name, models.Attendance.span_start, models.Attendance.span_end)).all()
    assert text == SEED
    assert spans and all(start is not None and text[start:end] for _, start, end in spans)
    assert any(text[start:end] == "Sergey Bachurin" for _, start, end in spans)
    who = json.loads(CliRunner().invoke(main, ["--db", str(db_path), "who-met", "--json", "Sergey Bachurin"]).output)
    assert {c["name"] for c in who["counterparts"]} == {"Seyfulla Azimov", "Vilayat Eyvazov"}


def test_hostile_releases_fail_alone(tmp_path, db_path, engine):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SEED)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    (folder / "latin1.txt").write_bytes("Réunion à Paris, le ministre".encode("latin-1"))
    (folder / "markup.txt").write_text("[bold red]x[/] [link=file:///etc/passwd]y[/link] \x1b[31m red \x1b[0m\n" * 50)
    (folder / "huge.txt").write_text(SEED * (5_000_000 // len(SEED)))
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(folder)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    errors = sorted(line for line in lines if line.startswith("whomet:") and not line.startswith("whomet: warning:"))
    assert [e.split(": ")[1] for e in errors] == [str(folder / n)
                                                  for n in ("binary.md", "empty.txt", "huge.txt", "latin1.txt")]
    assert "extraction fell back: text of" in next(e for e in errors if "huge.txt" in e)  # cut short: said, not hidden
    assert f"whomet: warning: {folder / 'markup.txt'}: no meeting found in it (kept as a source only)" in lines
    assert "Traceback" not in result.output + result.stderr
    with engine.connect() as conn:
        files = conn.execute(select(func.count()).select_from(models.ImportedFile)).scalar()
    assert files == 2  # good, markup (no meetings); huge would be a partial record and fails instead


def test_a_record_that_lists_no_meeting_imports_without_a_warning(tmp_path, db_path, engine):
    (tmp_path / "stats.json").write_text(json.dumps({"source": {"publisher": "MIA", "date": "2024-01-02"}, "meetings": []}))
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(tmp_path / "stats.json")])
    assert result.exit_code == 0 and "warning" not in result.stderr, result.stderr
