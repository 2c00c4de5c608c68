"""A folder of CSV files, one per kind of thing, for spreadsheets, pandas and R.

Every file has a header row and stable ids (store/exchange/ids.py) that join across files:
`meetings.id` = `delegations.meeting_id` = `attendances.meeting_id` ..., `people.id` =
`attendances.person_id`. A list is a JSON list in one cell (`["AZE", "RUS"]`), never a
joined display string. Names, ranks and positions in attendances are as each source wrote
them; people and organizations carry the resolved names. Cells that a spreadsheet would
read as a formula are neutralised (store/output.py's csv_cell, as the list export's). nodes.csv and edges.csv are
the who-met-whom network (Gephi's spreadsheet import reads them as they are).

Meetings and their parts stream a chunk at a time, people and the network row by row; nothing
holds the whole store.
"""

import csv
import json
from contextlib import ExitStack
from pathlib import Path

from sqlalchemy import Engine

from whomet.store.exchange import stream
from whomet.store.exchange.bundle import iter_meetings, iter_organizations, iter_people
from whomet.store.output import csv_cell
from whomet.store.exchange.network import edges, nodes
from whomet.store.filters import MeetingFilter

FILES = {
    "meetings": ("id", "whomet_id", "date", "title", "kind", "format", "city", "country", "sides", "hosts",
                 "plover_mode", "cameo", "cameo_codes", "topics", "attendees", "agreements", "awards", "source_id", "source_ids"),
    "sources": ("id", "publisher", "date", "language", "path", "release_sha256"),
    "delegations": ("id", "meeting_id", "ordinal", "side", "organization_id", "organization", "host", "groups"),
    "attendances": ("id", "meeting_id", "delegation_id", "person_id", "ordinal", "side", "name", "rank", "position",
                    "head"),
    "agreements": ("id", "meeting_id", "ordinal", "title", "kind", "parties"),
    "awards": ("id", "meeting_id", "ordinal", "award", "kind", "giver_id", "giver", "giver_side", "recipient_ids",
               "recipients", "recipient_group", "recipient_side"),
    "people": ("id", "whomet_id", "name", "side", "aliases", "ranks", "positions", "meetings", "first", "last"),
    "organizations": ("id", "whomet_id", "name", "acronym", "side", "aliases", "meetings"),
    "nodes": ("Id", "Label", "side", "organization", "meetings", "start", "end"),
    "edges": ("Source", "Target", "Type", "Weight", "start", "end"),
}


def _j(values) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _b(value: bool) -> str:
    return "true" if value else "false"


def _d(value) -> str | None:
    return value.isoformat() if value else None


def write(engine: Engine, folder: Path, f: MeetingFilter, level: str = "person") -> dict[str, int]:
    """Write every file into `folder` (which exists); returns rows written per file."""
    counts = {name: 0 for name in FILES}
    with ExitStack() as stack:
        writers = {}
        for name, header in FILES.items():
            out = stack.enter_context((folder / f"{name}.csv").open("w", encoding="utf-8", newline=""))
            writers[name] = csv.writer(out)
            writers[name].writerow(header)

        def row(name: str, *values) -> None:
            writers[name].writerow([csv_cell(v) for v in values])
            counts[name] += 1

        sources = stream.Bits()  # by row id
        for m in iter_meetings(engine, f):
            s = m.source
            for r in m.sources:  # a meeting merged from several reports: each one's release
                if r.db_id not in sources:
                    sources.add(r.db_id)
                    row("sources", r.id, r.publisher, _d(r.date), r.language, r.path, r.sha256)
            row("meetings", m.id, m.db_id, _d(m.date), m.title, m.kind, m.format, m.city, m.country, _j(m.sides),
                _j(m.hosts), m.event.mode, m.event.cameo, _j(m.event.codes), _j(m.topics),
                sum(len(d.members) for d in m.delegations), len(m.agreements), len(m.awards), s.id,
                _j(r.id for r in m.sources))
            for d in m.delegations:
                row("delegations", d.id, m.id, d.ordinal, d.side, d.organization_id, d.organization, _b(d.host),
                    _j(d.groups))
                for a in d.members:
                    row("attendances", a.id, m.id, d.id, a.person_id, a.ordinal, d.side, a.name, a.rank, a.position,
                        _b(a.head))
            for g in m.agreements:
                row("agreements", g.id, m.id, g.ordinal, g.title, g.kind, _j(g.parties))
            for w in m.awards:
                row("awards", w.id, m.id, w.ordinal, w.award, w.kind, w.giver_id, w.giver, w.giver_side,
                    _j(w.recipient_ids), _j(w.recipients), w.recipient_group, w.recipient_side)
        for p in iter_people(engine, f):
            row("people", p.id, p.db_id, p.name, p.side, _j(p.aliases), _j(p.ranks), _j(h.position for h in p.held),
                p.meetings, _d(p.first), _d(p.last))
        for o in iter_organizations(engine, f):
            row("organizations", o.id, o.db_id, o.name, o.acronym, o.side, _j(o.aliases), o.meetings)
        with stream.connect(engine) as conn:
            for n in nodes(conn, f, level):
                row("nodes", n.id, n.label, n.side, n.organization, n.meetings, _d(n.first), _d(n.last))
            for e in edges(conn, f, level):
                row("edges", e.source, e.target, "Undirected", e.weight, _d(e.first), _d(e.last))
    return counts
