"""The Textual browser: a stack of screens over the store, opened by `whomet` with no subcommand.

`create_app(store)` builds the app (tests use it); `run_browser(context)` opens the store
named on the command line and runs it. The app knows how to open any target (person,
organisation, side, meeting) so that screens, the palette and dialogs share one way in.
"""

from dataclasses import dataclass

from rich.text import Text
from textual import events, work
from textual.app import App
from textual.binding import Binding
from textual.message import Message

from whomet.store import describe_filter
from whomet.tui.keymap import load_keymap
from whomet.tui.palette import JumpProvider
from whomet.tui.screens.main import MainScreen
from whomet.tui.widgets.render import span_years
from whomet.tui.widgets.topbar import TopBar


@dataclass
class StoreSummary(Message):
    total: int
    first: object
    last: object


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
    ]

    def __init__(self, store, store_label: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.store_label = store_label or store.label
        self.store_total: int | None = None
        self.store_range = ""
        self.judgement_gen = 0  # bumped by every decision; screens showing older data reload on resume

    async def on_event(self, event: events.Event) -> None:
        # Textual runs a widget's non-priority bindings only once the key has bubbled back up to
        # the app, behind every key already queued: in a burst (`/Bachurin`, `ctrl+u` + a word,
        # a paste) the letters after `/` went to the list and a `ctrl+u` deleted the word typed
        # after it. Here each key's binding runs before the next key is read, so a focus change
        # or a deletion is in place for the keys behind it. Printable keys typed into a text
        # field stay text (never `q`), as Textual has it.
        if isinstance(event, events.Key) and not event.is_forwarded and self._bound_now(event):
            if await self._check_bindings(event.key, priority=True) or await self._check_bindings(event.key):
                self.app_focus = True
                return
        await super().on_event(event)

    def _bound_now(self, event: events.Key) -> bool:
        from textual.widgets import Input, TextArea

        return not (event.is_printable and isinstance(self.focused, (Input, TextArea)))

    def get_default_screen(self) -> MainScreen:
        return MainScreen()

    def on_mount(self) -> None:
        keymap, problem = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        if problem:
            self.notify(problem, severity="warning", markup=False)
        self.load_summary()
        self.refresh_bars()

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def load_summary(self) -> None:
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

    def on_store_summary(self, message: StoreSummary) -> None:
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
        return f"{self.store_total:,} meetings · {self.store_range} · store: {self.store_label}"

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
        """Back to the main list; with filters, set them (as if typed)."""
        while len(self.screen_stack) > 1 and not isinstance(self.screen, MainScreen):
            self.pop_screen()
        main = self.screen_stack[0]
        if filters and isinstance(main, MainScreen):
            main.apply_filters(**filters)
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
    create_app(context.store()).run()
