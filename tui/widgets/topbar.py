"""The top line of every screen: what the store holds (count, dates, path) and the breadcrumb."""

from rich.text import Text
from textual.widgets import Static


class TopBar(Static):
    """Store summary on the left, breadcrumb on the right; both set by the app."""

    DEFAULT_CSS = """
    TopBar { height: 1; background: $panel; color: $text; padding: 0 1; }
    """

    def show(self, summary: str, crumbs: list[str]) -> None:
        width = max(self.size.width - 2, 40)
        left = Text("whomet", style="bold")
        left.append(" ─ ")
        left.append(summary)
        right = Text(" › ".join(crumbs), style="bold")
        gap = width - left.cell_len - right.cell_len
        if gap < 2:
            right.truncate(max(width - left.cell_len - 2, 10), overflow="ellipsis")
            gap = max(width - left.cell_len - right.cell_len, 2)
        self.update(Text.assemble(left, " " * gap, right))
