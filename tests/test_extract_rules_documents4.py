"""Examples of the agreement.*, award.* and date.* rules added in the fourth round (dev10 and the real signing and
award pages read by hand): one test per rule id, named after it, with what the rule reads and what it must not. Every
sentence is written for the test (fictional people), in the shapes seen on real pages."""

from whomet.store.extract import extract

from tests.extract_helpers import (MET_IN_WARSAW as MET, MET_IN_WARSAW_UNDATED as MET_UNDATED, POLISH_HEAD as HEAD,
                                   POLISH_UNDATED as UNDATED, agreements_of as _agreements, awards_of as _awards)


def test_date_purpose_clause():
    # a year inside the purpose of a document dates what it is for, not its signing, though the meeting has no date
    for tail, kind in (("The two services signed a protocol to carry out the joint patrol plan in 2019 after the talks.",
                        "protocol"),
                       ("After a long debate over the details of the text, the two services signed a protocol to carry "
                        "out the joint patrol plan in 2019 after the talks in Warsaw.", "protocol"),
                       ("They signed a plan to train two hundred border guards in 2025.", "plan")):
        assert _agreements(MET_UNDATED + tail, UNDATED) == [(kind, "agreement.sign")], tail
    # a year of the signing itself, or one of a document signed inside the purpose clause, still dates it before
    assert _agreements(MET_UNDATED + "The two services signed a protocol on joint patrols in 2019.", UNDATED) == []
    assert _agreements(MET_UNDATED + "They decided to build on the protocol signed in 2019.", UNDATED) == []
    assert _agreements(MET + "They agreed to implement the memorandum signed in 2019.") == []


def test_award_gift_of_equipment():
    # a gift whose complement is equipment given to a force is a donation, no award
    for tail in ("Zielinski presented a gift of protective equipment to the Ukrainian border guards.",
                 "Zielinski handed over a donation of ten motorcycles and radios to Kovalenko.",
                 "At the end of the visit, Zielinski presented a generous gift of 40 thermal cameras to the Ukrainian side."):
        assert _awards(MET + tail) == [], tail
    # a gift that is a keepsake still is one
    assert _awards(MET + "Zielinski presented a gift of a painting of Warsaw to Kovalenko.") == [
        (None, "gift", "Piotr Zielinski", "UKR", "award.verb")]
    assert _awards(MET + "Zielinski presented a commemorative gift to Kovalenko.") == [
        (None, "gift", "Piotr Zielinski", "UKR", "award.verb")]


def test_agreement_counted_plural():
    # a number from two to nine before a plural kind word is that many documents, active or passive
    assert _agreements(MET + "The two sides signed two memoranda of understanding.") == [
        ("memorandum", "agreement.counted_plural")] * 2
    assert _agreements(MET + "Three agreements were signed during the visit.") == [
        ("agreement", "agreement.counted_plural")] * 3
    assert _agreements(MET + "They signed two agreements: one on readmission and one on the training of guards.") == [
        ("agreement", "agreement.counted_plural")] * 2
    # told again later, they are the same two; a list after a colon gives its own items; no number, one entry
    assert _agreements(MET + "They signed two protocols. The two protocols were signed by Zielinski and Kovalenko.") == [
        ("protocol", "agreement.counted_plural")] * 2
    assert [k for k, _r in _agreements(MET + "They signed two documents: an agreement on readmission and a protocol on "
                                       "its implementation.")] == ["agreement", "protocol"]
    assert _agreements(MET + "They signed cooperation agreements.") == [("agreement", "agreement.sign")]


def test_agreement_modifier_chain():
    # a kind word after a long chain of modifiers, with no preposition or verb among them, heads the document
    assert _agreements(MET + "Zielinski and Kovalenko signed the Polish-Ukrainian border guard cooperation agreement.") == [
        ("agreement", "agreement.sign")]
    assert _agreements(MET + "They attended the signing of the Europol – Ukraine operational cooperation agreement.") == [
        ("agreement", "agreement.sign")]
    assert _agreements(MET + "They signed the Poland–Ukraine border crime intelligence cooperation agreement.") == [
        ("agreement", "agreement.sign")]
    # a verb or a preposition between the verb and a late kind word: no document of that kind
    assert _agreements(MET + "They signed off on new guidelines for joint patrols under the agreement.") == []


def test_agreement_another_clause():
    # another occasion of the visit ('On the sidelines', 'In the margins of', 'Separately', 'On the same day') tells another
    # document of a kind already told
    for opener in ("On the sidelines, ", "In the margins of the meeting, ", "Separately, ", "On the same day, "):
        text = (MET + "The ministers signed an agreement on readmission. " + opener + "the two police chiefs signed an "
                "agreement on joint patrols.")
        assert [k for k, _r in _agreements(text)] == ["agreement", "agreement"], opener
    # the lead and the body telling one signing stay one
    assert [k for k, _r in _agreements(MET + "The ministers signed an agreement on readmission. The agreement on the "
                                       "return of migrants was signed by both ministers.")] == ["agreement"]


def test_agreement_exchanged_extended():
    # extending a document prolongs it: a document only as the object, of any kind
    assert _agreements(MET + "The two chiefs extended the memorandum of understanding on joint patrols until 2027.") == [
        ("memorandum", "agreement.exchanged")]
    assert _agreements(MET + "The two chiefs extended the joint training programme for two more years.") == [
        ("programme", "agreement.exchanged")]
    assert _agreements(MET + "The two chiefs extended their thanks to the team that drafted the agreement.") == []
    assert _agreements(MET + "The two chiefs extended an invitation to visit Kyiv to discuss an agreement.") == []


def test_agreement_sign_put_pen_to_paper():
    assert _agreements(MET + "The two chiefs put pen to paper on a protocol on joint patrols.") == [
        ("protocol", "agreement.sign")]


def test_agreement_copies_of_documents_on():
    # 'exchanged documents on the minutes': the documents are the minutes, the object of the exchange
    assert _agreements(MET + "The heads of the delegations signed and exchanged documents on the protocol of the "
                       "session.") == [("protocol", "agreement.exchanged")]
    # documents on a subject, or views on a document, are no document exchanged
    assert _agreements(MET + "The heads of the delegations exchanged documents on border cooperation.") == []
    assert _agreements(MET + "The heads of the delegations exchanged views on the protocol of 2019.") == []


def test_agreement_kind_agreement_joint_commitment():
    # a signed joint commitment is an agreement (real gold, dev6); a commitment only voiced is no document
    assert _agreements(MET + "The two ministers signed a revised Joint Commitment on border security.") == [
        ("agreement", "agreement.sign")]
    assert _agreements(MET + "The two ministers reaffirmed their joint commitment to border security.") == []


def test_award_relative_subject():
    # 'at which Y received ... from Z': the subject of 'received' is after the relative clause's opener
    text = (MET + "Zielinski hosted a ceremony at which Kovalenko received the Cross of Merit from the President of "
            "Poland.")
    assert [(a, s) for a, _k, _g, s, _r in _awards(text)] == [("Cross of Merit", "UKR")]
    text = (MET + "Zielinski recalled the day when Kovalenko was awarded the medal \"For Courage\" by the Polish "
            "Border Guard.")
    assert [(a, s) for a, _k, _g, s, _r in _awards(text)] == [("For Courage", "UKR")]


def test_award_exchanged_passive_nominal():
    # a nominal exchange of gifts with nobody named, or between the sides: one gift each way, no giver
    for tail in ("The meeting ended with an exchange of souvenirs.",
                 "The visit concluded with the exchange of mementos between the two delegations."):
        assert sorted((k, g, s, r) for _a, k, g, s, r in _awards(MET + tail)) == [
            ("gift", None, "POL", "award.exchanged_sides"), ("gift", None, "UKR", "award.exchanged_sides")], tail
    # between two people named: each gives the other (award.exchange_between); liaison officers are no gift
    assert sorted(g for _a, _k, g, _s, _r in _awards(MET + "The meeting ended with an exchange of gifts between "
                                                      "Zielinski and Kovalenko.")) == ["Ostap Kovalenko", "Piotr Zielinski"]
    assert _awards(MET + "The sides agreed on an exchange of liaison officers.") == []


def test_agreement_signed_later():
    # a document whose relative clause says it is still to be signed was not signed here, whatever was done to it
    for tail in ("The two chiefs initialled the text of the agreement on readmission, which will be signed later this year.",
                 "The two chiefs approved the joint action plan, which is expected to be signed in Kyiv."):
        assert _agreements(MET + tail) == [], tail
    # one signed here, with a relative clause about something else, still counts
    assert _agreements(MET + "The two chiefs signed the protocol, which will be implemented from July.") == [
        ("protocol", "agreement.sign")]


def test_agreement_nominal_not_early_signing():
    # 'called for the early signing of': a signing wished for, not done
    assert _agreements(MET + "The ministers called for the early signing of a readmission agreement.") == []
    assert _agreements(MET + "The ministers welcomed the signing of a readmission agreement.") == [
        ("agreement", "agreement.sign")]


def test_agreement_gerund_not_noun_of_possibility():
    # a gerund after 'the possibility of', 'the need of', 'ways of': a signing talked about, not done
    for tail in ("The ministers discussed the possibility of signing an agreement on data exchange.",
                 "They explored ways of signing a protocol on joint patrols before the summer."):
        assert _agreements(MET + tail) == [], tail
    assert _agreements(MET + "The visit ended with the ministers signing a protocol on joint patrols.") == [
        ("protocol", "agreement.sign")]


def test_award_verb_imposed():
    # 'imposed the medal on X', 'imposed on X the decoration of ...' (a Spanish or Portuguese calque): an award handed
    assert _awards(MET + "Zielinski imposed the Cross of Merit on Kovalenko.") == [
        ("Cross of Merit", "other", "Piotr Zielinski", "UKR", "award.conferred_on")]
    assert [(g, s) for _a, _k, g, s, _r in _awards(MET + "At the end of the visit, Zielinski imposed on General Kovalenko "
                                                   "the decoration of the Order of Merit.")] == [("Piotr Zielinski", "UKR")]
    # imposing anything else gives nothing
    assert _awards(MET + "The government imposed a curfew on the border town and sanctions on the smugglers.") == []


def test_award_with_only_distinguished_recognised():
    # 'distinguished X with the Order', 'recognised X with a plaque': only what follows 'with' is given
    for verb in ("distinguished", "recognised"):
        assert [(g, s) for _a, _k, g, s, _r in _awards(MET + f"Zielinski {verb} Kovalenko with the Order of Merit.")] == [
            ("Piotr Zielinski", "UKR")], verb
    assert _awards(MET + "Zielinski recognised the efforts of the Ukrainian guards.") == []
    assert _awards(MET + "Zielinski welcomed the distinguished guests with a speech.") == []
    # a capitalised 'Distinguished' is a word of the award's name, not a verb cutting the clause before it
    assert _awards(MET + "Kovalenko was conferred the Distinguished Service Cross by Zielinski.") == [
        ("Distinguished Service Cross", "other", "Piotr Zielinski", "UKR", "award.verb")]


def test_award_noun_recognition():
    # 'the recognition "Friend of the Border Guard"' (a translated 'reconocimiento') is an award; 'in recognition of' is a reason
    assert [(k, g, s) for _a, k, g, s, _r in _awards(MET + "Zielinski gave Kovalenko the recognition \"Friend of the "
                                                     "Polish Border Guard\".")] == [("other", "Piotr Zielinski", "UKR")]
    assert _awards(MET + "Zielinski praised Kovalenko in recognition of his support to the joint patrols.") == []


def test_award_ref_peer():
    # 'his foreign peer' is his counterpart: the other side receives
    text = (MET + "After the talks, Zielinski imposed the Cross of Merit on his foreign peer.")
    assert [(g, s) for _a, _k, g, s, _r in _awards(text)] == [("Piotr Zielinski", "UKR")]
    assert [(g, s) for _a, _k, g, s, _r in _awards(MET + "Kovalenko presented a plaque to his Polish peer.")] == [
        ("Ostap Kovalenko", "POL")]


def test_award_verb_delivered_passive():
    # a passive whose subject is the award ('The decoration ... was delivered to X by Y'); a speech or aid delivered is none
    assert [(g, s) for _a, _k, g, s, _r in _awards(MET + "The decoration \"Shield of Merit\" was delivered to Kovalenko "
                                                   "by Zielinski.")] == [("Piotr Zielinski", "UKR")]
    assert [(g, s) for _a, _k, g, s, _r in _awards(MET + "The medal was given to Kovalenko by Zielinski.")] == [
        ("Piotr Zielinski", "UKR")]
    assert _awards(MET + "Zielinski delivered a speech on border security. Aid was delivered to the border town.") == []


def test_award_vague_retold():
    # 'X was decorated during the visit' then 'Y presented the honorary medal to X': one award, Y gives it
    text = (MET + "Kovalenko was decorated during his visit to the Border Guard Academy. After a parade of the cadets, "
            "the commandant of the academy, Colonel Adam Nowak, presented the honorary medal of the academy to Kovalenko.")
    assert [(g, s) for _a, _k, g, s, _r in _awards(text)] == [("Adam Nowak", "UKR")]
    # a thing of its own given by nobody named stays another award ('The guests were presented with souvenirs')
    text = (MET + "The guests were presented with souvenirs, and Zielinski gave the Cross of Merit to Kovalenko.")
    assert sorted(g or "-" for _a, _k, g, _s, _r in _awards(text)) == ["-", "Piotr Zielinski"]


def test_award_consul_ref_and_shields_exchanged():
    # 'the Consul General' refers to the consul met; shields exchanged between two referred-to people: one gift each way
    head = "date 2024-06-12 Source: Police of Poland\n\n"
    met = ("A Ukrainian delegation led by Consul General Olena Hrytsenko called on the Chief of the Polish Police, General "
           "Marek Boron, in Warsaw on Friday. ")
    assert [(g, s) for _a, _k, g, s, _r in _awards(met + "The Consul General was presented with the Polish Police shield.",
                                                   head)] == [(None, "UKR")]
    assert sorted((k, s) for _a, k, _g, s, _r in _awards(met + "Later, shields were exchanged between the chief and the "
                                                         "Consul General.", head)) == [("gift", "POL"), ("gift", "UKR")]


def test_award_not_an_award_object_ranks():
    # the insignia of a promotion are no award; an honorary rank is one
    assert _awards(MET + "Zielinski decorated the newly promoted officers with their new ranks.") == []
    assert [(g, s) for _a, _k, g, s, _r in _awards(MET + "Zielinski awarded Kovalenko the honorary rank of colonel.")] == [
        ("Piotr Zielinski", "UKR")]


def test_meeting_award_handed_imposed_delivered():
    # an award imposed or delivered is a meeting even with no meeting word
    for tail in ("The Commander of the Polish Border Guard, General Adam Nowak, imposed the Cross of Merit on the Commander "
                 "of the Border Guard of Ukraine, General Ostap Kovalenko, at the headquarters in Warsaw on Tuesday.",
                 "The Cross of Merit was delivered to the Commander of the Border Guard of Ukraine, General Ostap Kovalenko, "
                 "by the Commander of the Polish Border Guard, General Adam Nowak, in Warsaw on Tuesday."):
        meetings = extract(HEAD + tail).meetings
        assert len(meetings) == 1, tail
        assert [(a.giver, a.recipient_side) for a in meetings[0].awards] == [("Adam Nowak", "UKR")], tail


def test_agreement_kind_other_minutes():
    # minutes and a record of discussions are `other` (every real gold files minutes so); a protocol stays a protocol
    assert [k for k, _r in _agreements(MET + "At the end of the talks, the two sides signed the minutes of the meeting.")] == [
        "other"]
    assert [k for k, _r in _agreements(MET + "They signed the Joint Record of Discussions (JRD).")] == ["other"]
    assert [k for k, _r in _agreements(MET + "They signed the Protocol of the working meeting.")] == ["protocol"]
