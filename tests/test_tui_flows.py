"""The browser through Pilot: filter -> meeting -> person -> counterpart -> back, search,
the palette jump, export, the empty store, and release text shown literally."""

import json

import pytest
from rich.text import Text
from textual.widgets import DataTable, Input, Static

from whomet.store import MeetingFilter, Store
from tests.browse_helpers import HOSTILE_TITLE, generated, hostile, settle
from whomet.tui.app import create_app
from whomet.tui.screens.group import GroupScreen
from whomet.tui.screens.main import MainScreen
from whomet.tui.screens.meeting import MeetingScreen
from whomet.tui.screens.person import PersonScreen
from whomet.tui.widgets.meeting_table import MeetingTable

SIZE = (120, 40)


def listed(app) -> list[int]:
    return [r.id for r in app.screen_stack[0].query_one(MeetingTable).rows_loaded]


async def type_into(app, pilot, selector: str, text: str):
    app.screen.query_one(selector, Input).focus()
    await pilot.press(*text)
    await settle(app, pilot)


async def test_drill_down_and_back_keeps_filters_and_cursor(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert main.query_one("#list").border_title == "Meetings (8)"
        await type_into(app, pilot, "#f-side", "AZE")
        await type_into(app, pilot, "#f-from", "2019")
        await type_into(app, pilot, "#f-to", "2019")
        assert main.filter == MeetingFilter(side="AZE", date_from="2019", date_to="2019")
        assert listed(app) == [1]
        assert main.query_one("#list").border_title == "Meetings (1 of 8)"
        assert str(main.query_one("#f-summary", Static).content) == "side:AZE 2019"
        await pilot.press("escape", "enter")  # back to the list, open the meeting
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen) and app.screen.meeting_id == 1
        # Participants: RUS delegation row, Popov, Bachurin, AZE row, Azimov, Eyvazov
        table = app.screen.query_one("#participants", DataTable)
        row = next(i for i, r in enumerate(app.screen.rows) if r[:2] == ("person", 2))
        table.move_cursor(row=row)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PersonScreen) and app.screen.person_id == 2
        assert app.crumbs()[-1] == "Sergey Bachurin"
        assert app.crumbs()[0] == "Meetings › side:AZE 2019"
        counterparts = app.screen.query_one("#counterparts", DataTable)
        first = int(counterparts.coordinate_to_cell_key((0, 0)).row_key.value)
        assert first == Store(world).counterparts(2)[0].person_id
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PersonScreen) and app.screen.person_id == first
        await pilot.press("escape", "escape", "escape")
        await settle(app, pilot)
        assert app.screen is main
        assert main.filter == MeetingFilter(side="AZE", date_from="2019", date_to="2019")
        assert main.query_one("#f-side", Input).value == "AZE"
        assert listed(app) == [1]
        await pilot.press("x")
        await settle(app, pilot)
        assert main.filter.is_empty() and len(listed(app)) == 8
        assert main.query_one("#f-side", Input).value == ""
        del counterparts


async def test_cursor_survives_a_round_trip(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "down", "down")
        table = app.screen.query_one(MeetingTable)
        chosen = table.current.id
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.meeting_id == chosen
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen.query_one(MeetingTable).current.id == chosen


@pytest.mark.parametrize("field,text,expected", [
    ("#f-text", "sturgeon", [3]),
    ("#f-person", "tsiklauri", [8, 4]),
    ("#f-text", "Tsiklauri", [8, 4]),
])
async def test_search_by_name_and_words(world, field, text, expected):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        if field == "#f-text":
            await pilot.press("slash")
            assert app.focused.id == "f-text"
            await pilot.press(*text)
            await settle(app, pilot)
        else:
            await type_into(app, pilot, field, text)
        assert listed(app) == expected


async def test_search_by_alias(world):
    from sqlalchemy import insert

    from whomet.store import models
    from whomet.store.names import fold

    with world.begin() as conn:
        conn.execute(insert(models.PersonAlias).values(person_id=9, name="L. Tsiklaouri", key=fold("L. Tsiklaouri"),
                                                       side="GEO"))
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_into(app, pilot, "#f-person", "tsiklaouri")
        assert listed(app) == [8, 4]


async def test_sort_by_column(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.screen.sort_by("attendees", "desc")
        await settle(app, pilot)
        assert listed(app)[0] == 7  # six attendees
        await pilot.press("r")
        await settle(app, pilot)
        assert listed(app)[-1] == 7


async def test_palette_jumps_to_a_person_and_a_side(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"tsiklauri")
        await pilot.pause(0.5)
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, PersonScreen) and app.screen.person_id == 9
        app.open_target("side", "GEO")
        await settle(app, pilot)
        assert isinstance(app.screen, GroupScreen)
        assert {c.side for c in app.screen.report.counterparts} == {"AZE", "KAZ"}
        await pilot.press("enter")  # a counterpart side opens the two sides' timeline ...
        await settle(app, pilot)
        from whomet.tui.screens.dyad import DyadScreen

        assert isinstance(app.screen, DyadScreen) and app.screen.a == "GEO"
        await pilot.press("g")  # ... and g the counterpart side itself
        await settle(app, pilot)
        assert isinstance(app.screen, GroupScreen) and app.screen.kind == "side" and app.screen.key != "GEO"


async def test_chain_between_two_people(world):
    from whomet.tui.screens.path import ChainScreen, PersonPicker

    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_target("person", 9)
        await settle(app, pilot)
        await pilot.press("w")
        await settle(app, pilot)
        assert isinstance(app.screen, PersonPicker)
        await pilot.press(*"popov")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChainScreen)
        assert [l.b_id for l in app.screen.links][-1] == 1 and len(app.screen.links) == 2


async def test_meeting_source_steps_through_facts(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_target("meeting", 4)
        await settle(app, pilot)
        view = app.screen.query_one("#source")
        assert view.marks, "names in the release are highlighted"
        await pilot.press("n")
        assert view.current == 0
        await pilot.press("n", "N", "N")
        assert view.current == len(view.marks) - 1
        assert {m.kind for m in view.marks} >= {"person", "agreement"}


async def test_export_writes_the_filtered_list(world, tmp_path):
    from whomet.tui.screens.export import ExportDialog

    app = create_app(Store(world))
    target = tmp_path / "aze.json"
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_into(app, pilot, "#f-side", "AZE")
        await pilot.press("escape", "e")
        await settle(app, pilot)
        assert isinstance(app.screen, ExportDialog)
        app.screen.query_one("#export-path", Input).value = str(target)
        app.screen.query_one("#fmt-json").value = True
        await pilot.press("enter")
        await settle(app, pilot)
    assert len(json.loads(target.read_text())) == 6


async def test_copy_and_help(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        assert app.clipboard.startswith("2024-02-26\tTbilisi\tGEO · KAZ")
        await pilot.press("question_mark")
        await settle(app, pilot)
        keys = app.screen.query_one("#help-keys", DataTable)
        ids = {keys.get_row_at(i)[2].plain for i in range(keys.row_count)}
        assert {"main.search", "main.clear", "main.export", "app.help"} <= ids
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_empty_store_says_how_to_import(engine):
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        empty = app.screen.query_one("#empty", Static)
        assert empty.display and "whomet import PATH" in str(empty.content)


async def test_paging_loads_more_as_the_cursor_moves(engine):
    generated(engine, 450)
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one(MeetingTable)
        first = MainScreen.FIRST_PAGE
        assert len(table.rows_loaded) == first and table.more
        assert app.screen.query_one("#list").border_title == "Meetings (450)"
        table.move_cursor(row=first - 5)
        await settle(app, pilot)
        assert len(table.rows_loaded) == first + MainScreen.MORE_PAGE
        table.move_cursor(row=first + MainScreen.MORE_PAGE - 1)
        await settle(app, pilot)
        assert len(table.rows_loaded) == first + 2 * MainScreen.MORE_PAGE
        assert len({r.id for r in table.rows_loaded}) == len(table.rows_loaded)
        loaded = len(table.rows_loaded)
        table.scroll_end(animate=False, immediate=True)  # the wheel, not the cursor
        await settle(app, pilot)
        assert len(table.rows_loaded) == min(450, loaded + MainScreen.MORE_PAGE)
        dates = [r.date for r in table.rows_loaded]
        assert dates == sorted(dates, reverse=True)


def rendered_text(widget) -> str:
    content = widget.content if hasattr(widget, "content") else widget.render()
    return content.plain if isinstance(content, Text) else str(content)


async def test_hostile_release_text_is_shown_literally(engine):
    hostile(engine)
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        detail = rendered_text(app.screen.query_one("#detail-body", Static))
        assert "[bold red]x[/]" in detail and "[link=file:///etc/passwd]" in detail
        assert "\x1b" not in detail and "␛[31m" in detail
        row = app.screen.query_one(MeetingTable).current
        assert row.title == HOSTILE_TITLE
        cells = app.screen.query_one(MeetingTable).get_row_at(0)
        assert "[bold red]x[/]" in cells[3].plain and "\x1b" not in cells[3].plain
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen)
        participants = app.screen.query_one("#participants", DataTable)
        names = [participants.get_row_at(i)[1].plain for i in range(participants.row_count)]
        assert any("[bold red]x[/] Evil ␛[31mName" in n for n in names)
        await pilot.press("escape", "slash", *"Evil")
        await settle(app, pilot)
        assert len(listed(app)) == 1
        # What reaches the terminal: the characters, never an escape sequence or a link.
        svg = app.export_screenshot()
        assert "[bold red]x[/]" in svg.replace("&#160;", " ") and "file:///etc/passwd" in svg
        assert "\x1b" not in svg


async def test_hostile_release_in_the_source_pane(engine, tmp_path):
    """A release whose text holds markup, a link and escape sequences, imported with its record."""
    from whomet.store.importer import import_paths
    from whomet.tui.widgets.source import SourceView

    (tmp_path / "w" / "gold").mkdir(parents=True)
    (tmp_path / "w" / "releases").mkdir()
    text = ("On 2 January 2020 [bold red]Evil[/] Person met Ivan Petrov in Baku.\n\n"
            "They signed a [link=file:///etc/passwd]Plan[/link] \x1b[31mred\x1b[0m and \x1b]0;title\x07.\n")
    (tmp_path / "w" / "releases" / "x.txt").write_text(text)
    record = {"source": {"publisher": "P", "date": "2020-01-02"}, "meetings": [{
        "date": "2020-01-02", "title": "T", "place": {"city": "Baku", "country": "AZE"},
        "delegations": [{"side": "AZE", "members": [{"name": "[bold red]Evil[/] Person"}]},
                        {"side": "RUS", "members": [{"name": "Ivan Petrov"}]}],
        "agreements": [{"title": "[link=file:///etc/passwd]Plan[/link]", "kind": "plan", "parties": ["AZE", "RUS"]}]}]}
    (tmp_path / "w" / "gold" / "x.json").write_text(json.dumps(record))
    report = import_paths(engine, [tmp_path / "w"])
    assert not report.failed, report.failed
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        view = app.screen.query_one(SourceView)
        shown = "\n".join(view.line_text(i) for i in range(view.line_count))
        assert "[bold red]Evil[/] Person" in shown and "[link=file:///etc/passwd]Plan[/link]" in shown
        assert "\x1b" not in shown and "␛[31mred␛[0m" in shown and "␇" in shown
        kinds = {m.kind for m in view.marks}
        assert {"person", "agreement"} <= kinds
        marked = [text[m.start:m.end] for m in view.marks]
        assert "[bold red]Evil[/] Person" in marked and "[link=file:///etc/passwd]Plan[/link]" in marked
        assert view.current == 0  # opened with `s`: on the first fact
        await pilot.press("n")
        assert view.current == 1
        assert "\x1b" not in app.export_screenshot()


async def test_mouse_sorts_by_header_and_opens_on_second_click(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one(MeetingTable)
        await pilot.click(MeetingTable, offset=(36, 0))  # the Title header
        await settle(app, pilot)
        assert (table.sort, table.direction) == ("title", "asc")
        titles = [r.title for r in table.rows_loaded]
        assert titles == sorted(titles)
        await pilot.click(MeetingTable, offset=(5, 3))  # third row: highlight
        await settle(app, pilot)
        assert table.cursor_row == 2 and isinstance(app.screen, MainScreen)
        await pilot.click(MeetingTable, offset=(5, 3))  # again: open
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingScreen) and app.screen.meeting_id == table.rows_loaded[2].id


async def test_letters_typed_in_a_field_are_text_not_keys(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_into(app, pilot, "#f-topic", "qx?")
        assert app.is_running and isinstance(app.screen, MainScreen)
        assert app.screen.filter.topic == "qx?"
        assert app.screen.query_one("#empty", Static).display  # nothing matches, and it says so


async def test_organization_from_a_meeting_and_back_to_a_filtered_list(world):
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_into(app, pilot, "#f-from", "2024")  # an earlier filter: `l` must not keep it
        app.open_target("meeting", 4)  # Tbilisi 2021: GEO hosts AZE
        await settle(app, pilot)
        app.screen.query_one("#participants", DataTable).move_cursor(row=0)  # the GEO delegation
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, GroupScreen) and app.screen.kind == "organization"
        assert app.screen.report.name == "Ministry of Internal Affairs of Georgia"
        assert app.crumbs()[-1] == "Ministry of Internal Affairs of Georgia"
        await pilot.press("escape", "g")  # the side of the highlighted row
        await settle(app, pilot)
        assert isinstance(app.screen, GroupScreen) and (app.screen.kind, app.screen.key) == ("side", "GEO")
        await pilot.press("l")  # its meetings, as a new list pushed on top, earlier filters cleared
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen) and len(app.screen_stack) == 4
        assert app.screen.filter == MeetingFilter(side="GEO")
        assert [r.id for r in app.screen.query_one(MeetingTable).rows_loaded] == [8, 4]
        assert app.screen.query_one("#f-side", Input).value == "GEO"
        assert app.screen.query_one("#list").border_title == "Meetings (2 of 8)"
        await pilot.press("escape")  # back to the side
        await settle(app, pilot)
        assert isinstance(app.screen, GroupScreen) and app.screen.key == "GEO"
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        assert app.screen is app.screen_stack[0] and app.screen.filter == MeetingFilter(date_from="2024")


async def test_joiners_in_release_text_keep_the_layout_at_80x24(engine):
    """Rich counts the character after a zero-width joiner as no cell (and a variation
    selector 16 as widening the one before), while tmux, xterm and VTE give every character
    its own width: a title with U+200D came out one cell wider per joiner in tmux, pushing
    the table's right border off its column. Shown as visible codes, they measure the same
    everywhere."""
    from rich.cells import get_character_cell_size
    from whomet.store.importer import import_records
    from whomet.store.record import parse_record

    odd = "Talks a\u200db c\u200dd \u2764\ufe0f e\u200d"
    record = {"source": {"publisher": "P\u200dQ", "date": "2020-01-02"}, "meetings": [{
        "date": "2020-01-02", "title": odd, "place": {"city": "Ba\u200dku", "country": "AZE"},
        "delegations": [{"side": "AZE", "members": [{"name": "Ali\u200d Aliyev"}]},
                        {"side": "RUS", "members": [{"name": "Ivan Petrov"}]}]}]}
    assert not import_records(engine, [parse_record(record)]).failed
    app = create_app(Store(engine))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for screen_keys in ((), ("enter",)):
            await pilot.press(*screen_keys)
            await settle(app, pilot)
            for strip in app.screen._compositor.render_strips():
                text = strip.text
                assert sum(get_character_cell_size(c) for c in text) == 80, repr(text)


async def test_palette_says_a_query_over_the_cap_is_too_long(world):
    # The store's refusal was swallowed: the palette read "No matches found" for 300 words.
    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one(Input).value = "Ivan " * 300
        await pilot.pause(0.8)
        await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("at most 1,000" in m for m in messages), messages


async def test_palette_shows_a_5000_character_name_on_one_line(engine):
    from whomet.store.importer import import_records
    from whomet.store.record import parse_record

    record = {"source": {"publisher": "P", "date": "2020-01-02"}, "meetings": [{
        "date": "2020-01-02", "title": "T", "place": {"city": "Baku", "country": "AZE"},
        "delegations": [{"side": "AZE", "members": [{"name": "Ivan " + "L" * 5000}]},
                        {"side": "RUS", "members": [{"name": "Ivan Petrov"}]}]}]}
    assert not import_records(engine, [parse_record(record)]).failed
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"ivan")
        await pilot.pause(0.8)
        await settle(app, pilot)
        from textual.command import CommandList

        r = app.screen.query_one(CommandList).region
        strips = app.screen._compositor.render_strips()
        shown = [strips[y].crop(r.x, r.right).text for y in range(r.y, r.bottom)]
        assert any("Ivan Petrov" in line for line in shown), shown  # the other hit is not pushed off
        assert sum("LLLLLLLLLL" in line for line in shown) == 1, shown


async def test_a_failed_read_is_said_not_shown_as_an_empty_result(world, monkeypatch):
    """A store failure read as "This person is no longer in the store", a too-long name in the
    chain's picker as no one found: each now names the problem in a notification."""
    from whomet.store import StoreError
    from whomet.tui.screens.path import PersonPicker

    def locked(self, *args, **kwargs):
        raise StoreError("the store is locked (database is locked)")

    app = create_app(Store(world))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_target("person", 9)
        await settle(app, pilot)
        await pilot.press("w")
        await settle(app, pilot)
        assert isinstance(app.screen, PersonPicker)
        await pilot.press(*"tur")
        await settle(app, pilot)
        labels = [str(o.prompt) for o in app.screen.query_one("#picker-list").options]
        assert any(l.endswith("· 1 meeting") for l in labels), labels
        app.screen.query_one(Input).value = "Ivan " * 300
        await settle(app, pilot)
        await pilot.pause(0.3)
        assert any("at most 1,000" in n.message for n in app._notifications)
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        monkeypatch.setattr(Store, "person", locked)
        app.open_target("person", 9)
        await settle(app, pilot)
        await pilot.pause(0.3)
        assert any(n.message == "person 9: the store is locked (database is locked)" for n in app._notifications)


def test_a_busy_persons_counts_all_read_with_thousands_separators():
    # At 1M meetings the busiest person read "Meetings 114,136 · ... awards given 7081 · received 4159".
    from whomet.store.queries import PersonProfile
    from whomet.tui.screens.person import profile_text

    p = PersonProfile(1, "Ivan Kazlauskas", "RUS", [], [], [], [], 114136, {2011: 114136}, 7081, 4159, 1035)
    assert "Meetings 114,136 · sides met 1,035 · awards given 7,081 · received 4,159" in profile_text(p).plain
