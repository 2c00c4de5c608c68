"""GEXF 1.3 with time, for Gephi: the who-met-whom network (store/exchange/network.py) whose
nodes and edges carry start and end dates (first and last meeting), so Gephi's timeline
plays it.

Written element by element as nodes and edges stream from the store, never held: the
layout is the one networkx's GEXF writer gave (which whomet used before; the tests read
the output back with networkx): node attributes side, organization, meetings, whomet_id
declared as attributes 0-3, start and end on the elements, edge ids counted from 0."""

import datetime as dt
import itertools
from typing import BinaryIO

from sqlalchemy import Engine

from whomet.store.exchange import stream
from whomet.store.exchange.network import Output, dated, edges, node_attributes, nodes, xml_attribute
from whomet.store.filters import MeetingFilter

_HEAD = """<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://w3.org/2001/XMLSchema-instance" \
xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="{today}">
    <creator>whomet</creator>
  </meta>
  <graph defaultedgetype="undirected" mode="dynamic" name="{name}"{timeformat}>
"""
_ATTRIBUTES = """    <attributes mode="static" class="node">
      <attribute id="0" title="side" type="string" />
      <attribute id="1" title="organization" type="string" />
      <attribute id="2" title="meetings" type="long" />
      <attribute id="3" title="whomet_id" type="string" />
    </attributes>
    <nodes>
"""


def _time(attrs) -> str:
    return f' start="{attrs["start"]}" end="{attrs["end"]}"' if "start" in attrs else ""


def write(engine: Engine, out: BinaryIO, f: MeetingFilter, level: str = "person") -> tuple[int, int]:
    """Write the graph; returns (nodes, edges)."""
    o = Output(out)
    with stream.connect(engine) as conn:
        o.write(_HEAD.format(today=dt.date.today().isoformat(), name=xml_attribute(f"whomet: who met whom ({level})"),
                             timeformat=' timeformat="date"' if dated(conn, f, level) else ""))
        n_nodes = 0
        for n in nodes(conn, f, level):
            if not n_nodes:
                o.write(_ATTRIBUTES)
            n_nodes += 1
            a = node_attributes(n, time=True)
            o.write(f'      <node id="{xml_attribute(n.id)}" label="{xml_attribute(a["label"])}"{_time(a)}>\n'
                    f'        <attvalues>\n'
                    f'          <attvalue for="0" value="{xml_attribute(a["side"])}" />\n'
                    f'          <attvalue for="1" value="{xml_attribute(a["organization"])}" />\n'
                    f'          <attvalue for="2" value="{a["meetings"]}" />\n'
                    f'          <attvalue for="3" value="{xml_attribute(a["whomet_id"])}" />\n'
                    f'        </attvalues>\n'
                    f'      </node>\n')
        o.write("    </nodes>\n" if n_nodes else "    <nodes />\n")
        n_edges = 0
        for i, e in zip(itertools.count(), edges(conn, f, level)):
            if not i:
                o.write("    <edges>\n")
            n_edges += 1
            when = f' start="{e.first.isoformat()}" end="{e.last.isoformat()}"' if e.first else ""
            o.write(f'      <edge source="{xml_attribute(e.source)}" target="{xml_attribute(e.target)}" id="{i}" '
                    f'weight="{e.weight}"{when} />\n')
        o.write("    </edges>\n" if n_edges else "    <edges />\n")
        o.write("  </graph>\n</gexf>\n")
    o.flush()
    return n_nodes, n_edges
