"""A meeting full screen: participants to drill into, the detail, and the release text with
its extracted facts highlighted (`n` / `N` step through them)."""

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from whomet.store import MeetingDetail
from whomet.tui.literal import clean
from whomet.tui.widgets.render import cell, date, lit, meeting_text
from whomet.tui.widgets.source import KIND_STYLES, SourceView
from whomet.tui.widgets.tables import FitTable
from whomet.tui.widgets.topbar import TopBar


@dataclass
class Loaded(Message):
    detail: MeetingDetail | None


class MeetingScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.back", "Back", id="meeting.back"),
        Binding("enter", "open", "Open", id="meeting.open", tooltip="Open the highlighted person or organization"),
        Binding("g", "open_side", "Side", id="meeting.side", tooltip="Open the highlighted row's side"),
        Binding("n", "step(1)", "Next fact", id="meeting.next"),
        Binding("N", "step(-1)", "Prev fact", id="meeting.prev"),
        Binding("s", "focus_source", "Source", id="meeting.source"),
        Binding("c", "copy_row", "Copy", id="meeting.copy"),
    ]

    def __init__(self, meeting_id: int, focus: str = "participants") -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.initial_focus = focus
        self.detail: MeetingDetail | None = None
        self.crumb = f"meeting {meeting_id}"
        self.rows: list[tuple[str, object, str | None]] = []  # (kind, id, side) per participants row

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        with Horizontal(id="meeting-panes"):
            with Vertical(id="meeting-left"):
                yield FitTable(id="participants", flex="name", cap=20)
                with VerticalScroll(id="meeting-detail"):
                    yield Static("Loading…", id="meeting-body", markup=False)
            yield SourceView(id="source")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#participants").border_title = "Participants"
        self.query_one("#meeting-detail").border_title = "Meeting"
        self.query_one("#source").border_title = "Release text"
        table = self.query_one("#participants", DataTable)
        for key, label in (("side", "Side"), ("name", "Name"), ("rank", "Rank")):
            table.add_column(label, key=key)
        self.load()

    @work(thread=True, exclusive=True, group="meeting", exit_on_error=False)
    def load(self) -> None:
        try:
            detail = self.app.store.meeting(self.meeting_id)
        except Exception:
            detail = None
        self.post_message(Loaded(detail))

    def on_loaded(self, message: Loaded) -> None:
        d = self.detail = message.detail
        if d is None:
            self.query_one("#meeting-body", Static).update(lit("This meeting is no longer in the store."))
            return
        self.crumb = f"{date(d.date)} {clean(d.city or ('video' if d.format == 'video_conference' else ''))}".strip()
        self.app.refresh_bars()
        self.query_one("#meeting-body", Static).update(meeting_text(d, source_hint=False))
        table = self.query_one("#participants", DataTable)
        for dl in d.delegations:
            label = Text(clean(dl.organization or dl.side_name), style="bold magenta")
            if dl.host:
                label.append(" (host)", style="dim")
            table.add_row(cell(dl.side, "bold magenta"), label, "")
            self.rows.append(("organization" if dl.organization_id else "side",
                              dl.organization_id or dl.side, dl.side))
            for m in dl.members:
                name = Text("★ " if m.head else "  ", style="bold yellow")
                name.append(clean(m.name), style="bold cyan")
                table.add_row(cell(dl.side), name, cell(m.rank or ""))
                self.rows.append(("person", m.person_id, dl.side))
        table.refit()
        source = self.query_one(SourceView)
        source.show(d)
        legend = Text()
        for kind, style in KIND_STYLES.items():
            legend.append(f" {kind} ", style=style)
            legend.append(" ")
        source.border_subtitle = f"{len(source.marks)} facts · n / N"
        self.query_one("#meeting-detail").border_subtitle = ""
        if self.initial_focus == "source":
            source.focus()
            source.step(1)
        else:
            table.focus()
            if len(self.rows) > 1:
                table.move_cursor(row=1)

    def _current(self):
        table = self.query_one("#participants", DataTable)
        if not self.rows or table.cursor_row < 0 or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    @on(DataTable.RowSelected, "#participants")
    def row_selected(self, _event) -> None:
        self.action_open()

    def action_open(self) -> None:
        row = self._current()
        if row is not None:
            self.app.open_target(row[0], row[1])

    def action_open_side(self) -> None:
        row = self._current()
        if row is not None and row[2]:
            self.app.open_target("side", row[2])

    def action_step(self, delta: int) -> None:
        mark = self.query_one(SourceView).step(delta)
        if mark is None:
            self.notify("No highlighted facts in this release.", markup=False)
        else:
            view = self.query_one(SourceView)
            view.border_subtitle = Text(f"{view.current + 1}/{len(view.marks)} {mark.kind}: {clean(mark.label)[:40]}")

    def action_focus_source(self) -> None:
        self.query_one(SourceView).focus()

    def action_copy_row(self) -> None:
        table = self.query_one("#participants", DataTable)
        if table.row_count and table.cursor_row >= 0:
            values = [c.plain if isinstance(c, Text) else str(c) for c in table.get_row_at(table.cursor_row)]
            self.app.copy_to_clipboard("\t".join(v.strip() for v in values))
            self.notify("Copied the row to the clipboard.", markup=False)
