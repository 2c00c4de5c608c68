"""Examples of the side rules added from the wrong-side misses of the fresh real sets (dev4, dev5), one test per rule.

Every sentence is written for the test (fictional people); each test is named after the rule id it shows, checks the
side and the rule the record names, and what the rule must leave alone.
"""

from whomet.store.extract import extract

from tests.extract_helpers import members_of as _members


def _sides(text, head=""):
    return {name: (side, m.side_rule) for name, (side, m) in _members(text, head).items()}


def _hosts(text, head=""):
    return [d.side for mt in extract(head + text).meetings for d in mt.delegations if d.host]


def test_side_post_country():
    # the country an envoy is posted to is not the envoy's side: the demonym before the office is
    people = _sides("On 3 May 2024 Interior Minister Rasa Jonaite of Lithuania received Chilean Extraordinary and "
                    "Plenipotentiary Ambassador to Lithuania Pablo Herrera in Vilnius.")
    assert people["Pablo Herrera"][0] == "CHL"
    # with no side of the envoy's own, the post is ruled out: the publisher's side, else the other country named
    text = ("On 3 May 2024 Colonel Jonas Petraitis, Commander of the Lithuanian Border Guard, met Ambassador to "
            "Lithuania Pablo Herrera in Vilnius. Cooperation between Chile and Lithuania was discussed.")
    assert _sides(text)["Pablo Herrera"] == ("CHL", "side.other_party")
    chilean = "date 2024-05-03 Source: Ministry of Foreign Affairs of Chile\n\n"
    assert _sides(text, chilean)["Pablo Herrera"] == ("CHL", "side.post_country")
    # a country the office names otherwise is still the side
    people = _sides("On 3 May 2024 the Ambassador of Chile to Lithuania, Pablo Herrera, met Interior Minister Rasa "
                    "Jonaite of Lithuania in Vilnius.")
    assert people["Pablo Herrera"] == ("CHL", "side.own_office")


def test_side_destination_of_a_delegation():
    # 'the Georgian delegation to Armenia': Armenia is where the delegation went, not its members' side
    people = _sides("On 2 February 2022 Armenian Police Chief Aram Petrosyan met Interior Minister Levan Kapanadze of "
                    "Georgia in Yerevan. The Georgian delegation to Armenia also includes Deputy Minister Nino Beridze.")
    assert people["Nino Beridze"] == ("GEO", "side.nearest_before")


def test_side_guest_delegation_named_further_back_or_with_words_between():
    # 'the delegation' goes back to the delegation named a paragraph before, over sentences that name none
    people = _sides("A Peruvian delegation visits Spain and Portugal to study border policing.\n\n"
                    "The study visits were arranged by a European programme in March. They covered training, "
                    "equipment and the exchange of data. The findings will be published in a report.\n\n"
                    "The delegation comprised the Director General of Border Security, General Rosa Quispe, and the "
                    "coordinator of the programme, Mario Salas. In Madrid, they met Commissioner Elena Ruiz of the "
                    "Spanish National Police.")
    assert people["Rosa Quispe"] == ("PER", "side.guest_delegation")
    assert people["Mario Salas"] == ("PER", "side.guest_delegation")
    # 'a three-member Iraqi police delegation' (words between the demonym and 'delegation'); 'The team headed by'
    people = _sides("LAHORE: Regional Police Officer Tariq Mahmood of Pakistan met a three-member Iraqi police "
                    "delegation on Monday. The visiting delegation is led by Brigadier Salim Jabbar and consisted of "
                    "Major Hadi Karim.")
    assert people["Salim Jabbar"][0] == "IRQ" and people["Hadi Karim"][0] == "IRQ"
    people = _sides("A senior team from the Norwegian Police met Commissioner Tevita Lolo of Tonga on 4 May 2024. The "
                    "team headed by Kari Nordby reviewed the training programme.")
    assert people["Kari Nordby"] == ("NOR", "side.guest_delegation")


def test_side_visitor_owned_or_led_visit():
    # "Ortega's visit to Japan": the owner of the visit is a visitor there (never the host's side)
    people = _sides("Prime Minister Kenji Sato of Japan and President Ana Ortega held talks in Tokyo on 17 December 2023. "
                    "Sato thanked the guests for Ortega's visit to Japan and praised cooperation with Chile.")
    assert people["Ana Ortega"] == ("CHL", "side.other_party")
    # 'X led a delegation to Mexico': X visits Mexico; the release's other country is X's
    people = _sides("On 6 February 2024, Security Advisor Dana Whitfield led an interagency delegation to Mexico. She met "
                    "Mexican Foreign Secretary Lucia Ramos. The United States thanked Mexico for the talks.")
    assert people["Dana Whitfield"][0] == "USA"
    # everyone a 'delegation led by A, <titles>, B, <titles>' lists visits the country the sentence names
    people = _sides("A delegation led by the Minister of Internal Affairs, David Koroma, and the Deputy Minister of "
                    "Justice, Ibrahim Kamara, visited Ghana on 12 August 2024. The delegation studied how Sierra Leone "
                    "could learn from the Ghana Police Service.")
    assert people["David Koroma"] == ("SLE", "side.other_party")
    assert people["Ibrahim Kamara"] == ("SLE", "side.other_party")
    # a bare 'visited <City>' (a headline of the page's own people, often) rules out no side
    people = _members("General Jonas Petraitis visited Warsaw on 11 June and met Deputy Minister Piotr Zielinski.")
    assert people["Jonas Petraitis"][0] == "POL"


def test_side_companion_subject():
    # 'A, B and C accompanied X': the companions go with X's side, settled later
    people = _sides("On 6 February 2024, Security Advisor Dana Whitfield led a delegation to Mexico. Deputy Attorney "
                    "General Carl Dobson, Acting Deputy Secretary Mona Hale, and Director Peter Quill accompanied Dana "
                    "Whitfield on this visit. The United States and Mexico agreed on next steps.")
    for name in ("Carl Dobson", "Mona Hale", "Peter Quill"):
        assert people[name][0] == "USA", name
    # the one accompanied by someone is not the subject: 'X accompanied by Y' is the other rule
    people = _sides("On 6 February 2024, Interior Minister Anna Berg of Sweden, accompanied by Director Nils Holm, met "
                    "Minister Karl Weber in Berlin.")
    assert people["Nils Holm"][1] != "side.companion_subject"


def test_side_co_signers():
    # the two who sign a document are its two parties: the one whose side goes unsaid is not the other's
    people = _sides("The prosecutor's offices of Russia and Armenia signed a memorandum in Moscow on 4 September 2024. "
                    "The heads of the offices Ivan Sokolov and Aram Grigoryan signed the document.")
    assert people["Aram Grigoryan"] == ("ARM", "side.other_party")
    assert people["Ivan Sokolov"][0] == "RUS"
    # the passive: 'The memorandum was signed by A and B'
    people = _sides("The prosecutor's offices of Russia and Armenia agreed to cooperate. The memorandum was signed by "
                    "Ivan Sokolov and Aram Grigoryan in Moscow on 4 September 2024.")
    assert people["Aram Grigoryan"] == ("ARM", "side.other_party")
    # three listed before the verb are no pair
    people = _sides("The heads of the offices Ivan Sokolov, Pavel Orlov and Aram Grigoryan signed the document in "
                    "Moscow on 4 September 2024. Russia and Armenia agreed to meet again.")
    assert all(rule != "side.other_party" for _, rule in people.values())


def test_side_shared_demonym_after_comma_and():
    # "Luxembourg's Minister A, and the Minister of Justice, B": the owner opens a list of one country's offices
    people = _sides("On 17 June 2024, Luxembourg’s Minister for Home Affairs, Paul Wagner, and the Minister of Justice, "
                    "Claire Muller, met with the Executive Director of Europol, Anna Berg, in The Hague.")
    assert people["Claire Muller"] == ("LUX", "side.shared_demonym")
    # the same office twice is two counterparts
    people = _sides("On 17 June 2024, Luxembourg’s Minister of Justice, Paul Wagner, and the Minister of Justice, "
                    "Claire Muller, met in The Hague.")
    assert people.get("Claire Muller", (None, None))[1] != "side.shared_demonym"


def test_side_hosts_delegation():
    # 'X, who hosted the delegation': not the delegation's side ('a delegation led by the Gambian X' names it)
    people = _sides("Security chiefs of The Gambia toured the Ghana Police Service on 8 October 2019. The tour involved a "
                    "delegation led by the Gambian National Security Adviser.\n\nIn a meeting with the delegation, the "
                    "Director of Operations, ACP Kwame Mensah of Ghana, briefed the guests.\n\nThe IGP, Mr. Kofi "
                    "Asante who hosted the delegation, thanked the visitors.")
    assert people["Kofi Asante"] == ("GHA", "side.other_party")
    # named in the object: 'X received the Polish delegation'
    people = _sides("On 3 May 2024, Commissioner Rasa Jonaite received the Polish delegation in a hotel. Poland and "
                    "Lithuania agreed to patrol together.")
    assert people["Rasa Jonaite"] == ("LTU", "side.other_party")
    people = _sides("On 3 May 2024, Commissioner Rasa Jonaite received the delegation from Poland in a hotel. Poland and "
                    "Lithuania agreed to patrol together.")
    assert people["Rasa Jonaite"] == ("LTU", "side.other_party")


def test_side_list_goes_on():
    # 'Likewise, <office>, A; <office>, B': a verbless list goes on with the list of the sentence before
    people = _sides("On 14 March 2024, the Colombian Minister of Defence, Diego Mora, met the Peruvian mission in "
                    "Bogota. The other members of the Peruvian delegation are the coordinator of the reform group, "
                    "Luis Torres, and the Vice Minister of the Interior, Ana Quispe. Likewise, the director of the "
                    "police cabinet, Victor Salas, and the head of communications, Elena Rojas.")
    assert people["Victor Salas"] == ("PER", "side.list_goes_on")
    assert people["Elena Rojas"] == ("PER", "side.list_goes_on")
    # a sentence with a verb is no list item
    people = _sides("On 14 March 2024, the Colombian Minister of Defence, Diego Mora, met the Peruvian mission in "
                    "Bogota. The other members of the Peruvian delegation are the coordinator Luis Torres and Vice "
                    "Minister Ana Quispe. Likewise, the director of the police cabinet, Victor Salas, welcomed them.")
    assert people["Victor Salas"][1] != "side.list_goes_on"


def test_side_visited_agency():
    # 'called at the Royal Thai Police and met with its commander X': X is the agency's, not the host's
    people = _sides("A delegation of the Hong Kong Police visited the Royal Malaysia Police on 26 March 2024. The "
                    "delegation then called at the Royal Thai Police and met with the Commander of the Crime "
                    "Suppression Division, Police Major General Somchai Wongsa.")
    assert people["Somchai Wongsa"] == ("THA", "side.nearest_before")
    # '..., where they met X'
    people = _sides("A delegation of the Hong Kong Police visited the Royal Thai Police on 26 March 2024, where they met "
                    "the Commander of the Crime Suppression Division, Police Major General Somchai Wongsa.")
    assert people["Somchai Wongsa"] == ("THA", "side.nearest_before")
    # a meeting verb with no visit before the agency still parts them: 'The Thai delegation met X'
    people = _sides("On 26 March 2024 the Thai delegation met with the Commander of the Crime Division, General Ahmad "
                    "Rahman, in Kuala Lumpur.")
    assert people["Ahmad Rahman"][0] != "THA"


def test_host_hosted_for():
    # 'hosted by the local police for the team from the New Zealand Navy': the guests are not the host
    assert _hosts("The talks were hosted by the local police for the team from the New Zealand Navy in Apia on 2 May "
                  "2024. Commissioner Tuilagi Sefo of Samoa and Commander Ruth Baker of New Zealand spoke.") == ["WSM"]


def test_side_office_acronym_is_no_agency():
    # 'Inspector-General of Police (IGP) of Sierra Leone' makes no alias: 'the IGP, X' may be of any country
    people = _sides("On 12 October 2021, Dr Alpha Conteh, the Inspector-General of Police (IGP) of Sierra Leone, paid a "
                    "courtesy call on the IGP, Dr Kwame Boateng, in Accra. Both Ghana and Sierra Leone face new crimes.")
    assert people["Alpha Conteh"][0] == "SLE"
    assert people["Kwame Boateng"][0] == "GHA"


def test_side_office_named_before():
    # the headline tells the office and its owner, the body the name: the one person of that office is the owner's
    people = _sides("Frontex Deputy Executive Director for Training visits Latvia\n\nFrom today, the Deputy Executive "
                    "Director of Frontex will visit Latvia with officials. The three-member delegation is led by Ms Ilze "
                    "Kalnina, Deputy Executive Director for Training. She met Colonel Janis Berzins of the Latvian State "
                    "Border Guard in Riga on 24 April 2024.")
    assert people["Ilze Kalnina"] == ("Frontex", "side.office_named_before")
    # two holders of the office named: the unnamed one may be either
    people = _sides("The Deputy Director of the Latvian Border Guard will visit Estonia.\n\nDeputy Director Aivars Ozols "
                    "met Deputy Director Mart Tamm in Tallinn on 24 April 2024.")
    assert all(rule != "side.office_named_before" for _, rule in people.values())


def test_side_reception_guest_called_on():
    # 'began his day with a "courtesy visit" to B': the call as a noun, quoted; B is not of the caller's known side
    people = _sides("On 12 April 2022, Brazilian Justice Minister Paulo Souza arrived for talks on organized crime. Souza "
                    "began his agenda with a “courtesy visit” to President Carlos Rojas. Paraguay and Brazil agreed to "
                    "share data.")
    assert people["Carlos Rojas"] == ("PRY", "side.other_party")
    # the one called on with a side of their own keeps it
    people = _sides("On 12 April 2022, Brazilian Justice Minister Paulo Souza arrived for talks on organized crime. Souza "
                    "began his agenda with a courtesy visit to Paraguay's President Carlos Rojas.")
    assert people["Carlos Rojas"] == ("PRY", "side.demonym_office")


def test_side_given_name_country():
    from whomet.store.extract.sides import find_sides
    from whomet.store.extract.stages.find_people import _given_name
    from whomet.store.extract.text import tokenize

    def sides(text):
        toks = tokenize(text)
        return [m.code for m in find_sides(toks) if not _given_name(toks, m)]

    # 'Jordan McAllister' opens a name; 'the Jordan Armed Forces', 'Georgia Police', 'Kenya, Uganda' are countries
    assert sides("The team included Jordan McAllister, Special Advisor, and officers of Fiji.") == ["FJI"]
    assert sides("Officers of the Jordan Armed Forces and the Georgia Police met.") == ["JOR", "GEO"]
    assert sides("Kenya, Uganda and Chad signed.") == ["KEN", "UGA", "TCD"]
    # a meeting with such a name: the country is not the people's side
    people = _sides("A team from the New Zealand Police met Commissioner Sefa Tui of Fiji on 4 May 2024. The team headed "
                    "by Anna Ruru, with Jordan McAllister and Mark Pike, reviewed the programme.")
    assert people["Mark Pike"][0] == "NZL"
    # with a middle initial too; after 'of' or before a given name of its own the country is the owner
    people = _sides("WASHINGTON, USA - Acting Secretary of Homeland Security Chad R. Whitfield met the Guatemalan Minister "
                    "of Interior Rodrigo Alvarez in Guatemala City on 4 May 2024.")
    assert people["Chad R. Whitfield"][0] == "USA"
    people = _sides("On 4 May 2024 the Minister of Interior of Armenia Vahe Petrosyan met the Minister of Internal "
                    "Affairs of Georgia Giorgi Beridze in Yerevan.")
    assert people["Giorgi Beridze"][0] == "GEO"


def test_side_initials():
    from whomet.store.extract.sides import acronym_aliases

    # an acronym never explained in brackets: the initials of a name the text spells out, naming one side
    text = ("The first officers of the Australian Federal Police arrived in Port Moresby. Officials welcomed the AFP "
            "and their Commissioner, Tom Reid.")
    assert acronym_aliases(text) == {"AFP": "AUS"}
    people = _sides("On 4 May 2024 Police Commissioner Peter Kila of Papua New Guinea met the first officers of the "
                    "Australian Federal Police in Port Moresby. Officials welcomed the AFP and their Commissioner, Tom "
                    "Reid.")
    assert people["Tom Reid"] == ("AUS", "side.nearest_before")
    # an office's acronym, a spelled-out name of no side or of two: no alias
    assert acronym_aliases("The Chief Executive Officer met the CEO of the Regional Police Academy (RPA).") == {}
    assert acronym_aliases("The Joint Border Commission of Poland and Lithuania met; the JBC agreed.") == {}


def test_side_welcomed_object():
    # 'Dignitaries present to welcome the AFP ... included X': the guests welcomed are not X's side
    people = _sides("On 4 May 2024 officials met the first officers of the Australian Federal Police in Port Moresby. "
                    "Dignitaries present to welcome the AFP and their Commissioner, Tom Reid, included Police "
                    "Commissioner Peter Kila and Foreign Minister Ruth Kaupa.")
    assert people["Tom Reid"][0] == "AUS"
    assert people["Peter Kila"][0] == "PNG" and people["Ruth Kaupa"][0] == "PNG"
    # a relative clause after the guests still lists the guests: 'received the Polish delegation, which included X'
    people = _sides("On 3 May 2024 in Vilnius, Commissioner Rasa Jonaite of Lithuania received the Polish delegation, which "
                    "included Colonel Jan Nowak.")
    assert people["Jan Nowak"][0] == "POL"


def test_side_own_group():
    # the group that comes with a person is of the person's side, the side before or after the group's noun
    people = _sides("The meeting in Muscat on 4 May 2024 was attended by Major General Khalid Al Mansoori, Inspector "
                    "General of the Ministry, along with a number of the UAE MoI officers; and Major General Salim Al "
                    "Busaidi, Assistant Inspector General for Operations, in addition to a number of officials from the "
                    "Sultanate of Oman.")
    assert people["Khalid Al Mansoori"] == ("ARE", "side.own_group")
    assert people["Salim Al Busaidi"] == ("OMN", "side.own_group")
    people = _sides("On 4 May 2024 Colonel Jan Novak, accompanied by senior officers of the Czech Police, met Colonel "
                    "Peter Horvath in Bratislava.")
    assert people["Jan Novak"] == ("CZE", "side.own_group")
