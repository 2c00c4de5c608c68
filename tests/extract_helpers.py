"""Shared by the place and date example tests: extract a text and read its first meeting."""

from whomet.store.extract import extract

# no publisher: no guess from the publisher's side hides what the text itself says
BARE = " date 2024-06-14\n"


def first_meeting(text, head=BARE):
    record = extract(head + text)
    assert record.meetings, text
    return record.meetings[0]


def first_place(text, head=BARE):
    place = first_meeting(text, head).place
    return place.city, place.country


# The agreement and award examples (rounds three and four): a Polish ministry's page, dated, or without a date line.
POLISH_HEAD = "date 2024-06-12 Source: Ministry of Interior of the Republic of Poland\n\n"
POLISH_UNDATED = "Source: Ministry of Interior of the Republic of Poland\n\n"
MET_IN_WARSAW = ("On 11 June, Polish Deputy Minister Piotr Zielinski met Major General Ostap Kovalenko, Commander of the "
                 "Border Guard of Ukraine, in Warsaw. ")
MET_IN_WARSAW_UNDATED = ("Polish Deputy Minister Piotr Zielinski met Major General Ostap Kovalenko, Commander of the "
                         "Border Guard of Ukraine, in Warsaw. ")


def agreements_of(text, head=POLISH_HEAD):
    return [(a.kind, a.rule) for m in extract(head + text).meetings for a in m.agreements]


def awards_of(text, head=POLISH_HEAD):
    return [(a.award, a.kind, a.giver, a.recipient_side, a.rule) for m in extract(head + text).meetings for a in m.awards]


def members_of(text, head=POLISH_HEAD):
    """name -> (side, member) over every meeting of the text."""
    return {m.name: (d.side, m) for mt in extract(head + text).meetings for d in mt.delegations for m in d.members}


def hosts_of(text, head=POLISH_HEAD):
    """The sides the text's meetings mark as host, in order."""
    return [d.side for mt in extract(head + text).meetings for d in mt.delegations if d.host]


def release_texts() -> list[str]:
    """Release texts for the tests that check a rewritten pattern finds what the plain one finds:
    the shared corpus where it is beside this checkout (CI), else every 10th of the repository's own
    synthetic releases (tests/corpus), so a fresh clone runs them too instead of failing on a path."""
    from pathlib import Path

    shared = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "releases"
    own = Path(__file__).resolve().parent / "corpus" / "releases"
    paths = sorted(shared.glob("*.txt")) if shared.is_dir() else sorted(own.glob("*.txt"))[::10]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert texts, f"no releases under {shared} or {own}"
    return texts
