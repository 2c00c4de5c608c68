"""Full-text search over meetings: the one module that knows SQLite's FTS5.

One contentless FTS5 document per meeting (rowid = meeting.id) holds its title, kind
and place, its sides, the names of its people and organisations, its agreements,
awards and topics, and the text of its release. Contentless keeps the store from
holding every release twice; documents are rebuilt from the tables when they change.

Other databases get the same API over LIKE, slower but correct, so the rest of whomet
never asks which database it is on.
"""

import re

from sqlalchemy import ColumnElement, Connection, Float, Integer, and_, or_, select, text

from whomet.store import like, models
from whomet.store.limits import check_query

TABLE = "meeting_fts"
_COLUMNS = ("title", "sides", "people", "orgs", "facts", "body")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def create(conn: Connection) -> None:
    if not _sqlite(conn):
        return
    conn.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
        + ", ".join(_COLUMNS)
        + ", content='', tokenize='unicode61 remove_diacritics 2')"
    )


# One SELECT builds every document; it runs over the meetings named in a temp table.
_DOCUMENTS = """
SELECT m.id,
  coalesce(m.title, '') || ' ' || coalesce(m.kind, '') || ' ' || coalesce(m.city, '') || ' ' || coalesce(mc.name, ''),
  m.sides || ' ' || coalesce((SELECT group_concat(c.name, ' ') FROM delegation d JOIN country c ON c.code = d.side
                               WHERE d.meeting_id = m.id), ''),
  coalesce((SELECT group_concat(p.name || ' ' || a.name || ' ' || coalesce(a.rank, '') || ' ' || coalesce(a.position, ''), ' ')
            FROM attendance a JOIN person p ON p.id = a.person_id WHERE a.meeting_id = m.id), '')
   || ' ' || coalesce((SELECT group_concat(pa.name, ' ') FROM attendance a JOIN person_alias pa ON pa.person_id = a.person_id
            WHERE a.meeting_id = m.id), ''),
  coalesce((SELECT group_concat(o.name || ' ' || coalesce(o.acronym, ''), ' ') FROM delegation d
            JOIN organization o ON o.id = d.organization_id WHERE d.meeting_id = m.id), ''),
  coalesce((SELECT group_concat(coalesce(g.title, '') || ' ' || g.kind, ' ') FROM agreement g WHERE g.meeting_id = m.id), '')
   || ' ' || coalesce((SELECT group_concat(coalesce(w.award, '') || ' ' || w.kind || ' ' || coalesce(w.recipient_group, ''), ' ')
            FROM award w WHERE w.meeting_id = m.id), '')
   || ' ' || coalesce((SELECT group_concat(t.name, ' ') FROM meeting_topic mt JOIN topic t ON t.id = mt.topic_id
            WHERE mt.meeting_id = m.id), ''),
  coalesce(s.text, '')
FROM meeting m JOIN source s ON s.id = m.source_id LEFT JOIN country mc ON mc.code = m.country_code
WHERE m.id IN (SELECT id FROM temp.fts_ids)
"""


def _with_ids(conn: Connection, meeting_ids, sql: str) -> None:
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS fts_ids (id INTEGER PRIMARY KEY)")
    conn.exec_driver_sql("DELETE FROM temp.fts_ids")
    conn.exec_driver_sql("INSERT INTO temp.fts_ids (id) VALUES (?)", [(int(i),) for i in meeting_ids])
    conn.exec_driver_sql(sql)
    conn.exec_driver_sql("DELETE FROM temp.fts_ids")


def index(conn: Connection, meeting_ids) -> None:
    """Add the documents of newly written meetings."""
    if not _sqlite(conn) or not meeting_ids:
        return
    _with_ids(conn, meeting_ids, f"INSERT INTO {TABLE} (rowid, {', '.join(_COLUMNS)}) {_DOCUMENTS}")


def unindex(conn: Connection, meeting_ids) -> None:
    """Remove meetings' documents; call before their rows change or go."""
    if not _sqlite(conn) or not meeting_ids:
        return
    _with_ids(conn, meeting_ids,
              f"INSERT INTO {TABLE} ({TABLE}, rowid, {', '.join(_COLUMNS)}) SELECT 'delete', * FROM ({_DOCUMENTS})")


def rebuild(conn: Connection) -> None:
    if not _sqlite(conn):
        return
    conn.exec_driver_sql(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")
    conn.exec_driver_sql(f"INSERT INTO {TABLE} (rowid, {', '.join(_COLUMNS)}) "
                         + _DOCUMENTS.replace("WHERE m.id IN (SELECT id FROM temp.fts_ids)", ""))


def tokens(query: str) -> list[str]:
    """The words of a query; LimitError past the query caps (a pasted page would overflow the parser)."""
    check_query(query)
    words = _TOKEN.findall(query)
    check_query(query, words=len(words))
    return words


def quote(query: str) -> str:
    """User text as an FTS5 query: every word must match, the last as a prefix (typing narrows)."""
    words = tokens(query)
    return " ".join(f'"{w}"' + ("*" if i == len(words) - 1 else "") for i, w in enumerate(words))


def matches(query: str, dialect: str = "sqlite") -> ColumnElement[bool] | None:
    """A WHERE clause on meeting.id for meetings matching the user's words; None when there are none."""
    words = tokens(query)
    if not words:
        return None
    if dialect == "sqlite":
        sub = text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :fts_q").bindparams(fts_q=quote(query))
        return models.Meeting.id.in_(sub)
    return _like_matches(words)


def ranked(query: str, limit: int = 200):
    """(meeting_id, rank) of the best matches, best first (SQLite); other databases: by date."""
    sub = text(f"SELECT rowid AS meeting_id, bm25({TABLE}, 5.0, 2.0, 4.0, 2.0, 2.0, 1.0) AS score "
               f"FROM {TABLE} WHERE {TABLE} MATCH :fts_q ORDER BY score LIMIT :fts_limit")
    return sub.bindparams(fts_q=quote(query), fts_limit=limit).columns(meeting_id=Integer, score=Float)


def _like_matches(words: list[str]) -> ColumnElement[bool]:
    M, A, P = models.Meeting, models.Attendance, models.Person
    clauses = []
    for word in words:
        pattern, esc = like.contains(word), like.ESCAPE
        people = select(A.meeting_id).join(P, P.id == A.person_id).where(P.name.ilike(pattern, escape=esc))
        clauses.append(or_(M.title.ilike(pattern, escape=esc), M.city.ilike(pattern, escape=esc),
                           M.sides.ilike(pattern, escape=esc), M.kind.ilike(pattern, escape=esc), M.id.in_(people)))
    return and_(*clauses)
