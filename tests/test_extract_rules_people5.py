"""Who is a person, which side, and their office: round five's examples (attendees, sides, positions), one per rule id,
named after it. Every sentence is written for the test, with fictional people; each rule gets three wordings of its
shape, so that the grammar is tested and not one phrasing.
"""

from whomet.store.extract import extract

from tests.extract_helpers import members_of as _members

UNPUBLISHED = "date 2024-06-12 Source: Daily Wire\n\n"


def test_office_dash_apposition():
    # a dash with a blank each side, before a capitalised office word, opens the appositive as a comma does; the
    # office ends at the clause's verb or setting, and a counterpart's demonym inside it gives that side
    people = _members("Lieutenant General Omar Haddad – Minister of the Interior held talks on 11 June during his "
                      "official visit with his counterpart Li Wenbo – State Councilor and Mongolian Minister of "
                      "Public Security at the headquarters of the ministry. They reviewed cooperation between Egypt and "
                      "Mongolia.", UNPUBLISHED)
    assert people["Omar Haddad"][1].position == "Minister of the Interior"
    assert people["Omar Haddad"][0] == "EGY"  # the counterpart's side named in the appositive is not his
    assert people["Li Wenbo"][1].position == "State Councilor and Mongolian Minister of Public Security"
    people = _members("On 11 June in Cairo, Ambassador Anna Nowak — Head of the Polish Mission met Colonel Samir Adel.")
    assert people["Anna Nowak"][1].position == "Head of the Polish Mission"
    people = _members("On 11 June, Brigadier Sami Rahal - Deputy Minister of Interior of Jordan received Colonel Jan "
                      "Kowal in Amman.")
    assert people["Sami Rahal"][1].position == "Deputy Minister of Interior of Jordan"
    assert people["Sami Rahal"][0] == "JOR"
    # a hyphen inside a word or a dash before a lower-case clause opens none
    people = _members("On 11 June, Colonel Jan Kowal – who leads the unit – met Major Ivan Petrov of Russia in Warsaw.")
    assert people["Jan Kowal"][1].position is None


def test_office_article_apposition():
    # 'the' and a capitalised office word (or a demonym and one) right after a name open an appositive with no comma
    # (captions, lists)
    people = _members("On 11 June in Nuku'alofa, the memorandum was signed by Lord Tevita Fonua the Minister of Police "
                      "of Tonga and Anna Kowal the Polish Ambassador to Tonga.")
    assert people["Tevita Fonua"][1].position == "Minister of Police of Tonga"
    assert people["Tevita Fonua"][0] == "TON"
    assert people["Anna Kowal"][1].position == "Polish Ambassador to Tonga"
    people = _members("On 11 June in Kigali, General Ivan Petrov, Inspector General of Police of Uganda, met "
                      "Commissioner General Samuel K. Mugisha the Inspector General of Rwanda National Police.")
    assert people["Samuel K. Mugisha"][1].position == "Inspector General of Rwanda National Police"
    assert people["Samuel K. Mugisha"][0] == "RWA"
    people = _members("On 11 June, the team headed by Ewa Lis the Deputy Director of the Polish Police met Colonel "
                      "Ivan Petrov of Russia in Warsaw.")
    assert people["Ewa Lis"][1].position == "Deputy Director of the Polish Police"
    # a place after 'in' is no name the appositive anchors
    people = _members("On 11 June, Major General Salim Harthy received at the General Command in Al Nahda the "
                      "Commander-in-Chief of Dubai Police, Major General Saeed Mazrouei.")
    assert "Al Nahda" not in people and people["Saeed Mazrouei"][0] == "ARE"
    # 'the' before a word that is no office opens none
    people = _members("On 11 June, Colonel Jan Kowal met Major Ivan Petrov of Russia in Warsaw the Tuesday after.")
    assert people["Ivan Petrov"][1].position is None


def test_side_visitor_hyphenated_duration():
    # a visit whose duration is written with a hyphen ('three-day', 'five-day working') still makes its subject a
    # visitor, not of the side visited
    people = _members("During her three-day official visit to Russia, Minister Anna Kowal met Colonel Ivan Petrov on "
                      "11 June. Poland and Russia agreed to cooperate.", UNPUBLISHED)
    assert people["Anna Kowal"][0] == "POL"
    people = _members("On 11 June, Commissioner Jan Nowak, who is on a five-day working visit to Fiji, met Commissioner "
                      "Ratu Seru of Fiji. Poland and Fiji agreed to cooperate.", UNPUBLISHED)
    assert people["Jan Nowak"][0] == "POL"
    people = _members("Minister Ewa Lis's recent two-day visit to Lithuania ended on 11 June with talks with Minister "
                      "Jonas Petraitis of Lithuania. Poland and Lithuania signed a plan.", UNPUBLISHED)
    assert people["Ewa Lis"][0] == "POL"


def test_office_body_before_office():
    # an international body's name holding 'on', 'and', 'for' or 'in' before an office word is the office's owner,
    # whole, and gives the body's side
    people = _members("On 11 June in Rawalpindi, United Nations Office on Drugs and Crime Country Representative Anna "
                      "Kowal handed over the kits to Colonel Ali Raza of Pakistan.")
    assert people["Anna Kowal"][1].position == "United Nations Office on Drugs and Crime Country Representative"
    assert people["Anna Kowal"][0] == "UNODC"
    people = _members("On 11 June in Vienna, Organization for Security and Co-operation in Europe Secretary General "
                      "Jan Nowak met Colonel Ivan Petrov of Russia.")
    assert people["Jan Nowak"][1].position == "Organization for Security and Co-operation in Europe Secretary General"
    assert people["Jan Nowak"][0] == "OSCE"
    people = _members("On 11 June in Geneva, International Organization for Migration Chief of Mission Ewa Lis met "
                      "Colonel Ivan Petrov of Russia.")
    assert people["Ewa Lis"][1].position == "International Organization for Migration Chief of Mission"
    # an 'and' that joins no body's name still ends the office
    people = _members("On 11 June in Warsaw, the Polish and Russian Deputy Minister Jan Kowal met Colonel Ivan Petrov "
                      "of Russia and Major Ewa Lis of Poland.")
    assert "and" not in (people["Jan Kowal"][1].position or "")


def test_rank_staff_after_of():
    # 'Staff' right after 'of' closes the office ('Chief of Staff'); it opens no Gulf staff grade there
    people = _members("On 11 June in Islamabad, ANF Chief of Staff Brigadier Ali Raza met Colonel Ivan Petrov of Russia.")
    assert (people["Ali Raza"][1].rank, people["Ali Raza"][1].position) == ("Brigadier", "ANF Chief of Staff")
    people = _members("On 11 June in Amman, Chief of Staff Lieutenant General Omar Haddad met Colonel Ivan Petrov of "
                      "Russia.")
    assert (people["Omar Haddad"][1].rank, people["Omar Haddad"][1].position) == ("Lieutenant General", "Chief of Staff")
    people = _members("On 11 June in Abu Dhabi, Deputy Chief of Staff Major General Saeed Rashid met Colonel Ivan Petrov "
                      "of Russia, while Staff Major General Khalid Saif also attended.")
    assert people["Saeed Rashid"][1].rank == "Major General"
    assert people["Khalid Saif"][1].rank == "Staff Major General"  # the Gulf grade, where no office comes before it


def test_person_sentence_opener_no_name_word():
    # a preposition or sentence adverb opening a sentence capitalised is no word of the name after it
    # (data/not_name_words.tsv)
    text = ("On 11 June in Warsaw, Deputy Minister Jan Nowak met Colonel Ivan Petrov of Russia. {} Nowak, Superintendent "
            "of Police and chief of the Border Police Ewa Lis had reached Warsaw for the meeting.")
    for opener in ("Alongside", "Besides", "Accompanying"):
        people = _members(text.format(opener))
        assert f"{opener} Nowak" not in people and "Jan Nowak" in people


def test_person_name_prefix():
    # a long name said again by its first two words alone is the same person, when it is the only one they open
    people = _members("On 11 June in Kota Kinabalu, Commissioner Datuk Mohd Faizal Ahmad Shah Al-Amin of Brunei met "
                      "Colonel Ivan Petrov of Russia. Mohd Faizal is here on a three-day visit.")
    assert "Mohd Faizal" not in people and people["Mohd Faizal Ahmad Shah Al-Amin"][0] == "BRN"
    people = _members("On 11 June in Doha, Major General Abdullah Khalid Saad Al-Marri of Qatar met Colonel Ivan Petrov "
                      "of Russia. Abdullah Khalid thanked his guest.")
    assert "Abdullah Khalid" not in people and "Abdullah Khalid Saad Al-Marri" in people
    people = _members("On 11 June in Jakarta, Inspector General Agus Budi Santoso Wibowo of Indonesia met Colonel Ivan "
                      "Petrov of Russia. Agus Budi later hosted a dinner.")
    assert "Agus Budi" not in people
    # a three-word name, or two long names the words open, leave the short one apart
    people = _members("On 11 June in Doha, Colonel Ali Hassan Saleh of Qatar met Colonel Ivan Petrov of Russia and "
                      "Major Ali Hassan of Qatar.")
    assert {"Ali Hassan Saleh", "Ali Hassan"} <= set(people)


def test_office_owner_word_grade_inspector_general():
    # an inspector general's grade right after an agency's acronym or a country's force is an office, as written,
    # like a commissioner's ('the AFP Deputy Commissioner X')
    people = _members("On 11 June in Colombo, the Sri Lankan delegation was headed by PNB Deputy Inspector General "
                      "Anil Perera and met Colonel Ivan Petrov of Russia.")
    assert people["Anil Perera"][1].position == "PNB Deputy Inspector General"
    people = _members("On 11 June in Kampala, Uganda Police Inspector General Moses Okello met Colonel Ivan Petrov of "
                      "Russia.")
    assert people["Moses Okello"][1].position == "Uganda Police Inspector General"
    people = _members("On 11 June in Dhaka, the RAB Assistant Inspector General Karim Hossain met Colonel Ivan Petrov "
                      "of Russia.")
    assert people["Karim Hossain"][1].position == "RAB Assistant Inspector General"
    # a border force's service words between the owner and the grade ('Romanian Border Police')
    people = _members("On 11 June in Chisinau, Romanian Border Police Inspector General Victor Ionescu met Colonel Ivan "
                      "Petrov of Russia.")
    assert people["Victor Ionescu"][1].position == "Romanian Border Police Inspector General"
    assert people["Victor Ionescu"][0] == "ROU"
    # alone before a name the grade stays as it was read (office.force_head_grade)
    people = _members("On 11 June in Colombo, Deputy Inspector General Anil Perera met Colonel Ivan Petrov of Russia.")
    assert people["Anil Perera"][1].position == "Deputy Inspector General"


def test_person_postnominals_not_caps_surname():
    # a medal's or an order's letters after a name (APM, QPM, OBE) are no surname written in capitals
    for letters in ("APM", "QPM", "OBE"):
        people = _members(f"On 11 June in Canberra, AFP Commissioner Mark Dalton welcomed PNG Police Commissioner "
                          f"David Kila {letters}.")
        assert "David Kila" in people and f"David Kila {letters}" not in people
    # a surname in capitals still closes the name
    people = _members("On 11 June in Canberra, AFP Commissioner Mark Dalton welcomed PNG Police Commissioner David "
                      "KILA.")
    assert "David KILA" in people


def test_side_destination_visiting_adjective():
    # 'visiting' after an article describes the guests ('the visiting Chinese delegation headed by X'): the demonym is
    # X's side; right before a country it names where someone went (side.destination)
    people = _members("On 11 June, Minister of Interior Ahmed Raza received the visiting Chinese delegation headed by "
                      "Vice Minister Li Wei in Islamabad.", UNPUBLISHED)
    assert people["Li Wei"][0] == "CHN"
    people = _members("On 11 June in Warsaw, Police Chief Jan Kowal welcomed a visiting Lithuanian team led by "
                      "Commissioner Jonas Petraitis.", UNPUBLISHED)
    assert people["Jonas Petraitis"][0] == "LTU"
    people = _members("On 11 June in Abuja, the Inspector-General received the visiting Ghanaian police delegation, "
                      "which included Commissioner Kwame Mensah.", UNPUBLISHED)
    assert people["Kwame Mensah"][0] == "GHA"
    people = _members("While visiting Georgia on 11 June, Minister Ana Rusu of Moldova met Minister Giorgi Beridze of "
                      "Georgia in Tbilisi.", UNPUBLISHED)
    assert people["Ana Rusu"][0] == "MDA"


def test_lexicon_eu_programmes_and_missions():
    # SCHEMA: an EU programme or mission is the EU's side (data/bodies.tsv)
    people = _members("On 11 June in Kingston, SEACOP Regional Coordinator Anna Kowal met Commissioner Peter Brown of "
                      "Jamaica.", UNPUBLISHED)
    assert people["Anna Kowal"][0] == "EU"
    people = _members("On 11 June in Kyiv, EUAM Head of Mission Jan Nowak met Deputy Minister Ivan Bondar of Ukraine.",
                      UNPUBLISHED)
    assert people["Jan Nowak"][0] == "EU"
    people = _members("On 11 June in Bogota, Ewa Lis, coordinator of EL PAcCTO, met General Carlos Ruiz of Colombia.",
                      UNPUBLISHED)
    assert people["Ewa Lis"][0] == "EU"


def test_side_guest_delegation_led_by_after_verb():
    # 'X met the delegation headed by Y', the delegation named a sentence or more before: Y heads that delegation, the
    # verb before it is the host's
    people = _members("The Ministry of Interior of Qatar welcomed a Turkish police delegation on 11 June. Director "
                      "General Major Abdullah Al-Marri met the delegation headed by Chief Superintendent Mehmet Yilmaz.",
                      UNPUBLISHED)
    assert people["Mehmet Yilmaz"][0] == "TUR" and people["Abdullah Al-Marri"][0] == "QAT"
    people = _members("A Kenyan police team arrived in Kampala on 11 June. Inspector General Moses Okello received the "
                      "team, led by Deputy Inspector General Peter Kamau.", UNPUBLISHED)
    assert people["Peter Kamau"][0] == "KEN"
    people = _members("A delegation from Lithuania visited Warsaw on 11 June. Police Chief Jan Kowal of Poland thanked "
                      "the visiting delegation headed by Commissioner Jonas Petraitis.", UNPUBLISHED)
    assert people["Jonas Petraitis"][0] == "LTU"


def _host_and_members(text, head=UNPUBLISHED):
    r = extract(head + text)
    return ([d.side for mt in r.meetings for d in mt.delegations if d.host],
            {m.name: d.side for mt in r.meetings for d in mt.delegations for m in d.members})


def test_host_agency_subject():
    # with no one named before 'hosted', 'welcomed' or 'received' in its sentence, the agency or country its subject
    # names receives: its unsided people take its side
    hosts, people = _host_and_members("The Ghana Immigration Service has hosted members of a Nigerian study course on "
                                      "11 June. Speaking at the event, the Director of Immigration, Mr Kwame Mensah, "
                                      "said policies matter. Professor Dung Sha of Nigeria thanked the hosts.")
    assert hosts == ["GHA"] and people["Kwame Mensah"] == "GHA"
    hosts, people = _host_and_members("On 11 June, the Ministry of Interior of Qatar welcomed a Turkish police "
                                      "delegation. Director General Abdullah Al-Marri met Chief Superintendent Mehmet "
                                      "Yilmaz of Turkey.")
    assert hosts == ["QAT"] and people["Abdullah Al-Marri"] == "QAT"
    hosts, people = _host_and_members("Following talks in Nairobi, the Ugandan police received a Kenyan team on 11 June "
                                      "in Jinja. Commissioner Moses Okello addressed Deputy Inspector General Peter "
                                      "Kamau of Kenya.")
    assert hosts == ["UGA"] and people["Moses Okello"] == "UGA"


def test_side_guest_leader():
    # 'Leader of the Delegation, Professor X' with no delegation named by its side, in a meeting with a host: X is the
    # one received, not of the host's side
    hosts, people = _host_and_members("The Ghana Immigration Service has hosted members of a study course from Nigeria "
                                      "on 11 June. The Director of Immigration, Mr Kwame Mensah, welcomed them. On his "
                                      "part, the Leader of the Delegation, Professor Dung Sha, praised the hosts.")
    assert people["Dung Sha"] == "NGA" and people["Kwame Mensah"] == "GHA"
    hosts, people = _host_and_members("On 11 June in Warsaw, Police Chief Jan Kowal of Poland received officers from "
                                      "Lithuania. The Head of the Delegation, Commissioner Jonas Petraitis, thanked him.")
    assert people["Jonas Petraitis"] == "LTU"
    hosts, people = _host_and_members("On 11 June in Amman, Major General Sami Rahal of Jordan hosted police officers "
                                      "from Iraq. Brigadier Ali Hassan, Head of the Delegation, presented a plaque.")
    assert people["Ali Hassan"] == "IRQ"


def test_person_thing_named_not_after_given_name():
    # a surname that ends like an English noun ('-tion', '-sion', '-ship') after a known given name is a person's name
    for name in ("Ahmad Nasution", "Maria Bastion", "Peter Worship"):
        people = _members(f"On 11 June in Jakarta, Commissioner {name} met Colonel Ivan Petrov of Russia.")
        assert name in people
    # capitalised words ending in such a noun, no given name first, still name a thing
    people = _members("On 11 June in Suva, the General Patrol Dog Capabilities were shown to Colonel Ivan Petrov of "
                      "Russia by Commissioner Ratu Seru of Fiji.")
    assert not any(n.endswith("Capabilities") for n in people)
