"""The export dialog: a path and a format for the meetings the list shows: the list itself
(CSV or JSON), or the same meetings for other tools (FtM for Aleph, GEXF for Gephi, GraphML,
a folder of CSV files, whomet's own records).

It does the export itself, with a progress bar, and closes only when the file is written:
an existing file is overwritten only after a second Export, missing folders are named
before they are made, and on an error the dialog stays open with the path and the reason.
"""


from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, ProgressBar, RadioButton, RadioSet, Static

from whomet.store import MeetingFilter, describe_filter
from whomet.tui.literal import clean
from whomet.tui.widgets.render import plural


@dataclass
class Progress(Message):
    rows: int


@dataclass
class Finished(Message):
    path: str
    rows: int | None
    error: str | None = None


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


def _missing_folders(path: Path) -> Path | None:
    """The first folder on the way to `path` that does not exist yet, or None."""
    missing = None
    for parent in path.parents:
        if parent.exists():
            break
        missing = parent
    return missing


class ExportDialog(ModalScreen):
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, f: MeetingFilter, sort: str, direction: str, count: int | None,
                 default_dir: Path | None = None) -> None:
        super().__init__()
        self.filter, self.sort, self.direction, self.count = f, sort, direction, count
        self.default = str((default_dir or Path.cwd()) / "whomet-meetings.csv")
        self.confirmed: str | None = None  # the existing path the user agreed to overwrite
        self.running = False

    def compose(self) -> ComposeResult:
        what = plural(self.count, "meeting") if self.count is not None else "the listed meetings"
        described = describe_filter(self.filter)
        with Vertical(id="dialog"):
            head = Text(f"Export {what}", style="bold")
            head.append(f"  ({clean(described)})" if described else "  (no filters)", style="dim")
            yield Label(head)
            yield Label("Path")
            yield Input(self.default, id="export-path")
            yield Static("", id="export-note", markup=False)
            with RadioSet(id="export-format"):
                for fmt, (label, _suffix) in FORMATS.items():
                    yield RadioButton(label, value=fmt == "csv", id=f"fmt-{fmt}")
            yield ProgressBar(total=self.count, id="export-progress", show_eta=False)
            with Horizontal(id="dialog-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-progress").display = False
        self.set_focus(self.query_one("#export-path", Input))
        self.describe_path()

    def _format(self) -> str:
        """The path's suffix decides when it names one of the formats (the longest, `.ftm.json` before
        `.json`); else the radio buttons."""
        name = self.query_one("#export-path", Input).value.strip().lower()
        chosen = self._chosen()
        if FORMATS[chosen][1] and name.endswith(FORMATS[chosen][1]):
            return chosen
        by_suffix = sorted(((s, f) for f, (_l, s) in FORMATS.items() if s), key=lambda p: len(p[0]), reverse=True)
        return next((f for s, f in by_suffix if name.endswith(s)), chosen)

    def _chosen(self) -> str:
        return next((fmt for fmt in FORMATS if self.query_one(f"#fmt-{fmt}", RadioButton).value), "csv")

    def _path(self) -> Path:
        return Path(self.query_one("#export-path", Input).value.strip()).expanduser()

    @on(RadioSet.Changed)
    def format_changed(self, _event) -> None:
        # A path still ending as one of our formats (or in nothing) follows the format; another is the user's.
        path_input = self.query_one("#export-path", Input)
        path = Path(path_input.value)
        if _stem(path) != path or not path.suffix:
            path_input.value = str(_stem(path)) + FORMATS[self._chosen()][1]

    @on(Input.Changed, "#export-path")
    def describe_path(self, _event=None) -> None:
        """Say what Export will do to the disk before it does it."""
        note = self.query_one("#export-note", Static)
        self.confirmed = None
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            note.update(Text("Give a path to write to.", style="yellow"))
            return
        path = self._path()
        missing = _missing_folders(path)
        if path.is_dir():
            note.update(Text(f"{path} is a folder: name a file in it.", style="bold red"))
        elif path.exists():
            note.update(Text(f"{path.name} exists: Export asks before replacing it.", style="yellow"))
        elif missing is not None:
            note.update(Text(f"Will create the folder {missing}.", style="yellow"))
        else:
            note.update(Text(""))

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def ok(self, _event) -> None:
        if self.running:
            return
        raw = self.query_one("#export-path", Input).value.strip()
        note = self.query_one("#export-note", Static)
        if not raw:
            note.update(Text("Give a path to write to.", style="bold red"))
            return
        path = self._path()
        fmt = self._format()
        if path.is_dir() and fmt != "bundle":  # the bundle is a folder of CSV files
            note.update(Text(f"{path} is a folder: name a file in it.", style="bold red"))
            return
        refused = None if fmt == "bundle" else self.app.store.output_problem(path)  # the store, a database, a link
        if refused:
            note.update(Text(f"Not written: {clean(refused)}", style="bold red"))
            return
        if path.exists() and self.confirmed != str(path):
            self.confirmed = str(path)
            note.update(Text(f"{path} exists. Export again to replace it, or change the path.", style="bold yellow"))
            return
        self.running = True
        bar = self.query_one("#export-progress", ProgressBar)
        bar.display = True
        bar.update(progress=0)
        self.query_one("#export-ok", Button).disabled = True
        note.update(Text(f"Writing {path}…"))
        if fmt not in ("csv", "json"):
            bar.update(total=None)  # the exchange formats write in one go: no count to follow
        self.run_export(str(path), fmt)

    @work(thread=True, group="export", exit_on_error=False)
    def run_export(self, path: str, fmt: str) -> None:
        try:
            n = self.app.store.export_list(self.filter, path, fmt, self.sort, self.direction,
                                           on_rows=lambda rows: self.post_message(Progress(rows)))
            self.post_message(Finished(path, n))
        except Exception as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc).splitlines()[0]
            self.post_message(Finished(path, None, reason))

    def on_progress(self, message: Progress) -> None:
        self.query_one("#export-progress", ProgressBar).update(progress=message.rows)

    def on_finished(self, message: Finished) -> None:
        self.running = False
        self.query_one("#export-ok", Button).disabled = False
        if message.error is not None:
            self.query_one("#export-progress").display = False
            self.query_one("#export-note", Static).update(
                Text(f"Not written: {clean(message.path)}: {clean(message.error)}", style="bold red"))
            return
        self.app.notify(f"Exported {plural(message.rows, 'meeting')} to {message.path}", markup=False)
        self.dismiss(message.path)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self, _event=None) -> None:
        if not self.running:
            self.dismiss(None)



