"""How every one-shot command grows with the store: command x store, wall time, CPU time, peak RSS.

    python bench/bench_commands.py --db /tmp/m100000.db --db /tmp/m1000000.db [--only stats,top] [--writes]

Each command runs as a user runs it (`python -m whomet.tui --db STORE ...`, output to a
scratch folder or /dev/null) in a child process; its wall time, CPU time (user + system:
what a machine busy with other work distorts far less) and peak RSS come from wait4().
The arguments come from the store itself (the busiest person, the two busiest sides, the
middle meeting, a title word), so any generated store can be measured.

Two baselines are measured in the same run, on every store, so the growth is visible:
- `floor: --help`: the interpreter and whomet's start-up, no store;
- `floor: count`: `select count(*) from attendance` through Python's sqlite3 (one pass
  over the biggest table's index: what reading the store at all costs).
The last column of each store is the command's time over `floor: count`.

Targets (the project's): under ~2 s at 100k meetings, ~10 s at 1M, ~300 MB RSS, and no
worse than linear growth. `--writes` adds the cheap write commands (alias, merge + unmerge,
correct + retract); they change the store (each undone by the next, the judgement log
keeps them): use a copy. `--exchange` adds the FtM / GEXF / GraphML / CSV-folder exports.
"""

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def facts(db: Path) -> dict:
    """Arguments for the commands, read from the store with Python's sqlite3 (no whomet)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        meetings = con.execute("select count(*) from meeting").fetchone()[0]
        pid, name, side = con.execute(
            "select p.id, p.name, p.side from attendance a join person p on p.id = a.person_id "
            "group by p.id order by count(*) desc limit 1").fetchone()
        sides = [s for (s,) in con.execute(
            "select side from delegation group by side order by count(*) desc limit 2")]
        mid = con.execute("select id from meeting order by id limit 1 offset ?", (meetings // 2,)).fetchone()[0]
        other = con.execute("select p.id from person p where p.side = ? and p.id != ? and p.canonical_id is null "
                            "order by p.id limit 1", (side, pid)).fetchone()[0]
        member = con.execute("select name from attendance where meeting_id = ? order by id limit 1",
                             (mid,)).fetchone()[0]
        title = con.execute("select title from meeting where id = ?", (mid,)).fetchone()[0] or "border"
    finally:
        con.close()
    word = max((w.strip(".,:;") for w in title.split()), key=len)
    return {"meetings": meetings, "pid": pid, "name": name, "side": side, "sides": sides, "mid": mid,
            "other": other, "member": member, "word": word}


def commands(f: dict, scratch: Path, writes: bool, exchange: bool) -> list[tuple[str, list[str]]]:
    a, b = f["sides"]
    out = [
        ("stats", ["stats"]),
        ("stats --json", ["stats", "--json"]),
        ("search WORD", ["search", f["word"]]),
        ("search NAME", ["search", f["name"]]),
        ("show ID", ["show", str(f["mid"])]),
        ("show ID --json --source", ["show", str(f["mid"]), "--json", "--source"]),
        ("who-met BUSIEST", ["who-met", f["name"], "--side", f["side"]]),
        ("dyad A B", ["dyad", a, b]),
        ("dyad A B --from Y", ["dyad", a, b, "--from", "2024"]),
        ("top", ["top"]),
        ("top --by counterparts", ["top", "--by", "counterparts"]),
        ("top --by betweenness", ["top", "--by", "betweenness"]),
        ("top --level side", ["top", "--level", "side"]),
        ("top --side A --from Y", ["top", "--side", a, "--from", "2024"]),
        ("judgements", ["judgements"]),
        ("candidates person", ["candidates", "--kind", "person"]),
        ("candidates org", ["candidates", "--kind", "org"]),
        ("candidates meeting", ["candidates", "--kind", "meeting"]),
        ("resolve --dry-run", ["resolve", "--dry-run"]),
        ("check", ["check"]),
        ("export jsonl", ["export", "--format", "jsonl", "-o", str(scratch / "all.jsonl")]),
        ("export json", ["export", "--format", "json", "-o", str(scratch / "all.json")]),
        ("export jsonl --side A --from Y", ["export", "--format", "jsonl", "--side", a, "--from", "2024",
                                            "-o", str(scratch / "some.jsonl")]),
    ]
    if exchange:
        out += [
            ("export csv", ["export", "--format", "csv", "-o", str(scratch / "csv")]),
            ("export ftm", ["export", "--format", "ftm", "-o", str(scratch / "all.ftm.json")]),
            ("export gexf", ["export", "--format", "gexf", "-o", str(scratch / "all.gexf")]),
            ("export graphml --level side", ["export", "--format", "graphml", "--level", "side",
                                             "-o", str(scratch / "sides.graphml")]),
        ]
    if writes:
        one, two = f"{f['pid']}", f"{f['other']}"
        out += [
            ("alias", ["alias", f"{f['name']} (bench {time.time_ns()})", f["name"], "--side", f["side"]]),
            ("merge person", ["merge", "person", one, two, "--unsure", "--note", "bench"]),
            ("unmerge person", ["unmerge", "person", one, two]),
            ("correct rank", ["correct", str(f["mid"]), "rank", f["member"], "Colonel"]),
        ]
    return out


def measure(argv: list[str], timeout: float) -> dict:
    """Run one child; wall seconds, CPU seconds, peak RSS in MB, exit status."""
    t = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = t + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            child.kill()
            os.wait4(child.pid, 0)
            return {"wall": None, "cpu": None, "rss": None, "rc": "timeout", "err": ""}
        time.sleep(0.02)
    wall = time.perf_counter() - t
    err = child.stderr.read().decode(errors="replace").strip().splitlines()
    child.stderr.close()
    rss = usage.ru_maxrss / (1 << 20 if sys.platform == "darwin" else 1 << 10)  # bytes on macOS, KiB on Linux
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": rss,
            "rc": os.waitstatus_to_exitcode(status), "err": err[-1] if err else ""}


def retract_last(python: str, db: Path) -> None:
    """Undo `correct` (the last active judgement) so that a rerun finds the store as it was."""
    con = sqlite3.connect(db)
    try:
        row = con.execute("select id from judgement order by id desc limit 1").fetchone()
    finally:
        con.close()
    if row:
        subprocess.run([python, "-m", "whomet.tui", "--db", str(db), "judgements", "--retract", str(row[0])],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", action="append", required=True, type=Path, help="A store (repeat for each size).")
    ap.add_argument("--only", default="", help="Comma-separated command labels (or label prefixes) to run.")
    ap.add_argument("--writes", action="store_true", help="Also the cheap write commands (changes the store).")
    ap.add_argument("--exchange", action="store_true", help="Also the FtM / GEXF / GraphML / CSV exports.")
    ap.add_argument("--timeout", type=float, default=900.0, help="Seconds before a command is stopped.")
    args = ap.parse_args()
    python = sys.executable
    only = [o.strip() for o in args.only.split(",") if o.strip()]
    results: dict[str, dict[Path, dict]] = {}
    order: list[str] = []
    sizes = {}
    for db in args.db:
        f = facts(db)
        sizes[db] = f["meetings"]
        print(f"{db}: {f['meetings']:,} meetings; busiest {f['name']} ({f['side']}); sides {f['sides']}; "
              f"meeting {f['mid']}; word {f['word']!r}", file=sys.stderr)
        scratch = Path(tempfile.mkdtemp(prefix="whomet-bench-", dir=db.parent))
        try:
            floors = [("floor: --help", [python, "-m", "whomet.tui", "--help"]),
                      ("floor: count", [python, "-c", "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("
                                        "'select count(*) from attendance').fetchone()", str(db)])]
            runs = floors + [(label, [python, "-m", "whomet.tui", "--db", str(db), *argv])
                             for label, argv in commands(f, scratch, args.writes, args.exchange)
                             if not only or any(label.startswith(o) for o in only)]
            for label, argv in runs:
                r = measure(argv, args.timeout)
                if label == "correct rank" and r["rc"] == 0:
                    retract_last(python, db)
                results.setdefault(label, {})[db] = r
                if label not in order:
                    order.append(label)
                shown = "timeout" if r["wall"] is None else f"{r['wall']:.2f} s  cpu {r['cpu']:.2f} s  {r['rss']:.0f} MB"
                print(f"  {label:34} {shown}  rc={r['rc']} {r['err'][:100] if r['rc'] not in (0, 1) else ''}",
                      file=sys.stderr)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    head = f"| command | " + " | ".join(f"{sizes[db]:,}: wall s / cpu s / MB / x count" for db in args.db) + " |"
    print(head)
    print("|" + " --- |" * (1 + len(args.db)))
    for label in order:
        cells = []
        for db in args.db:
            r = results[label].get(db)
            floor = results["floor: count"][db]
            if r is None:
                cells.append("")
            elif r["wall"] is None:
                cells.append("timeout")
            else:
                ratio = r["wall"] / floor["wall"] if floor["wall"] else 0
                flag = "" if r["rc"] in (0, 1) else f" (exit {r['rc']})"
                cells.append(f"{r['wall']:.2f} / {r['cpu']:.2f} / {r['rss']:.0f} / {ratio:.1f}{flag}")
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
