"""The meetings list: a line-API widget fed one page at a time, never the whole store.

A DataTable measures and renders every cell through Rich on each new page (~40-60 ms for a
screenful here); this draws each visible line straight from the row's fields, caching the
rendered line per row and width, so a keystroke's new page paints in a few milliseconds.
Header click or `o`/`r` (on the screen) sort; a click highlights, a second click or Enter opens.
"""

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from whomet.store import MeetingRow
from whomet.tui.literal import clean
from whomet.tui.widgets.render import date

# (key, label, width); Title (None) takes what is left.
COLUMNS = (("date", "Date", 11), ("place", "Place", 11), ("sides", "Sides", 12), ("title", "Title", None),
           ("attendees", "Att", 4), ("agreements", "A", 2), ("awards", "W", 2))
NUMERIC = {"attendees", "agreements", "awards"}
MIN_TITLE = 30  # title columns below which the count columns give way


def _fit(value: str, width: int, right: bool = False) -> str:
    """The value in exactly `width` cells with a one-cell gap: cut with an ellipsis, padded."""
    value = clean(value).replace("\n", " ")
    if width <= 1:
        return " " * max(width, 0)
    if len(value) > width - 1:
        value = value[: width - 2] + "…"
    return (value.rjust(width - 1) if right else value.ljust(width - 1)) + " "


def _count(n: int) -> str:
    return f"{n:,}" if n else "·"


class MeetingTable(ScrollView, can_focus=True):
    """Rows are MeetingRows in `rows_loaded`; asks for more (NeedMore) when the cursor nears the end."""

    BINDINGS = [
        Binding("enter", "select", "Open", id="list.open"),
        Binding("up,k", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("down,j", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.pageup"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.pagedown"),
        Binding("home,g", "edge(0)", "First row", show=False, id="list.home"),
        Binding("end,G", "edge(1)", "Last row", show=False, id="list.end"),
    ]
    COMPONENT_CLASSES = {"meeting-table--header", "meeting-table--cursor", "meeting-table--odd",
                         "meeting-table--dim"}
    DEFAULT_CSS = """
    MeetingTable { background: $surface; scrollbar-size-vertical: 1; }
    MeetingTable > .meeting-table--header { text-style: bold; color: $text; background: $panel; }
    MeetingTable > .meeting-table--cursor { background: $block-cursor-blurred-background; }
    MeetingTable:focus > .meeting-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold; }
    MeetingTable > .meeting-table--odd { background: $surface-lighten-1; }
    MeetingTable > .meeting-table--dim { color: $text-muted; }
    """

    cursor_row: reactive[int] = reactive(0, always_update=True)

    class NeedMore(Message):
        """The cursor nears the last loaded row and the list goes on."""

    class NeedEarlier(Message):
        """The cursor nears the first loaded row and rows come before it (after a jump to the end)."""

    class EdgeRequested(Message):
        """Home or End where the list's edge is not loaded: the screen fetches it."""

        def __init__(self, end: bool) -> None:
            super().__init__()
            self.end = end

    class Highlighted(Message):
        def __init__(self, row: MeetingRow | None) -> None:
            super().__init__()
            self.row = row

    class Selected(Message):
        def __init__(self, row: MeetingRow) -> None:
            super().__init__()
            self.row = row

    class SortRequested(Message):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.rows_loaded: list[MeetingRow] = []
        self.more = False  # rows after the last loaded one
        self.start = 0  # the position in the whole list of rows_loaded[0] (> 0 after a jump to the end)
        self.sort, self.direction = "date", "desc"
        self._lines: dict[tuple[int, int], list[Segment]] = {}
        self._when_drawn: list = []  # callables to run once the rows now set are drawn (after_drawn)

    # -- data ---------------------------------------------------------------

    def build_columns(self) -> None:
        """The sort changed: redraw the header."""
        self.refresh()

    def set_rows(self, rows: list[MeetingRow], *, append: bool, more: bool, start: int = 0) -> None:
        if not append:
            self.rows_loaded = []
            self.start = start
            self._lines.clear()
            self.scroll_to(y=0, animate=False, immediate=True)
        self.rows_loaded.extend(rows)
        self.more = more
        self.virtual_size = Size(self._width(), len(self.rows_loaded) + 1)
        if not append:
            self.cursor_row = 0
        self.refresh()

    def after_drawn(self, callback) -> None:
        """Call `callback` once the rows set so far have been drawn (a compositor pass rendered the table),
        or at once when the table is not shown (nothing will draw it)."""
        if not self.display or not self.is_on_screen:
            callback()
        else:
            self._when_drawn.append(callback)

    def render_lines(self, crop):
        lines = super().render_lines(crop)
        if self._when_drawn:
            done, self._when_drawn = self._when_drawn, []
            for callback in done:
                callback()
        return lines

    def prepend_rows(self, rows: list[MeetingRow]) -> None:
        """Rows that come before the first loaded one (in list order): the cursor stays on its row."""
        if not rows:
            return
        self.rows_loaded[:0] = rows
        self.start = max(self.start - len(rows), 0)
        self.virtual_size = Size(self._width(), len(self.rows_loaded) + 1)
        self.scroll_to(y=self.scroll_y + len(rows), animate=False, immediate=True)
        self.set_reactive(MeetingTable.cursor_row, self.cursor_row + len(rows))
        self.refresh()

    @property
    def position(self) -> int:
        """The cursor's row in the whole list, from 1 (0 when empty)."""
        return self.start + self.cursor_row + 1 if self.rows_loaded else 0

    @property
    def row_count(self) -> int:
        return len(self.rows_loaded)

    @property
    def current(self) -> MeetingRow | None:
        if 0 <= self.cursor_row < len(self.rows_loaded):
            return self.rows_loaded[self.cursor_row]
        return None

    def move_cursor(self, *, row: int, animate: bool = False) -> None:
        self.cursor_row = row

    def get_row_at(self, index: int) -> list[Text]:
        r = self.rows_loaded[index]
        return [Text(clean(v)) for v in (date(r.date), r.place, r.sides, r.title or "(untitled)",
                                         _count(r.n_attendees), _count(r.n_agreements), _count(r.n_awards))]

    # -- cursor ---------------------------------------------------------------

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self.rows_loaded) - 1)) if self.rows_loaded else 0

    def watch_cursor_row(self, old: int, new: int) -> None:
        body = max(self.size.height - 1, 1)
        if new < self.scroll_y:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif new >= self.scroll_y + body:
            self.scroll_to(y=new - body + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self.current))
        if self.more and new >= len(self.rows_loaded) - 20:
            self.post_message(self.NeedMore())
        if self.start and new < 20:
            self.post_message(self.NeedEarlier())

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        # The mouse wheel pages in too, not only the cursor.
        if self.more and new_value + self.size.height >= len(self.rows_loaded) - 10:
            self.post_message(self.NeedMore())
        if self.start and new_value < 10:
            self.post_message(self.NeedEarlier())

    def action_cursor(self, delta: int) -> None:
        self.cursor_row += delta

    def action_page(self, delta: int) -> None:
        self.cursor_row += delta * max(self.size.height - 2, 1)

    def action_edge(self, end: int) -> None:
        if (end and self.more) or (not end and self.start):
            self.post_message(self.EdgeRequested(bool(end)))
        else:
            self.cursor_row = len(self.rows_loaded) - 1 if end else 0

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def on_click(self, event: Click) -> None:
        y = event.y
        if y == 0:
            x = 0
            for key, width in self._widths():
                if x <= event.x < x + width:
                    self.post_message(self.SortRequested(key))
                    return
                x += width
            return
        index = int(self.scroll_y) + y - 1
        if 0 <= index < len(self.rows_loaded):
            if index == self.cursor_row:
                self.action_select()
            else:
                self.cursor_row = index

    # -- drawing --------------------------------------------------------------

    def on_resize(self, _event) -> None:
        self._lines.clear()
        self.virtual_size = Size(self._width(), len(self.rows_loaded) + 1)

    def _width(self) -> int:
        """The width rows are drawn at: the widget less its vertical scrollbar."""
        return self.scrollable_content_region.width

    def _widths(self) -> list[tuple[str, int]]:
        columns = COLUMNS
        if self._width() - sum(w for _k, _l, w in COLUMNS if w) < MIN_TITLE:
            # Too narrow for the counts and a readable title: the counts go (the detail pane has them).
            columns = [c for c in COLUMNS if c[0] not in NUMERIC]
        fixed = sum(w for _k, _l, w in columns if w)
        title = max(self._width() - fixed, 8)
        return [(key, width or title) for key, _label, width in columns]

    def _row_segments(self, index: int, width: int) -> list[Segment]:
        row = self.rows_loaded[index]
        cached = self._lines.get((row.id, width))
        if cached is not None:
            return cached
        dim = self.get_component_rich_style("meeting-table--dim", partial=True)
        values = {"date": date(row.date), "place": row.place, "sides": row.sides, "title": row.title or "(untitled)",
                  "attendees": row.n_attendees, "agreements": row.n_agreements, "awards": row.n_awards}
        segments = []
        for key, w in self._widths():
            value = values[key]
            if key in NUMERIC:
                segments.append(Segment(_fit(_count(value), w, right=True), dim if not value else None))
            else:
                segments.append(Segment(_fit(value, w)))
        if len(self._lines) > 2000:
            self._lines.clear()
        self._lines[(row.id, width)] = segments
        return segments

    def _header(self) -> list[Segment]:
        out = []
        for key, width in self._widths():
            label = dict((k, l) for k, l, _w in COLUMNS)[key]
            if key == self.sort:
                label += " ▼" if self.direction == "desc" else " ▲"
            out.append(Segment(_fit(label, width, right=key in NUMERIC)))
        return out

    def render_line(self, y: int) -> Strip:
        width = self._width()
        base = self.rich_style
        if y == 0:
            style = base + self.get_component_rich_style("meeting-table--header")
            return Strip(self._header()).apply_style(style).crop_extend(0, width, style)
        index = int(self.scroll_y) + y - 1
        if index >= len(self.rows_loaded):
            return Strip.blank(width, base)
        style = base
        if index % 2:
            style = style + self.get_component_rich_style("meeting-table--odd")
        if index == self.cursor_row:
            style = style + self.get_component_rich_style("meeting-table--cursor")
        strip = Strip(self._row_segments(index, width))
        return strip.apply_style(style).crop_extend(0, width, style)
