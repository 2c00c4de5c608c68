"""Bulk import speed against raw SQLite, measured in the same run.

    python bench/bench_import.py [--meetings 20000] [--seed 1]

Generates records with bench/generate.py, then times
  baseline: json.loads of every line + plain sqlite3 executemany of the same facts
            (meetings, delegations, attendances, people) into bare tables, no validation;
  whomet:   `import_paths` into a fresh store (validation, resolution, all tables, FTS5).
and prints both with their ratio. Memory is the peak RSS of the whole run.
"""

import argparse
import json
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import generate  # noqa: E402
from whomet.store.db import open_engine  # noqa: E402
from whomet.store.importer import import_paths  # noqa: E402


def baseline(path: Path, db: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.executescript("""
        PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
        CREATE TABLE meeting (id INTEGER PRIMARY KEY, date TEXT, title TEXT, city TEXT, country TEXT);
        CREATE TABLE delegation (id INTEGER PRIMARY KEY, meeting_id INTEGER, side TEXT, organization TEXT);
        CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, side TEXT, UNIQUE (name, side));
        CREATE TABLE attendance (delegation_id INTEGER, person_id INTEGER, rank TEXT, position TEXT, head INTEGER);
    """)
    meetings, delegations, attendances, people = [], [], [], {}
    with path.open() as f:
        for line in f:
            record = json.loads(line)
            for m in record["meetings"]:
                meetings.append((len(meetings) + 1, m["date"], m["title"], m["place"]["city"], m["place"]["country"]))
                for d in m["delegations"]:
                    delegations.append((len(delegations) + 1, len(meetings), d["side"], d["organization"]))
                    for p in d["members"]:
                        pid = people.setdefault((p["name"], d["side"]), len(people) + 1)
                        attendances.append((len(delegations), pid, p["rank"], p["position"], p["head"]))
    with conn:
        conn.executemany("INSERT INTO meeting VALUES (?,?,?,?,?)", meetings)
        conn.executemany("INSERT INTO delegation VALUES (?,?,?,?)", delegations)
        conn.executemany("INSERT INTO person VALUES (?,?,?)", [(i, n, s) for (n, s), i in people.items()])
        conn.executemany("INSERT INTO attendance VALUES (?,?,?,?,?)", attendances)
    conn.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        records = tmp / "records.jsonl"
        with records.open("w") as out:
            for record in generate(args.meetings, args.seed):
                out.write(json.dumps(record) + "\n")
        raw = baseline(records, tmp / "raw.db")
        engine = open_engine(tmp / "store.db")
        start = time.perf_counter()
        report = import_paths(engine, [records])
        ours = time.perf_counter() - start
        assert not report.failed, report.failed
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"meetings             {args.meetings:>10,}")
    print(f"raw sqlite baseline  {raw:>10.2f} s   {args.meetings / raw:>10,.0f} meetings/s")
    print(f"whomet import        {ours:>10.2f} s   {args.meetings / ours:>10,.0f} meetings/s")
    print(f"ratio whomet/raw     {ours / raw:>10.2f} x")
    print(f"peak RSS             {peak:>10.0f} MiB")


if __name__ == "__main__":
    main()
