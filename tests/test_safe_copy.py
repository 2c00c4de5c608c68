"""What leaves whomet for another program is safe there: clipboard text without control
characters (a pasted ESC[201~ ends bracketed paste), CSV cells that a spreadsheet will not run."""

import csv
import io

from whomet.store import MeetingFilter
from whomet.store.export import write_list as export
from whomet.store.importer import import_records
from whomet.store.output import csv_cell
from whomet.store.record import parse_record
from whomet.store import Store
from whomet.tui.app import create_app
from whomet.tui.literal import for_clipboard
from tests.test_tui_flows import SIZE, settle

PASTE_ESCAPE = "Talks\x1b[201~\nrm -rf ~\r\n\x9b201~\u202eevil\x07"
FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3"]


def _record(title: str, city: str = "Baku") -> dict:
    return {"source": {"publisher": "MIA"},
            "meetings": [{"date": "2020-01-02", "title": title, "place": {"city": city, "country": "AZE"},
                          "delegations": [{"side": "AZE", "members": [{"name": "Ivan Petrov"}]}]}]}


def test_clipboard_text_has_no_control_characters():
    text = for_clipboard(["2020-01-02", PASTE_ESCAPE, "3"])
    assert text.count("\t") == 2 and "\n" not in text and "\r" not in text
    assert not any(ord(ch) < 0x20 and ch != "\t" or 0x7F <= ord(ch) <= 0x9F or ch == "\u202e" for ch in text)
    assert "rm -rf ~" in text  # the words stay, as words


async def test_the_list_copy_is_safe_to_paste(engine):
    import_records(engine, [parse_record(_record(PASTE_ESCAPE, city="Ba\x1bku"))])
    app = create_app(Store(engine))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        copied = app.clipboard
    assert copied.startswith("2020-01-02\tBaku\tAZE\tTalks[201~ rm -rf ~")
    assert copied.count("\t") == 6 and "\x1b" not in copied and "\n" not in copied and "\x9b" not in copied


def test_csv_cells_that_start_a_formula_are_neutralised(engine):
    import_records(engine, [parse_record(_record(t)) for t in FORMULAS + ["plain - title", "=x"]])
    out = io.StringIO()
    export(engine, MeetingFilter(), out, "csv", sort="title", direction="asc")
    titles = [row["title"] for row in csv.DictReader(io.StringIO(out.getvalue()))]
    for title in titles:
        assert title[0] not in "=+-@\t\r", title
    assert sorted(titles) == sorted(["'" + t for t in FORMULAS] + ["plain - title", "'=x"])


def test_csv_cell():
    assert csv_cell("\tx") == "'\tx" and csv_cell("\rx") == "'\rx"  # the validator strips these; a cell may not
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("a=b") == "a=b" and csv_cell(5) == 5 and csv_cell(None) is None
