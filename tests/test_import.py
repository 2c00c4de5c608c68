"""Import through the CLI as a user meets it: good files land, bad files are named, nothing half-written."""

import json
import shutil

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from whomet.store import models
from whomet.tui.cli import main
from tests.conftest import FIXTURES

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL (tests/conftest.py)

GOOD = {"source": {"publisher": "MIA", "date": "2020-01-02"},
        "meetings": [{"date": "2020-01-02", "title": "Talks", "place": {"city": "Minsk", "country": "BLR"},
                      "delegations": [{"side": "BLR", "host": True, "members": [{"name": "Ivan Petrov", "head": True}]},
                                      {"side": "CHN", "members": [{"name": "Li Wei"}]}]}]}


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


def counts(engine):
    with engine.connect() as conn:
        return {t.__tablename__: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in (models.Meeting, models.Person, models.Source, models.ImportedFile, models.Attendance)}


def test_fixtures_then_who_met(db_path):
    result = run(db_path, "import", str(FIXTURES))
    assert result.exit_code == 0, result.output
    result = run(db_path, "who-met", "Sergey Bachurin")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    for name in ("Seyfulla Azimov", "Vilayat Eyvazov"):
        row = next(line for line in lines if name in line)
        assert "Azerbaijan" in row


def test_who_met_json_counts_meetings(world, db_path):
    data = json.loads(run(db_path, "who-met", "--json", "bachurin").output)
    assert data["person"]["name"] == "Sergey Bachurin"
    met = {c["name"]: (c["side"], c["met"]) for c in data["counterparts"]}
    assert met["Seyfulla Azimov"] == ("AZE", 3) and met["Vilayat Eyvazov"] == ("AZE", 2)
    assert all(side != "RUS" for side, _ in met.values())


def test_fixtures_import_once_with_release_text(world):
    # Eight releases, each paired with its gold record: one source each, none extracted twice.
    assert counts(world)["source"] == 8
    assert counts(world)["imported_file"] == 8
    with world.connect() as conn:
        kinds = set(conn.execute(select(models.ImportedFile.kind)).scalars())
        texts = conn.execute(select(func.count()).where(models.Source.text.is_not(None))).scalar()
    assert kinds == {"record+release"} and texts == 8


def test_same_file_twice_adds_nothing(db_path, engine):
    assert run(db_path, "import", str(FIXTURES)).exit_code == 0
    before = counts(engine)
    again = run(db_path, "import", str(FIXTURES))
    assert again.exit_code == 0
    assert counts(engine) == before
    assert "skipped" in again.output and "already imported" in again.output


def test_export_round_trips(world, db_path, tmp_path):
    first = run(db_path, "export", "--format", "json").output
    exported = tmp_path / "export.json"
    exported.write_text(first)
    other = tmp_path / "other.db"
    assert run(other, "import", str(exported)).exit_code == 0
    assert run(other, "export", "--format", "json").output == first
    records = json.loads(first)
    assert len(records) == 8 and sum(len(r["meetings"]) for r in records) == 8


def test_export_jsonl_round_trips_through_a_file(world, db_path, tmp_path):
    out = tmp_path / "all.jsonl"
    assert run(db_path, "export", "--format", "jsonl", "-o", str(out)).exit_code == 0
    assert not out.with_name("all.jsonl.partial").exists()
    other = tmp_path / "other.db"
    assert run(other, "import", str(out)).exit_code == 0
    assert run(other, "export", "--format", "jsonl").output == out.read_text()


BAD = {
    "not-json.json": (b"{this is not json", "invalid JSON"),
    "wrong-shape.json": (b'{"source": {}, "meetings": {"a": 1}}', "meetings: Input should be a valid list"),
    "a-list-of-numbers.json": (b"[1, 2]", "a record is a JSON object, got a number"),
    "unknown-side.json": (json.dumps({**GOOD, "meetings": [{**GOOD["meetings"][0], "delegations": [{"side": "XXX"}]}]}).encode(),
                          "unknown side code 'XXX'"),
    "bad-date.json": (json.dumps({**GOOD, "meetings": [{**GOOD["meetings"][0], "date": "2020-02-30"}]}).encode(),
                      "invalid date '2020-02-30'"),
    "binary.json": (bytes(range(256)) * 4, "binary file"),
    "empty.json": (b"", "file is empty"),
    "latin1.txt": ("Réunion à Paris".encode("latin-1"), "not UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_is_named_and_nothing_of_it_lands(name, tmp_path, db_path, engine):
    data, problem = BAD[name]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(GOOD))
    (folder / name).write_bytes(data)
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(folder)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("whomet:")]
    assert len(errors) == 1, result.stderr
    assert str(folder / name) in errors[0] and problem in errors[0]
    # Exactly what the good file brought.
    assert counts(engine)["meeting"] == 1 and counts(engine)["person"] == 2 and counts(engine)["source"] == 1


def test_missing_path_is_named(tmp_path, db_path, engine):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(GOOD))
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(good), str(tmp_path / "nope.json")])
    assert result.exit_code == 1
    assert f"whomet: {tmp_path / 'nope.json'}: no such file or directory" in result.stderr
    assert counts(engine)["meeting"] == 1


def test_a_bad_record_in_a_file_rolls_back_the_whole_file(tmp_path, db_path, engine):
    lines = [json.dumps(GOOD), json.dumps({**GOOD, "meetings": [{"delegations": [{"side": "NOPE"}]}]})]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(path)])
    assert result.exit_code == 1
    assert "line 2: meetings[0].delegations[0].side: unknown side code 'NOPE'" in result.stderr
    assert counts(engine)["meeting"] == 0 and counts(engine)["imported_file"] == 0


def test_json_lines_and_lists_import(tmp_path, db_path, engine):
    other = json.loads(json.dumps(GOOD))
    other["meetings"][0]["date"] = "2021-05-05"
    (tmp_path / "list.json").write_text(json.dumps([GOOD, other]))
    (tmp_path / "lines.jsonl").write_text(json.dumps(other) + "\n\n" + json.dumps(GOOD) + "\n")
    assert run(db_path, "import", str(tmp_path / "list.json"), str(tmp_path / "lines.jsonl")).exit_code == 0
    assert counts(engine)["meeting"] == 4
    assert counts(engine)["person"] == 2  # the same two people, resolved across files


def test_people_resolve_across_spellings_of_case_and_accents(tmp_path, db_path, engine):
    one = json.loads(json.dumps(GOOD))
    two = json.loads(json.dumps(GOOD))
    two["meetings"][0]["delegations"][0]["members"][0]["name"] = "IVAN  PETROV"
    two["meetings"][0]["delegations"][1]["members"][0]["name"] = "Lí Wéi"
    (tmp_path / "a.json").write_text(json.dumps(one))
    (tmp_path / "b.json").write_text(json.dumps(two))
    assert run(db_path, "import", str(tmp_path)).exit_code == 0
    assert counts(engine)["person"] == 2 and counts(engine)["attendance"] == 4


def test_empty_directory_is_an_error(tmp_path, db_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(tmp_path / "empty")])
    assert result.exit_code == 1 and "no .json, .jsonl, .txt, .md or .html files" in result.stderr


def test_release_beside_record_in_the_same_folder_pairs(tmp_path, db_path, engine):
    shutil.copy(FIXTURES / "releases" / "000-baku-border-working-group.txt", tmp_path / "seed.txt")
    shutil.copy(FIXTURES / "gold" / "000-baku-border-working-group.json", tmp_path / "seed.json")
    assert run(db_path, "import", str(tmp_path)).exit_code == 0
    assert counts(engine)["source"] == 1 and counts(engine)["meeting"] == 1


def test_export_writes_what_the_record_format_dumps(world):
    from whomet.store.export import iter_records
    from whomet.store.record import parse_record

    records = list(iter_records(world))
    assert len(records) == 8
    for record in records:
        assert parse_record(record).dump() == record


def test_json_lines_with_a_byte_order_mark_and_crlf_import(tmp_path, db_path, engine):
    # Lines are validated straight from their bytes; what only the plain reader accepts (a BOM) still imports.
    other = json.loads(json.dumps(GOOD))
    other["meetings"][0]["title"] = "  Second talks  "
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\r\n" + json.dumps(other).encode() + b"\r\n")
    assert run(db_path, "import", str(path)).exit_code == 0
    with engine.connect() as conn:
        titles = set(conn.execute(select(models.Meeting.title)).scalars())
    assert titles == {"Talks", "Second talks"}


@pytest.mark.parametrize("line, problem", [
    (b"{not json", "line 3: invalid JSON"),
    (b'{"meetings": [{"title": "caf\xe9"}]}', "line 3: not UTF-8 text"),
    (b'{"meetings": [{"date": "2020-13-01"}]}', "line 3: meetings[0].date: invalid date '2020-13-01'"),
])
def test_a_bad_line_is_named_by_number_and_the_file_rolls_back(line, problem, tmp_path, db_path, engine):
    path = tmp_path / "three.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n\n" + line + b"\n")
    result = CliRunner().invoke(main, ["--db", str(db_path), "import", str(path)])
    assert result.exit_code == 1
    assert f"whomet: {path}: {problem}" in result.stderr
    assert counts(engine)["meeting"] == 0 and counts(engine)["imported_file"] == 0


def test_a_file_claimed_by_another_import_meanwhile_is_skipped_whole(engine):
    # The sha256 is checked before reading, and claimed again as the transaction starts: an import
    # that committed the same file in between makes this one a skip, with nothing of it written.
    from whomet.store.importer import import_records
    from whomet.store.record import parse_record

    first = import_records(engine, [parse_record(GOOD)], path="a.json", sha256="same")
    second = import_records(engine, [parse_record(GOOD)], path="b.json", sha256="same")
    assert [f.status for f in first.files + second.files] == ["imported", "skipped"]
    assert counts(engine)["meeting"] == 1 and counts(engine)["imported_file"] == 1


def test_full_text_search_folds_case_and_accents_on_every_engine(engine):
    # SQLite's FTS5 (remove_diacritics) and PostgreSQL's tsvector (unaccent) find the same meeting.
    from whomet.store import MeetingFilter, Store
    from whomet.store.importer import import_records
    from whomet.store.record import parse_record

    record = json.loads(json.dumps(GOOD))
    record["meetings"][0]["title"] = "Réunion de travail à Genève"
    record["meetings"][0]["delegations"][1]["members"][0]["name"] = "Jürgen Müller"
    assert not import_records(engine, [parse_record(record)]).failed
    store = Store(engine)
    for words in ("reunion geneve", "RÉUNION", "muller jurg", "Müller"):
        assert store.count(MeetingFilter(text=words)) == 1, words
        assert [m.title for m in store.search(words).meetings] == ["Réunion de travail à Genève"], words
    assert store.count(MeetingFilter(text="geneva")) == 0


def test_one_topic_spelt_two_ways_exports_back_as_written(tmp_path, db_path, engine):
    # Topics resolve by folded name, so both meetings share one topic row; each keeps its own spelling.
    record = json.loads(json.dumps(GOOD))
    second = json.loads(json.dumps(record["meetings"][0]))
    second["date"] = "2020-01-03"
    record["meetings"][0]["topics"], second["topics"] = ["border"], ["Border", "drugs"]
    record["meetings"].append(second)
    (tmp_path / "t.json").write_text(json.dumps(record))
    assert run(db_path, "import", str(tmp_path / "t.json")).exit_code == 0
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(models.Topic)).scalar() == 2
    exported = json.loads(run(db_path, "export").output)
    assert [m["topics"] for m in exported[0]["meetings"]] == [["border"], ["Border", "drugs"]]
