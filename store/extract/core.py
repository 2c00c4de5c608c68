"""The extraction pipeline: header -> sentences -> people -> sides/heads -> meetings -> record."""

from __future__ import annotations

import datetime as dt
import re

from whomet.store.extract import header as hdr
from whomet.store.extract.agreements import find_agreements
from whomet.store.extract.awards import find_awards
from whomet.store.extract.delegations import (assign_sides, host_side, mark_heads, paired_sides, respective_sides,
                                       visit_country)
from whomet.store.extract.lexicon import BODY_SEAT, city_country, place_country
from whomet.store.extract.meetings import kind_of, reports_meeting, split
from whomet.store.extract.organizations import groups as find_groups, organizations
from whomet.store.extract.people import People, Person
from whomet.store.extract.places import dateline, event_city, find_city, is_video
from whomet.store.extract.sides import acronym_aliases, find_sides, first_side
from whomet.store.extract.text import sentences
from whomet.store.extract.topics import find_topics
from whomet.store.record import Record
from whomet.store.names import fold
from whomet.store.sides import is_body

# Releases are a few KB; beyond this the rest of a huge input is not analysed (the record is partial).
MAX_CHARS = 100_000


def extract(text: str) -> Record:
    """The meeting record of one release; an empty record for text that reports no meeting."""
    if not isinstance(text, str):
        return Record(meetings=[])
    try:
        return Record.model_validate(_extract(text))
    except Exception:  # never raise on odd input: fall back to what can be said safely
        try:
            publisher, date, _ = hdr.header(text[:2000])
            return Record.model_validate({"source": {"publisher": publisher, "date": date}, "meetings": []})
        except Exception:
            return Record(meetings=[])


def _counterpart_side(person: Person, persons: list[Person]) -> str | None:
    if not person.position:
        return None
    office = person.position.lower()
    for q in persons:
        if q is not person and q.side and q.position and q.position.lower().startswith(office + " of ") \
                and q.position.lower() != office:
            return q.side
    return None


_DISTRICT_OF = re.compile(r"\b(?:headquarters|offices?|premises|compound|building|station)\s+in\s+", re.I)


def _publisher_place(publisher: str | None) -> str | None:
    """'PIB Delhi', 'Police Headquarters Karachi': the country of a city or state the publisher names."""
    if not publisher:
        return None
    words = [fold(w) for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", publisher)]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            code = place_country(tuple(words[i:i + size]))
            if code:
                return code
    return None


def _extract(text: str) -> dict:
    work = text[:MAX_CHARS]
    publisher, hdate, hend = hdr.header(work)
    byline_span = None
    bdate = None
    if publisher is None:
        bpub, bdate, byline_span = hdr.byline(work)
        publisher = bpub
    ref = hdate or bdate or hdr.first_full_date(work)
    source = {"publisher": publisher, "date": hdate.isoformat() if hdate else None, "language": "en"}

    sents = [s for s in sentences(work) if s.start >= hend and not (byline_span and s.start >= byline_span[0])]
    if sents and hdate is None and hdr.NUMERIC.fullmatch(work[sents[0].start:sents[0].end].strip()):
        sents = sents[1:]  # a bare '12.04.2019' date line
    if not sents or not reports_meeting(work, sents[0].start, ref.year if ref else None):
        return {"source": source, "meetings": []}

    aliases = acronym_aliases(work)
    anchors = {}
    people = People()
    for idx, s in enumerate(sents):
        found = find_sides(s.tokens, aliases)
        anchors[idx] = found
        mask = {i for m in found for i in range(m.i, m.j)}
        people.scan(work, s, idx, mask)

    assign_sides(people, sents, anchors, work, aliases)
    respective_sides(people, sents, anchors, work)
    paired_sides(people, sents, anchors, work)
    mark_heads(people, work)

    first_par = [s for s in sents if s.paragraph == sents[0].paragraph]
    date0, explicit0 = hdr.meeting_date(work, first_par[0].start, first_par[-1].end, ref, True)
    segments = split(work, sents, ref, date0, explicit0)
    pub_side = first_side(publisher, aliases) or _publisher_place(publisher)
    orgs = organizations(sents, work, people.mentions, aliases)

    meetings = []
    prev_host = None
    for mi, (si, sj) in enumerate(segments):
        a, b = sents[si].start, sents[sj - 1].end
        spans = [(s.start, s.end) for s in sents[si:sj]]
        date, _ = hdr.meeting_date(work, a, b, ref, mi == 0)
        if mi and meetings and meetings[-1]["date"] and not hdr.on_date_at_start(work, a, b, ref):
            n = hdr.next_day_at_start(work, a, b)
            if n is not None:  # 'The following day, ...' after the previous meeting
                date = dt.date.fromisoformat(meetings[-1]["date"]) + dt.timedelta(days=n)
        video = is_video(work, a, b)
        city = country = None
        d_city, d_country = dateline(work[a:]) if mi == 0 else (None, None)
        if not video:
            city, _ = event_city(work, spans)
            if city is None or (d_city is not None and fold(city) == fold(d_city)) or (
                    d_city is not None and city_country(city) is None and city_country(d_city) is not None
                    and _DISTRICT_OF.search(work, a, b) and fold(city) in fold(work[a:b])):
                # 'MANILA — ... at the MPD headquarters in Ermita': an unknown place under a known dateline city
                # is a district of it
                city = d_city
            else:
                d_country = None
            if city is None:
                city, _ = find_city(work, spans)
            country = city_country(city) or d_country
        host = host_side(work, (a, b), people, aliases)
        if host is None:
            host = (country or visit_country(work, a, b, aliases) or (visit_country(work, 0, a, aliases) if mi else None)
                    or (pub_side if not video else None) or prev_host)
        if not video and country is None:
            if host and not is_body(host):
                country = host
            elif host:
                country = BODY_SEAT.get(host) if city is None or city_country(city) is None else None
                if country is None and pub_side and not is_body(pub_side):
                    country = pub_side
            elif pub_side and not is_body(pub_side):
                country = pub_side
        prev_host = host
        persons: list[Person] = []
        seg_lo, seg_hi = sents[si].start, sents[sj - 1].end
        for p in people.persons:
            # introduced here, or introduced in an earlier meeting and acting again in this one
            if not p.passing and (si <= p.sentence < sj or (p.sentence < si and any(
                    seg_lo <= m.start < seg_hi for m in p.mentions))):
                if p.side is None:
                    p.side = host or pub_side
                    # 'the Minister of Internal Affairs, X, held talks with the Minister of Internal Affairs of
                    # Turkmenistan': the same office of a named country is the counterpart, not X's side
                    other = _counterpart_side(p, people.persons)
                    if other is not None and p.side == other:
                        p.side = pub_side if pub_side and pub_side != other else None
                if p.side is not None:
                    persons.append(p)
        group_of: dict[str, list[str]] = {}
        for pos, phrase in find_groups(work, a, b, people.mentions):
            prior = [m for m in people.mentions if m.end <= pos and m.person in persons]
            if prior:
                group_of.setdefault(prior[-1].person.side, []).append(phrase)
        sides_order: list[str] = []
        for p in persons:
            if p.side not in sides_order:
                sides_order.append(p.side)
        delegations = []
        for side in sides_order:
            members = [p for p in persons if p.side == side]
            delegations.append({
                "side": side, "organization": orgs.get(side), "host": side == host,
                "members": [{"name": p.name, "rank": p.rank, "position": p.position, "head": p.head,
                             "span": [p.start, p.end]} for p in members],
                "groups": group_of.get(side, []),
            })
        agreements = [{"title": title, "kind": kind, "parties": list(sides_order), "span": [s, e]}
                      for title, kind, s, e in find_agreements(work, a, b, spans)] if persons else []
        awards = []
        for aw in find_awards(work, (a, b), spans, people, persons, aliases, host):
            if aw.giver is not None and aw.giver not in persons:
                continue
            awards.append({"award": aw.award, "kind": aw.kind, "giver": aw.giver.name if aw.giver else None,
                           "giver_side": aw.giver_side, "recipients": [p.name for p in aw.recipients],
                           "recipient_group": aw.recipient_group, "recipient_side": aw.recipient_side,
                           "span": [aw.start, max(aw.end, aw.start)]})
        if not persons and not agreements:
            continue
        meetings.append({
            "date": date.isoformat() if isinstance(date, dt.date) else None,
            "title": None, "kind": kind_of(work[a:b]),
            "format": "video_conference" if video else "in_person",
            "place": {"city": None if video else city, "country": None if video else country},
            "delegations": delegations, "agreements": agreements, "awards": awards,
            "topics": find_topics(work[a:b]),
        })
    return {"source": source, "meetings": meetings}
