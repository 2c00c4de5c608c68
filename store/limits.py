"""Limits that keep one bad input from hurting the rest, each named in the message that enforces it.

Record and field sizes can be raised for a run with the environment variables named here.
"""

import os

MAX_QUERY_CHARS = 1_000
MAX_QUERY_WORDS = 64
MAX_ID = 2**63 - 1  # SQLite's INTEGER
MAX_LIMIT = 10_000

FIELD_ENV = "WHOMET_MAX_FIELD_CHARS"
RECORD_ENV = "WHOMET_MAX_RECORD_BYTES"
DEFAULT_FIELD_CHARS = 20_000  # a title, a name, a position: far beyond any real one
DEFAULT_RECORD_BYTES = 16 * 2**20  # one JSON record (a line of JSON Lines); release texts are files, not fields


class LimitError(ValueError):
    """Input over a limit; str() is one line naming the limit."""


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        raise LimitError(f"{name}={value!r}: not a whole number") from None
    if number <= 0:
        raise LimitError(f"{name}={value!r}: must be more than 0")
    return number


def max_field_chars() -> int:
    return _env_int(FIELD_ENV, DEFAULT_FIELD_CHARS)


def max_record_bytes() -> int:
    return _env_int(RECORD_ENV, DEFAULT_RECORD_BYTES)


def check_query(text: str, words: int | None = None) -> str:
    """The query, or LimitError when it is longer than anyone types (a paste gone wrong)."""
    if len(text) > MAX_QUERY_CHARS:
        raise LimitError(f"the query is {len(text):,} characters; at most {MAX_QUERY_CHARS:,}")
    count = len(text.split()) if words is None else words
    if count > MAX_QUERY_WORDS:
        raise LimitError(f"the query has {count:,} words; at most {MAX_QUERY_WORDS}")
    return text
