"""Examples of the side, head and host rules added for issue 8 (real releases), one test per rule id.

Every sentence is written for the test (fictional people); each checks the fact and the rule id the
record names for it, and what the rule must leave alone.
"""

from whomet.store.extract.sides import sides_in

from tests.extract_helpers import hosts_of as _hosts, members_of as _members

NO_PUBLISHER = "date 2024-06-12 Source: Baltic Wire\n\n"


def test_head_mission_to():
    # the head of a mission posted to a country is an envoy, not the head of a delegation at the meeting
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met the Head of the EU Delegation to Poland, Anna "
                      "Berg, in Warsaw.")
    assert people["Anna Berg"][0] == "EU" and people["Anna Berg"][1].head is False
    people = _members("On 11 June, the Head of the Lithuanian delegation, Colonel Jonas Petraitis, met Deputy Minister "
                      "Piotr Zielinski in Warsaw.")
    assert people["Jonas Petraitis"][1].head is True


def test_head_pronoun_led():
    people = _members("Colonel Jonas Petraitis of Lithuania spoke on 11 June at the talks in Warsaw. He was leading a "
                      "delegation on a mission to study border checks. Deputy Minister Piotr Zielinski received him.")
    side, m = people["Jonas Petraitis"]
    assert (side, m.head, m.head_rule) == ("LTU", True, "head.pronoun_led")
    assert people["Piotr Zielinski"][1].head is False
    # two people named before: the pronoun is not resolved
    people = _members("Colonel Jonas Petraitis of Lithuania met Deputy Minister Piotr Zielinski in Warsaw on 11 June. "
                      "He was leading a delegation of border officers.")
    assert not any(m.head for _, m in people.values())


def test_side_title_before():
    # a title before the name that the office does not keep still names the side
    people = _members("On 11 June, Deputy Minister Piotr Zielinski received the Head of the UN Office on Drugs and "
                      "Crime in the Baltic region lawyer Marta Lind in Warsaw.")
    assert people["Marta Lind"][0] == "UNODC" and people["Marta Lind"][1].side_rule == "side.title_before"


def test_side_clean_title():
    # a later mention's title: read when it is a title, not when a clause ends on the name
    people = _members("Tomas Berzins and Deputy Minister Piotr Zielinski met in Warsaw on 11 June. Latvian Justice "
                      "minister Tomas Berzins thanked the hosts.")
    # (the later title is also the person's office now, office.fuller_later: its own side reads first)
    assert people["Tomas Berzins"][0] == "LVA" and people["Tomas Berzins"][1].side_rule in (
        "side.title_before", "side.own_office")
    people = _members("Deputy Minister Piotr Zielinski received Anna Berg in Warsaw on 11 June. The President of "
                      "Lithuania, who sent greetings to Anna Berg, was not there.")
    assert people["Anna Berg"][1].side_rule != "side.title_before"


def test_side_closing_quote():
    people = _members("On 11 June, Colonel Adam Wrona met Colonel Jonas Petraitis of Lithuania in Warsaw. “This plan "
                      "joins the Polish Border Guard and the Lithuanian service,” said Colonel Marek Nowicki, deputy "
                      "commander.")
    assert people["Marek Nowicki"][0] == "POL"
    # a quotation that opens before the person leaves the side phrase before it in force
    people = _members('On 11 June, the Lithuanian ministry said: "in the presence of Colonel Jonas Petraitis, the '
                      'plan was signed in Vilnius."')
    assert people["Jonas Petraitis"][0] == "LTU"


def test_side_apposition_gap_lower_case_title_and_newly_appointed():
    # (with a comma after the agency the office takes it in, office.agency_after_comma, and gives the side itself)
    people = _members("On 11 June, Tomas Berzins, chief executive officer, the Latvian Customs Service and Deputy "
                      "Minister Piotr Zielinski signed a plan in Warsaw.")
    assert people["Tomas Berzins"][0] == "LVA" and people["Tomas Berzins"][1].side_rule == "side.apposition"
    people = _members("On 11 June, Deputy Minister Piotr Zielinski received Anna Berg, the newly appointed European "
                      "Commissioner for Home Affairs, in Warsaw.")
    assert people["Anna Berg"][0] == "EU"


def test_side_call_by():
    people = _members("On 11 June, during a courtesy call by a Lithuanian delegation on Deputy Minister Piotr "
                      "Zielinski in Warsaw, the two sides discussed border checks.")
    assert people["Piotr Zielinski"][0] == "POL"
    people = _members("On 11 June, the Lithuanian Deputy Minister Jonas Petraitis visited Warsaw.")
    assert people["Jonas Petraitis"][0] == "LTU"


def test_side_pronoun_subject_follows_a_side_settled_later():
    people = _members("On 11 June, a courtesy call by a Lithuanian delegation on Deputy Minister Piotr Zielinski took "
                      "place in Warsaw. The delegation was led by Colonel Jonas Petraitis. Minister Zielinski thanked "
                      "the guests. He was joined by Director of Border Affairs Adam Wrona.")
    assert people["Adam Wrona"][0] == "POL" and people["Jonas Petraitis"][0] == "LTU"


def test_side_respectively_word():
    people = _members("On 11 June, a plan was signed in Warsaw by Colonel Jonas Petraitis and Colonel Adam Wrona, "
                      "chiefs of the Lithuanian Border Guard and the Polish Border Guard respectively.")
    assert (people["Jonas Petraitis"][0], people["Adam Wrona"][0]) == ("LTU", "POL")
    assert people["Jonas Petraitis"][1].side_rule == "side.respectively"
    people = _members("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met Latvian and Estonian ministers of "
                      "interior, Tomas Berzins and Kaja Tamm, respectively.")
    assert (people["Tomas Berzins"][0], people["Kaja Tamm"][0]) == ("LVA", "EST")


def test_side_national_office_national_bureau_and_accompanied_follow():
    # a companion follows the side 'respectively' gives the one they accompany; a national bureau of INTERPOL is
    # the country's own police
    people = _members("On 11 June, a plan was signed in Warsaw by Colonel Jonas Petraitis and Colonel Adam Wrona, "
                      "chiefs of the Lithuanian Border Guard and the Polish Border Guard respectively. Colonel "
                      "Petraitis was accompanied by Secretary of the National Bureau of Interpol Major Rasa Kazlauskiene.")
    assert people["Rasa Kazlauskiene"][0] == "LTU"


def test_head_abbreviation_before_dot():
    people = _members("On 11 June, the talks in Warsaw were co-chaired by the Chief of the Border Guard, Gen. Adam "
                      "Wrona and his Lithuanian counterpart Jonas Petraitis.")
    assert people["Adam Wrona"][1].head and people["Jonas Petraitis"][1].head
    assert people["Jonas Petraitis"][1].head_rule == "head.co_head"


def test_head_head_after_chaired_a_videoconference():
    people = _members("On 11 June, Polish Interior Minister Piotr Zielinski and Justice Minister Adam Wrona chaired "
                      "a videoconference of their EU counterparts.")
    assert people["Piotr Zielinski"][1].head and people["Adam Wrona"][1].head


def test_side_shared_demonym_and_bare_and():
    people = _members("On 11 June, Lithuanian Interior Minister Jonas Petraitis and Justice Minister Rasa Kazlauskiene "
                      "met Deputy Minister Piotr Zielinski in Warsaw.")
    assert people["Rasa Kazlauskiene"][0] == "LTU"
    assert people["Rasa Kazlauskiene"][1].side_rule == "side.shared_demonym"
    # the same office twice is two counterparts
    people = _members("On 11 June, Lithuanian Interior Minister Jonas Petraitis and Interior Minister Adam Wrona held "
                      "talks in Warsaw.")
    assert people["Adam Wrona"][0] == "POL"
    # the last of a list: 'A, Lithuanian Counselor B and Director C'
    people = _members("On 11 June, the talks in Warsaw were attended by Deputy Minister Piotr Zielinski, Lithuanian "
                      "Counselor Jonas Petraitis and Director of Border Affairs Adam Wrona.")
    assert people["Adam Wrona"][0] == "POL"


def test_host_received_in_a_paragraph_after_a_quotation():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met his Lithuanian counterpart in Warsaw.\n\nThe "
                      "text said Mr. Zielinski and the Deputy Minister of Lithuania, Jonas Petraitis, discussed border "
                      "checks.\n\n“Welcoming the new plan, the ministers welcomed the joint patrols,” the statement "
                      "said.\n\nThe meeting was also attended by Director of Border Affairs Adam Wrona.")
    assert people["Adam Wrona"][0] == "POL"


def test_host_headquarters_of():
    assert _hosts("On 11 June, Deputy Minister Piotr Zielinski visited the headquarters of Europol in The Hague and "
                  "met Executive Director of Europol Anna Berg.") == ["Europol"]


def test_host_its_headquarters():
    assert _hosts("On 11 June, INTERPOL honoured Deputy Minister Piotr Zielinski of Poland. Secretary-General Anna "
                  "Berg welcomed him during his visit to the organisation’s General Secretariat headquarters in "
                  "Lyon, France.") == ["INTERPOL"]


def test_side_body_participant():
    people = _members("From 12 to 13 June 2024, the Chief of the State Border Guard, general Tomas Berzins "
                      "participated in the Frontex Management Board meeting hosted by Frontex in Warsaw.",
                      head="date 2024-06-14 Source: State Border Guard of Latvia\n\n")
    side, m = people["Tomas Berzins"]
    assert side == "LVA" and m.side_rule == "side.body_participant"


def test_side_returning_home():
    people = _members("On 11 June in Vilnius, the Commissioner of Customs, Mr Tomas Lee, and the Director General "
                      "of Customs of Lithuania, Mr Jonas Petraitis, signed an arrangement. Mr Lee will visit Riga "
                      "tomorrow before returning to Hong Kong.", head=NO_PUBLISHER)
    side, m = people["Tomas Lee"]
    assert side == "HKG" and m.side_rule == "side.returning_home"


def test_side_leads_named_in_a_later_mention():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski, currently in Vilnius, met Minister of the Interior "
                      "Jonas Petraitis. Mr Zielinski also led the Polish delegation to the border talks, with Minister "
                      "Petraitis leading the Lithuanian delegation.", head=NO_PUBLISHER)
    assert people["Piotr Zielinski"][0] == "POL" and people["Piotr Zielinski"][1].side_rule == "side.leads_named"
    assert people["Jonas Petraitis"][0] == "LTU"


def test_lexicon_region_adjectives_and_unodc():
    assert sides_in("the ministry’s North American unit for Mexico") == ["MEX"]
    assert sides_in("Latin American police chiefs and the American ambassador") == ["USA"]
    assert sides_in("North Macedonian police") == ["MKD"]
    assert sides_in("the UN Office on Drugs and Crime") == ["UNODC"]
    # agencies known by their own name (data/agencies.tsv)
    assert sides_in("the NYPD Commissioner met the Polri chief and officers of the FSB") == ["USA", "IDN", "RUS"]


def test_side_met_between_and_claimed_side_phrases():
    # the side phrase that gave the first person a side is theirs, not the side of the person they met
    people = _members("On 11 June, Major General Ostap Kovalenko of Ukraine met Deputy Minister Piotr Zielinski in "
                      "Warsaw.", head=NO_PUBLISHER)
    assert (people["Ostap Kovalenko"][0], people["Piotr Zielinski"][0]) == ("UKR", "POL")
    people = _members("On 11 June, Colonel Jonas Petraitis, who led the Lithuanian delegation, met Deputy Minister "
                      "Piotr Zielinski in Warsaw.")
    assert (people["Jonas Petraitis"][0], people["Piotr Zielinski"][0]) == ("LTU", "POL")
    # a meeting verb between a delegation and a person: the person is the one met
    people = _members("On 11 June, the Ukrainian delegation met Deputy Minister Piotr Zielinski in Warsaw.")
    assert people["Piotr Zielinski"][0] == "POL"


def test_side_pair_link():
    people = _members("On 11 June in Warsaw, the meeting between the Polish and Lithuanian police was chaired by "
                      "Deputy Minister Piotr Zielinski, while the Lithuanian side was headed by Commissioner General "
                      "Jonas Petraitis.")
    assert (people["Piotr Zielinski"][0], people["Jonas Petraitis"][0]) == ("POL", "LTU")
    assert people["Piotr Zielinski"][1].head and people["Jonas Petraitis"][1].head


def test_side_leads_delegation_of():
    people = _members("On 11 June, Commissioner General Jonas Petraitis led a high-level delegation of the Lithuanian "
                      "police to Warsaw, where he met Deputy Minister Piotr Zielinski.")
    side, m = people["Jonas Petraitis"]
    assert (side, m.side_rule, m.head) == ("LTU", "side.leads_named", True)
    assert people["Piotr Zielinski"][0] == "POL"


def test_head_head_after_head_of_delegation_in_brackets_and_commas():
    for text in ("The delegation comprised Colonel Jonas Petraitis (head of delegation), Major Rasa Kazlauskiene "
                 "and Captain Tomas Vaitkus.",
                 "Colonel Jonas Petraitis, Head of Delegation, thanked the hosts.",
                 "The Lithuanian delegation, with Commissioner General Jonas Petraitis as its head, thanked the hosts."):
        people = _members("On 11 June, Deputy Minister Piotr Zielinski received a Lithuanian delegation in Warsaw. " + text)
        assert people["Jonas Petraitis"][0] == "LTU" and people["Jonas Petraitis"][1].head, text
        assert not people["Piotr Zielinski"][1].head


def test_head_delegation_head_before():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski received a Lithuanian delegation in Warsaw. "
                      "Delegation head Colonel Jonas Petraitis thanked the hosts.")
    side, m = people["Jonas Petraitis"]
    assert (side, m.head, m.head_rule) == ("LTU", True, "head.delegation_head_before")


def test_head_led_by_fronted_heading_a_side():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski received a Lithuanian delegation in Warsaw. "
                      "Heading the Lithuanian side was Colonel Jonas Petraitis.")
    assert people["Jonas Petraitis"][1].head and people["Jonas Petraitis"][1].head_rule == "head.led_by"


def test_side_met_demonym_and_subject_joined_by_a_participle():
    # 'X met the Lithuanian Vice-Minister Y' in Vilnius: X is not the host's but the publisher's; ', accompanied by Z,'
    # puts Z on X's side
    people = _members("On 11 June, Deputy Minister Piotr Zielinski, accompanied by Colonel Adam Wrona, met the "
                      "Lithuanian Vice-Minister Jonas Petraitis in Vilnius.")
    assert people["Piotr Zielinski"][0] == "POL" and people["Piotr Zielinski"][1].side_rule == "side.not_counterpart"
    assert people["Adam Wrona"][0] == "POL" and people["Jonas Petraitis"][0] == "LTU"


def test_side_leads_guests():
    people = _members("On 11 June, Deputy Minister Piotr Zielinski received a delegation from the Lithuanian Ministry "
                      "of the Interior in Warsaw. Vice-Minister Jonas Petraitis, who headed the guests, thanked him.")
    side, m = people["Jonas Petraitis"]
    assert (side, m.side_rule, m.head) == ("LTU", "side.guest_delegation", True)


def test_side_apposition_an_adjective_before_the_demonym():
    people = _members("On 11 June, Colonel Jonas Petraitis, a senior Lithuanian officer, met General Piotr Zielinski "
                      "in Warsaw.")
    assert people["Jonas Petraitis"][0] == "LTU" and people["Jonas Petraitis"][1].side_rule == "side.apposition"


def test_host_guest_call_talks_in_a_place_with():
    people = _members("On 11 June, a delegation of the Lithuanian Police led by Commissioner Jonas Petraitis held "
                      "talks in Warsaw with General Piotr Zielinski and Colonel Adam Wrona.")
    assert (people["Piotr Zielinski"][0], people["Adam Wrona"][0], people["Jonas Petraitis"][0]) == ("POL", "POL", "LTU")


def test_side_meeting_with():
    people = _members("On 11 June, the meeting with the Lithuanian Border Guard in Warsaw was chaired by Colonel Adam "
                      "Wrona, while the Lithuanian side was represented by Major Rasa Kazlauskiene.")
    assert (people["Adam Wrona"][0], people["Rasa Kazlauskiene"][0]) == ("POL", "LTU")


def test_head_elliptic_head_demonym_without_its_noun():
    people = _members("On 11 June in Warsaw, the Polish delegation was led by General Piotr Zielinski, and the "
                      "Lithuanian by Colonel Jonas Petraitis.")
    side, m = people["Jonas Petraitis"]
    assert (side, m.head, m.head_rule) == ("LTU", True, "head.elliptic_head")


def test_side_leads_named_the_other_one():
    people = _members("On 11 June in Warsaw, General Piotr Zielinski led the Polish delegation, while Colonel Jonas "
                      "Petraitis led the Lithuanian one.")
    side, m = people["Jonas Petraitis"]
    assert (side, m.side_rule, m.head) == ("LTU", "side.leads_named", True)


def test_side_the_delegation_it_was_headed_by():
    people = _members("On 11 June, the Lithuanian delegation arrived in Warsaw. It was headed by Colonel Jonas "
                      "Petraitis.")
    side, m = people["Jonas Petraitis"]
    assert (side, m.side_rule, m.head) == ("LTU", "side.guest_delegation", True)


def test_side_apposition_gap_lower_case_office_and_relative_clause():
    for text in ("Jonas Petraitis, the police attaché of Lithuania,", "Jonas Petraitis, who heads Lithuania's border "
                 "guard,", "Jonas Petraitis, who is Lithuania's Vice-Minister,"):
        people = _members(f"On 11 June, General Piotr Zielinski received {text} in Warsaw.")
        side, m = people["Jonas Petraitis"]
        assert (side, m.side_rule) == ("LTU", "side.apposition"), text
    # a relative clause of another verb says nothing of the person's side
    people = _members("On 11 June, General Piotr Zielinski received Jonas Petraitis, who met Lithuania's Vice-Minister "
                      "last year, in Warsaw.")
    assert people["Jonas Petraitis"][1].side_rule != "side.apposition"


def test_head_head_office_chairman_of_the_conference():
    people = _members("On 11 June in Warsaw, the Chairman of the 12th Border Conference, General Piotr Zielinski, "
                      "opened the session attended by Colonel Jonas Petraitis of Lithuania.")
    assert people["Piotr Zielinski"][1].head and people["Piotr Zielinski"][1].head_rule == "head.head_office"
    # the chair of a standing committee is an office, not the chair of the meeting
    people = _members("On 11 June in Warsaw, the Chairman of the State Committee for Border Affairs, General Piotr "
                      "Zielinski, met Colonel Jonas Petraitis of Lithuania.")
    assert not people["Piotr Zielinski"][1].head


def test_side_paired_comma_after_a_plural_office():
    people = _members("On 11 June, the ministers of the interior of Lithuania and Latvia, Jonas Petraitis and Tomas "
                      "Berzins, met Deputy Minister Piotr Zielinski in Warsaw.")
    assert (people["Jonas Petraitis"][0], people["Tomas Berzins"][0]) == ("LTU", "LVA")
    assert people["Jonas Petraitis"][1].side_rule == "side.paired"


def test_head_head_after_as_chairman():
    for text in ("Lithuanian Interior Minister Jonas Petraitis, as chairman of the council, opened the session",
                 "Lithuanian Interior Minister Jonas Petraitis, in his capacity as chair, opened the session"):
        people = _members(f"On 11 June in Warsaw, {text} attended by Deputy Minister Piotr Zielinski.")
        assert people["Jonas Petraitis"][1].head_rule == "head.head_after", text
        assert not people["Piotr Zielinski"][1].head
    # the chair of a company's board is an office
    people = _members("On 11 June in Warsaw, Jonas Petraitis, as chairman of the board of a Lithuanian bank, met "
                      "Deputy Minister Piotr Zielinski.")
    assert not people["Jonas Petraitis"][1].head


def test_head_side_after_name():
    for text in ("Colonel Jonas Petraitis of Lithuania, who led the delegation,",
                 "Colonel Jonas Petraitis from the Lithuanian Border Guard, who headed the delegation,"):
        people = _members(f"On 11 June, {text} met Deputy Minister Piotr Zielinski in Warsaw.")
        side, m = people["Jonas Petraitis"]
        assert (side, m.head, m.head_rule) == ("LTU", True, "head.head_after"), text
        assert not people["Piotr Zielinski"][1].head


def test_side_office_city():
    # a city's office with no side in the text: the city's country
    people = _members("On 11 June, a fire service delegation led by Brigadier Omar Haddad met the Police Commissioner of "
                      "Chicago Daniel Whitfield to discuss crowd safety.", head=NO_PUBLISHER)
    side, m = people["Daniel Whitfield"]
    assert (side, m.side_rule) == ("USA", "side.office_city")
    assert "Omar Haddad" not in people or people["Omar Haddad"][0] != "USA"
    # a side named in the office or the text wins over the city
    people = _members("On 11 June, the Consul of Ukraine in Warsaw, Ostap Kovalenko, met Deputy Minister Piotr "
                      "Zielinski.")
    assert people["Ostap Kovalenko"][1].side_rule != "side.office_city"


def test_side_later_led_by():
    # the first mention names no side; a later one heads a named delegation
    people = _members("On 11 June, the ministers signed an agreement in Warsaw. Visiting Minister Ganbold Batbayar said the "
                      "agreement was long awaited. Batbayar praised the hosts. The Mongolian delegation, headed by "
                      "Batbayar, later visited the Police Academy. Deputy Minister Piotr Zielinski welcomed the guests there.")
    side, m = people["Ganbold Batbayar"]
    assert (side, m.side_rule) == ("MNG", "side.later_led_by")
    assert people["Piotr Zielinski"][0] == "POL"


def test_host_received_an_award_also_a_briefing():
    # a guest who 'received a briefing' receives no one: the host stays the other side
    people = _members("On 11 June, the Lithuanian delegation led by Colonel Jonas Petraitis visited the Border Guard "
                      "school in Warsaw. Petraitis also received a briefing from Principal Tomasz Nowak.",
                      head=NO_PUBLISHER)
    assert people["Jonas Petraitis"][0] == "LTU"
    assert people["Tomasz Nowak"][0] == "POL"
    assert _hosts("On 11 June, the Lithuanian delegation led by Colonel Jonas Petraitis visited the Border Guard "
                  "school in Warsaw. Petraitis also received a briefing from Principal Tomasz Nowak.",
                  head=NO_PUBLISHER) == ["POL"]


def test_side_own_office_an_office_one_service_holds():
    # an embassy's Regional Security Officer is the US Diplomatic Security Service's (data/agencies.tsv)
    people = _members("On 11 June, Commissioner Tomasz Nowak hosted the meeting in Warsaw. Present were Deputy "
                      "Commissioner Anna Lis and Regional Security Officer Mark Dalton.")
    side, m = people["Mark Dalton"]
    assert (side, m.side_rule) == ("USA", "side.own_office")
    assert people["Anna Lis"][0] == "POL"


def test_side_list_heading():
    # one name a line under each side's heading: the heading's side, not the host's
    text = ("On 11 June, the border guard chiefs of Poland and Lithuania met in Vilnius to discuss joint patrols.\n\n"
            "For Poland:\nMajor General Piotr Zielinski, Commander of the Border Guard\nColonel Tomasz Nowak, head of "
            "the operations bureau\n\nThe Lithuanian delegation:\nGeneral Jonas Petraitis, Commander of the State "
            "Border Guard Service\nColonel Rasa Vaitkute, head of the training centre\n")
    people = _members(text, head=NO_PUBLISHER)
    assert {n: (s, m.side_rule) for n, (s, m) in people.items()} == {
        "Piotr Zielinski": ("POL", "side.list_heading"), "Tomasz Nowak": ("POL", "side.list_heading"),
        "Jonas Petraitis": ("LTU", "side.list_heading"), "Rasa Vaitkute": ("LTU", "side.list_heading")}
    # the heading running on into its first item
    people = _members("On 11 June, the chiefs of Poland and Lithuania met in Vilnius.\n\nFor the Lithuanian side: General "
                      "Jonas Petraitis, Commander of the State Border Guard Service\nColonel Rasa Vaitkute, head of the "
                      "training centre\n", head=NO_PUBLISHER)
    assert people["Rasa Vaitkute"] == ("LTU", people["Rasa Vaitkute"][1])
    assert people["Rasa Vaitkute"][1].side_rule == "side.list_heading"
    # a sentence that names nobody ends the list: a later name is not the heading's
    people = _members("On 11 June, the chiefs met in Vilnius.\n\nFor Poland:\nColonel Tomasz Nowak\n\nThe talks were "
                      "useful.\n\nColonel Rasa Vaitkute thanked the guests.\n", head=NO_PUBLISHER)
    assert people["Tomasz Nowak"][1].side_rule == "side.list_heading"
    assert people["Rasa Vaitkute"][1].side_rule != "side.list_heading"


def test_office_member_of_body():
    # a seat on a body's committee, told in a fronted 'As a member of', is not the person's office nor side
    people = _members("On 11 June, Deputy Minister Piotr Zielinski received Brigadier Omar Haddad, an official from the "
                      "Jordanian Public Security Directorate, in Warsaw. As a member of the Executive Committee of "
                      "the International Criminal Police Organization (INTERPOL), Haddad spoke on training.")
    side, m = people["Omar Haddad"]
    assert (side, m.position) == ("JOR", None)
    # an office with no 'as a member of' before it still reads
    people = _members("On 11 June, Deputy Minister Piotr Zielinski met the Head of the EU Delegation to Poland, Anna "
                      "Berg, in Warsaw.")
    assert people["Anna Berg"][1].position is not None


def test_side_unclaimed_party():
    # the publisher's own people, no country said: the one listed party nobody else is on
    text = ("On 3 May, the Commander of the Coast Guard, Admiral Erik Sandvik, along with the Director of "
            "Operations, Lars Holm, took part in a meeting of the Danish, Swedish and Norwegian coast guards in Aarhus. "
            "The meeting was opened by the Danish Minister of Defence, Mette Kjaer. The Swedish Deputy Minister of "
            "Justice, Anna Berglund, also spoke.")
    people = _members(text, head="date 2024-06-12 Source: Ministry of Justice\n\n")
    assert {n: (s, m.side_rule) for n, (s, m) in people.items() if n in ("Erik Sandvik", "Lars Holm")} == {
        "Erik Sandvik": ("NOR", "side.unclaimed_party"), "Lars Holm": ("NOR", "side.unclaimed_party")}
    assert people["Erik Sandvik"][1].guessed is True
    # two listed parties nobody is on: no choice made by this rule
    people = _members(text.replace(" The Swedish Deputy Minister of Justice, Anna Berglund, also spoke.", ""),
                      head="date 2024-06-12 Source: Ministry of Justice\n\n")
    assert all(m.side_rule != "side.unclaimed_party" for _, m in people.values())


def test_customs_and_regional_bodies_are_sides():
    # a body is read as a side by its full name and its acronym, whichever the release uses
    people = _members("The Director General of the Customs Service of Moldova, Mr. Ion Rusu, met the Secretary "
                      "General of the World Customs Organization, Mr. Kenji Tanabe, in Brussels on 11 June.")
    assert people["Ion Rusu"][0] == "MDA" and people["Kenji Tanabe"][0] == "WCO"
    assert sides_in("delegates of EAPCCO and CARICOM") == ["EAPCCO", "CARICOM"]


def test_side_apposition_predicate_without_a_comma():
    # round six: the office a copula gives the person, with no comma after the name, names the side as an apposition does
    for text in ("Jonas Petraitis who is Lithuania's deputy police chief said the talks went well.",
                 "Mr Jonas Petraitis is the Lithuanian consul in the city.",
                 "Also present was Mr Jonas Petraitis, the 2nd Secretary of the Lithuanian Embassy."):
        people = _members(f"On 11 June, General Piotr Zielinski met officials in Warsaw. {text}")
        side, m = people["Jonas Petraitis"]
        assert (side, m.side_rule) == ("LTU", "side.apposition"), text
    # a verb of another kind after the name is no predicate of an office
    people = _members("On 11 June, General Piotr Zielinski met officials in Warsaw. Mr Jonas Petraitis was received by "
                      "the Lithuanian consul.")
    assert people["Jonas Petraitis"][1].side_rule != "side.apposition"


def test_host_hosted_by_the_party_named_first():
    # round six: after 'hosted by', the party named first hosts: a side phrase before a person named later in the clause
    for text in ("The Latvian team was hosted by the Lithuanian Police and escorted by Inspector Rasa Kazlauskiene of "
                 "the Latvia Liaison Office.",
                 "The Latvian team was hosted by Lithuania's border guard, with Colonel Rasa Kazlauskiene of the Latvia "
                 "Liaison Office as guide.",
                 "The Latvian team was hosted by the Lithuanian Police and accompanied to Lithuania by Latvian Inspector "
                 "Rasa Kazlauskiene."):
        hosts = _hosts(f"On 11 June, Colonel Tomas Berzins of Latvia met Inspector Jonas Petraitis in Vilnius. {text}",
                       head=NO_PUBLISHER)
        assert hosts == ["LTU"], text
    # a person named first still hosts by their own side
    assert _hosts("On 11 June, Colonel Tomas Berzins of Latvia visited Vilnius. The team was hosted by Colonel Jonas "
                  "Petraitis of Lithuania, with the Latvian ambassador.", head=NO_PUBLISHER) == ["LTU"]


def test_side_companions_meet():
    # round six: 'joined by Y for meetings with Z', 'accompanied by Y, met Z': the companions end where the clause turns
    # to the ones met
    for text in ("Colonel Tomas Berzins of Latvia was joined by Latvian Ambassador Inga Ozola for meetings with Inspector "
                 "Jonas Petraitis.",
                 "Colonel Tomas Berzins of Latvia, accompanied by Latvian Ambassador Inga Ozola, met Inspector Jonas "
                 "Petraitis.",
                 "Colonel Tomas Berzins of Latvia was accompanied by Latvian consul Inga Ozola during talks with "
                 "Inspector Jonas Petraitis."):
        people = _members(f"On 11 June in Vilnius, {text}", head=NO_PUBLISHER)
        assert people["Inga Ozola"][0] == "LVA", text
        assert people["Jonas Petraitis"][0] == "LTU" and people["Jonas Petraitis"][1].side_rule != "side.accompanied", text
    # the companions themselves still go with the one they accompany
    people = _members("On 11 June in Vilnius, Colonel Tomas Berzins of Latvia, accompanied by Major Inga Ozola, met "
                      "Inspector Jonas Petraitis.", head=NO_PUBLISHER)
    assert people["Inga Ozola"][0] == "LVA" and people["Inga Ozola"][1].side_rule == "side.accompanied"


def test_side_list_first_after_such_as_and_meetings_with():
    # round six: the list of those met shares the side its first member's office names, after 'such as', 'meetings
    # with', 'in addition to' as after 'including'
    for text in ("Colonel Inga Ozola of Latvia held meetings with officials such as Mr Jonas Petraitis, Director of the "
                 "Lithuanian Police, and Mr Tomas Kairys, Head of Operations.",
                 "Colonel Inga Ozola of Latvia had a series of meetings with Mr Jonas Petraitis, Director of the "
                 "Lithuanian Police, and Mr Tomas Kairys, Head of Operations.",
                 "Colonel Inga Ozola of Latvia met the team, in addition to Mr Jonas Petraitis, Director of the "
                 "Lithuanian Police, and Mr Tomas Kairys, Head of Operations."):
        people = _members(f"On 11 June in Riga, {text}", head=NO_PUBLISHER)
        assert people["Tomas Kairys"][0] == "LTU", text
        assert people["Tomas Kairys"][1].side_rule == "side.list_first", text


def test_side_topic_of():
    # round six: a country a meeting or a speech is about is its topic, not the side of the one who chairs or speaks
    for text in ("On 11 June, a meeting on Belarus chaired by National Security Adviser Piotr Zielinski was held in "
                 "Warsaw with Colonel Jonas Petraitis of Lithuania.",
                 "On 11 June, at the dialogue on Belarus, Deputy Minister Piotr Zielinski met Colonel Jonas Petraitis "
                 "of Lithuania in Warsaw.",
                 "Speaking about Belarus, Deputy Minister Piotr Zielinski said on 11 June in Warsaw that he had met "
                 "Colonel Jonas Petraitis of Lithuania."):
        people = _members(text)
        assert people["Piotr Zielinski"][0] == "POL", text


def test_side_destination_visiting_demonym():
    # round six: a demonym after 'visiting' names the visitor ('visiting Japanese Vice Admiral X'); a country's name
    # after it is where they went
    for text in ("On 11 June, visiting Lithuanian Vice Admiral Jonas Petraitis met General Piotr Zielinski in Warsaw.",
                 "On 11 June in Warsaw, General Piotr Zielinski met visiting Lithuanian Colonel Jonas Petraitis.",
                 "Visiting Lithuanian police commander Colonel Jonas Petraitis held talks with General Piotr Zielinski "
                 "in Warsaw on 11 June."):
        people = _members(text)
        assert people["Jonas Petraitis"][0] == "LTU", text
    people = _members("On 11 June, Colonel Jonas Petraitis, visiting Poland, met General Piotr Zielinski in Warsaw.",
                      head=NO_PUBLISHER)
    assert people["Jonas Petraitis"][1].side_rule != "side.apposition"


def test_side_post_country_curly_apostrophe_and_acronym():
    # round six: "Chargé d’Affaires (CdA) to X" is posted to X: no side of the envoy's, and never X's
    for office in ("Chargé d’Affaires (CdA) to Lithuania", "Chargé d'Affaires to Lithuania",
                   "High Commissioner (HC) to Lithuania"):
        people = _members(f"On 11 June in Vilnius, the Polish delegation, comprising General Piotr Zielinski and "
                          f"{office} Adam Wrona, met Colonel Jonas Petraitis of Lithuania.", head=NO_PUBLISHER)
        assert people["Adam Wrona"][0] == "POL", office
    # the post named before the name, with no office kept: still no side of the envoy's
    for text in ("The meeting was also attended by the Lithuanian ambassador to Poland, Rasa Kazlauskiene.",
                 "Present was Lithuania's envoy to Poland, Rasa Kazlauskiene.",
                 "The talks were joined by the Lithuanian consul to Poland, Rasa Kazlauskiene."):
        people = _members(f"On 11 June in Warsaw, Deputy Minister Piotr Zielinski met Colonel Jonas Petraitis of Lithuania. "
                          f"{text}")
        assert people["Rasa Kazlauskiene"][0] == "LTU", text


def test_side_apposition_office_head_without_a_comma_and_a_bracketed_word():
    # round six: an office's head word right after the name opens an apposition ('Dr. X Minister for ... of Y'), and a
    # capitalised word in brackets goes on with its title ('Deputy Secretary (International) at the Ministry, Y')
    for text in ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met Dr. Jonas Petraitis Minister for Home "
                 "Affairs, Justice and Prisons of the Republic of Lithuania.",
                 "On 11 June in Warsaw, Deputy Minister Piotr Zielinski met Mr Jonas Petraitis Director of the "
                 "Lithuanian Police Department.",
                 "On 11 June in Warsaw, Deputy Minister Piotr Zielinski met Mr Jonas Petraitis, Deputy Secretary "
                 "(International) at Ministry of Interior, Republic of Lithuania."):
        people = _members(text, head=NO_PUBLISHER)
        assert people["Jonas Petraitis"][0] == "LTU" and people["Jonas Petraitis"][1].side_rule == "side.apposition", text


def test_side_local_force_region_lower_case_police():
    # round six: a state's or province's force named with 'police' in lower case is its country's, as with 'Police'
    for text in ("On 11 June, a Sindh police delegation led by Inspector Ali Raza met General Piotr Zielinski in Warsaw.",
                 "On 11 June in Warsaw, General Piotr Zielinski received Inspector Ali Raza of the Sindh police.",
                 "On 11 June in Warsaw, General Piotr Zielinski met Sindh police chief Ali Raza."):
        people = _members(text, head=NO_PUBLISHER)
        assert people["Ali Raza"][0] == "PAK", text
    # a city's name before lower-case 'police' names no side (many words are also some town's name)
    assert sides_in("the Gdansk police said") == []
    assert sides_in("the Sindh police said") == ["PAK"]


def test_host_guest_passive_perfect_and_present():
    # round six: 'have been received by', 'has been welcomed by' name the host after 'by' as 'was received by' does: the one
    # receiving is not of the guests' side
    for text in ("The guests have been received by Colonel Jonas Petraitis.",
                 "The Latvian delegation has been welcomed by Colonel Jonas Petraitis.",
                 "The visitors had been received by Colonel Jonas Petraitis."):
        people = _members(f"On 11 June, a Latvian police delegation led by General Inga Ozola arrived in Vilnius. {text}",
                          head=NO_PUBLISHER)
        assert people["Inga Ozola"][0] == "LVA", text
        assert people["Jonas Petraitis"][0] == "LTU", text


def test_lexicon_turks_and_caicos():
    # round six: the short name and the capitals acronym of the Turks and Caicos Islands (data, no rule)
    assert sides_in("the TCI delegation met the Turks and Caicos police") == ["TCA", "TCA"]
    assert sides_in("the tci delegation") == []


def test_side_of_before():
    # round six: an office that names an agency known as one country's and is of another country is that country's
    # ('Minister of Homeland Security of the Republic of Malawi' is no US office)
    for office in ("Minister of Homeland Security of the Republic of Lithuania", "Director of the Home Office of Lithuania",
                   "Liaison Officer of the State Department of the Republic of Lithuania"):
        people = _members(f"On 11 June in Warsaw, Deputy Minister Piotr Zielinski met the {office}, Jonas Petraitis.",
                          head=NO_PUBLISHER)
        assert people["Jonas Petraitis"][0] == "LTU", office
    # an agency's office with no country of its own stays the agency's
    people = _members("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met the Director of the State Department "
                      "office in Poland, Jonas Petraitis.", head=NO_PUBLISHER)
    assert people["Jonas Petraitis"][0] == "USA"
