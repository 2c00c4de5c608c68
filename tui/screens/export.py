"""The export dialog: a path and a format for the meetings the list shows: the list itself
(CSV or JSON), or the same meetings for other tools (FtM for Aleph, GEXF for Gephi, GraphML,
a folder of CSV files, whomet's own records)."""

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

# format id -> (label, the path's suffix; "" for a folder)
FORMATS = {
    "csv": ("List: CSV (one row per meeting)", ".csv"),
    "json": ("List: JSON", ".json"),
    "ftm": ("FollowTheMoney entities (Aleph)", ".ftm.json"),
    "gexf": ("Network with time: GEXF (Gephi)", ".gexf"),
    "graphml": ("Network: GraphML (yEd, Cytoscape)", ".graphml"),
    "bundle": ("Folder of CSV files (meetings, people, ...)", ""),
    "records": ("Meeting records (whomet import reads them)", ".records.json"),
}


def _stem(path: Path) -> Path:
    """The path without any of the formats' suffixes."""
    name = path.name
    for suffix in sorted((s for _label, s in FORMATS.values() if s), key=len, reverse=True):
        if name.lower().endswith(suffix):
            return path.with_name(name[: -len(suffix)])
    return path


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
                for fmt, (label, _suffix) in FORMATS.items():
                    yield RadioButton(label, value=fmt == "csv", id=f"fmt-{fmt}")
            with Horizontal(id="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def _format(self) -> str:
        return next((fmt for fmt in FORMATS if self.query_one(f"#fmt-{fmt}", RadioButton).value), "csv")

    @on(RadioSet.Changed)
    def format_changed(self, _event) -> None:
        # A path still ending as one of our formats (or in nothing) follows the format; another is the user's.
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if _stem(path) != path or not path.suffix:
            path_input.value = str(_stem(path)) + FORMATS[self._format()][1]

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
