"""The Textual browser: a stack of screens over the store, opened by `whomet` with no subcommand.

`create_app(store)` builds the app (tests use it); `run_browser(context)` opens the store
named on the command line and runs it. The app knows how to open any target (person,
organisation, side, meeting) so that screens, the palette and dialogs share one way in.
"""

import asyncio
import contextlib
import gc
import threading
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.message import Message

from whomet.store import describe_filter
from whomet.tui.keymap import load_keymap
from whomet.tui.palette import JumpProvider
from whomet.tui.screens.main import MainScreen
from whomet.tui.widgets.render import plural, span_years
from whomet.tui.widgets.topbar import TopBar


def freeze_heap() -> None:
    """Once the store is open and the first rows are shown, move everything alive (Textual, SQLAlchemy,
    the store's caches: hundreds of thousands of objects) out of the collector's reach: a full
    collection walked them all, 45-125 ms at random moments, most often inside a keystroke's paint.
    Collected first, so no garbage is kept; undone when the app ends (thaw_heap), so a process that
    runs several apps (the tests, the benchmarks) collects each one's garbage."""
    if not gc.get_freeze_count():
        gc.collect()
        gc.freeze()


def thaw_heap() -> None:
    gc.unfreeze()


@dataclass
class StoreSummary(Message):
    total: int
    first: object
    last: object


@dataclass
class StoreChanged(Message):
    version: tuple


class WhometApp(App):
    CSS_PATH = "whomet.tcss"
    TITLE = "whomet"
    COMMANDS = App.COMMANDS | {JumpProvider}
    COMMAND_PALETTE_BINDING = "ctrl+p"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Keys", id="app.help", tooltip="Every key of this screen"),
        Binding("ctrl+p", "command_palette", "Jump", id="app.jump", show=False,
                tooltip="Jump to any person, organization, side or meeting"),
        Binding("z", "zoom", "Zoom", id="app.zoom", show=False, tooltip="Zoom the focused pane (again: back)"),
        Binding("ctrl+r", "reload", "Reload", id="app.reload", show=False, tooltip="Read the store again"),
    ]
    # The screens' layouts follow the width (whomet.tcss): below 100 columns the main screen
    # folds its filters into a bar and hides the detail; from 160 the three panes stand side by side.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-medium"), (160, "-wide")]
    # Below 20 rows the stacked panes give their fixed-height parts up, so tables keep rows to show.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]
    POLL_SECONDS = 1.0  # how often the store is asked whether anyone else wrote to it

    def __init__(self, store, store_label: str | None = None, *, opener=None, first_rows=None) -> None:
        """`store`: an open Store; or None with `opener` (a callable that opens it, run in a thread
        after the first paint) and `first_rows` (the list's first rows, read without it)."""
        super().__init__()
        self._store = store
        self._store_ready = threading.Event()
        if store is not None:
            self._store_ready.set()
        self._opener = opener
        self.first_rows = first_rows
        self.store_label = store_label or (store.label if store is not None else "")
        self.store_total: int | None = None
        self.store_range = ""
        self.judgement_gen = 0  # bumped by every decision; screens showing older data reload on resume
        self.store_version: tuple | None = None

    async def on_event(self, event: events.Event) -> None:
        # Textual runs a widget's non-priority bindings only once the key has bubbled back up to
        # the app, behind every key already queued: in a burst (`/Bachurin`, `ctrl+u` + a word,
        # a paste) the letters after `/` went to the list and a `ctrl+u` deleted the word typed
        # after it. Here each key's binding runs before the next key is read, so a focus change
        # or a deletion is in place for the keys behind it. Printable keys typed into a text
        # field stay text (never `q`), as Textual has it.
        # A text field's own editing keys (backspace, left, home) act on its value: the letters
        # queued for it ahead of them are typed first, or a backspace behind a word takes nothing
        # or the wrong letter.
        # A binding run in a field (Enter submits) answers through messages that bubble up to the
        # screen, which may move the focus: the next key waits for them, or a second Enter of
        # 'Enter Enter' went to the field the first had left.
        if isinstance(event, events.Key) and not event.is_forwarded and self._bound_now(event):
            field = self._text_field()
            await self._caught_up(field)
            if await self._check_bindings(event.key, priority=True) or await self._check_bindings(event.key):
                self.app_focus = True
                if field is not None:
                    await self._caught_up(field, *field.ancestors[:field.ancestors.index(field.screen) + 1])
                return
        await super().on_event(event)

    def _text_field(self):
        from textual.widgets import Input, TextArea

        return self.focused if isinstance(self.focused, (Input, TextArea)) else None

    async def _caught_up(self, *widgets) -> None:
        """Return once each widget, in order, has handled every message queued for it so far."""
        for widget in widgets:
            if widget is None:
                continue
            done = asyncio.Event()
            widget.call_later(done.set)
            # A widget that does not answer within a second is busy elsewhere: the key then runs at
            # once, as it did before this wait (never a hang of the whole app on one key).
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), 1.0)

    def _bound_now(self, event: events.Key) -> bool:
        return not (event.is_printable and self._text_field() is not None)

    @property
    def store(self):
        """The open store; from a worker thread, waits until it is open (it opens after the first paint)."""
        if self._store is None:
            self._store_ready.wait()
            if self._store is None:
                raise RuntimeError("the store could not be opened")
        return self._store

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_store(self) -> None:
        try:
            self._store = self._opener()
        except Exception as exc:  # StoreError: one line, as the commands say it
            self.call_from_thread(self.exit, return_code=1, message=f"whomet: {exc}")
        finally:
            self._store_ready.set()

    def on_unmount(self) -> None:
        thaw_heap()

    def get_default_screen(self) -> MainScreen:
        return MainScreen()

    def on_mount(self) -> None:
        keymap, problem = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(problem, severity="warning", markup=False)
        self.refresh_bars()
        if self._store is None:
            # After the first frame (the first rows, read without the store): the import of
            # SQLAlchemy in a thread would otherwise share the interpreter with the first paint.
            self.call_after_refresh(self.open_store)
        # The first page is the main screen's first query; the summary and the watch come after.
        self.call_after_refresh(self.load_summary)
        self.set_interval(self.POLL_SECONDS, self.poll_store, name="poll-store")

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def load_summary(self) -> None:
        if self.store_version is None:
            self.store_version = self.store.data_version()
        total, first, last = self.store.total()
        self.post_message(StoreSummary(total, first, last))

    def judged(self) -> None:
        """A judgement changed what the store shows: the header now, other screens when they resume."""
        self.judgement_gen += 1
        self.load_summary()

    def stale(self, screen) -> bool:
        """Whether `screen` shows data from before the latest judgement (and mark it current)."""
        seen = getattr(screen, "judgement_seen", None)  # None: first shown now, with fresh data
        screen.judgement_seen = self.judgement_gen
        return seen is not None and seen != self.judgement_gen
    @work(thread=True, exclusive=True, group="poll", exit_on_error=False)
    def poll_store(self) -> None:
        if self.store_version is None:
            return
        version = self.store.data_version()
        if version != self.store_version:
            self.post_message(StoreChanged(version))

    def on_store_changed(self, message: StoreChanged) -> None:
        if message.version == self.store_version:
            return
        self.store_version = message.version
        self.reload_everything()

    def reload_everything(self) -> None:
        """Counts, the summary and every list again, each cursor on the row it was on."""
        self.load_summary()
        for screen in self.screen_stack:
            refresh = getattr(screen, "refresh_data", None)
            if refresh is not None and screen.is_mounted:
                refresh()

    def action_reload(self) -> None:
        self.reload_everything()
        self.notify("Reloaded from the store.", markup=False, timeout=2)

    def action_zoom(self) -> None:
        screen = self.screen
        if screen.maximized is not None:
            screen.minimize()
        elif screen.focused is not None:
            screen.maximize(screen.focused, container=False)
        screen.refresh_bindings()

    def copy_text(self, text: str, what: str = "the row") -> None:
        """To the clipboard through the terminal (OSC 52): whether it arrived, the terminal does not say."""
        self.copy_to_clipboard(text)
        self.notify(f"Sent {what} to the clipboard (a terminal without OSC 52 ignores it).", markup=False, timeout=3)

    def on_store_summary(self, message: StoreSummary) -> None:
        freeze_heap()
        self.store_total = message.total
        self.store_range = span_years(message.first, message.last) if message.first else "no dates"
        self.refresh_bars()
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen) and screen.is_mounted:
                screen.update_titles()

    # -- the top bar and breadcrumb ------------------------------------------

    def summary(self) -> str:
        if self.store_total is None:
            return f"store: {self.store_label}"
        return f"{plural(self.store_total, 'meeting')} · {self.store_range} · store: {self.store_label}"

    def crumbs(self) -> list[str]:
        out = []
        for screen in self.screen_stack:
            crumb = getattr(screen, "crumb", None)
            if crumb:
                if isinstance(screen, MainScreen):
                    described = describe_filter(screen.filter)
                    crumb = f"{crumb} › {described}" if described else crumb
                out.append(crumb)
        return out

    def refresh_bars(self) -> None:
        crumbs, summary = self.crumbs(), self.summary()
        for screen in self.screen_stack:
            for bar in screen.query(TopBar):
                bar.show(summary, crumbs[: self._depth(screen)])

    def _depth(self, screen) -> int:
        depth = 0
        for s in self.screen_stack:
            if getattr(s, "crumb", None):
                depth += 1
            if s is screen:
                break
        return depth

    def on_screen_resume(self) -> None:
        self.refresh_bars()

    # -- navigation -------------------------------------------------------

    def read_failed(self, what: str, exc: Exception) -> None:
        """A read in a worker thread failed (a query over the cap, a locked or damaged store): said in
        one line, so the screen's empty result ("no longer in the store", "no chain") is not taken as
        the answer."""
        from whomet.tui.literal import clean

        line = clean(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        self.call_from_thread(self.notify, f"{what}: {line}", title="Could not read the store", severity="error",
                              markup=False)

    def open_target(self, kind: str, key) -> None:
        """Push the screen for a person, organisation, side or meeting (or the review queue)."""
        from whomet.tui.screens.group import GroupScreen
        from whomet.tui.screens.meeting import MeetingScreen
        from whomet.tui.screens.person import PersonScreen

        if kind == "review":
            from whomet.tui.screens.review import ReviewScreen

            self.push_screen(ReviewScreen(str(key or "person")))
        elif kind == "person":
            self.push_screen(PersonScreen(int(key)))
        elif kind == "meeting":
            self.push_screen(MeetingScreen(int(key)))
        elif kind in ("side", "organization"):
            self.push_screen(GroupScreen(kind, str(key)))
        self.call_after_refresh(self.refresh_bars)

    def action_back(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()
            self.call_after_refresh(self.refresh_bars)

    def show_list(self, **filters: str) -> None:
        """With filters: a new list of just those meetings, pushed (Escape comes back here; the
        earlier lists keep their own filters). Without: back to the first list."""
        if filters:
            self.push_screen(MainScreen(filters))
        else:
            while len(self.screen_stack) > 1:
                self.pop_screen()
        self.call_after_refresh(self.refresh_bars)

    def action_help(self) -> None:
        from whomet.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        rows, seen = [], set()
        for key, active in self.screen.active_bindings.items():
            b = active.binding
            if (b.action, key) in seen:
                continue
            seen.add((b.action, key))
            rows.append((self.get_key_display(b), b.description or b.action, b.id or ""))
        rows.sort(key=lambda r: r[2] == "")  # the screen's own keys first, then the widgets'
        title = getattr(self.screen, "crumb", None) or type(self.screen).__name__
        self.push_screen(HelpScreen(rows, str(title)))


def create_app(store, store_label: str | None = None) -> WhometApp:
    return WhometApp(store, store_label)


def run_browser(context) -> None:
    """Rows first: an SQLite store's newest meetings are read with sqlite3 alone and drawn while
    the store (SQLAlchemy, the models, the schema check) opens in a thread."""
    import sys

    from whomet.store import first_rows

    quick = first_rows(context.db, MainScreen.FIRST_PAGE + 1)
    if quick is None:
        app = create_app(context.store())
    else:
        def opener():
            from whomet.store import Store

            # As context.store() opens it for the browser (a reader; an upgrade said in the app).
            return Store.open(context.db, create=False, notice=lambda m: app.call_from_thread(
                app.notify, m, markup=False))

        label = str(quick.path)
        home = str(Path.home())
        label = label.replace(home, "~", 1) if label.startswith(home) else label
        app = WhometApp(None, label, opener=opener, first_rows=quick.rows)
    app.run()
    if app.return_code:
        sys.exit(app.return_code)
