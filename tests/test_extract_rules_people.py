"""Who is a person, and their rank and office: one example per rule added for the fresh real batches (dev4, dev5),
named after its rule id (as in test_extract_rules.py). Every sentence is written for the test (fictional people);
each rule also gets a second wording of the same shape, so that it is the grammar that is tested, not one phrasing.
"""

from whomet.store.extract import extract

HEAD = "date 2024-06-12 Source: Ministry of Interior of the Republic of Poland\n\n"


def _members(text):
    return {m.name: (d.side, m) for mt in extract(HEAD + text).meetings for d in mt.delegations for m in d.members}


def test_person_abbreviated_given_name():
    people = _members("The sixth round of talks was held in Dhaka on 11 June. Md Karim Hossain led the Bangladeshi "
                      "side while Anil Verma led the Indian side.")
    assert "Md Karim Hossain" in people and people["Md Karim Hossain"][1].rule == "person.abbreviated_given_name"
    people = _members("On 11 June, the talks in Kuala Lumpur were attended by Mohd Faizal Rahman and Anna Nowak.")
    assert "Mohd Faizal Rahman" in people


def test_person_honorific_abbreviated_and_cambodian():
    # 'Sh.' (Shri) written short with its stop; the Cambodian 'Samdech' titles, alone or with a title word
    people = _members("On 11 June, the Indian delegation was led by Sh. Ravi Kumar, Director General, while the "
                      "Nepali delegation was headed by Mr. Hari Thapa in Kathmandu.")
    assert "Ravi Kumar" in people and "Sh. Ravi Kumar" not in people
    people = _members("On 11 June, the Lao delegation paid a courtesy call on Samdech Techo Chan Vuthy, President of "
                      "the Senate, and met Samdech Krolahom Sar Sovann, Minister of Interior, in Phnom Penh.")
    assert {"Chan Vuthy", "Sar Sovann"} <= set(people)


def test_person_family_name_first_southern_chinese():
    # a Cantonese or Hokkien family name written first opens the name, after a title in capitals too
    people = _members("On 11 June, the Indonesian police chief met the Commissioner of the Ruritania Police Force "
                      "(RPF) Hoong Wai Keat in Jakarta. Commissioner Hoong thanked his hosts.")
    assert "Hoong Wai Keat" in people
    assert people["Hoong Wai Keat"][1].position == "Commissioner of the Ruritania Police Force (RPF)"
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Director of Operations Tsang Wing Kei in "
                      "Warsaw.")
    assert "Tsang Wing Kei" in people


def test_person_caps_surname_before_a_lower_case_word():
    people = _members("On 11 June, the meeting was attended by Inspector General of Police, Amani Juma KIBWANA and "
                      "the Commissioner of Police Piotr Zielinski in Warsaw.")
    assert "Amani Juma KIBWANA" in people
    people = _members("On 11 June, Police Commissioner Jonas PETRAITIS met Deputy Minister Piotr Zielinski in Warsaw.")
    assert "Jonas PETRAITIS" in people


def test_person_grade_then_rank():
    people = _members("On 11 June, the meeting was attended by Ruritania's Inspector General of Police CG Amani "
                      "Kibwana and Deputy Minister Piotr Zielinski in Warsaw.")
    kib = people["Amani Kibwana"][1]
    assert kib.rank == "CG" and kib.position == "Ruritania's Inspector General of Police"
    people = _members("On 11 June, Commissioner of Police DCG Jonas Lis met Deputy Minister Piotr Zielinski in Warsaw.")
    assert people["Jonas Lis"][1].rank == "DCG" and people["Jonas Lis"][1].position == "Commissioner of Police"


def test_rank_slash_honorific():
    people = _members("On 11 June, the Ruritanian Inspector-General of Police received the delegation in Accra. "
                      "Present were Director-General Operations, COP/Mr Kwame Owusu, Director-General Finance, "
                      "ACP/Mrs Ama Boateng and Director-General Human Resource, COP/Dr Yaw Mensah.")
    assert people["Kwame Owusu"][1].rank == "COP"
    assert people["Kwame Owusu"][1].position == "Director-General Operations"
    assert people["Ama Boateng"][1].rank == "ACP"
    assert people["Yaw Mensah"][1].position == "Director-General Human Resource"
    assert "Human Resource" not in people


def test_office_grade_field():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met the Ruritanian police delegation in Lahore. "
                      "He directed DIG Logistics to support the guests. DIG Operations Imran Shahid Qureshi and "
                      "Additional IGP Training Tariq Mahmood were also present.")
    assert "Logistics" not in people and "Operations Imran Shahid Qureshi" not in people
    assert people["Imran Shahid Qureshi"][1].position == "DIG Operations"
    assert people["Imran Shahid Qureshi"][1].rank is None
    assert people["Tariq Mahmood"][1].position == "Additional IGP Training"
    # a surname that ends like a noun after the letters is a name, not a unit's field
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met SSP Manning Lee Ross in Warsaw.")
    assert "Manning Lee Ross" in people and people["Manning Lee Ross"][1].rank == "SSP"


def test_office_word_before_honorific():
    people = _members("On 11 June, Inspector General of Police (IGP) Ruritania Dr Amani Kibwana met Deputy Minister "
                      "Piotr Zielinski in Warsaw.")
    assert "Ruritania" not in people
    assert people["Amani Kibwana"][1].position == "Inspector General of Police (IGP) Ruritania"
    assert people["Amani Kibwana"][1].rank is None
    # a title word after a retired mark is no office's word
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met the Minister of Home Affairs Police General "
                      "(Ret) Pfr Drs Budi Santoso in Warsaw.")
    assert "Budi Santoso" in people and not any("Pfr" in name for name in people)


def test_office_agency_after_comma_keeps_its_acronym():
    people = _members("On 11 June, the Indian delegation was led by Ravi Kumar, Director General, Narcotics Control "
                      "Bureau (NCB) while the other side was headed by Hari Thapa, Director General, Anti Drugs Force "
                      "(ADF) in Delhi.")
    assert people["Ravi Kumar"][1].position == "Director General, Narcotics Control Bureau (NCB)"
    assert people["Hari Thapa"][1].position == "Director General, Anti Drugs Force (ADF)"


def test_person_office_then_name():
    people = _members("On 11 June, guests present to welcome the delegation included Police Commissioner Tavita "
                      "Sefo, Foreign Affairs Minister Rimoni Tauala and Australian High Commissioner Anna Nowak.")
    assert people["Tavita Sefo"][1].position is None or "Minister" not in people["Tavita Sefo"][1].position
    assert people["Rimoni Tauala"][1].position == "Foreign Affairs Minister"
    assert people["Anna Nowak"][1].position == "Australian High Commissioner"
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Interior Minister Tavita Sefo, Justice "
                      "Minister Rimoni Tauala and Police Commissioner Lemalu Faleolo in Apia.")
    assert {"Tavita Sefo", "Rimoni Tauala", "Lemalu Faleolo"} <= set(people)
    assert people["Tavita Sefo"][1].position == "Interior Minister"


def test_person_office_owner():
    people = _members("On 11 June, the Ruritanian delegation met the minister in Bogota. It included President Juan "
                      "Ortega's adviser on prisons, Pablo Ruiz; and the head of communications, Elena Soto.")
    assert "Juan Ortega" not in people
    assert people["Pablo Ruiz"][1].position == "President Juan Ortega's adviser on prisons"
    # the owner present by a mention of his own stays
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Colonel Jan Lis in Warsaw. Colonel Jan Lis's "
                      "deputy, Major Adam Kowal, also attended.")
    assert {"Jan Lis", "Adam Kowal"} <= set(people)


def test_person_given_name_after_in():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Anna Nowak at the forum in Santa Clarita, "
                      "where the guests arrived.")
    assert "Santa Clarita" not in people and "Anna Nowak" in people
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met the delegation at the forum in Lian Yungang, "
                      "in Jiangsu Province.")
    assert "Lian Yungang" not in people


def test_person_future_meet_have_a_meeting():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski signed the protocol with Colonel Ivan Lis in "
                      "Warsaw. The minister will have a bilateral meeting with his counterpart from Ukraine, Petro "
                      "Kovalenko, later this week.")
    assert "Petro Kovalenko" not in people and "Ivan Lis" in people
    people = _members("On 11 June, Deputy Minister Piotr Zielinski signed the protocol with Colonel Ivan Lis in "
                      "Warsaw. He is to hold talks with Minister Petro Kovalenko tomorrow.")
    assert "Ivan Lis" in people


def test_person_caps_family_first():
    people = _members("On 11 June, Philippine Coast Guard Commandant Ramon Cruz and Japan Coast Guard Commandant "
                      "SATO Kenji met in Tokyo and exchanged a memorandum of cooperation.")
    assert people["SATO Kenji"][1].position == "Japan Coast Guard Commandant"
    assert people["Ramon Cruz"][1].position == "Philippine Coast Guard Commandant"
    assert people["Ramon Cruz"][1].rank is None
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met the Minister of Justice of Japan TANAKA Hiroshi "
                      "in Warsaw.")
    assert "TANAKA Hiroshi" in people


def test_person_noun_before_name():
    people = _members("On 11 June, the Minister received Deputy Head of Ruritanian Intelligence Omar Haddad and "
                      "Director of Narcotics Administration Karim Nassar in Riyadh.")
    assert people["Omar Haddad"][1].position == "Deputy Head of Ruritanian Intelligence"
    assert people["Karim Nassar"][1].position == "Director of Narcotics Administration"


def test_office_joined_offices():
    people = _members("On 11 June, State Councilor and Minister of Public Security Wang Lei met Deputy Minister Piotr "
                      "Zielinski in Beijing.")
    assert people["Wang Lei"][1].position == "State Councilor and Minister of Public Security"
    people = _members("On 11 June, Deputy Prime Minister and Minister of Interior Jonas Petraitis met Deputy Minister "
                      "Piotr Zielinski in Warsaw.")
    assert people["Jonas Petraitis"][1].position == "Deputy Prime Minister and Minister of Interior"


def test_office_agency_lower_office():
    people = _members("On 11 June, Inspector-General Jan Kowal attended the meeting in Bangkok, accompanied by Perak "
                      "Police chief Datuk Amir Hamzah and Bukit Aman Narcotics Department (NCID) director Datuk Lim Wei "
                      "Ming. Ruritania's National Police chief Police General Somchai Boonmee received them.")
    assert people["Amir Hamzah"][1].position == "Perak Police chief"
    assert people["Lim Wei Ming"][1].position == "Bukit Aman Narcotics Department (NCID) director"
    somchai = people["Somchai Boonmee"][1]
    assert (somchai.rank, somchai.position) == ("Police General", "Ruritania's National Police chief")
    people = _members("On 11 June, Indonesian national police chief General Budi Santoso met Deputy Minister Piotr "
                      "Zielinski in Jakarta.")
    assert people["Budi Santoso"][1].position == "Indonesian national police chief"
    # a lower-case office word after a possessive pronoun is no agency's: 'his deputy Colonel X' gives no office
    people = _members("On 11 June, Deputy Minister Piotr Zielinski and his deputy Colonel Jan Lis met the guests in "
                      "Warsaw.")
    assert people["Jan Lis"][1].position is None


def test_office_body_short_name():
    people = _members("On 11 June, the Minister of Justice, Anna Nowak, met Maria Lind, Executive Director of the "
                      "European Union Agency for Law Enforcement Cooperation (Europol), in The Hague.")
    assert people["Maria Lind"][1].position == ("Executive Director of the European Union Agency for Law Enforcement "
                                                "Cooperation (Europol)")
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Hans Berg, Executive Director of the European "
                      "Border and Coast Guard Agency (Frontex), in Warsaw.")
    assert people["Hans Berg"][1].position == "Executive Director of the European Border and Coast Guard Agency (Frontex)"


def test_office_agency_of_before_office():
    people = _members("On 11 June, the Secretary of the Interior of Ruritania, Pablo Ruiz, and the U.S. Department of "
                      "Homeland Security (DHS) Secretary John Carter met in El Paso.")
    assert people["John Carter"][1].position == "U.S. Department of Homeland Security (DHS) Secretary"
    people = _members("On 11 June, the Ministry of Interior Spokesman Jan Lis and Deputy Minister Piotr Zielinski met "
                      "the press in Warsaw.")
    assert people["Jan Lis"][1].position == "Ministry of Interior Spokesman"


def test_office_lower_office_of_owner_and_demonym():
    people = _members("On 11 June, the Armenian delegation was hosted by Georgia's minister of internal affairs Giorgi "
                      "Beridze at the ministry in Tbilisi.")
    assert people["Giorgi Beridze"][1].position == "Georgia's minister of internal affairs"
    people = _members("On 11 June, the agreement was signed after a meeting between Belgian interior minister Jan "
                      "Peeters and his Serbian counterpart Marko Petrovic in Belgrade.")
    assert people["Jan Peeters"][1].position == "Belgian interior minister"


def test_office_acronym_then_of_the():
    people = _members("On 11 June, the meeting in Abuja was co-chaired by Ama Boateng, Director-General of the "
                      "Criminal Investigation Department (CID) of the Ruritania Police Service, and Deputy Inspector-"
                      "General of Police Musa Bello of Nigeria.")
    assert people["Ama Boateng"][1].position == ("Director-General of the Criminal Investigation Department (CID) of "
                                                 "the Ruritania Police Service")


def test_office_agency_acronym_after_comma_before_a_verb():
    people = _members("On 11 June, Mr Ravi Kumar, Director General, NCB led the Indian delegation and Mr John Carter, "
                      "Senior Advisor, led the other in Delhi.")
    assert people["Ravi Kumar"][1].position == "Director General, NCB"


def test_person_spelling_variant():
    people = _members("On 11 June, a delegation led by the Minister of Internal Affairs, Major General Sahr Kamanda, "
                      "and the National Commissioner of Police, Musa Faya Mansaray, visited Accra. The Minister, Major "
                      "General Sahr Kamande, thanked the hosts. Commissioner Musa Fayia Manseray also spoke.")
    assert {"Sahr Kamanda", "Musa Faya Mansaray"} == set(people)
    # two different surnames are two people, and a short word one letter apart is no variant
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Colonel Jan Kowal and Colonel Jan Nowak in "
                      "Warsaw. Major Ivan Lis and Major Ivan Las also attended.")
    assert {"Jan Kowal", "Jan Nowak", "Ivan Lis", "Ivan Las"} <= set(people)


def test_rank_korean_superintendent_general():
    people = _members("On 6 February, the Secretariat received a visit from Chief Superintendent General Kim Min-jun "
                      "and Senior Superintendent General Lee Seo-yeon in Kuala Lumpur.")
    assert people["Kim Min-jun"][1].rank == "Chief Superintendent General"
    assert people["Lee Seo-yeon"][1].rank == "Senior Superintendent General"


def test_office_supervisor_and_ministry_of_before_lower_office():
    people = _members("On 11 June, the Minister received Major General Saad Al-Harbi, the Ruritanian Interior Ministry's "
                      "Supervisor of the Civil Affairs Agency, in Kuwait.")
    assert people["Saad Al-Harbi"][1].position == "Ruritanian Interior Ministry's Supervisor of the Civil Affairs Agency"
    people = _members("On 11 June, Ambassador Chen Wei met Nepali Ministry of Home Affairs secretary Ram Thapa in "
                      "Kathmandu.")
    assert people["Ram Thapa"][1].position == "Nepali Ministry of Home Affairs secretary"


def test_rank_bracket_remark():
    people = _members("On 11 June, the Uruguayan delegation was led by Capitan de Navio (a rank like a captain's) "
                      "Jorge Pereira Silva, who met Rear Admiral Tom Baker in New London.")
    assert people["Jorge Pereira Silva"][1].rank == "Capitan de Navio"
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Colonel (rank of the reserve) Jan Kowal in "
                      "Warsaw.")
    assert people["Jan Kowal"][1].rank == "Colonel"


def test_person_rank_ends_name():
    people = _members("On 11 June, the guests met the staff in Warsaw. Air Force Reserve Maj. Tom Baker and Army "
                      "National Guard Capt. Ann Lee escorted the five officers.")
    assert people["Tom Baker"][1].rank == "Maj."
    assert "Reserve Maj" not in people
    # a particle that a rank of another language holds ('Capitan de Navio') stays a name's particle
    people = _members("On 11 June, the Belgian delegation was led by Chief Commissioner Luc De Wit, who met Deputy "
                      "Minister Piotr Zielinski in Warsaw.")
    assert "Luc De Wit" in people


def test_person_thing_named():
    people = _members("On 11 June, under the Security and Prosperity Partnership, Deputy Minister Piotr Zielinski met "
                      "Secretary Carlos Ruiz in Warsaw. The next phase of the General Patrol Dog Capabilities begins "
                      "in May.")
    assert set(people) == {"Piotr Zielinski", "Carlos Ruiz"}
    # a surname that only looks like an English word stays a name
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Colonel John Manning and Colonel Eliot Ness in "
                      "Warsaw.")
    assert {"John Manning", "Eliot Ness"} <= set(people)


def test_person_earlier_visit():
    people = _members("On 11 June, Superintendent Ann Lee met Police Major General Somchai Boonmee in Bangkok. They "
                      "discussed the memorandum agreed during Commissioner Chan Wing-kei's visit to the force in June "
                      "last year.")
    assert "Chan Wing-kei" not in people and {"Ann Lee", "Somchai Boonmee"} <= set(people)
    # a visit of this meeting keeps its guest
    people = _members("On 11 June, Deputy Minister Piotr Zielinski welcomed Commissioner Chan Wing-kei's visit to "
                      "Warsaw, where the two met.")
    assert "Chan Wing-kei" in people


def test_person_page_words_are_no_names():
    people = _members("General News\n\nOn 11 June, Deputy Minister Piotr Zielinski met Colonel Jan Kowal in Warsaw.")
    assert set(people) == {"Piotr Zielinski", "Jan Kowal"}


def test_office_joined_offices_after_a_name_and_a_member():
    people = _members("On 11 June, the delegation paid a courtesy visit to Chan Vuthy, President of the Ruritanian "
                      "People's Party (RPP) and President of the Senate, in Phnom Penh.")
    assert people["Chan Vuthy"][1].position == ("President of the Ruritanian People's Party (RPP) and President of the "
                                                "Senate")
    people = _members("On 11 June, Politburo member and Minister of Public Security Nguyen Van Minh met Deputy "
                      "Minister Piotr Zielinski in Hanoi.")
    assert people["Nguyen Van Minh"][1].position == "Politburo member and Minister of Public Security"
    # 'and' before the next person's office and name is no second office of the first
    people = _members("On 11 June, the guests met Chan Vuthy, President of the Ruritanian People's Party (RPP) and "
                      "Minister Sar Sovann in Phnom Penh.")
    assert people["Chan Vuthy"][1].position == "President of the Ruritanian People's Party (RPP)"


def test_office_lower_modifier():
    people = _members("On 11 June, the delegation was led by the deputy Prime Minister of Georgia, Minister of "
                      "Internal Affairs Giorgi Beridze, who met Deputy Minister Piotr Zielinski in Warsaw.")
    assert people["Giorgi Beridze"][1].position == "deputy Prime Minister of Georgia, Minister of Internal Affairs"
    people = _members("On 11 June, Deputy Minister Piotr Zielinski and his deputy Colonel Jan Lis met the acting Chief "
                      "of Police Ivan Melnyk in Warsaw.")
    assert people["Ivan Melnyk"][1].position == "acting Chief of Police"


def test_office_modified_grade():
    people = _members("On 11 June, Acting Commissioner of Police Kwame Owusu met Deputy Minister Piotr Zielinski in "
                      "Warsaw. Special Commissioner of Police Ravi Kumar also attended.")
    assert (people["Kwame Owusu"][1].rank, people["Kwame Owusu"][1].position) == (None, "Acting Commissioner of Police")
    assert people["Ravi Kumar"][1].position == "Special Commissioner of Police"
    # with no modifier and no other office the head's grade is the office too (office.force_head_grade)
    people = _members("On 11 June, Commissioner of Police Kwame Owusu met Deputy Minister Piotr Zielinski in Warsaw.")
    assert (people["Kwame Owusu"][1].rank, people["Kwame Owusu"][1].position) == (None, "Commissioner of Police")


def test_office_force_head_grade():
    # the grade only a force's head holds, before the name, with no other office: the office
    people = _members("On 11 June, Inspector-General of Police Tan Sri Omar Zulkifli received Deputy Minister Piotr "
                      "Zielinski in Kuala Lumpur. IGP Omar thanked his guest.")
    assert (people["Omar Zulkifli"][1].rank, people["Omar Zulkifli"][1].position) == (None, "Inspector-General of Police")
    people = _members("On 11 June, Police Chief Arman Sargsyan hosted Deputy Minister Piotr Zielinski in Yerevan.")
    assert (people["Arman Sargsyan"][1].rank, people["Arman Sargsyan"][1].position) == (None, "Police Chief")
    # with another office it stays the rank; a deputy's grade alone is the office too (the real gold, 4 to 0)
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met Commissioner of Police Ama Boateng, Director of "
                      "the Criminal Investigations Department, and Deputy Inspector General of Police Kofi Mensah in "
                      "Accra.")
    assert (people["Ama Boateng"][1].rank, people["Ama Boateng"][1].position) == (
        "Commissioner of Police", "Director of the Criminal Investigations Department")
    assert (people["Kofi Mensah"][1].rank, people["Kofi Mensah"][1].position) == (None, "Deputy Inspector General of Police")
    people = _members("On 11 June, Assistant Commissioner of Police Mary Osei, Head of Operations, and Senior Deputy "
                      "Inspector General Ravi Perera met Deputy Minister Piotr Zielinski in Colombo. Also present was "
                      "Deputy Commissioner of Police Tomas Reyes.")
    assert (people["Mary Osei"][1].rank, people["Mary Osei"][1].position) == (
        "Assistant Commissioner of Police", "Head of Operations")
    assert (people["Ravi Perera"][1].rank, people["Ravi Perera"][1].position) == (
        None, "Senior Deputy Inspector General")
    assert (people["Tomas Reyes"][1].rank, people["Tomas Reyes"][1].position) == (None, "Deputy Commissioner of Police")
    # the grade's letters after the name stay the rank ('Kofi Mensah (AIG)')
    people = _members("On 11 June, the Inspector-General, represented by Kofi Mensah (AIG), met Deputy Minister Piotr "
                      "Zielinski in Accra.")
    assert people["Kofi Mensah"][1].rank == "AIG"
    # the same grade written out and short ('the Inspector-General of Police, IGP X'; 'IG X' later) is one office
    people = _members("On 11 June the Inspector-General of Police, IGP Musa Bello, hosted Deputy Minister Piotr Zielinski "
                      "in Abuja.")
    assert (people["Musa Bello"][1].rank, people["Musa Bello"][1].position) == (None, "Inspector-General of Police")
    people = _members("On 11 June Inspector General of Police John Kamau hosted Deputy Minister Piotr Zielinski in "
                      "Nairobi. IG Kamau thanked his guest.")
    assert (people["John Kamau"][1].rank, people["John Kamau"][1].position) == (None, "Inspector General of Police")


def test_office_word_before_honorific_is_no_name_later():
    # the word the release used in an office is no one-word name when the grade comes back with it alone
    people = _members("On 11 June, Inspector General of Police (IGP) Ruritania Dr Amani Kibwana met a delegation in "
                      "Lahore. The guests thanked IGP Ruritania for the training. DIG Logistics Omar Farooq Malik also "
                      "attended; the IGP directed DIG Logistics to help.")
    assert "Ruritania" not in people and "Logistics" not in people
    assert {"Amani Kibwana", "Omar Farooq Malik"} <= set(people)


def test_office_clause_after_by_agent():
    # the agent of a passive ('by Commissioner X') ends the office before it; the agent is read as a person
    people = _members("On 11 June, the chiefs met in Kampala. The chair passed to General Adam Okello, Inspector "
                      "General of Police of Uganda by Commissioner General Paul Mugisha, Inspector General of the "
                      "Rwanda National Police.")
    assert people["Adam Okello"][1].position == "Inspector General of Police of Uganda"
    assert "Paul Mugisha" in people and people["Paul Mugisha"][1].rank == "Commissioner General"
    people = _members("On 11 June, the ministers met in Warsaw. The medal was presented to Anna Nowak, Deputy "
                      "Minister of Interior by Minister Jan Kowalski.")
    assert people["Anna Nowak"][1].position == "Deputy Minister of Interior" and "Jan Kowalski" in people


def test_office_country_after_comma():
    # ', <country>' or ', <body> <unit acronym>' closing an office stays in it and gives the side; 'and' with a
    # rank and a name after it is the next person
    people = _members("On 11 June, the chiefs met in Castries. Mr. Owen Small, Commissioner of Police, Guyana and "
                      "Col. Ian Best, Chief of Staff, Barbados took the chairs, and Ruth Ann Cole, Executive "
                      "Director, CARICOM IMPACS, opened the meeting.")
    assert people["Owen Small"][1].position == "Commissioner of Police, Guyana" and people["Owen Small"][0] == "GUY"
    assert people["Ian Best"][1].rank == "Col." and people["Ian Best"][1].position == "Chief of Staff, Barbados"
    assert people["Ian Best"][0] == "BRB"
    assert people["Ruth Ann Cole"][1].position == "Executive Director, CARICOM IMPACS"


def test_person_head_word_ends_title():
    # a given name the lexicon does not know, right after an office's head word, opens the name
    people = _members("On 11 June in Islamabad, Interior Ministry Additional Secretary Zarvish Mukhtar Raja and "
                      "Ambassador Ali Farooq met Minister Jan Nowak.")
    assert "Zarvish Mukhtar Raja" in people
    assert people["Zarvish Mukhtar Raja"][1].position == "Interior Ministry Additional Secretary"
    # after 'of' the capitalised words are still the title's
    people = _members("On 11 June in Warsaw, the Director of Reforms Peter Odhiambo met Deputy Director Zbigniew Kowal.")
    assert "Peter Odhiambo" in people and people["Peter Odhiambo"][1].position == "Director of Reforms"


def test_person_hon_without_stop():
    people = _members("On 11 June in Honiara, the Minister of Foreign Affairs, Hon Peter Tome met his counterpart, "
                      "the Minister of Police, Hon Anna Kera.")
    assert {"Peter Tome", "Anna Kera"} <= set(people)
    assert people["Peter Tome"][1].position == "Minister of Foreign Affairs"


def test_person_title_after_rank():
    # a profession's title written out between a rank and the name is no office; the appositive is
    people = _members("On 11 June in Abu Dhabi, the talks were attended by Brigadier Engineer Salem Al Kaabi, "
                      "Director-General of Digital Services, and by Colonel Doctor Omar Al Shamsi.")
    assert people["Salem Al Kaabi"][1].rank == "Brigadier"
    assert people["Salem Al Kaabi"][1].position == "Director-General of Digital Services"
    assert people["Omar Al Shamsi"][1].rank == "Colonel" and people["Omar Al Shamsi"][1].position is None


def test_rank_service_letter():
    people = _members("On 11 June in Manila, P/Gen. Ramon Cruz met Minister Anna Nowak, and P/Col. Ana Reyes "
                      "took notes.")
    assert people["Ramon Cruz"][1].rank == "P/Gen." and people["Ana Reyes"][1].rank == "P/Col."


def test_office_joined_offices_portfolios():
    # two portfolios or two modifiers joined by 'and' make one office; a name before 'and' stays out of it
    people = _members("On 11 June in Lima, the Justice and Public Security Minister Carlos Ruiz met Minister Anna "
                      "Nowak.")
    assert people["Carlos Ruiz"][1].position == "Justice and Public Security Minister"
    people = _members("On 11 June in Riga, Minister Anna Nowak met the Extraordinary and Plenipotentiary Ambassador "
                      "of Ukraine Olena Koval.")
    assert people["Olena Koval"][1].position == "Extraordinary and Plenipotentiary Ambassador of Ukraine"
    people = _members("On 11 June in Warsaw, Mr. Jan Nowak and Interior Minister Anna Koval met the guests.")
    assert people["Anna Koval"][1].position == "Interior Minister" and people["Jan Nowak"][1].position is None


def test_office_delegation_role_start():
    # a delegation's leader joined by 'and' to an office is who led, not a second portfolio of it
    doc = extract(HEAD + "On 11 June in Accra, Minister Anna Nowak received the visitors. On his part, Directing "
                         "Staff and Leader of the Delegation, Professor Adam Musa, praised the hosts.")
    heads = [m.name for mt in doc.meetings for d in mt.delegations for m in d.members if m.head]
    assert "Adam Musa" in heads


def test_person_initials_open_name():
    # a list of '<office> <initials> <surname>' items: the office after each comma is the next person's
    people = _members("On 11 June the council met in Bishkek. It was attended by the Secretary of the Security Council of "
                      "the Republic of Kazakhstan R. T. Omarov, the Secretary of the Defense Council of the Kyrgyz "
                      "Republic K. B. Asanov, Secretary of the Security Council of the Russian Federation V. S.Gromov "
                      "and Secretary of the Security Council of the Republic of Tajikistan D. D. Nazarov.")
    assert {n: s for n, (s, _m) in people.items()} == {"R. T. Omarov": "KAZ", "K. B. Asanov": "KGZ",
                                                       "V. S.Gromov": "RUS", "D. D. Nazarov": "TJK"}
    assert people["K. B. Asanov"][1].position == "Secretary of the Defense Council of the Kyrgyz Republic"
    # a middle initial after a given name opens nothing: 'Emmanuel K. Gasana' is one name
    people = _members("On 11 June the chairmanship of the council was handed over to Piotr Zielinski, Chairman of the "
                      "Committee of Poland by Commissioner General Emmanuel K. Mugabo at a meeting in Warsaw.")
    assert "Emmanuel K. Mugabo" in people and people["Piotr Zielinski"][1].position == "Chairman of the Committee of Poland"


def test_person_clause_after_comma_is_no_office():
    # ', paid a courtesy call on <office> <name>': a verb opens a clause, not an appositive of the name before it
    people = _members("A four-member delegation of the Federal Bureau of Investigation (FBI), led by Karim Dawood, paid a "
                      "courtesy call on Inspector General of Police (IGP) of Bangladesh Md Rafiqul Islam in Dhaka on 11 "
                      "June.")
    assert people["Karim Dawood"][0] == "USA" and people["Karim Dawood"][1].position is None
    assert people["Md Rafiqul Islam"][0] == "BGD"
    people = _members("On 11 June the team, headed by Anna Nowak, sought a meeting with Police Chief Ivan Petrenko of "
                      "Ukraine in Kyiv and met him the same day.")
    assert people["Anna Nowak"][1].position is None


def test_person_middle_initials():
    # initials run together between a given name and the surname are the name's, with or without the last stop
    people = _members("On 11 June the Minister of Defence Joseph Mbarga received the Nigerian Chief of Defence Staff, "
                      "General Musa A.B. Danladi, in Yaounde. General Musa A.B Danladi thanked his host.")
    assert "Musa A.B. Danladi" in people and people["Musa A.B. Danladi"][0] == "NGA"
    assert not any(n.startswith("Musa") and n != "Musa A.B. Danladi" for n in people)
    # after a surname and before a comma they stay the given names' initials
    people = _members("On 11 June the Russian delegation headed by the deputy head Sorokin V.P. met Deputy Minister "
                      "Piotr Zielinski in Warsaw.")
    assert "Sorokin V.P." in people


def test_office_and_next_person_honourable():
    # 'A, <office> and the Honourable B, <office>': the first office ends before 'and the Honourable'
    people = _members("The meeting between His Excellency Armando Tembe, Minister of the Interior of the Republic of "
                      "Mozambique and the Honourable Sipho Dlamini, Minister of Police of the Republic of South Africa, "
                      "took place on 10 June 2024 in Maputo.")
    assert people["Armando Tembe"][1].position == "Minister of the Interior of the Republic of Mozambique"
    assert people["Sipho Dlamini"][0] == "ZAF"


def test_office_place_before_office():
    people = _members("On 11 June the Cypriot Police Chief Andreas Loizou met his Greek counterpart Nikos Vlachos in "
                      "Athens. Loizou accompanied in Greece Justice Minister Petros Georgiou, who sought advice.")
    assert people["Petros Georgiou"][1].position == "Justice Minister"
    people = _members("On 11 June the delegation was received in Hanoi Mongolian Minister Bat Erdene and met Deputy "
                      "Minister Piotr Zielinski.")
    assert people["Bat Erdene"][1].position == "Mongolian Minister"


def test_office_lower_office_verb():
    people = _members("Poland has awarded police minister Sipho Dlamini a medal. Presenting the medal in Warsaw on 11 "
                      "June, Deputy Minister Piotr Zielinski praised him.")
    assert people["Sipho Dlamini"][1].position == "police minister"


def test_office_lower_office_of_with_demonym():
    # a demonym, then a lower-case office with its field (up to four words) right before the name
    people = _members("On 11 June the Moldovan deputy interior minister for border affairs Ivo Marek met Polish "
                      "minister of justice and public security Anna Nowak in Warsaw.")
    assert people["Ivo Marek"][1].position == "Moldovan deputy interior minister for border affairs"
    assert people["Anna Nowak"][1].position == "Polish minister of justice and public security"


def test_person_postnominals_between_commas():
    # 'Hon. X, MP, <office>': the letters between two commas are no office; the office after them is
    people = _members("On 11 June the Botswana delegation was led by Hon. Kabo Molefe, MP, Acting Minister of Defence, "
                      "and included Hon. Neo Dube, MP, Minister of Home Affairs, in Warsaw.")
    assert people["Kabo Molefe"][1].position == "Acting Minister of Defence"
    assert people["Neo Dube"][1].position == "Minister of Home Affairs"


def test_office_clause_after_dashes():
    # a remark between double dashes ends the office before it
    people = _members("On 11 June Osman Kaya, head of the Turkish security department -- in Warsaw for a fair -- met "
                      "Deputy Minister Piotr Zielinski.")
    assert people["Osman Kaya"][1].position == "head of the Turkish security department"


def test_office_lower_modifier_additional_caretaker():
    people = _members("On 11 June caretaker Minister of Interior Marko Petrov, along with additional Deputy Minister "
                      "Ilir Hoxha, met Deputy Minister Piotr Zielinski in Warsaw.")
    assert people["Marko Petrov"][1].position == "caretaker Minister of Interior"
    assert people["Ilir Hoxha"][1].position == "additional Deputy Minister"


def test_office_backtick_possessive():
    # "Moldova`s Minister": a backtick written for the apostrophe; the owner stays, as written
    people = _members("On 11 June Moldova`s Minister of Internal Affairs Ivo Marek met Deputy Minister Piotr Zielinski "
                      "in Warsaw.")
    assert people["Ivo Marek"][1].position == "Moldova`s Minister of Internal Affairs"


def test_person_future_subject():
    # the subject of a meeting still to come is not at the meeting the release tells
    people = _members("On 11 June Foreign Minister Jan Kowal met Defence Minister Piotr Zielinski in Warsaw. On Tuesday, "
                      "Polish President Adam Lis will meet with the President of Lithuania.")
    assert "Adam Lis" not in people and {"Jan Kowal", "Piotr Zielinski"} <= set(people)
    people = _members("On 11 June Foreign Minister Jan Kowal met Defence Minister Piotr Zielinski in Warsaw. President "
                      "Adam Lis, who returns from Vilnius, is expected to visit the border next week.")
    assert "Adam Lis" not in people


def test_person_portfolio_ends_title():
    # a portfolio word or a country closing the office ends the title: the next capitalised word opens the name,
    # also when the lexicon knows no given name there
    people = _members("On 11 June Deputy Minister Piotr Zielinski met the Minister of State at the Ministry of Interior "
                      "Chea Sokha Rith and the Minister of Counter Narcotics Zabit Ahmad Rahimi in Warsaw.")
    assert {"Chea Sokha Rith", "Zabit Ahmad Rahimi"} <= set(people)
    people = _members("On 11 June Deputy Minister Piotr Zielinski met the Minister of Interior of Djibouti Omar Farah "
                      "Robleh in Warsaw.")
    assert "Omar Farah Robleh" in people and people["Omar Farah Robleh"][0] == "DJI"
    # an agency's own-language words after 'Police' still end before the given name
    people = _members("On 11 June Deputy Minister Piotr Zielinski met the Director of the Police Judiciaire Marc Dubois "
                      "in Warsaw.")
    assert "Marc Dubois" in people


def test_office_plural_of_these_nations_list():
    # a plural office of 'these <adjective> nations' before a list 'A of X, B of Y and C of Z': every item holds it
    people = _members("The justice ministers of these Baltic nations, Rasa Jonaitiene of Lithuania, Liga Berzina of "
                      "Latvia and Kadri Tamm of Estonia, met in Warsaw on 11 June with Deputy Minister Piotr Zielinski.")
    assert {n: s for n, (s, m) in people.items() if m.position == "justice ministers"} == {
        "Rasa Jonaitiene": "LTU", "Liga Berzina": "LVA", "Kadri Tamm": "EST"}


def test_office_clause_after_included():
    # '<office> and included Hon. Y': the office ends before the clause, its 'and' too
    people = _members("On 11 June the Namibian delegation was led by Hon. Ndapewa Shikongo, MP, Minister of Home Affairs "
                      "and Immigration and included Hon. Tuli Nghipandulwa, Deputy Minister of Defence, in Warsaw.")
    assert people["Ndapewa Shikongo"][1].position == "Minister of Home Affairs and Immigration"


def test_office_delegation_role_to_the_session():
    # 'the Head of the X delegation to the session, <office> Y': who led is told apart, the office follows the comma
    people = _members("On 11 June the Head of the Cameroonian delegation to the session, Territorial Administration "
                      "Minister Paul Ndongo, met Deputy Minister Piotr Zielinski in Warsaw.")
    assert people["Paul Ndongo"][1].position == "Territorial Administration Minister"


def test_office_agency_after_comma_ends_before_next_person():
    # ', <office>, <agency> and Mr Y, ...': the agency closes the office before the next person
    people = _members("On 11 June the Chinese delegation was headed by Han Wei, Deputy Secretary General, National "
                      "Narcotics Control Commission (NNCC) of China. Members included Zhao Lei, Police Officer, Kashgar "
                      "Public Security Department and Mr Sun Hao, Police Officer, Turpan Public Security Department. "
                      "They met Deputy Minister Piotr Zielinski in Warsaw.")
    assert people["Han Wei"][1].position == ("Deputy Secretary General, National Narcotics Control Commission (NNCC) "
                                             "of China")
    assert people["Zhao Lei"][1].position == "Police Officer, Kashgar Public Security Department"
    assert people["Sun Hao"][1].position == "Police Officer, Turpan Public Security Department"


def test_office_title_after_office_senator():
    # '<office>, Senator X': the title before the name is no part of the office (like 'Ambassador')
    people = _members("On 11 June the talks in Warsaw were attended by Minister of Trade and Industry, Senator Maria "
                      "Kowalska, and Deputy Minister Piotr Zielinski.")
    assert people["Maria Kowalska"][1].position == "Minister of Trade and Industry"


def test_office_two_owners():
    # two offices joined by 'and', each with its own owner: the second is the name's, and so is the side
    people = _members("On 11 June talks between the Polish Deputy Minister and National Commissioner of the Finnish "
                      "Police Mikko Laine took place in Helsinki.")
    assert people["Mikko Laine"][1].position == "National Commissioner of the Finnish Police"
    assert people["Mikko Laine"][0] == "FIN"
    # one owner for two portfolios stays one office
    people = _members("On 11 June the Croatian Minister of Interior and Public Administration Ivo Horvat met Deputy "
                      "Minister Piotr Zielinski in Warsaw.")
    assert people["Ivo Horvat"][1].position == "Croatian Minister of Interior and Public Administration"


def test_person_city_given_name_after_to():
    # a city that is also a given name, after 'to', ends the envoy's office; the name follows it
    people = _members("On 11 June the Swiss Ambassador to Tehran Markus Keller met Deputy Minister Piotr Zielinski in "
                      "Tehran.")
    assert people["Markus Keller"][1].position == "Swiss Ambassador to Tehran"
    # a foreign office named by its acronym gives the side of a name with no office of its own
    people = _members("On 11 June Deputy Minister Piotr Zielinski met the Permanent Under-Secretary at the Foreign, "
                      "Commonwealth and Development Office (FCDO), Peter Barnes, in Warsaw.")
    assert people["Peter Barnes"][0] == "GBR"


def test_person_thing_named_unit_word():
    # capitalised words ending in a unit's field or an agency's last word name a unit, not a person
    people = _members("On 11 June the delegation comprised Head, Data/Digital Intelligence, Amaka Obi and Director, "
                      "Cyber Operations, Tunde Bello, and met Deputy Minister Piotr Zielinski in Warsaw.")
    assert "Digital Intelligence" not in people and "Cyber Operations" not in people


def test_office_owner_country_with_and():
    # a country whose name holds 'and' owns the office whole, as written
    people = _members("On 11 June Bosnia and Herzegovina’s Security Minister Nermin Hadzic met Deputy Minister Piotr "
                      "Zielinski in Warsaw.")
    assert people["Nermin Hadzic"][1].position == "Bosnia and Herzegovina’s Security Minister"
    assert people["Nermin Hadzic"][0] == "BIH"


def test_rank_commissioner_general_of_police():
    # 'Commissioner General of Police' is a police grade like 'Deputy Commissioner of Police': before a name, the rank;
    # the office before the comma stays the office
    people = _members("On 11 June, in his capacity as Director General of the National Police of Niger, Commissioner "
                      "General of Police Issa Moussa welcomed Deputy Minister Piotr Zielinski in Niamey.")
    assert (people["Issa Moussa"][1].rank, people["Issa Moussa"][1].position) == (
        "Commissioner General of Police", "Director General of the National Police of Niger")


def test_office_title_after_office_honorific():
    # '<office>, His Excellency, General X': the honorific between the office and the name is no part of the office
    people = _members("On 11 June the Minister of Interior of the Republic of Mozambique, His Excellency, General Pedro "
                      "Macuacua, met Deputy Minister Piotr Zielinski in Maputo.")
    assert people["Pedro Macuacua"][1].position == "Minister of Interior of the Republic of Mozambique"


def test_person_arabic_article_apart():
    # the Arabic article written apart in lower case goes on with the name, like 'bin'
    people = _members("On 11 June the virtual meeting was chaired by Col Hamad bin Nasser al Harthy, Assistant Director "
                      "General of Criminal Inquiries, with Deputy Minister Piotr Zielinski.")
    assert "Hamad bin Nasser al Harthy" in people


def test_person_other_visit():
    # the one whose state visit, or whose visit still being prepared, a clause names is no one present
    people = _members("On 11 June in Phnom Penh, Deputy Minister Tran Van Son met Interior Minister Sar Phalla. They "
                      "agreed to carry out the documents signed during the State visit to Cambodia by Party General "
                      "Secretary Nguyen Van Long.")
    assert set(people) == {"Tran Van Son", "Sar Phalla"}
    people = _members("On 11 June in Tashkent, Interior Minister Ali Karimov met Interior Minister Ivan Petrov of Russia "
                      "to carry out the agreements reached during the state visit of President of the Republic of "
                      "Uzbekistan Rustam Aliyev to Russia.")
    assert set(people) == {"Ali Karimov", "Ivan Petrov"}
    people = _members("On 11 June in Ankara, Interior Minister Ali Demir met his Russian counterpart Ivan Petrov. The "
                      "talks also served as preparation for Russian President Oleg Smirnov's visit to Turkey.")
    assert set(people) == {"Ali Demir", "Ivan Petrov"}
    # the visit the meeting is part of still names its guest
    people = _members("On 11 June, during the official visit of Interior Minister Ivan Petrov of Russia to Ankara, he "
                      "met Interior Minister Ali Demir.")
    assert {"Ali Demir", "Ivan Petrov"} <= set(people)


def test_person_honorific_right_honourable():
    # 'Rt Hon' and 'Lord', 'Mallam' (northern Nigeria) are honorifics, no part of the name
    people = _members("On 11 June in Vienna, Home Minister Karim Hossain of Bangladesh met the United Kingdom's "
                      "Minister of State for the Home Office, Rt Hon Lord Fenwick.")
    assert "Fenwick" in people and not any("Rt" in n for n in people)
    people = _members("On 11 June, National Security Adviser Mallam Musa Bello met a delegation led by Anna Nowak, "
                      "Deputy Minister of Interior of Poland, in Abuja.")
    assert "Musa Bello" in people


def test_side_agency_lexicon():
    # a national agency known by its acronym or a name without a country gives its country (data/agencies.tsv)
    people = _members("On 11 June, Director of the Central Intelligence Agency John Carter met President Anna Nowak "
                      "in Warsaw. RCIPS Commissioner Paul Byrne also attended.")
    assert people["John Carter"][0] == "USA" and people["Paul Byrne"][0] == "CYM"


NO_SIDE_HEAD = "date 2024-06-12 Source: Ministry of Interior\n\n"


def _members_unpublished(text):
    return {m.name: (d.side, m) for mt in extract(NO_SIDE_HEAD + text).meetings for d in mt.delegations for m in d.members}


def test_side_his_counterpart():
    # 'X held talks with his counterpart Y, <Chinese office>': Y's side is not X's; X is then the other party named
    people = _members_unpublished("Major General Ahmed Fathi, Minister of the Interior, held talks in Beijing with his "
                                  "counterpart Wang Lei, Chinese Minister of Public Security. He praised the role of Egypt.")
    assert people["Ahmed Fathi"][0] == "EGY" and people["Wang Lei"][0] == "CHN"
    people = _members_unpublished("On 11 June, Interior Minister Omar Haddad met his counterpart Jan Kowalski, the Polish "
                                  "Minister of Interior, in Warsaw, and thanked Jordan's police for the support.")
    assert people["Omar Haddad"][0] == "JOR"


def test_side_closing_quote():
    # a quotation closing before a comma ('... that Europol is", said X') holds the speaker's words, not X's side
    people = _members_unpublished('On 11 June the ministers met at Europol in The Hague. "Member states must use the asset '
                                  'that Europol is", said Minister for Justice Anna Berg of Sweden. "We agree", said '
                                  'Minister Jan Kowalski, the Polish Minister of Interior.')
    assert people["Anna Berg"][0] == "SWE"
    people = _members_unpublished('On 11 June the chiefs met in Lyon. "INTERPOL helps us all", said Commissioner Tom '
                                  'Byrne of Ireland, who met the French Minister of Interior Paul Martin.')
    assert people["Tom Byrne"][0] == "IRL"


def test_side_shared_demonym():
    # the owner opening a list of titled names goes on over commas, up to the clause's verb
    people = _members_unpublished("On 11 June in Riyadh, Interior Minister Ali Naqvi met his Saudi counterpart Prince "
                                  "Abdulaziz bin Saud. Pakistan's Ambassador Ahmed Nazeer, Passports Director General "
                                  "Mustafa Qazi, and Interior Ministry Additional Secretary Riffat Raja were also present.")
    assert {people[n][0] for n in ("Ahmed Nazeer", "Mustafa Qazi", "Riffat Raja")} == {"PAK"}
    # not the two parties of 'a meeting between', nor the hosts an envoy's office lists first
    people = _members_unpublished("On 11 June in Manila, the meeting between Chinese Ambassador Huang Lin and Executive "
                                  "Secretary Lucas Bernal took place.")
    assert people["Lucas Bernal"][0] != "CHN"
    people = _members_unpublished("On 11 June in Kathmandu, Home Minister Ram Thapa inspected the academy. The delegation, "
                                  "including Indian Ambassador to Nepal Vivek Kumar, Home Secretary Hari Gurung, and "
                                  "Inspector General of Police Bikram Kunwar, saw the works.")
    assert people["Hari Gurung"][0] != "IND" and people["Bikram Kunwar"][0] != "IND"


def test_person_office_then_name_before_verb():
    # '..., his Russian counterpart A, Interior Minister B C said ...': the office and name after A's comma are the
    # speaker, not A's appositive; the counterpart's demonym is not the speaker's side
    people = _members_unpublished("On 11 June in Ankara, at a joint press conference with his Russian counterpart Ivan "
                                  "Petrovich Sokolov, Interior Minister Kemal Demir said that the talks went well. "
                                  "Turkey and Russia agreed to meet again.")
    assert people["Kemal Demir"][1].position == "Interior Minister" and people["Kemal Demir"][0] == "TUR"
    assert people["Ivan Petrovich Sokolov"][0] == "RUS"
    people = _members_unpublished("On 11 June in Vilnius, after the talks with his Polish colleague Jan Nowak, Border "
                                  "Guard Commander Rustamas Liubajevas stressed the value of the new protocol for Lithuania.")
    assert "Rustamas Liubajevas" in people and people["Rustamas Liubajevas"][0] != "POL"


def test_person_term_of():
    # 'the administration of President X' names X in passing; 'the governments of A and B, saying ..., and so did
    # Ambassador Y' does not make Y absent
    people = _members("On 11 June in Podgorica, the ministers signed the protocol. Ambassador Hans Berg of Germany "
                      "congratulated the governments of Montenegro and Albania, saying that Germany will support such "
                      "acts, and so did the US Ambassador to Montenegro Mary Ann Kerr.")
    assert "Mary Ann Kerr" in people
    people = _members("On 11 June in Warsaw, Minister Jan Kowalski met Ambassador Tom Reed. They praised the "
                      "administration of President Joe Walker for its support.")
    assert "Joe Walker" not in people


def test_person_co_signer_after():
    # 'the communique signed by A, <office>, and B' names the two parties, not the release's author
    people = _members("On 11 June in Wa, the joint security council met. The communique signed by Alhaji Musa Bako, "
                      "Upper West Regional Minister and Mr Paul Ouedraogo, Governor of the South West Region of Burkina "
                      "Faso, urged the officers to share information.")
    assert {"Musa Bako", "Paul Ouedraogo"} <= set(people)
    people = _members("According to a statement signed by Olu Bamidele, Force Public Relations Officer, the Inspector "
                      "General of Police Musa Bello welcomed on 11 June a French delegation led by Paul Martin, Director "
                      "of Defence and Security Cooperation, in Abuja.")
    assert "Olu Bamidele" not in people


def test_side_meeting_with_agreement():
    # 'will sign an agreement with the government of X, says Y': X is the partner, not Y's side
    people = _members_unpublished("On 11 June in Port of Spain, Trinidad and Tobago will sign an agreement with the "
                                  "government of Colombia to tackle trafficking, says Minister of National Security Gary "
                                  "Griffin. He met a delegation from Colombia led by General Juan Bueno.")
    assert people["Gary Griffin"][0] == "TTO"


def test_person_sent_delegation():
    # 'X approved a delegation comprising A; B and C': the members are X's side, X who sent them is not present
    people = _members_unpublished("On 11 June in Vienna, the Chairman of NDLEA, Brig. Gen. Musa Bello (Rtd) had "
                                  "approved a delegation comprising, Director, Prosecution and Legal Services, Joseph "
                                  "Sunday Okon; Director, Operations, Garba Samuel Ude, and Aminu Danjuma Lawal, "
                                  "Directorate of Seaport Operations, for the meeting with Pakistani officials led by "
                                  "Brigadier Ahmed Khan of Pakistan.")
    assert "Musa Bello" not in people
    assert {people[n][0] for n in ("Joseph Sunday Okon", "Garba Samuel Ude", "Aminu Danjuma Lawal")} == {"NGA"}
    people = _members_unpublished("On 11 June in Accra, the Chief of Police of Ghana, Kofi Mensah, sent a team consisting "
                                  "of Superintendent Ama Owusu and Inspector Yaw Boateng to the meeting with Colonel Jan "
                                  "Nowak of Poland.")
    assert "Kofi Mensah" not in people and people["Ama Owusu"][0] == "GHA"


def test_person_weekday_name():
    # a day's name between a given name and a surname is a middle name; alone it names no one
    people = _members("On 11 June in Abuja, Director Joseph Sunday Okon met Colonel Jan Nowak of Poland.")
    assert "Joseph Sunday Okon" in people
    people = _members("On Sunday Minister Jan Kowalski met Peter Sunday in Warsaw on 11 June.")
    assert not any("Sunday" in n for n in people)


def test_person_read_on_behalf():
    # the one whose remarks someone else read is not present; the reader is
    people = _members("On 11 June in Depok, the Hong Kong delegation led by Chief Superintendent Tom Wong visited the "
                      "Mobile Brigade. Through the remarks from Mobile Brigade Corps Commander, Commissioner General Budi "
                      "Santoso, which was read by the Head of Operations Bureau, Superintendent Sonny Wibisono, the corps "
                      "presented the unit to the delegation.")
    assert "Budi Santoso" not in people and "Sonny Wibisono" in people
    people = _members("On 11 June in Nairobi, Colonel Jan Nowak of Poland met Director Ann Wanjiru. A message from "
                      "Minister Paul Otieno, read out by Director Ann Wanjiru, opened the talks.")
    assert "Paul Otieno" not in people and "Ann Wanjiru" in people


def test_person_photo_credit():
    # a caption's credit ('Picture by X', 'Photo: X') names who took the picture
    people = _members("Minister Jan Kowalski addresses the police chiefs in Harare on 11 June :-Picture by Charles Moyo. "
                      "Commissioner General Paul Banda of Zambia paid a courtesy call on Minister Jan Kowalski in Harare.")
    assert "Charles Moyo" not in people and "Paul Banda" in people


def test_office_title_after_office_excellency():
    # '<office>, H.E. Ambassador X': the honorific and the kept title are no part of the office
    people = _members("On 11 June in Lusaka, Colonel Jan Nowak of Poland met the Commissioner for Peace and Security, "
                      "H.E. Ambassador Samir Haddad.")
    assert people["Samir Haddad"][1].position == "Commissioner for Peace and Security"
    people = _members("On 11 June in Lusaka, Colonel Jan Nowak of Poland met the Commissioner for Peace and Security, "
                      "His Excellency Ambassador Samir Haddad.")
    assert people["Samir Haddad"][1].position == "Commissioner for Peace and Security"


def test_office_owner_word_grade_force_name():
    # a 'Commissioner General' after an owner, and a grade after a force's own name, are offices as written
    people = _members("On 11 June in Addis Ababa, EFP Commissioner General Demelash Gebre met Inspector-General Hillary "
                      "Otieno of Kenya.")
    assert (people["Demelash Gebre"][1].rank, people["Demelash Gebre"][1].position) == (None, "EFP Commissioner General")
    people = _members("On 11 June in Abu Dhabi, a delegation led by Federal Police Commissioner General Demelash Gebre met "
                      "Major General Ahmed Saif of the UAE.")
    assert people["Demelash Gebre"][1].position == "Federal Police Commissioner General"
    people = _members("On 11 June in Kota Kinabalu, Sabah Police Commissioner Datuk Jauteh Dikun met Commissioner Musa Ali "
                      "of Brunei.")
    assert people["Jauteh Dikun"][1].position == "Sabah Police Commissioner"
    # alone before a name it stays the rank several officers hold
    people = _members("On 11 June in Jakarta, Commissioner General Budi Santoso met Colonel Jan Nowak of Poland.")
    assert (people["Budi Santoso"][1].rank, people["Budi Santoso"][1].position) == ("Commissioner General", None)


def test_office_owner_apostrophe_alone():
    # "Barbados' Police Commissioner X": an owner ending in s keeps its apostrophe alone, and stays in the office
    people = _members("On 11 June in Georgetown, Barbados' Police Commissioner and ACCP president Darwin Holder met "
                      "Colonel Jan Nowak of Poland.")
    assert people["Darwin Holder"][1].position == "Barbados' Police Commissioner and ACCP president"
    assert people["Darwin Holder"][0] == "BRB"


def test_rank_abbreviated_senior_lieutenant():
    # 'Sen. Lieut. Gen.' (Vietnamese ranks written short) is one rank, and its stops end no sentence; 'SAC' is a grade
    people = _members("On 11 June in Vientiane, Vietnamese Minister of Public Security Sen. Lieut. Gen. To Hung met his "
                      "Lao counterpart Somkeo Vongsa.")
    assert (people["To Hung"][1].rank, people["To Hung"][1].position) == (
        "Sen. Lieut. Gen.", "Vietnamese Minister of Public Security")
    people = _members("On 11 June in Jakarta, a team led by Bukit Aman CID Narcotics Assistant Director SAC Abdul Rahim "
                      "Baharom met Colonel Jan Nowak of Poland.")
    assert (people["Abdul Rahim Baharom"][1].rank, people["Abdul Rahim Baharom"][1].position) == (
        "SAC", "Bukit Aman CID Narcotics Assistant Director")


def test_person_postnominals_in_brackets():
    # 'X (MP), <office>': the letters in brackets are no part of the name and the office after them is X's; a
    # profession's title after an honorific is an honorific too ('Honorable Engineer X')
    people = _members_unpublished("On 11 June in Kigali, Hon. Sheikh Musa Fazil of Rwanda met Honorable Engineer "
                                  "Hillary Odongo (MP), Minister of Internal Affairs of the Republic of Uganda.")
    assert people["Hillary Odongo"][1].position == "Minister of Internal Affairs of the Republic of Uganda"
    assert people["Hillary Odongo"][0] == "UGA"
    people = _members_unpublished("On 11 June in Kampala, Colonel Jan Nowak of Poland met Anna Kato (MP), Minister of "
                                  "Security of Uganda.")
    assert people["Anna Kato"][0] == "UGA"


def test_person_passing_generic_suspects():
    # 'suspected criminals' (people in general) makes no one the sentence names absent; 'the suspected smuggler X' does
    people = _members("On 11 June in Wa, the regional councils of Ghana and Burkina Faso met. The communique signed by "
                      "Alhaji Musa Bako, Upper West Regional Minister and Mr Paul Ouedraogo, Governor of the South West "
                      "Region of Burkina Faso, urged officers to keep watch on suspected criminals.")
    assert {"Musa Bako", "Paul Ouedraogo"} <= set(people)
    people = _members("On 11 June in Warsaw, Minister Jan Kowalski met Colonel Ivan Petrov of Russia. They discussed the "
                      "case of the suspected smuggler Oleg Sidorov.")
    assert "Oleg Sidorov" not in people


def test_person_mononym_owned_office():
    # one name word after an office its agency's acronym opens, then the clause goes on: a name of one word
    people = _members("On 11 June in Kathmandu, Home Minister Ram Thapa met Indian officials. The Nepali side included "
                      "APF Chief Gurung, Home Secretary Hari Paudel and others.")
    assert "Gurung" in people and people["Gurung"][1].position == "APF Chief"
    # not a field or a common word after the office
    people = _members("On 11 June in Warsaw, Minister Jan Kowalski met the Polish Police Chief Operations, while the team "
                      "waited.")
    assert "Operations" not in people


def test_person_given_name_after_city_scene():
    # 'In Jurmala Serhii Petrenko met ...': the known city after 'in' is the scene; the given name after it opens a name
    people = _members_unpublished("Head of the Border Guard Service of Ukraine visited Latvia\n\nIn Jurmala Serhii "
                                  "Petrenko met with the Head of the State Border Guard of the Republic of Latvia Guntis "
                                  "Ozols on 11 June.")
    assert "Serhii Petrenko" in people and people["Serhii Petrenko"][0] == "UKR"
    people = _members("At Vilnius Anna Kowalska signed the protocol with Colonel Jonas Petraitis of Lithuania on 11 June.")
    assert "Anna Kowalska" in people


def test_person_spelling_variant_short_and_given():
    # a surname of four letters said again one letter short, and a given name one letter apart before the same
    # surname, are the person named first
    people = _members("On 11 June in Kathmandu, Chinese Ambassador to Nepal Hou Yanmi paid a courtesy call on Minister "
                      "of Home Affairs Ram Thapa. Minister Thapa and ambassador Hou Yanm discussed relations.")
    assert "Hou Yanm" not in people and "Hou Yanmi" in people
    people = _members("On 11 June in Chisinau, Prosecutor Irakli Beradze of Georgia met Minister Ana Rusu of Moldova. "
                      "Yirakli Beradze thanked her.")
    assert "Yirakli Beradze" not in people and "Irakli Beradze" in people
    # two people of one surname with given names further apart stay two
    people = _members("On 11 June in Warsaw, Colonel Jan Nowak met Colonel Anna Nowak and Major Ivan Petrov of Russia.")
    assert {"Jan Nowak", "Anna Nowak"} <= set(people)


def test_office_title_of_next_bare_name():
    # 'signed by Commissioner A, Austrian Minister of the Interior, B C, and ...': A holds a title already, the office
    # between the commas is B C's
    people = _members("On 11 June in Tirana, the agreement, signed by Commissioner Dimitris Avramo, Austrian Minister of "
                      "the Interior, Herbert Kastl, and Albanian Minister of Interior Fatmir Xhafa, allows joint work.")
    assert people["Herbert Kastl"][1].position == "Austrian Minister of the Interior"
    assert people["Herbert Kastl"][0] == "AUT"
    # with no title before A, the office after A's comma stays A's
    people = _members("On 11 June in Tirana, Dimitris Avramo, Austrian Minister of the Interior, met Fatmir Xhafa of "
                      "Albania.")
    assert people["Dimitris Avramo"][1].position == "Austrian Minister of the Interior"


def test_person_party_no_name():
    # a party's or a movement's name is an organisation: 'General Secretary of the Lao People's Revolutionary Party and
    # President X' names X, whose office holds the party
    people = _members("On 11 June in Vientiane, General Secretary of the Lao People's Revolutionary Party and President "
                      "Bounkham Vongsa received Minister Tran Van Son of Vietnam.")
    assert "Revolutionary Party" not in people
    assert people["Bounkham Vongsa"][1].position == "General Secretary of the Lao People's Revolutionary Party and President"


def test_office_mixed_case_agency_acronym():
    # an agency's acronym with a small 'o' ('MoI', 'MoFA') closing an office in apposition stays in it
    people = _members("On 11 June, Lt. General Saif Al Shafar, Undersecretary at the Ministry of Interior (MoI), met with "
                      "Lt. General Hassan Al Shuraiqi, Inspector General of Police and Customs in Oman.")
    assert people["Saif Al Shafar"][1].position == "Undersecretary at the Ministry of Interior (MoI)"
    people = _members("On 11 June, Anna Berg, Director at the Ministry of Foreign Affairs (MoFA), met Colonel Jan Nowak of "
                      "Poland in Oslo.")
    assert people["Anna Berg"][1].position == "Director at the Ministry of Foreign Affairs (MoFA)"


def test_side_saint_written_short():
    # 'St. Kitts and Nevis', 'St. Lucia': the stop of 'Saint' written short is part of the country's name
    people = _members("On 11 June in Basseterre, Mr. Henry Liburd, Commissioner of Police, St. Kitts and Nevis and Col. "
                      "Paul Ross, Chief of Defence Staff, Jamaica, met.")
    assert people["Henry Liburd"][1].position == "Commissioner of Police, St. Kitts and Nevis"
    assert people["Henry Liburd"][0] == "KNA"
    people = _members("On 11 June in Castries, the St. Lucia Police Commissioner Mary Joseph met Colonel Jan Nowak of "
                      "Poland.")
    assert people["Mary Joseph"][0] == "LCA"


def test_office_and_next_person_titled():
    # an appositive ends before 'and the <title>, <honorific or rank> B': the title is B's
    people = _members("On 11 June in Lusaka, the meeting heard Mr. Ferhat Ali, Director of Algerian Judicial Police and "
                      "the Guest of Honor, Dr Chileshe Mulenga, Home Affairs Permanent Secretary of Zambia, who met the "
                      "chiefs.")
    assert people["Ferhat Ali"][1].position == "Director of Algerian Judicial Police"
    people = _members("On 11 June in Accra, Colonel Jan Nowak of Poland met Mr. Kofi Mensah, Director of the Criminal "
                      "Investigations Department and the Chairman of the Board, Dr Ama Owusu.")
    assert people["Kofi Mensah"][1].position == "Director of the Criminal Investigations Department"
    assert people["Ama Owusu"][1].position == "Chairman of the Board"
