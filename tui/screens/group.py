"""A side (country or body) or an organisation: its counterparts per other side (meetings,
agreements, awards, first/last), its activity per year, its people and organisations."""

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from whomet.store import GroupReport
from whomet.tui.literal import clean, for_clipboard
from whomet.tui.widgets.paged import PagedTable
from whomet.tui.widgets.render import cell, date, num, span_years, sparkline
from whomet.tui.widgets.tables import FitTable
from whomet.tui.widgets.topbar import TopBar


@dataclass
class Loaded(Message):
    report: GroupReport | None


def report_text(r: GroupReport) -> Text:
    t = Text(clean(r.name), style="bold magenta")
    if r.kind == "organization" and r.side:
        t.append(f" ({clean(r.side)})", style="bold")
    t.append(f"\n{r.kind}", style="dim")
    t.append(f"\n\nMeetings {r.meetings:,} · agreements {r.agreements:,} · awards {r.awards:,}")
    t.append(f"\nActive {span_years(r.first, r.last)} · counterpart sides {len(r.counterparts)}")
    t.append("\n\n")
    t.append_text(sparkline(r.per_year))
    if r.per_year:
        t.append("\n")
        for year, n in r.per_year.items():
            t.append(f"\n  {year}  {n:>6,}")
    if r.organizations:
        t.append("\n\nOrganizations", style="bold")
        for _oid, name, n in r.organizations[:20]:
            t.append("\n  ")
            t.append(clean(name))
            t.append(f"  {n:,}", style="dim")
    return t


def person_cells(p) -> tuple[list, str]:
    return [cell(p.name, "cyan"), cell(p.side or ""), cell(p.organization or ""), num(p.meetings), date(p.first),
            date(p.last)], str(p.id)


class GroupScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.back", "Back", id="group.back"),
        Binding("enter", "open", "Open", id="group.open",
                tooltip="Open the person, or the two sides' timeline from a counterpart side"),
        Binding("g", "open_side", "Side", id="group.side", tooltip="Open the highlighted counterpart side"),
        Binding("l", "list_meetings", "List meetings", id="group.list",
                tooltip="Back to the list, filtered to this side or organization"),
        Binding("c", "copy_row", "Copy", id="group.copy"),
    ]

    def __init__(self, kind: str, key: str) -> None:
        super().__init__()
        self.kind, self.key = kind, str(key)
        self.crumb = f"{kind} {key}"
        self.report: GroupReport | None = None

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        with Horizontal(id="group-panes"):
            with VerticalScroll(id="group-summary"):
                yield Static("Loading…", id="group-body", markup=False)
            with Vertical(id="group-right"):
                yield FitTable(id="group-counterparts", flex="name")
                yield PagedTable(f"{self.kind}.people", self.key, "People", person_cells, id="group-people", flex="org")
        yield Footer()

    def on_mount(self) -> None:
        cp = self.query_one("#group-counterparts", DataTable)
        cp.border_title = "Counterparts per side"
        for key, label in (("side", "Side"), ("name", "Name"), ("meetings", "Met"), ("agreements", "Signed"),
                           ("awards", "Awards"), ("first", "First"), ("last", "Last")):
            cp.add_column(label, key=key)
        pp = self.query_one("#group-people", PagedTable)
        for key, label in (("name", "Person"), ("side", "Side"), ("org", "Organization"), ("meetings", "Meetings"),
                           ("first", "First"), ("last", "Last")):
            pp.add_column(label, key=key)
        self.set_focus(cp)
        self.load()
        pp.start()

    @work(thread=True, exclusive=True, group="group", exit_on_error=False)
    def load(self) -> None:
        store = self.app.store
        try:
            if self.kind == "side":
                report = store.side_report(self.key, people=0)  # the people table pages itself
            else:
                report = store.organization_report(int(self.key), people=0)
        except Exception as exc:
            self.app.read_failed(f"{self.kind} {self.key}", exc)
            report = None
        self.post_message(Loaded(report))

    def on_loaded(self, message: Loaded) -> None:
        r = self.report = message.report
        if r is None:
            self.query_one("#group-body", Static).update(Text(f"No {self.kind} {self.key} in the store."))
            return
        self.crumb = clean(r.name if r.kind == "organization" else f"{r.name} ({r.key})")
        self.app.refresh_bars()
        self.query_one("#group-summary").border_title = Text(clean(r.name))
        self.query_one("#group-body", Static).update(report_text(r))
        cp = self.query_one("#group-counterparts", DataTable)
        cp.border_title = f"Counterparts per side ({len(r.counterparts)})"
        for c in r.counterparts:
            cp.add_row(cell(c.side, "bold magenta"), cell(c.side_name), num(c.meetings), num(c.agreements),
                       num(c.awards), date(c.first), date(c.last), key=c.side)
        cp.refit()

    def refresh_data(self) -> None:
        """The store changed: the report and the people again."""
        self.query_one("#group-counterparts", DataTable).clear()
        self.load()
        self.query_one("#group-people", PagedTable).start()

    def _focused(self) -> DataTable | None:
        return self.focused if isinstance(self.focused, DataTable) else None

    def on_screen_resume(self) -> None:
        if self.app.stale(self):  # a judgement since: merged people and organisations count once
            self.refresh_data()

    @on(DataTable.RowSelected)
    def selected(self, event: DataTable.RowSelected) -> None:
        self._open(event.data_table)

    def action_open(self) -> None:
        table = self._focused()
        if table is not None:
            self._open(table)

    def _open(self, table: DataTable) -> None:
        if not table.row_count or table.cursor_row < 0:
            return
        key = table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value
        if table.id == "group-counterparts" and self.kind == "side":
            # A side's counterpart row opens the two sides' bilateral timeline.
            from whomet.tui.screens.dyad import DyadScreen

            self.app.push_screen(DyadScreen(self.key, key))
            self.app.call_after_refresh(self.app.refresh_bars)
        elif table.id == "group-counterparts":
            self.app.open_target("side", key)
        else:
            self.app.open_target("person", int(key))

    def action_open_side(self) -> None:
        table = self.query_one("#group-counterparts", DataTable)
        if table.row_count and table.cursor_row >= 0:
            self.app.open_target("side", table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value)

    def action_list_meetings(self) -> None:
        if self.report is None:
            return
        if self.kind == "side":
            self.app.show_list(side=self.key)
        else:
            self.app.show_list(organization=self.report.name)

    def action_copy_row(self) -> None:
        table = self._focused()
        if table is not None and table.row_count and table.cursor_row >= 0:
            values = [c.plain if isinstance(c, Text) else str(c) for c in table.get_row_at(table.cursor_row)]
            self.app.copy_text(for_clipboard(values))
