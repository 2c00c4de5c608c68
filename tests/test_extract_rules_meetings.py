"""Examples for what makes a meeting a meeting, what splits two and who heads a side (issue 8, round 3: meetings
lost whole on unseen pages); one test per rule id added or changed, named after it.

Every sentence is written for the test (fictional people); each checks the fact and, where the record names one,
the rule id.
"""

from whomet.store.extract import extract

HEAD = "date 2024-06-14 Source: Ministry of Interior of the Republic of Poland\n\n"


def _meetings(text, head=HEAD):
    return [sorted((d.side, m.name) for d in mt.delegations for m in d.members) for mt in extract(head + text).meetings]


def test_meeting_paragraph_meets():
    # a host receiving envoys one after another, a paragraph each: one meeting per envoy, the host in every one
    got = _meetings("Minister Piotr Zielinski received the Ambassador of Chile Maria Lopez at the ministry on Tuesday.\n\n"
                    "He also met with the Peruvian Ambassador to Poland, Jose Ortiz, to discuss visas.\n\n"
                    "Minister Zielinski received the Latvian Ambassador Janis Ozols, and they spoke of border checks.\n\n"
                    "Additionally, he held talks with the Ambassador of Estonia Kadri Tamm.")
    assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")],
                   [("PER", "Jose Ortiz"), ("POL", "Piotr Zielinski")],
                   [("LVA", "Janis Ozols"), ("POL", "Piotr Zielinski")],
                   [("EST", "Kadri Tamm"), ("POL", "Piotr Zielinski")]]
    # another host the evening before, its own day inside the paragraph
    got = _meetings("On Thursday, Minister Piotr Zielinski welcomed the Chilean Minister of the Interior Maria Lopez.\n\n"
                    "Meanwhile, Deputy Minister Anna Nowak had welcomed on Wednesday the Peruvian Minister Jose Ortiz.")
    assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")], [("PER", "Jose Ortiz"), ("POL", "Anna Nowak")]]
    # a paragraph naming nobody of another side: one meeting (another official of the partner's side met is a meeting
    # of its own: meeting.another_official)
    assert len(_meetings("Minister Piotr Zielinski received the Ambassador of Chile Maria Lopez on Tuesday.\n\n"
                         "He then met with the press officer of the ministry, Anna Nowak.")) == 1


def test_side_most_named():
    # no publisher, no host, no venue and nobody of the meeting with a side: the country the release names most, as
    # a guess, rather than losing the whole meeting
    text = (" date 2024-06-14 Zambia Police has said that meeting police forces from neighbouring countries matters.\n"
            "The Commissioner of Police for the Eastern Region Grace Mwansa said this on Wednesday at a daylong "
            "bilateral meeting between the Zambia Police Eastern Region and the Malawi Police Central Region.\n"
            "Commissioner Mwansa added that the Zambia Police would share what it knows with the Malawi Police.")
    got = [(d.side, m.name, m.side_rule, m.guessed) for mt in extract(text).meetings for d in mt.delegations
           for m in d.members]
    assert got == [("ZMB", "Grace Mwansa", "side.most_named", True)]


def test_meeting_assembly_and_holding():
    # an assembly or a session told in the present, with its participants named later: a meeting
    for lead in ("The Regional Police Chiefs Committee is holding its 9th General Assembly in Lusaka.",
                 "The chiefs of police of the region are currently holding their annual assembly in Lusaka.",
                 "The plenary session of the chiefs of police opened in Lusaka."):
        got = _meetings(f"{lead}\n\nIn his address, Inspector General of Police Jonas Mwale of Zambia welcomed the "
                        "delegates. Commissioner of Police Anna Kowalska of Poland spoke of training.")
        assert got == [[("POL", "Anna Kowalska"), ("ZMB", "Jonas Mwale")]], lead
    # a visit the two ministers concluded
    got = _meetings("The Minister of the Interior of Chile Maria Lopez and Deputy Minister Piotr Zielinski have "
                    "concluded a two-day working visit in Warsaw.")
    assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")]]
    # one to come is none
    assert _meetings("The Regional Police Chiefs Committee will be holding its General Assembly in Lusaka, Inspector "
                     "General of Police Jonas Mwale of Zambia said.") == []


def test_meeting_led_by():
    # a team, a group or a meeting led by someone: a meeting even when no verb of meeting is used
    for team in ("a team of Chilean police officers led by Commissioner Maria Lopez",
                 "a Chilean group headed by Commissioner Maria Lopez"):
        got = _meetings(f"Deputy Commander Piotr Zielinski of the Border Guard said {team} was in Warsaw this week "
                        "to discuss drug smuggling.")
        assert ("CHL", "Maria Lopez") in got[0], team
    got = _meetings("The ministers' talks were preceded by a senior officials meeting led by Commissioner Maria Lopez "
                    "of Chile and her Polish counterpart Commander Piotr Zielinski.")
    assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")]]


def test_meeting_agreement_reached():
    for said in ("under an agreement reached this week between Commissioner Maria Lopez of Chile and Deputy "
                 "Minister Piotr Zielinski", "after Commissioner Maria Lopez of Chile reached an agreement with Deputy "
                 "Minister Piotr Zielinski"):
        got = _meetings(f"Chilean police officers will train Polish border guards {said}.")
        assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")]], said


def test_person_blank_line():
    # a page's list of other stories ends at a line holding a dash alone: the story under it is read
    text = (" date 2024-06-14 -\nREAD ALSO\nBorder guards seize a boat\nNew patrol vessel for the coast guard\n-\n"
            "The Chilean Coast Guard Director General Maria Lopez met with her Polish counterpart Rear Admiral Piotr "
            "Zielinski in Gdansk on Tuesday.\n")
    got = [(d.side, m.name) for mt in extract(text).meetings for d in mt.delegations for m in d.members]
    assert sorted(got) == [("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")]
    # a name in the list itself stays out
    text = (" date 2024-06-14 -\nREAD ALSO\nCommander Jonas Petraitis visits Vilnius\n-\n"
            "The Chilean Coast Guard Director General Maria Lopez met with her Polish counterpart Rear Admiral Piotr "
            "Zielinski in Gdansk on Tuesday.\n")
    got = [m.name for mt in extract(text).meetings for d in mt.delegations for m in d.members]
    assert "Jonas Petraitis" not in got


def test_meeting_continued_elsewhere():
    def places(text):
        return [(m.place.city, sorted(x.name for d in m.delegations for x in d.members))
                for m in extract(HEAD + text).meetings]

    lead = ("On 11 June, Deputy Minister Piotr Zielinski held talks with the Chilean Minister of the Interior Maria "
            "Lopez in Warsaw. They discussed border checks.\n\n")
    for went_on in ("The talks were continued at the Border Guard school in the city of Koszalin",
                    "The talks then moved to the Naval Academy in Gdansk", "Then the talks resumed in Krakow"):
        assert places(lead + f"{went_on}, where the two sides spoke of training.") == [
            ("Warsaw", ["Maria Lopez", "Piotr Zielinski"]), (went_on.split()[-1], ["Maria Lopez", "Piotr Zielinski"])], went_on
    # talks going on in the city they began in: one meeting
    assert len(places(lead + "The talks were continued at the Border Guard headquarters in Warsaw.")) == 1


def test_head_head_after_on_the_top_of():
    # 'X arrived in <City>, <words>, on the top of a delegation': X heads it, over commas and a day between
    for arrived in ("on Sunday arrived in the Polish capital city, Warsaw, on the top of a high-level police delegation",
                    "arrived in Warsaw on Sunday on top of a delegation of the Carabineros"):
        text = (f"Chile's Minister of the Interior Maria Lopez {arrived}. She was welcomed by her Polish counterpart, "
                "Minister Piotr Zielinski.")
        heads = {m.name: m.head_rule for mt in extract(HEAD + text).meetings for d in mt.delegations
                 for m in d.members if m.head}
        assert heads == {"Maria Lopez": "head.head_after"}, arrived


def test_meeting_separate_meanwhile():
    # 'Meanwhile, ...' opening a paragraph tells another meeting, at a place of its own
    got = [(m.place.city, sorted(x.name for d in m.delegations for x in d.members)) for m in extract(
        HEAD + "Deputy Minister Piotr Zielinski met the Chilean Ambassador Maria Lopez in Warsaw on Tuesday. They "
        "discussed visas.\n\nMeanwhile, the Minister of Foreign Affairs Anna Nowak signed a memorandum with her Chilean "
        "counterpart, Minister Jose Ortiz, in Santiago on Monday.").meetings]
    assert got == [("Warsaw", ["Maria Lopez", "Piotr Zielinski"]), ("Santiago", ["Anna Nowak", "Jose Ortiz"])]


def _heads(text, head=HEAD):
    return {m.name: (d.side, m.head_rule) for mt in extract(head + text).meetings for d in mt.delegations
            for m in d.members if m.head}


def test_head_delegation_head_before():
    # the leader of a side's delegates, the title the name took: that side's head, over the office after the name
    for leader in ("the team leader of the Chilean delegates Mr Jose Ortiz", "the leader of the Chilean delegation, Mr. Jose Ortiz"):
        heads = _heads(f"Deputy Minister Piotr Zielinski met police officers of Chile in Warsaw on 11 June. In his remarks, "
                       f"{leader}, Commander General of Police for the Northern Region, thanked the hosts.")
        assert heads == {"Jose Ortiz": ("CHL", "head.delegation_head_before")}, leader


def test_head_verb_before_head():
    # 'Under the guidance of the leaders of both countries, A and B have made progress ..., X said': X led nothing
    heads = _heads("On 11 June, Deputy Minister Piotr Zielinski held a video call with the Chilean Minister Maria Lopez. "
                   "Under the guidance of the leaders of the two countries, Chile and Poland have made solid progress in "
                   "police training, Zielinski said.")
    assert heads == {}
    heads = _heads("On 11 June, a Chilean delegation led by Minister Maria Lopez held talks with Deputy Minister Piotr "
                   "Zielinski in Warsaw.")
    assert heads == {"Maria Lopez": ("CHL", "head.led_by")}


def test_head_name_next():
    # 'The Head of the Chilean delegation to the session, <office>, A and that of the Polish delegation, B': A and B
    # head their sides; nobody named earlier of either side is taken for a head the text refers to without a name
    heads = _heads("The Presidents of Chile and Poland, Carlos Rojas and Adam Wisniewski, will soon read the minutes. "
                   "On 11 June the Head of the Chilean delegation to the session, Interior Minister, Maria Lopez and "
                   "that of the Polish delegation, Brigadier General Piotr Zielinski signed the minutes in Warsaw.")
    assert heads == {"Maria Lopez": ("CHL", "head.head_office"),
                     "Piotr Zielinski": ("POL", "head.delegation_head_before")}
    # with no name after it, the office refers to that side's first person named (head.side_head_reference)
    heads = _heads("On 11 June, Minister Maria Lopez of Chile held talks in Warsaw with Deputy Minister Piotr Zielinski. "
                   "The head of the Chilean delegation to Poland noted the progress made.")
    assert heads == {"Maria Lopez": ("CHL", "head.side_head_reference")}


def test_meeting_preceded_by():
    # one sentence telling a second meeting, with only the people named from the cue on
    for cue in ("was preceded by a senior officials meeting led by", "was followed by a working session of"):
        got = _meetings("On 11 June, Minister Maria Lopez of Chile and Minister Anna Nowak of Poland held talks in "
                        f"Warsaw.\n\nThe ministers' meeting {cue} Commissioner Jose Ortiz of Chile and his Polish "
                        "counterpart Commander Piotr Zielinski.")
        assert got == [[("CHL", "Maria Lopez"), ("POL", "Anna Nowak")],
                       [("CHL", "Jose Ortiz"), ("POL", "Piotr Zielinski")]], cue
    # 'followed by' with no meeting after it: one meeting
    assert len(_meetings("On 11 June, Minister Maria Lopez of Chile and Minister Anna Nowak of Poland held talks in "
                         "Warsaw, followed by a press conference with Commissioner Jose Ortiz of Chile.")) == 1


def test_meeting_audience_and_more_wordings():
    # each sentence alone tells a meeting of the two people it names
    for said in ("The Crown Prince granted an audience to the visiting Commissioner Jose Ortiz of Chile, and the "
                 "Deputy Minister Piotr Zielinski attended.",
                 "Commissioner Jose Ortiz of Chile called upon Deputy Minister Piotr Zielinski at the ministry.",
                 "Commissioner Jose Ortiz of Chile is paying a call on Deputy Minister Piotr Zielinski today.",
                 "Commissioner Jose Ortiz of Chile and Deputy Minister Piotr Zielinski had a bilateral discussion on "
                 "visas.",
                 "Commissioner Jose Ortiz of Chile engaged with Deputy Minister Piotr Zielinski on visas.",
                 "Commissioner Jose Ortiz of Chile exchanged ideas with Deputy Minister Piotr Zielinski.",
                 "Deputy Minister Piotr Zielinski welcomed his Chilean counterpart Jose Ortiz to the ministry.",
                 "Deputy Minister Piotr Zielinski and Commissioner Jose Ortiz of Chile spoke by video link.",
                 "At the meeting, Deputy Minister Piotr Zielinski told Commissioner Jose Ortiz of Chile about visas.",
                 "Deputy Minister Piotr Zielinski briefed his Chilean counterpart Jose Ortiz on the reform."):
        assert _meetings(said) == [[("CHL", "Jose Ortiz"), ("POL", "Piotr Zielinski")]], said
    # the same words for an event to come tell none
    assert _meetings("At the meeting to be held next week, Deputy Minister Piotr Zielinski will brief Commissioner "
                     "Jose Ortiz of Chile.") == []


def test_meeting_audience():
    got = _meetings("Commissioner Jose Ortiz of Chile was received in audience by the President of Poland, Anna Nowak.")
    assert got == [[("CHL", "Jose Ortiz"), ("POL", "Anna Nowak")]]


def test_meeting_during_meeting():
    got = _meetings("During the talks, Deputy Minister Piotr Zielinski and Commissioner Jose Ortiz of Chile agreed on "
                    "joint patrols.")
    assert got == [[("CHL", "Jose Ortiz"), ("POL", "Piotr Zielinski")]]


def test_meeting_same_meeting():
    # 'Meanwhile, according to X, Y attended the meeting': the meeting told before, no other one
    got = _meetings("On 11 June, Deputy Minister Piotr Zielinski held talks in Warsaw with the Chilean Minister Maria "
                    "Lopez. They discussed visas.\n\nMeanwhile, according to the Chilean police, Commissioner Jose "
                    "Ortiz of Chile attended the meeting, accompanied by Inspector Ana Ruiz.")
    assert len(got) == 1


def test_head_head_after_more_wordings():
    # who heads a side, said after the name: over a side after the name, 'as head of delegation' with no article,
    # '(leader)' in brackets
    for text in ("On 11 June, Commissioner Jose Ortiz of Chile led a delegation of five officers to Warsaw, where they "
                 "met Deputy Minister Piotr Zielinski.",
                 "On 11 June, Commissioner Jose Ortiz of Chile headed his country's delegation at the talks with Deputy "
                 "Minister Piotr Zielinski in Warsaw.",
                 "On 11 June, a Chilean police delegation, comprising Commissioner Jose Ortiz as head of delegation and "
                 "Inspector Ana Ruiz, met Deputy Minister Piotr Zielinski in Warsaw.",
                 "On 11 June, a Chilean police delegation met Deputy Minister Piotr Zielinski in Warsaw. The delegation "
                 "comprised Commissioner Jose Ortiz (leader) and Inspector Ana Ruiz."):
        assert _heads(text) == {"Jose Ortiz": ("CHL", "head.head_after")}, text


def test_head_delegation_head_before_possessive():
    heads = _heads("On 11 June, Deputy Minister Piotr Zielinski met a Chilean police delegation in Warsaw. The "
                   "delegation's leader, Commissioner Jose Ortiz, thanked the hosts.")
    assert heads == {"Jose Ortiz": ("CHL", "head.delegation_head_before")}


def test_head_and_next_side_after_name():
    # 'chaired by A of Chile and B': both chaired, the first one's side written after the name
    heads = _heads("On 11 June, the 5th meeting of the Chile-Poland Joint Working Group, chaired by Commissioner Jose "
                   "Ortiz of Chile and Deputy Minister Piotr Zielinski, took place in Warsaw.")
    assert heads == {"Jose Ortiz": ("CHL", "head.led_by"), "Piotr Zielinski": ("POL", "head.co_head")}
    # 'led by A of Chile and B of Peru': B of another side did not lead A's delegation
    heads = _heads("On 11 June, a Chilean delegation led by Commissioner Jose Ortiz of Chile and Inspector Ana Ruiz of "
                   "Peru met Deputy Minister Piotr Zielinski in Warsaw.")
    assert set(heads) == {"Jose Ortiz"}


def test_meeting_led_by_side():
    # 'the A side was led by X, while the B side was headed by Y': a meeting, both heads
    heads = _heads("On 11 June, the Chilean side was led by Commissioner Jose Ortiz, while the Polish side was headed "
                   "by Deputy Minister Piotr Zielinski.")
    assert set(heads) == {"Jose Ortiz", "Piotr Zielinski"}


def test_head_office_reference():
    # a delegation led by an office with no name: the one person whose office or grade it names
    for text in ("On 11 June, a Chilean delegation headed by the Commissioner visited Warsaw. Commissioner Jose Ortiz "
                 "met Deputy Minister Piotr Zielinski.",
                 "On 11 June, a delegation led by the Chilean Interior Minister arrived in Warsaw. The Minister, Maria "
                 "Lopez, met Deputy Minister Piotr Zielinski and Minister Jose Ortiz of Peru."):
        heads = _heads(text)
        assert len(heads) == 1 and next(iter(heads.values()))[1] == "head.office_reference", text
    # two who hold it: nobody is guessed
    assert _heads("On 11 June, a Chilean delegation headed by the Commissioner visited Warsaw. Commissioner Jose Ortiz "
                  "and Commissioner Ana Ruiz met Deputy Minister Piotr Zielinski.") == {}


def test_meeting_conference_with_its_participants():
    # a conference told by its own verb, or by the list of who was there: a meeting of those named
    for lead in ("The 9th Regional Police Chiefs Conference opened in Lusaka on 11 June.",
                 "The two-day workshop for border police of Zambia and Poland wrapped up in Lusaka on 11 June.",
                 "The regional conference of police chiefs in Lusaka on 11 June."):
        for listed in ("Among the participants were Inspector General of Police Jonas Mwale of Zambia and Commissioner "
                       "Anna Kowalska of Poland.",
                       "Present at the conference were Inspector General of Police Jonas Mwale of Zambia and "
                       "Commissioner Anna Kowalska of Poland."):
            got = _meetings(f"{lead}\n\n{listed}")
            assert got == [[("POL", "Anna Kowalska"), ("ZMB", "Jonas Mwale")]], (lead, listed)
    # one to come, or a press conference: none
    assert _meetings("The Regional Police Chiefs Conference will open in Lusaka next week, Inspector General of "
                     "Police Jonas Mwale of Zambia said.") == []


def test_meeting_attended_spoke_at():
    for said in ("Commissioner Anna Kowalska of Poland spoke at the 9th Regional Police Chiefs Conference in Lusaka, "
                 "chaired by Inspector General of Police Jonas Mwale of Zambia.",
                 "Commissioner Anna Kowalska of Poland represented her country at the 9th Regional Police Chiefs Conference in Lusaka, "
                 "where Inspector General of Police Jonas Mwale of Zambia was the host."):
        assert _meetings(said) == [[("POL", "Anna Kowalska"), ("ZMB", "Jonas Mwale")]], said
    assert _meetings("Commissioner Anna Kowalska of Poland spoke at a press conference in Warsaw about Inspector "
                     "General of Police Jonas Mwale of Zambia.") == []
    # what the participants said at a meeting tells the meeting, a press conference's still none
    record = extract(HEAD + "The ministers of Poland, Lithuania and Latvia are resolved to guard the border together, the "
                     "interior ministers of the three countries said at a conference in Vilnius on Thursday.")
    assert len(record.meetings) == 1 and {"LTU", "LVA"} <= {d.side for d in record.meetings[0].delegations}
    assert extract(HEAD + "The ministers of Lithuania and Latvia said at a news conference in Vilnius that the border "
                   "is safe.").meetings == []


def test_meeting_split_meeting_word_called_on():
    # 'Separately, X called on Y' with X of a side the talks before did not have: another meeting
    lead = ("On 11 June, Deputy Minister Piotr Zielinski held talks in Warsaw with the Chilean Minister of the Interior "
            "Maria Lopez. They discussed visas.\n\n")
    assert _meetings(lead + "Separately, the Ambassador of Peru Jose Ortiz called on Deputy Minister Piotr Zielinski.") \
        == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")], [("PER", "Jose Ortiz"), ("POL", "Piotr Zielinski")]]
    # a reception during the same visit with no day or place of its own stays in the meeting (SCHEMA.md)
    assert len(_meetings(lead + "Before the talks, Minister Maria Lopez was received by President Anna Nowak.")) == 1


def test_date_next_day_second_day_of_the_visit():
    # 'On the second day of the visit, ...' opening a paragraph: another meeting, the day after the one before
    got = [(m.date.isoformat(), sorted(x.name for d in m.delegations for x in d.members)) for m in extract(
        HEAD + "On 11 June, Deputy Minister Piotr Zielinski held talks in Warsaw with the Chilean Minister of the "
        "Interior Maria Lopez. They discussed visas.\n\nOn the second day of the visit, Minister Maria Lopez held talks "
        "with the Commander of the Border Guard Anna Nowak.").meetings]
    assert got == [("2024-06-11", ["Maria Lopez", "Piotr Zielinski"]), ("2024-06-12", ["Anna Nowak", "Maria Lopez"])]


def test_head_led_by_head_of_was():
    # the inverted 'The head of the X delegation (at the meeting) was Y'
    heads = _heads("On 11 June, the border guards of Chile and Poland met in Warsaw. The head of the Chilean delegation at "
                   "the meeting was Colonel Jose Ortiz, Deputy Chief of the Carabineros. The Polish delegation was led "
                   "by Colonel Piotr Zielinski.")
    assert heads == {"Jose Ortiz": ("CHL", "head.led_by"), "Piotr Zielinski": ("POL", "head.led_by")}
    # 'The head of the delegation was led by ...', 'was composed of': not the inverted clause
    heads = _heads("On 11 June, the border guards of Chile and Poland met in Warsaw. The head of the Chilean delegation "
                   "was also received by Colonel Piotr Zielinski.")
    assert "Piotr Zielinski" not in heads


def test_meeting_from_sides():
    # a meeting told with nobody named (or nobody whose name is read): kept, its delegations the sides the text names,
    # with no members and the rule that built it, rather than a release that reports nothing
    record = extract("date 2024-05-14 Source: Border Guard Service of Lithuania\n\n"
                     "The annual meeting of the heads of the Baltic border services was held in Vilnius on 12 May 2024. "
                     "It was attended by delegations from Latvia, Estonia and Finland, and the Swedish coast guard "
                     "joined by video link.")
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert meeting.rule == "meeting.from_sides"
    assert {"LVA", "EST", "FIN", "SWE"} <= {d.side for d in meeting.delegations}
    assert all(not d.members for d in meeting.delegations)
    assert str(meeting.date) == "2024-05-12"
    # a release that tells no meeting still reports none; one with a person taking part is not built
    assert extract(HEAD + "Border guards of Latvia and Estonia detained 40 migrants in May, the statistics show.").meetings == []
    named = extract(HEAD + "Minister Piotr Zielinski met the Latvian Minister of the Interior Janis Ozols on Tuesday.")
    assert [m.rule for m in named.meetings] == [None]


def test_meeting_undated_days():
    # a page that shows no year: its days still tell two meetings apart, and neither is given a year
    text = ("Envoy tours the region\n\n"
            "The special envoy of Norway, Ingrid Dahl, has recently held talks with leaders in the region.\n\n"
            "On March 3, Envoy Dahl met with Ghana's Minister of the Interior Kwame Mensah in Accra.\n\n"
            "Three days later, on March 6, Dahl sat down with Togo's Minister of Security Koffi Agbeko. The meeting "
            "dealt with coastal piracy.")
    record = extract(text)
    got = [sorted((d.side, m.name) for d in mt.delegations for m in d.members) for mt in record.meetings]
    assert got == [[("GHA", "Kwame Mensah"), ("NOR", "Ingrid Dahl")], [("NOR", "Ingrid Dahl"), ("TGO", "Koffi Agbeko")]]
    assert [m.date for m in record.meetings] == [None, None]
    # the same page with a year: the same two meetings, dated
    record = extract("date 2024-03-07 Source: Ministry of Foreign Affairs of Norway\n\n" + text)
    assert [str(m.date) for m in record.meetings] == ["2024-03-03", "2024-03-06"]


def test_meeting_other_day_partner_someone_new():
    # a paragraph dated another day inside its sentence, whose meeting has someone nobody before named: a meeting of
    # its own even when every side it names took part before (the visitors meeting another official of the hosts)
    text = ("MINSK, March 14 -- Border security was the main topic of a meeting of Belarusian Interior Minister Ivan "
            "Kovalenko with visiting Lithuanian Minister of the Interior Ruta Petraitis that took place here on March 13.\n\n"
            "The sides discussed the joint patrols on the common border.\n\n"
            "It should be noted that Lithuanian Minister Ruta Petraitis also met with Belarusian border guard chief "
            "Pavel Sokol on March 12.")
    got = [sorted((d.side, m.name) for d in mt.delegations for m in d.members) for mt in extract(text).meetings]
    assert got == [[("BLR", "Ivan Kovalenko"), ("LTU", "Ruta Petraitis")],
                   [("BLR", "Pavel Sokol"), ("LTU", "Ruta Petraitis")]]
    # the same people on another day: the meeting told again, not another one
    assert len(extract(text.replace("also met with Belarusian border guard chief Pavel Sokol",
                                    "had met with Belarusian Interior Minister Ivan Kovalenko")).meetings) == 1


def test_meeting_undated_days_relative_first():
    # with no year on the page, a lead dated only by 'yesterday' has no day to compare: the paragraph dating the same
    # meeting by its weekday and day is not another meeting
    text = ("Minister Ana Rojas and the Polish Minister Piotr Zielinski pose after their meeting at the palace yesterday.\n\n"
            "Minister Ana Rojas of Chile and the Polish Minister of the Interior Piotr Zielinski met on Wednesday, March 29, "
            "at the palace to discuss police training.\n\n"
            "They were joined by the Chilean Minister of Justice, Jose Ortiz.")
    assert len(extract(text).meetings) == 1


def test_meeting_envoys_one_by_one():
    # envoys of several countries received in a row, one sentence: a call each, the host in every one (the envoy
    # office, meeting.envoy_office, on every person met)
    got = _meetings("Minister Piotr Zielinski on Monday received Chile's Ambassador to Poland Maria Lopez, Peru's Ambassador "
                    "to Poland Jose Ortiz and Ghana's High Commissioner Kwame Mensah.")
    assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")], [("PER", "Jose Ortiz"), ("POL", "Piotr Zielinski")],
                   [("GHA", "Kwame Mensah"), ("POL", "Piotr Zielinski")]]
    # an envoy with a minister of their own country, or a delegation that is no envoy's: one meeting
    assert len(_meetings("Minister Piotr Zielinski received Chile's Ambassador to Poland Maria Lopez and the Chilean "
                         "Minister of the Interior Jose Ortiz.")) == 1
    assert len(_meetings("Minister Piotr Zielinski received Chile's Ambassador to Poland Maria Lopez and Peru's Minister "
                         "of the Interior Jose Ortiz.")) == 1
    # envoys received together, at one event: one meeting (meeting.envoys_together)
    assert len(_meetings("Minister Piotr Zielinski jointly received Chile's Ambassador to Poland Maria Lopez and Peru's "
                         "Ambassador to Poland Jose Ortiz.")) == 1


def test_meeting_future_departure():
    # a delegation setting off tells a visit to come, not a meeting; one that met someone when it got there still does
    assert extract(HEAD + "Polish police delegation leaves for Chile\n\nThe delegation of the Polish Police, headed by "
                   "General Tomasz Nowak, left for Chile on 14 June. In Santiago, General Nowak will meet the Director of "
                   "the Carabineros, Jose Ortiz.").meetings == []
    got = _meetings("The delegation of the Polish Police, headed by General Tomasz Nowak, left for Chile on 12 June and met "
                    "the Director of the Carabineros of Chile, Jose Ortiz, in Santiago on 13 June.")
    assert got == [[("CHL", "Jose Ortiz"), ("POL", "Tomasz Nowak")]]


def test_meeting_present_welcomed_briefed_hosted():
    # 'welcomed the <office or group>', 'briefed the <office>', 'played host to': meetings with no other cue
    for verb in ("welcomed", "briefed", "played host to"):
        got = _meetings(f"Deputy Minister Piotr Zielinski {verb} the Chilean Minister of the Interior Maria Lopez in Warsaw "
                        "on 12 June.")
        assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")]], verb
    # welcoming or briefing a thing is no meeting
    assert extract(HEAD + "Deputy Minister Piotr Zielinski welcomed the decision of the Chilean Minister of the Interior "
                   "Maria Lopez to open a consulate.").meetings == []
    assert extract(HEAD + "Deputy Minister Piotr Zielinski briefed the media on the statement of the Chilean Minister of "
                   "the Interior Maria Lopez.").meetings == []


def test_meeting_other_day_partner_after_an_undated_lead():
    # a caption, then a paragraph dating its talks inside its first sentence: that paragraph's day ends the undated lead,
    # and a sentence dated another day inside the paragraph, with someone nobody before named, is a meeting of its own
    got = _meetings("At the talks (photo)\n\n"
                    "The Polish and Chilean police signed a work plan after their talks in Warsaw on 12 June. General Tomasz "
                    "Nowak of Poland met Director Jose Ortiz of Chile there. They reviewed joint training. On 11 June, the Chilean delegation met with Deputy Minister Piotr Zielinski.")
    assert got == [[("CHL", "Jose Ortiz"), ("POL", "Tomasz Nowak")], [("CHL", "Jose Ortiz"), ("POL", "Piotr Zielinski")]]


def test_meeting_delegation_subject():
    # 'On 13 June, the Chilean delegation met with X' opening another day's meeting: the Chilean people before take part;
    # the hosts of the day before do not
    got = _meetings("On 12 June, General Tomasz Nowak of Poland held talks in Warsaw with Director Jose Ortiz of Chile.\n\n"
                    "On 13 June, the Chilean delegation met with Deputy Minister Piotr Zielinski.")
    assert got == [[("CHL", "Jose Ortiz"), ("POL", "Tomasz Nowak")], [("CHL", "Jose Ortiz"), ("POL", "Piotr Zielinski")]]


def test_meeting_travel_on_other_wordings():
    # going on to another city for another meeting: 'also visited <City>, where he met', 'went on to <City> for talks
    # with', a paragraph opening 'The Chilean delegation then travelled to <City>, where it was received by' (that
    # delegation's people go on, meeting.delegation_subject)
    lead = ("On 12 June, Deputy Minister Piotr Zielinski held talks with the Chilean Minister of the Interior Maria Lopez "
            "in Warsaw. They discussed border security.\n\n")
    got = _meetings(lead + "Zielinski also visited Krakow, where he met the Peruvian Minister of the Interior Jose Ortiz.")
    assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")], [("PER", "Jose Ortiz"), ("POL", "Piotr Zielinski")]]
    for second in ("After Warsaw, the Chilean delegation went on to Gdansk for talks with the Commander of the Polish Port "
                   "Police, Anna Kowal.",
                   "The Chilean delegation then travelled to Gdansk, where it was received by the Commander of the Polish "
                   "Port Police, Anna Kowal."):
        got = _meetings(lead + second)
        assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")], [("CHL", "Maria Lopez"), ("POL", "Anna Kowal")]], second
    # travelling to the meeting itself is no other meeting
    assert len(_meetings("On 12 June, Minister Maria Lopez of Chile travelled to Warsaw, where she met Deputy Minister "
                         "Piotr Zielinski.")) == 1


def test_meeting_other_day_partner_later_on_weekday():
    # 'Later on Tuesday, ...', 'Earlier on Monday, ...' open another day as 'On Tuesday, ...' does
    lead = "On Monday, Deputy Minister Piotr Zielinski met the Lithuanian Border Guard commander Jonas Petraitis in Warsaw.\n\n"
    for opener, day in (("Later on Tuesday", "2024-06-11"), ("Also on Wednesday", "2024-06-12"), ("On Tuesday", "2024-06-11")):
        got = [(mt.date.isoformat(), sorted(m.name for d in mt.delegations for m in d.members))
               for mt in extract(HEAD + lead + f"{opener}, Deputy Minister Zielinski held talks with the Latvian Interior "
                                                 "Minister Anna Berzina.").meetings]
        assert got == [("2024-06-10", ["Jonas Petraitis", "Piotr Zielinski"]),
                       (day, ["Anna Berzina", "Piotr Zielinski"])], opener


def test_meeting_pronoun_subject():
    # a meeting told with a pronoun subject after a fronted adverbial ('On Tuesday morning, he held talks with X'): its
    # subject is the first one named in the meeting before, who takes part
    lead = "On Monday, Deputy Minister Piotr Zielinski met the Lithuanian Border Guard commander Jonas Petraitis in Warsaw.\n\n"
    for paragraph in ("On Tuesday morning, he held talks with the Latvian Interior Minister Anna Berzina.",
                      "On Tuesday, he also met the Latvian Interior Minister Anna Berzina.",
                      "Later on Tuesday, he received the Latvian Interior Minister Anna Berzina."):
        got = [sorted(m.name for d in mt.delegations for m in d.members) for mt in extract(HEAD + lead + paragraph).meetings]
        assert got == [["Jonas Petraitis", "Piotr Zielinski"], ["Anna Berzina", "Piotr Zielinski"]], paragraph


def test_meeting_present_received_on_a_day():
    # 'received today, Tuesday, the ...', 'welcomed yesterday (Monday) the ...': a day between the verb and its object
    for verb in ("received today, Tuesday, the", "welcomed yesterday (Monday) the", "received on Monday, the"):
        got = _meetings(f"Deputy Minister Piotr Zielinski {verb} Chilean Ambassador Maria Lopez.")
        assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")]], verb


def test_meeting_present_more_wordings():
    # a meeting told only by 'A and B discussed', 'consulted with', 'greeted the', a round table, a tete-a-tete
    for sentence in ("Deputy Minister Piotr Zielinski and the Chilean Ambassador Maria Lopez discussed border security.",
                     "Deputy Minister Piotr Zielinski and the Chilean Ambassador Maria Lopez reviewed border cooperation.",
                     "Deputy Minister Piotr Zielinski consulted with the Chilean Ambassador Maria Lopez.",
                     "Deputy Minister Piotr Zielinski greeted the Chilean Ambassador Maria Lopez at the ministry.",
                     "Deputy Minister Piotr Zielinski and the Chilean Ambassador Maria Lopez took part in a round table.",
                     "Deputy Minister Piotr Zielinski held a tete-a-tete with the Chilean Ambassador Maria Lopez."):
        assert _meetings(sentence + " They spoke of joint patrols on Tuesday.") == [
            [("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")]], sentence
    # one to come is none
    assert _meetings("Deputy Minister Piotr Zielinski and the Chilean Ambassador Maria Lopez will discuss border "
                     "security next week.") == []


def test_meeting_another_official():
    # after talks of two parties, the subject (also) meets someone nobody named before, of the partner's side: another
    # meeting (the real gold of two sites read unseen files such a meeting apart: a foreign secretary after the police
    # chief, a customs head after the navy)
    lead = ("On Tuesday, the Polish Minister Piotr Zielinski held talks in Santiago with the Chilean Minister of the Interior "
            "Maria Lopez. They discussed border checks.\n\n")
    for second in ("Zielinski also met with Jose Ortiz, the Chilean Minister of Foreign Affairs, to discuss visas.",
                   "He also met with the Chilean consul Jose Ortiz.",
                   "Minister Zielinski met with the Director of Chile's Customs Service, Jose Ortiz, to discuss cargo checks."):
        got = _meetings(lead + second)
        assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")],
                       [("CHL", "Jose Ortiz"), ("POL", "Piotr Zielinski")]], second
    # the subject's own staff, or the partner again with someone new of the subject's side: one meeting
    assert len(_meetings(lead + "He then met with the press officer of the ministry, Anna Nowak.")) == 1
    assert len(_meetings(lead + "Zielinski and Lopez also met with the Polish consul Anna Nowak.")) == 1


def test_meeting_days_respectively():
    # days paired with the people met by 'respectively': one meeting each, the subject in every one
    for sentence in ("On June 22 and 23, the Polish Minister Piotr Zielinski met with the Chilean Minister of the Interior "
                     "Maria Lopez and the Peruvian Minister of the Interior Jose Ortiz, respectively, to discuss visas.",
                     "The Polish Minister Piotr Zielinski held talks with the Chilean Minister of the Interior Maria Lopez "
                     "and the Peruvian Minister of the Interior Jose Ortiz on Monday and Tuesday respectively.",
                     "On 22 and 23 June the Polish Minister Piotr Zielinski received the Chilean Minister of the Interior "
                     "Maria Lopez and the Peruvian Minister of the Interior Jose Ortiz respectively."):
        got = _meetings(sentence)
        assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")],
                       [("PER", "Jose Ortiz"), ("POL", "Piotr Zielinski")]], sentence
    # a 'respectively' pairing offices, not days: one meeting of the three
    got = _meetings("On June 22, the Polish Minister Piotr Zielinski met with Maria Lopez and Jose Ortiz, the interior "
                    "ministers of Chile and Peru respectively.")
    assert len(got) == 1


def test_meeting_two_days():
    # 'respectively' splits only when the sentence pairs it with two days; one day told: one meeting
    got = _meetings("On June 22, the Polish Minister Piotr Zielinski met with the Chilean Minister of the Interior Maria "
                    "Lopez and the Peruvian Minister of the Interior Jose Ortiz, respectively, to discuss visas.")
    assert len(got) == 1
    got = _meetings("On Wednesday and Thursday, the Polish Minister Piotr Zielinski met with the Chilean Minister of the "
                    "Interior Maria Lopez and the Peruvian Minister of the Interior Jose Ortiz, respectively.")
    assert len(got) == 2


def test_meeting_met_verb():
    # the people met are those after the meeting verb: the subject before it is in every meeting, met by nobody
    got = _meetings("On 22 and 23 June the Polish Minister Piotr Zielinski held bilateral talks with the Chilean Minister "
                    "of the Interior Maria Lopez and the Peruvian Minister of the Interior Jose Ortiz, respectively.")
    assert got == [[("CHL", "Maria Lopez"), ("POL", "Piotr Zielinski")],
                   [("PER", "Jose Ortiz"), ("POL", "Piotr Zielinski")]]
