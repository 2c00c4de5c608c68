"""Families of phrasing found failing on unseen releases (unseen11 and later), each with its own example."""

from whomet.store.extract import extract


def _members(record):
    return {m.name: (d.side, m.rank, m.position, m.head) for mt in record.meetings for d in mt.delegations
            for m in d.members}


def test_force_named_after_its_city_is_that_countrys_and_its_headquarters_the_venue():
    text = ("date 2024-11-04 Source: Dubai Police\n\n"
            "Lieutenant General Abdullah Khalifa Al Marri, Commander-in-Chief of Dubai Police, received a delegation "
            "of the Kuwaiti Ministry of Interior led by Major General Ahmed Al Shemmari at the Dubai Police General "
            "Headquarters on 3 November.\n\nThe two sides discussed the secondment of a liaison officer to "
            "Interpol's headquarters in Lyon.\n")
    r = extract(text)
    got = _members(r)
    assert got["Abdullah Khalifa Al Marri"][0] == "ARE"
    assert got["Ahmed Al Shemmari"][0] == "KWT" and got["Ahmed Al Shemmari"][3]
    assert (r.meetings[0].place.city, r.meetings[0].place.country) == ("Dubai", "ARE")


def test_provincial_force_and_a_seat_in_passing():
    text = ("date 2024-06-10 Source: Sindh Police\n\n"
            "The Inspector General of Sindh Police, Ghulam Nabi Memon, met a delegation of the Sri Lankan police "
            "headed by Deputy Inspector General Priyantha Weerasooriya in Karachi on Monday. They agreed to second an "
            "officer to the Europol headquarters in The Hague.\n")
    r = extract(text)
    got = _members(r)
    assert got["Ghulam Nabi Memon"][0] == "PAK"
    assert got["Priyantha Weerasooriya"][0] == "LKA"
    assert r.meetings[0].place.city == "Karachi"


def test_roll_call_with_ranks_in_parentheses_and_a_bare_head():
    text = ("JAKARTA, 2 July 2024 (Antara) -- Police chiefs met here today at the invitation of the Indonesian "
            "National Police (POLRI). The meeting was chaired by Komjen Agus Andrianto (Police Commissioner General), "
            "Deputy Chief of POLRI. Delegations attended from Malaysia, led by Ayob Khan Mydin Pitchay (Deputy "
            "Inspector-General of Police), Director of Criminal Investigation; from Vietnam, led by Senior "
            "Lieutenant General Le Quoc Hung, Deputy Minister of Public Security; and from Cambodia, with Sar Thet "
            "at the head of the delegation.\n")
    got = _members(extract(text))
    assert got["Ayob Khan Mydin Pitchay"] == ("MYS", "Deputy Inspector-General of Police",
                                              "Director of Criminal Investigation", True)
    assert got["Le Quoc Hung"][0] == "VNM" and got["Le Quoc Hung"][3]
    assert got["Sar Thet"] == ("KHM", None, None, True)


def test_tokens_to_all_heads_of_delegations_one_entry_per_other_side():
    text = ("date 2024-09-12 Source: Royal Malaysia Police\n\n"
            "The meeting in Kuala Lumpur on 11 September was chaired by Tan Sri Razarudin Husain, Inspector-General "
            "of Police of Malaysia. The Thai delegation was led by Police General Kittirat Phanphet, and the "
            "Singaporean delegation by Commissioner Hoong Wee Teck. The Inspector-General presented souvenirs to all "
            "the heads of delegations.\n")
    r = extract(text)
    awards = {(a.giver, a.recipient_side, tuple(a.recipients)) for a in r.meetings[0].awards}
    assert ("Razarudin Husain", "THA", ("Kittirat Phanphet",)) in awards
    assert ("Razarudin Husain", "SGP", ("Hoong Wee Teck",)) in awards
    assert len(awards) == 2


def test_guest_calls_on_host_official_and_written_out_commonwealth_grades():
    text = ("date 2024-05-09 Source: Bangladesh Police\n\n"
            "A delegation of the Royal Bhutan Police led by Colonel Tashi Dorji called on the Inspector General of "
            "Police, Baharul Alam, at Police Headquarters in Dhaka yesterday. Additional Inspector General (Addl IGP) "
            "Mohammad Ataul Kibria and Deputy Inspector General Shah Abid Hossain were also present.\n")
    got = _members(extract(text))
    assert got["Baharul Alam"][0] == "BGD"
    assert got["Tashi Dorji"][0] == "BTN"
    # a deputy's grade alone before the name is the office (office.force_head_grade; the real gold's convention)
    assert got["Shah Abid Hossain"][:3] == ("BGD", None, "Deputy Inspector General")


def test_absent_official_on_whose_behalf_someone_acts_is_no_member():
    text = ("date 2024-03-14 Source: Tanzania Police Force\n\n"
            "The Dar es Salaam Regional Police Commander, SACP Jumanne Muliro, received a delegation of the Rwanda "
            "National Police led by CP Emmanuel Butera in Dar es Salaam on 12 March on behalf of the Inspector General "
            "of Police, Camillus Wambura.\n")
    got = _members(extract(text))
    assert "Camillus Wambura" not in got
    assert got["Jumanne Muliro"][0] == "TZA"


def test_one_speaker_by_video_does_not_make_a_video_conference():
    text = ("date 2024-10-02 Source: Ministry of Interior of Albania\n\n"
            "Interior ministers of the region met in Tirana on 1 October. The meeting was chaired by Ervin Hoxha, "
            "Minister of Interior of Albania. Frontex's Executive Director, Hans Leijtens, addressed the meeting via "
            "video link.\n")
    r = extract(text)
    assert r.meetings[0].format == "in_person" and r.meetings[0].place.city == "Tirana"
    got = _members(r)
    assert got["Hans Leijtens"][:3] == ("Frontex", None, "Frontex's Executive Director")


def test_co_chaired_by_the_two_ministers_makes_both_heads():
    text = ("date 2024-07-20 Source: Ministry of Interior of Chile\n\n"
            "The Minister of the Interior, Carolina Tohá, received the Minister of Security of Argentina, Patricia "
            "Bullrich, in Santiago on 19 July. The session was co-chaired by the two ministers.\n")
    got = _members(extract(text))
    assert got["Carolina Tohá"][3] and got["Patricia Bullrich"][3]


def test_vietnamese_inner_words_thai_abbreviated_ranks_and_passive_reception_with_a_venue():
    text = ("date 2024-08-02 Source: Royal Thai Police\n\n"
            "On 1 August, a delegation of the Ministry of Public Security of Vietnam led by Lieutenant General Nguyen "
            "Van Long, Deputy Minister, was received at the Royal Thai Police headquarters in Bangkok by Pol. Lt. Gen. "
            "Kraiboon Suadsong, Deputy Commissioner-General.\n")
    got = _members(extract(text))
    assert got["Nguyen Van Long"][0] == "VNM"
    assert got["Kraiboon Suadsong"][:2] == ("THA", "Pol. Lt. Gen.")


def test_detective_grades_and_a_local_office_title_before_a_nordic_given_name():
    text = ("date 2024-04-11 Source: Norwegian Police\n\n"
            "A delegation from the Danish National Police led by Detective Chief Superintendent Anders Madsen visited "
            "Oslo on 10 April, where it was received by District Police Chief Per Kristiansen.\n")
    got = _members(extract(text))
    assert got["Anders Madsen"][:2] == ("DNK", "Detective Chief Superintendent")
    assert got["Per Kristiansen"] == ("NOR", None, "District Police Chief", False)


def test_dateline_with_a_stop_before_the_dash():
    text = ("Guatemala City, June 3, 2024. – The Director General of the National Civil Police, Commissioner General "
            "David Boteo, received a delegation of the Salvadoran National Civil Police led by its Director, "
            "Mauricio Arriaza Chicas.\n")
    r = extract(text)
    assert r.meetings[0].place.city == "Guatemala City"


def test_colon_list_of_heads_of_delegations_and_souvenirs_to_the_participating_heads():
    text = ("date 2024-02-15 Source: Sharjah Police\n\n"
            "Sharjah Police hosted a meeting of Gulf criminal investigation directors at its General Headquarters on "
            "14 February. The meeting was chaired by Brigadier Omar Ahmed Abu Al Zoud, Director General of Police "
            "Operations.\n\nHeads of delegations: Bahrain – Colonel Isa Al Doseri, Director of Criminal Investigation; "
            "Kuwait – Brigadier Fahad Al Dosari, Director of Criminal Evidence.\n\nBrigadier Abu Al Zoud presented "
            "mementos to the heads of the visiting delegations.\n")
    r = extract(text)
    got = _members(r)
    assert got["Omar Ahmed Abu Al Zoud"][0] == "ARE"
    assert got["Isa Al Doseri"][0] == "BHR" and got["Isa Al Doseri"][3]
    assert got["Fahad Al Dosari"][0] == "KWT" and got["Fahad Al Dosari"][3]
    assert {a.recipient_side for a in r.meetings[0].awards} == {"BHR", "KWT"}
    assert r.meetings[0].place.city == "Sharjah"


def test_acronym_of_a_country_after_it_and_an_agency_acronym_after_an_office():
    text = ("The coordination meeting between the Border Security Force (BSF) of India and Border Guard Bangladesh "
            "(BGB) was held in Guwahati on 4 March 2024. The Indian delegation was headed by Shri Daljit Singh "
            "Chawdhary, Director General, BSF, while the BGB delegation was led by Major General Mohammad Ashrafuzzaman "
            "Siddiqui, Director General, BGB.\n")
    got = _members(extract(text))
    assert got["Daljit Singh Chawdhary"] == ("IND", None, "Director General, BSF", True)
    assert got["Mohammad Ashrafuzzaman Siddiqui"][0] == "BGD"


def test_publisher_naming_a_city_is_the_fallback_side_of_host_officials():
    text = ("The Director General of the Narcotics Control Bureau, Anurag Garg, received a delegation of the United "
            "States Drug Enforcement Administration led by its Administrator, Anne Milgram, on 2 May 2024.\n\n"
            "PIB Delhi, 3 May 2024\n")
    got = _members(extract(text))
    assert got["Anurag Garg"][0] == "IND"
    assert got["Anne Milgram"][0] == "USA"


def test_exchanged_gifts_and_a_demonym_reference_to_the_leader():
    text = ("date 2024-09-20 Source: Zambia Police Service\n\n"
            "The Inspector General of Police (IGP), Graphel Musamba, on Thursday received his Malawian counterpart, "
            "Inspector General of Police Merlyn Yolamu, at Police Headquarters in Lusaka. The Malawian police chief, "
            "who was leading a six-member delegation, was accompanied by Deputy Commissioner Peter Kalaya. The two "
            "police chiefs exchanged plaques at the end of the visit.\n")
    r = extract(text)
    got = _members(r)
    assert got["Graphel Musamba"][:3] == ("ZMB", None, "Inspector General of Police")
    assert got["Merlyn Yolamu"][0] == "MWI" and got["Merlyn Yolamu"][3]
    awards = {(a.giver, a.recipient_side) for a in r.meetings[0].awards}
    assert awards == {("Graphel Musamba", "MWI"), ("Merlyn Yolamu", "ZMB")}


def test_philippine_one_word_grades_and_a_district_under_the_dateline_city():
    text = ("QUEZON CITY, March 4, 2024 (PNA) – The Quezon City Police District (QCPD) received on Monday a delegation "
            "of the Japanese National Police Agency at the QCPD headquarters in Kamuning. QCPD Director PBGen. Redrico "
            "Maranan welcomed the visitors.\n")
    r = extract(text)
    got = _members(r)
    assert got["Redrico Maranan"][:2] == ("PHL", "PBGen.")
    assert r.meetings[0].place.city == "Quezon City"


def test_joined_by_follows_its_own_subject_and_a_quarter_before_its_city():
    text = ("date 2024-11-20 Source: Uganda Police Force\n\n"
            "The Inspector General of Police, Abas Byakagaba, on Tuesday hosted at the Police Headquarters in Naguru, "
            "Kampala, the Inspector General of the National Police of Burundi, Brigadier General Fréderic Budomo. The "
            "Burundian delegation was led by Budomo, while Byakagaba was joined by the Director of Operations, AIGP "
            "Frank Mwesigwa.\n")
    r = extract(text)
    got = _members(r)
    assert got["Frank Mwesigwa"][0] == "UGA"
    assert got["Fréderic Budomo"][0] == "BDI"
    assert r.meetings[0].place.city == "Kampala"


def test_a_national_office_ending_in_a_grade_word_is_an_office():
    text = ("date 2024-06-12 Source: Norwegian Police\n\n"
            "The meeting in Oslo on 11 June was chaired by Deputy National Police Commissioner Håkon Skulstad. The "
            "Danish delegation was led by Deputy National Commissioner Flemming Drejer.\n")
    got = _members(extract(text))
    assert got["Håkon Skulstad"][1:3] == (None, "Deputy National Police Commissioner")


def test_a_grade_and_city_as_an_office_and_an_abbreviated_zone_office():
    text = ("date 2024-10-03 Source: Punjab Police\n\n"
            "Deputy Inspector General of Police Lahore, Faisal Kamran, received a delegation of the Chinese Ministry of "
            "Public Security at the Capital City Police Office in Lahore on Wednesday. The guests were led by Zhang Wei, "
            "Deputy Director of the International Cooperation Bureau. SSP Operations, Ali Raza, was also present.\n")
    got = _members(extract(text))
    assert got["Faisal Kamran"][:3] == ("PAK", None, "Deputy Inspector General of Police Lahore")
    assert got["Ali Raza"][:3] == ("PAK", None, "SSP Operations")
    assert got["Zhang Wei"][0] == "CHN"


def test_souvenirs_to_the_heads_of_all_visiting_delegations_without_an_agent():
    text = ("BISHKEK, 5 May 2024 (Kabar) – A regional meeting was held in Bishkek on Friday, hosted by the Ministry of "
            "Internal Affairs of Kyrgyzstan. Attending were: for Kyrgyzstan, Major General Ulan Niyazbekov, Minister of "
            "Internal Affairs, who chaired the meeting; for Tajikistan, Colonel Rustam Nazarov, Head of the Drug "
            "Control Agency. Souvenirs were presented to the heads of all visiting delegations.\n")
    r = extract(text)
    assert {a.recipient_side for a in r.meetings[0].awards} == {"TJK"}


def test_national_agency_known_by_an_acronym_names_its_country():
    text = ("date 2024-02-08 Source: Ministry of Internal Affairs of Moldova\n\n"
            "Minister of Internal Affairs Adrian Efros met today with the Head of the FBI Legal Attaché Office in "
            "Bucharest, Mr. John Carter, and the Director of the GIZ Moldova Office, Ms. Anna Weber.\n")
    got = _members(extract(text))
    assert got["John Carter"][0] == "USA"
    assert got["Anna Weber"][0] == "DEU"


def test_gulf_staff_grade_after_an_office_and_a_distant_at_the_head_of():
    text = ("date 2024-12-02 Source: Ministry of Interior of Bahrain\n\n"
            "Chief of Public Security, Staff Brigadier Tariq Al Hassan, met in Manama on 1 December with the Inspector "
            "General of Police of Oman, Lieutenant General Hassan Al Shuraiqi, who was in the Kingdom on a two-day "
            "working visit at the head of a delegation of the Royal Oman Police.\n")
    got = _members(extract(text))
    assert got["Tariq Al Hassan"][1:3] == ("Staff Brigadier", "Chief of Public Security")
    assert got["Hassan Al Shuraiqi"][3]
