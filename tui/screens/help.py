"""Every key of the screen below, read from its active bindings (so remapped keys show as remapped)."""

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label


class HelpScreen(ModalScreen):
    BINDINGS = [Binding("escape", "dismiss", "Close", id="help.close"),
                Binding("question_mark", "dismiss", "Close", id="help.close2", show=False),
                Binding("q", "dismiss", "Close", id="help.close3", show=False)]

    def __init__(self, rows: list[tuple[str, str, str]], title: str) -> None:
        super().__init__()
        self.rows, self.title_text = rows, title

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Label(Text(f"Keys: {self.title_text}", style="bold"))
            yield DataTable(id="help-keys", cursor_type="row", zebra_stripes=True)
            yield Label(Text("Mouse: click a row to highlight it, click again (or Enter) to open; click a "
                             "column header to sort. Escape closes.", style="dim"), id="help-mouse")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Key", key="key")
        table.add_column("Action", key="action")
        table.add_column("Id", key="id")
        for key, action, bid in self.rows:
            table.add_row(Text(key, style="bold"), Text(action), Text(bid, style="dim"))
        table.focus()

    def action_dismiss(self) -> None:
        self.dismiss(None)
