"""The list's first rows straight from an SQLite file, before the rest of the store loads.

Importing SQLAlchemy and the models costs more than a second on a busy machine; a user
opening the browser wants rows. This reads the newest meetings (the list's default order:
date descending, then id) with the standard library's sqlite3, read-only, and nothing else;
the browser shows them while `Store.open` runs in the background. Anything that is not a
plain SQLite file of ours (a server URL, a missing file, another schema, a store from before
judgements) gives None, and the browser opens the store first, as before.
"""

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from whomet.store import ENV_VAR
from whomet.store.locate import default_path
from whomet.store.rows import MeetingRow

# A meeting merged into another (one meeting from two sources, a judgement) is listed as that one:
# its own report is left out, as store/filters.py does. `+ 0` keeps SQLite on the date index.
# The schema version this whomet writes (migrations.current(), which loads SQLAlchemy: a test holds
# the two equal). A store at another version is opened the full way: upgraded, or refused.
KNOWN_SCHEMA = 6
_VERSION = "SELECT version FROM schema_version WHERE id = 1"
_FIRST = ("SELECT id, date, city, country_code, sides, title, n_attendees, n_agreements, n_awards, format "
          "FROM meeting WHERE canonical_id + 0 IS NULL ORDER BY date DESC, id DESC LIMIT ?")


@dataclass(frozen=True)
class FirstRows:
    path: Path
    rows: list[MeetingRow]


def _sqlite_path(db) -> Path | None:
    value = str(db) if db else os.environ.get(ENV_VAR)
    if not value:
        return default_path()
    if "://" in value:
        prefix = "sqlite:///"
        return Path(value[len(prefix):]) if value.startswith(prefix) and "?" not in value else None
    return Path(value).expanduser()


def first_rows(db, limit: int) -> FirstRows | None:
    path = _sqlite_path(db)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
        try:
            version = conn.execute(_VERSION).fetchone()
            if version is None or version[0] != KNOWN_SCHEMA:
                return None
            rows = conn.execute(_FIRST, (limit,)).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # not ours, locked, damaged: Store.open will say what is wrong
    out = []
    for id_, date, *rest in rows:
        try:
            day = dt.date.fromisoformat(date) if date else None
        except (TypeError, ValueError):
            return None
        out.append(MeetingRow(id_, day, *rest))
    return FirstRows(path, out)
