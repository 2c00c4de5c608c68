"""store.graph: the shortest chain of meetings between two people."""

from sqlalchemy import select

from whomet.store import models
from whomet.store.graph import shortest_chain
from whomet.store.importer import import_records
from whomet.store.record import parse_record


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


def test_direct_and_longer_chains(world):
    direct = shortest_chain(world, 9, 4)  # Tsiklauri met Eyvazov in Tbilisi
    assert len(direct) == 1 and direct[0].meeting.id == 4
    # Tsiklauri (GEO) to Petr Popov (RUS): Tsiklauri - Eyvazov (Tbilisi) - Popov (Baku 2019)
    chain = shortest_chain(world, 9, 1)
    assert len(chain) == 2
    check_chain(world, chain, 9, 1)
    back = shortest_chain(world, 1, 9)
    assert len(back) == 2
    check_chain(world, back, 1, 9)


def test_same_person_and_no_chain(world):
    assert shortest_chain(world, 2, 2) == []
    record = {"meetings": [{"date": "2020-01-01", "delegations": [
        {"side": "FRA", "members": [{"name": "Alone Person"}]}, {"side": "ESP", "members": [{"name": "Other One"}]}]}]}
    import_records(world, [parse_record(record)])
    P = models.Person
    with world.connect() as conn:
        alone = conn.execute(select(P.id).where(P.name == "Alone Person")).scalar()
    assert shortest_chain(world, 2, alone) is None
    assert shortest_chain(world, 2, 9, max_depth=1) is None
