"""The browser's first rows, read from the SQLite file with the standard library before the store
opens: the same rows as the list's first page. SQLite only by nature (the quick path reads the
file); on other engines `first_rows` answers None, which test_first_rows... checks too."""

from whomet.store import MeetingFilter as F
from whomet.store import Store


def test_first_rows_without_the_store_match_the_first_page(world, db_path):
    from whomet.store import first_rows

    store = Store(world)
    assert [r for r in first_rows(db_path, 61).rows] == store.page(F(), limit=61)
    store.judge("meeting", 4, 8)  # one meeting from two sources: listed once
    assert [r.id for r in first_rows(db_path, 61).rows] == [r.id for r in store.page(F(), limit=61)]
    assert len(first_rows(db_path, 61).rows) == 7
    assert first_rows("postgresql://h/db", 5) is None and first_rows(db_path.parent / "none.db", 5) is None


def test_the_quick_first_rows_know_the_current_schema(world, db_path):
    import sqlite3

    from whomet.store import first_rows, migrations, quick

    assert quick.KNOWN_SCHEMA == migrations.current()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE schema_version SET version = version + 1")
    conn.close()
    assert first_rows(db_path, 5) is None  # a newer (or older) store is opened the full way: refused or upgraded
