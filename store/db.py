"""Opening a store: where it lives, how the engine is set up, and creating its schema.

`--db` / `WHOMET_DB` take a file path or an SQLAlchemy URL; without either the store is
`whomet.db` in the user's data directory. SQLite runs in WAL mode with a busy timeout,
so the browser can read while an import writes; other databases get the same tables
through the same models (SQLite-only parts live in store.fts).
"""

import os
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlmodel import SQLModel

from whomet.store import ENV_VAR, fts, models
from whomet.store.locate import default_path
from whomet.store.sides import BODIES, side_full_name, side_name



class StoreError(RuntimeError):
    """The store cannot be opened or used; str() is a one-line message for the user."""


def resolve_url(db: str | os.PathLike | None = None, *, create: bool = True) -> str:
    """An SQLAlchemy URL for --db, $WHOMET_DB or the default path, in that order.

    Without `create` (every command but import) a store file that is not there is an error:
    nothing, not even its folder, is made for a command that only reads."""
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
    if not create:
        if not path.exists():
            raise StoreError(f"{path}: no such store (check --db or {ENV_VAR}; `whomet import` makes one)")
        return f"sqlite:///{path}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot make the store's folder ({exc.strerror or exc})") from None
    return f"sqlite:///{path}"


READER_HEAP = 48 * 2**20  # SQLite's memory in a reading process (the browser), a soft limit


def _pragmas(readonly: bool, write: bool = True):
    def apply(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        if not readonly:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        # 16 MB of page cache per connection: the browser's pool holds several, and at 64 MB each
        # they were ~250 MB of a 1M-meeting session (869 -> 616 MB) with no loss in page or key
        # times there, nor in import speed at 20k (bench_scale, bench_import).
        cursor.execute("PRAGMA cache_size=-16384")
        # Temporary b-trees (GROUP BY, DISTINCT, the sets a filter builds) in memory make an
        # import's index and full-text builds faster; a reader keeps them in temporary files,
        # which SQLite caches within cache_size and spills beyond: in memory, the suggestions'
        # and the busiest person's grouped queries held ~300 and ~200 MB of a 1M-meeting session.
        cursor.execute(f"PRAGMA temp_store={'MEMORY' if write else 'FILE'}")
        if not write:
            # The browser's pool holds several connections, each with its page cache: together they
            # were ~100 MB of its resident memory on any store past 100k meetings. SQLite's soft heap
            # limit (one for the process) recycles cache pages across them beyond READER_HEAP bytes.
            cursor.execute(f"PRAGMA soft_heap_limit={READER_HEAP}")
        cursor.close()
    return apply


def _can_write(path: Path) -> bool:
    # access(2) answers for this process: permission bits, and EROFS on a read-only mount.
    return os.access(path, os.W_OK)


def _writable(path: Path) -> bool:
    # Writing needs the file and, for the WAL and its index, the folder.
    return _can_write(path) and _can_write(path.parent)


def _readonly_url(path: Path) -> str:
    """A URI that opens a SQLite store without writing anything beside it.

    `mode=ro` still needs a -shm beside a WAL store; in a folder we cannot write, `immutable=1`
    reads the file as it is. That is safe there only when no WAL with unmerged pages lies beside
    it (a writer that closed cleanly removed it); with one, `mode=ro` reads through it."""
    wal = path.with_name(path.name + "-wal")
    immutable = not _can_write(path.parent) and not (wal.exists() and wal.stat().st_size > 0)
    return f"sqlite:///file:{quote(str(path))}?{'immutable=1' if immutable else 'mode=ro'}&uri=true"


def open_engine(db: str | os.PathLike | None = None, *, create: bool = True, write: bool | None = None,
                notice: Callable[[str], None] | None = None) -> Engine:
    """An engine for the store, its schema created (`create`), upgraded, or checked.

    `write` (default: `create`) says the caller will write: a store that cannot be written is
    then refused by name; a reader gets it opened read-only instead. A store from a newer whomet
    is refused in every mode before anything touches it. `notice` hears one-line news (an upgrade)."""
    write = create if write is None else write
    url = resolve_url(db, create=create)
    parsed = make_url(url)
    path = Path(parsed.database) if parsed.get_backend_name() == "sqlite" and parsed.database else None
    readonly = False
    if path is not None and path.exists() and not _writable(path):
        if write:
            raise StoreError(f"{path}: the store is read-only (this command writes to it)")
        url, readonly = _readonly_url(path), True
    try:
        engine = create_engine(url)
    except Exception as exc:  # an unknown dialect, a driver that is not installed
        raise StoreError(f"{parsed.render_as_string(hide_password=True)}: cannot open the store ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _pragmas(readonly, write))
    shown = describe(engine)
    try:
        _prepare(engine, create=create, can_write=not readonly, notice=notice)
        if write and engine.dialect.name == "sqlite":
            quick_check(engine)
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:  # a corrupt file, a server that is down, a file that is not SQLite
        engine.dispose()
        raise StoreError(f"{shown}: cannot open the store ({first_line(exc)})") from None
    return engine


def first_line(exc: BaseException) -> str:
    """An exception as one line: the driver's own message without SQLAlchemy's SQL and links."""
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).strip()
    return text.splitlines()[0] if text else type(inner).__name__


def quick_check(engine: Engine) -> None:
    """Refuse to write into a damaged file: SQLite's quick_check (pages and records, no index
    cross-check; a few ms per MB) before a command writes."""
    with engine.connect() as conn:
        problems = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(3)")]
    if problems != ["ok"]:
        raise StoreError(f"{describe(engine)}: the store is damaged ({problems[0]}); "
                         "run `whomet check` to see what is wrong, nothing was written")


def _prepare(engine: Engine, *, create: bool, can_write: bool, notice) -> None:
    from whomet.store import migrations

    tables = set(inspect(engine).get_table_names())
    if not tables and create:
        SQLModel.metadata.create_all(engine)
        with engine.begin() as conn:
            fts.create(conn)
            conn.execute(models.Country.__table__.insert(), list(_side_rows()))
            conn.execute(models.SchemaVersion.__table__.insert(), [{"id": 1, "version": migrations.current()}])
            from whomet.store.listing import create_sort_indexes  # not in models.py: expression indexes

            create_sort_indexes(conn)
        return
    if "meeting" not in tables:
        if tables:
            raise StoreError(f"{describe(engine)}: holds other tables, not a whomet store")
        raise StoreError(f"{describe(engine)}: not a whomet store (run `whomet import` first)")
    with engine.connect() as conn:
        version = migrations.stored_version(conn)
    if version > migrations.current():
        raise StoreError(f"{describe(engine)}: made by a newer whomet (schema {version}, this one knows "
                         f"{migrations.current()}); upgrade whomet. The store was not touched")
    if version < migrations.current():
        if not can_write:
            raise StoreError(f"{describe(engine)}: made by an older whomet (schema {version}) and read-only here; "
                             "open it once where it can be written to upgrade it")
        copy = migrations.upgrade(engine, sqlite_file(engine))
        if notice:
            notice(f"{describe(engine)}: upgraded from schema {version} to {migrations.current()}"
                   + (f"; the old store is kept as {copy}" if copy else ""))


def _side_rows():
    import pycountry

    for country in pycountry.countries:
        yield {"code": country.alpha_3, "name": side_name(country.alpha_3),
               "official_name": side_full_name(country.alpha_3), "is_body": False}
    yield {"code": "XKX", "name": "Kosovo", "official_name": "Kosovo", "is_body": False}
    for code in BODIES:
        yield {"code": code, "name": code, "official_name": side_full_name(code), "is_body": True}


def sqlite_file(engine: Engine) -> Path | None:
    """The file of a SQLite store; None for other databases and in-memory ones."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(_file_of(url.database))


def store_files(engine: Engine) -> list[Path]:
    """The files that make up a SQLite store (the database and its journals): never an output target."""
    path = sqlite_file(engine)
    if path is None:
        return []
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
    path = sqlite_file(engine)
    if path is not None:
        home, shown = str(Path.home()), str(path)
        return shown.replace(home, "~", 1) if shown.startswith(home) else shown
    return engine.url.render_as_string(hide_password=True)
