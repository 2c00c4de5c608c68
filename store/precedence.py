"""Who outranks whom in a delegation, for the bilateral timeline's "highest-ranking attendee".

The order, most senior first:
1. the head of the delegation (the release says they led it);
2. the position's level (minister > first deputy minister > deputy minister > director
   general ... > chief/head/director > deputy chief ...);
3. the rank's level (general of the army > colonel general > lieutenant general > major
   general > brigadier ... > lieutenant);
4. the order the release names them in.

Levels are a data table, store/data/precedence.tsv: a position or rank takes the level of
its earliest phrase in the table (the longest one starting there), so "First Deputy
Minister of Internal Affairs" is a first deputy minister and "Head of the Department of
the Ministry" a head. Unknown words rank 0.
"""

from functools import lru_cache
from importlib import resources
from typing import Iterable, TypeVar

from whomet.store.names import fold

T = TypeVar("T")
_SKIPPED_IN_RANKS = {"police", "staff"}


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[tuple[str, ...], int]]:
    out: dict[str, dict[tuple[str, ...], int]] = {"position": {}, "rank": {}}
    text = resources.files("whomet.store").joinpath("data/precedence.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, level, words = line.split("\t")
        out[kind][tuple(words.split())] = int(level)
    return out


@lru_cache(maxsize=1 << 14)
def level(kind: str, text: str | None) -> int:
    """The level of a position (`kind` 'position') or rank ('rank') as written; 0 when unknown.

    >>> level("position", "First Deputy Minister of Internal Affairs"), level("rank", "Police Colonel-General")
    (95, 95)
    """
    if not text:
        return 0
    words = fold(text).split()
    if kind == "rank":
        words = [w for w in words if w not in _SKIPPED_IN_RANKS]
    table = _table()[kind]
    longest = max((len(k) for k in table), default=0)
    for start in range(len(words)):
        for n in range(min(longest, len(words) - start), 0, -1):
            found = table.get(tuple(words[start:start + n]))
            if found is not None:
                return found
    return 0


def seniority(head: bool, position: str | None, rank: str | None, ordinal: int = 0) -> tuple:
    """A sort key: larger is more senior."""
    return (bool(head), level("position", position), level("rank", rank), -ordinal)


def most_senior(members: Iterable[T], key) -> T | None:
    """The most senior of `members`; `key(member)` gives (head, position, rank, ordinal)."""
    best, best_key = None, None
    for member in members:
        k = seniority(*key(member))
        if best_key is None or k > best_key:
            best, best_key = member, k
    return best
