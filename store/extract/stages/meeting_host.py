"""Meeting stage: the host side (an ambassador's country of posting when the text says no more), and the country when the text names none (a guess from the host or publisher)."""

from whomet.store.extract.delegations import ambassador_post, host_side, visit_country
from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.lexicon import BODY_SEAT, city_country
from whomet.store.sides import is_body


def run(doc: Doc, seg: Segment, index: int) -> None:
    work, a, b, pub_side = doc.work, seg.start, seg.end, doc.pub_side
    host = host_side(work, (a, b), doc.people, doc.aliases)
    if host is None:
        host = ambassador_post(doc.people, seg.first, seg.last, doc.aliases)
    if host is None:
        prev_host = doc.segments[index - 1].host if index else None
        host = (seg.country or visit_country(work, a, b, doc.aliases)
                or (visit_country(work, 0, a, doc.aliases) if index else None)
                or (pub_side if not seg.video else None) or prev_host)
    seg.host = host
    if seg.video or seg.country is not None:
        return
    country = None
    if host and not is_body(host):
        country = host
    elif host:
        country = BODY_SEAT.get(host) if seg.city is None or city_country(seg.city) is None else None
        if country is None and pub_side and not is_body(pub_side):
            country = pub_side
    elif pub_side and not is_body(pub_side):
        country = pub_side
    seg.country = country
    seg.place_guessed = country is not None
    seg.place_rule = seg.place_rule or ("place.guessed" if country else None)
