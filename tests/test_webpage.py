"""Saved web pages (.html, .htm) and text files with web-page junk read as release text (store.webpage)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from whomet.store import models
from whomet.store.webpage import clean_text, page_text
from whomet.tui.cli import main

PAGES = sorted((Path(__file__).resolve().parent / "corpus" / "html").glob("*.html"))
JUNK_WORDS = ("cookies", "Share", "Facebook", "Skip to", "Related news", "Recent Posts", "Leave a Reply", "Copyright",
              "©", "Sitemap", "Print", "About us", "gtag", "_paq", "Emergency")


def test_there_are_three_pages_each_with_its_clean_text():
    assert len(PAGES) == 3
    assert all(p.with_suffix(".txt").is_file() for p in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_a_page_reads_as_its_clean_text_headline_date_and_publisher_first(page):
    text = page_text(page.read_bytes())
    assert text == page.with_suffix(".txt").read_text(encoding="utf-8")
    for word in JUNK_WORDS:
        assert word not in text, word


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_extract_of_a_page_is_the_record_of_its_clean_text(runner, page):
    from_page = runner.invoke(main, ["extract", str(page)])
    from_text = runner.invoke(main, ["extract", str(page.with_suffix(".txt"))])
    assert from_page.exit_code == 0 and from_text.exit_code == 0, (from_page.stderr, from_text.stderr)
    record = json.loads(from_page.stdout)
    assert record == json.loads(from_text.stdout)
    people = {m["name"] for mt in record["meetings"] for d in mt["delegations"] for m in d["members"]}
    assert len(record["meetings"]) == 1 and len(people) >= 3, people


def test_the_header_carries_date_and_publisher_and_the_headline_follows():
    page = next(p for p in PAGES if p.stem.startswith("police-ghana"))
    first, _, headline = page_text(page.read_bytes()).split("\n")[:3]
    assert first == " date 2024-03-12 Source: Ghana Police Service"  # published, not modified (2024-03-14)
    assert headline == "IGP receives Burkinabe police delegation"


def test_import_of_a_page_stores_the_cleaned_text(tmp_path, db_path, engine, runner):
    page = next(p for p in PAGES if p.stem.startswith("mia-kazakhstan"))
    copy = tmp_path / "saved page.htm"
    copy.write_bytes(page.read_bytes())
    result = runner.invoke(main, ["--db", str(db_path), "import", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    with engine.connect() as conn:
        source = conn.execute(select(models.Source.text, models.Source.publisher, models.Source.date)).one()
        names = set(conn.execute(select(models.Attendance.name)).scalars())
    assert source.text == page.with_suffix(".txt").read_text(encoding="utf-8")
    assert source.publisher == "Ministry of Internal Affairs of the Republic of Kazakhstan"
    assert str(source.date) == "2024-04-18"
    assert {"Daniyar Serikbayuly Tokhtarov", "Emil Nurlanbekovich Asanaliev"} <= names


def test_a_page_without_main_text_fails_alone_by_name(tmp_path, db_path, runner):
    (tmp_path / "empty.html").write_text("<html><head><title>x</title><script>var a = 1;</script></head><body>"
                                         "<script>document.write('loading');</script></body></html>", encoding="utf-8")
    result = runner.invoke(main, ["--db", str(db_path), "import", str(tmp_path / "empty.html")])
    assert result.exit_code == 1
    assert "empty.html: no main text found in the web page" in result.stderr


RELEASE = (" date 2024-05-10 Source: Ministry of Internal Affairs\n\nOn 9 May, the Minister met his counterpart in Astana.\n\n"
           "The sides signed a protocol.\n")


def test_a_clean_release_is_left_as_it_is():
    assert clean_text(RELEASE) is RELEASE


def test_junk_lines_at_the_top_and_bottom_of_a_text_go_and_the_header_stays_first():
    noisy = ("Skip to main content\nHome | News | Press releases\nThis website uses cookies. Accept | Reject\n\n"
             + RELEASE + "\nShare this:\nFacebook | Twitter | Telegram\nPrevious news | Next news\nPrint\n")
    assert clean_text(noisy) == RELEASE
    header_under_junk = "Home > News > Press releases\n" + RELEASE
    assert clean_text(header_under_junk) == RELEASE


def test_a_date_line_with_section_words_stays_though_it_reads_like_a_trail():
    # the page's date dates the release: a line that holds it is no navigation trail
    dated = "date 2024-05-10 / Front page / News\n" + RELEASE
    assert clean_text(dated) == dated
    assert clean_text("10 May 2024 | World | Europe\nBody.\n") == "10 May 2024 | World | Europe\nBody.\n"
    assert clean_text("Home | News | Press\nBody.\n") == "Body.\n"


def test_lines_between_the_first_and_last_real_lines_are_never_touched():
    middle = RELEASE.replace("\n\nThe sides", "\n\nShare this:\n\nThe sides")
    assert clean_text(middle) == middle
    assert clean_text("Home | News | Press\nBody.\nPrint\nMore body.\n") == "Body.\nPrint\nMore body.\n"


def test_the_cli_does_not_load_the_page_reader_until_a_page_is_read():
    code = "import sys, whomet.tui.cli, whomet.store.inputs, whomet.store.importer; print('trafilatura' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
