"""The Store's list side: filters, one-line descriptions, keyset paging, reports, export."""

import csv
import datetime as dt
import io
import json

import pytest
from sqlalchemy import insert, select

from whomet.store import SORTS, Store, date_bound, describe_filter, models, sort_value
from whomet.store import MeetingFilter as F
from whomet.store.export import EXPORT_FIELDS, write_list
from whomet.store.listing import iter_rows
from whomet.store.names import fold
from tests.browse_helpers import generated

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL (tests/conftest.py)


def ids(engine, f, **kw):
    return [r.id for r in Store(engine).page(f, limit=1000, **kw)]


def test_date_bound_reads_partial_dates():
    assert date_bound("2019") == dt.date(2019, 1, 1)
    assert date_bound("2019", end=True) == dt.date(2019, 12, 31)
    assert date_bound("2020-02", end=True) == dt.date(2020, 2, 29)
    assert date_bound("2019-06-14") == dt.date(2019, 6, 14)
    assert date_bound("201") is None and date_bound("2019-13") is None


def test_describe_is_one_line():
    assert describe_filter(F()) == ""
    assert describe_filter(F(side="AZE", date_from="2019", date_to="2019", signed=True)) == "side:AZE 2019 signed"
    assert describe_filter(F(text="border", person="Bachurin", awards=True, date_from="2018-05")) == \
        '"border" person:Bachurin from:2018-05 awards'


def test_filters_narrow_the_list(world):
    assert Store(world).count(F()) == 8
    assert Store(world).count(F(side="AZE")) == 6
    assert Store(world).count(F(side="azerbaijan")) == 6
    assert ids(world, F(side="AZE", date_from="2019", date_to="2019")) == [1]
    assert Store(world).count(F(side="AZE", date_from="2022", date_to="2022")) == 2
    assert Store(world).count(F(person="bachurin")) == 5
    assert Store(world).count(F(organization="state border service")) >= 1
    assert Store(world).count(F(topic="caviar")) == 1
    assert Store(world).count(F(signed=True)) == 8
    assert Store(world).count(F(awards=True)) == 7
    assert Store(world).count(F(text="sturgeon")) == 1
    assert Store(world).count(F(side="nowhere")) == 0
    assert ids(world, F(side="AZE+GEO")) == [4]
    assert Store(world).count(F(side="aze, rus")) == 4
    assert Store(world).count(F(side="AZE+")) == 6


def test_person_filter_finds_aliases(world):
    with world.begin() as conn:
        conn.execute(insert(models.PersonAlias).values(person_id=2, name="S. Batchourine",
                                                       key=fold("S. Batchourine"), side="RUS"))
    assert Store(world).count(F(person="batchourine")) == 5


@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_keyset_pages_walk_the_whole_list_in_order(engine, sort, direction):
    generated(engine, 250)
    f = F(side="RUS")
    everything = ids(engine, f, sort=sort, direction=direction)
    assert len(everything) == Store(engine).count(f) > 50
    walked, after = [], None
    while True:
        rows = Store(engine).page(f, sort, direction, after=after, limit=17)
        walked += [r.id for r in rows]
        if len(rows) < 17:
            break
        after = (sort_value(rows[-1], sort, direction), rows[-1].id)
    assert walked == everything


def test_null_places_page_correctly(engine):
    generated(engine, 250)  # ~10% video conferences without a city
    rows = Store(engine).page(F(), "place", "asc", limit=1000)
    assert any(r.city is None for r in rows)
    assert [r.id for r in iter_rows(engine, F(), "place", "asc", chunk=7)] == [r.id for r in rows]


def test_export_csv_and_json(world, tmp_path):
    f = F(side="AZE")
    buf = io.StringIO()
    assert write_list(world, f, buf, "csv") == 6
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [int(r["id"]) for r in rows] == ids(world, f)
    assert rows[0]["sides"] and rows[0]["date"]
    path = tmp_path / "out" / "m.json"
    assert Store(world).export_list(f, path) == 6
    data = json.loads(path.read_text())
    assert len(data) == 6 and set(data[0]) == set(EXPORT_FIELDS)
    empty = tmp_path / "none.json"
    assert Store(world).export_list(F(side="nowhere"), empty) == 0
    assert json.loads(empty.read_text()) == []


def test_side_report(world):
    r = Store(world).side_report("AZE")
    assert r.meetings == 6 and r.first == dt.date(2018, 5, 23) and r.last == dt.date(2023, 4, 18)
    by_side = {c.side: c for c in r.counterparts}
    assert by_side["RUS"].meetings == 4
    assert by_side["GEO"].meetings == 1 and by_side["GEO"].agreements == 2
    assert sum(r.per_year.values()) == 6
    names = [p.name for p in r.people]
    assert "Seyfulla Azimov" in names and all(p.side == "AZE" for p in r.people)
    assert r.organizations


def test_organization_report(world):
    O = models.Organization
    with world.connect() as conn:
        georgia = conn.execute(select(O.id).where(O.name == "Ministry of Internal Affairs of Georgia")).scalar_one()
    r = Store(world).organization_report(georgia)
    assert r.name == "Ministry of Internal Affairs of Georgia" and r.side == "GEO"
    assert {c.side for c in r.counterparts} == {"AZE", "KAZ"}
    assert Store(world).organization_report(999) is None


def test_jump_targets(world):
    kinds = {(t.kind, t.label) for t in Store(world).jump_targets("tsiklauri")}
    assert ("person", "Levan Tsiklauri") in kinds
    assert any(k == "side" for k, _ in {(t.kind, t.label) for t in Store(world).jump_targets("georgia")})
    assert any(t.kind == "organization" for t in Store(world).jump_targets("border service"))
    assert Store(world).jump_targets("  ") == []
    fuzzy = [t.label for t in Store(world).jump_targets("State Border Servce Azerbaijan") if t.kind == "organization"]
    assert fuzzy and fuzzy[0] == "State Border Service of the Republic of Azerbaijan"


def test_the_sort_index_step_restores_a_lost_index_and_is_idempotent(world):
    from sqlalchemy import inspect

    from whomet.store.migrations import _sort_indexes

    with world.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_meeting_city_id")
    for _ in range(2):
        with world.begin() as conn:
            _sort_indexes(conn)
    assert "ix_meeting_city_id" in {i["name"] for i in inspect(world).get_indexes("meeting")}
    assert Store(world).count(F()) == 8


def test_counterparts_are_other_sides_with_their_latest_organisation(world):
    from whomet.store.queries import counterparts

    by_id = {c.person_id: c for c in counterparts(world, 2)}
    assert by_id[3].organization == "Ministry of Internal Affairs of the Azerbaijan Republic"
    assert by_id[3].met == 3 and str(by_id[3].first) == "2018-05-23" and str(by_id[3].last) == "2022-10-11"
    assert all(c.side != "RUS" for c in by_id.values())
    assert counterparts(world, 999) == []


@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_walking_backwards_from_the_end_is_the_same_list_reversed(engine, sort, direction):
    generated(engine, 120)
    f = F(side="RUS")
    everything = ids(engine, f, sort=sort, direction=direction)
    walked, after = [], None
    while True:
        rows = Store(engine).page(f, sort, direction, after=after, limit=13, backwards=True)
        walked += [r.id for r in rows]
        if len(rows) < 13:
            break
        after = (sort_value(rows[-1], sort, direction), rows[-1].id)
    assert walked[::-1] == everything


@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_sort_by_place_puts_meetings_without_a_city_last(world, direction):
    cities = [r.city for r in Store(world).page(F(), "place", direction)]
    named = [c for c in cities if c]
    assert cities[len(named):] == [None] * (len(cities) - len(named)) and len(named) < len(cities)
    assert named == sorted(named, reverse=direction == "desc")


def test_person_and_group_tables_page_with_honest_counts(engine):
    from sqlalchemy import text

    generated(engine, 400)
    store = Store(engine)
    with engine.connect() as conn:
        busiest = conn.execute(text("SELECT person_id FROM attendance GROUP BY person_id "
                                    "ORDER BY count(*) DESC LIMIT 1")).scalar()
    for table, key in (("person.meetings", busiest), ("person.counterparts", busiest), ("side.people", "RUS")):
        total = store.table_count(table, key)
        walked, offset = [], 0
        while True:
            page = store.table_page(table, key, 7, offset)
            walked += page
            offset += len(page)
            if len(page) < 7:
                break
        assert len(walked) == total > 7, table
    meetings = store.table_page("person.meetings", busiest, 1000)
    assert [m.id for m in meetings] == [r.id for r in store.page(F(), limit=1000)
                                        if r.id in {m.id for m in meetings}]  # newest first, as the list
    everyone = store.counterparts(busiest)
    assert store.table_page("person.counterparts", busiest, 1000) == everyone
    assert [c.met for c in everyone] == sorted((c.met for c in everyone), reverse=True)

