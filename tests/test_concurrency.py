"""Several processes on one store: two imports of the same folder at once agree on who imports
what (the "already imported" check is inside the write transaction), and a reader querying in
a loop while an import writes never fails and never sees half a file."""

import json
import subprocess
import sys
import time

from sqlalchemy import func, select

from whomet.store import models
from whomet.store.db import open_engine
from tests.test_import_crash import write_inputs

FILES = 400  # tests.test_import_crash.FILES


def whomet(db, *args) -> list[str]:
    return [sys.executable, "-m", "whomet.tui", "--db", str(db), *args]


def test_two_imports_of_one_folder_at_once_both_succeed_and_import_it_once(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs)
    db = tmp_path / "s.db"
    open_engine(db).dispose()
    procs = [subprocess.Popen(whomet(db, "import", "-q", str(inputs)), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outs):
        assert proc.returncode == 0, err
        assert "whomet:" not in err and "UNIQUE" not in err, err
    once = tmp_path / "once.db"
    assert subprocess.run(whomet(once, "import", "-q", str(inputs)), capture_output=True).returncode == 0
    exported = [subprocess.run(whomet(d, "export", "--format", "jsonl"), capture_output=True, text=True).stdout
                for d in (db, once)]
    assert exported[0] == exported[1] and len(exported[0].splitlines()) == FILES
    engine = open_engine(db, create=False)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(models.ImportedFile)).scalar() == FILES
    engine.dispose()


def test_a_reader_querying_in_a_loop_while_an_import_writes(tmp_path):
    inputs = tmp_path / "in"
    write_inputs(inputs)
    db = tmp_path / "s.db"
    open_engine(db).dispose()
    importer = subprocess.Popen(whomet(db, "import", "-q", str(inputs)), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
    reader = subprocess.Popen([sys.executable, "-c", f"""
import io, json, os, sys
from whomet.store import Store
store = Store.open({str(db)!r}, create=False)
seen = []
for _ in range(100000):
    stats = store.stats()
    hits = store.search("talks", limit=5)
    out = io.StringIO()
    store.export_records(out, "jsonl")
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    # Whole files only: every record has its one meeting and three members.
    assert all(len(r["meetings"]) == 1 and sum(len(d["members"]) for d in r["meetings"][0]["delegations"]) == 3
               for r in records), "half a file"
    seen.append(stats.tables["meetings"])
    if os.path.exists({str(tmp_path / "stop")!r}):
        break
print(json.dumps(seen))
"""], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while importer.poll() is None and reader.poll() is None:
        time.sleep(0.01)
    assert reader.poll() is None, reader.stderr.read()
    (tmp_path / "stop").touch()
    out, err = reader.communicate(timeout=120)
    assert importer.returncode == 0, importer.stderr.read()
    assert reader.returncode == 0, err
    seen = json.loads(out)
    assert seen == sorted(seen), "a reader saw the store go backwards"
    assert len(set(seen)) > 2, f"the reader must overlap the import to mean anything: {seen[:5]}..."
