"""FollowTheMoney (FtM) entities as JSON lines, for Aleph and the FtM toolchain (`ftm`, `nomenklatura`).

Written by our own code from FtM's published schema (the `followthemoney` library pulls in
PyICU, which compiles, so it is no dependency of whomet; tests/test_exchange.py validates
this output with it where it is installed). One entity per line, streamed:

- a side: `PublicBody` for a country (named as the country, `country` its ISO alpha-2 code),
  `Organization` for an international body;
- an organisation: `PublicBody` (or `Organization` when it has no country);
- a person: `Person` (name, alias, country of the side they represent, `title` their ranks,
  `position` their positions), a `Position` per post they held (named as written, within
  its organisation) and an `Occupancy` (holder, post, first and last meeting date);
- a source release: `Article` (title, publisher, date, language);
- a meeting: `Event` (name, summary = its free-text kind, date, location, country,
  organizer = the host side's organisation, involved = every participant and delegation,
  publisher, proof = the release(s); keywords carry the PLOVER mode and CAMEO codes);
  `Documentation` linking it to each release that reported it;
- a member of a delegation: `Membership` (member, organization = the delegation's
  organisation or side, role, date);
- an agreement: `Contract` (title, type = its kind, contractDate, authority = its parties);
- an award: `UnknownLink` from the giver (or their side) to each recipient (or the
  recipient side), role naming the award; the meeting stands in for an unknown end.

Ids come from store/exchange/ids.py, stable across exports.
"""

import json
from typing import IO

from sqlalchemy import Engine

from whomet.store.exchange import ids
from whomet.store.exchange.bundle import iter_meetings, iter_organizations, iter_people, sides_involved
from whomet.store.exchange.stream import Bits
from whomet.store.filters import MeetingFilter
from whomet.store.sides import BODIES, side_name

# FtM's language type takes ISO 639-3 codes from this list (followthemoney/types/language.py);
# a language outside it is left out rather than written invalid.
FTM_LANGUAGES = frozenset(
    "afr amh ara aze bel ben bos bul cat ces cnr dan deu ell eng est fas fil fin fra gle heb hin hrv hun hye ind "
    "isl ita jpn kan kat kaz khm kir kor lao lav lit ltz mkd mlt mon msa mul mya nep nld nor pol por pus ron rus "
    "sin slk slv spa sqi srp swa swe tam tel tgk tgl tha tuk tur ukr urd uzb vie zho".split())


def country(code: str | None) -> str | None:
    """FtM's country code (ISO 3166-1 alpha-2, lower case) for a side; None for a body.

    >>> country("AZE"), country("EU"), country("INTERPOL")
    ('az', 'eu', None)
    """
    if not code:
        return None
    if code == "EU":
        return "eu"
    if code in BODIES:
        return None
    if code == "XKX":
        return "xk"
    import pycountry

    found = pycountry.countries.get(alpha_3=code)
    return found.alpha_2.lower() if found else None


def language(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    three = getattr(found, "alpha_3", None)
    return three if three in FTM_LANGUAGES else None


def entity(id_: str, schema: str, **properties) -> dict:
    """An FtM entity dict; None, empty and duplicate values drop out, every value is a string."""
    props = {}
    for name, value in properties.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        out = []
        for v in values:
            if v is None or v == "":
                continue
            v = v.isoformat() if hasattr(v, "isoformat") else str(v)
            if v not in out:
                out.append(v)
        if out:
            props[name] = out
    return {"id": id_, "schema": schema, "properties": props}


def iter_entities(engine: Engine, f: MeetingFilter):
    for code, name, _n in sides_involved(engine, f):
        c = country(code)
        if c is not None and code != "EU":
            yield entity(ids.side(code), "PublicBody", name=name, country=c, abbreviation=code)
        else:
            yield entity(ids.side(code), "Organization", name=BODIES.get(code, name), alias=code, country=c)
    for o in iter_organizations(engine, f):
        c = country(o.side)
        yield entity(o.id, "PublicBody" if c else "Organization", name=o.name, alias=o.aliases,
                     abbreviation=o.acronym, country=c)
    positions = set()
    for p in iter_people(engine, f):
        yield entity(p.id, "Person", name=p.name, alias=p.aliases, country=country(p.side), title=p.ranks,
                     position=[h.position for h in p.held])
        for h in p.held:
            post = ids.derived("position", h.organization_id or h.side, h.position)
            if post not in positions:
                positions.add(post)
                yield entity(post, "Position", name=h.position, country=country(h.side),
                             organization=h.organization_id or (ids.side(h.side) if h.side else None))
            yield entity(ids.derived("occupancy", p.id, post), "Occupancy", holder=p.id, post=post,
                         startDate=h.first, endDate=h.last, status="seen at meetings")
    sources = Bits()  # by row id
    for m in iter_meetings(engine, f):
        s = m.source
        for r in m.sources:  # a meeting merged from several reports has each one's release
            if r.db_id not in sources:
                sources.add(r.db_id)
                title = ", ".join(x for x in (r.publisher, r.date.isoformat() if r.date else None) if x) or r.path or r.id
                yield entity(r.id, "Article", title=title, publisher=r.publisher, publishedAt=r.date,
                             language=language(r.language), fileName=r.path)
        place = ", ".join(x for x in (m.city, side_name(m.country) if m.country else None) if x)
        if m.format == "video_conference":
            place = "video conference" + (f" ({place})" if place else "")
        hosts = [d for d in m.delegations if d.host]
        involved = []
        for d in m.delegations:
            involved.append(d.organization_id or ids.side(d.side))
            involved.extend(a.person_id for a in d.members)
        yield entity(
            m.id, "Event", name=m.title or m.kind or f"Meeting of {', '.join(m.sides)}", summary=m.kind,
            date=m.date, location=place, country=country(m.country),
            organizer=[d.organization_id or ids.side(d.side) for d in hosts],
            involved=involved, publisher=[r.publisher for r in m.sources], proof=[r.id for r in m.sources],
            recordId=m.db_id,
            keywords=[f"PLOVER CONSULT {m.event.mode}", *(f"CAMEO {c}" for c in m.event.codes), *m.topics])
        for r in m.sources:
            yield entity(ids.derived("documentation", r.id, m.id), "Documentation", document=r.id, entity=m.id,
                         role="source release")
        for d in m.delegations:
            for a in d.members:
                yield entity(a.id, "Membership", member=a.person_id, organization=d.organization_id or ids.side(d.side),
                             role="head of delegation" if a.head else "delegation member", date=m.date,
                             summary=m.title, description=" · ".join(x for x in (a.rank, a.position) if x) or None,
                             proof=s.id)
        for g in m.agreements:
            yield entity(g.id, "Contract", title=g.title or g.kind, type=g.kind, contractDate=m.date,
                         authority=[ids.side(p) for p in g.parties], summary=m.title, proof=s.id)
        for w in m.awards:
            # An unnamed giver is their side; with no side either, the meeting itself.
            giver = w.giver_id or (ids.side(w.giver_side) if w.giver_side else m.id)
            targets = w.recipient_ids or ([ids.side(w.recipient_side)] if w.recipient_side else [m.id])
            role = " ".join(x for x in ("award:", w.kind, w.award) if x)
            for i, target in enumerate(targets):
                yield entity(f"{w.id}-{i}", "UnknownLink", subject=giver, object=target, role=role, date=m.date,
                             description=w.recipient_group, proof=s.id)


def write(engine: Engine, out: IO[str], f: MeetingFilter) -> int:
    """Write the entities as JSON lines; returns how many."""
    n = 0
    for e in iter_entities(engine, f):
        out.write(json.dumps(e, ensure_ascii=False) + "\n")
        n += 1
    return n
