"""Examples of the agreement.* and award.* rules that read where a document or an award sits in the sentence: one
test per rule id, named after it (as in test_extract_rules.py). Every sentence is written for the test (fictional
people)."""

from whomet.store.extract import extract

HEAD = "date 2024-06-12 Source: Ministry of Interior of the Republic of Poland\n\n"
MET = ("On 11 June, Polish Deputy Minister Piotr Zielinski met Major General Ostap Kovalenko, Commander of the Border "
       "Guard of Ukraine, in Warsaw. ")


def _agreements(text):
    return [(a.kind, a.title, a.rule) for m in extract(HEAD + text).meetings for a in m.agreements]


def _awards(text):
    return [(a.award, a.giver, a.recipient_side, a.rule) for m in extract(HEAD + text).meetings for a in m.awards]


def test_agreement_lead_signing():
    # the lead tells the signing with nobody named; the paragraph dated the day before tells the visit
    text = ("WARSAW, June 12. A memorandum was signed between the border services of Poland and Ukraine.\n\n"
            "On June 11, a delegation led by the Commander of the Border Guard of Ukraine, Major General Ostap "
            "Kovalenko, arrived in Poland. Deputy Minister Piotr Zielinski received his Ukrainian counterpart.")
    meetings = extract(HEAD + text).meetings
    assert [[(a.kind, a.rule) for a in m.agreements] for m in meetings] == [[("memorandum", "agreement.lead_signing")]]
    # told again in the body: one document
    again = text + " The two officials signed the memorandum after the talks."
    assert [a.kind for m in extract(HEAD + again).meetings for a in m.agreements] == ["memorandum"]
    # a release naming nobody: the signing is its meeting
    assert [(k, r) for k, _t, r in _agreements("The border services of Poland and Ukraine have signed an agreement "
                                                "on the exchange of liaison officers.")] == [
        ("agreement", "agreement.sign")]


def test_agreement_signed_after_document():
    assert _agreements(MET + "The memorandum signed today provides for joint patrols.") == [
        ("memorandum", "Memorandum", "agreement.signed_after_document")]
    assert [k for k, _t, _r in _agreements(MET + "The Protocol on joint patrols signed at the end of the talks "
                                           "enters into force in July.")] == ["protocol"]


def test_agreement_signed_after_document_time():
    # without this meeting's time or occasion the participle tells a document of the past or a press statement
    assert _agreements(MET + "They reviewed the work done in line with the agreement signed by both services.") == []
    assert _agreements(MET + "Cooperation rests on a memorandum signed between the two services.") == []
    assert _agreements(MET + "They will follow up the plan signed during the minister's recent visit.") == []
    assert _agreements(MET + "According to a statement signed by the spokesman, the talks went well.") == []


def test_agreement_noun_phrase_stop():
    # a passive's subject is read back from its first document to the word that opens the clause
    assert [(k, t) for k, t, _r in _agreements(MET + "The guests toured the port after the Agreement on readmission "
                                               "was signed.")] == [("agreement", "Agreement on readmission")]
    assert [k for k, _t, _r in _agreements(MET + "The final session reviewed the reports of the working groups and "
                                           "finalised the 2nd Joint Communique, which was signed by both heads.")] == [
        "statement"]


def test_agreement_definite_mention():
    # 'the arrangement' with nothing of its own after it is the one signed before, not a second one
    found = _agreements(MET + "They signed a Customs Cooperation Arrangement on data exchange. The signing of the "
                        "arrangement also marked ten years of cooperation.")
    assert [k for k, _t, _r in found] == ["other"]
    found = _agreements(MET + "They signed a memorandum of understanding on training. Piotr Zielinski and Ostap "
                        "Kovalenko signed the agreement at the Border Guard Headquarters in Warsaw.")
    assert [k for k, _t, _r in found] == ["memorandum"]
    # a definite document with a title of its own is another one
    found = _agreements(MET + "They signed a memorandum of understanding on training. They also signed the agreement "
                        "on readmission.")
    assert sorted(k for k, _t, _r in found) == ["agreement", "memorandum"]


def test_agreement_signing_ceremony_of():
    assert [k for k, _t, _r in _agreements(MET + "The signing ceremony of the Protocol on joint patrols followed "
                                           "the talks.")] == ["protocol"]


def test_award_honoured_with():
    assert _awards(MET + "Ostap Kovalenko laid a wreath in the Avenue of Honour and honoured the memory of the fallen "
                   "border guards.") == []
    assert _awards(MET + "The guests honored the victims of the flood.") == []
    assert [(g, r) for _a, g, r, _rule in _awards(MET + "Ostap Kovalenko honored Piotr Zielinski with a commemorative "
                                                  "plaque.")] == [("Ostap Kovalenko", "POL")]


def test_award_same_award_the_one_who_hands_it_gives_it():
    found = _awards(MET + "Ostap Kovalenko received the Cross of Merit from President Marek Wolski. The award was "
                    "presented by Piotr Zielinski.")
    assert found == [("Cross of Merit", "Piotr Zielinski", "UKR", "award.same_award")]
    found = _awards(MET + "Ostap Kovalenko was awarded the Cross of Merit by the President of Poland, which was "
                    "presented by Piotr Zielinski.")
    assert found == [("Cross of Merit", "Piotr Zielinski", "UKR", "award.same_award")]


def test_award_passive_ref_subject_side():
    assert [(g, r) for _a, g, r, _rule in _awards(MET + "The Polish side was presented with gifts by Ostap "
                                                  "Kovalenko.")] == [("Ostap Kovalenko", "POL")]


def test_award_group_noun():
    found = _awards(MET + "Medals were presented to Ukrainian and Polish officers.")
    assert [(a, g, r) for a, g, r, _rule in found] == [(None, None, "UKR"), (None, None, "POL")]


def test_award_pronoun_recipient():
    found = _awards(MET + "After the talks, Piotr Zielinski thanked Ostap Kovalenko and gave him a crystal vase.")
    assert [(g, r) for _a, g, r, _rule in found] == [("Piotr Zielinski", "UKR")]


def test_award_following_list():
    found = _awards(MET + "The following officers were awarded by Piotr Zielinski: Colonel Jan Nowak, the Medal of "
                    "Merit; Major Taras Melnyk of Ukraine, the Badge of Honour.")
    assert sorted((g, r) for _a, g, r, _rule in found) == [("Piotr Zielinski", "POL"), ("Piotr Zielinski", "UKR")]


def test_award_named_is_more_than_a_capitalised_noun():
    found = _awards(MET + "Medals were awarded to two Ukrainian officers, Major Taras Melnyk and Captain Ivan Bondar.")
    assert [(a, r) for a, _g, r, _rule in found] == [(None, "UKR")]


def test_award_retold():
    found = _awards(MET + "Poland has awarded Ostap Kovalenko the Border Cross Medal for his part in joint patrols. "
                    "Presenting Ostap Kovalenko with the award in Warsaw, Piotr Zielinski praised the Ukrainian Border "
                    "Guard.")
    assert found == [("Border Cross Medal", "Piotr Zielinski", "UKR", "award.retold")]
    found = _awards(MET + "Ukraine on Tuesday conferred a high award on Piotr Zielinski. The Cross of Merit was presented "
                    "to Piotr Zielinski by Ostap Kovalenko, on behalf of the President of Ukraine.")
    assert found == [("Cross of Merit", "Ostap Kovalenko", "POL", "award.retold")]
    # another thing given to the same person is another award
    found = _awards(MET + "Piotr Zielinski was awarded a medal of the Ukrainian Border Guard. Ostap Kovalenko also "
                    "presented Piotr Zielinski with a plaque.")
    assert [(g, r) for _a, g, r, _rule in found] == [(None, "POL"), ("Ostap Kovalenko", "POL")]


def test_agreement_exchanged():
    assert _agreements(MET + "After the talks, the two chiefs exchanged the Memorandum of Understanding on joint "
                       "training.") == [("memorandum", "Memorandum of Understanding on joint training",
                                         "agreement.exchanged")]
    assert [k for k, _t, _r in _agreements(MET + "They witnessed the exchange of a Protocol on joint patrols between "
                                           "the two academies.")] == ["protocol"]
    assert [k for k, _t, _r in _agreements(MET + "They signed and exchanged a Memorandum on training.")] == [
        "memorandum"]
    # views on a document, or a plan handed to the other side, are no signed document
    assert _agreements(MET + "The two sides exchanged views on the draft agreement.") == []
    assert _agreements(MET + "Piotr Zielinski handed over a plan of the joint operation to his guest.") == []
    # nor is a document handed over a gift
    assert [a for m in extract(HEAD + MET + "Piotr Zielinski handed over a memorandum to Ostap Kovalenko.").meetings
            for a in m.awards] == []
    assert [k for k, _t, r in _agreements("The interior ministries of Poland and Ukraine entered into a Memorandum of "
                                           "Understanding on police training on Tuesday.")] == ["memorandum"]
    assert _agreements(MET + "The two ministries entered into talks on the agreement.") == []


def test_meeting_signing_inked():
    # a release that only tells a signing, with a signing word the meeting cues know
    assert [k for k, _t, _r in _agreements("A Memorandum of Understanding on police training was inked between Poland "
                                           "and Ukraine in Warsaw on Tuesday.")] == ["memorandum"]


def test_award_exchanged_then_an_award_of_its_own():
    found = _awards(MET + "At the end, the delegations exchanged souvenirs, and Piotr Zielinski presented a silver "
                    "plaque to the head of the Ukrainian delegation.")
    assert [(g, r, rule) for _a, g, r, rule in found] == [
        (None, "UKR", "award.exchanged_sides"), (None, "POL", "award.exchanged_sides"),
        ("Piotr Zielinski", "UKR", "award.verb")]


def test_award_and_passive():
    # the second passive verb's subject is the first one's; its agent is its own, not the first award's
    found = _awards(MET + "Ostap Kovalenko was honoured with the Medal of the Polish Border Guard and was presented "
                    "with a memento by Piotr Zielinski.")
    assert found == [("Medal of the Polish Border Guard", None, "UKR", "award.verb"),
                     (None, "Piotr Zielinski", "UKR", "award.verb")]


def test_award_gifted_given_and_presentation_of():
    assert [(g, r) for _a, g, r, _rule in _awards(MET + "Ostap Kovalenko gifted a carved chess set to Piotr "
                                                  "Zielinski.")] == [("Ostap Kovalenko", "POL")]
    assert [(g, r) for _a, g, r, _rule in _awards(MET + "As a token of friendship, the guests were given a "
                                                  "commemorative album.")] == [(None, "UKR")]
    assert [(g, r) for _a, g, r, _rule in _awards(MET + "The visit ended with the presentation of awards to Ukrainian "
                                                  "officers.")] == [(None, "UKR")]
    # given a tour, a welcome: nothing given to keep
    assert _awards(MET + "The guests were given a tour of the training centre and a warm welcome.") == []


def test_award_not_an_award_head():
    assert _awards(MET + "Piotr Zielinski presented the work of the Border Guard and its awards system.") == []


def test_award_who_passive():
    # told of a group in a relative clause: no award handed at the meeting
    assert _awards(MET + "Piotr Zielinski congratulated the officers who were awarded state honours on Police "
                   "Day.") == []
    # a person's relative clause: that person receives, not the one before
    assert [(a, r) for a, _g, r, _rule in _awards(MET + "Piotr Zielinski thanked Ostap Kovalenko, who was awarded "
                                                  "the medal \"For Merit\".")] == [("For Merit", "UKR")]


def test_award_gift_to_nobody_named_goes_to_the_other_side():
    assert [(g, r) for _a, g, r, _rule in _awards(MET + "Ostap Kovalenko presented a gift.")] == [
        ("Ostap Kovalenko", "POL")]


TRILATERAL = ("date 2024-07-11 Source: State Border Service of the Kyrgyz Republic\n\nOn 10 July, Major General Ulan "
              "Asanov, Chairman of the State Border Service of Kyrgyzstan, hosted Lieutenant General Yerlan Nurlanov of "
              "Kazakhstan and Major General Faridun Rahimov of Tajikistan in Cholpon-Ata. ")


def _awards3(text):
    return sorted((a.giver or "", a.recipient_side, a.rule) for m in extract(TRILATERAL + text).meetings
                  for a in m.awards)


def test_award_plural_reference_covers_every_side():
    assert _awards3("The guests were presented with the badge \"Honorary Border Guard\".") == [
        ("", "KAZ", "award.verb"), ("", "TJK", "award.verb")]
    assert _awards3("Ulan Asanov presented souvenirs to his guests.") == [
        ("Ulan Asanov", "KAZ", "award.verb"), ("Ulan Asanov", "TJK", "award.verb")]


def test_award_exchanged_among_three_heads():
    found = _awards3("The heads of delegations exchanged souvenirs.")
    assert len(found) == 6 and {(g, r) for g, r, _rule in found} == {
        (g, r) for g, s in (("Ulan Asanov", "KGZ"), ("Yerlan Nurlanov", "KAZ"), ("Faridun Rahimov", "TJK"))
        for r in ("KGZ", "KAZ", "TJK") if r != s}


def test_award_co_givers():
    assert _awards3("Yerlan Nurlanov and Faridun Rahimov presented their host with souvenirs.") == [
        ("Faridun Rahimov", "KGZ", "award.verb"), ("Yerlan Nurlanov", "KGZ", "award.co_givers")]
    # one subject and the object of another verb: one giver
    assert _awards3("Ulan Asanov thanked Yerlan Nurlanov and presented him with a plaque.") == [
        ("Ulan Asanov", "KAZ", "award.verb")]


def test_agreement_present_not():
    # a headline in the present tells the signing; the body telling it again is the same document
    head = "Poland, Ukraine sign MoU on border security\n\n"
    assert [k for k, _t, _r in _agreements(head + MET + "They discussed border security.")] == ["memorandum"]
    assert [k for k, _t, _r in _agreements(head + MET + "They signed a memorandum of understanding on border "
                                           "security.")] == ["memorandum"]
    # planned, wished for, or done every year by 'they': no signing here
    assert _agreements("Poland and Ukraine to sign MoU on border security\n\n" + MET) == []
    assert _agreements(MET + "Ukraine wants to sign a protocol. Both sides are ready to sign a memorandum. They sign a "
                       "plan every year.") == []


def test_agreement_sign_sealed():
    assert [k for k, _t, _r in _agreements(MET + "The two chiefs sealed an agreement on joint patrols.")] == [
        "agreement"]
    assert _agreements(MET + "The police sealed the border crossing for two hours.") == []


def test_date_earlier_time_month_and_previous_meeting():
    # the meeting is on 11 June: a month before it, or the previous meeting, tells background
    assert _awards(MET + "In March, Piotr Zielinski was awarded the Order of Merit by Ukraine.") == []
    assert _agreements(MET + "At the previous meeting in Kyiv, the sides signed a Protocol on joint patrols.") == []
    # the meeting's own month is not before it
    assert [k for k, _t, _r in _agreements(MET + "In June, they signed a Protocol on joint patrols.")] == ["protocol"]


def test_agreement_present_tense():
    # the headline's loose word gives way to what the body tells
    head = "Poland, Ukraine sign agreement on border security\n\n"
    assert [k for k, _t, _r in _agreements(head + MET + "They signed a memorandum of understanding on border "
                                           "security.")] == ["memorandum"]
    assert [(k, r) for k, _t, r in _agreements(head + MET + "They discussed border security.")] == [
        ("agreement", "agreement.present_tense")]


def test_agreement_inverted_passive():
    assert [(k, r) for k, _t, r in _agreements(MET + "This morning was signed the Protocol between the two border "
                                               "guards on contact points.")] == [
        ("protocol", "agreement.inverted_passive")]
    assert [(k, r) for k, _t, r in _agreements(MET + "A Protocol on contact points was signed the same day.")] == [
        ("protocol", "agreement.passive")]


def test_award_retold_on_behalf():
    # the absent head of state said to award it, the one present who hands it on his behalf gives it
    found = _awards(MET + "President Marek Wolski awarded Ostap Kovalenko the Order of Merit. Piotr Zielinski handed "
                    "the order over to Ostap Kovalenko on behalf of the President.")
    assert [(a, g, r) for a, g, r, _rule in found] == [("Order of Merit", "Piotr Zielinski", "UKR")]


def test_award_donated():
    assert [(g, r) for _a, g, r, _rule in _awards(MET + "Ostap Kovalenko donated the honorary medal of the Ukrainian "
                                                  "Border Guard Academy to Piotr Zielinski.")] == [
        ("Ostap Kovalenko", "POL")]
    assert _awards(MET + "Ostap Kovalenko donated two patrol cars to the Polish Border Guard.") == []


def test_award_planned_handing_in_a_which_clause():
    assert _awards(MET + "Ostap Kovalenko has been awarded the Order of Merit, which will be presented to him in "
                   "Kyiv.") == []


def test_award_absent_official_is_no_member():
    text = MET + "Ostap Kovalenko received the Cross of Merit from President Marek Wolski. The award was presented by Piotr Zielinski."
    members = {m.name for mt in extract(HEAD + text).meetings for d in mt.delegations for m in d.members}
    assert members == {"Piotr Zielinski", "Ostap Kovalenko"}
    # one told elsewhere as taking part stays
    text = MET + ("President Marek Wolski greeted the guests. Ostap Kovalenko received the Cross of Merit from "
                  "President Marek Wolski. The award was presented by Piotr Zielinski.")
    members = {m.name for mt in extract(HEAD + text).meetings for d in mt.delegations for m in d.members}
    assert "Marek Wolski" in members


def test_agreement_kind_moc_sop_letter_of_cooperation():
    found = _agreements(MET + "They signed an MOC on training, the SOP on joint patrols and a Letter of Cooperation "
                        "on cadets.")
    assert [k for k, _t, _r in found] == ["memorandum", "other", "other"]


def test_award_noun_coin_and_medallion():
    found = extract(HEAD + MET + "Piotr Zielinski presented a commemorative coin to Ostap Kovalenko, who gave him a "
                    "bronze medallion.").meetings[0].awards
    assert [(a.kind, a.giver, a.recipient_side) for a in found] == [("gift", "Piotr Zielinski", "UKR"),
                                                                    ("medal", "Ostap Kovalenko", "POL")]


def test_award_received_from_with_the_receiver_unnamed():
    # the receiver is not among the people found: the other side of the meeting receives; told again, one award
    text = ("The Commander of the Polish Border Guard today received the \"Border Star\" award from the Ukrainian "
            "Major General Ostap Kovalenko in Warsaw. The award was presented by Ostap Kovalenko at a ceremony.")
    found = [(a.award, a.giver, a.recipient_side) for m in extract(HEAD + text).meetings for a in m.awards]
    assert found == [("Border Star", "Ostap Kovalenko", "POL")]


def test_agreement_lead_including_among_them():
    found = _agreements(MET + "They signed a number of documents, including an agreement on readmission and a protocol "
                        "on joint patrols. They also signed five plans, among them a Plan of joint exercises.")
    assert [(k, t) for k, t, _r in found][:2] == [("agreement", "Agreement on readmission"),
                                                  ("protocol", "Protocol on joint patrols")]
    # five plans are five documents, the one named among them (agreement.counted_includes)
    assert [k for k, _t, _r in found][2:] == ["plan"] * 5
    assert ("plan", "Plan of joint exercises") in [(k, t) for k, t, _r in found]


def test_award_reduced_passive():
    # 'receives the award presented by X': the participle's agent gives, the clause's subject receives
    found = _awards(MET + "Ostap Kovalenko receives the badge of the Polish Border Guard presented by Piotr "
                    "Zielinski.")
    assert [(g, r) for _a, g, r, _rule in found] == [("Piotr Zielinski", "UKR")]
    # an agent named by a post nobody present holds: the side gives, not some member of it
    found = extract(HEAD + MET + "Ostap Kovalenko was presented with a plaque by the Polish Ambassador.").meetings[0]
    assert [(a.giver, a.giver_side, a.recipient_side) for a in found.awards] == [(None, "POL", "UKR")]


# Awards and agreements as real pages write them (d28-award batch): one test per rule id added then.

def test_meeting_award_handed():
    # a medal handed over is a meeting, though no meeting word is written
    text = ("The Commander of the Border Guard of Ukraine, Major General Ostap Kovalenko, presented Deputy Minister "
            "Piotr Zielinski with the badge \"For Cooperation\" in Warsaw on 11 June.")
    [meeting] = extract(HEAD + text).meetings
    assert [(a.giver, a.recipient_side) for a in meeting.awards] == [("Ostap Kovalenko", "POL")]
    # a report presented to a council tells no meeting; an award still to be handed neither
    assert extract(HEAD + "The results were also presented to the members of the council, said the Commander of the "
                   "Border Guard of Ukraine, Major General Ostap Kovalenko.").meetings == []
    assert extract(HEAD + "Medals will be presented to the Commander of the Border Guard of Ukraine, Major General "
                   "Ostap Kovalenko, at a ceremony next month.").meetings == []


def test_agreement_gerund_not():
    # 'in addition to signing a memorandum' tells a signing; 'committed to signing' and 'discussed signing' do not
    text = ("On 11 June, Deputy Minister Piotr Zielinski and Major General Ostap Kovalenko of Ukraine held talks in "
            "Warsaw, in addition to signing a memorandum of understanding on joint patrols.")
    assert [(k, r) for k, _t, r in _agreements(text)] == [("memorandum", "agreement.sign")]
    assert _agreements(MET + "The two sides committed to signing a memorandum on joint patrols.") == []
    assert _agreements(MET + "They also discussed signing a protocol on readmission.") == []


def test_agreement_ceremony_document():
    text = MET + ("The agreement covers joint patrols and the exchange of liaison officers. Speaking after the signing "
                  "ceremony, Piotr Zielinski thanked his guest.")
    assert _agreements(text) == [("agreement", "Agreement", "agreement.ceremony_document")]
    # a ceremony still to come, or a document only discussed, is none
    assert _agreements(MET + "The agreement covers joint patrols. The signing ceremony will take place in Kyiv.") == []
    assert _agreements(MET + "The agreement covers joint patrols, Piotr Zielinski said.") == []


def test_agreement_passive_after_a_first_verb():
    # 'was drawn up and signed': the passive reads through the first verb
    assert [k for k, _t, _r in _agreements(MET + "A protocol of the talks was drawn up and signed by both sides.")] == [
        "protocol"]


def test_agreement_kind_understanding_agreement_and_deal():
    # a translated 'understanding agreement' is the memorandum told before; a deal is an agreement
    text = MET + ("The two officials signed a memorandum of understanding on police training. Later, Piotr Zielinski "
                  "said the understanding agreement would be applied at once.")
    assert [k for k, _t, _r in _agreements(text)] == ["memorandum"]
    assert [k for k, _t, _r in _agreements(MET + "The two officials also inked a deal on border patrols.")] == ["agreement"]


def test_award_recipient_setting():
    # where and when the medal was handed are not its recipients: 'him' is the one told before
    text = ("Major General Ostap Kovalenko of Ukraine has become the first Ukrainian officer to receive the Polish "
            "Border Guard Cross. It was presented to him at the Polish Embassy in Kyiv on Monday.")
    assert _awards(text) == [("Polish Border Guard Cross", None, "UKR", "award.named_before")]


def test_award_named_before():
    text = MET + ("Ostap Kovalenko is the first foreign officer to receive the Jade Shield Commemorative Medal. The "
                  "medal was presented to him during the visit.")
    assert _awards(text) == [("Jade Shield Commemorative Medal", None, "UKR", "award.named_before")]
    # an award with a giver keeps its own key; a medal of another kind takes no name
    assert _awards(MET + "Ostap Kovalenko received the Jade Shield Commemorative Medal. A certificate was presented to "
                   "him during the visit.") == [(None, None, "UKR", "award.verb")]


def test_award_named_before_pronoun():
    # 'It was presented to him': the pronoun stands for the award of the sentence before
    text = MET + "Ostap Kovalenko received the Border Guard Cross of Poland on this occasion. It was presented to him by Piotr Zielinski."
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Piotr Zielinski", "UKR")]


def test_award_fronted_passive():
    text = MET + ("Ostap Kovalenko received the \"Guardian of the Border\" award. Presented by Piotr Zielinski at a "
                  "ceremony in Warsaw, the award recognises ten years of joint patrols.")
    assert _awards(text) == [(None, "Piotr Zielinski", "UKR", "award.fronted_passive")]


def test_award_retold_group():
    text = ("By decree of the President of Poland, two officers of the State Border Guard Service of Lithuania were "
            "awarded the medal \"For Border Cooperation\". The medals were pinned on Colonel Jonas Petraitis and Major "
            "Rasa Kazlauskiene by the Commander of the Polish Border Guard, General Piotr Zielinski, in Warsaw on 11 "
            "June, during a working meeting of the two services.")
    [meeting] = extract(HEAD + text).meetings
    [award] = meeting.awards
    assert (award.award, award.giver, award.recipient_side, award.rule) == (
        "For Border Cooperation", "Piotr Zielinski", "LTU", "award.retold_group")
    sides = {m.name: (d.side, m.side_rule) for d in meeting.delegations for m in d.members}
    assert sides["Jonas Petraitis"] == sides["Rasa Kazlauskiene"] == ("LTU", "award.retold_group")


def test_award_passive_group_subject_keeps_its_owner():
    text = MET + "Two officers of the Ukrainian border guard were awarded the medal \"For Cooperation\"."
    assert [(a, s) for a, _g, s, _r in _awards(text)] == [("For Cooperation", "UKR")]


def test_award_among_those():
    text = MET + "Among those awarded the medal \"For Merit\" were Ostap Kovalenko and Colonel Andriy Melnyk of Ukraine."
    assert _awards(text) == [("For Merit", None, "UKR", "award.among_those")]


def test_award_among_those_were():
    # no 'were' after the verb: no recipients told, no award
    assert _awards(MET + "Among those awarded for bravery this year, the border guards stand out.") == []


def test_award_received_by():
    text = MET + "Silver medals for merit were received by Ostap Kovalenko and Colonel Andriy Melnyk of Ukraine."
    assert _awards(text) == [(None, None, "UKR", "award.received_by")]
    assert _awards(MET + "The delegation was received by the Polish minister.") == []


def test_award_conferred_on():
    # the words of the award's own name ('of the Polish Police') are no recipients
    text = MET + "Piotr Zielinski bestowed the Gold Badge of the Polish Police on Ostap Kovalenko."
    assert _awards(text) == [("Gold Badge of the Polish Police", "Piotr Zielinski", "UKR", "award.conferred_on")]


def test_award_side_subject():
    text = MET + ("Poland has awarded Ostap Kovalenko the Border Guard Cross. Presenting Kovalenko with the award, "
                  "Piotr Zielinski praised the Ukrainian border service.")
    assert _awards(text) == [("Border Guard Cross", "Piotr Zielinski", "UKR", "award.retold")]
    # alone, the country gives
    alone = extract(HEAD + MET + "Poland has awarded Ostap Kovalenko the Border Guard Cross.").meetings[0].awards
    assert [(a.giver, a.giver_side, a.recipient_side, a.rule) for a in alone] == [
        (None, "POL", "UKR", "award.side_subject")]


def test_award_passive_ref_person():
    text = MET + "The Ukrainian commander was also awarded the honorary badge \"For Cooperation\"."
    assert _awards(text) == [("For Cooperation", None, "UKR", "award.verb")]


def test_award_title_of_is_an_award():
    text = MET + "Piotr Zielinski conferred upon Ostap Kovalenko the title of Honorary Officer of the Polish Border Guard."
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Piotr Zielinski", "UKR")]


def test_agreement_already_signed():
    # a signing the text places before the meeting without a date is background
    assert _agreements(MET + "The two ministries have already signed memoranda on joint training and on the fight "
                       "against smuggling.") == []
    assert _agreements(MET + "The two services had signed a protocol on liaison officers earlier.") == []
    # this meeting's signing still counts
    assert [k for k, _t, _r in _agreements(MET + "The two services signed a protocol on liaison officers.")] == ["protocol"]


def test_agreement_already_signed_fronted():
    assert _agreements(MET + "Since then, the two countries have signed agreements on police cooperation.") == []
    assert _agreements(MET + "So far, the border services have signed a memorandum on joint patrols.") == []


def test_agreement_relative_opening():
    # '..., which amends the agreement signed by their predecessors' is a clause about the protocol, no second document
    assert [k for k, _t, _r in _agreements(MET + "The two officials signed a protocol, which amends the agreement signed "
                                           "by their predecessors.")] == ["protocol"]


def test_agreement_nominal_not_since():
    assert _agreements(MET + "They reviewed the progress made since the signing of the memorandum in Kyiv.") == []
    assert _agreements(MET + "They marked the tenth anniversary of the signing of the readmission agreement.") == []


def test_award_presentation_by():
    text = MET + "The ceremony ended with the presentation of awards to Ukrainian officers by Piotr Zielinski."
    assert _awards(text) == [(None, "Piotr Zielinski", "UKR", "award.presentation_by")]


def test_award_pronoun_recipient_of_the_other_side():
    # 'who in turn presented him with ...' after a group of the other side: 'him' is the host, not a guest
    text = MET + ("The Polish minister handed souvenirs to the Ukrainian guests, who in turn presented him with a "
                  "painting.")
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Piotr Zielinski", "UKR"), (None, "POL")]


def test_award_exchanged_passive():
    # nobody named exchanges: each side of a two-side meeting gives the other, no giver
    [meeting] = extract(HEAD + MET + "At the end of the meeting, souvenirs were exchanged.").meetings
    assert sorted((a.giver, a.giver_side, a.recipient_side, a.rule) for a in meeting.awards) == [
        (None, "POL", "UKR", "award.exchanged_sides"), (None, "UKR", "POL", "award.exchanged_sides")]
    assert _awards(MET + "Souvenirs will be exchanged at the next meeting.") == []


def test_award_plural_peers_both():
    text = ("On 11 June in Warsaw, the Minister of Interior of Poland, Piotr Zielinski, hosted the Minister of Internal "
            "Affairs of Ukraine, Ostap Kovalenko, and the Minister of the Interior of Lithuania, Jonas Petraitis. Piotr "
            "Zielinski presented commemorative medals to both ministers.")
    assert sorted(s for _a, _g, s, _r in _awards(text)) == ["LTU", "UKR"]


def test_award_reduced_relative():
    # a group named as the object of another verb, with the participle after it, tells no award handed
    assert _awards(MET + "Piotr Zielinski congratulated the officers awarded the medal \"For Bravery\" last month.") == []
    # the group as the subject hands the award
    assert [g for _a, g, _s, _r in _awards(MET + "Piotr Zielinski awarded the medal \"For Bravery\" to two Ukrainian "
                                       "officers.")] == ["Piotr Zielinski"]


def test_award_same_award_group():
    # the award told to a group, then handed 'to the officers' by X: one award, X gives it to the group's side
    for text in ("Four Ukrainian police officers were awarded medals of the Polish Police. The medals were handed to "
                 "the officers by Piotr Zielinski.",
                 "Ukrainian border guards have been awarded high Polish awards for their help during the flood. Piotr "
                 "Zielinski handed the awards to the guards."):
        assert [(g, s, r) for _a, g, s, r in _awards(MET + text)] == [("Piotr Zielinski", "UKR", "award.same_award")]


def test_award_group_named_after():
    text = ("In Warsaw on 11 June, the Chief of the Polish Police, General Adam Nowak, decorated three officers of the "
            "National Police of Ukraine with the Police Merit Badge. The officers, Major Taras Bondar, Captain Olena "
            "Shevchenko and Lieutenant Ivan Melnyk, helped to trace stolen cars.")
    [meeting] = extract(HEAD + text).meetings
    [award] = meeting.awards
    assert (award.giver, award.recipient_side, award.rule) == ("Adam Nowak", "UKR", "award.group_named_after")
    assert award.recipients == ["Taras Bondar", "Olena Shevchenko", "Ivan Melnyk"]
    sides = {m.name: (d.side, m.side_rule) for d in meeting.delegations for m in d.members}
    assert sides["Olena Shevchenko"] == ("UKR", "award.group_named_after")


def test_meeting_award_handed_decorated_with_a_cross():
    text = ("Ukrainian border chief receives Polish award\n\nOn 11 June in Warsaw, the Minister of Interior of Poland, "
            "Piotr Zielinski, presented the Commander of the Border Guard of Ukraine, Ostap Kovalenko, with the Cross "
            "of Merit of the Polish Border Guard.")
    assert [(a.giver, a.recipient_side) for m in extract(HEAD + text).meetings for a in m.awards] == [
        ("Piotr Zielinski", "UKR")]


def test_agreement_passive_including():
    text = MET + "A number of documents were signed, including a memorandum on training and a plan of joint patrols."
    assert [(k, r) for k, _t, r in _agreements(text)] == [("memorandum", "agreement.passive_including"),
                                                          ("plan", "agreement.passive_including")]
    # documents only discussed, with no list
    assert _agreements(MET + "Several documents were discussed, including a memorandum on training.") == []


def test_agreement_sign_put_signatures():
    text = MET + "After the talks, the two officials put their signatures to a protocol on joint patrols."
    assert [(k, r) for k, _t, r in _agreements(text)] == [("protocol", "agreement.sign")]


# --- documents and awards as the dev4/dev5 real pages write them (sentences of our own) ---

def test_agreement_another_day():
    text = ("On 29 May, Prosecutor General Marta Lis of Poland and the Chief Prosecutor of Ukraine, Ostap Kovalenko, "
            "signed a Cooperation Arrangement in Warsaw. A working arrangement was signed on 22 May with the prosecution "
            "service of Lithuania.")
    assert [k for k, _t, _r in _agreements(text)] == ["other", "other"]
    # the same day told again: one document
    again = ("On 29 May, Prosecutor General Marta Lis of Poland and the Chief Prosecutor of Ukraine, Ostap Kovalenko, "
             "signed a Cooperation Arrangement in Warsaw. The working arrangement, signed on 29 May, opens direct contacts.")
    assert [k for k, _t, _r in _agreements(again)] == ["other"]


def test_agreement_another_clause():
    # the lead's plan and the body's plan with its complement: one document ('the two ministries' is no other one)
    text = MET + "The talks reviewed the year and signed a cooperation plan for 2025. Zielinski and Kovalenko signed a " \
                 "cooperation plan between the two ministries for 2025."
    assert [k for k, _t, _r in _agreements(text)] == ["plan"]
    # 'new' of another document in the sentence does not make the second one new
    text = ("Polish and Ukrainian border chiefs sign a programme of cooperation\n\n" + MET + "Zielinski and Kovalenko "
            "signed new interdepartmental agreements as well as a cooperation programme for two years.")
    assert sorted(k for k, _t, _r in _agreements(text)) == ["agreement", "programme"]
    # a sentence that opens 'Additionally' tells another one
    text = MET + "Zielinski and Kovalenko exchanged a memorandum of cooperation on border patrols. Additionally, the " \
                 "two coast guards exchanged a memorandum of cooperation on search and rescue."
    assert [k for k, _t, _r in _agreements(text)] == ["memorandum", "memorandum"]


def test_agreement_plural_summary():
    text = ("On 11 June, Poland and Ukraine signed agreements on border and customs cooperation. Deputy Minister Piotr "
            "Zielinski and Major General Ostap Kovalenko exchanged a memorandum on joint patrols. Additionally, the two "
            "customs chiefs exchanged a memorandum of cooperation on risk analysis.")
    assert [k for k, _t, _r in _agreements(text)] == ["memorandum", "memorandum"]
    # with nothing told one by one, the plural stays
    assert [k for k, _t, _r in _agreements(MET + "At the end of the talks, some agreements were signed by the two "
                                           "sides.")] == ["agreement"]


def test_agreement_met_to_sign():
    text = ("On 11 June, Deputy Minister Piotr Zielinski and Major General Ostap Kovalenko of Ukraine met in Lublin to "
            "sign an Action Plan against border violence.")
    assert [(k, r) for k, _t, r in _agreements(text)] == [("plan", "agreement.met_to_sign")]
    assert _agreements(MET + "They agreed to sign an Action Plan next year.") == []


def test_agreement_relative_antecedent():
    # ', which was signed in ...' tells of the noun phrase before its comma: here no document
    assert _agreements(MET + "The sides agreed on specific programmes to carry out the joint blueprint for 2024, "
                       "which was signed in Kyiv this week.") == []
    # a document right before the comma is the subject
    assert [k for k, _t, _r in _agreements(MET + "The two officials finalised the Joint Communique, which was signed "
                                           "by both.")] == ["statement"]


def test_agreement_kinds_read_on_dev_pages():
    # a letter of agreement is an agreement; an aid project's handover certificate and a joint order are documents
    assert [k for k, _t, _r in _agreements(MET + "They signed an Amended Letter of Agreement (ALOA) on drug "
                                           "control.")] == ["agreement"]
    assert [k for k, _t, _r in _agreements(MET + "At the ceremony, the delivery and acceptance certificate of the "
                                           "training centre was signed and exchanged.")] == ["other"]
    assert [k for k, _t, _r in _agreements(MET + "The two ministries signed a joint order on border patrols.")] == [
        "other"]
    # a title with a dash between its names ('EU–Ukraine')
    assert [(k, r) for k, _t, r in _agreements(MET + "They also signed the Joint EU–Eastern Partnership Action Plan on "
                                               "Counter-Terrorism.")] == [("plan", "agreement.named_title")]


def test_agreement_definite_mention_of_a_deal_beside_its_document():
    text = MET + "The deal was sealed at the border crossing during the signing of an MoU."
    assert [k for k, _t, _r in _agreements(text)] == ["memorandum"]


def test_agreement_nominal_not_progress_of_the_signing():
    assert _agreements(MET + "They discussed the progress of the signing of the Memorandum of Understanding between "
                       "the two services.") == []


def test_date_earlier_time_last_summer():
    assert [k for k, _t, _r in _agreements(MET + "The two officials signed a memorandum of understanding. Last "
                                           "summer, the two services signed a cooperation programme.")] == ["memorandum"]


def test_award_occasion_to():
    text = ("On 11 June in Hanoi, Minister Tran Van Minh held talks with the Lao Minister of Security, Somchai "
            "Vongsa. The Vietnamese official took the occasion to hand over the Friendship Order to the Lao Ministry "
            "of Security.")
    assert _awards(text) == [("Friendship Order", "Tran Van Minh", "LAO", "award.verb")]
    text = ("On 11 June in Warsaw, the Ambassador of France, Luc Martin, was keen to hand the medal over to Police "
            "Commander Adam Nowak of Poland on behalf of the President of France.")
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Luc Martin", "POL")]
    # other wordings of the act done
    for done in ("seized this opportunity to present", "had the honour to hand over", "was pleased to present"):
        said = ("On 11 June in Hanoi, Minister Tran Van Minh held talks with the Lao Minister of Security, Somchai "
                f"Vongsa. The Vietnamese official {done} the Friendship Order to the Lao Ministry of Security.")
        assert [(g, s) for _a, g, s, _r in _awards(said)] == [("Tran Van Minh", "LAO")], done
    # still planned: 'plans to hand over'
    assert _awards(RECEIVED_AWARD + "The minister plans to hand over the Friendship Order to him next year.") == []


RECEIVED_AWARD = ("On 11 June, Deputy Minister Piotr Zielinski received Major General Ostap Kovalenko, Commander of the "
                  "Border Guard of Ukraine, in Warsaw. ")


def test_award_participle_adjective():
    text = (RECEIVED_AWARD + "Zielinski decorated two Ukrainian officers with Silver Medals for Meritorious Service to "
            "the Police. Addressing the guests, the decorated officers thanked the Polish Police.")
    assert _awards(text) == [("Silver Medals for Meritorious Service to the Police", "Piotr Zielinski", "UKR",
                              "award.verb")]


def test_award_generic_present():
    text = (RECEIVED_AWARD + "Kovalenko received the Border Guard Medal of Honour from Zielinski. The medal is awarded "
            "to heads of services and ministers, according to the Polish News Agency.")
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Piotr Zielinski", "UKR")]


def test_award_quoted_reason_is_no_name():
    text = ("On 11 June, Poland conferred a high award on the Commander of the Border Guard of Ukraine, Ostap "
            "Kovalenko, \"in recognition of his contribution to border security\". The Cross of Merit award was presented to "
            "Kovalenko by Deputy Minister Piotr Zielinski.")
    assert [(a, g, s) for a, g, s, _r in _awards(text)] == [("Cross of Merit", "Piotr Zielinski", "UKR")]


def test_award_same_award_told_in_an_apposition():
    text = ("On 11 June in Warsaw, Major General Ostap Kovalenko of Ukraine has been awarded the \"Guardian of the "
            "Border\" Jubilee Medal, the highest distinction conferred by the Ministry of Interior of Poland. The "
            "prestigious medal was presented by Deputy Minister Piotr Zielinski during a ceremony.")
    assert [(a, g, s) for a, g, s, _r in _awards(text)] == [("Guardian of the Border", "Piotr Zielinski", "UKR")]


def test_award_among_those_listing_earlier_laureates():
    text = (RECEIVED_AWARD + "Zielinski presented the Cross of Merit to Kovalenko. Among those "
            "awarded the Cross are King Harald of Norway and the former Estonian ambassador to Poland, Mart Kask.")
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Piotr Zielinski", "UKR")]


def test_award_retold_to_the_same_side_under_another_name():
    # the lead names the recipient in full, the retelling ('The <name> award was presented') by his title and surname
    # only: one award, the hander gives
    text = ("On 11 June, Poland conferred a high award on the Commander of the Border Guard of Ukraine, General Ostap "
            "Kovalenko. The Border Guard Cross (Cross of Merit) award was presented to Commander Kovalenko by Deputy "
            "Minister Piotr Zielinski.")
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Piotr Zielinski", "UKR")]


def test_award_body_award():
    # a ministry's awards handed at a ceremony with nobody named handing them: the ministry's side gives, and the
    # group with no side of its own is the other side's (award.group_other_side)
    text = ("On 11 June in Warsaw, the Polish Police held a ceremony of presenting departmental awards of the Ministry of "
            "Internal Affairs of Ukraine to officers of the Central Bureau of Investigation. It was attended by the "
            "Commander in Chief of the Polish Police, General Adam Nowak, and the Ukrainian police attaché in Warsaw, "
            "Colonel Taras Bondar.")
    [award] = [a for m in extract(HEAD + text).meetings for a in m.awards]
    assert (award.giver, award.giver_side, award.recipient_side, award.rule) == (None, "UKR", "POL", "award.body_award")
    assert award.recipient_group == "officers of the Central Bureau of Investigation"


def test_award_group_other_side():
    # only a body's awards, nobody handing them, go to a group of the other side (test_award_body_award); a person who
    # hands medals to a group of no side gives to his own side's
    text = ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski of Poland met the Commander of the Border Guard of "
            "Ukraine, Ostap Kovalenko. Zielinski presented medals to officers of the joint patrol unit.")
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Piotr Zielinski", "POL")]


def test_award_exchanged_each_other():
    text = ("On 11 June, the Polish border post at Dorohusk held talks with the Ukrainian border post at Yahodyn. The "
            "Polish side was led by Major Adam Nowak, the Ukrainian side by Major Taras Bondar. At the end of the talks, "
            "the two sides signed the minutes of the talks and presented gifts to each other.")
    meetings = extract(HEAD + text).meetings
    assert sorted((a.giver_side, a.recipient_side, a.rule) for m in meetings for a in m.awards) == [
        ("POL", "UKR", "award.exchanged_sides"), ("UKR", "POL", "award.exchanged_sides")]
    assert [a.kind for m in meetings for a in m.agreements] == ["other"]


def test_award_pinned_on_him_by_during_a_visit_to():
    # 'to the ministry' in the setting after the agent names no recipient; 'on him' is the one told before
    text = ("On 11 June in Warsaw, the President of Poland conferred the Order of Merit on the Commander of the Border "
            "Guard of Ukraine, General Ostap Kovalenko. The order was pinned on him by the Minister of Interior, Piotr "
            "Zielinski, during the visit of the Ukrainian delegation to the ministry.")
    assert [(a, g, s) for a, g, s, _r in _awards(text)] == [("Order of Merit", "Piotr Zielinski", "UKR")]


def test_award_reason_to_is_no_recipient_and_presenting_tells_a_meeting():
    text = ("Poland has awarded the Commander of the Border Guard of Ukraine, Ostap Kovalenko, the Border Cross for his "
            "support to the safety of Polish citizens in Ukraine. Presenting Kovalenko with the cross in Warsaw on 11 "
            "June, Deputy Minister Piotr Zielinski praised the cooperation of the two services.")
    assert [(g, s) for _a, g, s, _r in _awards(text)] == [("Piotr Zielinski", "UKR")]
