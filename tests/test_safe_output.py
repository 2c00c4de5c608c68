"""Output never replaces the store, a link or a device; temporary files are unique and never
left behind (exceptions, Ctrl-C, SIGTERM); what leaves whomet for another program is made safe."""

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from whomet.store import models
from whomet.store.output import OutputError, atomic_output, check_target
from whomet.tui.cli import main


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def meetings(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(models.Meeting)).scalar()


def one_line_error(result, *words):
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("whomet: "), result.stderr
    assert "Traceback" not in result.output
    for word in words:
        assert word in lines[0], lines[0]


def test_export_onto_the_store_is_refused(world, db_path):
    before = db_path.read_bytes()
    one_line_error(run(db_path, "export", "-o", str(db_path)), "is the store")
    assert meetings(world) == 8
    assert db_path.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"
    # The same file by another name is the same file.
    one_line_error(run(db_path, "export", "-o", str(db_path.parent / "." / db_path.name)), "is the store")
    os.link(db_path, db_path.parent / "hard.db")
    one_line_error(run(db_path, "export", "-o", str(db_path.parent / "hard.db")), "is the store")
    assert meetings(world) == 8


def test_export_onto_another_database_a_link_a_device_or_nothing_is_refused(world, db_path, tmp_path):
    other = tmp_path / "other.db"
    assert run(other, "import", "fixtures/").exit_code == 0
    one_line_error(run(db_path, "export", "-o", str(other)), "SQLite database")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    one_line_error(run(db_path, "export", "-o", str(link)), "symbolic link")
    assert link.is_symlink() and victim.read_text() == "keep me"
    one_line_error(run(db_path, "export", "-o", "/dev/null"), "not a regular file")
    one_line_error(run(db_path, "export", "-o", ""), "no output file")
    one_line_error(run(db_path, "export", "-o", str(tmp_path)), "is a directory")
    assert sorted(p.name for p in tmp_path.iterdir() if ".partial" in p.name) == []


def test_export_to_a_regular_file_replaces_it_whole(world, db_path, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    assert run(db_path, "export", "-o", str(target)).exit_code == 0
    assert len(json.loads(target.read_text())) == 8
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []


def test_a_failure_of_any_kind_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "t.json"
    with pytest.raises(ZeroDivisionError):
        with atomic_output(target) as out:
            out.write("half")
            1 / 0
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(target) as out:
            out.write("half")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_two_writers_to_one_target_use_two_temporary_files(tmp_path):
    target = tmp_path / "t.json"
    with atomic_output(target) as a, atomic_output(target) as b:
        assert a.name != b.name
        a.write("a")
        b.write("b")
    assert target.read_text() == "a"  # the outer one renamed last: whole, not a mix
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]


def test_two_exports_to_one_file_at_once_both_succeed_whole(world, db_path, tmp_path):
    target = tmp_path / "both.jsonl"
    command = [sys.executable, "-m", "whomet.tui", "--db", str(db_path), "export", "--format", "jsonl",
               "-o", str(target)]
    procs = [subprocess.Popen(command, stderr=subprocess.PIPE) for _ in range(4)]
    for proc in procs:
        assert proc.wait(timeout=120) == 0, proc.stderr.read()
    assert len(target.read_text().splitlines()) == 8
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_signal_mid_write_leaves_no_temporary_file(tmp_path, signum):
    target = tmp_path / "t.json"
    # A suite run as a background job ('pytest &', a CI runner) starts its children with SIGINT ignored, as shells do
    # for '&'; the Ctrl-C this stands for reaches a foreground process, whose SIGINT is Python's own handler.
    script = textwrap.dedent(f"""
        import signal, sys, time
        signal.signal(signal.SIGINT, signal.default_int_handler)
        from whomet.store.output import atomic_output
        with atomic_output({str(target)!r}) as out:
            out.write("half")
            out.flush()
            print("writing", flush=True)
            time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout.readline().strip() == b"writing"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")]
    proc.send_signal(signum)
    code = proc.wait(timeout=30)
    assert code != 0
    assert list(tmp_path.iterdir()) == []


def test_check_target_names_the_problem(tmp_path):
    with pytest.raises(OutputError, match="no output file"):
        check_target("  ")
    assert check_target(tmp_path / "new.csv") == tmp_path / "new.csv"


async def test_the_browser_export_dialog_refuses_the_store(world, db_path):
    from textual.widgets import Input

    from tests.test_tui_flows import SIZE, settle
    from whomet.store import Store
    from whomet.tui.app import create_app
    from whomet.tui.screens.export import ExportDialog

    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#export-path", Input).value = str(db_path)
        await pilot.press("enter")
        await settle(app, pilot)
        # refused in the dialog, which stays open with the path (issue 10), before any overwrite question
        assert isinstance(app.screen, ExportDialog)
        assert "is the store" in str(app.screen.query_one("#export-note").content)
    assert meetings(world) == 8
    assert [p.name for p in db_path.parent.iterdir() if ".partial" in p.name] == []
