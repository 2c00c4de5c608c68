"""Who is most central in the who-met-whom network of the selected meetings (networkx).

- `meetings`: how many of the selected meetings they took part in;
- `counterparts`: how many others (of other sides) they met: the node's degree;
- `betweenness`: how often they lie on the shortest chains between others (networkx's
  betweenness centrality, normalised). Exact up to EXACT_UP_TO nodes; above that estimated
  from SAMPLE source nodes drawn with a fixed seed (the answer says so), since exact
  betweenness grows with nodes times edges.

The network is store/exchange/network.py's, the one the GEXF export writes. Meetings and
counterparts are counted as its nodes and edges stream; only betweenness builds the whole
graph in memory (networkx).
"""

import heapq
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Engine

from whomet.store.exchange import stream
from whomet.store.exchange.network import edges, graph, node_attributes, nodes
from whomet.store.filters import MeetingFilter

MEASURES = ("meetings", "counterparts", "betweenness")
EXACT_UP_TO = 2000
SAMPLE = 500


@dataclass(frozen=True)
class Central:
    id: int | str  # person or organisation row id, or side code
    name: str
    side: str | None
    organization: str | None
    meetings: int
    counterparts: int
    betweenness: float | None


@dataclass(frozen=True)
class Ranking:
    by: str
    level: str
    nodes: int
    edges: int
    sampled: int | None  # betweenness estimated from this many sources; None when exact or not computed
    top: list[Central]


def top(engine: Engine, f: MeetingFilter, by: str = "meetings", level: str = "person", limit: int = 20) -> Ranking:
    if by not in MEASURES:
        raise ValueError(f"unknown measure {by!r} ({', '.join(MEASURES)})")
    if by == "betweenness":
        return _betweenness(engine, f, level, limit)
    # Meetings and counterparts stream (a 1M store's network is millions of edges): one count
    # per node, then the best `limit` nodes as they come.
    degree: Counter = Counter()
    n_edges = 0
    with stream.connect(engine) as conn:
        for e in edges(conn, f, level):
            degree[e.source] += 1
            degree[e.target] += 1
            n_edges += 1
        n_nodes = 0

        def central():
            nonlocal n_nodes
            for n in nodes(conn, f, level):
                n_nodes += 1
                yield _central(n.db_id, node_attributes(n, time=False), level, degree[n.id], None)

        best = heapq.nsmallest(limit, central(), key=_order(by))
    return Ranking(by, level, n_nodes, n_edges, None, best)


def _central(db_id, data: dict, level: str, counterparts: int, betweenness: float | None) -> Central:
    return Central(int(db_id) if level != "side" else db_id, data["label"], data["side"] or None,
                   data["organization"] or None, data["meetings"], counterparts, betweenness)


def _order(by: str):
    score = {"meetings": lambda c: c.meetings, "counterparts": lambda c: c.counterparts,
             "betweenness": lambda c: c.betweenness or 0.0}[by]
    return lambda c: (-score(c), -c.meetings, c.name)


def _betweenness(engine: Engine, f: MeetingFilter, level: str, limit: int) -> Ranking:
    """Betweenness needs the whole network at once: networkx's graph of it."""
    import networkx as nx

    G = graph(engine, f, level, time=False)
    between, sampled = {}, None
    if G.number_of_nodes():
        if G.number_of_nodes() > EXACT_UP_TO:
            sampled = SAMPLE
            between = nx.betweenness_centrality(G, k=SAMPLE, seed=0)
        else:
            between = nx.betweenness_centrality(G)
    rows = [_central(data["whomet_id"], data, level, G.degree(node), between.get(node))
            for node, data in G.nodes(data=True)]
    rows.sort(key=_order("betweenness"))
    return Ranking("betweenness", level, G.number_of_nodes(), G.number_of_edges(), sampled, rows[:limit])
