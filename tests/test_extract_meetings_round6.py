"""Round six, meetings and heads: examples written for the test (fictional people), three wordings each, one test per
rule id added or changed, named after it."""

from whomet.store.extract import extract

HEAD = "date 2024-06-14 Source: Ministry of Interior of the Republic of Poland\n\n"
LEAD = ("Deputy Minister Piotr Zielinski met the Chilean Minister of the Interior Maria Lopez in Warsaw on 11 June.\n\n"
        "They discussed joint patrols and the exchange of liaison officers.\n\n")
TALKS = [("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")]


def _meetings(text, head=HEAD):
    return [sorted((d.side, m.name) for d in mt.delegations for m in d.members) for mt in extract(head + text).meetings]


def test_meeting_unnamed_partner():
    # a paragraph whose subject, one of the meeting before, meets someone named by office alone: a meeting of its own
    for paragraph in ("He also met the deputy governors of two border prisons and discussed overcrowding.",
                      "During her stay in the Polish capital, Lopez met with the Warsaw Metropolitan Police commissioner "
                      "to discuss football matches.",
                      "Minister Lopez also held talks with senior officials of the Border Guard headquarters."):
        got = _meetings(LEAD + paragraph)
        assert len(got) == 2 and got[0] == TALKS, paragraph
    # the partner said again by office ('the Minister'), 'his counterpart', an appeal ('called on X to'): one meeting
    for paragraph in ("Zielinski also met the Minister again before her departure.",
                      "Zielinski also met with Maria Lopez's advisers at the embassy.",
                      "He met his counterpart once more at the airport.",
                      "Zielinski called on the Chilean police commissioner to speed up the extradition."):
        assert len(_meetings(LEAD + paragraph)) == 1, paragraph


def test_meeting_attended_words_between():
    # 'took part' or 'participated' with words between the verb and 'in the ... meeting' still tells the meeting
    for sentence in ("Yesterday, Deputy Minister Piotr Zielinski participated virtually alongside officials from Chile "
                     "and Peru in the third regional drug dialogue meeting.",
                     "Deputy Minister Piotr Zielinski took part by video link in a session of the Baltic border council "
                     "on Tuesday.",
                     "Deputy Minister Piotr Zielinski and Colonel Anna Nowak participated, with delegates of six "
                     "countries, in the annual meeting of border chiefs."):
        got = extract(HEAD + sentence)
        assert len(got.meetings) == 1, sentence
        assert any(m.name == "Piotr Zielinski" for d in got.meetings[0].delegations for m in d.members), sentence
    # a meeting still to come is none
    assert extract(HEAD + "Deputy Minister Piotr Zielinski will participate next week in the regional drug dialogue "
                          "meeting.").meetings == []


def test_meeting_signing_verbs_of_the_agreement_stage():
    # a release that tells only a signing, by a verb the agreement stage reads ('executed', 'sealed', 'entered into',
    # 'renewed'), tells a meeting: before, 'executed' and 'sealed' made a document but no meeting, and the release was lost
    for sentence in ("The financial intelligence units of Chile and Peru have executed a Memorandum of Understanding on "
                     "the exchange of information.",
                     "The border guards of Poland and Lithuania sealed an agreement on joint patrols in Vilnius on 3 June.",
                     "The police academies of Chile and Peru renewed their memorandum on cadet exchanges."):
        got = extract(HEAD + sentence)
        assert [a.kind for m in got.meetings for a in m.agreements] in (["memorandum"], ["agreement"]), sentence
    # a signing still to come is none
    assert extract(HEAD + "The units of Chile and Peru will execute a memorandum on data exchange.").meetings == []


def _heads(text):
    return {m.name: m.head_rule for mt in extract(HEAD + text).meetings for d in mt.delegations for m in d.members
            if m.head}


def test_head_respective_led():
    # 'A and B led their respective delegations' in any tense: a preview written before the talks, the present of a
    # running meeting, the past
    for verb in ("will lead", "are leading", "head"):
        text = (f"The border commission met in Warsaw on 11 June. Colonel Anna Nowak and Commissioner Maria Lopez of "
                f"Chile {verb} their respective delegations.")
        assert _heads(text) == {"Anna Nowak": "head.respective_led", "Maria Lopez": "head.respective_led"}, verb
