"""Opening a store: where it lives, how the engine is set up, and creating its schema.

`--db` / `WHOMET_DB` take a file path or an SQLAlchemy URL; without either the store is
`whomet.db` in the user's data directory. SQLite runs in WAL mode with a busy timeout,
so the browser can read while an import writes; other databases get the same tables
through the same models (SQLite-only parts live in store.fts).
"""

import os
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlmodel import Session, SQLModel, select

from whomet.store import ENV_VAR, fts, models
from whomet.store.sides import BODIES, side_full_name, side_name

SCHEMA_VERSION = 1


class StoreError(RuntimeError):
    """The store cannot be opened or used; str() is a one-line message for the user."""


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("whomet", appauthor=False)) / "whomet.db"


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """An SQLAlchemy URL for --db, $WHOMET_DB or the default path, in that order."""
    value = str(db) if db else os.environ.get(ENV_VAR) or str(default_path())
    if "://" in value:
        try:
            make_url(value)
        except ArgumentError as exc:
            raise StoreError(f"{value}: not a database URL ({exc})") from None
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def open_engine(db: str | os.PathLike | None = None, *, create: bool = True) -> Engine:
    """An engine for the store, its schema created or checked."""
    url = resolve_url(db)
    try:
        engine = create_engine(url)
    except Exception as exc:  # an unknown dialect, a driver that is not installed
        raise StoreError(f"{make_url(url).render_as_string(hide_password=True)}: cannot open the store ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        if create:
            ensure_schema(engine)
        else:
            check_schema(engine)
    except StoreError:
        raise
    except Exception as exc:  # a corrupt file, a server that is down, a file that is not SQLite
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise StoreError(f"{url}: cannot open the store ({first})") from None
    return engine


def check_schema(engine: Engine) -> None:
    if "meeting" not in inspect(engine).get_table_names():
        raise StoreError(f"{engine.url}: not a whomet store (run `whomet import` first)")
    add_judgement_schema(engine)


# Columns that judgements added to existing tables (all nullable): (table, column).
_JUDGEMENT_COLUMNS = (("person", "canonical_id"), ("organization", "canonical_id"), ("meeting", "canonical_id"))


def add_judgement_schema(engine: Engine) -> None:
    """Bring a store made before judgements up to date: the judgement tables, and the nullable
    canonical_id columns with their indexes. Additive and idempotent (cheap when present)."""
    inspector = inspect(engine)
    tables = set(inspector.get_table_names())
    missing = [(t, c) for t, c in _JUDGEMENT_COLUMNS if c not in {col["name"] for col in inspector.get_columns(t)}]
    if not missing and {"judgement", "judged_fact"} <= tables:
        return
    with engine.begin() as conn:
        for table, column in missing:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" ADD COLUMN {column} INTEGER')
            conn.exec_driver_sql(f'CREATE INDEX IF NOT EXISTS ix_{table}_{column} ON "{table}" ({column})')
    SQLModel.metadata.create_all(engine, tables=[models.Judgement.__table__, models.JudgedFact.__table__])


def ensure_schema(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    if tables and "meeting" not in tables:
        raise StoreError(f"{engine.url}: holds other tables, not a whomet store")
    if "meeting" in tables:
        with Session(engine) as session:
            row = session.get(models.SchemaVersion, 1)
            if row is not None and row.version > SCHEMA_VERSION:
                raise StoreError(f"{engine.url}: made by a newer whomet (schema {row.version}), upgrade whomet")
        add_judgement_schema(engine)
        return
    SQLModel.metadata.create_all(engine)
    with engine.begin() as conn:
        fts.create(conn)
        conn.execute(models.Country.__table__.insert(), list(_side_rows()))
        conn.execute(models.SchemaVersion.__table__.insert(), [{"id": 1, "version": SCHEMA_VERSION}])


def _side_rows():
    import pycountry

    for country in pycountry.countries:
        yield {"code": country.alpha_3, "name": side_name(country.alpha_3),
               "official_name": side_full_name(country.alpha_3), "is_body": False}
    yield {"code": "XKX", "name": "Kosovo", "official_name": "Kosovo", "is_body": False}
    for code in BODIES:
        yield {"code": code, "name": code, "official_name": side_full_name(code), "is_body": True}


def store_files(engine: Engine) -> list[Path]:
    """The files that make up a SQLite store (the database and its journals): never an output target."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return []
    path = Path(_file_of(url.database))
    return [path] + [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _file_of(database: str) -> str:
    # A URI filename (file:/x/y.db?mode=ro) names the file before its query.
    if database.startswith("file:"):
        from urllib.parse import unquote, urlsplit
        return unquote(urlsplit(database).path)
    return database


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def describe(engine: Engine) -> str:
    """Where the store is, for headers and messages: a path for SQLite files, the URL without password otherwise."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        home = str(Path.home())
        return url.database.replace(home, "~", 1) if url.database.startswith(home) else url.database
    return url.render_as_string(hide_password=True)
