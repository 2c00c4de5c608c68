"""A DataTable whose one flexible column takes the width left over, so rows fit the pane
instead of scrolling sideways; other columns are capped. Enter is shown as "Open"."""

from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey


class FitTable(DataTable):
    BINDINGS = [Binding("enter", "select_cursor", "Open", id="table.open")]

    def __init__(self, flex: str | None = None, cap: int = 28, **kwargs):
        kwargs.setdefault("cursor_type", "row")
        kwargs.setdefault("zebra_stripes", True)
        super().__init__(**kwargs)
        self.flex, self.cap = flex, cap

    def on_resize(self, _event) -> None:
        self.refit()

    def refit(self) -> None:
        if not self.columns or self.size.width == 0:
            return
        pad = 2 * self.cell_padding
        others = 0
        for key, col in self.columns.items():
            if key.value == self.flex:
                continue
            if col.auto_width and col.content_width > self.cap:
                col.auto_width, col.width = False, self.cap
            others += col.get_render_width(self)
        if self.flex and ColumnKey(self.flex) in self.columns:
            col = self.columns[ColumnKey(self.flex)]
            col.auto_width = False
            col.width = max(8, self.scrollable_content_region.width - others - pad - (1 if not self.cell_padding else 0))
        self._require_update_dimensions = True
        self.refresh()
