"""The same store on PostgreSQL: an export identical to SQLite's, importers running at once, the browser.

Runs on the server WHOMET_TEST_POSTGRES names (tests/conftest.py: each test in a fresh schema);
skips, saying so, where it is unset. CI (.ci/run) starts a server and sets it.
"""

import json
import os
import subprocess
import sys

from click.testing import CliRunner
from sqlalchemy import func, select, text

from bench.generate import generate, write
from tests.conftest import FIXTURES
from whomet.store import models
from whomet.store.db import open_engine
from whomet.store.importer import import_paths
from whomet.tui.cli import main


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


def test_postgres_store_matches_sqlite(postgres_url, tmp_path):
    assert run(postgres_url, "import", str(FIXTURES)).exit_code == 0
    assert run(postgres_url, "import", str(FIXTURES)).output.count("already imported") == 8
    who = json.loads(run(postgres_url, "who-met", "--json", "Sergey Bachurin").output)
    assert {c["name"] for c in who["counterparts"]} >= {"Seyfulla Azimov", "Vilayat Eyvazov"}
    sqlite = tmp_path / "store.db"
    assert run(sqlite, "import", str(FIXTURES)).exit_code == 0
    assert run(postgres_url, "export").output == run(sqlite, "export").output


def test_exchange_exports_on_postgres_are_sqlites(postgres_url, tmp_path):
    # The exchange exports stream from server-side cursors on PostgreSQL (store/exchange/stream.py)
    # and sort in the database: the same files as from SQLite, row for row.
    sqlite = tmp_path / "store.db"
    for db in (postgres_url, sqlite):
        assert run(db, "import", str(FIXTURES)).exit_code == 0
    for fmt, level in (("ftm", "person"), ("gexf", "person"), ("graphml", "organization"), ("gexf", "side"),
                       ("csv", "person")):
        outs = [tmp_path / f"{fmt}-{level}-{name}.out" for name in ("pg", "sqlite")]
        for db, out in zip((postgres_url, sqlite), outs):
            result = run(db, "export", "--format", fmt, "--level", level, "-o", str(out))
            assert result.exit_code == 0, result.output
        if fmt == "csv":
            assert {p.name: without_row_ids(p) for p in outs[0].iterdir()} == {
                p.name: without_row_ids(p) for p in outs[1].iterdir()}
        else:
            assert without_row_ids(outs[0]) == without_row_ids(outs[1]), (fmt, level)


def without_row_ids(path):
    """The file with the store's row ids blanked (FtM recordId, the graphs' and CSV's whomet_id):
    PostgreSQL's sequences and SQLite's rowids need not agree; the stable ids must."""
    import csv
    import re

    if path.suffix == ".csv":
        return [{k: v for k, v in row.items() if k != "whomet_id"} for row in csv.DictReader(path.open(newline=""))]
    text_ = path.read_text(encoding="utf-8")
    for pattern in (r'"recordId": \["\d+"\]', r'<attvalue for="3" value="[^"]*" />', r'<data key="d4">[^<]*</data>'):
        text_ = re.sub(pattern, "", text_)
    return text_


def test_two_importers_at_once_share_people_and_lose_nothing(postgres_url, tmp_path):
    # Two processes import overlapping worlds into one database at the same moment: the same
    # officials appear in both, so both try to create them; ids come from the database.
    records = list(generate(600, seed=3, people=150))
    halves = [tmp_path / "a", tmp_path / "b"]
    write(records[0::2], halves[0], per_file=20)
    write(records[1::2], halves[1], per_file=20)
    open_engine(postgres_url).dispose()  # the schema exists before the race starts
    env = {**os.environ, "WHOMET_DB": postgres_url}
    procs = [subprocess.Popen([sys.executable, "-m", "whomet.tui", "import", "-q", str(h)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for h in halves]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _out, err in outs]
    serial = open_engine(tmp_path / "serial.db")
    assert not import_paths(serial, halves).failed
    engine = open_engine(postgres_url)
    try:
        P = models.Person
        for db in (engine, serial):
            with db.connect() as conn:
                got = (conn.execute(select(func.count()).select_from(models.Meeting)).scalar(),
                       conn.execute(select(func.count()).select_from(models.Attendance)).scalar(),
                       conn.execute(select(func.count()).select_from(P)).scalar(),
                       conn.execute(select(func.count(func.distinct(P.key + "|" + func.coalesce(P.side, ""))))).scalar(),
                       conn.execute(select(func.count()).select_from(models.ImportedFile)).scalar())
            if db is engine:
                on_postgres = got
        assert on_postgres == got  # the same meetings, attendances and people as one importer after the other
        assert on_postgres[0] == 600 and on_postgres[2] == on_postgres[3]  # no person twice
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM meeting_fts")).scalar() == 600
    finally:
        engine.dispose()
        serial.dispose()
