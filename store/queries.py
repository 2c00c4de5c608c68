"""The read side of the store for the browser and the commands: meetings, people, counterparts.

Every function takes an engine and returns plain frozen dataclasses, so callers never
hold a session or see a row object. Queries are portable SQL; full-text search goes
through store.fts.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Engine, String, and_, case, distinct, exists, func, literal, or_, select

from whomet.store import fts, models
from whomet.store.names import fold
from whomet.store.overlay import canonical, canonical_meetings, cluster, has_merged, visible
from whomet.store.rows import MeetingRow  # noqa: F401 - defined there, light, for the first rows
from whomet.store.sides import side_name


@dataclass(frozen=True)
class MemberDetail:
    person_id: int
    name: str
    rank: str | None
    position: str | None
    head: bool
    span: tuple[int, int] | None
    meeting_id: int | None = None  # the meeting (of a merged one: the source) this fact was read from
    # The extractor's fallbacks on this fact ("side": the host's, not read from the text); the
    # meeting screen lists every fact with one for review.
    guessed: tuple[str, ...] = ()


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
    meeting_id: int | None = None
    guessed: tuple[str, ...] = ()


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
    meeting_id: int | None = None
    guessed: tuple[str, ...] = ()


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
    # A meeting reported by several sources (merged by a `same` judgement): all of them, this
    # one's first, and the ids of the other reports.
    sources: list[SourceDetail] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    guessed: tuple[str, ...] = ()  # "date" (the release's), "place" (the host's or publisher's)

    @property
    def sides(self) -> list[str]:
        return sorted({d.side for d in self.delegations})

    @property
    def event_type(self):
        """The PLOVER mode and CAMEO codes (store/eventtype.py), derived from what is stored."""
        from whomet.store.eventtype import event_type

        return event_type(self.format, self.country_code, self.sides,
                          [d.side for d in self.delegations if d.host], bool(self.agreements))


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
    n_meetings: int  # the meetings themselves: Store.table_page("person.meetings", ...), a page at a time
    per_year: dict[int, int]
    awards_given: int
    awards_received: int
    sides_met: int
    merged: list[int] = field(default_factory=list)  # the other person records resolved to this one


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
    """A meeting with extraction + judgements: hidden facts left out, added ones in; a meeting
    merged with others (the same meeting from several sources) shows the union of their facts."""
    with engine.connect() as conn:
        ids = cluster(conn, models.Meeting, meeting_id)
        if not ids:
            return None
        canon = _person_canon(conn)
        parts = [_meeting_part(conn, i, canon) for i in ids]
    first = parts[0]
    delegations = list(first.delegations)
    agreements, awards, topics = list(first.agreements), list(first.awards), list(first.topics)
    for other in parts[1:]:
        for dl in other.delegations:
            at = next((i for i, d in enumerate(delegations) if d.side == dl.side), None)
            if at is None:
                delegations.append(dl)
                continue
            have = {m.person_id for m in delegations[at].members}
            extra = [m for m in dl.members if m.person_id not in have]
            d = delegations[at]
            delegations[at] = DelegationDetail(d.side, d.side_name, d.organization or dl.organization,
                                               d.organization_id or dl.organization_id, d.host or dl.host,
                                               d.members + extra, d.groups + [g for g in dl.groups if g not in d.groups])
        seen = {(fold(a.title or ""), a.kind) for a in agreements}
        agreements += [a for a in other.agreements if (fold(a.title or ""), a.kind) not in seen]
        seen = {(fold(w.award or ""), w.kind) for w in awards}
        awards += [w for w in other.awards if (fold(w.award or ""), w.kind) not in seen]
        topics += [t for t in other.topics if t not in topics]
    return MeetingDetail(
        id=first.id, date=first.date, title=first.title, kind=first.kind, format=first.format, city=first.city,
        country_code=first.country_code, source=first.source, delegations=delegations, agreements=agreements,
        awards=awards, topics=topics, sources=[p.source for p in parts], merged=ids[1:], guessed=first.guessed)


def _person_canon(conn) -> dict[int, int]:
    from whomet.store.overlay import canonical_map

    return canonical_map(conn, models.Person)


def _meeting_part(conn, meeting_id: int, canon: dict[int, int]) -> MeetingDetail:
    M, S, D, O, A, G = models.Meeting, models.Source, models.Delegation, models.Organization, models.Attendance, models.ParticipantGroup
    Ag, AP, W, WR, MT, T = (models.Agreement, models.AgreementParty, models.Award, models.AwardRecipient,
                            models.MeetingTopic, models.Topic)
    m = conn.execute(select(M).where(M.id == meeting_id)).first()
    s = conn.execute(select(S.id, S.publisher, S.date, S.path, S.text).where(S.id == m.source_id)).first()
    delegations = conn.execute(select(D.id, D.side, D.organization_name, D.organization_id, D.host, O.name)
                               .outerjoin(O, O.id == D.organization_id)
                               .where(D.meeting_id == meeting_id).order_by(D.ordinal)).all()
    members = defaultdict(list)
    for a in conn.execute(select(A).where(A.meeting_id == meeting_id, visible(A))
                          .order_by(A.delegation_id, A.ordinal, A.id)):
        members[a.delegation_id].append(MemberDetail(canon.get(a.person_id, a.person_id), a.name, a.rank, a.position,
                                                     a.head, _span(a.span_start, a.span_end), meeting_id,
                                                     ("side",) if a.side_guessed else ()))
    groups = defaultdict(list)
    for g in conn.execute(select(G.delegation_id, G.text).where(G.delegation_id.in_([d.id for d in delegations]))
                          .order_by(G.delegation_id, G.ordinal)):
        groups[g.delegation_id].append(g.text)
    agreements = []
    for g in conn.execute(select(Ag).where(Ag.meeting_id == meeting_id, visible(Ag)).order_by(Ag.ordinal, Ag.id)).all():
        parties = [p for (p,) in conn.execute(select(AP.side).where(AP.agreement_id == g.id).order_by(AP.ordinal))]
        agreements.append(AgreementDetail(g.title, g.kind, parties, _span(g.span_start, g.span_end), meeting_id))
    awards = []
    for w in conn.execute(select(W).where(W.meeting_id == meeting_id, visible(W)).order_by(W.ordinal, W.id)).all():
        recips = [(canon.get(r.person_id, r.person_id), r.name) for r in
                  conn.execute(select(WR.person_id, WR.name).where(WR.award_id == w.id).order_by(WR.ordinal))]
        giver = canon.get(w.giver_id, w.giver_id) if w.giver_id is not None else None
        awards.append(AwardDetail(w.award, w.kind, w.giver_name, giver, w.giver_side, recips,
                                  w.recipient_group, w.recipient_side, _span(w.span_start, w.span_end), meeting_id))
    topics = [t for (t,) in conn.execute(select(func.coalesce(MT.name, T.name)).select_from(T).join(MT, MT.topic_id == T.id)
                                        .where(MT.meeting_id == meeting_id).order_by(MT.ordinal))]
    # A delegation whose members were all moved or dropped by corrections (and that was added
    # by one) still shows: it is the record's own structure.
    return MeetingDetail(
        id=m.id, date=m.date, title=m.title, kind=m.kind, format=m.format, city=m.city, country_code=m.country_code,
        source=SourceDetail(s.id, s.publisher, s.date, s.path, s.text),
        delegations=[DelegationDetail(d.side, side_name(d.side), d.organization_name or d.name, d.organization_id,
                                      d.host, members[d.id], groups[d.id]) for d in delegations],
        agreements=agreements, awards=awards, topics=topics,
        guessed=tuple(name for name, on in (("date", m.date_guessed), ("place", m.place_guessed)) if on))


def recent_meetings(engine: Engine, limit: int = 20) -> list[MeetingRow]:
    M = models.Meeting
    with engine.connect() as conn:
        return meeting_rows(conn, select(*_ROW_COLUMNS).order_by(M.date.desc(), M.id.desc()).limit(limit))


# -- people -----------------------------------------------------------------

def _meeting_counts(conn, person_ids: list[int]) -> dict[int, int]:
    """Meetings per person (canonical ids): every record resolved to them, one meeting from two
    sources once, hidden facts not."""
    A, P, M = models.Attendance, models.Person, models.Meeting
    who = canonical(P)
    rows = conn.execute(select(who, func.count(distinct(func.coalesce(M.canonical_id, M.id))))
                        .select_from(A).join(P, P.id == A.person_id).join(M, M.id == A.meeting_id)
                        .where(or_(P.id.in_(person_ids), P.canonical_id.in_(person_ids)), visible(A))
                        .group_by(who))
    return dict(rows.all())


def person_name(engine: Engine, person_id: int) -> tuple[str, str | None] | None:
    P = models.Person
    with engine.connect() as conn:
        row = conn.execute(select(P.name, P.side).where(P.id == person_id)).first()
    return (row.name, row.side) if row else None


def _dated(rows) -> list[Dated]:
    """Distinct values with first/last date and how often, in order of first appearance, from
    (value, first, last, n) rows that may name a value more than once."""
    seen: dict[str, list] = {}
    for value, first, last, n in rows:
        if not value:
            continue
        entry = seen.setdefault(value, [None, None, 0])
        if first is not None:
            entry[0] = first if entry[0] is None else min(entry[0], first)
        if last is not None:
            entry[1] = last if entry[1] is None else max(entry[1], last)
        entry[2] += n
    return sorted((Dated(v, f, l, n) for v, (f, l, n) in seen.items()),
                  key=lambda d: (d.first or dt.date.min, d.value))


def person_profile(engine: Engine, person_id: int) -> PersonProfile | None:
    """A person with every record resolved to them (`same` judgements), their visible facts only.

    Everything is aggregated in SQL (names, the offices held with first and last date, meetings
    per year): nothing per attendance comes to Python, so the busiest official of a 1M-meeting
    store (114,000 meetings) costs a few grouped scans of their own rows, not 114,000 row objects."""
    P, PA, A, M, D, O, W, WR = (models.Person, models.PersonAlias, models.Attendance, models.Meeting,
                                models.Delegation, models.Organization, models.Award, models.AwardRecipient)
    with engine.connect() as conn:
        ids = cluster(conn, P, person_id)
        if not ids:
            return None
        person = conn.execute(select(P).where(P.id == ids[0])).first()
        aliases = {n for (n,) in conn.execute(select(PA.name).where(PA.person_id.in_(ids)))}
        aliases |= {n for (n,) in conn.execute(select(P.name).where(P.id.in_(ids)))}
        mine = [A.person_id.in_(ids), visible(A)]
        aliases |= {n for (n,) in conn.execute(select(A.name).where(*mine).distinct())}
        aliases.discard(person.name)
        # One grouped pass over the person's attendances: each (rank, position, organisation) held,
        # with its first and last date; _dated folds them per value.
        offices = conn.execute(select(A.rank, A.position, D.organization_name, func.min(M.date), func.max(M.date),
                                      func.count())
                               .join(M, M.id == A.meeting_id).join(D, D.id == A.delegation_id)
                               .where(*mine).group_by(A.rank, A.position, D.organization_name)).all()
        attended = select(A.meeting_id).where(*mine)
        year = func.extract("year", M.date)
        per_year = {int(y) if y is not None else None: n for y, n in conn.execute(
            select(year, func.count()).where(*canonical_meetings(attended)).group_by(year))}
        given = conn.execute(select(func.count()).select_from(W).where(W.giver_id.in_(ids), visible(W))).scalar()
        received = conn.execute(select(func.count()).select_from(WR).join(W, W.id == WR.award_id)
                                .where(WR.person_id.in_(ids), visible(W))).scalar()
        sides_met = conn.execute(select(func.count(distinct(D.side))).where(
            D.meeting_id.in_(attended), D.side != person.side)).scalar()
    return PersonProfile(
        id=person.id, name=person.name, side=person.side, aliases=sorted(aliases),
        ranks=_dated((o[0], o[3], o[4], o[5]) for o in offices),
        positions=_dated((o[1], o[3], o[4], o[5]) for o in offices),
        organizations=_dated((o[2], o[3], o[4], o[5]) for o in offices),
        n_meetings=sum(per_year.values()), per_year={y: n for y, n in sorted(per_year.items()) if y is not None},
        awards_given=given, awards_received=received, sides_met=sides_met, merged=ids[1:])


def counterparts(engine: Engine, person_id: int, limit: int | None = None) -> list[Counterpart]:
    """Who met whom: people of other sides at this person's meetings, with times met, first and
    last date, and the organisation each was with at the latest of those meetings.

    Extraction + judgements: every record resolved to this person counts as them, a counterpart
    is counted once per entity (`canonical_id`) and per meeting (one meeting from two sources
    is one meeting), and facts a correction hides do not count. One grouped query, nothing per
    attendance in Python: ~0.1 s for a person with 200 counterparts on 100,000 meetings."""
    A, P, M, D = models.Attendance, models.Person, models.Meeting, models.Delegation
    B = models.Attendance.__table__.alias("b")
    with engine.connect() as conn:
        ids = cluster(conn, P, person_id)
        if not ids:
            return []
        me = conn.execute(select(P.side).where(P.id == ids[0])).first()
        sides = {s for (s,) in conn.execute(select(P.side).where(P.id.in_(ids)))}
        # The latest organisation: max() over "date<US>name" strings; NULL names drop out of max().
        latest = func.max(case((D.organization_name.is_not(None),
                                func.coalesce(func.cast(M.date, String), "") + "\x1f" + D.organization_name)))
        others = [s for s in sides if s]
        if not has_merged(conn, P):
            # No merged people: group the co-attendances by person id alone, and read each
            # counterpart's name and side once per group rather than once per shared meeting
            # (two fewer row lookups for each of the busiest official's 1.1M co-attendances at 1M).
            per = (select(B.c.person_id.label("pid"), func.count(distinct(func.coalesce(M.canonical_id, M.id))).label("met"),
                          func.min(M.date).label("first"), func.max(M.date).label("last"), latest.label("packed"))
                   .select_from(A).join(B, and_(B.c.meeting_id == A.meeting_id, B.c.person_id != A.person_id))
                   .join(M, M.id == B.c.meeting_id).join(D, D.id == B.c.delegation_id)
                   .where(A.person_id.in_(ids), visible(A), B.c.id.not_in(_hidden_attendance()),
                          B.c.person_id.not_in(ids))
                   .group_by(B.c.person_id).subquery())
            stmt = (select(per.c.pid, P.name, P.side, per.c.met, per.c.first, per.c.last, per.c.packed)
                    .join(P, P.id == per.c.pid)
                    .where(or_(P.side.not_in(others), P.side.is_(None)) if me.side else True))
            rows = conn.execute(stmt).all()
        else:
            rows = conn.execute(_counterparts_merged(ids, me, others, latest)).all()
    out = [Counterpart(pid, name, side, (packed.split("\x1f", 1)[1] or None) if packed else None, met, first, last)
           for pid, name, side, met, first, last, packed in rows]
    out.sort(key=lambda c: (-c.met, c.last is None, -(c.last.toordinal() if c.last else 0), c.name))
    return out[:limit] if limit else out


def _counterparts_merged(ids: list[int], me, others: list[str], latest):
    """counterparts' query where people are merged: grouped by the entity each record resolves to."""
    A, P, M, D = models.Attendance, models.Person, models.Meeting, models.Delegation
    B = models.Attendance.__table__.alias("b")
    Top = models.Person.__table__.alias("top")
    who = canonical(P)
    return (select(who.label("pid"), Top.c.name, Top.c.side,
                   func.count(distinct(func.coalesce(M.canonical_id, M.id))).label("met"),
                   func.min(M.date), func.max(M.date), latest)
            .select_from(A).join(B, and_(B.c.meeting_id == A.meeting_id, B.c.person_id != A.person_id))
            .join(P, P.id == B.c.person_id).join(Top, Top.c.id == who)
            .join(M, M.id == B.c.meeting_id).join(D, D.id == B.c.delegation_id)
            .where(A.person_id.in_(ids), visible(A), B.c.id.not_in(_hidden_attendance()), who != ids[0])
            .where(or_(P.side.not_in(others), P.side.is_(None)) if me.side else True)
            .group_by(who, Top.c.name, Top.c.side))


def person_meetings(engine: Engine, person_id: int, limit: int, offset: int = 0) -> list[MeetingRow]:
    """A page of the person's meetings (every record resolved to them; one meeting from two sources
    once), newest first: the person screen's table."""
    P, A, M = models.Person, models.Attendance, models.Meeting
    with engine.connect() as conn:
        ids = cluster(conn, P, person_id)
        if not ids:
            return []
        order = (M.date.desc(), M.id.desc())
        if not has_merged(conn, M):
            attendances = conn.execute(select(func.count()).select_from(A).where(A.person_id.in_(ids))).scalar()
            meetings = conn.execute(select(func.max(M.id))).scalar() or 0
            if attendances * WALK_SHARE >= meetings:
                # At one meeting in WALK_SHARE or more (the busiest official: one in nine of 1M), walk
                # the date index and look each meeting up in the person's own index: the first page
                # after a few hundred meetings, instead of fetching and sorting all 114,000 of theirs.
                mine = exists(select(literal(1)).where(A.meeting_id == M.id, A.person_id.in_(ids), visible(A)))
                return meeting_rows(conn, select(*_ROW_COLUMNS).where(mine).order_by(*order)
                                    .limit(limit).offset(offset))
        attended = select(A.meeting_id).where(A.person_id.in_(ids), visible(A))
        return meeting_rows(conn, select(*_ROW_COLUMNS).where(*canonical_meetings(attended))
                            .order_by(*order).limit(limit).offset(offset))


WALK_SHARE = 200  # person_meetings walks the date index for people at one meeting in this many or more


def person_meeting_count(engine: Engine, person_id: int) -> int:
    P, A, M = models.Person, models.Attendance, models.Meeting
    with engine.connect() as conn:
        ids = cluster(conn, P, person_id)
        if not ids:
            return 0
        if not has_merged(conn, M):  # every meeting is its own: count them in the person's index alone
            return conn.execute(select(func.count(distinct(A.meeting_id))).where(A.person_id.in_(ids), visible(A))
                                ).scalar() or 0
        attended = select(A.meeting_id).where(A.person_id.in_(ids), visible(A))
        return conn.execute(select(func.count()).select_from(M).where(*canonical_meetings(attended))).scalar() or 0


def _hidden_attendance():
    from whomet.store.overlay import hidden_rows

    return hidden_rows("attendance")


# -- stats ---------------------------------------------------------------------

def stats(engine: Engine, top: int = 10) -> Stats:
    tables = {}
    M, D, A, P = models.Meeting, models.Delegation, models.Attendance, models.Person
    with engine.connect() as conn:
        for name, table in (("sources", models.Source), ("meetings", M), ("delegations", D), ("attendances", A),
                            ("people", P), ("organizations", models.Organization),
                            ("agreements", models.Agreement), ("awards", models.Award), ("topics", models.Topic)):
            # Extraction + judgements: merged records count once, hidden facts not at all.
            where = [table.canonical_id.is_(None)] if table in (M, P, models.Organization) else []
            if table in (A, models.Agreement, models.Award):
                where = [visible(table)]
            tables[name] = conn.execute(select(func.count()).select_from(table).where(*where)).scalar()
        # Two queries: each of min() and max() alone is one step down the date index.
        first = conn.execute(select(func.min(M.date))).scalar()
        last = conn.execute(select(func.max(M.date))).scalar()
        # Meetings per side and per person, counted in SQL. A meeting from two sources counts once
        # and merged records are one person; when nothing is merged (the usual store) the ids are
        # their own canonical ids, so the counts read the (side, meeting) and (person, meeting)
        # indexes alone, without a join per row: 0.1 s instead of 1.5 s of CPU at 100k meetings.
        merged_meetings, merged_people = has_merged(conn, M), has_merged(conn, P)
        side_meeting = canonical(M) if merged_meetings else D.meeting_id
        one = func.count(distinct(side_meeting))
        sides = select(D.side, one.label("n"))
        if merged_meetings:
            sides = sides.join(M, M.id == D.meeting_id)
        top_sides = conn.execute(sides.group_by(D.side).order_by(one.desc(), D.side).limit(top)).all()
        who = canonical(P) if merged_people else A.person_id
        per_person = select(who.label("who"), func.count(distinct(canonical(M) if merged_meetings else A.meeting_id))
                            .label("n")).select_from(A)
        if merged_people:
            per_person = per_person.join(P, P.id == A.person_id)
        if merged_meetings:
            per_person = per_person.join(M, M.id == A.meeting_id)
        counted = per_person.where(visible(A)).group_by(who).subquery()
        Top = models.Person.__table__.alias("top")
        top_people = conn.execute(select(Top.c.name, Top.c.side, counted.c.n).join(counted, counted.c.who == Top.c.id)
                                  .order_by(counted.c.n.desc(), Top.c.name).limit(top)).all()
    return Stats(tables, first, last, [tuple(r) for r in top_sides], [tuple(r) for r in top_people])
