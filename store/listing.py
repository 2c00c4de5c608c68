"""The filtered, sorted, paged list of meetings: counts, keyset pages, every row for an export.

Paging is keyset over (sort column, id), so page 1,000 costs what page 1 does, and no
caller ever holds every row. Slow queries can be abandoned when the caller no longer
wants the answer (`cancelled`), which keeps typing in the browser responsive.
"""

import datetime as dt
from typing import Iterator

from sqlalchemy import Engine, and_, distinct, func, literal_column, or_, select, tuple_

from whomet.store import models
from whomet.store.filters import MeetingFilter, has_members, where_clauses
from whomet.store.overlay import has_merged
from whomet.store.queries import MeetingRow, meeting_row_columns, meeting_rows
from whomet.store.rows import NO_CITY_LAST, Cancelled, sort_value  # noqa: F401 - re-exported
from whomet.store.sides import side_name

PAGE = 100

# Sort keys the list offers: name -> column.
SORTS = {
    "date": models.Meeting.date,
    "place": models.Meeting.city,
    "sides": models.Meeting.sides,
    "title": models.Meeting.title,
    "attendees": models.Meeting.n_attendees,
    "agreements": models.Meeting.n_agreements,
    "awards": models.Meeting.n_awards,
}

# Meetings with no city sort after every place, whichever the direction: the place sort
# is on an expression that is never NULL (the top code point ascending, '' descending).
_LAST = f"'{NO_CITY_LAST}'"
_PLACE = {"asc": f"coalesce(nullif(city, ''), {_LAST})", "desc": "coalesce(city, '')"}


def sort_column(sort: str, direction: str):
    """The expression a sort orders by (a column, or for the place an expression with an index of its own)."""
    if sort == "place":
        return literal_column(_PLACE[direction])
    return SORTS[sort]


# The place sort's own indexes (the other sorts' are in models.py): expressions, so plain DDL.
PLACE_INDEXES = {
    "ix_meeting_place_asc": (_PLACE["asc"], "id"),
    "ix_meeting_place_desc": (_PLACE["desc"], "id"),
}


def sides_in_use(engine: Engine) -> list[tuple[str, str, int]]:
    """(code, name, meetings) of every side with a delegation, most meetings first."""
    D, M = models.Delegation, models.Meeting
    with engine.connect() as conn:
        if has_merged(conn, M):  # a meeting from two sources counts once (a join the plain count avoids)
            one = func.count(distinct(func.coalesce(M.canonical_id, M.id)))
            rows = conn.execute(select(D.side, one).join(M, M.id == D.meeting_id).group_by(D.side)).all()
        else:
            rows = conn.execute(select(D.side, func.count(distinct(D.meeting_id))).group_by(D.side)).all()
    return sorted(((c, side_name(c), n) for c, n in rows), key=lambda r: (-r[2], r[0]))


def organizations_in_use(engine: Engine, limit: int = 500) -> list[tuple[int, str, str | None, int]]:
    """(id, name, side, meetings) of organisations with delegations, most meetings first."""
    D, O = models.Delegation, models.Organization
    Top = models.Organization.__table__.alias("top")
    n = func.count(distinct(D.meeting_id))
    with engine.connect() as conn:
        # Organisations merged by judgements count as the one they resolve to.
        rows = conn.execute(select(Top.c.id, Top.c.name, Top.c.country_code, n.label("n"))
                            .select_from(D).join(O, D.organization_id == O.id)
                            .join(Top, Top.c.id == func.coalesce(O.canonical_id, O.id))
                            .group_by(Top.c.id, Top.c.name, Top.c.country_code)
                            .order_by(n.desc(), Top.c.name).limit(limit)).all()
    return [tuple(r) for r in rows]


def count(engine: Engine, f: MeetingFilter, cancelled=None) -> int:
    M = models.Meeting
    if f.is_empty():
        return total(engine)[0]
    stmt = select(func.count()).select_from(M).where(*where_clauses(engine, f))
    return _run(engine, cancelled, lambda conn: conn.execute(stmt).scalar() or 0)


def ids_select(engine: Engine, f: MeetingFilter):
    """The ids of the meetings the filter selects, as a subquery: what `count` counts and `page`
    pages through, for the exports and analyses that must cover the same meetings."""
    M = models.Meeting
    return select(M.id).where(*where_clauses(engine, f))


def meeting_ids(engine: Engine, f: MeetingFilter) -> list[int]:
    """The selected meeting ids, oldest first (date, then id; undated last)."""
    M = models.Meeting
    stmt = select(M.id).where(*where_clauses(engine, f)).order_by(M.date.is_(None), M.date, M.id)
    with engine.connect() as conn:
        return [i for (i,) in conn.execute(stmt)]


def total(engine: Engine) -> tuple[int, dt.date | None, dt.date | None]:
    """(meetings, first date, last date) of the whole store, for the header."""
    M = models.Meeting
    with engine.connect() as conn:
        # A meeting from two sources counts once: the merged reports (few, indexed) are taken off.
        merged = conn.execute(select(func.count()).select_from(M).where(M.canonical_id.is_not(None))).scalar()
        n = (conn.execute(select(func.count()).select_from(M)).scalar() or 0) - merged
        first = conn.execute(select(M.date).where(M.date.is_not(None)).order_by(M.date).limit(1)).scalar()
        last = conn.execute(select(M.date).where(M.date.is_not(None)).order_by(M.date.desc()).limit(1)).scalar()
    return n, first, last


def _after(col, id_col, value, last_id: int, descending: bool) -> list:
    """What follows (value, last_id) in the list's order, as consecutive stretches of it, each one
    an index seek: NULLs sort first ascending and last descending (SQLite's order, kept on every
    engine), and a single OR of both would make SQLite walk the index from the start instead."""
    if not descending:
        if value is None:
            return [and_(col.is_(None), id_col > last_id), col.is_not(None)]
        return [tuple_(col, id_col) > tuple_(value, last_id)]
    if value is None:
        return [and_(col.is_(None), id_col < last_id)]
    return [tuple_(col, id_col) < tuple_(value, last_id), col.is_(None)]


# SQLite virtual-machine steps between two looks at `cancelled` (a few ms of query). Each look
# takes the GIL: every 2,000 steps made a 70 ms query take 2.8 s while the UI thread painted
# (the worker waiting out the 5 ms switch interval for each look) and slowed the paint.
CANCEL_CHECK_STEPS = 100_000


# A probing page (filters.where_clauses' `probe`) may run this many steps before the page is
# fetched from the sets instead: about 10 ms of walking; a broad filter's page needs far fewer.
# 0: no probing.
PROBE_BUDGET = 500_000


class _OverBudget(Exception):
    pass


def _run(engine: Engine, cancelled, fn, budget: int | None = None):
    """`fn(conn)`; SQLite abandons the query when `cancelled()` turns true (Cancelled is raised) or,
    with a `budget` of VM steps, when it runs out (_OverBudget). Both are looked at every
    CANCEL_CHECK_STEPS steps."""
    with engine.connect() as conn:
        raw = None
        over = []
        if conn.dialect.name == "sqlite" and (cancelled is not None or budget is not None):
            raw = conn.connection.driver_connection
            checks = None if budget is None else [budget // CANCEL_CHECK_STEPS]

            def check() -> int:
                if cancelled is not None and cancelled():
                    return 1
                if checks is not None:
                    checks[0] -= 1
                    if checks[0] < 0:
                        over.append(True)
                        return 1
                return 0

            raw.set_progress_handler(check, CANCEL_CHECK_STEPS)
        try:
            return fn(conn)
        except Exception as exc:
            if cancelled is not None and cancelled():
                raise Cancelled() from exc
            if over:
                raise _OverBudget() from exc
            raise
        finally:
            if raw is not None:
                raw.set_progress_handler(None, 0)


def page(engine: Engine, f: MeetingFilter, sort: str = "date", direction: str = "desc",
         after: tuple | None = None, limit: int = PAGE, cancelled=None, backwards: bool = False) -> list[MeetingRow]:
    """One page of the filtered list; `after` = (sort value, id) of the last row of the previous page.

    `backwards`: walk the same order from the other end (the rows before `after`, nearest first;
    with no `after`, the last rows of the list, last first): `End` reaches the true last row.
    `cancelled`: a callable; when it turns true mid-query, SQLite stops and `Cancelled` is raised
    (a newer keystroke has made this answer useless)."""
    M = models.Meeting
    col = sort_column(sort, direction)
    descending = (direction == "desc") != backwards
    order = (col.desc(), M.id.desc()) if descending else (col.asc(), M.id.asc())
    if engine.dialect.name != "sqlite":  # SQLite's NULL order, which `_after` walks; SQLite's own sort keeps its index
        order = (col.desc().nulls_last(), M.id.desc()) if descending else (col.asc().nulls_first(), M.id.asc())
    stretches = [None] if after is None else _after(col, M.id, after[0], after[1], descending)

    def fetch(stmt):
        def run(conn) -> list[MeetingRow]:
            rows: list[MeetingRow] = []
            for stretch in stretches:
                part = stmt if stretch is None else stmt.where(stretch)
                rows += meeting_rows(conn, part.order_by(*order).limit(limit - len(rows)))
                if len(rows) >= limit:
                    break
            return rows
        return run

    if PROBE_BUDGET and engine.dialect.name == "sqlite" and has_members(f):
        # Walk the sort index testing each meeting's own rows; a narrow filter runs out of budget
        # (the walk would visit most of the store) and takes the sets below.
        probing = select(*meeting_row_columns()).where(*where_clauses(engine, f, ordered=True, probe=True))
        try:
            return _run(engine, cancelled, fetch(probing), budget=PROBE_BUDGET)
        except _OverBudget:
            pass
    stmt = select(*meeting_row_columns()).where(*where_clauses(engine, f, ordered=True))
    return _run(engine, cancelled, fetch(stmt))


def iter_rows(engine: Engine, f: MeetingFilter, sort: str = "date", direction: str = "desc",
              chunk: int = 2000) -> Iterator[MeetingRow]:
    """Every row of the filtered list, page by page (for export)."""
    after = None
    while True:
        rows = page(engine, f, sort, direction, after=after, limit=chunk)
        yield from rows
        if len(rows) < chunk:
            return
        after = (sort_value(rows[-1], sort, direction), rows[-1].id)


def create_sort_indexes(conn) -> None:
    """Create the place sort's indexes, if missing: with a new store, and by the schema step that
    brings an older one up (store/migrations.py)."""
    # Plain DDL: an sqlalchemy Index object would join the shared metadata and create_all.
    for name, cols in PLACE_INDEXES.items():
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON meeting ({', '.join(cols)})")


def ensure_indexes(engine: Engine) -> None:
    with engine.begin() as conn:
        create_sort_indexes(conn)
