"""The review queue: candidate pairs (likely the same person, organisation or meeting), best
first, the two records side by side with their meetings and positions, and the evidence.
`y` same, `n` not same, `u` unsure, `space` skip; `t` switches between people, organisations
and meetings. A decision is a judgement: counts and every counterpart table follow at once."""

from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from whomet.tui.literal import clean
from whomet.tui.screens.person import names_and_offices
from whomet.tui.widgets.topbar import TopBar

KINDS = ("person", "organization", "meeting")
SHOWN = 12  # meetings listed per record


@dataclass
class Queue(Message):
    kind: str
    candidates: list
    people: int
    note: str = ""


def record_text(kind: str, data, meetings: list | None = None) -> Text:
    """One side of the pair: who or what it is, and the facts a reviewer weighs (for a person,
    `meetings`: the first of their meetings, a page from the store)."""
    t = Text()
    if data is None:
        t.append("(no longer in the store)", style="dim italic")
        return t
    if kind == "person":
        t.append(clean(data.name), style="bold cyan")
        t.append(f" ({clean(data.side or '?')}) #{data.id}", style="bold magenta")
        t.append_text(names_and_offices(data))
        meetings = meetings or []
    elif kind == "organization":
        t.append(clean(data.name), style="bold magenta")
        t.append(f" ({clean(data.side or '?')}) #{data.key}", style="dim")
        t.append(f"\n{data.meetings} meetings")
        if data.people:
            t.append("\n\nPeople", style="bold")
            for p in data.people[:SHOWN]:
                t.append("\n  ")
                t.append(clean(p.name))
                t.append(f"  {p.meetings}", style="dim")
        return t
    else:
        t.append(f"#{data.id} {data.date or '?'} ", style="bold")
        t.append(clean(data.title or "(untitled)"), style="bold")
        t.append(f"\n{clean(data.city or '')} · {' · '.join(data.sides)}", style="dim")
        t.append(f"\nsource: {clean(data.source.publisher or '?')}", style="dim")
        for d in data.delegations:
            t.append(f"\n\n{d.side} ", style="bold magenta")
            t.append(clean(d.organization or ""))
            for m in d.members:
                t.append("\n  ★ " if m.head else "\n    ", style="yellow")
                t.append(clean(m.name), style="cyan")
                if m.rank:
                    t.append(f"  {clean(m.rank)}", style="dim")
        return t
    t.append(f"\n\nMeetings ({data.n_meetings})", style="bold")
    for m in meetings[:SHOWN]:
        t.append(f"\n  {m.date or '?'} ", style="dim")
        t.append(clean(m.place or ""))
        t.append(" · ")
        t.append(clean(m.title or "(untitled)"))
    if data.n_meetings > SHOWN:
        t.append(f"\n  … {data.n_meetings - SHOWN} more", style="dim")
    return t


class ReviewScreen(Screen):
    crumb = "Review"
    BINDINGS = [
        Binding("escape", "app.back", "Back", id="review.back"),
        Binding("y", "judge('same')", "Same", id="review.same"),
        Binding("n", "judge('not_same')", "Not same", id="review.not_same"),
        Binding("u", "judge('unsure')", "Unsure", id="review.unsure"),
        Binding("space", "skip", "Skip", id="review.skip"),
        Binding("t", "next_kind", "People/orgs/meetings", id="review.kind",
                tooltip="Review people, organisations or meetings"),
    ]

    def __init__(self, kind: str = "person") -> None:
        super().__init__()
        self.kind = kind
        self.candidates: list = []
        self.index = 0
        self.people: int | None = None
        self.busy = False

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        yield Static("Loading…", id="review-head", markup=False)
        with Horizontal(id="review-panes"):
            with VerticalScroll(id="review-left"):
                yield Static("", id="review-a", markup=False)
            with VerticalScroll(id="review-right"):
                yield Static("", id="review-b", markup=False)
        yield Static("", id="review-evidence", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.load()

    @property
    def current(self):
        return self.candidates[self.index] if 0 <= self.index < len(self.candidates) else None

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def load(self, verdict: str | None = None, pair=None, note: str = "") -> None:
        from whomet.store import JudgementError

        store = self.app.store
        if verdict is not None and pair is not None:
            try:
                decision = store.judge(self.kind, pair.a, pair.b, verdict, note=None)
                note = f"{decision.message} [{decision.status}]"
            except JudgementError as exc:  # the pair changed under us (another window, a re-extraction)
                note = f"not recorded: {exc}"
        candidates = store.candidates(self.kind)
        people = store.stats(top=0).tables["people"]
        self.post_message(Queue(self.kind, candidates, people, note))

    def on_queue(self, message: Queue) -> None:
        if message.kind != self.kind:
            return
        self.busy = False
        self.candidates, self.people = message.candidates, message.people
        # The decided pair leaves the queue: the same index is the next pair.
        self.index = min(self.index, max(len(self.candidates) - 1, 0))
        if message.note:
            self.notify(message.note, markup=False)
            self.app.judged()
        self.show_current()

    def show_current(self) -> None:
        head = Text()
        names = {"person": "people", "organization": "organisations", "meeting": "meetings"}
        head.append(f"Review {names[self.kind]}: ", style="bold")
        head.append(f"{len(self.candidates)} candidate pair{'s' * (len(self.candidates) != 1)}")
        if self.candidates:
            head.append(f" · pair {self.index + 1} of {len(self.candidates)}")
        head.append(f" · {self.people:,} people in the store" if self.people is not None else "")
        self.query_one("#review-head", Static).update(head)
        c = self.current
        if c is None:
            self.query_one("#review-a", Static).update(Text("Nothing to review here.", style="dim italic"))
            self.query_one("#review-b", Static).update("")
            self.query_one("#review-evidence", Static).update("")
            return
        self.query_one("#review-evidence", Static).update(self._evidence(c))
        self.load_pair(c)

    def _evidence(self, c) -> Text:
        t = Text()
        t.append("Rule: ", style="bold")
        t.append(clean(c.rule))
        if c.auto:
            t.append("  (strong enough to merge automatically)", style="green")
        t.append("\nEvidence: ", style="bold")
        t.append(clean("; ".join(c.evidence)))
        t.append("\ny same · n not same · u unsure · space skip · t people/orgs/meetings", style="dim")
        return t

    @work(thread=True, exclusive=True, group="review-pair", exit_on_error=False)
    def load_pair(self, c) -> None:
        store = self.app.store
        fetch = {"person": store.person, "organization": store.organization_report, "meeting": store.meeting}[c.kind]
        a, b = fetch(c.a), fetch(c.b)
        pages = [store.table_page("person.meetings", x.id, SHOWN) if c.kind == "person" and x is not None else None
                 for x in (a, b)]
        self.app.call_from_thread(self._show_pair, c, a, b, pages)

    def _show_pair(self, c, a, b, pages) -> None:
        if c is not self.current:
            return
        self.query_one("#review-a", Static).update(record_text(c.kind, a, pages[0]))
        self.query_one("#review-b", Static).update(record_text(c.kind, b, pages[1]))
        self.query_one("#review-left").border_title = "A"
        self.query_one("#review-right").border_title = "B"

    def action_judge(self, verdict: str) -> None:
        c = self.current
        if c is None or self.busy:
            return
        self.busy = True
        self.load(verdict, c)

    def action_skip(self) -> None:
        if self.candidates:
            self.index = (self.index + 1) % len(self.candidates)
            self.show_current()

    def action_next_kind(self) -> None:
        self.kind = KINDS[(KINDS.index(self.kind) + 1) % len(KINDS)]
        self.index = 0
        self.candidates = []
        self.load()
