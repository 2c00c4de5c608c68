"""The meeting's city, country and date: one example per rule added for the seventh and eighth real batches, named after
its rule id (what the rule reads and what it must not). Sentences are ours, in the families seen on real pages."""

from whomet.store.extract import extract

from tests.extract_helpers import BARE, first_meeting as _meeting, first_place as _place


def test_place_envoy_post_city():
    # where an envoy is posted is no venue: 'to' or 'in' right after the title
    assert _place("General Arman Karimi of Iran met the Swiss Ambassador to Tehran, Lukas Brunner, on Tuesday.")[0] is None
    assert _place("Prime Minister Tobias Kila of Papua New Guinea met with Indonesia's Ambassador in Port Moresby, Dewi "
                  "Santoso, on Monday.")[0] is None
    assert _place("Minister Ana Petrova of Bulgaria received the High Commissioner to Suva, Mere Tuilagi, on Monday.")[0] \
        is None
    # the city after a meeting's own 'in' still is
    assert _place("General Arman Karimi of Iran met the Swiss Ambassador, Lukas Brunner, in Tehran on Tuesday.") \
        == ("Tehran", "IRN")


def test_place_name_goes_on():
    # an unknown place whose capitalised words go on into a title or an institution's word is that name's start
    assert _place("High Commissioner Tom Reeve of New Zealand on Monday paid a visit to Prime Minister Joseph Tanna of "
                  "Vanuatu.")[0] is None
    assert _place("General Karim Haddad of Jordan met Permanent Secretary Oliver Grant of the United Kingdom. The meeting "
                  "was held at Princess Salma Girls Police Training Institute.")[0] is None
    # a known city before an institution's words is the city; an unknown town before a weekday is still a town
    assert _place("General Karim Haddad of Jordan met Permanent Secretary Oliver Grant of the United Kingdom. The meeting "
                  "was held at Amman Police Training Institute.")[0] == "Amman"
    assert _place("Minister Carlos Rivas of Brazil visited his colleague Minister Luis Benitez of Paraguay in Itaugua "
                  "Tuesday.")[0] == "Itaugua"


def test_place_building_not_city_institution_words():
    # a residence or compound the table does not know ('Court', a word of named_after_words.tsv) is no city
    assert _place("Prime Minister Grace Holder of Barbados and Minister Edward Lyle of the United Kingdom met at Farley "
                  "Court on Wednesday to discuss police reform.")[0] is None
    assert _place("Prime Minister Grace Holder of Barbados and Minister Edward Lyle of the United Kingdom met at Rowley "
                  "College on Wednesday to discuss police reform.")[0] is None


def test_place_dateline_bracketed_city():
    # (also date.dateline_in_brackets)
    # '(Kampala) – ...': the dateline's city in brackets; an unknown quarter after 'headquarters in' is a district of it
    assert _place("(Kampala) – General Peter Malek of South Sudan met with General Okello Mbabazi of Uganda on Tuesday. "
                  "The meeting took place at the police headquarters in Kibuli.") == ("Kampala", "UGA")
    # the city and the day in one bracket, the text right after it
    meeting = _meeting("(Kampala, 11 June) General Peter Malek of South Sudan met with General Okello Mbabazi of Uganda.")
    assert (meeting.place.city, meeting.date.isoformat()) == ("Kampala", "2024-06-11")
    # a bracket holding no city is a credit, not a dateline
    assert _place("(Daily Wire) – General Peter Malek of South Sudan met with General Okello Mbabazi of Uganda on "
                  "Tuesday.")[0] is None


def test_place_dateline_credit_known_city_in_small_letters():
    # 'Manama, (credit) ...': a known city in small letters before a credit is the dateline too
    assert _place("Manama, (Gulf Desk) Bahrain and Kuwait discussed security. Minister Khalid Al Saad of Bahrain met "
                  "Undersecretary Fahad Al Ahmad of Kuwait on Tuesday.") == ("Manama", "BHR")


def test_place_dateline_loose_month_and_year():
    # 'Kabul, May 2016. 15 officers ...': a month and a year alone after the city, the text opening on a number
    record = extract("Medals for mission officers\n\nKabul, May 2016. 15 officers of the EU mission were honoured at a parade. "
                     "Ambassador Maria Lund handed the medals to Deputy Minister Ahmad Rahimi of Afghanistan.")
    place = record.meetings[0].place
    assert (place.city, place.country) == ("Kabul", "AFG")


def test_place_building_in_passing():
    # a building named as an agent ('by') or an origin ('from') is no venue; the meeting's own 'in <City>' is
    assert _place("Prime Minister Samir Nasser of Jordan, during his meeting with Minister Ali Kareem of Iraq in Amman, "
                  "praised the ties. The meeting also reviewed steps taken by the Jordanian Embassy in Baghdad.") \
        == ("Amman", "JOR")
    # a building where the meeting is still gives its city
    assert _place("Minister Ali Kareem of Iraq held talks with Minister Samir Nasser of Jordan at the Ministry in "
                  "Baghdad.")[0] == "Baghdad"


def test_place_past_time_after():
    # a country of an event the clause dates in the past ('last month') is no venue; the city of the ceremony is
    city, country = _place("Presenting Minister Thabo Nkosi of South Africa with the medal in Lianyungang on Thursday, "
                           "Minister Li Wei of China praised the police for the state visit to South Africa by the "
                           "President, last month.")
    assert (city, country) == ("Lianyungang", "CHN")


def test_place_past_place_had_visited():
    # 'X had visited <Country>': an earlier visit, not the venue
    assert _place("Minister Li Wei of China met Minister Thabo Nkosi of South Africa on Thursday. Li said the President "
                  "had visited South Africa four times.")[1] != "ZAF"


def test_place_event_city_staying_in():
    # 'X was in Canberra ... to renew': where the visitor is
    assert _place("Commissioner Peter Tau of Papua New Guinea was in Canberra, Australia, last week to renew the "
                  "agreements. He also held discussions with Commissioner Ian Walsh of Australia.") == ("Canberra", "AUS")
    # 'is in <Country>' names no city
    assert _place("Commissioner Peter Tau of Papua New Guinea is in Australia this week. He held discussions with "
                  "Commissioner Ian Walsh of Australia.")[0] is None


def test_place_visiting_now_has_been():
    # 'who has been visiting Baghdad since Tuesday': a visit under way outranks a wire's dateline elsewhere
    place = _meeting("Tehran (Wire) – Deputy Minister Reza Karimi of Iran held a meeting with Minister Salim Jabir of "
                     "Iraq. Karimi, who has been visiting Baghdad since Tuesday, met with the minister.").place
    assert (place.city, place.country) == ("Baghdad", "IRQ")


def test_place_region_after_of_a_country():
    # "in Peru's Moquegua region": a country's region is no city (a city owns a district: "Warsaw's Mokotow district")
    assert _place("Minister Juan Soto of Peru met Minister Ana Quispe of Bolivia in Peru's Moquegua region on "
                  "Tuesday.")[0] is None
    assert _place("Minister Jan Nowak of Poland met Minister Ona Petraitiene of Lithuania in Warsaw's Mokotow district "
                  "on Tuesday.")[0] == "Warsaw"


def test_date_attributive():
    # 'for the February 27th meeting in Vienna': the day written before the event's noun
    meeting = _meeting("Director Musa Bello of Nigeria and Director Imran Qadir of Pakistan joined the delegations for "
                       "the February 27th meeting in Vienna, Austria.", head=" date 2023-03-05\n")
    assert meeting.date.isoformat() == "2023-02-27"
    meeting = _meeting("Director Musa Bello of Nigeria and Director Imran Qadir of Pakistan prepared the 2 March talks "
                       "in Vienna.", head=" date 2023-03-05\n")
    assert meeting.date.isoformat() == "2023-03-02"
    # a date to come before the noun is not this meeting's
    meeting = _meeting("Director Musa Bello of Nigeria met Director Imran Qadir of Pakistan in Vienna. They will prepare "
                       "the 20 March session.", head=" date 2023-03-05\n")
    assert meeting.date.isoformat() == "2023-03-05"


def test_date_page_clock_with_a_unit():
    # 'Local time: Thursday, 27 February 2020 04:03:42hrs' is a site's clock, not the page's date: it does not bound the
    # story's own range of ten years before
    record = extract("Local time: Thursday, 27 February 2020 04:03:42hrs\n\nJoint commission meets\n\nThe 20th session of "
                     "the joint commission was held at Gaborone, Botswana, from the 20th - 24th September, 2010. Minister "
                     "Kabo Molefe of Botswana met Minister Ndapewa Shilongo of Namibia.")
    assert record.meetings[0].date.isoformat() == "2010-09-20"


def test_place_video_virtual_event():
    # 'signed ... in a virtual event': a video meeting, with no place (not the dateline's city)
    meeting = _meeting("New Delhi: The Bureau of Investigation of India and Europol on Thursday signed a working "
                       "arrangement. The signing concluded in a virtual event held in the presence of Director Ravi Menon "
                       "of India and Executive Director Anna Berg of Europol.")
    assert meeting.format == "video_conference" and meeting.place.city is None
    # a virtual ceremony that came before the medal was handed over in person does not make the meeting one
    meeting = _meeting("A virtual ceremony announced the award in May 2022, but the medal was presented to Deputy "
                       "Commissioner Tom Baptiste of Grenada by Ambassador Chen Yu of China at the Chinese Embassy in "
                       "Grenada on Wednesday.")
    assert meeting.format == "in_person" and meeting.place.country == "GRD"


def test_place_event_city_building_in_institutions():
    # an institute, a college or a hotel, then its city (a town the table does not know too)
    assert _place("Minister Ram Thapa of Nepal met Ambassador Vikram Rao of India on Monday. Together they toured the "
                  "National Police Training Institute in Dhulikhel.")[0] == "Dhulikhel"
    assert _place("A joint meeting of Colonel Ali Haddad of Lebanon and Colonel Omar Salem of Syria was held at the "
                  "Grand Plaza Hotel in Zahle.")[0] == "Zahle"


def test_place_past_place_previous_discussions():
    # 'builds on previous discussions held in <Country>': an earlier event's place, not the venue's country
    assert _place("A joint meeting of Colonel Ali Haddad of Lebanon and Colonel Omar Salem of Syria was held at the "
                  "Grand Plaza Hotel in Zahle. Salem said the meeting builds on previous discussions held in Saudi "
                  "Arabia.")[1] != "SAU"


def test_place_same_place_sequence_opener():
    # 'Also today, ...' (a sequence opener of the same day) with no place of its own: where the meeting before it was
    record = extract(BARE + "Kathmandu: Ambassador Li Ming of China called on Home Minister Hari Adhikari of Nepal today.\n\n"
                            "Also today, Ambassador Tariq Anwar of Pakistan met with Home Minister Adhikari.")
    assert [(m.place.city, m.place.country) for m in record.meetings] == [("Kathmandu", "NPL")] * 2
    # one that names its own place keeps it
    record = extract(BARE + "Kathmandu: Ambassador Li Ming of China called on Home Minister Hari Adhikari of Nepal today.\n\n"
                            "Also today, Ambassador Tariq Anwar of Pakistan met with Home Minister Adhikari in Pokhara.")
    assert [m.place.city for m in record.meetings] == ["Kathmandu", "Pokhara"]


def test_place_called_on_side_settled_late():
    # the one called on is of a side only the later sentences settle ('said Vanuatu ...'): the call is where that side is
    record = extract(" date 2017-02-14\nSamoa's Deputy Police Commissioner Tavita Leiataua today paid a courtesy visit to "
                     "the Commissioner of Police Brigadier General Joel Natapei. In welcoming the Deputy Commissioner, "
                     "Brigadier General Natapei said Vanuatu as a nation was always ready to help its Pacific neighbours.")
    place = record.meetings[0].place
    assert (place.city, place.country, place.guessed) == (None, "VUT", True)


UZB = " date 2024-06-14 Source: Ministry of Internal Affairs of the Republic of Uzbekistan\n\n"
MET = ("Minister of Internal Affairs of Uzbekistan Colonel General Pulat Karimov met with the Minister of Internal Affairs of "
       "Kazakhstan Police General Erlan Sadykov")


def test_place_past_opener():
    # a sentence opening with a time before the meeting ('Earlier,', 'In 2019,', 'Last year,') tells another event's place
    for opener in ("Earlier, in 2019,", "In 2019,", "Last year,", "Three years ago,"):
        city, country = _place(f"{MET} on 12 June. {opener} the ministers met in Bukhara.", head=UZB)
        assert city != "Bukhara", opener
    # 'Earlier today,' is this meeting's day
    assert _place(f"Earlier today, {MET} in Bukhara.", head=UZB)[0] == "Bukhara"


def test_place_the_capital_of_a_country():
    # 'in the capital of Kazakhstan' with no city after it: that country's capital
    assert _place(f"{MET} on 12 June in the capital of Kazakhstan.", head=UZB) == ("Astana", "KAZ")
    # with the city after it, the city as written
    assert _place(f"{MET} on 12 June in the capital of Kazakhstan, Astana.", head=UZB) == ("Astana", "KAZ")


def test_date_on_date_part_of_day():
    # 'on the morning of 12 June', 'on the evening of June 12': the day
    for when in ("on the morning of 12 June", "on the evening of June 12", "on the afternoon of 12 June",
                 "on the morning of Wednesday, 12 June"):
        meeting = _meeting(f"{MET} in Tashkent {when}.", head=UZB)
        assert meeting.date.isoformat() == "2024-06-12", when


BLR = " date 2024-06-14 Source: Ministry of Internal Affairs of the Republic of Belarus\n\n"
MET_BLR = ("Minister of Internal Affairs of Belarus Lieutenant General Pavel Orlov met with the Minister of Internal Affairs "
           "of Azerbaijan Colonel General Rauf Mammadov")


def test_place_then_country_apposition_and_in():
    # a town the table does not know, then its country: ', a resort town in <Country>', 'in <Country>'
    assert _place(f"{MET_BLR} on 12 June in Goygol, a resort town in Azerbaijan.", head=BLR) == ("Goygol", "AZE")
    assert _place(f"{MET_BLR} on 12 June in the town of Goygol in Azerbaijan.", head=BLR) == ("Goygol", "AZE")


def test_place_region_word_not_city():
    # 'in Grodno Oblast', 'in Khatlon Province': a region's name, no city
    assert _place(f"{MET_BLR} on 12 June in Vitebsk Oblast.", head=BLR)[0] is None
    assert _place(f"{MET_BLR} on 12 June in Gomel Region.", head=BLR)[0] is None


def test_place_future_place_moved_on():
    # 'The delegation then travelled to Brest': where the visitors went after the meeting, not its venue
    assert _place(f"{MET_BLR} on 12 June in Minsk. The delegation then travelled to Brest.", head=BLR)[0] == "Minsk"
    assert _place(f"{MET_BLR} on 12 June in Minsk. Later the guests went to Grodno.", head=BLR)[0] == "Minsk"


def test_place_capital_hosted():
    # 'The Azerbaijani capital hosted talks': that country's capital
    assert _place(f"The Azerbaijani capital hosted talks on 12 June. {MET_BLR}.", head=BLR) == ("Baku", "AZE")


EST = " date 2024-06-14 Source: Police and Border Guard Board of Estonia\n\n"
MET_EST = ("Director General Egon Tamm of the Estonian Police and Border Guard Board met with General Andris Kalnins, "
           "Commander of the State Border Guard of Latvia")


def test_place_event_city_police_hq_of():
    assert _place(f"{MET_EST} on 12 June at the headquarters of the Riga City Police.", head=EST) == ("Riga", "LVA")
    # a force named after no city is none; a city's force receiving names the force, not the venue (SCHEMA.md)
    assert _place(f"{MET_EST} on 12 June at the headquarters of the Traffic Police.", head=EST)[0] is None
    assert _place(f"The Riga Police received the delegation on 12 June. {MET_EST}.", head=EST)[0] is None


def test_place_event_city_also_another_stop():
    # 'X also visited <City>' after the meeting's own 'in <City>': another stop of the visit
    assert _place(f"{MET_EST} on 12 June in Riga. Tamm also visited Daugavpils.", head=EST) == ("Riga", "LVA")
    # with no city in the meeting's sentence, the city visited is the venue
    assert _place(f"{MET_EST} on 12 June. Tamm also visited Daugavpils.", head=EST)[0] == "Daugavpils"


def test_place_city_of_long_description():
    # 'in the Latvian Baltic Sea port of Liepaja'
    assert _place(f"{MET_EST} on 12 June in the Latvian Baltic Sea port of Liepaja.", head=EST) == ("Liepaja", "LVA")


def test_date_dateline_in_brackets():
    meeting = _meeting("(Tartu, 11 June) Director General Egon Tamm of Estonia met with General Andris Kalnins of Latvia.")
    assert (meeting.date.isoformat(), meeting.place.city) == ("2024-06-11", "Tartu")


def test_place_day_before_city():
    # 'X met Y, Commander of Z, on 12 June in Riga': the day between the office and the city dates the meeting, whose
    # city it is (not the seat of the office in apposition)
    assert _place("Director General Egon Tamm of Estonia met with General Andris Kalnins, Commander of the State Border "
                  "Guard of Latvia on 12 June in Riga.", head=EST) == ("Riga", "LVA")
    # the seat of an office in apposition, with no day between, is no venue
    assert _place("Director General Egon Tamm of Estonia met with General Andris Kalnins, head of the border guard in "
                  "Daugavpils, to discuss the border.", head=EST)[0] != "Daugavpils"


def test_place_event_city_held_in_assembly():
    # 'is holding its 17th General Assembly in Niamey, Niger': an assembly's city
    assert _place("The police chiefs' committee is holding its 17th General Assembly in Niamey, Niger. Inspector General "
                  "Amadou Issa of Niger welcomed Inspector General Kofi Mensah of Ghana.") == ("Niamey", "NER")
