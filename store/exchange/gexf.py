"""GEXF 1.3 with time, for Gephi: the who-met-whom network (store/exchange/network.py) whose
nodes and edges carry start and end dates (first and last meeting), so Gephi's timeline
plays it. Written by networkx's GEXF writer."""

from typing import BinaryIO

from sqlalchemy import Engine

from whomet.store.exchange.network import graph
from whomet.store.filters import MeetingFilter


def write(engine: Engine, out: BinaryIO, f: MeetingFilter, level: str = "person") -> tuple[int, int]:
    """Write the graph; returns (nodes, edges)."""
    import networkx as nx

    G = graph(engine, f, level, time=True)
    G.graph["name"] = f"whomet: who met whom ({level})"
    nx.write_gexf(G, out, version="1.3")
    return G.number_of_nodes(), G.number_of_edges()
