"""Schema versions: an older store is upgraded in place after a backup copy; a newer one is
refused by every command, reads and writes alike, and left exactly as it was."""

import gc
import hashlib
import sqlite3

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect

from whomet.store import migrations
from whomet.store.db import StoreError, open_engine
from whomet.tui.cli import main

COMMANDS = [["stats"], ["search", "talks"], ["show", "1"], ["who-met", "Azimov"], ["export"],
            ["alias", "S. Azimov", "Seyfulla Azimov"], ["import", "fixtures/"], ["check"], ["check", "--repair"]]


def digest(path) -> tuple[str, str]:
    """The file's bytes and its content read through any WAL: a write shows in one or the other."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dump = "\n".join(conn.iterdump())
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest(), hashlib.sha256(dump.encode()).hexdigest()


def set_version(path, version: int) -> None:
    gc.collect()  # engines the in-process commands left behind close now, not mid-test
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE schema_version SET version = ?", (version,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file itself holds the version
    conn.close()


@pytest.fixture
def stored(tmp_path):
    path = tmp_path / "s.db"
    assert CliRunner().invoke(main, ["--db", str(path), "import", "fixtures/"]).exit_code == 0
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_newer_store_is_refused_by_every_command_and_untouched(stored, command):
    set_version(stored, migrations.current() + 1)
    before = digest(stored)
    result = CliRunner().invoke(main, ["--db", str(stored), *command])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "made by a newer whomet" in result.stderr and "Traceback" not in result.output
    assert digest(stored) == before


async def test_the_browser_refuses_a_newer_store(stored):
    set_version(stored, migrations.current() + 1)
    result = CliRunner().invoke(main, ["--db", str(stored)])
    assert result.exit_code == 1 and "made by a newer whomet" in result.stderr


def test_an_older_store_is_upgraded_after_a_backup(stored, monkeypatch, recwarn):
    def add_note(conn):
        conn.exec_driver_sql("ALTER TABLE meeting ADD COLUMN note VARCHAR")

    def add_review(conn):
        conn.exec_driver_sql("CREATE TABLE review (id INTEGER PRIMARY KEY, meeting_id INTEGER REFERENCES meeting(id))")

    set_version(stored, 1)  # as a store from the first whomet with a schema number; its steps are idempotent
    before = digest(stored)
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, add_note, add_review])
    last = migrations.current()
    result = CliRunner().invoke(main, ["--db", str(stored), "stats", "--json"])
    assert result.exit_code == 0, result.output
    assert f"upgraded from schema 1 to {last}" in result.stderr and "schema-1.bak" in result.stderr
    backup = stored.with_name("s.db.schema-1.bak")
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    assert conn.execute("SELECT version FROM schema_version").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM meeting").fetchone() == (8,)
    conn.close()
    engine = open_engine(stored, create=False)
    columns = {c["name"] for c in inspect(engine).get_columns("meeting")}
    assert "note" in columns and "review" in inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert migrations.stored_version(conn) == last
    engine.dispose()
    assert digest(stored)[1] != before[1]
    # Opening again does nothing more: no second backup.
    open_engine(stored, create=False).dispose()
    assert sorted(p.name for p in stored.parent.iterdir() if ".bak" in p.name) == ["s.db.schema-1.bak"]
    # The upgrade says nothing else on the terminal: no SQLAlchemy reflection warnings.
    assert [str(w.message) for w in recwarn] == []


def test_a_new_store_is_made_at_the_current_version(tmp_path, monkeypatch):
    shipped = migrations.current()
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, lambda conn: None])
    engine = open_engine(tmp_path / "n.db")
    with engine.connect() as conn:
        assert migrations.stored_version(conn) == migrations.current() == shipped + 1
    engine.dispose()


def test_an_older_store_on_read_only_media_is_refused_not_misread(stored, monkeypatch):
    stored.chmod(0o444)
    set_version(stored, 1)
    monkeypatch.setattr("whomet.store.db._can_write", lambda path: False)
    with pytest.raises(StoreError, match="older whomet"):
        open_engine(stored, create=False)
