"""Meeting stage: who took part, grouped into one delegation per side (a side not in the text: one decision over the
evidence of the sides the person is not on; the host's, the publisher's or the other party, guessed)."""

import re

from whomet.store.extract.delegations import (COUNTERPART, DEMONYM_OFFICE, HOST_FALLBACK, OF_THE_DELEGATION, OWN_OFFICE,
                                              ambassador_post, called_on_side)
from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.organizations import groups as find_groups
from whomet.store.extract.people import Person
from whomet.store.extract.lexicon import city_country
from whomet.store.extract.rules import decision, needing, pattern
from whomet.store.extract.stages.meeting_host import (CALLED_ON_PLACE, SETTLED_HOST, UNKNOWN_CITY_HOST, envoy_call, guests_host,
                                                       place_stated, dateline_only, settled_host)
from whomet.store.sides import is_body


_SIDELINES = needing(pattern("side.sidelines", r"\b(?:on|at|in) the (?:sidelines|margins?) of\b", re.I))


ENVOY_POST = decision("place.envoy_post", "no venue, host or publisher: the country an envoy taking part is posted to, "
                                         "read once every side is known ('met the U.S. Ambassador' with one other country)")
GUESTS_DATELINE = decision("place.guests_dateline", "a wire's dateline in the country of the guests of a meeting between two "
                                                   "('YEREVAN - The Armenian delegation was hosted by the Georgian minister'): "
                                                   "not the venue; the hosts' country where the text puts it at theirs")
OTHER_PARTY = decision("side.other_party", "no host or publisher to fall back on: a person known not to be on side S (a "
                                          "counterpart of S, a visitor to S, the guest or partner of someone of S), or "
                                          "the one unsided person of a meeting whose named people are all of S, is of "
                                          "the country the release names most after S (a guess)")


GUEST_LEADER = decision("side.guest_leader", "an office that leads 'the delegation' with no side of its own ('Leader of "
                                           "the Delegation, Professor X') in a meeting with a host: not the host's side")


UNCLAIMED_PARTY = decision("side.unclaimed_party", "'X participated in a meeting of the Polish, Lithuanian and Latvian "
                                                   "ministries' with Polish and Lithuanian people named: X, with no side of "
                                                   "their own, is of the one listed party nobody else is on")
# the person takes part in a meeting whose parties the sentence then lists
_TOOK_PART = pattern("side.took_part_in", r"\b(?:participated|took part|takes part|participates|was present|were present|"
                                         r"attended|attends)\b")


def _unclaimed_party(doc: Doc, p: Person, taking_part: list[Person]) -> str | None:
    found = doc.anchors.get(p.sentence)
    if not found or len({a.code for a in found}) < 2 or not p.mentions:
        return None
    first = p.mentions[0]
    after = [a for a in found if a.start >= first.end]
    if not after or not _TOOK_PART.search(doc.work, first.end, after[0].start):
        return None
    claimed = {q.side for q in taking_part if q.side is not None and not q.guessed and q.side_rule != UNCLAIMED_PARTY}
    left = {a.code for a in after if not is_body(a.code)} - claimed
    return left.pop() if len(left) == 1 and claimed else None


LIST_FIRST = decision("side.list_first", "'The mission was led by A, <office of X>, and B, <office>', 'The liaison officer of X, "
                                        "A and Defence Attache B also attended': a list of participants shares the side "
                                        "its first member's own office names")
# the link to the one before in a list: ', and', 'and'
_LIST_AND = pattern("side.list_and", r"\s*,?\s*and\s+(?:the\s+)?\Z")
# what makes two names a list of participants: a cue before the first ('led by', 'accompanied by', 'including')...
_LIST_CUE = pattern("side.list_cue", r"\b(?:(?:led|headed|accompanied|joined)\s+by|includ(?:ed|ing|es)|compris(?:ed|ing|es)|"
                                    r"consist(?:ed|ing|s) of|such\s+as|in\s+addition\s+to|(?:meetings?|talks|discussions|consultations)\s+with)\s+"
                                    r"(?:the\s+)?\Z")
# ... or the verb of attendance the two are subject of ('A and B also attended', 'were also present')
_LIST_ATTENDED = pattern("side.list_attended", r"\s*,?\s*(?:also\s+)?(?:attended|took part|participated|were\s+(?:also\s+)?"
                                              r"(?:present|in attendance))\b")


def _list_first(doc: Doc, p: Person) -> Person | None:
    """The first member of the list of participants `p` closes, when that one's side is their own office's."""
    m = p.mentions[0] if p.mentions else None
    if m is None:
        return None
    prev = [x for x in doc.people.mentions if x.sentence == m.sentence and x.end <= m.lo]
    if not prev or prev[-1].person is p or not _LIST_AND.match(doc.work, prev[-1].end, m.lo):
        return None
    first = prev[-1].person
    if first.side is None or first.guessed or first.side_rule not in (OWN_OFFICE, DEMONYM_OFFICE, LIST_FIRST):
        return None
    start = doc.sentences[m.sentence].start
    cue = _LIST_CUE.search(doc.work, max(start, prev[-1].lo - 30), prev[-1].lo)
    if cue is None and not (len(prev) == 1 and _LIST_ATTENDED.match(doc.work, m.end)):
        return None
    return first


def _other_party(doc: Doc, not_sides: set[str]) -> str | None:
    counts: dict[str, int] = {}
    for found in doc.anchors.values():
        for a in found:
            if a.code not in not_sides and not is_body(a.code):
                counts[a.code] = counts.get(a.code, 0) + 1
    return max(counts, key=counts.get) if counts else None  # ties: the first named


MOST_NAMED = decision("side.most_named", "nobody in a meeting has a side and there is no host or publisher: each of "
                                        "them is of the meeting's venue country, else of the country the release names "
                                        "most (a guess; the release's own side goes unsaid: 'Malawi Police has said ... "
                                        "Commissioner X said this at a bilateral meeting', nobody of the guests named)")


def _counterpart_side(person: Person, persons: list[Person]) -> str | None:
    if not person.position:
        return None
    office = person.position.lower()
    for q in persons:
        if q is not person and q.side and q.position and q.position.lower().startswith(office + " of ") \
                and q.position.lower() != office:
            return q.side
    return None


ENVOY_SENT = "side.envoy_sent"
# an envoy's office naming no country: 'Defence Attache', 'Consul', 'police liaison officer', 'First Secretary of the Embassy'
_ENVOY_OFFICE = pattern(ENVOY_SENT, r"\b(?:[Aa]mbassador|[Aa]ttach[eé]|[Cc]onsul|[Cc]harg[eé] d'[Aa]ffaires|[Ll]iaison [Oo]fficer|"
                                    r"[Ee]mbassy)",
                        doc="an envoy whose office names no country ('Defence Attache X', 'Consul X') serves the country "
                            "that sent them, not the host: the host is ruled out, weakly (it stands when no other side is "
                            "told)")


def _unsided_side(doc: Doc, p: Person, fallback: str | None, taking_part: list[Person], said: set[str] | None) -> None:
    """The side of a person the text gave none: one decision over the evidence of the sides they are not on.

    Strong evidence ('X met his Czech counterpart', 'X arrived in Prague', the same office of a named country):
    never that side. Weak evidence ('A received B', 'B met A': B is not on A's side) counts only when it leads to a
    side, else B takes the host's side as before. In order: the fallback (host, else publisher) when the evidence
    allows it; the publisher's; with no fallback at all, the country the release names most after the sides ruled
    out (`side.other_party`). With no fallback and no evidence, someone in a meeting whose named people are all of one
    side S is read as of the other party too: the release's own side goes unsaid more often than the guest's."""
    strong: set[str] = set()
    weak: set[str] = set()
    rule = None
    if p.not_side is not None and p.not_side_rule == "side.award_between":
        weak.add(p.not_side)  # 'Serbia has awarded X': likely a guest of Serbia's, only if that leads to a side
        rule = p.not_side_rule
    elif p.not_side is not None:
        strong.add(p.not_side)
        rule = p.not_side_rule
    counterpart = _counterpart_side(p, doc.people.persons)
    if counterpart is not None:
        # 'the Minister of Internal Affairs, X, held talks with the Minister of Internal Affairs of Turkmenistan'
        strong.add(counterpart)
        rule = rule or COUNTERPART
    if p.apart_from is not None:
        other = p.apart_from
        apart = other.side if other.side is not None else (
            fallback if other in taking_part and other.side_of is None and other.not_side is None
            and other.apart_from is None else None)
        if apart is not None:
            weak.add(apart)
    if fallback is not None and p.position and _ENVOY_OFFICE.search(p.position):
        weak.add(fallback)  # 'Defence Attache X', 'Consul X': posted to the host by the country that sent them
        rule = rule or ENVOY_SENT
    ruled_out = strong | weak
    pub_side = doc.pub_side
    side = None
    if fallback is not None and fallback not in ruled_out:
        side, rule = fallback, HOST_FALLBACK
    elif pub_side and pub_side not in ruled_out:
        side, rule = pub_side, rule or p.apart_rule
    elif ruled_out:
        side, rule = _other_party(doc, ruled_out), OTHER_PARTY
    elif fallback is None and said is not None and len(said) == 1:
        side, rule = _other_party(doc, said), OTHER_PARTY
    if side is None and weak and not strong:
        side, rule = fallback, HOST_FALLBACK  # weak evidence leading to no side: the host's, as without it
    p.side, p.side_rule, p.guessed = side, (rule if side is not None else None), side is not None


def run(doc: Doc, seg: Segment, index: int) -> None:
    people, pub_side, host = doc.people, doc.pub_side, seg.host
    si, sj, lo, hi = seg.first, seg.last, seg.start, seg.end
    taking_part = [p for p in people.persons if not p.passing and (si <= p.sentence < sj or (p.sentence < si and any(
        lo <= m.start < hi for m in p.mentions)))]  # introduced here, or earlier and acting again in this one
    taking_part += [p for p in seg.carried if p not in taking_part]
    taking_part = [p for p in taking_part if p not in seg.apart]  # 'held talks separately with A and B': one each
    fallback = host or pub_side
    if host and pub_side and host != pub_side and not any(p.side == host for p in taking_part) and \
            _SIDELINES.search(doc.work, lo, hi):
        # 'on the sidelines of the summit in New York': a venue nobody there hosts; the unsaid side is the publisher's
        fallback = pub_side
    unsaid: list[Person] = []
    for p in taking_part:
        if p.side is None and p.side_of is not None and p.side_of.side is not None:
            # 'The minister was accompanied by X': the minister's side, settled just before
            p.side, p.side_rule, p.guessed = p.side_of.side, p.side_of.side_rule, p.side_of.guessed
        if p.side is None and not p.not_side and not p.apart_from:
            first = _list_first(doc, p)
            if first is not None:
                p.side, p.side_rule, p.guessed = first.side, LIST_FIRST, False
        if p.side is None and not p.not_side and not p.apart_from:
            side = _unclaimed_party(doc, p, taking_part)
            if side is not None:
                p.side, p.side_rule, p.guessed = side, UNCLAIMED_PARTY, True
        if p.side is None and host is not None and p.not_side is None and p.position and \
                OF_THE_DELEGATION.match(p.position):
            # 'Leader of the Delegation, Professor X' with no delegation named by its side: the one received, not
            # of the side that hosts (side.guest_leader)
            p.not_side, p.not_side_rule = host, GUEST_LEADER
        if p.side is None:
            _unsided_side(doc, p, fallback, taking_part, None)
            if p.side is None and fallback is None and not p.apart_from and not p.not_side:
                unsaid.append(p)
    # with no host or publisher: those with no evidence at all, once the others are settled
    said = {p.side for p in taking_part if p.side is not None}
    for p in unsaid:
        _unsided_side(doc, p, fallback, taking_part, said)
    if unsaid and not said and all(p.side is None for p in unsaid):
        # nobody of the meeting has a side: without a guess the whole meeting is lost
        side = seg.country or _other_party(doc, set())
        for p in unsaid:
            p.side, p.side_rule, p.guessed = side, MOST_NAMED, side is not None
    persons = [p for p in taking_part if p.side is not None]
    seg.persons = persons
    if seg.place_rule == "place.dateline_city" and not seg.video:
        # 'YEREVAN, DECEMBER 18. The delegation of Armenia's Police was hosted today by Georgia's minister at the ministry':
        # a wire's home, the guests' country, is not where their hosts received them
        # (not where the text names the dateline's city again: 'A meeting was held at the state residence in Bishkek. The
        # Kyrgyz delegation was headed by ...' is in Bishkek)
        hosts = guests_host(doc, seg, persons) if dateline_only(doc, seg) else None
        if hosts is not None and hosts != seg.country and seg.country in {p.side for p in persons}:
            seg.city, seg.country, seg.place_rule = None, None, GUESTS_DATELINE
            if place_stated(doc, seg, index, hosts):
                seg.country, seg.place_guessed = hosts, True
    if seg.country is None and not seg.video:
        # the host stage ran before these sides were known: 'Tonga's Deputy Commissioner X paid a courtesy visit to the
        # Commissioner of Police Y' (Y's side settled only now), then an envoy's post
        called = called_on_side(doc.work, seg.start, seg.end, people)
        post = ambassador_post(people, si, sj, doc.aliases) if called is None or is_body(called) else None
        if called is not None and not is_body(called) and not envoy_call(doc, seg, called):
            seg.country, seg.place_guessed, seg.place_rule = called, True, CALLED_ON_PLACE
        elif post is not None and place_stated(doc, seg, index, post):
            seg.country, seg.place_guessed, seg.place_rule = post, True, ENVOY_POST
        elif seg.city is not None and city_country(seg.city) is None:
            # 'held at the Grand Hotel in Sin El Fil' ... 'The Syrian delegation was led by X': a town the table does not
            # know is where the other side received the guests
            country = guests_host(doc, seg, persons)
            if country is not None:
                seg.country, seg.place_rule = country, UNKNOWN_CITY_HOST
        elif seg.host is None:
            # 'Commissioner X, joined by ..., hosted the meeting' (X's side settled only now): the host's country, where
            # the text puts the meeting at the host's
            late = settled_host(doc, seg)
            if late is not None and not is_body(late) and place_stated(doc, seg, index, late):
                seg.country, seg.place_guessed, seg.place_rule = late, True, SETTLED_HOST
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


FROM_SIDES = decision("meeting.from_sides", "the text tells a meeting (a cue the release opens with passed) but no "
                                           "meeting keeps a person or a signing: the first is kept, its delegations the "
                                           "sides its text names, with no members ('The meeting was attended by police "
                                           "chiefs from Fiji and Samoa'; 'Ruritania's Kovac receives a visiting "
                                           "intelligence director' with the names unread): a release that tells a meeting reports one")


def from_sides(doc: Doc) -> None:
    """Keep the first meeting of a release that tells one but where nobody named takes part (`meeting.from_sides`)."""
    seg = doc.segments[0]
    sides: list[str] = []
    for k in range(seg.first, seg.last):
        for a in sorted(doc.anchors.get(k, []), key=lambda a: a.start):
            if a.code not in sides:
                sides.append(a.code)
    if not sides:
        return  # no side named at all: nothing to build a meeting of
    seg.built = FROM_SIDES
    seg.sides = sides
    seg.delegations = [{"side": side, "organization": doc.orgs.get(side), "host": side == seg.host, "members": [],
                        "groups": []} for side in sides]


def _member(p: Person) -> dict:
    out = {"name": p.name, "rank": p.rank, "position": p.position, "head": p.head, "span": [p.start, p.end],
           "rule": p.rule or None, "side_rule": p.side_rule, "head_rule": p.head_rule if p.head else None}
    if p.guessed:
        out["guessed"] = True
    return out
