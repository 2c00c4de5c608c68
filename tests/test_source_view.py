"""The release text pane stays responsive on huge releases: a virtual, line-based view keeps the
highlighted facts and n / N, and Escape leaves a 20 MB release at once (counted in awaits, not
seconds: how long it takes is bench/bench_source.py's business)."""

import json

import pytest

from whomet.store.importer import import_paths
from whomet.store import Store
from whomet.tui.app import create_app
from whomet.tui.screens.main import MainScreen
from whomet.tui.screens.meeting import MeetingScreen
from whomet.tui.widgets.source import SourceView
from tests.test_tui_flows import SIZE, settle

PARAGRAPH = ("The delegation headed by Police Major General Ivan Petrov held talks with the Azerbaijani side "
             "on border security and signed a Plan of joint measures. ")


def huge_release(folder, megabytes: float) -> None:
    (folder / "gold").mkdir(parents=True)
    (folder / "releases").mkdir()
    paragraphs = int(megabytes * 1_000_000 / (len(PARAGRAPH) * 3 + 1))
    text = "Baku, 12 May 2020.\n" + "\n".join(PARAGRAPH * 3 for _ in range(paragraphs)) + "\nThe end.\n"
    (folder / "releases" / "big.txt").write_text(text)
    record = {"source": {"publisher": "MIA", "date": "2020-05-12"}, "meetings": [{
        "date": "2020-05-12", "title": "Huge", "place": {"city": "Baku", "country": "AZE"},
        "delegations": [{"side": "RUS", "members": [{"name": "Ivan Petrov", "head": True}]},
                        {"side": "AZE", "members": [{"name": "Elchin Aliyev"}]}],
        "agreements": [{"title": "Plan of joint measures", "kind": "plan", "parties": ["AZE", "RUS"]}]}]}
    (folder / "gold" / "big.json").write_text(json.dumps(record))


def test_wrap_keeps_offsets_and_breaks_long_words():
    from whomet.tui.widgets.source import wrap

    text = "one two three four\n\nabcdefghijklmnop"
    lines = wrap(text, 8)
    assert [text[a:b] for a, b in lines] == ["one two", "three", "four", "", "", "", "abcdefgh", "ijklmnop"]


@pytest.mark.parametrize("megabytes", [20])
async def test_a_huge_release_opens_steps_and_leaves_at_once(engine, tmp_path, megabytes):
    huge_release(tmp_path / "w", megabytes)
    assert not import_paths(engine, [tmp_path / "w"]).failed
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        for _ in range(20):  # the meeting loads in a worker; the text is shown when it lands
            await pilot.pause()
            if isinstance(app.screen, MeetingScreen) and app.screen.detail is not None:
                break
        await pilot.pause()
        view = app.screen.query_one(SourceView)
        assert view.line_count > 100_000 and len(view.marks) > 100_000
        assert view.current == 0  # opened with `s`: on the first fact
        await pilot.press("N")  # back round to the last fact, at the end of the text
        last = view.marks[-1]
        assert view.current == len(view.marks) - 1
        top = view.scroll_offset.y
        assert top <= view._line_of(last.start) < top + view.size.height
        assert "Plan of joint measures" in view.line_text(view._line_of(view.marks[-1].start)) or last.kind == "person"
        await pilot.press("escape")
        for awaits in range(10):
            if isinstance(app.screen, MainScreen):
                break
            await pilot.pause()
        assert isinstance(app.screen, MainScreen), "Escape did not return to the list"
        assert awaits < 10


async def test_escape_while_a_huge_release_is_loading_returns_at_once(engine, tmp_path):
    huge_release(tmp_path / "w", 20)
    assert not import_paths(engine, [tmp_path / "w"]).failed
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("escape")  # before the text (and its 260,000 highlights) is ready
        for awaits in range(10):
            if isinstance(app.screen, MainScreen):
                break
            await pilot.pause()
        assert isinstance(app.screen, MainScreen) and awaits < 10
        await pilot.press("q")
