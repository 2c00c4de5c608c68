"""SIGKILL a real `whomet import` at several points: before its first file lands, a few files
in, half way, nearly done, and in the middle of one large file's transaction. Every time the
store is consistent (integrity, no orphans, every counted file whole, the index in step), and
running the import again gives exactly what an uninterrupted import gives."""

import json
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select, text

from whomet.store import models
from whomet.store.db import open_engine
from tests.test_import_crash import FILES, write_inputs


def whomet(db, *args) -> list[str]:
    return [sys.executable, "-m", "whomet.tui", "--db", str(db), *args]


def state(db):
    engine = open_engine(db, create=False)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        files = conn.execute(select(func.coalesce(func.sum(models.ImportedFile.meetings), 0))).scalar()
        meetings = conn.execute(select(func.count()).select_from(models.Meeting)).scalar()
        indexed = conn.execute(text("SELECT count(*) FROM meeting_fts")).scalar()
    engine.dispose()
    return files, meetings, indexed


def export(db) -> str:
    return subprocess.run(whomet(db, "export", "--format", "jsonl"), capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill") / "in"
    write_inputs(folder)
    return folder


@pytest.fixture(scope="module")
def clean_export(inputs, tmp_path_factory):
    db = tmp_path_factory.mktemp("clean") / "s.db"
    assert subprocess.run(whomet(db, "import", "-q", str(inputs)), capture_output=True).returncode == 0
    return export(db)


@pytest.mark.parametrize("after", [0, 5, FILES // 2, FILES - 20])
def test_kill_after_some_files_then_import_again(tmp_path, inputs, clean_export, after):
    db = tmp_path / "s.db"
    open_engine(db).dispose()
    proc = subprocess.Popen(whomet(db, "import", "-q", str(inputs)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if state(db)[1] >= after:
            break
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    files, meetings, indexed = state(db)
    assert meetings == files == indexed  # whole files only, each indexed
    assert meetings < FILES, "the kill must land before the end for this test to mean anything"
    again = subprocess.run(whomet(db, "import", "-q", str(inputs)), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert export(db) == clean_export


def test_kill_inside_one_large_files_transaction(tmp_path):
    big = tmp_path / "big.jsonl"
    lines = []
    for i in range(30_000):  # several write batches inside one transaction
        lines.append(json.dumps({"source": {"publisher": "MIA"}, "meetings": [{
            "title": f"Talks {i}", "delegations": [{"side": "RUS", "members": [{"name": f"Ivan Petrov {i}"}]},
                                                   {"side": "AZE", "members": [{"name": f"Elchin {i % 100}"}]}]}]}))
    big.write_text("\n".join(lines) + "\n")
    db = tmp_path / "s.db"
    open_engine(db).dispose()
    wal = db.with_name("s.db-wal")
    proc = subprocess.Popen(whomet(db, "import", "-q", str(big)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:  # batches are being written
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the import finished before the kill: make the file bigger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert state(db) == (0, 0, 0)  # the file's transaction rolled back whole
    again = subprocess.run(whomet(db, "import", "-q", str(big)), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert state(db)[1] == 30_000
