"""GraphML, for yEd, Cytoscape and igraph: the who-met-whom network (store/exchange/network.py)
without time (weight, side, organization, meetings). Written by networkx's GraphML writer."""

from typing import BinaryIO

from sqlalchemy import Engine

from whomet.store.exchange.network import graph
from whomet.store.filters import MeetingFilter


def write(engine: Engine, out: BinaryIO, f: MeetingFilter, level: str = "person") -> tuple[int, int]:
    """Write the graph; returns (nodes, edges)."""
    import networkx as nx

    G = graph(engine, f, level, time=False)
    G.graph.pop("mode", None)
    nx.write_graphml(G, out, encoding="utf-8")
    return G.number_of_nodes(), G.number_of_edges()
