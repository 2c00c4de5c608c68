"""The release text with each extracted fact highlighted by kind; `step` moves through them.

Facts come from their spans where extraction recorded them; otherwise every occurrence of
the fact's words (a person's name, an agreement's title, an award's name) is found in
the text. Each paragraph is its own Static, so stepping can scroll the current fact into view.
"""

import re
from dataclasses import dataclass

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from whomet.store import MeetingDetail

KIND_STYLES = {"person": "bold black on cyan", "agreement": "bold black on green", "award": "bold black on yellow",
               "organization": "black on magenta"}
CURRENT = "bold white on red"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


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


class SourceView(VerticalScroll, can_focus=True):
    """Paragraph Statics of the release; highlights by kind, the current one in red."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.text = ""
        self.marks: list[Mark] = []
        self.current = -1
        self.paragraphs: list[tuple[int, int]] = []

    def show(self, detail: MeetingDetail) -> None:
        self.text = visible(detail.source.text or "")
        self.marks = marks(detail)
        self.current = -1
        self.remove_children()
        if not self.text:
            self.mount(Static(Text("No release text is stored for this meeting: it was imported as a record "
                                   "without its release.", style="dim italic")))
            return
        self.paragraphs = []
        start = 0
        for part in self.text.split("\n"):
            self.paragraphs.append((start, start + len(part)))
            start += len(part) + 1
        self.mount_all(Static(self._paragraph(i), classes="para") for i in range(len(self.paragraphs)))

    def _paragraph(self, index: int) -> Text:
        a, b = self.paragraphs[index]
        t = Text(self.text[a:b] or " ")
        for i, m in enumerate(self.marks):
            if m.end <= a or m.start >= b:
                continue
            style = CURRENT if i == self.current else KIND_STYLES.get(m.kind, "reverse")
            t.stylize(style, max(m.start, a) - a, min(m.end, b) - a)
        return t

    def _para_of(self, offset: int) -> int:
        for i, (a, b) in enumerate(self.paragraphs):
            if a <= offset <= b:
                return i
        return 0

    def step(self, delta: int) -> Mark | None:
        if not self.marks:
            return None
        old = self.current
        self.current = (self.current + delta) % len(self.marks) if self.current >= 0 else (0 if delta > 0 else len(self.marks) - 1)
        paras = self.query(".para")
        touched = {self._para_of(self.marks[self.current].start)}
        if old >= 0:
            touched.add(self._para_of(self.marks[old].start))
        for i in touched:
            if i < len(paras):
                paras[i].update(self._paragraph(i))
        target = paras[self._para_of(self.marks[self.current].start)] if paras else None
        if target is not None:
            self.scroll_to_widget(target, animate=False, center=True)
        return self.marks[self.current]
