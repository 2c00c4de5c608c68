"""Meeting stage: the host side (an ambassador's country of posting when the text says no more), and the country when the text names none (a guess from the host or publisher)."""

from whomet.store.extract.delegations import _ENVOY, _PASSIVE_RECEIVED, ambassador_post, called_on_side, host_side, hosted_by_envoy, visit_country
from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.lexicon import BODY_SEAT, CAPITALS, SIDE_PHRASES, city_country, key
from whomet.store.extract.places import (THE_CAPITAL, WHERE_CITY, body_office_country, body_seat_visited, event_city_at,
                                         find_city, own_publisher, placed_at_host, the_capital, venue_named)
from whomet.store.extract.stages.meeting_place import EVENT_COUNTRY
from whomet.store.extract.rules import decision, pattern
from whomet.store.extract.sides import first_side, sides_in
from whomet.store.names import fold
from whomet.store.sides import is_body




CALLED_ON_PLACE = decision("place.called_on", "no venue and no host in the text: the country of the one a caller 'paid a "
                                              "courtesy call on' or 'called on' (host.called_on reads the phrase)")
ENVOY_HOST = decision("place.envoy_host", "an envoy's side hosts and the text names no venue: the country the envoy is "
                                         "posted to ('the Ambassador of Lithuania hosted the Polish minister')")
# "Iran's visiting police officials", 'the visiting Lithuanian delegation': the side that came, so the other one hosts
_VISITING_SIDE = pattern("host.visiting_side", r"\b([A-Z][\w-]*)['’]s\s+visiting\b|\b[Tt]he\s+visiting\s+([A-Z][\w-]*)\b")


def _visited(work: str, a: int, b: int, doc: Doc, seg: Segment) -> str | None:
    """The other side of a two-country meeting (its people's and the side phrases its sentences name) whose one side
    the text calls visiting; None otherwise."""
    if "visiting" not in work[a:b]:
        return None
    sides = {p.side for p in doc.people.persons if seg.first <= p.sentence < seg.last and p.side}
    sides |= {m.code for i in range(seg.first, seg.last) for m in doc.anchors.get(i, [])}
    sides = {c for c in sides if not is_body(c)}
    if len(sides) != 2:
        return None
    for m in _VISITING_SIDE.finditer(work, a, b):
        guest = SIDE_PHRASES.get(key(m.group(1) or m.group(2)))
        if guest in sides:
            return (sides - {guest}).pop()
    return None


# 'a delegation of Syrian officers', 'the Mozambican delegates', 'their Ugandan guests': the guests' noun and its phrase,
# from its article on, and 'of' or 'from' after it; a side named in it is the guests'
_GUEST_NOUN = pattern("place.guest_noun", r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+((?:[\w'’-]+\s+){0,4}?)"
                                          r"(?:delegation|delegates|visitors|guests)\b(\s+(?:of|from)\s+[^.,;\n]{1,40})?")
# 'A visited his colleagues in X', 'B had reached X for the meeting', 'C arrived in X': the subject travelled there
# (not 'the consensus reached by the leaders': 'reached' a place named)
_TRAVELLED = pattern("place.guest_travelled", r"\b(?:visited|reached\s+(?=[A-Z])|arrived\s+(?:in|at)\b)")
UNKNOWN_CITY_HOST = decision("place.unknown_city_host", "a city the table does not know, no country the text writes with it: "
                                                        "the country of the side that received the other of two (the "
                                                        "other's delegation or delegates, or its people travelled there)")


def guests_host(doc: Doc, seg: Segment, persons) -> str | None:
    """Of a meeting between two countries, the one that received the other: the other side is the guests' (its
    delegation, delegates, visitors named in its phrase: 'a delegation of Syrian officers', 'the Mozambican delegates'), or
    its person travelled ('A visited his colleagues in X', 'B had reached X for the meeting'). None when both or neither
    read so."""
    work, a, b = doc.work, seg.start, seg.end
    # the sides of the people taking part, once settled (a side the text names in passing, 'talks held earlier in Riyadh',
    # is no party)
    sides = {p.side for p in persons if not is_body(p.side)}
    if len(sides) != 2:
        return None
    guests = set()
    for m in _GUEST_NOUN.finditer(work, a, b):
        guests |= {c for c in sides_in(f"{m.group(1)} {m.group(2) or ''}", doc.aliases) if c in sides}
    for m in _TRAVELLED.finditer(work, a, b):
        start = max(work.rfind(". ", a, m.start()), work.rfind("\n", a, m.start()), a)
        before = [mm for mm in doc.people.mentions if start <= mm.start < m.start() and mm.person and mm.person.side]
        if before:
            guests.add(max(before, key=lambda mm: mm.start).person.side)
    return (sides - guests).pop() if len(guests & sides) == 1 else None


# 'The Ghana Immigration Service has hosted members of ...': an agency naming its country as the subject of the host's verb
_HOST_VERB = pattern("place.host_subject", r"\b(?:hosted|received|welcomed)\b")
SETTLED_HOST = decision("place.settled_host", "no host when the host stage ran: the side of the one who hosted, received or "
                                              "welcomed the others once every side is settled ('Commissioner X ... hosted "
                                              "the meeting'), or of the agency that did ('The Ghana Immigration Service has "
                                              "hosted ...'), where the text puts the meeting at the host's")


def dateline_only(doc: Doc, seg: Segment) -> bool:
    """Whether the dateline's city is the meeting's only by the dateline: no sentence of the meeting names it as the
    venue ('A meeting was held at the state residence in Bishkek' does: find_city, event_city_at)."""
    if seg.city is None:
        return False
    spans = [(max(x.start, seg.start), min(x.end, seg.end)) for x in doc.sentences[seg.first:seg.last]]
    persons = frozenset(fold(p.name) for p in doc.people.persons)
    named = {event_city_at(doc.work, spans, persons)[0], find_city(doc.work, spans, persons)[0]}
    return fold(seg.city) not in {fold(c) for c in named if c}


def settled_host(doc: Doc, seg: Segment) -> str | None:
    """The host side read again once the people's sides are settled (host_side), else the country an agency names as the
    subject of 'hosted', 'received', 'welcomed' with nobody named before the verb in its sentence."""
    work, a, b = doc.work, seg.start, seg.end
    host = host_side(work, (a, b), doc.people, doc.aliases)
    if host is not None:
        return host
    for m in _HOST_VERB.finditer(work, a, b):
        if work[m.end():m.end() + 3] == " by" or _PASSIVE_RECEIVED.search(work, max(a, m.start() - 16), m.start()):
            continue
        start = max(work.rfind(". ", a, m.start()), work.rfind("\n", a, m.start()), a)
        if any(start <= mm.start < m.start() for mm in doc.people.mentions):
            return None
        return first_side(work[start:m.start()], doc.aliases)
    return None


ENVOY_CALL = decision("place.envoy_call", "a resident envoy of another state takes part ('the Ambassador of Japan "
                                          "paid a courtesy call on the Minister', 'the High Commissioner visiting the "
                                          "Prime Minister'): a country guessed from a side stands only where the text "
                                          "names the place itself ('at the Police Headquarters', 'at his office', 'here')")


def envoy_call(doc: Doc, seg: Segment, country: str) -> bool:
    """Whether a resident envoy (an ambassador, high commissioner, chargé d'affaires) of a side other than `country` takes
    part in the meeting, and the text names no place of it (`place.envoy_call`): a call or a visit words alone ('courtesy
    call', 'visiting', 'hosted a reception for') do not place it (the round-five gold audit: no place for an envoy's call
    with no venue named, dev7/609, 611, 616, 636, dev5/324, 326, dev8/806, 814)."""
    envoy = any(seg.first <= p.sentence < seg.last and not p.passing and p.position and _ENVOY.search(p.position)
                and p.side != country and not is_body(p.side) for p in doc.people.persons)
    return envoy and not venue_named(doc.work, seg.start, seg.end)


def place_stated(doc: Doc, seg: Segment, index: int, country: str) -> bool:
    """Whether a country guessed from a side may stand: the meeting has a city (or a village, a quarter), its text puts
    it at the host's (`place.host_premises`), the host's own ministry or force publishes it (`place.host_publisher`), or
    the meeting before it, in that country, did ('He also met ...' carries the office). A body's office or delegation in
    the country taking part ('received the head of the OSCE Baku Office', 'met the Head of the EU Delegation to Georgia')
    says no more than an ambassador's call does: no place (the gold audit of round five, dev/124 and dev2/139, set both
    null by the convention that an envoy's call with no venue named has none)."""
    if seg.city is not None or seg.quarter is not None:
        return True
    if placed_at_host(doc.work, seg.start, seg.end) and not envoy_call(doc, seg, country):
        return True
    if country == doc.pub_side and own_publisher(doc.publisher):
        return True  # the host's own ministry or force tells its meeting at home
    before = doc.segments[index - 1] if index else None
    return before is not None and before.country == country and before.host in (None, seg.host)


def run(doc: Doc, seg: Segment, index: int) -> None:
    work, a, b, pub_side = doc.work, seg.start, seg.end, doc.pub_side
    host = host_side(work, (a, b), doc.people, doc.aliases)
    host_guessed = False
    if host is None:
        host = ambassador_post(doc.people, seg.first, seg.last, doc.aliases)
    if host is None:
        prev_host = doc.segments[index - 1].host if index else None
        # a venue named only as a country ('currently visiting the United States') says where, not who received:
        # the people it leaves without a side are more often the publisher's own (meeting_members)
        venue = seg.country if seg.place_rule not in (EVENT_COUNTRY, WHERE_CITY) else None
        host = (venue or visit_country(work, a, b, doc.aliases)
                or (visit_country(work, 0, a, doc.aliases) if index else None)
                or _visited(work, a, b, doc, seg))
        if host is None:
            host, host_guessed = (pub_side if not seg.video else None) or prev_host, True
        if host is None and seg.place_rule == EVENT_COUNTRY:
            host = seg.country  # no publisher's side either: the venue country receives
    seg.host = host
    capital_country = the_capital(work, [(s.start, s.end) for s in doc.sentences[seg.first:seg.last]], host) \
        if not seg.video and seg.city is None else None
    if capital_country and seg.country in (None, capital_country):
        seg.city, seg.country, seg.place_rule = CAPITALS[capital_country], capital_country, THE_CAPITAL
        seg.place_guessed = host_guessed and capital_country == host
        return
    if seg.video or seg.country is not None:
        return
    country = None
    called = called_on_side(work, a, b, doc.people) if host_guessed else None
    if called is not None and not is_body(called) and not envoy_call(doc, seg, called):
        # 'X paid a courtesy call on the Minister Y': the call is where Y is, over a guess from the publisher
        seg.country, seg.place_guessed, seg.place_rule = called, True, CALLED_ON_PLACE
        return
    seat = body_seat_visited(work, a, b) if host_guessed or host is None else None
    if seat is not None:
        # 'met the Director at Europol headquarters': the body's seat, over a guess from the publisher's side
        seg.country, seg.place_guessed, seg.place_rule = seat, True, "place.body_headquarters"
        return
    if host and not is_body(host):
        # an envoy who hosts receives where posted: 'the Ambassador of Lithuania hosted the minister'
        post = ambassador_post(doc.people, seg.first, seg.last, doc.aliases) \
            if hosted_by_envoy(doc.people, seg.first, seg.last, host) else None
        if post is not None and post != host:
            seg.country, seg.place_guessed, seg.place_rule = post, True, ENVOY_HOST
            return
        country = host
    elif host:
        # 'the head of the OSCE Baku Office': a body's office in a city is where its people are, before its seat
        country = body_office_country(work, a, b) or (
            BODY_SEAT.get(host) if seg.city is None or city_country(seg.city) is None else None)
        if country is None and pub_side and not is_body(pub_side):
            country = pub_side
    elif pub_side and not is_body(pub_side):
        country = pub_side
    else:
        country = body_office_country(work, a, b)
    if country is not None and not place_stated(doc, seg, index, country):
        country = None  # a side's country, but the text names no place where they met
    seg.country = country
    seg.place_guessed = country is not None
    seg.place_rule = seg.place_rule or ("place.guessed" if country else None)
