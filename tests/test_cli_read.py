"""The read commands on the sample world: show, search, stats; release text stays literal."""

import json

from click.testing import CliRunner

from whomet.store.importer import import_records
from whomet.store.record import parse_record
from whomet.tui.cli import main

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL (tests/conftest.py)


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


def test_show_prints_delegations_agreements_awards(world, db_path):
    out = run(db_path, "search", "--json", "Border-Barrier").output
    meeting_id = json.loads(out)["meetings"][0]["id"]
    shown = run(db_path, "show", str(meeting_id)).output
    assert "★ Seyfulla Azimov" in shown
    assert "Plan for the Border-Barrier operation" in shown
    assert "Sergey Bachurin (RUS) → representatives of the Azerbaijani police (AZE)" in shown


def test_show_unknown_meeting_fails_cleanly(world, db_path):
    result = CliRunner().invoke(main, ["--db", str(db_path), "show", "99999"])
    assert result.exit_code == 1 and result.stderr.strip() == "whomet: no meeting with id 99999"


def test_search_finds_people_and_meetings_by_release_words(world, db_path):
    data = json.loads(run(db_path, "search", "--json", "azimov").output)
    assert [p["name"] for p in data["people"]] == ["Seyfulla Azimov"]
    # His four meetings, and any other whose release text names him.
    assert len(data["meetings"]) >= 4
    assert {m["date"] for m in data["meetings"]} >= {"2018-05-23", "2019-10-29", "2022-10-11", "2023-04-18"}
    nothing = CliRunner().invoke(main, ["--db", str(db_path), "search", "zzzqqq"])
    assert nothing.exit_code == 1


def test_stats_counts(world, db_path):
    data = json.loads(run(db_path, "stats", "--json").output)
    assert data["tables"]["meetings"] == 8 and data["tables"]["sources"] == 8
    assert data["top_people"][0][0] == "Sergey Bachurin"


def test_commands_on_a_missing_store_say_so_and_make_nothing(tmp_path):
    for command in (["stats"], ["search", "x"], ["show", "1"], ["who-met", "x"], ["export"], ["alias", "a", "b"],
                    ["check"]):
        result = CliRunner().invoke(main, ["--db", str(tmp_path / "typo" / "none.db"), *command])
        assert result.exit_code == 1 and "no such store" in result.stderr, (command, result.output)
        assert not (tmp_path / "typo").exists()


def test_markup_and_escapes_print_literally(engine, db_path):
    hostile = "[bold red]x[/] [link=file:///etc/passwd]y[/link] \x1b[31mred\x1b[0m"
    record = parse_record({"source": {"publisher": hostile},
                           "meetings": [{"date": "2020-01-01", "title": hostile,
                                         "delegations": [{"side": "RUS", "members": [{"name": "[b]Ivan[/b]", "rank": hostile}]}]}]})
    import_records(engine, [record])
    out = run(db_path, "show", "1").output
    assert "[bold red]x[/]" in out and "[link=file:///etc/passwd]" in out and "[b]Ivan[/b]" in out
    assert "\x1b" not in out and "␛[31mred" in out
