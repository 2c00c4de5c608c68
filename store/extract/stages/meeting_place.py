"""Meeting stage: video or in person, and the city and country the text names (event place, dateline, any city)."""

from whomet.store.extract.doc import Doc, Segment
from whomet.store.extract.lexicon import CAPITALS, city_country, city_country_among
from whomet.store.extract.places import (CITY_WHERE, DISTRICT_OF, WHERE_CITY, HERE, THE_CAPITAL, city_of_quarter, country_after, country_before, dateline, event_city_at, event_country, find_city,
                                         headline_city, headline_country, heading_venue_city, is_video, lead_country, lead_spans, page_tail, quarter_not_city, region_venue, the_capital,
                                         venue_city, relayed)
from whomet.store.extract.rules import decision
from whomet.store.names import fold
from whomet.store.sides import is_body

EVENT_CITY = decision("place.event_city", "a city the text says the meeting was held in (the place.event_city_N patterns)")
LEAD_CITY = decision("place.lead_in_city", "a known city after 'in' in the lead's meeting sentence, over the dateline's city "
                                         "(a wire's home: 'YEREVAN, MAY 13. A held talks with B in Tbilisi')")
EVENT_COUNTRY = decision("place.country_only", "a country the text names as the venue, no city ('a meeting in "
                                               "Netherlands', 'at the Ministry of Foreign Affairs of Turkmenistan')")


HEADLINE_COUNTRY = "place.headline_country"  # the body names no venue: the country the headline ends on after 'in'
SAME_PLACE = decision("place.same_place", "another meeting of the same day told with no place of its own ('In another "
                                          "engagement, ...', 'The Minister also met ...'): the place of the meeting before")


def run(doc: Doc, seg: Segment, index: int) -> None:
    work, a, b = doc.work, seg.start, seg.end
    # a city in the page's tail (other stories' headlines) is not this meeting's
    tail = page_tail(work)
    # (clipped to the segment: a meeting told from the middle of a sentence on, 'before travelling to X to meet Y')
    spans = [(max(s.start, a), min(s.end, b)) for s in doc.sentences[seg.first:seg.last] if s.start < tail]
    persons = frozenset(fold(p.name) for p in doc.people.persons)
    seg.video = is_video(work, a, b)
    if seg.video:
        return
    # the dateline places the first meeting kept: a lead with nobody in it ('BAKU, May 5. A memorandum was
    # signed ...') leaves it to the paragraph that tells the meeting
    first = not any(s.kept for s in doc.segments[:index])
    d_city, d_country = dateline(work[doc.segments[0].start:]) if first else (None, None)
    sides = {p.side for p in doc.people.persons if seg.first <= p.sentence < seg.last and p.side}
    if d_city is not None and relayed(work, spans[:2]) and len({c for c in sides if not is_body(c)}) >= 2 \
            and (d_country or city_country(d_city)) not in sides:
        # 'BAKU, October 3. <A's minister> held a meeting with <B's minister>, Trend reports.': the wire's city, where
        # none of the people is from
        d_city = d_country = None
    people_sides = set(sides)
    sides |= {m.code for i in range(seg.first, seg.last) for m in doc.anchors.get(i, [])}
    city, city_at, at = event_city_at(work, spans, persons)
    # 'Doha, Qatar, where X led a delegation': where, not who received (no host from it, as a venue country)
    where = city if city is not None and CITY_WHERE.match(work, city_at) else None
    if at > 0 and " also " in work[spans[at][0]:spans[at][1]]:
        # 'A met B on 12 June in Riga. A also visited Daugavpils.': a known city a sentence before names is the venue, the
        # event city of a sentence telling what the visitors also did another stop of the visit
        told, _ = find_city(work, spans[:at], persons)
        if told is not None and city_country(told) is not None:
            city, at = told, 0
    city = city_of_quarter(work, city) or city
    if d_city is not None and city is not None and fold(city) != fold(d_city) and HERE.search(work, a, b):
        city = None  # 'met here on Tuesday': the dateline's city, not a city named later in passing
    # a venue country counts before the event city's sentence (or anywhere without one): 'led a delegation to the
    # Republic of the Marshall Islands' ... 'visited Majuro' in a later paragraph
    e_country, e_at = event_country(work, spans[:at] if at >= 0 else spans, doc.pub_side)
    if e_country is None and city is None and d_city is not None:
        # 'YEREVAN, MAY 13, ARMENPRESS. A held talks with B in Georgia.': a country of one of the sides closing the
        # lead's meeting clause outranks the wire's dateline
        named = lead_country(work, lead_spans(work, spans))
        if named in sides and named != (d_country or city_country(d_city)):
            e_country, e_at = named, 0
    if city is not None and 0 <= e_at < at and (city_country(city) or country_after(work, city, a, b)) not in (None, e_country):
        city = None  # 'led a delegation to the Republic of the Marshall Islands ...' before a city elsewhere (also one the
        # table does not know, of another country by the text: 'an extension of talks held in Koh Kong, Cambodia')
    rule = EVENT_CITY
    if city is None and e_country is None and d_city is not None and "capital" in work[a:b]:
        # 'MOSCOW, May 12 - A met B in the Belarusian capital': the capital the text names by its country, not the wire's
        # city
        named = the_capital(work, spans, None)
        if named is not None and named != (d_country or city_country(d_city)):
            city, rule = CAPITALS[named], THE_CAPITAL
    if city is None and d_city is not None:
        # 'YEREVAN, MAY 13, ARMENPRESS. A held talks with B in Tbilisi': a known city the lead's meeting sentence names
        # outranks the wire's dateline, when it is in the country of one of the sides
        lead, _ = find_city(work, lead_spans(work, spans), persons)
        if lead is not None and fold(lead) != fold(d_city) and (
                city_country_among(lead, sides) in sides
                or city_country(lead) is None and country_before(work, lead, a, b) in people_sides):
            # 'ZAGREB - A met B in the eastern Croatian town of Slavonski Brod': a town the table does not know, in the
            # country of one of the people by the demonym before it (the demonym itself anchors a side)
            city, rule = lead, LEAD_CITY
    if city is None or (d_city is not None and fold(city) == fold(d_city)) or (
            d_city is not None and city_country(city) is None and city_country(d_city) is not None
            and DISTRICT_OF.search(work, a, b) and fold(city) in fold(work[a:b])):
        # 'MANILA — ... at the MPD headquarters in Ermita': an unknown place under a known dateline city
        # is a district of it
        city, rule = d_city, "place.dateline_city"
    else:
        d_country = None
    if e_country and city is None:
        found, _ = find_city(work, spans, persons)
        if city_country(found) == e_country or found and city_country(found) is None \
                and country_after(work, found, a, b) == e_country:
            # 'in the town of Naftalan in Azerbaijan': a town the table does not know, in the venue country written after it
            city, rule = found, "place.in_city"
    if e_country and rule == "place.dateline_city" and region_venue(work, *spans[e_at]):
        city = None  # 'BANGKOK - ... met in the Thai border province of Sa Kaeo': the wire's city is not the venue
    if e_country and (city is None or city_country(city) not in (None, e_country)):
        # the venue country outranks a dateline city of another country ('INA- Baghdad ... signed at the
        # headquarters of the Spanish Ministry of Interior')
        seg.city, seg.country, seg.place_rule = None, e_country, EVENT_COUNTRY
        return
    if city is None:
        city, _ = find_city(work, spans, persons)
        rule = "place.in_city"
    if city is None and not d_country:
        city, rule = venue_city(work, spans), "place.city_venue"
    if city is None and first and not d_country:
        # the body names no venue: a headline ending 'in <City>' does
        city = headline_city(work[doc.segments[0].start:])
        rule = "place.headline_city"
        if city is None:
            city, rule = heading_venue_city(work), "place.heading_venue"
        if city is None and not e_country:
            named = headline_country(work[doc.segments[0].start:])
            if named is not None:
                seg.city, seg.country, seg.place_rule = None, named, HEADLINE_COUNTRY
                return
    if city is not None and city == where and rule == EVENT_CITY:
        rule = WHERE_CITY
    seg.city = city
    seg.place_rule = rule if city else ("place.dateline_city" if d_country else None)
    # 'in Postojna, Slovenia': a city the table does not know, with its country after it
    # 'in Guliston city, Sughd region of Tajikistan': the country the text writes after the city outranks the
    # city table's (a name several countries share)
    # 'on his visit to Samoa' ... 'at the Police Academy in Tafaigata': the venue country named before a city the table
    # does not know is that city's (and one named after it, below)
    # 'SAN JOSE, Costa Rica -': the dateline's own country names its city's
    seg.country = ((d_country if rule == "place.dateline_city" else None)
                   or country_after(work, city, a, b) or city_country_among(city, sides) or country_before(work, city, a, b)
                   or (e_country if city and city_country(city) is None else None) or d_country)
    if seg.country is None and city and city_country(city) is None and at >= 0:
        # 'held at the headquarters in Kacyiru' ... 'are in Rwanda for a week-long visit': a venue country told after
        # the sentence of a city the table does not know is that city's
        seg.country = event_country(work, spans[at:], doc.pub_side)[0]
    if city is not None and rule != "place.dateline_city" and quarter_not_city(work, city, a, b):
        # 'in Thong Pe village', 'the RNP General Headquarters in Kacyiru': no city; the country read for it stands
        seg.city, seg.quarter = None, city
        seg.place_rule = "place.village_not_city" if seg.country else None
    if seg.city is None and seg.country is None and seg.same_place and index > 0:
        # 'In another engagement, the IGP met ...' with no place of its own: where the meeting before it was
        before = doc.segments[index - 1]
        if not before.video and before.country is not None and not before.place_guessed:
            seg.city, seg.country, seg.place_rule = before.city, before.country, SAME_PLACE
