"""The browser on a PostgreSQL store, through Pilot: it opens, lists, searches and drills down.

Runs on the server WHOMET_TEST_POSTGRES names (a fresh schema, tests/conftest.py); skips,
saying so, where it is unset. CI (.ci/run) starts a server and sets it.
"""

from whomet.store import Store
from whomet.tui.app import create_app
from whomet.tui.screens.main import MainScreen
from whomet.tui.screens.meeting import MeetingScreen
from tests.conftest import FIXTURES
from tests.test_tui_flows import SIZE, listed, settle, type_into


async def test_browser_opens_on_postgres_lists_filters_and_drills_down(postgres_url):
    store = Store.open(postgres_url)
    try:
        assert not store.import_paths([FIXTURES]).failed
        app = create_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            main = app.screen
            assert isinstance(main, MainScreen) and store.dialect == "postgresql"
            assert main.query_one("#list").border_title == "Meetings (8)"
            assert len(listed(app)) == 8
            await type_into(app, pilot, "#f-text", "kazakhstan georg")  # full-text search, the last word a prefix
            assert main.query_one("#list").border_title == "Meetings (1 of 8)"
            (only,) = listed(app)
            await pilot.press("escape", "enter")
            await settle(app, pilot)
            assert isinstance(app.screen, MeetingScreen) and app.screen.meeting_id == only
    finally:
        store.close()
