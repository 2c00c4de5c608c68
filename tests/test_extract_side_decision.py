"""Examples for the one decision that gives a person a side from all the evidence (issue 8, sides helper), and for the
head rules that read a clause's grammar; one test per rule id it adds or changes.

Every sentence is written for the test (fictional people); each checks the fact and the rule id the record names.
"""

from whomet.store.extract import extract

from tests.extract_helpers import members_of as _members


def _sides(text):
    """name -> (side, side_rule) with no header: no publisher's side to fall back on."""
    return {m.name: (d.side, m.side_rule) for mt in extract(text).meetings for d in mt.delegations for m in d.members}


def test_side_other_party_for_the_unsaid_side_of_a_meeting():
    # no host, no publisher: the named people are all Lithuanian, the one the text gives no side is of the other
    # country the release names
    people = _sides("On 3 March 2025, Commissioner Jonas Petraitis of Lithuania and Director Adam Wrona signed a "
                    "protocol on border checks. Poland and Lithuania will exchange data.")
    assert people["Jonas Petraitis"] == ("LTU", "side.of_after_name")
    assert people["Adam Wrona"] == ("POL", "side.other_party")
    # with two sides named for the meeting, nothing says which one the unsided person is on: left out, not guessed
    people = _sides("On 3 March 2025, Commissioner Jonas Petraitis of Lithuania, Colonel Juris Ozols of Latvia and "
                    "Director Adam Wrona signed a protocol on border checks. Poland, Latvia and Lithuania will "
                    "exchange data.")
    assert "Adam Wrona" not in people and people["Juris Ozols"][0] == "LVA"


def test_side_other_party_counterpart_with_no_host():
    # the same office of a named country is the counterpart's: the subject is of the other country named
    people = _sides("The Attorney General, Maria Lopez, and Jose Ortiz, Attorney General of Peru, held a meeting on "
                    "3 March 2025 on cooperation between Chile and Peru.")
    assert people["Jose Ortiz"][0] == "PER"
    assert people["Maria Lopez"] == ("CHL", "side.other_party")


def test_side_signed_for():
    people = _sides("On 3 March 2025 the customs directors of Chile and Peru met at the border. Maria Lopez, signed for "
                    "Chile and Jose Ortiz for Peru.")
    assert people["Maria Lopez"] == ("CHL", "side.signed_for")
    # the phrase Lopez signed for is hers: Ortiz, the other signatory, is of the other country
    assert people["Jose Ortiz"] == ("PER", "side.other_party")
    people = _sides("On 3 March 2025 Director Jose Ortiz signed the protocol on behalf of Peru in Santiago.")
    assert people["Jose Ortiz"] == ("PER", "side.signed_for")


def test_side_dateline_before_is_no_preposition():
    # 'For Peru, the participants were:' opens with a preposition: no dateline, the country is the list's side
    people = _sides("On 3 March 2025 the customs services of Chile and Peru met in Arica. For Peru, the participants "
                    "were: Jose Ortiz, deputy director; Carlos Mendez, legal adviser.")
    assert people["Jose Ortiz"] == ("PER", "side.nearest_before")


def test_side_fronted_partner():
    # 'In talks with A, B suggested': the side phrase of the adverbial is A's, B is the one A met (not A's side)
    people = _members("In talks with Secretary of Latvia's Security Council Juris Ozols in Warsaw on Monday, Minister "
                      "Adam Wrona suggested a joint centre. Ozols thanked the Polish side.")
    assert people["Juris Ozols"][0] == "LVA"
    assert (people["Adam Wrona"][0], people["Adam Wrona"][1].side_rule) == ("POL", "side.host_fallback")
    # with no host or publisher: the other country the release names
    people = _sides("In talks with Secretary of Latvia's Security Council Juris Ozols on 3 March 2025, Minister Adam "
                    "Wrona suggested a joint centre for Poland and Latvia.")
    assert people["Adam Wrona"] == ("POL", "side.other_party")


def test_side_fronted_setting_is_the_nearest_choice():
    # the scene's phrase is passed over, the phrase after the comma still counts
    people = _sides("WARSAW, 3 March 2025 - During the visit of the Latvian delegation, the Lithuanian Colonel Jonas "
                    "Petraitis briefed the guests.")
    assert people["Jonas Petraitis"][0] == "LTU"


def test_side_meeting_with_cooperation_with():
    # 'cooperation (in X) with Mongolia' names the partner, not the speaker's side
    people = _members("The Polish Ministry of the Interior will deepen cooperation in border security with Latvia, "
                      "said Minister Adam Wrona, who met Colonel Juris Ozols of Latvia in Warsaw on 3 March.")
    assert people["Adam Wrona"][0] == "POL"
    assert people["Juris Ozols"][0] == "LVA"


def test_side_visitor_accompanied_during_his_visit():
    # 'X was accompanied by Y during his official visit to Croatia': both visit, neither is Croatia's
    people = _sides("President Marek Novak was accompanied by Interior Minister Pavol Kral during his official visit to "
                    "Croatia on 3 March 2025. Slovakia and Croatia discussed migration with Minister of the Interior "
                    "of Croatia Ivan Horvat.")
    assert people["Ivan Horvat"][0] == "HRV"
    assert people["Pavol Kral"][0] == "SVK"


def test_side_paired_without_comma():
    people = _sides("Czech and Slovak Prime Ministers Tomas Dvorak and Peter Kovac met in Bratislava on 3 March 2025 and "
                    "agreed that the police of both countries will patrol the border together.")
    assert people["Tomas Dvorak"] == ("CZE", "side.paired")
    assert people["Peter Kovac"] == ("SVK", "side.paired")


def test_side_meeting_partner_of_a_subject_title():
    # 'The Secretary General also met with X': X is the one met, not on the Secretary General's side
    people = _members("On 3 March 2025 in Warsaw, INTERPOL Secretary General Maria Lopez met Minister of the Interior "
                      "of Poland Adam Wrona. The Secretary General also met with Chief of Public Security, Jan Nowak.")
    assert people["Maria Lopez"][0] == "INTERPOL"
    assert people["Jan Nowak"][0] == "POL"


def test_head_led_list():
    # a list of named people with their titles after 'led by', closed by 'and' and followed by the verb: all led
    people = _members("On 3 March in Warsaw, the Polish team, led by Adam Wrona, Minister of the Interior, Jan Nowak, "
                      "Minister of Justice, and Anna Kowal, Minister of Foreign Affairs, held talks with Colonel "
                      "Juris Ozols of Latvia.")
    assert all(people[n][1].head for n in ("Adam Wrona", "Jan Nowak", "Anna Kowal"))
    assert people["Anna Kowal"][1].head_rule == "head.co_head"
    assert not people["Juris Ozols"][1].head
    # the delegation led by one person, who then met others: only the first led
    people = _members("On 3 March in Warsaw, the Latvian delegation, led by Colonel Juris Ozols, Chief of the Border "
                      "Guard, met Adam Wrona, Minister of the Interior, and Jan Nowak, Minister of Justice.")
    assert people["Juris Ozols"][1].head
    assert not people["Adam Wrona"][1].head and not people["Jan Nowak"][1].head


def test_head_verb_before_head():
    # the one 'headed by' names was not found as a person: the next person is the verb's object, no head
    people = _members("On 3 March in Warsaw, the Latvian delegation, headed by Ozols later visited Police Chief Adam "
                      "Wrona at the headquarters.")
    assert not people["Adam Wrona"][1].head
    assert people["Adam Wrona"][0] == "POL"


def test_head_co_head_counterpart_with_a_title_word():
    people = _members("On 3 March the meeting in Warsaw was co-chaired by Inspector General Adam Wrona and his "
                      "Latvian counterpart Police Juris Ozols.")
    assert people["Adam Wrona"][1].head and people["Juris Ozols"][1].head


def test_side_pair_link_a_list_of_countries():
    # 'the ministers of Poland, Lithuania, Latvia and Estonia': a list names several sides, nobody's nearest one
    people = _members("On 3 March 2025 a meeting of the interior ministers of Poland, Lithuania, Latvia and Estonia in "
                      "Warsaw was attended by Minister Adam Wrona, Minister of the Interior of Lithuania Jonas Petraitis "
                      "and Minister of the Interior of Latvia Juris Ozols.")
    assert people["Adam Wrona"][0] == "POL" and people["Adam Wrona"][1].side_rule == "side.host_fallback"
    assert people["Jonas Petraitis"][0] == "LTU"


def test_head_delegation_under_and_delegation_before_under():
    people = _members("On 3 March, a five-member delegation of the Lithuanian Police under Colonel Jonas Petraitis met "
                      "General Adam Wrona in Warsaw.")
    assert people["Jonas Petraitis"][1].head_rule == "head.led_by" and people["Jonas Petraitis"][0] == "LTU"
    assert not people["Adam Wrona"][1].head
    # 'under the auspices of' names no leader
    people = _members("On 3 March, a delegation of the Lithuanian Police met under the auspices of the ministry General "
                      "Adam Wrona in Warsaw.")
    assert not people["Adam Wrona"][1].head


def test_head_whose_leader():
    people = _members("On 3 March, General Adam Wrona met in Warsaw a Lithuanian police delegation, whose leader, "
                      "Colonel Jonas Petraitis, thanked the hosts.")
    assert people["Jonas Petraitis"][1].head and people["Jonas Petraitis"][0] == "LTU"
    assert not people["Adam Wrona"][1].head


def test_side_leads_delegation_of_at_the_head_of():
    people = _members("On 3 March, Colonel Jonas Petraitis, at the head of a delegation of the Lithuanian Police, met "
                      "General Adam Wrona in Warsaw.")
    assert people["Jonas Petraitis"][0] == "LTU" and people["Jonas Petraitis"][1].head
    assert people["Adam Wrona"][0] == "POL"


def test_side_later_own_words():
    # the side a later mention's own words give: over none ...
    people = _members("On 3 March in Warsaw, Colonel Jonas Petraitis met General Adam Wrona. Petraitis, who heads the "
                      "Lithuanian Border Guard, thanked his hosts.")
    assert (people["Jonas Petraitis"][0], people["Jonas Petraitis"][1].side_rule) == ("LTU", "side.later_own_words")
    assert people["Adam Wrona"][0] == "POL"
    # ... and over a side phrase that stood near the first mention
    people = _members("On 3 March in Warsaw, the Polish side was represented at the talks by Colonel Jonas Petraitis. "
                      "Petraitis, who heads the Lithuanian Border Guard, thanked General Adam Wrona.")
    assert (people["Jonas Petraitis"][0], people["Jonas Petraitis"][1].side_rule) == ("LTU", "side.later_own_words")
    # the phrase is Petraitis's own words: not the nearest side of the one he thanked
    assert people["Adam Wrona"][0] == "POL"


def test_side_fronted_visit():
    # 'During his visit to Lithuania, X met Y': X is the visitor, not of the host's side
    people = _members("During his visit to Lithuania on 3 March, Colonel Adam Wrona met Commissioner General Jonas "
                      "Petraitis in Vilnius.")
    assert (people["Adam Wrona"][0], people["Adam Wrona"][1].side_rule) == ("POL", "side.visitor")
    assert people["Jonas Petraitis"][0] == "LTU"


def test_side_call_on():
    # 'A paid a courtesy call on B': A came, B receives (the host's side)
    people = _sides("On 3 March 2025 in Vilnius, Colonel Adam Wrona paid a courtesy call on Commissioner General Jonas "
                    "Petraitis. Poland and Lithuania agreed to cooperate.")
    assert people["Jonas Petraitis"] == ("LTU", "side.host_fallback")
    assert people["Adam Wrona"] == ("POL", "side.other_party")


def test_side_reception_verb_welcome_to_and_passive_with_delegation():
    people = _sides("On 3 March 2025 in Vilnius, Commissioner General Jonas Petraitis extended a warm welcome to "
                    "Colonel Adam Wrona at the talks. Poland and Lithuania agreed to cooperate.")
    assert people["Adam Wrona"] == ("POL", "side.other_party")
    # 'B and his delegation were welcomed by A': B came; the unsided receiver takes the host's side
    people = _sides("On 3 March 2025, Colonel Adam Wrona and his delegation were welcomed in Vilnius by Commissioner "
                    "General Jonas Petraitis. Poland and Lithuania agreed to cooperate.")
    assert people["Jonas Petraitis"] == ("LTU", "side.host_fallback")
    assert people["Adam Wrona"] == ("POL", "side.other_party")


def test_side_in_the_delegation():
    people = _members("On 3 March 2025 the Lithuanian delegation met General Adam Wrona in Warsaw. The Lithuanian "
                      "delegation included Colonel Jonas Petraitis. Also in the delegation were Major Rasa Kazlauskiene "
                      "and Captain Tomas Zukas.")
    assert (people["Rasa Kazlauskiene"][0], people["Rasa Kazlauskiene"][1].side_rule) == ("LTU", "side.guest_delegation")
    assert people["Tomas Zukas"][0] == "LTU" and people["Adam Wrona"][0] == "POL"
    people = _members("On 3 March 2025 in Warsaw, General Adam Wrona received a delegation from Lithuania. Members of "
                      "the delegation: Colonel Jonas Petraitis, Major Rasa Kazlauskiene.")
    assert people["Jonas Petraitis"][0] == "LTU" and people["Rasa Kazlauskiene"][0] == "LTU"


def test_side_guest_list_next():
    # 'A received B, <office>, and C': C came with B
    people = _members("On 3 March 2025 in Warsaw, General Adam Wrona received Colonel Jonas Petraitis, Police Attache "
                      "of the Embassy of Lithuania, and Major Rasa Kazlauskiene.")
    assert people["Rasa Kazlauskiene"] == ("LTU", people["Rasa Kazlauskiene"][1])
    assert people["Rasa Kazlauskiene"][1].side_rule == "side.other_party"
    assert people["Adam Wrona"][0] == "POL"


def test_side_apposition_an_official_from():
    # 'X, an official from the Lithuanian Ministry of Interior': the apposition over the whole gap
    people = _members("On 3 March 2025 in Warsaw, General Adam Wrona received Colonel Jonas Petraitis, an official from "
                      "the Lithuanian Ministry of Interior.")
    assert (people["Jonas Petraitis"][0], people["Jonas Petraitis"][1].side_rule) == ("LTU", "side.apposition")


def test_side_visitor_stay_in_a_country():
    # the subject of a stay in a country ('are in Jordan for a visit', 'is currently in Cyprus', 'is visiting Ghana',
    # 'was in Kenya') is a guest there, never of the country named; the guest's side is the other country told
    people = _sides("The Minister of Interior, Dr. Aldo Verin and the Inspector General of Police Karel Dusan are in "
                    "Jordan for a three-day visit. On Monday, Minister Verin met the Director of Public Security of "
                    "Jordan, Maj. Gen. Omar Saleh. The ambassador of Rwanda to Jordan, Alice Uwase, also attended.")
    assert people["Aldo Verin"] == ("RWA", "side.other_party") and people["Karel Dusan"] == ("RWA", "side.other_party")
    assert people["Omar Saleh"][0] == "JOR"
    people = _sides("Police Commissioner Tomas Berg is currently in Cyprus and met on Friday with Chief of the Cyprus "
                    "Police Andreas Loizou. Cooperation between the police of Cyprus and Sweden was discussed.")
    assert people["Tomas Berg"] == ("SWE", "side.other_party") and people["Andreas Loizou"][0] == "CYP"
    people = _sides("Interior Minister Joao Batista is visiting Ghana, where he held talks with the Inspector-General "
                    "of Police of Ghana, Kofi Mensah, on border security between Ghana and Angola.")
    assert people["Joao Batista"] == ("AGO", "side.other_party") and people["Kofi Mensah"][0] == "GHA"
    people = _sides("Home Secretary Lina Marsh was in Kenya this week. She met Interior Cabinet Secretary Peter Otieno "
                    "in Nairobi to discuss cooperation between Kenya and the United Kingdom.")
    assert people["Lina Marsh"] == ("GBR", "side.other_party")
    # 'is in charge of', 'is in the process of': no place after it, no visit
    people = _sides("Deputy Commissioner Ilse Vogt, who is in charge of training, met Commissioner Karl Brandt of "
                    "Germany in Berlin.")
    assert people["Karl Brandt"][0] == "DEU" and people["Ilse Vogt"][0] == "DEU"


def test_lexicon_hellenic_demonym():
    # 'Hellenic' names Greece like 'Greek' ('the Hellenic Police', 'the Hellenic Coast Guard')
    people = _sides("Chief of the Hellenic Police Nikos Arvanitis met on Friday with Chief of the Cyprus Police "
                    "Andreas Loizou in Nicosia.")
    assert people["Nikos Arvanitis"] == ("GRC", "side.own_office")


def test_side_envoy_sent():
    # an attache, consul or liaison officer whose office names no country serves the country that sent them: not the
    # host's side, but the other side told
    for text in ("The Minister of Internal Affairs of Georgia, Levan Beridze held an introductory meeting with the "
                 "Ambassador of the Hellenic Republic, Eleni Pappa. The police liaison officer of the Hellenic Republic, "
                 "Stavros Dimou and Defence Attache, Kostas Lekkas also attended the meeting.",
                 "The Minister of Internal Affairs of Georgia, Levan Beridze held an introductory meeting with the "
                 "Ambassador of Greece, Eleni Pappa. Also present were the First Secretary of the Embassy of Greece, "
                 "Stavros Dimou, and Consul Kostas Lekkas.",
                 "Minister Levan Beridze of Georgia received Greek Ambassador Eleni Pappa and the embassy's liaison "
                 "officer, Kostas Lekkas, in Tbilisi."):
        people = _sides(text)
        assert people["Kostas Lekkas"][0] == "GRC", text
        assert people["Levan Beridze"][0] == "GEO"
    # no other side told: the host's, as before (weak evidence leading nowhere)
    people = _sides("Interior Minister Tariq Hameed met Ambassador Donald Ford in Islamabad.")
    assert people["Donald Ford"] == ("PAK", "side.host_fallback")


def test_side_perfect_aux():
    # 'A has met with B': the perfect's auxiliary is the verb's own, A is still the subject who met B; with B's side
    # the only one the meeting names, A is of the other country told
    people = _sides("The Chief of Defence Force, Major General Ali Rasheed, has met with the Chief of Staff of the Sri "
                    "Lankan Navy, Rear Admiral Sunil Perera. The meeting took place at the Navy Headquarters in Colombo. "
                    "The Maldives National Defence Force said the meeting strengthened ties.")
    assert people["Ali Rasheed"] == ("MDV", "side.other_party") and people["Sunil Perera"][0] == "LKA"
    people = _sides("Police Commissioner Tomas Berg has met Cyprus Police Chief Andreas Loizou in Nicosia to discuss "
                    "cooperation between Sweden and Cyprus.")
    assert people["Tomas Berg"] == ("SWE", "side.other_party")
    people = _sides("Minister Aldo Verin has also received the Director of Public Security of Jordan, Omar Saleh. "
                    "Jordan and Rwanda signed a deal.")
    assert people["Aldo Verin"] == ("RWA", "side.other_party")


def test_lexicon_agencies_of_the_isles():
    # 'Northern Ireland' is the United Kingdom's, never Ireland's; the Garda and the PSNI, the RSIPF name their country
    people = _sides("The Minister for Justice of Ireland, Helen Walsh, and the Northern Ireland Justice Minister, Naomi "
                    "Reid, today met with the Garda Commissioner, Drew Hanley, and the PSNI Chief Constable, Simon Boyle, "
                    "by video link.")
    assert {n: s for n, (s, _) in people.items()} == {"Helen Walsh": "IRL", "Naomi Reid": "GBR", "Drew Hanley": "IRL",
                                                      "Simon Boyle": "GBR"}
    people = _sides("Garda Commissioner Drew Hanley met PSNI Chief Constable Simon Boyle near the border on Saturday.")
    assert people["Drew Hanley"][0] == "IRL" and people["Simon Boyle"][0] == "GBR"
    people = _sides("Chief Constable Simon Boyle of the Police Service of Northern Ireland hosted the Commissioner of An "
                    "Garda Síochána, Drew Hanley, in Belfast.")
    assert people["Drew Hanley"][0] == "IRL" and people["Simon Boyle"][0] == "GBR"
    people = _sides("The RSIPF Commissioner Peter Tome met the NZ Police Commissioner Andrew Carter in Wellington.")
    assert people["Peter Tome"][0] == "SLB" and people["Andrew Carter"][0] == "NZL"


def test_side_between_parties():
    # 'between <first party> and <second>': the side phrase of the first party is not the second's nearest side, and
    # the second is not of it
    people = _sides("The announcement came after a meeting at the Palace between a high-level DEA mission and President "
                    "Luis Abinaro, in which the officials praised Dominican leadership.")
    assert people["Luis Abinaro"] == ("DOM", "side.other_party")
    people = _sides("Talks between the Kenyan delegation and Interior Minister Joao Batista were held on Monday. Kenya "
                    "and Angola agreed to cooperate on border control.")
    assert people["Joao Batista"] == ("AGO", "side.other_party")
    people = _sides("A meeting between Lithuanian officers and the Chief of Police, Colonel Adam Wrona, took place on "
                    "Friday. Poland and Lithuania agreed to patrol the border together.")
    assert people["Adam Wrona"] == ("POL", "side.other_party")
    # each party with its own side phrase keeps it; a pair of sides is both parties'
    people = _sides("The meeting between the Polish Minister Adam Wrona and the Lithuanian Minister Jonas Petraitis took "
                    "place in Vilnius.")
    assert people["Adam Wrona"][0] == "POL" and people["Jonas Petraitis"][0] == "LTU"


def test_side_list_first():
    # a list of participants ('led by A, <office>, and B', 'A and B also attended', 'the delegation included A and B')
    # shares the side its first member's own office names
    people = _sides("The DEA mission met President Luis Abinaro at the Palace. The mission was led by Daniel Salt, "
                    "principal deputy administrator of the DEA, and Miles Ayle, deputy chief of International "
                    "Operations, who praised Dominican leadership.")
    assert people["Miles Ayle"] == ("USA", "side.list_first")
    people = _sides("Minister Levan Beridze of Georgia met Ambassador of Greece Eleni Pappa. The police liaison officer "
                    "of the Hellenic Republic, Stavros Dimou and Defence Attache, Kostas Lekkas also attended the meeting.")
    assert people["Kostas Lekkas"] == ("GRC", "side.list_first")
    people = _sides("Minister Levan Beridze of Georgia received a Greek delegation in Tbilisi. The delegation was headed "
                    "by the Deputy Minister of Citizen Protection of Greece, Nikos Arvanitis, and Colonel Kostas Lekkas.")
    assert people["Kostas Lekkas"][0] == "GRC"  # (the delegation's side, read first: the same)
    # two parties of a meeting are no list: 'between A, <office of X>, and B'
    people = _sides("A meeting between the Minister of Interior of Poland, Adam Wrona, and Colonel Janis Ozols took "
                    "place in Riga. Latvia and Poland agreed.")
    assert people["Janis Ozols"][0] == "LVA"


def test_lexicon_french_honorifics():
    # 'Monsieur' and 'Madame' are honorifics, never part of the name
    people = _sides("Minister Awa Diallo of Senegal received Monsieur Jean Kabore, Minister of Security of Burkina Faso, "
                    "in Dakar.")
    assert set(people) == {"Awa Diallo", "Jean Kabore"} and people["Jean Kabore"][0] == "BFA"
    people = _sides("Mr Mohamed Toure met Madame Awa Diallo of Senegal and Monsieur Jean Kabore of Burkina Faso.")
    assert people["Awa Diallo"][0] == "SEN" and people["Jean Kabore"][0] == "BFA"
    people = _sides("The communique was signed by Moussa Sidibe, Prefect of Tone in Togo, and Monsieur Pierre "
                    "Kabore, Governor of the Centre-Sud Region of Burkina Faso.")
    assert set(people) == {"Moussa Sidibe", "Pierre Kabore"}
