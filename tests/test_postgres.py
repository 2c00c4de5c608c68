"""The same store on PostgreSQL through the --db URL: import, who-met, and an export identical to SQLite's.

Runs where WHOMET_TEST_POSTGRES names an empty scratch database, e.g.
postgresql+psycopg://whomet:whomet@127.0.0.1/whomet (it drops and recreates the tables).
"""

import json
import os

import pytest
from click.testing import CliRunner
from sqlmodel import SQLModel

from tests.conftest import FIXTURES
from whomet.tui.cli import main

URL = os.environ.get("WHOMET_TEST_POSTGRES")
pytestmark = pytest.mark.skipif(not URL, reason="set WHOMET_TEST_POSTGRES to a scratch PostgreSQL URL to run")


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


def test_postgres_store_matches_sqlite(db_path):
    from sqlalchemy import create_engine

    scratch = create_engine(URL)
    SQLModel.metadata.drop_all(scratch)
    scratch.dispose()
    assert run(URL, "import", str(FIXTURES)).exit_code == 0
    assert run(URL, "import", str(FIXTURES)).output.count("already imported") == 8
    who = json.loads(run(URL, "who-met", "--json", "Sergey Bachurin").output)
    assert {c["name"] for c in who["counterparts"]} >= {"Seyfulla Azimov", "Vilayat Eyvazov"}
    assert run(db_path, "import", str(FIXTURES)).exit_code == 0
    assert run(URL, "export").output == run(db_path, "export").output
