"""The main queries use their indexes on SQLite: EXPLAIN QUERY PLAN of what each one really runs.

Every statement a store function executes is captured and explained. The list (each filter,
each sort, its counts), a person's counterparts and the chain between two people must name
the index meant to serve them, never sort all matches for a page, and never read the big tables
(meeting, attendance, delegation, meeting_topic) from end to end. A lost or renamed index, or
a query rewritten so that SQLite stops using it, fails here rather than on a user's 1M store.
"""

import re
import sqlite3

import pytest
from sqlalchemy import event, select

from tests.browse_helpers import generated
from whomet.store import graph, listing, models, queries
from whomet.store.filters import MeetingFilter as F

BIG_TABLES = ("meeting", "attendance", "delegation", "meeting_topic", "agreement", "award", "b", "other")
FULL_SCAN = re.compile(rf"^SCAN ({'|'.join(BIG_TABLES)})$")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from whomet.store.db import open_engine

    engine = open_engine(tmp_path_factory.mktemp("plans") / "store.db")
    generated(engine, 1500)
    yield engine
    engine.dispose()


def plans(engine, call) -> list[list[str]]:
    """The query plan (its detail lines) of each SELECT that `call()` executes."""
    ran = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith("SELECT"):
            ran.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert ran, "the call ran no query"
    # A connection of its own: a cached EXPLAIN statement would not notice an index dropped since.
    raw = sqlite3.connect(engine.url.database)
    try:
        return [[row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params)] for sql, params in ran]
    finally:
        raw.close()


def check(engine, call, *expected: str, sorted_page: bool = False) -> list[str]:
    lines = [line for plan in plans(engine, call) for line in plan]
    scans = [line for line in lines if FULL_SCAN.match(line)]
    assert not scans, f"full scans {scans} in {lines}"
    for want in expected:
        assert any(want in line for line in lines), f"{want!r} not in the plan {lines}"
    if sorted_page:
        assert not any("TEMP B-TREE FOR ORDER BY" in line for line in lines), f"a page sorts all matches: {lines}"
    return lines


FILTERS = {
    "none": (F(), "SCAN meeting USING INDEX ix_meeting_date_id", "SCAN meeting USING COVERING INDEX"),
    "text": (F(text="drug traff"), "meeting_fts VIRTUAL TABLE", "SEARCH meeting USING INTEGER PRIMARY KEY"),
    "dates": (F(date_from="2019", date_to="2020"), "ix_meeting_date_id (date>? AND date<?)",
              "SEARCH meeting USING COVERING INDEX ix_meeting_date_id (date>? AND date<?)"),
    "side": (F(side="AZE"), "ix_delegation_side_meeting (side=?)", "ix_delegation_side_meeting (side=?)"),
    "two sides": (F(side="AZE+RUS"), "ix_delegation_side_meeting (side=?)", "ix_delegation_side_meeting (side=?)"),
    "organization": (F(organization="border"), "ix_delegation_organization_id (organization_id=?)",
                     "ix_delegation_organization_id (organization_id=?)"),
    "person": (F(person="aliyev"), "ix_attendance_person_meeting (person_id=?)",
               "ix_attendance_person_meeting (person_id=?)"),
    "topic": (F(topic="border"), "ix_meeting_topic_topic_id (topic_id=?)", "ix_meeting_topic_topic_id (topic_id=?)"),
    "signed": (F(signed=True), "SCAN meeting USING INDEX ix_meeting_date_id", "ix_meeting_agreements_id (n_agreements>?)"),
    "awards": (F(awards=True), "SCAN meeting USING INDEX ix_meeting_date_id", "ix_meeting_awards_id (n_awards>?)"),
}


# A page of a membership filter first walks the date index testing each meeting's own rows
# (filters.where_clauses' probe), reached by meeting_id; the sets above serve it past the budget.
PROBES = {
    "side": "SEARCH delegation USING INDEX ix_delegation_meeting_id (meeting_id=?)",
    "two sides": "SEARCH delegation USING INDEX ix_delegation_meeting_id (meeting_id=?)",
    "organization": "SEARCH delegation USING INDEX ix_delegation_meeting_id (meeting_id=?)",
    "person": "SEARCH attendance USING INDEX ix_attendance_meeting (meeting_id=?)",
    "topic": "SEARCH meeting_topic USING INDEX sqlite_autoindex_meeting_topic_1 (meeting_id=?)",
}


@pytest.mark.parametrize("name", FILTERS)
def test_each_filter_pages_in_date_order_and_counts_through_an_index(store, name, monkeypatch):
    f, page_plan, count_plan = FILTERS[name]
    if name in PROBES:
        lines = check(store, lambda: listing.page(store, f), PROBES[name], "SCAN meeting USING INDEX ix_meeting_date_id",
                      sorted_page=True)
        assert not any(page_plan in line for line in lines), f"the probe built the set: {lines}"
    monkeypatch.setattr(listing, "PROBE_BUDGET", 0)  # the sets, as past the budget
    check(store, lambda: listing.page(store, f), page_plan, "ix_meeting_date_id", sorted_page=True)
    check(store, lambda: listing.count(store, f), count_plan)


@pytest.mark.parametrize("name", PROBES)
def test_a_probe_over_its_budget_pages_from_the_sets_with_the_same_rows(store, name, monkeypatch):
    f = F(person="a") if name == "person" else FILTERS[name][0]  # (no aliyev in the generated world)
    probed = listing.page(store, f, limit=30)
    assert probed
    ran = []
    real = listing._run

    def run(engine, cancelled, fn, budget=None):
        ran.append(budget)
        return real(engine, cancelled, fn, budget)

    monkeypatch.setattr(listing, "_run", run)
    monkeypatch.setattr(listing, "CANCEL_CHECK_STEPS", 100)  # a budget of 200 steps: over at once
    monkeypatch.setattr(listing, "PROBE_BUDGET", 200)
    lines = check(store, lambda: listing.page(store, f, limit=30), FILTERS[name][1], sorted_page=True)
    assert ran == [200, None], "the probe ran out and the sets answered"
    assert any(PROBES[name] in line for line in lines)  # both statements ran
    assert listing.page(store, f, limit=30) == probed


def test_a_page_after_the_first_seeks_in_the_index(store):
    first = listing.page(store, F(side="AZE"), limit=20)
    after = (first[-1].date, first[-1].id)
    check(store, lambda: listing.page(store, F(side="AZE"), after=after, limit=20),
          "SEARCH meeting USING INDEX ix_meeting_date_id (date<?)", sorted_page=True)
    rows = listing.page(store, F(side="AZE"), limit=40)
    assert listing.page(store, F(side="AZE"), after=after, limit=20) == rows[20:]


SORT_INDEXES = {"date": "ix_meeting_date_id", "place": "ix_meeting_city_id", "sides": "ix_meeting_sides_id",
                "title": "ix_meeting_title_id", "attendees": "ix_meeting_attendees_id",
                "agreements": "ix_meeting_agreements_id", "awards": "ix_meeting_awards_id"}


def test_every_sort_the_list_offers_has_its_index():
    assert set(SORT_INDEXES) == set(listing.SORTS)


@pytest.mark.parametrize("sort", SORT_INDEXES)
@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_every_sort_walks_its_own_index(store, sort, direction, monkeypatch):
    # The place sort walks an expression index per direction (meetings without a city last, listing.py).
    index = f"ix_meeting_place_{direction}" if sort == "place" else SORT_INDEXES[sort]
    check(store, lambda: listing.page(store, F(), sort, direction), f"SCAN meeting USING INDEX {index}",
          sorted_page=True)
    check(store, lambda: listing.page(store, F(side="RUS"), sort, direction), index,
          "ix_delegation_meeting_id (meeting_id=?)", sorted_page=True)  # the probe
    monkeypatch.setattr(listing, "PROBE_BUDGET", 0)
    check(store, lambda: listing.page(store, F(side="RUS"), sort, direction), index,
          "ix_delegation_side_meeting", sorted_page=True)  # the sets


def busiest(engine) -> int:
    A = models.Attendance
    from sqlalchemy import func

    with engine.connect() as conn:
        return conn.execute(select(A.person_id).group_by(A.person_id).order_by(func.count().desc()).limit(1)).scalar()


def test_counterparts_go_from_the_person_to_the_meetings_to_the_others(store):
    person = busiest(store)
    check(store, lambda: queries.counterparts(store, person),
          "SEARCH attendance USING COVERING INDEX ix_attendance_person_meeting (person_id=?)",
          "SEARCH b USING INDEX ix_attendance_meeting (meeting_id=?)", "SEARCH meeting USING INTEGER PRIMARY KEY")


def test_the_chain_between_two_people_expands_through_the_attendance_indexes(store):
    person = busiest(store)
    with store.connect() as conn:
        far = conn.execute(select(models.Person.id).order_by(models.Person.id.desc()).limit(1)).scalar()
    check(store, lambda: graph.shortest_chain(store, person, far),
          "SEARCH attendance USING COVERING INDEX ix_attendance_person_meeting (person_id=?)",
          "SEARCH b USING INDEX ix_attendance_meeting (meeting_id=?)")


def test_a_lost_index_fails_the_check(store):
    # The check itself can fail: without its index, counting signed meetings reads meeting whole.
    signed = lambda: listing.count(store, F(signed=True))  # noqa: E731
    with store.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_meeting_agreements_id")
    try:
        with pytest.raises(AssertionError, match="full scans|ix_meeting_agreements_id"):
            check(store, signed, "ix_meeting_agreements_id (n_agreements>?)")
    finally:
        from whomet.store.migrations import _sort_indexes

        with store.begin() as conn:
            _sort_indexes(conn)  # the step that gives older stores the sort indexes restores this one too
    check(store, signed, "ix_meeting_agreements_id (n_agreements>?)")


def test_the_busiest_persons_meetings_walk_the_date_index_and_agree_with_the_sets(store, monkeypatch):
    person = busiest(store)
    lines = check(store, lambda: queries.person_meetings(store, person, 20, 10),
                  "SCAN meeting USING INDEX ix_meeting_date_id",
                  "ix_attendance_person_meeting (person_id=? AND meeting_id=?)", sorted_page=True)
    walked = queries.person_meetings(store, person, 20, 10)
    everything = queries.person_meetings(store, person, 10_000)
    assert len(walked) == 20 and not any("MULTI-INDEX OR" in line for line in lines)
    monkeypatch.setattr(queries, "WALK_SHARE", 0)  # the sets, as for a person at few meetings
    assert queries.person_meetings(store, person, 20, 10) == walked
    assert queries.person_meetings(store, person, 10_000) == everything
    assert queries.person_meeting_count(store, person) == len(everything) == queries.person_profile(store, person).n_meetings


def test_a_dyad_chunk_reads_its_meetings_attendances_not_the_sides_delegations(store):
    # A full chunk of ids: with a long IN list SQLite once preferred every delegation of the two sides.
    from whomet.store import dyad

    with store.connect() as conn:
        ids = [i for (i,) in conn.execute(select(models.Meeting.id).order_by(models.Meeting.id).limit(dyad.CHUNK))]
        a, b = [s for (s,) in conn.execute(select(models.Delegation.side).group_by(models.Delegation.side)
                                               .order_by(models.Delegation.side).limit(2))]
    assert len(ids) == dyad.CHUNK

    def read_chunk():
        with store.connect() as conn:
            dyad._chunk(conn, a, b, ids, {})

    lines = check(store, read_chunk, "SEARCH attendance USING INDEX ix_attendance_meeting (meeting_id=?)")
    assert not [line for line in lines if "ix_delegation_side_meeting" in line], lines
