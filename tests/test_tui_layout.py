"""The browser at any terminal size: 80x24 keeps date, place, sides and a readable title, the
filters fold into a one-line bar, the detail hides (d shows it), z zooms, the footer and the
dialogs fit; the row position and Home/End over the whole list (issue 10)."""

from textual.widgets import Footer, Input

from whomet.store import MeetingFilter, Store
from whomet.tui.app import create_app
from whomet.tui.widgets.meeting_table import MeetingTable
from tests.browse_helpers import burst, generated
from tests.test_tui_flows import listed, settle

SMALL = (80, 24)


def inside(widget, size) -> bool:
    r = widget.region
    return r.x >= 0 and r.y >= 0 and r.right <= size[0] and r.bottom <= size[1] and r.width > 0


async def test_80x24_shows_date_place_sides_and_30_columns_of_title(world):
    app = create_app(Store(world))
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        main = app.screen
        assert main.has_class("-narrow")
        assert not main.query_one("#filters").display and not main.query_one("#detail").display
        assert main.query_one("#filter-bar").display
        table = main.query_one(MeetingTable)
        widths = dict(table._widths())
        assert widths["title"] >= 30 and widths["date"] >= 11 and widths["place"] >= 8 and widths["sides"] >= 10
        header = "".join(s.text for s in table.render_line(0))
        assert all(label in header for label in ("Date", "Place", "Sides", "Title"))
        first = "".join(s.text for s in table.render_line(1))
        assert first.startswith("2024-02-26 Tbilisi") and "GEO · KAZ" in first
        assert "…" in first  # the long title is cut with an ellipsis, not chopped
        assert sum(1 for _ in first) <= table.size.width


async def test_80x24_footer_and_dialogs_fit(world):
    app = create_app(Store(world))
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        keys = list(app.screen.query_one(Footer).query("FooterKey"))
        assert keys and all(inside(k, SMALL) for k in keys)
        assert {"Quit", "Keys", "Search", "Filters", "Clear", "Export"} <= {k.description for k in keys}
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert inside(app.screen.query_one("#help-dialog"), SMALL)
        await pilot.press("escape", "e")
        await settle(app, pilot)
        assert inside(app.screen.query_one("#dialog"), SMALL)
        assert inside(app.screen.query_one("#export-ok"), SMALL)


async def test_narrow_filter_bar_takes_the_one_line_grammar(world):
    app = create_app(Store(world))
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        burst(app, "slash", *"side:AZE 2019")
        await settle(app, pilot)
        main = app.screen
        assert app.focused is main.query_one("#filter-bar", Input)
        assert main.filter == MeetingFilter(side="AZE", date_from="2019", date_to="2019")
        assert listed(app) == [1]
        # the same filter is in the pane's fields when the terminal grows
        assert main.query_one("#f-side", Input).value == "AZE" and main.query_one("#f-from", Input).value == "2019"
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        assert main.query_one("#filters").display and not main.query_one("#filter-bar").display


async def test_detail_toggles_and_any_pane_zooms(world):
    app = create_app(Store(world))
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)
        main = app.screen
        await pilot.press("d")
        await settle(app, pilot)
        assert main.query_one("#detail").display
        assert "Talks between" in str(main.query_one("#detail-body").content)
        await pilot.press("d")
        await settle(app, pilot)
        assert not main.query_one("#detail").display
    async with create_app(Store(world)).run_test(size=(120, 40)) as pilot:
        app = pilot.app
        await settle(app, pilot)
        main = app.screen
        assert main.has_class("-medium") and main.query_one("#detail").display
        await pilot.press("d")
        await settle(app, pilot)
        assert not main.query_one("#detail").display
        await pilot.press("z")
        assert main.maximized is main.query_one(MeetingTable)
        await pilot.press("z")
        assert main.maximized is None
        await pilot.press("z", "escape")  # escape also restores
        assert main.maximized is None and app.screen is main


async def test_row_position_and_the_true_last_row(engine):
    generated(engine, 450)
    store = Store(engine)
    everything = [r.id for r in store.rows(MeetingFilter())]
    app = create_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        main = app.screen
        table = main.query_one(MeetingTable)
        assert main.query_one("#list").border_subtitle == "1 / 450"
        await pilot.press("j", "j", "k")
        assert main.query_one("#list").border_subtitle == "2 / 450" and table.current.id == everything[1]
        await pilot.press("G")
        await settle(app, pilot)
        assert table.current.id == everything[-1] and table.position == 450
        assert main.query_one("#list").border_subtitle == "450 / 450"
        # upwards from the end, earlier rows come in as needed, in order and without gaps
        for _ in range(3):
            await pilot.press("pageup", "pageup", "pageup")
            await settle(app, pilot)
        loaded = [r.id for r in table.rows_loaded]
        assert loaded == everything[table.start:table.start + len(loaded)] and table.start < 450 - main.FIRST_PAGE
        assert table.current.id == everything[table.position - 1]
        await pilot.press("g")
        await settle(app, pilot)
        assert table.current.id == everything[0] and table.start == 0
        await pilot.press("end")
        await settle(app, pilot)
        assert table.current.id == everything[-1]
        await pilot.press("home")
        await settle(app, pilot)
        assert table.position == 1


async def test_escape_shows_in_the_footer_only_where_it_does_something(world):
    app = create_app(Store(world))
    async with app.run_test(size=SMALL) as pilot:
        await settle(app, pilot)

        def shown() -> set[str]:
            return {k.description for k in app.screen.query_one(Footer).query("FooterKey")}

        assert "Leave" not in shown()
        burst(app, "slash", *"bach")
        await settle(app, pilot)
        assert "Leave" in shown()
        burst(app, "escape")
        await settle(app, pilot)
        assert "Leave" not in shown() and app.screen.filter.text == "bach"


def test_wrapped_lines_in_the_detail_keep_their_indent(world):
    from rich.console import Console

    from whomet.tui.widgets.render import Hanging, meeting_text

    console = Console(width=44, color_system=None, record=True)
    console.print(Hanging(meeting_text(Store(world).meeting(1))))
    lines = console.export_text().splitlines()
    at = next(i for i, line in enumerate(lines) if "Chief of the MIA of Russia" in line)
    assert lines[at].startswith("      Chief") and lines[at + 1].startswith("      ")  # the wrap stays under it
    assert all(len(line) <= 44 for line in lines)


async def test_the_detail_pane_draws_with_hanging_indents(world):
    from whomet.tui.widgets.render import Hanging

    app = create_app(Store(world))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen.query_one("#detail-body").content, Hanging)


async def test_a_short_terminal_keeps_participant_and_counterpart_rows_in_view(world):
    # Under 20 rows the stacked panes' fixed parts (meeting pane, profile) give way: at 80x18 and
    # 50x15 the participants and the counterparts show rows, not only a header and borders.
    for size in ((80, 18), (50, 15)):
        app = create_app(Store(world))
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            assert app.screen.has_class("-short")
            app.open_target("meeting", 1)
            await settle(app, pilot)
            participants = app.screen.query_one("#participants")
            assert participants.scrollable_content_region.height >= 4, size  # header and three rows
            assert not app.screen.query_one("#meeting-detail").display
            app.open_target("person", 2)
            await settle(app, pilot)
            counterparts = app.screen.query_one("#counterparts")
            assert counterparts.scrollable_content_region.height >= 2, size  # header and a row


async def test_the_help_shows_its_mouse_line_whole_at_every_size(world):
    # The line was one Label as wide as its text: cut at the dialog's edge ("click a column hea").
    for size in (SMALL, (120, 40), (60, 20)):
        app = create_app(Store(world))
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await pilot.press("question_mark")
            await settle(app, pilot)
            label = app.screen.query_one("#help-mouse")
            r = label.content_region
            strips = app.screen._compositor.render_strips()
            shown = " ".join(strips[y].crop(r.x, r.right).text.strip() for y in range(r.y, r.bottom))
            assert shown.endswith("click a column header to sort. Escape closes."), (size, shown)
            assert inside(label, size)
