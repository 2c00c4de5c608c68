"""Extraction + judgements: what every view reads, derived from the active judgements.

The fact tables hold what the extractor or an imported record said, and stay so. From the
active judgements this module derives:

- `canonical_id` on person, organization and meeting: union-find over `same` judgements
  (a `not_same` pair is never joined, even through a third record); the smallest id of a
  cluster is its canonical row (canonical_id NULL), the others point at it. Views group by
  `coalesce(canonical_id, id)`.
- `judged_fact`: fact rows a correction hides (a dropped attendee, an agreement that is
  not one, the original of a corrected attendee) and rows it adds (a corrected attendee's
  replacement, an attendee / agreement / award added by hand). Views skip hidden rows
  (`visible(...)`) and read added rows like any other.
- the denormalised counts of the meetings touched, and their full-text documents.

Deriving from the log (rather than patching) is what makes a merge followed by an
unmerge give back exactly the earlier state, and re-extraction keep every judgement:
subjects are stable keys (store.judgements), re-attached to whatever rows hold them now.
One decision derives again only what it can change: a correction, its release's meetings
(`refresh_source`); a merge or its retraction, the canonical ids (`refresh_identity`); a
log imported or a re-extraction, everything (`rebuild`). tests/test_overlay_refresh.py
holds each equal to a rebuild, so a decision costs the same with ten or ten thousand
judgements in the log.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, bindparam, delete, func, insert, or_, select, update

from whomet.store import fts, models
from whomet.store import judgements as log
from whomet.store.names import fold

_HIDDEN = "hidden"
_ADDED = "added"


# -- what queries use ------------------------------------------------------------

def hidden_rows(table: str):
    """SELECT of the ids of `table`'s rows that corrections hide."""
    JF = models.JudgedFact
    return select(JF.row_id).where(JF.tbl == table, JF.effect == _HIDDEN)


def visible(model) -> object:
    """WHERE clause: the rows of a fact table (Attendance, Agreement, Award) no correction hides."""
    return model.id.not_in(hidden_rows(model.__tablename__))


def canonical(model):
    """The id a person / organisation / meeting row resolves to."""
    return func.coalesce(model.canonical_id, model.id)


def canonical_of(conn: Connection, model, row_id: int) -> int | None:
    row = conn.execute(select(model.id, model.canonical_id).where(model.id == row_id)).first()
    return None if row is None else (row.canonical_id or row.id)


def cluster(conn: Connection, model, row_id: int) -> list[int]:
    """Every row id that resolves to the same entity as `row_id` (canonical first); [] if none."""
    top = canonical_of(conn, model, row_id)
    if top is None:
        return []
    return [top] + [i for (i,) in conn.execute(select(model.id).where(model.canonical_id == top).order_by(model.id))]


def canonical_map(conn: Connection, model) -> dict[int, int]:
    """id -> canonical id, for the (few) rows merged into another."""
    return dict(conn.execute(select(model.id, model.canonical_id).where(model.canonical_id.is_not(None))).all())


def has_merged(conn: Connection, model) -> bool:
    return conn.execute(select(model.id).where(model.canonical_id.is_not(None)).limit(1)).first() is not None


def canonical_meetings(meeting_ids_select):
    """WHERE clauses on Meeting: the canonical meetings of the meetings `meeting_ids_select` yields
    (a meeting merged into another counts as that one)."""
    M = models.Meeting
    other = models.Meeting.__table__.alias("merged")
    # `+ 0`: nearly every canonical_id is NULL, so its index must not lead the query; the
    # merged reports are few, so they are walked through that index.
    return [(M.canonical_id + 0).is_(None),
            or_(M.id.in_(meeting_ids_select),
                M.id.in_(select(other.c.canonical_id).where(other.c.canonical_id.is_not(None),
                                                            other.c.id.in_(meeting_ids_select))))]


# -- rebuilding ------------------------------------------------------------------

@dataclass
class Outcome:
    """What a rebuild did: judgements by status, and the ones that no longer apply."""

    statuses: dict[int, str] = field(default_factory=dict)
    orphaned: list[int] = field(default_factory=list)
    conflicts: list[int] = field(default_factory=list)


def in_use(conn: Connection) -> bool:
    """Whether any judgement exists or anything derived from one is in place."""
    return (conn.execute(select(models.Judgement.id).limit(1)).first() is not None
            or conn.execute(select(models.JudgedFact.id).limit(1)).first() is not None)


def rebuild(conn: Connection) -> Outcome:
    """Derive everything from the active judgements again, in the caller's transaction."""
    touched = undo(conn)
    return apply(conn, touched)


def undo(conn: Connection, scope: set[int] | None = None) -> set[int]:
    """Take away everything judgements derived (or, with a scope, what corrections derived in
    those meetings); returns the meetings whose facts it touched (their documents are out of
    the full-text index until `apply` puts them back)."""
    JF = models.JudgedFact
    mine = [] if scope is None else [JF.meeting_id.in_(sorted(scope))]
    rows = conn.execute(select(JF.tbl, JF.row_id, JF.effect, JF.meeting_id).where(*mine)).all()
    meetings = {r.meeting_id for r in rows if r.meeting_id is not None}
    if scope is None:
        meetings |= merged_tops(conn)  # their counts are of all their reports: counted again by `apply`
    if meetings:
        existing = [m for (m,) in conn.execute(select(models.Meeting.id).where(models.Meeting.id.in_(meetings)))]
        fts.unindex(conn, existing)
    added = defaultdict(list)
    for r in rows:
        if r.effect == _ADDED:
            added[r.tbl].append(r.row_id)
    W, WR, Ag, AP, A, D, P = (models.Award, models.AwardRecipient, models.Agreement, models.AgreementParty,
                              models.Attendance, models.Delegation, models.Person)
    for ids in _chunks(added.get("award", [])):
        conn.execute(delete(WR).where(WR.award_id.in_(ids)))
        conn.execute(delete(W).where(W.id.in_(ids)))
    for ids in _chunks(added.get("agreement", [])):
        conn.execute(delete(AP).where(AP.agreement_id.in_(ids)))
        conn.execute(delete(Ag).where(Ag.id.in_(ids)))
    for ids in _chunks(added.get("attendance", [])):
        conn.execute(delete(A).where(A.id.in_(ids)))
    for ids in _chunks(added.get("delegation", [])):
        conn.execute(delete(D).where(D.id.in_(ids), D.id.not_in(select(A.delegation_id))))
    for ids in _chunks(added.get("person", [])):
        # A person a correction created goes with it, unless an import has used it since.
        conn.execute(delete(P).where(P.id.in_(ids), P.id.not_in(select(A.person_id)),
                                     P.id.not_in(select(WR.person_id)),
                                     P.id.not_in(select(W.giver_id).where(W.giver_id.is_not(None))),
                                     P.id.not_in(select(models.PersonAlias.person_id))))
    conn.execute(delete(JF).where(*mine))
    if scope is None:
        _reset_canonical(conn)
    return meetings


def apply(conn: Connection, touched: set[int] = frozenset()) -> Outcome:
    """Apply the active judgements to a store `undo` has cleared (or that never had any)."""
    J = models.Judgement
    active = log.views(conn, [J.active.is_(True)])
    outcome = Outcome()
    keys = _Keys(conn)
    # Corrections first: the people they add must exist before a merge can name them.
    existing = _corrections(conn, [j for j in active if j.kind in log.CORRECTIONS], keys, outcome, set(touched))
    _identities(conn, active, keys, outcome)
    recount(conn, existing | merged_tops(conn), sides_of=existing)
    fts.index(conn, sorted(existing))
    _save_statuses(conn, outcome)
    return outcome


def _corrections(conn: Connection, judgements: list, keys: "_Keys", outcome: Outcome, touched: set[int]) -> set[int]:
    """Apply corrections and write what they derive; returns the meetings (still in the store)
    whose facts changed: out of the full-text index until the caller indexes them again."""
    states: dict[int, _MeetingState] = {}
    for j in judgements:
        outcome.statuses[j.id] = _correct(conn, j, keys, states)
    fts.unindex(conn, sorted(set(states) - touched))
    for state in states.values():
        state.write(conn, keys)
    meetings = sorted(touched | set(states))
    return {m for (m,) in conn.execute(select(models.Meeting.id).where(models.Meeting.id.in_(meetings)))}


def _identities(conn: Connection, judgements: list, keys: "_Keys", outcome: Outcome) -> None:
    """Canonical ids from the identity judgements among `judgements` (a store whose ids were reset)."""
    for entity, model in (("person", models.Person), ("organization", models.Organization),
                          ("meeting", models.Meeting)):
        _identity(conn, model, [j for j in judgements if j.entity == entity], keys, outcome)


def _reset_canonical(conn: Connection) -> None:
    for model in (models.Person, models.Organization, models.Meeting):
        conn.execute(update(model).where(model.canonical_id.is_not(None)).values(canonical_id=None))


def refresh_source(conn: Connection, source: str) -> Outcome:
    """Apply again the corrections of one release's meetings, after one of them was recorded or
    retracted: what `rebuild` would give for those meetings (tests/test_overlay_refresh.py holds
    the two equal), without redoing every other judgement, so a correction costs the same with
    ten or ten thousand in the log. Corrections only ever touch the meetings of their own
    release (`_correct`), which is what makes the release the unit. When a person the refresh
    takes away or adds is named by an identity judgement, merges must see the new rows: then
    everything is rebuilt."""
    keys = _Keys(conn)
    scope = {mid for _o, mid in keys.source_meetings(source)}
    people_before = _people_added(conn, scope)
    touched = undo(conn, scope)
    J = models.Judgement
    of_source = or_(*(J.subject.startswith(f"{entity}|{source}#", autoescape=True)
                      for entity in sorted(set(log.CORRECTIONS.values()))))
    outcome = Outcome()
    mine = log.views(conn, [J.active.is_(True), J.kind.in_(list(log.CORRECTIONS)), of_source])
    existing = _corrections(conn, mine, keys, outcome, touched)
    recount(conn, existing, sides_of=existing)
    fts.index(conn, sorted(existing))
    _save_statuses(conn, outcome)
    if (people_before | _people_added(conn, scope)) & _people_judged(conn):
        return rebuild(conn)
    return outcome


def refresh_identity(conn: Connection) -> Outcome:
    """Derive canonical ids again from the active identity judgements, after one was recorded or
    retracted: what `rebuild` would give, without re-applying every correction (corrections never
    read canonical ids, and `apply` runs them first, so they stand as they are)."""
    before = merged_tops(conn)
    _reset_canonical(conn)
    J = models.Judgement
    outcome = Outcome()
    _identities(conn, log.views(conn, [J.active.is_(True), J.kind.in_(list(log.IDENTITY))]), _Keys(conn), outcome)
    recount(conn, before | merged_tops(conn))
    _save_statuses(conn, outcome)
    return outcome


def _people_added(conn: Connection, scope: set[int]) -> set[tuple[str, str]]:
    """(side, folded name) of the people corrections in these meetings created."""
    JF, P = models.JudgedFact, models.Person
    return {(side or "", key) for key, side in conn.execute(
        select(P.key, P.side).join(JF, (JF.row_id == P.id) & (JF.tbl == "person"))
        .where(JF.meeting_id.in_(sorted(scope))))}


def _people_judged(conn: Connection) -> set[tuple[str, str]]:
    """(side, folded name) of every person an active identity judgement names."""
    J = models.Judgement
    found = set()
    for subject, other in conn.execute(select(J.subject, J.other).where(
            J.active.is_(True), J.kind.in_(list(log.IDENTITY)), J.entity == "person")):
        for key in (subject, other):
            _entity, side, name = log.split_key(key or "person||")
            found.add((side, name))
    return found


def _chunks(ids: list[int], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _save_statuses(conn: Connection, outcome: Outcome) -> None:
    J = models.Judgement
    current = dict(conn.execute(select(J.id, J.status).where(J.active.is_(True))).all())
    for jid, status in outcome.statuses.items():
        if current.get(jid) != status:
            conn.execute(update(J).where(J.id == jid).values(status=status))
        if status == "orphaned":
            outcome.orphaned.append(jid)
        elif status == "conflict":
            outcome.conflicts.append(jid)


def recount(conn: Connection, meeting_ids, sides_of=frozenset()) -> None:
    """The denormalised counts of these meetings, from their visible facts; a meeting others are
    merged into gets the counts of all its reports together, as its detail shows them
    (queries.meeting_detail), so the list says what opening it shows. `sides_of`: meetings out
    of the full-text index just now (their documents hold `sides`), whose sides are written
    again too, for a delegation a correction added."""
    M, A, Ag, W, D = models.Meeting, models.Attendance, models.Agreement, models.Award, models.Delegation
    tops: set[int] = set()
    for ids in _chunks(sorted(meeting_ids)):
        conn.execute(update(M).where(M.id.in_(ids)).values(
            n_attendees=select(func.count()).where(A.meeting_id == M.id, visible(A)).scalar_subquery(),
            n_agreements=select(func.count()).where(Ag.meeting_id == M.id, visible(Ag)).scalar_subquery(),
            n_awards=select(func.count()).where(W.meeting_id == M.id, visible(W)).scalar_subquery()))
        tops.update(t for (t,) in conn.execute(select(M.canonical_id).where(M.id.in_(ids), M.canonical_id.is_not(None))))
        tops.update(t for (t,) in conn.execute(select(M.canonical_id).where(M.canonical_id.in_(ids)).distinct()))
    _merged_counts(conn, tops)
    for ids in _chunks(sorted(sides_of)):
        sides = defaultdict(set)
        for mid, side in conn.execute(select(D.meeting_id, D.side).where(D.meeting_id.in_(ids))):
            sides[mid].add(side)
        conn.execute(update(M).where(M.id == bindparam("mid")).values(sides=bindparam("joined")),
                     [{"mid": mid, "joined": " · ".join(sorted(sides[mid]))} for mid in ids])


def merged_tops(conn: Connection) -> set[int]:
    """The meetings other reports are merged into."""
    M = models.Meeting
    return {t for (t,) in conn.execute(select(M.canonical_id).where(M.canonical_id.is_not(None)).distinct())}


def _merged_counts(conn: Connection, tops: set[int]) -> None:
    """Counts of merged meetings over all their reports, deduplicated as the detail
    does: a member once per side and (resolved) person, an agreement or award once per folded
    title and kind, each later report adding only what the earlier ones lack."""
    if not tops:
        return
    M, A, D, Ag, W = models.Meeting, models.Attendance, models.Delegation, models.Agreement, models.Award
    canon = canonical_map(conn, models.Person)
    updates = []
    for chunk in _chunks(sorted(tops)):
        parts = defaultdict(list)
        for mid, top in conn.execute(select(M.id, func.coalesce(M.canonical_id, M.id))
                                     .where(or_(M.id.in_(chunk), M.canonical_id.in_(chunk))).order_by(M.id)):
            parts[top].append(mid)
        ids = [m for ms in parts.values() for m in ms]
        delegations = defaultdict(list)  # meeting -> [(delegation id, side)]
        for did, mid, side in conn.execute(select(D.id, D.meeting_id, D.side).where(D.meeting_id.in_(ids))
                                           .order_by(D.meeting_id, D.ordinal)):
            delegations[mid].append((did, side))
        members = defaultdict(list)
        for did, pid in conn.execute(select(A.delegation_id, A.person_id).where(A.meeting_id.in_(ids), visible(A))):
            members[did].append(canon.get(pid, pid))
        facts = {}
        for model, title in ((Ag, Ag.title), (W, W.award)):
            found = defaultdict(list)
            for mid, name, kind in conn.execute(select(model.meeting_id, title, model.kind)
                                                .where(model.meeting_id.in_(ids), visible(model))
                                                .order_by(model.meeting_id, model.ordinal, model.id)):
                found[mid].append((fold(name or ""), kind))
            facts[model] = found
        for top, mids in parts.items():
            mids = [top] + [m for m in mids if m != top]
            sides: list[tuple[str, list[int]]] = []
            for mid in mids:
                for did, side in delegations[mid]:
                    at = next((entry for entry in sides if entry[0] == side), None) if mid != top else None
                    if at is None:
                        sides.append((side, list(members[did])))
                    else:
                        have = set(at[1])
                        at[1].extend(p for p in members[did] if p not in have)
            counts = []
            for model in (Ag, W):
                kept = list(facts[model][top])
                for mid in mids[1:]:
                    seen = set(kept)
                    kept += [f for f in facts[model][mid] if f not in seen]
                counts.append(len(kept))
            updates.append({"mid": top, "n_att": sum(len(ps) for _s, ps in sides), "n_ag": counts[0],
                            "n_aw": counts[1]})
    # `sides` stays the first report's: it is part of the meeting's full-text document.
    conn.execute(update(M).where(M.id == bindparam("mid")).values(
        n_attendees=bindparam("n_att"), n_agreements=bindparam("n_ag"), n_awards=bindparam("n_aw")), updates)


# -- keys -> rows --------------------------------------------------------------------

class _Keys:
    """Stable keys to the rows that hold them now (cached per rebuild)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._meetings: dict[str, int | None] = {}
        self._sources: dict[str, list[tuple[int, int]]] = {}
        self._entities: dict[str, int | None] = {}

    def preload(self, model, alias_model, keys: set[str]) -> None:
        """Look up many person / organisation keys in a few queries (a merge derives every
        canonical id again from all identity judgements: one query per key would make it
        cost a query per judgement ever recorded)."""
        side_col = model.side if model is models.Person else model.country_code
        wanted: dict[tuple[str, str], str] = {}
        for key in keys:
            _entity, side, name = log.split_key(key)
            wanted[(name, side)] = key
        names = sorted({name for name, _side in wanted})
        found: dict[tuple[str, str], int] = {}
        target = alias_model.person_id if alias_model is models.PersonAlias else alias_model.organization_id
        alias_side = alias_model.side if alias_model is models.PersonAlias else alias_model.country_code
        for chunk in _chunks(names):
            # Aliases first, so that a row of the name itself wins over an alias; among several, the smallest id.
            for rid, name, side in self.conn.execute(select(target, alias_model.key, alias_side)
                                                     .where(alias_model.key.in_(chunk)).order_by(target.desc())):
                found[(name, side or "")] = rid
            for rid, name, side in self.conn.execute(select(model.id, model.key, side_col)
                                                     .where(model.key.in_(chunk)).order_by(model.id.desc())):
                found[(name, side or "")] = rid
        for pair, key in wanted.items():
            self._entities[key] = found.get(pair)

    def entity(self, model, alias_model, key: str) -> int | None:
        if key not in self._entities:
            self.preload(model, alias_model, {key})
        return self._entities[key]

    def source_meetings(self, source: str) -> list[tuple[int, int]]:
        """(ordinal, meeting id) of every meeting of a source key, in order."""
        if source not in self._sources:
            M, S, F = models.Meeting, models.Source, models.ImportedFile
            if source.startswith("file="):
                file_sha, _, ordinal = source[5:].rpartition("/")
                ids = select(S.id).join(F, F.id == S.file_id).where(
                    F.sha256 == file_sha, S.ordinal == int(ordinal or 0), S.release_sha256.is_(None))
            else:
                ids = select(S.id).where(S.release_sha256 == source)
            # Sources first (indexed by sha), then their meetings (indexed by source).
            source_ids = [i for (i,) in self.conn.execute(ids)]
            rows = self.conn.execute(select(M.ordinal, M.id).where(M.source_id.in_(source_ids))
                                     .order_by(M.ordinal)).all()
            self._sources[source] = [tuple(r) for r in rows]
        return self._sources[source]

    def meeting(self, key: str) -> int | None:
        """A meeting key (`<source>#<ordinal>`, with or without the `meeting|` prefix) -> meeting id."""
        key = key.removeprefix("meeting|")
        if key not in self._meetings:
            source, _, ordinal = key.rpartition("#")
            found = None
            if ordinal.isdigit():
                found = next((mid for o, mid in self.source_meetings(source) if o == int(ordinal)), None)
            self._meetings[key] = found
        return self._meetings[key]

    def row(self, entity: str, key: str) -> int | None:
        if entity == "person":
            return self.entity(models.Person, models.PersonAlias, key)
        if entity == "organization":
            return self.entity(models.Organization, models.OrganizationAlias, key)
        return self.meeting(key)


# -- identity --------------------------------------------------------------------------

def _identity(conn: Connection, model, judgements: list, keys: _Keys, outcome: Outcome) -> None:
    if model is not models.Meeting:
        alias = models.PersonAlias if model is models.Person else models.OrganizationAlias
        keys.preload(model, alias, {k for j in judgements for k in (j.subject, j.other) if k})
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[int, set[int]] = {}
    apart: list[tuple[int, int]] = []
    pairs = []
    for j in judgements:
        a, b = keys.row(j.entity, j.subject), keys.row(j.entity, j.other)
        if a is None or b is None:
            outcome.statuses[j.id] = "orphaned"
            continue
        pairs.append((j, a, b))
        if j.kind == "not_same":
            apart.append((a, b))
            outcome.statuses[j.id] = "applied" if a != b else "conflict"
        elif j.kind == "unsure":
            outcome.statuses[j.id] = "applied"
    for j, a, b in pairs:
        if j.kind != "same":
            continue
        ra, rb = find(a), find(b)
        if ra == rb:
            outcome.statuses[j.id] = "applied"
            continue
        group_a, group_b = members.get(ra, {ra}), members.get(rb, {rb})
        if any((x in group_a and y in group_b) or (y in group_a and x in group_b) for x, y in apart):
            outcome.statuses[j.id] = "conflict"  # a `not same` pair would end up one: the earlier word stands
            continue
        parent[rb] = ra
        members[ra] = group_a | group_b
        members.pop(rb, None)
        outcome.statuses[j.id] = "applied"
    updates = []
    for root, group in members.items():
        top = min(group)
        updates += [{"row_id": i, "top": top} for i in group if i != top]
    if updates:
        from sqlalchemy import bindparam

        conn.execute(update(model).where(model.id == bindparam("row_id")).values(canonical_id=bindparam("top")),
                     updates)


# -- corrections -------------------------------------------------------------------------

@dataclass
class _Member:
    row_id: int | None  # None: added by a judgement
    delegation: int  # a delegation id, or a negative key of a delegation still to be written
    name: str
    rank: str | None
    position: str | None
    head: bool
    span: tuple | None
    ordinal: int
    person_id: int | None
    hidden: bool = False
    changed: bool = False
    by: int | None = None  # the judgement that last touched it


@dataclass
class _Fact:
    """An agreement or an award: hidden, or added with its values."""

    row_id: int | None
    key: str
    values: dict
    hidden: bool = False
    by: int | None = None


class _MeetingState:
    def __init__(self, conn: Connection, meeting_id: int):
        D, A, Ag, W = models.Delegation, models.Attendance, models.Agreement, models.Award
        self.meeting_id = meeting_id
        self.delegations = {d.id: d.side for d in conn.execute(
            select(D.id, D.side).where(D.meeting_id == meeting_id).order_by(D.ordinal))}
        self.next_ordinal = conn.execute(select(func.max(D.ordinal)).where(D.meeting_id == meeting_id)).scalar() or 0
        self.new_delegations: dict[int, tuple[str, int | None]] = {}
        self.members = [
            _Member(a.id, a.delegation_id, a.name, a.rank, a.position, a.head,
                    (a.span_start, a.span_end) if a.span_start is not None else None, a.ordinal, a.person_id)
            for a in conn.execute(select(A).where(A.meeting_id == meeting_id).order_by(A.delegation_id, A.ordinal))]
        self.original = {m.row_id: (m.delegation, m.rank, m.position, m.head) for m in self.members}
        self.agreements = [_Fact(g.id, fold(g.title or ""), {}) for g in
                           conn.execute(select(Ag.id, Ag.title).where(Ag.meeting_id == meeting_id).order_by(Ag.ordinal))]
        self.awards = [_Fact(w.id, fold(w.award or ""), {}) for w in
                       conn.execute(select(W.id, W.award).where(W.meeting_id == meeting_id).order_by(W.ordinal))]

    def side_of(self, delegation: int) -> str:
        return self.delegations.get(delegation) or self.new_delegations[delegation][0]

    def delegation_for(self, side: str, by: int) -> int:
        for did, dside in self.delegations.items():
            if dside == side:
                return did
        for did, (dside, _by) in self.new_delegations.items():
            if dside == side:
                return did
        did = -(len(self.new_delegations) + 1)
        self.new_delegations[did] = (side, by)
        return did

    def find(self, name_key: str, span) -> list[_Member]:
        found = [m for m in self.members if not m.hidden and fold(m.name) == name_key]
        if span and len(found) > 1:
            exact = [m for m in found if m.span and list(m.span) == list(span)]
            found = exact or found
        return found

    def write(self, conn: Connection, keys: _Keys) -> None:
        D, A, JF = models.Delegation, models.Attendance, models.JudgedFact
        mark = []
        ids: dict[int, int] = {}
        for tmp, (side, by) in self.new_delegations.items():
            self.next_ordinal += 1
            ids[tmp] = conn.execute(insert(D).values(meeting_id=self.meeting_id, ordinal=self.next_ordinal,
                                                     side=side, host=False)).inserted_primary_key[0]
            mark.append(("delegation", ids[tmp], _ADDED, by))
        ordinals: dict[int, int] = defaultdict(int)
        for m in self.members:
            ordinals[m.delegation] = max(ordinals[m.delegation], m.ordinal)
        for m in self.members:
            if m.row_id is not None:
                if m.hidden:
                    mark.append(("attendance", m.row_id, _HIDDEN, m.by))
                    continue
                if (m.delegation, m.rank, m.position, m.head) == self.original[m.row_id]:
                    continue
                mark.append(("attendance", m.row_id, _HIDDEN, m.by))
            elif m.hidden:
                continue
            delegation = ids.get(m.delegation, m.delegation)
            side = self.side_of(m.delegation)
            if m.row_id is not None and m.delegation == self.original[m.row_id][0]:
                ordinal = m.ordinal  # a corrected attendee keeps its place
            else:
                ordinals[m.delegation] += 1
                ordinal = ordinals[m.delegation]
            person_id, created = _person(conn, m.name, side)
            if created:
                mark.append(("person", person_id, _ADDED, m.by))
            span = m.span or (None, None)
            row_id = conn.execute(insert(A).values(
                delegation_id=delegation, meeting_id=self.meeting_id, person_id=person_id, ordinal=ordinal,
                name=m.name, rank=m.rank, position=m.position, head=m.head,
                span_start=span[0], span_end=span[1])).inserted_primary_key[0]
            mark.append(("attendance", row_id, _ADDED, m.by))
        for table, facts in (("agreement", self.agreements), ("award", self.awards)):
            for f in facts:
                if f.row_id is not None and f.hidden:
                    mark.append((table, f.row_id, _HIDDEN, f.by))
                elif f.row_id is None and not f.hidden:
                    for row in _insert_fact(conn, table, self.meeting_id, f.values, len(facts)):
                        mark.append((*row, f.by))
        if mark:
            conn.execute(insert(JF), [{"judgement_id": by, "tbl": t, "row_id": r, "effect": e,
                                       "meeting_id": self.meeting_id} for t, r, e, by in mark])


def _person(conn: Connection, name: str, side: str | None) -> tuple[int, bool]:
    """The person (folded name, side) resolves to, created if new: (id, created)."""
    P, PA = models.Person, models.PersonAlias
    key = fold(name)
    side_is = (lambda col: col.is_(None) if side is None else col == side)
    row = conn.execute(select(P.id).where(P.key == key, side_is(P.side))).first()
    if row is None:
        row = conn.execute(select(PA.person_id).where(PA.key == key, side_is(PA.side))).first()
    if row is not None:
        return row[0], False
    return conn.execute(insert(P).values(name=name, key=key, side=side)).inserted_primary_key[0], True


def _insert_fact(conn: Connection, table: str, meeting_id: int, v: dict, ordinal: int):
    span = v.get("span") or (None, None)
    if table == "agreement":
        Ag, AP = models.Agreement, models.AgreementParty
        gid = conn.execute(insert(Ag).values(meeting_id=meeting_id, ordinal=ordinal, title=v.get("title"),
                                             kind=v.get("kind") or "other", span_start=span[0],
                                             span_end=span[1])).inserted_primary_key[0]
        for i, side in enumerate(v.get("parties") or []):
            conn.execute(insert(AP).values(agreement_id=gid, ordinal=i, side=side))
        yield ("agreement", gid, _ADDED)
        return
    W, WR = models.Award, models.AwardRecipient
    giver_id = None
    if v.get("giver"):
        giver_id, created = _person(conn, v["giver"], v.get("giver_side"))
        if created:
            yield ("person", giver_id, _ADDED)
    wid = conn.execute(insert(W).values(
        meeting_id=meeting_id, ordinal=ordinal, award=v.get("award"), kind=v.get("kind") or "other",
        giver_id=giver_id, giver_name=v.get("giver"), giver_side=v.get("giver_side"),
        recipient_group=v.get("recipient_group"), recipient_side=v.get("recipient_side"),
        span_start=span[0], span_end=span[1])).inserted_primary_key[0]
    for i, name in enumerate(v.get("recipients") or []):
        pid, created = _person(conn, name, v.get("recipient_side"))
        if created:
            yield ("person", pid, _ADDED)
        conn.execute(insert(WR).values(award_id=wid, ordinal=i, person_id=pid, name=name))
    yield ("award", wid, _ADDED)


def _correct(conn: Connection, j, keys: _Keys, states: dict) -> str:
    """Apply one correction to the in-memory state of its meeting; returns its status."""
    entity, meeting, name_key = log.split_key(j.subject)
    value = j.value or {}
    meeting_id = keys.meeting(meeting)
    adding = j.kind.startswith("add_")

    if adding:
        if meeting_id is None:
            return "orphaned"
        state = states.setdefault(meeting_id, None) or _MeetingState(conn, meeting_id)
        states[meeting_id] = state
        if j.kind == "add_attendee":
            side = value.get("side")
            if not value.get("name") or not side:
                return "orphaned"
            if any(not m.hidden and fold(m.name) == name_key and state.side_of(m.delegation) == side
                   for m in state.members):
                return "redundant"  # the extractor finds them now
            did = state.delegation_for(side, j.id)
            state.members.append(_Member(None, did, value["name"], value.get("rank"), value.get("position"),
                                         bool(value.get("head")), tuple(value["span"]) if value.get("span") else None,
                                         0, None, by=j.id))
            return "applied"
        facts = state.agreements if j.kind == "add_agreement" else state.awards
        if any(not f.hidden and f.key == name_key for f in facts):
            return "redundant"
        facts.append(_Fact(None, name_key, value, by=j.id))
        return "applied"

    # A fact of a meeting: look in that meeting first; after a re-extraction that moved it,
    # in the one meeting of the same release that has it.
    source = meeting.rpartition("#")[0]
    candidates = ([meeting_id] if meeting_id is not None else []) + [
        mid for _o, mid in keys.source_meetings(source) if mid != meeting_id]
    for mid in candidates:
        state = states.get(mid) or _MeetingState(conn, mid)
        if entity == "attendee":
            found = state.find(name_key, value.get("span"))
        else:
            found = [f for f in (state.agreements if entity == "agreement" else state.awards)
                     if not f.hidden and f.key == name_key]
        if found:
            states[mid] = state
            return _change(state, j, found)
    return "orphaned"


def _change(state: _MeetingState, j, found: list) -> str:
    value = j.value or {}
    for item in found:
        item.by = j.id
        if j.kind in ("drop", "not_agreement", "not_award"):
            item.hidden = True
        elif j.kind == "side":
            item.delegation = state.delegation_for(value["side"], j.id)
        elif j.kind == "head":
            for other in state.members:
                if other.delegation == item.delegation and other is not item and other.head and not other.hidden:
                    other.head, other.by = False, j.id
            item.head = True
        elif j.kind == "not_head":
            item.head = False
        elif j.kind == "rank":
            item.rank = value.get("rank") or None
        elif j.kind == "position":
            item.position = value.get("position") or None
    return "applied"
