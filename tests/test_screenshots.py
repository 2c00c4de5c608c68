"""The README's screenshots are the screens the app draws today: tests/make_screenshots.py, run
into a temporary folder, gives exactly the committed fixtures/screens/*.svg."""

from tests.make_screenshots import OUT, SCREENS, shoot


async def test_committed_screenshots_are_current(tmp_path):
    written = await shoot(tmp_path)
    assert sorted(p.name for p in written) == sorted(SCREENS)
    stale = [p.name for p in written if not (OUT / p.name).is_file()
             or (OUT / p.name).read_bytes() != p.read_bytes()]
    assert not stale, (f"fixtures/screens/ is stale ({', '.join(stale)}): run "
                       "`.venv/bin/python tests/make_screenshots.py`, look at the SVGs, commit them")
    assert {p.name for p in OUT.glob("*.svg")} == set(SCREENS), "an SVG no screen makes any more"
