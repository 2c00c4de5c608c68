"""Full-text search over meetings: one interface, one module per database engine.

store.fts_sqlite (FTS5) and store.fts_postgres (tsvector + GIN) each index the documents
of store.fts_documents and answer word queries; the rest of whomet calls only these
functions and never asks which database it is on. A database with neither gets LIKE
over the main columns: slower and narrower, but correct.
"""

import re
from types import ModuleType

from sqlalchemy import ColumnElement, Connection, Float, and_, literal, or_, select

from whomet.store import fts_postgres, fts_sqlite, like, models
from whomet.store.limits import check_query

TABLE = "meeting_fts"
_TOKEN = re.compile(r"\w+", re.UNICODE)
_ENGINES: dict[str, ModuleType] = {"sqlite": fts_sqlite, "postgresql": fts_postgres}


def _engine(dialect: str) -> ModuleType | None:
    return _ENGINES.get(dialect)


def create(conn: Connection) -> None:
    if impl := _engine(conn.dialect.name):
        impl.create(conn)


def index(conn: Connection, meeting_ids) -> None:
    """Add the documents of newly written meetings."""
    if meeting_ids and (impl := _engine(conn.dialect.name)):
        impl.index(conn, meeting_ids)


def unindex(conn: Connection, meeting_ids) -> None:
    """Remove meetings' documents; call before their rows change or go."""
    if meeting_ids and (impl := _engine(conn.dialect.name)):
        impl.unindex(conn, meeting_ids)


def rebuild(conn: Connection) -> None:
    if impl := _engine(conn.dialect.name):
        impl.rebuild(conn)


def tokens(query: str) -> list[str]:
    """The words of a query; LimitError past the query caps (a pasted page would overflow the parser)."""
    check_query(query)
    words = _TOKEN.findall(query)
    check_query(query, words=len(words))
    return words


def matches(query: str, dialect: str = "sqlite", column=None) -> ColumnElement[bool] | None:
    """A WHERE clause for meetings matching every word the user typed (the last as a prefix);
    None when there are no words. `column` is what the ids are tested on (default meeting.id)."""
    words = tokens(query)
    if not words:
        return None
    column = models.Meeting.id if column is None else column
    if impl := _engine(dialect):
        return column.in_(impl.meeting_ids(words))
    return _like_matches(words)


def ranked(query: str, limit: int = 200, dialect: str = "sqlite"):
    """A selectable of (meeting_id, score) for the best matches; lower scores are better."""
    words = tokens(query)
    if impl := _engine(dialect):
        return impl.ranked(words, limit)
    M = models.Meeting
    return (select(M.id.label("meeting_id"), literal(0.0, Float).label("score"))
            .where(_like_matches(words)).order_by(M.date.desc()).limit(limit))


def _like_matches(words: list[str]) -> ColumnElement[bool]:
    M, A, P = models.Meeting, models.Attendance, models.Person
    clauses = []
    for word in words:
        pattern, esc = like.contains(word), like.ESCAPE
        people = select(A.meeting_id).join(P, P.id == A.person_id).where(P.name.ilike(pattern, escape=esc))
        clauses.append(or_(M.title.ilike(pattern, escape=esc), M.city.ilike(pattern, escape=esc),
                           M.sides.ilike(pattern, escape=esc), M.kind.ilike(pattern, escape=esc), M.id.in_(people)))
    return and_(*clauses)
