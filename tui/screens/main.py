"""The main screen: filters | meetings list | detail of the highlighted meeting.

Every filter change starts a thread worker (exclusive, so only the latest counts) that
fetches the first page, then counts; results come back as messages tagged with a
generation number, so a slow answer to an old keystroke never overwrites a newer one.

The layout follows the terminal's width (the screen's breakpoint classes, whomet.tcss):
wide, the three panes side by side; medium, the detail under the list; narrow (80x24), the
filter pane becomes a one-line filter bar (`side:AZE 2019 signed border`, the grammar of
store/filters.py) and the detail hides until `d` shows it. `z` zooms any pane.
"""

import threading
import time
from dataclasses import dataclass, field

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Footer, Input, Label, Static
from textual.worker import get_current_worker

# Light names only (no SQLAlchemy): the first rows are drawn before the SQL side of the store loads.
from whomet.store import (Cancelled, MeetingFilter, MeetingRow, date_bound, date_problem, describe_filter,
                          parse_filter_line, sort_value)
from whomet.tui.literal import clean, for_clipboard
from whomet.tui.widgets.meeting_table import COLUMNS, MeetingTable
from whomet.tui.widgets.render import Hanging, date, lit, meeting_text, plural
from whomet.tui.widgets.topbar import TopBar

TEXT_FILTERS = {"f-text": "text", "f-from": "date_from", "f-to": "date_to", "f-side": "side",
                "f-org": "organization", "f-person": "person", "f-topic": "topic"}
CHECK_FILTERS = {"f-signed": "signed", "f-awards": "awards"}
RELOAD_MAX = 2000  # rows a live refresh reloads to keep the cursor where it was


def _width_class() -> str:
    """The breakpoint class for the terminal's width now, set before the first layout: Textual adds
    it on the first resize otherwise, and restyling every widget then costs a third of the first frame."""
    from textual._context import active_app

    try:
        app = active_app.get()
        width = app.size.width
        breakpoints = app.HORIZONTAL_BREAKPOINTS or []
    except Exception:  # no app yet: Textual sets it on the first resize
        return ""
    return next((name for edge, name in sorted(breakpoints, reverse=True) if width >= edge), "")


@dataclass
class ListLoaded(Message):
    gen: int
    rows: list[MeetingRow]
    count: int | None
    append: bool
    more: bool
    error: str | None = None
    detail: object = None
    offset: int = 0  # > 0: the rows end the list (a jump to the end)
    prepend: bool = False
    problems: list[str] | None = None
    keep: int | None = None  # the meeting the cursor should stay on
    painted: threading.Event | None = None  # set once these rows are on screen (the count waits for it)


@dataclass
class DetailLoaded(Message):
    meeting_id: int
    detail: object


@dataclass
class Suggestions(Message):
    sides: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)


class MainScreen(Screen):
    crumb = "Meetings"
    COUNT_WAIT = 0.0  # seconds a count may hold back the first page (0: rows first, count after)
    PAINT_WAIT = 1.0  # at most this long the count waits for the rows to be painted
    FIRST_PAGE = 60  # a screenful and a half: what a keystroke must fetch and lay out
    MORE_PAGE = 100  # then pages of 100 as the cursor nears either end

    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="main.search", tooltip="Full-text search of the meetings"),
        Binding("f", "focus_filters", "Filters", id="main.filters"),
        Binding("x", "clear_filters", "Clear", id="main.clear", tooltip="Clear every filter"),
        Binding("enter", "open_meeting", "Open", id="main.open"),
        Binding("s", "open_source", "Source", id="main.source", show=False),
        Binding("p", "open_people", "People", id="main.people", show=False,
                tooltip="The meeting's participants, to open one"),
        Binding("o", "next_sort", "Sort", id="main.sort", tooltip="Sort by the next column"),
        Binding("r", "reverse_sort", "Reverse", id="main.reverse", show=False),
        Binding("d", "toggle_detail", "Detail", id="main.detail", show=False, tooltip="Show or hide the detail pane"),
        Binding("c", "copy_row", "Copy", id="main.copy", show=False),
        Binding("e", "export", "Export", id="main.export"),
        Binding("R", "review", "Review", id="main.review", show=False, tooltip="The review queue: likely same people, orgs, meetings"),
        Binding("escape", "leave", "Leave", id="main.list",
                tooltip="Out of a field to the list; out of a zoom; on a pushed list, back"),
    ]

    def __init__(self, filters: dict | None = None) -> None:
        super().__init__(classes=_width_class())
        self.filter = MeetingFilter(**(filters or {}))
        self.gen = 0
        self.count: int | None = None
        self.problems: list[str] = []  # what the store did not understand in the filter
        self._summary_shown: str | None = None
        self._problems_shown: list[str] | None = None
        self.field_problems: dict[str, str] = {}  # field id -> why what was typed there is not applied
        self.loading_more = self.loading_earlier = False
        self.details: dict[int, object] = {}  # fetched with the rows (End: load_tail), so the pane needs no second trip
        self.detail_shown: int | None = None
        self.detail_waits = False  # new rows are not drawn yet: the detail pane waits for them
        self.shown_gen, self.shown_at = 0, 0.0  # the generation whose rows are on screen (benchmarks wait on it)
        self._open_when_listed: str | None = None  # an open asked for while the list was being fetched
        self._focus_when_listed = False  # Enter in a filter while no table showed: the list takes the focus once it shows
        self.counted_gen = 0

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        with Horizontal(id="panes"):
            with VerticalScroll(id="filters") as filters:
                filters.border_title = "Filters"
                yield Label("/ search", id="search-label")
                yield Input(placeholder="words, names, places…", id="f-text")
                yield Label("From")
                yield Input(placeholder="YYYY[-MM[-DD]]", id="f-from")
                yield Label("To")
                yield Input(placeholder="YYYY[-MM[-DD]]", id="f-to")
                yield Label("Side")
                yield Input(placeholder="AZE RUS, Russia", id="f-side")
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
                yield Input(placeholder="filter: words side:AZE 2019 signed", id="filter-bar")
                yield Static("", id="problems", markup=False)
                yield MeetingTable(id="meetings")
                yield Static("", id="empty", markup=False)
            with VerticalScroll(id="detail"):
                yield Static("", id="detail-body", markup=False)
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#list").border_title = "Meetings"
        self.query_one("#detail").border_title = "Detail"
        self.query_one("#empty").display = False
        self.query_one("#problems").display = False
        table = self.query_one(MeetingTable)
        self.set_focus(table)
        self.show_filter_in_inputs()
        first = getattr(self.app, "first_rows", None)
        if first is not None and self.filter.is_empty() and (table.sort, table.direction) == ("date", "desc"):
            # Read before the store opened (store/quick.py): on screen now, the full answer follows.
            self.app.first_rows = None
            table.set_rows(first[:self.FIRST_PAGE], append=False, more=len(first) > self.FIRST_PAGE)
            self.shown_at = time.perf_counter()
            self.update_titles()
        self.reload()
        # What is not needed for the first rows waits until they are on screen; the suggestions
        # (a grouped query over every delegation, seconds at 1M meetings) until a field wants them.
        self.suggested = False
        self.call_after_refresh(self.label_keys)

    def on_resize(self, _event) -> None:
        self.call_after_refresh(self.show_filter_in_inputs)  # the breakpoint class may have changed

    def on_screen_resume(self) -> None:
        self.label_keys()
        if self.app.stale(self):  # a judgement since this list was shown
            self.reload()

    # -- loading ----------------------------------------------------------

    def reload(self, keep_rows: bool = False) -> None:
        """Fetch the list again; `keep_rows` (a live refresh): as many rows as are loaded, the cursor kept."""
        self.gen += 1
        table = self.query_one(MeetingTable)
        keep = table.current.id if table.current else None
        if keep_rows and table.start:
            self.load_tail(self.filter, table.sort, table.direction, self.gen, keep)
        else:
            limit = min(max(self.FIRST_PAGE, len(table.rows_loaded)), RELOAD_MAX) if keep_rows else self.FIRST_PAGE
            self.load_list(self.filter, table.sort, table.direction, self.gen, keep, limit)

    def show_summary(self) -> None:
        """The filter line under the fields and the top bar's crumbs: after the rows (rows_drawn)."""
        summary = self.summary_text()
        if summary.plain != self._summary_shown:  # a repaint per change, not per reload
            self._summary_shown = summary.plain
            self.query_one("#f-summary", Static).update(summary)
            self.app.refresh_bars()

    @work(thread=True, exclusive=True, group="list", exit_on_error=False)
    def load_list(self, f: MeetingFilter, sort: str, direction: str, gen: int, keep: int | None,
                  limit: int) -> None:
        """The first page, then (once it is drawn) the count: rows first (what a keystroke waits
        for), the count in a second message."""
        store = self.app.store
        worker = get_current_worker()
        stale = lambda: worker.is_cancelled or gen != self.gen  # noqa: E731 - a newer keystroke won
        try:
            rows = store.page(f, sort, direction, limit=limit + 1, cancelled=stale)
            more = len(rows) > limit
            rows = rows[:limit]
            # The highlighted meeting's detail is fetched once these rows are drawn (follow_cursor).
            problems = store.filter_problems(f) if not f.is_empty() else []
            n = None if more else len(rows)
            if n is None and self.COUNT_WAIT:
                deadline = time.perf_counter() + self.COUNT_WAIT
                try:
                    n = store.count(f, cancelled=lambda: stale() or time.perf_counter() > deadline)
                except Cancelled:
                    if stale():
                        return
            painted = threading.Event()
            self.post_message(ListLoaded(gen, rows, n, append=False, more=more, problems=problems,
                                         keep=keep, painted=painted))
            if n is None:
                # The count starts once the rows are painted: run beside the paint, its query and the
                # UI thread take turns at the GIL and the rows reach the screen tens of ms later.
                deadline = time.perf_counter() + self.PAINT_WAIT
                while not painted.wait(0.02) and time.perf_counter() < deadline:
                    if stale():
                        return
                if stale():
                    return
                n = store.count(f, cancelled=stale)
                self.post_message(ListLoaded(gen, [], n, append=True, more=more))
        except Cancelled:
            return
        except Exception as exc:  # a bad FTS query, a locked store: say so, keep the UI alive
            self.post_message(ListLoaded(gen, [], 0, append=False, more=False, error=str(exc).splitlines()[0]))

    @work(thread=True, exclusive=True, group="list", exit_on_error=False)
    def load_tail(self, f: MeetingFilter, sort: str, direction: str, gen: int, keep: int | None = None) -> None:
        """The last rows of the list (End): the same order walked from the other end."""
        store = self.app.store
        try:
            n = store.count(f)
            rows = store.page(f, sort, direction, limit=self.FIRST_PAGE, backwards=True)[::-1]
            shown = next((r for r in rows if r.id == keep), rows[-1] if rows else None)
            detail = store.meeting(shown.id) if shown is not None else None
            self.post_message(ListLoaded(gen, rows, n, append=False, more=False, detail=detail,
                                         offset=max(n - len(rows), 0), problems=self.problems,
                                         keep=keep if keep is not None else (rows[-1].id if rows else None)))
        except Exception as exc:
            self.post_message(ListLoaded(gen, [], 0, append=False, more=False, error=str(exc).splitlines()[0]))

    @work(thread=True, exclusive=True, group="more", exit_on_error=False)
    def load_more(self, f: MeetingFilter, sort: str, direction: str, after: tuple, gen: int,
                  backwards: bool = False) -> None:
        try:
            rows = self.app.store.page(f, sort, direction, after=after, limit=self.MORE_PAGE + 1, backwards=backwards)
            if backwards:
                self.post_message(ListLoaded(gen, rows[:self.MORE_PAGE][::-1], self.count, append=True, more=False,
                                             prepend=True))
            else:
                self.post_message(ListLoaded(gen, rows[:self.MORE_PAGE], self.count, append=True,
                                             more=len(rows) > self.MORE_PAGE))
        except Exception as exc:
            self.post_message(ListLoaded(gen, [], self.count, append=True, more=False, error=str(exc),
                                         prepend=backwards))

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def load_detail(self, meeting_id: int) -> None:
        try:
            detail = self.app.store.meeting(meeting_id)
        except Exception as exc:
            self.app.read_failed(f"meeting {meeting_id}", exc)
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
        if message.prepend:
            table.prepend_rows(message.rows)
            self.loading_earlier = False
        elif not message.append:
            table.set_rows(message.rows, append=False, more=message.more, start=message.offset)
            if message.keep is not None:
                for i, r in enumerate(table.rows_loaded):
                    if r.id == message.keep:
                        table.move_cursor(row=i, animate=False)
                        break
            self.loading_more = self.loading_earlier = False
            self.shown_gen, self.shown_at = message.gen, time.perf_counter()
            if message.detail is not None:
                self.details[message.detail.id] = message.detail
            if message.problems is not None:
                self.show_problems(message.problems)
            if message.count is not None:
                self.count = message.count
                self.counted_gen = message.gen
            # The new rows go on screen alone; the detail pane (a reflow and a repaint of its wrapped
            # text) follows in the next frame, so a keystroke's rows never wait for it.
            self.detail_waits = True
            self.follow_cursor()
            if self._open_when_listed is not None:
                focus, self._open_when_listed = self._open_when_listed, None
                self._open(focus)
        else:
            if message.rows:
                table.set_rows(message.rows, append=True, more=message.more)
            self.loading_more = False
            if message.count is not None:
                self.count = message.count
                self.counted_gen = message.gen
        self.update_titles()
        # After update_titles, which decides whether the table shows: a hidden table (no match) is
        # never drawn, and what waits for its rows must then come at once.
        if not message.prepend and not message.append:
            table.after_drawn(lambda: self.call_later(self.rows_drawn))
        if message.painted is not None:
            table.after_drawn(message.painted.set)

    def show_problems(self, problems: list[str]) -> None:
        self.problems = problems
        shown = [*self.field_problems.values(), *problems]
        if shown == self._problems_shown:
            return  # unchanged: no repaint
        self._problems_shown = shown
        box = self.query_one("#problems", Static)
        box.display = bool(shown)
        box.update(Text("; ".join(clean(p) for p in shown), style="bold red"))

    def key_of(self, binding_id: str) -> str:
        """The key one of this screen's bindings has now (remapped or not), as the footer shows it;
        read from the screen's own bindings, as a focused field hides the letters it takes."""
        bindings = self._bindings.copy()
        if self.app._keymap:
            bindings.apply_keymap(self.app._keymap)
        for _key, binding in bindings:
            if binding.id == binding_id:
                return self.app.get_key_display(binding)
        return "?"

    def label_keys(self) -> None:
        self.query_one("#search-label", Label).update(f"{self.key_of('main.search')} search")
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
        if table.rows_loaded:
            lst.border_subtitle = f"{table.position:,} / {n:,}" if n is not None else f"{table.position:,} / …"
        else:
            lst.border_subtitle = ""
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
            clear = self.key_of("main.clear")
            if isinstance(self.focused, Input):  # the key would be typed into the field
                how = f"Escape, then {clear}, clears the filters."
            else:
                how = f"Press {clear} to clear the filters."
            self.query_one("#empty", Static).update(Text.assemble(
                "No meeting matches ", (clean(describe_filter(self.filter)), "bold"), f".\n{how}"))

    def on_descendant_focus(self, event) -> None:
        if not self.suggested and getattr(event.widget, "id", None) in ("f-side", "f-org"):
            self.suggested = True
            self.load_suggestions()
        if self.count == 0:
            self.update_titles()
        self.refresh_bindings()

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
                       (sort_value(last, table.sort, table.direction), last.id), self.gen)

    def on_meeting_table_need_earlier(self, _message) -> None:
        table = self.query_one(MeetingTable)
        if self.loading_earlier or not table.start or not table.rows_loaded:
            return
        self.loading_earlier = True
        first = table.rows_loaded[0]
        self.load_more(self.filter, table.sort, table.direction,
                       (sort_value(first, table.sort, table.direction), first.id), self.gen, backwards=True)

    def on_meeting_table_edge_requested(self, message: MeetingTable.EdgeRequested) -> None:
        table = self.query_one(MeetingTable)
        self.gen += 1
        if message.end:
            self.load_tail(self.filter, table.sort, table.direction, self.gen)
        else:
            self.load_list(self.filter, table.sort, table.direction, self.gen, None, self.FIRST_PAGE)

    # -- detail follows the cursor ----------------------------------------

    @on(MeetingTable.Highlighted)
    def follow_cursor(self, _event=None) -> None:
        table = self.query_one(MeetingTable)
        row = table.current
        if self.count is not None and table.rows_loaded:
            self.query_one("#list").border_subtitle = f"{table.position:,} / {self.count:,}"
        if row is None:
            self.detail_shown = None
            self.query_one("#detail-body", Static).update("")
            self.query_one("#detail").border_title = "Detail"
            return
        self.query_one("#detail").border_title = Text(f"{date(row.date)} · {clean(row.place)}")
        if row.id == self.detail_shown or self.detail_waits:
            return
        detail = self.details.pop(row.id, None)
        if detail is not None:
            self.show_detail(detail)
        elif self.query_one("#detail").display:
            self.load_detail(row.id)

    def rows_drawn(self) -> None:
        """The new rows are on screen: now what waited for them (the detail, the filter line)."""
        self.detail_waits = False
        self.follow_cursor()
        self.show_summary()

    def on_detail_loaded(self, message: DetailLoaded) -> None:
        row = self.query_one(MeetingTable).current
        if row is None or row.id != message.meeting_id:
            return
        self.show_detail(message.detail)

    def show_detail(self, detail: object) -> None:
        body = self.query_one("#detail-body", Static)
        self.detail_shown = detail.id if detail else None
        body.update(Hanging(meeting_text(detail)) if detail else lit("(meeting not found)"))

    def action_toggle_detail(self) -> None:
        narrow = self.has_class("-narrow")
        if narrow:
            self.toggle_class("-show-detail")
        else:
            self.toggle_class("-hide-detail")
        self.detail_shown = None
        self.call_after_refresh(self.follow_cursor)

    # -- filters ----------------------------------------------------------

    @on(Input.Changed)
    def filter_typed(self, event: Input.Changed) -> None:
        if event.input.id == "filter-bar":
            self.set_filter(parse_filter_line(event.value), typed_in=event.input)
            return
        name = TEXT_FILTERS.get(event.input.id or "")
        if name is None:
            return
        value = event.value
        if name in ("date_from", "date_to"):
            # A date that is not one is not applied (#problems says why); the field keeps what was typed.
            bad = bool(value.strip()) and date_bound(value) is None
            event.input.set_class(bad, "-invalid")
            if bad:
                self.field_problems[event.input.id] = date_problem(value, "from" if name == "date_from" else "to")
                value = ""
            else:
                self.field_problems.pop(event.input.id, None)
            self.show_problems(self.problems)
        self.set_filter(self.filter.with_(**{name: value}), typed_in=event.input)

    @on(Checkbox.Changed)
    def filter_checked(self, event: Checkbox.Changed) -> None:
        name = CHECK_FILTERS.get(event.checkbox.id or "")
        if name:
            self.set_filter(self.filter.with_(**{name: event.value}), typed_in=event.checkbox)

    @on(Input.Submitted)
    def filter_submitted(self, _event) -> None:
        table = self.query_one(MeetingTable)
        if not table.display and self.shown_gen != self.gen:
            # Typed over a list that matched nothing ('/name', then '/kaz' Enter Enter): no table shows to take the
            # focus until the new rows come, so it goes there when they do, and a second Enter opens the first of them.
            if self._focus_when_listed:
                self._open_when_listed = "participants"
            self._focus_when_listed = True
            return
        self.set_focus(table)

    def set_filter(self, f: MeetingFilter, typed_in=None) -> None:
        if f == self.filter:
            return
        self.filter = f
        self.count = None
        self.show_filter_in_inputs(skip=typed_in)
        self.reload()

    def show_filter_in_inputs(self, skip=None) -> None:
        """The filter into the fields and the bar, except the one being typed in (never write back
        into a field the user is typing in) and the focused one."""
        f = self.filter
        with self.prevent(Input.Changed, Checkbox.Changed):
            bar = self.query_one("#filter-bar", Input)
            # The bar is written only where it shows (narrow); on_resize fills it when it appears.
            if bar is not skip and bar is not self.focused and self.has_class("-narrow"):
                line = describe_filter(f)
                if parse_filter_line(bar.value) != f:
                    bar.value = line
            for wid, name in TEXT_FILTERS.items():
                box = self.query_one(f"#{wid}", Input)
                if box is skip or box is self.focused:
                    continue
                if box.value != getattr(f, name) and not (name.startswith("date") and box.has_class("-invalid")
                                                          and not getattr(f, name)):
                    box.value = getattr(f, name)
                    box.remove_class("-invalid")
            for wid, name in CHECK_FILTERS.items():
                box = self.query_one(f"#{wid}", Checkbox)
                if box is not skip and box.value != getattr(f, name):
                    box.value = getattr(f, name)

    def action_clear_filters(self) -> None:
        with self.prevent(Input.Changed, Checkbox.Changed):
            for wid in TEXT_FILTERS:
                self.query_one(f"#{wid}", Input).value = ""
                self.query_one(f"#{wid}", Input).remove_class("-invalid")
            self.query_one("#filter-bar", Input).value = ""
            for wid in CHECK_FILTERS:
                self.query_one(f"#{wid}", Checkbox).value = False
        self.field_problems.clear()
        self.show_problems([])
        self.set_filter(MeetingFilter())

    def apply_filters(self, **values) -> None:
        """Set filter fields as if typed (tests, the palette)."""
        self.set_filter(self.filter.with_(**values))

    # set_focus, not focus(): focus() waits a turn, and the keys behind `/` would go to the list.
    def action_focus_search(self) -> None:
        target = "#filter-bar" if self.has_class("-narrow") else "#f-text"
        self.set_focus(self.query_one(target, Input))

    def action_focus_filters(self) -> None:
        target = "#filter-bar" if self.has_class("-narrow") else "#f-side"
        self.set_focus(self.query_one(target, Input))

    def check_action(self, action: str, parameters) -> bool | None:
        if action == "leave":  # in the footer only where Escape does something
            return (isinstance(self.focused, (Input, Checkbox)) or self.maximized is not None
                    or self.app.screen_stack[0] is not self)
        return True

    def on_descendant_blur(self, _event) -> None:
        if self.count == 0:
            self.call_after_refresh(self.update_titles)
        self.refresh_bindings()

    def action_leave(self) -> None:
        if isinstance(self.focused, (Input, Checkbox)):
            self.set_focus(self.query_one(MeetingTable))
        elif self.maximized is not None:
            self.minimize()
            self.refresh_bindings()
        elif self.app.screen_stack[0] is not self:
            self.app.action_back()

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
        if self._focus_when_listed and not message.append and not message.prepend:
            self._focus_when_listed = False
            if table.display:
                self.set_focus(table)
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
        if self.shown_gen != self.gen:
            # Enter right behind a filter's keys ('/baku' Enter Enter): the rows on screen are the
            # old filter's; open what the new one lists, once it is listed.
            self._open_when_listed = focus
            return
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
        self.app.copy_text(text)

    def action_review(self) -> None:
        self.app.open_target("review", "person")

    def action_export(self) -> None:
        from whomet.tui.screens.export import ExportDialog

        table = self.query_one(MeetingTable)
        self.app.push_screen(ExportDialog(self.filter, table.sort, table.direction, self.count))

    def refresh_data(self) -> None:
        """The store changed: the count and the list again, the cursor on the same meeting."""
        self.count = None
        self.reload(keep_rows=True)
