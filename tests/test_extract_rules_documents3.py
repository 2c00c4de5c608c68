"""Examples of the agreement.* and award.* rules added after the seventh and eighth real batches (dev7, dev8): one test
per rule id, named after it, with what the rule reads and what it must not. Every sentence is written for the test
(fictional people), in the shapes seen on real pages: a document renewed, adopted as a joint declaration, described by
a participle; a state's award handed by its minister a long sentence later; a gift in a caption."""

from whomet.store.extract import extract

from tests.extract_helpers import (MET_IN_WARSAW as MET, MET_IN_WARSAW_UNDATED as MET_UNDATED, POLISH_HEAD as HEAD,
                                   POLISH_UNDATED as UNDATED, agreements_of as _agreements, awards_of as _awards)

SERBIAN = "date 2024-06-14 Source: Ministry of Interior of the Republic of Serbia\n\n"


def _sides(text, head=HEAD):
    return {x.name: d.side for m in extract(head + text).meetings for d in m.delegations for x in d.members}


def test_date_earlier_year_undated():
    # a release with no date of its own: a bare year still dates a signing before the meeting
    assert _agreements(MET_UNDATED + "They discussed the Security Memorandum which was signed in 2017 with Ukraine.",
                       UNDATED) == []
    assert _agreements(MET_UNDATED + "Warsaw and Kyiv signed a border agreement in 2014, under which patrols began.",
                       UNDATED) == []
    # the signing of the day is still one, and so is a year in a dated release's own year
    assert _agreements(MET_UNDATED + "After the talks they signed a memorandum on joint patrols.", UNDATED) == [
        ("memorandum", "agreement.sign")]
    assert _agreements(MET + "They signed a protocol on border patrols for 2024.") == [("protocol", "agreement.sign")]


def test_agreement_participle_adjective():
    # a participle between a determiner and its noun describes a document; it tells no signing
    assert _agreements(MET + "Both sides must carry out the signed cooperation plans more effectively.") == []
    assert _agreements(MET + '"This renewed agreement covers the sharing of intelligence," Kovalenko said.') == []
    # the participle after the document, with this meeting's place and time, still tells one
    assert _agreements(MET + "He held up the renewed memorandum of understanding signed in Warsaw last week.") == [
        ("memorandum", "agreement.signed_after_document")]


def test_agreement_sign_renewed():
    # renewing a document is signing it again
    assert _agreements(MET + "The two services renewed their memorandum of understanding on border policing.") == [
        ("memorandum", "agreement.sign")]
    assert _agreements(MET + "The two services renewed their commitment to joint patrols.") == []


def test_agreement_head_noun():
    # a kind word right after another heads the document: an arrangement named after a programme
    assert _agreements(MET + "They also signed a Border Security Program (BSP) arrangement with each other.") == [
        ("other", "agreement.sign")]
    assert _agreements(MET + "They also signed a Joint Action Plan agreement.") == [("agreement", "agreement.sign")]
    # a kind word after 'of' is the document's complement, not its head
    assert _agreements(MET + "They also signed a Memorandum of Understanding on the Action Plan.") == [
        ("memorandum", "agreement.sign")]


def test_agreement_issued_statement_made():
    # 'made' or 'released' a joint declaration is issuing it; 'made an agreement' a promise
    assert _agreements(MET + "Zielinski made the joint declaration with his Ukrainian guest.") == [
        ("statement", "agreement.sign")]
    assert _agreements(MET + "The two ministers released a joint communique after the talks.") == [
        ("statement", "agreement.sign")]
    assert _agreements(MET + "The ministry made a statement to the press.") == []
    assert _agreements(MET + "The two services made a public agreement to patrol together.") == []


def test_agreement_joint_statement_signed():
    # a communique two people signed is the statement of the meeting it closes
    assert _agreements(MET + "The communique signed by Piotr Zielinski, Deputy Minister, and Ostap Kovalenko, "
                             "Commander, urged the regions to share data.") == [
        ("statement", "agreement.signed_after_document")]
    # one signer is a press release; a memorandum signed by both is background (no time of this meeting)
    assert _agreements(MET + "According to a statement signed by the spokesman, the talks went well.") == []
    assert _agreements(MET + "They reviewed the memorandum signed by Zielinski and Kovalenko.") == []


def test_award_noun_not_in_phrases():
    # 'in order to', 'cross border': no award noun, so 'granted' and 'gave' tell no award
    text = ("On 11 June, Mexican President Luis Ortega met Guatemalan President Mario Lopez in Tapachula. Migrants "
            "cross the region in order to reach the north and hope to be granted asylum there.")
    assert _awards(text) == []
    text = ("On 11 June, Mexican President Luis Ortega met Guatemalan President Mario Lopez in Tapachula. The "
            "statement gave the assurance that cross border crime would be fought.")
    assert _awards(text) == []
    # the award nouns themselves still count
    text = MET + "Zielinski presented Kovalenko with the Cross of Merit."
    assert [a[1] for a in _awards(text)] == ["other"] or [a[3] for a in _awards(text)] == ["UKR"]


def test_award_verb_gives():
    # a caption in the present: 'gives a toy ship to'
    text = MET + ("Zielinski, left, gives a toy ship to Ukraine's Major General Ostap Kovalenko during a press "
                  "conference after the meeting.")
    assert [(a[1], a[2], a[3]) for a in _awards(text)] == [("gift", "Piotr Zielinski", "UKR")]
    # 'gives' with no gift named gives nothing
    assert _awards(MET + "The plan gives a boost to the border guards of Ukraine.") == []


def test_award_retold_near():
    # a state's award, a long sentence on the medal, then the minister who hands it: one award, his
    text = ("Serbia has awarded Police Minister John Dube the Order of the Flag for the help of the Zambian police. "
            "The order was founded by the Serbian government many years ago to be awarded especially to foreign "
            "police officers who have made outstanding contributions to the safety of Serbian citizens abroad and "
            "to the fight against organised crime in the region, among them officers of the border police, the customs "
            "service and the criminal police of several neighbouring and more distant countries. Presenting Dube with the award in Belgrade on "
            "Thursday, Serbian Interior Minister Ivan Petrovic praised the Zambian police.")
    assert [(a[2], a[3], a[4]) for a in _awards(text, SERBIAN)] == [("Ivan Petrovic", "ZMB", "award.retold")]


def test_side_award_between():
    # the side that awards a person is not that person's: the other party the release names
    text = ("Serbia has awarded Police Minister John Dube the Order of the Flag for the help of the Zambian police. "
            "Presenting Dube with the award in Belgrade on Thursday, Serbian Interior Minister Ivan Petrovic said the "
            "ties were strong.")
    assert _sides(text, SERBIAN) == {"John Dube": "ZMB", "Ivan Petrovic": "SRB"}
    # with no other party named, the host's as before
    text = ("Serbia has awarded Police Minister John Dube the Order of the Flag. Presenting Dube with the award in "
            "Belgrade on Thursday, Serbian Interior Minister Ivan Petrovic said the ties were strong.")
    assert _sides(text, SERBIAN)["John Dube"] == "SRB"
    # a lower-case office after the verb: still the guest ('has decorated police chief X')
    text = ("Serbia has decorated national police chief Anton Weller of Austria. Presenting the medal in Belgrade on "
            "Thursday, Serbian Interior Minister Ivan Petrovic thanked the Austrian police.")
    assert _sides(text, SERBIAN)["Anton Weller"] == "AUT"


def test_side_award_own():
    # a side that awards its own officer keeps him: 'its own', 'their' between the verb and the name
    text = ("Serbian Interior Minister Ivan Petrovic met Austrian Interior Minister Karl Steiner in Belgrade on Thursday. "
            "Serbia also decorated its own liaison officer, Inspector Marko Lazic, who prepared the visit.")
    assert _sides(text, SERBIAN)["Marko Lazic"] == "SRB"
    text = ("Serbian Interior Minister Ivan Petrovic met Austrian Interior Minister Karl Steiner in Belgrade on Thursday. "
            "Serbia awarded their officers who led the joint patrols, among them Inspector Marko Lazic.")
    assert _sides(text, SERBIAN)["Marko Lazic"] == "SRB"
    # told as awarded (a passive), the side before the verb is the one awarded, not the awarder: its members stay
    text = ("Serbian Interior Minister Ivan Petrovic met Austrian Interior Minister Karl Steiner in Belgrade on Thursday. "
            "The Austrian team, which was awarded certificates of merit, included Inspector Franz Huber.")
    assert _sides(text, SERBIAN)["Franz Huber"] == "AUT"


# Rules added while tuning on the d30 dev releases (tests/corpus): each with a second wording of its own.


def test_agreement_copies_of():
    # the signed copies stand for the document: 'exchanged the signed copies of a protocol'
    assert _agreements(MET + "The two officials adopted a Joint Action Plan and exchanged the signed copies of a "
                             "protocol on joint patrols.") == [("plan", "agreement.sign"), ("protocol", "agreement.exchanged")]
    assert _agreements(MET + "The heads of delegation exchanged the original texts of the agreement on readmission.") == [
        ("agreement", "agreement.exchanged")]
    # copies of something else are no document
    assert _agreements(MET + "The two officials exchanged copies of their speeches.") == []


def test_side_signed_for_on_the_side():
    # 'while B signed on the Jordanian side': the side signed for, over the host's
    text = ("On 17 February, Lieutenant General Hamad Al-Harthi received the Director of the Jordanian Public Security "
            "Directorate, Major General Omar Al-Zoubi, in Muscat. On behalf of the Omani side, Brigadier Salim "
            "Al-Busaidi signed, while Brigadier Yousef Haddad signed on the Jordanian side.")
    sides = _sides(text)
    assert sides["Yousef Haddad"] == "JOR" and sides["Salim Al-Busaidi"] == "OMN"
    # 'on the Polish border' names where, not a side signed for
    text = ("On 17 February, Colonel Adam Nowak of Poland met Colonel Ivan Bondar of Ukraine in Lviv. Major Petro "
            "Savchuk signed on the Polish border crossing's behalf a report.")
    assert _sides(text).get("Petro Savchuk") != "POL"


def test_meeting_signing_renewed():
    # a memorandum renewed is a meeting told, with nothing else
    text = ("PNG Police Commissioner Peter Kaupa and the Commissioner of the Royal Solomon Islands Police Force, Moses "
            "Tanito, renewed the memorandum of understanding on policing cooperation in Port Moresby on Monday.")
    meetings = extract(HEAD + text).meetings
    assert [(m.place.city, [a.kind for a in m.agreements]) for m in meetings] == [("Port Moresby", ["memorandum"])]
    assert extract(HEAD + "The two forces renewed their pledge to fight crime.").meetings == []


def test_award_same_award_which_clause():
    # 'The medal, which China awards to ..., was presented to him by Y': the award told before, Y gives it
    text = ("Assistant Commissioner of Police Desmond Charles has received the Great Wall Commemorative Medal from the "
            "People's Republic of China. The medal, which China awards to foreign police officers who help protect "
            "Chinese citizens abroad, was presented to him by the Chinese Ambassador to Grenada, Liu Wenbo, at the "
            "Chinese Embassy in St. George's on Wednesday.")
    assert [(a[2], a[3], a[4]) for a in _awards(text)] == [("Liu Wenbo", "GRD", "award.same_award")]


def test_place_in_city_possessive_name():
    # a known city whose name ends in "'s" is a city; "in Warsaw's Mokotow district" is still Warsaw's
    text = "On 11 June, Ambassador Liu Wenbo met Commissioner Desmond Charles in St. George's."
    assert [(m.place.city, m.place.country) for m in extract(HEAD + text).meetings] == [("St. George's", "GRD")]
    text = "On 11 June, Ambassador Liu Wenbo met Commissioner Adam Nowak in Warsaw's Mokotow district."
    assert [m.place.city for m in extract(HEAD + text).meetings] == ["Warsaw"]


def test_person_name_after_comma():
    # a name right after an office's comma starts there, a first given name the lexicon lacks too
    text = ("On 11 June in Kisumu, the Inspector General, Daniel Rotich, met the Commissioner of Operations, Hamisi "
            "Rajabu Mwakyusa, and the Director of Criminal Investigations, Obuya Okello Atieno.")
    names = {x.name for m in extract(HEAD + text).meetings for d in m.delegations for x in d.members}
    assert {"Hamisi Rajabu Mwakyusa", "Obuya Okello Atieno"} <= names


def test_award_exchange_between():
    # a nominal exchange between two people of two sides: one gift each way
    text = MET + "The meeting ended with an exchange of tokens between Zielinski and Kovalenko."
    assert sorted((a[2], a[3]) for a in _awards(text)) == [("Ostap Kovalenko", "POL"), ("Piotr Zielinski", "UKR")]
    # an exchange of views between them is no gift
    assert _awards(MET + "The meeting ended with an exchange of views between Zielinski and Kovalenko.") == []


def test_person_surname_cross():
    # 'Cross' is a surname after a given name ('the Cross of Merit' is still an award's name)
    text = ("On 11 June, Commissioner of Police Erla Baptiste met the British High Commissioner, Helen Cross, in Port of "
            "Spain. The meeting ended with an exchange of tokens between Baptiste and Cross.")
    meetings = extract(HEAD + text).meetings
    assert {x.name: d.side for m in meetings for d in m.delegations for x in d.members}["Helen Cross"] == "GBR"
    assert sorted((a.giver, a.kind) for m in meetings for a in m.awards) == [("Erla Baptiste", "gift"), ("Helen Cross", "gift")]


def test_agreement_sign_misspelled():
    # 'sined', 'singed' on real pages: a signing when a document follows
    assert _agreements(MET + "The two officials sined a Protocol on joint patrols.") == [("protocol", "agreement.sign")]
    assert _agreements(MET + "The two officials singed a memorandum of understanding.") == [("memorandum", "agreement.sign")]
    assert _agreements(MET + "The fire singed the flags of both services.") == []
    # the misspelled verb alone tells the meeting (meeting cue)
    text = ("Minister of Interior of Montenegro Marko Vujovic and Minister of Interior of Albania Ilir Hoxha sined a "
            "Protocol on a joint police centre in Plav.")
    assert _agreements(text) == [("protocol", "agreement.sign")]


def test_agreement_gerund_intended():
    # a signing after an intention is still to come
    assert _agreements(MET + "The two sides agreed to deepen their relations by drafting and signing a memorandum of "
                             "understanding soon.") == []
    assert _agreements(MET + "They decided to strengthen cooperation by signing a protocol next year.") == []
    # a gerund of a signing done still tells one
    assert _agreements(MET + "In addition to signing a memorandum, they visited the border crossing.") == [
        ("memorandum", "agreement.sign")]


def test_office_lower_office_verb():
    # a lower-case office read back from its head word ends at the verb before it
    text = ("Serbia has awarded police minister John Dube the Order of the Flag for the help of the Zambian police. "
            "Presenting Dube with the award in Belgrade on Thursday, Serbian Interior Minister Ivan Petrovic said the "
            "ties were strong.")
    members = {x.name: (x.position, d.side) for m in extract(SERBIAN + text).meetings for d in m.delegations
               for x in d.members}
    assert members["John Dube"] == ("police minister", "ZMB")
    # a demonym before the lower-case office stays in it
    text = "On 11 June in Brussels, Polish Deputy Minister Piotr Zielinski met Belgian interior minister Jan Peeters."
    positions = {x.name: x.position for m in extract(HEAD + text).meetings for d in m.delegations for x in d.members}
    assert positions["Jan Peeters"] == "Belgian interior minister"


def test_award_named_foreign_language():
    # an award's own name in its language: its words and particles are the name
    text = MET + ("Kovalenko conferred on Zielinski the Cruz al Mérito Policial, the highest decoration of the Spanish "
                  "police, on behalf of the Spanish Minister of the Interior.")
    assert [a[0] for a in _awards(text)] == ["Cruz al Mérito Policial"]
    text = MET + "Zielinski handed Kovalenko the Medalla de Oro of the Polish Border Guard."
    assert [a[0] for a in _awards(text)] == ["Medalla de Oro of the Polish Border Guard"]


def test_award_to_group_number_words():
    # 'to fourteen Fiji Police officers': a group counted in words past ten
    text = ("On 11 June, the New Zealand High Commissioner to Fiji, Claire Morrison, handed certificates of completion to "
            "fourteen Fiji Police officers at the Fiji Police Academy in Suva.")
    assert [(a.recipient_group, a.recipient_side) for m in extract(HEAD + text).meetings for a in m.awards] == [
        ("fourteen Fiji Police officers", "FJI")]
