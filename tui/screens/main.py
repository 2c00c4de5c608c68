"""The main screen: filters | meetings list | detail of the highlighted meeting.

Every filter change starts a thread worker (exclusive, so only the latest counts) that
counts and fetches the first page; results come back as messages tagged with a
generation number, so a slow answer to an old keystroke never overwrites a newer one.
"""

import time
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Footer, Input, Label, Static

from whomet.store import PAGE, Cancelled, MeetingDetail, MeetingFilter, MeetingRow, date_bound, describe_filter, sort_value
from whomet.tui.literal import clean, for_clipboard
from whomet.tui.widgets.meeting_table import COLUMNS, MeetingTable
from whomet.tui.widgets.render import date, lit, meeting_text
from whomet.tui.widgets.topbar import TopBar

TEXT_FILTERS = {"f-text": "text", "f-from": "date_from", "f-to": "date_to", "f-side": "side",
                "f-org": "organization", "f-person": "person", "f-topic": "topic"}


@dataclass
class ListLoaded(Message):
    gen: int
    rows: list[MeetingRow]
    count: int | None
    append: bool
    more: bool
    error: str | None = None
    detail: MeetingDetail | None = None


@dataclass
class DetailLoaded(Message):
    meeting_id: int
    detail: MeetingDetail | None


@dataclass
class Suggestions(Message):
    sides: list[str]
    organizations: list[str]


class MainScreen(Screen):
    crumb = "Meetings"
    COUNT_WAIT = 0.0  # seconds a count may hold back the first page (0: rows first, count after)
    FIRST_PAGE = 60  # a screenful and a half: what a keystroke must fetch and lay out
    MORE_PAGE = PAGE  # then pages of 100 as the cursor nears the end

    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="main.search", tooltip="Full-text search of the meetings"),
        Binding("f", "focus_filters", "Filters", id="main.filters"),
        Binding("x", "clear_filters", "Clear", id="main.clear", tooltip="Clear every filter"),
        Binding("enter", "open_meeting", "Open", id="main.open"),
        Binding("s", "open_source", "Source", id="main.source"),
        Binding("p", "open_people", "People", id="main.people", tooltip="The meeting's participants, to open one"),
        Binding("o", "next_sort", "Sort", id="main.sort", tooltip="Sort by the next column"),
        Binding("r", "reverse_sort", "Reverse", id="main.reverse", show=False),
        Binding("c", "copy_row", "Copy", id="main.copy"),
        Binding("e", "export", "Export", id="main.export"),
        Binding("R", "review", "Review", id="main.review", show=False, tooltip="The review queue: likely same people, orgs, meetings"),
        Binding("escape", "leave_input", "List", id="main.list", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filter = MeetingFilter()
        self.gen = 0
        self.count: int | None = None
        self.loading_more = False
        self.details: dict[int, MeetingDetail] = {}  # fetched with the page, so the pane needs no second trip
        self.detail_shown: int | None = None
        self.shown_gen, self.shown_at = 0, 0.0  # the generation whose rows are on screen (benchmarks wait on it)
        self.counted_gen = 0

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        with Horizontal(id="panes"):
            with VerticalScroll(id="filters") as filters:
                filters.border_title = "Filters"
                yield Label("/ search")
                yield Input(placeholder="words, names, places…", id="f-text")
                yield Label("From")
                yield Input(placeholder="YYYY[-MM[-DD]]", id="f-from")
                yield Label("To")
                yield Input(placeholder="YYYY[-MM[-DD]]", id="f-to")
                yield Label("Side")
                yield Input(placeholder="AZE, Russia, AZE+RUS", id="f-side")
                yield Label("Organization")
                yield Input(placeholder="name or part of it", id="f-org")
                yield Label("Person")
                yield Input(placeholder="name or alias", id="f-person")
                yield Label("Topic")
                yield Input(placeholder="drug, border…", id="f-topic")
                yield Checkbox("signed something", id="f-signed")
                yield Checkbox("awards handed", id="f-awards")
                yield Static("", id="f-summary", markup=False)
            with Vertical(id="list"):
                yield MeetingTable(id="meetings")
                yield Static("", id="empty", markup=False)
            with VerticalScroll(id="detail"):
                yield Static("", id="detail-body", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#list").border_title = "Meetings"
        self.query_one("#detail").border_title = "Detail"
        self.query_one("#empty").display = False
        self.query_one(MeetingTable).focus()
        self.reload()
        self.load_suggestions()

    # -- loading ----------------------------------------------------------

    def reload(self) -> None:
        self.gen += 1
        table = self.query_one(MeetingTable)
        keep = table.current.id if table.current else None
        self.load_list(self.filter, table.sort, table.direction, self.gen, keep)
        self.query_one("#f-summary", Static).update(self.summary_text())

    @work(thread=True, exclusive=True, group="list", exit_on_error=False)
    def load_list(self, f: MeetingFilter, sort: str, direction: str, gen: int, keep: int | None) -> None:
        """Page, detail of the row the cursor will be on, and count: in one message when the count is
        quick (one repaint per keystroke), else the page first and the count when it is done."""
        store = self.app.store
        worker = get_current_worker()
        stale = lambda: worker.is_cancelled or gen != self.gen  # noqa: E731 - a newer keystroke won
        try:
            rows = store.page(f, sort, direction, limit=self.FIRST_PAGE + 1, cancelled=stale)
            more = len(rows) > self.FIRST_PAGE
            rows = rows[:self.FIRST_PAGE]
            shown = next((r for r in rows if r.id == keep), rows[0] if rows else None)
            detail = store.meeting(shown.id) if shown is not None else None
            n = None
            if not more:
                n = len(rows)
            elif self.COUNT_WAIT:
                deadline = time.perf_counter() + self.COUNT_WAIT
                try:
                    n = store.count(f, cancelled=lambda: stale() or time.perf_counter() > deadline)
                except Cancelled:
                    if stale():
                        return
            self.post_message(ListLoaded(gen, rows, n, append=False, more=more, detail=detail))
            if n is None:
                n = store.count(f, cancelled=stale)
                self.post_message(ListLoaded(gen, [], n, append=True, more=more))
        except Cancelled:
            return
        except Exception as exc:  # a bad FTS query, a locked store: say so, keep the UI alive
            self.post_message(ListLoaded(gen, [], 0, append=False, more=False, error=str(exc).splitlines()[0]))

    @work(thread=True, exclusive=True, group="more", exit_on_error=False)
    def load_more(self, f: MeetingFilter, sort: str, direction: str, after: tuple, gen: int) -> None:
        try:
            rows = self.app.store.page(f, sort, direction, after=after, limit=self.MORE_PAGE + 1)
            self.post_message(ListLoaded(gen, rows[:self.MORE_PAGE], self.count, append=True,
                                         more=len(rows) > self.MORE_PAGE))
        except Exception as exc:
            self.post_message(ListLoaded(gen, [], self.count, append=True, more=False, error=str(exc)))

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def load_detail(self, meeting_id: int) -> None:
        try:
            detail = self.app.store.meeting(meeting_id)
        except Exception:
            detail = None
        self.post_message(DetailLoaded(meeting_id, detail))

    @work(thread=True, exclusive=True, group="suggest", exit_on_error=False)
    def load_suggestions(self) -> None:
        store = self.app.store
        sides = []
        for code, name, _n in store.sides_in_use():
            sides += [code, name] if name != code else [code]
        orgs = [name for _id, name, _side, _n in store.organizations_in_use()]
        self.post_message(Suggestions(sides, orgs))

    def on_suggestions(self, message: Suggestions) -> None:
        self.query_one("#f-side", Input).suggester = SuggestFromList(message.sides, case_sensitive=False)
        self.query_one("#f-org", Input).suggester = SuggestFromList(message.organizations, case_sensitive=False)

    def on_list_loaded(self, message: ListLoaded) -> None:
        if message.gen != self.gen:
            return  # an answer to an older filter
        table = self.query_one(MeetingTable)
        if message.error:
            self.notify(clean(message.error), title="Query failed", severity="error", markup=False)
        if not message.append:
            keep = table.current.id if table.current else None
            table.set_rows(message.rows, append=False, more=message.more)
            if keep is not None:
                for i, r in enumerate(table.rows_loaded):
                    if r.id == keep:
                        table.move_cursor(row=i, animate=False)
                        break
            self.loading_more = False
            self.shown_gen, self.shown_at = message.gen, time.perf_counter()
            if message.detail is not None:
                self.details[message.detail.id] = message.detail
            if message.count is not None:
                self.count = message.count
                self.counted_gen = message.gen
            self.follow_cursor()
        else:
            if message.rows:
                table.set_rows(message.rows, append=True, more=message.more)
                self.loading_more = False
            if message.count is not None:
                self.count = message.count
                self.counted_gen = message.gen
        self.update_titles()

    def update_titles(self) -> None:
        table = self.query_one(MeetingTable)
        total = self.app.store_total
        n = self.count
        if n is None:
            title = "Meetings (counting…)"
        elif self.filter.is_empty():
            title = f"Meetings ({n:,})"
        else:
            title = f"Meetings ({n:,} of {total:,})" if total is not None else f"Meetings ({n:,})"
        lst = self.query_one("#list")
        lst.border_title = title
        shown = len(table.rows_loaded)
        lst.border_subtitle = f"showing {shown:,} · more as you scroll" if table.more else ""
        empty_store = total == 0 and self.filter.is_empty()
        self.query_one("#empty").display = empty_store or (n == 0)
        table.display = not (empty_store or n == 0)
        if empty_store:
            self.query_one("#empty", Static).update(Text.assemble(
                ("The store is empty.\n\n", "bold"), "Import meeting records or press releases with\n\n",
                ("    whomet import PATH\n\n", "bold green"),
                "PATH: a .json / .jsonl record file, a .txt release, or a directory of them.\n",
                f"Store: {self.app.store_label}"))
        elif n == 0:
            self.query_one("#empty", Static).update(Text.assemble(
                "No meeting matches ", (describe_filter(self.filter), "bold"), ".\nPress x to clear the filters."))

    def summary_text(self) -> Text:
        line = describe_filter(self.filter)
        return Text(clean(line), style="bold") if line else Text("no filters", style="dim")

    def on_meeting_table_need_more(self, _message) -> None:
        table = self.query_one(MeetingTable)
        if self.loading_more or not table.more or not table.rows_loaded:
            return
        self.loading_more = True
        last = table.rows_loaded[-1]
        self.load_more(self.filter, table.sort, table.direction,
                       (sort_value(last, table.sort), last.id), self.gen)

    # -- detail follows the cursor ----------------------------------------

    @on(MeetingTable.Highlighted)
    def follow_cursor(self, _event=None) -> None:
        row = self.query_one(MeetingTable).current
        if row is None:
            self.detail_shown = None
            self.query_one("#detail-body", Static).update("")
            self.query_one("#detail").border_title = "Detail"
            return
        self.query_one("#detail").border_title = Text(f"{date(row.date)} · {clean(row.place)}")
        if row.id == self.detail_shown:
            return
        detail = self.details.pop(row.id, None)
        if detail is not None:
            self.show_detail(detail)
        else:
            self.load_detail(row.id)

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        row = self.query_one(MeetingTable).current
        if row is None or row.id != message.meeting_id:
            return
        self.show_detail(message.detail)

    def show_detail(self, detail: MeetingDetail | None) -> None:
        body = self.query_one("#detail-body", Static)
        self.detail_shown = detail.id if detail else None
        body.update(meeting_text(detail) if detail else lit("(meeting not found)"))

    # -- filters ----------------------------------------------------------

    @on(Input.Changed)
    def filter_typed(self, event: Input.Changed) -> None:
        name = TEXT_FILTERS.get(event.input.id or "")
        if name is None:
            return
        if name in ("date_from", "date_to"):
            bad = bool(event.value.strip()) and date_bound(event.value) is None
            event.input.set_class(bad, "-invalid")
        self.set_filter(self.filter.with_(**{name: event.value}))

    @on(Checkbox.Changed)
    def filter_checked(self, event: Checkbox.Changed) -> None:
        name = {"f-signed": "signed", "f-awards": "awards"}.get(event.checkbox.id or "")
        if name:
            self.set_filter(self.filter.with_(**{name: event.value}))

    @on(Input.Submitted)
    def filter_submitted(self, _event) -> None:
        self.set_focus(self.query_one(MeetingTable))

    def set_filter(self, f: MeetingFilter) -> None:
        if f == self.filter:
            return
        self.filter = f
        self.count = None
        self.reload()
        self.app.refresh_bars()

    def action_clear_filters(self) -> None:
        with self.prevent(Input.Changed, Checkbox.Changed):
            for wid in TEXT_FILTERS:
                self.query_one(f"#{wid}", Input).value = ""
                self.query_one(f"#{wid}", Input).remove_class("-invalid")
            self.query_one("#f-signed", Checkbox).value = False
            self.query_one("#f-awards", Checkbox).value = False
        self.set_filter(MeetingFilter())

    def apply_filters(self, **values: str) -> None:
        """Set filter fields as if typed (from another screen's `l`, or tests)."""
        ids = {name: wid for wid, name in TEXT_FILTERS.items()}
        f = self.filter
        with self.prevent(Input.Changed):
            for name, value in values.items():
                self.query_one(f"#{ids[name]}", Input).value = value
                f = f.with_(**{name: value})
        self.set_filter(f)

    # set_focus, not focus(): focus() waits a turn, and the keys behind `/` would go to the list.
    def action_focus_search(self) -> None:
        self.set_focus(self.query_one("#f-text", Input))

    def action_focus_filters(self) -> None:
        self.set_focus(self.query_one("#f-side", Input))

    def action_leave_input(self) -> None:
        self.set_focus(self.query_one(MeetingTable))

    # -- sorting ----------------------------------------------------------

    @on(MeetingTable.SortRequested)
    def header_clicked(self, event: MeetingTable.SortRequested) -> None:
        self.sort_by(event.key)

    def sort_by(self, key: str, direction: str | None = None) -> None:
        table = self.query_one(MeetingTable)
        if direction is None:
            if key == table.sort:
                direction = "asc" if table.direction == "desc" else "desc"
            else:
                direction = "desc" if key in ("date", "attendees", "agreements", "awards") else "asc"
        table.sort, table.direction = key, direction
        table.build_columns()
        self.reload()

    def action_next_sort(self) -> None:
        keys = [k for k, _l, _w in COLUMNS]
        table = self.query_one(MeetingTable)
        self.sort_by(keys[(keys.index(table.sort) + 1) % len(keys)])

    def action_reverse_sort(self) -> None:
        table = self.query_one(MeetingTable)
        self.sort_by(table.sort, "asc" if table.direction == "desc" else "desc")

    # -- opening, copying, exporting --------------------------------------

    @on(MeetingTable.Selected)
    def row_selected(self, _event) -> None:
        self.action_open_meeting()

    def _open(self, focus: str) -> None:
        row = self.query_one(MeetingTable).current
        if row is not None:
            from whomet.tui.screens.meeting import MeetingScreen

            self.app.push_screen(MeetingScreen(row.id, focus=focus))

    def action_open_meeting(self) -> None:
        self._open("participants")

    def action_open_source(self) -> None:
        self._open("source")

    def action_open_people(self) -> None:
        self._open("participants")

    def action_copy_row(self) -> None:
        row = self.query_one(MeetingTable).current
        if row is None:
            return
        text = for_clipboard([date(row.date), row.place or "", row.sides, row.title or "", row.n_attendees,
                              row.n_agreements, row.n_awards])
        self.app.copy_to_clipboard(text)
        self.notify("Copied the row to the clipboard.", markup=False)

    def action_review(self) -> None:
        self.app.open_target("review", "person")

    def on_screen_resume(self) -> None:
        if self.app.stale(self):
            self.reload()

    def action_export(self) -> None:
        from whomet.tui.screens.export import ExportDialog

        table = self.query_one(MeetingTable)

        def done(choice) -> None:
            if choice:
                self.run_export(self.filter, table.sort, table.direction, *choice)

        self.app.push_screen(ExportDialog(describe_filter(self.filter), self.count), done)

    @work(thread=True, group="export", exit_on_error=False)
    def run_export(self, f: MeetingFilter, sort: str, direction: str, path: str, fmt: str) -> None:
        try:
            n = self.app.store.export_list(f, path, fmt, sort, direction)
            self.app.call_from_thread(self.notify, f"Exported {n:,} meetings to {path}", markup=False)
        except Exception as exc:
            self.app.call_from_thread(self.notify, f"Export failed: {exc}", severity="error", markup=False)
