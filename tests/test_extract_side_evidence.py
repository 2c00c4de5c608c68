"""Examples for the rules that weigh a person's own evidence of their side (the sidefall helper's rules).

Every sentence here is written for the test (fictional people); each test is named after the rule id it shows.
"""

from whomet.store.extract import extract

HEAD = "date 2024-06-12 Source: Ministry of Interior of the Republic of Poland\n\n"


def _members(text):
    return {m.name: (d.side, m) for mt in extract(HEAD + text).meetings for d in mt.delegations for m in d.members}


def test_side_owner_other_conjunct():
    # 'Georgia's' owns the first official's ministry, not the office of the one after 'and'
    people = _members("On 17 May, Armenian Police Chief Arman Sargsyan and Georgian Interior Minister Vakhtang "
                      "Gomelauri met in Tbilisi. The protocol was signed by an official with Georgia's Interior Ministry "
                      "Levan Beridze and the deputy chief of the Armenian Police Gevorg Hakobyan.")
    side, m = people["Gevorg Hakobyan"]
    assert (side, m.side_rule) == ("ARM", "side.own_office")
    # the owner right before the office still gives the side
    people = _members("On 17 May, Georgia's Deputy Interior Minister Levan Beridze met Police Chief Arman Sargsyan of "
                      "Armenia in Tbilisi.")
    side, m = people["Levan Beridze"]
    assert (side, m.side_rule) == ("GEO", "side.demonym_office")


def _sides(text):
    """name -> (side, side_rule) with no header: no publisher's side to fall back on."""
    return {m.name: (d.side, m.side_rule) for mt in extract(text).meetings for d in mt.delegations for m in d.members}


def test_side_reception_guest():
    # the one received is not on the receiver's side: the other country the release names
    people = _sides("On 3 May 2024 the Lithuanian Minister of the Interior Rasa Jonaite received Colonel Jan Kowalski, "
                    "Commander of the Podlaskie Border Guard Unit, in Vilnius. Cooperation between Poland and Lithuania "
                    "was discussed.")
    assert people["Rasa Jonaite"] == ("LTU", "side.demonym_office")
    assert people["Jan Kowalski"] == ("POL", "side.other_party")
    # with a publisher of another side, the guest is the publisher's
    people = _members("On 3 May the Lithuanian Minister of the Interior Rasa Jonaite received Colonel Jan Kowalski, "
                      "Commander of the Podlaskie Border Guard Unit, in Vilnius.")
    assert (people["Jan Kowalski"][0], people["Jan Kowalski"][1].side_rule) == ("POL", "side.reception_guest")
    # a guest whose side the text says keeps it
    people = _sides("On 3 May 2024 the Lithuanian Minister of the Interior Rasa Jonaite received Colonel Jan Kowalski "
                    "of Latvia in Vilnius. Poland was not represented.")
    assert people["Jan Kowalski"] == ("LVA", "side.of_after_name")


def test_side_reception_verb():
    for verb in ("hosted", "welcomed", "greeted"):
        # ('greeted' alone tells no meeting: the talks do)
        people = _sides(f"On 6 May 2024 Inspector General Peter Mwangi {verb} Commissioner Ali Hassan at the police "
                        "headquarters in Nairobi before their talks. Hassan said the Tanzanian police valued the "
                        "partnership.")
        assert people["Peter Mwangi"][0] == "KEN", verb
        assert people["Ali Hassan"] == ("TZA", "side.other_party"), verb


def test_side_reception_subject_and_object():
    # the subject right before the verb (over 'also', an apposition), the object right after it (over a place, a time,
    # 'the visiting')
    people = _sides("On 6 May 2024 Inspector General Peter Mwangi, head of the National Police Service, also received "
                    "in Nairobi this morning the visiting Commissioner Ali Hassan. The Tanzanian guest thanked Kenya.")
    assert people["Ali Hassan"] == ("TZA", "side.other_party")
    # 'received a plaque from B' receives no guest: B is left to the host's side
    people = _sides("On 6 May 2024 Inspector General Peter Mwangi received a plaque from Commissioner Ali Hassan at the "
                    "police headquarters in Nairobi. The Tanzanian police were thanked.")
    assert people["Ali Hassan"] == ("KEN", "side.host_fallback")


def test_side_reception_passive_and_reception_by():
    people = _sides("On 3 May 2024 Colonel Jan Kowalski, Commander of the Podlaskie Border Guard Unit, was warmly "
                    "received in Vilnius by the Lithuanian Minister of the Interior Rasa Jonaite. Cooperation between "
                    "Poland and Lithuania was discussed.")
    assert people["Rasa Jonaite"] == ("LTU", "side.demonym_office")
    assert people["Jan Kowalski"] == ("POL", "side.other_party")


def test_lexicon_un_agency_written_with_un():
    # 'UN' for 'United Nations' in an agency's name: the agency is the side, not the UN (SCHEMA.md)
    people = _sides("On 3 March 2025 in Chisinau, Interior Minister Ion Rusu met the UN Development Programme Resident "
                    "Representative Anna Weber and the Representative of the UN Office on Drugs and Crime, Marco Bianchi.")
    assert people["Anna Weber"] == ("UNDP", "side.own_office")
    assert people["Marco Bianchi"][0] == "UNODC"
    people = _sides("On 3 March 2025 in Chisinau, Interior Minister Ion Rusu met the UN Resident Coordinator Simon Springett.")
    assert people["Simon Springett"][0] == "UN"


def test_side_fronted_setting_and_fronted_adverbial():
    # the adverbial the sentence opens with sets the scene: its side phrase is not the subject's
    people = _sides("WARSAW, 3 March 2025 - During the visit of the Latvian delegation, Colonel Jan Kowal briefed the "
                    "guests on border surveillance. The Latvian delegation was headed by Colonel Juris Ozols.")
    assert people["Jan Kowal"] == ("POL", "side.host_fallback")
    assert people["Juris Ozols"][0] == "LVA"
    # whoever accompanied the subject follows the subject's side, not the scene's
    people = _sides("WARSAW, 3 March 2025 - During the visit of the Latvian delegation, Colonel Jan Kowal briefed the "
                    "guests on border surveillance. Kowal was accompanied by Major Piotr Nowak. The Latvian delegation "
                    "was headed by Colonel Juris Ozols.")
    assert people["Piotr Nowak"][0] == "POL"
    people = _sides("WARSAW, 3 March 2025 - Following the arrival of the Lithuanian guests, Major Jan Kowal met Colonel "
                    "Jonas Petraitis of Lithuania at the border post.")
    assert people["Jan Kowal"] == ("POL", "side.host_fallback")
    assert people["Jonas Petraitis"][0] == "LTU"
    # a side phrase after the comma is still the subject's; 'On behalf of' names it
    people = _sides("WARSAW, 3 March 2025 - During the visit, the Latvian delegation was headed by Colonel Juris Ozols. "
                    "On behalf of the Latvian side, Major Anna Liepa thanked Colonel Jan Kowal of Poland.")
    assert people["Juris Ozols"][0] == "LVA"
    assert people["Anna Liepa"][0] == "LVA"


def test_side_meeting_partner_and_meeting_partner_verb():
    # the one of two people who met whose side the text does not say is not on the other's: here not the host's
    people = _sides("On 3 March 2025 in Helsinki, the Director General of the Police and Border Guard Board, Egert "
                    "Belitsev, met the Commander of the Finnish Border Guard, Lieutenant General Pasi Kostamovaara. "
                    "Belitsev was joined by his deputy, Veiko Kommusaar. The Estonian guests also visited a police "
                    "station.")
    assert people["Pasi Kostamovaara"][0] == "FIN"
    assert people["Egert Belitsev"] == ("EST", "side.other_party")
    assert people["Veiko Kommusaar"][0] == "EST"
    people = _sides("On 3 March 2025 in Helsinki, the Director General of the Police and Border Guard Board, Egert "
                    "Belitsev, held bilateral talks with the Commander of the Finnish Border Guard, Lieutenant General "
                    "Pasi Kostamovaara. The Estonian guests also visited a police station.")
    assert people["Egert Belitsev"] == ("EST", "side.other_party")
    # the host who met a guest of another side keeps the host's side
    people = _sides("On 3 March 2025 in Helsinki, Police Commissioner Seppo Kolehmainen met Colonel Jan Kowal of "
                    "Poland.")
    assert people["Seppo Kolehmainen"] == ("FIN", "side.host_fallback")
