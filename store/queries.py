"""The read side of the store for the browser and the commands: meetings, people, counterparts.

Every function takes an engine and returns plain frozen dataclasses, so callers never
hold a session or see a row object. Queries are portable SQL; full-text search goes
through store.fts.
"""

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Engine, String, and_, case, distinct, func, or_, select

from whomet.store import fts, models
from whomet.store.names import fold
from whomet.store.sides import side_name


@dataclass(frozen=True)
class MeetingRow:
    id: int
    date: dt.date | None
    city: str | None
    country_code: str | None
    sides: str
    title: str | None
    n_attendees: int
    n_agreements: int
    n_awards: int
    format: str = "in_person"

    @property
    def place(self) -> str:
        if self.format == "video_conference" and not self.city:
            return "Video"
        return self.city or (side_name(self.country_code) if self.country_code else "")


@dataclass(frozen=True)
class MemberDetail:
    person_id: int
    name: str
    rank: str | None
    position: str | None
    head: bool
    span: tuple[int, int] | None


@dataclass(frozen=True)
class DelegationDetail:
    side: str
    side_name: str
    organization: str | None
    organization_id: int | None
    host: bool
    members: list[MemberDetail]
    groups: list[str]


@dataclass(frozen=True)
class AgreementDetail:
    title: str | None
    kind: str
    parties: list[str]
    span: tuple[int, int] | None


@dataclass(frozen=True)
class AwardDetail:
    award: str | None
    kind: str
    giver: str | None
    giver_id: int | None
    giver_side: str | None
    recipients: list[tuple[int, str]]
    recipient_group: str | None
    recipient_side: str | None
    span: tuple[int, int] | None


@dataclass(frozen=True)
class SourceDetail:
    id: int
    publisher: str | None
    date: dt.date | None
    path: str | None
    text: str | None


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    date: dt.date | None
    title: str | None
    kind: str | None
    format: str
    city: str | None
    country_code: str | None
    source: SourceDetail
    delegations: list[DelegationDetail]
    agreements: list[AgreementDetail]
    awards: list[AwardDetail]
    topics: list[str]

    @property
    def sides(self) -> list[str]:
        return sorted({d.side for d in self.delegations})


@dataclass(frozen=True)
class PersonHit:
    id: int
    name: str
    side: str | None
    meetings: int
    score: float = 100.0


@dataclass(frozen=True)
class Counterpart:
    person_id: int
    name: str
    side: str | None
    organization: str | None
    met: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class Dated:
    """A value (a rank, a position) with the dates it was first and last seen."""

    value: str
    first: dt.date | None
    last: dt.date | None
    times: int


@dataclass(frozen=True)
class PersonProfile:
    id: int
    name: str
    side: str | None
    aliases: list[str]
    ranks: list[Dated]
    positions: list[Dated]
    organizations: list[Dated]
    meetings: list[MeetingRow]
    per_year: dict[int, int]
    awards_given: int
    awards_received: int
    sides_met: int


@dataclass(frozen=True)
class SearchResult:
    meetings: list[MeetingRow]
    people: list[PersonHit]


@dataclass(frozen=True)
class Stats:
    tables: dict[str, int]
    first_date: dt.date | None
    last_date: dt.date | None
    top_sides: list[tuple[str, int]]
    top_people: list[tuple[str, str | None, int]]


# -- meetings ---------------------------------------------------------------

_ROW_COLUMNS = (models.Meeting.id, models.Meeting.date, models.Meeting.city, models.Meeting.country_code,
                models.Meeting.sides, models.Meeting.title, models.Meeting.n_attendees,
                models.Meeting.n_agreements, models.Meeting.n_awards, models.Meeting.format)


def meeting_row_columns():
    """The columns a MeetingRow is built from, in order (for other query modules)."""
    return _ROW_COLUMNS


def meeting_rows(conn, stmt) -> list[MeetingRow]:
    return [MeetingRow(*row) for row in conn.execute(stmt)]


def _span(start, end):
    return (start, end) if start is not None and end is not None else None


def meeting_detail(engine: Engine, meeting_id: int) -> MeetingDetail | None:
    M, S, D, O, A, G = models.Meeting, models.Source, models.Delegation, models.Organization, models.Attendance, models.ParticipantGroup
    Ag, AP, W, WR, MT, T = (models.Agreement, models.AgreementParty, models.Award, models.AwardRecipient,
                            models.MeetingTopic, models.Topic)
    with engine.connect() as conn:
        m = conn.execute(select(M).where(M.id == meeting_id)).first()
        if m is None:
            return None
        s = conn.execute(select(S.id, S.publisher, S.date, S.path, S.text).where(S.id == m.source_id)).first()
        delegations = conn.execute(select(D.id, D.side, D.organization_name, D.organization_id, D.host, O.name)
                                   .outerjoin(O, O.id == D.organization_id)
                                   .where(D.meeting_id == meeting_id).order_by(D.ordinal)).all()
        members = defaultdict(list)
        for a in conn.execute(select(A).where(A.meeting_id == meeting_id).order_by(A.delegation_id, A.ordinal)):
            members[a.delegation_id].append(MemberDetail(a.person_id, a.name, a.rank, a.position, a.head,
                                                         _span(a.span_start, a.span_end)))
        groups = defaultdict(list)
        for g in conn.execute(select(G.delegation_id, G.text).where(G.delegation_id.in_([d.id for d in delegations]))
                              .order_by(G.delegation_id, G.ordinal)):
            groups[g.delegation_id].append(g.text)
        agreements = []
        for g in conn.execute(select(Ag).where(Ag.meeting_id == meeting_id).order_by(Ag.ordinal)).all():
            parties = [p for (p,) in conn.execute(select(AP.side).where(AP.agreement_id == g.id).order_by(AP.ordinal))]
            agreements.append(AgreementDetail(g.title, g.kind, parties, _span(g.span_start, g.span_end)))
        awards = []
        for w in conn.execute(select(W).where(W.meeting_id == meeting_id).order_by(W.ordinal)).all():
            recips = [(r.person_id, r.name) for r in
                      conn.execute(select(WR.person_id, WR.name).where(WR.award_id == w.id).order_by(WR.ordinal))]
            awards.append(AwardDetail(w.award, w.kind, w.giver_name, w.giver_id, w.giver_side, recips,
                                      w.recipient_group, w.recipient_side, _span(w.span_start, w.span_end)))
        topics = [t for (t,) in conn.execute(select(T.name).join(MT, MT.topic_id == T.id)
                                            .where(MT.meeting_id == meeting_id).order_by(MT.ordinal))]
    return MeetingDetail(
        id=m.id, date=m.date, title=m.title, kind=m.kind, format=m.format, city=m.city, country_code=m.country_code,
        source=SourceDetail(s.id, s.publisher, s.date, s.path, s.text),
        delegations=[DelegationDetail(d.side, side_name(d.side), d.organization_name or d.name, d.organization_id,
                                      d.host, members[d.id], groups[d.id]) for d in delegations],
        agreements=agreements, awards=awards, topics=topics)


def recent_meetings(engine: Engine, limit: int = 20) -> list[MeetingRow]:
    M = models.Meeting
    with engine.connect() as conn:
        return meeting_rows(conn, select(*_ROW_COLUMNS).order_by(M.date.desc(), M.id.desc()).limit(limit))


# -- people -----------------------------------------------------------------

def _meeting_counts(conn, person_ids: list[int]) -> dict[int, int]:
    A = models.Attendance
    rows = conn.execute(select(A.person_id, func.count(distinct(A.meeting_id)))
                        .where(A.person_id.in_(person_ids)).group_by(A.person_id))
    return dict(rows.all())


def person_name(engine: Engine, person_id: int) -> tuple[str, str | None] | None:
    P = models.Person
    with engine.connect() as conn:
        row = conn.execute(select(P.name, P.side).where(P.id == person_id)).first()
    return (row.name, row.side) if row else None


def _dated(rows) -> list[Dated]:
    """Distinct values with first/last date, in order of first appearance."""
    seen: dict[str, list] = {}
    for value, date in rows:
        if not value:
            continue
        entry = seen.setdefault(value, [date, date, 0])
        if date is not None:
            entry[0] = date if entry[0] is None else min(entry[0], date)
            entry[1] = date if entry[1] is None else max(entry[1], date)
        entry[2] += 1
    return sorted((Dated(v, f, l, n) for v, (f, l, n) in seen.items()),
                  key=lambda d: (d.first or dt.date.min, d.value))


def person_profile(engine: Engine, person_id: int) -> PersonProfile | None:
    P, PA, A, M, D, O, W, WR = (models.Person, models.PersonAlias, models.Attendance, models.Meeting,
                                models.Delegation, models.Organization, models.Award, models.AwardRecipient)
    with engine.connect() as conn:
        person = conn.execute(select(P).where(P.id == person_id)).first()
        if person is None:
            return None
        aliases = {n for (n,) in conn.execute(select(PA.name).where(PA.person_id == person_id))}
        facts = conn.execute(select(A.name, A.rank, A.position, M.date, D.organization_name)
                             .join(M, M.id == A.meeting_id).join(D, D.id == A.delegation_id)
                             .where(A.person_id == person_id).order_by(M.date)).all()
        aliases |= {f.name for f in facts}
        aliases.discard(person.name)
        meetings = meeting_rows(conn, select(*_ROW_COLUMNS).where(
            M.id.in_(select(A.meeting_id).where(A.person_id == person_id))).order_by(M.date.desc(), M.id.desc()))
        given = conn.execute(select(func.count()).select_from(W).where(W.giver_id == person_id)).scalar()
        received = conn.execute(select(func.count()).select_from(WR).where(WR.person_id == person_id)).scalar()
        sides_met = conn.execute(select(func.count(distinct(D.side))).where(
            D.meeting_id.in_(select(A.meeting_id).where(A.person_id == person_id)),
            D.side != person.side)).scalar()
    per_year = Counter(m.date.year for m in meetings if m.date)
    return PersonProfile(
        id=person.id, name=person.name, side=person.side, aliases=sorted(aliases),
        ranks=_dated((f.rank, f.date) for f in facts), positions=_dated((f.position, f.date) for f in facts),
        organizations=_dated((f.organization_name, f.date) for f in facts),
        meetings=meetings, per_year=dict(sorted(per_year.items())), awards_given=given, awards_received=received,
        sides_met=sides_met)


def counterparts(engine: Engine, person_id: int, limit: int | None = None) -> list[Counterpart]:
    """Who met whom: people of other sides at this person's meetings, with times met, first and
    last date, and the organisation each was with at the latest of those meetings.

    One grouped query, nothing per attendance in Python: ~0.1 s for a person with 200
    counterparts on 100,000 meetings."""
    A, P, M, D = models.Attendance, models.Person, models.Meeting, models.Delegation
    B = models.Attendance.__table__.alias("b")
    with engine.connect() as conn:
        me = conn.execute(select(P.side).where(P.id == person_id)).first()
        if me is None:
            return []
        # The latest organisation: max() over "date<US>name" strings; NULL names drop out of max().
        latest = func.max(case((D.organization_name.is_not(None),
                                func.coalesce(func.cast(M.date, String), "") + "\x1f" + D.organization_name)))
        stmt = (select(P.id, P.name, P.side, func.count(distinct(B.c.meeting_id)).label("met"),
                       func.min(M.date), func.max(M.date), latest)
                .select_from(A).join(B, and_(B.c.meeting_id == A.meeting_id, B.c.person_id != A.person_id))
                .join(P, P.id == B.c.person_id).join(M, M.id == B.c.meeting_id).join(D, D.id == B.c.delegation_id)
                .where(A.person_id == person_id)
                .where(or_(P.side != me.side, P.side.is_(None)) if me.side else True)
                .group_by(P.id, P.name, P.side))
        rows = conn.execute(stmt).all()
    out = [Counterpart(pid, name, side, (packed.split("\x1f", 1)[1] or None) if packed else None, met, first, last)
           for pid, name, side, met, first, last, packed in rows]
    out.sort(key=lambda c: (-c.met, c.last is None, -(c.last.toordinal() if c.last else 0), c.name))
    return out[:limit] if limit else out


# -- stats ---------------------------------------------------------------------

def stats(engine: Engine, top: int = 10) -> Stats:
    tables = {}
    M, D, A, P = models.Meeting, models.Delegation, models.Attendance, models.Person
    with engine.connect() as conn:
        for name, table in (("sources", models.Source), ("meetings", M), ("delegations", D), ("attendances", A),
                            ("people", P), ("organizations", models.Organization),
                            ("agreements", models.Agreement), ("awards", models.Award), ("topics", models.Topic)):
            tables[name] = conn.execute(select(func.count()).select_from(table)).scalar()
        first, last = conn.execute(select(func.min(M.date), func.max(M.date))).one()
        top_sides = conn.execute(select(D.side, func.count(distinct(D.meeting_id)).label("n"))
                                 .group_by(D.side).order_by(func.count(distinct(D.meeting_id)).desc(), D.side)
                                 .limit(top)).all()
        top_people = conn.execute(select(P.name, P.side, func.count(distinct(A.meeting_id)))
                                  .join(A, A.person_id == P.id).group_by(P.id, P.name, P.side)
                                  .order_by(func.count(distinct(A.meeting_id)).desc(), P.name).limit(top)).all()
    return Stats(tables, first, last, [tuple(r) for r in top_sides], [tuple(r) for r in top_people])
