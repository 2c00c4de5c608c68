"""Meeting stage: video or in person, and the city and country the text names (event place, dateline, any city)."""

from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.lexicon import city_country
from whomet.store.extract.places import DISTRICT_OF, dateline, event_city, find_city, is_video
from whomet.store.extract.rules import decision
from whomet.store.names import fold

EVENT_CITY = decision("place.event_city", "a city the text says the meeting was held in (the place.event_city_N patterns)")


def run(doc: Doc, seg: Segment, index: int) -> None:
    work, a, b = doc.work, seg.start, seg.end
    spans = [(s.start, s.end) for s in doc.sentences[seg.first:seg.last]]
    seg.video = is_video(work, a, b)
    if seg.video:
        return
    d_city, d_country = dateline(work[a:]) if index == 0 else (None, None)
    city, _ = event_city(work, spans)
    rule = EVENT_CITY
    if city is None or (d_city is not None and fold(city) == fold(d_city)) or (
            d_city is not None and city_country(city) is None and city_country(d_city) is not None
            and DISTRICT_OF.search(work, a, b) and fold(city) in fold(work[a:b])):
        # 'MANILA — ... at the MPD headquarters in Ermita': an unknown place under a known dateline city
        # is a district of it
        city, rule = d_city, "place.dateline_city"
    else:
        d_country = None
    if city is None:
        city, _ = find_city(work, spans)
        rule = "place.in_city"
    seg.city = city
    seg.place_rule = rule if city else ("place.dateline_city" if d_country else None)
    seg.country = city_country(city) or d_country
