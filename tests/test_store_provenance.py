"""The extractor's provenance kept by the store: rule ids and `guessed` marks survive import,
show in the meeting detail, and export writes them back as the record carried them."""

import io
import json

from click.testing import CliRunner

from whomet.store import MeetingFilter, Store
from whomet.tui.cli import main

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL (tests/conftest.py)

# No date in the text (the release's is a fallback); Beridze's side is the host's (a fallback too).
RELEASE = ("date 2022-05-02 Source: Ministry of Internal Affairs of Georgia\n\nDeputy Minister Giorgi Beridze met "
           "a delegation of the Lithuanian Police led by Commissioner General Rolandas Kazlauskas in Tbilisi.\n")


def _import(db_path, path) -> None:
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(path)])
    assert result.exit_code == 0, result.stderr


def _exported(db_path) -> list[dict]:
    with Store.open(db_path) as store:
        out = io.StringIO()
        store.export_records(out, fmt="jsonl")
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_guessed_marks_and_rules_reach_the_store_and_the_detail(tmp_path, db_path, engine):
    (tmp_path / "visit.txt").write_text(RELEASE)
    _import(db_path, tmp_path / "visit.txt")
    with Store.open(db_path) as store:
        meeting_id = store.meeting_ids(MeetingFilter())[0]
        detail = store.meeting(meeting_id)
    assert detail.guessed == ("date",)
    members = {m.name: m for d in detail.delegations for m in d.members}
    assert members["Giorgi Beridze"].guessed == ("side",)
    assert members["Rolandas Kazlauskas"].guessed == ()

    [record] = _exported(db_path)
    [meeting] = record["meetings"]
    assert meeting["guessed"] is True and meeting["date"] == "2022-05-02"
    exported = {m["name"]: m for d in meeting["delegations"] for m in d["members"]}
    assert exported["Giorgi Beridze"]["guessed"] is True
    assert exported["Giorgi Beridze"]["side_rule"] == "side.host_fallback"
    assert exported["Rolandas Kazlauskas"]["head_rule"] and "guessed" not in exported["Rolandas Kazlauskas"]
    assert all(m["rule"] for m in exported.values())


def test_provenance_round_trips_through_export_and_import(tmp_path, db_path, engine):
    (tmp_path / "visit.txt").write_text(RELEASE)
    _import(db_path, tmp_path / "visit.txt")
    first = _exported(db_path)
    (tmp_path / "out.jsonl").write_text("".join(json.dumps(r) + "\n" for r in first))
    other = tmp_path / "other.db"
    _import(other, tmp_path / "out.jsonl")
    assert _exported(other) == first


def test_a_record_without_a_date_is_dated_by_its_release_and_marked(tmp_path, db_path, engine):
    record = {"source": {"publisher": "Police", "date": "2021-03-04"},
              "meetings": [{"place": {"city": "Riga", "country": "LVA"},
                            "delegations": [{"side": "LVA", "members": [{"name": "Anna Ozola"}]},
                                            {"side": "EST", "members": [{"name": "Mart Tamm"}]}]}]}
    (tmp_path / "r.json").write_text(json.dumps(record))
    _import(db_path, tmp_path / "r.json")
    [meeting] = _exported(db_path)[0]["meetings"]
    assert meeting["date"] == "2021-03-04" and meeting["guessed"] is True
    assert "guessed" not in meeting["place"]



def test_show_says_which_facts_are_guessed(tmp_path, db_path, engine):
    (tmp_path / "visit.txt").write_text(RELEASE)
    _import(db_path, tmp_path / "visit.txt")
    out = CliRunner().invoke(main, ["--db", str(db_path), "show", "1"]).output
    assert "2022-05-02 (guessed) · Tbilisi" in out
    beridze = next(line for line in out.splitlines() if "Giorgi Beridze" in line)
    assert "(side guessed)" in beridze
    kazlauskas = next(line for line in out.splitlines() if "Rolandas Kazlauskas" in line)
    assert "guessed" not in kazlauskas
