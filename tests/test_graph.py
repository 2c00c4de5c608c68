"""store.graph: the shortest chain of meetings between two people."""

from sqlalchemy import select

from whomet.store import models
from whomet.store.graph import shortest_chain
from whomet.store.importer import import_records
from whomet.store.record import parse_record

BOTH_ENGINES = True  # each store test runs on SQLite and on PostgreSQL (tests/conftest.py)


def attended(engine, person_id, meeting_id) -> bool:
    A = models.Attendance
    with engine.connect() as conn:
        return conn.execute(select(A.id).where(A.person_id == person_id, A.meeting_id == meeting_id)).first() is not None


def check_chain(engine, links, a, b):
    assert links[0].a_id == a and links[-1].b_id == b
    for x, y in zip(links, links[1:]):
        assert x.b_id == y.a_id
    for link in links:
        assert attended(engine, link.a_id, link.meeting.id) and attended(engine, link.b_id, link.meeting.id)


def person(engine, name) -> int:
    with engine.connect() as conn:
        return conn.execute(select(models.Person.id).where(models.Person.name == name)).scalar_one()


def test_direct_and_longer_chains(world):
    tsiklauri, eyvazov, popov = (person(world, n) for n in ("Levan Tsiklauri", "Vilayat Eyvazov", "Petr Popov"))
    direct = shortest_chain(world, tsiklauri, eyvazov)  # Tsiklauri met Eyvazov in Tbilisi
    assert len(direct) == 1 and direct[0].meeting.city == "Tbilisi"
    # Tsiklauri (GEO) to Petr Popov (RUS): Tsiklauri - Eyvazov (Tbilisi) - Popov (Baku 2019)
    chain = shortest_chain(world, tsiklauri, popov)
    assert len(chain) == 2
    check_chain(world, chain, tsiklauri, popov)
    back = shortest_chain(world, popov, tsiklauri)
    assert len(back) == 2
    check_chain(world, back, popov, tsiklauri)


def test_same_person_and_no_chain(world):
    assert shortest_chain(world, person(world, "Sergey Bachurin"), person(world, "Sergey Bachurin")) == []
    record = {"meetings": [{"date": "2020-01-01", "delegations": [
        {"side": "FRA", "members": [{"name": "Alone Person"}]}, {"side": "ESP", "members": [{"name": "Other One"}]}]}]}
    import_records(world, [parse_record(record)])
    P = models.Person
    with world.connect() as conn:
        alone = conn.execute(select(P.id).where(P.name == "Alone Person")).scalar()
    bachurin = person(world, "Sergey Bachurin")
    assert shortest_chain(world, bachurin, alone) is None
    assert shortest_chain(world, bachurin, person(world, "Levan Tsiklauri"), max_depth=1) is None
