"""Judgements beside the extraction (issue 9), on releases written for the purpose
(tests/data/judgements: fictional people): transliteration variants resolve to one person,
Zubov and Zubkov stay two, merge then unmerge gives back the exact earlier state, one
meeting reported by both press offices becomes one meeting with two sources, and a
correction survives re-extraction and is reported when its fact disappears."""

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import whomet.store
from whomet.store import JudgementError, MeetingFilter, Store
from whomet.store.record import parse_record
from whomet.tui.cli import main

DATA = Path(__file__).parent / "data" / "judgements"


@pytest.fixture
def store(engine):
    s = Store(engine)
    report = s.import_paths([DATA / "gold", DATA / "releases"])
    assert not report.failed and report.count("imported") == 5
    return s


def person(store, name, side=None) -> int:
    hits = [h for h in store.find_people(name, side=side) if h.score == 100]
    assert len(hits) == 1, hits
    return hits[0].id


def record_id(store, name, side) -> int:
    """The person row of exactly this name (not the one it resolves to)."""
    return store.resolve_ref("person", f"{name}@{side}")


def state(store) -> str:
    """Everything a reader sees: the export, the list, and every person's counterparts and profile."""
    out = io.StringIO()
    store.export_records(out)
    lines = [out.getvalue()]
    lines += [repr(r) for r in store.page(MeetingFilter(), limit=1000)]
    for pid in range(1, 40):
        profile = store.person(pid)
        lines.append(repr(profile))
        lines.append(repr(store.counterparts(pid)))
    lines.append(repr(store.stats()))
    return "\n".join(lines)


def test_transliteration_variants_across_releases_resolve_to_one_person(store):
    report = store.resolve()
    assert (report.people_before, report.people_after) == (11, 8)
    merged = {(c.kind, c.a_label.split(" (")[0], c.b_label.split(" (")[0]) for c in report.merged}
    assert ("person", "Aleksandr Sukhovoi", "Alexander Sukhovoy") in merged
    assert ("person", "Yuriy Lebedev", "Iurii Lebedev") in merged
    assert ("person", "Eimantas Vaitkūnas", "E. Vaitkūnas") in merged  # an initial, within one release
    assert ("organization", "Ministry of Internal Affairs of the Russian Federation", "MIA of Russia") in merged
    sukhovoi = record_id(store, "Aleksandr Sukhovoi", "RUS")
    assert record_id(store, "Alexander Sukhovoy", "RUS") != sukhovoi  # the records stay as written ...
    assert person(store, "Alexander Sukhovoy") == sukhovoi  # ... and resolve to one person
    profile = store.person(record_id(store, "Alexander Sukhovoy", "RUS"))
    assert profile.id == sukhovoi and profile.name == "Aleksandr Sukhovoi"
    assert "Alexander Sukhovoy" in profile.aliases
    assert profile.n_meetings == 2  # Astana (two sources, one meeting) and Moscow
    serikov = person(store, "Dauletbek Serikov")
    met = {c.name: c.met for c in store.counterparts(serikov)}
    assert met["Aleksandr Sukhovoi"] == 2 and "Alexander Sukhovoy" not in met
    assert met["Yuriy Lebedev"] == 2 and "Iurii Lebedev" not in met
    # Every merge is a judgement of its own kind, with its rule, and can be undone.
    autos = [j for j in store.judgements() if j.source == "auto"]
    assert len(autos) == len(report.merged) and all(j.rule and j.status == "applied" for j in autos)
    # Running it again finds nothing more to do.
    assert store.resolve().merged == []


def test_zubov_and_zubkov_of_one_ministry_stay_two(store):
    store.resolve()
    zubov, zubkov = person(store, "Igor Zubov"), person(store, "Igor Zubkov")
    assert zubov != zubkov
    pairs = [c for c in store.candidates("person") if {c.a, c.b} == {zubov, zubkov}]
    assert len(pairs) == 1 and not pairs[0].auto and pairs[0].rule.startswith("spelling only")
    assert any(e.startswith("same organisation") for e in pairs[0].evidence)
    store.judge("person", zubov, zubkov, "not_same", note="two officers")
    assert [c for c in store.candidates("person") if {c.a, c.b} == {zubov, zubkov}] == []
    store.resolve()
    assert person(store, "Igor Zubov") != person(store, "Igor Zubkov")


def test_not_same_is_never_merged_again_even_by_rule(store):
    a, b = record_id(store, "Aleksandr Sukhovoi", "RUS"), record_id(store, "Alexander Sukhovoy", "RUS")
    store.judge("person", a, b, "not-same")
    report = store.resolve()
    assert all({c.a, c.b} != {a, b} for c in report.merged if c.kind == "person")
    assert person(store, "Aleksandr Sukhovoi") != person(store, "Alexander Sukhovoy")
    # Nor through a third record: a later `same` that would join them is a conflict, not a merge.
    extra = store.import_records([parse_record({"source": {"publisher": "x", "date": "2021-04-01"}, "meetings": [
        {"date": "2021-04-01", "delegations": [{"side": "RUS", "members": [{"name": "A. Sukhovoy"}]},
                                              {"side": "KAZ", "members": [{"name": "Nurlan Abenov"}]}]}]})])
    assert not extra.failed
    c = record_id(store, "A. Sukhovoy", "RUS")
    assert store.judge("person", a, c).status == "applied"
    assert store.judge("person", c, b).status == "conflict"
    assert person(store, "Alexander Sukhovoy") == b


def test_merge_then_unmerge_restores_the_exact_earlier_state(store):
    before = state(store)
    out = io.StringIO()
    store.export_records(out)
    export_before = out.getvalue()
    zubov, zubkov = record_id(store, "Igor Zubov", "RUS"), record_id(store, "Igor Zubkov", "RUS")
    store.judge("person", zubov, zubkov, note="testing")
    store.judge("meeting", 1, 2)
    merged = state(store)
    assert merged != before
    assert {c.name for c in store.counterparts(person(store, "Dauletbek Serikov"))} >= {"Igor Zubov"}
    assert "Igor Zubkov" not in {c.name for c in store.counterparts(person(store, "Dauletbek Serikov"))}
    store.unmerge("person", zubov, zubkov)
    store.unmerge("meeting", 2)
    assert state(store) == before
    out = io.StringIO()
    store.export_records(out)
    assert out.getvalue() == export_before  # byte for byte
    # A correction and its retraction too.
    decision = store.correct(3, "drop", "Igor Zubkov")
    assert decision.status == "applied" and state(store) != before
    store.retract(decision.judgement.id)
    assert state(store) == before
    # The log keeps all of it, retracted ones inactive.
    log = store.judgements()
    assert len(log) == 3 and not any(j.active for j in log)


def test_one_meeting_from_both_press_offices_becomes_one_meeting_with_two_sources(store):
    assert store.total()[0] == 6
    store.resolve()
    assert store.total()[0] == 5
    listed = [r.id for r in store.page(MeetingFilter(date_from="2021-03-10", date_to="2021-03-10"))]
    assert listed == [1]
    detail = store.meeting(2)  # the Kazakh report opens as the one meeting
    assert detail.id == 1 and detail.merged == [2]
    assert [s.publisher for s in detail.sources] == ["Ministry of Internal Affairs of the Russian Federation",
                                                     "Ministry of Internal Affairs of the Republic of Kazakhstan"]
    names = {d.side: [m.name for m in d.members] for d in detail.delegations}
    assert names == {"RUS": ["Aleksandr Sukhovoi", "Igor Zubov"], "KAZ": ["Nurlan Abenov", "Dauletbek Serikov"]}
    abenov = person(store, "Nurlan Abenov")
    assert {c.name: c.met for c in store.counterparts(abenov)} == {"Aleksandr Sukhovoi": 1, "Igor Zubov": 1}
    assert store.person(abenov).n_meetings == 1
    # The Russian side filter still finds it, through either report.
    assert 1 in [r.id for r in store.page(MeetingFilter(person="Sukhovoy"))]


def test_meetings_that_only_might_be_one_are_not_merged(store, monkeypatch):
    # Same date and sides as the Astana talks, but nobody in common: not the same meeting.
    store.import_records([parse_record({"source": {"publisher": "another office", "date": "2021-03-10"}, "meetings": [
        {"date": "2021-03-10", "place": {"city": "Astana"}, "delegations": [
            {"side": "RUS", "members": [{"name": "Pavel Orlov"}]},
            {"side": "KAZ", "members": [{"name": "Nurlan Abenov"}]}]}]})])
    # And the same people the same day, but a council after the talks, from the same press office.
    store.import_records([parse_record({"source": {"publisher": "Ministry of Internal Affairs of the Russian Federation",
                                                   "date": "2021-03-10"}, "meetings": [
        {"date": "2021-03-10", "kind": "council meeting", "place": {"city": "Astana"}, "delegations": [
            {"side": "RUS", "members": [{"name": "Aleksandr Sukhovoi"}, {"name": "Igor Zubov"}]},
            {"side": "KAZ", "members": [{"name": "Nurlan Abenov"}, {"name": "Dauletbek Serikov"}]}]}]})])
    store.resolve()
    assert store.total()[0] == 7  # 8 reports, only the two that agree made one
    might = [c for c in store.candidates("meeting")]
    assert len(might) == 3 and not any(c.auto for c in might)
    council = next(c for c in might if any(e.startswith("kinds differ") for e in c.evidence))
    assert "one publisher" in council.evidence
    # Read in batches smaller than a group of one day's meetings, the pairs are the same.
    from whomet.store import resolve

    monkeypatch.setattr(resolve, "MEETING_BATCH", 1)
    assert store.candidates("meeting") == might


def test_correction_survives_reextract_and_is_reported_when_its_fact_disappears(engine, tmp_path, monkeypatch):
    store = Store(engine)
    release = tmp_path / "seminar.txt"
    release.write_text((DATA / "releases" / "j3-rus-moscow-seminar.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert not store.import_paths([release]).failed
    meeting = store.page(MeetingFilter())[0].id
    ranks = lambda: {m.name: m.rank for d in store.meeting(store.page(MeetingFilter())[0].id).delegations  # noqa: E731
                     for m in d.members}
    assert "Igor Zubkov" in ranks()
    rank = store.correct(meeting, "rank", "Igor Zubkov", "Major General of Police", note="promoted in 2021")
    drop = store.correct(meeting, "drop", "Yuriy Lebedev")
    assert ranks()["Igor Zubkov"] == "Major General of Police" and "Yuriy Lebedev" not in ranks()

    report = store.reextract()
    assert report.sources == 1 and report.orphaned == [] and report.changed == 0
    assert ranks()["Igor Zubkov"] == "Major General of Police" and "Yuriy Lebedev" not in ranks()

    real = whomet.store.extract_release

    def forgets_zubkov(text):
        record = real(text)
        for m in record.meetings:
            for d in m.delegations:
                d.members = [x for x in d.members if x.name != "Igor Zubkov"]
        return record
    monkeypatch.setattr(whomet.store, "extract_release", forgets_zubkov)
    report = store.reextract()
    assert [j.id for j in report.orphaned] == [rank.judgement.id]
    assert "Igor Zubkov" not in ranks() and "Yuriy Lebedev" not in ranks()
    kept = {j.id: j for j in store.judgements()}
    assert kept[rank.judgement.id].status == "orphaned" and kept[rank.judgement.id].active
    assert kept[drop.judgement.id].status == "applied"

    monkeypatch.setattr(whomet.store, "extract_release", real)  # the extractor finds him again
    report = store.reextract()
    assert report.orphaned == [] and ranks()["Igor Zubkov"] == "Major General of Police"


def test_added_attendee_has_its_span_and_is_exported(store):
    decision = store.correct(5, "add-attendee", "Guntars Liepiņš", extra={"side": "LVA", "head": False})
    assert decision.status == "redundant"  # already there: the extractor (or record) has him
    decision = store.correct(1, "add-attendee", "Colonel Ivan Tarasov", extra={"side": "RUS", "rank": "Colonel"})
    assert decision.judgement.value["span"] is None  # not in the release text: no span invented
    text = store.meeting(3).source.text
    decision = store.correct(3, "add-attendee", "Dauletbek Serikov", extra={"side": "RUS"})
    at = text.index("Dauletbek Serikov")
    assert decision.judgement.value["span"] == [at, at + len("Dauletbek Serikov")]
    members = {m.name: m for d in store.meeting(3).delegations if d.side == "RUS" for m in d.members}
    assert members["Dauletbek Serikov"].span == (at, at + len("Dauletbek Serikov"))
    out = io.StringIO()
    store.export_records(out)
    assert "Ivan Tarasov" in out.getvalue()
    with pytest.raises(JudgementError, match="needs a side"):
        store.correct(3, "add-attendee", "Nobody Known")


def test_judgements_travel_as_json_lines_and_import_is_idempotent(store, tmp_path):
    store.resolve()
    store.correct(3, "side", "Yuriy Lebedev", "KAZ")
    shared = io.StringIO()
    n = store.export_judgements(shared)
    assert n == len(store.judgements())
    lines = shared.getvalue().splitlines()
    assert all(json.loads(line)["uid"] for line in lines)

    other = Store.open(tmp_path / "colleague.db")
    other.import_paths([DATA / "gold", DATA / "releases"])
    count, decision = other.import_judgements(lines)
    assert count.added == n and decision.orphaned == []
    assert other.total() == store.total()
    assert person(other, "Alexander Sukhovoy") == person(other, "Aleksandr Sukhovoi")
    assert {d.side for d in other.meeting(3).delegations for m in d.members if m.name == "Yuriy Lebedev"} == {"KAZ"}
    count, _ = other.import_judgements(lines)
    assert (count.added, count.unchanged) == (0, n)
    with pytest.raises(JudgementError, match="line 1"):
        other.import_judgements(['{"uid": "x", "kind": "marry"}'], "bad.jsonl")
    other.close()


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def test_commands_merge_unmerge_correct_candidates_judgements(store, db_path, tmp_path):
    result = run(db_path, "candidates", "--kind", "org")
    assert result.exit_code == 0 and "acronym: MIA" in result.output
    result = run(db_path, "merge", "person", "Igor Zubov@RUS", "Igor Zubkov@RUS", "--not", "--note", "two people")
    assert result.exit_code == 0, result.output
    result = run(db_path, "merge", "person", "Aleksandr Sukhovoi", "Alexander Sukhovoy")
    assert result.exit_code == 0 and "[applied]" in result.output
    result = run(db_path, "merge", "person", "Nobody", "Igor Zubov")
    assert result.exit_code == 1 and result.stderr.strip() == "whomet: no person named 'Nobody'"
    result = run(db_path, "correct", "3", "rank", "Igor Zubkov", "Major General of Police")
    assert result.exit_code == 0, result.output
    assert "★" not in run(db_path, "show", "3").output.split("Igor Zubkov")[0].splitlines()[-1]
    result = run(db_path, "correct", "3", "marry", "Igor Zubkov")
    assert result.exit_code == 1 and "unknown correction 'marry'" in result.stderr
    shared = tmp_path / "log.jsonl"
    assert run(db_path, "judgements", "--export", str(shared)).exit_code == 0
    assert len(shared.read_text(encoding="utf-8").splitlines()) == 3
    result = run(db_path, "judgements", "--import", str(shared))
    assert result.exit_code == 0 and "0 added, 0 retracted, 3 already here" in " ".join(result.output.split())
    result = run(db_path, "unmerge", "person", "Aleksandr Sukhovoi")
    assert result.exit_code == 0 and "retracted 1 judgement" in " ".join(result.output.split())
    listed = run(db_path, "judgements", "--all").output
    assert "retracted" in listed and "two people" in listed


@pytest.mark.parametrize("command", ["merge", "unmerge", "correct", "judgements", "candidates", "resolve", "reextract"])
def test_every_judgement_command_has_help_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert result.output.rstrip().splitlines()[-1].strip().startswith(f"whomet {command}")
    assert command in CliRunner().invoke(main, ["--help"]).output


def test_a_store_made_before_judgements_gets_their_tables_and_exports_as_before(tmp_path):
    from sqlalchemy import create_engine

    path = tmp_path / "old.db"
    with Store.open(path) as s:
        s.import_paths([DATA / "gold", DATA / "releases"])
        out = io.StringIO()
        s.export_records(out)
        before = out.getvalue()
    raw = create_engine(f"sqlite:///{path}")
    with raw.begin() as conn:  # what a store of the previous schema looks like
        for table in ("person", "organization", "meeting"):
            conn.exec_driver_sql(f"DROP INDEX ix_{table}_canonical_id")
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN canonical_id")
        conn.exec_driver_sql("DROP TABLE judged_fact")
        conn.exec_driver_sql("DROP TABLE judgement")
        conn.exec_driver_sql("UPDATE schema_version SET version = 1")
    raw.dispose()
    with Store.open(path, create=False) as s:
        out = io.StringIO()
        s.export_records(out)
        assert out.getvalue() == before
        assert s.resolve().people_after == 8
    assert (tmp_path / "old.db.schema-1.bak").exists()  # upgraded after a backup copy
