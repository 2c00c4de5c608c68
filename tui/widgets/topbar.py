"""The top line of every screen: what the store holds (count, dates, path) and the breadcrumb."""

from rich.text import Text
from textual.widget import Widget

from whomet.tui.literal import clean


class TopBar(Widget):
    """Store summary on the left, breadcrumb on the right; set by the app, laid out at render time."""

    DEFAULT_CSS = """
    TopBar { height: 1; background: $panel; color: $text; padding: 0 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summary, self.crumbs = "", []

    def show(self, summary: str, crumbs: list[str]) -> None:
        if (summary, crumbs) != (self.summary, self.crumbs):
            self.summary, self.crumbs = summary, list(crumbs)
            self.refresh()

    def render(self) -> Text:
        width = max(self.content_region.width, 20)
        left = Text("whomet", style="bold")
        left.append(" ─ ")
        left.append(clean(self.summary))
        right = Text(clean(" › ".join(self.crumbs)), style="bold")
        room = width - left.cell_len - 2
        if right.cell_len > room:  # keep the end: where the user is matters most
            plain = right.plain
            right = Text("…" + plain[len(plain) - max(room, 10) + 1:], style="bold")
        gap = max(width - left.cell_len - right.cell_len, 2)
        out = Text.assemble(left, " " * gap, right)
        out.truncate(width, overflow="ellipsis")
        return out
