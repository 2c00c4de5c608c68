"""Who is most central in the who-met-whom network of the selected meetings (networkx).

- `meetings`: how many of the selected meetings they took part in;
- `counterparts`: how many others (of other sides) they met: the node's degree;
- `betweenness`: how often they lie on the shortest chains between others (networkx's
  betweenness centrality, normalised). Exact up to EXACT_UP_TO nodes; above that estimated
  from SAMPLE source nodes drawn with a fixed seed (the answer says so), since exact
  betweenness grows with nodes times edges.

The network is store/exchange/network.py's, the one the GEXF export writes.
"""

from dataclasses import dataclass

from sqlalchemy import Engine

from whomet.store.exchange.network import graph
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
    import networkx as nx

    if by not in MEASURES:
        raise ValueError(f"unknown measure {by!r} ({', '.join(MEASURES)})")
    G = graph(engine, f, level, time=False)
    between, sampled = None, None
    if by == "betweenness" and G.number_of_nodes():
        if G.number_of_nodes() > EXACT_UP_TO:
            sampled = SAMPLE
            between = nx.betweenness_centrality(G, k=SAMPLE, seed=0)
        else:
            between = nx.betweenness_centrality(G)
    rows = []
    for node, data in G.nodes(data=True):
        db_id = data["whomet_id"]
        rows.append(Central(int(db_id) if level != "side" else db_id, data["label"], data["side"] or None, data["organization"] or None,
                            data["meetings"], G.degree(node), between.get(node) if between is not None else None))
    score = {"meetings": lambda c: c.meetings, "counterparts": lambda c: c.counterparts,
             "betweenness": lambda c: c.betweenness or 0.0}[by]
    rows.sort(key=lambda c: (-score(c), -c.meetings, c.name))
    return Ranking(by, level, G.number_of_nodes(), G.number_of_edges(), sampled, rows[:limit])
