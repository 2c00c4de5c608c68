"""A store on read-only media or in a read-only folder opens for reading in every read command
and the browser, writes nothing beside it, and a command that writes says the store is read-only."""

import json
import shutil
import subprocess
import sys

import pytest

from whomet.store.db import open_engine
from tests.test_hostile_inputs import without_privilege

READS = [["stats", "--json"], ["search", "Border-Barrier"], ["show", "1"], ["who-met", "Seyfulla Azimov"],
         ["export", "--format", "jsonl"], ["check"]]
WRITES = [["alias", "S. A.", "Seyfulla Azimov"], ["import", "fixtures/"], ["check", "--repair"]]


@pytest.fixture
def closed_store(tmp_path):
    """The sample world in a store whose writer has closed (no -wal or -shm beside it)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "s.db"
    done = subprocess.run([sys.executable, "-m", "whomet.tui", "--db", str(db), "import", "-q", "fixtures/"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["s.db"]
    return db


def run(prefix, db, args):
    return subprocess.run([*prefix, sys.executable, "-m", "whomet.tui", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def check_reads_and_writes(prefix, db):
    for args in READS:
        result = run(prefix, db, args)
        assert result.returncode == 0, (args, result.stderr)
    assert json.loads(run(prefix, db, ["stats", "--json"]).stdout)["tables"]["meetings"] == 8
    for args in WRITES:
        result = run(prefix, db, args)
        assert result.returncode == 1, (args, result.stdout)
        assert result.stderr.strip().splitlines() == [result.stderr.strip()], result.stderr
        assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in db.parent.iterdir()) == ["s.db"], "nothing written beside the store"


def test_a_store_in_a_read_only_folder(closed_store):
    prefix = without_privilege()
    closed_store.chmod(0o444)
    closed_store.parent.chmod(0o555)
    try:
        check_reads_and_writes(prefix, closed_store)
    finally:
        closed_store.parent.chmod(0o755)


def test_a_store_on_read_only_media(closed_store):
    if not shutil.which("unshare"):
        pytest.skip("no unshare(1) to mount a folder read-only")
    folder = closed_store.parent
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind {folder} {folder} && "
                            f"mount -o remount,bind,ro {folder}"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount read-only here ({probe.stderr.decode().strip()})")
    # Each command runs in its own mount namespace where the folder is a read-only mount.
    mount = f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && exec \"$@\""
    check_reads_and_writes(["unshare", "-m", "sh", "-c", mount, "sh"], closed_store)


async def test_the_browser_reads_a_read_only_store(closed_store, monkeypatch):
    from tests.test_tui_flows import SIZE, listed, settle
    from whomet.store import Store
    from whomet.tui.app import create_app

    monkeypatch.setattr("whomet.store.db._can_write", lambda path: False)  # as a read-only mount says
    engine = open_engine(closed_store, create=False)
    assert "immutable=1" in str(engine.url)
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert len(listed(app)) == 8
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.detail is not None
    engine.dispose()
    assert sorted(p.name for p in closed_store.parent.iterdir()) == ["s.db"]


def test_a_reader_does_not_create_a_store(tmp_path):
    result = run([], tmp_path / "typo" / "s.db", ["stats"])
    assert result.returncode == 1 and "no such store" in result.stderr
    assert list(tmp_path.iterdir()) == []
