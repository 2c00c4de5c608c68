"""`whomet check` finds what is wrong and says how to repair it; `--repair` rebuilds what is derived."""

import json
import sqlite3

from click.testing import CliRunner

from whomet.tui.cli import main


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def damage(path, *statements):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def test_a_sound_store_passes(world, db_path):
    result = run(db_path, "check")
    assert result.exit_code == 0, result.output
    assert "WRONG" not in result.output and "full-text index" in result.output


def test_derived_parts_out_of_step_are_found_and_repaired(world, db_path):
    damage(db_path, "INSERT INTO meeting_fts(meeting_fts) VALUES('delete-all')",
           "UPDATE meeting SET n_awards = 7, sides = 'XXX' WHERE id = 2",
           "UPDATE person SET key = 'stale key' WHERE id = 1")
    found = run(db_path, "check")
    assert found.exit_code == 1
    for words in ("8 meetings not indexed", "1 meetings list sides or counts", "1 names carry a key",
                  "whomet check --repair"):
        assert words in " ".join(found.output.split()), found.output
    assert json.loads(run(db_path, "search", "--json", "Border-Barrier").output)["meetings"] == []
    repaired = run(db_path, "check", "--repair")
    assert repaired.exit_code == 0, repaired.output
    assert "rebuilt the full-text index" in repaired.stderr
    assert run(db_path, "check").exit_code == 0
    assert json.loads(run(db_path, "search", "--json", "Border-Barrier").output)["meetings"]


def test_orphans_are_reported_with_the_way_back(world, db_path):
    damage(db_path, "DELETE FROM source WHERE id = 1")
    found = run(db_path, "check")
    assert found.exit_code == 1
    text = " ".join(found.output.split())
    assert "rows whose parent is gone" in text and "meeting -> source" in text and "export" in text
    # Repair does not pretend to fix facts: still wrong, still says so.
    assert run(db_path, "check", "--repair").exit_code == 1


def test_a_damaged_file_is_one_line_in_every_command(world, db_path, tmp_path):
    world.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 2):  # scribble over every other page
        data[offset + 8: offset + 200] = b"\xff" * 192
    db_path.write_bytes(bytes(data))
    records = tmp_path / "r.json"
    records.write_text('{"meetings": [{"title": "New", "delegations": [{"side": "RUS"}]}]}')
    for command in (["stats"], ["search", "talks"], ["show", "2"], ["who-met", "Azimov"], ["export"],
                    ["import", str(records)], ["alias", "S. A", "Seyfulla Azimov"], ["check"], ["check", "--repair"]):
        result = run(db_path, *command)
        assert result.exit_code == 1, (command, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("whomet: "), (command, result.stderr)
        assert "Traceback" not in result.output
    # import refused before writing: the file is as damaged as it was, no more.
    assert db_path.read_bytes() == bytes(data)


def test_listing_columns_are_checked_chunk_by_chunk(world, db_path, monkeypatch):
    # A store bigger than one chunk: every meeting is still compared, and repaired, in any chunk.
    from whomet.store import check

    monkeypatch.setattr(check, "CHECK_CHUNK", 2)
    damage(db_path, "UPDATE meeting SET n_awards = 7 WHERE id = 3", "UPDATE meeting SET sides = 'XXX' WHERE id = 6")
    found = " ".join(run(db_path, "check").output.split())
    assert "2 meetings list sides or counts" in found and "(first: meeting 3)" in found, found
    assert run(db_path, "check", "--repair").exit_code == 0
    assert "WRONG" not in run(db_path, "check").output
