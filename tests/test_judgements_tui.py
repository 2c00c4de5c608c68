"""The browser's side of judgements, through Pilot: the review queue (same changes the counts
and the counterpart tables at once; not same is never proposed again) and corrections made on
the meeting screen, in place."""

from pathlib import Path

import pytest
from rich.text import Text
from textual.widgets import DataTable, Static

from tests.test_tui_flows import SIZE, settle
from whomet.store import Store
from whomet.tui.app import create_app
from whomet.tui.screens.meeting import MeetingScreen
from whomet.tui.screens.person import PersonScreen
from whomet.tui.screens.review import ReviewScreen

DATA = Path(__file__).parent / "data" / "judgements"


@pytest.fixture
def store(engine):
    s = Store(engine)
    assert not s.import_paths([DATA / "gold", DATA / "releases"]).failed
    return s


def text_of(screen, selector: str) -> str:
    content = screen.query_one(selector, Static).content
    return content.plain if isinstance(content, Text) else str(content)


def counterpart_names(screen) -> list[str]:
    table = screen.query_one("#counterparts", DataTable)
    return [table.get_row_at(i)[0].plain for i in range(table.row_count)]


async def test_review_queue_same_changes_counts_and_counterparts_at_once(store):
    serikov = store.find_people("Dauletbek Serikov")[0].id
    app = create_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_target("person", serikov)
        await settle(app, pilot)
        person = app.screen
        assert isinstance(person, PersonScreen)
        assert {"Yuriy Lebedev", "Iurii Lebedev"} <= set(counterpart_names(person))
        app.open_target("review", "person")
        await settle(app, pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        head = text_of(review, "#review-head")
        assert "3 candidate pairs" in head and "11 people" in head
        assert review.current.a_label.startswith("Yuriy Lebedev")  # best first: a variant with context
        assert "Iurii Lebedev" in text_of(review, "#review-b")
        assert "yuriy~iurii" in text_of(review, "#review-evidence")
        await pilot.press("y")
        await settle(app, pilot)
        head = text_of(review, "#review-head")
        assert "2 candidate pairs" in head and "10 people" in head
        assert not review.current.a_label.startswith("Yuriy Lebedev")
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is person
        names = counterpart_names(person)
        assert "Yuriy Lebedev" in names and "Iurii Lebedev" not in names
        assert "Iurii Lebedev" not in [c.name for c in store.counterparts(serikov)]


async def test_review_queue_not_same_is_never_proposed_again(store):
    store.resolve()
    app = create_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("R")  # from the main screen
        await settle(app, pilot)
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert "1 candidate pair " in text_of(review, "#review-head") + " "
        assert review.current.rule.startswith("spelling only")
        assert "Igor Zubkov" in text_of(review, "#review-a") + text_of(review, "#review-b")
        await pilot.press("n")
        await settle(app, pilot)
        assert "0 candidate pairs" in text_of(review, "#review-head")
        assert "Nothing to review" in text_of(review, "#review-a")
        await pilot.press("escape", "R")
        await settle(app, pilot)
        assert "0 candidate pairs" in text_of(app.screen, "#review-head")
    assert store.candidates("person") == []
    assert store.resolve().merged == []
    assert [j.kind for j in store.judgements() if j.source == "user"] == ["not_same"]


async def test_corrections_on_the_meeting_screen_in_place(store):
    app = create_app(store)
    # The store is polled often, so every correction is also seen again as a change to the store
    # (a live refresh): it must not move what the next correction acts on.
    app.POLL_SECONDS = 0.05
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_target("meeting", 3)
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        table = screen.query_one("#participants", DataTable)

        def row_of(name: str) -> int:
            return next(i for i, r in enumerate(screen.rows) if r[3] == name)

        def member(name: str):
            return next(m for d in screen.detail.delegations for m in d.members if m.name == name)

        table.move_cursor(row=row_of("Igor Zubkov"))
        await pilot.press("h")
        await settle(app, pilot)
        assert member("Igor Zubkov").head and not member("Alexander Sukhovoy").head
        assert "Corrections" in text_of(screen, "#meeting-body")

        table.move_cursor(row=row_of("Igor Zubkov"))
        await pilot.press("k")
        await settle(app, pilot)
        await pilot.press("ctrl+a", "ctrl+k", *"Major General", "enter")
        await settle(app, pilot)
        assert member("Igor Zubkov").rank == "Major General"

        table.move_cursor(row=row_of("Yuriy Lebedev"))
        await pilot.press("d")
        await settle(app, pilot)
        assert "Yuriy Lebedev" not in [r[3] for r in screen.rows]
        assert len(store.corrections(3)) == 3
        # The release text stays beside it, and still holds the name as written.
        assert "Yuriy Lebedev" in screen.detail.source.text

        await pilot.press("u")  # undo the latest: the drop
        await settle(app, pilot)
        assert "Yuriy Lebedev" in [r[3] for r in screen.rows]
        assert [j.kind for j in store.corrections(3)] == ["head", "rank"]

        # A fact stepped to in the release text with n: the correction acts on it.
        source = screen.query_one("#source")
        for _ in range(len(source.marks)):
            await pilot.press("n")
            if source.marks[source.current].kind == "person":
                break
        stepped = source.marks[source.current]
        assert stepped.kind == "person" and stepped.label in [r[3] for r in screen.rows]
        await pilot.press("d")
        await settle(app, pilot)
        assert stepped.label not in [r[3] for r in screen.rows]
    # What the extractor or the record said is still there, beside the judgements.
    assert [j.status for j in store.corrections(3)] == ["applied", "applied", "applied"]


async def test_review_queue_shows_organisations_and_meetings_side_by_side(store):
    app = create_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        await settle(app, pilot)
        await pilot.press("t")  # organisations
        await settle(app, pilot)
        review = app.screen
        assert "Review organisations: 4 candidate pairs" in text_of(review, "#review-head")
        assert "MIA of Russia" in text_of(review, "#review-b") or "MIA of Russia" in text_of(review, "#review-a")
        assert "acronym: MIA" in text_of(review, "#review-evidence")
        await pilot.press("t")  # meetings
        await settle(app, pilot)
        assert "Review meetings: 1 candidate pair" in text_of(review, "#review-head")
        both = text_of(review, "#review-a") + text_of(review, "#review-b")
        assert "Aleksandr Sukhovoi" in both and "Alexander Sukhovoy" in both
        await pilot.press("y")
        await settle(app, pilot)
        assert "Review meetings: 0 candidate pairs" in text_of(review, "#review-head")
    assert store.total()[0] == 5
