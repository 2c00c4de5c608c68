"""Test stores for the browser: generated worlds (bench/generate.py) and hostile records."""

import sys

from whomet.store.importer import import_records
from whomet.store.record import parse_record
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import generate  # noqa: E402


def generated(engine, meetings: int = 300, seed: int = 7):
    report = import_records(engine, [parse_record(r) for r in generate.generate(meetings, seed, people=120)])
    assert not report.failed, report.failed
    return engine


HOSTILE_TITLE = "[bold red]x[/] \x1b[31mred\x1b[0m [link=file:///etc/passwd]click[/link]"


def hostile(engine):
    record = {
        "source": {"publisher": "[b]Press[/b] \x1b]0;pwned\x07", "date": "2020-01-02"},
        "meetings": [{
            "date": "2020-01-02", "title": HOSTILE_TITLE, "kind": "talks",
            "place": {"city": "[i]Baku[/i]", "country": "AZE"},
            "delegations": [
                {"side": "AZE", "organization": "[reverse]Ministry[/reverse]", "host": True,
                 "members": [{"name": "[bold red]x[/] Evil \x1b[31mName", "rank": "[blink]General",
                              "position": "[link=file:///etc/passwd]Head[/link]", "head": True}]},
                {"side": "RUS", "organization": "MIA", "members": [{"name": "Ivan Petrov"}]},
            ],
            "agreements": [{"title": "[u]Plan[/u]", "kind": "plan", "parties": ["AZE", "RUS"]}],
            "awards": [], "topics": ["[red]topic[/red]"],
        }],
    }
    report = import_records(engine, [parse_record(record)])
    assert not report.failed, report.failed
    return engine


def burst(app, *keys: str) -> None:
    """Keys as a fast typist or a paste delivers them: all queued at once, before the app handles
    any (Pilot's press() waits for the app to be idle after each key, which hides lost keys)."""
    from textual import events
    from textual.app import _character_to_key

    for key in keys:
        char = key if len(key) == 1 else {"slash": "/", "space": " ", "question_mark": "?"}.get(key)
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        event = events.Key(key, char)
        event.set_sender(app)
        app._driver.send_message(event)


async def settle(app, pilot):
    """Let workers finish and their messages land (a worker superseded by a newer one is cancelled)."""
    from textual.worker import WorkerCancelled

    for _ in range(3):
        await pilot.pause()
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            pass
    await pilot.pause()
