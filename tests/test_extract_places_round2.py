"""The meeting's city and country: one example per place rule added after the sixth real batch (dev6), named after its
rule id (what the rule reads and what it must not). Sentences are ours, in the families seen on real pages."""

from whomet.store.extract import extract

from tests.extract_helpers import first_place as _place


def test_place_meeting_cue_a_courtesy_call():
    # 'paid a courtesy call on X at <building> in <City>': a call is a meeting, its sentence tells the venue
    assert _place("Ambassador Aminath Rasheed of Maldives paid a courtesy call on the Deputy Minister of Defence of Sri "
                  "Lanka, Kamal Perera, at the Ministry of Defence in Colombo on 12 June.") == ("Colombo", "LKA")
    assert _place("The Ambassador of Maldives, Aminath Rasheed, called on Deputy Minister Kamal Perera of Sri Lanka in "
                  "Kandy on 12 June.") == ("Kandy", "LKA")


def test_place_country_not_city():
    # a country's name, then a title cut short by a stop, is no city ('Sri Lanka Hon')
    city, _ = _place("Ambassador Aminath Rasheed of Maldives paid a courtesy call on the Deputy Minister of Defence in "
                     "Sri Lanka Hon. Kamal Perera on 12 June.")
    assert city is None
    # a known city named after its country stays a city
    assert _place("Minister Kamal Perera of Sri Lanka met Ambassador Jose Ramos of Mexico in Mexico City on 12 June.") \
        == ("Mexico City", "MEX")


def test_place_building_city_name_with_of():
    # a known city whose name holds 'of' ('Port of Spain'), after a building and a comma
    assert _place("Commissioner Maria Baptiste of Trinidad and Tobago received British High Commissioner John Hale on "
                  "12 June. The talks were held at the Police Training Building, Port of Spain.") \
        == ("Port of Spain", "TTO")
    # an office 'of' a country after a building is no city
    assert _place("Commissioner Maria Baptiste of Trinidad and Tobago received British High Commissioner John Hale on "
                  "12 June at the Police Training Building, Ministry of Security.")[0] is None


def test_place_dateline_here():
    # a known city and a comma, no date, no dash: the dateline when its paragraph says the meeting was 'here'
    assert _place("Headline about a visit\n\nDoha, The Secretary General of the Council Dr. Khalid Al-Mansour met here "
                  "today with the Minister of Interior of Qatar, Sheikh Hamad Al-Thani.") == ("Doha", "QAT")
    # the same opening with no 'here' is no dateline: the venue the text names wins
    assert _place("Headline about a visit\n\nDoha, Riyadh and Manama sent delegates. The Secretary General Dr. Khalid "
                  "Al-Mansour met the Minister of Interior of Oman, Sayyid Hamad Al-Busaidi, in Muscat.")[0] == "Muscat"


def test_place_web_dateline():
    # the publisher's web address, a dash, a known city and a stop: the dateline
    assert _place("polisi.example.id - Bandung. The delegation of the Royal Malaysia Police led by Commissioner Ahmad "
                  "Zaki visited the headquarters of Commissioner General Budi Santoso of Indonesia.") == ("Bandung", "IDN")
    # a web address before a word the table does not know as a city is no dateline
    assert _place("polisi.example.id - Editorial. The delegation of the Royal Malaysia Police led by Commissioner Ahmad "
                  "Zaki visited the headquarters of Commissioner General Budi Santoso of Indonesia.")[0] is None


def test_place_venue_then_country():
    # a venue, a comma, then the country it is in (a stop in its short name: 'St. Lucia')
    assert _place("The Fifth Meeting of the Regional Police Chiefs was held at the Harbour View Resort, St. Lucia on "
                  "12 June. Commissioner Paul Henry of Barbados chaired it with Commissioner Ann Joseph of Grenada.") \
        == (None, "LCA")
    # 'St.' opens a known city too
    assert _place("Minister Ivan Petrov of Russia met Minister Ali Karimov of Uzbekistan in St. Petersburg on 12 "
                  "June.") == ("St. Petersburg", "RUS")


def test_place_day_in_country_words_between():
    # the meeting's day, a few words without a comma, then 'in <Country>' closing the clause
    assert _place("Major General Saif Al Mansoori of the UAE met Inspector General Salim Al Harthi of the Royal Police. "
                  "The talks, held yesterday between the two delegations in Oman, covered transit.") == (None, "OMN")
    # a country that does not close the clause is no venue
    assert _place("Major General Saif Al Mansoori of the UAE met Inspector General Salim Al Harthi of the Royal Police. "
                  "The talks, held yesterday between the two delegations in Oman Police Headquarters covered "
                  "transit.")[1] != "OMN"


def test_place_lead_in_city_unknown_town():
    # a wire's dateline, then a town the table does not know, in a side's country by the demonym before it
    assert _place("ZAGREB, June 12, 2024 - Croatian Interior Minister Ivan Horvat met Slovenian Interior Minister Marko "
                  "Novak in the northern Croatian town of Dubravica Gornja on Friday.") == ("Dubravica Gornja", "HRV")
    # a town in a country none of the sides is from leaves the wire's city
    assert _place("ZAGREB, June 12, 2024 - Croatian Interior Minister Ivan Horvat met Slovenian Interior Minister Marko "
                  "Novak in the Austrian town of Unterfeldkirchen on Friday.")[0] == "Zagreb"


def test_place_quoted_title():
    # a place inside a paper's quoted title is no venue
    city, _ = _place("The Ghana Immigration Service hosted a study tour of the Nigerian Police College on 12 June. "
                     "Deputy Comptroller Ama Boateng presented a paper titled \"The Place of Training in Border Security\".")
    assert city is None
    city, _ = _place("The Ghana Immigration Service hosted a study tour of the Nigerian Police College on 12 June. "
                     "Deputy Comptroller Ama Boateng presented a paper titled “Border Control in Tamale”.")
    assert city is None
    # the same place outside the quotes is the venue
    assert _place("The Ghana Immigration Service hosted a study tour of the Nigerian Police College on 12 June. "
                  "Deputy Comptroller Ama Boateng presented a paper titled “Border Control” in Kumasi.")[0] == "Kumasi"


def test_date_reported_on_by_its_author():
    # 'a statement released by <its author> on <date>': the report's day, with the author's name between; the meeting's
    # own day wins
    record = extract(" date 2024-06-14\nIn a statement released by the Embassy of Japan in Hanoi on 13 June, the "
                     "embassy said Minister Nguyen Van Binh of Vietnam met Minister Kenji Sato of Japan on Tuesday.")
    assert str(record.meetings[0].date) == "2024-06-11"
    # a meeting's own 'on <date>' with no report before it still dates it
    record = extract(" date 2024-06-14\nMinister Nguyen Van Binh of Vietnam met Minister Kenji Sato of Japan in Hanoi on "
                     "13 June.")
    assert str(record.meetings[0].date) == "2024-06-13"


def test_date_mdy_comma_after_month():
    # a page's date line 'July, 15 2021' gives the year to the meeting's 'on July 14'
    record = extract("Ministers agree to boost cooperation\n\nJuly, 15 2021\nMinister Nguyen Van Binh of Vietnam had talks "
                     "with Minister Kenji Sato of Japan in Hanoi on July 14.")
    assert str(record.meetings[0].date) == "2021-07-14"
    # a month, a comma and a count with no year is no date
    record = extract(" date 2024-06-14\nIn May, 12 officers of the Vietnamese police trained in Japan. Minister Nguyen Van "
                     "Binh of Vietnam met Minister Kenji Sato of Japan in Hanoi on Tuesday.")
    assert str(record.meetings[0].date) == "2024-06-11"
