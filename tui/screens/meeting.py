"""A meeting full screen: participants to drill into, the detail, and the release text with
its extracted facts highlighted (`n` / `N` step through them).

Corrections in place: the highlighted fact (the participant row, or in the release text
the fact `n` / `N` stopped on) can be dropped (`d`: not a person, not an agreement, not an
award), made head (`h`), given another side (`t`), rank (`k`) or position (`o`); `a` adds
an attendee the extractor missed; `u` undoes the latest correction. Each is a judgement
kept beside the extraction; the screen reloads with it applied."""

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
from whomet.tui.literal import clean, for_clipboard
from whomet.tui.widgets.render import Hanging, cell, date, lit, meeting_text
from whomet.tui.widgets.source import KIND_STYLES, SourceView, prepare
from whomet.tui.widgets.tables import FitTable
from whomet.tui.widgets.topbar import TopBar


@dataclass
class Loaded(Message):
    detail: MeetingDetail | None
    corrections: list = None
    prepared: tuple | None = None  # the release text and its highlights, made in the thread


@dataclass
class Corrected(Message):
    message: str
    error: bool = False


class MeetingScreen(Screen):
    BINDINGS = [
        Binding("escape", "app.back", "Back", id="meeting.back"),
        Binding("enter", "open", "Open", id="meeting.open", tooltip="Open the highlighted person or organization"),
        Binding("g", "open_side", "Side", id="meeting.side", tooltip="Open the highlighted row's side"),
        Binding("n", "step(1)", "Next fact", id="meeting.next"),
        Binding("N", "step(-1)", "Prev fact", id="meeting.prev"),
        Binding("s", "focus_source", "Source", id="meeting.source"),
        Binding("c", "copy_row", "Copy", id="meeting.copy"),
        Binding("d", "fix('drop')", "Drop fact", id="meeting.drop", show=False,
                tooltip="The highlighted fact is not one: not a person, not an agreement, not an award"),
        Binding("h", "fix('head')", "Head", id="meeting.head", show=False, tooltip="The highlighted person heads their delegation"),
        Binding("t", "fix('side')", "Side…", id="meeting.fix_side", show=False, tooltip="The highlighted person is on another side"),
        Binding("k", "fix('rank')", "Rank…", id="meeting.rank", show=False, tooltip="Correct the highlighted person's rank"),
        Binding("o", "fix('position')", "Position…", id="meeting.position", show=False,
                tooltip="Correct the highlighted person's position"),
        Binding("a", "add_attendee", "Add…", id="meeting.add", show=False, tooltip="Add an attendee the extractor missed"),
        Binding("u", "undo_fix", "Undo fix", id="meeting.undo", show=False, tooltip="Undo the latest correction of this meeting"),
    ]

    def __init__(self, meeting_id: int, focus: str = "participants") -> None:
        super().__init__()
        self.meeting_id = meeting_id
        self.initial_focus = focus
        self.detail: MeetingDetail | None = None
        self.crumb = f"meeting {meeting_id}"
        # (kind, id, side, name, meeting) per participants row; name and meeting for persons
        self.rows: list[tuple[str, object, str | None, str | None, int | None]] = []
        self.corrections: list = []
        self.picked = "table"  # what was highlighted last: a participants row, or a fact in the text (n / N)
        self.keep_row: int | None = None  # the participants row to put the cursor back on after a reload
        self.refreshing = False  # a reload because the store changed: the focus stays where it is
        self.shown_cells: list[tuple[str, ...]] | None = None  # the participants table's text, as shown

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
            corrections = self.app.store.corrections(detail.id) if detail else []
        except Exception as exc:
            self.app.read_failed(f"meeting {self.meeting_id}", exc)
            detail, corrections = None, []
        self.post_message(Loaded(detail, corrections, prepare(detail) if detail is not None else None))

    def reload(self) -> None:
        table = self.query_one("#participants", DataTable)
        self.keep_row = table.cursor_row
        if not self.refreshing:  # a live refresh keeps the rows on screen until the new ones come
            table.clear()
            self.rows = []
        self.load()

    def refresh_data(self) -> None:
        """The store changed under us (an import, another analyst's correction, or our own one seen
        again by the poll): show it, the cursor on the row it was on, the focus where it was, and
        the fact picked (a row or a fact in the text) still the one a correction acts on."""
        if self.detail is None:
            return  # the first load is still on its way: it reads the store as it is now
        self.refreshing = True
        self.reload()

    def on_screen_resume(self) -> None:
        if self.app.stale(self):
            self.reload()

    def on_loaded(self, message: Loaded) -> None:
        d = self.detail = message.detail
        self.corrections = message.corrections or []
        if d is None:
            self.query_one("#meeting-body", Static).update(lit("This meeting is no longer in the store."))
            return
        self.crumb = f"{date(d.date)} {clean(d.city or ('video' if d.format == 'video_conference' else ''))}".strip()
        self.app.refresh_bars()
        body = meeting_text(d, source_hint=False)
        body.append("\n\nEvent type  ", style="bold")
        body.append(d.event_type.label)  # PLOVER mode and CAMEO codes, ours: no release text
        body.append_text(review_text(d, self.corrections))
        self.query_one("#meeting-body", Static).update(Hanging(body))  # wrapped lines keep their indent
        table = self.query_one("#participants", DataTable)
        keep = self.keep_row if self.keep_row is not None else table.cursor_row
        refreshing, self.refreshing, self.keep_row = self.refreshing, False, None
        rows, cells = [], []
        for dl in d.delegations:
            label = Text(clean(dl.organization or dl.side_name), style="bold magenta")
            if dl.host:
                label.append(" (host)", style="dim")
            cells.append((cell(dl.side, "bold magenta"), label, ""))
            rows.append(("organization" if dl.organization_id else "side",
                         dl.organization_id or dl.side, dl.side, None, None))
            for m in dl.members:
                name = Text("★ " if m.head else "  ", style="bold yellow")
                name.append(clean(m.name), style="bold cyan")
                cells.append((cell(dl.side), name, cell(m.rank or "")))
                rows.append(("person", m.person_id, dl.side, m.name, m.meeting_id or d.id))
        shown = [tuple(c.plain if isinstance(c, Text) else str(c) for c in row) for row in cells]
        unchanged = refreshing and rows == self.rows and shown == self.shown_cells
        if not unchanged:  # a refresh that changes nothing leaves the table (and its cursor) alone
            picked = self.picked
            if table.row_count:
                table.clear()
            for row in cells:
                table.add_row(*row)
            self.rows, self.shown_cells = rows, shown
            table.refit()
            if refreshing:
                # Moving the cursor back highlights a row, which would make the row the picked
                # fact: what was picked before the refresh stays picked.
                self.call_after_refresh(setattr, self, "picked", picked)
        source = self.query_one(SourceView)
        source.show(d, message.prepared)
        legend = Text()
        for kind, style in KIND_STYLES.items():
            legend.append(f" {kind} ", style=style)
            legend.append(" ")
        source.border_subtitle = f"{len(source.marks)} facts · n / N"
        event = d.event_type
        self.query_one("#meeting-detail").border_subtitle = f"{event.mode} · CAMEO {' '.join(event.codes)}"
        if refreshing:
            if not unchanged and 0 <= keep < len(self.rows):
                table.move_cursor(row=keep)
        elif self.initial_focus == "source":
            source.focus()
            source.step(1)
        else:
            table.focus()
            if 0 < keep < len(self.rows):
                table.move_cursor(row=keep)
            elif len(self.rows) > 1:
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

    @on(DataTable.RowHighlighted, "#participants")
    def row_highlighted(self, _event) -> None:
        self.picked = "table"

    def action_step(self, delta: int) -> None:
        self.picked = "source"
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
            self.app.copy_text(for_clipboard(v.strip() for v in values))

    # -- corrections ----------------------------------------------------------

    def _fact(self) -> tuple[str, str, int] | None:
        """(entity, name, meeting id) of the highlighted fact: the release text's current fact when
        the text has the focus, else the participants row."""
        source = self.query_one(SourceView)
        if self.picked == "source" and 0 <= source.current < len(source.marks):
            mark = source.marks[source.current]
            entity = {"person": "attendee", "agreement": "agreement", "award": "award"}.get(mark.kind)
            return (entity, mark.label, self.detail.id) if entity else None
        row = self._current()
        if row is not None and row[0] == "person":
            return ("attendee", row[3], row[4])
        return None

    def action_fix(self, what: str) -> None:
        if self.detail is None:
            return
        fact = self._fact()
        if fact is None:
            self.notify("Highlight a person (or a fact in the release text with n / N) first.", markup=False)
            return
        entity, name, meeting = fact
        if what == "drop":
            verb = {"attendee": "drop", "agreement": "not-agreement", "award": "not-award"}[entity]
            self.correct(meeting, verb, name, None)
            return
        if entity != "attendee":
            self.notify(f"That corrects a person; the highlighted fact is an {entity}.", markup=False)
            return
        if what == "head":
            self.correct(meeting, "head", name, None)
            return
        from whomet.tui.screens.ask import AskDialog

        member = next((m for dl in self.detail.delegations for m in dl.members if m.name == name), None)
        current = {"rank": member.rank if member else "", "position": member.position if member else "",
                   "side": ""}[what]
        prompt = {"side": f"Side of {clean(name)} (a code: RUS, AZE, INTERPOL …)",
                  "rank": f"Rank of {clean(name)}", "position": f"Position of {clean(name)}"}[what]

        def answered(value) -> None:
            if value is not None:
                self.correct(meeting, what, name, value)
        self.app.push_screen(AskDialog(prompt, current or ""), answered)

    def action_add_attendee(self) -> None:
        if self.detail is None:
            return
        from whomet.tui.screens.ask import AskDialog

        def answered(value) -> None:
            if not value:
                return
            parts = [p.strip() for p in value.split(",")]
            if len(parts) < 2 or not parts[0]:
                self.notify("Type: name, side[, rank] (for example: Oleg Petrov, RUS, Colonel)", markup=False,
                            severity="warning")
                return
            extra = {"side": parts[1], "rank": parts[2] if len(parts) > 2 and parts[2] else None}
            self.correct(self.detail.id, "add-attendee", parts[0], None, extra)
        self.app.push_screen(AskDialog("Add an attendee: name, side[, rank]", "", "Oleg Petrov, RUS, Colonel"), answered)

    def action_undo_fix(self) -> None:
        if not self.corrections:
            self.notify("No correction of this meeting to undo.", markup=False)
            return
        self.undo(self.corrections[-1].id)

    @work(thread=True, exclusive=True, group="meeting-fix", exit_on_error=False)
    def correct(self, meeting: int, verb: str, name: str, value, extra: dict | None = None) -> None:
        from whomet.store import JudgementError

        try:
            decision = self.app.store.correct(meeting, verb, name, value, extra)
        except JudgementError as exc:
            self.post_message(Corrected(str(exc), error=True))
            return
        self.post_message(Corrected(f"{decision.message} [{decision.status}]"))

    @work(thread=True, exclusive=True, group="meeting-fix", exit_on_error=False)
    def undo(self, judgement_id: int) -> None:
        from whomet.store import JudgementError

        try:
            decision = self.app.store.retract(judgement_id)
        except JudgementError as exc:
            self.post_message(Corrected(str(exc), error=True))
            return
        self.post_message(Corrected(decision.message))

    def on_corrected(self, message: Corrected) -> None:
        self.notify(clean(message.message), markup=False, severity="error" if message.error else "information")
        if not message.error:
            self.app.judged()
            self.judgement_seen = self.app.judgement_gen
            self.reload()


def review_text(d: MeetingDetail, corrections: list) -> Text:
    """Below the meeting: the facts the extractor marked as guessed (to review), and the
    corrections made so far."""
    t = Text()
    # The extractor's fallbacks (a date from the release, a place from the host, a side from the host).
    guessed = [("the meeting", d.guessed)] if d.guessed else []
    guessed += [(m.name, m.guessed) for dl in d.delegations for m in dl.members if m.guessed]
    guessed += [(a.title or a.kind, a.guessed) for a in d.agreements if a.guessed]
    guessed += [(w.award or w.kind, w.guessed) for w in d.awards if w.guessed]
    if guessed:
        t.append("\n\nTo review (guessed by the extractor)", style="bold yellow")
        for name, fields in guessed:
            t.append("\n  ")
            t.append(clean(name))
            t.append(f"  {', '.join(fields)}", style="dim")
    if corrections:
        t.append("\n\nCorrections", style="bold")
        for j in corrections:
            t.append("\n  ")
            t.append(clean(j.describe()))
            t.append(f"  [{j.status}]", style="dim")
    return t
