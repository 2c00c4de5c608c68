"""Export, in one place: the store back into meeting records (streamed in chunks of sources),
and the browser's filtered list as CSV or JSON.

Names, organisations and ranks are written as the source wrote them (not as the
resolved entity is called), so export -> import into an empty store -> export gives
identical output.
"""

import csv
import json
from array import array
from collections import defaultdict
from pathlib import Path
from typing import IO, Iterator

from sqlalchemy import Engine, func, select

from whomet.store import models
from whomet.store.filters import MeetingFilter
from whomet.store.listing import ids_select, iter_rows
from whomet.store.overlay import visible
from whomet.store.output import csv_cell
from whomet.store.queries import MeetingRow

CHUNK = 500  # sources per round of queries


def iter_records(engine: Engine, chunk: int = CHUNK, f: MeetingFilter | None = None) -> Iterator[dict]:
    """Every record in the store as JSON-ready data, in the field order of Record.dump().

    With a filter that selects anything less than everything, the records of the sources
    of the selected meetings, each holding only its selected meetings."""
    S, M = models.Source, models.Meeting
    with engine.connect() as conn:
        if f is None or f.is_empty():
            source_ids = [row[0] for row in conn.execute(select(S.id).order_by(S.id))]
            for start in range(0, len(source_ids), chunk):
                yield from _records(conn, source_ids[start:start + chunk])
            return
        # The selection is run once, into (source, meeting) pairs in source order; each chunk then
        # names its meetings. (As a subquery in every chunk's query it was run once per chunk:
        # quadratic, 53 s of CPU for 30,000 records of a 1M store.)
        sources, meetings = array("q"), array("q")
        for source_id, meeting_id in conn.execute(select(M.source_id, M.id).where(M.id.in_(ids_select(engine, f)))
                                                  .order_by(M.source_id, M.id)):
            sources.append(source_id)
            meetings.append(meeting_id)
        start = 0
        while start < len(sources):
            end, distinct = start, 0  # up to `chunk` sources, each with all of its selected meetings
            while end < len(sources):
                if end == start or sources[end] != sources[end - 1]:
                    if distinct == chunk:
                        break
                    distinct += 1
                end += 1
            yield from _records(conn, sorted(set(sources[start:end])), list(meetings[start:end]))
            start = end


def _grouped(rows, key: str) -> dict:
    out = defaultdict(list)
    for row in rows:
        out[getattr(row, key)].append(row)
    return out


def _with_provenance(data: dict, row) -> dict:
    # Provenance is written only where it is known, in Record.dump()'s order, as it writes it.
    if row.span_start is not None:
        data["span"] = [row.span_start, row.span_end]
    for key in ("rule", "side_rule", "head_rule"):
        if getattr(row, key, None) is not None:
            data[key] = getattr(row, key)
    if getattr(row, "side_guessed", False):
        data["guessed"] = True
    return data


def _place(m) -> dict:
    place = {"city": m.city, "country": m.country_code}
    if m.place_guessed:
        place["guessed"] = True
    return place


def _iso(value):
    return value.isoformat() if value is not None else None


def _records(conn, source_ids: list[int], selected: list[int] | None = None) -> Iterator[dict]:
    """The records of `source_ids`; with `selected` (meeting ids), only those of their meetings."""
    S, M, D, A, G = models.Source, models.Meeting, models.Delegation, models.Attendance, models.ParticipantGroup
    Ag, AP, W, WR, MT, T = (models.Agreement, models.AgreementParty, models.Award, models.AwardRecipient,
                            models.MeetingTopic, models.Topic)
    sources = conn.execute(select(S.id, S.publisher, S.date, S.language, S.path, S.release_sha256)
                           .where(S.id.in_(source_ids)).order_by(S.id)).all()
    stmt = select(M).where(M.source_id.in_(source_ids)).order_by(M.source_id, M.ordinal)
    meetings = conn.execute(stmt if selected is None else stmt.where(M.id.in_(selected))).all()
    meeting_ids = [m.id for m in meetings]
    by_meeting = lambda stmt: _grouped(conn.execute(stmt).all(), "meeting_id")  # noqa: E731
    delegations = by_meeting(select(D).where(D.meeting_id.in_(meeting_ids)).order_by(D.meeting_id, D.ordinal))
    delegation_ids = [d.id for ds in delegations.values() for d in ds]
    # Extraction + judgements: facts a correction hides are left out, facts it adds are written.
    members = _grouped(conn.execute(select(A).where(A.delegation_id.in_(delegation_ids), visible(A))
                                    .order_by(A.delegation_id, A.ordinal, A.id)).all(), "delegation_id")
    groups = _grouped(conn.execute(select(G).where(G.delegation_id.in_(delegation_ids))
                                   .order_by(G.delegation_id, G.ordinal)).all(), "delegation_id")
    agreements = by_meeting(select(Ag).where(Ag.meeting_id.in_(meeting_ids), visible(Ag))
                            .order_by(Ag.meeting_id, Ag.ordinal, Ag.id))
    parties = _grouped(conn.execute(select(AP).join(Ag, Ag.id == AP.agreement_id).where(Ag.meeting_id.in_(meeting_ids))
                                    .order_by(AP.agreement_id, AP.ordinal)).all(), "agreement_id")
    awards = by_meeting(select(W).where(W.meeting_id.in_(meeting_ids), visible(W)).order_by(W.meeting_id, W.ordinal, W.id))
    recipients = _grouped(conn.execute(select(WR).join(W, W.id == WR.award_id).where(W.meeting_id.in_(meeting_ids))
                                       .order_by(WR.award_id, WR.ordinal)).all(), "award_id")
    topics = by_meeting(select(MT.meeting_id, func.coalesce(MT.name, T.name).label("name")).join(T, T.id == MT.topic_id)
                        .where(MT.meeting_id.in_(meeting_ids)).order_by(MT.meeting_id, MT.ordinal))
    meetings_by_source = _grouped(meetings, "source_id")

    for s in sources:
        out = []
        for m in meetings_by_source.get(s.id, []):
            out.append({
                "date": _iso(m.date), "title": m.title, "kind": m.kind, "format": m.format,
                "place": _place(m),
                "delegations": [{
                    "side": d.side, "organization": d.organization_name, "host": d.host,
                    "members": [_with_provenance({"name": a.name, "rank": a.rank, "position": a.position, "head": a.head}, a)
                                for a in members.get(d.id, [])],
                    "groups": [g.text for g in groups.get(d.id, [])],
                } for d in delegations.get(m.id, [])],
                "agreements": [_with_provenance({"title": g.title, "kind": g.kind,
                                           "parties": [p.side for p in parties.get(g.id, [])]}, g)
                               for g in agreements.get(m.id, [])],
                "awards": [_with_provenance({"award": w.award, "kind": w.kind, "giver": w.giver_name,
                                       "giver_side": w.giver_side, "recipients": [r.name for r in recipients.get(w.id, [])],
                                       "recipient_group": w.recipient_group, "recipient_side": w.recipient_side}, w)
                           for w in awards.get(m.id, [])],
                "topics": [t.name for t in topics.get(m.id, [])],
                **({"guessed": True} if m.date_guessed else {}),
            })
        source = {"publisher": s.publisher, "date": _iso(s.date), "language": s.language}
        if s.release_sha256:
            source["sha256"] = s.release_sha256
        if s.path:
            source["path"] = s.path
        yield {"source": source, "meetings": out}


PROGRESS_EVERY = 1000  # rows between two calls of an export's progress callback


def write(engine: Engine, out: IO[str], fmt: str = "json", f: MeetingFilter | None = None, on_records=None) -> int:
    """Write every record (or those of the filter's meetings) to `out` as a JSON list (`json`)
    or one record per line (`jsonl`)."""
    count = 0
    if fmt == "jsonl":
        for record in iter_records(engine, f=f):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
            if on_records is not None and count % PROGRESS_EVERY == 0:
                on_records(count)
        return count
    out.write("[")
    for record in iter_records(engine, f=f):
        out.write(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False, indent=2))
        count += 1
        if on_records is not None and count % PROGRESS_EVERY == 0:
            on_records(count)
    out.write("\n]\n" if count else "]\n")
    return count


# -- the browser's list ---------------------------------------------------------

EXPORT_FIELDS = ("id", "date", "place", "country", "sides", "title", "attendees", "agreements", "awards")


def _export_dict(row: MeetingRow) -> dict:
    return {"id": row.id, "date": row.date.isoformat() if row.date else None, "place": row.place or None,
            "country": row.country_code, "sides": row.sides, "title": row.title, "attendees": row.n_attendees,
            "agreements": row.n_agreements, "awards": row.n_awards}


def write_list(engine: Engine, f: MeetingFilter, out: IO[str], fmt: str = "csv",
               sort: str = "date", direction: str = "desc", on_rows=None) -> int:
    """Write the filtered list to `out` as CSV or JSON (an array of objects); returns rows written.
    `on_rows(n)`: told every PROGRESS_EVERY rows how many are written (a progress bar)."""
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        for row in iter_rows(engine, f, sort, direction):
            writer.writerow({k: csv_cell(v) for k, v in _export_dict(row).items()})
            n += 1
            if on_rows is not None and n % PROGRESS_EVERY == 0:
                on_rows(n)
        return n
    if fmt != "json":
        raise ValueError(f"unknown export format {fmt!r} (csv or json)")
    out.write("[")
    for row in iter_rows(engine, f, sort, direction):
        out.write(("," if n else "") + "\n  " + json.dumps(_export_dict(row), ensure_ascii=False))
        n += 1
        if on_rows is not None and n % PROGRESS_EVERY == 0:
            on_rows(n)
    out.write("\n]\n" if n else "]\n")
    return n



def write_list_file(engine: Engine, f: MeetingFilter, path: str | Path, fmt: str | None = None,
                    sort: str = "date", direction: str = "desc", on_rows=None) -> int:
    """Export to a file, atomically and never over the store (store.output); format from the suffix if not given.
    `on_rows(n)`: told every PROGRESS_EVERY rows how many are written."""
    from whomet.store.db import store_files
    from whomet.store.output import atomic_output

    fmt = fmt or ("json" if Path(path).suffix.lower() == ".json" else "csv")
    with atomic_output(path, protect=store_files(engine), newline="") as out:
        return write_list(engine, f, out, fmt, sort, direction, on_rows)
