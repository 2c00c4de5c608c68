"""One connection for reading a whole export: rows stream, big sorts go to disk.

An export reads every row the filter selects; a store of a million meetings has ten million
attendances. Memory must not follow the store:

- PostgreSQL: psycopg fetches a whole result into the client unless the cursor is a
  server-side one, so the connection streams results (`stream_results`, a bounded buffer);
- SQLite: an engine opened for writing keeps temporary b-trees in memory (store/db.py: right
  for an import's index builds), and the GROUP BY and ORDER BY sorts of the network's edges
  and of the people are hundreds of MB at 1M meetings; an export's connection spills them to
  temporary files whatever engine it comes from (`temp_store=FILE`, as readers' connections
  have already; SQLite's own external sort, its files in SQLITE_TMPDIR or /tmp, removed by
  SQLite), and gets its setting back after.

`Bits` is a set of row ids as a bitmap: a source or a person already written, at one bit a
row of the store rather than a Python object each.
"""

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Connection, Engine

ROWS = 2000  # PostgreSQL: rows per fetch from the server-side cursor


@contextmanager
def connect(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            yield conn.execution_options(stream_results=True, max_row_buffer=ROWS)
            return
        before = int(conn.exec_driver_sql("PRAGMA temp_store").scalar())
        conn.exec_driver_sql("PRAGMA temp_store=FILE")
        try:
            yield conn
        finally:
            try:
                conn.exec_driver_sql(f"PRAGMA temp_store={before}")
            except Exception:
                # SQLite refuses while a statement of an abandoned export is still open: the
                # connection leaves the pool rather than go back with the export's setting.
                conn.invalidate()


class Bits:
    """A set of non-negative integers (row ids) as a growing bitmap."""

    def __init__(self) -> None:
        self._bits = bytearray()

    def add(self, i: int) -> None:
        byte = i >> 3
        if byte >= len(self._bits):
            self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
        self._bits[byte] |= 1 << (i & 7)

    def __contains__(self, i: int) -> bool:
        byte = i >> 3
        return byte < len(self._bits) and bool(self._bits[byte] & (1 << (i & 7)))
