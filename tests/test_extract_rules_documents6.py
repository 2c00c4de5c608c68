"""Examples of the agreement.* rules added in the sixth helper round on documents (the causes of the dev12 and dev13
misses, read as grammar) and the award.* rules widened on real award pages: one test per rule id, named after it, with three wordings of what the rule reads and what it
must not. Every sentence is written for the test (fictional people), in shapes seen on real pages."""

from whomet.store.extract import extract

from tests.extract_helpers import (MET_IN_WARSAW as MET, POLISH_HEAD as HEAD, agreements_of as _agreements,
                                   awards_of as _awards)


def _kinds(text):
    return sorted(k for k, _r in _agreements(text))


def test_agreement_counted_includes():
    # a count of documents includes the ones told one by one, before or after it, in its sentence or another
    assert _kinds(MET + "The two services signed six agreements. A framework agreement on border crossings was also "
                  "adopted, and memoranda were signed on cadet exchanges.") == ["agreement"] * 5 + ["memorandum"]
    assert _kinds(MET + "Zielinski and Kovalenko signed five plans, among them a Plan of joint patrols.") == ["plan"] * 5
    assert _kinds(MET + "A protocol on training was signed first. In all, the two sides signed seven agreements "
                  "during the visit.") == ["agreement"] * 6 + ["protocol"]
    # a count of another kind does not include them; ten and more is a tally (agreement.many)
    assert _kinds(MET + "They signed five plans. A protocol on training was also signed.") == ["plan"] * 5 + ["protocol"]
    assert _kinds(MET + "The services have signed twelve agreements since 1995.") == []


def test_agreement_executed():
    # executing a document two parties sign is signing it, active or passive
    for tail, kind in (("The directors of the two units executed a Memorandum of Understanding (MOU) on data sharing.",
                        "memorandum"),
                       ("The protocol on joint patrols was executed at the annual plenary in Warsaw.", "protocol"),
                       ("Zielinski and Kovalenko have executed an agreement on the exchange of liaison officers.",
                        "agreement")):
        assert _agreements(MET + tail) == [(kind, "agreement.executed")], tail
    # a plan or a programme executed is carried out, and a warrant is no document signed
    for tail in ("The border guards executed the joint operation plan in May.",
                 "Officers executed a search warrant at the crossing.",
                 "The two services executed the training programme without delay."):
        assert _agreements(MET + tail) == [], tail


def test_agreement_concluded_with():
    # 'concluded <the event> with the signing of X': the document is the object of 'signing of', not of 'concluded'
    for tail in ("The two sides concluded the programme with the signing of a protocol on joint patrols.",
                 "They concluded their talks with the signing of a memorandum on training.",
                 "Zielinski and Kovalenko concluded the visit with the signature of a plan of joint exercises."):
        found = _agreements(MET + tail)
        assert len(found) == 1 and found[0][0] in ("protocol", "memorandum", "plan"), tail
        assert found[0][0] != "programme", tail
    # a signed report on the meeting is a document; a report that is only cited is none
    assert _kinds(MET + "The participants signed a report on the border exchange.") == ["other"]
    assert _kinds(MET + "They signed a memorandum, a report said.") == ["memorandum"]


def test_agreement_definite_antecedent():
    # a bare 'the agreement', with no document found before it, is the document of another kind the text named last
    for tail, kind in (("The two ministries prepared a joint security protocol on border patrols. The agreement was signed "
                        "by Zielinski and Kovalenko.", "protocol"),
                       ("The talks produced a memorandum on cadet exchanges. The agreement was signed at the end of the "
                        "day.", "memorandum"),
                       ("A plan of joint exercises for 2025 was the subject of the talks. The agreement was signed by the "
                        "two commanders.", "plan")):
        assert _kinds(MET + tail) == [kind], tail
    # with no other document named, or a draft named, it stays an agreement
    assert _kinds(MET + "The agreement was signed by Zielinski and Kovalenko.") == ["agreement"]
    assert _kinds(MET + "They discussed a draft protocol. The agreement was signed by the two chiefs.") == ["agreement"]


def test_award_passive_auxiliary():
    # a participle coordinated with the award's verb shares its auxiliary: the subject receives
    for tail in ("The Ukrainian officers were farewelled and presented with medals by Zielinski.",
                 "The Ukrainian guests were welcomed and presented with souvenirs by Zielinski.",
                 "Kovalenko was thanked and awarded the Medal of Merit by Zielinski."):
        found = _awards(MET + tail)
        assert len(found) == 1 and found[0][3] == "UKR", (tail, found)
    # a verb of its own after 'and' is no passive ('... were welcomed, and Zielinski presented medals to them')
    assert [a[2] for a in _awards(MET + "The Ukrainian guests were welcomed, and Zielinski presented medals to "
                                          "Kovalenko.")] == ["Piotr Zielinski"]


def test_award_passive_group_subject_participle():
    # a team (a collective noun) receives, with its acronym and a participle's clause between it and the verb; the clause
    # is no part of the group
    for tail, group in (("The second Ukrainian Liaison Team (ULT) deployed in Warsaw since March were presented "
                         "with medals by Zielinski.", "the second Ukrainian Liaison Team (ULT)"),
                        ("The Ukrainian liaison team were awarded certificates of appreciation by Zielinski.",
                         "the Ukrainian liaison team"),
                        ("The Ukrainian contingent stationed in Warsaw since May was presented with medals by Zielinski.",
                         "the Ukrainian contingent")):
        found = [(a.recipient_group, a.recipient_side) for m in extract(HEAD + MET + tail).meetings for a in m.awards]
        assert found == [(group, "UKR")], (tail, found)


def test_agreement_signed_at_event():
    # a document signed at another event, dated by that event's own clause however long, is no document of this meeting
    for tail in ("The talks follow the protocol signed during the meeting of the border commissioners of the two "
                 "countries held in Lviv on 3rd of March 2024.",
                 "The plan builds on the minutes signed at the session of the joint commission that took place in Kyiv "
                 "on 12 February 2024.",
                 "They reviewed the memorandum signed on the sidelines of the summit of the interior ministers held in "
                 "Riga on 5 May 2023."):
        assert _agreements(MET + tail) == [], tail
    # the meeting's own day, or no day at all, still signs
    assert _kinds(MET + "A protocol was signed during the meeting of the two delegations held in Warsaw on 11 June "
                  "2024.") == ["protocol"]
    assert _kinds(MET + "Zielinski and Kovalenko signed a memorandum during the talks of the two delegations in "
                  "Warsaw.") == ["memorandum"]


def test_date_earlier_time_same_year_month():
    # a full date in the meeting's year but an earlier month dates what it tells before the meeting (June 2024 here)
    for tail in ("Zielinski and Kovalenko signed a memorandum in Kyiv on 24th of February 2024.",
                 "A protocol was signed in February 2024 by the deputies.",
                 "They signed a plan of joint patrols on 3 March, 2024."):
        assert _agreements(MET + tail) == [], tail
    # the meeting's own month and a later one are not earlier
    assert _kinds(MET + "Zielinski and Kovalenko signed a memorandum in Warsaw on 11 June 2024.") == ["memorandum"]
