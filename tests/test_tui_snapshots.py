"""SVG snapshots of the browser on the sample world: the main screen, a meeting and a person at
80x24 (the narrow layout: filter bar, no detail pane) and 120x40 (filters, the list over the
detail), a filtered list and a side at 120x40.

Update after a deliberate change with `pytest tests/test_tui_snapshots.py --snapshot-update`
and look at the report before committing."""

import pytest

from tests.browse_helpers import settle
from whomet.store import Store
from whomet.tui.app import create_app

SIZE = (120, 40)
SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])


def app_for(world):
    # A fixed store label: the real path is a temporary directory that changes every run.
    app = create_app(Store(world), store_label="fixtures.db")
    app.POLL_SECONDS = 3600  # no live refresh in the middle of a picture: a slow run would poll, a fast one not
    return app


@SIZES
def test_main_screen(world, snap_compare, size):
    async def run_before(pilot):
        await settle(pilot.app, pilot)

    assert snap_compare(app_for(world), terminal_size=size, run_before=run_before)


def test_main_screen_filtered(world, snap_compare):
    async def run_before(pilot):
        await settle(pilot.app, pilot)
        pilot.app.screen.apply_filters(side="AZE", date_from="2022")
        await settle(pilot.app, pilot)
        await pilot.press("down")
        await settle(pilot.app, pilot)

    assert snap_compare(app_for(world), terminal_size=SIZE, run_before=run_before)


@SIZES
def test_meeting_screen(world, snap_compare, size):
    async def run_before(pilot):
        await settle(pilot.app, pilot)
        pilot.app.open_target("meeting", 1)
        await settle(pilot.app, pilot)
        await pilot.press("n", "n")
        await settle(pilot.app, pilot)

    assert snap_compare(app_for(world), terminal_size=size, run_before=run_before)


@SIZES
def test_person_screen(world, snap_compare, size):
    async def run_before(pilot):
        await settle(pilot.app, pilot)
        pilot.app.open_target("person", 2)
        await settle(pilot.app, pilot)

    assert snap_compare(app_for(world), terminal_size=size, run_before=run_before)


def test_side_screen(world, snap_compare):
    async def run_before(pilot):
        await settle(pilot.app, pilot)
        pilot.app.open_target("side", "AZE")
        await settle(pilot.app, pilot)

    assert snap_compare(app_for(world), terminal_size=SIZE, run_before=run_before)
