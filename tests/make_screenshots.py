"""The README's screenshots: each main screen of the browser on the sample world (fixtures/), as SVG
made by the app's own `save_screenshot`, written to fixtures/screens/.

    .venv/bin/python tests/make_screenshots.py          # after a change to what a screen shows

tests/test_screenshots.py runs this into a temporary folder and fails when a committed SVG
differs, so the README never shows a screen the app no longer draws.
"""

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script, tests/ is not yet a package on the path
from tests.browse_helpers import settle  # noqa: E402
OUT = ROOT / "fixtures" / "screens"
SIZE = (120, 40)


async def _main(pilot):
    pilot.app.screen.apply_filters(side="AZE")
    await settle(pilot.app, pilot)
    await pilot.press("down")


async def _meeting(pilot):
    pilot.app.open_target("meeting", _meeting_id(pilot.app.store, "2019-10-29"))
    await settle(pilot.app, pilot)
    await pilot.press("n", "n")


async def _person(pilot):
    pilot.app.open_target("person", pilot.app.store.find_people("Sergey Bachurin", limit=1)[0].id)


async def _side(pilot):
    pilot.app.open_target("side", "AZE")


async def _dyad(pilot):
    from whomet.tui.screens.dyad import DyadScreen

    pilot.app.open_target("side", "AZE")
    await settle(pilot.app, pilot)
    pilot.app.push_screen(DyadScreen("AZE", "RUS"))
    await settle(pilot.app, pilot)
    pilot.app.refresh_bars()


def _meeting_id(store, day: str) -> int:
    from whomet.store import MeetingFilter

    return next(r.id for r in store.rows(MeetingFilter(date_from=day, date_to=day)))


# file name -> what to do after the app opens on the fixtures
SCREENS = {"main.svg": _main, "meeting.svg": _meeting, "person.svg": _person, "side.svg": _side, "dyad.svg": _dyad}


async def shoot(out: Path) -> list[Path]:
    """Write every screen's SVG into `out`; returns the files."""
    from whomet.store import Store
    from whomet.tui.app import create_app

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "fixtures.db") as store:
            report = store.import_paths([ROOT / "fixtures"])
            if report.failed:
                raise SystemExit(f"fixtures did not import: {report.failed}")
            for name, steps in SCREENS.items():
                # A fixed store label: the real path is a temporary folder.
                app = create_app(store, store_label="fixtures.db")
                async with app.run_test(size=SIZE) as pilot:
                    await settle(pilot.app, pilot)
                    await steps(pilot)
                    await settle(pilot.app, pilot)
                    app.save_screenshot(filename=name, path=str(out))
                written.append(out / name)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    for path in asyncio.run(shoot(target)):
        print(path)
