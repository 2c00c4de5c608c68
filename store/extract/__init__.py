"""Turning the text of a press release into a meeting record (store.record.Record).

`extract(text)` never raises: text that reports no meeting, or that is not a release at
all, gives a record with no meetings. Members, agreements and awards carry `span`, the
[start, end) character offsets in `text` where they were found.

Modules: header (header line, bylines, dates), text (tokens, sentences), lexicon and
sides (countries, demonyms, bodies), ranks, positions, people (names, later mentions),
delegations (sides, heads, host), places, agreements, awards, topics, meetings.
"""

from __future__ import annotations

from whomet.store.extract.core import MAX_CHARS, extract

__all__ = ["extract", "MAX_CHARS"]
