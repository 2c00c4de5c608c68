"""Reads with judgements: the browser's queries on a generated store before any judgement
(the baseline, same run) and after many merges and corrections, plus what deciding costs
(one merge: record + rebuild of the overlay) and automatic resolution.

    python bench/bench_judgements.py --meetings 20000

Prints figures and ratios (after / before); no thresholds.
"""

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import generate, write  # noqa: E402
from whomet.store import MeetingFilter, Store  # noqa: E402


def timed(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def reads(store: Store, people: list[int], meetings: list[int]) -> dict[str, float]:
    return {
        "counterparts (busiest person)": timed(lambda: store.counterparts(people[0])),
        "person profile (busiest)": timed(lambda: store.person(people[0])),
        "meeting detail": timed(lambda: [store.meeting(m) for m in meetings[:20]]) / 20,
        "list first page": timed(lambda: store.page(MeetingFilter(), limit=60)),
        "count side:RUS": timed(lambda: store.count(MeetingFilter(side="RUS"))),
        "side report RUS": timed(lambda: store.side_report("RUS"), repeat=3),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--merges", type=int, default=300)
    parser.add_argument("--corrections", type=int, default=200)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        files = write(generate(args.meetings, args.seed), Path(tmp) / "records.jsonl")
        store = Store.open(Path(tmp) / "store.db")
        start = time.perf_counter()
        store.import_paths(files)
        print(f"store: {args.meetings:,} meetings, imported in {time.perf_counter() - start:.1f} s")
        top = [name for name, _side, _n in store.stats(top=50).top_people]
        people = [store.find_people(name)[0].id for name in top]
        meetings = [r.id for r in store.page(MeetingFilter(), limit=max(200, args.corrections))]
        before = reads(store, people, meetings)

        # Merges among people of one side (what an analyst or the resolver would record) and corrections.
        from sqlalchemy import select

        from whomet.store import models

        with store._engine.connect() as conn:
            by_side: dict[str, list[int]] = {}
            for pid, side in conn.execute(select(models.Person.id, models.Person.side)):
                by_side.setdefault(side, []).append(pid)
        pairs = []
        for side, ids in by_side.items():
            rng.shuffle(ids)
            pairs += [(side, ids[i], ids[i + 1]) for i in range(0, len(ids) - 1, 2)]
        rng.shuffle(pairs)
        merge_times = []
        for _side, a, b in pairs[:args.merges]:
            start = time.perf_counter()
            store.judge("person", a, b)
            merge_times.append(time.perf_counter() - start)
        fix_times = []
        for m in meetings[:args.corrections]:
            detail = store.meeting(m)
            name = next((x.name for d in detail.delegations for x in d.members), None)
            if name:
                start = time.perf_counter()
                store.correct(m, "rank", name, "Colonel")
                fix_times.append(time.perf_counter() - start)
        after = reads(store, people, meetings)
        print(f"{len(merge_times)} merges: median {statistics.median(merge_times) * 1000:.0f} ms each, "
              f"last {merge_times[-1] * 1000:.0f} ms (record + canonical ids derived again)")
        print(f"{len(fix_times)} corrections: median {statistics.median(fix_times) * 1000:.0f} ms each; "
              f"first 10 {statistics.median(fix_times[:10]) * 1000:.0f} ms, last 10 "
              f"{statistics.median(fix_times[-10:]) * 1000:.0f} ms (ratio {statistics.median(fix_times[-10:]) / statistics.median(fix_times[:10]):.2f}: "
              "a correction refreshes its release only)")
        late = []
        for _side, a, b in pairs[args.merges:args.merges + 20]:
            start = time.perf_counter()
            store.judge("person", a, b)
            late.append(time.perf_counter() - start)
        if late:
            print(f"{len(late)} more merges after the corrections: median {statistics.median(late) * 1000:.0f} ms "
                  f"(ratio to the first merges {statistics.median(late) / statistics.median(merge_times):.2f})")
        print(f"{'read':32} {'before':>10} {'after':>10} {'ratio':>7}")
        for key in before:
            print(f"{key:32} {before[key] * 1000:9.1f}ms {after[key] * 1000:9.1f}ms {after[key] / before[key]:7.2f}")
        start = time.perf_counter()
        report = store.resolve(dry_run=True)
        print(f"resolve --dry-run: {time.perf_counter() - start:.1f} s, {len(report.merged)} sure pairs")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
