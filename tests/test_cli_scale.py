"""The one-shot commands' aggregates that take a faster path on a store with nothing merged
(store.stats) give the same answer as the plain definition, merged or not."""

from collections import defaultdict

from sqlalchemy import select

from whomet.store import Store, models
from whomet.store.overlay import visible

BOTH_ENGINES = True


def expected_top(store: Store, top: int):
    """Meetings per side and per person by their definition, counted in Python: a meeting from
    two sources once, records judged the same person as one, hidden attendances not at all."""
    M, P, A, D = models.Meeting, models.Person, models.Attendance, models.Delegation
    with store._engine.connect() as conn:
        meeting = {i: c or i for i, c in conn.execute(select(M.id, M.canonical_id))}
        person = {i: (c or i) for i, c in conn.execute(select(P.id, P.canonical_id))}
        names = {i: (n, s) for i, n, s in conn.execute(select(P.id, P.name, P.side))}
        per_side, per_person = defaultdict(set), defaultdict(set)
        for mid, side in conn.execute(select(D.meeting_id, D.side)):
            per_side[side].add(meeting[mid])
        for pid, mid in conn.execute(select(A.person_id, A.meeting_id).where(visible(A))):
            per_person[person[pid]].add(meeting[mid])
    sides = sorted(((s, len(m)) for s, m in per_side.items()), key=lambda x: (-x[1], x[0]))[:top]
    people = sorted(((*names[p], len(m)) for p, m in per_person.items()), key=lambda x: (-x[2], x[0]))[:top]
    return sides, people


def people_ranked(rows):
    # Two people with as many meetings and one name may come in either order.
    return sorted(rows, key=lambda r: (-r[2], r[0], r[1] or ""))


def test_stats_counts_agree_with_their_definition_before_and_after_merges(world, db_path):
    from whomet.store.overlay import has_merged

    M, P, A = models.Meeting, models.Person, models.Attendance
    with Store.open(db_path) as store:
        with store._engine.connect() as conn:
            rows = conn.execute(select(P.id, P.side).order_by(P.side, P.id)).all()
            pair = next((x.id, y.id) for x, y in zip(rows, rows[1:]) if x.side == y.side)
            meetings = [i for (i,) in conn.execute(select(A.meeting_id).where(A.person_id == pair[0])
                                                   .order_by(A.meeting_id).limit(2))]
        for merged in (False, True):
            if merged:
                assert store.judge("person", *pair).status == "applied"
                assert store.judge("meeting", *meetings).status == "applied"
            with store._engine.connect() as conn:
                assert has_merged(conn, P) == has_merged(conn, M) == merged  # the fast path, then the general one
            stats = store.stats(top=50)
            sides, people = expected_top(store, 50)
            assert stats.top_sides == sides
            assert people_ranked(stats.top_people) == people_ranked(people)


def test_dyad_read_a_meeting_at_a_time_is_the_whole_timeline(world, db_path, monkeypatch):
    import json

    from click.testing import CliRunner

    from whomet.store import dyad as dyad_module
    from whomet.tui.cli import main

    with Store.open(db_path) as store:
        whole = store.dyad("AZE", "RUS")
        assert len(whole.meetings) >= 2
        monkeypatch.setattr(dyad_module, "CHUNK", 1)
        assert store.dyad("AZE", "RUS") == whole
        streamed = CliRunner().invoke(main, ["--db", str(db_path), "dyad", "AZE", "RUS", "--json"])
    assert streamed.exit_code == 0, streamed.output
    from whomet.tui.commands.store_cmds import _json_default

    # Written a meeting at a time, the JSON is byte for byte what one dump of the whole timeline gives.
    assert streamed.output == json.dumps(whole, default=_json_default, ensure_ascii=False, indent=2) + "\n"
    assert json.loads(streamed.output)["meetings"][0]["meeting"]["id"] == whole.meetings[0].meeting.id


def test_candidates_and_check_read_in_batches_say_what_whole_reads_say(world, db_path, monkeypatch):
    from whomet.store import check, resolve

    with Store.open(db_path) as store:
        whole = {kind: store.candidates(kind) for kind in ("person", "organization", "meeting")}
        findings = store.check()
        assert all(f.ok for f in findings), findings
        monkeypatch.setattr(resolve, "MEETING_BATCH", 1)
        monkeypatch.setattr(check, "CHECK_CHUNK", 1)
        assert {kind: store.candidates(kind) for kind in whole} == whole
        assert store.check() == findings


def test_a_filtered_export_in_any_chunk_size_writes_the_same_records(world, db_path):
    from whomet.store.export import iter_records
    from whomet.store.filters import MeetingFilter

    with Store.open(db_path) as store:
        for f in (MeetingFilter(side="AZE"), MeetingFilter(date_from="2019"), MeetingFilter(text="border")):
            whole = list(iter_records(store._engine, f=f))
            assert whole and len(whole) < len(list(iter_records(store._engine))), f
            for chunk in (1, 2, 3):
                assert list(iter_records(store._engine, chunk=chunk, f=f)) == whole, (f, chunk)
