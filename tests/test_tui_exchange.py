"""The browser's way into the analyses and exports: side -> counterpart -> bilateral timeline ->
meeting (with its event type), and the export dialog's formats for what the list shows."""

import json

from textual.widgets import DataTable, Input, Static

from whomet.store import MeetingFilter, Store
from whomet.tui.app import create_app
from whomet.tui.screens.dyad import DyadScreen
from whomet.tui.screens.group import GroupScreen
from whomet.tui.screens.meeting import MeetingScreen
from tests.test_tui_flows import SIZE, settle, type_into


async def test_side_counterpart_opens_the_bilateral_timeline(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_target("side", "AZE")
        await settle(app, pilot)
        assert isinstance(app.screen, GroupScreen)
        table = app.screen.query_one("#group-counterparts", DataTable)
        row = next(i for i in range(table.row_count)
                   if table.coordinate_to_cell_key((i, 0)).row_key.value == "RUS")
        table.move_cursor(row=row)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, DyadScreen) and (screen.a, screen.b) == ("AZE", "RUS")
        meetings = screen.query_one("#dyad-meetings", DataTable)
        rows = [[c.plain if hasattr(c, "plain") else str(c) for c in meetings.get_row_at(i)]
                for i in range(meetings.row_count)]
        assert [r[0] for r in rows] == ["2018-05-23", "2019-10-29", "2022-10-11", "2022-10-13"]
        baku = rows[1]
        assert baku[1] == "Baku" and baku[2] == "★ Seyfulla Azimov" and baku[3].strip() == "Sergey Bachurin"
        assert baku[4].strip() == "2"  # signed: the protocol and the plan
        assert "Meetings 4" in str(screen.query_one("#dyad-body", Static).render())
        meetings.move_cursor(row=1)
        await settle(app, pilot)
        detail = str(screen.query_one("#dyad-detail", Static).render())
        assert "AZE hosts" in detail and "First Deputy Minister of Internal Affairs" in detail
        assert "Signed  protocol: Protocol of the meeting" in detail and "Signed  plan: Plan for the Border" in detail
        assert "AZE · RUS" in " ".join(app.crumbs())
        meetings.move_cursor(row=1)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        body = str(app.screen.query_one("#meeting-body", Static).content)
        assert "Event type  visit · CAMEO 057 sign formal agreement (also 042, 043)" in body
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, DyadScreen)


async def test_export_dialog_offers_the_exchange_formats_for_what_the_list_shows(world, tmp_path):
    from whomet.tui.screens.export import ExportDialog

    store = Store(world)
    app = create_app(store)
    target = tmp_path / "whomet-meetings.csv"
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_into(app, pilot, "#f-side", "GEO")
        await pilot.press("escape", "e")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#export-path", Input).value = str(target)
        app.screen.query_one("#fmt-ftm").value = True
        await settle(app, pilot)
        path = app.screen.query_one("#export-path", Input).value
        assert path == str(tmp_path / "whomet-meetings.ftm.json")  # the suffix follows the format
        await pilot.press("enter")
        await settle(app, pilot)
    events = {int(e["properties"]["recordId"][0]) for e in map(json.loads, open(path)) if e["schema"] == "Event"}
    assert events == {r.id for r in store.rows(MeetingFilter(side="GEO"))} and len(events) == 2
