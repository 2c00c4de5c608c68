"""Size caps: one oversized record or field is refused by name (the limit named, and how to raise
it) before it can slow every later search, show or screen."""

import json

from click.testing import CliRunner

from whomet.store.importer import import_paths
from whomet.store.record import RecordError, parse_record
from whomet.tui.cli import main

import pytest


def record(title: str) -> dict:
    return {"source": {"publisher": "MIA"},
            "meetings": [{"title": title, "delegations": [{"side": "RUS", "members": [{"name": "Ivan Petrov"}]}]}]}


def test_a_field_over_the_cap_is_refused_by_name(monkeypatch):
    with pytest.raises(RecordError, match=r"meetings\[0\]\.title: 30,000 characters, more than 20,000 "
                                          r"\(WHOMET_MAX_FIELD_CHARS\)"):
        parse_record(record("x" * 30_000))
    deep = record("ok")
    deep["meetings"][0]["delegations"][0]["members"][0]["name"] = "y" * 20_001
    with pytest.raises(RecordError, match=r"meetings\[0\]\.delegations\[0\]\.members\[0\]\.name"):
        parse_record(deep)
    monkeypatch.setenv("WHOMET_MAX_FIELD_CHARS", "50000")
    assert parse_record(record("x" * 30_000)).meetings[0].title == "x" * 30_000


def test_json_lines_over_the_caps_fail_the_file_and_name_the_line(tmp_path, engine, monkeypatch):
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(json.dumps(record(t)) for t in ("fine", "z" * 25_000, "fine too")) + "\n")
    report = import_paths(engine, [path])
    assert [f.message for f in report.failed] == [
        "line 2: meetings[0].title: 25,000 characters, more than 20,000 (WHOMET_MAX_FIELD_CHARS)"]
    monkeypatch.setenv("WHOMET_MAX_RECORD_BYTES", "1000")
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps(record("a")) + "\n" + json.dumps(record("b" * 5000)) + "\n")
    report = import_paths(engine, [big])
    assert [f.message for f in report.failed] == [
        "line 2: a record of more than 1,000 bytes (the limit is WHOMET_MAX_RECORD_BYTES)"]


def test_a_bad_limit_setting_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setenv("WHOMET_MAX_FIELD_CHARS", "lots")
    path = tmp_path / "r.json"
    path.write_text(json.dumps(record("t")))
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "s.db"), "import", str(path)])
    assert result.exit_code == 1 and "WHOMET_MAX_FIELD_CHARS='lots': not a whole number" in result.stderr
    assert "Traceback" not in result.output
