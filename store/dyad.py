"""The bilateral timeline of two sides: every meeting both took part in, oldest first, with each
side's highest-ranking attendee (store/precedence.py), what was signed and awarded, the
event type, and the meetings per year.

The meetings are those `MeetingFilter(side="A+B")` selects, the browser's own filter, so
the timeline and the list filtered to `A+B` agree. Extraction + judgements: a meeting merged
from several reports holds each one's facts, people are the resolved ones, hidden facts drop.
"""

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, select

from whomet.store import models
from whomet.store.eventtype import EventType, event_type
from whomet.store.filters import MeetingFilter, where_clauses
from whomet.store.overlay import canonical_map, visible
from whomet.store.precedence import most_senior
from whomet.store.queries import MeetingRow, meeting_row_columns, meeting_rows
from whomet.store.sides import side_name


@dataclass(frozen=True)
class Lead:
    """The highest-ranking attendee of one side at one meeting."""

    person_id: int
    name: str
    rank: str | None
    position: str | None
    head: bool


@dataclass(frozen=True)
class DyadMeeting:
    meeting: MeetingRow
    lead_a: Lead | None
    lead_b: Lead | None
    host: str | None  # a or b's code when that side hosted
    agreements: list[tuple[str, str | None]]  # (kind, title)
    awards: list[str]  # "giver (side) -> recipient: kind award"
    event: EventType


@dataclass(frozen=True)
class Dyad:
    a: str
    b: str
    a_name: str
    b_name: str
    meetings: list[DyadMeeting]
    per_year: dict[int, int]
    agreements: int
    awards: int


@dataclass(frozen=True)
class DyadSummary:
    """The timeline's totals, known before its meetings are read (a command prints them first)."""

    a: str
    b: str
    a_name: str
    b_name: str
    meetings: int
    per_year: dict[int, int]
    agreements: int
    awards: int


CHUNK = 500  # meetings whose facts are read (and held) at once


def dyad(engine: Engine, a: str, b: str, f: MeetingFilter | None = None) -> Dyad:
    """The timeline of sides `a` and `b` (codes), within `f` (dates, text ...) when given."""
    summary, meetings = dyad_stream(engine, a, b, f)
    return Dyad(a, b, summary.a_name, summary.b_name, list(meetings), summary.per_year, summary.agreements,
                summary.awards)


def dyad_stream(engine: Engine, a: str, b: str, f: MeetingFilter | None = None):
    """(DyadSummary, the meetings oldest first as an iterator): the facts of CHUNK meetings at a
    time, so two sides with 150,000 meetings together (1M meetings) never sit in memory at once.
    The summary comes from one pass over the selected meetings' ids, dates and counts."""
    from array import array

    M = models.Meeting
    f = (f or MeetingFilter()).with_(side=f"{a}+{b}")
    ids, per_year, agreements, awards = array("q"), Counter(), 0, 0
    with engine.connect() as conn:
        for mid, date, n_agreements, n_awards in conn.execute(
                select(M.id, M.date, M.n_agreements, M.n_awards).where(*where_clauses(engine, f))
                .order_by(M.date.is_(None), M.date, M.id)):
            ids.append(mid)
            agreements += n_agreements
            awards += n_awards
            if date:
                per_year[date.year] += 1
    summary = DyadSummary(a, b, side_name(a), side_name(b), len(ids), dict(sorted(per_year.items())),
                          agreements, awards)
    return summary, _meetings(engine, a, b, ids)


def _meetings(engine: Engine, a: str, b: str, ids):
    with engine.connect() as conn:
        canon = canonical_map(conn, models.Person)  # records judged the same person: few
        for start in range(0, len(ids), CHUNK):
            yield from _chunk(conn, a, b, list(ids[start:start + CHUNK]), canon)


def _chunk(conn, a: str, b: str, chunk: list[int], canon: dict[int, int]) -> list[DyadMeeting]:
    M, D, A, Ag, W, WR = (models.Meeting, models.Delegation, models.Attendance, models.Agreement, models.Award,
                          models.AwardRecipient)
    rows = {r.id: r for r in meeting_rows(conn, select(*meeting_row_columns()).where(M.id.in_(chunk)))}
    members, sides, hosts = defaultdict(list), defaultdict(set), defaultdict(set)
    agreements, awards = defaultdict(list), defaultdict(list)
    # A meeting merged from several reports holds the facts of each (store/overlay.py).
    owner = {mid: mid for mid in chunk}
    owner.update(conn.execute(select(M.id, M.canonical_id).where(M.canonical_id.in_(chunk))).all())
    every = list(owner)
    for d in conn.execute(select(D.meeting_id, D.side, D.host).where(D.meeting_id.in_(every))):
        sides[owner[d.meeting_id]].add(d.side)
        if d.host:
            hosts[owner[d.meeting_id]].add(d.side)
    # `side || ''`: with hundreds of ids in the list SQLite would rather walk every delegation of
    # the two sides (the whole timeline's, 10 s a chunk at 1M meetings) than the chunk's attendances.
    for m in conn.execute(select(A.meeting_id, A.person_id, A.name, A.rank, A.position, A.head, A.ordinal,
                                 D.side).join(D, D.id == A.delegation_id)
                          .where(A.meeting_id.in_(every), D.side.concat("").in_([a, b]), visible(A))
                          .order_by(A.meeting_id, D.ordinal, A.ordinal, A.id)):
        members[(owner[m.meeting_id], m.side)].append(m)
    for g in conn.execute(select(Ag.meeting_id, Ag.kind, Ag.title).where(Ag.meeting_id.in_(every), visible(Ag))
                          .order_by(Ag.meeting_id, Ag.ordinal, Ag.id)):
        if (g.kind, g.title) not in agreements[owner[g.meeting_id]]:
            agreements[owner[g.meeting_id]].append((g.kind, g.title))
    names = defaultdict(list)
    for r in conn.execute(select(WR.award_id, WR.name).join(W, W.id == WR.award_id)
                          .where(W.meeting_id.in_(every)).order_by(WR.award_id, WR.ordinal)):
        names[r.award_id].append(r.name)
    for w in conn.execute(select(W).where(W.meeting_id.in_(every), visible(W))
                          .order_by(W.meeting_id, W.ordinal, W.id)):
        line = _award_line(w, names.get(w.id, []))
        if line not in awards[owner[w.meeting_id]]:
            awards[owner[w.meeting_id]].append(line)

    def lead(meeting_id: int, side: str) -> Lead | None:
        best = most_senior(members.get((meeting_id, side), []),
                           key=lambda m: (m.head, m.position, m.rank, m.ordinal))
        if best is None:
            return None
        return Lead(canon.get(best.person_id, best.person_id), best.name, best.rank, best.position, best.head)

    out = []
    for mid in chunk:
        r = rows[mid]
        host = next((s for s in (a, b) if s in hosts[r.id]), None)
        out.append(DyadMeeting(r, lead(r.id, a), lead(r.id, b), host, agreements.get(r.id, []),
                               awards.get(r.id, []),
                               event_type(r.format, r.country_code, sides[r.id], hosts[r.id], r.n_agreements > 0)))
    return out


def _award_line(w, recipients: list[str]) -> str:
    giver = w.giver_name or "?"
    if w.giver_side:
        giver += f" ({w.giver_side})"
    to = ", ".join(recipients + ([w.recipient_group] if w.recipient_group else [])) or "?"
    if w.recipient_side:
        to += f" ({w.recipient_side})"
    what = " ".join(x for x in (w.kind, w.award) if x)
    return f"{giver} → {to}: {what}"
