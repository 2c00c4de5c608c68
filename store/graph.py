"""Who is linked to whom: the shortest chain of meetings between two people.

Two people are linked when they attended the same meeting. A breadth-first search runs
from both ends at once, one SQL query per level over attendance (indexed on person and
on meeting), so it never loads the whole graph; it stops at `max_depth` hops.
"""

from dataclasses import dataclass

from sqlalchemy import Engine, select

from whomet.store import models
from whomet.store.overlay import canonical_map, hidden_rows
from whomet.store.queries import MeetingRow, meeting_row_columns, meeting_rows


@dataclass(frozen=True)
class Link:
    """One hop: `a` and `b` were both at `meeting`."""

    a_id: int
    a_name: str
    a_side: str | None
    meeting: MeetingRow
    b_id: int
    b_name: str
    b_side: str | None


def _expand(conn, frontier: set[int], canon: dict[int, int], members: dict[int, list[int]]) -> dict[int, tuple[int, int]]:
    """Neighbours of the frontier: person -> (frontier person, meeting), earliest meeting id wins.
    People are canonical ids (records judged the same are one person); hidden facts do not link."""
    A = models.Attendance
    B = A.__table__.alias("b")
    out: dict[int, tuple[int, int]] = {}
    ids = [r for p in frontier for r in [p, *members.get(p, ())]]
    hidden = hidden_rows("attendance")
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        stmt = (select(B.c.person_id, A.person_id, A.meeting_id)
                .join(B, B.c.meeting_id == A.meeting_id)
                .where(A.person_id.in_(chunk), B.c.person_id != A.person_id, A.id.not_in(hidden),
                       B.c.id.not_in(hidden))
                .order_by(A.meeting_id.desc()))
        for other, me, meeting in conn.execute(stmt):
            other, me = canon.get(other, other), canon.get(me, me)
            if other != me:
                out[other] = (me, meeting)  # ordered desc, so the last write is the earliest meeting
    return out


def shortest_chain(engine: Engine, source: int, target: int, max_depth: int = 8) -> list[Link] | None:
    """The links of a shortest chain from `source` to `target`; [] when they are the same person;
    None when no chain of at most `max_depth` meetings joins them."""
    with engine.connect() as conn:
        canon = canonical_map(conn, models.Person)
        members: dict[int, list[int]] = {}
        for row, top in canon.items():
            members.setdefault(top, []).append(row)
        source, target = canon.get(source, source), canon.get(target, target)
        if source == target:
            return []
        parents = {source: None}  # person -> (previous person, meeting) on the source side
        children = {target: None}  # person -> (next person, meeting) on the target side
        front_a, front_b = {source}, {target}
        meet = None
        for _depth in range(max_depth):
            if not front_a or not front_b:
                return None
            grow_a = len(front_a) <= len(front_b)
            frontier = front_a if grow_a else front_b
            seen, other_seen = (parents, children) if grow_a else (children, parents)
            nxt = set()
            for person, (prev, meeting) in _expand(conn, frontier, canon, members).items():
                if person in seen:
                    continue
                seen[person] = (prev, meeting)
                nxt.add(person)
                if person in other_seen:
                    meet = person
                    break
            if meet is not None:
                break
            if grow_a:
                front_a = nxt
            else:
                front_b = nxt
        if meet is None:
            return None
        hops: list[tuple[int, int, int]] = []  # (a, meeting, b)
        node = meet
        while parents[node] is not None:
            prev, meeting = parents[node]
            hops.insert(0, (prev, meeting, node))
            node = prev
        node = meet
        while children[node] is not None:
            nxt_person, meeting = children[node]
            hops.append((node, meeting, nxt_person))
            node = nxt_person
        P, M = models.Person, models.Meeting
        people = {pid: (name, side) for pid, name, side in conn.execute(
            select(P.id, P.name, P.side).where(P.id.in_({h[0] for h in hops} | {h[2] for h in hops})))}
        rows = {r.id: r for r in meeting_rows(conn, select(*meeting_row_columns()).where(
            M.id.in_([h[1] for h in hops])))}
    return [Link(a, *people[a], rows[m], b, *people[b]) for a, m, b in hops]
