"""The who-met-whom network of the selected meetings, at one level: people, organisations or sides.

Two nodes are linked when they took part in the same meeting for different sides (people of
one delegation travel together; they do not "meet"); an edge's weight is the number of
meetings they shared, its start and end the first and last of them. Nodes carry their side,
organisation (a person's latest), meetings, and first and last meeting date.

Edges and nodes are aggregated in SQL (one grouped query each) and stream, sorted, one row at
a time: the GEXF, GraphML and CSV exports never hold the graph (nor an attendance list).
`whomet top` (store/centrality.py) builds a networkx graph from the same two streams.
"""

import datetime as dt
import functools
import re
from typing import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, String, and_, case, distinct, func, select

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


def _participants(level: str, engine: Engine, f: MeetingFilter, distinct: bool = True):
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
    stmt = stmt.where(*_restrict(column, engine, f))
    return (stmt.distinct() if distinct else stmt).subquery()


def edges(conn: Connection, f: MeetingFilter, level: str = "person") -> Iterator[Edge]:
    """Every edge by stable ids, source before target in node order (the nodes' row ids, or
    side codes), streamed from one grouped query: the database aggregates and sorts (on
    SQLite through stream.connect's temporary files), Python holds one row at a time."""
    M, P, O = models.Meeting, models.Person, models.Organization
    p = _participants(level, conn.engine, f)
    q = _participants(level, conn.engine, f).alias("q")
    # Grouped on the bare node ids (the narrowest sort); what the stable ids are made of is
    # joined to the grouped edges after.
    g = (select(p.c.node.label("a"), q.c.node.label("b"), func.count(distinct(p.c.meeting_id)).label("n"),
                func.min(M.date).label("first"), func.max(M.date).label("last"))
         .select_from(p).join(q, and_(q.c.meeting_id == p.c.meeting_id, p.c.node < q.c.node, p.c.side != q.c.side))
         .join(M, M.id == p.c.meeting_id).group_by(p.c.node, q.c.node).subquery())
    if level == "side":
        stmt = select(g.c.a, g.c.a, g.c.b, g.c.b, g.c.n, g.c.first, g.c.last)
        stable = lambda side, _key: ids.side(side)  # noqa: E731
    else:
        table, side_column, stable = ((P.__table__, "side", ids.person) if level == "person"
                                      else (O.__table__, "country_code", ids.organization))
        ta, tb = table.alias("node_a"), table.alias("node_b")
        stmt = (select(ta.c[side_column], ta.c.key, tb.c[side_column], tb.c.key, g.c.n, g.c.first, g.c.last)
                .select_from(g).join(ta, ta.c.id == g.c.a).join(tb, tb.c.id == g.c.b))
    # An edge's source comes sorted, its target is any node: a bounded cache of their ids.
    stable = functools.lru_cache(maxsize=16384)(stable)
    for a_side, a_key, b_side, b_key, weight, first, last in conn.execute(stmt.order_by(g.c.a, g.c.b)):
        yield Edge(stable(a_side, a_key), stable(b_side, b_key), weight, first, last)


def nodes(conn: Connection, f: MeetingFilter, level: str = "person") -> Iterator[Node]:
    """Every node, in row id (or side code) order, streamed."""
    M, P, O, D, A = models.Meeting, models.Person, models.Organization, models.Delegation, models.Attendance
    p = _participants(level, conn.engine, f)
    counted = (select(p.c.node, func.count(distinct(p.c.meeting_id)).label("n"), func.min(M.date).label("first"),
                      func.max(M.date).label("last"), func.min(p.c.side).label("side"))
               .join(M, M.id == p.c.meeting_id).group_by(p.c.node).subquery())
    if level == "person":
        # The latest organisation: max() over "date<US>name" (as queries.counterparts does), over
        # the person row's own attendances.
        latest = func.max(case((D.organization_name.is_not(None),
                                func.coalesce(func.cast(M.date, String), "") + "\x1f" + D.organization_name)))
        orgs = (select(A.person_id, latest.label("packed")).join(D, D.id == A.delegation_id)
                .join(M, M.id == A.meeting_id).where(A.person_id.in_(select(counted.c.node)))
                .group_by(A.person_id).subquery())
        rows = conn.execute(select(P.id, P.name, P.key, P.side, counted.c.n, counted.c.first, counted.c.last,
                                   orgs.c.packed)
                            .join(counted, counted.c.node == P.id).outerjoin(orgs, orgs.c.person_id == P.id)
                            .order_by(P.id))
        for pid, name, key, side, n, first, last, packed in rows:
            yield Node(ids.person(side, key), name, side, packed.split("\x1f", 1)[1] if packed else None,
                       n, first, last, pid)
    elif level == "organization":
        rows = conn.execute(select(O.id, O.name, O.key, O.country_code, counted.c.n, counted.c.first,
                                   counted.c.last, counted.c.side)
                            .join(counted, counted.c.node == O.id).order_by(O.id))
        for oid, name, key, side, n, first, last, delegation_side in rows:
            yield Node(ids.organization(side, key), name, side or delegation_side, name, n, first, last, oid)
    else:
        rows = conn.execute(select(counted.c.node, counted.c.n, counted.c.first, counted.c.last)
                            .order_by(counted.c.node))
        for code, n, first, last in rows:
            yield Node(ids.side(code), side_name(code), code, None, n, first, last, code)


def dated(conn: Connection, f: MeetingFilter, level: str = "person") -> bool:
    """Whether any node has a date (a meeting with a date took part): GEXF's timeformat."""
    M = models.Meeting
    p = _participants(level, conn.engine, f, distinct=False)
    return conn.execute(select(p.c.node).join(M, M.id == p.c.meeting_id).where(M.date.is_not(None)).limit(1)).first() is not None


def graph(engine: Engine, f: MeetingFilter, level: str = "person", time: bool = True):
    """A networkx Graph (for the centrality measures, store/centrality.py; the exports stream
    instead): nodes by stable id (label, side, organization, meetings, whomet_id (the row id,
    or the side code)[, start, end]), edges with weight[, start, end]."""
    import networkx as nx

    from whomet.store.exchange import stream

    G = nx.Graph(mode="dynamic" if time else "static")
    with stream.connect(engine) as conn:
        for n in nodes(conn, f, level):
            G.add_node(n.id, **node_attributes(n, time))
        for e in edges(conn, f, level):
            attrs = {"weight": e.weight}
            if time and e.first:
                attrs.update(start=e.first.isoformat(), end=e.last.isoformat())
            G.add_edge(e.source, e.target, **attrs)
    return G


def node_attributes(n: Node, time: bool) -> dict:
    """A node's attributes as the graph formats write them, in their order: label, side,
    organization, meetings, whomet_id[, start, end]; text made fit for XML."""
    attrs = {"label": xml_text(n.label), "side": xml_text(n.side or ""), "organization": xml_text(n.organization or ""),
             "meetings": n.meetings, "whomet_id": str(n.db_id)}
    if time and n.first:
        attrs.update(start=n.first.isoformat(), end=n.last.isoformat())
    return attrs


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """Text XML 1.0 can hold: control characters become their visible symbols (ESC -> ␛)."""
    return _NOT_XML.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20
                        else "\u2421" if m.group() == "\x7f" else "\ufffd", value)


# Escaping as XML writers do (ElementTree's for attributes; text as lxml writes it), after
# xml_text has made the text fit for XML at all.
_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;",
                            "\t": "&#09;"})
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def xml_attribute(value) -> str:
    """A value for a double-quoted XML attribute."""
    return xml_text(str(value)).translate(_ATTRIBUTE)


def xml_content(value) -> str:
    """A value as an element's text."""
    return xml_text(str(value)).translate(_TEXT)


class Output:
    """UTF-8 to a binary stream in blocks: one write per many elements, never the whole file."""

    def __init__(self, out, block: int = 1 << 16) -> None:
        self._out, self._block, self._parts, self._size = out, block, [], 0

    def write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= self._block:
            self.flush()

    def flush(self) -> None:
        self._out.write("".join(self._parts).encode("utf-8"))
        self._parts, self._size = [], 0
