"""The meetings list: a DataTable fed one page at a time, never the whole store."""

from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from tui.widgets.tables import FitTable

from store.queries import MeetingRow
from tui.widgets.render import cell, date, num

# (key, label, width); padding 0, so widths include the gap; Title takes what is left.
COLUMNS = (("date", "Date", 11), ("place", "Place", 11), ("sides", "Sides", 12), ("title", "Title", None),
           ("attendees", "Att", 4), ("agreements", "A", 2), ("awards", "W", 2))
WIDTH = {key: width for key, _label, width in COLUMNS}


def gap(value, width: int, style: str = "") -> Text:
    """A cell of a padding-free table: cut to width-1 with an ellipsis, then one space."""
    t = cell(value, style)
    t.truncate(width - 1, overflow="ellipsis")
    t.append(" ")
    return t


class MeetingTable(FitTable):
    """Rows are MeetingRows in `self.rows`; asks for more (NeedMore) when the cursor nears the end."""

    class NeedMore(Message):
        pass

    def __init__(self, **kwargs):
        super().__init__(flex="title", cell_padding=0, **kwargs)
        self.rows_loaded: list[MeetingRow] = []
        self.more = False
        self.sort, self.direction = "date", "desc"

    def on_mount(self) -> None:
        self.build_columns()

    def build_columns(self) -> None:
        self.clear(columns=True)
        for key, label, width in COLUMNS:
            mark = (" ▼" if self.direction == "desc" else " ▲") if key == self.sort else ""
            numeric = key in ("attendees", "agreements", "awards")
            self.add_column(Text(label + mark, justify="right" if numeric else "left"), key=key,
                            width=(width + (len(mark) if numeric else 0)) if width else None)
        self.refit()

    def set_rows(self, rows: list[MeetingRow], *, append: bool, more: bool) -> None:
        if not append:
            self.clear()
            self.rows_loaded = []
        self.rows_loaded.extend(rows)
        self.more = more
        for r in rows:
            self.add_row(gap(date(r.date), WIDTH["date"]), gap(r.place, WIDTH["place"]), gap(r.sides, WIDTH["sides"]),
                         cell(r.title or "(untitled)"),
                         num(r.n_attendees), num(r.n_agreements), num(r.n_awards), key=str(r.id))
        self.refit()

    @property
    def current(self) -> MeetingRow | None:
        if not self.rows_loaded or self.cursor_row < 0 or self.cursor_row >= len(self.rows_loaded):
            return None
        return self.rows_loaded[self.cursor_row]

    def watch_cursor_coordinate(self, old, new) -> None:
        super().watch_cursor_coordinate(old, new)
        if self.more and new.row >= len(self.rows_loaded) - 20:
            self.post_message(self.NeedMore())
