"""The rough edges of issue 10, each through Pilot: live data, invalid dates, the clear hint,
the export dialog, remapped keys in labels, singular counts, an honest copy message."""

import json
import os
import stat

from textual.widgets import Input, Static

from whomet.store import MeetingFilter, Store
from whomet.store.importer import import_records
from whomet.store.record import parse_record
from whomet.tui.app import create_app
from whomet.tui.screens.export import ExportDialog
from whomet.tui.widgets.meeting_table import MeetingTable
from tests.browse_helpers import burst
from tests.test_tui_flows import listed, settle

SIZE = (120, 40)


def one_more(engine, day: int = 5):
    record = {"source": {"publisher": "MIA", "date": f"2025-01-{day:02d}"}, "meetings": [{
        "date": f"2025-01-{day:02d}", "title": f"Later talks {day}", "place": {"city": "Minsk", "country": "BLR"},
        "delegations": [{"side": "BLR", "members": [{"name": "Ivan Petrov"}]},
                        {"side": "AZE", "members": [{"name": "Elchin Aliyev"}]}]}]}
    assert not import_records(engine, [parse_record(record)]).failed


async def test_the_browser_notices_another_writer_and_keeps_the_cursor(world, db_path):
    from whomet.store.db import open_engine

    app = create_app(Store(world))
    app.POLL_SECONDS = 0.1
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        await pilot.press("down", "down")
        chosen = main.query_one(MeetingTable).current.id
        other = open_engine(db_path)  # another process's import, as far as the browser can tell
        one_more(other)
        other.dispose()
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert app.store_total == 9 and main.count == 9
        assert main.query_one("#list").border_title == "Meetings (9)"
        assert main.query_one(MeetingTable).current.id == chosen  # the same meeting, now one row lower
        assert main.query_one("#list").border_subtitle == "4 / 9"


async def test_ctrl_r_reloads_by_hand(world, db_path):
    from whomet.store.db import open_engine

    app = create_app(Store(world))
    app.POLL_SECONDS = 3600  # no polling: only the key
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        other = open_engine(db_path)
        one_more(other)
        other.dispose()
        await settle(app, pilot)
        assert app.screen.count == 8
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert app.screen.count == 9 and app.store_total == 9


async def test_invalid_dates_say_why_and_are_not_applied(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        main.set_focus(main.query_one("#f-to", Input))
        burst(app, *"2019-13")
        await settle(app, pilot)
        problems = main.query_one("#problems", Static)
        assert problems.display and "to '2019-13': there is no month 13" in str(problems.content)
        assert main.filter.date_to == "" and len(listed(app)) == 8
        burst(app, "backspace", "backspace", "backspace")
        await settle(app, pilot)
        assert main.filter.date_to == "2019" and not problems.display
        main.set_focus(main.query_one("#f-from", Input))
        burst(app, *"hello")
        await settle(app, pilot)
        assert "from 'hello' is not a date" in str(problems.content) and main.filter.date_from == ""
        assert main.query_one("#f-from", Input).value == "hello"  # what was typed stays, to be fixed
        main.set_focus(main.query_one("#f-side", Input))
        burst(app, *"AZE XYZ")
        await settle(app, pilot)
        assert "side: 'XYZ' names no side" in str(problems.content) and listed(app) == []


async def test_the_clear_hint_names_a_key_that_works_where_the_cursor_is(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        burst(app, "slash", *"nothingmatchesthis")
        await settle(app, pilot)
        empty = app.screen.query_one("#empty", Static)
        assert empty.display and "Escape, then x, clears the filters." in str(empty.content)
        burst(app, "escape")
        await settle(app, pilot)
        assert "Press x to clear the filters." in str(empty.content)
        burst(app, "x")
        await settle(app, pilot)
        assert len(listed(app)) == 8


async def test_remapped_keys_show_in_labels_and_hints(world, tmp_path, monkeypatch):
    keymap = tmp_path / "keymap.json"
    keymap.write_text(json.dumps({"main.search": "ctrl+f", "main.clear": "ctrl+x"}))
    monkeypatch.setenv("WHOMET_KEYMAP", str(keymap))
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        assert str(main.query_one("#search-label").content) == "^f search"
        burst(app, "ctrl+f", *"nothingmatches", "escape")
        await settle(app, pilot)
        assert "Press ^x to clear the filters." in str(main.query_one("#empty", Static).content)


async def test_one_meeting_is_singular(engine):
    one_more(engine)
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.summary().startswith("1 meeting ·")
        await pilot.press("e")
        await settle(app, pilot)
        assert "Export 1 meeting " in str(app.screen.query_one("Label").content)


async def test_copy_does_not_claim_what_it_cannot_know(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        messages = [n.message for n in app._notifications]
        assert any("OSC 52" in m and "ignores it" in m for m in messages)
        assert not any(m.startswith("Copied") for m in messages)


async def export_dialog(app, pilot, path) -> ExportDialog:
    await pilot.press("e")
    await settle(app, pilot)
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one("#export-path", Input).value = str(path)
    await settle(app, pilot)
    return dialog


async def test_export_asks_before_overwriting_and_names_new_folders(world, tmp_path):
    app = create_app(Store(world))
    target = tmp_path / "new" / "deeper" / "aze.csv"
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        dialog = await export_dialog(app, pilot, target)
        assert f"Will create the folder {tmp_path / 'new'}" in str(dialog.query_one("#export-note").content)
        await pilot.press("enter")
        await settle(app, pilot)
        assert target.exists() and not isinstance(app.screen, ExportDialog)
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current_umask()
        target.write_text("mine")
        dialog = await export_dialog(app, pilot, target)
        assert "exists" in str(dialog.query_one("#export-note").content)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportDialog) and target.read_text() == "mine"
        assert "Export again to replace it" in str(dialog.query_one("#export-note").content)
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, ExportDialog) and target.read_text().startswith("id,date")


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


async def test_export_error_keeps_the_dialog_and_the_path(world, tmp_path):
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    app = create_app(Store(world))
    target = blocker / "out.csv"  # a folder that is a file: cannot be made
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        dialog = await export_dialog(app, pilot, target)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is dialog
        assert dialog.query_one("#export-path", Input).value == str(target)
        assert str(dialog.query_one("#export-note").content).startswith(f"Not written: {target}")
        await pilot.press("escape")
        assert not isinstance(app.screen, ExportDialog)


async def test_export_of_a_big_list_shows_progress(engine, tmp_path, monkeypatch):
    from tests.browse_helpers import generated
    from whomet.store import export

    generated(engine, 300)
    monkeypatch.setattr(export, "PROGRESS_EVERY", 50)
    seen = []
    shown = ExportDialog.on_progress

    def watched(dialog, message):
        shown(dialog, message)
        seen.append((message.rows, dialog.query_one("#export-progress").progress))

    monkeypatch.setattr(ExportDialog, "on_progress", watched)
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        dialog = await export_dialog(app, pilot, tmp_path / "all.json")
        assert dialog.query_one("#export-progress").total == 300
        await pilot.press("enter")
        await settle(app, pilot)
    assert seen == [(n, n) for n in (50, 100, 150, 200, 250, 300)]
    assert len(json.loads((tmp_path / "all.json").read_text())) == 300


async def test_first_rows_are_on_screen_before_the_store_opens(world, db_path):
    import threading

    from whomet.store import first_rows
    from whomet.tui.app import WhometApp

    quick = first_rows(db_path, 61)
    assert [r.id for r in quick.rows] == [r.id for r in Store(world).page(MeetingFilter(), limit=61)]
    gate = threading.Event()

    def opener():
        gate.wait(10)  # the store takes its time (SQLAlchemy, the models, the schema check)
        return Store(world)

    app = WhometApp(None, "fixtures.db", opener=opener, first_rows=quick.rows)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        main = app.screen
        assert [r.id for r in main.query_one(MeetingTable).rows_loaded] == [r.id for r in quick.rows]
        assert main.count is None  # counting waits for the store
        gate.set()
        await settle(app, pilot)
        assert main.count == 8 and app.store_total == 8


async def test_a_store_that_cannot_open_after_the_first_rows_exits_with_one_line(world, db_path):
    from whomet.store import StoreError, first_rows
    from whomet.tui.app import WhometApp

    def opener():
        raise StoreError(f"{db_path}: made by a newer whomet (schema 9), upgrade whomet")

    app = WhometApp(None, "x", opener=opener, first_rows=first_rows(db_path, 61).rows)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.5)
    assert app.return_code == 1


async def test_person_tables_page_from_the_store_with_no_cap(engine):
    from sqlalchemy import text

    from tests.browse_helpers import generated
    from whomet.tui.screens.person import PersonScreen
    from whomet.tui.widgets.paged import PagedTable

    generated(engine, 900)
    store = Store(engine)
    with engine.connect() as conn:
        busiest = conn.execute(text("SELECT person_id FROM attendance GROUP BY person_id "
                                    "ORDER BY count(*) DESC LIMIT 1")).scalar()
    total = store.table_count("person.meetings", busiest)
    assert total > 150
    app = create_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_target("person", busiest)
        await settle(app, pilot)
        assert isinstance(app.screen, PersonScreen)
        meetings = app.screen.query_one("#person-meetings", PagedTable)
        assert meetings.row_count == PagedTable.PAGE and meetings.border_title == f"Meetings 1 / {total:,}"
        app.screen.set_focus(meetings)
        for _ in range(total // 10 + 5):
            await pilot.press("pagedown")
            await settle(app, pilot)
            if meetings.row_count == total and meetings.cursor_row == total - 1:
                break
        assert meetings.row_count == total and meetings.cursor_row == total - 1
        assert meetings.border_title == f"Meetings {total:,} / {total:,}"
        keys = [meetings.coordinate_to_cell_key((i, 0)).row_key.value for i in range(total)]
        assert keys == [str(m.id) for m in store.table_page("person.meetings", busiest, total)]


async def test_an_open_meeting_shows_another_writers_correction_in_place(world, db_path):
    from whomet.store.db import open_engine
    from whomet.tui.screens.meeting import MeetingScreen

    app = create_app(Store(world))
    app.POLL_SECONDS = 0.1
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        await pilot.press("down")
        await settle(app, pilot)
        table = screen.query_one("#participants")
        row = table.cursor_row
        kind, _pid, _side, name, _m = screen.rows[row]
        assert kind == "person"
        other = open_engine(db_path)  # another analyst's correction, as far as the browser can tell
        Store(other).correct(screen.detail.id, "rank", name, "Colonel of Justice")
        other.dispose()
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert app.screen is screen and table.cursor_row == row and app.focused is table
        ranks = {m.name: m.rank for d in screen.detail.delegations for m in d.members}
        assert ranks[name] == "Colonel of Justice"


async def test_a_filter_nothing_matches_still_shows_its_line(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        app.screen.set_focus(main.query_one("#f-topic", Input))
        await pilot.press(*"zq")  # a prefix no topic has, from the first key: the list hides at once
        await settle(app, pilot)
        assert main.count == 0
        assert str(main.query_one("#f-summary", Static).content) == 'topic:zq'
        assert "No meeting matches" in str(main.query_one("#empty", Static).content)
