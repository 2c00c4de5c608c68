"""Hostile and odd inputs end in one line naming the file and the problem, never a traceback,
a hang or a silent skip: unreadable folders, FIFOs and devices, process substitution, UTF-16,
zero-width characters, ESC in paths, LIKE wildcards, huge ids and limits, long queries, deep keymaps."""

import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from whomet.store import models
from whomet.store.importer import import_paths
from whomet.tui.cli import main

RECORD = {"source": {"publisher": "MIA"},
          "meetings": [{"date": "2020-01-02", "title": "Talks", "delegations": [
              {"side": "RUS", "members": [{"name": "Ivan Petrov"}]}, {"side": "AZE", "members": [{"name": "Elchin Aliyev"}]}]}]}


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def one_line(result, *words, code=1):
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.output
    assert len(lines) == 1 and lines[0].startswith("whomet: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def count(engine, table=models.Meeting) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def without_privilege() -> list[str]:
    """A command prefix under which permission bits apply (root bypasses them)."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permission bits cannot be made to apply")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


def whomet(*args) -> list[str]:
    return [sys.executable, "-m", "whomet.tui", *args]


# -- folders and special files ---------------------------------------------------

def test_unreadable_and_unsearchable_folders_are_reported_per_path(tmp_path):
    inputs = tmp_path / "in"
    for name in ("ok", "unreadable", "unsearchable"):
        (inputs / name).mkdir(parents=True)
        (inputs / name / f"{name}.json").write_text(json.dumps(RECORD).replace("Talks", f"Talks {name}"))
    (inputs / "unreadable").chmod(0o300)  # can enter, cannot list
    (inputs / "unsearchable").chmod(0o600)  # can list, cannot enter
    db = tmp_path / "s.db"
    try:
        proc = subprocess.run([*without_privilege(), *whomet("--db", str(db), "import", str(inputs))],
                              capture_output=True, text=True, timeout=120)
    finally:
        (inputs / "unreadable").chmod(0o755)
        (inputs / "unsearchable").chmod(0o755)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("whomet: ")]
    assert any("unreadable" in ln and "permission denied" in ln for ln in errors), proc.stderr
    assert any("unsearchable" in ln and "permission denied" in ln for ln in errors), proc.stderr
    assert "Talks ok" in subprocess.run(whomet("--db", str(db), "search", "talks"), capture_output=True,
                                        text=True).stdout


def test_a_fifo_and_a_device_named_on_the_command_line_are_refused_by_name(tmp_path, engine, db_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    for path in (fifo, "/dev/zero"):
        # In-process: a hang here would hang the test, which is the point.
        result = run(db_path, "import", str(path))
        assert result.exit_code == 1
        assert f"whomet: {path}: not a regular file" in result.stderr, result.stderr
    assert count(engine) == 0


def test_a_file_of_another_kind_named_on_the_command_line_says_what_whomet_reads(tmp_path, engine, db_path):
    sheet = tmp_path / "meetings.csv"
    sheet.write_text("date,place\n2020-01-01,Baku\n")
    result = run(db_path, "import", str(sheet))
    assert result.exit_code == 1
    line = f"whomet: {sheet}: not a file whomet reads (.csv): releases are .htm .html .md .txt, records .json .jsonl .ndjson"
    assert line in result.stderr, result.stderr
    assert count(engine) == 0


def test_process_substitution_is_read_once(tmp_path, db_path):
    record = tmp_path / "r.json"
    record.write_text(json.dumps(RECORD))
    script = f'exec {sys.executable} -m whomet.tui --db "{db_path}" import <(cat "{record}")'
    proc = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = subprocess.run(whomet("--db", str(db_path), "stats", "--json"), capture_output=True, text=True)
    assert json.loads(out.stdout)["tables"]["meetings"] == 1


def test_utf16_with_a_bom_is_decoded(tmp_path, engine):
    for i, encoding in enumerate(("utf-16", "utf-16-be", "utf-32")):
        folder = tmp_path / encoding
        folder.mkdir()
        text = json.dumps(RECORD, ensure_ascii=False).replace("Talks", f"Talks {i} Kılıçarslan")
        bom = {"utf-16-be": "\ufeff"}.get(encoding, "")
        (folder / "r.json").write_bytes((bom + text).encode(encoding))
        (folder / "r.jsonl").write_bytes((bom + text.replace("Talks", "Lines") + "\n").encode(encoding))
        (folder / "release.txt").write_bytes((bom + "Baku, 12 May 2020. Talks were held.\n").encode(encoding))
        report = import_paths(engine, [folder])
        assert not report.failed, report.failed
    with engine.connect() as conn:
        titles = {t for (t,) in conn.execute(select(models.Meeting.title))}
    assert {"Talks 0 Kılıçarslan", "Lines 0 Kılıçarslan", "Talks 2 Kılıçarslan"} <= titles


def test_esc_in_a_path_is_printed_as_a_picture(tmp_path, db_path):
    evil = tmp_path / "a\x1b]0;pwned\x07b.json"
    for args in (["import", str(evil)], ["extract", str(evil)], ["export", "-o", str(tmp_path / "x\x1b[2J" / "..")]):
        result = run(db_path, *args)
        assert result.exit_code != 0
        assert "\x1b" not in result.output and "\x07" not in result.output, (args, result.output)
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "st\x1bore.db"), "stats"])
    assert "\x1b" not in result.output and "␛" in result.output


# -- names and LIKE ----------------------------------------------------------------

def test_zero_width_characters_do_not_make_a_second_person(engine):
    from whomet.store.importer import import_records
    from whomet.store.record import parse_record

    twins = [json.loads(json.dumps(RECORD).replace("Ivan Petrov", name))
             for name in ("Ivan Petrov", "Ivan\u200b Petrov", "I\u200dvan Pe\u2060tr\ufeffov", "Ivan Pet\u00adrov")]
    import_records(engine, [parse_record(r) for r in twins])
    with engine.connect() as conn:
        names = conn.execute(select(models.Person.name).where(models.Person.side == "RUS")).all()
    assert len(names) == 1


def test_like_wildcards_are_literal(world, db_path):
    from whomet.store import MeetingFilter
    from whomet.store.listing import count as browse_count

    one_line(run(db_path, "who-met", "%"), "no such person")
    one_line(run(db_path, "who-met", "_"), "no such person")
    for field in ("person", "organization", "topic"):
        assert browse_count(world, MeetingFilter(**{field: "%"})) == 0, field
        assert browse_count(world, MeetingFilter(**{field: "\\"})) == 0, field
    assert browse_count(world, MeetingFilter(person="Azimov")) == 4


# -- sizes of what users type ------------------------------------------------------

def test_huge_ids_and_limits_are_one_line(world, db_path):
    one_line(run(db_path, "show", "99999999999999999999"), "no meeting with id")
    one_line(run(db_path, "show", "0"), "no meeting with id")
    one_line(run(db_path, "search", "--limit", "99999999999999999999", "talks"), "--limit")
    one_line(run(db_path, "search", "--limit", "0", "talks"), "--limit")


@pytest.mark.parametrize("query", ["a" * 60_000, "ab " * 2000, "x " * 1500], ids=["60k chars", "2000 words", "1500 letters"])
def test_long_queries_are_capped_with_a_clear_message(world, db_path, query):
    for command in ("search", "who-met"):
        one_line(run(db_path, command, query), "query")


async def test_a_long_query_in_the_browser_is_a_message_not_a_crash(world):
    from tests.test_tui_flows import SIZE, settle
    from whomet.store import Store
    from whomet.tui.app import create_app

    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.apply_filters(text="border " * 100)
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("query" in m and "words" in m for m in messages), messages


def test_a_deeply_nested_keymap_is_one_line_and_defaults(tmp_path, monkeypatch):
    from whomet.tui.keymap import load_keymap

    path = tmp_path / "keymap.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    keymap, problem = load_keymap(path)
    assert keymap == {} and problem and "not used" in problem and len(problem.splitlines()) == 1
    path.write_text('{"main.search": "' + "x" * 2_000_000 + '"}')
    keymap, problem = load_keymap(path)
    assert keymap == {} and "not used" in problem


def test_extract_refuses_a_meeting_record_rather_than_read_it_as_a_release(tmp_path, db_path):
    # A .json record was read as release text: exit 0 and {"meetings": []}, no word of why.
    for name in ("r.json", "r.jsonl", "r.ndjson"):
        record = tmp_path / name
        record.write_text(json.dumps({"source": {"publisher": "P", "date": "2021-01-01"}, "meetings": []}))
        result = run(db_path, "extract", str(record))
        one_line(result, name, "a meeting record, not a release", "whomet import")
