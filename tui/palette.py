"""The command palette's jump-to-anything: people, organisations, sides and meetings by name.

The store does the matching (folded, aliases, fuzzy, full-text) in a thread; labels are
user data, so hits are Text (never the Matcher's markup-parsing highlight)."""

import asyncio
from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape


from whomet.tui.literal import clean

KIND_STYLE = {"person": "cyan", "organization": "magenta", "side": "bold magenta", "meeting": ""}


class JumpProvider(Provider):
    async def search(self, query: str) -> Hits:
        if len(query.strip()) < 2:
            return
        try:
            targets = await asyncio.to_thread(self.app.store.jump_targets, query)
        except Exception as exc:  # a query over the cap, a store gone: said, not shown as "No matches"
            self.app.notify(clean(str(exc).splitlines()[0] if str(exc) else type(exc).__name__),
                            title="Jump failed", severity="error", markup=False)
            return
        matcher = self.matcher(query)
        review = matcher.match("Review queue: likely same people, organisations, meetings")
        if review > 0:
            yield Hit(review, Text("Review queue: likely same people, organisations, meetings"),
                      partial(self.app.open_target, "review", "person"), help="judge candidate pairs")
        for i, t in enumerate(targets):
            label = clean(t.label)
            score = matcher.match(label)
            # The store already matched (aliases, fuzzy, full text): keep its hits, fuzzy ones ranked lower.
            score = max(score, 0.5 - i * 0.001)
            # One line a hit: a 5,000-character name wrapped over the whole list and pushed the rest off.
            shown = Text(label, style=KIND_STYLE.get(t.kind, ""))
            shown.truncate(max(20, self.app.size.width - 10), overflow="ellipsis")
            yield Hit(score, shown,
                      partial(self.app.open_target, t.kind, t.key), text=label, help=escape(clean(t.help)))  # help is read as markup

    async def discover(self) -> Hits:
        yield DiscoveryHit(Text("Meetings: the list"), self.app.show_list, help="back to the main list")
        yield DiscoveryHit(Text("Review queue: likely same people, organisations, meetings"),
                           partial(self.app.open_target, "review", "person"), help="judge candidate pairs")
