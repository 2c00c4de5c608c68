"""Examples for the heads of delegations and for how a release is cut into meetings (issue 8, heads helper); one
test per rule id added or changed, named after it.

Every sentence is written for the test (fictional people); each checks the fact and the rule id the record names.
"""

import pytest

from whomet.store.extract import extract

HEAD = "date 2024-06-14 Source: Ministry of Interior of the Republic of Poland\n\n"


def _members(text, head=HEAD):
    return {m.name: (d.side, m) for mt in extract(head + text).meetings for d in mt.delegations for m in d.members}


def _heads(text, head=HEAD):
    return {name: m.head_rule for name, (_, m) in _members(text, head).items() if m.head}


def _meetings(text, head=HEAD):
    return [sorted(m.name for d in mt.delegations for m in d.members) for mt in extract(head + text).meetings]


def test_head_led_and():
    # 'headed by A, and B': every titled person the list joins led the delegation
    heads = _heads("On 11 June, Deputy Minister Piotr Zielinski received in Warsaw a Chilean mission headed by the "
                   "Minister of the Interior, Maria Lopez, and the Director of the Carabineros, Jose Ortiz.")
    assert heads == {"Maria Lopez": "head.led_by", "Jose Ortiz": "head.led_and"}
    # the same with a list of three and no 'and' before the last
    heads = _heads("A delegation led by Minister Maria Lopez, Deputy Minister Jose Ortiz, Commissioner Ana Ruiz and "
                   "other officers visited Warsaw on 11 June and met Deputy Minister Piotr Zielinski.")
    assert set(heads) == {"Maria Lopez", "Jose Ortiz", "Ana Ruiz"}
    # someone of the other side joined by 'and' did not lead the guests; one who only accompanied did not either
    heads = _heads("On 11 June the talks in Warsaw between the Chilean delegation led by Minister Maria Lopez of "
                   "Chile and the Polish Deputy Minister Piotr Zielinski covered border checks.")
    assert set(heads) == {"Maria Lopez"}
    heads = _heads("On 11 June a Chilean delegation led by Minister Maria Lopez and accompanied by Commissioner Ana "
                   "Ruiz met Deputy Minister Piotr Zielinski in Warsaw.")
    assert set(heads) == {"Maria Lopez"}


def test_head_own_verb():
    # the next name with a verb of its own opens another clause: its person did not lead
    heads = _heads("On 11 June a Chilean delegation led by Minister Maria Lopez, and Commissioner Ana Ruiz welcomed "
                   "it in Warsaw on behalf of Deputy Minister Piotr Zielinski.")
    assert heads.get("Maria Lopez") == "head.led_by" and "Ana Ruiz" not in heads


def test_head_aside():
    # '(retired)' after a name does not end the list of those who led
    heads = _heads("A delegation led by the Minister of Defence, General Maria Lopez (retired), and the Director of "
                   "the Police, Jose Ortiz, met Deputy Minister Piotr Zielinski in Warsaw on 11 June.")
    assert heads.get("Jose Ortiz") == "head.led_and"


def test_head_office_reference():
    # 'led by its Director General' names no one: the one person named elsewhere with that office
    heads = _heads("On 11 June, a Chilean delegation led by the Director General of the Carabineros visited Warsaw. "
                   "Deputy Minister Piotr Zielinski welcomed the Director General of the Carabineros, General Maria "
                   "Lopez, at the ministry.")
    assert heads == {"Maria Lopez": "head.office_reference"}
    heads = _heads("On 11 June, Deputy Minister Piotr Zielinski received the Director General of the Carabineros of "
                   "Chile, General Maria Lopez, in Warsaw. The Chilean delegation was led by the Director General.")
    assert heads == {"Maria Lopez": "head.office_reference"}
    # an office nobody holds, or one two people hold, points at no one
    assert _heads("On 11 June, a Chilean delegation led by the Director General visited Warsaw. Deputy Minister "
                  "Piotr Zielinski met Colonel Maria Lopez.") == {}
    assert _heads("On 11 June, a delegation led by the Deputy Minister visited Warsaw. Deputy Minister Piotr "
                  "Zielinski met Deputy Minister Maria Lopez of Chile.") == {}


def test_head_counted_subject():
    heads = _heads("On 11 June, Deputy Minister Piotr Zielinski received the Chilean Minister of the Interior Maria "
                   "Lopez in Warsaw. The two ministers held talks, co-chaired a session of the joint commission and "
                   "signed a protocol.")
    assert heads == {"Piotr Zielinski": "head.counted_subject", "Maria Lopez": "head.counted_subject"}
    heads = _heads("On 11 June, Deputy Minister Piotr Zielinski met the Chilean Minister of the Interior Maria Lopez "
                   "in Warsaw. Both ministers chaired the plenary session.")
    assert set(heads) == {"Piotr Zielinski", "Maria Lopez"}
    # the count alone, with no chairing, makes no head
    assert _heads("On 11 June, Deputy Minister Piotr Zielinski met the Chilean Minister of the Interior Maria Lopez "
                  "in Warsaw. The two ministers discussed border checks.") == {}


def test_head_counted_heads_named_after_the_count():
    # 'co-chaired by the two Police Chiefs; A and his Chilean counterpart, B': nobody before, the two named after
    heads = _heads("The meeting co-chaired by the two Police Chiefs; Commissioner Piotr Zielinski and his Chilean "
                   "counterpart, Maria Lopez, was held in Warsaw on 11 June.")
    assert heads == {"Piotr Zielinski": "head.counted_heads", "Maria Lopez": "head.counted_heads"}


def test_head_side_head_reference():
    # 'The head of the Chilean delegation said' names no one: the one of that side named before
    heads = _heads("On 11 June, the Minister of the Interior of Chile Maria Lopez and the Deputy Minister of Poland "
                   "Piotr Zielinski met in Warsaw. The head of the Chilean delegation said that the talks were useful.")
    assert heads == {"Maria Lopez": "head.side_head_reference"}


def test_head_name_next():
    # the office followed by a name is that person's office (head.head_office), not a reference to someone before
    heads = _heads("On 11 June, the Minister of the Interior of Chile Maria Lopez met Deputy Minister Piotr "
                   "Zielinski in Warsaw. The head of the Chilean delegation, Commissioner Jose Ortiz, thanked the "
                   "hosts.")
    assert "Maria Lopez" not in heads and heads.get("Jose Ortiz") == "head.head_office"


def test_head_co_apposition_over_the_owner_of_an_office():
    heads = _heads("The talks in Warsaw on 11 June were co-chaired by Commissioner Maria Lopez, Director of "
                   "the Investigations Department (DID) of the Carabineros of Chile, and Deputy Commander Piotr "
                   "Zielinski of Poland.")
    assert heads == {"Maria Lopez": "head.led_by", "Piotr Zielinski": "head.co_head"}


def test_head_head_after_members_of_a_board_and_an_agency_closing_the_office():
    heads = _heads("On 11 June, the Chilean visitors were received in Warsaw by the Deputy Commander, Colonel Piotr "
                   "Zielinski, who led some members of the Border Guard Board in the talks with Maria Lopez of Chile.")
    assert heads.get("Piotr Zielinski") == "head.head_after"
    heads = _heads("The talks were held in Warsaw on 11 June. Mr Jose Ortiz, Director General, PDI led the Chilean "
                   "delegation and Mr Piotr Zielinski, Deputy Commander of the Border Guard, led the Polish one.")
    assert heads.get("Jose Ortiz") == "head.head_after"


def test_meeting_sequence_opener():
    # the host meets two guests the same day, each in a paragraph of its own: two meetings
    got = _meetings("On 11 June, Deputy Minister Piotr Zielinski met the Ambassador of Chile Maria Lopez in Warsaw.\n\n"
                    "They discussed visas.\n\nAlso today, the Ambassador of Peru Jose Ortiz met with Deputy Minister "
                    "Piotr Zielinski.")
    assert got == [["Maria Lopez", "Piotr Zielinski"], ["Jose Ortiz", "Piotr Zielinski"]]
    # a lead that names every guest, then 'When meeting with A, ...' paragraphs: one meeting per guest, the lead
    # with the first
    got = _meetings("On 11 June, Deputy Minister Piotr Zielinski met guests from Chile and Peru in Warsaw.\n\n"
                    "When meeting with the Minister of the Interior of Chile Maria Lopez, Zielinski praised the "
                    "border work.\n\nWhen meeting with the Minister of the Interior of Peru Jose Ortiz, Zielinski "
                    "spoke of visas.")
    assert got == [["Maria Lopez", "Piotr Zielinski"], ["Jose Ortiz", "Piotr Zielinski"]]
    # 'Subsequently, ...' with another body's official; 'Earlier, ...' with someone of a side the meeting had: one
    got = _meetings("On 11 June, Deputy Minister Piotr Zielinski met the Executive Director of Europol Maria Lopez in "
                    "The Hague.\nSubsequently, the minister visited Eurojust for talks with its President, Jose Ortiz.")
    assert got == [["Maria Lopez", "Piotr Zielinski"], ["Jose Ortiz"]]
    got = _meetings("On 11 June, the Minister of the Interior of Chile Maria Lopez held talks in Warsaw with Deputy "
                    "Minister Piotr Zielinski.\n\nEarlier, the Chilean delegation paid a courtesy visit to the Polish "
                    "Prime Minister Anna Nowak.")
    assert len(got) == 1


def test_meeting_also_met_took_the_opportunity_to_meet():
    got = _meetings("On 11 June, a Chilean delegation led by Commissioner Maria Lopez held talks in Warsaw with Deputy "
                    "Minister Piotr Zielinski. They discussed border checks.\n\nThe delegation also took the "
                    "opportunity to meet the Ambassador of Peru in Poland, Jose Ortiz.")
    assert len(got) == 2 and "Jose Ortiz" in got[1]


def test_meeting_headline_dated():
    # a headline that dates the visit it names is told by the story below, even when the story dates it otherwise
    text = ("Visit by Commissioner Maria Lopez of Chile on 6 February 2024 to the Border Guard Headquarters, Warsaw\n\n"
            "On 5 February 2024, Deputy Commander Piotr Zielinski received Commissioner Maria Lopez of Chile at the "
            "Border Guard Headquarters. They discussed border checks.")
    head = "date 2024-02-12 Source: Ministry of Interior of the Republic of Poland\n\n"
    assert _meetings(text, head) == [["Maria Lopez", "Piotr Zielinski"]]


def test_meeting_split_meeting_word_signed():
    # another day's paragraph with another partner and only a signing in it is a meeting of its own
    got = _meetings("Deputy Minister Piotr Zielinski and the Minister of the Interior of Chile Maria Lopez signed a "
                    "memorandum on police training on 3 June 2024.\n\nA working arrangement was signed on 10 June 2024 "
                    "by Commander Janis Ozols of the State Border Guard of Latvia.")
    assert got == [["Maria Lopez", "Piotr Zielinski"], ["Janis Ozols"]]


def test_meeting_visit_to_following():
    got = _meetings("Commissioner Maria Lopez of Chile praised the border work of Poland, she told the press following "
                    "her visit to the Border Guard Headquarters in Warsaw on 11 June. Deputy Commander Piotr "
                    "Zielinski showed her the operations room.")
    assert got == [["Maria Lopez", "Piotr Zielinski"]]


def test_meeting_discussed_with_discussions_between():
    got = _meetings("The agreement was the outcome of discussions between the Deputy Minister, Piotr Zielinski, and "
                    "a representative of the Carabineros of Chile, Colonel Maria Lopez, in Warsaw on 11 June.")
    assert got == [["Maria Lopez", "Piotr Zielinski"]]


def test_meeting_award_handed_infinitive():
    got = _meetings("The Ambassador of Chile, Maria Lopez, was keen to hand the medal over to the Deputy Commander of "
                    "the Border Guard, Piotr Zielinski, in Warsaw on 11 June.")
    assert got == [["Maria Lopez", "Piotr Zielinski"]]


def test_meeting_handed_over():
    # equipment handed over by one party's officials to another's: a meeting; a suspect handed over is none
    got = _meetings("On 11 June, the Ambassador of Chile, Maria Lopez, handed over ten patrol boats to the Border "
                    "Guard at its base in Gdansk. Deputy Commander Piotr Zielinski thanked Chile for the support.")
    assert got == [["Maria Lopez", "Piotr Zielinski"]]
    assert _meetings("On 11 June, the suspect was handed over to the Chilean police by Commissioner Piotr "
                     "Zielinski.") == []


def test_meeting_sequence_opener_after_a_lead_naming_both_hosts():
    # the lead names both countries visited; 'Following the visit to Chile, ...' with the second host's officer
    got = _meetings("A delegation of the Polish Border Guard visited the Carabineros of Chile and the National Police "
                    "of Peru from 3 to 7 June 2024.\n\nThe delegation, led by Colonel Piotr Zielinski, first held a "
                    "meeting in Santiago with the Chilean Director of Investigations, Maria Lopez.\n\nFollowing the "
                    "visit to "
                    "Chile, the delegation called at the National Police of Peru and met with the Commander of the "
                    "Border Division, General Jose Ortiz.")
    assert len(got) == 2 and "Jose Ortiz" in got[1] and "Jose Ortiz" not in got[0]


def _places(text, head=HEAD):
    return [(m.place.city, sorted(p.name for d in m.delegations for p in d.members))
            for m in extract(head + text).meetings]


def test_meeting_separately():
    # one sentence tells two meetings: one with each of those met, the one who met them in both
    got = _meetings("On 11 June in Warsaw, Deputy Minister Piotr Zielinski received the Ambassador of Chile Maria "
                    "Lopez.\n\nOn 12 June, Zielinski held talks separately with the Peruvian and Bolivian ministers of "
                    "the interior, Jose Ortiz and Ana Ruiz, respectively. The two meetings covered border checks.")
    assert got == [["Maria Lopez", "Piotr Zielinski"], ["Jose Ortiz", "Piotr Zielinski"],
                   ["Ana Ruiz", "Piotr Zielinski"]]
    # with nothing before that had two parties, the lead opens the first of them
    got = _meetings("Deputy Minister Piotr Zielinski was in Lima on 11 June. There he held separate meetings with the "
                    "Minister of the Interior of Peru Jose Ortiz and the Ambassador of Bolivia Ana Ruiz.")
    assert got == [["Jose Ortiz", "Piotr Zielinski"], ["Ana Ruiz", "Piotr Zielinski"]]


def test_meeting_travel_on():
    got = _places("On 11 June, Deputy Minister Piotr Zielinski met officials of the Ministry of Justice of Chile in "
                  "Santiago before travelling to Valparaiso to meet with the Commander of the Chilean Navy, Admiral "
                  "Maria Lopez. Lopez showed him the port.")
    assert got == [("Santiago", ["Piotr Zielinski"]), ("Valparaiso", ["Maria Lopez", "Piotr Zielinski"])]


def test_meeting_also_met_inside_a_paragraph():
    got = _meetings("On 11 June, Deputy Minister Piotr Zielinski held talks in Warsaw with the Minister of the "
                    "Interior of Chile Maria Lopez. They discussed border checks. Zielinski also met with the "
                    "Ambassador of Peru Jose Ortiz to discuss visas.")
    assert got == [["Maria Lopez", "Piotr Zielinski"], ["Jose Ortiz", "Piotr Zielinski"]]
    # someone of a side the meeting had: the same meeting
    got = _meetings("On 11 June, Deputy Minister Piotr Zielinski held talks in Warsaw with the Minister of the "
                    "Interior of Chile Maria Lopez. They discussed border checks. Lopez also met with the Polish "
                    "Commander of the Border Guard Anna Nowak.")
    assert len(got) == 1



def test_head_side_after_name_before_a_shared_verb():
    heads = _heads("Deputy Minister Piotr Zielinski and General Maria Lopez of Chile co-chaired the fifth session of "
                   "the "
                   "joint commission in Warsaw on 11 June.")
    assert heads == {"Maria Lopez": "head.head_after", "Piotr Zielinski": "head.plural_head_verb"}


# how else releases say who headed: one sentence each, the heads expected
HEAD_WORDINGS = [
    ("On 11 June, a Chilean police delegation under the leadership of General Maria Lopez met Deputy "
     "Minister Piotr Zielinski in Warsaw.", {"Maria Lopez"}),
    ("On 11 June, General Maria Lopez, leader of the Chilean delegation, met Deputy Minister Piotr "
     "Zielinski in Warsaw.", {"Maria Lopez"}),
    ("On 11 June, the Chilean delegation, with General Maria Lopez at its head, met Deputy Minister Piotr "
     "Zielinski in Warsaw.", {"Maria Lopez"}),
    ("On 11 June, General Maria Lopez headed the Chilean delegation at talks with Deputy Minister Piotr "
     "Zielinski in Warsaw.", {"Maria Lopez"}),
    ("On 11 June, General Maria Lopez led a five-member Chilean delegation to Warsaw for talks with Deputy"
     " Minister Piotr Zielinski.", {"Maria Lopez"}),
    ("Deputy Minister Piotr Zielinski and General Maria Lopez of Chile co-chaired the fifth session of the"
     " joint commission in Warsaw on 11 June.", {"Maria Lopez", "Piotr Zielinski"}),
    ("The fifth session of the joint commission in Warsaw on 11 June was chaired by Deputy Minister Piotr "
     "Zielinski. General Maria Lopez of Chile attended.", {"Piotr Zielinski"}),
    ("At the head of the Chilean delegation was General Maria Lopez, who met Deputy Minister Piotr "
     "Zielinski in Warsaw on 11 June.", {"Maria Lopez"}),
    ("The Chilean side was headed by General Maria Lopez and the Polish side by Deputy Minister Piotr "
     "Zielinski at the talks in Warsaw on 11 June.", {"Maria Lopez", "Piotr Zielinski"}),
    ("On 11 June, Deputy Minister Piotr Zielinski received a Chilean delegation in Warsaw. The delegation "
     "was headed by General Maria Lopez.", {"Maria Lopez"}),
    ("On 11 June, Deputy Minister Piotr Zielinski received in Warsaw a delegation from Chile, led by its "
     "Police Commander, General Maria Lopez.", {"Maria Lopez"}),
    ("On 11 June, Deputy Minister Piotr Zielinski chaired the meeting with the Chilean delegation of "
     "General Maria Lopez in Warsaw.", {"Piotr Zielinski"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski presided over the talks with General Maria "
     "Lopez of Chile.", {"Piotr Zielinski"}),
    ("The Chilean delegation leader, General Maria Lopez, met Deputy Minister Piotr Zielinski in Warsaw on"
     " 11 June.", {"Maria Lopez"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met General Maria Lopez, who was leading the "
     "Chilean delegation.", {"Maria Lopez"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met General Maria Lopez, who is heading a "
     "Chilean police delegation on a three-day visit.", {"Maria Lopez"}),
    ("A Chilean delegation headed by General Maria Lopez and comprising Colonel Jose Ortiz met Deputy "
     "Minister Piotr Zielinski in Warsaw on 11 June.", {"Maria Lopez"}),
    ("On 11 June, the Polish and Chilean delegations, led respectively by Deputy Minister Piotr Zielinski "
     "and General Maria Lopez, met in Warsaw.", {"Maria Lopez", "Piotr Zielinski"}),
    ("On 11 June in Warsaw, the talks were co-chaired by Deputy Minister Piotr Zielinski and his Chilean "
     "counterpart General Maria Lopez.", {"Maria Lopez", "Piotr Zielinski"}),
    ("On 11 June, Deputy Minister Piotr Zielinski, who chaired the Polish side, met General Maria Lopez of"
     " Chile in Warsaw.", {"Piotr Zielinski"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski held talks with a Chilean delegation. Heading "
     "the Chilean delegation was General Maria Lopez.", {"Maria Lopez"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski welcomed a delegation of the Carabineros of "
     "Chile headed by its Director General, General Maria Lopez, and Colonel Jose Ortiz.",
     {"Jose Ortiz", "Maria Lopez"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met a Chilean delegation. General Maria Lopez,"
     " the head of the delegation, thanked him.", {"Maria Lopez"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met a Chilean delegation. General Maria Lopez,"
     " who heads the delegation, thanked him.", {"Maria Lopez"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met the Chilean delegation led by General "
     "Maria Lopez, Director General of the Carabineros, and Colonel Jose Ortiz, Head of Intelligence.",
     {"Jose Ortiz", "Maria Lopez"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski, leading the Polish delegation, met General "
     "Maria Lopez of Chile.", {"Piotr Zielinski"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski met General Maria Lopez of Chile. Both leaders"
     " co-chaired the closing session.", {"Maria Lopez", "Piotr Zielinski"}),
    ("On 11 June in Warsaw, Deputy Minister Piotr Zielinski received General Maria Lopez of Chile.", set()),
]


@pytest.mark.parametrize("text, want", HEAD_WORDINGS)
def test_head_wordings(text, want):
    assert set(_heads(text)) == want



# how else releases tell another meeting (or the same one): the text after a lead of talks with Chile, the meetings
LEAD = ("On 11 June, Deputy Minister Piotr Zielinski held talks in Warsaw with the Minister of the Interior of Chile "
        "Maria Lopez. They discussed border checks.\n\n")
MEETING_WORDINGS = [
    (LEAD + "Later in the day, Zielinski met the Ambassador of Peru Jose Ortiz.", 2),
    (LEAD + "In the afternoon, Deputy Minister Piotr Zielinski received the Ambassador of Peru Jose Ortiz.", 2),
    (LEAD + "On the sidelines of the visit, Zielinski also held bilateral talks with the Ambassador of Peru "
            "Jose Ortiz.", 2),
    (LEAD + "Zielinski then met with the Ambassador of Peru Jose Ortiz.", 2),
    (LEAD + "The Deputy Minister also received the Ambassador of Peru Jose Ortiz.", 2),
    (LEAD + "After the talks, Zielinski met the Ambassador of Peru Jose Ortiz.", 2),
    (LEAD + "Afterwards, the Deputy Minister held a meeting with the Ambassador of Peru Jose Ortiz.", 2),
    (LEAD + "Separately, Zielinski met the Ambassador of Peru Jose Ortiz.", 2),
    (LEAD + "In a separate meeting, Zielinski received the Ambassador of Peru Jose Ortiz.", 2),
    (LEAD + "Afterwards, Lopez met the Commander of the Polish Border Guard Anna Nowak.", 1),
    (LEAD + "After the talks, the two ministers signed a protocol.", 1),
    (LEAD + "Later, Lopez thanked Zielinski for the hospitality.", 1),
    (LEAD + "During the meeting with Lopez, Zielinski praised the cooperation.", 1),
    (LEAD + "The Chilean delegation also visited the headquarters of the Border Guard, where Colonel Anna "
            "Nowak briefed them.", 1),
    ("On 11 June, Deputy Minister Piotr Zielinski held talks separately with the Ambassador of Peru "
     "Jose Ortiz and the Ambassador of Chile Maria Lopez.", 2),
    ("On 11 June, Deputy Minister Piotr Zielinski met the ambassadors of Peru and Chile, Jose Ortiz "
     "and Maria Lopez.", 1),
    ("On 11 June, Deputy Minister Piotr Zielinski met officials of the Chilean Ministry of the "
     "Interior in Santiago and then travelled to Lima to meet with the Minister of the Interior of "
     "Peru, Jose Ortiz.", 2),
    ("On 11 June, Deputy Minister Piotr Zielinski met Chilean officials in Santiago before heading to "
     "Lima for talks with the Minister of the Interior of Peru, Jose Ortiz.", 2),
]


@pytest.mark.parametrize("text, count", MEETING_WORDINGS)
def test_meeting_wordings(text, count):
    assert len(extract(HEAD + text).meetings) == count


def test_head_plural_head_verb_over_a_list():
    # 'A, B and C jointly led': every item of the list the head verb closes, each with an office of their own
    heads = _heads("On 11 June, the Polish-Chilean working group met in Warsaw. Director of Border Affairs Jose Ortiz, "
                   "Chief Inspector of the Carabineros Maria Lopez and Deputy Prosecutor General Ana Rojas jointly led "
                   "the Chilean delegation, and Deputy Minister Piotr Zielinski led the Polish one.")
    assert {n: heads.get(n) for n in ("Jose Ortiz", "Maria Lopez", "Ana Rojas")} == {
        "Jose Ortiz": "head.plural_head_verb", "Maria Lopez": "head.plural_head_verb", "Ana Rojas": "head.head_after"}
    # a list that the head verb does not close: only the one it follows
    heads = _heads("On 11 June, Deputy Minister Piotr Zielinski met Jose Ortiz, Maria Lopez and Ana Rojas of Chile. "
                   "General Tomasz Nowak led the Polish delegation.")
    assert "Jose Ortiz" not in heads and "Maria Lopez" not in heads


def test_head_co_head_side_before_by():
    # 'co-chaired on the A side by X, <office>, and on the B side by Y': each co-chair, the side named before 'by'
    for text in ("On 11 June, the joint committee met in Warsaw. It was co-chaired on the Polish side by General Tomasz "
                 "Nowak, Deputy Commander of the Border Guard, and on the Chilean side by Director Jose Ortiz, Head of "
                 "the Border Police of Chile.",
                 "On 11 June, the joint committee met in Warsaw, co-chaired for the Polish side by General Tomasz Nowak "
                 "and for the Chilean side by Director Jose Ortiz of Chile."):
        heads = _heads(text)
        assert heads.get("Tomasz Nowak") == "head.led_by" and heads.get("Jose Ortiz") == "head.co_head", text


def test_head_demonym_leader_present_tense():
    # 'The Chilean official who is leading a delegation ...' (no comma, the present): that side's first person named
    for lead in ("The Chilean official who is leading a delegation of the Carabineros",
                 "The Chilean director, who has led the Carabineros team since Monday,"):
        heads = _heads("On 11 June, talks were held in Warsaw by Deputy Minister Piotr Zielinski and the Director of the "
                       f"Carabineros of Chile, Jose Ortiz.\n\n{lead} thanked the hosts for the visit.")
        assert heads.get("Jose Ortiz") == "head.demonym_leader", lead
        assert "Piotr Zielinski" not in heads


def test_head_head_after_title_from_the_name():
    # 'X, the head of A (AA) and B (BB), led a delegation': the titles in commas read from the name's end, whatever part
    # of them the person's office took
    heads = _heads("Jose Ortiz, the head of the Chilean Carabineros (CAR) and Investigations Police (PDI), led a high-level "
                   "delegation to Warsaw on 11 June for talks with Deputy Minister Piotr Zielinski.")
    assert heads.get("Jose Ortiz") == "head.head_after"
    assert "Piotr Zielinski" not in heads


def test_head_co_chaired_with():
    # 'A co-chaired the joint commission with B': both chaired it, B the first one named after 'with'
    for text in ("On 11 June, Deputy Minister Piotr Zielinski co-chaired the joint border commission with the Chilean "
                 "Minister of the Interior Maria Lopez in Warsaw.",
                 "On 11 June, Deputy Minister Piotr Zielinski jointly chaired the session with his Chilean counterpart "
                 "Maria Lopez in Warsaw."):
        assert _heads(text) == {"Piotr Zielinski": "head.head_after", "Maria Lopez": "head.co_chaired_with"}, text
    # chaired alone, 'with' someone met: only the chair
    assert _heads("On 11 June, Deputy Minister Piotr Zielinski chaired the meeting with the Chilean Minister of the "
                  "Interior Maria Lopez in Warsaw.") == {"Piotr Zielinski": "head.head_after"}


def test_head_head_after_at_the_helm():
    # 'X was at the helm of the delegation', as 'at the head of'
    heads = _heads("On 11 June, Deputy Minister Piotr Zielinski met a Chilean delegation in Warsaw. The Director of the "
                   "Carabineros of Chile, Jose Ortiz, was at the helm of the Chilean delegation.")
    assert heads == {"Jose Ortiz": "head.head_after"}


def test_meeting_travel_on_to_a_building():
    # '... then proceeded to the Ministry of Justice, where he met X': the place gone on to may be a building with 'the'
    got = _meetings("On 11 June, Deputy Minister Piotr Zielinski held talks with the Chilean Minister of the Interior Maria "
                    "Lopez in Warsaw.\n\nZielinski then proceeded to the Ministry of Justice, where he met the Peruvian "
                    "Minister of Justice Jose Ortiz.")
    assert got == [["Maria Lopez", "Piotr Zielinski"], ["Jose Ortiz", "Piotr Zielinski"]]


def test_head_wordings_round_four():
    # more ways of saying who led (written for issue 8's fourth round, how else a release would put it)
    base = "On 11 June, Deputy Minister Piotr Zielinski met a Chilean police delegation in Warsaw. "
    # 'X of Chile was leading the delegation': the side after the name, then an auxiliary before the head verb
    assert _heads(base + "Director Jose Ortiz of Chile was leading the delegation.") == {"Jose Ortiz": "head.head_after"}
    # 'X represented Chile as head of delegation'
    assert _heads(base + "Director Jose Ortiz represented Chile as head of delegation.") == {"Jose Ortiz": "head.head_after"}
    # '..., and the Polish one by Y': the noun left out as 'one'
    assert _heads(base + "The Chilean delegation was headed by Director Jose Ortiz of Chile, and the Polish one by "
                  "General Tomasz Nowak.") == {"Jose Ortiz": "head.led_by", "Tomasz Nowak": "head.elliptic_head"}


def test_head_head_office_joined():
    base = "On 11 June, Deputy Minister Piotr Zielinski met a Chilean police delegation in Warsaw. "
    # an office joined to the head's: 'the Chilean police chief and head of the delegation'
    assert _heads(base + "Commissioner Jose Ortiz, the Chilean police chief and head of the delegation, thanked the "
                  "hosts.") == {"Jose Ortiz": "head.head_office"}


def test_head_demonym_leader_office_words():
    # the office a demonym opens written in capitals, over several words ('The Chilean Interior Minister, who headed a
    # delegation'): that side's first person named
    for lead in ("The Chilean Interior Minister, who headed a high-level delegation to Poland,",
                 "The Chilean Deputy Police Commissioner, who was leading a five-member team,",
                 "The Chilean Secretary of State, who led the delegation,"):
        heads = _heads("On 11 June, Deputy Minister Piotr Zielinski held talks in Warsaw with his Chilean counterpart "
                       f"Jose Ortiz.\n\n{lead} thanked the hosts for the visit.")
        assert heads.get("Jose Ortiz") == "head.demonym_leader", lead
        assert "Piotr Zielinski" not in heads


def test_head_role_list():
    # a plural role in apposition to a list of names, before it or after it: every item headed a delegation or chaired
    for sentence in ("Its co-chairs, Deputy Minister Piotr Zielinski and Chilean Undersecretary of the Interior Maria "
                     "Lopez, signed the minutes.",
                     "Deputy Minister Piotr Zielinski of Poland and Undersecretary Maria Lopez of Chile, the co-chairs of "
                     "the group, opened the session.",
                     "The group sat with Deputy Minister Piotr Zielinski and Chilean Undersecretary Maria Lopez as "
                     "co-chairs.",
                     "The heads of delegations, Deputy Minister Piotr Zielinski of Poland and Undersecretary Maria Lopez "
                     "of Chile, signed the protocol."):
        heads = _heads(f"On 11 June, the Polish-Chilean working group met in Warsaw. {sentence}")
        assert heads == {"Piotr Zielinski": "head.role_list", "Maria Lopez": "head.role_list"}, sentence
    # one person with a singular role, or a list the role does not stand beside: no heads from it
    assert _heads("On 11 June, the working group met in Warsaw. Deputy Minister Piotr Zielinski, the co-chair of the "
                  "group, welcomed Undersecretary Maria Lopez of Chile.") == {}
    assert _heads("On 11 June, Deputy Minister Piotr Zielinski met Undersecretary Maria Lopez of Chile in Warsaw. The "
                  "co-chairs of the next session were not named.") == {}


def test_head_led_by_wordings():
    # other words for leading a delegation: 'spearheaded by', 'under the command of', a comma before 'under <name>',
    # 'in charge of the delegation', 'chaired the meeting together with'
    for sentence in ("The Chilean delegation, spearheaded by Colonel Maria Lopez, discussed drug smuggling.",
                     "The Chilean delegation was under the command of Colonel Maria Lopez.",
                     "The Chilean delegation, under Colonel Maria Lopez, discussed drug smuggling.",
                     "Colonel Maria Lopez was in charge of the Chilean delegation."):
        members = _members("On 11 June, Deputy Minister Piotr Zielinski received a delegation from Chile in Warsaw. "
                           + sentence)
        assert members["Maria Lopez"][0] == "CHL" and members["Maria Lopez"][1].head, sentence
        assert not members["Piotr Zielinski"][1].head
    heads = _heads("On 11 June, the working group met in Warsaw. Deputy Minister Piotr Zielinski chaired the meeting "
                   "together with Chilean Undersecretary of the Interior Maria Lopez.")
    assert heads == {"Piotr Zielinski": "head.head_after", "Maria Lopez": "head.co_chaired_with"}


def test_head_head_after_team_leader():
    # 'X, the Chilean team leader,': the leader the apposition names
    assert _heads("On 11 June, Deputy Minister Piotr Zielinski received a delegation from Chile in Warsaw. Colonel Maria "
                  "Lopez, the Chilean team leader, thanked the hosts.") == {"Maria Lopez": "head.head_after"}


def test_head_possessive_delegation_names_no_head():
    # "X's delegation" names whose delegation it is, not that X headed it at the meeting (a wording written for one release
    # in round five, removed in round six: it moved no development release and took a wrong head on a sealed batch)
    for text in ("On 11 June, Deputy Minister Piotr Zielinski received Chilean Colonel Maria Lopez's delegation in Warsaw.",
                 "On 11 June, Deputy Minister Piotr Zielinski met Colonel Maria Lopez of Chile in Warsaw. Lopez's "
                 "delegation members toured the academy."):
        assert "Maria Lopez" not in _heads(text), text


def test_side_leads_delegation_of_agency_words():
    # 'X led a delegation of the Carabineros of Chile': the agency's own words before its country
    for sentence in ("Colonel Maria Lopez led a five-member delegation of the Carabineros of Chile.",
                     "Colonel Maria Lopez, who led a delegation of the Investigations Police of Chile, thanked the hosts."):
        members = _members("On 11 June, Deputy Minister Piotr Zielinski received a delegation in Warsaw. " + sentence)
        side, member = members["Maria Lopez"]
        assert (side, member.side_rule, member.head) == ("CHL", "side.leads_named", True), sentence


def test_head_office_reference_other_words():
    # 'the Chilean delegation headed by the Minister of Interior' and the one person whose office says the same in other
    # words ('Acting Minister of the Interior X', 'Interior Minister X'); not a deputy's office
    for office in ("Acting Minister of the Interior", "Interior Minister", "Minister of Interior"):
        heads = _heads(f"On 11 June, Deputy Minister Piotr Zielinski met in Warsaw the {office} of Chile, Maria Lopez, "
                       "who came with a Chilean delegation headed by the Minister of Interior.")
        assert heads == {"Maria Lopez": "head.office_reference"}, office
    assert _heads("On 11 June, Deputy Minister Piotr Zielinski met in Warsaw the Deputy Minister of the Interior of Chile, "
                  "Maria Lopez, who came with a Chilean delegation headed by the Minister of Interior.") == {}


def test_head_ruling_body():
    # who governs a state, commands an army or leads a party, said in passing, heads no delegation of the meeting
    heads = _heads("On 11 June, Minister Piotr Zielinski met the Chilean Minister of the Interior Maria Lopez in "
                   "Warsaw.\n\nIn 2019, Chile's interim government led by Jose Ortiz signed a border treaty.")
    assert heads == {}
    heads = _heads("On 11 June, Minister Piotr Zielinski met the Chilean Minister of the Interior Maria Lopez in "
                   "Warsaw.\n\nThe northern forces, led by General Jose Ortiz, still hold the border crossings.")
    assert heads == {}
    heads = _heads("On 11 June, Minister Piotr Zielinski met the Chilean Minister of the Interior Maria Lopez in "
                   "Warsaw.\n\nThe ruling party headed by Jose Ortiz backs the plan.")
    assert heads == {}
    # a government delegation led by someone is the meeting's delegation: its leader heads it
    heads = _heads("On 11 June, a Chilean government delegation led by Minister of the Interior Maria Lopez met "
                   "Minister Piotr Zielinski in Warsaw.")
    assert heads == {"Maria Lopez": "head.led_by"}


def test_head_co_head_joint_chairmanship():
    # 'under the joint chairmanship of A and B' (also 'joint presidency', 'joint leadership'): both chaired
    for words in ("joint chairmanship", "joint presidency", "joint leadership", "co-chairmanship"):
        heads = _heads("On 11 June the Polish-Chilean Council on border security met in Warsaw under the " + words +
                       " of the two ministers, Piotr Zielinski and Maria Lopez of Chile.")
        assert heads == {"Piotr Zielinski": "head.led_by", "Maria Lopez": "head.co_head"}, words
    # the leadership of one is not a joint one: only the first named led
    heads = _heads("On 11 June the Chilean delegation met in Warsaw under the leadership of Minister Maria Lopez, "
                   "and Deputy Minister Piotr Zielinski welcomed it.")
    assert heads == {"Maria Lopez": "head.led_by"}


def test_head_head_after_time_between():
    # the time told between the name and 'led' ('Ms X, from June 21 to 26 led a delegation'): X led it
    for words in (", from June 21 to 26 led", ", on Monday, headed", " on 4 May led"):
        heads = _heads("The Chilean Minister of the Interior, Maria Lopez" + words + " a delegation to Warsaw and met "
                       "Deputy Minister Piotr Zielinski.")
        assert heads == {"Maria Lopez": "head.head_after"}, words


def test_head_demonym_leader_counterpart_at_the_head_of():
    # the guest named, then referred to by counterpart: 'who is visiting ... at the head of a delegation' says he led it
    for clause in ("who is currently visiting Warsaw at the head of a high-level security delegation",
                   "who arrived at the head of a five-member delegation",
                   "who was leading a delegation of border officers"):
        heads = _heads("On 11 June, Deputy Minister Piotr Zielinski met the Chilean Minister of the Interior, Maria Lopez, "
                       "in Warsaw. A statement said that \"the Deputy Minister received his Chilean counterpart, " + clause +
                       ".\"")
        assert heads == {"Maria Lopez": "head.demonym_leader"}, clause


def test_head_head_after_delegates():
    # 'who led the delegates of ...' (a real page's 'led a high-powered delegate'): the group the person led
    for words in ("who led the delegates of the Carabineros", "who led a high-powered delegate",
                  "who led a delegation"):
        heads = _heads("On 11 June, the Chilean Director of the Carabineros Maria Lopez, " + words + ", met Deputy "
                       "Minister Piotr Zielinski in Warsaw.")
        assert heads == {"Maria Lopez": "head.head_after"}, words
