"""How fast the meeting screen opens a huge release and lets go of it, measured through Pilot.

    python bench/bench_source.py [--sizes 0.02 2 20]

For each release size (MB) it prints: open (press `s` on the list -> text with its facts on
screen), the first `n` and `N` (jump to the first and the last fact), and Escape back to the
list; and, as the baseline from the same run, the store query alone (meeting_detail), so
the ratio shows what the screen adds.
"""

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from whomet.store.db import open_engine  # noqa: E402
from whomet.store.importer import import_paths  # noqa: E402
from whomet.store.queries import meeting_detail  # noqa: E402
from tests.test_source_view import huge_release  # noqa: E402


async def measure(engine) -> dict[str, float]:
    from whomet.store import Store
    from whomet.tui.app import create_app
    from whomet.tui.screens.main import MainScreen
    from whomet.tui.screens.meeting import MeetingScreen

    app = create_app(Store(engine))
    out = {}
    async with app.run_test(size=(120, 40)) as pilot:
        while app.screen_stack[0].query_one("MeetingTable").current is None:
            await pilot.pause()
        start = time.perf_counter()
        await pilot.press("s")
        while not (isinstance(app.screen, MeetingScreen) and app.screen.detail is not None):
            await pilot.pause()
        await pilot.pause()
        out["open"] = time.perf_counter() - start
        for key in ("n", "N"):
            start = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            out[key] = time.perf_counter() - start
        start = time.perf_counter()
        await pilot.press("escape")
        while not isinstance(app.screen, MainScreen):
            await pilot.pause()
        out["escape"] = time.perf_counter() - start
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.02, 2, 20])
    args = parser.parse_args()
    print(f"{'MB':>6} {'query s':>8} {'open s':>8} {'ratio':>6} {'n s':>7} {'N s':>7} {'escape s':>9}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            huge_release(Path(tmp) / "w", size)
            engine = open_engine(Path(tmp) / "s.db")
            assert not import_paths(engine, [Path(tmp) / "w"]).failed
            start = time.perf_counter()
            meeting_detail(engine, 1)
            query = time.perf_counter() - start
            t = asyncio.run(measure(engine))
            engine.dispose()
        print(f"{size:>6g} {query:>8.3f} {t['open']:>8.3f} {t['open'] / query:>6.1f} {t['n']:>7.3f} {t['N']:>7.3f} "
              f"{t['escape']:>9.3f}")


if __name__ == "__main__":
    main()
