"""An import killed half way leaves a consistent store, and running it again completes it."""

import json
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select, text

from whomet.store import models
from whomet.store.db import open_engine

FILES = 400


def write_inputs(folder):
    folder.mkdir()
    for i in range(FILES):
        record = {"source": {"publisher": "MIA", "date": f"20{10 + i % 15}-01-0{1 + i % 9}"},
                  "meetings": [{"date": f"20{10 + i % 15}-02-0{1 + i % 9}", "title": f"Talks {i}",
                                "delegations": [{"side": "RUS", "members": [{"name": f"Ivan Petrov {i % 50}"},
                                                                            {"name": f"Oleg Sidorov {i % 7}"}]},
                                                {"side": "AZE", "members": [{"name": f"Elchin Aliyev {i % 30}"}]}],
                                "agreements": [{"kind": "protocol", "parties": ["RUS", "AZE"]}],
                                "topics": ["border", f"topic {i % 11}"]}]}
        (folder / f"{i:04d}.json").write_text(json.dumps(record))


def snapshot(db_path):
    engine = open_engine(db_path)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        files = conn.execute(select(func.count()).select_from(models.ImportedFile)).scalar()
        meetings = conn.execute(select(func.count()).select_from(models.Meeting)).scalar()
        orphans = conn.execute(select(func.count()).select_from(models.Meeting)
                               .where(models.Meeting.source_id.not_in(select(models.Source.id)))).scalar()
        people = conn.execute(select(func.count()).select_from(models.Person)).scalar()
        fts_rows = conn.execute(text("SELECT count(*) FROM meeting_fts WHERE meeting_fts MATCH 'talks'")).scalar()
    engine.dispose()
    return files, meetings, orphans, people, fts_rows


def test_kill_mid_import_then_resume(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs)
    db_path = tmp_path / "store.db"
    open_engine(db_path).dispose()
    command = [sys.executable, "-m", "whomet.tui", "--db", str(db_path), "import", "-q", str(inputs)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        time.sleep(0.05)
        files = snapshot(db_path)[0]
        if files >= 20 or proc.poll() is not None:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    files, meetings, orphans, _, fts_rows = snapshot(db_path)
    assert 0 < files < FILES, "the kill must land half way for this test to mean anything"
    # Every file that counts as imported is there whole, and nothing else is.
    assert meetings == files and orphans == 0 and fts_rows == files

    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    files, meetings, orphans, people, fts_rows = snapshot(db_path)
    assert (files, meetings, orphans, fts_rows) == (FILES, FILES, 0, FILES)
    assert people == 50 + 7 + 30
