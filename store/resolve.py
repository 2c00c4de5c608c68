"""Automatic resolution, conservative by design: likely pairs of people, organisations and
meetings with the evidence for each, and `same` judgements (source auto) for those a rule is
sure of.

People: one side always; names equal after the transliteration variants of
data/name_variants.json (Aleksandr/Alexander, -iy/-y, -yev/-ev ...), or an initial for a
full given name ("E. Misiūnas" / "Eimutis Misiūnas") when only one full name fits; and
context: the same release, the same organisation, the same position, or the same meeting.
String similarity alone is never evidence: "Igor Zubov" / "Igor Zubkov" of one ministry is
offered for review ("spelling only"), never merged.

Organisations: one side; the same name once the side's own country words are taken out
("MIA of Russia" / "Russian MIA"), or an acronym that expands to exactly one full name of
that side ("MIA" / "Ministry of Internal Affairs of the Russian Federation").

Meetings (one meeting reported by both sides' press offices): the same date and sides, no
contradicting city, and the people agree: every side named in both shares someone, and at
least two people are shared. Never when they only might.

Pairs any judgement has spoken about (same, not same, unsure, or an auto-merge undone) are
never proposed or merged again.
"""

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations, groupby

from sqlalchemy import Engine, and_, func, or_, select

from whomet.store import judgements as log
from whomet.store import models, overlay
from whomet.store.names import fold

STOP = frozenset({"of", "the", "and", "for", "on", "in", "at", "de", "du", "la", "del"})


@dataclass(frozen=True)
class Candidate:
    kind: str  # person | organization | meeting
    a: int  # canonical ids
    b: int
    a_label: str
    b_label: str
    rule: str  # the rule that matched (variant, initial, acronym, country words, spelling only, ...)
    evidence: tuple[str, ...]
    score: float
    auto: bool  # strong enough to merge without asking


@dataclass
class AutoReport:
    merged: list[Candidate] = field(default_factory=list)
    people_before: int = 0
    people_after: int = 0
    organizations_before: int = 0
    organizations_after: int = 0
    meetings_before: int = 0
    meetings_after: int = 0
    conflicts: int = 0


# -- names -------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _variants():
    data = json.loads(resources.files("whomet.store").joinpath("data/name_variants.json").read_text(encoding="utf-8"))
    given = {}
    for group in data["given_names"]:
        for name in group:
            given[name] = group[0]
    endings = [(name, re.compile(pattern), repl) for name, pattern, repl in data["surname_endings"]]
    return given, endings


def given_form(token: str) -> tuple[str, str | None]:
    """(normal form, rule) of a folded given name."""
    given, _ = _variants()
    if token in given:
        return given[token], (None if given[token] == token else f"{token}~{given[token]}")
    return token, None


def surname_form(token: str) -> tuple[str, list[str]]:
    """(normal form, rules applied) of a folded surname."""
    _, endings = _variants()
    rules = []
    for name, pattern, repl in endings:
        new = pattern.sub(repl, token)
        if new != token:
            rules.append(name)
            token = new
    return token, rules


@dataclass(frozen=True)
class Name:
    given: str | None  # folded
    middle: tuple[str, ...]
    surname: str
    initial: bool  # the given name is an initial

    @classmethod
    def parse(cls, name: str) -> "Name | None":
        tokens = fold(name).split()
        if not tokens:
            return None
        if len(tokens) == 1:
            return cls(None, (), tokens[0], False)
        return cls(tokens[0], tuple(tokens[1:-1]), tokens[-1], len(tokens[0]) == 1)


def name_match(x: Name, y: Name) -> tuple[str, str] | None:
    """(rule, detail) when two names are one under the variant tables; None otherwise."""
    sx, rx = surname_form(x.surname)
    sy, ry = surname_form(y.surname)
    if sx != sy or x.given is None or y.given is None:
        return None
    rules = sorted(set(rx) ^ set(ry)) if x.surname != y.surname else []
    if x.initial or y.initial:
        if x.initial and y.initial:
            return None
        short, full = (x, y) if x.initial else (y, x)
        if full.given[0] != short.given:
            return None
        return "initial", f"{short.given}. = {full.given}" + (f"; surname {'/'.join(rules)}" if rules else "")
    gx, gy = given_form(x.given), given_form(y.given)
    if gx[0] != gy[0]:
        return None
    mx = tuple(given_form(t)[0] for t in x.middle)
    my = tuple(given_form(t)[0] for t in y.middle)
    if mx and my and [surname_form(t)[0] for t in mx] != [surname_form(t)[0] for t in my]:
        return None  # different patronymics
    details = []
    if x.given != y.given:
        details.append(f"given {x.given}~{y.given}")
    if rules:
        details.append(f"surname {'/'.join(rules)}")
    if not details:
        return None  # the same folded name: the store keys them as one already (or differs in middle names only)
    return "variant", "; ".join(details)


# -- the facts about each record ----------------------------------------------------------

@dataclass
class _Person:
    id: int  # canonical
    name: str
    side: str
    names: set = field(default_factory=set)
    sources: set = field(default_factory=set)
    orgs: dict = field(default_factory=dict)  # canonical organisation id -> a name it was written as
    positions: set = field(default_factory=set)
    meetings: set = field(default_factory=set)


def _people(conn) -> dict[int, _Person]:
    """Every person (canonical, with a side) and every name written for them. Their facts (releases,
    organisations, positions, meetings) are read later, by `_read_context`, only for the people a
    name rule pairs: the distinct names are aggregated in SQL, so nothing per attendance reaches
    Python (1M meetings: 5M attendances, a few thousand people)."""
    P, A = models.Person, models.Attendance
    people: dict[int, _Person] = {}
    rows = conn.execute(select(P.id, P.canonical_id, P.name, P.side)).all()
    top = {pid: canon or pid for pid, canon, _name, _side in rows}
    for pid, canon, name, side in rows:
        if canon is None and side:
            people[pid] = _Person(pid, name, side)
    for pid, canon, name, side in rows:
        if canon is not None and canon in people:
            people[canon].names.add(name)
    for p in people.values():
        p.names.add(p.name)
    for pid, name in conn.execute(select(A.person_id, A.name).where(overlay.visible(A)).distinct()):
        p = people.get(top.get(pid, pid))
        if p is not None:
            p.names.add(name)
    return people


def _read_context(conn, people: dict[int, _Person], wanted: set[int]) -> None:
    """Fill in the releases, organisations, positions and meetings of the people `wanted` (canonical ids)."""
    P, A, M, D, O = models.Person, models.Attendance, models.Meeting, models.Delegation, models.Organization
    wanted = sorted(i for i in wanted if i in people and not people[i].meetings)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        stmt = (select(P.id, P.canonical_id, A.position, M.source_id, overlay.canonical(M),
                       overlay.canonical(O), D.organization_name)
                .join(A, A.person_id == P.id).join(M, M.id == A.meeting_id).join(D, D.id == A.delegation_id)
                .outerjoin(O, O.id == D.organization_id)
                .where(or_(P.id.in_(chunk), P.canonical_id.in_(chunk)), overlay.visible(A)))
        for pid, canon, position, source, meeting, org, org_name in conn.execute(stmt):
            p = people.get(canon or pid)
            if p is None:
                continue
            p.sources.add(source)
            p.meetings.add(meeting)
            if org is not None:
                p.orgs.setdefault(org, org_name)
            if position:
                p.positions.add(fold(position))


def _label(p: _Person) -> str:
    return f"{p.name} ({p.side}) #{p.id}"


# -- people ------------------------------------------------------------------------

def person_candidates(conn) -> list[Candidate]:
    people = _people(conn)
    judged = _judged_ids(conn, "person", models.Person)
    blocks: dict[tuple, list[tuple[Name, _Person]]] = defaultdict(list)
    by_side: dict[str, list[tuple[Name, _Person]]] = defaultdict(list)
    for p in people.values():
        for written in p.names:
            n = Name.parse(written)
            if n is None:
                continue
            blocks[(p.side, surname_form(n.surname)[0])].append((n, p))
            by_side[p.side].append((n, p))
    found: dict[frozenset, Candidate] = {}

    def offer(c: Candidate) -> None:
        key = frozenset((c.a, c.b))
        if key in judged or (key in found and found[key].score >= c.score):
            return
        found[key] = c

    # First the names alone pair people (cheap, no facts); then the facts of the paired people
    # only are read, and the pairs scored in the same order as found.
    named, spelt = [], []
    for (side, _surname), members in blocks.items():
        full_by_initial: dict[str, set[str]] = defaultdict(set)
        for n, p in members:
            if n.given and not n.initial:
                full_by_initial[n.given[0]].add(given_form(n.given)[0])
        for (nx, px), (ny, py) in combinations(members, 2):
            if px.id == py.id:
                continue
            matched = name_match(nx, ny)
            if matched is not None:
                named.append((nx, px, ny, py, matched, full_by_initial))
    # Review only: the same given name, surnames a letter or two apart, with context. Never merged.
    from rapidfuzz import fuzz

    for side, members in by_side.items():
        by_given: dict[str, list[tuple[Name, _Person]]] = defaultdict(list)
        for n, p in members:
            if n.given and not n.initial:
                by_given[given_form(n.given)[0]].append((n, p))
        for group in by_given.values():
            if len(group) > 200:
                continue
            for (nx, px), (ny, py) in combinations(group, 2):
                if px.id == py.id or surname_form(nx.surname)[0] == surname_form(ny.surname)[0]:
                    continue
                if fuzz.ratio(nx.surname, ny.surname) < 80:
                    continue
                spelt.append((nx, px, ny, py))
    _read_context(conn, people, {p.id for pair in named for p in (pair[1], pair[3])}
                  | {p.id for pair in spelt for p in (pair[1], pair[3])})
    for nx, px, ny, py, (rule, detail), full_by_initial in named:
        context = _context(px, py)
        if rule == "initial":
            short = nx if nx.initial else ny
            unique = len(full_by_initial[short.given]) == 1
            strong = unique and ("same release" in context[0] or "same organisation" in context[0])
            if not unique:
                detail += f"; {len(full_by_initial[short.given])} full names fit the initial"
        else:
            strong = bool(context[0])
        offer(Candidate("person", min(px.id, py.id), max(px.id, py.id), _label(px if px.id < py.id else py),
                        _label(py if px.id < py.id else px), f"{rule}: {detail}", tuple(context[0] + context[1]),
                        (60 if rule == "variant" else 50) + 10 * len(context[0]) + min(len(px.meetings & py.meetings), 5),
                        strong))
    for nx, px, ny, py in spelt:
        context = _context(px, py)
        if not context[0]:
            continue
        lo, hi = (px, py) if px.id < py.id else (py, px)
        offer(Candidate("person", lo.id, hi.id, _label(lo), _label(hi),
                        f"spelling only: {nx.surname} / {ny.surname} (no variant rule)",
                        tuple(context[0] + context[1]), 10 + 5 * len(context[0]), False))
    return sorted(found.values(), key=lambda c: (-c.score, c.a, c.b))


def _context(px: _Person, py: _Person) -> tuple[list[str], list[str]]:
    """(context that supports one identity, other evidence to show)."""
    strong, shown = [], [f"side {px.side}"]
    if px.sources & py.sources:
        strong.append("same release")
    shared_orgs = sorted(px.orgs.keys() & py.orgs.keys())
    if shared_orgs:
        strong.append("same organisation: " + ", ".join(px.orgs[o] or "?" for o in shared_orgs[:2]))
    if px.positions & py.positions:
        strong.append("same position: " + sorted(px.positions & py.positions)[0])
    shared = px.meetings & py.meetings
    if shared:
        strong.append(f"{len(shared)} shared meeting{'s' * (len(shared) != 1)}")
    shown.append(f"{len(px.meetings)} / {len(py.meetings)} meetings")
    return strong, shown


def _judged_ids(conn, entity: str, model) -> set[frozenset]:
    """Pairs of canonical ids some judgement has spoken about."""
    keys = overlay._Keys(conn)
    out = set()
    canon = overlay.canonical_map(conn, model)
    for pair in log.judged_pairs(conn, entity):
        a, b = (keys.row(entity, k) for k in pair) if len(pair) == 2 else (None, None)
        if a is not None and b is not None:
            out.add(frozenset((canon.get(a, a), canon.get(b, b))))
    # A `not same` between any two members of two clusters keeps the clusters apart too.
    return out


# -- organisations ------------------------------------------------------------------------

def _org_forms(name: str, side: str | None) -> tuple[str, str | None]:
    """(core, acronym): the folded name without the side's own country words or stop words, and
    its acronym (the name itself when it is one word in capitals, else the initials)."""
    from whomet.store.extract.lexicon import SIDE_PHRASES, key as phrase_key

    words = list(phrase_key(name))
    raw = re.findall(r"[^\W\d_]+", name)
    keep = [True] * len(words)
    for size in range(min(5, len(words)), 0, -1):
        for i in range(len(words) - size + 1):
            phrase = tuple(words[i:i + size])
            if all(keep[i:i + size]) and SIDE_PHRASES.get(phrase) == side and side:
                for k in range(i, i + size):
                    keep[k] = False
            elif all(keep[i:i + size]) and phrase[0] == "the" and SIDE_PHRASES.get(phrase[1:]) == side and side:
                for k in range(i, i + size):
                    keep[k] = False
    core = [w for w, k in zip(words, keep) if k and w not in STOP]
    if not core:
        return "", None
    raw_core = [w for w, k in zip(raw, keep) if k and fold(w) not in STOP] if len(raw) == len(words) else []
    if len(core) == 1 and raw_core and raw_core[0].isupper() and 2 <= len(core[0]) <= 8:
        return " ".join(core), core[0]
    return " ".join(core), "".join(w[0] for w in core) if len(core) >= 2 else None


def organization_candidates(conn) -> list[Candidate]:
    O = models.Organization
    judged = _judged_ids(conn, "organization", O)
    orgs = conn.execute(select(O.id, O.canonical_id, O.name, O.country_code)).all()
    by_side: dict[str, list] = defaultdict(list)
    for oid, canon, name, side in orgs:
        if side:
            core, acronym = _org_forms(name, side)
            if core:
                by_side[side].append((canon or oid, name, core, acronym))
    labels = {oid: f"{name} ({side}) #{oid}" for oid, canon, name, side in orgs if canon is None}
    found: dict[frozenset, Candidate] = {}
    for side, members in by_side.items():
        # acronym -> the full-name cores (several words) it abbreviates, on this side
        expansions: dict[str, set[str]] = defaultdict(set)
        for _id, _name, core, acronym in members:
            if acronym and " " in core:
                expansions[acronym].add(core)
        for (ia, na, ca, aa), (ib, nb, cb, ab) in combinations(members, 2):
            if ia == ib or frozenset((ia, ib)) in judged:
                continue
            rule = None
            if ca == cb:
                rule, strong = f"country words: {ca!r}", True
            elif " " not in ca and aa and ca == aa and " " in cb and ab == aa:
                rule, strong = f"acronym: {aa.upper()} = {cb}", len(expansions[aa]) == 1
            elif " " not in cb and ab and cb == ab and " " in ca and aa == ab:
                rule, strong = f"acronym: {ab.upper()} = {ca}", len(expansions[ab]) == 1
            if rule is None:
                continue
            lo, hi = min(ia, ib), max(ia, ib)
            key = frozenset((lo, hi))
            score = 80.0 if strong else 40.0
            if key not in found or found[key].score < score:
                found[key] = Candidate("organization", lo, hi, labels.get(lo, str(lo)), labels.get(hi, str(hi)),
                                       rule, (f"side {side}", f"{na!r} / {nb!r}"), score, strong)
    return sorted(found.values(), key=lambda c: (-c.score, c.a, c.b))


# -- meetings ------------------------------------------------------------------------

MEETING_BATCH = 500  # meetings whose people are read at once (and ids in one query)


def meeting_candidates(conn) -> list[Candidate]:
    M, S = models.Meeting, models.Source
    judged = _judged_ids(conn, "meeting", models.Meeting)
    # Only meetings that share their date and sides with another are read (grouped in SQL), in
    # (date, sides) order, a batch of groups at a time with their people: a store of a million
    # meetings never holds more than a batch, and no query takes more ids than SQLite allows.
    alone = (M.canonical_id.is_(None), M.date.is_not(None), M.sides.like("% · %"))  # two sides at least
    shared = (select(M.date, M.sides).where(*alone).group_by(M.date, M.sides).having(func.count() > 1)
              .subquery())
    stmt = (select(M.id, M.date, M.sides, M.city, M.source_id, M.title, M.format, M.kind, S.publisher)
            .join(S, S.id == M.source_id)
            .join(shared, and_(shared.c.date == M.date, shared.c.sides == M.sides))
            .where(*alone).order_by(M.date, M.sides, M.id))
    out: list[Candidate] = []
    batch: list[list] = []
    for _key, group in groupby(conn.execute(stmt), key=lambda r: (r.date, r.sides)):
        batch.append(list(group))
        if sum(len(g) for g in batch) >= MEETING_BATCH:
            out += _meeting_pairs(conn, batch, judged)
            batch = []
    if batch:
        out += _meeting_pairs(conn, batch, judged)
    # Sure only when neither report could be another meeting's: one strong partner each.
    partners: dict[int, int] = defaultdict(int)
    for c in out:
        if c.auto:
            partners[c.a] += 1
            partners[c.b] += 1
    out = [c if not c.auto or (partners[c.a] == 1 and partners[c.b] == 1) else
           Candidate(c.kind, c.a, c.b, c.a_label, c.b_label, c.rule + " (more than one partner)", c.evidence,
                     c.score, False) for c in out]
    return sorted(out, key=lambda c: (-c.score, c.a, c.b))


def _meeting_pairs(conn, groups: list[list], judged: set) -> list[Candidate]:
    """The candidate pairs within each group of meetings of one date and the same sides."""
    A, P = models.Attendance, models.Person
    ids = [r.id for group in groups for r in group]
    people: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    names: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    forms: dict[str, tuple | None] = {}
    for start in range(0, len(ids), MEETING_BATCH):
        for mid, pid, canon, side, name in conn.execute(
                select(A.meeting_id, P.id, P.canonical_id, P.side, A.name).join(P, P.id == A.person_id)
                .where(A.meeting_id.in_(ids[start:start + MEETING_BATCH]), overlay.visible(A))):
            people[mid][side].add(canon or pid)
            if name not in forms:  # a few thousand names over millions of attendances: each parsed once
                n = Name.parse(name)
                forms[name] = ((given_form(n.given)[0], surname_form(n.surname)[0])
                               if n is not None and n.given and not n.initial else None)
            if forms[name] is not None:
                names[mid][side].add(forms[name])
    out = []
    for group in groups:
        date, sides = group[0].date, group[0].sides
        for x, y in combinations(group, 2):
            if x.source_id == y.source_id or frozenset((x.id, y.id)) in judged:
                continue
            if x.city and y.city and fold(x.city) != fold(y.city):
                continue
            shared_sides, total, evidence = 0, 0, [f"date {date}", f"sides {sides}"]
            named = set(people[x.id]) & set(people[y.id])
            for side in sorted(named):
                same = people[x.id][side] & people[y.id][side]
                variants = names[x.id][side] & names[y.id][side]
                k = max(len(same), len(variants))
                total += k
                shared_sides += k > 0
                if k:
                    evidence.append(f"{side}: {k} shared")
            if total == 0:
                continue
            strong = bool(named) and shared_sides == len(named) and total >= 2
            evidence.append(f"publishers: {x.publisher or '?'} / {y.publisher or '?'}")
            # Two meetings of one day with the same people are common (talks, then a council):
            # one meeting from two sources also needs two press offices, one format, one kind.
            if x.format != y.format:
                strong = False
                evidence.append(f"formats differ: {x.format} / {y.format}")
            if x.kind and y.kind and fold(x.kind) != fold(y.kind):
                strong = False
                evidence.append(f"kinds differ: {x.kind} / {y.kind}")
            if fold(x.publisher or "") == fold(y.publisher or ""):
                strong = False
                evidence.append("one publisher")
            lo, hi = (x, y) if x.id < y.id else (y, x)
            out.append(Candidate("meeting", lo.id, hi.id, f"#{lo.id} {lo.title or ''}".strip(),
                                 f"#{hi.id} {hi.title or ''}".strip(),
                                 "same date, sides and people" if strong else "same date and sides, some people",
                                 tuple(evidence), 50 + 10 * total, strong))
    return out


# -- entry points ------------------------------------------------------------------------

_FINDERS = {"person": person_candidates, "organization": organization_candidates, "meeting": meeting_candidates}


def candidates(engine: Engine, kind: str = "person", limit: int | None = None) -> list[Candidate]:
    if kind not in _FINDERS:
        raise ValueError(f"unknown kind {kind!r} (person, organization, meeting)")
    with engine.connect() as conn:
        out = _FINDERS[kind](conn)
    return out[:limit] if limit else out


def _count(conn, model) -> int:
    from sqlalchemy import func

    return conn.execute(select(func.count()).select_from(model).where(model.canonical_id.is_(None))).scalar()


def auto_resolve(engine: Engine, dry_run: bool = False, rounds: int = 3) -> AutoReport:
    """Merge what the rules are sure of: organisations, then people (who may now share an
    organisation), then meetings (whose people may now agree), a few rounds until nothing
    changes. Every merge is a `same` judgement with source `auto` and its rule: `whomet
    unmerge` undoes it and it is never proposed again. With `dry_run`, one round, nothing written."""
    report = AutoReport()
    with engine.connect() as conn:
        report.people_before = _count(conn, models.Person)
        report.organizations_before = _count(conn, models.Organization)
        report.meetings_before = _count(conn, models.Meeting)
    for _round in range(1 if dry_run else rounds):
        changed = False
        for kind in ("organization", "person", "meeting"):
            with engine.begin() as conn:
                sure = [c for c in _FINDERS[kind](conn) if c.auto]
                sure = _no_clash(sure)
                if not sure:
                    continue
                report.merged += sure
                if dry_run:
                    continue
                from whomet.store.decisions import stable_key

                for c in sure:
                    log.record(conn, "same", kind, stable_key(conn, kind, c.a), stable_key(conn, kind, c.b),
                               source="auto", rule=c.rule)
                outcome = overlay.rebuild(conn)
                report.conflicts += len(outcome.conflicts)
                changed = True
        if not changed:
            break
    with engine.connect() as conn:
        report.people_after = _count(conn, models.Person)
        report.organizations_after = _count(conn, models.Organization)
        report.meetings_after = _count(conn, models.Meeting)
    return report


def _no_clash(cands: list[Candidate]) -> list[Candidate]:
    """Sure pairs, minus any whose merge would chain two records a weaker pair says differ:
    when a record would join two others that are not themselves a sure pair, none of the three
    merges (a transliterated initial fitting two people, say)."""
    sure = {frozenset((c.a, c.b)) for c in cands}
    neighbours: dict[int, set[int]] = defaultdict(set)
    for c in cands:
        neighbours[c.a].add(c.b)
        neighbours[c.b].add(c.a)
    bad = set()
    for node, others in neighbours.items():
        for x, y in combinations(sorted(others), 2):
            if frozenset((x, y)) not in sure:
                bad |= {node, x, y}
    return [c for c in cands if c.a not in bad and c.b not in bad]
