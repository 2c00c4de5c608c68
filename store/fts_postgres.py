"""Full-text search on PostgreSQL: a tsvector per meeting with a GIN index.

`meeting_fts` holds one weighted tsvector per meeting, built from store.fts_documents
by the database itself (title A, people B, sides, organisations and facts C, the release
text D). Words are folded like SQLite's FTS5 folds them: lower case, accents removed
(the `unaccent` extension, shipped with PostgreSQL; a trusted extension since version 13,
so the database owner may create it), through `whomet_unaccent`, an IMMUTABLE wrapper
created in the store's own schema so that every query finds it on the search path.
"""

from sqlalchemy import Connection, Float, Integer, text

from whomet.store.fts_documents import documents

TABLE = "meeting_fts"
_CONFIG = "'simple'"


def _vector(column: str) -> str:
    return f"to_tsvector({_CONFIG}, whomet_unaccent({column}))"


_OTHERS = "sides || ' ' || orgs || ' ' || facts"
_DOC = (f"setweight({_vector('title')}, 'A') || setweight({_vector('people')}, 'B') || "
        f"setweight({_vector(_OTHERS)}, 'C') || setweight({_vector('body')}, 'D')")


def _insert(where: str) -> str:
    return (f"INSERT INTO {TABLE} (meeting_id, doc) SELECT id, {_DOC} FROM ("
            + documents("string_agg", where) + ") AS d (id, title, sides, people, orgs, facts, body)")


def create(conn: Connection) -> None:
    schema = conn.exec_driver_sql(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'unaccent'").scalar()
    if schema is None:
        conn.exec_driver_sql("CREATE EXTENSION unaccent SCHEMA public")
        schema = "public"
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION whomet_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        f"AS $$ SELECT \"{schema}\".unaccent('\"{schema}\".unaccent'::regdictionary, $1) $$")
    conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {TABLE} (meeting_id integer PRIMARY KEY, doc tsvector NOT NULL)")
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_doc ON {TABLE} USING gin (doc)")


def index(conn: Connection, meeting_ids) -> None:
    conn.execute(text(_insert("WHERE m.id = ANY(:ids)")), {"ids": [int(i) for i in meeting_ids]})


def unindex(conn: Connection, meeting_ids) -> None:
    conn.execute(text(f"DELETE FROM {TABLE} WHERE meeting_id = ANY(:ids)"), {"ids": [int(i) for i in meeting_ids]})


def rebuild(conn: Connection) -> None:
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(_insert(""))


def quote(words: list[str]) -> str:
    """A tsquery: every word must match, the last as a prefix (typing narrows)."""
    return " & ".join(f"'{w}'" + (":*" if i == len(words) - 1 else "") for i, w in enumerate(words))


def _query() -> str:
    return f"to_tsquery({_CONFIG}, whomet_unaccent(:fts_q))"


def meeting_ids(words: list[str]):
    return text(f"SELECT meeting_id FROM {TABLE} WHERE doc @@ {_query()}").bindparams(fts_q=quote(words))


def ranked(words: list[str], limit: int):
    # ts_rank: higher is better; the score is negated so that, as with SQLite's bm25, lower sorts first.
    sub = text(f"SELECT meeting_id, -ts_rank(doc, {_query()}) AS score FROM {TABLE} "
               f"WHERE doc @@ {_query()} ORDER BY score LIMIT :fts_limit")
    return sub.bindparams(fts_q=quote(words), fts_limit=limit).columns(meeting_id=Integer, score=Float)
