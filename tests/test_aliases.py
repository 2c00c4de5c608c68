"""Aliases guide later imports and searches to an existing person."""

import json

from click.testing import CliRunner
from sqlalchemy import func, select, text

from whomet.store import models
from whomet.tui.cli import main

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL (tests/conftest.py)


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def test_alias_resolves_later_imports_and_is_searchable(world, db_path, tmp_path):
    result = run(db_path, "alias", "S. Bachurin", "Sergey Bachurin")
    assert result.exit_code == 0, result.stderr
    record = {"source": {"publisher": "MIA"}, "meetings": [{"date": "2024-01-01", "delegations": [
        {"side": "RUS", "members": [{"name": "S. Bachurin"}]}, {"side": "ARM", "members": [{"name": "Armen Sargsyan"}]}]}]}
    (tmp_path / "later.json").write_text(json.dumps(record))
    assert run(db_path, "import", str(tmp_path / "later.json")).exit_code == 0
    with world.connect() as conn:
        bachurins = conn.execute(select(func.count()).where(models.Person.key.like("%bachurin%"))).scalar()
        # The index stays consistent through the re-indexing of his meetings.
        if world.dialect.name == "sqlite":
            assert conn.execute(text("INSERT INTO meeting_fts(meeting_fts) VALUES('integrity-check')")) is not None
        else:  # one document per meeting, none lost or doubled by the re-indexing
            assert (conn.execute(text("SELECT count(*), count(DISTINCT meeting_id) FROM meeting_fts")).one()
                    == (conn.execute(select(func.count()).select_from(models.Meeting)).scalar(),) * 2)
    assert bachurins == 1
    who = json.loads(run(db_path, "who-met", "--json", "Sergey Bachurin").output)
    assert "Armen Sargsyan" in {c["name"] for c in who["counterparts"]}
    found = json.loads(run(db_path, "search", "--json", "S. Bachurin").output)
    assert found["people"][0]["name"] == "Sergey Bachurin"


def test_alias_refusals_are_one_line(world, db_path):
    missing = run(db_path, "alias", "X", "Nobody Atall")
    assert missing.exit_code == 1 and missing.stderr.startswith("whomet: no person named 'Nobody Atall'")
    taken = run(db_path, "alias", "Seyfulla Azimov", "Vilayat Eyvazov")
    assert taken.exit_code == 1 and "already a person of its own" in taken.stderr
    assert run(db_path, "alias", "V. Eyvazov", "Vilayat Eyvazov").exit_code == 0
    again = run(db_path, "alias", "V. Eyvazov", "Vilayat Eyvazov")
    assert again.exit_code == 1 and "already resolves" in again.stderr
