"""Full-text search on SQLite: FTS5.

One contentless FTS5 document per meeting (rowid = meeting.id), its columns those of
store.fts_documents. Contentless keeps the store from holding every release twice; a
document is removed by handing FTS5 the same text it was indexed with, so documents are
always rebuilt from the tables by the one SELECT.
"""

from sqlalchemy import Connection, Float, Integer, text

from whomet.store.fts_documents import COLUMNS, documents

TABLE = "meeting_fts"
_COLS = ", ".join(COLUMNS)
_SELECTED = documents("group_concat", "WHERE m.id IN (SELECT id FROM temp.fts_ids)")
# bm25 weights per column: a word in the title counts most, the release body least.
_WEIGHTS = "5.0, 2.0, 4.0, 2.0, 2.0, 1.0"


def create(conn: Connection) -> None:
    conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5({_COLS}, content='', "
                         "tokenize='unicode61 remove_diacritics 2')")


def _with_ids(conn: Connection, meeting_ids, sql: str) -> None:
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS fts_ids (id INTEGER PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM temp.fts_ids")
    conn.exec_driver_sql("INSERT INTO temp.fts_ids (id) VALUES (?)", [(int(i),) for i in meeting_ids])
    conn.exec_driver_sql(sql)
    conn.exec_driver_sql("DELETE FROM temp.fts_ids")


def index(conn: Connection, meeting_ids) -> None:
    _with_ids(conn, meeting_ids, f"INSERT INTO {TABLE} (rowid, {_COLS}) {_SELECTED}")


def unindex(conn: Connection, meeting_ids) -> None:
    _with_ids(conn, meeting_ids, f"INSERT INTO {TABLE} ({TABLE}, rowid, {_COLS}) SELECT 'delete', * FROM ({_SELECTED})")


def rebuild(conn: Connection) -> None:
    conn.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    conn.exec_driver_sql(f"INSERT INTO {TABLE} (rowid, {_COLS}) {documents('group_concat')}")


def quote(words: list[str]) -> str:
    """Every word must match, the last as a prefix (typing narrows)."""
    return " ".join(f'"{w}"' + ("*" if i == len(words) - 1 else "") for i, w in enumerate(words))


def meeting_ids(words: list[str]):
    return text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :fts_q").bindparams(fts_q=quote(words))


def ranked(words: list[str], limit: int):
    sub = text(f"SELECT rowid AS meeting_id, bm25({TABLE}, {_WEIGHTS}) AS score "
               f"FROM {TABLE} WHERE {TABLE} MATCH :fts_q ORDER BY score LIMIT :fts_limit")
    return sub.bindparams(fts_q=quote(words), fts_limit=limit).columns(meeting_id=Integer, score=Float)
