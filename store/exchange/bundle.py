"""What the exchange formats read: the filtered meetings in chunks, with everything about each,
and the people, organisations and sides those meetings involve, streamed.

The meetings are the ones `MeetingFilter` selects through store/listing.py, the code the
browser's list uses, so an export and the list agree. Meetings come a chunk at a time
(a few queries per chunk, none per meeting) off one ordered cursor of their ids; people come
from one query ordered by person, grouped as they stream. Nothing holds the whole store
(store/exchange/stream.py: the connection streams, big sorts spill to disk).

Extraction + judgements, as every view reads them (store/overlay.py): people and
organisations are the resolved entities (records judged the same are one, under the
canonical record's name, the names each source wrote kept as aliases); a meeting reported
by several sources is one meeting holding the union of their facts (as
queries.meeting_detail unites them); facts a correction hides are left out.
"""

import datetime as dt
import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator

from sqlalchemy import Engine, distinct, func, or_, select, union

from whomet.store import models
from whomet.store.eventtype import EventType, event_type
from whomet.store.exchange import ids, stream
from whomet.store.filters import MeetingFilter
from whomet.store.listing import ids_select
from whomet.store.names import fold
from whomet.store.overlay import visible
from whomet.store.sides import side_name

CHUNK = 500  # meetings per round of queries


@dataclass(frozen=True)
class SourceData:
    id: str
    db_id: int
    publisher: str | None
    date: dt.date | None
    language: str | None
    path: str | None
    sha256: str | None


@dataclass(frozen=True)
class MemberData:
    id: str
    ordinal: int
    person_id: str
    person_db_id: int
    person_name: str  # the resolved person's name
    name: str  # as this source wrote it
    rank: str | None
    position: str | None
    head: bool


@dataclass(frozen=True)
class DelegationData:
    id: str
    ordinal: int
    side: str
    organization_id: str | None
    organization_db_id: int | None
    organization_name: str | None  # the resolved organisation's name
    organization: str | None  # as this source wrote it
    host: bool
    members: list[MemberData]
    groups: list[str]


@dataclass(frozen=True)
class AgreementData:
    id: str
    ordinal: int
    title: str | None
    kind: str
    parties: list[str]


@dataclass(frozen=True)
class AwardData:
    id: str
    ordinal: int
    award: str | None
    kind: str
    giver_id: str | None
    giver: str | None
    giver_side: str | None
    recipient_ids: list[str]
    recipients: list[str]
    recipient_group: str | None
    recipient_side: str | None


@dataclass(frozen=True)
class MeetingData:
    id: str
    db_id: int
    date: dt.date | None
    title: str | None
    kind: str | None
    format: str
    city: str | None
    country: str | None
    source: SourceData  # the first; `sources` holds every report of a merged meeting
    delegations: list[DelegationData]
    agreements: list[AgreementData]
    awards: list[AwardData]
    topics: list[str]
    sources: list[SourceData] = field(default_factory=list)
    event: EventType = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "event", event_type(
            self.format, self.country, self.sides, [d.side for d in self.delegations if d.host], bool(self.agreements)))

    @property
    def sides(self) -> list[str]:
        return sorted({d.side for d in self.delegations})

    @property
    def hosts(self) -> list[str]:
        return sorted({d.side for d in self.delegations if d.host})


def _grouped(rows, key: str) -> dict:
    out = defaultdict(list)
    for row in rows:
        out[getattr(row, key)].append(row)
    return out


def iter_meetings(engine: Engine, f: MeetingFilter, chunk: int = CHUNK) -> Iterator[MeetingData]:
    """Every selected meeting, oldest first, with its delegations, members, agreements, awards."""
    M = models.Meeting
    order = ids_select(engine, f).order_by(M.date.is_(None), M.date, M.id)  # listing.meeting_ids' order
    with stream.connect(engine) as conn:
        for part in conn.execute(order).partitions(chunk):
            yield from _chunk(conn, [i for (i,) in part])


def _chunk(conn, meeting_ids: list[int]) -> list[MeetingData]:
    M, S, F, D, O, A, P, G = (models.Meeting, models.Source, models.ImportedFile, models.Delegation,
                              models.Organization, models.Attendance, models.Person, models.ParticipantGroup)
    Ag, AP, W, WR, MT, T = (models.Agreement, models.AgreementParty, models.Award, models.AwardRecipient,
                            models.MeetingTopic, models.Topic)
    TopP, TopO = P.__table__.alias("top_person"), O.__table__.alias("top_org")
    # Reports merged into these meetings (one meeting, several sources): their facts join it.
    owner = {mid: mid for mid in meeting_ids}
    owner.update(conn.execute(select(M.id, M.canonical_id).where(M.canonical_id.in_(meeting_ids))).all())
    every = list(owner)
    meetings = conn.execute(
        select(M.id, M.ordinal, M.date, M.title, M.kind, M.format, M.city, M.country_code,
               S.id.label("s_id"), S.ordinal.label("s_ordinal"), S.publisher, S.date.label("s_date"), S.language,
               S.path, S.release_sha256, F.sha256.label("file_sha256"))
        .join(S, S.id == M.source_id).outerjoin(F, F.id == S.file_id).where(M.id.in_(every))).all()
    delegations = _grouped(conn.execute(
        select(D.id, D.meeting_id, D.ordinal, D.side, D.organization_id, D.organization_name, D.host,
               TopO.c.id.label("o_id"), TopO.c.name.label("o_name"), TopO.c.key.label("o_key"),
               TopO.c.country_code.label("o_side"))
        .outerjoin(O, O.id == D.organization_id).outerjoin(TopO, TopO.c.id == func.coalesce(O.canonical_id, O.id))
        .where(D.meeting_id.in_(every)).order_by(D.meeting_id, D.ordinal)).all(), "meeting_id")
    members = _grouped(conn.execute(
        select(A.delegation_id, A.ordinal, A.name, A.rank, A.position, A.head, TopP.c.id.label("person_id"),
               TopP.c.name.label("p_name"), TopP.c.key.label("p_key"), TopP.c.side.label("p_side"))
        .join(P, P.id == A.person_id).join(TopP, TopP.c.id == func.coalesce(P.canonical_id, P.id))
        .where(A.meeting_id.in_(every), visible(A)).order_by(A.delegation_id, A.ordinal, A.id)).all(), "delegation_id")
    groups = _grouped(conn.execute(
        select(G.delegation_id, G.text).join(D, D.id == G.delegation_id).where(D.meeting_id.in_(every))
        .order_by(G.delegation_id, G.ordinal)).all(), "delegation_id")
    agreements = _grouped(conn.execute(select(Ag.id, Ag.meeting_id, Ag.ordinal, Ag.title, Ag.kind)
                                       .where(Ag.meeting_id.in_(every), visible(Ag))
                                       .order_by(Ag.meeting_id, Ag.ordinal, Ag.id)).all(), "meeting_id")
    parties = _grouped(conn.execute(select(AP.agreement_id, AP.side).join(Ag, Ag.id == AP.agreement_id)
                                    .where(Ag.meeting_id.in_(every))
                                    .order_by(AP.agreement_id, AP.ordinal)).all(), "agreement_id")
    G2 = P.__table__.alias("giver")
    TopG = P.__table__.alias("top_giver")
    awards = _grouped(conn.execute(
        select(W.id, W.meeting_id, W.ordinal, W.award, W.kind, W.giver_id, W.giver_name, W.giver_side,
               W.recipient_group, W.recipient_side, TopG.c.key.label("g_key"), TopG.c.side.label("g_side"))
        .outerjoin(G2, G2.c.id == W.giver_id).outerjoin(TopG, TopG.c.id == func.coalesce(G2.c.canonical_id, G2.c.id))
        .where(W.meeting_id.in_(every), visible(W)).order_by(W.meeting_id, W.ordinal, W.id)).all(), "meeting_id")
    recipients = _grouped(conn.execute(
        select(WR.award_id, WR.name, TopP.c.key, TopP.c.side).join(W, W.id == WR.award_id)
        .join(P, P.id == WR.person_id).join(TopP, TopP.c.id == func.coalesce(P.canonical_id, P.id))
        .where(W.meeting_id.in_(every)).order_by(WR.award_id, WR.ordinal)).all(), "award_id")
    topics = _grouped(conn.execute(select(MT.meeting_id, T.name).join(T, T.id == MT.topic_id)
                                   .where(MT.meeting_id.in_(every))
                                   .order_by(MT.meeting_id, MT.ordinal)).all(), "meeting_id")

    parts = {}  # meeting id (canonical or merged report) -> its facts, with its own stable ids
    for m in meetings:
        source_id = ids.source(m.file_sha256, m.s_ordinal, m.release_sha256, m.s_id)
        mid = ids.meeting(source_id, m.ordinal)
        source = SourceData(source_id, m.s_id, m.publisher, m.s_date, m.language, m.path, m.release_sha256)
        dels = []
        for d in delegations.get(m.id, []):
            org_id = ids.organization(d.o_side, d.o_key) if d.o_id is not None else None
            dels.append(DelegationData(
                ids.part(mid, "delegation", d.ordinal), d.ordinal, d.side, org_id, d.o_id, d.o_name,
                d.organization_name, d.host,
                [MemberData(ids.part(mid, "attendance", d.ordinal, a.ordinal), a.ordinal,
                            ids.person(a.p_side, a.p_key), a.person_id, a.p_name, a.name, a.rank, a.position, a.head)
                 for a in members.get(d.id, [])],
                [g.text for g in groups.get(d.id, [])]))
        agrs = [AgreementData(ids.part(mid, "agreement", g.ordinal), g.ordinal, g.title, g.kind,
                              [p.side for p in parties.get(g.id, [])]) for g in agreements.get(m.id, [])]
        awds = [AwardData(ids.part(mid, "award", w.ordinal), w.ordinal, w.award, w.kind,
                          ids.person(w.g_side, w.g_key) if w.giver_id is not None else None, w.giver_name,
                          w.giver_side, [ids.person(r.side, r.key) for r in recipients.get(w.id, [])],
                          [r.name for r in recipients.get(w.id, [])], w.recipient_group, w.recipient_side)
                for w in awards.get(m.id, [])]
        parts[m.id] = (m, mid, source, dels, agrs, awds, [t.name for t in topics.get(m.id, [])])

    merged = defaultdict(list)
    for report in sorted(i for i in owner if owner[i] != i):
        merged[owner[report]].append(report)
    out = []
    for meeting_id in meeting_ids:
        m, mid, source, dels, agrs, awds, tops = parts[meeting_id]
        sources = [source]
        for report in merged.get(meeting_id, []):
            _m, _mid, r_source, r_dels, r_agrs, r_awds, r_tops = parts[report]
            sources.append(r_source)
            dels, agrs, awds, tops = _unite(dels, agrs, awds, tops, r_dels, r_agrs, r_awds, r_tops)
        out.append(MeetingData(mid, m.id, m.date, m.title, m.kind, m.format, m.city, m.country_code, source,
                               dels, agrs, awds, tops, sources))
    return out


def _unite(dels, agrs, awds, tops, r_dels, r_agrs, r_awds, r_tops):
    """A meeting's facts with those of a report merged into it, as queries.meeting_detail unites
    them: a side's delegation gains the people it lacked; agreements and awards not already
    there (by folded title and kind) and topics are added."""
    dels = list(dels)
    for dl in r_dels:
        at = next((i for i, d in enumerate(dels) if d.side == dl.side), None)
        if at is None:
            dels.append(dl)
            continue
        d = dels[at]
        have = {a.person_db_id for a in d.members}
        dels[at] = DelegationData(d.id, d.ordinal, d.side, d.organization_id or dl.organization_id,
                                  d.organization_db_id or dl.organization_db_id,
                                  d.organization_name or dl.organization_name, d.organization or dl.organization,
                                  d.host or dl.host, d.members + [a for a in dl.members if a.person_db_id not in have],
                                  d.groups + [g for g in dl.groups if g not in d.groups])
    seen = {(fold(a.title or ""), a.kind) for a in agrs}
    agrs = agrs + [a for a in r_agrs if (fold(a.title or ""), a.kind) not in seen]
    seen = {(fold(w.award or ""), w.kind) for w in awds}
    awds = awds + [w for w in r_awds if (fold(w.award or ""), w.kind) not in seen]
    return dels, agrs, awds, tops + [t for t in r_tops if t not in tops]


# -- the entities the selected meetings involve ------------------------------

@dataclass(frozen=True)
class Held:
    """A position a person held at the selected meetings, with the organisation and dates."""

    position: str
    organization_id: str | None  # stable id of the resolved organisation, if any
    organization_name: str | None
    side: str | None
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class PersonData:
    id: str
    db_id: int
    name: str
    side: str | None
    aliases: list[str]  # other names the sources wrote
    ranks: list[str]  # distinct, in order first seen
    held: list[Held]
    meetings: int
    first: dt.date | None
    last: dt.date | None


def _restrict(column, engine: Engine, f: MeetingFilter):
    """`column` (a meeting id) is a selected meeting or a report merged into one; nothing when
    the filter selects every meeting."""
    if f.is_empty():
        return []
    M = models.Meeting
    selected = ids_select(engine, f)
    return [or_(column.in_(selected), column.in_(select(M.id).where(M.canonical_id.in_(selected))))]


def iter_people(engine: Engine, f: MeetingFilter) -> Iterator[PersonData]:
    """The people at the selected meetings (and those giving or receiving their awards), by
    resolved id: every record judged the same person counts as them."""
    A, P, M, D, O, W, WR = (models.Attendance, models.Person, models.Meeting, models.Delegation,
                            models.Organization, models.Award, models.AwardRecipient)
    TopP, TopO = P.__table__.alias("top_person"), O.__table__.alias("top_org")
    who = func.coalesce(P.canonical_id, P.id)
    stmt = (select(TopP.c.id, TopP.c.name.label("p_name"), TopP.c.key, TopP.c.side, A.name, A.rank, A.position,
                   func.coalesce(M.canonical_id, M.id).label("meeting_id"), M.date,
                   TopO.c.name.label("o_name"), TopO.c.key.label("o_key"), TopO.c.country_code.label("o_side"),
                   TopO.c.id.label("o_id"))
            .select_from(A).join(P, P.id == A.person_id).join(TopP, TopP.c.id == who)
            .join(M, M.id == A.meeting_id).join(D, D.id == A.delegation_id)
            .outerjoin(O, O.id == D.organization_id).outerjoin(TopO, TopO.c.id == func.coalesce(O.canonical_id, O.id))
            .where(visible(A), *_restrict(A.meeting_id, engine, f)).order_by(who, M.date, A.meeting_id, A.ordinal))
    award_people = union(
        select(W.giver_id.label("pid")).where(W.giver_id.is_not(None), visible(W), *_restrict(W.meeting_id, engine, f)),
        select(WR.person_id.label("pid")).join(W, W.id == WR.award_id).where(visible(W), *_restrict(W.meeting_id, engine, f)))
    others = (select(TopP.c.id, TopP.c.name, TopP.c.key, TopP.c.side).distinct()
              .select_from(P).join(TopP, TopP.c.id == who).where(P.id.in_(award_people)).order_by(TopP.c.id))
    seen = stream.Bits()
    with stream.connect(engine) as conn:
        for pid, rows in itertools.groupby(conn.execute(stmt), key=lambda r: r.id):
            seen.add(pid)
            yield _person(pid, rows)
        for p in conn.execute(others).all():
            if p.id not in seen:
                yield PersonData(ids.person(p.side, p.key), p.id, p.name, p.side, [], [], [], 0, None, None)


def _person(pid: int, rows) -> PersonData:
    """One person from their attendance rows (ordered by date), read once as they stream: a
    busy official's thousands of rows are never a list."""
    first = None
    aliases, ranks = {}, {}
    held: dict[tuple, list] = {}
    meetings, earliest, latest = set(), None, None
    for r in rows:
        if first is None:
            first = r
        meetings.add(r.meeting_id)
        if r.date:
            earliest = r.date if earliest is None else min(earliest, r.date)
            latest = r.date if latest is None else max(latest, r.date)
        if r.name != first.p_name:
            aliases[r.name] = None
        if r.rank:
            ranks[r.rank] = None
        if r.position:
            org = ids.organization(r.o_side, r.o_key) if r.o_id is not None else None
            entry = held.setdefault((r.position, org), [r.o_name, r.o_side, r.date, r.date])
            if r.date:
                entry[2] = r.date if entry[2] is None else min(entry[2], r.date)
                entry[3] = r.date if entry[3] is None else max(entry[3], r.date)
    return PersonData(ids.person(first.side, first.key), pid, first.p_name, first.side, list(aliases), list(ranks),
                      [Held(pos, org, o_name, o_side or first.side, lo, hi)
                       for (pos, org), (o_name, o_side, lo, hi) in held.items()],
                      len(meetings), earliest, latest)


@dataclass(frozen=True)
class OrganizationData:
    id: str
    db_id: int
    name: str
    acronym: str | None
    side: str | None
    aliases: list[str]
    meetings: int


def iter_organizations(engine: Engine, f: MeetingFilter) -> Iterator[OrganizationData]:
    """The organisations whose delegations took part in the selected meetings, by resolved id."""
    D, O, OA, M = models.Delegation, models.Organization, models.OrganizationAlias, models.Meeting
    TopO = O.__table__.alias("top_org")
    top = func.coalesce(O.canonical_id, O.id)
    stmt = (select(TopO.c.id, TopO.c.name, TopO.c.key, TopO.c.acronym, TopO.c.country_code,
                   func.count(distinct(func.coalesce(M.canonical_id, M.id))))
            .select_from(D).join(O, D.organization_id == O.id).join(TopO, TopO.c.id == top)
            .join(M, M.id == D.meeting_id).where(*_restrict(D.meeting_id, engine, f))
            .group_by(TopO.c.id, TopO.c.name, TopO.c.key, TopO.c.acronym, TopO.c.country_code).order_by(TopO.c.id))
    with stream.connect(engine) as conn:
        rows = conn.execute(stmt).all()
        # Aliases: the alias table's, and the names of the records merged into this one.
        aliases = defaultdict(list)
        for oid, alias in conn.execute(select(OA.organization_id, OA.name).order_by(OA.id)):
            aliases[oid].append(alias)
        for oid, alias in conn.execute(select(O.canonical_id, O.name).where(O.canonical_id.is_not(None)).order_by(O.id)):
            aliases[oid].append(alias)
    for oid, name, key, acronym, side, n in rows:
        yield OrganizationData(ids.organization(side, key), oid, name, acronym, side,
                               list(dict.fromkeys(a for a in aliases.get(oid, []) if a != name)), n)


def sides_involved(engine: Engine, f: MeetingFilter) -> list[tuple[str, str, int]]:
    """(code, name, meetings) of the sides of the selected meetings' delegations, agreements
    and awards, and of their places, by code."""
    D, M, Ag, AP, W = models.Delegation, models.Meeting, models.Agreement, models.AgreementParty, models.Award
    with stream.connect(engine) as conn:
        counts = dict(conn.execute(select(D.side, func.count(distinct(func.coalesce(M.canonical_id, M.id))))
                                   .join(M, M.id == D.meeting_id)
                                   .where(*_restrict(D.meeting_id, engine, f)).group_by(D.side)).all())
        more = conn.execute(union(
            select(AP.side).join(Ag, Ag.id == AP.agreement_id).where(*_restrict(Ag.meeting_id, engine, f)),
            select(W.giver_side).where(W.giver_side.is_not(None), *_restrict(W.meeting_id, engine, f)),
            select(W.recipient_side).where(W.recipient_side.is_not(None), *_restrict(W.meeting_id, engine, f)),
            select(M.country_code).where(M.country_code.is_not(None), *_restrict(M.id, engine, f)))).all()
    codes = set(counts) | {c for (c,) in more}
    return [(c, side_name(c), counts.get(c, 0)) for c in sorted(codes)]
