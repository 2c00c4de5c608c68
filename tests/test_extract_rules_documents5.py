"""Examples of the agreement.*, award.* and person.* rules added in the fifth round (the d32 synthetic dev releases,
written and measured untouched first, and the real dev sets): one test per rule id, named after it, with what the rule
reads and what it must not. Every sentence is written for the test (fictional people), in shapes seen on real pages."""

from whomet.store.extract import extract

from tests.extract_helpers import (MET_IN_WARSAW as MET, POLISH_HEAD as HEAD, agreements_of as _agreements,
                                   awards_of as _awards)


def _members(text, head=HEAD):
    return {(p.name, d.side) for m in extract(head + text).meetings for d in m.delegations for p in d.members}


def test_agreement_negated_subject():
    # a passive whose subject is negated signs nothing, whatever the document
    for tail in ("No agreement was signed; a memorandum will be drafted by the end of the year.",
                 "No documents were signed at the talks.",
                 "Neither protocol has been signed yet, the ministers said."):
        assert _agreements(MET + tail) == [], tail
    # a subject that is not negated still signs; 'no' elsewhere in the sentence negates nothing
    assert _agreements(MET + "A protocol was signed after no more than an hour of talks.") == [
        ("protocol", "agreement.passive")]
    assert _agreements(MET + "With no delay, a memorandum was signed.") == [("memorandum", "agreement.passive")]


def test_agreement_many():
    # a year before the document's words is its period, not a count of documents
    for tail, kind in (("The two commanders signed the 2026 cooperation plan between the two services.", "plan"),
                       ("They approved the 2025 work programme of the joint commission.", "programme"),
                       ("Zielinski and Kovalenko signed the 2027 protocol on joint patrols.", "protocol")):
        assert [k for k, _r in _agreements(MET + tail)] == [kind], tail
    # a number of documents still is a tally
    assert _agreements(MET + "The services have signed 25 agreements since 1995.") == []


def test_person_acts_before_passing():
    # the passing words tell of the one they name, not of the one who acts on them before them
    for tail in ("Zielinski posthumously awarded the Gold Cross to the late Sergeant Anton Melnyk, who was killed on duty.",
                 "Zielinski presented a medal in memory of Corporal Anton Melnyk to his unit.",
                 "Zielinski laid a wreath in tribute to the border guards who died in 2022."):
        members = _members(MET + tail)
        assert ("Piotr Zielinski", "POL") in members, tail
        assert not any(name == "Anton Melnyk" for name, _s in members), tail
    # one named after the passing words, or before them with no act between, still passes
    members = _members(MET + "The late Colonel Anton Melnyk, who died in 2021, was remembered.")
    assert not any(name == "Anton Melnyk" for name, _s in members)


def test_award_participle_aside():
    # a participle between commas after the award, its agent after 'by', tells who awarded it: one award, to the one
    # after 'to', given by the one who hands it
    for tail in ("Zielinski conveyed the Cross of Merit, granted by the President of Poland, to Kovalenko.",
                 "Zielinski handed over the Gold Badge, awarded by decree of the Minister, to Kovalenko.",
                 "Zielinski presented the Medal of Honour, which was conferred by the Government, to Kovalenko."):
        assert [(g, side) for _a, _k, g, side, _r in _awards(MET + tail)] == [("Piotr Zielinski", "UKR")], tail
    # two verbs of their own still are two awards
    assert len(_awards(MET + "Zielinski presented a medal to Kovalenko, and Kovalenko gave Zielinski a plaque.")) == 2


def test_award_plural_retold():
    # 'The medals were presented by X' after a sentence of several awards with no giver: X gives each
    found = _awards(MET + "The Government of Poland awarded the Cross of Merit to a group of Ukrainian border guards, and "
                    "the Gold Medal to Major General Ostap Kovalenko himself. The medals were presented by Zielinski.")
    assert [(g, side) for _a, _k, g, side, _r in found] == [("Piotr Zielinski", "UKR")] * 2
    # one award retold in the singular keeps its rule
    found = _awards(MET + "The Gold Medal was awarded to Kovalenko. The medal was presented by Zielinski.")
    assert [(g, side) for _a, _k, g, side, _r in found] == [("Piotr Zielinski", "UKR")]


def test_award_guest_gives_host():
    # a visitor's award to a group naming no side, or to someone who takes no part, goes to the host's people
    head = "date 2024-06-12 Source: State Border Guard Service of Ukraine\n\n"
    met = ("On 11 June, Polish Deputy Minister Piotr Zielinski met Major General Ostap Kovalenko, Commander of the "
           "Border Guard of Ukraine, in Kyiv. ")
    for tail in ("The guest presented the medal of the Polish ministry to a group of officers of the Western Regional "
                 "Department.",
                 "Zielinski awarded the Cross of Merit to the late Sergeant Anton Melnyk, who died on duty in May.",
                 "Zielinski handed certificates to twelve cadets of the Border Guard Academy."):
        assert [side for *_x, side, _r in _awards(met + tail, head)] == ["UKR"], tail
    # a group the text gives a side, or the host's own award, keeps its side
    assert [side for *_x, side, _r in _awards(met + "Zielinski presented medals to Polish liaison officers.", head)] == [
        "POL"]


def test_award_verb_conveyed():
    # 'conveyed' gives when the award is its object, not a word after 'to' or 'for'
    assert [(g, side) for _a, _k, g, side, _r in _awards(MET + "Zielinski conveyed the Gold Medal to Kovalenko.")] == [
        ("Piotr Zielinski", "UKR")]
    assert _awards(MET + "Kovalenko conveyed his gratitude to the Polish ministry for the award.") == []
    assert _awards(MET + "Zielinski conveyed greetings from the minister to Kovalenko.") == []


def test_award_noun_crest_and_plate():
    # a crest and a commemorative or silver plate are gifts; a number plate is none
    for tail in ("Zielinski presented Kovalenko with the crest of the Polish Border Guard.",
                 "Zielinski gave Kovalenko a silver plate.",
                 "Kovalenko received a commemorative plate from Zielinski."):
        assert [k for _a, k, *_x in _awards(MET + tail)] == ["gift"], tail
    assert _awards(MET + "Zielinski presented the new number plates of border guard vehicles.") == []


def test_meeting_award_handed_awarded():
    # an award ceremony told by 'awarded' alone is a meeting
    record = extract("date 2025-07-24 Source: Bangladesh Police\n\nDhaka, July 23: The United Nations Police Adviser, "
                     "Sara Holm, awarded the United Nations Medal to 140 members of the Bangladesh Formed Police Unit "
                     "at a parade in Dhaka today.")
    assert [m.place.city for m in record.meetings] == ["Dhaka"]
    # 'awarded' with no award after it tells no ceremony
    record = extract("date 2025-07-24 Source: Bangladesh Police\n\nThe contract for the new barracks was awarded to a "
                     "local firm, the Inspector General of Police, Karim Uddin, said.")
    assert record.meetings == []


def test_agreement_kind_other_final_report():
    # a final report a commission signs is a document (kind other)
    assert _agreements(MET + "Zielinski and Kovalenko signed the final report of the joint commission.") == [
        ("other", "agreement.sign")]
    assert _agreements(MET + "The final report of the commission was signed by both chairs.") == [
        ("other", "agreement.passive")]


def test_award_received_from():
    # 'received X at the hands of Y' is 'received X from Y'
    for tail in ("Kovalenko received the Gold Cross of Merit at the hands of Zielinski.",
                 "Kovalenko received the Gold Cross of Merit from Zielinski."):
        assert [(g, side) for _a, _k, g, side, _r in _awards(MET + tail)] == [("Piotr Zielinski", "UKR")], tail


def test_award_verb_offered():
    # 'offered' gives a thing an award noun names; offering help, training or to host gives nothing
    assert [(g, side) for _a, _k, g, side, _r in _awards(
        MET + "As a token of friendship, Zielinski offered Kovalenko a painting of the Old Town.")] == [
        ("Piotr Zielinski", "UKR")]
    for tail in ("Zielinski offered training courses to Ukrainian officers.", "Kovalenko offered to host the next round.",
                 "Zielinski offered his condolences to Kovalenko."):
        assert _awards(MET + tail) == [], tail


def test_agreement_sign_affixed_signatures():
    for tail in ("Zielinski and Kovalenko affixed their signatures to the cooperation agreement.",
                 "Zielinski and Kovalenko put their signatures to the cooperation agreement."):
        assert [k for k, _r in _agreements(MET + tail)] == ["agreement"], tail


def test_agreement_copies_of_ratification_instruments():
    assert [k for k, _r in _agreements(MET + "The sides exchanged the ratification instruments of the agreement.")] == [
        "agreement"]
    assert [k for k, _r in _agreements(MET + "The sides exchanged the instruments of ratification of the agreement.")] == [
        "agreement"]
    assert _agreements(MET + "The sides exchanged views on the draft agreement.") == []


def test_agreement_called_off():
    # a nominal signing its sentence calls off signs nothing
    for tail in ("The signing of a memorandum was postponed.",
                 "The signing ceremony of the protocol has been cancelled because of the storm.",
                 "The signing of the agreement on readmission was again put off."):
        assert _agreements(MET + tail) == [], tail
    # one that took place still signs
    assert [k for k, _r in _agreements(MET + "The signing of a memorandum took place at the ministry.")] == ["memorandum"]


def test_agreement_kind_other_addendum():
    # an addendum to a document is a document of its own (kind other), not the document it amends
    assert [k for k, _r in _agreements(MET + "They also signed an addendum to the memorandum of understanding.")] == [
        "other"]


def test_place_past_time_in():
    # a city after 'last year' or 'N years ago' in its clause is another event's; the dateline's city stands
    from tests.extract_helpers import first_place
    head = "date 2025-02-05 Source: Agence de Presse Senegalaise\n\n"
    for tail in ("The visit follows the signing last year in Banjul of a memorandum on joint patrols.",
                 "The two forces first met two years ago in Banjul."):
        text = ("Dakar, 5 Feb (APS) - The High Commander of the Gendarmerie, General Ousmane Ndiaye, received yesterday the "
                "Inspector General of the Gambia Police Force, Lamin Ceesay. " + tail)
        assert first_place(text, head) == ("Dakar", "SEN"), tail
    # a past time earlier in the clause, not right before the city, dates the meeting itself (a release told a year on)
    text = ("The first stop of their visit to Gambia in August last year was the Police Headquarters in Banjul, where "
            "they met the Inspector General of Police, Lamin Ceesay.")
    assert first_place(text, head)[0] == "Banjul"
    # a meeting 'last week in' a city is the meeting told
    text = "The Inspector General of the Gambia Police Force, Lamin Ceesay, met his Senegalese counterpart last week in Banjul."
    assert first_place(text, head)[0] == "Banjul"


def _heads(text, head):
    return {(p.name, d.side) for m in extract(head + text).meetings for d in m.delegations for p in d.members if p.head}


def test_head_side_after_name_in_commas():
    # co-chairs each tied to a side by an agency apposition in commas ('A, of the X, and B, of the Y, co-chaired')
    head = "date 2025-02-14 Source: Ministry of the Interior of Spain\n\n"
    for text in ("Madrid, 13 February 2025. General Manuel Ortiz, of the Guardia Civil, and Mohamed Tazi, of the Moroccan "
                 "Royal Gendarmerie, co-chaired the meeting of the joint committee.",
                 "Madrid, 13 February 2025. General Manuel Ortiz, from the Spanish National Police, and Mohamed Tazi, from "
                 "the Moroccan Royal Gendarmerie, jointly chaired the committee.",
                 "Madrid, 13 February 2025. General Manuel Ortiz of the Guardia Civil and Mohamed Tazi of the Moroccan "
                 "Royal Gendarmerie co-chaired the meeting of the joint committee."):
        assert _heads(text, head) == {("Manuel Ortiz", "ESP"), ("Mohamed Tazi", "MAR")}, text
    # an apposition before a verb of another kind makes no head
    text = ("Madrid, 13 February 2025. General Manuel Ortiz, of the Guardia Civil, and Mohamed Tazi, of the Moroccan Royal "
            "Gendarmerie, attended the meeting of the joint committee.")
    assert _heads(text, head) == set()


def test_head_led_by_means():
    # 'by videoconference', 'by video link', 'by telephone' after a head verb is the means, not the one who leads
    head = "date 2025-03-07 Source: Romanian Border Police\n\n"
    for verb in ("chaired by videoconference", "chaired by video link", "led by telephone"):
        text = (f"On Thursday, 6 March, the Inspector General of the Romanian Border Police, Adrian Stanciu, {verb} a "
                "meeting with the heads of the border services of Moldova and Ukraine, Rodica Ciobanu and Serhiy Tkachenko.")
        heads = _heads(text, head)
        assert ("Rodica Ciobanu", "MDA") not in heads and ("Serhiy Tkachenko", "UKR") not in heads, verb
    # the agent after 'by' still heads
    text = ("On Thursday, 6 March, a videoconference of the border services of Romania, Moldova and Ukraine was chaired by "
            "the Inspector General of the Romanian Border Police, Adrian Stanciu.")
    assert _heads(text, head) == {("Adrian Stanciu", "ROU")}


def _sides(text, head):
    return {(p.name, d.side) for m in extract(head + text).meetings for d in m.delegations for p in d.members}


def test_side_paired_list():
    # the sides listed in a plural office's complement, then as many names: each name in the list's order
    head = "date 2025-07-08 Source: Royal Malaysia Police\n\n"
    cases = (
        ("The Inspector-General of Police, Razali Hamid, received the police chiefs of Brunei, Singapore and Thailand, "
         "Commissioner of Police Jaafar Ismail, Commissioner of Police Lim Boon Keng and Police General Kittisak "
         "Boonmee, in Kuala Lumpur today."),
        ("The Inspector-General of Police, Razali Hamid, met the heads of the police forces of Brunei, Singapore and "
         "Thailand, Jaafar Ismail, Lim Boon Keng and Police General Kittisak Boonmee, in Kuala Lumpur today."),
    )
    for text in cases:
        sides = _sides(text, head)
        assert {("Jaafar Ismail", "BRN"), ("Lim Boon Keng", "SGP"), ("Kittisak Boonmee", "THA")} <= sides, text
    # two sides and two names, as before
    sides = _sides("The Inspector-General of Police, Razali Hamid, received the police chiefs of Brunei and Thailand, "
                   "Jaafar Ismail and Police General Kittisak Boonmee, in Kuala Lumpur today.", head)
    assert {("Jaafar Ismail", "BRN"), ("Kittisak Boonmee", "THA")} <= sides


def test_award_pronoun_recipient_wearer():
    # the one on whose chest or uniform an award is pinned receives it; the relative clause retells the award
    for tail in ("For his work, Kovalenko was awarded the Gold Badge of the Polish Border Guard, which Zielinski pinned "
                 "on his uniform.",
                 "Kovalenko was awarded the Cross of Merit, which Zielinski pinned on his chest."):
        assert {(g, side) for _a, _k, g, side, _r in _awards(MET + tail)} == {("Piotr Zielinski", "UKR")}, tail


def test_award_handed_object_gives():
    # a photo caption's present tense: 'X, left, gives a model ship to Y'
    assert [(g, side) for _a, _k, g, side, _r in _awards(MET + "Zielinski, left, gives a model ship to Kovalenko.")] == [
        ("Piotr Zielinski", "UKR")]
    assert _awards(MET + "Zielinski gives a speech to the cadets.") == []


def test_award_participle_aside_agent():
    # the aside is one only with its agent and then 'to' the recipients: a participle without 'by' is no aside
    assert len(_awards(MET + "Zielinski presented the Gold Medal, awarded by the Minister, to Kovalenko.")) == 1
    found = _awards(MET + "Zielinski presented a plaque to Kovalenko, and Kovalenko awarded Zielinski a medal.")
    assert {(g, side) for _a, _k, g, side, _r in found} == {("Piotr Zielinski", "UKR"), ("Ostap Kovalenko", "POL")}


def test_award_plural_retold_noun():
    # only a plural retelling ('The medals', 'The awards') gives every award of the sentence before
    found = _awards(MET + "The Government of Poland awarded the Cross of Merit to a group of Ukrainian border guards, and "
                    "the Gold Medal to Major General Ostap Kovalenko himself. The awards were handed over by Zielinski.")
    assert [g for _a, _k, g, _s, _r in found] == ["Piotr Zielinski"] * 2


def test_award_conveyed_object():
    # the object of 'conveyed' ends at 'to', 'for', 'on', 'from' or a comma
    assert _awards(MET + "Zielinski conveyed the greetings of the minister, and the award of the border guard, to "
                   "Kovalenko.") == []
    assert len(_awards(MET + "Zielinski conveyed the Cross of Merit to Kovalenko.")) == 1


def test_place_then_city_quarter_known():
    # a quarter the city table knows, then its city ('in Port Area, Manila'): the city; a list of cities stays the first
    from tests.extract_helpers import first_place
    head = "date 2025-10-22 Source: Philippine Coast Guard\n\n"
    lead = "Commandant Admiral Rolando Reyes welcomed Vice Admiral Michael Harlow of the U.S. Coast Guard "
    assert first_place(lead + "at the Coast Guard National Headquarters in Port Area, Manila on Tuesday.", head) == (
        "Manila", "PHL")
    assert first_place(lead + "at the Police Headquarters in Camp Crame, Quezon City on Tuesday.", head) == (
        "Quezon City", "PHL")
    assert first_place(lead + "in Manila, Cebu and Davao on Tuesday.", head)[0] == "Manila"
    assert first_place(lead + "at the Coast Guard station in Manila, Philippines on Tuesday.", head) == ("Manila", "PHL")


def test_head_led_by_at_the_head_of_which():
    # the relative form of 'at the head of the delegation was X'
    head = "date 2025-08-22 Source: State Border Guard of the Republic of Latvia\n\n"
    for text in ("On 20 August, the Chief of the State Border Guard of Latvia, Guntars Ozolins, met in Riga with a "
                 "Lithuanian delegation, at the head of which was the Commander of the State Border Guard Service of "
                 "Lithuania, Brigadier General Rimantas Zukauskas.",
                 "On 20 August, a Lithuanian delegation, at the head of which stood Brigadier General Rimantas Zukauskas, "
                 "Commander of the State Border Guard Service of Lithuania, arrived in Riga."):
        assert ("Rimantas Zukauskas", "LTU") in _heads(text, head), text
