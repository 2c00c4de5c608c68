"""The export dialog: a path and a format (CSV or JSON) for the current filtered list."""

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet


class ExportDialog(ModalScreen):
    """Dismisses with (path, format) or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, described: str, count: int | None, default_dir: Path | None = None) -> None:
        super().__init__()
        self.described, self.count = described, count
        self.default = str((default_dir or Path.cwd()) / "whomet-meetings.csv")

    def compose(self) -> ComposeResult:
        what = f"{self.count:,} meetings" if self.count is not None else "the listed meetings"
        with Vertical(id="dialog"):
            head = Text(f"Export {what}", style="bold")
            head.append(f"  ({self.described})" if self.described else "  (no filters)", style="dim")
            yield Label(head)
            yield Label("Path")
            yield Input(self.default, id="export-path")
            with RadioSet(id="export-format"):
                yield RadioButton("CSV", value=True, id="fmt-csv")
                yield RadioButton("JSON", id="fmt-json")
            with Horizontal(id="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def _format(self) -> str:
        return "json" if self.query_one("#fmt-json", RadioButton).value else "csv"

    @on(RadioSet.Changed)
    def format_changed(self, _event) -> None:
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if path.suffix.lower() in (".csv", ".json", ""):
            path_input.value = str(path.with_suffix("." + self._format()))

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def ok(self, _event) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self.notify("Give a path to write to.", severity="warning", markup=False)
            return
        self.dismiss((path, self._format()))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self, _event=None) -> None:
        self.dismiss(None)
