"""The meeting's city, country and date: one example per rule added or changed for the fifth round on real releases,
named after its rule id (what the rule reads and what it must not). Sentences and pages are ours, in the families seen
on real pages."""

from whomet.store.extract import extract

from tests.extract_helpers import first_place as _place

BODY = ("Deputy Minister Piotr Zielinski of Poland held talks with Colonel Jonas Petraitis, the head of the Lithuanian "
        "border police, on the protection of the common border")


def _dates(page):
    record = extract(page)
    assert record.meetings, page
    return [m.date.isoformat() if m.date else None for m in record.meetings]


def test_date_today_widget():
    # a site's top bar over the headline: the day the page was shown, no day of the story to count from
    assert _dates(f"Thu. Sep 19th, 2024\n{BODY} on Monday.\n") == [None]
    assert _dates(f"Close X\nSaturday, March 16th, 2024\nPolish and Lithuanian border chiefs meet\n{BODY} today.\n") \
        == [None]
    assert _dates(f"Friday, May 17, 2024\nNewsletter\nBorder chiefs meet\n{BODY}, the ministry said.\n") == [None]
    # it still gives the year of a day the text writes out
    assert _dates(f"Thursday, May 16, 2024\n{BODY} on May 9.\n") == ["2024-05-09"]
    # the story's own date line under it, or one with the story's time, is the page's
    assert _dates(f"Wed. May 15th, 2024\nWarsaw, 10 May 2024\n{BODY} today.\n") == ["2024-05-10"]
    assert _dates(f"Latest news\nBorder chiefs meet in Warsaw\nMonday 13-05-2024 - 10:26 PM\n{BODY} today.\n") \
        == ["2024-05-13"]


def test_date_widget_day():
    # the decision the widget leads to: a relative day resolves to nothing, the release's date is no guess
    record = extract(f"Tue. May 14th, 2024\n{BODY} yesterday.\n")
    assert record.meetings[0].date is None
    assert _place(f"{BODY} in Vilnius on Tuesday.\n") == ("Vilnius", "LTU")


def test_place_unknown_city_host():
    # a town the table does not know, no country written with it: the country of the side that received the other's
    # delegation, delegates or travelling people
    assert _place("A joint meeting of the police of Kenya and a delegation of Ugandan officers was held at the Lakeview "
                  "Lodge in Kettlemoor. Commissioner Grace Wanjiru of Kenya opened it. The Ugandan delegation was led "
                  "by Colonel Moses Okello of Uganda.") == ("Kettlemoor", "KEN")
    assert _place("Commissioner Grace Wanjiru of Kenya said this at a bilateral meeting held at Kettlemoor on Tuesday. "
                  "The team leader of the Ugandan delegates, Colonel Moses Okello of Uganda, thanked the hosts.") \
        == ("Kettlemoor", "KEN")
    assert _place("Interior Minister Carlos Duarte of Brazil visited his colleagues in Villa Serrana on Tuesday and met "
                  "Interior Minister Jorge Benitez of Paraguay.") == ("Villa Serrana", "PRY")
    # both or neither side the guests': no country
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda at a meeting held at "
                  "Kettlemoor on Tuesday.") == ("Kettlemoor", None)
    # a known city keeps its own country
    assert _place("Interior Minister Carlos Duarte of Brazil visited his colleagues in Montevideo on Tuesday and met "
                  "Interior Minister Jorge Benitez of Paraguay.") == ("Montevideo", "URY")


def test_place_guest_noun():
    # the side named in the guests' phrase, from its article on: 'their Ugandan guests'; not a side named before the
    # article ('the police of Kenya and a delegation of ...' names Kenya outside the phrase)
    assert _place("Commissioner Grace Wanjiru of Kenya welcomed their Ugandan guests, led by Colonel Moses Okello of "
                  "Uganda, at the meeting held at Kettlemoor.") == ("Kettlemoor", "KEN")


def test_place_guest_travelled():
    # the one who reached or arrived at the place is the guest
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda at a meeting held in "
                  "Kettlemoor on Tuesday. Colonel Okello had reached Kettlemoor for the meeting on Monday.") \
        == ("Kettlemoor", "KEN")
    # a consensus reached is no journey
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda at a meeting held in "
                  "Kettlemoor on Tuesday. Colonel Okello praised the consensus reached by the two forces.") \
        == ("Kettlemoor", None)


def test_place_headline_country():
    # the body names no venue: the country the headline ends on after 'in'
    head = " date 2024-06-14\nBorder police chiefs hold talks in Ghana\n\n"
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda on Tuesday.", head) \
        == (None, "GHA")
    head = " date 2024-06-14\nRegional coordinator opens bilateral meetings in Jamaica\n\n"
    assert _place("Regional Coordinator Anna Varga of the European Union met Commissioner Grace Wanjiru of Kenya "
                  "last week.", head) == (None, "JAM")
    head = " date 2024-06-14\nKenyan and Ugandan police commanders meet in the United Republic of Tanzania\n\n"
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda on Tuesday.", head) \
        == (None, "TZA")
    # an envoy's post after 'to' is no venue
    head = " date 2024-06-14\nPolice chief meets Canadian Ambassador to Mongolia\n\n"
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda on Tuesday.", head) \
        == (None, None)


def test_place_settled_host():
    # the one who hosted, read once the sides are settled: the country of the host's premises
    assert _place("The assistance was confirmed at a meeting hosted by the local police for the team from the "
                  "Australian Navy, yesterday. Tonga Police said the talks covered sea patrols. Commissioner Sione "
                  "Tupou, joined by Lieutenant Commander Mark Ellis of the Australian Navy, hosted the meeting.") \
        == (None, "TON")
    assert _place("Commissioner Grace Wanjiru of Kenya welcomed Colonel Moses Okello of Uganda at her office on "
                  "Tuesday.") == (None, "KEN")


def test_place_host_subject():
    # an agency naming its country as the subject of 'hosted', 'received', 'welcomed': its country, where the text puts
    # the meeting at the host's
    assert _place("The Ghana Immigration Service (GIS) has hosted members of a study course of the Nigerian National "
                  "Defence College. Comptroller-General Kwame Mensah noted that policies mattered.") == (None, "GHA")
    assert _place("The Zambia Police Service on Tuesday received a delegation of Malawian officers led by Commissioner "
                  "Peter Banda of Malawi.") == (None, "ZMB")
    # a passive names the guest first, not the host
    assert _place("The Zambia Police Service was received on Tuesday by Commissioner Peter Banda of Malawi at his office.") \
        == (None, "MWI")


def test_place_event_city_where():
    # a known city a relative clause telling the meeting opens on
    assert _place("Commissioner Grace Wanjiru of Kenya began a tour of the region on Monday. Its first stop was Kampala, "
                  "Uganda, where she led a delegation for talks with Colonel Moses Okello of Uganda.") == ("Kampala", "UGA")
    assert _place("Colonel Moses Okello of Uganda flew on to Nairobi, where he met Commissioner Grace Wanjiru of "
                  "Kenya.") == ("Nairobi", "KEN")
    assert _place("Colonel Moses Okello of Uganda travelled by road to Arusha, where the two delegations held talks with "
                  "Commissioner Grace Wanjiru of Kenya.") == ("Arusha", "TZA")
    # not a place the table does not know as a city, nor a clause telling no meeting
    assert _place("Colonel Moses Okello of Uganda met Commissioner Grace Wanjiru of Kenya at the Ministry of Interior, "
                  "where he was welcomed warmly.") == (None, None)


def test_date_ymd_spaced_stops_and_slashes():
    # a page's date line written year first with stops or slashes, under the story ('Date' / '2016.03.10 / 17:38')
    assert _dates(f"Border chiefs meet\n{BODY}.\nDate\n2024.05.14 / 17:38\nAuthor\nA wire\n") == ["2024-05-14"]
    assert _dates(f"Border chiefs meet\n2024/05/14\n{BODY} yesterday.\n") == ["2024-05-13"]
    # mixed separators are no date
    assert _dates(f"Border chiefs meet\n{BODY}.\nDate\n2024.05/14\n") == [None]




def test_place_envoy_call():
    # a resident envoy's call or visit with no place named: no country, whatever the call is called
    wire = " date 2024-06-14 Source: East Africa Wire\n\n"
    assert _place("Commissioner Grace Wanjiru of Kenya received the Ambassador of Japan to Kenya, Kenji Sato, for a "
                  "courtesy call on Tuesday.", wire) == (None, None)
    assert _place("The High Commissioner of Canada to Kenya, Anne Martin, paid a courtesy call on Commissioner Grace "
                  "Wanjiru of Kenya on Tuesday.", wire) == (None, None)
    assert _place("Commissioner Grace Wanjiru of Kenya hosted a reception for the Chargé d'Affaires of Sweden, Eva Lind, "
                  "on Tuesday.", wire) == (None, None)
    # a visiting official's courtesy call is a visit to the country
    assert _place("Colonel Moses Okello of Uganda paid a courtesy call on Commissioner Grace Wanjiru of Kenya on "
                  "Tuesday.", wire) == (None, "KEN")


def test_place_envoy_call_venue():
    # the place itself named: the envoy's call has it
    wire = " date 2024-06-14 Source: East Africa Wire\n\n"
    assert _place("Commissioner Grace Wanjiru of Kenya received the Ambassador of Japan to Kenya, Kenji Sato, at the "
                  "Police Headquarters on Tuesday.", wire) == (None, "KEN")
    assert _place("Commissioner Grace Wanjiru of Kenya received the Ambassador of Japan to Kenya, Kenji Sato, at her "
                  "office on Tuesday.", wire) == (None, "KEN")
    # and the next meeting of the same host goes on there
    record = extract(wire + "Commissioner Grace Wanjiru of Kenya received the Ambassador of Japan to Kenya, Kenji Sato, "
                     "at her office on Tuesday.\n\nShe also met the Ambassador of Poland to Kenya, Anna Nowak, to discuss "
                     "training.")
    assert [m.place.country for m in record.meetings] == ["KEN", "KEN"]


def test_place_guests_dateline():
    # a wire's dateline at the guests' home is not where their hosts received them
    page = (" date 2024-06-14\nNAIROBI, June 14. The delegation of the Kenya Police led by Commissioner Grace Wanjiru of "
            "Kenya was hosted today by Colonel Moses Okello of Uganda at the ministry, the Kenyan police said.\n")
    assert _place(page, "") == (None, "UGA")
    page = (" date 2024-06-14\nNAIROBI, June 14. A Kenyan delegation led by Commissioner Grace Wanjiru of Kenya was "
            "received by Colonel Moses Okello of Uganda at his office on Friday.\n")
    assert _place(page, "") == (None, "UGA")
    # a dateline's city the text names again as the venue stays, and so does one over a meeting where no one is received
    page = (" date 2024-06-14\nNAIROBI, June 14. A meeting of the police of Kenya and Uganda was held at the state lodge in "
            "Nairobi. The Kenyan delegation was headed by Commissioner Grace Wanjiru of Kenya, and the Ugandan one by "
            "Colonel Moses Okello of Uganda.\n")
    assert _place(page, "") == ("Nairobi", "KEN")
    # the hosts' own dateline stays
    page = (" date 2024-06-14\nKAMPALA, June 14. The delegation of the Kenya Police led by Commissioner Grace Wanjiru of "
            "Kenya was hosted today by Colonel Moses Okello of Uganda at the ministry.\n")
    assert _place(page, "") == ("Kampala", "UGA")


def test_place_year_before():
    # a month and year, or a year, right before the city dates another event
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda on Tuesday. The first meeting "
                  "of the two forces was held in February 1992 in Kampala.") == (None, None)
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda on Tuesday. The two forces "
                  "first signed a protocol in 2015 in Arusha.") == (None, None)
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda on Tuesday. Their talks, begun "
                  "in mid-2019 in the town of Busia, went on.") == (None, None)
    # the day of this meeting before its city is no other event
    assert _place("Commissioner Grace Wanjiru of Kenya met Colonel Moses Okello of Uganda on 12 June in Kampala.") \
        == ("Kampala", "UGA")


def test_place_topic_in_city():
    # an 'in <City>' after a topic of the talks is where the topic happens, not where they met
    wire = " date 2024-06-14 Source: East Africa Wire\n\n"
    assert _place("Colonel Moses Okello of Uganda met Commissioner Grace Wanjiru of Kenya on Tuesday. Law and order in "
                  "Nairobi were discussed during the meeting.", wire) == (None, None)
    assert _place("Colonel Moses Okello of Uganda met Commissioner Grace Wanjiru of Kenya on Tuesday to discuss the "
                  "security situation in Mogadishu.", wire) == (None, None)
    assert _place("Colonel Moses Okello of Uganda met Commissioner Grace Wanjiru of Kenya on Tuesday. The meeting "
                  "reviewed recent attacks in Kampala.", wire) == (None, None)
    # a field a meeting is named after stays with its city
    assert _place("Colonel Moses Okello of Uganda addressed the meeting of the council on combating drug trafficking in "
                  "Nairobi on Tuesday with Commissioner Grace Wanjiru of Kenya.", wire) == ("Nairobi", "KEN")


def test_place_office_in():
    # a body's standing mission or office in a country, inside an office's title, is no venue
    wire = " date 2024-06-14 Source: Balkan Wire\n\n"
    assert _place("Director General Arben Krasniqi of the Kosovo Police held a meeting with Marco Rossi, Head of the "
                  "EULEX mission in Kosovo.", wire) == (None, None)
    assert _place("Minister Petar Ilievski of North Macedonia met Anna Berg, Head of the OSCE Mission in North "
                  "Macedonia, on Tuesday.", wire) == (None, None)
    assert _place("Minister Petar Ilievski of North Macedonia met Anna Berg, the chief of the UN office in Serbia, on "
                  "Tuesday.", wire) == (None, None)
    # a meeting held in the country stays
    assert _place("Minister Petar Ilievski of North Macedonia met Anna Berg of the OSCE at a meeting held in Serbia on "
                  "Tuesday.", wire) == (None, "SRB")
