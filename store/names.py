"""Folding names into keys, so the same person, organisation or topic resolves to one row.

Case, accents, invisible format characters, dots, hyphens and dashes and runs of white space fold away: SCHEMA.md
compares names the same way ("Colonel-General" = "colonel general", "Kılıçarslan" =
"Kilicarslan").
"""

import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"[\-‐‑‒–—―−_]+")
_DROP = re.compile(r"[.'’‘`´\"“”«»,()]")
_SPACE = re.compile(r"\s+")
# Letters that NFKD does not decompose into a base letter and a mark.
_LATIN = str.maketrans({"ı": "i", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l",
                        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d"})


@lru_cache(maxsize=1 << 16)  # imports fold the same few thousand names over and over
def fold(text: str) -> str:
    """The comparison key of a name: 'Mehmet Ali Kılıçarslan' -> 'mehmet ali kilicarslan'."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_LATIN))
        # Marks go, and so do invisible format characters (zero-width space and joiners, soft
        # hyphen, BOM, direction marks): "Ivan\u200b Petrov" is Ivan Petrov, not a second person.
        text = "".join(ch for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    text = _DASHES.sub(" ", _DROP.sub("", text))
    return _SPACE.sub(" ", text).strip().casefold()
