"""Extraction scored over the shared corpus (targets of issue 3), the seed release field for field,
the fixtures and the dev split of tests/corpus (tuned on: they keep their figures).

The sealed split has its own test, test_corpus_sealed.py."""

import json
from pathlib import Path

import pytest

from whomet.store.corpus import load_manifest
from whomet.store.evaluate import evaluate, evaluate_dir
from whomet.store.extract import extract
from whomet.store.inputs import read_text
from whomet.store.names import fold

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

needs_corpus = pytest.mark.skipif(not (CORPUS / "releases").is_dir(),
                                  reason=f"shared corpus not found at {CORPUS}")


@pytest.fixture(scope="module")
def corpus_report():
    return evaluate_dir(CORPUS)


@needs_corpus
def test_corpus_meets_the_targets(corpus_report):
    r = corpus_report
    assert r.releases >= 25
    assert r.attendees.f1 >= 0.95
    assert r.heads.f1 >= 0.90
    assert r.rank.value >= 0.90
    assert r.position.value >= 0.90
    assert r.agreements.f1 >= 0.90
    assert r.awards.f1 >= 0.85
    assert r.date.value >= 0.95
    assert r.city.value >= 0.95
    assert r.country.value >= 0.95


def _norm_members(delegation):
    return sorted((fold(m.name), m.rank, m.position, m.head) for m in delegation.members)


@needs_corpus
def test_seed_release_extracts_to_its_gold_record_field_for_field():
    # Every field is compared except the free-text meeting title, kind and topics,
    # which SCHEMA.md leaves unscored and which are worded freely in the gold file.
    from whomet.store.record import parse_record

    name = "000-baku-border-working-group"
    gold = parse_record(json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8")))
    got = extract((CORPUS / "releases" / f"{name}.txt").read_text(encoding="utf-8"))
    assert got.source.publisher == gold.source.publisher
    assert got.source.date == gold.source.date
    assert got.source.language == gold.source.language
    assert len(got.meetings) == len(gold.meetings) == 1
    g, e = gold.meetings[0], got.meetings[0]
    assert (e.date, e.format, e.place.city, e.place.country) == (g.date, g.format, g.place.city, g.place.country)
    assert sorted(d.side for d in e.delegations) == sorted(d.side for d in g.delegations)
    for gd in g.delegations:
        ed = next(d for d in e.delegations if d.side == gd.side)
        assert ed.organization == gd.organization
        assert ed.host == gd.host
        assert _norm_members(ed) == _norm_members(gd)
        assert ed.groups == gd.groups
    assert [(a.title, a.kind, sorted(a.parties)) for a in e.agreements] == \
        [(a.title, a.kind, sorted(a.parties)) for a in g.agreements]
    strip = lambda a: (a.award, a.kind, a.giver, a.giver_side, a.recipients, a.recipient_group, a.recipient_side)
    assert [strip(a) for a in e.awards] == [strip(a) for a in g.awards]


@needs_corpus
def test_every_span_points_at_what_it_names():
    for path in sorted((CORPUS / "releases").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for meeting in extract(text).meetings:
            for d in meeting.delegations:
                for m in d.members:
                    a, b = m.span
                    assert text[a:b] == m.name, (path.name, m.name)
            for item in [*meeting.agreements, *meeting.awards]:
                a, b = item.span
                assert 0 <= a <= b <= len(text)


@needs_corpus
def test_releases_without_a_meeting_give_none():
    for stem in ("007-tbilisi-drug-crime-half-year-statistics", "013-chisinau-border-police-minors-travel-rules"):
        record = extract((CORPUS / "releases" / f"{stem}.txt").read_text(encoding="utf-8"))
        assert record.meetings == []


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"  # synthetic releases, used to generalise
SPLIT_CORPUS = Path(__file__).resolve().parent / "corpus"  # releases/, gold/, manifest.json (store.corpus)


def _manifest_releases(split):
    return [e for e in load_manifest(SPLIT_CORPUS)["releases"] if e["split"] == split]


def _dev_sets():
    sets = {}
    for entry in _manifest_releases("dev"):
        sets.setdefault(entry["origin"]["set"].rsplit("/", 1)[-1], []).append(entry["id"])
    return sets


def _score(ids):
    def cases():
        for stem in ids:
            gold = json.loads((SPLIT_CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
            yield stem, gold, extract(read_text(SPLIT_CORPUS / "releases" / f"{stem}.txt"))
    return evaluate(cases())


def _assert_generalisation_bounds(r):
    # The bounds every tuned-on set has had since it was added (all 1.000 when written): a change that
    # breaks a family of phrasings fails here.
    assert r.attendees.f1 >= 0.9
    assert r.heads.f1 >= 0.85
    assert r.agreements.f1 >= 0.85
    assert r.awards.f1 >= 0.8
    assert r.rank.value >= 0.9
    assert r.position.value >= 0.9
    assert r.date.value >= 0.8
    assert r.city.value >= 0.8
    assert r.country.value >= 0.8


def test_fixtures_keep_their_figures():
    r = evaluate_dir(FIXTURES)
    assert r.releases == 8
    _assert_generalisation_bounds(r)


DEV_SETS = _dev_sets()


@pytest.mark.parametrize("origin", sorted(DEV_SETS, key=lambda n: (len(n), n)))
def test_dev_split_keeps_its_figures_set_by_set(origin):
    # Dev releases grouped by the old set they came from, with the bounds each set had as its own folder.
    r = _score(DEV_SETS[origin])
    assert r.releases == {"unseen10": 3, "heldout_a": 5, "d27-award": 7, "d27-sides": 8, "d27-place": 9, "d28-award": 14, "d29-award": 12, "d30": 15, "d31": 3, "d32": 40, "s27-award": 1}.get(origin, 4)
    _assert_generalisation_bounds(r)


def test_dev_split_as_a_whole():
    r = evaluate_dir(SPLIT_CORPUS, split="dev")
    assert r.releases == len(_manifest_releases("dev")) >= 185
    _assert_generalisation_bounds(r)


@pytest.mark.parametrize("text,expected", [
    ("On 3 May, Makhachkala hosted a meeting of the working group. The meeting was chaired by the Head of "
     "Department, Colonel Ivan Petrov. He proposed to hold the next meeting in Baku.", "Makhachkala"),
    ("Today in Lille, the Director of Police, Mr. Jean Dupont, and the Commissioner of the Federal Police, "
     "Mr. Jan Peeters, chaired the committee.", "Lille"),
    ("Helsinki, 9 May 2024. The delegation was received in Tallinn by the Director General of the Board, "
     "Egon Tamm.", "Tallinn"),
])
def test_the_event_city_outranks_dateline_and_future_venues(text, expected):
    record = extract(" date 2024-05-10 Source: Ministry of Internal Affairs of the Russian Federation in English\n\n" + text)
    assert record.meetings and record.meetings[0].place.city == expected


def test_co_chairs_listed_together_are_both_heads():
    text = (" date 2024-05-10 Source: Ministry of Internal Affairs of the Russian Federation in English\n\nOn 9 May, Astana hosted a meeting. The meeting was "
            "co-chaired by the Deputy Minister of Internal Affairs of the Republic of Kazakhstan, Police Major General "
            "Yerlan Tursynov, and the UNODC Regional Representative for Central Asia, Ms. Anna Berg.")
    heads = {m.name for mt in extract(text).meetings for d in mt.delegations for m in d.members if m.head}
    assert heads == {"Yerlan Tursynov", "Anna Berg"}


def test_a_meeting_only_planned_is_not_reported():
    text = (" date 2024-05-10 Source: Ministry of Internal Affairs of the Russian Federation in English\n\nPolice seized 40 kilograms of heroin in April, said the "
            "spokesperson, Police Colonel Ivan Petrov. A meeting of the regional police chiefs is scheduled for June.")
    assert extract(text).meetings == []


_KEN = " date 2024-05-16 Source: Kenya Police Service in English\n\n"


def test_numeric_dates_capital_phrases_and_appositive_grades():
    record = extract(_KEN + "On 14.05.2024, the Inspector General of Police, Mr. Japheth Koome, hosted a delegation of the "
                     "Uganda Police Force headed by H.E. Abas Byakagaba, Inspector General of Police, at Vigilance House "
                     "in Kenya's capital, Nairobi.")
    (meeting,) = record.meetings
    assert (str(meeting.date), meeting.place.city) == ("2024-05-14", "Nairobi")
    guest = next(m for d in meeting.delegations for m in d.members if m.name == "Abas Byakagaba")
    assert (guest.rank, guest.position, guest.head) == (None, "Inspector General of Police", True)


def test_hon_is_an_honorific_and_no_sentence_end():
    record = extract(_KEN + "Hon. Kithure Kindiki, Cabinet Secretary for Interior, met his Ugandan counterpart, "
                     "Hon. Kahinda Otafiire, in Nairobi yesterday.")
    (meeting,) = record.meetings
    assert meeting.place.city == "Nairobi"
    assert {(d.side, m.name) for d in meeting.delegations for m in d.members} == {
        ("KEN", "Kithure Kindiki"), ("UGA", "Kahinda Otafiire")}


def test_the_agent_of_a_passive_award_is_not_on_the_recipients_side():
    record = extract(_KEN + "Certificates of recognition were presented to officers of the Uganda Police Force by the "
                     "Director of Criminal Investigations, Mohamed Amin, at the end of the meeting held in Nairobi on "
                     "Tuesday with the Ugandan delegation led by AIGP Tom Magambo.")
    (meeting,) = record.meetings
    sides = {m.name: d.side for d in meeting.delegations for m in d.members}
    assert sides == {"Mohamed Amin": "KEN", "Tom Magambo": "UGA"}
    assert [(a.giver, a.recipient_side) for a in meeting.awards] == [("Mohamed Amin", "UGA")]


_LVA = " date 2021-03-12 Source: State Border Guard Service of Latvia in English\n\n"


def test_a_service_name_ending_an_office_is_not_part_of_the_rank():
    record = extract(_LVA + "On 10 March, Chief of the State Border Guard General Guntis Pujāts met in Riga with the "
                     "Commander of the Royal Marechaussee, Lieutenant General Hans Leijtens.")
    members = {m.name: (m.rank, m.position) for mt in record.meetings for d in mt.delegations for m in d.members}
    assert members["Guntis Pujāts"] == ("General", "Chief of the State Border Guard")


def test_a_signing_dated_in_an_earlier_year_is_no_meeting_of_this_release():
    record = extract(_LVA + "The State Border Guard detained 12 persons at the border in February. The Latvian and "
                     "Lithuanian services signed a cooperation agreement in 2019, the Chief of the State Border Guard, "
                     "General Guntis Pujāts, recalled.")
    assert record.meetings == []


def test_head_of_the_delegation_as_an_office_is_a_head():
    record = extract(" date 2023-10-20 Source: Ministry of Internal Affairs of the Republic of Uzbekistan in English\n\n"
                     "Following the meeting in Samarkand on 18 October, Minister Pulat Bobojonov awarded the Head of the "
                     "Tajik delegation, Major General Ramazon Rahimzoda, with the medal \"For Services\".")
    heads = {m.name for mt in record.meetings for d in mt.delegations for m in d.members if m.head}
    assert heads == {"Ramazon Rahimzoda"}


def test_held_a_working_meeting_reports_a_meeting():
    record = extract(" date 2023-06-02 Source: Ministry of Interior of Ukraine in English\n\nThe Head of the National Police "
                     "of Ukraine, Ivan Vyhivskyi, held a working meeting in Warsaw on 30 May with the Commander-in-Chief "
                     "of the Polish Police, Inspector General Jarosław Szymczyk.")
    (meeting,) = record.meetings
    assert (str(meeting.date), meeting.place.city, meeting.place.country) == ("2023-05-30", "Warsaw", "POL")


def test_middle_initials_and_a_side_giving_to_the_igp():
    record = extract(" date 2024-02-15 Source: Ghana Police Service in English\n\nThe Inspector-General of Police, Dr. "
                     "George Akuffo Dampare, on Tuesday received a delegation from the Liberia National Police led by its "
                     "Inspector-General, Col. Gregory O. Coleman, at the Police Headquarters in Accra. Col. Coleman "
                     "thanked Dr. Dampare. The Liberian delegation presented a souvenir to the IGP.")
    (meeting,) = record.meetings
    assert {(d.side, m.name) for d in meeting.delegations for m in d.members} == {
        ("GHA", "George Akuffo Dampare"), ("LBR", "Gregory O. Coleman")}
    assert [(a.giver_side, a.recipient_side, a.recipients) for a in meeting.awards] == [
        ("LBR", "GHA", ["George Akuffo Dampare"])]


_KHM = " date 2023-11-10 Source: Ministry of Interior of the Kingdom of Cambodia in English\n\n"


def test_paired_demonyms_give_paired_names_their_sides():
    record = extract(_KHM + "Cambodian and Thai police chiefs, General Sar Thet and Police General Torsak Sukvimol, met in "
                     "Siem Reap on 9 November.")
    sides = {m.name: d.side for mt in record.meetings for d in mt.delegations for m in d.members}
    assert sides == {"Sar Thet": "KHM", "Torsak Sukvimol": "THA"}


def test_his_counterpart_continues_a_co_chair_list():
    record = extract(_KHM + "On 9 November, the Cambodian National Police hosted a border security meeting in Stung "
                     "Treng. The meeting was co-chaired by General Sar Thet, Commissioner General of the National Police, "
                     "and his Lao counterpart, Lieutenant General Vilay Lakhamfong, Minister of Public Security.")
    heads = {(d.side, m.name) for mt in record.meetings for d in mt.delegations for m in d.members if m.head}
    assert heads == {("KHM", "Sar Thet"), ("LAO", "Vilay Lakhamfong")}


def test_event_names_are_no_person_and_no_side_and_same_office_counterparts_differ():
    h = " date 2019-11-22 Source: Ministry of Internal Affairs of the Republic of Uzbekistan in English\n\n"
    record = extract(h + "On the sidelines of the 88th session of the INTERPOL General Assembly in Santiago, the Director "
                     "General of the Carabineros de Chile, General Mario Rozas, met a delegation on 16 October.")
    names = {m.name for mt in record.meetings for d in mt.delegations for m in d.members}
    assert names == {"Mario Rozas"}
    record = extract(h + "Earlier this week, the Minister of Internal Affairs, Pulat Bobojonov, held talks with the Minister "
                     "of Internal Affairs of Turkmenistan, Isgender Mulikov, in Ashgabat.")
    sides = {m.name: d.side for mt in record.meetings for d in mt.delegations for m in d.members}
    assert sides == {"Pulat Bobojonov": "UZB", "Isgender Mulikov": "TKM"}
