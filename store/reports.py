"""A side's or an organisation's record: counterparts per other side, activity per year, people."""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine, String, case, distinct, extract, func, select

from whomet.store import models
from whomet.store.overlay import canonical, canonical_meetings, cluster, visible
from whomet.store.sides import side_name


@dataclass(frozen=True)
class SideActivity:
    """What one side (or organisation) did with another side."""

    side: str
    side_name: str
    meetings: int
    agreements: int
    awards: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class ReportPerson:
    id: int
    name: str
    side: str | None
    organization: str | None
    meetings: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class GroupReport:
    """A side's or an organisation's record: counterparts per other side, activity per year, people."""

    kind: str  # side | organization
    key: str  # side code or organisation id
    name: str
    side: str | None
    meetings: int
    agreements: int
    awards: int
    first: dt.date | None
    last: dt.date | None
    per_year: dict[int, int]
    counterparts: list[SideActivity]
    people: list[ReportPerson]
    organizations: list[tuple[int, str, int]] = field(default_factory=list)


def side_report(engine: Engine, code: str, people_limit: int = 300) -> GroupReport:
    return _report(engine, "side", code, people_limit)


def organization_report(engine: Engine, organization_id: int, people_limit: int = 300) -> GroupReport | None:
    return _report(engine, "organization", int(organization_id), people_limit)


def _report(engine: Engine, kind: str, key, people_limit: int) -> GroupReport | None:
    M, D, A, P, O = models.Meeting, models.Delegation, models.Attendance, models.Person, models.Organization
    Ag, AP, W = models.Agreement, models.AgreementParty, models.Award
    with engine.connect() as conn:
        if kind == "side":
            own_side, name = key, side_name(key)
            mine = D.side == key
        else:
            ids = cluster(conn, O, key)  # every record judged the same organisation
            if not ids:
                return None
            key = ids[0]
            org = conn.execute(select(O.name, O.country_code).where(O.id == key)).first()
            name, own_side = org.name, org.country_code
            mine = D.organization_id.in_(ids)
        own = select(D.meeting_id).where(mine)
        ours = canonical_meetings(own)  # one meeting from two sources counts once
        n, n_agreements, n_awards, first, last = conn.execute(
            select(func.count(), func.coalesce(func.sum(M.n_agreements), 0), func.coalesce(func.sum(M.n_awards), 0),
                   func.min(M.date), func.max(M.date)).where(*ours)).one()
        year = extract("year", M.date)
        per_year = {int(y): c for y, c in conn.execute(
            select(year, func.count()).where(*ours, M.date.is_not(None)).group_by(year).order_by(year))}
        # Counterpart sides: the other delegations of the same meetings, aggregated by the database.
        other = D.__table__.alias("other")
        per_side = conn.execute(
            select(other.c.side, func.count(distinct(func.coalesce(M.canonical_id, M.id))), func.min(M.date),
                   func.max(M.date))
            .join(M, M.id == other.c.meeting_id)
            .where(other.c.meeting_id.in_(own), other.c.side != (own_side or "")).group_by(other.c.side)).all()
        agreements = Counter()
        for side, k in conn.execute(select(AP.side, func.count(distinct(Ag.id))).join(Ag, Ag.id == AP.agreement_id)
                                    .where(Ag.meeting_id.in_(own), AP.side != (own_side or ""), visible(Ag))
                                    .group_by(AP.side)):
            agreements[side] = k
        awards = Counter()
        for giver, recipient, k in conn.execute(select(W.giver_side, W.recipient_side, func.count())
                                                .where(W.meeting_id.in_(own), visible(W))
                                                .group_by(W.giver_side, W.recipient_side)):
            for side in {giver, recipient} - {own_side, None}:
                awards[side] += k
        counterparts = [SideActivity(side, side_name(side), k, agreements[side], awards[side], lo, hi)
                        for side, k, lo, hi in per_side]
        counterparts.sort(key=lambda c: (-c.meetings, c.side))
        people = _people(conn, kind, name, mine, people_limit, 0) if people_limit else []
        orgs = []
        if kind == "side":
            Org = models.Organization.__table__.alias("top_org")
            k = func.count(distinct(D.meeting_id))
            orgs = [tuple(r) for r in conn.execute(
                select(Org.c.id, Org.c.name, k).select_from(D).join(O, D.organization_id == O.id)
                .join(Org, Org.c.id == canonical(O))
                .where(D.side == key).group_by(Org.c.id, Org.c.name)
                .order_by(k.desc(), Org.c.name).limit(100))]
    return GroupReport(kind, str(key), name, own_side, n, int(n_agreements), int(n_awards), first, last,
                       per_year, counterparts, people, orgs)


def _people_stmt(mine):
    """Its people: who attended in its delegations (every record resolved to one person counted as
    them, one meeting from two sources once), with the organisation of their latest meeting for it
    (max over "date<US>organisation", in the same grouped query), most meetings first."""
    M, D, A, P = models.Meeting, models.Delegation, models.Attendance, models.Person
    latest = func.max(case((D.organization_name.is_not(None),  # NULLs drop out of max()
                            func.coalesce(func.cast(M.date, String), "") + "\x1f" + D.organization_name)))
    Top = models.Person.__table__.alias("top")
    met = func.count(distinct(func.coalesce(M.canonical_id, M.id)))
    return (select(Top.c.id, Top.c.name, Top.c.side, met.label("n"), func.min(M.date), func.max(M.date), latest)
            .select_from(A).join(P, A.person_id == P.id).join(Top, Top.c.id == canonical(P))
            .join(D, D.id == A.delegation_id).join(M, M.id == A.meeting_id)
            .where(mine, visible(A)).group_by(Top.c.id, Top.c.name, Top.c.side)
            .order_by(met.desc(), Top.c.name, Top.c.id))


def _people(conn, kind: str, name: str, mine, limit: int | None, offset: int) -> list[ReportPerson]:
    rows = conn.execute(_people_stmt(mine).limit(limit).offset(offset)).all()
    return [ReportPerson(r[0], r[1], r[2], ((r[6].split("\x1f", 1)[1] or None) if r[6] else None)
                         or (name if kind == "organization" else None), r[3], r[4], r[5]) for r in rows]


def _mine(conn, kind: str, key):
    """(the delegations condition, its name) for a side code or an organisation id; None if unknown."""
    D, O = models.Delegation, models.Organization
    if kind == "side":
        return D.side == key, side_name(key)
    ids = cluster(conn, O, int(key))  # every record judged the same organisation
    if not ids:
        return None
    org = conn.execute(select(O.name).where(O.id == ids[0])).first()
    return D.organization_id.in_(ids), org.name


def people_page(engine: Engine, kind: str, key, limit: int | None, offset: int = 0) -> list[ReportPerson]:
    """A page of a side's or an organisation's people, most meetings first (limit None: all)."""
    with engine.connect() as conn:
        found = _mine(conn, kind, key)
        return _people(conn, kind, found[1], found[0], limit, offset) if found else []
