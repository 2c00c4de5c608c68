"""The release text with each extracted fact highlighted by kind; `step` moves through them.

Facts come from their spans where extraction recorded them; otherwise every occurrence of
the fact's words (a person's name, an agreement's title, an award's name) is found in
the text. The text is a virtual list of wrapped lines (only what is on screen is rendered), so a
release of tens of megabytes opens at once and `n` / `N` scroll straight to the fact.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from whomet.store import MeetingDetail

KIND_STYLES = {"person": "bold black on cyan", "agreement": "bold black on green", "award": "bold black on yellow",
               "organization": "black on magenta"}
CURRENT = "bold white on red"
# As tui/literal.py's, joiner and variation selector 16 included (Rich and terminals measure them apart).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200d\ufe0f]")


def visible(text: str) -> str:
    """Control characters as visible pictures, one character for one, so spans keep their offsets."""
    def pic(m: re.Match) -> str:
        code = ord(m.group())
        return chr(0x2400 + code) if code < 0x20 else ("␡" if code == 0x7F else "�")
    return _CONTROL.sub(pic, text)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    label: str


def marks(detail: MeetingDetail) -> list[Mark]:
    """Highlights for the release text, in text order, without overlaps."""
    text = detail.source.text or ""
    found: list[Mark] = []
    wanted: list[tuple[str, str, tuple[int, int] | None]] = []
    # Facts read from another report of the same meeting (merged) have spans in another text.
    ours = lambda fact: fact.meeting_id in (None, detail.id)  # noqa: E731
    for dl in detail.delegations:
        if dl.organization:
            wanted.append(("organization", dl.organization, None))
        for m in dl.members:
            if ours(m):
                wanted.append(("person", m.name, m.span))
    for a in detail.agreements:
        if ours(a):
            wanted.append(("agreement", a.title or "", a.span))
    for w in detail.awards:
        if ours(w):
            wanted.append(("award", w.award or "", w.span))
    lower = text.lower()
    for kind, label, span in wanted:
        if span and 0 <= span[0] < span[1] <= len(text):
            found.append(Mark(span[0], span[1], kind, label))
            continue
        needles = [label]
        if kind == "person" and " " in label.strip():
            needles.append(label.split()[-1])  # later surname-only mentions
        for needle in needles:
            needle = needle.strip().lower()
            if len(needle) < 3:
                continue
            for m in re.finditer(re.escape(needle), lower):
                found.append(Mark(m.start(), m.end(), kind, label))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mark] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def prepare(detail: MeetingDetail) -> tuple[str, list[Mark]]:
    """The text to show and its highlights: the slow part for a big release (a second or two at
    20 MB), so the meeting screen runs it in its loading thread."""
    return visible(detail.source.text or ""), marks(detail)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """(start, end) offsets of each screen line: paragraphs word-wrapped to `width`, a blank line
    between paragraphs. Offsets into `text`, so highlights keep their spans. One pass, no copies:
    20 MB of release wraps in well under a second."""
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    start, total = 0, len(text)
    while True:
        end = text.find("\n", start)
        end = total if end < 0 else end
        pos = start
        while end - pos > width:
            cut = text.rfind(" ", pos, pos + width + 1)
            if cut <= pos:  # one word longer than the line: break it
                lines.append((pos, pos + width))
                pos += width
            else:
                lines.append((pos, cut))
                pos = cut + 1
        lines.append((pos, end))
        if end >= total:
            return lines
        lines.append((end, end))  # the blank line between paragraphs
        start = end + 1


class SourceView(ScrollView, can_focus=True):
    """The release text as a virtual list of screen lines: only the lines in view are rendered,
    so a 20 MB release opens and scrolls like a short one. Highlights by kind, the current one in red."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.text = ""
        self.marks: list[Mark] = []
        self.current = -1
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._mark_ends: list[int] = []
        self._wrapped_at = 0
        self._placeholder = False

    def show(self, detail: MeetingDetail, prepared: tuple[str, list[Mark]] | None = None) -> None:
        """Show the release; `prepared` is prepare(detail), made off the UI thread for big texts.
        Shown again (a correction, another writer's change), the fact stepped to stays current
        if it is still there: a correction acts on what the reader is looking at."""
        was = self.marks[self.current] if 0 <= self.current < len(self.marks) else None
        self.text, self.marks = prepared or prepare(detail)
        self._mark_ends = [m.end for m in self.marks]
        self.current = -1 if was is None else next(
            (i for i, m in enumerate(self.marks) if (m.start, m.end, m.kind) == (was.start, was.end, was.kind)), -1)
        self._placeholder = not self.text
        if self._placeholder:
            self.text = ("No release text is stored for this meeting: it was imported as a record "
                         "without its release.")
        self._rewrap()

    # -- lines -----------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def line_text(self, index: int) -> str:
        a, b = self._lines[index]
        return self.text[a:b]

    def _text_width(self) -> int:
        return max(self.scrollable_content_region.width, 10)

    def _rewrap(self) -> None:
        top = self._lines[self.scroll_offset.y][0] if self._lines and self.scroll_offset.y < len(self._lines) else 0
        self._wrapped_at = self._text_width()
        self._lines = wrap(self.text, self._wrapped_at)
        self._line_starts = [a for a, _ in self._lines]
        self.virtual_size = Size(self._wrapped_at, len(self._lines))
        self.scroll_to(y=self._line_of(top), animate=False)
        self.refresh()

    def on_resize(self, _event) -> None:
        if self.text and self._text_width() != self._wrapped_at:
            self._rewrap()

    def _line_of(self, offset: int) -> int:
        return max(bisect_right(self._line_starts, offset) - 1, 0)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        a, b = self._lines[index]
        line = Text(self.text[a:b], end="", style="dim italic" if self._placeholder else "")
        # Marks are sorted and do not overlap: the first that ends after `a` starts the run.
        i = bisect_right(self._mark_ends, a)
        while i < len(self.marks) and self.marks[i].start < b:
            m = self.marks[i]
            style = CURRENT if i == self.current else KIND_STYLES.get(m.kind, "reverse")
            line.stylize(style, max(m.start, a) - a, min(m.end, b) - a)
            i += 1
        strip = Strip(list(line.render(self.app.console)))
        return strip.crop_extend(self.scroll_offset.x, self.scroll_offset.x + width, self.rich_style) \
            .apply_style(self.rich_style)

    # -- facts -------------------------------------------------------------

    def step(self, delta: int) -> Mark | None:
        if not self.marks:
            return None
        if self.current >= 0:
            self.current = (self.current + delta) % len(self.marks)
        else:
            self.current = 0 if delta > 0 else len(self.marks) - 1
        line = self._line_of(self.marks[self.current].start)
        self.scroll_to(y=max(line - self.scrollable_content_region.height // 2, 0), animate=False)
        self.refresh()
        return self.marks[self.current]
