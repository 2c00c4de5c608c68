"""Two sides' bilateral timeline (Enter on a side screen's counterpart row): every meeting between
them in order, each side's highest-ranking attendee, what was signed and awarded, the event
type, and the meetings per year. Enter opens a meeting; `g` the other side."""

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from whomet.store import Dyad
from whomet.tui.literal import clean
from whomet.tui.widgets.render import cell, date, num, span_years, sparkline
from whomet.tui.widgets.tables import FitTable
from whomet.tui.widgets.topbar import TopBar


@dataclass
class Loaded(Message):
    dyad: Dyad | None
    error: str | None = None


def lead_cell(lead) -> Text:
    """The lead's name (★ when they headed the delegation); rank and position show beside the table."""
    if lead is None:
        return Text("—", style="dim")
    t = Text("★ " if lead.head else "  ", style="bold yellow", no_wrap=True, overflow="ellipsis")
    t.append(clean(lead.name).replace("\n", " "), style="bold cyan")
    return t


def summary_text(d: Dyad) -> Text:
    t = Text()
    t.append(f"{clean(d.a_name)} ({d.a})", style="bold magenta")
    t.append("\nand\n", style="dim")
    t.append(f"{clean(d.b_name)} ({d.b})", style="bold magenta")
    first = next((m.meeting.date for m in d.meetings if m.meeting.date), None)
    last = next((m.meeting.date for m in reversed(d.meetings) if m.meeting.date), None)
    t.append(f"\n\nMeetings {len(d.meetings):,} · signed {d.agreements:,} · awards {d.awards:,}")
    t.append(f"\nActive {span_years(first, last)}")
    hosted = {code: sum(1 for m in d.meetings if m.host == code) for code in (d.a, d.b)}
    t.append(f"\nHosted: {d.a} {hosted[d.a]:,} · {d.b} {hosted[d.b]:,}")
    t.append("\n\n")
    t.append_text(sparkline(d.per_year))
    for year, n in d.per_year.items():
        t.append(f"\n  {year}  {n:>6,}")
    t.append("\n\nLead: the delegation's head, then position, then rank.", style="dim")
    t.append("\n" + "─" * 30, style="dim")
    return t


def detail_text(d: Dyad, m) -> Text:
    """The highlighted meeting: each side's lead with rank and position, what was signed and awarded."""
    t = Text("\n")
    t.append(date(m.meeting.date), style="bold")
    t.append(f" · {clean(m.meeting.place)}")
    if m.host:
        t.append(f" · {m.host} hosts", style="dim")
    t.append(f"\n{m.event.label}", style="dim")
    for code, lead in ((d.a, m.lead_a), (d.b, m.lead_b)):
        t.append(f"\n\n{code}  ", style="bold magenta")
        if lead is None:
            t.append("no named attendee", style="dim")
            continue
        t.append("★ " if lead.head else "", style="bold yellow")
        t.append(clean(lead.name), style="bold cyan")
        for extra in (lead.rank, lead.position):
            if extra:
                t.append(f"\n      {clean(extra)}", style="dim")
    for kind, title in m.agreements:
        t.append(f"\n\nSigned  {kind}", style="bold")
        if title:
            t.append(f": {clean(title)}")
    for award in m.awards:
        t.append("\nAward   ", style="bold")
        t.append(clean(award))
    return t


class DyadScreen(Screen):
    DEFAULT_CSS = """
    #dyad-panes { height: 1fr; }
    #dyad-summary { width: 36; border: round $primary-darken-1; padding: 0 1; }
    #dyad-meetings { width: 1fr; height: 1fr; border: round $primary; }
    #dyad-meetings:focus { border: round $accent; }
    """
    BINDINGS = [
        Binding("escape", "app.back", "Back", id="dyad.back"),
        Binding("enter", "open", "Open", id="dyad.open", tooltip="Open the highlighted meeting"),
        Binding("g", "open_side", "Other side", id="dyad.side", tooltip="Open the counterpart side's screen"),
        Binding("c", "copy_row", "Copy", id="dyad.copy"),
    ]

    def __init__(self, a: str, b: str) -> None:
        super().__init__()
        self.a, self.b = a, b
        self.crumb = f"{a} · {b}"
        self.dyad: Dyad | None = None

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        with Horizontal(id="dyad-panes"):
            with VerticalScroll(id="dyad-summary"):
                yield Static("Loading…", id="dyad-body", markup=False)
                yield Static("", id="dyad-detail", markup=False)
            yield FitTable(id="dyad-meetings", flex="title", cap=18)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#dyad-meetings", DataTable)
        table.border_title = "Meetings, oldest first"
        # Host, ranks, positions and the event type of the highlighted meeting show beside the table.
        for key, label in (("date", "Date"), ("place", "Place"), ("a", self.a), ("b", self.b),
                           ("signed", "A"), ("awards", "W"), ("title", "Title")):  # A signed, W awards: as the list
            table.add_column(label, key=key)
        table.focus()
        self.load()

    @work(thread=True, exclusive=True, group="dyad", exit_on_error=False)
    def load(self) -> None:
        try:
            self.post_message(Loaded(self.app.store.dyad(self.a, self.b)))
        except Exception as exc:  # shown on the screen, not swallowed
            self.post_message(Loaded(None, f"{type(exc).__name__}: {exc}"))

    def on_loaded(self, message: Loaded) -> None:
        d = self.dyad = message.dyad
        body = self.query_one("#dyad-body", Static)
        if d is None:
            body.update(Text(f"Could not load {self.a} · {self.b}: {clean(message.error or '')}"))
            return
        self.query_one("#dyad-summary").border_title = f"{d.a} · {d.b}"
        body.update(summary_text(d))
        table = self.query_one("#dyad-meetings", DataTable)
        table.border_title = f"Meetings, oldest first ({len(d.meetings):,})"
        for m in d.meetings:
            table.add_row(date(m.meeting.date), cell(m.meeting.place), lead_cell(m.lead_a), lead_cell(m.lead_b),
                          num(len(m.agreements)), num(len(m.awards)), cell(m.meeting.title or ""),
                          key=str(m.meeting.id))
        table.refit()

    def action_open(self) -> None:
        table = self.query_one("#dyad-meetings", DataTable)
        if table.row_count and table.cursor_row >= 0:
            key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
            self.app.open_target("meeting", int(key))

    @on(DataTable.RowHighlighted, "#dyad-meetings")
    def row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.dyad is None or event.cursor_row < 0 or event.cursor_row >= len(self.dyad.meetings):
            return
        self.query_one("#dyad-detail", Static).update(detail_text(self.dyad, self.dyad.meetings[event.cursor_row]))

    @on(DataTable.RowSelected, "#dyad-meetings")
    def row_selected(self, _event) -> None:
        self.action_open()

    def action_open_side(self) -> None:
        self.app.open_target("side", self.b)

    def action_copy_row(self) -> None:
        table = self.query_one("#dyad-meetings", DataTable)
        if table.row_count and table.cursor_row >= 0:
            values = [c.plain if isinstance(c, Text) else str(c) for c in table.get_row_at(table.cursor_row)]
            self.app.copy_to_clipboard("\t".join(values))
            self.notify("Copied the row to the clipboard.", markup=False)
