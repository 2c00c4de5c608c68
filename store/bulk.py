"""Writing rows in bulk inside one transaction, the way each database engine does it fastest and safely.

SQLite has one writer at a time: a file's transaction holds the write lock from its first
insert, so the next ids are those after the largest, exactly what SQLite itself would pick,
and rows go straight to the driver's executemany (SQLAlchemy's per-row processing costs
more than the insert itself there).

PostgreSQL lets several importers write at once, so ids come from the tables' own
sequences, drawn in blocks; new people, organisations and topics go in with
ON CONFLICT DO NOTHING, and when another importer created the same entity first, its id
replaces ours in the rows still to be written.
"""

import datetime as dt
import itertools
from typing import Iterator

from sqlalchemy import Connection, Integer, insert, text

from whomet.store import models

# The unique key of each entity table, as its UniqueConstraint names it.
ENTITY_KEYS = {"person": ("key", "side"), "organization": ("key", "country_code"), "topic": ("key",)}


class Sink:
    """Rows into the tables of one open transaction."""

    paramstyle = "?"
    overlaps = False  # may a second thread write a batch while the next one is built?

    def __init__(self, conn: Connection):
        self.conn = conn
        self.cursor = conn.connection.cursor()

    def claim_file(self, sha: str, path: str, kind: str) -> int | None:
        """The new imported_file row's id; None when a file with this sha256 is already in (maybe
        committed a moment ago by another importer)."""
        return self.conn.execute(text(
            "INSERT INTO imported_file (sha256, path, kind, records, meetings) VALUES (:sha, :path, :kind, 0, 0) "
            "ON CONFLICT (sha256) DO NOTHING RETURNING id"), {"sha": sha, "path": path, "kind": kind}).scalar()

    def ids(self, table: str) -> Iterator[int]:
        raise NotImplementedError

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        marks = ", ".join([self.paramstyle] * len(columns))
        self.cursor.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})', rows)

    def insert_entities(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> dict[int, int]:
        """Insert new entity rows (id first); returns {our id: the id another importer gave the same entity}."""
        self.insert(table, columns, rows)
        return {}

    @staticmethod
    def day(value: dt.date | None):
        return value


class SQLiteSink(Sink):
    overlaps = True  # PostgreSQL's ids are drawn on the same connection while rows are built
    def claim_file(self, sha: str, path: str, kind: str) -> int | None:
        # INSERT OR IGNORE rather than ON CONFLICT ... RETURNING, which needs SQLite 3.35.
        self.cursor.execute("INSERT OR IGNORE INTO imported_file (sha256, path, kind, records, meetings) "
                            "VALUES (?, ?, ?, 0, 0)", (sha, path, kind))
        return self.cursor.lastrowid if self.cursor.rowcount == 1 else None

    def ids(self, table: str) -> Iterator[int]:
        top = self.cursor.execute(f'SELECT max(id) FROM "{table}"').fetchone()[0]
        return itertools.count((top or 0) + 1)

    @staticmethod
    def day(value: dt.date | None):
        return value.isoformat() if value is not None else None  # as SQLAlchemy's Date stores it on SQLite


class PostgresSink(Sink):
    paramstyle = "%s"
    def ids(self, table: str) -> Iterator[int]:
        block = 1  # growing 4x a draw: a one-meeting file wastes few ids, a big file makes few round trips
        while True:
            self.cursor.execute(f"SELECT nextval(pg_get_serial_sequence('\"{table}\"', 'id')) "
                                "FROM generate_series(1, %s)", (block,))
            yield from (row[0] for row in self.cursor.fetchall())
            block = min(block * 4, 65536)

    def insert_entities(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> dict[int, int]:
        # Sorted by key, so two importers creating the same entities take their locks in one order.
        keys = ENTITY_KEYS[table]
        at = [columns.index(k) for k in keys]
        rows = sorted(rows, key=lambda r: tuple("" if r[i] is None else r[i] for i in at))
        sa_table = models.SQLModel.metadata.tables[table]
        types = ["bigint" if isinstance(sa_table.c[c].type, Integer) else "text" for c in columns]
        arrays = ", ".join(f"%s::{t}[]" for t in types)
        self.cursor.execute(
            f'INSERT INTO "{table}" ({", ".join(columns)}) SELECT * FROM unnest({arrays}) '
            f"ON CONFLICT ({', '.join(keys)}) DO NOTHING RETURNING id", [list(col) for col in zip(*rows)])
        inserted = {row[0] for row in self.cursor.fetchall()}
        lost = [r for r in rows if r[0] not in inserted]
        if not lost:
            return {}
        key_arrays = ", ".join("%s::text[]" for _ in keys)
        on = " AND ".join(f"t.{k} IS NOT DISTINCT FROM u.{k}" for k in keys)
        self.cursor.execute(f'SELECT t.id, {", ".join(f"t.{k}" for k in keys)} FROM "{table}" t '
                            f"JOIN unnest({key_arrays}) AS u ({', '.join(keys)}) ON {on}",
                            [[r[i] for r in lost] for i in at])
        theirs = {tuple(row[1:]): row[0] for row in self.cursor.fetchall()}
        return {r[0]: theirs[tuple(r[i] for i in at)] for r in lost}


class OneWriterSink(Sink):
    """Another database: ids after the largest, which is safe with one importer at a time."""

    def __init__(self, conn: Connection):
        super().__init__(conn)
        self.paramstyle = "?" if conn.dialect.paramstyle == "qmark" else "%s"

    def claim_file(self, sha: str, path: str, kind: str) -> int | None:
        return self.conn.execute(insert(models.ImportedFile).values(
            sha256=sha, path=path, kind=kind, records=0, meetings=0)).inserted_primary_key[0]

    def ids(self, table: str) -> Iterator[int]:
        self.cursor.execute(f'SELECT max(id) FROM "{table}"')
        return itertools.count((self.cursor.fetchone()[0] or 0) + 1)


def sink(conn: Connection) -> Sink:
    return {"sqlite": SQLiteSink, "postgresql": PostgresSink}.get(conn.dialect.name, OneWriterSink)(conn)


def is_transient(exc: BaseException) -> bool:
    """A deadlock or serialisation failure between concurrent importers: the file can simply be tried again."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in ("40P01", "40001")
