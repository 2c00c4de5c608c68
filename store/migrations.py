"""Schema versions: one stored number, and the steps that bring an older store up to this whomet.

A store records its version in `schema_version`. A new store is made from models.py at
`current()`. An older one is upgraded in place when it is opened for use: first a backup copy
beside it (`whomet.db.schema-1.bak`), then every missing step in one transaction. A newer one
is refused by every command, reads and writes alike, before anything touches it (db.py).

Changing the schema is two edits:
  1. the table or column in models.py (new stores get it from there);
  2. a step here that does the same to an older store, appended to STEPS:

        def _identity_ids(conn: Connection) -> None:
            models.Identity.__table__.create(conn)                               # a new table
            conn.exec_driver_sql("ALTER TABLE person ADD COLUMN identity_id INTEGER")  # a new column

        STEPS = [_judgements, _identity_ids]

STEPS[0] upgrades version 1 to 2, STEPS[1] 2 to 3, and so on: never edit or reorder a step that
has shipped, only append. tests/test_schema.py runs the steps on a version-1 store.
"""

import sqlite3
import warnings
from pathlib import Path
from typing import Callable

from sqlalchemy import Connection, Engine, inspect, select
from sqlalchemy.exc import SAWarning
from sqlmodel import SQLModel

from whomet.store import models

Step = Callable[[Connection], None]

def _judgements(conn: Connection) -> None:
    """1 -> 2, judgements: the judgement tables, and nullable canonical_id columns with their
    indexes. Idempotent, because stores made between judgements and schema versions already
    have some of it while still recording version 1."""
    inspector = inspect(conn)
    for table in ("person", "organization", "meeting"):
        if "canonical_id" not in {col["name"] for col in inspector.get_columns(table)}:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN canonical_id INTEGER')
        conn.exec_driver_sql(f'CREATE INDEX IF NOT EXISTS ix_{table}_canonical_id ON "{table}" (canonical_id)')
    SQLModel.metadata.create_all(conn, tables=[models.Judgement.__table__, models.JudgedFact.__table__])


def _sort_indexes(conn: Connection) -> None:
    """2 -> 3, the list's sort indexes: every sort of the meeting list walks an index of its own
    (and "signed" / "awards" count from one), never a sort of every match (tests/test_query_plans.py)."""
    with warnings.catch_warnings():
        # checkfirst reflects the table's indexes, and SQLAlchemy cannot reflect the expression
        # indexes among them: it warns that it skipped them, which would reach the user's terminal
        # on every upgrade. Only the names matter here, and those it reads.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index", SAWarning)
        for index in models.Meeting.__table__.indexes:
            if index.name in models.SORT_INDEXES:
                index.create(conn, checkfirst=True)


def _topic_as_written(conn: Connection) -> None:
    """3 -> 4, each meeting's topics as it wrote them (meeting_topic.name), so that a record whose
    meetings spell one topic two ways ('Border', 'border') exports back as it was imported.
    Older rows keep NULL and export the topic's own name, as before."""
    if "name" not in {col["name"] for col in inspect(conn).get_columns("meeting_topic")}:
        conn.exec_driver_sql("ALTER TABLE meeting_topic ADD COLUMN name VARCHAR")


def _place_sort_indexes(conn: Connection) -> None:
    """4 -> 5, the place sort's indexes: it sorts on an expression that puts meetings without a city
    last in both directions (store/listing.py), which ix_meeting_city_id cannot serve. The other
    sort indexes again too (idempotent), so the last step restores any of them that was lost."""
    from whomet.store.listing import create_sort_indexes

    _sort_indexes(conn)
    create_sort_indexes(conn)


def _provenance(conn: Connection) -> None:
    """5 -> 6, the extractor's provenance in the store: which rule found a person, gave the side,
    made the head, found an agreement or award; and which facts are fallbacks (`guessed`: a
    meeting's date or place, a member's side). Older rows keep NULL rules and FALSE marks: they
    were imported before the store kept them (re-extract to fill them)."""
    columns = {"meeting": ("date_guessed BOOLEAN NOT NULL DEFAULT FALSE", "place_guessed BOOLEAN NOT NULL DEFAULT FALSE"),
               "attendance": ("rule VARCHAR", "side_rule VARCHAR", "head_rule VARCHAR",
                              "side_guessed BOOLEAN NOT NULL DEFAULT FALSE"),
               "agreement": ("rule VARCHAR",), "award": ("rule VARCHAR",)}
    inspector = inspect(conn)
    for table, wanted in columns.items():
        have = {col["name"] for col in inspector.get_columns(table)}
        for column in wanted:
            if column.split()[0] not in have:
                conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN {column}')


STEPS: list[Step] = [_judgements, _sort_indexes, _topic_as_written, _place_sort_indexes, _provenance]


def current() -> int:
    return 1 + len(STEPS)


def stored_version(conn: Connection) -> int:
    """The version a store records; a store from before the table was filled is version 1."""
    row = conn.execute(select(models.SchemaVersion.version).where(models.SchemaVersion.id == 1)).first()
    return 1 if row is None else int(row[0])


def backup_path(database: Path, version: int) -> Path:
    base = database.with_name(f"{database.name}.schema-{version}.bak")
    path, n = base, 1
    while path.exists():
        n += 1
        path = base.with_name(f"{base.name}.{n}")
    return path


def backup(database: Path, version: int) -> Path:
    """A consistent copy of a SQLite store (the online backup API: safe while others read)."""
    target = backup_path(database, version)
    src = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, database: Path | None) -> Path | None:
    """Run the missing steps; returns the backup copy made first (SQLite files), or None."""
    with engine.connect() as conn:
        version = stored_version(conn)
    if version >= current():
        return None
    copy = backup(database, version) if database is not None else None
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # one upgrader at a time; the others find it done
        version = stored_version(conn)
        for step in STEPS[version - 1:]:
            step(conn)
        table = models.SchemaVersion.__table__
        if conn.execute(select(table.c.id).where(table.c.id == 1)).first() is None:
            conn.execute(table.insert().values(id=1, version=current()))
        else:
            conn.execute(table.update().where(table.c.id == 1).values(version=current()))
    return copy
