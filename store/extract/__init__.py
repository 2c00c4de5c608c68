"""Turning the text of a press release into a meeting record (store.record.Record).

`extract(text)` gives the record; `extract_checked(text)` gives it with the list of fallbacks
taken (an internal error, a text cut at MAX_CHARS), which eval and import report. Members,
agreements and awards carry `span`, the [start, end) character offsets in `text` where they
were found, and `rule`, the id of the rule that produced them (rules.py). The order of the
work is pipeline.STAGES; README.md beside this file is the maintainer's guide.
"""

from __future__ import annotations

from whomet.store.extract.extractor import MAX_CHARS, Extraction, extract, extract_checked

__all__ = ["extract", "extract_checked", "Extraction", "MAX_CHARS"]
