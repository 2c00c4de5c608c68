"""Rich renderables for store data. Every value from a release goes in as Text, never as markup,
with control characters made visible (tui.literal.clean)."""

import datetime as dt

from rich.text import Text

from typing import TYPE_CHECKING

from whomet.store import side_name
from whomet.tui.literal import clean

if TYPE_CHECKING:
    from whomet.store import MeetingDetail

BARS = "▁▂▃▄▅▆▇█"


def lit(value: object, style: str = "") -> Text:
    return Text(clean(value), style=style, no_wrap=False)


def cell(value: object, style: str = "") -> Text:
    """A table cell: literal, one line."""
    return Text(clean("" if value is None else value).replace("\n", " "), style=style, no_wrap=True,
                overflow="ellipsis")


def plural(n: int, word: str, words: str | None = None) -> str:
    """`1 meeting`, `2,345 meetings`."""
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def num(value: int) -> Text:
    return Text(f"{value:,}" if value else "·", justify="right", style="" if value else "dim")


def date(value: dt.date | None) -> str:
    return value.isoformat() if value else "—"


def span_years(first: dt.date | None, last: dt.date | None) -> str:
    if not first:
        return "—"
    return str(first.year) if not last or last.year == first.year else f"{first.year}–{last.year}"


def sparkline(per_year: dict[int, int]) -> Text:
    """One bar per year from the first to the last active year, and the range."""
    if not per_year:
        return Text("no dated meetings", style="dim")
    lo, hi = min(per_year), max(per_year)
    values = [per_year.get(y, 0) for y in range(lo, hi + 1)]
    top = max(values) or 1
    bars = "".join(" " if v == 0 else BARS[min(len(BARS) - 1, (v * len(BARS) - 1) // top)] for v in values)
    out = Text(bars, style="bold green")
    out.append(f"  {lo}–{hi} per year, peak {top:,}" if lo != hi else f"  {lo}: {top:,}", style="dim")
    return out


def place(d: "MeetingDetail") -> str:
    if d.format == "video_conference" and not d.city:
        return "video conference"
    parts = [p for p in (d.city, side_name(d.country_code) if d.country_code else None) if p]
    return ", ".join(parts) or "place not stated"


def meeting_text(d: "MeetingDetail", *, source_hint: bool = True) -> Text:
    """The whole meeting as one Text: header, delegations with members, agreements, awards, topics, source."""
    t = Text()
    t.append(date(d.date), style="bold")
    t.append(" · ")
    t.append(clean(place(d)))
    if d.format == "video_conference" and d.city:
        t.append(" · video conference", style="dim")
    t.append("\n")
    t.append(clean(d.title or "(untitled)"), style="bold")
    if d.kind:
        t.append("\n")
        t.append(clean(d.kind), style="italic dim")
    for dl in d.delegations:
        t.append("\n\n")
        t.append(f"{dl.side:<4}", style="bold magenta")
        t.append(" ")
        t.append(clean(dl.organization or dl.side_name))
        if dl.host:
            t.append(" (host)", style="dim")
        for m in dl.members:
            t.append("\n ")
            t.append(" ★ " if m.head else "   ", style="bold yellow")
            t.append(clean(m.name), style="bold cyan")
            if m.rank:
                t.append("  ")
                t.append(clean(m.rank))
            if m.position:
                t.append("\n      ")
                t.append(clean(m.position), style="dim")
        for g in dl.groups:
            t.append("\n   + ", style="dim")
            t.append(clean(g), style="italic")
    if d.agreements:
        t.append("\n\nSigned", style="bold green")
        for a in d.agreements:
            t.append("\n  ")
            t.append(clean(a.kind), style="green")
            t.append("  ")
            t.append(clean(a.title or "(untitled)"))
            if a.parties:
                t.append(f"  ({', '.join(clean(p) for p in a.parties)})", style="dim")
    if d.awards:
        t.append("\n\nAwards", style="bold yellow")
        for w in d.awards:
            t.append("\n  ")
            t.append(clean(w.giver or w.giver_side or "?"))
            if w.giver and w.giver_side:
                t.append(f" ({clean(w.giver_side)})", style="dim")
            t.append(" → ")
            names = ", ".join(clean(n) for _, n in w.recipients) or clean(w.recipient_group or "?")
            t.append(names)
            if w.recipient_side:
                t.append(f" ({clean(w.recipient_side)})", style="dim")
            t.append(": ")
            t.append(clean(w.kind), style="yellow")
            if w.award:
                t.append(" “")
                t.append(clean(w.award))
                t.append("”")
    if d.topics:
        t.append("\n\nTopics  ", style="bold")
        t.append(clean(", ".join(d.topics)))
    s = d.source
    t.append("\n\nSource  ", style="bold")
    t.append(clean(s.publisher or "publisher unknown"))
    if s.date:
        t.append(f", {s.date.isoformat()}")
    if s.path:
        t.append("\n        ")
        t.append(clean(s.path), style="dim")
    if source_hint:
        t.append("\n        ")
        t.append("release text: enter or s" if s.text else "no release text stored", style="dim italic")
    return t


class Hanging:
    """A Text whose indented lines keep their indent when they wrap (a member's position under
    their name), drawn line by line; `.plain` is the text, as a Text's."""

    def __init__(self, text: Text) -> None:
        self.text = text

    @property
    def plain(self) -> str:
        return self.text.plain

    def __str__(self) -> str:
        return self.text.plain

    def __rich_console__(self, console, options):
        from rich.padding import Padding

        for line in self.text.split("\n", allow_blank=True):
            indent = len(line.plain) - len(line.plain.lstrip(" "))
            if indent and indent < options.max_width // 2:
                yield Padding(line[indent:], (0, 0, 0, indent), expand=False)
            else:
                yield line

    def __rich_measure__(self, console, options):
        return self.text.__rich_measure__(console, options)
