"""GraphML, for yEd, Cytoscape and igraph: the who-met-whom network (store/exchange/network.py)
without time (weight, side, organization, meetings).

Written element by element as nodes and edges stream from the store, never held: the
layout is the one networkx's GraphML writer gave (which whomet used before; the tests read
the output back with networkx). GraphML declares its keys before the graph, the edge key
only when there are edges, so the first edge is fetched before the nodes are written."""

import itertools
from typing import BinaryIO

from sqlalchemy import Engine

from whomet.store.exchange import stream
from whomet.store.exchange.network import Output, edges, node_attributes, nodes, xml_attribute, xml_content
from whomet.store.filters import MeetingFilter

_HEAD = """<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"""
_EDGE_KEY = '<key id="d5" for="edge" attr.name="weight" attr.type="long"/>\n'
_NODE_KEYS = """<key id="d4" for="node" attr.name="whomet_id" attr.type="string"/>
<key id="d3" for="node" attr.name="meetings" attr.type="long"/>
<key id="d2" for="node" attr.name="organization" attr.type="string"/>
<key id="d1" for="node" attr.name="side" attr.type="string"/>
<key id="d0" for="node" attr.name="label" attr.type="string"/>
"""


def write(engine: Engine, out: BinaryIO, f: MeetingFilter, level: str = "person") -> tuple[int, int]:
    """Write the graph; returns (nodes, edges)."""
    o = Output(out)
    with stream.connect(engine) as conn:
        edge_rows = edges(conn, f, level)
        first_edge = next(edge_rows, None)
        node_rows = nodes(conn, f, level)
        first_node = next(node_rows, None)
        o.write(_HEAD + (_EDGE_KEY if first_edge else "") + (_NODE_KEYS if first_node else "")
                + '<graph edgedefault="undirected">')
        n_nodes = n_edges = 0
        if first_node:
            for n in itertools.chain([first_node], node_rows):
                n_nodes += 1
                a = node_attributes(n, time=False)
                o.write(f'<node id="{xml_attribute(n.id)}">\n'
                        f'  <data key="d0">{xml_content(a["label"])}</data>\n'
                        f'  <data key="d1">{xml_content(a["side"])}</data>\n'
                        f'  <data key="d2">{xml_content(a["organization"])}</data>\n'
                        f'  <data key="d3">{a["meetings"]}</data>\n'
                        f'  <data key="d4">{xml_content(a["whomet_id"])}</data>\n'
                        f'</node>\n')
        if first_edge:
            for e in itertools.chain([first_edge], edge_rows):
                n_edges += 1
                o.write(f'<edge source="{xml_attribute(e.source)}" target="{xml_attribute(e.target)}">\n'
                        f'  <data key="d5">{e.weight}</data>\n'
                        f'</edge>\n')
        o.write("</graph></graphml>")
    o.flush()
    return n_nodes, n_edges

