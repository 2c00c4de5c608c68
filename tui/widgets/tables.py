"""A DataTable whose one flexible column takes the width left over, so rows fit the pane
instead of scrolling sideways; other columns fit their content up to a cap. Widths are
computed here from the cells as they are added (not by DataTable's deferred measuring),
so a screen lays out the same way every time. Enter is shown as "Open"."""

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey


def _width(value) -> int:
    if isinstance(value, Text):
        return value.cell_len
    return len(str(value))


def _one_line(value) -> Text:
    if isinstance(value, Text):
        if (value.no_wrap and value.overflow == "ellipsis") or value.justify == "right":
            return value  # numbers keep their right alignment (Rich drops it on no_wrap text)
        value = value.copy()
        value.no_wrap, value.overflow = True, "ellipsis"
        return value
    return Text(str(value), no_wrap=True, overflow="ellipsis")


class FitTable(DataTable):
    BINDINGS = [Binding("enter", "select_cursor", "Open", id="table.open")]

    def __init__(self, flex: str | None = None, cap: int = 28, **kwargs):
        kwargs.setdefault("cursor_type", "row")
        kwargs.setdefault("zebra_stripes", True)
        super().__init__(**kwargs)
        self.flex, self.cap = flex, cap
        self._widest: dict[ColumnKey, int] = {}

    def add_column(self, label, *, width=None, key=None, default=None):
        column_key = super().add_column(label, width=width, key=key, default=default)
        if width is None:
            self._widest[column_key] = _width(label)
        return column_key

    def add_row(self, *cells, **kwargs):
        # Every cell one line, cut with an ellipsis where the column is narrower (a str would be read
        # as markup by DataTable: made Text here, literal).
        cells = tuple(_one_line(c) for c in cells)
        row_key = super().add_row(*cells, **kwargs)
        for column_key, value in zip(list(self.columns), cells):
            if column_key in self._widest:
                self._widest[column_key] = max(self._widest[column_key], _width(value))
        return row_key

    def clear(self, columns: bool = False):
        if columns:
            self._widest.clear()
        else:
            for key in self._widest:
                self._widest[key] = _width(self.columns[key].label)
        return super().clear(columns)

    def on_resize(self, _event) -> None:
        self.refit()

    def watch_show_vertical_scrollbar(self, old: bool, new: bool) -> None:
        # The scrollbar takes columns from the content region without resizing the widget: without
        # a refit here, whether the flexible column fits would depend on which came first, the rows
        # or the layout that shows the scrollbar (a horizontal scrollbar in some runs, not others).
        if old != new:
            self.refit()

    def refit(self) -> None:
        if not self.columns:
            return
        pad = 2 * self.cell_padding
        others = 0
        for key, col in self.columns.items():
            if key.value == self.flex:
                continue
            if key in self._widest:
                col.auto_width, col.width = False, min(self.cap, self._widest[key])
            others += col.get_render_width(self)
        if self.flex and ColumnKey(self.flex) in self.columns and self.size.width:
            col = self.columns[ColumnKey(self.flex)]
            col.auto_width = False
            col.width = max(8, self.scrollable_content_region.width - others - pad - 1)
        self._require_update_dimensions = True
        self.refresh()
