"""The meeting's city and country: one example per place rule added for the third real batch, named after its rule id
(what the rule reads and what it must not). Sentences are ours, in the families seen on real pages."""

from whomet.store.extract import extract

from tests.extract_helpers import BARE, first_place as _place


def test_place_building_not_city():
    # a building the table does not know is no city; the city named after it is
    assert _place("Deputy Minister Piotr Zielinski met Colonel Jonas Petraitis of Lithuania on 12 June. The talks took "
                  "place in Ostrowski Villa, the official residence of the Prime Minister in Gdansk.") == ("Gdansk", "POL")
    assert _place("Deputy Minister Piotr Zielinski met Colonel Jonas Petraitis of Lithuania on 12 June. The talks took "
                  "place in Ostrowski Palace.")[0] is None
    # an unknown town is still a town
    assert _place("Deputy Minister Piotr Zielinski met Colonel Jonas Petraitis of Lithuania in Borkowo on 12 June.")[0] \
        == "Borkowo"


def test_place_person_not_city():
    city, _ = _place("Colonel Jonas Petraitis of Lithuania paid a courtesy call on the Minister of the Interior, Marek "
                     "Nowicki, on 12 June.\n\nFor his part, the Minister of the Interior, Marek Nowicki welcomed the "
                     "visit.")
    assert city is None
    # a known city opening the same phrasing still hosts
    assert _place("Colonel Jonas Petraitis of Lithuania met Deputy Minister Piotr Zielinski on 12 June. Gdansk "
                  "hosted the talks.")[0] == "Gdansk"


def test_place_embassy_country():
    assert _place("Colonel Jonas Petraitis of Lithuania received the medal from Deputy Minister Piotr Zielinski at a "
                  "ceremony at the Polish Embassy in Lithuania on Wednesday.") == (None, "LTU")
    # an embassy named without 'at the' is an office, not the venue
    assert _place("Colonel Jonas Petraitis of Lithuania met Deputy Minister Piotr Zielinski on 12 June to discuss "
                  "the staff of the Polish Embassy in Lithuania.")[1] != "LTU"


def test_place_event_country_signed_in():
    assert _place("Colonel Jonas Petraitis of Lithuania and Deputy Minister Piotr Zielinski signed a memorandum of "
                  "understanding in Lithuania on 12 June.") == (None, "LTU")


def test_place_address_city_signed():
    assert _place("Colonel Jonas Petraitis of Lithuania and Deputy Minister Piotr Zielinski signed the memorandum at "
                  "the Ministry of Interior Boardroom, Gdansk.") == ("Gdansk", "POL")


def test_place_past_place_first_meeting():
    city, _ = _place("Colonel Jonas Petraitis of Lithuania paid a courtesy visit to Deputy Minister Piotr Zielinski on "
                     "12 June. They reviewed how the issues discussed during the first meeting in Vilnius had "
                     "progressed.")
    assert city is None
    # the first meeting told as this one still places it
    assert _place("The first meeting of the working group was held in Vilnius on 12 June, attended by Colonel Jonas "
                  "Petraitis of Lithuania and Deputy Minister Piotr Zielinski.")[0] == "Vilnius"


def test_place_page_tail():
    text = ("Colonel Jonas Petraitis of Lithuania met Deputy Minister Piotr Zielinski on 12 June to discuss border "
            "security.\n\nMore from Local News\n\n  • Regional forum kicks off in Vilnius\n\n    The forum was held "
            "in Vilnius with ministers from the region.\n")
    assert _place(text)[0] is None
    # the same line above the article (a site's menu) cuts nothing after it
    assert _place("Related News\n\n" + text.split("\n\nMore")[0] + " The talks were held in Vilnius.")[0] == "Vilnius"


def test_place_headline_city():
    text = ("Lithuanian police chief in Gdansk\n\nThe agreement covers joint patrols and training.\n\nColonel Jonas "
            "Petraitis of Lithuania met Deputy Minister Piotr Zielinski on 12 June and said the patrols would start "
            "in July.\n")
    assert _place(text) == ("Gdansk", "POL")
    # a body naming its own venue outranks the headline
    assert _place(text.replace("start in July.", "start in July. The talks were held in Vilnius."))[0] == "Vilnius"


def test_place_event_country_gives_an_unknown_citys_country():
    # 'on his visit to Lithuania' ... 'at the Police Academy in Borkowo': the country named first is the town's
    record = extract(BARE + "Support was sought from Poland's Police Commissioner Piotr Zielinski on his visit to "
                     "Lithuania.\n\nHe was welcomed by the police force at the Police Academy in Borkowo and met senior "
                     "officials on 12 June.")
    place = record.meetings[0].place
    assert (place.city, place.country, place.guessed) == ("Borkowo", "LTU", None)  # read, not guessed from a host


def test_place_receiver_country():
    assert _place("The President of Lithuania received Deputy Minister Piotr Zielinski of Poland on 12 June.") \
        == (None, "LTU")
    # an office that receives a thing, not a guest, says nothing of the venue
    assert _place("The President of Lithuania received a letter. Deputy Minister Piotr Zielinski met Colonel Jonas "
                  "Petraitis in Gdansk on 12 June.") == ("Gdansk", "POL")


def test_place_dateline_loose_dotted_state():
    text = ("Two services sign a customs agreement\n\nThe Daily Courier\n\nWASHINGTON, D.C. Deputy Minister Piotr "
            "Zielinski of Poland and Colonel Jonas Petraitis of Lithuania signed a customs agreement on 12 June to "
            "speed up the exchange of information.")
    assert _place(text) == ("Washington", "USA")


def test_place_relayed_dateline():
    relay = ("VILNIUS, Lithuania, June 12. Poland's Deputy Minister Piotr Zielinski held a meeting with Mehmet Kaya, "
             "Minister of Interior of Turkey, Baltic Wire reports.\n\nThe ministers discussed border security.")
    assert _place(relay) == (None, None)
    # the wire's city is the venue when one of the sides is from there
    assert _place(relay.replace("Mehmet Kaya, Minister of Interior of Turkey", "Jonas Petraitis, Minister of "
                                "Interior of Lithuania")) == ("Vilnius", "LTU")
    # and a dateline with no wire's credit is the venue
    assert _place(relay.replace(", Baltic Wire reports.", ".")) == ("Vilnius", "LTU")


def test_place_event_city_held_in_a_signing_and_building_in_an_embassy():
    # 'At the signing in Kigali': the signing is the event; 'at the Polish Embassy in Kyiv': an embassy is a building
    assert _place("Poland and Ukraine on Monday signed a memorandum on border security.\n\nAt the signing in Lublin, "
                  "Poland was represented by Deputy Minister Piotr Zielinski, while Ukraine was represented by Colonel "
                  "Ostap Kovalenko.")[0] == "Lublin"
    assert _place("Colonel Ostap Kovalenko of Ukraine received the Cross of Merit of the Polish Police. It was presented "
                  "to him by Deputy Minister Piotr Zielinski at the Polish Embassy in Kyiv on 12 June.")[0] == "Kyiv"


def test_host_called_on():
    # the phrase: 'paid a courtesy call on', 'called on', then the one called on
    from whomet.store.extract.delegations import CALLED_ON
    assert CALLED_ON.search("Colonel X paid a courtesy call on the Minister") is not None
    assert CALLED_ON.search("He called on the Minister") is not None
    assert CALLED_ON.search("He called for calm") is None


def test_place_called_on():
    # the call is where the one called on is, when the text names no venue
    record = extract(BARE + "Colonel Jonas Petraitis of Lithuania paid a courtesy call on Deputy Minister Piotr "
                     "Zielinski of Poland to discuss joint patrols.")
    meeting = record.meetings[0]
    assert (meeting.place.city, meeting.place.country, meeting.place.guessed) == (None, "POL", True)
    # the venue only: nobody is made the host by it
    assert [d.side for d in meeting.delegations if d.host] == []
    record = extract(BARE + "Colonel Jonas Petraitis of Lithuania called on Deputy Minister Piotr Zielinski of Poland.")
    assert record.meetings[0].place.country == "POL"


def test_place_envoy_post():
    # an envoy meets where posted: the one other country, known only once the minister's side is settled, when the text
    # puts the meeting at the host's ('here', place.host_premises)
    record = extract(BARE + "Minister of Public Security Anna Kowalczyk on Monday met with U.S. Ambassador John Smith, who "
                     "ends his tour of duty here. They discussed the fight against drug trafficking in Poland.")
    meeting = record.meetings[0]
    assert (meeting.place.city, meeting.place.country, meeting.place.guessed) == (None, "POL", True)
    # with no such words the text states no place (SCHEMA: null)
    record = extract(BARE + "Minister of Public Security Anna Kowalczyk on Monday met with U.S. Ambassador John Smith. "
                     "They discussed the fight against drug trafficking in Poland.")
    assert record.meetings[0].place.country is None
    # no envoy: no venue guessed
    record = extract(BARE + "Minister of Public Security Anna Kowalczyk on Monday met with U.S. Colonel John Smith. "
                     "They discussed the fight against drug trafficking in Poland.")
    assert record.meetings[0].place.country is None


def test_place_city_venue():
    # a building named after the known city it stands in
    assert _place("Deputy Minister Piotr Zielinski met Colonel Jonas Petraitis of Lithuania at the Vienna International "
                  "Centre on 12 June.") == ("Vienna", "AUT")
    assert _place("Colonel Jonas Petraitis of Lithuania was welcomed to the Organization's Lyon headquarters by Deputy "
                  "Minister Piotr Zielinski on 12 June.")[0] == "Lyon"
    # weaker than a dateline: a palace named in passing does not move the meeting
    assert _place("VILNIUS, June 12 - Deputy Minister Piotr Zielinski met Colonel Jonas Petraitis of Lithuania to "
                  "follow up the memorandum signed at the Gdansk Palace.")[0] == "Vilnius"
    # a name that is no known city is no venue
    assert _place("Deputy Minister Piotr Zielinski met Colonel Jonas Petraitis of Lithuania at the Amber Hall on "
                  "12 June.")[0] is None


def test_place_body_headquarters():
    # a body's seat, named by the body: the seat's country, no city the text does not name
    assert _place("Deputy Minister Piotr Zielinski of Poland visited the INTERPOL General Secretariat, where he met "
                  "Secretary General Jonas Ferreira.") == (None, "FRA")
    assert _place("Executive Director Catherine De Bolle met Deputy Minister Piotr Zielinski of Poland at Europol "
                  "headquarters on 12 June.") == (None, "NLD")
    # the body's office in a country met with no venue named: no place, as an envoy's call (the round-five gold audit)
    assert _place("The head of the OSCE Mission to Skopje, Anna Kowalczyk, met Deputy Minister Piotr Zielinski of "
                  "Poland on 12 June.") == (None, None)


def test_place_body_office_in_a_country():
    # a body's mission or operation in a country: that country, no city
    assert _place("The head of the United Nations Operation in Côte d'Ivoire, Anna Kowalczyk, paid a courtesy call on "
                  "the Minister of the Interior on 12 June.") == (None, "CIV")


def test_place_envoy_host():
    # an envoy who hosts receives where posted, not at home
    record = extract(BARE + "The Ambassador of Lithuania, Jonas Petraitis, hosted Deputy Minister Piotr Zielinski of "
                     "Poland at the embassy on 12 June.")
    meeting = record.meetings[0]
    assert (meeting.place.city, meeting.place.country) == (None, "POL")
    # a minister who hosts receives at home
    record = extract(BARE + "The Minister of the Interior of Lithuania, Jonas Petraitis, hosted Deputy Minister Piotr "
                     "Zielinski of Poland on 12 June.")
    assert record.meetings[0].place.country == "LTU"


def test_place_future_place_ahead_of_a_visit():
    # a visit being prepared is not where the meeting is
    assert _place("Ahead of his visit to Lithuania, Deputy Minister Piotr Zielinski of Poland met Colonel Jonas "
                  "Petraitis of Lithuania in Warsaw.") == ("Warsaw", "POL")
    assert _place("Deputy Minister Piotr Zielinski of Poland met Colonel Jonas Petraitis of Lithuania in Warsaw. They "
                  "discussed the preparations for the minister's visit to Lithuania.") == ("Warsaw", "POL")
    # a visit told as the present one still places the meeting
    assert _place("During his visit to Lithuania, Deputy Minister Piotr Zielinski of Poland met Colonel Jonas "
                  "Petraitis.") == (None, "LTU")


def test_place_ministry_country_after_a_person_of_a_country():
    # 'X of Lithuania at the Lithuanian Ministry ...': the country closes a person's title, it owns no agency
    assert _place("Deputy Minister Piotr Zielinski of Poland met Colonel Jonas Petraitis of Lithuania at the "
                  "Lithuanian Ministry of the Interior.") == (None, "LTU")
    # an agency before the ministry still owns it: no venue read from it
    assert _place("Colonel Jonas Petraitis of Lithuania met a delegation of the State Border Guard Service at the "
                  "Ministry of the Interior of Poland.") == (None, None)


def test_place_lead_in_city():
    # a wire's dateline names its home; the lead's 'in <City>' of a side's country is the venue
    lead = "YEREVAN, MAY 13, ARMENPRESS. Interior Minister Hayk Aramyan of Armenia held talks with his Georgian " \
           "counterpart Giorgi Beridze"
    assert _place(lead + " in Batumi.") == ("Batumi", "GEO")
    # a city of no side's country in the lead is an office's seat or a place in passing: the dateline stands
    assert _place(lead + " on the situation in Kabul.") == ("Yerevan", "ARM")


def test_place_lead_in_country():
    lead = "YEREVAN, MAY 13, ARMENPRESS. Interior Minister Hayk Aramyan of Armenia held talks with his Georgian " \
           "counterpart Giorgi Beridze"
    assert _place(lead + " in Georgia.") == (None, "GEO")
    # a visit being prepared is no venue
    assert _place(lead + " to prepare the visit in Georgia.") == ("Yerevan", "ARM")


def test_place_known_city_credit():
    assert _place("Lahore (Pakistan Point News / Online - 13th May, 2024) Interior Minister Ahmed Khan of Pakistan met "
                  "Colonel Jonas Petraitis of Lithuania.") == ("Lahore", "PAK")


def test_place_dateline_country_names_its_city():
    # a city several countries share: the dateline's own country decides
    assert _place("SAN JOSE, Costa Rica - Security Minister Esteban Murillo of Costa Rica met Colonel Jonas Petraitis "
                  "of Lithuania.") == ("San Jose", "CRI")


def test_place_video_call_and_virtual_meeting():
    # a video meeting has no place
    for how in ("in a video call", "in a virtual meeting", "virtually", "in a web conference", "via Microsoft Teams",
                "in a video-conference"):
        record = extract(BARE + f"Deputy Minister Piotr Zielinski of Poland held talks with Colonel Jonas Petraitis "
                         f"of Lithuania {how}.")
        meeting = record.meetings[0]
        assert (meeting.format, meeting.place.city, meeting.place.country) == ("video_conference", None, None), how
    # one speaker joining by a video call leaves the meeting in person
    record = extract(BARE + "Deputy Minister Piotr Zielinski of Poland held talks with Colonel Jonas Petraitis of "
                     "Lithuania in Warsaw. Europol's director joined the talks by a video call.")
    assert (record.meetings[0].format, record.meetings[0].place.city) == ("in_person", "Warsaw")


def test_place_past_place_returned_from():
    # a visit come back from is not where the meeting is
    assert _place("Having returned from his visit to Lithuania, Deputy Minister Piotr Zielinski of Poland met Colonel "
                  "Jonas Petraitis in Warsaw.") == ("Warsaw", "POL")


def test_place_year_after_a_time_after_the_city():
    # 'a meeting in Warsaw last month' dates another event: the wire's dateline stands
    assert _place("VILNIUS, MAY 13, BNS. Deputy Minister Piotr Zielinski of Poland met Colonel Jonas Petraitis of "
                  "Lithuania to follow up their meeting in Warsaw last month.") == ("Vilnius", "LTU")
