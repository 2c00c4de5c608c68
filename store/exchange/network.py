"""The who-met-whom network of the selected meetings, at one level: people, organisations or sides.

Two nodes are linked when they took part in the same meeting for different sides (people of
one delegation travel together; they do not "meet"); an edge's weight is the number of
meetings they shared, its start and end the first and last of them. Nodes carry their side,
organisation (a person's latest), meetings, and first and last meeting date.

Edges and nodes are aggregated in SQL (one grouped query each); Python holds only the nodes
and edges, never an attendance list. The GEXF, GraphML and CSV exports and `whomet top`
read this one graph.
"""

import datetime as dt
import re
from typing import Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, String, and_, case, distinct, func, select

from whomet.store import models
from whomet.store.exchange import ids
from whomet.store.filters import MeetingFilter
from whomet.store.overlay import visible
from whomet.store.sides import side_name

LEVELS = ("person", "organization", "side")


@dataclass(frozen=True)
class Node:
    id: str
    label: str
    side: str | None
    organization: str | None
    meetings: int
    first: dt.date | None
    last: dt.date | None
    db_id: int | str | None = None  # the person's or organisation's row id, or the side code


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    weight: int
    first: dt.date | None
    last: dt.date | None


def _participants(level: str, engine: Engine, f: MeetingFilter):
    """(meeting_id, node, side) rows: who took part in each selected meeting, for which side.
    Extraction + judgements: the meeting of a merged report is the one it was merged into, a
    person or organisation is the resolved one, an attendance a correction hides is left out."""
    from whomet.store.exchange.bundle import _restrict

    A, D, M, P, O = models.Attendance, models.Delegation, models.Meeting, models.Person, models.Organization
    meeting = func.coalesce(M.canonical_id, M.id).label("meeting_id")
    if level == "person":
        stmt = (select(meeting, func.coalesce(P.canonical_id, P.id).label("node"), D.side.label("side"))
                .select_from(A).join(D, D.id == A.delegation_id).join(P, P.id == A.person_id)
                .join(M, M.id == A.meeting_id).where(visible(A)))
        column = A.meeting_id
    elif level == "organization":
        stmt = (select(meeting, func.coalesce(O.canonical_id, O.id).label("node"), D.side.label("side"))
                .select_from(D).join(O, O.id == D.organization_id).join(M, M.id == D.meeting_id))
        column = D.meeting_id
    elif level == "side":
        stmt = select(meeting, D.side.label("node"), D.side.label("side")).select_from(D).join(M, M.id == D.meeting_id)
        column = D.meeting_id
    else:
        raise ValueError(f"unknown level {level!r} ({', '.join(LEVELS)})")
    return stmt.where(*_restrict(column, engine, f)).distinct().subquery()


def edges(engine: Engine, f: MeetingFilter, level: str = "person") -> Iterator[tuple]:
    """(node a, node b, meetings, first, last) in row terms (person/organisation id or side code),
    streamed from the grouped query."""
    M = models.Meeting
    p = _participants(level, engine, f)
    q = _participants(level, engine, f).alias("q")
    stmt = (select(p.c.node, q.c.node, func.count(distinct(p.c.meeting_id)), func.min(M.date), func.max(M.date))
            .select_from(p).join(q, and_(q.c.meeting_id == p.c.meeting_id, p.c.node < q.c.node, p.c.side != q.c.side))
            .join(M, M.id == p.c.meeting_id).group_by(p.c.node, q.c.node))
    with engine.connect() as conn:
        for row in conn.execute(stmt):
            yield tuple(row)


def nodes(engine: Engine, f: MeetingFilter, level: str = "person") -> list[Node]:
    M, P, O, D, A = models.Meeting, models.Person, models.Organization, models.Delegation, models.Attendance
    p = _participants(level, engine, f)
    counted = (select(p.c.node, func.count(distinct(p.c.meeting_id)).label("n"), func.min(M.date).label("first"),
                      func.max(M.date).label("last"), func.min(p.c.side).label("side"))
               .join(M, M.id == p.c.meeting_id).group_by(p.c.node).subquery())
    with engine.connect() as conn:
        if level == "person":
            # The latest organisation: max() over "date<US>name" (as queries.counterparts does).
            latest = func.max(case((D.organization_name.is_not(None),
                                    func.coalesce(func.cast(M.date, String), "") + "\x1f" + D.organization_name)))
            orgs_stmt = (select(A.person_id, latest).join(D, D.id == A.delegation_id).join(M, M.id == A.meeting_id)
                         .where(A.person_id.in_(select(counted.c.node))).group_by(A.person_id))
            orgs = {pid: (packed.split("\x1f", 1)[1] if packed else None) for pid, packed in conn.execute(orgs_stmt)}
            rows = conn.execute(select(P.id, P.name, P.key, P.side, counted.c.n, counted.c.first, counted.c.last)
                                .join(counted, counted.c.node == P.id).order_by(P.id)).all()
            return [Node(ids.person(side, key), name, side, orgs.get(pid), n, first, last, pid)
                    for pid, name, key, side, n, first, last in rows]
        if level == "organization":
            rows = conn.execute(select(O.id, O.name, O.key, O.country_code, counted.c.n, counted.c.first,
                                       counted.c.last, counted.c.side)
                                .join(counted, counted.c.node == O.id).order_by(O.id)).all()
            return [Node(ids.organization(side, key), name, side or delegation_side, name, n, first, last, oid)
                    for oid, name, key, side, n, first, last, delegation_side in rows]
        rows = conn.execute(select(counted.c.node, counted.c.n, counted.c.first, counted.c.last)
                            .order_by(counted.c.node)).all()
        return [Node(ids.side(code), side_name(code), code, None, n, first, last, code) for code, n, first, last in rows]


def graph(engine: Engine, f: MeetingFilter, level: str = "person", time: bool = True):
    """A networkx Graph: nodes by stable id (label, side, organization, meetings, whomet_id (the
    row id, or the side code)[, start, end]), edges with weight[, start, end]."""
    import networkx as nx

    G = nx.Graph(mode="dynamic" if time else "static")
    key = {}
    for n in nodes(engine, f, level):
        key[n.db_id] = n.id
        attrs = {"label": xml_text(n.label), "side": n.side or "", "organization": xml_text(n.organization or ""),
                 "meetings": n.meetings, "whomet_id": str(n.db_id)}
        if time and n.first:
            attrs.update(start=n.first.isoformat(), end=n.last.isoformat())
        G.add_node(n.id, **attrs)
    for a, b, weight, first, last in edges(engine, f, level):
        attrs = {"weight": weight}
        if time and first:
            attrs.update(start=first.isoformat(), end=last.isoformat())
        G.add_edge(key[a], key[b], **attrs)
    return G


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """Text XML 1.0 can hold: control characters become their visible symbols (ESC -> ␛)."""
    return _NOT_XML.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20
                        else "\u2421" if m.group() == "\x7f" else "\ufffd", value)
