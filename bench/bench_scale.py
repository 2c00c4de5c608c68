"""How whomet grows: one table of import and browser figures at 10k / 100k / 1M meetings.

    python bench/bench_scale.py [--sizes 10000,100000,1000000] [--seed 1] [--workdir /tmp/whomet-scale]

For each size (bench/generate.py records, 25,000 per JSON Lines file, kept in --workdir and
reused; 1M meetings is about 10M attendances and takes a while on 2 cores):
- import:   `import_paths` into a fresh SQLite store, and in the same run the floor under it
            (bench_import.same_rows: json.loads of every line + raw executemany of the same rows
            into the same schema), with their ratio raw/whomet (target >= 0.5), in wall-clock
            time and in CPU time (which a machine busy with other work distorts far less; on a
            long run the load can change between the two measurements);
- size:     the store file after import;
- launch:   `whomet --db STORE` in a pseudo-terminal (120x40), from process start to the first
            row's date on screen; the median of 3;
- keys:     keystroke -> rows painted, p95 (and median) over ~56 keystrokes typed into the
            filters (bench/bench_tui.py's session, in a child process), through Pilot and with
            the keys handed to the app as a terminal's driver does (no Pilot);
- person:   the busiest person's screen (same child), from opening it to its meetings' first
            rows, and to everything filled (profile, both tables, their counts), with the CPU
            time the process spent meanwhile;
- RSS:      peak resident memory of that child (the browser through a whole session) and of
            the launched browser.
"""

import argparse
import json
import os
import pty
import re
import select
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PER_FILE = 25_000
ANSI = re.compile(rb"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78cDEHMNOZ])")


def records_for(workdir: Path, meetings: int, seed: int) -> list[Path]:
    import generate

    folder = workdir / f"m{meetings}-s{seed}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        generate.write(generate.generate(meetings, seed), folder, per_file=PER_FILE)
        done.write_text("")
        print(f"  generated {meetings:,} meetings in {time.perf_counter() - t:.0f} s -> {folder}", file=sys.stderr)
    return sorted(folder.glob("*.jsonl"))


def import_figures(records: list[Path], db: Path) -> dict:
    from bench_import import same_rows, whomet

    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    ours, ours_cpu = whomet(records, db)
    floor = db.with_name(db.stem + "-raw.db")
    raw, rows, raw_cpu = same_rows(records, db, floor)
    for stale in floor.parent.glob(floor.name + "*"):
        stale.unlink()
    return {"import_s": ours, "raw_s": raw, "import_cpu_s": ours_cpu, "raw_cpu_s": raw_cpu, "rows": rows,
            "size_mb": db.stat().st_size / 1e6}


def launch(db: Path, marker: str, timeout: float = 60.0) -> tuple[float, float]:
    """(seconds from start to `marker` on screen, peak RSS MiB) of `whomet --db DB` in a pty."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the browser, as a user starts it
        os.environ.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
        os.execv(sys.executable, [sys.executable, "-m", "whomet.tui", "--db", str(db)])
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    start = time.perf_counter()
    seen, took = b"", None
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                seen += os.read(fd, 1 << 16)
            except OSError:
                break
            if marker.encode() in ANSI.sub(b"", seen):
                took = time.perf_counter() - start
                break
    os.write(fd, b"q")
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        try:
            select.select([fd], [], [], 0.05) and os.read(fd, 1 << 16)
        except OSError:
            pass
    else:
        os.kill(pid, 9)
        _, status, usage = os.wait4(pid, 0)
    os.close(fd)
    if took is None:
        raise TimeoutError(f"{marker!r} never appeared on the browser's screen ({db})")
    return took, usage.ru_maxrss / 1024


async def pilot_session(db: Path) -> dict:
    """In a child process: keystrokes through bench_tui's session (through Pilot, and handed over as
    a terminal's driver does), then the busiest person's screen."""
    import resource

    from bench_tui import idle, measure, pct, until
    from sqlalchemy import func, select

    from whomet.store import Store, models
    from whomet.store.db import open_engine
    from whomet.tui.app import create_app

    engine = open_engine(db, create=False)  # as the browser opens it
    got = await measure(engine)
    direct = await measure(engine, direct=True)
    A = models.Attendance
    with engine.connect() as conn:
        person, n = conn.execute(select(A.person_id, func.count()).group_by(A.person_id)
                                 .order_by(func.count().desc()).limit(1)).one()
    app = create_app(Store(engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await idle(app)
        await pilot.pause()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        t = time.perf_counter()
        app.open_target("person", person)
        def first_rows() -> bool:  # the person's meetings table has rows (once the screen is composed)
            tables = app.screen.query("#person-meetings") if type(app.screen).__name__ == "PersonScreen" else []
            return any(table.row_count for table in tables)

        await until(first_rows, 120)
        await pilot.pause()
        first_rows_s = time.perf_counter() - t
        await idle(app)
        await pilot.pause()
        person_s = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_SELF)
        shown = type(app.screen).__name__
    return {"keys_p95_s": pct(got["rows"], 0.95), "keys_median_s": statistics.median(got["rows"]),
            "keys_direct_p95_s": pct(direct["rows"], 0.95), "keys_direct_median_s": statistics.median(direct["rows"]),
            "keys_n": len(got["rows"]), "person_first_s": first_rows_s, "person_s": person_s,
            "person_cpu_s": (after.ru_utime + after.ru_stime) - (usage.ru_utime + usage.ru_stime),
            "person_attendances": n, "person_screen": shown}


def browser_figures(db: Path) -> dict:
    from whomet.store import MeetingFilter, Store

    with Store.open(db, create=False) as store:
        first = store.page(MeetingFilter(), limit=1)[0]
    marker = first.date.isoformat()
    runs = [launch(db, marker) for _ in range(3)]
    child = subprocess.Popen([sys.executable, __file__, "--pilot", str(db)], stdout=subprocess.PIPE, text=True)
    out, _ = child.communicate()
    if child.returncode:
        raise RuntimeError(f"the Pilot session failed on {db}")
    got = json.loads(out.strip().splitlines()[-1])
    got["launch_s"] = statistics.median(t for t, _ in runs)
    got["launch_rss_mb"] = max(r for _, r in runs)
    return got


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="meetings per store, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/whomet-scale"))
    parser.add_argument("--parts", default="import,browser",
                        help="import, browser or both; browser alone measures the stores already in --workdir")
    parser.add_argument("--import-sizes", help="the sizes to import in this run (default: every size); the "
                        "others' stores are measured as they are in --workdir (a 1M import takes long)")
    parser.add_argument("--pilot", type=Path, help=argparse.SUPPRESS)  # the child process's job
    args = parser.parse_args(argv)
    if args.pilot:
        import asyncio
        import resource

        got = asyncio.run(pilot_session(args.pilot))
        got["session_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(got))
        return 0
    args.workdir.mkdir(parents=True, exist_ok=True)
    table = []
    parts = set(args.parts.split(","))
    imported = {int(s) for s in (args.import_sizes or args.sizes).split(",")} if "import" in parts else set()
    for size in (int(s) for s in args.sizes.split(",")):
        print(f"{size:,} meetings ...", file=sys.stderr)
        db = args.workdir / f"m{size}-s{args.seed}.db"
        row = {"meetings": size, "size_mb": db.stat().st_size / 1e6 if db.exists() else None}
        if size in imported:
            row.update(import_figures(records_for(args.workdir, size, args.seed), db))
        if "browser" in parts:
            row.update(browser_figures(db))
        table.append(row)
        print(json.dumps(row), file=sys.stderr)
    if "import" in parts:
        print(f"{'meetings':>10} {'rows':>11} {'import':>8} {'raw same rows':>13} {'raw/whomet':>10} "
              f"{'CPU import':>10} {'CPU raw':>8} {'CPU ratio':>9} {'file':>8}")
        for r in table:
            if "import_s" not in r:
                print(f"{r['meetings']:>10,} {'not imported in this run (the store as it is)':>74} {r['size_mb']:>6.0f}MB")
                continue
            print(f"{r['meetings']:>10,} {r['rows']:>11,} {r['import_s']:>7.1f}s {r['raw_s']:>12.1f}s "
                  f"{r['raw_s'] / r['import_s']:>10.2f} {r['import_cpu_s']:>9.1f}s {r['raw_cpu_s']:>7.1f}s "
                  f"{r['raw_cpu_s'] / r['import_cpu_s']:>9.2f} {r['size_mb']:>6.0f}MB")
    if "browser" in parts:
        print(f"{'meetings':>10} {'launch':>7} {'keys p95 (median)':>18} {'no Pilot p95 (median)':>21} "
              f"{'busiest person: rows, all (CPU)':>36} {'RSS session':>11} {'RSS launch':>10}")
        for r in table:
            print(f"{r['meetings']:>10,} {r['launch_s']:>6.2f}s {r['keys_p95_s'] * 1000:>8.0f}ms ({r['keys_median_s'] * 1000:>4.0f}ms) "
                  f"{r['keys_direct_p95_s'] * 1000:>11.0f}ms ({r['keys_direct_median_s'] * 1000:>4.0f}ms) "
                  f"{r['person_first_s']:>6.2f}s {r['person_s']:>6.2f}s ({r['person_cpu_s']:>5.2f}s) {r['person_attendances']:>7,} att. "
                  f"{r['session_rss_mb']:>9.0f}MB {r['launch_rss_mb']:>8.0f}MB")
        print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall-clock figures "
              "stretch with it; the CPU figure much less)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
