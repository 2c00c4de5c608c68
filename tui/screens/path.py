"""Asking for a second person (a small dialog) and showing the shortest chain of meetings."""

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from whomet.store import Link, PersonHit
from whomet.tui.literal import clean
from whomet.tui.widgets.render import cell, date
from whomet.tui.widgets.tables import FitTable
from whomet.tui.widgets.topbar import TopBar


@dataclass
class Hits(Message):
    query: str
    hits: list[PersonHit]


class PersonPicker(ModalScreen):
    """Type a name, pick a person; dismisses with the person id or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="picker.cancel"),
                Binding("down", "to_list", "List", id="picker.list", show=False)]

    def __init__(self, prompt: str) -> None:
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(Text(self.prompt, style="bold"))
            yield Input(placeholder="a name or part of it", id="picker-input")
            yield OptionList(id="picker-list")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#picker-input")
    def typed(self, event: Input.Changed) -> None:
        self.search(event.value)

    @work(thread=True, exclusive=True, group="picker", exit_on_error=False)
    def search(self, query: str) -> None:
        try:
            hits = self.app.store.find_people(query, limit=30) if query.strip() else []
        except Exception as exc:
            self.app.read_failed("people", exc)
            hits = []
        self.post_message(Hits(query, hits))

    def on_hits(self, message: Hits) -> None:
        if message.query != self.query_one(Input).value:
            return
        options = self.query_one(OptionList)
        options.clear_options()
        for h in message.hits:
            label = Text(clean(h.name), style="bold")
            label.append(f"  {clean(h.side or '?')} · {h.meetings} meeting{'s' * (h.meetings != 1)}", style="dim")
            options.add_option(Option(label, id=str(h.id)))
        if message.hits:
            options.highlighted = 0

    @on(Input.Submitted, "#picker-input")
    def submitted(self, _event) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            self.dismiss(int(options.get_option_at_index(options.highlighted or 0).id))

    @on(OptionList.OptionSelected)
    def picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id))

    def action_to_list(self) -> None:
        self.query_one(OptionList).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass
class ChainFound(Message):
    links: list[Link] | None
    failed: bool = False


class ChainScreen(Screen):
    """The links of the shortest chain, one meeting per row; Enter opens the meeting."""

    BINDINGS = [Binding("escape", "app.back", "Back", id="chain.back"),
                Binding("enter", "open", "Open meeting", id="chain.open"),
                Binding("p", "open_person", "Open person", id="chain.person")]

    def __init__(self, source: int, source_name: str, target: int) -> None:
        super().__init__()
        self.source, self.target = source, target
        self.crumb = f"path from {clean(source_name)}"
        self.links: list[Link] = []

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        yield Static("Searching…", id="chain-summary", markup=False)
        yield FitTable(id="chain", flex="title")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, label in (("a", "From"), ("date", "Date"), ("place", "Place"), ("title", "Meeting"), ("b", "To")):
            table.add_column(label, key=key)
        table.focus()
        self.app.refresh_bars()
        self.find()

    @work(thread=True, exclusive=True, group="chain", exit_on_error=False)
    def find(self) -> None:
        try:
            links = self.app.store.chain(self.source, self.target)
        except Exception as exc:
            self.app.read_failed("chain", exc)
            self.post_message(ChainFound(None, failed=True))
            return
        self.post_message(ChainFound(links))

    def on_chain_found(self, message: ChainFound) -> None:
        summary = self.query_one("#chain-summary", Static)
        if message.failed:
            summary.update(Text("The chain could not be read from the store (the message says why)."))
            return
        if message.links is None:
            summary.update(Text("No chain of meetings joins these two people (up to 8 meetings apart)."))
            return
        if not message.links:
            summary.update(Text("That is the same person."))
            return
        self.links = message.links
        t = Text(f"{len(self.links)} meeting{'s' * (len(self.links) > 1)} apart: ", style="bold")
        t.append(" → ".join([clean(self.links[0].a_name)] + [clean(l.b_name) for l in self.links]))
        summary.update(t)
        table = self.query_one(DataTable)
        for i, l in enumerate(self.links):
            table.add_row(cell(f"{l.a_name} ({l.a_side or '?'})", "cyan"), date(l.meeting.date), cell(l.meeting.place),
                          cell(l.meeting.title or ""), cell(f"{l.b_name} ({l.b_side or '?'})", "cyan"), key=str(i))
        table.refit()

    def _link(self) -> Link | None:
        table = self.query_one(DataTable)
        if not self.links or table.cursor_row < 0:
            return None
        return self.links[table.cursor_row]

    @on(DataTable.RowSelected)
    def selected(self, _event) -> None:
        self.action_open()

    def action_open(self) -> None:
        link = self._link()
        if link:
            self.app.open_target("meeting", link.meeting.id)

    def action_open_person(self) -> None:
        link = self._link()
        if link:
            self.app.open_target("person", link.b_id)
