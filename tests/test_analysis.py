"""Bilateral timelines, centrality and the standard event type, as a user meets them."""

import json

import pytest
from click.testing import CliRunner

from whomet.store import MeetingFilter, Store
from whomet.store.eventtype import event_type
from whomet.store.precedence import level, most_senior
from whomet.tui.cli import main


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args], catch_exceptions=False)


@pytest.fixture
def store(world, db_path):
    with Store.open(db_path) as s:
        yield s


def test_dyad_lists_the_baku_meeting_with_its_leads_and_what_was_signed(world, db_path):
    result = run(db_path, "dyad", "AZE", "RUS")
    assert result.exit_code == 0, result.output
    out = result.output
    block = out[out.index("2019-10-29"):]
    block = block[:block.index("\n\n")]
    assert "Baku" in block and "AZE hosts" in block
    assert "★ Seyfulla Azimov" in block and "Sergey Bachurin" in block
    assert "protocol: Protocol of the meeting" in block
    assert "plan: Plan for the Border-Barrier operation" in block
    assert "CAMEO 057 042 043" in block
    dates = [line[:10] for line in out.splitlines() if line[:5][:4].isdigit() and line[4:5] == "-"]
    assert dates == sorted(dates) and len(dates) == 4


def test_dyad_picks_the_head_then_position_then_rank(store, db_path):
    d = store.dyad("AZE", "RUS")
    baku = next(m for m in d.meetings if m.meeting.date.isoformat() == "2019-10-29")
    # Azimov headed AZE's delegation (the minister, Eyvazov, was there too but did not head it);
    # nobody headed RUS's: two chiefs, and the colonel general outranks the major general.
    assert (baku.lead_a.name, baku.lead_b.name) == ("Seyfulla Azimov", "Sergey Bachurin")
    assert baku.host == "AZE" and [k for k, _ in baku.agreements] == ["protocol", "plan"]
    assert d.per_year == {2018: 1, 2019: 1, 2022: 2} and sum(d.per_year.values()) == len(d.meetings)
    assert {m.meeting.id for m in d.meetings} == {r.id for r in store.rows(MeetingFilter(side="AZE+RUS"))}
    data = json.loads(CliRunner().invoke(main, ["--db", str(db_path), "dyad", "russia", "aze", "--json"]).output)
    assert (data["a"], data["b"]) == ("RUS", "AZE") and len(data["meetings"]) == 4


def test_dyad_names_a_side_it_cannot_resolve(world, db_path):
    result = CliRunner().invoke(main, ["--db", str(db_path), "dyad", "AZE", "Atlantis"])
    assert result.exit_code == 1 and "'Atlantis' names no side" in result.output


def test_precedence_table():
    assert level("position", "Minister of Internal Affairs") > level("position", "First Deputy Minister of X") \
        > level("position", "Deputy Minister") > level("position", "Head of the Department of the Ministry") \
        > level("position", "Deputy Head of Unit") > level("position", "driver") == 0
    assert level("rank", "General of the Army") > level("rank", "Police Colonel-General") \
        > level("rank", "Lieutenant General") > level("rank", "Major General of the Internal Service") \
        > level("rank", "Colonel") > level("rank", "Lieutenant Colonel") > level("rank", "Major") > 0
    people = [("a", False, "Chief of X", "Major General", 0), ("b", False, "Chief of Y", "Colonel-General", 1),
              ("c", True, None, None, 2)]
    assert most_senior(people, key=lambda p: p[1:])[0] == "c"
    assert most_senior(people[:2], key=lambda p: p[1:])[0] == "b"


@pytest.mark.parametrize("args, mode, codes", [
    (("in_person", "AZE", ["AZE", "RUS"], ["AZE"], False), "visit", ("042", "043")),
    (("in_person", "AZE", ["AZE", "RUS"], [], False), "visit", ("042", "043")),  # no host marked: the place's side
    (("in_person", None, ["AZE", "RUS"], ["RUS"], True), "visit", ("057", "042", "043")),
    (("in_person", "KAZ", ["GEO", "AZE"], [], False), "third-party", ("044",)),
    (("in_person", "AUT", ["GEO", "AZE", "KAZ"], [], True), "multilateral", ("057", "044")),
    (("in_person", "KAZ", ["KAZ", "UNODC", "RUS"], ["KAZ"], False), "multilateral", ("042", "043")),
    (("video_conference", None, ["KAZ", "RUS"], [], False), "phone", ("041",)),
])
def test_event_type_rules(args, mode, codes):
    e = event_type(*args)
    assert (e.mode, e.codes) == (mode, codes)


def test_meeting_detail_carries_its_event_type(store, db_path):
    video = next(r for r in store.rows(MeetingFilter()) if r.format == "video_conference")
    assert store.meeting(video.id).event_type.mode == "phone"
    shown = run(db_path, "show", str(video.id)).output
    assert "event type: phone · CAMEO 057 sign formal agreement (also 041)" in shown


def test_top_by_each_measure(store, db_path):
    everyone = MeetingFilter()
    by_meetings = store.top(everyone, "meetings")
    assert by_meetings.top[0].name == "Sergey Bachurin" and by_meetings.top[0].meetings == 5
    by_counterparts = store.top(everyone, "counterparts", limit=100)
    for c in by_counterparts.top:
        assert c.counterparts == len(store.counterparts(c.id)), c.name
    assert [c.counterparts for c in by_counterparts.top] == sorted((c.counterparts for c in by_counterparts.top),
                                                                   reverse=True)
    between = store.top(everyone, "betweenness", limit=100)
    assert between.sampled is None and between.top[0].betweenness > 0
    # A leaf (met one person only) lies on no one's shortest chain.
    assert all(c.betweenness == 0 for c in between.top if c.counterparts == 1)
    result = run(db_path, "top", "--by", "counterparts", "--side", "GEO", "--level", "side")
    assert result.exit_code == 0, result.output
    assert "Georgia" in result.output and "Russia" not in result.output  # RUS never met at GEO's meetings
