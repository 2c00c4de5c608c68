"""A user's keymap.json remaps bindings by id; a broken one is reported, not fatal."""

import json

from whomet.store.importer import import_paths
from tests.conftest import FIXTURES
from whomet.store import Store
from whomet.tui.app import create_app
from whomet.tui.keymap import load_keymap


async def test_keymap_file_remaps_search(engine, tmp_path, monkeypatch):
    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"main.search": "ctrl+f"}))
    monkeypatch.setenv("WHOMET_KEYMAP", str(keymap))
    import_paths(engine, [FIXTURES])
    app = create_app(Store(engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f")
        assert app.focused is not None and app.focused.id == "f-text"


def test_broken_keymaps_are_reported(tmp_path):
    bad = tmp_path / "keymap.json"
    bad.write_text("{not json")
    assert load_keymap(bad)[0] == {} and "not used" in load_keymap(bad)[1]
    bad.write_text(json.dumps({"main.search": 3}))
    assert "expected a JSON object" in load_keymap(bad)[1]
    assert load_keymap(tmp_path / "absent.json") == ({}, None)
