"""Finding things by what the user typed: people by name, meetings by full text, and jump
targets (people, organisations, sides, meetings) for the command palette.

One fuzzy matcher (`closest`) serves every lookup, so a typo is forgiven the same way everywhere.
"""

from dataclasses import dataclass

from sqlalchemy import Engine, and_, func, or_, select

from whomet.store import fts, like, models
from whomet.store.filters import side_codes
from whomet.store.limits import check_query
from whomet.store.names import fold
from whomet.store.overlay import canonical_map
from whomet.store.queries import (PersonHit, SearchResult, _meeting_counts, meeting_row_columns, meeting_rows)
from whomet.store.sides import side_name

FUZZY_CUTOFF = 75  # rapidfuzz score (0-100) below which a name is not offered


def closest(key: str, choices: dict, limit: int, part: bool = False) -> list[tuple[object, float]]:
    """(choice key, score) of the folded names closest to `key`, best first; a typo or another word order.
    `part`: `key` may be one misspelt word of a longer name ('bachurn'), for suggestions."""
    from rapidfuzz import fuzz, process  # only when exact and contained matches fell short

    scorer = fuzz.WRatio if part else fuzz.token_set_ratio
    return [(k, float(score)) for _name, score, k in
            process.extract(key, choices, scorer=scorer, limit=limit, score_cutoff=FUZZY_CUTOFF)]


def find_people(engine: Engine, query: str, limit: int = 20, side: str | None = None) -> list[PersonHit]:
    """People by name: exact (folded) first, then aliases, then words contained, then fuzzy."""
    P, PA = models.Person, models.PersonAlias
    key = fold(check_query(query))
    if not key:
        return []
    with engine.connect() as conn:
        where = [] if side is None else [P.side == side]
        found: dict[int, tuple[str, str | None, float]] = {}
        for pid, name, pside in conn.execute(select(P.id, P.name, P.side).where(P.key == key, *where)):
            found[pid] = (name, pside, 100.0)
        for pid, name, pside in conn.execute(select(P.id, P.name, P.side).join(PA, PA.person_id == P.id)
                                             .where(PA.key == key, *where)):
            found.setdefault(pid, (name, pside, 99.0))
        if len(found) < limit:
            words = key.split()
            cond = and_(*[P.key.like(like.contains(w), escape=like.ESCAPE) for w in words])
            for pid, name, pside in conn.execute(select(P.id, P.name, P.side).where(cond, *where).limit(limit * 5)):
                found.setdefault(pid, (name, pside, 90.0))
        if len(found) < limit:
            candidates = {row.id: row for row in conn.execute(select(P.id, P.key, P.name, P.side).where(*where))}
            for pid, score in closest(key, {pid: row.key for pid, row in candidates.items()}, limit):
                row = candidates[pid]
                found.setdefault(pid, (row.name, row.side, score * 0.85))
        # Records judged the same person are one hit, under the canonical record's name.
        canon = canonical_map(conn, P)
        if canon:
            merged: dict[int, tuple[str, str | None, float]] = {}
            tops = {canon.get(pid, pid) for pid in found}
            names = {pid: (name, pside) for pid, name, pside in conn.execute(
                select(P.id, P.name, P.side).where(P.id.in_(tops)))}
            for pid, (_name, _side, score) in found.items():
                top = canon.get(pid, pid)
                if top not in merged or merged[top][2] < score:
                    merged[top] = (*names[top], score)
            found = merged
        counts = _meeting_counts(conn, list(found))
    hits = [PersonHit(pid, name, pside, counts.get(pid, 0), score) for pid, (name, pside, score) in found.items()]
    hits.sort(key=lambda h: (-h.score, -h.meetings, h.name))
    return hits[:limit]


@dataclass(frozen=True)
class PersonLookup:
    """What a name given on a command line names: one person (`match`, found by `how`: 'name',
    'alias' or 'words'), several (`candidates`, to choose from), or nobody (`near`: the closest
    names, offered, never taken)."""

    query: str
    match: PersonHit | None
    how: str
    candidates: list[PersonHit]
    near: list[PersonHit]


def lookup_person(engine: Engine, query: str, side: str | None = None, limit: int = 200) -> PersonLookup:
    """One person by name, without guessing: the exact name or alias; else every person whose
    name holds each word typed as a whole word ('Ivan' -> every Ivan); else nobody."""
    P, PA = models.Person, models.PersonAlias
    key = fold(check_query(query))  # a paste gone wrong is one clear line, not a query SQLite refuses
    if not key:
        return PersonLookup(query, None, "", [], [])
    where = [] if side is None else [P.side == side]
    with engine.connect() as conn:
        exact = conn.execute(select(P.id, P.name, P.side).where(P.key == key, *where)).all()
        how = "name"
        if not exact:
            exact = conn.execute(select(P.id, P.name, P.side).join(PA, PA.person_id == P.id)
                                 .where(PA.key == key, *where).distinct()).all()
            how = "alias"
        rows = exact
        if not rows:
            words = key.split()
            from whomet.store import like

            near = conn.execute(select(P.id, P.name, P.side, P.key).where(
                and_(*[P.key.like(like.contains(w), escape=like.ESCAPE) for w in words]), *where)
                .limit(limit * 20)).all()
            rows = [r[:3] for r in near if set(words) <= set(r.key.split())][:limit]
            how = "words"
        counts = _meeting_counts(conn, [r[0] for r in rows])
    hits = sorted((PersonHit(pid, name, pside, counts.get(pid, 0)) for pid, name, pside in rows),
                  key=lambda h: (-h.meetings, h.name, h.id))
    if len(hits) == 1:
        return PersonLookup(query, hits[0], how, hits, [])
    if hits:
        return PersonLookup(query, None, how, hits, [])
    with engine.connect() as conn:
        candidates = {row.id: row for row in conn.execute(select(P.id, P.key, P.name, P.side).where(*where))}
        near_ids = [pid for pid, _score in closest(key, {pid: row.key for pid, row in candidates.items()}, 5, part=True)]
        counts = _meeting_counts(conn, near_ids)
    near = [PersonHit(pid, candidates[pid].name, candidates[pid].side, counts.get(pid, 0)) for pid in near_ids]
    return PersonLookup(query, None, "", [], near)


def search(engine: Engine, text: str, limit: int = 50) -> SearchResult:
    M = models.Meeting
    people = find_people(engine, text, limit=min(limit, 20)) if text.strip() else []
    people = [p for p in people if p.score >= 75]
    if not fts.tokens(text):
        return SearchResult([], people)
    with engine.connect() as conn:
        ranked = fts.ranked(text, limit, engine.dialect.name).subquery()
        stmt = select(*meeting_row_columns()).join(ranked, ranked.c.meeting_id == M.id).order_by(ranked.c.score)
        meetings = meeting_rows(conn, stmt)
    return SearchResult(meetings, people)


@dataclass(frozen=True)
class Target:
    kind: str  # person | organization | side | meeting
    key: str  # person id, organization id, side code, meeting id
    label: str
    help: str


def jump_targets(engine: Engine, query: str, limit: int = 8) -> list[Target]:
    """People, organisations, sides and meetings whose names match what the user typed."""
    query = query.strip()
    if not query:
        return []
    out: list[Target] = []
    for hit in find_people(engine, query, limit=limit):
        out.append(Target("person", str(hit.id), hit.name,
                          f"person · {hit.side or '?'} · {hit.meetings} meeting{'s' * (hit.meetings != 1)}"))
    key = fold(query)
    O, D = models.Organization, models.Delegation
    with engine.connect() as conn:
        orgs = conn.execute(select(O.id, O.name, O.country_code).where(
            or_(O.key.like(like.contains(key), escape=like.ESCAPE),
                func.lower(O.acronym).like(like.contains(key), escape=like.ESCAPE))).order_by(O.name).limit(limit)).all()
        if not orgs:  # nothing contains the words: the closest names, fuzzily (a typo, another word order)
            every = conn.execute(select(O.id, O.name, O.country_code, O.key)).all()
            by_id = {row.id: row for row in every}
            orgs = [(oid, by_id[oid].name, by_id[oid].country_code)
                    for oid, _score in closest(key, {row.id: row.key for row in every}, limit)]
        for oid, name, side in orgs:
            out.append(Target("organization", str(oid), name, f"organization · {side or '?'}"))
        used = {s for (s,) in conn.execute(select(D.side).distinct())}
    for code in side_codes(engine, query):
        if code in used:
            out.append(Target("side", code, f"{side_name(code)} ({code})", "side"))
    for code in used:
        if key in fold(side_name(code)) and not any(t.kind == "side" and t.key == code for t in out):
            out.append(Target("side", code, f"{side_name(code)} ({code})", "side"))
    if fts.tokens(query):
        M = models.Meeting
        with engine.connect() as conn:
            ranked = fts.ranked(query, limit, engine.dialect.name).subquery()
            stmt = select(*meeting_row_columns()).join(ranked, ranked.c.meeting_id == M.id).order_by(ranked.c.score)
            for row in meeting_rows(conn, stmt):
                out.append(Target("meeting", str(row.id), row.title or "(untitled meeting)",
                                  f"meeting · {row.date or '?'} · {row.place} · {row.sides}"))
    return out
