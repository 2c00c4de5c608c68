"""A person: names and aliases, ranks and positions over time, activity per year,
counterparts (who met whom) and meetings. Enter opens a counterpart or a meeting;
`w` asks for a second person and shows the shortest chain of meetings between them."""

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from whomet.store import PersonProfile
from whomet.tui.literal import clean, for_clipboard
from whomet.tui.widgets.paged import PagedTable
from whomet.tui.widgets.render import cell, date, num, span_years, sparkline
from whomet.tui.widgets.topbar import TopBar


@dataclass
class Loaded(Message):
    profile: PersonProfile | None
    decisions: list = None


def counterpart_cells(c) -> tuple[list, str]:
    return [cell(c.name, "cyan"), cell(c.side or ""), cell(c.organization or ""), num(c.met), date(c.first),
            date(c.last)], str(c.person_id)


def meeting_cells(m) -> tuple[list, str]:
    return [date(m.date), cell(m.place), cell(m.sides), cell(m.title or "(untitled)")], str(m.id)


def decisions_text(p: PersonProfile, decisions: list) -> Text:
    """The records resolved to this person and the judgements behind that (and behind any refusal)."""
    t = Text()
    if not decisions and not p.merged:
        return t
    t.append("\n\nIdentity", style="bold")
    if p.merged:
        t.append(f"\n  {len(p.merged) + 1} records resolved to this person (#{p.id}, "
                 + ", ".join(f"#{i}" for i in p.merged) + ")", style="dim")
    for j in decisions:
        t.append("\n  ")
        t.append({"same": "= ", "not_same": "≠ ", "unsure": "? "}.get(j.kind, "· "), style="bold")
        t.append(clean(j.describe()))
        state = j.status if j.active else "retracted"
        t.append(f"  [{state}] {j.created_at[:10]}", style="dim" if state == "applied" else "yellow")
        if j.note:
            t.append("\n      ")
            t.append(clean(j.note), style="italic")
    return t


def names_and_offices(p: PersonProfile) -> Text:
    """A person's other names, then their ranks, positions and organisations with the years held."""
    t = Text()
    if p.aliases:
        t.append("\nalso: ", style="dim")
        t.append(clean(", ".join(p.aliases)))
    for title, items in (("Ranks", p.ranks), ("Positions", p.positions), ("Organizations", p.organizations)):
        if items:
            t.append(f"\n\n{title}", style="bold")
            for d in items:
                t.append("\n  ")
                t.append(clean(d.value))
                t.append(f"  ({span_years(d.first, d.last)})", style="dim")
    return t


def profile_text(p: PersonProfile, decisions: list | None = None) -> Text:
    t = Text()
    t.append(clean(p.name), style="bold cyan")
    if p.side:
        t.append(f" ({clean(p.side)})", style="bold magenta")
    t.append_text(names_and_offices(p))
    t.append("\n\n")
    t.append(f"Meetings {p.n_meetings:,} · sides met {p.sides_met:,} · awards given {p.awards_given:,}"
             f" · received {p.awards_received:,}")
    t.append("\n")
    t.append_text(sparkline(p.per_year))
    t.append_text(decisions_text(p, decisions or []))
    return t


class PersonScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.back", "Back", id="person.back"),
        Binding("enter", "open", "Open", id="person.open"),
        Binding("w", "chain", "Path to…", id="person.chain", tooltip="Shortest chain of meetings to another person"),
        Binding("c", "copy_row", "Copy", id="person.copy"),
    ]

    def __init__(self, person_id: int) -> None:
        super().__init__()
        self.person_id = person_id
        self.crumb = f"person {person_id}"
        self.profile: PersonProfile | None = None

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        with Horizontal(id="person-panes"):
            with VerticalScroll(id="profile"):
                yield Static("Loading…", id="profile-body", markup=False)
            with Vertical(id="person-right"):
                yield PagedTable("person.counterparts", self.person_id, "Counterparts: who met whom",
                                 counterpart_cells, id="counterparts", flex="org")
                yield PagedTable("person.meetings", self.person_id, "Meetings", meeting_cells,
                                 id="person-meetings", flex="title")
        yield Footer()

    def on_mount(self) -> None:
        cp = self.query_one("#counterparts", PagedTable)
        for key, label in (("name", "Person"), ("side", "Side"), ("org", "Organization"), ("met", "Met"),
                           ("first", "First"), ("last", "Last")):
            cp.add_column(label, key=key)
        ms = self.query_one("#person-meetings", PagedTable)
        for key, label in (("date", "Date"), ("place", "Place"), ("sides", "Sides"), ("title", "Title")):
            ms.add_column(label, key=key)
        self.set_focus(cp)
        # The footer lists the focused table's keys first; on a busy machine it was drawn before the
        # focus landed and kept the screen's order ('esc Back' first) until the next key.
        self.call_after_refresh(self.refresh_bindings)
        self.load()
        cp.start()
        ms.start()

    @work(thread=True, exclusive=True, group="person", exit_on_error=False)
    def load(self) -> None:
        store = self.app.store
        try:
            profile = store.person(self.person_id)
            decisions = store.judgements_about("person", profile.id) if profile else []
        except Exception as exc:
            self.app.read_failed(f"person {self.person_id}", exc)
            profile, decisions = None, []
        self.post_message(Loaded(profile, decisions))

    def on_loaded(self, message: Loaded) -> None:
        p = self.profile = message.profile
        if p is None:
            self.query_one("#profile-body", Static).update(Text("This person is no longer in the store."))
            return
        self.crumb = clean(p.name)
        self.app.refresh_bars()
        self.query_one("#profile").border_title = Text(f"{clean(p.name)} ({clean(p.side or '?')})")
        self.query_one("#profile-body", Static).update(profile_text(p, message.decisions))

    def refresh_data(self) -> None:
        """The store changed: the profile and both tables again (each keeps its cursor's row)."""
        self.load()
        for table in self.query(PagedTable):
            table.start()

    def on_screen_resume(self) -> None:
        if self.app.stale(self):  # a judgement since: merged records, counterparts counted once
            self.refresh_data()

    def _focused_table(self) -> DataTable | None:
        focused = self.focused
        return focused if isinstance(focused, DataTable) else None

    @on(DataTable.RowSelected)
    def row_selected(self, event: DataTable.RowSelected) -> None:
        self._open_from(event.data_table)

    def action_open(self) -> None:
        table = self._focused_table()
        if table is not None:
            self._open_from(table)

    def _open_from(self, table: DataTable) -> None:
        if not table.row_count or table.cursor_row < 0:
            return
        key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        if table.id == "counterparts":
            self.app.open_target("person", int(key))
        else:
            self.app.open_target("meeting", int(key))

    def action_copy_row(self) -> None:
        table = self._focused_table()
        if table is not None and table.row_count and table.cursor_row >= 0:
            values = [c.plain if isinstance(c, Text) else str(c) for c in table.get_row_at(table.cursor_row)]
            self.app.copy_text(for_clipboard(values))

    def action_chain(self) -> None:
        from whomet.tui.screens.path import ChainScreen, PersonPicker

        if self.profile is None:
            return
        name = self.profile.name

        def chosen(other_id) -> None:
            if other_id is not None:
                self.app.push_screen(ChainScreen(self.person_id, name, int(other_id)))

        self.app.push_screen(PersonPicker(f"Shortest chain of meetings from {clean(name)} to…"), chosen)
