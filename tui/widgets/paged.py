"""A table of the person, side and organisation screens that pages from the store like the main
list: a hundred rows at a time as the cursor nears the end, never all of them, with an honest
count and the cursor's position in the border (`Meetings 12 / 11,528`)."""

from dataclasses import dataclass
from typing import Callable

from textual.message import Message
from textual.widgets import DataTable

from whomet.tui.widgets.tables import FitTable


@dataclass
class PageLoaded(Message):
    table_id: str
    gen: int
    rows: list | None  # None: only the count
    total: int | None
    offset: int


class PagedTable(FitTable):
    PAGE = 100

    def __init__(self, source: str, key, title: str, cells: Callable[[object], tuple[list, str]], **kwargs):
        """`source`/`key`: what `Store.table_page` serves; `cells(row)` -> (the cells, the row key)."""
        super().__init__(**kwargs)
        self.source, self.key, self.title, self.cells = source, key, title, cells
        self.total: int | None = None
        self.more = False
        self.loading = False
        self.gen = 0

    def start(self) -> None:
        """(Re)load from the first page; the cursor stays on the row it was on if it is in it."""
        self.gen += 1
        self.loading = True
        self._fetch(0, self.gen, with_count=True)

    def _fetch(self, offset: int, gen: int, with_count: bool = False) -> None:
        app, source, key, page, table_id = self.app, self.source, self.key, self.PAGE, self.id

        def work() -> None:
            # runs in a thread: only the store, and a message back
            store = app.store
            rows = store.table_page(source, key, page + 1, offset)
            self.post_message(PageLoaded(table_id, gen, rows, None, offset))
            if with_count:  # the rows first: the count of a big table can take longer than its page
                self.post_message(PageLoaded(table_id, gen, None, store.table_count(source, key), offset))

        self.run_worker(work, thread=True, exclusive=False, group=f"page-{table_id}", exit_on_error=False)

    def on_page_loaded(self, message: PageLoaded) -> None:
        message.stop()
        if message.gen != self.gen:
            return
        if message.rows is None:
            self.total = message.total
            self.show_position()
            return
        keep = None
        if message.offset == 0:
            if self.row_count and self.cursor_row >= 0:
                keep = self.coordinate_to_cell_key((self.cursor_row, 0)).row_key.value
            self.clear()
        if message.total is not None:
            self.total = message.total
        self.more = len(message.rows) > self.PAGE
        for row in message.rows[:self.PAGE]:
            cells, row_key = self.cells(row)
            self.add_row(*cells, key=row_key)
        self.loading = False
        self.refit()
        if keep is not None:
            try:
                self.move_cursor(row=self.get_row_index(keep), animate=False)
            except Exception:  # the row is gone or further down: the cursor stays at the top
                pass
        self.show_position()

    def show_position(self) -> None:
        if self.total is None:
            self.border_title = f"{self.title} (counting…)"
        elif not self.row_count:
            self.border_title = f"{self.title} (0)"
        else:
            self.border_title = f"{self.title} {self.cursor_row + 1:,} / {self.total:,}"

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table is not self:
            return
        self.show_position()
        if self.more and not self.loading and self.cursor_row >= self.row_count - 20:
            self.loading = True
            self._fetch(self.row_count, self.gen)
