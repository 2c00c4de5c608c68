"""Meeting stage: who took part, grouped into one delegation per side (a side not in the text: the host's, guessed)."""

import re

from whomet.store.extract.delegations import COUNTERPART, HOST_FALLBACK, ambassador_post
from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.organizations import groups as find_groups
from whomet.store.extract.people import Person
from whomet.store.extract.rules import decision, pattern
from whomet.store.sides import is_body


_SIDELINES = pattern("side.sidelines", r"\b(?:on|at|in) the (?:sidelines|margins?) of\b", re.I)


ENVOY_POST = decision("place.envoy_post", "no venue, host or publisher: the country an envoy taking part is posted to, "
                                         "read once every side is known ('met the U.S. Ambassador' with one other country)")
OTHER_PARTY = decision("side.other_party", "no host or publisher: a person known not to be on side S (a counterpart "
                                          "of S, a visitor to S) is of the country the release names most after S (a guess)")


def _other_party(doc: Doc, not_side: str) -> str | None:
    counts: dict[str, int] = {}
    for found in doc.anchors.values():
        for a in found:
            if a.code != not_side and not is_body(a.code):
                counts[a.code] = counts.get(a.code, 0) + 1
    return max(counts, key=counts.get) if counts else None  # ties: the first named


def _counterpart_side(person: Person, persons: list[Person]) -> str | None:
    if not person.position:
        return None
    office = person.position.lower()
    for q in persons:
        if q is not person and q.side and q.position and q.position.lower().startswith(office + " of ") \
                and q.position.lower() != office:
            return q.side
    return None


def run(doc: Doc, seg: Segment, index: int) -> None:
    people, pub_side, host = doc.people, doc.pub_side, seg.host
    si, sj, lo, hi = seg.first, seg.last, seg.start, seg.end
    persons: list[Person] = []
    taking_part = [p for p in people.persons if not p.passing and (si <= p.sentence < sj or (p.sentence < si and any(
        lo <= m.start < hi for m in p.mentions)))]  # introduced here, or earlier and acting again in this one
    fallback = host or pub_side
    if host and pub_side and host != pub_side and not any(p.side == host for p in taking_part) and \
            _SIDELINES.search(doc.work, lo, hi):
        # 'on the sidelines of the summit in New York': a venue nobody there hosts; the unsaid side is the publisher's
        fallback = pub_side
    for p in people.persons:
        if p in taking_part:
            if p.side is None and p.side_of is not None and p.side_of.side is not None:
                # 'The minister was accompanied by X': the minister's side, settled just before
                p.side, p.side_rule, p.guessed = p.side_of.side, p.side_of.side_rule, p.side_of.guessed
            if p.side is None and p.not_side is None and p.apart_from is not None:
                # 'A received B', 'B met A': B is not on A's side (A's own, or the fallback A takes when unsided)
                other = p.apart_from
                apart = other.side if other.side is not None else (
                    fallback if other in taking_part and other.side_of is None and other.not_side is None
                    and other.apart_from is None else None)
                # only when it leads to a side (the publisher's, another party named): else the host's, as before
                if apart is not None and ((pub_side and pub_side != apart) or _other_party(doc, apart)):
                    p.not_side, p.not_side_rule = apart, p.apart_rule
            if p.side is None:
                p.side, p.side_rule, p.guessed = fallback, HOST_FALLBACK, True
                if p.not_side is not None and p.side == p.not_side:
                    # 'X met his Czech counterpart' in Prague: X is not the host's; the publisher's, if another
                    p.side = pub_side if pub_side != p.not_side else None
                    p.side_rule = p.not_side_rule
                # 'the Minister of Internal Affairs, X, held talks with the Minister of Internal Affairs of
                # Turkmenistan': the same office of a named country is the counterpart, not X's side
                other = _counterpart_side(p, people.persons)
                if other is not None and p.side == other:
                    p.side = pub_side if pub_side and pub_side != other else None
                    p.side_rule = COUNTERPART
                if p.side is None and p.not_side is not None:
                    # no host and no publisher: 'X met his Spanish counterpart' in a release naming Iraq and Spain
                    p.side = _other_party(doc, p.not_side)
                    p.side_rule = OTHER_PARTY
                if p.side is None:
                    p.side_rule, p.guessed = None, False
            if p.side is not None:
                persons.append(p)
    seg.persons = persons
    if seg.country is None and not seg.video:
        # the host stage ran before these sides were known
        post = ambassador_post(people, si, sj, doc.aliases)
        if post is not None:
            seg.country, seg.place_guessed, seg.place_rule = post, True, ENVOY_POST
    group_of: dict[str, list[str]] = {}
    for pos, phrase in find_groups(doc.work, lo, hi, people.mentions):
        prior = [m for m in people.mentions if m.end <= pos and m.person in persons]
        if prior:
            group_of.setdefault(prior[-1].person.side, []).append(phrase)
    for p in persons:
        if p.side not in seg.sides:
            seg.sides.append(p.side)
    for side in seg.sides:
        members = [p for p in persons if p.side == side]
        seg.delegations.append({
            "side": side, "organization": doc.orgs.get(side), "host": side == host,
            "members": [_member(p) for p in members],
            "groups": group_of.get(side, []),
        })


def _member(p: Person) -> dict:
    out = {"name": p.name, "rank": p.rank, "position": p.position, "head": p.head, "span": [p.start, p.end],
           "rule": p.rule or None, "side_rule": p.side_rule, "head_rule": p.head_rule if p.head else None}
    if p.guessed:
        out["guessed"] = True
    return out
