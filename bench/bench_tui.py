"""How responsive the browser is on a large store, measured through Pilot.

    python bench/bench_tui.py --db /tmp/m100k.db [--meetings 100000 --seed 1]

Builds the store first if it does not exist (bench/generate.py, then the importer). Prints:
- first paint: app start -> first page of the list on screen (target < 1 s), and the count;
- filter keystrokes: key press -> new rows painted, median, p90 and p95 over ~56 keystrokes in
  the search, side, person, topic and date fields (target p95 <= 100 ms), and -> count updated;
  at each --sizes (120x40 and 80x24, where the filters are one line typed into the bar), once
  through Pilot and once with the keys handed to the app as a terminal's driver does (no Pilot);
- the baseline from the same run: the store queries alone (count + first page) for the same
  filters, called directly, so the ratio shows what the UI adds.
"""

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from generate import build_store  # noqa: E402

from whomet.store import MeetingFilter, Store  # noqa: E402
from whomet.store.db import open_engine  # noqa: E402

# (field id, filter name, text typed): a word in full-text search, a side, a person's name.
TYPING = [("#f-text", "text", "drug traff"), ("#f-side", "side", "AZE"), ("#f-person", "person", "bachurin"),
          ("#f-topic", "topic", "border"), ("#f-from", "date_from", "2019")]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def idle(app) -> None:
    from textual.worker import WorkerCancelled

    try:
        await app.workers.wait_for_complete()
    except WorkerCancelled:
        pass


async def until(pred, timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not pred():
        if time.perf_counter() > end:
            raise TimeoutError("the browser did not answer")
        await asyncio.sleep(0.001)


async def measure(engine, size: tuple[int, int] = (120, 40), direct: bool = False) -> dict:
    """Keystrokes typed into the filters, each timed from the key to the new rows painted.

    Through Pilot (`direct` False): `pilot.press`, which after sending the key waits for the app
    to go idle, and this loop polls for the paint every millisecond: both share the event loop
    with the app. `direct`: each key is handed to the app as a terminal's driver hands it
    (`driver.send_message`), and the paint resolves a future: no Pilot, no polling while timed."""
    from textual import events
    from textual.widgets import Input

    from whomet.tui.app import create_app
    from whomet.tui.widgets.meeting_table import MeetingTable

    out = {"rows": [], "count": [], "pilot": [], "handled": [], "cpu": [], "skipped": 0}
    t0 = time.perf_counter()
    app = create_app(Store(engine))
    async with app.run_test(size=size) as pilot:
        main = app.screen
        await until(lambda: main.shown_gen >= 1)
        await pilot.pause()  # one refresh: the rows are painted
        out["first_paint"] = time.perf_counter() - t0
        await until(lambda: main.counted_gen >= 1)
        out["first_count"] = time.perf_counter() - t0
        out["first_title"] = main.query_one("#list").border_title
        await idle(app)
        narrow = main.has_class("-narrow")
        # Pilot's own cost: keys that move the cursor in a field and start no query.
        main.query_one("#filter-bar" if narrow else "#f-text", Input).focus()
        out["noop"] = []
        for key in ["left", "right"] * 10:
            t = time.perf_counter()
            await pilot.press(key)
            out["noop"].append(time.perf_counter() - t)
        # When the screen is painted (Textual's compositor refresh, wrapped here for the benchmark only).
        paints: list[float] = []
        refresh = main._compositor_refresh
        waiting: dict = {}
        cpu_at: dict[float, float] = {}  # paint time -> the process's CPU time then (every thread)

        def painted():
            refresh()
            paints.append(time.perf_counter())
            cpu_at[paints[-1]] = time.process_time()
            want = waiting.get("gen")
            if want is not None and main.shown_gen >= want and not waiting["future"].done():
                waiting["future"].set_result(paints[-1])

        main._compositor_refresh = painted
        for selector, name, text in TYPING:
            # 80 columns: the filters are one line (`side:AZE`), typed into the bar.
            prefix = "" if not narrow else {"text": "", "side": "side:", "person": "person:", "topic": "topic:",
                                            "date_from": "from:"}[name]
            field = main.query_one("#filter-bar" if narrow else selector, Input)
            field.focus()
            if narrow:
                field.value = prefix
                field.cursor_position = len(prefix)
            await idle(app)
            keys = list(text) + ["backspace"] * len(text)
            for key in keys:
                gen = main.gen + 1
                if direct:
                    waiting.update(gen=gen, future=asyncio.get_running_loop().create_future())
                    cpu = time.process_time()
                    t = time.perf_counter()
                    app._driver.send_message(events.Key(key, key if len(key) == 1 else None))
                    try:
                        # shielded: a timeout here must not cancel the future the wait below needs
                        first_paint = await asyncio.wait_for(asyncio.shield(waiting["future"]), 0.5)
                    except asyncio.TimeoutError:
                        if main.gen < gen:  # the key left the filter as it was: no query
                            out["skipped"] += 1
                            await idle(app)
                            continue
                        first_paint = await asyncio.wait_for(waiting["future"], 30)
                    waiting.clear()
                    out["rows"].append(first_paint - t)
                    out["cpu"].append(cpu_at[first_paint] - cpu)
                    out["handled"].append(main.shown_at - t)
                    await until(lambda: main.counted_gen >= gen)
                    out["count"].append(time.perf_counter() - t)
                    await idle(app)
                    await pilot.pause()
                    continue
                t = time.perf_counter()
                press = asyncio.create_task(pilot.press(key))
                # A key that leaves the filter as it was (a date typed half way, '20', is not applied) starts no query.
                await until(lambda: main.shown_gen >= gen or (press.done() and main.gen < gen))
                if main.gen < gen:
                    out["skipped"] += 1
                    continue
                await until(lambda: paints and paints[-1] >= main.shown_at)
                first_paint = next(p for p in paints if p >= main.shown_at)
                out["rows"].append(first_paint - t)
                out["handled"].append(main.shown_at - t)
                await until(lambda: main.counted_gen >= gen)
                out["count"].append(time.perf_counter() - t)
                await press
                out["pilot"].append(time.perf_counter() - t)
                await idle(app)
        assert len(main.query_one(MeetingTable).rows_loaded) <= main.FIRST_PAGE
    return out


async def bare_app_paint() -> float:
    """Textual's own start-up: an app with one Static, start to first paint, same size."""
    from textual.app import App
    from textual.widgets import Static

    class Bare(App):
        def compose(self):
            yield Static("hello")

    t0 = time.perf_counter()
    async with Bare().run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return time.perf_counter() - t0


def baseline(engine) -> dict:
    """The store alone: count + first page for every prefix the benchmark types."""
    pages, counts = [], []
    for _selector, name, text in TYPING:
        prefixes = [text[:i] for i in range(1, len(text) + 1)] + [text[:i] for i in range(len(text) - 1, -1, -1)]
        for prefix in prefixes:
            f = MeetingFilter(**{name: prefix})
            t = time.perf_counter()
            Store(engine).page(f, limit=61)
            pages.append(time.perf_counter() - t)
            t = time.perf_counter()
            Store(engine).count(f)
            counts.append(time.perf_counter() - t)
    t = time.perf_counter()
    Store(engine).total()
    Store(engine).page(MeetingFilter(), limit=61)
    first = time.perf_counter() - t
    return {"page": pages, "count": counts, "first": first}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "whomet-bench" / "m100k.db")
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sizes", default="120x40,80x24", help="terminal sizes, COLSxROWS, comma-separated")
    args = parser.parse_args(argv)
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        build_store(args.db, args.meetings, args.seed)
    engine = open_engine(args.db, create=False)  # as the browser opens it (a reader)
    n = Store(engine).count(MeetingFilter())
    base = baseline(engine)  # also warms the page cache, so both sides run warm
    bare = asyncio.run(bare_app_paint())
    ms = lambda s: f"{s * 1000:7.1f} ms"  # noqa: E731
    both = [p + c for p, c in zip(base["page"], base["count"])]
    print(f"store: {args.db} ({n:,} meetings)")
    for size in args.sizes.split(","):
        cols, rows_ = (int(v) for v in size.split("x"))
        got = asyncio.run(measure(engine, (cols, rows_)))
        direct = asyncio.run(measure(engine, (cols, rows_), direct=True))
        rows, counts = got["rows"], got["count"]
        print(f"-- {cols}x{rows_}")
        print(f"first paint          {ms(got['first_paint'])}   (target < 1000 ms; list title then: {got['first_title']!r})")
        print(f"first count shown    {ms(got['first_count'])}")
        print(f"  baseline: a bare Textual app's first paint {ms(bare)} (ratio {got['first_paint'] / bare:.1f}x); "
              f"the store's total+first page alone {ms(base['first'])}")
        for label, run in (("through Pilot", got), ("keys as a terminal sends them, no Pilot", direct)):
            r = run["rows"]
            print(f"keystroke -> rows painted, {label}: median {ms(statistics.median(r))}   p90 {ms(pct(r, 0.9))}   "
                  f"p95 {ms(pct(r, 0.95))}   max {ms(max(r))}   n={len(r)}   (target p95 ≤ 100 ms; "
                  f"{run['skipped']} keys left the filter unchanged)")
            print(f"  of which: key -> rows in the table (queries + handler) median "
                  f"{ms(statistics.median(run['handled']))}   then painting median "
                  f"{ms(statistics.median([a - h for a, h in zip(r, run['handled'])]))}")
            if run["cpu"]:
                print(f"  CPU time the process spent from key to rows painted (all threads; a busy machine "
                      f"stretches wall-clock time, this far less): median {ms(statistics.median(run['cpu']))}   "
                      f"p95 {ms(pct(run['cpu'], 0.95))}")
        print(f"keystroke -> Pilot idle median {ms(statistics.median(got['pilot']))}   p90 {ms(pct(got['pilot'], 0.9))}"
              "   (press() returns when the process is idle: includes rendering the detail pane, cursor, footer)")
        print(f"keystroke -> count   median {ms(statistics.median(counts))}   p90 {ms(pct(counts, 0.9))}")
        print(f"  baseline keystroke without a query (Pilot's own cost) median {ms(statistics.median(got['noop']))}")
        print(f"  ratio rows/page    median {statistics.median(rows) / statistics.median(base['page']):.1f}x   "
              f"count/(page+count) {statistics.median(counts) / statistics.median(both):.1f}x")
    print(f"load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"baseline, the store alone: page median {ms(statistics.median(base['page']))}   "
          f"p90 {ms(pct(base['page'], 0.9))}   p95 {ms(pct(base['page'], 0.95))};   page+count median "
          f"{ms(statistics.median(both))}   p90 {ms(pct(both, 0.9))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
