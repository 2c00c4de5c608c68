"""Where the store lives: --db path or URL, WHOMET_DB, the default; stores that cannot open say why."""

import sqlite3

import pytest
from click.testing import CliRunner

from whomet.store.db import StoreError, default_path, open_engine, resolve_url
from whomet.tui.cli import main


def test_path_url_env_and_default(tmp_path, monkeypatch):
    assert resolve_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    assert resolve_url(f"sqlite:///{tmp_path}/b.db") == f"sqlite:///{tmp_path}/b.db"
    monkeypatch.setenv("WHOMET_DB", str(tmp_path / "env.db"))
    assert resolve_url() == f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.delenv("WHOMET_DB")
    assert resolve_url() == f"sqlite:///{default_path()}"
    assert default_path().name == "whomet.db"


def test_env_var_reaches_the_cli(tmp_path, monkeypatch):
    monkeypatch.setenv("WHOMET_DB", str(tmp_path / "env.db"))
    result = CliRunner().invoke(main, ["import", "fixtures/"])
    assert result.exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_store_is_created_with_wal_and_foreign_keys(tmp_path):
    engine = open_engine(tmp_path / "deep" / "er" / "s.db")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("setup, message", [
    (lambda p: p.mkdir(), "is a directory"),
    (lambda p: p.write_bytes(b"this is not a database at all" * 100), "cannot open the store"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE other (x)").connection.commit(), "not a whomet store"),
])
def test_stores_that_cannot_open(tmp_path, setup, message):
    path = tmp_path / "s.db"
    setup(path)
    with pytest.raises(StoreError, match=message):
        open_engine(path)
    result = CliRunner().invoke(main, ["--db", str(path), "import", "fixtures/"])
    assert result.exit_code == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_bad_url(tmp_path):
    with pytest.raises(StoreError, match="not a database URL|cannot open"):
        open_engine("nosuchdriver://x/y")
